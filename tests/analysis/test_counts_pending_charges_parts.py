"""A part of an action's people told only by the charges they have pending (issue #7; GUIDELINES §2 `convictions`
counts criminal convictions or records of the people in an action; a pending charge is no conviction, and the part
is no more people the action touched). Invented sentences, written blind: "52 of whom face pending criminal
charges", "31 of whom had pending criminal charges", "45 of those arrested face pending charges". Traps: the
action's own total and a conviction count beside the part stay."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

ARREST = "arrests"
RECORD = "convictions"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE arrested 140 people, 52 of whom face pending criminal charges.", {(ARREST, 140, "people")}),
        (
            "Agents detained 80 people, 31 of whom had pending criminal charges and 20 had prior convictions.",
            {(ARREST, 80, "people"), (RECORD, 20, "people")},
        ),
        (
            "The sweep netted 300 arrests; 45 of those arrested face pending charges in state courts.",
            {(ARREST, 300, "people")},
        ),
        ("Officers arrested 75 people, including 19 with pending criminal charges.", {(ARREST, 75, "people")}),
        (
            "Of the 210 people arrested, 64 had pending charges and 90 had convictions.",
            {(ARREST, 210, "people"), (RECORD, 90, "people")},
        ),
    ],
)
def test_a_part_with_pending_charges_is_no_count(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_a_part_with_convictions_stays_a_record() -> None:
    assert (RECORD, 52, "people") in counts("ICE arrested 140 people, 52 of whom had prior criminal convictions.")
