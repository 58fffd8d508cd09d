"""Extractive summaries built on sumy, with an offline tokenizer.

- `settings.py`: `SummarySettings` and the method names, light enough for the command
  line's `--help` and for commands that summarise nothing (`timeml`);
- `methods.py`: `METHODS` by name and `summarize`, which loads the methods;
- one module per method (`lead`, `centroid`, `lead_anchor`, `pacsum`, `facets`), and
  `sumy_methods` for sumy's, which loads sumy, NLTK and numpy only when one is used.
"""

from __future__ import annotations

from .settings import DEFAULT_METHOD, DEFAULT_SENTENCES, METHOD_NAMES, SummarySettings

__all__ = ["DEFAULT_METHOD", "DEFAULT_SENTENCES", "METHOD_NAMES", "SummarySettings"]
