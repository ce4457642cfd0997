"""The records the steps of `counts.py` hand one another: `Count`, a typed number (what `find_counts` returns),
and `Verdict`, the type a number is being given, filled in step by step. Apart so that every step module can
name them with no import cycle.
"""

from __future__ import annotations

from dataclasses import dataclass

from tasks.analysis.numbers import NumberMention
from tasks.analysis.sentences import Sentence


@dataclass(frozen=True)
class Count:
    """A typed number before places and the article-wide context are attached."""

    type: str
    unit: str
    number: NumberMention
    sentence: Sentence
    clause: tuple[int, int]  # sentence-relative span of the clause the count lives in
    sub: bool  # an item of a list inside a larger count ("including 28 in Baltimore")
    trap: str | None = None  # the rule that says it is no count ("change", "rate" ...), None if the rules type it
    head: str = ""  # what the noun after the number names: "people", "event", "thing" or ""
    border: bool = False  # border context
    left: str = ""  # up to six words before the number in its clause, after the last count's (its governing verb)
    cue: bool = False  # its own predicate names what happened to those counted ("were deported")
    total: Count | None = None  # the count this one is a part of ("28 in Baltimore" of the 498)


@dataclass
class Verdict:
    """The type a number is given, filled in step by step by `_type_count`."""

    unit: str
    trap: str | None
    sub: bool
    kind: str | None = None
    breakdown_of: Count | None = None  # the group a breakdown ("Nine hundred of them were children") is a part of
