"""A role naming a place by its abbreviation ("St. Paul Field Office Director"): the full stop of "St." ends
neither the role nor its clause (GUIDELINES.md 'Quotes': `role` the title or affiliation as written). Invented
sentences, each with a trap whose role must stay as it was."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes

_WORDS = "“We will keep enforcing the law every single day,”"


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (f"{_WORDS} said St. Paul Field Office Director Peter Berg.", "Peter Berg", "St. Paul Field Office Director"),
        (f"Mt. Vernon Police Chief Ana Ruiz said: {_WORDS.rstrip(',”')}.”", "Ana Ruiz", "Mt. Vernon Police Chief"),
        (
            f"{_WORDS} said Peter Berg, the Ft. Worth field office director.",
            "Peter Berg",
            "the Ft. Worth field office director",
        ),
        (f"Peter Berg, the St. Louis sheriff, said: {_WORDS.rstrip(',”')}.”", "Peter Berg", "the St. Louis sheriff"),
    ],
)
def test_role_keeps_the_place_abbreviation(text: str, speaker: str, role: str) -> None:
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [(speaker, role)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (f"Agents stopped him on Main St. {_WORDS} said Ana Ruiz, a lawyer.", "a lawyer"),
        (f"{_WORDS} said Ana Ruiz, a lawyer. St. Paul police were not involved.", "a lawyer"),
    ],
)
def test_abbreviation_outside_the_role_leaves_it_alone(text: str, role: str) -> None:
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("Ana Ruiz", role)]
