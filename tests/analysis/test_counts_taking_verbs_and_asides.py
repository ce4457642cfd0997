"""People taken, told in the shapes the arrests rules missed (issue #7, round 18, recall of arrests): a counted noun
the lexicon does not know, or a part of a group it names ("eight of the farmhands"), as the subject of an everyday
or phrasal verb of taking ("seven cooks were picked up by agents"); a business's employees whose passive comes
after an aside in dashes or in quotation marks ("six employees — all with work permits — have been "snatched"");
and an aside in dashes between a counted subject and its verb. GUIDELINES §2 arrests: people arrested, taken into
custody, picked up in raids. Each class is tested on an invented sentence and on its trap, a close sentence that
must not change. (The sentences are invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

LEAD = "ICE agents arrested 26 people in Omaha on Monday. "
ARRESTS_26 = {("arrests", 26, "people")}

# --- an unknown counted noun, subject of an everyday verb of taking -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Seven line cooks were picked up by ICE agents outside the diner in Denver.", ("arrests", 7, "people")),
        ("Eleven landscapers were rounded up by immigration agents in Boise on Friday.", ("arrests", 11, "people")),
        ("Five roofers were nabbed by federal agents at a job site in Tulsa.", ("arrests", 5, "people")),
        ("Nine drywallers were taken into ICE custody by officers in Tulsa on Friday.", ("arrests", 9, "people")),
    ],
)
def test_an_unknown_noun_taken_by_officers_is_arrested(sentence: str, count: tuple[str, int, str]) -> None:
    assert count in counts(sentence)


def test_an_everyday_verb_with_no_officers_takes_nobody() -> None:
    # "picked up" by relatives or friends, no officer named in the sentence: nobody taken
    sentence = "Thirty parishioners were picked up by church vans for the vigil."
    assert counts(LEAD + sentence) == ARRESTS_26


# --- a part of a group named by an unknown noun, subject of its own passive ----------------------------------------


def test_a_part_of_an_unknown_group_taken_is_arrested() -> None:
    sentence = "Twenty-seven of the meatpackers were detained by ICE agents in the parking lot in Worthington."
    assert ("arrests", 27, "people") in counts(sentence)


def test_a_part_of_a_group_of_things_held_is_no_count() -> None:
    sentence = "Three of the tour buses were held by agents at the checkpoint for five hours."
    assert counts(LEAD + sentence) == ARRESTS_26


# --- employees, their passive after an aside or in quotation marks -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Four of the bakery's employees — all with valid work permits — were detained by agents in Elgin.",
        'The union said four of its employees have been "snatched" by agents at the plant in Elgin.',
    ],
)
def test_employees_taken_after_an_aside_or_a_quoted_verb_are_arrested(sentence: str) -> None:
    assert ("arrests", 4, "people") in counts(sentence)


def test_an_agencys_own_employees_stay_staff() -> None:
    sentence = "Four ICE employees — all of them supervisors — were reassigned after the audit in Elgin."
    assert counts(LEAD + sentence) == ARRESTS_26


# --- an aside in unspaced dashes between a counted subject and its verb ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Eight farmhands—all of whom have lived in the valley for years—were arrested by agents in Yakima.",
        "Eight of the farmhands—most of whom have children in local schools—were detained by agents in Yakima.",
    ],
)
def test_a_subject_with_an_unspaced_aside_keeps_its_verb(sentence: str) -> None:
    assert ("arrests", 8, "people") in counts(sentence)


def test_an_unspaced_aside_holding_a_part_stays_a_part() -> None:
    found = counts("Agents arrested 40 people—12 of them in Yakima—on Tuesday in Washington state.")
    assert {("arrests", 40, "people"), ("arrests", 12, "people")} <= found


# --- a part of a group counted only in words, taken by the group's own verb ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Agents rounded up scores of farmworkers near Salinas, including 18 teenagers.", ("arrests", 18, "people")),
        ("Hundreds of people were arrested across Tennessee, including 64 in Memphis.", ("arrests", 64, "people")),
        ("ICE arrested dozens of roofers in Tulsa, among them at least nine U.S. citizens.", ("arrests", 9, "people")),
    ],
)
def test_a_part_of_a_group_taken_in_words_is_counted(sentence: str, count: tuple[str, int, str]) -> None:
    assert count in counts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the group was not taken: a crowd drawn by the arrests, families separated
        "The raids drew hundreds of marchers to the courthouse, including 35 pastors.",
        "Dozens of families were split apart, including 11 in Memphis, after the raids.",
    ],
)
def test_a_part_of_a_group_no_action_took_is_no_count(sentence: str) -> None:
    assert counts(LEAD + sentence) == ARRESTS_26
