"""Wrong readings round 11's probe writers noticed (issue #7, round 11 bugs): each fixed as a class, tested on an
invented sentence beside a trap of the same words whose answer differs. (Invented here, none taken from the dev set
or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts

# --- employment: who works somewhere is no count of people an enforcement action touched --------------------------


def test_a_workforce_is_no_count() -> None:
    found = counts("Agents arrested 97 workers at a meat plant in Ohio. The plant employs about 3,000 people.")
    assert found == {("arrests", 97, "people")}
    assert counts("The company hired 40 workers last year, and ICE agents arrested 12 of them.") == {
        ("arrests", 12, "people")
    }


def test_people_employed_somewhere_are_still_counted_by_the_action_on_them() -> None:
    # the trap: "employed" after the counted noun tells who they are; the arrest governs the number
    assert counts("ICE agents arrested 40 workers employed at the plant in Ohio.") == {("arrests", 40, "people")}


# --- a custody population on an average day is detentions, not arrests (GUIDELINES §2 detentions) ----------------


def test_people_detained_on_an_average_day_are_a_custody_population() -> None:
    assert counts("ICE detained 39,000 people on an average day in March.") == {("detentions", 39000, "people")}


def test_people_detained_in_an_action_stay_arrests() -> None:
    # the trap: the same verb with no average day is the action's arrests
    assert counts("ICE detained 390 people in Ohio in March.") == {("arrests", 390, "people")}


# --- a bare list item typed by its own relative clause of record --------------------------------------------------


def test_a_list_item_with_a_relative_clause_of_record_is_typed_by_it() -> None:
    found = counts(
        "Agents arrested 1,300 people in Ohio, including 600 with criminal convictions and 212 who had no "
        "criminal record."
    )
    assert ("no_criminal_record", 212, "people") in found
    assert counts("ICE arrested 500 people in Ohio, including 212 who had prior convictions.") == {
        ("arrests", 500, "people"),
        ("convictions", 212, "people"),
    }


def test_a_relative_clause_of_no_record_leaves_the_item_alone() -> None:
    # the trap: a relative clause of another past ("had been deported before") tells no record
    found = counts("Agents arrested 1,300 people in Ohio, including 212 who had been deported before.")
    assert not any(v == 212 and t in ("convictions", "no_criminal_record") for t, v, _ in found)


# --- a difference of two counts is no count (GUIDELINES §2: changes are not counts) -------------------------------


def test_a_difference_between_two_counts_is_no_count() -> None:
    assert counts("The gap between arrests and removals in Ohio grew to 12,000 last year.") == set()
    assert counts("ICE arrested 4,000 people in Ohio, a difference of 1,200 from 2023.") == {
        ("arrests", 4000, "people")
    }


def test_a_gap_that_is_a_place_leaves_the_count() -> None:
    # the trap: a gap in a fence is where the people were, not a difference
    assert counts("Agents arrested 300 people at a gap in the fence near the Ohio plant.") == {
        ("arrests", 300, "people")
    }


# --- a dateline is where the reporter is: the sentence's own place decides inland vs border ------------------------


def test_a_dateline_town_gives_way_to_the_sentences_own_border_state() -> None:
    found = counts("PHOENIX — Border Patrol agents apprehended 8,400 migrants in Arizona last month.")
    assert found == {("border_apprehensions", 8400, "people")}


def test_a_dateline_town_still_places_a_sentence_that_names_no_other_place() -> None:
    # the trap: with no place of its own, the sentence is told from the inland dateline town
    assert counts("CHICAGO — Border Patrol agents arrested 130 people on Tuesday.") == {("arrests", 130, "people")}
    assert counts("PHOENIX — Border Patrol agents arrested 40 people in Chicago on Tuesday.") == {
        ("arrests", 40, "people")
    }


# --- people placed in a holding site by their own words are held, whatever the rest of the clause guesses ---------


def test_people_in_a_facility_are_held_though_the_clause_names_another_place() -> None:
    text = (
        '"There are 1,100 people in that facility right now, and they have one doctor," a congressman said after '
        "touring the Ohio detention center."
    )
    assert counts(text) == {("detentions", 1100, "people")}


def test_people_in_a_town_are_no_headcount() -> None:
    # the trap: the same words with a town, not a holding site, stay a guess the model rejects
    text = (
        '"There are 1,100 people in that town right now, and they have one doctor," a congressman said after '
        "touring the Ohio detention center."
    )
    assert counts(text) == set()


# --- the other end of a comparison whose near end is a plan: the plan is no count, the past level is ------------


def test_the_past_end_of_a_compared_plan_is_a_count() -> None:
    assert counts("ICE plans to arrest 6,000 people in Ohio this year, up from 2,710 last year.") == {
        ("arrests", 2710, "people")
    }
    assert counts("ICE plans to arrest 6,000 people in Ohio this year, compared with 2,710 last year.") == {
        ("arrests", 2710, "people")
    }


def test_a_second_planned_group_is_no_comparison() -> None:
    # the trap: a number coordinated with the plan is planned too
    assert counts("ICE plans to arrest 6,000 people in Ohio and 2,710 in Indiana.") == set()


# --- "That's compared to 2,100": a sentence that only compares the count before is its other end -----------------


def test_a_pronoun_compared_to_a_number_is_the_other_end_of_the_count_before() -> None:
    for comparison in ("That's compared to 2,100 in 2023.", "That compared with 2,100 in 2023."):
        found = counts("Agents deported 4,000 people from Ohio last year. " + comparison)
        assert found == {("deportations", 4000, "people"), ("deportations", 2100, "people")}


def test_a_comparison_after_no_count_is_none() -> None:
    # the trap: nothing counted before, so the pronoun points at no count
    assert counts("The state's budget grew last year. That's compared to 2,100 in 2023.") == set()


# --- a qualified far end of a comparison: "more than the 3,170" ("more" names nobody there) ---------------------


def test_the_qualified_far_end_of_a_comparison_takes_the_near_ends_type() -> None:
    found = counts("ICE deported 4,000 from Ohio in 2024, more than the 3,170 it deported in 2023.")
    assert found == {("deportations", 4000, "people"), ("deportations", 3170, "people")}


def test_a_far_end_that_counts_things_stays_out() -> None:
    # the trap: the same frame with beds compares with no count of people
    found = counts("ICE deported 4,000 from Ohio in 2024, more than the 300 beds the state has.")
    assert found == {("deportations", 4000, "people")}
