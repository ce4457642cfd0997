"""What counted people set out to do is no action done to them (issue #7, round 16): an infinitive of watching or
resisting after their noun ("trained 900 volunteers to monitor arrests") names their purpose, and people no
enforcement action touched are no count (GUIDELINES §2). The trap: an enforcement verb that governs them from before
still counts them, whatever they meant to do. (Sentences invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

LEAD = "MILWAUKEE — ICE arrested 210 people in Milwaukee in October, the agency said.\n"


@pytest.mark.parametrize(
    "second",
    [
        "Churches trained 900 volunteers to monitor arrests in their neighborhoods.",
        "The bar association recruited 150 lawyers to respond to raids at worksites.",
    ],
)
def test_people_counted_for_their_purpose_are_no_count(second: str) -> None:
    assert counts(LEAD + second) == {("arrests", 210, "people")}


def test_people_an_enforcement_verb_governs_are_counted_whatever_their_purpose() -> None:
    second = "Officers detained 12 observers who had come to film arrests outside the courthouse."
    assert ("arrests", 12, "people") in counts(LEAD + second)
