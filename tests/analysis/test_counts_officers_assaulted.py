"""Officers counted as the people an assault touched (issue #7, round 25; GUIDELINES §2 `assaults_on_officers`).

"N officers were assaulted" counts assaults: each officer assaulted is one assault (unit `incidents`, as "officers
were assaulted 40 times" is). The officer noun is otherwise the agency's own staff (a thing, no count), and a protest
named in the sentence otherwise marks people arrested at it: neither holds once the officers' own passive of an
assault follows them. Sentences invented for these tests. Traps: officers injured, employed or deployed (no assault),
police or jail officers assaulted with no immigration agency in the story (no immigration officers).
The officer noun must name its agency or kind ("ICE officers", "federal agents"): a bare "officers were assaulted"
was measured on the judges and left out (four more counts matched, two of them with a wrong place)."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

ASSAULT = "assaults_on_officers"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Seven ICE officers were assaulted during the operation in Minneapolis last week.",
            {(ASSAULT, 7, "incidents")},
        ),
        (
            "DHS said 23 immigration officers were assaulted during demonstrations at the federal building.",
            {(ASSAULT, 23, "incidents")},
        ),
        ("Five Border Patrol agents have been attacked in the sector since the spring.", {(ASSAULT, 5, "incidents")}),
        (
            "At least 14 federal officers had been assaulted by the end of the weekend, the agency said.",
            {(ASSAULT, 14, "incidents")},
        ),
    ],
)
def test_officers_assaulted_are_assaults(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Six ICE officers were injured when their vehicle overturned on the highway.",
        "The field office has 300 officers assigned to its fugitive teams.",
        "The agency sent 200 more officers to the city on Monday.",
        "Three police officers were assaulted during a street fight downtown.",
        "Four jail officers were attacked by an inmate during a cell search.",
        "Two deputies were attacked by a man who was later booked into the jail.",
    ],
)
def test_officers_not_assaulted_or_not_immigration_are_no_assaults(sentence: str) -> None:
    assert not {c for c in counts(sentence) if c[0] == ASSAULT}
