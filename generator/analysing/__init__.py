"""Analysing one article: its timeline events, the analysis as a pure function of
the text and the settings, and its JSON form."""
