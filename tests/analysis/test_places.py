"""Behaviour of tasks/analysis/places.py: gazetteer normalization and conservative place finding."""

from __future__ import annotations

import pytest
from conftest import require_shared

from tasks.analysis import places
from tasks.analysis.places import find_places, normalize_place


def _normalized(text: str) -> list[str]:
    return [m.place.normalized for m in find_places(text)]


def test_seed_article_places() -> None:
    text = require_shared("seed", "operation-safe-city.txt").read_text(encoding="utf-8")
    heads = {m.place.normalized.split(",")[0] for m in find_places(text)}
    for expected in ("New York City", "Los Angeles", "Baltimore", "Washington", "Boston", "Denver"):
        assert expected in heads


def test_the_district_is_washington_dc() -> None:
    place = normalize_place("the District")
    assert place is not None and place.normalized == "Washington, D.C."
    assert "Washington, D.C." in _normalized("There were 14 arrests in the District, officials said.")


def test_baltimore_has_state_and_coordinates() -> None:
    place = normalize_place("Baltimore")
    assert place is not None
    assert (place.city, place.state, place.country) == ("Baltimore", "Maryland", "US")
    assert place.lat and abs(place.lat - 39.29) < 0.1


def test_state_abbreviations_and_aliases() -> None:
    assert normalize_place("N.M.").normalized == "New Mexico"  # type: ignore[union-attr]
    assert normalize_place("Calif.").normalized == "California"  # type: ignore[union-attr]
    assert normalize_place("NYC").normalized == "New York City"  # type: ignore[union-attr]
    assert normalize_place("Atlantis") is None


def test_city_with_state_qualifier_picks_that_state() -> None:
    [mention] = find_places("The attack on the center in Tacoma, Washington, was filmed.")
    assert mention.place.state == "Washington" and mention.place.city == "Tacoma"
    assert mention.place.name == "Tacoma, Washington"


def test_unknown_town_with_ap_state_abbreviation() -> None:
    [mention] = find_places("Agents stopped the van near Lordsburg, N.M., on Tuesday.")
    assert mention.place.normalized == "Lordsburg, New Mexico"


def test_people_and_common_words_are_not_places() -> None:
    text = (
        "Andrew Jackson was president. Jackson said so. Mobile phones were seized. "
        "Justice was served in March. The Washington Post reported it. Sen. Warren objected."
    )
    assert find_places(text) == []


def test_ambiguous_town_with_preposition_counts() -> None:
    assert _normalized("Raids were reported in Mobile last week.") == ["Mobile, Alabama"]


def test_washington_alone_is_the_capital_but_washington_state_is_the_state() -> None:
    assert _normalized("Lawmakers in Washington argued.") == ["Washington, D.C."]
    assert _normalized("Farms in Washington state hire migrants.") == ["Washington"]


def test_detention_facility_and_county_are_places() -> None:
    names = [m.place.name for m in find_places("He was held at the Northwest Detention Center in Travis County.")]
    assert names == ["Northwest Detention Center", "Travis County"]


def test_countries_and_border() -> None:
    text = "A woman from El Salvador was deported to Guatemala after crossing the U.S.-Mexico border."
    assert _normalized(text) == ["El Salvador", "Guatemala", "U.S.-Mexico border"]


def test_offsets_point_at_the_text_as_written() -> None:
    text = "Officers in New York City and L.A. made arrests."
    for m in find_places(text):
        assert text[m.start : m.end] == m.place.name


def test_unknown_town_with_state_then_lowercase_after_a_preposition() -> None:
    assert _normalized("The camp in Tornillo, Texas was closed.") == ["Tornillo, Texas"]
    assert _normalized("Agents stopped the van near Lordsburg, N.M. After that they left.") == ["Lordsburg, New Mexico"]
    # without a preposition before it, a comma phrase followed by a lowercase word is not a town
    assert "Smith, Texas" not in _normalized("said John Smith, Texas director of the group.")


def test_full_state_name_at_sentence_end_does_not_keep_the_period() -> None:
    [mention] = find_places("It went off at a race in Seaside Park, New Jersey. Nobody was hurt.")
    assert mention.place.name == "Seaside Park, New Jersey"


def test_a_state_after_a_town_or_site_is_read_the_same_way_everywhere() -> None:
    """One reading of a state after a town, whatever finds the town (a gazetteer town, an unknown town, a
    neighborhood, an unnamed or a named facility): an AP abbreviation keeps its full stop, a full name or a
    postal code leaves the sentence's, and each gives the state."""
    for phrase, state, written in (
        ("in Tacoma", "Washington", ("Washington", "Wash.", "WA")),  # a gazetteer town
        ("near Lordsburg", "New Mexico", ("New Mexico", "N.M.", "NM")),  # a town the gazetteer does not have
        ("at the federal building in Fresno", "California", ("California", "Calif.", "CA")),
        ("in the Pilsen neighborhood of Chicago", "Illinois", ("Illinois", "Ill.", "IL")),
    ):
        for w in written:
            stop = "" if w.endswith(".") else "."  # "..., Wash. Nobody": the abbreviation's stop ends the sentence
            text = f"Agents arrested five people {phrase}, {w}{stop} Nobody else was held."
            [mention] = find_places(text)
            assert mention.place.state == state, text
            assert text[mention.start : mention.end].endswith(f", {w}"), text  # the stop stays the sentence's
    for w in ("California", "Calif.", "CA"):
        text = f"He is held at the Otay Mesa Detention Center, {w}."
        site = find_places(text)[0]
        assert (site.place.name, site.place.state) == ("Otay Mesa Detention Center", "California"), text


def test_a_possessive_before_a_named_site_is_its_owner_not_its_name() -> None:
    """ "Texas' Harris County", "Louisiana's Jackson Parish Correctional Center": the site as named, in that state
    (not in Jackson, Mississippi); an agency's possessive ("ICE's") is dropped too."""
    got = {m.place.normalized: m.place.state for m in find_places("Deputies in Oregon's Marion County held him.")}
    assert got["Marion County"] == "Oregon"
    text = "He was moved to Louisiana's Jackson Parish Correctional Center on Friday."
    got = {m.place.normalized: m.place.state for m in find_places(text)}
    assert got["Jackson Parish Correctional Center"] == "Louisiana"
    text = "He was held at ICE's Northwest Detention Center in Tacoma."
    assert find_places(text)[0].place.normalized == "Northwest Detention Center"
    # a town that owns the site places it there
    [town, airport] = find_places("Agents detained him at Denver's Centennial International Airport.")
    assert (airport.place.normalized, airport.place.city, airport.place.state) == (
        "Centennial International Airport",
        "Denver",
        "Colorado",
    )
    assert town.place.normalized == "Denver, Colorado" and airport.place.lat == town.place.lat


def test_town_before_a_facility_noun_is_a_place() -> None:
    assert _normalized("Detainees were flown to the Farmville detention center.") == ["Farmville"]
    assert _normalized("The Adelanto facility is full.") == ["Adelanto, California"]
    assert _normalized("The Trump administration detention center opened.") == []


def test_town_after_a_facility_noun_and_preposition_lists_included() -> None:
    [facility] = find_places("The facility in Ocilla houses men and women.")  # the unnamed facility, at its town
    assert (facility.place.normalized, facility.place.city, facility.place.state) == (
        "facility in Ocilla",
        "Ocilla",
        "Georgia",
    )
    names = [m.place.name for m in find_places("Agents raided plants in Bay Springs, Carthage and Pelahatchie.")]
    assert names == ["Bay Springs", "Carthage", "Pelahatchie"]
    assert _normalized("There were raids in January.") == []


def test_a_confirmed_town_is_a_place_again_when_it_stands_alone() -> None:
    text = "Teens are held at the Tornillo tent city. Many remained at Tornillo for months. Tornillo said no."
    assert [m.place.name for m in find_places(text)] == ["Tornillo", "Tornillo"]
    # a bare unknown name never confirmed stays unknown
    assert _normalized("Many remained at Tornillo for months.") == []


def test_directional_regions() -> None:
    assert _normalized("They toured a tent city in West Texas on Saturday.") == ["West Texas"]
    assert _normalized("Raids in South Florida and Northern California.") == ["South Florida", "Northern California"]
    assert "Southern California" not in _normalized("She runs the ACLU of Southern California now.")


def test_possessive_names_are_places() -> None:
    assert _normalized("inmates in California's custody") == ["California"]
    assert _normalized("families who cross in Texas’ Rio Grande Valley") == ["Texas", "Rio Grande Valley"]
    assert _normalized("It stood in Clinton's path.") == []


def test_state_or_city_named_as_the_government_acting_there() -> None:
    assert _normalized("He wrote to California Attorney General Rob Bonta.") == ["California"]
    assert _normalized("The Texas Department of Public Safety made arrests.") == ["Texas"]
    assert _normalized("Minneapolis ICE agents arrived.") == ["Minneapolis, Minnesota"]
    assert _normalized("The California Gold Rush began.") == []


def test_named_buildings_bridges_and_airports() -> None:
    names = [
        m.place.name
        for m in find_places("He was detained at the Whipple Building and flown from Logan International Airport.")
    ]
    assert names == ["Whipple Building", "Logan International Airport"]
    assert [m.place.name for m in find_places("They waited on the Progreso International Bridge.")] == [
        "Progreso International Bridge"
    ]


def test_saint_towns_keep_the_st_spelling() -> None:
    assert _normalized("ICE agents arrested him in St. Paul on Tuesday.") == ["St. Paul, Minnesota"]
    # its neighborhood is kept too, at the town of that spelling
    assert _normalized("ICE agents arrested him on St. Paul's East Side.") == ["East Side, St. Paul, Minnesota"]


# --- region places (issue #7, item 5): made-up sentences, one per family ---------------------------------


def test_border_phrases_are_kept_as_written_and_normalized() -> None:
    [mention] = find_places("Arrests of migrants crossing the Southern\nborder fell for a year.")
    assert mention.place.name == "Southern\nborder" and mention.place.normalized == "southern border"
    assert _normalized("Agents on the northern border and the U.S.-Canada border met.") == [
        "northern border",
        "U.S.-Canada border",
    ]
    assert _normalized("The Southern Border Communities Coalition sued.") == []


def test_border_patrol_sectors_win_over_the_town_they_are_named_after() -> None:
    [mention] = find_places("Agents in the Laredo sector caught 900 people in May.")
    place = mention.place
    assert (place.name, place.normalized, place.state) == ("Laredo sector", "Laredo sector", "Texas")
    assert place.lat and abs(place.lat - 27.5) < 0.2  # the sector's headquarters town
    assert _normalized("Crossings rose in the RGV Sector this week.") == ["Rio Grande Valley sector"]
    assert _normalized("The Tucson sector chief spoke.") == ["Tucson sector"]


def test_metro_areas_are_kept_and_placed_by_their_town() -> None:
    [mention] = find_places("ICE arrested 41 people in the greater Houston area on Monday.")
    place = mention.place
    assert (place.name, place.normalized, place.city, place.state) == (
        "greater Houston area",
        "greater Houston area",
        "Houston",
        "Texas",
    )
    assert place.lat and abs(place.lat - 29.76) < 0.1
    assert _normalized("Raids hit the Dallas-Fort Worth area.") == ["Dallas-Fort Worth area"]
    assert _normalized("Arrests across the Chicago metropolitan area rose.") == ["Chicago metropolitan area"]
    # a name the gazetteer does not know is no metro area
    assert _normalized("Patrols increased in the Trump area.") == []


def test_metro_and_greater_forms_of_a_metro_area_keep_their_written_words() -> None:
    # as written, so that a reader's "metro Denver" is found in it; placed by its town all the same
    for text, area, state in (
        ("Agents made 41 arrests in metro Denver.", "metro Denver", "Colorado"),
        ("Agents made 41 arrests in the Denver metro.", "Denver metro", "Colorado"),
        ("Agents made 41 arrests across greater Sacramento.", "greater Sacramento", "California"),
        ("Agents made 41 arrests in the Dallas-Fort Worth metroplex.", "Dallas-Fort Worth metroplex", "Texas"),
        ("Agents made 41 arrests in the Twin Cities metro area.", "Twin Cities metro area", "Minnesota"),
    ):
        [m] = find_places(text)
        assert (m.place.normalized, m.place.state, m.place.lat is not None) == (area, state, True), text
    assert find_places("He took the Metro Transit bus home.") == []


def test_facilities_carry_their_town_state_and_coordinates() -> None:
    [mention, _] = find_places("He is held at the Adelanto ICE Processing Center in California.")
    place = mention.place
    assert (place.normalized, place.city, place.state) == ("Adelanto ICE Processing Center", "Adelanto", "California")
    assert place.lat is not None
    facility, town = find_places("Detainees at the Northwest Detention Center in Tacoma, Wash., went on strike.")
    assert (facility.place.normalized, facility.place.city) == ("Northwest Detention Center", "Tacoma")
    assert facility.place.lat == town.place.lat
    assert [m.place.name for m in find_places("He waited at the El Paso Border Patrol station.")] == [
        "El Paso Border Patrol station"
    ]


def test_a_title_after_a_comma_is_not_a_postal_state_code() -> None:
    assert _normalized("As head of Homeland Security, Ms. Nielsen runs ICE.") == []
    assert _normalized("The raid in Canton, MS drew protests.") == ["Canton, Mississippi"]


def test_mexican_states_canadian_provinces_and_border_crossings_are_in_the_gazetteer() -> None:
    [state] = find_places("Soldiers blocked the caravan in Chiapas on Wednesday.")
    assert state.place.normalized == "Chiapas, Mexico" and state.place.state is None  # `state` is a U.S. state
    assert state.place.lat and abs(state.place.lat - 16.75) < 0.2  # its capital, Tuxtla Gutiérrez
    assert _normalized("Crossings near Ojinaga and Matamoros rose, as they did in Quebec.") == [
        "Ojinaga, Mexico",
        "Matamoros, Mexico",
        "Quebec, Canada",
    ]
    [matamoros] = find_places("They waited in Matamoros.")
    assert matamoros.place.lon and abs(matamoros.place.lon + 97.5) < 0.2  # the crossing at Brownsville
    assert _normalized("Guerrero, 34, was arrested on Monday.") == []  # a surname first, a state only in context


def test_a_town_introduced_as_one_is_a_place_even_unknown_to_the_gazetteer() -> None:
    assert _normalized("Troops gathered in the border town of Metapa on Wednesday.") == ["Metapa"]
    assert _normalized("It happened in the small farming community of Postville.") == ["Postville, Iowa"]


def test_a_border_state_or_town_is_not_the_border_itself() -> None:
    assert _normalized("Migrants crossed in the southern border state of Chiapas.") == ["Chiapas, Mexico"]


def test_street_corners_and_school_districts_are_places() -> None:
    assert _normalized("Agents arrested two people near 34th Street and Park Avenue on Tuesday.") == [
        "34th Street and Park Avenue"
    ]
    assert _normalized("Two students in the Hopkins school district were detained.") == ["Hopkins school district"]
    assert _normalized("Their home near Chicago Avenue and 35th Street was searched.") == [
        "Chicago Avenue and 35th Street"
    ]  # not the city of Chicago


def test_a_small_town_several_states_share_is_the_one_in_the_storys_state() -> None:
    story = "ICE agents in Minnesota made arrests. One mother drops her son off at school in Stillwater."
    assert _normalized(story)[-1] == "Stillwater, Minnesota"
    story = "Agents in Georgia raided a plant. Union City officials said nothing. Workers in Union City hid."
    assert "Union City, Georgia" in _normalized(story)
    # a namesake the gazetteer lacks keeps no state rather than a wrong one; a big city keeps its own
    assert _normalized("Raids in Mississippi hit plants in Bay Springs and Canton.")[-1] == "Canton"
    assert _normalized("Agents in Texas watched; protesters in Portland blocked a gate.")[-1] == "Portland, Oregon"


def test_institutions_and_names_are_not_places() -> None:
    assert _normalized("said a professor at the University of Kansas.") == []
    assert _normalized("She studies at Arizona State University.") == []
    assert _normalized("Male arrested at the turkey plant.") == []


def test_region_names_are_normalized_in_lower_case() -> None:
    assert _normalized("problems at the Southern Border, he wrote.") == ["southern border"]


def test_a_heading_before_a_facility_is_not_part_of_its_name() -> None:
    assert _normalized("### Jail Records\nThe Sherburne County Jail records show her release.") == [
        "Sherburne County Jail"
    ]


def test_georgia_is_the_state() -> None:
    [georgia] = find_places("ICE agents made arrests in Georgia on Monday.")
    assert (georgia.place.state, georgia.place.country) == ("Georgia", "US")


def test_airports_businesses_and_towns_near_a_facility_are_places() -> None:
    assert _normalized("Workers were detained at MSP Airport on Friday.") == ["MSP Airport"]
    assert _normalized("At a Speedway gas station, agents smashed a window.") == ["Speedway gas station"]
    assert _normalized("Agents waited at a Home Depot parking lot.") == ["Home Depot parking lot"]
    assert _normalized("Agents raided the ICE processing plant.") == []  # an agency is no brand
    assert _normalized("At the detention center in nearby Dilley, three children fell ill.") == ["Dilley, Texas"]


def test_several_sectors_named_together_are_each_a_sector() -> None:
    assert _normalized("Agents in the Tucson and Yuma sectors caught 900 people.") == ["Tucson sector", "Yuma sector"]
    assert _normalized("the El Paso, Big Bend and Del Rio sectors") == [
        "El Paso sector",
        "Big Bend sector",
        "Del Rio sector",
    ]


def test_state_borders_named_regions_and_addresses() -> None:
    [border] = find_places("Crossings at the Texas-Mexico border fell.")
    assert (border.place.normalized, border.place.state) == ("Texas-Mexico border", "Texas")
    assert _normalized("Crossings at the southern U.S. border fell.") == ["southern U.S. border"]
    [cities] = find_places("ICE arrested 200 people in the Twin Cities.")
    assert cities.place.state == "Minnesota" and cities.place.lat and abs(cities.place.lat - 44.98) < 0.1
    assert _normalized("They waded across the Rio Grande near Eagle Pass.") == ["Rio Grande", "Eagle Pass, Texas"]
    assert _normalized("He was arrested at 26 Federal Plaza in Manhattan.")[0] == "26 Federal Plaza"


def test_an_unnamed_facility_is_kept_with_its_town() -> None:
    [building] = find_places("Protesters gathered at the federal building in Minneapolis on Monday.")
    place = building.place
    assert place.normalized == "federal building in Minneapolis"
    assert (place.city, place.state) == ("Minneapolis", "Minnesota")
    assert place.lat and abs(place.lat - 44.98) < 0.1
    assert _normalized("He was held at the jail in Tacoma, Wash. on Friday.") == ["jail in Tacoma"]
    assert _normalized("Workers of Multiple Airport Employees Union said.") == []  # a heading's capitals


def test_detention_sites_known_by_name() -> None:
    assert _normalized("Migrants were held at Camp East Montana on Fort Bliss.") == ["Camp East Montana", "Fort Bliss"]
    [hall] = find_places("He was held at Delaney Hall for a week.")
    assert hall.place.state == "New Jersey" and hall.place.lat  # at Newark
    assert _normalized("Fort Worth police helped.") == ["Fort Worth, Texas"]


def test_every_border_patrol_sector_has_coordinates() -> None:
    from tasks.analysis.places import BORDER_PATROL_SECTORS

    for name in BORDER_PATROL_SECTORS:
        [sector] = find_places(f"Agents in the {name} sector made arrests.")
        assert sector.place.lat is not None and sector.place.lon is not None, name


def test_a_small_town_the_text_marks_as_one_gets_its_state_and_coordinates() -> None:
    [karnes] = find_places("At the family detention center in Karnes City, Texas, children waited.")
    assert karnes.place.lat and abs(karnes.place.lat - 28.885) < 0.05
    [tornillo] = find_places("Lawmakers toured the Tornillo tent city.")
    assert (tornillo.place.normalized, tornillo.place.state) == ("Tornillo, Texas", "Texas")
    # a name several states have is the story's state's; with no state named it stays unplaced
    assert _normalized("In Virginia, the Farmville detention center filled up.")[-1] == "Farmville, Virginia"
    assert _normalized("The Farmville detention center filled up.") == ["Farmville"]
    assert _normalized("Agents arrested 5 people in Tornillo on Monday.") == []  # a bare small town is no place


def test_a_neighborhood_with_its_town_is_kept_and_placed_at_the_town() -> None:
    for text, written in (
        (
            "Agents detained 35 people in the Pilsen neighborhood of Chicago on Friday.",
            "Pilsen neighborhood of Chicago",
        ),
        ("In Chicago's Little Village neighborhood, agents detained 35.", "Chicago's Little Village neighborhood"),
        ("Agents detained 35 people on the South Side of Chicago, Illinois.", "South Side of Chicago, Illinois"),
    ):
        [mention] = find_places(text)
        assert text[mention.start : mention.end] == written
        assert mention.place.city == "Chicago" and mention.place.state == "Illinois" and mention.place.lat
    assert _normalized("Raids went on in the Pilsen neighborhood of Chicago.") == ["Pilsen, Chicago, Illinois"]
    # a neighborhood of no town the gazetteer knows is no place of its own
    assert _normalized("Raids went on in the Foo neighborhood of Zzyzxville.") == []


def test_a_border_states_stretch_of_the_border_is_a_region() -> None:
    [mention] = find_places("Agents apprehended 600 migrants along the Arizona border last week.")
    assert (mention.place.normalized, mention.place.state) == ("Arizona border", "Arizona")
    assert _normalized("Texas border towns are busy.") == ["Texas"]


def test_a_cartel_named_after_a_place_is_no_place() -> None:
    assert _normalized("Agents arrested men with ties to the Sinaloa cartel.") == []
    assert _normalized("Agents arrested men in Sinaloa last week.") == ["Sinaloa, Mexico"]


def test_a_town_on_both_sides_of_the_border_is_the_us_one_in_a_story_naming_its_state() -> None:
    text = "Border Patrol agents in Nogales caught 20 migrants. Arizona officials said the fence held."
    assert _normalized(text)[0] == "Nogales, Arizona"
    # written with its Mexican state, or in a story that names no U.S. state, it stays in Mexico
    assert _normalized("Migrants waited in Nogales, Sonora. Arizona is close.")[0] == "Nogales, Mexico"
    assert _normalized("Mexican police in Nogales detained 20 migrants.") == ["Nogales, Mexico"]


def test_a_metro_area_written_as_an_adjective_is_the_area() -> None:
    [mention] = find_places("Houston-area raids led to dozens of arrests.")
    assert (mention.place.normalized, mention.place.state) == ("Houston area", "Texas")
    assert _normalized("A San Antonio-area school closed.") == ["San Antonio area"]
    assert _normalized("He grew up in a Spanish-speaking home.") == []


def test_a_border_patrol_checkpoint_is_at_its_town_and_a_state_police_acronym_names_the_state() -> None:
    assert _normalized("Agents at the Falfurrias checkpoint found 20 people.") == ["Falfurrias, Texas"]
    assert _normalized("Agents stopped the truck at a checkpoint near Falfurrias on Monday.") == ["Falfurrias, Texas"]
    assert _normalized("Texas DPS troopers stopped the truck.") == ["Texas"]


@pytest.mark.parametrize(
    "phrase",
    [
        "agents in the Tucson and Yuma sectors",
        "the El Paso, Big Bend and Del Rio Border Patrol Sectors",
        "in the Laredo sector",
        "the Pilsen neighborhood of Chicago",
        "Chicago's South Side",
        "the greater Houston area",
        "the Detroit region",
        "the Dallas-Fort Worth metroplex",
        "metro Atlanta",
        "greater Los Angeles",
        "Houston-area raids",
        "Harris County",
        "Jackson Parish",
        "Harris and Fort Bend counties",
        "near Sasabe",
        "34th Street and Park Avenue",
        "1200 Main Plaza",
        "the Hopkins school district",
        "Minneapolis Public Schools",
    ],
)
def test_a_skipped_scan_loses_no_match(phrase: str) -> None:
    """A pattern scans only texts holding one of its NEEDLES: every branch's match must contain one."""
    text = f"Officials said {phrase} on Tuesday."
    matched = [(p, m.group()) for p in places.NEEDLES for m in p.finditer(text)]
    assert matched, f"no gated pattern reads {phrase!r}"
    for pattern, found in matched:
        assert any(n in found for n in places.NEEDLES[pattern]), (pattern.pattern[:60], found)


def test_every_gated_match_of_the_seed_article_holds_a_needle() -> None:
    text = require_shared("seed", "operation-safe-city.txt").read_text(encoding="utf-8")
    for pattern, needles in places.NEEDLES.items():
        for m in pattern.finditer(text):
            assert any(n in m.group() for n in needles), (pattern.pattern[:60], m.group())


def test_a_part_of_the_country_is_a_region_and_the_region_points_back_to_it() -> None:
    assert _normalized("Arrests rose in the Midwest, the Pacific Northwest and New England.") == [
        "Midwest",
        "Pacific Northwest",
        "New England",
    ]


def test_a_direction_before_a_state_sharing_a_citys_name_is_part_of_the_state() -> None:
    assert _normalized("Raids in eastern Washington and western New York.") == [
        "eastern Washington",
        "western New York",
    ]
    assert _normalized("Officials in Washington and New York met.") == ["Washington, D.C.", "New York City"]


def test_a_town_written_once_with_its_state_is_that_town_where_it_stands_alone() -> None:
    text = (
        "Flights left from Alexandria, Louisiana, and Brownsville, Texas. Of the 31 flights, 14 departed from "
        "Alexandria and 9 from Brownsville."
    )
    assert _normalized(text) == ["Alexandria, Louisiana", "Brownsville, Texas"] * 2
    # a list of towns is no town with its state: "Atlanta, New York, Chicago" names Atlanta and New York
    text = "Raids took place in Atlanta, New York, Chicago and Denver. The Atlanta office arrested 200 people."
    assert _normalized(text)[-1] == "Atlanta, Georgia"


def test_houses_of_correction_regional_jails_and_parish_prisons_are_facilities() -> None:
    names = [m.place.name for m in find_places("Detainees at the Bristol County House of Correction were moved.")]
    assert names == ["Bristol County House of Correction"]
    text = "He was held at the Northern Neck Regional Jail, then at the Orleans Parish Prison."
    assert [m.place.name for m in find_places(text)] == ["Northern Neck Regional Jail", "Orleans Parish Prison"]


def test_towns_listed_after_a_town_of_their_state_are_places() -> None:
    text = (
        "Agents arrested 26 people in raids in Riverside, Perris and Moreno Valley and 48 in Framingham and "
        "Marlborough."
    )
    assert _normalized(text) == [
        "Riverside, California",
        "Perris, California",
        "Moreno Valley, California",
        "Framingham, Massachusetts",
        "Marlborough, Massachusetts",
    ]
    assert _normalized("Agents in Houston and Tyler said so.") == ["Houston, Texas"]  # a person


def test_a_small_town_in_a_capitals_dateline_is_that_town() -> None:
    # a dateline names a town however small: with its state and coordinates where the gazetteer has it, in its own
    # case where it has not, and a later bare mention of it is that town
    [dateline, later] = find_places(
        "POSTVILLE, Iowa — Federal agents arrested 389 workers at a meatpacking plant in Postville on Monday."
    )
    assert (dateline.place.normalized, dateline.place.state, later.place.normalized) == (
        "Postville, Iowa",
        "Iowa",
        "Postville, Iowa",
    )
    assert dateline.place.lat is not None
    [town, *_] = find_places("SASABE, Ariz. (AP) — Agents apprehended 80 migrants on Sunday.")
    assert (town.place.name, town.place.normalized) == ("SASABE, Ariz.", "Sasabe, Arizona")
    # a big city's dateline is read as before; a town and state in capitals with no dateline dash is no town
    assert _normalized("HOUSTON, Texas — Agents arrested 12 people.") == ["Houston, Texas"]
    assert _normalized("READ MORE, Texas officials said on Monday.") == ["Texas"]


def test_a_name_after_near_or_outside_is_a_place_even_unknown_to_the_gazetteer() -> None:
    assert _normalized("Agents apprehended 380 migrants near Sasabe over the weekend.") == ["Sasabe"]
    assert _normalized("The group crossed through a gap in the wall outside Lukeville on Monday.") == ["Lukeville"]


def test_an_agency_a_month_a_person_or_part_of_a_longer_name_after_near_is_no_new_place() -> None:
    # traps of the rule above
    for text in (
        "Protesters stood near Border Patrol vehicles all day.",
        "Arrests rose near March, officials said.",
        "Reporters waited outside Trump Tower.",
        "The shelter sits near Smith's farm.",
        "Agents waited outside Judge Lopez courtroom.",
    ):
        assert _normalized(text) == [], text


def test_a_town_that_is_also_a_word_is_a_place_after_a_preposition_and_a_direction() -> None:
    # "Phoenix", "Mesa" need a preposition before them; a lowercase direction in between is part of the place
    assert _normalized("Agents arrested 12 people in south Mesa on Friday.") == ["south Mesa, Arizona"]
    # trap: without the preposition the word stays a word or a name
    assert _normalized("The west Phoenix said no more.") == []
    assert _normalized("He said south Mesa residents were afraid.") == []


def test_a_list_items_place_label_is_a_place_even_when_the_name_is_also_a_word() -> None:
    text = "Arrests by city:\n- Mesa: 41\n- Tucson: 38\n- Phoenix: 143"
    assert _normalized(text) == ["Mesa, Arizona", "Tucson, Arizona", "Phoenix, Arizona"]
    # traps: a speaker's label in a transcript, a name before a colon mid-sentence
    assert _normalized("Phoenix: I told them we would not leave.") == []
    assert _normalized("The words of Chandler: 12 of us stayed.") == []


def test_a_us_town_whose_name_opens_with_the_is_found_after_a_lowercase_the() -> None:
    assert _normalized("ICE arrested 40 people in the Bronx on Monday.") == ["The Bronx, New York"]
    # traps: a lowercase word after "the" is no town, nor a foreign town of that name ("The Valley", Anguilla)
    assert _normalized("The colony was founded by the Dutch.") == []
    assert _normalized("Agents arrested 30 people in the Valley last week.") == []


def test_counties_named_together_before_one_plural_are_each_a_county() -> None:
    assert _normalized("Agents arrested 161 people in Harris, Fort Bend and Montgomery counties.") == [
        "Harris County",
        "Fort Bend County",
        "Montgomery County",
    ]
    assert _normalized("Deputies in Orleans and Jefferson parishes held 40 people.") == [
        "Orleans Parish",
        "Jefferson Parish",
    ]
    # the plural in capitals, as a headline sets it (what the NEEDLES "OUNTIES" / "ARISHES" let the scan see)
    assert _normalized("Raids in Harris and Fort Bend COUNTIES") == ["Harris County", "Fort Bend County"]
    assert _normalized("Raids in Orleans and Jefferson PARISHES") == ["Orleans Parish", "Jefferson Parish"]
    # traps: lowercase words before the plural and agency names are no counties
    assert _normalized("Sheriffs in both counties declined the requests.") == []
    assert _normalized("ICE and Border Patrol counties were listed.") == []


def test_a_state_before_another_state_is_a_list_of_states_not_a_town_in_a_state() -> None:
    text = "Agents arrested 1,200 people in New York, New Jersey and Connecticut."
    assert _normalized(text) == ["New York", "New Jersey", "Connecticut"]
    assert _normalized("Arrests in Washington, Oregon and Idaho rose.") == ["Washington", "Oregon", "Idaho"]
    # traps: a town named after a state, written with its own state, stays that town
    assert _normalized("He was arrested in Washington, Pennsylvania, on Monday.") == ["Washington, Pennsylvania"]
    assert _normalized("They met in Washington, D.C., on Monday.") == ["Washington, D.C."]
    assert _normalized("The raid was in Kansas City, Kansas, on Monday.") == ["Kansas City, Kansas"]
    assert _normalized("It happened in New York, New York, on Monday.") == ["New York City"]


def test_a_town_name_several_states_share_alike_gets_no_guessed_state() -> None:
    # GUIDELINES §2: places "as written"; issue item 5: no place rather than a guessed one. The town stays as written
    # ("Springfield": Missouri, Massachusetts and Illinois are of a size), with no state or coordinates
    (springfield,) = [m.place for m in find_places("ICE detained 7 people in Springfield.")]
    assert (springfield.normalized, springfield.state, springfield.lat) == ("Springfield", None, None)
    assert _normalized("Agents arrested 5 people in Canton on Monday.") == ["Canton"]
    # traps: the story's state decides it; a name one state's town dominates keeps that town
    text = "ICE detained 7 people in Springfield. Illinois officials objected."
    assert _normalized(text) == ["Springfield, Illinois", "Illinois"]
    assert _normalized("ICE detained 7 people in Portland.") == ["Portland, Oregon"]
    text = "ICE arrested 9 in Springfield, Massachusetts. Later in Springfield, agents arrested 4 more."
    assert _normalized(text) == ["Springfield, Massachusetts", "Springfield, Massachusetts"]


def test_a_towns_suburbs_are_a_region_kept_as_such_at_the_town() -> None:
    (suburbs,) = find_places("Agents arrested 52 people in the Chicago suburbs, including Cicero and Berwyn.")
    assert (suburbs.place.normalized, suburbs.place.state) == ("Chicago suburbs", "Illinois")
    assert suburbs.place.lat is not None
    assert _normalized("Raids in suburban Chicago continued for a week.") == ["suburban Chicago"]
    # trap: the town alone is still the town, its area still its area
    assert _normalized("Raids in Chicago and the Houston area continued.") == ["Chicago, Illinois", "Houston area"]


def test_a_name_before_a_facility_noun_and_a_town_after_it_names_the_facility() -> None:
    # issue item 5: facilities with their city. "the Krome detention center in Miami": Krome names the site, Miami
    # is its town (the site gets Miami's state and coordinates)
    (krome, miami) = find_places("The Krome detention center in Miami held 1,100 detainees in May.")
    assert (krome.place.normalized, krome.place.state, miami.place.normalized) == (
        "Krome detention center",
        "Florida",
        "Miami, Florida",
    )
    assert krome.place.lat == miami.place.lat
    # traps: a state after it, or no town, leaves the name a town ("the Dilley family detention center in Texas")
    text = "Agents sent the families to the Dilley family detention center in Texas."
    assert _normalized(text) == ["Dilley, Texas", "Texas"]
    assert _normalized("They were sent to the Farmville detention center.") == ["Farmville"]


# --- round 13: a town named as the target of an operation, and a state coordinated with a state ---------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Agents arrested 40 people during the Charlotte operation.", "Charlotte, North Carolina"),
        ("More than 200 people were detained in the New Orleans sweep.", "New Orleans, Louisiana"),
        ("The Raleigh crackdown drew protests.", "Raleigh, North Carolina"),
    ],
)
def test_a_town_before_an_operation_noun_is_a_place(text: str, place: str) -> None:
    assert _normalized(text) == [place]


def test_trap_a_person_or_an_agency_before_an_operation_noun_is_no_place() -> None:
    assert _normalized("The Trump operation ended Friday.") == []
    assert _normalized("Officials called the Noem raids a success.") == []
    assert _normalized("Charlotte said the raids were cruel.") == []


@pytest.mark.parametrize(
    "text",
    [
        "ICE arrested 300 people in New York and New Jersey.",
        "Agents arrested 200 people in New Jersey and New York.",
        "Arrests rose in states like New York and California.",
    ],
)
def test_new_york_coordinated_with_a_state_is_the_state(text: str) -> None:
    assert "New York" in _normalized(text) and "New York City" not in _normalized(text)


def test_trap_new_york_alone_or_with_a_city_is_the_city() -> None:
    assert _normalized("ICE arrested 300 people in New York and Los Angeles.")[0] == "New York City"
    assert _normalized("Agents arrested 50 people in New York and Chicago.")[0] == "New York City"
    assert _normalized("Arrests rose in New York.") == ["New York City"]


def test_counties_named_after_their_plural_are_each_a_county() -> None:
    assert _normalized("Deputies held 27 workers in three counties: Wright, Sherburne and Benton.") == [
        "Wright County",
        "Sherburne County",
        "Benton County",
    ]
    assert _normalized("Agents arrested 9 people in the parishes of Tangipahoa and Livingston on Friday.") == [
        "Tangipahoa Parish",
        "Livingston Parish",
    ]
    # trap: a sentence that goes on after the colon names no county
    assert _normalized("It reached two counties: Officials said Monday and others agreed.") == []


def test_an_unnamed_facility_marks_a_small_town_after_it_as_a_town() -> None:
    [center] = find_places("The family detention center in Dilley held 600 children.")
    assert center.place.normalized == "family detention center in Dilley"
    assert (center.place.city, center.place.state) == ("Dilley", "Texas")
    assert _normalized("A private detention center in Folkston held 900 men.") == [
        "private detention center in Folkston"
    ]
    # trap: a family is no facility, and a small town's bare name stays unread
    assert _normalized("The family in Dilley said agents took three men.") == []


def test_a_site_named_with_a_direction_before_its_facility_noun_is_kept_as_written() -> None:
    # "the Southeast processing center": a name that opens with a direction is the site's own, not a town's
    assert _normalized("ICE held 730 people at the Southeast processing center on Friday.") == [
        "Southeast processing center"
    ]
    assert _normalized("The West Valley facility was housing 212 immigrants for ICE on Monday.") == [
        "West Valley facility"
    ]
    # trap: a town before a facility noun stays the town
    assert _normalized("ICE held 730 people at the Farmville detention center on Friday.") == ["Farmville"]


def test_a_border_keeps_the_us_the_text_writes() -> None:
    """A "U.S." inside a border phrase stays: without it the name is no longer the text's."""
    assert _normalized("Agents caught 300 people along the Northern U.S. Border in May.") == ["northern U.S. border"]
    # trap: a border written without "U.S." keeps its form
    assert _normalized("Agents caught 300 people along the Northern Border in May.") == ["northern border"]


def test_a_facility_in_downtown_keeps_downtown() -> None:
    """An unnamed facility "in downtown" a town is as narrow as written: "downtown" stays in its name."""
    assert _normalized("Protesters gathered at the federal building in downtown Tulsa on Friday.") == [
        "federal building in downtown Tulsa"
    ]
    # trap: without "downtown" the facility is at the town
    assert _normalized("Protesters gathered at the federal building in Tulsa on Friday.") == [
        "federal building in Tulsa"
    ]
