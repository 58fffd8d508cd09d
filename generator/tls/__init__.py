"""Timeline summarisation (TLS): the key dates of a story told by many articles.

`key_dates(analyses, TlsSettings(...))` ranks days by the evidence of the whole
collection (`ranking`), collects for each the sentences that report it
(`select`), and summarises each chosen day by a few sentences, the same event said
once (`summary`). Data in `model`; the command `python -m generator timeline` in
`command`.
"""

from .model import KeyDate, KeyDates, KeySentence, TlsSettings
from .select import key_dates

__all__ = ["KeyDate", "KeyDates", "KeySentence", "TlsSettings", "key_dates"]
