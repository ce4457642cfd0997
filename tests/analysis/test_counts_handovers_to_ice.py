"""People a jail, prison or police hand over to immigration custody (issue #7, round 24's convention, common item 8):
the people go into ICE's custody, so they are counted held (GUIDELINES §2 detentions), as the work gold types "24 of
them were returned to ICE custody". The structure: a handover verb governing the number (active, passive, or a fact
box's row label) with ICE or immigration custody as recipient, or ICE taking custody of them from the giver. The
traps: records or goods handed to ICE, people handed to another police force, prison transfers with no immigration
recipient, and a handover planned, not done. (Sentences invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The Pima County jail turned 26 inmates over to ICE in March, the sheriff said.", 26),
        ("Lakeland police handed seven jail detainees over to federal immigration officers on Friday.", 7),
        ("The state prison system released 315 inmates to ICE custody during the year.", 315),
        ("The sheriff's office returned its last 11 immigration detainees to ICE custody on Monday.", 11),
        ("The Polk County jail transferred 48 inmates into ICE custody between May and July.", 48),
        ("The Idaho Department of Correction delivered 63 prisoners to U.S. Immigration and Customs Enforcement.", 63),
    ],
)
def test_active_handover_to_immigration_custody_counts_people_held(sentence: str, value: int) -> None:
    assert counts(sentence) == {("detentions", value, "people")}


def test_passive_handover_of_a_part_counts_the_part_held() -> None:
    text = (
        "Troopers arrested 44 people at the checkpoint. Twenty-one of them were later released to ICE, officials said."
    )
    assert ("detentions", 21, "people") in counts(text)
    assert ("arrests", 44, "people") in counts(text)


def test_ice_taking_custody_from_a_jail_is_a_handover() -> None:
    sentence = "ICE officers took custody of 33 noncitizens from the Dallas County jail last week."
    assert counts(sentence) == {("detentions", 33, "people")}


def test_ice_taking_custody_with_no_giver_stays_an_arrest() -> None:
    assert counts("ICE officers took custody of 33 people during the operation in Dallas.") == {
        ("arrests", 33, "people")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The sheriff's office turned over 2,700 booking records to ICE after a subpoena.",
        "Tucson police handed three robbery suspects over to the FBI on Tuesday.",
        "The state moved 250 prisoners from the Yuma complex to a private prison in Eloy to ease crowding.",
        "The sheriff said the jail would transfer about 30 inmates a month to ICE custody under the new agreement.",
    ],
)
def test_things_handed_to_ice_other_recipients_and_plans_are_no_handover(sentence: str) -> None:
    assert not any(kind == "detentions" for kind, _, _ in counts(sentence))
