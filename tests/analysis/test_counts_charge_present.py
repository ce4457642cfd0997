"""The verb "charge" or "charges" in the present right before a number, with what they are charged in or with
after it, is the verb of a headline or a release's lede (GUIDELINES §2 charged); a price or a share after it, or
"for", is a fee. (Invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Federal prosecutors charge 17 in Yuma stash house case", 17),
        ("Grand jury charges 9 with harboring workers at Ohio farms", 9),
        ("U.S. attorney charges about 40 people with illegal reentry after weekend sweep", 40),
    ],
)
def test_present_charge_before_a_number_is_a_prosecution(sentence: str, value: int) -> None:
    assert counts(sentence) == {("charged", value, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Coyotes charge 15 for a seat in the truck, a migrant said.",
        "The guides charge 30 percent more for children, the report found.",
        "The network charges 12 migrants $9,000 each for the trip.",
    ],
)
def test_a_price_is_no_charge(sentence: str) -> None:
    assert counts(sentence) == set()
