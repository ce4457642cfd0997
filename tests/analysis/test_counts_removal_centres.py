"""A place that holds people for removal names no removal (issue #7, round 21, precision): "held 2,400 people in
immigration removal centres", "at the county's removal facility" count people held (GUIDELINES §2 detentions), not
people deported, as "orders of removal" or "removal proceedings" name no removal either. Removals themselves stay
deportations. (The sentences are invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "The government held 2,400 people in immigration removal centres on June 30, official figures show.",
        "The sheriff said 310 men were held at the county's removal facility on Sunday.",
    ],
)
def test_people_held_in_a_removal_centre_are_detentions(sentence: str) -> None:
    found = counts(sentence)
    assert found and {c[0] for c in found} == {"detentions"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE carried out 1,870 removals in March, the agency said.", ("deportations", 1870, "people")),
        (
            "Officials said 420 people were removed to Honduras from the removal centre at Dover.",
            ("deportations", 420, "people"),
        ),
    ],
)
def test_removals_stay_deportations(sentence: str, expected: tuple) -> None:
    assert expected in counts(sentence)
