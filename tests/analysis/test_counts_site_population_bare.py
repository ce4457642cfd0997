"""A detention site's population named by "the" and its kind alone (issue #7, round 23; sentences invented here, none
from the dev set, the judges or the corpus): "the center's population was 980", "the facility's detainee population
reached 2,050" are a facility's headcount (GUIDELINES §2 detentions), as "the detention center's population" is. The
traps: an institution named "Center" and its population estimates, a town's population."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ICE opened the Baldwin site in June. The center's population was 980 on Tuesday.", ("detentions", 980.0)),
        (
            "Lawyers toured the Jena site on Monday. The facility's detainee population reached 2,050 last week, "
            "ICE said.",
            ("detentions", 2050.0),
        ),
    ],
)
def test_a_site_population_by_its_kind_is_held(text: str, expected: tuple) -> None:
    assert expected in {c[:2] for c in counts(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The Migration Policy Center's population estimates put 31,000 undocumented immigrants in the county.",
            31000.0,
        ),
        ("ICE agents arrested 12 people in Jena. The town's population was 4,600 in 2020.", 4600.0),
    ],
)
def test_other_populations_are_no_count(text: str, value: float) -> None:
    assert value not in {c[1] for c in counts(text)}
