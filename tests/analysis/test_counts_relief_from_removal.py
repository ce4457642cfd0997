"""Relief against a removal names the action it stops (issue #7, round 16): people a stay, motion or appeal of
removal covers, or removals halted for them, were not removed (GUIDELINES §2: what people only face is no count).
The trap: a removal carried out after a stay was lifted, or done a second time, stays a deportation. (Sentences
invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

DEPORTED = "ICE deported 650 people from Oregon last month, the agency said.\n"


@pytest.mark.parametrize(
    "second",
    [
        "Attorneys filed stays of removal for 35 of them.",
        "A clinic won relief from deportation for 22 of them.",
        "A judge ordered the agency to pause removals of 48 Cameroonians held in Tacoma.",
    ],
)
def test_people_relief_from_removal_covers_are_no_deportations(second: str) -> None:
    assert counts(DEPORTED + second) == {("deportations", 650, "people")}


@pytest.mark.parametrize(
    ("second", "value"),
    [
        ("Officers then removed 48 Cameroonians held in Tacoma after a judge lifted a stay.", 48),
        ("Officers removed 35 of them a second time.", 35),
    ],
)
def test_a_removal_carried_out_stays_a_deportation(second: str, value: int) -> None:
    assert ("deportations", value, "people") in counts(DEPORTED + second)


def test_one_person_asking_to_block_her_removal_keeps_her_past_removals() -> None:
    sentence = "SALEM, Ore. — A man removed four times since 2010 asked a court to stop his removal to Honduras."
    assert ("deportations", 4, "incidents") in counts(sentence)
