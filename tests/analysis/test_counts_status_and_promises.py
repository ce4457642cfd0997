"""People whose own predicate says only that a removal could reach them, or that they applied for something, and
actions promised or called for (issue #7, round 23). GUIDELINES §2: a count is of people an enforcement action
touched; projections and plans are no counts. "N people are subject to / at risk of / eligible for removal" and
"N people have applied for ..." name people no action touched; "we'll send agents and arrest N" and "the contract
calls for the site to reach N detainees" are a promise and a target. The positives: an action's object with such a
relative clause, people held named by their noun, a relative clause that tells an action, and done actions beside
the traps. (Sentences invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts


def test_people_who_could_be_subject_to_removal_are_no_count() -> None:
    got = counts("As many as 12,000 parolees who entered through the app could be subject to expedited removal.")
    assert got == set()


def test_people_at_risk_of_deportation_are_no_count() -> None:
    assert counts("About 3,500 farmworkers in the valley are at risk of deportation, the union said.") == set()


def test_people_remaining_eligible_for_removal_are_no_count() -> None:
    assert counts("Some 8,200 people in the district remain eligible for removal, the agency said.") == set()


def test_an_arrests_object_with_a_status_relative_clause_still_counts() -> None:
    got = counts("ICE officers arrested 26 men who are subject to final orders of removal, the agency said.")
    assert got == {("arrests", 26, "people")}


def test_detainees_at_risk_of_deportation_are_still_held() -> None:
    assert counts("About 640 detainees at the center are at risk of deportation, lawyers said.") == {
        ("detentions", 640, "people")
    }


def test_people_who_applied_through_an_app_are_no_count() -> None:
    assert counts("The department said 3,100 people have applied for a free flight home through the app.") == set()


def test_a_promise_coordinated_after_another_verb_is_a_plan() -> None:
    got = counts('"We will bring in more officers and deport 50,000 if we have to," the director said.')
    assert got == set()


def test_a_done_coordinated_action_still_counts() -> None:
    got = counts("Agents searched the warehouse and arrested 33 workers on Tuesday, ICE said.")
    assert got == {("arrests", 33, "people")}


def test_a_contract_that_calls_for_a_level_is_a_target() -> None:
    got = counts("The new agreement calls for the county jail to hold 900 immigration detainees by July.")
    assert got == set()
