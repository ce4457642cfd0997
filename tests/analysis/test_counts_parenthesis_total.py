"""A total told in a parenthesis (issue #7, round 23). "Agents arrested workers at the plant (85 people in all)": the
parenthesis holds the count of the people the clause before it acted on, typed by that clause's deed (GUIDELINES §2:
a count is a number of people an enforcement action touched). The traps: a parenthesis after protesters, or after a
clause that names a detention site or people held but no deed done to anyone, counts no one. (Sentences invented
here, none taken from the dev set or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts


def test_a_parenthesis_total_after_an_arrest_clause_is_arrests() -> None:
    assert counts("ICE officers arrested workers at two packing plants (about 85 people in all) on Tuesday.") == {
        ("arrests", 85, "people")
    }


def test_a_parenthesis_total_after_people_deported_is_deportations() -> None:
    got = counts("A charter flight carrying Hondurans deported from Louisiana (131 in all) landed in San Pedro Sula.")
    assert got == {("deportations", 131, "people")}


def test_a_parenthesis_total_after_protesters_is_no_count() -> None:
    assert counts("Demonstrators marched to the processing center (roughly 400 in all) on Sunday.") == set()


def test_a_parenthesis_total_after_no_deed_is_no_count() -> None:
    text = "Relatives of detainees waited outside the detention center (some 60 people in all) all day."
    assert counts(text) == set()
