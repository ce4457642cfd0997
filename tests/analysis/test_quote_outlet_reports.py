"""A news outlet's report quoted right after its verb ("The Houston Chronicle reports that, “...”"), a class the work
part's missed quotes showed in round 16 (issue #7), on invented sentences: the quotation is the outlet's own text
(GUIDELINES.md 'Quotes': the organisation is the speaker when no person is named). Each has a trap that keeps its
reading: a quotation after more of a clause names its own speaker."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("The Dayton Herald reports that, ", "Dayton Herald"),
        ("The Dayton Herald reported that ", "Dayton Herald"),
        ("As the Tribune reported, ", "Tribune"),
    ],
)
def test_an_outlet_reporting_right_before_the_quotation_speaks(opening: str, speaker: str) -> None:
    text = (
        "Shelters along the river filled up in March.\n\n"
        f"{opening}“Caseworkers handled more than 4,000 referrals in the first two weeks alone.”"
    )
    assert _speakers(text) == [speaker]


def test_a_quotation_after_more_of_the_clause_is_not_the_outlets() -> None:
    text = (
        "Shelters along the river filled up in March.\n\n"
        "The Dayton Herald reported that Mayor Ines Varga called the plan “a cruel waste of the county's money.”"
    )
    assert _speakers(text) == ["Ines Varga"]


def test_a_person_reporting_stays_the_speaker() -> None:
    text = (
        "Shelters along the river filled up in March.\n\n"
        "Ines Varga reported that “caseworkers handled more than 4,000 referrals in the first two weeks alone.”"
    )
    assert _speakers(text) == ["Ines Varga"]
