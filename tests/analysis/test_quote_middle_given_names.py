"""A title before a name of three words whose first the lexicon lacks and whose middle one it knows ("Swedish
Interior Minister Ingvar Paul Lindqvist"), a class of the work part's role errors in round 20 (issue #7), on invented
sentences: the name starts after the title, which is the role, instead of the whole run (a nationality before the
title included) being read as a name. Traps: two-word names, a place or body before the title, and a middle name
after a known first name keep their reading."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("attribution", "speaker", "role"),
    [
        ("said Swedish Interior Minister Ingvar Paul Lindqvist", "Ingvar Paul Lindqvist", "Swedish Interior Minister"),
        ("said Sheriff Dale Ann Hollins", "Dale Ann Hollins", "Sheriff"),
        ("Judge Babajide Luz Oyelaran said", "Babajide Luz Oyelaran", "Judge"),
        # traps: a two-word name, a body before the title, a known first name before the middle one
        ("said Interior Minister Ingvar Lindqvist", "Ingvar Lindqvist", "Interior Minister"),
        ("Dorsey County Sheriff Dale Hollins said", "Dale Hollins", "Dorsey County Sheriff"),
        ("said Police Chief Maria Ann Ocampo", "Maria Ann Ocampo", "Police Chief"),
    ],
)
def test_a_middle_given_name_after_an_unknown_first_name_keeps_the_title_apart(
    attribution: str, speaker: str, role: str
) -> None:
    text = f"“Nobody will be detained without a hearing,” {attribution}."
    if attribution.endswith(" said"):
        text = f"{attribution}: “Nobody will be detained without a hearing.”"
    assert _read(text) == [(speaker, role)]


def test_the_surname_alone_later_is_the_same_person() -> None:
    text = (
        "Interior Minister Ingvar Paul Lindqvist announced border checks on Monday after 400 arrests.\n\n"
        "“The checks will stay as long as they are needed,” Lindqvist said."
    )
    assert _read(text) == [("Ingvar Paul Lindqvist", "Interior Minister")]
