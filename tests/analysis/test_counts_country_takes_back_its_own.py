"""A country that receives, accepts or takes back its own citizens takes them from a removal (issue #7, round 22;
GUIDELINES §2 deportations: people deported, removed or returned), told from the receiving side as Central American
and Mexican officials tell it. The traps: a shelter or town that receives migrants, a cap a country agreed to
accept, and people a country received who are not its own, remove nobody. (Sentences invented here, none taken
from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Ecuador received 9,300 of its nationals from the United States in 2025, its foreign ministry said.", 9300),
        ("Nicaragua has taken back 2,750 of its citizens since March.", 2750),
        ("Peru accepted about 640 of its own nationals on U.S. charter flights last quarter.", 640),
    ],
)
def test_a_country_taking_back_its_own_people_counts_removals(sentence: str, value: int) -> None:
    assert counts(sentence) == {("deportations", value, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "A church shelter in Tucson received 430 migrants last week.",
        "Colombia agreed to accept up to 200 of its citizens a month.",
        "Tijuana shelters received 300 Haitians who had waited weeks at the border.",
    ],
)
def test_receiving_others_or_agreeing_to_a_cap_removes_nobody(sentence: str) -> None:
    assert not {c for c in counts(sentence) if c[0] == "deportations"}
