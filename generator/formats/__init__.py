"""Readers for the article formats; each returns an `ingest.RawArticle`."""
