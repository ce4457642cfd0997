"""A group whose own predicate tells its arrival after its removal (issue #7, deportations; GUIDELINES §2: people
"deported, removed, expelled or returned"): "41 Nigerians landed in Lagos following their deportation" counts the people
removed, as "after being deported" does; an arrival after a hearing, or after someone else's removal, stays out.
(Invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Forty-one Nigerians landed in Lagos on Monday following their deportation from Texas.", 41),
        (
            "A group of 63 Vietnamese men, most of whom had lived in California for years, arrived in Hanoi "
            "after their removal by U.S. authorities.",
            63,
        ),
        ("129 Salvadorans arrive home after deportation from U.S.", 129),
    ],
)
def test_an_arrival_after_own_removal_is_deportations(sentence: str, value: int) -> None:
    assert counts(sentence) == {("deportations", value, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 55 families arrived at the courthouse after their deportation hearings were moved to Friday.",
        "About 260 volunteers arrived at the church after the deportation of its pastor.",
    ],
)
def test_an_arrival_after_a_hearing_or_anothers_removal_is_no_count(sentence: str) -> None:
    assert counts(sentence) == set()
