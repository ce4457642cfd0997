"""Numbers near enforcement words whose action did not happen (issue #7, round 14, precision): an action hoped for,
sought or promised, a number expected, an agency kept from acting, a promise on an open condition, and the size of
each of many units ("20 men each"); and numbers of people no action touched: a family's size ("a family of four"),
the border agency's death toll of crossings with no custody named, people supervised instead of held ("enrolled in
Alternatives to Detention"). GUIDELINES §2: projections and plans are no counts, nor are capacities. Each class is
tested on an invented sentence and on its trap, a close sentence that is a count and must stay one. (The
sentences are invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

LEAD = "ICE agents arrested 26 people in Omaha on Monday. "
ARRESTS_26 = {("arrests", 26, "people")}

# --- an action hoped for, sought, promised or expected ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Commanders hope to arrest 4,000 people in the metro area before spring.",
        "The governor vowed to deport 20,000 people from the state by the end of his term.",
        "The agency is seeking to detain as many as 9,000 more migrants in tent camps.",
        "Regional officials said they expected 12,000 deportees to arrive from the north by March.",
        "Planners anticipate about 3,500 arrests in the first month of the operation.",
    ],
)
def test_an_action_hoped_or_expected_is_no_count(sentence: str) -> None:
    assert counts(LEAD + sentence) == ARRESTS_26


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the hope or expectation comes after the number: the arrests were made
        ("Agents arrested 4,000 people in the metro area, as commanders had hoped.", ("arrests", 4000, "people")),
        (
            "ICE deported 12,000 people from the state in May, more than officials expected.",
            ("deportations", 12000, "people"),
        ),
    ],
)
def test_a_count_beside_a_hope_stays_a_count(sentence: str, count: tuple[str, int, str]) -> None:
    assert count in counts(sentence)


# --- an agency kept from acting -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The county's policy kept federal agents from taking custody of 900 inmates last year, the department said.",
        "A judge's order prevented ICE from deporting 240 Cameroonians scheduled for a flight on Friday.",
    ],
)
def test_an_agency_kept_from_acting_counts_nobody(sentence: str) -> None:
    assert counts(LEAD + sentence) == ARRESTS_26


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the keeping is denied: the arrests happened
        (
            "The new state law has not stopped ICE from arresting 900 people in Denver this year.",
            ("arrests", 900, "people"),
        ),
        # the number is what was stopped, at the border: an apprehension
        (
            "Border Patrol agents stopped 340 migrants from crossing near Eagle Pass on Sunday.",
            ("border_apprehensions", 340, "people"),
        ),
    ],
)
def test_a_count_beside_a_kept_from_stays_a_count(sentence: str, count: tuple[str, int, str]) -> None:
    assert count in counts(sentence)


# --- a promise on an open condition -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"If the federal government sends us 500 detainer requests, we will honor 500," the sheriff said.',
        "If agents bring in 2,000 more detainees, the county will hold them in the old jail.",
    ],
)
def test_a_number_in_an_open_condition_with_a_promise_is_no_count(sentence: str) -> None:
    assert counts(LEAD + sentence) == ARRESTS_26


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a definite group inside the condition was counted already (whatever type the condition's verb gives it)
        (
            "If the 1,300 workers arrested at the plant on Tuesday are deported, the town will lose its employer.",
            1300,
        ),
        # a condition of fact, with no promise after it
        ("If anything, the 150 people ICE arrested in Tulsa last week show the agency's reach.", 150),
    ],
)
def test_a_count_inside_a_condition_of_fact_stays_a_count(sentence: str, value: int) -> None:
    assert value in {found_value for _, found_value, _ in counts(sentence)}


# --- the size of each of many units --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Monitors counted nine holding rooms with more than 30 women each.",
        "The company's buses carried up to 50 detainees per bus on the trip south.",
    ],
)
def test_what_each_unit_holds_is_no_count(sentence: str) -> None:
    assert counts(LEAD + sentence) == ARRESTS_26


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # "each" opens the predicate: the 11 defendants were charged
        (
            "Prosecutors charged 11 men with harboring, and the 11 men each face up to 10 years.",
            ("charged", 11, "people"),
        ),
        # "each" of a time: the arrests were made
        ("Agents arrested 30 people each morning at the hardware store in Omaha.", ("arrests", 30, "people")),
    ],
)
def test_a_count_beside_each_stays_a_count(sentence: str, count: tuple[str, int, str]) -> None:
    assert count in counts(sentence)


# --- the size of a family ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents detained a family of five at their apartment in Salem on Tuesday.",
        "The Salem family of six detained at a bus stop was released on Friday.",
    ],
)
def test_a_family_size_is_no_count(sentence: str) -> None:
    assert counts(LEAD + sentence) == ARRESTS_26


def test_a_family_size_in_a_heading_is_no_count() -> None:
    assert not counts("# Salem Family of Six Detained at Bus Stop\n\nAgents came to the stop at dawn on Tuesday.")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the family's size sits elsewhere in the sentence: the arrests are counted
        ("A family of five was among 35 people ICE arrested in Salem on Monday.", ("arrests", 35, "people")),
        ("Family members said agents detained 12 workers at the Salem plant.", ("arrests", 12, "people")),
    ],
)
def test_a_count_beside_a_family_stays_a_count(sentence: str, count: tuple[str, int, str]) -> None:
    assert count in counts(sentence)


# --- a death toll the border agency keeps, with no custody in the sentence ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Border Patrol records, 190 people died last year in the Big Bend region, most of them from heat.",
        "CBP statistics show that 57 migrants drowned or died of exposure in the Laredo area in the spring.",
    ],
)
def test_a_death_toll_the_border_agency_keeps_is_no_death_in_custody(sentence: str) -> None:
    assert counts("Agents arrested 30 people in Tucson. " + sentence) == {("arrests", 30, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        # the sentence names where they were held or that they were taken in
        "Border Patrol records show that two men died last week at its Clint station.",
        "According to CBP data, 4 migrants it had apprehended near Lukeville died in December.",
    ],
)
def test_a_death_the_border_agency_held_stays_a_death_in_custody(sentence: str) -> None:
    assert any(kind == "deaths_in_custody" for kind, _, _ in counts(sentence))


# --- people supervised instead of held: Alternatives to Detention --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 95,000 people in the region are enrolled in Alternatives to Detention and report by phone.",
        "The field office tracks 24,000 people with ankle monitors across three states.",
    ],
)
def test_people_supervised_instead_of_held_are_no_count(sentence: str) -> None:
    assert counts(LEAD + sentence) == ARRESTS_26


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the number's own words take them in, whatever programme they were in
        ("Officers detained 45 people at their ATD check-ins in Omaha last week.", ("arrests", 45, "people")),
        # the monitors belong to the rest, not to the people booked in (typed as taken in, as before this rule)
        (
            "ICE arrested 70 people in Omaha. Fifty of them were booked into the county jail for ICE, and the rest"
            " were sent home with ankle monitors.",
            ("arrests", 50, "people"),
        ),
    ],
)
def test_a_count_beside_a_supervision_programme_stays_a_count(sentence: str, count: tuple[str, int, str]) -> None:
    assert count in counts(sentence)
