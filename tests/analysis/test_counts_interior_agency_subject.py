"""ICE's own arrests are arrests wherever it makes them (issue #7, round 16): the interior agency (ICE, ERO, HSI or
its officers) as the subject right before the verb that governs the number types an arrest even where its clause
names the border; GUIDELINES §2 gives border apprehensions to CBP and the Border Patrol. The trap: the Border Patrol,
alone or beside ICE, near the border stays a border apprehension. (Sentences invented here, none from the dev set.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "DEL RIO, Texas — ICE officers arrested 31 people in Del Rio during a two-day sweep close to the border.",
        "DOUGLAS, Ariz. — HSI agents apprehended 18 workers at a feed store a mile from the border fence.",
    ],
)
def test_the_interior_agency_arresting_near_the_border_makes_arrests(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"arrests"}


@pytest.mark.parametrize(
    "sentence",
    [
        "DEL RIO, Texas — Border Patrol agents apprehended 31 migrants in Del Rio close to the border.",
        "DOUGLAS, Ariz. — ICE and Border Patrol agents apprehended 18 migrants a mile from the border fence.",
    ],
)
def test_the_border_patrol_near_the_border_still_apprehends_at_it(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"border_apprehensions"}
