"""Behaviour of tasks/analysis/count_places.py on invented sentences: which of a sentence's places is a count's own,
as the language ties it (GUIDELINES §2 `places`: the places the count is tied to)."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts, extract_facts


def _placed(text: str) -> dict[float, tuple[tuple[str, ...], str | None]]:
    """Each count's (places, place_source), by value."""
    return {f.value: (f.places, f.place_source) for f in extract_counts(text, None)}


def test_the_other_end_of_a_comparison_is_not_the_counts_place() -> None:
    text = "Deportations by the agency's office in Omaha reached 3,100 last year, twice as many as in Des Moines."
    assert _placed(text)[3100][0] == ("Omaha, Nebraska",)
    text = "Agents arrested 412 people in Ohio in March, more than in Indiana and Michigan combined."
    assert _placed(text)[412][0] == ("Ohio",)
    # the other end with a number of its own is a count of its own there
    got = _placed("ICE arrested 3,900 people in Oregon last year, compared with 2,100 in Idaho.")
    assert got[3900][0] == ("Oregon",) and got[2100][0] == ("Idaho",)


def test_a_bare_as_compares_nothing_only_as_many_as_and_the_same_as_do() -> None:
    text = "ICE arrested 30 people at a plant in the area known as Cicero, Illinois."
    assert _placed(text)[30][0] == ("Cicero, Illinois",)
    text = "ICE arrested 30 people on Tuesday as Houston officials protested."
    assert _placed(text)[30][0] == ("Houston, Texas",)
    # the trap: "as" after a comparative is a comparison's other end
    text = "Agents arrested 310 people in Ohio last month, as many people as in Indiana."
    assert _placed(text)[310][0] == ("Ohio",)
    text = "Agents arrested 310 people in Ohio last month, the same as Indiana."
    assert _placed(text)[310][0] == ("Ohio",)


def test_places_given_as_examples_are_the_counts_own() -> None:
    # the trap of the rule above: "such as" and "as well as" list where the count happened, compare nothing
    text = "Officers arrested 57 people in Tulsa as well as Oklahoma City over the weekend."
    assert set(_placed(text)[57][0]) == {"Tulsa, Oklahoma", "Oklahoma City, Oklahoma"}
    text = "Officers arrested 57 people in cities such as Tulsa over the weekend."
    assert _placed(text)[57][0] == ("Tulsa, Oklahoma",)


def test_where_the_people_counted_live_yields_to_where_the_sentence_counts_them() -> None:
    text = "The processing center in Tacoma held 1,450 detainees in May, many of them longtime Seattle residents."
    assert _placed(text)[1450][0] == ("processing center in Tacoma",)
    text = (
        "Nine immigrants who live in Fairfax County were arrested Tuesday at their check-ins at the ICE office "
        "in Baltimore, their lawyers said."
    )
    assert _placed(text)[9][0] == ("ICE office in Baltimore",)


def test_a_facility_named_after_its_town_and_residents_of_the_counts_own_town_keep_the_counts_place() -> None:
    # traps of the rule above: "the Dilley family detention center" names a site, not Dilley's families; residents of
    # the town the sentence counts in ("in Omaha ..., most of them longtime Omaha residents") leave it the count's place
    text = (
        "Agents sent the families to the Dilley family detention center in Texas. The facility held 2,351 parents "
        "and children at the end of February, court filings show."
    )
    assert _placed(text)[2351][0] == ("Dilley, Texas",)
    text = "Agents arrested 45 people in Omaha on Tuesday, most of them longtime Omaha residents."
    assert _placed(text)[45][0] == ("Omaha, Nebraska",)


def test_a_place_after_except_is_left_out_of_the_counts_places() -> None:
    text = "Arizona's five detention centers held 6,100 people in May, the most of any state except Texas."
    assert _placed(text)[6100][0] == ("Arizona",)


def test_the_state_points_back_to_the_datelines_state_when_no_state_was_named_before() -> None:
    text = "BOISE, Idaho — ICE arrested 27 people over three days, the agency's largest operation in the state."
    assert _placed(text)[27][0] == ("Idaho",)
    # trap: a state named before the sentence is the one pointed back to; the capital's dateline names no state
    text = "BOISE, Idaho — Officers crossed into Oregon on Monday. They arrested 27 people in the state, ICE said."
    assert _placed(text)[27][0] == ("Oregon",)
    text = "WASHINGTON — ICE arrested 27 people over three days, the agency's largest operation in the state."
    assert _placed(text)[27][0] == ()


def test_an_existential_there_points_back_to_no_place() -> None:
    # "there" is a place only where no verb follows it: "arrested 26 people there"; an existential "there" leaves
    # the count to the story's stand-in (place_source "story"), never placed by the sentence
    story = "The mayor of Dayton spoke on Monday. "
    [fact] = extract_counts(story + "They arrested 26 people there, ICE said.", None)
    assert (fact.places, fact.place_source) == (("Dayton, Ohio",), "sentence")
    for clause in ("there wasn't enough room", "there may be more", "there's no record of it"):
        [fact] = extract_counts(story + f"ICE said 14 detainees waited, as {clause}.", None)
        assert fact.place_source != "sentence", clause


_CHICAGO = (
    "CHICAGO — Immigration agents have stepped up arrests in Chicago this month. Chicago officials said the raids "
    "in Chicago had frightened families.\n\n"
)


def test_a_sentence_that_opens_with_its_place_frames_the_next_ones_of_its_paragraph() -> None:
    text = _CHICAGO + "In Omaha, the raids began before dawn on Tuesday. Agents arrested 40 people at three job sites."
    [fact] = extract_counts(text, None)
    assert (fact.places, fact.place_source) == (("Omaha, Nebraska",), "sentence")


def test_no_frame_from_a_place_named_as_someones_nor_from_a_paragraph_further_back() -> None:
    # traps: the nearest place is named as someone's, in a sentence that tells no enforcement, not as where anything
    # happened; a frame reaches into the paragraph before only from its new paragraph's first sentence. Both leave
    # the count to the story's stand-in (its main place), as before. (A sentence that tells enforcement with its
    # place, "Omaha's mayor criticized the raids", carries it: see `test_a_count_its_sentence_does_not_place_...`.)
    text = _CHICAGO + "Omaha's mayor spoke to reporters on Tuesday. Agents arrested 40 people at three job sites."
    assert extract_counts(text, None)[0].place_source == "story"
    text = _CHICAGO + "In Omaha, the raids began at dawn.\n\nThe mayor spoke at noon. Agents arrested 40 people."
    assert extract_counts(text, None)[0].place_source == "story"


def test_an_operation_told_with_its_place_frames_the_next_sentence_even_across_a_paragraph() -> None:
    text = (
        _CHICAGO + "Federal agents swept through Grand Island on Wednesday.\n\nBy evening, 63 people had been arrested."
    )
    [fact] = extract_counts(text, None)
    assert (fact.places, fact.place_source) == (("Grand Island, Nebraska",), "sentence")


def test_a_place_named_for_something_else_or_two_paragraphs_back_frames_nothing() -> None:
    # traps: a place named as whose mayor spoke; an operation's place beyond the paragraph just before
    text = _CHICAGO + "The mayor of Grand Island spoke on Wednesday.\n\nBy evening, 63 people had been arrested."
    assert extract_counts(text, None)[0].place_source == "story"
    text = (
        _CHICAGO + "Federal agents swept through Grand Island on Wednesday.\n\nThe mayor spoke at noon.\n\n"
        "By evening, 63 people had been arrested."
    )
    assert extract_counts(text, None)[0].place_source == "story"


# --- a count's place in its story: datelines, headlines, where people live, regions, list labels, counties ------------


def test_a_local_story_that_names_no_other_place_happens_in_its_dateline_town() -> None:
    text = (
        "EL PASO, Texas — Federal agents arrested 16 workers at three car washes on the city's east side "
        "Wednesday morning, Homeland Security Investigations said.\n\nThe owner was not arrested."
    )
    assert _placed(text)[16] == (("El Paso, Texas",), "story")


def test_a_capital_dateline_is_where_figures_are_announced_not_where_they_happen() -> None:
    # guards the dateline stand-in above: Washington, D.C. is no "city" kind (no town of a state), so it never stands in
    text = "WASHINGTON — Immigration officers arrested 1,018 people in a week-long operation, officials said."
    assert _placed(text)[1018] == ((), None)


def test_a_place_written_before_its_number_labels_that_number() -> None:
    text = (
        "The first quarterly figures show Mecklenburg County received 142 detainer requests, Wake County 96 and "
        "Durham County 31."
    )
    got = _placed(text)
    assert [got[v][0] for v in (142, 96, 31)] == [("Mecklenburg County",), ("Wake County",), ("Durham County",)]
    text = "Louisiana's detention centers held 7,412 people, more than any state except Texas, which held 17,380."
    got = _placed(text)
    assert got[7412][0] == ("Louisiana",) and got[17380][0] == ("Texas",)


def test_where_people_live_or_are_based_is_not_the_storys_place() -> None:
    text = (
        "Border Patrol agents based in El Centro drove 300 miles north this week to conduct a sweep in Kern County."
        "\n\nThe agency said 78 people were arrested in the three-day operation."
    )
    assert _placed(text)[78][0] == ("Kern County",)
    text = (
        "Agents arrested 12 people on Tuesday, the agency said. Volunteers from Tucson watched. A second group "
        "from Tucson brought water. The arrests took place near Nogales, Arizona."
    )
    assert _placed(text)[12][0] == ("Nogales, Arizona",)


def test_a_state_named_only_as_its_agency_yields_to_a_narrower_place_of_the_story() -> None:
    sentence = "Agents working with the Tennessee Highway Patrol detained 58 people during traffic stops this week."
    assert _placed("NASHVILLE, Tenn. — " + sentence)[58][0] == ("Nashville, Tennessee",)
    assert _placed(sentence)[58][0] == ("Tennessee",)
    text = (
        "Agents arrested 40 people on Tuesday. The Texas Civil Rights Project and the Texas Immigrant Legal Aid "
        "Alliance said families were afraid. The arrests were in Dallas."
    )
    assert _placed(text)[40][0] == ("Dallas, Texas",)


def test_where_most_of_a_group_was_does_not_replace_where_the_sentence_opens() -> None:
    text = "Along the northern border, agents apprehended 412 people in September, most of them in the Swanton Sector."
    assert _placed(text)[412][0] == ("northern border",)
    text = "Agents apprehended 412 people in September, most of them in the Swanton Sector."
    assert _placed(text)[412][0] == ("Swanton sector",)


def test_a_count_the_text_leaves_unplaced_takes_its_headlines_place() -> None:
    text = "Immigration agents arrested 12 people at a landscaping company on Thursday, a company lawyer said."
    [fact] = extract_counts(text, None, "Tucson: Immigration agents arrest 12 at landscaping company")
    assert (fact.places, fact.place_source) == (("Tucson, Arizona",), "story")
    [fact] = extract_counts(text, None, "PHOENIX: Immigration agents arrest 12 at landscaping company")
    assert fact.places == ("Phoenix, Arizona",)
    [fact] = extract_counts(text, None, "Jackson: more arrests are coming")  # a person's name, or a town
    assert fact.places == ()
    [fact] = extract_facts("ICE arrests dozens in Minneapolis apartment complex raids", text, None).facts
    assert fact.places == ("Minneapolis, Minnesota",)
    [fact] = extract_counts(text, None, "Hondurans among 12 arrested, lawyer says")
    assert fact.places == ()
    [fact] = extract_counts("DALLAS — " + text, None, "Tucson: Immigration agents arrest 12")
    assert fact.places == ("Dallas, Texas",)  # the text's own place comes first


def test_where_some_of_those_counted_live_is_not_where_they_were_counted() -> None:
    text = (
        "Immigration agents arrested 27 workers at a warehouse in Northeast Philadelphia on Thursday, including "
        "several who commute from Camden and Trenton, New Jersey."
    )
    assert _placed(text)[27][0] == ("Northeast Philadelphia, Pennsylvania",)
    # a flight's places of departure stay its removals' places, not homes ("from" is where they left); its
    # destination as written joins them (round 24's convention: a removal's destination is its place)
    text = "ICE flew 1,240 deportees to Guatemala last week from Alexandria, Louisiana, and Brownsville, Texas."
    assert _placed(text)[1240][0] == ("Guatemala", "Alexandria, Louisiana", "Brownsville, Texas")


def test_where_a_removal_flight_was_bound_is_not_where_it_left() -> None:
    text = (
        "HARLINGEN, Texas — A charter flight carrying 176 Venezuelan men deported by ICE left Valley International "
        "Airport here on Monday bound for Caracas, the agency said."
    )
    assert _placed(text)[176][0] == ("Valley International Airport",)


def test_a_local_count_in_a_small_towns_dateline_story_is_placed_there() -> None:
    text = "POSTVILLE, Iowa — Agents arrested 389 workers at the meatpacking plant on Monday, ICE said."
    assert _placed(text)[389] == (("Postville, Iowa",), "story")


def test_a_county_dateline_stands_in_for_a_local_count() -> None:
    text = (
        "BALDWIN COUNTY, Ala. — The county jail has set aside 200 beds for ICE detainees, but only 35 people were "
        "being held for the agency as of Friday, the sheriff said."
    )
    assert _placed(text)[35] == (("Baldwin County, Alabama",), "story")


def test_a_part_of_the_country_is_a_counts_place_and_the_region_points_back_to_it() -> None:
    text = (
        "ICE said it had arrested 212 people in a week-long operation across New England, including 97 in "
        "Massachusetts and 41 in Connecticut.\n\nMassachusetts Gov. Maura Healey said the state had not been "
        "consulted.\n\nThe operation was the largest in the region since 2019, when 180 people were arrested."
    )
    got = _placed(text)
    assert got[212][0] == ("New England",) and got[97][0] == ("Massachusetts",)
    assert got[180][0] == ("New England",)


def test_a_name_after_near_or_outside_unknown_to_the_gazetteer_is_the_counts_place() -> None:
    text = "TUCSON, Ariz. — Border Patrol agents apprehended 380 migrants near Sasabe over the weekend."
    assert _placed(text)[380] == (("Sasabe",), "sentence")


def test_a_town_that_is_also_a_word_after_a_preposition_and_a_direction_is_the_counts_place() -> None:
    text = "Federal agents arrested 64 workers at a landscaping company in west Phoenix, the largest raid in Arizona."
    assert _placed(text)[64][0] == ("west Phoenix, Arizona",)


def test_a_list_items_place_label_places_its_count() -> None:
    assert _placed("Officers arrested 222 people in Arizona. Arrests by city:\n- Mesa: 41\n- Phoenix: 143")[143][0] == (
        "Phoenix, Arizona",
    )


def test_a_us_town_whose_name_opens_with_the_is_the_counts_place() -> None:
    assert _placed("ICE officers arrested 40 people in the Bronx on Monday.")[40][0] == ("The Bronx, New York",)


def test_counties_named_together_before_one_plural_are_the_counts_places() -> None:
    got = _placed("ICE arrested 85 people at job sites in Dallas and Tarrant counties.")
    assert got[85][0] == ("Dallas County", "Tarrant County")


def test_a_place_of_a_part_is_no_stand_in_for_its_whole() -> None:
    # the story's only place is where a part of the total was, or another count of its sentence: the rest of the
    # whole were elsewhere, so the whole gets no guessed place (item 5: no place rather than a guessed one)
    for text in (
        "Agents arrested 245 people, 120 of them in Houston.",
        "Agents arrested 245 people last week. Of those, 120 were in Houston.",
        "ICE arrested 1,500 people in the operation (about 800 of them in Houston).",
    ):
        got = _placed(text)
        assert got[245 if 245 in got else 1500] == ((), None), text
        assert got[120 if 120 in got else 800] == (("Houston, Texas",), "sentence"), text
    got = _placed("Of the 640 people detained, 211 were held in Louisiana and 190 in Texas.")
    assert got[640] == ((), None) and got[211][0] == ("Louisiana",) and got[190][0] == ("Texas",)
    # trap: the story's main place still stands in for a whole whose parts name no place, or another place
    story = "Protesters marched through downtown Houston on Tuesday.\n\nAgents arrested 245 people, 120 of them at {}."
    assert _placed(story.format("a single warehouse"))[245] == (("Houston, Texas",), "story")
    got = _placed(story.format("a warehouse in Baytown"))
    assert got[245] == (("Houston, Texas",), "story") and got[120] == (("Baytown, Texas",), "sentence")
    # trap: one place after a series of counts may be all of theirs, so it stays the stand-in of the first
    got = _placed("HOUSTON — Agents arrested 40 Hondurans and 25 Salvadorans at a construction site in Houston.")
    assert got[40][0] == ("Houston, Texas",) and got[25][0] == ("Houston, Texas",)


def test_the_predicate_after_a_partitives_whole_places_its_part_only() -> None:
    # "97 of the 212 arrests were in Dallas": the 97 were in Dallas, the other 115 elsewhere
    got = _placed("97 of the 212 arrests were in Dallas.")
    assert got[97] == (("Dallas, Texas",), "sentence") and got[212] == ((), None)
    # trap: a place inside the whole's own noun phrase is the whole's (and so its part's)
    got = _placed("97 of the 212 people detained in Dallas were deported to Mexico.")
    assert got[212][0] == ("Dallas, Texas",) and got[97][0] == ("Dallas, Texas",)
    # the whole told before and again as the partitive's: that telling's predicate is still the part's
    got = _placed("Agents arrested 212 people. 97 of the 212 arrests were in Dallas.")
    assert got[212] == ((), None) and got[97][0] == ("Dallas, Texas",)
    # trap: a telling with no part gives its place ("The 212 arrests were in Dallas.")
    assert _placed("Agents arrested 212 people. The 212 arrests were in Dallas.")[212][0] == ("Dallas, Texas",)


def test_a_count_in_a_relative_clause_of_place_is_where_its_antecedent_is() -> None:
    text = "Unlike in Boston, where ICE arrested 90 people, agents in Worcester made no arrests."
    assert _placed(text)[90][0] == ("Boston, Massachusetts",)
    text = "Agents raided a plant in Omaha, where they arrested 40 people, and then drove to Lincoln."
    assert _placed(text)[40][0] == ("Omaha, Nebraska",)
    # trap: the clause's own narrower place wins over its antecedent
    text = "The operation spread across Texas, where agents arrested 90 people in Houston, and into Oklahoma."
    assert _placed(text)[90][0] == ("Houston, Texas",)


def test_a_list_of_states_is_the_counts_places_each_a_state() -> None:
    got = _placed("Agents arrested 1,200 people in New York, New Jersey and Connecticut.")
    assert got[1200][0] == ("New York", "New Jersey", "Connecticut")


def test_a_town_several_states_share_is_the_counts_place_as_written() -> None:
    assert _placed("ICE detained 7 people in Springfield.")[7][0] == ("Springfield",)


def test_a_region_phrase_of_suburbs_is_the_counts_place_not_the_town() -> None:
    text = "Agents arrested 52 people in the Chicago suburbs, including Cicero and Berwyn."
    assert _placed(text)[52][0][0] == "Chicago suburbs"


def test_a_facility_written_with_its_town_as_the_subject_keeps_its_name() -> None:
    got = _placed("The Krome detention center in Miami held 1,100 detainees in May.")
    assert got[1100][0] == ("Krome detention center", "Miami, Florida")
    got = _placed("The Otay Mesa Detention Center in San Diego held 1,100 detainees in May.")
    assert got[1100][0] == ("Otay Mesa Detention Center", "San Diego, California")
    # trap: a town as the subject alone stays the town
    assert _placed("Miami reported 1,100 arrests in May.")[1100][0] == ("Miami, Florida",)


def test_the_place_of_another_action_or_of_a_negated_clause_is_not_the_counts() -> None:
    # "before his arrest in Denver": Denver is the arrest's place, not the removals'
    assert _placed("Garcia had been removed three times before his arrest in Denver.")[3] == ((), None)
    # "none of the arrests was in Denver": nothing happened in Denver
    assert _placed("Agents arrested 40 people; none of the arrests was in Denver.")[40] == ((), None)
    # traps: an action of the count's own type keeps its place; "no fewer than" and "without" negate no place; the
    # count's own place beside a negated one stays
    assert _placed("Agents detained 30 people after their arrest in Denver.")[30][0] == ("Denver, Colorado",)
    assert _placed("Agents arrested no fewer than 40 people in Denver.")[40][0] == ("Denver, Colorado",)
    assert _placed("Agents arrested 40 people without incident in Denver.")[40][0] == ("Denver, Colorado",)
    text = "Agents arrested 40 people in Denver; none of the arrests was in Boulder."
    assert _placed(text)[40][0] == ("Denver, Colorado",)


def test_as_many_as_compares_however_many_words_stand_between() -> None:
    # "as many ... as" with more than three words between is still the other end of a comparison (item 4, round 12)
    text = "ICE arrested 900 people last year, twice as many people in a single year as in Indiana."
    assert _placed(text)[900][0] == ()
    text = "ICE arrested 900 people, nearly three times as many immigrants over the same period as in Indiana."
    assert _placed(text)[900][0] == ()


def test_as_many_as_before_a_number_is_a_qualifier_not_a_comparison() -> None:
    # the trap: "as many as 900" qualifies the count, and a clause of "as ... as" that ends before the place
    assert _placed("ICE arrested as many as 900 people in Indiana last year.")[900][0] == ("Indiana",)
    text = "Agents arrested 900 people, as many of them as they could find, in Indiana."
    assert _placed(text)[900][0] == ("Indiana",)


#: A first paragraph that makes Iowa the story's main place, so that a count the story's stand-in would place in Iowa
#: shows whether a nearer place carries.
_IOWA_LEAD = (
    "Iowa lawmakers debated the new state immigration law for hours on Monday. Iowa advocates rallied outside, and "
    "Iowa farm groups said they were worried.\n\n"
)


def test_a_count_its_sentence_does_not_place_carries_the_enforcement_place_of_the_sentence_before() -> None:
    text = _IOWA_LEAD + "Agents raided a meatpacking plant in Marshalltown on Tuesday. They detained 38 workers."
    assert _placed(text)[38] == (("Marshalltown, Iowa",), "story")  # a stand-in: the sentence names none
    # the sentence before counts the same action: its count's place carries
    text = (
        _IOWA_LEAD + "Agents arrested 14 people at a warehouse in Ames on Monday. Agents arrested 9 workers on Tuesday."
    )
    assert _placed(text)[9][0] == ("Ames, Iowa",)
    # a death in custody, told after the facility it happened in
    text = (
        "Advocates describe conditions for detainees at the immigration detention center in Tacoma as dire. Two "
        "people died in ICE custody last year, the complaint says."
    )
    assert any("Tacoma" in place for place in _placed(text)[2][0])


def test_no_place_carries_from_a_speaker_a_scene_of_no_enforcement_or_to_a_national_tally() -> None:
    # the speaker's whereabouts is not where the count happened: the story's main place stands in
    text = (
        _IOWA_LEAD + "A spokesman in Des Moines said the plan had been months in the making. Agents detained 38 "
        "workers at the plant on Tuesday."
    )
    assert "Des Moines, Iowa" not in _placed(text)[38][0]
    # a rally is no enforcement scene
    text = (
        "Colorado sheriffs met on Monday. Colorado officials and Colorado advocates disagreed.\n\nA rally in Denver "
        "drew hundreds on Sunday. Agents arrested 57 people over the weekend."
    )
    assert _placed(text)[57] == (("Colorado",), "story")
    # a national figure is no event of the town the sentence before names
    text = "ICE opened a new field office in Marshalltown last year. The agency held 61,000 people in detention in May."
    assert _placed(text)[61000][0] == ()


def test_a_site_the_counts_words_name_by_its_kind_is_the_site_named_before() -> None:
    # "the center held 640", "deported from the center": the detention site named before, not the court, the
    # lawyer's office or the airport the sentence names for something else
    site = "Federal agents took the men to the Pinecrest Detention Center in Ohio last week.\n\n"
    text = site + "A lawsuit filed in Cleveland on Monday says the center held 640 people in October."
    assert _placed(text)[640][0] == ("Pinecrest Detention Center",)
    text = site + "ICE said 215 people were deported from the center since May, most of them on flights from Columbus."
    assert _placed(text)[215][0] == ("Pinecrest Detention Center",)
    text = (
        "The processing center in Tacoma holds people from three states.\n\n"
        "A judge in Seattle ruled Friday that the facility, which has 1,500 beds, held 1,320 people in August."
    )
    assert _placed(text)[1320][0] == ("processing center in Tacoma",)
    # a site written with its town is both, as a site written with its town before a count is
    text = (
        "A man held at the Bayside Detention Center in Tacoma died Sunday, the agency said.\n\n"
        "The center held about 1,240 people last week, according to figures released in Seattle."
    )
    assert set(_placed(text)[1240][0]) == {"Bayside Detention Center", "Tacoma, Washington"}


def test_a_site_pointed_back_to_leaves_the_counts_own_places_and_unnamed_sites_alone() -> None:
    # traps: no site named before ("the center" then points nowhere); a place the count's words name first; another
    # count of the sentence with its own place
    assert _placed("A lawsuit filed in Cleveland on Monday says the center held 640 people in October.")[640][0] == (
        "Cleveland, Ohio",
    )
    site = "Federal agents took the men to the Pinecrest Detention Center in Ohio last week.\n\n"
    text = site + "Agents arrested 50 people at a farm in Wooster and drove them to the center."
    assert _placed(text)[50][0] == ("Wooster, Ohio",)
    got = _placed(site + "The center held 640 people in October, and agents arrested 30 more in Cleveland.")
    assert got[640][0] == ("Pinecrest Detention Center",) and got[30][0] == ("Cleveland, Ohio",)
    text = site + "Officers arrested 50 people at the center of the produce market in Wooster, Ohio."
    assert _placed(text)[50][0] == ("Wooster, Ohio",)


def test_people_held_that_no_sentence_places_are_at_the_site_named_before_them() -> None:
    text = (
        "The Cedar Ridge Detention Center opened in March under a county contract, and detainees arrive there each "
        "week.\n\nNebraska lawmakers debated the contract on Monday, and Nebraska sheriffs were split over it.\n\n"
        "ICE data show 410 detainees on Friday, the most since the spring. Agents arrested 52 people last week, the "
        "data show."
    )
    got = _placed(text)
    assert got[410] == (("Cedar Ridge Detention Center",), "story")
    # the trap: people arrested are not where people are held; the story's main place stands in for them
    assert got[52] == (("Nebraska",), "story")


def test_people_held_in_a_story_that_names_no_site_keep_the_stories_main_place() -> None:
    text = (
        "Nebraska lawmakers debated a county detention contract on Monday, and Nebraska sheriffs were split.\n\n"
        "ICE data show 410 detainees on Friday, the most since the spring."
    )
    assert _placed(text)[410] == (("Nebraska",), "story")


def test_a_death_in_custody_no_sentence_places_is_at_the_site_named_before_it() -> None:
    text = (
        "Detainees at the Larkspur Processing Center have complained about medical care for months, their lawyers "
        "say.\n\nTwo detainees died in ICE custody in January after falling ill, the agency said."
    )
    assert _placed(text)[2] == (("Larkspur Processing Center",), "story")
    # the trap: a site named only after the death is no stand-in for it
    text = (
        "Two detainees died in ICE custody in January after falling ill, the agency said.\n\n"
        "The Larkspur Processing Center opened in March under a county contract."
    )
    assert _placed(text)[2] == ((), None)


def test_a_speakers_whereabouts_is_no_place_of_a_count_nor_the_storys_main_place() -> None:
    # the office a spokesman speaks from, however often the story names it, stands in for no count's place
    text = (
        "Federal agents arrested 23 people in a sweep of auto shops on Wednesday. A spokeswoman in Albuquerque said "
        "the operation had been planned for weeks. The spokeswoman in Albuquerque said more arrests were possible. "
        "Officials in Albuquerque declined to give names."
    )
    assert _placed(text)[23] == ((), None)
    # a speaker written after the speech verb, and one whose whereabouts is set off as "speaking in ..."
    text = "Agents detained 17 workers at a bakery, said Ana Ruiz, an attorney in Fresno who represents two of them."
    assert "Fresno, California" not in _placed(text)[17][0]
    text = "Speaking at a news conference in Tallahassee, the governor said state troopers had detained 64 people."
    assert _placed(text)[64][0] == ()


def test_a_speakers_town_named_as_where_the_count_happened_stays_its_place() -> None:
    # traps: the same town named as the action's place; "speaking" not set off as the speaker's whereabouts
    text = (
        "Federal agents arrested 23 people at auto shops in Albuquerque on Wednesday. A spokeswoman in Albuquerque "
        "said the operation had been planned for weeks."
    )
    assert _placed(text)[23][0] == ("Albuquerque, New Mexico",)
    text = "Officers speaking Spanish in Yakima detained 11 farmworkers on Monday, witnesses said."
    assert _placed(text)[11][0] == ("Yakima, Washington",)
    text = "An official in Tucson said agents arrested 52 people in Yuma over the weekend."
    assert _placed(text)[52][0] == ("Yuma, Arizona",)


def test_the_other_end_of_a_comparison_named_by_its_site_is_not_the_counts_place() -> None:
    # "more than the facility in X", "compared with the raid in X": the place of the site or event compared with
    text = "The detention center in Conroe held 930 people in April, fewer than the one in Livingston."
    assert _placed(text)[930][0] == ("detention center in Conroe",)
    text = "Agents arrested 61 people at a warehouse in Salem on Monday, more than the raid in Eugene last spring."
    assert _placed(text)[61][0] == ("Salem, Oregon",)
    # traps: no site noun before the place ("than the agency had planned in"), or no comparison at all
    text = "ICE arrested 48 people on Tuesday, more than the agency had planned in Tulsa."
    assert _placed(text)[48][0] == ("Tulsa, Oklahoma",)
    text = "Agents arrested 61 people at the plant in Salem on Monday, then drove to the jail in Eugene."
    assert "Salem, Oregon" in _placed(text)[61][0]


def test_a_site_written_with_its_place_labels_the_number_after_it() -> None:
    # "the Torrance County jail 310": a list item labelled by its site, not the place of the count before it
    text = "The Polk County jail held 85 ICE detainees in March and the Pinellas County jail 42."
    got = _placed(text)
    assert got[85][0] == ("Polk County",) and got[42][0] == ("Pinellas County",)
    # trap: a site noun that is not right before the number labels nothing
    text = "The Polk County jail held 85 ICE detainees in March, the sheriff said."
    assert _placed(text)[85][0] == ("Polk County",)


def test_the_other_end_of_a_comparison_told_with_its_own_number_is_that_numbers() -> None:
    # kept as a count or not, "the 1,100 held at the jail in Livingston" places the 1,100, never the count compared
    text = "The detention center in Mineola held 760 people in April, fewer than the 1,040 held at the jail in Tyler."
    assert _placed(text)[760][0] == ("detention center in Mineola",)
    text = "ICE arrested 300 people last month, more than the 250 arrested at the plant in Gainesville."
    assert "Gainesville, Florida" not in _placed(text)[300][0]
    # traps: "more than" with no "the" before the number is an approximation; both ends kept each keep their own
    text = "Agents arrested more than 300 people in Dallas on Tuesday."
    assert _placed(text)[300][0] == ("Dallas, Texas",)
    got = _placed("ICE arrested 41 people in Yonkers, up from 19 in New Rochelle a month earlier.")
    assert got[41][0] == ("Yonkers, New York",) and got[19][0] == ("New Rochelle, New York",)


def test_a_place_in_an_attribution_set_off_inside_the_sentence_is_the_speakers() -> None:
    # ", the sheriff of Marion County said,": the speaker's county; the count's place is the one its action names
    text = "A total of 52 people were arrested, the sheriff of Marion County said, during a sweep in Ocala."
    assert _placed(text)[52][0] == ("Ocala, Florida",)
    text = "Agents arrested 33 people, according to the Lee County Sheriff's Office, at a flea market in Cape Coral."
    assert _placed(text)[33][0] == ("Cape Coral, Florida",)
    # traps: a place written before the inserted attribution is the sentence's; a closing attribution's county still
    # stands in for a count that names no place (as before)
    text = "In Tulsa, ICE said, agents arrested 47 people on Tuesday."
    assert _placed(text)[47][0] == ("Tulsa, Oklahoma",)
    text = "Deputies arrested 52 people during the operation, the sheriff of Marion County said."
    assert _placed(text)[52][0] == ("Marion County",)


_OKLAHOMA = "Oklahoma passed its own immigration law last year. Oklahoma troopers began enforcing it in June.\n\n"


def test_the_state_as_the_subject_that_acted_points_back_to_the_state_named_before() -> None:
    # "The state has arrested 340": the state's total, not the town of the arrest told just before it
    text = (
        _OKLAHOMA + "Troopers stopped a truck near Ardmore on Monday and arrested 9 people. The state has arrested "
        "340 people under the law, officials said."
    )
    got = _placed(text)
    assert got[340][0] == ("Oklahoma",) and got[9][0] == ("Ardmore, Oklahoma",)
    # trap: "state" as an adjective of the agency ("The state Department of Public Safety") is no subject of its own
    text = (
        _OKLAHOMA + "Troopers stopped a truck near Ardmore on Monday and arrested 9 people. The state Department of "
        "Public Safety arrested 14 more people on Tuesday."
    )
    assert _placed(text)[14][0] == ("Ardmore, Oklahoma",)


def test_counties_named_after_their_plural_are_the_counts_places() -> None:
    got = _placed("Deputies held 27 workers in three counties: Wright, Sherburne and Benton.")
    assert set(got[27][0]) == {"Wright County", "Sherburne County", "Benton County"}


def test_a_count_under_a_place_heading_or_after_its_lines_place_label_is_that_places() -> None:
    text = (
        "Volunteers logged these immigration arrests across Minnesota on Thursday.\n\n## Rochester\n\n"
        "- Six workers detained outside a bakery\n- Two teenagers arrested near a bus stop\n\n## Mankato\n\n"
        "Agents detained seven men at a car wash.\n\n**Owatonna:** Agents arrested three people at a gas station."
    )
    placed = _placed(text)
    assert placed[6] == (("Rochester, Minnesota",), "sentence")
    assert placed[2] == (("Rochester, Minnesota",), "sentence")
    assert placed[7] == (("Mankato, Minnesota",), "sentence")
    assert placed[3] == (("Owatonna, Minnesota",), "sentence")


def test_a_section_heading_or_a_surname_heading_places_nothing() -> None:
    text = (
        "Agents detained four people at a Rochester apartment building on Monday.\n\n## Timeline\n\n"
        "Agents detained six people on Tuesday. Of those detained, 5 had criminal records.\n\n## Jackson\n\n"
        "Jackson said agents detained eight of his neighbors.\n\nMarch 3: agents detained 11 people near a school."
    )
    placed = _placed(text)
    assert not any(name.startswith("March 3") for name in placed[11][0])  # a date's label is no place
    assert placed[5] == ((), None)  # who they were: placeless as the seed's record counts
    # neither heading places its count: the story's main place stands in, as without a heading
    assert placed[6][1] == placed[8][1] == "story"
    assert "Jackson, Mississippi" not in placed[8][0]


def test_a_border_tally_its_sentence_leaves_unplaced_is_at_the_border_the_story_names() -> None:
    # a national tally of border apprehensions is the border's, however seldom the story names it beside its town
    story = (
        "YUMA, Ariz. — Farmworkers in Yuma lined up at a clinic in Yuma on Thursday as the heat set records.\n\n"
        "Crossings along the Arizona border have slowed since winter. Border Patrol agents apprehended 21,700 "
        "migrants in July, the agency said."
    )
    assert _placed(story)[21700][0] == ("Arizona border",)


def test_a_tally_of_another_action_or_in_a_story_naming_no_border_stays_unplaced() -> None:
    # traps of the rule above: a tally of arrests inside the country is no border's; a story that names no border
    # gives a border tally none
    story = (
        "YUMA, Ariz. — Farmworkers in Yuma lined up at a clinic in Yuma on Thursday as the heat set records.\n\n"
        "Crossings along the Arizona border have slowed since winter. ICE officers arrested 18,400 people in "
        "July, the agency said."
    )
    assert _placed(story)[18400][0] == ()
    story = (
        "YUMA, Ariz. — Farmworkers in Yuma lined up at a clinic in Yuma on Thursday as the heat set records.\n\n"
        "Border Patrol agents apprehended 21,700 migrants in July, the agency said."
    )
    assert _placed(story)[21700][0] == ()


def test_a_state_that_qualifies_a_political_body_says_whose_not_where() -> None:
    # "Nevada lawmakers", "Nevada officials": who acts in politics, not where the count in their clause happened
    got = _placed("The detention center in Henderson held 410 people on Monday as Nevada lawmakers debated a bill.")
    assert got[410][0] and "Nevada" not in got[410][0]
    got = _placed("Agents arrested 14 people at a motel in Sparks on Tuesday, and Nevada officials said they objected.")
    assert got[14][0] == ("Sparks, Nevada",)


def test_a_state_named_as_where_the_count_happened_stays_its_place_beside_its_officials() -> None:
    # traps of the rule above: the state the count's own words name, and a state before an enforcement body
    assert _placed("Troopers arrested 30 migrants in Texas last week, Texas officials said.")[30][0] == ("Texas",)
    assert _placed("Nevada troopers arrested 30 migrants on a highway last week.")[30][0] == ("Nevada",)


def test_a_coordinated_clause_with_its_own_subject_is_no_part_of_the_counts_words() -> None:
    # ", and a detainee died there ..." tells another event: its place is not where the count's subject held them
    text = (
        "The Stewart Detention Center held 1,900 people in May, ICE data show, and a detainee died there in June, the "
        "first death in custody in Georgia this year."
    )
    got = _placed(text)[1900][0]
    assert got and "Georgia" not in got


def test_a_sentence_with_no_other_place_still_places_its_count_past_the_coordinated_clause() -> None:
    # traps of the rule above: the count's own place before the comma, and the sentence's only place standing in
    assert _placed("ICE arrested 40 people in Omaha, and the agency said more would follow.")[40][0] == (
        "Omaha, Nebraska",
    )
    assert _placed("Agents arrested 40 people on Tuesday, and the raids in Omaha went on.")[40][0] == (
        "Omaha, Nebraska",
    )


def test_where_a_vehicle_carries_people_off_to_is_not_where_they_were_counted() -> None:
    text = "Agents swept three dairies near Tulare. By noon, 52 workers were on buses to a processing center in Fresno."
    assert not any("Fresno" in place for place in _placed(text)[52][0])
    # the trap: people held at the site are counted there
    text = "On Monday 300 people were held at a processing center in Fresno, lawyers said."
    assert any("Fresno" in place for place in _placed(text)[300][0])


def test_a_record_part_of_a_group_counted_before_is_where_the_text_places_that_group() -> None:
    # who the people of an action were is told where the action was: "Of those arrested", "N of them", "Of the N"
    placed = _placed(
        "ICE officers arrested 86 people in Dayton during a three-day operation, the agency said. Of those "
        "arrested, 52 had criminal convictions, and 9 had no criminal record."
    )
    assert placed[52] == placed[9] == (("Dayton, Ohio",), "sentence")
    assert _placed("Agents arrested 140 people in Tulsa last week. Thirty-one of them had criminal convictions.")[
        31
    ] == (("Tulsa, Oklahoma",), "sentence")
    restated = _placed(
        "Deportation officers arrested 230 people in Omaha during the week. The agency gave no names. "
        "Of the 230, 118 had criminal convictions."
    )
    assert restated[118] == (("Omaha, Nebraska",), "sentence")


def test_a_record_that_points_back_to_no_placed_group_stays_placeless() -> None:
    # traps: a part of a group named by its noun ("of the defendants"), a group placed only by the story's stand-in,
    # and a group counted two paragraphs back lend no place
    assert _placed(
        "Prosecutors in Tulsa charged 14 people with visa fraud on Monday. Two of the defendants had prior convictions."
    )[2] == ((), None)
    assert _placed(
        "Agents arrested 140 people in Tulsa last week.\n\nThe mayor said the city would not help.\n\n"
        "A lawyer for several families said 31 had criminal convictions."
    )[31] == ((), None)


def test_a_share_of_a_whole_said_with_its_qualifier_is_where_the_wholes_words_place_it() -> None:
    # "of the roughly 1,300 held at X": the whole's qualifier does not cut the share off from the whole's place
    placed = _placed(
        "About 64% of the roughly 2,100 people held at the Stewart Detention Center in March had no criminal "
        "conviction, an analysis found."
    )
    assert placed[64] == placed[2100]
    assert "Stewart Detention Center" in placed[64][0]
    # trap: a share whose whole is told with no place stays unplaced
    assert _placed(
        "About 64% of the roughly 2,100 people ICE held in March had no criminal conviction, an analysis found."
    )[64] == ((), None)


def test_a_move_told_of_the_people_in_a_relative_clause_is_their_past_not_where_the_count_happened() -> None:
    # "17 workers who had been bused from Houston to a job site in Conroe": the arrest is the count's action, where
    # they were brought; the move is what the relative clause tells of them
    text = (
        "Agents arrested 17 construction workers who had been bused from Houston to a job site in Conroe early on "
        "Wednesday."
    )
    assert _placed(text)[17][0] == ("Conroe, Texas",)
    # traps: a move that is the count's own action keeps where they were held
    moved = _placed("ICE bused 48 detainees from a jail in McAllen to a camp in Dilley on Monday.")
    assert "McAllen" in moved[48][0][0]
    assert _placed("On Monday, 48 detainees were flown from El Paso to a detention center in Louisiana.")[48][0] == (
        "El Paso, Texas",
    )


def test_where_many_of_them_were_is_a_parts_place_when_the_counts_subject_names_its_own() -> None:
    text = "Border Patrol agents in the Tucson Sector apprehended 1,150 migrants last week, many of them near Sasabe."
    assert _placed(text)[1150][0] == ("Tucson sector",)
    # trap: with no place before the number, the part's place is the only one the sentence gives
    text = "Border Patrol agents apprehended 1,150 migrants last week, many of them near Sasabe."
    assert _placed(text)[1150][0] == ("Sasabe",)


def test_one_site_located_by_a_part_of_the_datelines_state_stands_in_the_dateline_town() -> None:
    # "a processing center in northern Georgia" under "FOLKSTON, Ga. —": the site is the town's, as narrow as the
    # text says it
    text = "FOLKSTON, Ga. — ICE held 2,310 people at a processing center in southeast Georgia on Tuesday, records show."
    assert _placed(text)[2310][0] == ("Folkston, Georgia",)
    # traps: a city a story is filed from covers its region; raids spread over the region stay the region; a part
    # of another state stays as written
    text = "ATLANTA — ICE held 2,310 people at a processing center in southeast Georgia on Tuesday, records show."
    assert _placed(text)[2310][0] == ("southeast Georgia",)
    text = "DES MOINES, Iowa — Agents arrested 53 people in raids across eastern Iowa this week, officials said."
    assert _placed(text)[53][0] == ("eastern Iowa",)
    text = "OMAHA, Neb. — Agents arrested 53 people at a meatpacking plant in western Iowa this week, officials said."
    assert _placed(text)[53][0] == ("western Iowa",)


def test_a_clause_of_another_action_after_the_number_yields_to_the_place_of_the_counts_subject() -> None:
    text = "Federal prosecutors in Tulsa charged 31 people with illegal reentry on Friday, days after agents raided a "
    text += "ranch in Muskogee."
    assert _placed(text)[31][0] == ("Tulsa, Oklahoma",)
    # traps: with no place before the number the other clause's place stays; a place before that clause is the count's
    text = "Federal prosecutors charged 31 people with illegal reentry on Friday, days after agents raided a ranch in "
    text += "Muskogee."
    assert _placed(text)[31][0] == ("Muskogee, Oklahoma",)
    text = "Agents arrested 31 people at a ranch in Muskogee on Friday after officers stopped a van near Tulsa."
    assert _placed(text)[31][0][0].startswith("Muskogee")
