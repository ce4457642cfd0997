"""A detention site's population as a level's subject, and a fact box's prosecution line (issue #7, round 23).
"The population at <a detention site> reached N" is the site's headcount, people held (GUIDELINES §2 detentions: a
facility's headcount), like "Detainees at <site> totaled N"; a fact box's line "Charged with <an immigration crime>:
N" counts people prosecuted (`charged`) like its "Arrested: N" line counts arrests. The traps: a town's or a
county's population is no count, and a fact box's line of a crime that is no immigration crime counts nobody
charged. (Sentences invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts


def test_the_population_at_a_detention_site_is_people_held() -> None:
    got = counts("The population at the Adelanto ICE Processing Center climbed to 1,940 last week, the agency said.")
    assert got == {("detentions", 1940, "people")}


def test_a_headcount_inside_a_facility_stood_at_is_people_held() -> None:
    got = counts("The headcount inside the Delaney Hall detention center stood at 980 on Monday, ICE data show.")
    assert got == {("detentions", 980, "people")}


def test_a_towns_population_is_no_count() -> None:
    got = counts("ICE agents arrested 14 people in the raid. The population of Ellabell reached 2,000 in 2020.")
    assert got == {("arrests", 14, "people")}


def test_a_fact_box_line_of_people_charged_with_an_immigration_crime() -> None:
    text = (
        "Results of the joint operation announced by ICE and state police:\n"
        "• Arrested: 540\n• Charged with illegal reentry: 61\nThe operation ran for ten days."
    )
    assert counts(text) == {("arrests", 540, "people"), ("charged", 61, "people")}


def test_a_fact_box_line_of_another_crime_counts_nobody_charged() -> None:
    text = (
        "Results of the joint operation announced by ICE and state police:\n"
        "• Arrested: 540\n• Charged with drunk driving: 12\nThe operation ran for ten days."
    )
    assert counts(text) == {("arrests", 540, "people")}
