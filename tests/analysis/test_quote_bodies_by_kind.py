"""Bodies that speak (GUIDELINES.md 'Quotes': `speaker` is "the organisation when no person is named"): a body named by
its kind and the place it serves ("the City of Fairhaven", "the Archdiocese of Port Alder"), a body whose name ends in
a kind outside the agency words ("the Larkfield Unified School District"), a body whose name holds an owner's title
("the Marlow County Sheriff’s Office"), the same body named again by its kind ("the union said"), and the filer of
a document "according to" names ("a complaint filed by his lawyer, Ana Ruiz"); and a gender cue of the previous
sentence ("“...,” she said. Across town, Pastor Ezequiel ...") does not make the next person a woman, and a
one-sentence paragraph that opens with a person ("Rep. Dorian Achebe saw it differently.") introduces the "he said"
quotation right after it; a paragraph ending "NAME sent a statement." gives the quotation paragraph after it to NAME;
"it said" is the body that opens the sentence before ("Kettering County issued a statement.").
Invented sentences, each class with its trap."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes

#: The story line every passage opens with: an enforcement action, so the quote after it is read as in a story.
LEAD = "Federal agents arrested 14 people at two warehouses on Thursday.\n\n"


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(LEAD + text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“No city employee took part in the operation,” said the City of Fairhaven.", "City of Fairhaven"),
        ("“No city employee took part in the operation,” said the City of St. Augustine.", "City of St. Augustine"),
        (
            "“Our parishes will shelter anyone who asks,” said the Archdiocese of Port Alder.",
            "Archdiocese of Port Alder",
        ),
        ("The City of Granby said in a statement: “Our police were not told of the raid.”", "City of Granby"),
        (
            "The Archdiocese of Port Alder said: “Our parishes will shelter anyone who asks.”",
            "Archdiocese of Port Alder",
        ),
        (
            "“Agents will not enter a classroom without a warrant,” the Larkfield Unified School District said.",
            "Larkfield Unified School District",
        ),
        (
            "“We were told nothing in advance,” the Marlow County Sheriff’s Office said.",
            "Marlow County Sheriff’s Office",
        ),
    ],
)
def test_a_body_named_by_its_kind_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person of a place, not a body: the person speaks
        ("“No city employee took part in the operation,” said Mayor Ines Dorado of Fairhaven.", "Ines Dorado"),
        # a person whose title owns the body she speaks for
        ("“We were told nothing in advance,” said Sheriff Rhoda Makin.", "Rhoda Makin"),
    ],
)
def test_a_person_of_a_place_is_still_the_person(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Amalgamated Transit Workers Union, which represents the drivers, protested the arrests.\n\n"
            "“Our drivers carry the agents’ own children to school,” the union said in a statement.",
            "Amalgamated Transit Workers Union",
        ),
        (
            "The Archdiocese of Port Alder opened three parish halls on Friday.\n\n"
            "“Nobody will be turned away from our doors,” the archdiocese said.",
            "Archdiocese of Port Alder",
        ),
        (
            "Kettering County issued a statement late on Tuesday.\n\n"
            "“The jail holds people only on a judge’s warrant,” the county said.",
            "Kettering County",
        ),
    ],
)
def test_a_body_named_again_by_its_kind_is_the_body(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_kind_no_body_was_named_by_speaks_for_no_one() -> None:
    text = "Several drivers joined a union last spring.\n\n“Our drivers carry children to school,” the union said."
    assert _speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The driver “never reached for anything in the car,” according to a complaint filed by his lawyer,"
            " Tobias Wren.",
            "Tobias Wren",
        ),
        (
            "According to a lawsuit filed by the ACLU of Nevada, detainees were “kept for days in cells without"
            " blankets.”",
            "ACLU of Nevada",
        ),
    ],
)
def test_the_filer_of_a_document_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_document_no_one_is_named_as_filing_keeps_its_own_name() -> None:
    text = "The driver “never reached for anything in the car,” according to a complaint filed in federal court."
    assert _speakers(text) == ["a complaint"]


def test_a_gender_cue_of_the_previous_sentence_does_not_gender_the_next_person() -> None:
    text = (
        "Odalys Ferreira, who runs a legal clinic, said the calls never stop.\n\n"
        "“We answer sixty calls a day,” she said. Across town, Pastor Ezequiel Barragán closed his church at dusk.\n\n"
        "“People are afraid to be out after dark,” he said."
    )
    assert _speakers(text) == ["Odalys Ferreira", "Ezequiel Barragán"]


def test_a_gender_cue_of_the_same_sentence_still_tells() -> None:
    text = "He was gone by noon. Mrs. Nuala Perrin watched agents take him.\n\n“I was not even home,” she said."
    assert _speakers(text) == ["Nuala Perrin"]


#: A man quoted first, whose "he said" would carry a pronoun's gender to whoever is named next.
_FIRST_SPEAKER = "“The crossings are down by half,” said Lionel Marsh, the sector chief. “It is not over,” he said.\n\n"


def test_a_one_sentence_paragraph_introduces_the_pronoun_quotation_after_it() -> None:
    text = f"{_FIRST_SPEAKER}Rep. Dorian Achebe of Ohio saw it differently.\n\n“The numbers hide the cost,” he said."
    assert _speakers(text)[-1] == "Dorian Achebe"


def test_a_paragraph_naming_no_one_leaves_the_pronoun_to_the_last_speaker() -> None:
    text = f"{_FIRST_SPEAKER}The figures were released on Monday.\n\n“The numbers hide the cost,” he said."
    assert _speakers(text)[-1] == "Lionel Marsh"


#: A quotation paragraph with no attribution of its own, after the paragraph each case below ends with.
_STATEMENT = "\n\n“Every person arrested had a final order of removal. The claims of the advocates are false.”"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Asked about the arrests, agency spokesperson Marisol Quintero-Hayes sent a statement.",
        "Asked about the arrests, agency spokesperson Marisol Quintero-Hayes issued a statement to the Post on Friday.",
    ],
)
def test_a_statement_given_at_the_end_of_a_paragraph_is_the_quotation_after_it(paragraph: str) -> None:
    assert _speakers(paragraph + _STATEMENT) == ["Marisol Quintero-Hayes"]


def test_a_quotation_with_its_own_attribution_after_a_statement_given_keeps_it() -> None:
    text = (
        "Asked about the arrests, agency spokesperson Marisol Quintero-Hayes sent a statement.\n\n"
        "“Every person arrested had a final order of removal,” said Bartholomew Ikeda, the field office director."
    )
    assert _speakers(text) == ["Bartholomew Ikeda"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kettering County issued a statement late on Tuesday. “The jail holds people only on a warrant,” it said.",
            "Kettering County",
        ),
        (
            "The City of Granby released a statement on Friday.\n\n“No officer took part in the arrests,” it said.",
            "City of Granby",
        ),
    ],
)
def test_it_is_the_body_that_opens_the_sentence_before(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_it_after_a_sentence_no_body_opens_is_no_one() -> None:
    text = "The letter was mailed on Tuesday. “No city officer took part in the arrests,” it said."
    assert _speakers(text) == []
