"""Two relatives of one surname quoted in one paragraph are two speakers, not one quotation interrupted by its
attribution; "the chief said" points back to the person written with that title before the name, even where the
title's body word ("Police") cut it from the name's mention (GUIDELINES, 'Quotes')."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "“They came before sunrise,” said Rosa Villanueva, whose brother was taken; her son Mateo Villanueva "
            "added, “Nobody showed us a warrant.”",
            "Mateo Villanueva",
        ),
        (
            "“We want him home,” said Helen Okoro, and her husband, Samuel Okoro, said, “He has never been in "
            "trouble in his life.”",
            "Samuel Okoro",
        ),
    ],
)
def test_relatives_of_one_surname_in_one_paragraph_are_two_speakers(text: str, second: str) -> None:
    speakers = [speaker for speaker, _ in _quotes(text)]
    assert len(speakers) == 2
    assert speakers[1] == second


@pytest.mark.parametrize(
    "text",
    [
        "“The raids will not stop,” said Paul Ibarra, the field office director. “We go where the cases are,” Ibarra "
        "said.",
        "“I was never told why,” Carla Munoz said. “Then they let me go,” she said.",
    ],
)
def test_one_speaker_interrupted_stays_one_person(text: str) -> None:
    assert len({speaker for speaker, _ in _quotes(text)}) == 1


@pytest.mark.parametrize(
    ("title", "word"),
    [("Police Chief", "chief"), ("Fire Chief", "chief"), ("Police Commissioner", "commissioner")],
)
def test_title_cut_from_the_name_still_resolves_the_title(title: str, word: str) -> None:
    text = (
        f"{title} Kevin Whitby of Springfield met with church leaders on Thursday after the arrests.\n"
        f"“We do not ask about immigration status,” the {word} said.\n"
        "Mayor Edward Sorensen, who was also there, said the city wanted answers.\n"
        "“We have asked for a list of everyone who was detained,” the mayor said.\n"
        f"“Anyone can call us for help,” the {word} said."
    )
    assert [speaker for speaker, _ in _quotes(text)] == ["Kevin Whitby", "Edward Sorensen", "Kevin Whitby"]


def test_a_title_nobody_holds_is_not_taken_from_a_role() -> None:
    text = (
        "Mayor Edward Sorensen said the city wanted answers.\n"
        "“We have asked for a list,” the mayor said.\n"
        "“There is nothing to add,” the chief said."
    )
    assert ("Kevin Whitby", "There is nothing to add") not in _quotes(text)
    assert _quotes(text)[0] == ("Edward Sorensen", "We have asked for a list")


@pytest.mark.parametrize(
    "body",
    ["Legal Aid Society", "Refugee Rights Project", "Migrant Worker Justice Network", "Farmworker Alliance"],
)
def test_a_body_named_with_its_article_speaks(body: str) -> None:
    text = f"A lawsuit was filed on Monday.\n“The cells are overcrowded and cold,” the {body} said in a statement."
    assert _quotes(text) == [(body, "The cells are overcrowded and cold")]


@pytest.mark.parametrize("described", ["the Arizona Democrat", "the Texas Republican", "the freshman lawmaker"])
def test_a_description_with_its_article_still_points_back(described: str) -> None:
    text = f"Rep. Greg Stanton visited the center.\n“These conditions are unacceptable,” {described} said."
    assert [speaker for speaker, _ in _quotes(text)] == ["Greg Stanton"]
