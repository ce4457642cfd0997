"""A person named after a long office (GUIDELINES.md 'Quotes': `speaker` the person's name, `role` the title as
written): an office of a place or district ("Attorney General of Ohio", "U.S. Attorney for the Southern District of
Iowa", "Acting United States Attorney for ..."), whose place words, district qualifiers and abbreviated place names
("St. Cloud") belong to the role, not to the name after them. Invented sentences, each class with its trap."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes

#: The story line every passage opens with: an enforcement action, so the quote after it is read as in a story.
LEAD = "Federal agents arrested 12 people on Monday.\n"
#: A quotation whose attribution each table fills in.
QUOTED = "“We will enforce the law in every county,” "


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("attribution", "speaker", "role"),
    [
        ("said Attorney General of Ohio Brenda Kowalski.", "Brenda Kowalski", "Attorney General of Ohio"),
        ("Attorney General of Ohio Brenda Kowalski said.", "Brenda Kowalski", "Attorney General of Ohio"),
        (
            "U.S. Attorney for the Southern District of Iowa Miguel Ferraro said.",
            "Miguel Ferraro",
            "U.S. Attorney for the Southern District of Iowa",
        ),
        (
            "said U.S. Attorney for the Eastern District of Louisiana Dana Pruitt.",
            "Dana Pruitt",
            "U.S. Attorney for the Eastern District of Louisiana",
        ),
        ("said Chief of Police of St. Cloud Arnold Weiss.", "Arnold Weiss", "Chief of Police of St. Cloud"),
    ],
)
def test_a_name_after_an_office_of_a_place_is_the_speaker(attribution: str, speaker: str, role: str) -> None:
    text = LEAD + QUOTED + attribution
    assert _read(text) == [(speaker, role)]


@pytest.mark.parametrize(
    ("attribution", "speaker", "role"),
    [
        # an office of a body, no place in it: read as before
        ("said Secretary of Homeland Security Kirstjen Nielsen.", "Kirstjen Nielsen", "Secretary of Homeland Security"),
        ("said Secretary of State Marco Rubio.", "Marco Rubio", "Secretary of State"),
        ("said Director of National Intelligence Tulsi Gabbard.", "Tulsi Gabbard", "Director of National Intelligence"),
        # a body after the name: still the name's
        ("Ana Lee of the Florida Immigrant Coalition said.", "Ana Lee", "of the Florida Immigrant Coalition"),
    ],
)
def test_trap_an_office_of_a_body_or_a_body_after_the_name_keeps_its_reading(
    attribution: str, speaker: str, role: str
) -> None:
    text = LEAD + QUOTED + attribution
    assert [s for s, _ in _read(text)] == [speaker]


def test_trap_a_business_named_for_a_place_is_no_office() -> None:
    text = (
        LEAD + "Teodoro Ruiz, the owner of Salinas Auto Body, said agents searched his shop.\n"
        "“They took my mechanic and left the engine running,” the owner said."
    )
    assert [s for s, _ in _read(text)] == ["Teodoro Ruiz"]


@pytest.mark.parametrize(
    "text",
    [
        "“The network moved cash for years,” said HSI Omaha Special Agent in Charge Lydia Brandt.",
        "“The network moved cash for years,” HSI Omaha Special Agent in Charge Lydia Brandt said.",
        "HSI Omaha Special Agent in Charge Lydia Brandt said: “The network moved cash for years.”",
    ],
)
def test_an_office_written_with_in_charge_is_the_role(text: str) -> None:
    assert _read(LEAD + text) == [("Lydia Brandt", "HSI Omaha Special Agent in Charge")]


def test_an_office_of_eight_words_before_the_name_is_read_whole() -> None:
    text = (
        LEAD + "“Visa fraud is no paperwork error,” First Assistant U.S. "
        "Attorney for the District of Vermont Nadia Koenig said in a statement."
    )
    assert _read(text) == [("Nadia Koenig", "First Assistant U.S. Attorney for the District of Vermont")]


def test_trap_a_name_inside_a_long_description_of_someone_unnamed_is_no_speaker() -> None:
    text = LEAD + "“They came at dawn,” a cook who works at the bakery next to Nadia Koenig's shop said."
    assert _read(text) == []


@pytest.mark.parametrize(
    ("attribution", "speaker", "role"),
    [
        ("Dakota County Board Chair Lena Virtanen said.", "Lena Virtanen", "Dakota County Board Chair"),
        ("said School Board Chair Omar Haddad.", "Omar Haddad", "School Board Chair"),
    ],
)
def test_a_boards_chair_before_the_name_is_the_role(attribution: str, speaker: str, role: str) -> None:
    text = LEAD + QUOTED + attribution
    assert _read(text) == [(speaker, role)]


def test_trap_a_chair_as_a_thing_keeps_the_speaker() -> None:
    text = LEAD + "“They tied him to a chair,” Lena Virtanen said."
    assert _read(text) == [("Lena Virtanen", None)]
