"""People an agent's active verb pens into a holding place are held (GUIDELINES §2 detentions: a facility's headcount):
"guards kept 64 women in a holding cell", "agents locked 37 men inside the station"; "crammed" and "packed" stay with
the smugglers' loads; the same verbs that keep
people waiting or away hold nobody. (Invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Guards kept 64 women in a holding cell meant for a dozen, the inspector wrote.", 64),
        ("Agents locked 37 men inside the Yuma station for four days, lawyers said.", 37),
        ("Officers confined about 210 migrants in two tents at the processing center.", 210),
    ],
)
def test_people_penned_into_a_holding_place_are_held(sentence: str, value: int) -> None:
    assert counts(sentence) == {("detentions", value, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Clerks kept 64 visitors waiting in the lobby of the courthouse for hours.",
        "Agents locked 37 reporters out of the hearing room, the paper said.",
        "Organizers kept 210 volunteers in buses for the march to the capitol.",
    ],
)
def test_people_kept_waiting_or_out_are_not_held(sentence: str) -> None:
    assert counts(sentence) == set()
