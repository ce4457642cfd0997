"""People returned, in the passive, by a U.S. enforcement agency (issue #7, round 21; sentences invented here, none
from the dev set, the judges or the corpus): "were returned by ICE", "had been returned by U.S. authorities" are
removals (GUIDELINES §2 deportations: deported, removed, expelled or returned), with no place named. The traps:
another country's returns, children given back to their parents, things returned."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El Salvador's migration office said 2,750 nationals had been returned by U.S. authorities since March.",
            ("deportations", 2750.0, "people"),
        ),
        (
            "Last week 310 asylum seekers were returned by CBP officers at the bridge.",
            ("deportations", 310.0, "people"),
        ),
        (
            "About 1,600 people were returned by Immigration and Customs Enforcement on charter flights in June.",
            ("deportations", 1600.0, "people"),
        ),
    ],
)
def test_a_return_by_a_us_agency_is_a_removal(text: str, expected: tuple) -> None:
    assert expected in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Roughly 5,400 Hondurans were returned by Guatemalan authorities over the summer.",
        "Nineteen children were returned by federal officials to their mothers on Friday.",
        "The 65 questionnaires were returned by the county clerk's office.",
    ],
)
def test_other_returns_are_no_removal(text: str) -> None:
    assert counts(text) == set()
