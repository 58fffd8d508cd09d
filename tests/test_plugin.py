"""The MkDocs plugin's own glue: `mkdocs serve` watches the seeds folder."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from generator.mkdocs_plugin import NewsTimelinesPlugin

from .conftest import ROOT


class _Server:
    def __init__(self) -> None:
        self.watched: list[str] = []

    def watch(self, path: str) -> None:
        self.watched.append(path)


def _plugin(seeds_dir: str) -> tuple[NewsTimelinesPlugin, MkDocsConfig]:
    plugin = NewsTimelinesPlugin()
    errors, warnings = plugin.load_config({"seeds_dir": seeds_dir})
    assert not errors and not warnings
    config = MkDocsConfig(config_file_path=str(ROOT / "mkdocs.yml"))
    return plugin, config


def test_serve_watches_the_seeds_folder(monkeypatch):
    monkeypatch.delenv("NEWS_TIMELINES_SEEDS", raising=False)
    plugin, config = _plugin("seeds")
    server = _Server()
    plugin.on_serve(server, config=config, builder=None)
    assert server.watched == [str(ROOT / "seeds")]


def test_an_unknown_summary_method_is_a_config_error():
    errors, _ = NewsTimelinesPlugin().load_config({"summary_method": "magic"})
    assert errors and "summary_method" in errors[0][0]
