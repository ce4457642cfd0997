"""A part of the people a jail released despite detainers, told by what its people did after (issue #7; GUIDELINES
§2 `detainers` counts requests issued, honoured or declined). Invented sentences, written blind: "3 of the people
released despite detainers had since been accused of new crimes" counts who they became, not requests. Traps: the
released whole stays the declined detainers; detainers lodged on a part stay detainers."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

DETAINER = "detainers"


@pytest.mark.parametrize(
    "sentence",
    [
        "3 of the people released despite detainers had since been accused of new crimes.",
        "Five of the inmates freed in spite of ICE detainers were later arrested on assault charges.",
        "Twelve of those let go despite immigration detainers have since been charged with other offenses.",
    ],
)
def test_a_released_part_told_by_its_later_deeds_is_no_detainer_count(sentence: str) -> None:
    assert not {c for c in counts(sentence) if c[0] == DETAINER}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The county released 150 people despite ICE detainers last year.", {(DETAINER, 150, "requests")}),
        ("ICE lodged detainers on 41 of the inmates.", {(DETAINER, 41, "requests")}),
    ],
)
def test_released_wholes_and_lodged_parts_stay_detainers(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected
