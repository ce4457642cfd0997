"""People held while their removal is awaited (issue #7, round 22): "behind bars" is a jail's, no verb that halts a
deportation, and a possessive before the awaited action ("awaiting their removal") still makes it only awaited, so
the people are held (GUIDELINES §2 detentions), not removed. The traps: a deportation a court or ruling bars, and
people who only face their removal, stay no count. (Sentences invented here, none taken from the dev set or a
probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("About 140 Laotian men are behind bars awaiting deportation, their families said on Monday.", 140),
        ("Roughly 75 Somali nationals remain behind bars pending deportation in Minnesota jails.", 75),
        ("Some 90 asylum seekers remain in ICE custody in Tacoma awaiting their removal, lawyers said.", 90),
        ("About 310 Venezuelans are being held in El Paso awaiting their deportation, officials said.", 310),
    ],
)
def test_people_held_while_their_removal_is_awaited_are_detentions(sentence: str, value: int) -> None:
    assert counts(sentence) == {("detentions", value, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "A federal judge barred the deportation of 260 Iraqi Christians held in Michigan.",
        "The ruling bars deportations of 480 Cambodians until the appeal is heard.",
        "Some 2,300 Liberians face their possible deportation when the program ends in March.",
        "About 600 Haitians fear their removal after the court's decision.",
    ],
)
def test_halted_or_only_faced_removals_are_no_count(sentence: str) -> None:
    assert not {c for c in counts(sentence) if c[0] == "deportations"}
