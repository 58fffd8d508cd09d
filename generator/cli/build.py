"""`python -m generator build`: the generated pages of a folder of articles, written to disk."""

from __future__ import annotations

import sys
from pathlib import Path

from ..analysing.analysis import AnalysisSettings, analyse
from ..building.settings import DEFAULT_CACHE_DIR, DEFAULT_EXECUTOR
from ..wording import plural


def build_command(seeds: str, out: str, cache_dir: str | None = DEFAULT_CACHE_DIR,
                  executor: str = DEFAULT_EXECUTOR, workers: int | None = None,
                  dask_address: str | None = None, progress: bool = True,
                  date_order: str | None = None) -> int:
    from ..building.progress import wanted
    from ..site import LoadOptions, SiteConfig, build_site
    from ..site.drawn import find_node_modules

    load = LoadOptions(cache_dir=Path(cache_dir) if cache_dir else None, executor=executor,
                       workers=workers, dask_address=dask_address, progress=wanted(progress))
    # The drawn timeline's library, where `npm ci` puts it (here, or in a parent folder).
    site = build_site(Path(seeds), SiteConfig(analysis=AnalysisSettings(date_order=date_order), load=load,
                                              node_modules=find_node_modules(Path("node_modules"))))
    try:
        written = site.write(Path(out))
    except FileExistsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for problem in site.problems:
        print(f"warning: {problem.path}: {problem.reason}", file=sys.stderr)
    for warning in site.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for analysis in site.corpus.analyses:  # mistakes in what the author wrote
        for fault in analysis.article.faults:
            print(f"warning: {analysis.article.path}, {fault}", file=sys.stderr)
    stats = site.corpus.stats
    print(f"wrote {written} files to {out} ({plural(stats.analysed, 'article')} analysed, "
          f"{stats.cached} from cache, in {stats.seconds:.2f} s)")
    return 0
