"""Speakers written with a description instead of, or beside, their name (issue #7, quotes second pass): invented
sentences, each with a trap that must keep its reading (GUIDELINES.md 'Quotes': `speaker` the person's name, or
the organisation when no person is named; anonymous speakers are no quote)."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes

LEAD = "Federal agents detained several people in a neighborhood sweep on Thursday.\n"


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(LEAD + text)]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("Pastor Owen Marsh of Bethel Methodist Church told the Gazette.", "Owen Marsh"),
        ("Director Ines Calloway of Casa Esperanza Center said.", "Ines Calloway"),
        ("Police Chief Ray Dunford of Fairmont said.", "Ray Dunford"),
    ],
)
def test_a_titled_person_of_a_body_speaks_not_the_body(attribution: str, speaker: str) -> None:
    """A title before a name ("Pastor X of Y Church told") makes no body of it: the person before "of" speaks."""
    assert _speakers(f"“Nobody was told anything,” {attribution}") == [speaker]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("the Department of Labor said.", "Department of Labor"),
        ("Enforcement and Removal Operations said.", "Enforcement and Removal Operations"),
        ("Attorney General of Oregon Dan Keswick said.", "Dan Keswick"),
    ],
)
def test_a_body_named_with_of_stays_whole(attribution: str, speaker: str) -> None:
    """Trap: "Department of Labor", a title's "of" ("Attorney General of Oregon") name no person before "of"."""
    assert _speakers(f"“Nobody was told anything,” {attribution}") == [speaker]


def test_the_bodys_spokeswoman_is_the_spokeswoman_named_before() -> None:
    """The body's spokeswoman ("the ICE spokeswoman said") after "ICE spokeswoman Ann Lee": the one introduced."""
    text = (
        "ICE spokeswoman Delia Farrow confirmed the sweep on Friday.\n"
        "“Every person taken into custody had a removal order,” the ICE spokeswoman said."
    )
    assert _speakers(text) == ["Delia Farrow"]


def test_another_bodys_spokeswoman_is_not_the_one_named_before() -> None:
    """Trap: "the DHS spokeswoman" after an ICE spokeswoman is DHS's voice, not hers."""
    text = (
        "ICE spokeswoman Delia Farrow confirmed the sweep on Friday.\n"
        "“Every person taken into custody had a removal order,” the DHS spokeswoman said."
    )
    assert _speakers(text) == ["DHS"]


def test_the_agencys_spokesman_is_the_spokesman_named_before() -> None:
    """The owned voice ("the agency's spokesman said") after "Ted Orwin, the agency's spokesman,": he speaks."""
    text = (
        "The figures were released by Ted Orwin, the agency's spokesman.\n"
        "“Our officers followed policy in every case,” the agency's spokesman said."
    )
    assert _speakers(text) == ["Ted Orwin"]


def test_an_unnamed_agencys_spokesman_is_the_agency() -> None:
    """Trap: with no spokesman named, "the agency's spokesman" is the agency's voice, as "the agency's statement"."""
    text = (
        "The arrests were announced by U.S. Immigration and Customs Enforcement.\n"
        "“Our officers followed policy in every case,” the agency's spokesman said."
    )
    assert _speakers(text) == ["ICE"]


def test_a_description_opening_the_sentence_is_no_part_of_the_name() -> None:
    """A capitalised description opening the sentence ("Witness Abdi Hassan said:", "Volunteer Ana Ruiz has") is no
    part of the name, and "the volunteer" points back to her."""
    assert _speakers("Witness Farid Osman said: “They pulled him out of the car by his jacket.”") == ["Farid Osman"]
    text = (
        "Volunteer Corinne Blaise has watched the school entrance every morning since the sweep began.\n"
        "“The parents ask us every day whether it is safe,” the volunteer said."
    )
    assert _speakers(text) == ["Corinne Blaise"]


def test_the_volunteer_with_no_volunteer_named_is_nobody() -> None:
    """Trap: with nobody introduced as a volunteer ("Volunteers gathered"), "the volunteer" names no one."""
    text = "Volunteers gathered outside.\n“The parents ask us every day whether it is safe,” the volunteer said."
    assert _speakers(text) == []


@pytest.mark.parametrize(
    "attribution",
    [
        "said ERO Denver acting Field Office Director Lucia Brandt.",
        "said ICE Enforcement and Removal Operations St. Louis Field Office Director Lucia Brandt.",
    ],
)
def test_a_field_office_named_by_acronym_and_city_is_the_directors_role(attribution: str) -> None:
    """An ICE release's "ERO Denver acting Field Office Director Ann Lee", "... Operations St. Louis Field Office
    Director Ann Lee": the office's acronym and city (an abbreviated "St." too) are her role; she speaks."""
    assert _speakers(f"“These arrests remove dangerous offenders from our streets,” {attribution}") == ["Lucia Brandt"]


def test_an_office_named_by_acronym_and_city_alone_speaks() -> None:
    """Trap: with no person after it, "said Enforcement and Removal Operations" is the office itself."""
    text = "“These arrests remove dangerous offenders from our streets,” said Enforcement and Removal Operations."
    assert _speakers(text) == ["Enforcement and Removal Operations"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Agents stopped Teodoro Villalba outside a laundromat on Tuesday.\n"
            "“The children keep asking when he comes home,” his wife, Renata, said.",
            "Renata Villalba",
        ),
        (
            "Graciela Montoya was detained at her check-in appointment.\n"
            "Her son, Emilio, drove to the field office. “Nobody would tell me anything,” Emilio said.",
            "Emilio Montoya",
        ),
    ],
)
def test_a_relative_named_by_given_name_takes_the_family_name(text: str, speaker: str) -> None:
    """A relative by given name ("his wife, Renata,") takes the family name of the person "his"/"her" points to."""
    assert _speakers(text) == [speaker]


def test_a_relative_named_in_full_keeps_their_own_name() -> None:
    """Trap: "his wife, Renata Sandoval," is named in full, her own family name kept."""
    text = (
        "Agents stopped Teodoro Villalba outside a laundromat on Tuesday.\n"
        "“The children keep asking when he comes home,” his wife, Renata Sandoval, said."
    )
    assert _speakers(text) == ["Renata Sandoval"]


def test_the_owner_is_the_person_not_what_they_own() -> None:
    """A name right after "the owner of" is what is owned: "the owner said" points to the person before it."""
    text = (
        "Halvard Nyquist, the owner of Nyquist Lumber Supply, said agents came twice.\n"
        "“They asked every worker for papers,” the owner said."
    )
    assert _speakers(text) == ["Halvard Nyquist"]


def test_the_teenager_is_the_one_person_named_with_a_teenagers_age() -> None:
    """The teenager ("the teenager said") after "Ana Ruiz, 16,": the one person introduced with that age."""
    text = (
        "Dario Quintana, 16, was at the bus stop when the vans pulled up.\n"
        "“Everyone started running,” the teenager said."
    )
    assert _speakers(text) == ["Dario Quintana"]


@pytest.mark.parametrize(
    "introduction",
    [
        "Dario Quintana, 16, and Lidia Soto, 15, were at the bus stop when the vans pulled up.",
        "Dario Quintana, 36, was at the bus stop when the vans pulled up.",
    ],
)
def test_the_teenager_with_two_or_no_teenagers_named_is_nobody(introduction: str) -> None:
    """Trap: two people of a teenager's age, or an adult's age, leave "the teenager" unresolved."""
    assert _speakers(f"{introduction}\n“Everyone started running,” the teenager said.") == []


def test_an_unnamed_askers_question_is_nobodys_quote() -> None:
    """A question an unnamed person reports right before it ("a reporter asked, “...?”") is theirs, anonymous, even
    when the answer's attribution follows it ("Ann Lee replied, “...”"): only the answer is quoted."""
    text = (
        "At the news conference, a reporter asked, “Will the agents leave the city this month?” "
        "Nordstrom replied, “The operation will continue as long as it is needed.”"
    )
    assert [(q.speaker, q.text[:13]) for q in find_quotes(LEAD + text)] == [("Nordstrom", "The operation")]


def test_a_named_or_bodys_voice_before_the_quotation_still_speaks() -> None:
    """Trap: a named speaker ("Ana Ruiz said, “") or a body's voice is no unnamed asker."""
    assert _speakers("Corinne Blaise said, “The parents ask us every day whether it is safe.”") == ["Corinne Blaise"]
    text = "ICE confirmed the arrests.\nAn ICE spokesman said, “Every person taken into custody had a removal order.”"
    assert _speakers(text) == ["ICE"]


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("Per the reporting observer, Tomas Lindqvist:", "Tomas Lindqvist"),
        ("Per witness Odalys Brea:", "Odalys Brea"),
    ],
)
def test_a_tracker_entry_credits_the_witness_named_after_per(label: str, speaker: str) -> None:
    """A tracker entry's "Per the reporting observer, NAME:" introduces the witness's words with a colon."""
    assert _speakers(f"{label} “Three agents, one van, and the man was gone in a minute.”") == [speaker]


def test_per_a_policy_names_no_speaker() -> None:
    """Trap: "Per ICE policy:" names a document's rule, no person and no speaker."""
    assert _speakers("Per ICE policy: “Officers shall identify themselves when it is safe to do so.”") == []


def test_a_subjects_statement_introducing_the_quotation_is_theirs() -> None:
    """A statement clause ("The Department of Labor defended the audit in a statement: “...”"): the subject of any
    verb in the past whose statement the clause names speaks."""
    text = "The Department of Labor defended the audit in a statement: “Every employer was notified in advance.”"
    assert _speakers(text) == ["Department of Labor"]


def test_an_unnamed_subjects_statement_names_no_speaker() -> None:
    """Trap: "his attorney responded in a statement:" names no one; nobody is given the words."""
    text = "His attorney responded in a statement: “Every employer was notified in advance.”"
    assert _speakers(text) == []
