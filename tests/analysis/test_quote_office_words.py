"""Where a person's name starts after a long office written before it (`quote_people.office_tail`, words in lower
case): an office opened by words that are no title ("Special Agent in Charge of ...", `lex.OFFICE_OPENING_WORDS`)
is an office all the same, and a district's qualifier after a possessive ("Georgia's Northern District",
`lex.DISTRICT_QUALIFIERS`) belongs to the body, not to the name. Invented phrases, each class with its trap."""

from __future__ import annotations

import pytest

from tasks.analysis.quote_people import office_tail


def _name_start(phrase: str) -> int | None:
    return office_tail(phrase.split())


@pytest.mark.parametrize(
    ("words", "name_start"),
    [
        ("special agent in charge of hsi newark marguerite osei", 7),
        ("special agent in charge for the newark field office marguerite osei", 9),
    ],
)
def test_an_office_written_with_in_charge_ends_where_the_name_starts(words: str, name_start: int) -> None:
    assert _name_start(words) == name_start


def test_trap_a_name_before_the_body_is_no_office_tail() -> None:
    assert _name_start("special agent marguerite osei of hsi newark") is None


@pytest.mark.parametrize(
    ("words", "name_start"),
    [
        ("u.s. attorney for georgia's northern district tavish okonkwo", 6),
        ("acting u.s. attorney for ohio's southern district tavish okonkwo", 7),
    ],
)
def test_a_districts_qualifier_after_a_possessive_is_the_bodys(words: str, name_start: int) -> None:
    assert _name_start(words) == name_start


def test_trap_a_district_with_no_qualifier_ends_at_the_same_word() -> None:
    assert _name_start("u.s. attorney for georgia's district tavish okonkwo") == 5
