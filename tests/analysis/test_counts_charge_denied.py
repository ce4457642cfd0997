"""A prosecution the count's own predicate denies (issue #7, round 24; sentences invented here, none from the dev set,
the judges or the corpus): "four were juveniles and were not charged" counts nobody prosecuted (GUIDELINES §2
charged: people criminally charged or prosecuted), while a charge done beside it, or before the denial in another
clause, stays `charged`."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors filed illegal entry cases against 52 people. Four were juveniles and were not charged.",
        "Agents caught 52 people near Sasabe; four of them have never been prosecuted.",
        "The U.S. attorney charged 52 people with smuggling, but 4 others were not indicted.",
    ],
)
def test_a_denied_charge_counts_nobody(text: str) -> None:
    assert ("charged", 4, "people") not in counts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prosecutors charged 52 people with illegal reentry on Tuesday.", 52),
        ("Of the 60 migrants caught, 38 were charged with illegal entry and the rest were not charged.", 38),
    ],
)
def test_a_charge_done_stays_charged(text: str, value: int) -> None:
    assert ("charged", value, "people") in counts(text)
