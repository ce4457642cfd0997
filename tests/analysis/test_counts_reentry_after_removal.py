"""Illegal re-entry named with the removal before it is the crime people are charged with, not a removal (issue #7;
GUIDELINES §2 `charged` counts people criminally charged for immigration crimes, `deportations` people removed).
Invented sentences, written blind: "charged 40 people, including 25 accused of re-entering the country after
deportation" is 40 and 25 charged, not 25 removals. Traps: removals counted inside the phrase ("after being deported
four times": one person's removals), and people ICE removed who had re-entered, keep their removal type."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

CHARGED = "charged"
REMOVED = "deportations"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Federal prosecutors charged 40 people last month, including 25 accused of re-entering the country after "
            "deportation.",
            {(CHARGED, 40, "people"), (CHARGED, 25, "people")},
        ),
        (
            "A grand jury indicted 18 men, among them 11 accused of re-entry after removal, the U.S. attorney said.",
            {(CHARGED, 18, "people"), (CHARGED, 11, "people")},
        ),
    ],
)
def test_reentry_after_removal_is_the_charge(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was charged with illegal re-entry after being deported four times.",
            {(REMOVED, 4, "incidents")},
        ),
        (
            "ICE removed 32 people last week who had re-entered the country after deportation.",
            {(REMOVED, 32, "people")},
        ),
    ],
)
def test_removals_inside_or_before_the_phrase_stay_removals(text: str, expected: set) -> None:
    assert counts(text) == expected
