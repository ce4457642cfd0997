"""Three attribution forms (GUIDELINES.md 'Quotes': `speaker` the person's name, or the organisation when no person
is named): a quotation told to someone in the passive (`," the board was told by NAME`: the one after "by" speaks,
never the listener); a county or city government speaking as a body (`," Ramsey County said`); and a name after an
opening "In a statement," (the statement is no subject). Invented sentences, each class with its trap."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes

LEAD = "Federal agents arrested 12 people in the county on Monday.\n"


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(LEAD + text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“No deputy will ask about status,” the board was told by Sheriff Nora Lindqvist.", "Nora Lindqvist"),
        ("“The shelter is full tonight,” volunteers were told by Pastor Ezra Mbeki.", "Ezra Mbeki"),
        ("“Detentions will go on,” reporters were told by ICE spokeswoman Dana Kerr.", "Dana Kerr"),
    ],
)
def test_the_teller_after_by_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_trap_the_listener_of_an_unnamed_teller_is_no_speaker() -> None:
    text = "Omar Haji was held for six hours.\n“You will be deported tomorrow,” Haji was told by an officer."
    assert _speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We do not honor administrative detainers,” Ramsey County said in a statement.", "Ramsey County"),
        ("“Our officers were not involved,” the City of St. Cloud said.", "City of St. Cloud"),
        ("“Our officers were not involved,” said Anoka County.", "Anoka County"),
    ],
)
def test_a_county_or_city_government_speaks_as_a_body(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_trap_a_bare_city_name_is_no_speaker() -> None:
    assert _speakers("“Our officers were not involved,” Duluth said.") == []


def test_a_name_after_in_a_statement_speaks_not_the_statement() -> None:
    text = "In a statement, Priya Raman, a CBP spokeswoman, said: “The agent followed policy.”"
    assert _speakers(text) == ["Priya Raman"]


def test_trap_a_body_after_in_a_statement_still_speaks() -> None:
    assert _speakers("In a statement, the ACLU of Minnesota said: “This arrest was unlawful.”") == ["ACLU of Minnesota"]


def test_trap_in_inside_a_title_is_no_opening_in_a_statement() -> None:
    text = "In a statement, HSI Denver Special Agent in Charge Mara Quist said: “The smugglers were paid in cash.”"
    assert _speakers(text) == ["Mara Quist"]
