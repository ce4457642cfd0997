"""People charged over a protest are no `charged` count (issue #7, precision; GUIDELINES §2 charged: prosecuted for
immigration crimes): a charge tied to protests by its preposition ("in connection with", "stemming from", "related
to") names no crime of its own, beside a close sentence whose immigration charge keeps the count. (Invented here,
none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Since August, 37 people were charged with federal offenses in connection with protests at the ICE office.",
        "Prosecutors have charged 26 people with federal crimes stemming from the demonstrations outside the facility.",
    ],
)
def test_charges_over_a_protest_are_no_count(sentence: str) -> None:
    assert not {c for c in counts(sentence) if c[0] == "charged"}


def test_an_immigration_charge_after_a_protest_stays_a_count() -> None:
    sentence = "Prosecutors charged 19 people with illegal reentry during the week of the protests."
    assert ("charged", 19, "people") in counts(sentence)
