"""Two ways a detention story names people or places no one holds (issue #7, round 23; sentences invented here, none
from the dev set, the judges or the corpus). People counted for a relative an action touched ("1,200 students in the
district have a father in ICE custody") are not themselves touched: the relative is (GUIDELINES §2, counts of people
not touched by enforcement). A contract's floor ("a guaranteed minimum of 640 detainees") is a level paid for, like
beds or capacity, not people held. The positives keep the people held and the relative's own count."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 1,200 students in the Fresno district have a father in ICE custody, the superintendent said.",
        "About 350 U.S.-citizen children who have a parent detained at the Pine Prairie center were counted by the "
        "group.",
        "Advocates said 75 workers at the plant had a relative who was deported last year.",
        "The county will pay for a guaranteed minimum of 640 detainees under the agreement with ICE.",
        "The jail's deal with ICE includes a contractual minimum of 300 detainees a night.",
    ],
)
def test_kin_of_the_touched_and_contract_floors_are_no_count(text: str) -> None:
    assert [c for c in counts(text) if c[0] == "detentions"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ICE was holding 2,340 people at the Pine Prairie center on Monday, and 90 of them were mothers with "
            "children.",
            ("detentions", 2340.0, "people"),
        ),
        (
            "The county jail held 640 ICE detainees on Friday under its agreement with the agency.",
            ("detentions", 640.0, "people"),
        ),
        (
            "Some 45 parents of U.S.-citizen children were detained in the raid, the consulate said.",
            ("detentions", 45.0, "people"),
        ),
    ],
)
def test_people_held_still_count(text: str, expected: tuple) -> None:
    assert expected in counts(text)
