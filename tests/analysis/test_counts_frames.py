"""The frames a count sits in (issue #7, round 11), each tested on invented sentences beside a trap of the same
shape (none taken from the dev set or a probe story):

- where a number's own words end: a closing attribution, a clause with its own subject;
- frames that give a number its subject without a verb of its own: a level in parentheses, a table row under its
  lead line, a breakdown told in apposition;
- a bound qualifier before a level or the other end of a comparison ("less than 10%" is 10);
- the other end of a comparison told in the next sentence, close in value (another year's count, or a restatement);
- a part whose group is named without a number ("Of those arrested, ...");
- list items: a numbered item's rank, a number that labels the noun phrase after its colon.
"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

from tasks.analysis.facts import extract_counts

# --- where a count's own words end: a closing attribution, a clause with its own subject ---------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Agents removed 4,120 people from Ohio last year, the agency said, short of its target of 6,000.",
            {("deportations", 4120, "people")},
        ),
        (
            "ICE has arrested 2,300 people in Oregon since March, officials said Tuesday, below the 5,000 it plans.",
            {("arrests", 2300, "people")},
        ),
    ],
)
def test_a_closing_attribution_ends_the_count_and_the_goal_after_it_is_none(
    sentence: str, expected: set[tuple[str, float, str]]
) -> None:
    assert counts(sentence) == expected


def test_a_clause_with_its_own_subject_does_not_type_the_count_before_it() -> None:
    sentence = "Deputies arrested 14 workers at a farm near Yakima, and several others were detained at the jail later."
    assert counts(sentence) == {("arrests", 14, "people")}


def test_a_plan_in_the_counts_own_words_stays_a_plan() -> None:
    assert counts("ICE plans to deport 3,000 people from Ohio next year, the agency said.") == set()


# --- a level in parentheses after its subject ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Removals from the Chicago area (2,310 in fiscal 2025) outpaced those of any other Midwest office.",
            ("deportations", 2310, "people"),
        ),
        ("Deaths in ICE custody (nine this year) have prompted an inquiry.", ("deaths_in_custody", 9, "people")),
        ("Arrests at courthouses (about 410 since January) drew criticism.", ("arrests", 410, "people")),
        ("Deaths in ICE custody (at least 45 since March) drew scrutiny.", ("deaths_in_custody", 45, "people")),
    ],
)
def test_a_number_in_parentheses_after_an_event_noun_is_its_level(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    assert counts(sentence) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "Arrests in the county (up 40 percent) drew protests.",  # a change
        "Deportations (an average of 1,200 a day) have risen sharply.",  # a rate
    ],
)
def test_a_change_or_rate_in_parentheses_stays_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


# --- a table row with no list mark, under the lead line that names what it counts ----------------------------------


def test_rows_without_a_list_mark_count_what_their_lead_names() -> None:
    table = "ICE arrests by state in March:\nTexas 3,410\nFlorida 2,115\nGeorgia 987"
    assert counts(table) == {("arrests", 3410, "people"), ("arrests", 2115, "people"), ("arrests", 987, "people")}


def test_rows_under_a_border_lead_are_border_apprehensions() -> None:
    table = "Border Patrol apprehensions by sector in May:\nEl Paso 9,870\nYuma 4,330"
    assert counts(table) == {("border_apprehensions", 9870, "people"), ("border_apprehensions", 4330, "people")}


@pytest.mark.parametrize(
    "table",
    [
        "Detention beds by state:\nTexas 41,000\nLouisiana 9,000",  # the lead counts beds, no enforcement
        "The agency released these figures:\nArizona 4,000",  # the lead names no count
        "Arizona 4,000\nTexas 9,000",  # no lead at all
    ],
)
def test_rows_under_a_lead_that_names_no_count_stay_no_count(table: str) -> None:
    assert counts(table) == set()


# --- a breakdown told in apposition: the kinds of person after the count, no verb of their own ---------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Agents arrested 54 people at a meat plant in Omaha, 41 men and 13 women.",
            {("arrests", 54, "people"), ("arrests", 41, "people"), ("arrests", 13, "people")},
        ),
        (
            "ICE agents detained 21 people at the courthouse — 15 men and six women — on Tuesday.",
            {("arrests", 21, "people"), ("arrests", 15, "people"), ("arrests", 6, "people")},
        ),
    ],
)
def test_kinds_of_person_in_apposition_are_parts_of_the_count(
    sentence: str, expected: set[tuple[str, float, str]]
) -> None:
    assert counts(sentence) == expected


def test_apposed_parts_are_linked_to_their_whole() -> None:
    facts = extract_counts("Deputies held 33 immigrants for ICE in May: 30 men and three women.", None)
    whole = next(i for i, f in enumerate(facts) if f.value == 33)
    assert {f.value: f.part_of for f in facts} == {33: None, 30: whole, 3: whole}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Agents arrested 54 people at the plant, 300 women were interviewed later.", 54),  # a clause of its own
        ("ICE detained 12 people at a car wash, 200 men stood outside.", 12),  # onlookers with a verb of their own
    ],
)
def test_a_group_with_its_own_verb_after_a_count_is_no_part(sentence: str, value: int) -> None:
    assert {f.value for f in extract_counts(sentence, None)} == {value}


# --- a bound qualifier before a level or the other end of a comparison (GUIDELINES §2: "less than 10%" = 10) --------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Deportations fell to fewer than 900 in March, down from more than 1,500 in February.",
            {("deportations", 900, "people"), ("deportations", 1500, "people")},
        ),
        (
            "Detentions fell to less than 30,000 in 2021, from as many as 55,000 in 2019.",
            {("detentions", 30000, "people"), ("detentions", 55000, "people")},
        ),
        ("Arrests in the state reached at least 4,000 in June.", {("arrests", 4000, "people")}),
    ],
)
def test_a_bound_qualifier_keeps_the_level_frame(sentence: str, expected: set[tuple[str, float, str]]) -> None:
    assert counts(sentence) == expected


def test_a_bound_on_a_change_stays_no_count() -> None:
    assert counts("Deportations fell by at least 400 in March.") == set()


# --- the other end of a comparison told in the next sentence, close in value ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ICE arrested 2,226 people in Ohio in 2025. In 2024, it arrested about 2,100.",
        "ICE arrested 2,226 people in Ohio in 2025. That is up from about 2,100 in 2024.",
        "ICE arrested 2,226 people in Ohio in FY2025. In FY2024, it arrested about 2,100.",
        "ICE arrested 2,226 people in Ohio in FY25. In FY24, it arrested about 2,100.",
        "ICE arrested 2,226 people in Ohio in fiscal 2025. In FY 2024, it arrested about 2,100.",
    ],
)
def test_a_round_number_dated_to_another_year_is_no_restatement(text: str) -> None:
    assert counts(text) == {("arrests", 2226, "people"), ("arrests", 2100, "people")}


@pytest.mark.parametrize(
    "text",
    [
        "ICE arrested 2,226 people in Ohio in 2025. The more than 2,200 arrests in 2025 were a record.",
        "ICE arrested 2,226 people in Ohio last year. The more than 2,200 arrests were a record.",
        "ICE arrested 2,226 people in Ohio in FY2025. The more than 2,200 arrests in fiscal 2025 were a record.",
    ],
)
def test_a_round_number_of_the_same_period_restates_the_exact_count(text: str) -> None:
    assert counts(text) == {("arrests", 2226, "people")}


# --- a part whose group is named without a number ("Of those arrested, ...", "Of the deportees, ...") --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ICE arrested 1,500 people in May. Of those arrested, 700 were from Guatemala.",
            {("arrests", 1500, "people"), ("arrests", 700, "people")},
        ),
        (
            "ICE deported 1,000 people last month. Of the deportees, 350 were women.",
            {("deportations", 1000, "people"), ("deportations", 350, "people")},
        ),
    ],
)
def test_a_part_of_a_group_named_without_a_number_is_a_part_of_the_last_count(
    text: str, expected: set[tuple[str, float, str]]
) -> None:
    facts = extract_counts(text, None)
    assert {(f.type, f.value, f.unit) for f in facts} == expected
    assert [f.part_of for f in facts] == [None, 0]


def test_a_named_group_with_an_action_of_its_own_is_no_part() -> None:
    # "released" is no breakdown predicate: the 40 are people the story says nothing countable about
    assert counts("ICE arrested 300 people. Of those arrested, 40 were released the same day.") == {
        ("arrests", 300, "people")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ICE deported 1,000 people on 12 flights; 350 were women.",
            {("deportations", 1000, "people"), ("deportations", 350, "people")},
        ),
        (
            "ICE arrested 1,500 people in May, 700 of whom were Guatemalan.",
            {("arrests", 1500, "people"), ("arrests", 700, "people")},
        ),
    ],
)
def test_a_part_after_a_semicolon_or_by_nationality_is_a_part(text: str, expected: set[tuple[str, float, str]]) -> None:
    assert counts(text) == expected


def test_a_number_after_a_semicolon_with_an_action_of_its_own_is_no_part() -> None:
    assert counts("ICE deported 1,000 people on 12 flights; 350 were released in Texas.") == {
        ("deportations", 1000, "people")
    }


@pytest.mark.parametrize(
    "second",
    [
        "Of that number, 700 were from Mexico.",  # the group named by "that number"
        "Of the 1,500, 700 were from Mexico.",  # the last count restated as the whole
        "Some 700 were unaccompanied children.",  # a bare part opening the next sentence
    ],
)
def test_a_part_of_the_last_count_told_in_the_next_sentence(second: str) -> None:
    facts = extract_counts("ICE arrested 1,500 people in May. " + second, None)
    assert [(f.type, f.value, f.part_of) for f in facts] == [("arrests", 1500, None), ("arrests", 700, 0)]


@pytest.mark.parametrize(
    "second",
    [
        "Some 700 were released.",  # an action, no kind of person
        "Some 2,000 were women, the agency said.",  # more than the whole: no part of it
        "Some 700 were men who had overstayed visas.",  # a relative clause tells more than a kind
    ],
)
def test_a_bare_number_after_a_count_that_is_no_part_stays_no_count(second: str) -> None:
    assert counts("ICE arrested 1,500 people in May. " + second) == {("arrests", 1500, "people")}


# --- list items: a numbered item's rank, a number that labels the noun phrase after its colon ----------------------


def test_the_rank_of_a_numbered_list_item_is_no_count() -> None:
    table = "Top field offices by arrests:\n1. Dallas - 14,210\n2. Houston - 12,880\n3. Atlanta - 9,940"
    assert counts(table) == {("arrests", 14210, "people"), ("arrests", 12880, "people"), ("arrests", 9940, "people")}


def test_a_number_that_labels_a_list_item_counts_the_noun_phrase_after_its_colon() -> None:
    box = "Key numbers\n- 59,000: people in ICE detention\n- 31: deaths in custody in 2025\n- 41,500: beds funded"
    assert counts(box) == {("detentions", 59000, "people"), ("deaths_in_custody", 31, "people")}


# --- a partitive whose whole is told bare: the record after the whole is the part's ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agents arrested 318 people in Duluth in March. Court filings show 122 of the 318 had a prior conviction.",
            {("arrests", 318, "people"), ("convictions", 122, "people")},
        ),
        (
            "ICE was holding 640 people in detention in Tacoma. Only 95 out of the 640 had a criminal record.",
            {("detentions", 640, "people"), ("convictions", 95, "people")},
        ),
        # a fact sheet's question or quantifier leaves the part unknown: the whole keeps no record of its own
        (
            "Officers arrested 2,210 people in Phoenix. How many of the 2,210 had no criminal history?",
            {("arrests", 2210, "people")},
        ),
        (
            "Officers arrested 2,210 people in Phoenix. Most of the 2,210 had criminal convictions.",
            {("arrests", 2210, "people")},
        ),
    ],
)
def test_a_record_told_of_a_part_of_a_bare_whole_is_the_parts(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_trap_a_whole_with_its_own_noun_keeps_its_action() -> None:
    # the whole named with its noun and action is a count of its own, the record still the part's
    got = counts("Of the 530 people arrested in Omaha, 210 had criminal convictions.")
    assert got == {("arrests", 530, "people"), ("convictions", 210, "people")}
