"""A number of people whose subject runs long before its verb (issue #7, round 15): a site counted inside the
people's own modifier ("76 workers at two meatpacking plants ... were detained") and a modifier of their own
between employees and their passive ("42 employees of a roofing company ... were arrested") leave the verb theirs.
Traps: the same subjects with a verb that is no enforcement action. (Invented here, none taken from the dev set
or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts


def test_a_site_counted_inside_the_subject_leaves_the_verb_to_the_people() -> None:
    # GUIDELINES §2 arrests: people picked up in raids; the sites are no count
    assert counts(
        "Seventy-six workers at two meatpacking plants in the county were detained by immigration agents on Tuesday."
    ) == {("arrests", 76, "people")}
    assert counts("Some 48 laborers at three construction sites downtown were arrested by ICE on Monday.") == {
        ("arrests", 48, "people")
    }
    assert counts("Thirty-one employees at four restaurants in the suburb were taken into custody, ICE said.") == {
        ("arrests", 31, "people")
    }


def test_employees_with_a_modifier_of_their_own_are_people_the_action_touched() -> None:
    assert counts("Forty-two employees of a roofing company based outside Omaha were arrested by ICE agents.") == {
        ("arrests", 42, "people")
    }
    assert counts("Fifteen employees from a staffing agency in the county were detained by federal agents.") == {
        ("arrests", 15, "people")
    }


def test_long_subjects_with_no_enforcement_verb_are_no_count() -> None:
    assert (
        counts("Seventy-six workers at two meatpacking plants in the county were interviewed by reporters on Tuesday.")
        == set()
    )
    assert counts("Forty-two employees of a roofing company based outside Omaha were paid late last month.") == set()
    assert counts("About 300 residents of the neighborhood around the plant gathered for a vigil on Sunday.") == set()


def test_an_agencys_own_employees_and_people_beside_a_later_count_stay_apart() -> None:
    # the agency's own staff are no people touched; a later count of people keeps its own verb
    assert counts("Forty-two employees of the agency's field office were reassigned last month.") == set()
    assert counts("Agents arrested 76 workers at two plants and 40 at a third, ICE said.") >= {
        ("arrests", 76, "people"),
        ("arrests", 40, "people"),
    }
