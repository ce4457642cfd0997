"""Prosecutions said as charges brought under a statute against the people counted (issue #7; GUIDELINES §2
`charged`: people criminally charged or prosecuted for immigration crimes). Invented sentences, written blind:
"filed charges under Section 1325 against 2,140 people" is "charges against" with the statute between. Traps: the
statute's own number, one man's charges, charges under a statute for another crime."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

CHARGED = "charged"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Prosecutors filed charges under Section 1325 against 2,140 people in the district last year.",
            {(CHARGED, 2140, "people")},
        ),
        (
            "The office brought charges under 8 U.S.C. 1326 against 480 defendants in fiscal 2024.",
            {(CHARGED, 480, "people")},
        ),
        (
            "The U.S. attorney filed charges under the reentry statute against 95 migrants in March.",
            {(CHARGED, 95, "people")},
        ),
        (
            "Federal prosecutors have brought charges under the smuggling law against 37 drivers this year.",
            {(CHARGED, 37, "people")},
        ),
    ],
)
def test_charges_under_a_statute_against_people_are_charged(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors filed charges under Section 1326 against one man from Honduras.",
        "The judge dismissed the charges under Section 1325 last week.",
    ],
)
def test_statute_numbers_and_single_defendants_are_no_count(sentence: str) -> None:
    assert counts(sentence) == set()
