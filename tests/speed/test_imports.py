"""Each command imports only what it uses: start-up time is part of every run."""

from __future__ import annotations

import subprocess
import sys

from ..conftest import ROOT

HEAVY = ("mkdocs", "material", "trafilatura", "htmldate", "sumy", "nltk", "numpy", "dateparser",
         "jinja2", "lxml")


def _modules_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                          check=True)
    return set(done.stdout.split())


def _loaded_after(code: str) -> set[str]:
    """The top-level packages loaded once `code` has run."""
    return {name.split(".")[0] for name in _modules_after(code)}


def test_timeml_tagging_loads_no_site_summary_or_html_library(tmp_path):
    source = tmp_path / "doc.tml"
    source.write_text('<DOCID>d</DOCID><DCT><TIMEX3 value="2005-05-03"/></DCT>'
                      "<TEXT>The talks resume next week.</TEXT>", "utf-8")
    modules = _modules_after(
        "from generator.cli.main import main\n"
        f"main(['timeml', {str(source)!r}, '--out', {str(tmp_path / 'out')!r}])")
    assert "TIMEX3" in (tmp_path / "out" / "d.tml").read_text("utf-8")
    loaded = {name.split(".")[0] for name in modules}
    assert not loaded & set(HEAVY), loaded & set(HEAVY)
    # nor our own summarizers (the command line's --method choices are names only), the
    # site or the reading of articles
    ours = {name for name in modules if name.startswith("generator.")}
    assert not {name for name in ours if name.startswith(("generator.summarize.", "generator.site",
                                                          "generator.plugin", "generator.reading.readers"))
                } - {"generator.summarize.settings"}, sorted(ours)


def test_the_plugin_loads_no_summarizer_library_until_it_summarizes():
    loaded = _loaded_after("import generator.plugin.mkdocs_plugin")
    assert not loaded & {"sumy", "nltk", "numpy", "dateparser", "trafilatura", "htmldate"}


def test_stemming_for_the_key_dates_loads_neither_nltk_nor_requests():
    # The key dates stem words on every build: NLTK's import alone was most of a second.
    loaded = _loaded_after("from generator.summarize.vectors import content_terms\n"
                           "assert content_terms('Talks resumed') == ['talk', 'resum']")
    assert not loaded & {"nltk", "requests"}, loaded & {"nltk", "requests"}


def test_the_method_names_offered_without_loading_the_methods_are_theirs():
    from generator.summarize.methods import METHODS
    from generator.summarize.settings import METHOD_NAMES, SUMY_METHOD_NAMES
    from generator.summarize.sumy_methods import SUMY_SUMMARIZERS

    assert SUMY_METHOD_NAMES == tuple(SUMY_SUMMARIZERS)
    assert METHOD_NAMES == tuple(METHODS)
    assert set(SUMY_METHOD_NAMES) < set(METHODS)
