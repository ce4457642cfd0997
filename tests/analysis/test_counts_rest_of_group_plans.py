"""The rest of a group, a plan told with "for", and a prior removal told in a relative clause (issue #7, round 25).
People "others" or "the remaining" of a group agents took who are held at a county jail are held for the agency when
the story names immigration there (GUIDELINES §2 detentions), not the jail's own inmates; arrests an agency "planned
for" are a plan, not arrests made; a part "who had previously been deported" tells who the people of an action are,
even after a part with convictions was counted, while a removal the action itself made stays a deportation.
(Sentences invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts


def test_others_of_a_raid_still_held_at_a_county_jail_are_detentions() -> None:
    text = (
        "Immigration agents arrested 52 workers at a meatpacking plant in Worthington on Tuesday.\n"
        "Fourteen were released, and 38 others remain held at the Nobles County jail."
    )
    assert ("detentions", 38, "people") in counts(text)


def test_the_remaining_part_held_at_a_jail_is_a_detention() -> None:
    text = (
        "Agents detained 25 people at a car wash in Yuma on Friday.\n"
        "The remaining 16 are being held at the county jail, which keeps immigration detainees for the government."
    )
    assert ("detentions", 16, "people") in counts(text)


def test_the_rest_with_no_word_of_immigration_stays_no_count() -> None:
    text = "Agents detained 25 people at a car wash in Yuma on Friday.\nThe other 16 are being held at the county jail."
    assert ("detentions", 16, "people") not in counts(text)


def test_a_jails_own_population_stays_no_count() -> None:
    text = (
        "ICE arrested 30 people in the county last month.\n"
        "The county jail held 1,150 other inmates on Sunday, the sheriff said."
    )
    assert ("detentions", 1150, "people") not in counts(text)


def test_arrests_an_agency_planned_for_are_no_count() -> None:
    text = "The sweep in Tulsa ended with 61 arrests. Federal officials had planned for about 200 arrests, memos show."
    got = counts(text)
    assert ("arrests", 61, "people") in got
    assert ("arrests", 200, "people") not in got


def test_plans_for_arrests_as_a_noun_are_no_count() -> None:
    text = "Border Patrol agents in Charlotte arrested 81 people; the agency's plans for 1,500 arrests were leaked."
    got = counts(text)
    assert ("arrests", 81, "people") in got
    assert ("arrests", 1500, "people") not in got


def test_a_removal_the_action_itself_made_is_still_a_deportation() -> None:
    text = (
        "ICE officers arrested 75 people in Newark last week.\n"
        "Of those, 20 people who were arrested on Monday had been deported to Honduras by Friday."
    )
    assert ("deportations", 20, "people") in counts(text)


def test_a_named_part_who_had_previously_been_deported_is_who_they_are() -> None:
    text = (
        "ICE said its officers arrested 140 people in Houston, 90 of them with criminal convictions.\n"
        "Among those arrested were 23 men who had previously been removed from the country, the agency said."
    )
    got = counts(text)
    assert ("arrests", 140, "people") in got
    assert not any(t == "deportations" for t, _, _ in got)


def test_a_bare_part_previously_removed_after_convictions_keeps_its_type() -> None:
    text = (
        "ICE arrested 75 people in Durham. Of those, 30 had prior convictions, and 8 had been previously removed "
        "from the United States."
    )
    assert ("deportations", 8, "people") in counts(text)
