"""Roles written around a name in ways rounds 8-16 did not read (issue #7, quotes17; `bench/probes/quotes5.jsonl`),
on invented sentences, each with a trap that must keep its reading (GUIDELINES.md 'Quotes': `role` the title or
affiliation as written, at the person's first full mention)."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes

_QUOTE = "“The agents never showed us a warrant, not once,” "


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("introduction", "role"),
    [
        # a description set before the name by a comma, opened by a possessive or an article anywhere in the clause
        ("Her brother, Tomas Ibañez, said the family had no warning.", "Her brother"),
        ("The family has retained an immigration lawyer, Tomas Ibañez.", "an immigration lawyer"),
        ("Reporters for the newspaper spoke with the organizer, Tomas Ibañez, on Sunday.", "the organizer"),
        # ... or by "named"
        ("The detainees were seen by a volunteer physician named Tomas Ibañez.", "a volunteer physician"),
        # traps: a thing before the comma, a place or time before the description, an appositive of its own
        ("In his statement, Tomas Ibañez said the family had no warning.", None),
        ("At the border, Tomas Ibañez, 52, said the family had no warning.", None),
        ("In a letter, Tomas Ibañez, a retired teacher, wrote to the judge.", "a retired teacher"),
    ],
)
def test_a_description_before_the_name_is_its_role(introduction: str, role: str | None) -> None:
    """ "his sister, Ana Lee, said", "hired a lawyer, Ana Lee.", "a doctor named Ana Lee": the description is
    what she is, as "The group’s founder, Ana Lee," was read already; where it is a thing ("his statement", "a
    letter") or a place ("At the border"), it is no role."""
    assert _read(f"{introduction}\n\n{_QUOTE}Ibañez said.") == [("Tomas Ibañez", role)]


@pytest.mark.parametrize(
    ("following", "role"),
    [
        (
            "Ibañez is an interpreter at the Northside Legal Aid Clinic who has lived in the city for 30 years.",
            "an interpreter at the Northside Legal Aid Clinic",
        ),
        ("Ibañez is the pastor of St. Rita’s Church, where the family worships.", "the pastor of St. Rita’s Church"),
        ("Ibañez directs the Northside Legal Aid Clinic.", "directs the Northside Legal Aid Clinic"),
        # traps: what the sentence says is no position, or was true once
        ("Ibañez is the reason the clinic stayed open.", None),
        ("Ibañez was a teenager when he arrived from Chile.", None),
    ],
)
def test_a_role_told_in_the_next_sentence_is_the_role(following: str, role: str | None) -> None:
    """ "said Ana Lee. Lee is a court interpreter who ...": the sentence the name opens says what she is, when no
    title or appositive did; a present "is" with a position noun, or a position verb ("directs", "runs")."""
    assert _read(f"{_QUOTE}said Tomas Ibañez. {following}") == [("Tomas Ibañez", role)]


@pytest.mark.parametrize(
    ("aside", "role"),
    [
        ("(an organizer with the Eastside Tenants Union)", "an organizer with the Eastside Tenants Union"),
        ("(his cousin)", "his cousin"),
        # traps: a party tag, a ward number
        ("(D-Ill.)", None),
        ("(33rd)", None),
    ],
)
def test_a_description_in_parentheses_opened_by_an_article(aside: str, role: str | None) -> None:
    """ "said Ana Lee (an organizer with the Tenants Union)": an article opening the aside with a position noun
    after it is a description of her, as "(his sister)" was; "(D-Ill.)" and "(33rd)" stay none."""
    assert _read(f"{_QUOTE}said Tomas Ibañez {aside}.") == [("Tomas Ibañez", role)]


def test_a_council_title_before_the_name_is_no_part_of_it() -> None:
    """ "Councilwoman Ida Brandt" is Ida Brandt, councilwoman, as "Commissioner Ida Brandt" was; a capitalised word
    that is no title stays in the name."""
    assert _read(f"Councilwoman Ida Brandt called a meeting.\n\n{_QUOTE}Brandt said.") == [
        ("Ida Brandt", "Councilwoman")
    ]
    assert _read(f"{_QUOTE}said Councilman Ray Osei.") == [("Ray Osei", "Councilman")]
    assert _read(f"{_QUOTE}said Marisol Brandt Osei.") == [("Marisol Brandt Osei", None)]
