"""Removals a court blocks for people held at a detention site, and handovers told with a qualifier (issue #7,
round 23, handovers): "a judge blocked the deportation of 23 women held at the Stewart Detention Center" names a
facility's headcount (GUIDELINES §2 detentions), though the removal did not happen; a removal blocked for people
held in a state, or with no place of holding, stays averted (no count). "transferred more than 40 inmates to ICE
custody" is the jail's handover read with its qualifier. Sentences invented for this test."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A federal judge blocked the deportation of 23 women held at the Stewart Detention Center on Monday.",
            {("detentions", 23, "people")},
        ),
        (
            "The appeals court halted the removal of 41 Haitian men detained at the Krome processing center.",
            {("detentions", 41, "people")},
        ),
        (
            "A judge stopped the deportation of 15 Iraqis in ICE custody, their lawyers said.",
            {("detentions", 15, "people")},
        ),
    ],
)
def test_blocked_removal_of_people_held_at_a_site_counts_them_held(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A federal judge halted the deportation of 60 Laotian men held in Minnesota, saying they deserved hearings.",
        "The court blocked the deportation of 300 people while the case proceeds.",
    ],
)
def test_blocked_removal_without_a_holding_site_stays_averted(sentence):
    assert counts(sentence) == set()


def test_removal_that_happened_from_a_site_stays_a_removal():
    assert counts("ICE deported 35 men held at the Stewart Detention Center last week.") == {
        ("deportations", 35, "people")
    }


def test_handover_to_ice_read_with_its_qualifier():
    assert counts("The county jail transferred more than 40 inmates to ICE custody in June.") == {
        ("detentions", 40, "people")  # round 24's convention: a handover to ICE is people held by ICE
    }
