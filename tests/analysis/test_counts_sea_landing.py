"""The sea border (issue #7, round 19; sentences invented here, none from the dev set, the judges or the corpus): people
caught as they land from the sea ("who came ashore in Key Largo", "landed a panga on a beach in Malibu") are
apprehended at the border though the town lies far from any land border (GUIDELINES §2 border_apprehensions). The
traps: a landing long ago, and an everyday setting in the same coastal state, stay arrests inside the country."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Border Patrol agents apprehended 27 Haitian migrants who came ashore near Boca Raton on Monday.",
        "Agents apprehended 19 people who landed a panga on a beach north of Santa Barbara before dawn.",
        "Border Patrol agents caught 11 men after their boat made landfall in Islamorada, Florida.",
    ],
)
def test_a_landing_from_the_sea_is_at_the_border(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"border_apprehensions"}


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE officers arrested 16 people in Orlando who came ashore as teenagers decades ago.",
        "Border Patrol agents arrested 34 people at a car wash in Jacksonville, Florida.",
    ],
)
def test_a_landing_long_ago_or_an_inland_setting_stays_an_arrest(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"arrests"}
