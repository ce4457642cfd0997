"""Speakers a reviewer found missed, cut or given to a body in round 16 (issue #7), on invented sentences, each class
with a trap that keeps its reading (GUIDELINES.md 'Quotes': `speaker` the person's name, or the organisation when
no person is named; `role` the title or affiliation as written):

- a body's possessive before the person's name, the subject before the verb: "the ACLU’s Ann Lee said";
- a description ending in a body's name, then the person set off by commas: "the director of ICE, Ana Lee, said",
  "said the acting U.S. Attorney for the District of Nevada, Ana Lee.";
- a document a body released, before the quotation: "According to a report released by the ACLU, ... “...”";
- a body called by its kind ("the union said") is not the member introduced with it ("Ana Lee, an organizer with
  the union,");
- a name after a long office before a colon, and a two-word place closing the office ("Special Agent in Charge of
  HSI Santa Fe Ana Lee: “...”")."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes

#: The story line every passage opens with: an enforcement action, so the quote after it is read as in a story.
LEAD = "Immigration agents detained 30 workers at a farm on Thursday.\n"
#: A quotation whose attribution each table fills in.
QUOTED = "“Families were separated without any warning,” "


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("the ACLU’s Marisol Quintero said.", "Marisol Quintero"),
        ("the ACLU's Marisol Quintero told reporters.", "Marisol Quintero"),
        ("the Coalition’s Policy Director Dev Ramaswamy said.", "Dev Ramaswamy"),
        ("the union’s Warren Okoye said.", "Warren Okoye"),  # a given name that is also a town's
    ],
)
def test_a_name_after_a_body_possessive_is_the_speaker(attribution: str, speaker: str) -> None:
    assert _speakers(LEAD + QUOTED + attribution) == [speaker]


def test_trap_a_body_named_with_a_possessive_stays_the_body() -> None:
    text = LEAD + "Sheriff Rhonda Pike met the families.\n" + QUOTED + "the Dorsey County Sheriff’s Office said."
    assert _speakers(text) == ["Dorsey County Sheriff’s Office"]


def test_trap_a_description_without_a_possessive_still_points_back() -> None:
    text = LEAD + "Rep. Lorna Baptiste visited the farm.\n" + QUOTED + "the Oregon Democrat said."
    assert _speakers(text) == ["Lorna Baptiste"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("the director of ICE, Gideon Marsh, said.", "Gideon Marsh"),
        ("the director of ICE, Hollis Brandt, said.", "Hollis Brandt"),  # a given name that is also a town's
        ("the chief of the Border Patrol, Gideon Marsh, told reporters.", "Gideon Marsh"),
        ("the acting U.S. Attorney for the District of Idaho, Priya Venkat, said.", "Priya Venkat"),
        ("said the acting U.S. Attorney for the District of Idaho, Priya Venkat.", "Priya Venkat"),
    ],
)
def test_a_name_set_off_after_an_office_of_a_body_is_the_speaker(attribution: str, speaker: str) -> None:
    assert _speakers(LEAD + QUOTED + attribution) == [speaker]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # the body is the subject, an appositive describes it
        ("the ACLU, a civil rights group, said.", "ACLU"),
        # the person first, her office set off after her name
        ("Priya Venkat, the U.S. Attorney for Idaho, said.", "Priya Venkat"),
    ],
)
def test_trap_a_subject_with_its_own_appositive_keeps_its_reading(attribution: str, speaker: str) -> None:
    assert _speakers(LEAD + QUOTED + attribution) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "According to a report released by the Department of Homeland Security, the men were “a danger to the"
            " community.”",
            "Department of Homeland Security",
        ),
        (
            "According to a statement published by the Vermont Migrant Alliance, the raid left children"
            " “alone and terrified.”",
            "Vermont Migrant Alliance",
        ),
    ],
)
def test_a_document_released_by_a_body_before_the_quotation_is_the_bodys(sentence: str, speaker: str) -> None:
    assert _speakers(LEAD + sentence) == [speaker]


def test_trap_a_document_released_by_no_body_names_no_speaker() -> None:
    sentence = "According to a report released last spring, the men were “a danger to the community.”"
    assert _speakers(LEAD + sentence) == []


@pytest.mark.parametrize("noun", ["union", "coalition", "council"])
def test_a_body_called_by_its_kind_is_not_the_member_introduced_with_it(noun: str) -> None:
    text = (
        LEAD
        + f"Teodoro Vance, a spokesman for the {noun}, stood outside the gate.\n"
        + f"“Nobody here has done anything wrong,” the {noun} said."
    )
    assert _speakers(text) == []


def test_trap_the_member_called_by_his_own_noun_is_still_him() -> None:
    text = (
        LEAD + "Teodoro Vance, an organizer with the union, stood outside the gate.\n"
        "“Nobody here has done anything wrong,” the organizer said."
    )
    assert _speakers(text) == ["Teodoro Vance"]


def test_trap_the_body_named_before_still_speaks_by_its_kind() -> None:
    text = (
        LEAD + "The United Dairy Workers Union called the raid cruel.\n"
        "“Nobody here has done anything wrong,” the union said."
    )
    assert _speakers(text) == ["United Dairy Workers Union"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Special Agent in Charge of HSI Tucson Oren Vasquez: “We dismantled the whole network.”", "Oren Vasquez"),
        (
            "Deputy Special Agent in Charge of HSI Santa Fe Mirela Dobrev: “We dismantled the whole network.”",
            "Mirela Dobrev",
        ),
        (
            "Acting U.S. Attorney for the Northern District of Ohio Jonah Pratt: “We dismantled the whole network.”",
            "Jonah Pratt",
        ),
    ],
)
def test_a_name_after_a_long_office_before_a_colon_is_the_speaker(line: str, speaker: str) -> None:
    assert _speakers(LEAD + line) == [speaker]


@pytest.mark.parametrize(
    "line",
    [
        "Statement of the Board of Supervisors: “We dismantled the whole network.”",
        "Timeline of Events: “We dismantled the whole network.”",
    ],
)
def test_trap_a_heading_joined_by_of_before_a_colon_names_no_one(line: str) -> None:
    assert _speakers(LEAD + line) == []


@pytest.mark.parametrize(
    "attribution",
    [
        "said Special Agent in Charge of HSI Santa Fe Mirela Dobrev.",
        "Special Agent in Charge of HSI Santa Fe Mirela Dobrev said.",
    ],
)
def test_a_two_word_place_closing_an_office_is_no_part_of_the_name(attribution: str) -> None:
    assert _speakers(LEAD + QUOTED + attribution) == ["Mirela Dobrev"]


def test_trap_a_one_word_place_closing_an_office_keeps_the_name_whole() -> None:
    assert _speakers(LEAD + QUOTED + "said Special Agent in Charge of HSI Denver Jordan Hale.") == ["Jordan Hale"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Chief of the Border Patrol’s Laredo Sector Quentin Osei said: “We held the line all night.”", "Quentin Osei"),
        (
            "Chief of the Border Patrol's Del Rio Sector Anya Petrakis said, “We held the line all night.”",
            "Anya Petrakis",
        ),
    ],
)
def test_a_name_after_an_office_of_a_body_named_with_a_possessive_is_the_speaker(line: str, speaker: str) -> None:
    assert _speakers(LEAD + line) == [speaker]


def test_trap_a_name_before_of_the_body_still_speaks() -> None:
    assert _speakers(LEAD + "Quentin Osei of the Border Patrol said: “We held the line all night.”") == ["Quentin Osei"]


def test_trap_a_long_name_after_a_possessive_is_kept_whole() -> None:
    assert _speakers(LEAD + QUOTED + "the union’s Rosario Ines Quispe said.") == ["Rosario Ines Quispe"]
