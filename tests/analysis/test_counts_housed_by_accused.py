"""People the accused of a harboring case lodged, as a prosecution tells it, are no immigration detention (issue #7;
GUIDELINES §2 `detentions` counts people held in immigration detention). Invented sentences, written blind: "The
complaint alleges the defendants housed 35 migrants in a motel" is no detentions count. Traps: a detention site, an
agency, or officials with no prosecution speaking that house people keep them held."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

HELD = "detentions"


@pytest.mark.parametrize(
    "text",
    [
        "The complaint alleges the defendants housed 35 migrants in a motel outside Yuma while they waited for rides.",
        "Prosecutors say he sheltered 26 undocumented workers in a barn behind the packing shed.",
        "According to the indictment, court records show the couple kept 19 migrants in a basement for a week.",
    ],
)
def test_people_the_accused_lodged_are_no_detentions(text: str) -> None:
    assert counts(text) == set()  # nor any other count: the people lodged are the case's victims, not its defendants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The detention center in Tacoma housed 1,450 detainees in April.", {(HELD, 1450, "people")}),
        ("Officials said they housed 210 detainees at the county jail last month.", {(HELD, 210, "people")}),
    ],
)
def test_a_site_or_officials_housing_people_keep_them_held(text: str, expected: set) -> None:
    assert counts(text) == expected
