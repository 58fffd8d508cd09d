"""Keep the lead sentence, choose the rest by centroid centrality.

The first sentence of a news story is written to summarise it, and on news it is the
sentence most often found in the reference highlights; what follows it is less uniform
(background, quotes, a second event). This method keeps the lead and fills the rest of
the budget with the default centroid scoring (position prior and redundancy against
every sentence already chosen, the lead included), so the remaining sentences add what
the lead does not say.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Sentence
from .centroid import centroid_method
from .selection import Budget
from .settings import SummarySettings


def lead_centroid_method(sentences: Sequence[Sentence], settings: SummarySettings, budget: Budget) -> list[int]:
    return centroid_method(sentences, settings, budget, keep_lead=True)
