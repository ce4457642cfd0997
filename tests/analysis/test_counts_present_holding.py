"""A present "detains" said of now (issue #7, round 21; sentences invented here, none from the dev set, the judges or
the corpus): "ICE currently detains 58,000 people" is a population held (GUIDELINES §2 detentions), as the
progressive "is detaining" already was; a past "detained" before its number stays an arrest, and a habitual
"detain ... a week" a rate."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immigration authorities currently detain 41,300 people nationwide.", ("detentions", 41300.0, "people")),
        ("The agency currently detains roughly 3,900 immigrants in Georgia.", ("detentions", 3900.0, "people")),
        ("ICE now detains some 52,000 migrants, its own data show.", ("detentions", 52000.0, "people")),
        ("New Mexico still detains about 1,450 immigrants at two sites.", ("detentions", 1450.0, "people")),
    ],
)
def test_a_present_detains_of_now_is_a_population_held(text: str, expected: tuple) -> None:
    assert expected in counts(text)


def test_a_past_detained_before_its_number_stays_an_arrest() -> None:
    assert counts("Deputies detained 23 people at a car wash on Tuesday, ICE said.") == {("arrests", 23.0, "people")}


def test_a_habitual_rate_is_no_count() -> None:
    assert counts("Officers detain 150 people a day at the crossing, a spokesman said.") == set()
