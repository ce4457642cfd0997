"""A capitalised plural of a title opening a sentence ("Attorneys", "Deputies") is a group, not a speaker (issue #7
names "Officials" and "Departments" among the wrong speakers; quotes17, `bench/probes/quotes5.jsonl`). Invented
sentences, with a trap: a person the story names in full whose surname has that shape."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes

_LEAD = "Immigration agents arrested six people at their check-in appointments on Tuesday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Attorneys called the arrests “a cruel bait and switch by the agency.”",
        "Deputies said the jail was “never told of any detainer at all.”",
        "Judges have called the practice “a trap for people who follow the rules.”",
    ],
)
def test_a_plural_title_is_a_group(sentence: str) -> None:
    """ "Attorneys called ...": the plural names several people the story does not name, so no quote."""
    assert find_quotes(_LEAD + sentence) == []


def test_a_surname_of_that_shape_named_in_full_speaks() -> None:
    """Trap: "Fathers said" after "Mark Fathers" is the person named in full."""
    text = _LEAD + "Mark Fathers, a deacon, was there.\n\nFathers called the arrests “a cruel bait and switch.”"
    assert [(q.speaker, q.text) for q in find_quotes(text)] == [("Mark Fathers", "a cruel bait and switch.")]
