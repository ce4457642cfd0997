"""Behaviour of tasks/analysis/count_places.py on invented sentences: places a count's sentence names that are not
where it happened (where people were moved to, where a speaker stood) and a site written with its town."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    """Each count's places, by value."""
    return {f.value: f.places for f in extract_counts(text, None)}


def test_people_moved_from_one_place_to_another_are_counted_where_they_were_held() -> None:
    text = "ICE flew 57 detainees from Yakima to a processing center in Nevada on Monday, their lawyers said."
    assert _placed(text)[57] == ("Yakima, Washington",)
    text = "The agency transferred 212 detainees from the Otero County Processing Center to a jail in Kansas last week."
    got = _placed(text)[212]
    assert got and "Kansas" not in got


def test_a_from_to_without_a_transfer_and_people_moved_there_keep_their_places() -> None:
    # traps of the rule above: no verb that moves the people counted, and a count held where people were moved to
    text = "The jail in Topeka held 190 detainees on Friday, many of them moved there from Nebraska, records show."
    assert _placed(text)[190] == ("jail in Topeka",)
    # (a route, not a vehicle: a bus's or van's destination is no place of the people on it, CARRIED_TO_BEFORE)
    text = "Troopers arrested 19 people on the highway from Tulsa to Wichita, a spokesman said."
    assert _placed(text)[19] == ("Wichita, Kansas",)


def test_where_a_speaker_addressed_an_audience_is_no_place_of_the_count() -> None:
    text = (
        "ICE officers arrested 212 people in Nebraska last week, the agency's director told reporters outside the "
        "federal building in Lincoln on Monday."
    )
    assert _placed(text)[212] == ("Nebraska",)
    text = "Agents arrested 48 people in the operation, the director said at a news conference in Tulsa on Friday."
    assert "Tulsa, Oklahoma" not in _placed(text)[48]


def test_a_place_told_to_reporters_about_stays_the_counts_place() -> None:
    # the trap of the rule above: the place the count's own words name after the audience
    text = "The director told reporters that agents had arrested 75 people in Tulsa on Friday."
    assert _placed(text)[75] == ("Tulsa, Oklahoma",)


def test_an_office_that_speaks_is_no_place_of_a_national_tally() -> None:
    text = "ICE's Denver field office said on Monday that the agency removed 268,000 people in the last fiscal year."
    assert _placed(text)[268000] == ()


def test_an_office_that_speaks_of_a_local_count_keeps_its_town() -> None:
    # the trap of the rule above: a count below a national tally stays the office's town's
    text = "ICE's Denver field office said officers arrested 64 people last week."
    assert "Denver, Colorado" in _placed(text)[64]


def test_there_after_a_site_written_with_its_town_is_the_site_and_its_town() -> None:
    text = (
        "Fort Bliss in El Paso opened a tent camp for ICE in March. By June, about 410 people were held there, "
        "county records show."
    )
    assert _placed(text)[410] == ("Fort Bliss", "El Paso, Texas")


def test_there_after_a_town_alone_is_the_town() -> None:
    # the trap of the rule above: a town named with no site before it stays the place "there" points to
    text = "Agents raided a warehouse in Omaha on Monday. They arrested 26 people there, a pastor said."
    assert _placed(text)[26] == ("Omaha, Nebraska",)


def test_where_a_closing_attribution_was_spoken_is_no_place_of_the_count() -> None:
    # the setting of the speech after its verb, however many words it takes: the speaker's, not the count's
    text = (
        "In the Big Bend Sector, agents apprehended 2,450 people last month, the chief said during a two-day visit "
        "to Austin."
    )
    assert _placed(text)[2450] == ("Big Bend sector",)
    text = "In Yuma, agents apprehended 880 people in a week, the sector chief said at a town hall meeting in Tucson."
    assert _placed(text)[880] == ("Yuma, Arizona",)


def test_a_place_the_speaker_tells_as_the_counts_own_stays_after_said() -> None:
    # the trap of the rule above: after "said", the action and its place are the count's own words
    text = "The agency said officers arrested 29 people in Reno over the weekend."
    assert _placed(text)[29] == ("Reno, Nevada",)
    text = "Agents arrested 44 people, the spokeswoman said, most of them at two farms in Yakima."
    assert "Yakima, Washington" in _placed(text)[44]


def test_a_town_that_owns_a_site_is_the_sites_town() -> None:
    # "Newark's Liberty International Airport" is the airport in Newark: both, whether the people were taken there or
    # flown out from it ("from" the town's airport is no one's home)
    text = "Agents arrested 17 travelers at Newark's Liberty International Airport on Sunday."
    assert set(_placed(text)[17]) == {"Newark, New Jersey", "Liberty International Airport"}
    text = "ICE deported 74 Hondurans on Tuesday on a flight from Atlanta's Hartsfield-Jackson International Airport."
    assert "Atlanta, Georgia" in _placed(text)[74]


def test_a_state_before_its_site_and_a_town_people_come_from_stay_out() -> None:
    # the traps of the rule above: a state's possessive only says where its site is; "from" a town alone is a home
    text = "Texas's Karnes County Residential Center held 800 people in May, records show."
    assert "Texas" not in _placed(text)[800]
    text = "ICE arrested 9 people from Phoenix at a warehouse in Mesa on Monday."
    assert _placed(text)[9] == ("Mesa, Arizona",)
