"""A school's head titled before the name ("Principal Ann Lee"), a class a reviewer found misread in round 15
(issue #7), on invented sentences, each
with a trap that keeps its reading (GUIDELINES.md 'Quotes': `speaker` the person's name, or the organisation when
no person is named; `role` the title or affiliation as written)."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "“Our students were terrified when they heard the news,” said Principal Angela Moore.",
            "Angela Moore",
            "Principal",
        ),
        (
            "Principal Tom Baker said, “We kept the doors locked until the parents arrived to pick up their kids.”",
            "Tom Baker",
            "Principal",
        ),
        (
            "“Attendance fell by a third the day after the arrests,” Headmistress Ruth Keane said.",
            "Ruth Keane",
            "Headmistress",
        ),
        # traps: a longer title that opens with the word, and the word as a title in lower case or after the name
        (
            "“We will appeal this decision to the higher court,” said Principal Deputy Director Tom Baker.",
            "Tom Baker",
            "Principal Deputy Director",
        ),
        (
            "“We kept every child inside until the buses arrived,” said school principal Angela Moore.",
            "Angela Moore",
            "school principal",
        ),
        (
            "“We kept every child inside until the buses arrived,” said Angela Moore, the principal of Lincoln High.",
            "Angela Moore",
            "the principal of Lincoln High",
        ),
    ],
)
def test_a_school_head_titled_before_the_name_is_the_role_not_part_of_the_name(
    text: str, speaker: str, role: str | None
) -> None:
    """ "Principal Ann Lee" is titled as "Sheriff Ann Lee" is: the title is her role, not part of her name."""
    assert _read(text) == [(speaker, role)]


def test_the_word_principal_in_a_quotation_is_no_title() -> None:
    """Trap: "principal" inside the quoted words names nobody; the speaker after the quotation keeps it."""
    assert _read("“The principal concern is the safety of the children,” said Angela Moore.") == [
        ("Angela Moore", None)
    ]
