"""A number that ends a name is a label, not a quantity (issue #7; GUIDELINES §2: a count is a number of people or
incidents): a broadcaster's call letters or channel ("WXYZ 7", "Channel 4"), a union local ("Teamsters Local 12"), a
courtroom ("Courtroom 5"). Invented sentences, written blind. Traps: a number after an ordinary word, capitalised at a
sentence start or not ("With 15 arrests", "detained 7 more"), stays a count."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

ARRESTS = "arrests"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WXYZ 7 reported that agents detained 15 workers at a farm near Holland.", {(ARRESTS, 15, "people")}),
        ("Agents detained 15 workers at a farm near Holland, according to Channel 4.", {(ARRESTS, 15, "people")}),
        (
            "Members of Teamsters Local 12 said agents arrested 15 drivers at the depot in Holland.",
            {(ARRESTS, 15, "people")},
        ),
        (
            "Agents arrested 15 people outside Courtroom 5 at the immigration court in Holland.",
            {(ARRESTS, 15, "people")},
        ),
    ],
)
def test_a_name_ending_in_a_number_is_no_count(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With 15 arrests in Holland, the operation ended on Friday.", {(ARRESTS, 15, "people")}),
        (
            "Agents arrested 15 workers and detained 7 more at the farm near Holland.",
            {(ARRESTS, 15, "people"), (ARRESTS, 7, "people")},
        ),
    ],
)
def test_a_number_after_an_ordinary_word_stays_a_count(text: str, expected: set) -> None:
    assert counts(text) == expected
