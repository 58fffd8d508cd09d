"""The build log stays readable: a note most articles share is logged once."""

from __future__ import annotations

from generator.site import SiteConfig, build_site, grouped_notes

from .corpus import write_corpus


def test_a_note_shared_by_many_articles_is_logged_once_with_a_count(tmp_path):
    seeds = write_corpus(tmp_path / "seeds", 14)
    analyses = build_site(seeds, SiteConfig()).corpus.analyses
    undated = [a for a in analyses if a.article.published is None]
    assert len(undated) == 4
    assert all(len(lines) == 4 for lines in [grouped_notes(undated, limit=5)])
    lines = grouped_notes(undated, limit=3)
    assert len(lines) == 1 and lines[0][0].startswith("4 articles (first ")
