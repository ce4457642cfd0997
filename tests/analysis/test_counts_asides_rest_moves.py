"""Counts still misread in round 16 (issue #7, readings16): a total set off by dashes, "the rest, N" told with
"remain", a part of an agency's count held at a jail, people moved to a detention site. Each a class tested on an
invented sentence beside a trap of close words whose answer differs. (Invented here, none taken from the dev set or
a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts

# --- a total set off by dashes after its subject is in its subject's clause, as with commas -----------------------


def test_a_total_between_dashes_reads_its_subjects_clause() -> None:
    assert counts("Those indicted — 41 people, many from Guatemala — will be arraigned in May.") == {
        ("charged", 41, "people")
    }
    for dashed in (
        "Those deported — 52 people, most of them from Peru — left on a charter flight.",
        "Those arrested — 37 people — were released on Tuesday.",
    ):
        assert counts(dashed) == counts(dashed.replace(" —", ",")) != set()


def test_a_part_between_dashes_after_a_count_stays_a_part() -> None:
    # the trap: the clause before the dashes already counted, so the aside is a part of that count
    assert counts("Agents arrested 260 people last month — 75 in Omaha — in the sweep.") == {
        ("arrests", 260, "people"),
        ("arrests", 75, "people"),
    }


def test_an_aside_with_a_verb_of_its_own_stays_a_clause() -> None:
    # the trap: "— 12 were ... —" is a clause with its own verb, not an apposition to the subject
    assert ("charged", 12, "people") not in counts("Those charged — 12 were released on bond — face trial in June.")


def test_a_number_between_dashes_that_counts_nobody_is_no_count() -> None:
    assert counts("The sweep — the biggest in 15 years — ended on Friday.") == set()


# --- "the rest, N," then "remain": the rest's verb after the apposition types it ------------------------------------


def test_the_rest_apposed_then_remaining_in_custody_is_held() -> None:
    assert counts(
        "ICE arrested 310 people in the raids. Some were freed, and the rest, about 170, remain in custody."
    ) == {
        ("arrests", 310, "people"),
        ("detentions", 170, "people"),
    }


def test_the_rest_of_something_else_remaining_is_no_custody() -> None:
    # the trap: "remain" without custody or detention says nothing held
    assert ("detentions", 40, "people") not in counts(
        "ICE arrested 310 people in the raids. The rest, about 40, remain at large."
    )


# --- a part of an immigration agency's count held at a jail is held for the agency ----------------------------------


def test_a_part_of_agents_arrests_held_at_a_jail_is_detained() -> None:
    assert counts(
        "ICE officers arrested 62 people in Wichita. By Monday, 18 of them were held at the county jail."
    ) == {
        ("arrests", 62, "people"),
        ("detentions", 18, "people"),
    }


def test_a_part_of_police_arrests_held_at_a_jail_stays_the_jails() -> None:
    # the trap: the whole is a police count with no immigration word, so the jail holds its own inmates
    assert ("detentions", 18, "people") not in counts(
        "Police arrested 62 people after the game. By Monday, 18 of them were held at the county jail."
    )


# --- people moved to a detention site are held there -----------------------------------------------------------------


def test_people_moved_to_a_detention_site_are_held() -> None:
    assert counts("ICE arrested 420 people in Denver and transferred 150 of them to a facility in Arizona.") == {
        ("arrests", 420, "people"),
        ("detentions", 150, "people"),
    }


def test_a_move_to_no_detention_site_or_after_the_arrest_changes_nothing() -> None:
    # the traps: the verb before the number is the arrest (the move tells what came after), or the place is no site
    assert counts("ICE arrested 420 people in Denver and moved them to a facility in Arizona.") == {
        ("arrests", 420, "people")
    }
    assert ("detentions", 150, "people") not in counts(
        "ICE arrested 420 people in Denver and moved 150 of them to Arizona."
    )


# --- a number apposed to "more people" in a comparison is how many the clause's verb touched -------------------------


def test_a_total_apposed_to_a_comparative_is_the_verbs_count() -> None:
    assert counts("ICE deported more immigrants in 2019 — 267,000 — than in any year before it.") == {
        ("deportations", 267000, "people")
    }
    assert counts("ICE officers arrested fewer immigrants last year, about 8,100, than the year before.") == {
        ("arrests", 8100, "people")
    }


def test_a_comparative_with_no_action_or_no_comparison_stays_untyped() -> None:
    # the traps: a population compared ("live"), and a number after "more people" with no "than" going on
    assert counts("More immigrants live in the county, about 80,000, than in the city.") == set()
    assert counts("ICE deported more immigrants in 2019, 267,000, the agency said in a report.") == set()


# --- a part of an arrest count told by a removal in its past is who they are, not a removal count --------------------


def test_a_prior_removal_of_a_part_of_arrests_is_no_removal_count() -> None:
    assert counts("Officers arrested 74 people in Reno last week; 16 had previously been removed.") == {
        ("arrests", 74, "people")
    }
    assert counts("HSI agents arrested 38 workers at the plant. Five of them had been deported before.") == {
        ("arrests", 38, "people")
    }


def test_a_removal_after_the_arrest_is_still_a_removal() -> None:
    # the trap: with no word of an earlier time the removal is the story's own outcome
    assert counts("Officers arrested 74 people in Reno last week. By Sunday, 16 had been deported to Mexico.") == {
        ("arrests", 74, "people"),
        ("deportations", 16, "people"),
    }


# --- a people count set off by commas has its own verb after the closing comma: it does not go on with the count -----


def test_an_apposed_group_with_its_own_verb_does_not_go_on_with_the_count_before() -> None:
    assert counts(
        "ICE arrested 210 workers at the farm. The rest of the village, some 4,000 residents, stayed inside."
    ) == {("arrests", 210, "people")}


def test_an_apposed_group_with_no_verb_still_goes_on() -> None:
    # the trap: a series told across sentences, its place set off by a comma, still goes on with the count before
    assert counts("ICE arrested 2,100 people in June. In July, 1,900 people, most of them in Ohio.") == {
        ("arrests", 2100, "people"),
        ("arrests", 1900, "people"),
    }
