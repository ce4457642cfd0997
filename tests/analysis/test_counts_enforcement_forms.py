"""Enforcement counts told in forms the reading missed (issue #7): a bare number after "removed", a list item
labelled by its participle, a bare number "in detention" and a second destination gapped after "and". Each class is
tested on invented sentences beside a close sentence whose answer differs. (Invented here, none taken from the dev
set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- "removed N" with no noun: the people removed; a removal from a list or a post is none -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE removed 2,310 last month, the agency said.",
        "Officers removed about 640 in the first week of the operation.",
    ],
)
def test_a_bare_number_after_removed_is_removals(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"deportations"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The county clerk removed 2,310 from the voter rolls last month.",
        "The governor removed 14 from their posts on the parole board.",
        '"We removed 640 from Tulsa streets this month," the field office director said.',
    ],
)
def test_a_removal_from_a_list_a_post_or_the_streets_is_no_removal(sentence: str) -> None:
    assert not any(t == "deportations" for t, _, _ in counts(sentence))


# --- a list item labelled by the action's participle ----------------------------------------------------------------


def test_a_participle_label_types_its_item() -> None:
    text = (
        "Results of the operation in Tulsa, according to ICE:\n\n"
        "- Deported to their home countries: 71\n- Held at the Okmulgee processing center: 130\n"
    )
    assert counts(text) == {("deportations", 71, "people"), ("detentions", 130, "people")}


def test_a_label_of_people_holding_things_is_no_detention() -> None:
    text = "Turnout at the rally in Tulsa:\n\n- Held signs outside the courthouse: 300\n"
    assert not any(t == "detentions" for t, _, _ in counts(text))


# --- a bare number in detention -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Roughly 1,900 in ICE detention in Georgia as of Friday, the tally showed.",
        "Seventy-one thousand in custody nationwide this week, the official said.",
    ],
)
def test_a_bare_number_in_detention_is_held(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"detentions"}


def test_a_bare_number_in_a_class_is_no_detention() -> None:
    assert counts("Roughly 1,900 in the graduating class in Georgia, the school said.") == set()


# --- a second destination gapped after "and" ------------------------------------------------------------------------


def test_a_gapped_second_destination_shares_the_removal() -> None:
    found = counts("The removal of 33 people to Colombia and 18 to Peru last week drew protests.")
    assert found == {("deportations", 33, "people"), ("deportations", 18, "people")}


def test_a_gapped_number_after_a_non_removal_is_not_typed_so() -> None:
    found = counts("The arrests of 33 people in Denver and 18 to be tried later drew protests.")
    assert ("deportations", 18, "people") not in found


# --- an action noun whose object is "another N" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The removals of another 145 people were carried out on two flights from Mesa.", "deportations"),
        ("The arrests of an additional 38 workers followed on Friday in Grand Island.", "arrests"),
    ],
)
def test_an_action_noun_governs_another_n(sentence: str, kind: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {kind}


def test_another_n_after_a_noun_of_no_action_is_untyped() -> None:
    assert counts("The photographs of another 145 people were shown on two screens in Mesa.") == set()


# --- people processed by the Border Patrol ---------------------------------------------------------------------------


def test_people_processed_by_the_border_patrol_are_apprehended() -> None:
    found = counts("About 310 migrants were processed at the Border Patrol's Lukeville station on Sunday.")
    assert found == {("border_apprehensions", 310, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "About 310 asylum seekers were processed at the San Ysidro port of entry on Sunday.",
        "About 310 visa applications were processed by the consulate on Sunday.",
    ],
)
def test_processing_without_the_border_patrol_is_no_apprehension(sentence: str) -> None:
    assert not any(t == "border_apprehensions" for t, _, _ in counts(sentence))


# --- a breakdown lead that names no count: its items are parts of the count just before it ------------------------


def test_a_breakdown_lead_takes_the_count_before_it() -> None:
    text = (
        "ICE officers arrested 1,310 people across the Midwest in February, the agency said. "
        "The breakdown by state:\n\n"
        "- Iowa: 402\n- Nebraska: 377\n"
    )
    assert {("arrests", 402, "people"), ("arrests", 377, "people")} <= counts(text)


def test_a_breakdown_lead_after_no_count_types_nothing() -> None:
    text = (
        "Farm incomes in the Midwest fell in February, the department said. The breakdown by state:\n\n"
        "- Iowa: 402\n- Nebraska: 377\n"
    )
    assert counts(text) == set()


# --- a total set beside its subject ("N in all"): the subject's own words type it ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Those without any criminal record, 64 in all, were freed on bond by Thursday in Ogden.",
            "no_criminal_record",
        ),
        ("The men deported on the charter flight, 118 in total, landed in Guatemala City at noon.", "deportations"),
    ],
)
def test_a_total_beside_its_subject_takes_the_subject_words(sentence: str, kind: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {kind}


def test_a_total_beside_a_subject_of_no_action_is_none() -> None:
    assert counts("The volunteers at the shelter, 64 in all, cooked dinner on Thursday in Ogden.") == set()
