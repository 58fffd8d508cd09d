"""Readers for the article formats; each returns a `raw.RawArticle` and needs nothing from `ingest`."""
