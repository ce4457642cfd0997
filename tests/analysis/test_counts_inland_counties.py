"""A county named alone sets a count inside the country or at the border (issue #7, round 15): the gazetteer gives
counties no state and no coordinates, so `places.locate_county` places a county whose name one state alone has, at
its namesake city there ("Fresno County" -> Fresno). Border Patrol agents arresting people in a county far from the
line make arrests (GUIDELINES §2 arrests: apprehended inside the country, whichever agency); a county on the line,
one whose name several states share, and a county with no city of its name stay as they were. (Invented here, none
taken from the dev set or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts

from schemas.records import Place
from tasks.analysis.places import locate_county


def test_a_county_whose_name_one_state_has_is_placed_at_its_namesake_city() -> None:
    fresno = locate_county(Place(name="Fresno County", normalized="Fresno County"))
    assert fresno is not None and fresno.state == "California" and fresno.lat is not None
    assert locate_county(Place(name="Kern County", normalized="Kern County")) == Place(
        name="Kern County", normalized="Kern County, California", state="California", country="US"
    )


def test_a_county_name_several_states_share_is_not_placed() -> None:
    # Santa Cruz County lies on the line in Arizona and far from it in California
    assert locate_county(Place(name="Santa Cruz County", normalized="Santa Cruz County")) is None
    assert locate_county(Place(name="Orange County", normalized="Orange County")) is None


def test_border_patrol_arrests_in_a_county_far_from_the_line_are_arrests() -> None:
    assert counts("Border Patrol agents arrested 52 people in Fresno County on Wednesday.") == {
        ("arrests", 52, "people")
    }
    assert counts("Border Patrol agents detained 37 farmworkers in Sacramento County during a sweep.") == {
        ("arrests", 37, "people")
    }
    assert counts("Border Patrol agents arrested 44 people in Los Angeles County last week.") == {
        ("arrests", 44, "people")
    }


def test_apprehensions_in_a_county_on_the_line_stay_at_the_border() -> None:
    assert counts("Border Patrol agents apprehended 40 migrants in San Diego County on Monday.") == {
        ("border_apprehensions", 40, "people")
    }
    assert counts("Border Patrol agents apprehended 63 migrants in Cameron County over the weekend.") == {
        ("border_apprehensions", 63, "people")
    }
    assert counts("Agents in the Yuma Sector apprehended 1,200 migrants last month.") == {
        ("border_apprehensions", 1200, "people")
    }
    assert counts("Agents apprehended 85 migrants who had crossed the Rio Grande in Hidalgo County.") == {
        ("border_apprehensions", 85, "people")
    }
