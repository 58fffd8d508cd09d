"""news-timelines: news articles → dated timelines and summaries → a static MkDocs site."""

__version__ = "0.1.0"
