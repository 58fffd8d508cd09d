"""How far the tagger looks around an expression, in characters, named in one place.

Every look-around of the tagger is bounded so that a long text costs time in proportion
to its length; these are the bounds. Changing one changes what the tagger finds: measure
with `python -m generator evaluate timeml` before and after.
"""

from __future__ import annotations

# triggers.py: a rule's expression runs only in windows around its trigger tokens.
# Expressions put most words before the trigger ("the past twenty-four [months]") and
# few after it; a pattern may inspect LOOKAHEAD more characters after its match.
TRIGGER_BEFORE = 64
TRIGGER_AFTER = 48
LOOKAHEAD = 40

# tense.py: the words each side of an expression read for its tense; enough for the
# clause, cheap on long texts.
TENSE_WINDOW = 120
# engine.py: a word of the future this close to a quarter ("will report … the third
# quarter") asks for the tense to be read at all.
FUTURE_HINT_WINDOW = 120

# modifiers.py: a modifier ("early", "the end of", "more than") ends right before the
# expression and starts no farther back than this.
MODIFIER_WINDOW = 30

# discourse.py: how far back to look for the period an expression refers to. A company
# report names its quarter in the first lines and compares with "a year earlier" much
# later; "the previous Friday" is said of the day a story is about, often named in its lead.
NAMED_WINDOW = {"quarter": 1000, "day": 400, "month": 400, "year": 400}
WEEKDAY_WINDOW = 1000

# rules/base.py, capitalised_inside_sentence: the sentence or quotation opening just
# before a capital, the word before it, and the line around it read for title case.
OPENING_WINDOW = 8
WORD_BEFORE_WINDOW = 40
TITLE_LINE_WINDOW = 200

# rules: the words before a match a rule reads for its own context.
COMPARISON_WINDOW = 80  # "compared with … last year": the year-ago quarter
RESULT_BEFORE_WINDOW = 90  # "net income … for the third quarter": a reported quarter
FOR_OR_IN_WINDOW = 12  # the cheap first look for "for"/"in" before a quarter

# The widths the negative rules read before and after a match are written with each of
# them, in data/en/negative_rules.txt ("before 40: …").
