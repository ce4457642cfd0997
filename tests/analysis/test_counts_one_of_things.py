"""A "one of N" after a thing it stands for counts such things (issue #7, round 22): "The charter, one of 610 this
year" counts flights, not people (GUIDELINES §2: counts of things are no counts). The positives: "one of N" with a
people noun of its own, or after a person, counts people as before. (Sentences invented here, none taken from the dev
set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "The removal charter, one of 610 this year, landed in Tegucigalpa on Friday.",
        "The Omaha raid was one of 38 worksite operations since June.",
        "The deportation flight, one of more than 1,200 this year, left Mesa at dawn.",
    ],
)
def test_one_of_n_after_a_thing_counts_no_people(sentence: str) -> None:
    assert not {c for c in counts(sentence) if c[1] > 1}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was one of 17 people who died in ICE custody last year.", ("deaths_in_custody", 17, "people")),
        ("She is one of 240 detainees on hunger strike at the Tacoma center.", ("detentions", 240, "people")),
    ],
)
def test_one_of_n_people_still_counts(sentence: str, expected: tuple) -> None:
    assert expected in counts(sentence)
