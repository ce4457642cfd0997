"""Border counts told in unusual verbs (issue #7, round 24; sentences invented here, none from the dev set, the judges
or the corpus): people stopped with their hiding place in a vehicle told, an interdiction at sea or by the Coast Guard,
and the agents of a Border Patrol station are caught at the border (GUIDELINES §2 border_apprehensions). The traps: a
traffic stop's drivers, cargo stopped at a bridge, a rescue of fishermen, a group of students on a trip."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "text",
    [
        "NOGALES, Ariz. — CBP officers at the Mariposa crossing stopped 8 people concealed in a produce truck.",
        "Officers at the Otay Mesa port of entry stopped 5 migrants tucked under the floor of a pickup, CBP said.",
        "EL PASO, Texas — Agents stopped 22 people crammed inside a box truck at the Interstate 10 checkpoint.",
    ],
)
def test_people_stopped_hidden_in_a_vehicle_are_apprehended(text: str) -> None:
    assert {t for t, _, _ in counts(text)} == {"border_apprehensions"}


@pytest.mark.parametrize(
    "text",
    [
        "MIAMI — Coast Guard crews intercepted 41 Haitian migrants at sea south of Miami on Thursday.",
        "SAN JUAN, Puerto Rico — A Coast Guard cutter interdicted 37 migrants west of Mayaguez on Tuesday.",
    ],
)
def test_an_interdiction_at_sea_is_a_border_apprehension(text: str) -> None:
    assert {t for t, _, _ in counts(text)} == {"border_apprehensions"}


def test_agents_of_a_border_patrol_station_apprehend_at_the_border() -> None:
    text = "DOUGLAS, Ariz. — There were 236 arrests made by agents from the Douglas Station over the weekend."
    assert {t for t, _, _ in counts(text)} == {"border_apprehensions"}


@pytest.mark.parametrize(
    "text",
    [
        "McALLEN, Texas — McAllen police stopped 12 drivers at a sobriety checkpoint on Saturday night.",
        "LAREDO, Texas — CBP officers stopped 3 tractor-trailers carrying 900 pounds of cocaine at the bridge.",
        "GALVESTON, Texas — A Coast Guard crew rescued 4 fishermen from a sinking boat off Galveston on Sunday.",
        "BROWNSVILLE, Texas — The group of 28 students from a local school crossed the bridge to Matamoros on Friday.",
    ],
)
def test_a_traffic_stop_cargo_a_rescue_or_a_school_group_gives_no_count(text: str) -> None:
    assert counts(text) == set()
