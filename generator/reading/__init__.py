"""Reading articles: files and records in, clean `Article`s out (ingest, cleaning,
metadata, size limits, and the input readers of each format)."""
