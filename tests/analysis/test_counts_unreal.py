"""Numbers near enforcement words that count nothing done (issue #7, round 13, precision): a case imagined in an
unreal condition or asked in a yes-no question, people others help, a caseload told by its docket, a part of a count
of papers, an age told by a clause of time, a threshold, a flow's daily average, a caseload's level, a jail's
headcount beside detainers, a number a correction takes back; and one count told twice, exact and rounded ("about
1,140" of 1,142). Each GUIDELINES §2 class is tested on an invented sentence and on its trap, a close sentence that is
a count and must stay one. (The sentences are invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- an unreal condition: the number inside "if ... were to / would", "Had ... ", "Imagine ..." --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "If ICE were to detain even 15 percent of the valley's farmworkers, the harvest would rot in the fields.",
        "What would happen to the county if agents deported 3,000 of its dairy workers?",
        "If the agency deported all 11,000 people on the list, the county would lose a tenth of its workforce.",
        "Had the agency arrested 800 people, it would have needed more buses.",
        "Imagine ICE arresting 5,000 people in a single city.",
    ],
)
def test_a_number_in_an_unreal_condition_is_no_count(sentence: str) -> None:
    assert counts("ICE agents arrested 26 people in Yakima on Monday. " + sentence) == {("arrests", 26, "people")}


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the condition ends before the number: the 14 are charged
        ("If convicted, the 14 men charged with smuggling face up to 20 years in prison.", ("charged", 14, "people")),
        # "even if" that the number is not inside, and a modal of what may follow
        ("ICE said it detained 40 people in Dallas, even if the numbers could change.", ("arrests", 40, "people")),
        (
            "Agents arrested 75 people on Tuesday, and officials said more arrests could follow.",
            ("arrests", 75, "people"),
        ),
        # inverted, with the number after the condition's comma: the detainees were held
        (
            "Had ICE not released them, the 1,200 detainees would have stayed in custody for months.",
            ("detentions", 1200, "people"),
        ),
    ],
)
def test_a_count_beside_a_condition_stays_a_count(sentence: str, count: tuple[str, int, str]) -> None:
    assert count in counts(sentence)


# --- people others help: a verb of aid governs the number ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Volunteers have reunited 45 children with relatives after their parents were detained.",
        "The clinic helped 1,300 families of detained immigrants last year.",
        "The church has sheltered 60 migrants whose relatives were deported.",
    ],
)
def test_people_others_help_are_no_count(sentence: str) -> None:
    assert counts("ICE officers arrested 31 people in Salem on Friday. " + sentence) == {("arrests", 31, "people")}


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("ICE detained 45 people at the plant, helped by state troopers.", ("arrests", 45, "people")),
        ("Federal agents arrested 60 people after state police helped locate them.", ("arrests", 60, "people")),
        (
            "Border Patrol agents apprehended 520 migrants near Eagle Pass, some of whom needed help.",
            ("border_apprehensions", 520, "people"),
        ),
    ],
)
def test_a_count_beside_help_stays_a_count(sentence: str, count: tuple[str, int, str]) -> None:
    assert count in counts(sentence)


# --- a caseload told by its docket ---------------------------------------------------------------------------------


def test_cases_on_a_docket_are_no_count() -> None:
    text = (
        "ICE held 61,000 people in detention in October. Each deportation officer manages about 8,000 cases on the "
        "non-detained docket, a union official said."
    )
    assert counts(text) == {("detentions", 61000, "people")}


def test_people_whose_cases_are_on_a_docket_stay_a_count() -> None:
    assert ("detentions", 8000, "people") in counts("ICE held 8,000 people whose cases are on the detained docket.")


# --- a part of a count of papers: "filed 42 petitions ... and won 31 of them" --------------------------------------


def test_a_part_of_a_count_of_papers_is_no_count() -> None:
    text = (
        "ICE held 230 people at the Burlington office in May. Lawyers filed 42 habeas petitions for detainees and won "
        "31 of them."
    )
    assert counts(text) == {("detentions", 230, "people")}


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("ICE lodged 300 detainers with the jail, which honored 12 of them.", ("detainers", 12, "requests")),
        (
            "ICE held 40 people for 12 days in the basement and deported 30 of them to Mexico.",
            ("deportations", 30, "people"),
        ),
    ],
)
def test_a_part_of_a_count_of_people_or_requests_stays_a_count(sentence: str, count: tuple[str, int, str]) -> None:
    assert count in counts(sentence)


# --- a yes-no question: the number is asked about, not stated ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'A reporter asked, "Will you deport 1 million people this year?" The secretary smiled.',
        '"Did ICE really arrest 300 people at the plant?" the mayor asked.',
        "Is it true that 4,000 people were detained in the camp?",
    ],
)
def test_a_number_asked_in_a_yes_no_question_is_no_count(sentence: str) -> None:
    assert counts("ICE agents arrested 26 people in Yakima on Monday. " + sentence) == {("arrests", 26, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        # a wh-question takes its number as given; a question after the number asks something else
        '"How many of the 300 people arrested had criminal records?" the mayor asked.',
        "ICE arrested 300 people at the plant, the agency said. Was it legal? Lawyers said no.",
        '"We arrested 300 people at the plant," the director said. "Did we get them all? No."',
    ],
)
def test_a_count_beside_a_question_stays_a_count(sentence: str) -> None:
    assert ("arrests", 300, "people") in counts(sentence)


# --- one fact told twice: a qualified number rounded to its last digits ---------------------------------------------


@pytest.mark.parametrize("rounded", ["nearly 1,150", "about 1,140", "more than 1,100"])
def test_an_exact_count_told_rounded_elsewhere_is_one_fact(rounded: str) -> None:
    text = (
        f"ICE officers arrested {rounded} people in the Tulsa area last week, the agency said. In a statement on "
        "Monday, ICE said 1,142 people were arrested in the operation."
    )
    assert counts(text) == {("arrests", 1142, "people")}


@pytest.mark.parametrize(
    "text",
    [
        # rounded past its own precision: "about 1,130" is no rounding of 1,142
        "ICE officers arrested about 1,130 people in the Tulsa area in May. In June, 1,142 people were arrested.",
        # two places, two counts: "about 140" is no rounding of 152
        "ICE officers arrested about 140 people in Tulsa last week. In Wichita, officers arrested 152 people.",
    ],
)
def test_a_near_number_of_another_precision_stays_a_count(text: str) -> None:
    assert len(counts(text)) == 2


# --- an age told by a clause of time, a threshold, a flow's daily average, a caseload's level ----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "An Omaha man who has lived in the country since he was 6 was among them.",
        "One of them came to the United States when she was 3, her lawyer said.",
        # an age of two digits in a sentence that tells the arrest: a candidate the clause of time alone sets aside
        "One of the 19 people arrested came to the United States when she was 13.",
    ],
)
def test_an_age_told_by_a_clause_of_time_is_no_count(sentence: str) -> None:
    assert counts("ICE officers arrested 19 people in Omaha on Friday. " + sentence) == {("arrests", 19, "people")}


def test_a_count_in_a_clause_of_time_stays_a_count() -> None:
    assert ("arrests", 40, "people") in counts("When the plant was raided, 40 workers were arrested by ICE.")


def test_a_threshold_a_level_is_measured_against_is_no_count() -> None:
    text = "Border Patrol agents made 7,910 apprehensions in October, the fifth straight month under 10,000."
    assert counts(text) == {("border_apprehensions", 7910, "people")}


def test_a_count_in_a_numbered_month_stays_a_count() -> None:
    assert ("arrests", 12000, "people") in counts(
        "In the third month of the operation, over 12,000 people were arrested."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Daily apprehensions at the border averaged 287 in October.",
        # a flow into custody: `lex.AVERAGED_BEFORE` keeps an average of what is held, `lex.FLOW_AVERAGED_BEFORE`
        # reads the flow by its noun (test_counts_recall.py tests the averaged rates of the other forms)
        "Daily book-ins into ICE custody averaged 300 in October.",
    ],
)
def test_a_flows_daily_average_is_no_count(sentence: str) -> None:
    text = "ICE held 58,000 people in detention on Sunday. " + sentence
    assert counts(text) == {("detentions", 58000, "people")}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("ICE held an average of 61,000 people a day in detention in June.", ("detentions", 61000, "people")),
        (
            "Weekly arrests have climbed since May; ICE arrested 2,300 people in the last week of June.",
            ("arrests", 2300, "people"),
        ),
    ],
)
def test_a_population_held_or_a_weeks_total_stays_a_count(text: str, count: tuple[str, int, str]) -> None:
    assert count in counts(text)


def test_a_caseload_as_the_subject_of_a_level_is_no_count() -> None:
    text = (
        "ICE held 58,000 people in detention on Sunday, agency data show, while the backlog of cases in the "
        "immigration courts stood at 3.4 million."
    )
    assert counts(text) == {("detentions", 58000, "people")}


def test_a_level_beside_a_backlog_stays_a_count() -> None:
    text = "Despite the court backlog, the detention population stood at 61,000 on Sunday."
    assert ("detentions", 61000, "people") in counts(text)


# --- a jail's headcount beside detainers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The county jail holds about 1,800 inmates and honors ICE detainers only with a warrant.",
        "The sheriff said the jail, which houses 950 people, declined every detainer last year.",
    ],
)
def test_a_jails_headcount_is_no_count_of_detainers(sentence: str) -> None:
    assert counts("ICE lodged 310 detainers with the county jail last year. " + sentence) == {
        ("detainers", 310, "requests")
    }


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The jail honored 120 detainers and held those inmates for ICE.", ("detainers", 120, "requests")),
        ("The jail held 40 inmates on ICE detainers last month, the sheriff said.", ("detentions", 40, "people")),
    ],
)
def test_detainers_and_people_held_for_ice_stay_counts(sentence: str, count: tuple[str, int, str]) -> None:
    assert count in counts(sentence)


# --- a number a correction takes back -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "This story has been updated to correct the number of people arrested in Tulsa, which was 38, not 83.",
        "ICE arrested 38 people in Tulsa, the agency said; it had incorrectly reported 83 on Monday.",
    ],
)
def test_a_number_a_correction_takes_back_is_no_count(sentence: str) -> None:
    assert counts(sentence) == {("arrests", 38, "people")}


def test_a_count_beside_not_all_stays_a_count() -> None:
    assert ("arrests", 300, "people") in counts(
        "ICE arrested 300 people, not all of them with records, the agency said."
    )
