"""Wrong readings round 11's engineers noticed on invented sentences (issue #7, round 12): each fixed as a class and
tested here on an invented sentence beside a trap of the same words whose answer differs. (Invented here, none taken
from the dev set or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts

from tasks.analysis.facts import extract_counts
from tasks.analysis.numbers import find_numbers

# --- a clause that names the sentence before as its cause counts a new group, not the count going on -------------


def test_a_consequence_of_a_count_is_no_count() -> None:
    assert counts("ICE agents deported 4,000 people. That's why 2,100 families left the state.") == {
        ("deportations", 4000, "people")
    }
    assert counts("Agents arrested 300 workers. As a result, 120 families moved away.") == {("arrests", 300, "people")}


def test_a_count_told_across_sentences_still_goes_on() -> None:
    # the trap: a verbless sentence with no cause named goes on with the count before
    assert counts("ICE arrested 1,200 people in March. In April, another 1,500 people.") == {
        ("arrests", 1200, "people"),
        ("arrests", 1500, "people"),
    }


# --- a coordinated clause with a subject of its own (an agency's agents, or the agency) is not the number's ---------


def test_a_population_before_a_clause_of_agents_is_no_count() -> None:
    assert counts("There are 1,100 people in that town, and ICE agents arrested 30 of them.") == {
        ("arrests", 30, "people")
    }
    assert counts("About 900 people live in the village, but ICE detained 25 of them.") == {("arrests", 25, "people")}


def test_the_agents_own_count_before_their_clause_keeps_its_verb() -> None:
    # the trap: the number is the object of the arrest; the coordinated verb with no subject of its own is the part's
    assert counts("ICE agents arrested 1,100 people in Ohio, and deported 30 of them.") == {
        ("arrests", 1100, "people"),
        ("deportations", 30, "people"),
    }
    assert counts("Officers arrested 200 people in the raid, and federal prosecutors charged 20 of them.") == {
        ("arrests", 200, "people"),
        ("charged", 20, "people"),
    }


# --- a part's relative clause tells the part's own past, not what was done to the whole ------------------------------


def test_a_past_record_in_a_parts_relative_clause_does_not_retype_the_whole() -> None:
    assert counts("Agents arrested 1,300 people in Texas, including 212 who had been deported before.") == {
        ("arrests", 1300, "people")
    }
    assert counts("Officers detained 500 workers, among them 40 who had previously been removed.") == {
        ("arrests", 500, "people")
    }


def test_the_wholes_predicate_after_its_list_still_types_it() -> None:
    # the trap: past the comma or dash that closes the list, the predicate is the whole's again
    assert ("deportations", 1300, "people") in counts(
        "About 1,300 people, including 212 children, were deported to Guatemala."
    )
    assert counts("Some 40 migrants — including 7 gang members — deported to Honduras on Friday.") == {
        ("deportations", 40, "people")
    }
    # and a share whose list opener follows it right away keeps its own words
    assert ("convictions", 75, "percent") in counts("ICE arrested 1,000 people, 75% of whom had criminal records.")


# --- "on a single day" dates the action (a span), it is no rate ----------------------------------------------------


def test_a_count_on_a_single_day_is_counted() -> None:
    assert counts("ICE arrested 1,100 people in Ohio on a single day in March.") == {("arrests", 1100, "people")}
    assert counts("Border Patrol agents apprehended 240 migrants near Yuma on a single day.") == {
        ("border_apprehensions", 240, "people")
    }


def test_a_count_per_day_is_still_a_rate() -> None:
    # the trap: "a day" with no "on" before it is a rate, no count of one event
    assert counts("ICE arrested 1,100 people a day in March.") == set()
    assert counts("Agents detained about 300 people each day in Ohio.") == set()


# --- "twice" is no number; a decimal never loses its decimals to a suffix after it -----------------------------------


def test_twice_is_never_the_number_two() -> None:
    assert counts("ICE deported him twice.") == set()
    assert counts("Agents arrested twice as many people in March as in February.") == set()
    assert 2 not in {v for _, v, _ in counts("ICE deported 40 people in March, twice the number in February.")}


def test_a_decimal_before_a_suffix_keeps_its_decimals() -> None:
    from tasks.analysis.numbers import find_numbers

    assert [m.value for m in find_numbers("ICE spent 3.5B on detention.")] == [3_500_000_000]
    assert [m.value for m in find_numbers("about 2.5bn in contracts")] == [2_500_000_000]
    # the trap: a suffix it cannot read leaves no number at all, never the whole part before the point
    assert find_numbers("ICE deported 3.5X people.") == []
    assert [m.value for m in find_numbers("ICE arrested 1.5M people.")] == [1_500_000]


# --- a town named as a port of entry's is the U.S. one (a U.S. port of entry stands on the U.S. side) ----------------


def test_a_port_of_entry_town_is_the_us_town() -> None:
    from tasks.analysis.facts import extract_counts
    from tasks.analysis.places import find_places

    (fact,) = extract_counts("CBP officers arrested 40 people at the port of entry in Nogales.", None)
    assert "Nogales, Arizona" in fact.places
    assert [
        (m.place.city, m.place.state) for m in find_places("Officers at the Nogales Port of Entry seized drugs.")
    ] == [("Nogales", "Arizona")]


def test_a_port_town_written_with_its_foreign_state_stays_abroad() -> None:
    from tasks.analysis.places import find_places

    # the trap: the story names the other country's side, so it means that one
    found = find_places("Migrants waited at the port of entry in Nogales, Sonora.")
    assert found[0].place.normalized == "Nogales, Mexico"


# --- round 12's review: the border named only as a distance, an operation named by an inland town ----------------


def test_the_border_named_only_as_a_distance_sets_nobody_at_the_border() -> None:
    assert counts("ICE arrested 1,100 people in Texas last month, most of them far from the border.") == {
        ("arrests", 1100, "people")
    }
    # the trap: people near the border are apprehended there
    assert counts("Agents apprehended 1,100 people in Texas last month, most of them near the border.") == {
        ("border_apprehensions", 1100, "people")
    }


def test_an_operation_named_by_an_inland_town_makes_arrests_whoever_makes_them() -> None:
    assert counts("Border Patrol agents arrested 210 people during the Charlotte operation.") == {
        ("arrests", 210, "people")
    }
    # the trap: an operation named by a border town is at the border
    assert counts("Border Patrol agents apprehended 210 people during the El Paso operation.") == {
        ("border_apprehensions", 210, "people")
    }


# --- numbers no enforcement action touched: an action required or funded, people taken at a protest, people hurt --


def test_an_action_only_required_is_a_plan() -> None:
    assert counts("The bill would require ICE to detain 50,000 more people.") == set()
    assert counts("The order directs agents to arrest 3,000 people.") == set()
    for compel in ("compels", "compelled", "is compelling"):  # the verb with its doubled l
        assert counts(f"The ruling {compel} ICE to detain 5,000 more migrants in Texas.") == set()
    # the trap: an action carried out
    assert counts("Under the law, ICE held 50,000 more people in detention.") == {("detentions", 50000, "people")}
    # and an order not to act leaves the people as they are
    assert counts("A judge ordered ICE not to deport 80 detainees held in Ohio.") == {("detentions", 80, "people")}


def test_people_taken_at_a_protest_are_no_enforcement_count() -> None:
    assert counts("Police arrested 12 people at a protest against ICE in Portland.") == set()
    assert counts("Deputies detained 30 people during a rally outside the ICE office.") == set()
    # the traps: people ICE arrests at a protest are arrests; an operation a protest follows
    assert counts("ICE agents arrested 30 people during a rally in Portland.") == {("arrests", 30, "people")}
    assert counts("ICE arrested 30 people in Portland, a day after a rally against the raids.") == {
        ("arrests", 30, "people")
    }


def test_people_held_who_were_killed_died_in_custody_and_the_wounded_are_victims() -> None:
    assert counts("Two detainees were killed when a gunman opened fire at the ICE office.") == {
        ("deaths_in_custody", 2, "people")
    }
    assert counts("Three detainees were wounded when a gunman opened fire at the ICE office.") == set()
    # killed said as shot: the death, not the wound, is what happened to them
    for killed in ("were shot dead", "were fatally shot"):
        assert counts(f"Two detainees {killed} when a gunman opened fire at the ICE office.") == {
            ("deaths_in_custody", 2, "people")
        }
    # the trap: people held who were moved are still held
    assert counts("Three detainees were moved to another ICE facility.") == {("detentions", 3, "people")}


# --- breakdowns: "of those" after a semicolon, "a total of" before the number, a lead that names the action -------


def test_a_part_after_a_semicolon_is_a_part_of_the_count_before() -> None:
    assert counts("Border Patrol apprehended 9,100 migrants last month; of those, 812 were children.") == {
        ("border_apprehensions", 9100, "people"),
        ("border_apprehensions", 812, "people"),
    }
    # the trap: a clause with a subject of its own after the semicolon counts no part
    assert counts("Border Patrol apprehended 9,100 migrants last month; officials said 812 beds were empty.") == {
        ("border_apprehensions", 9100, "people")
    }


def test_a_total_of_is_transparent_between_the_verb_and_its_number() -> None:
    assert counts("Agents arrested a total of 1,200 during the week.") == {("arrests", 1200, "people")}
    assert counts("ICE deported a total of 300 last year.") == {("deportations", 300, "people")}
    # the trap: a total of things is still no count of people
    assert counts("Agents arrested 40 people and seized a total of 300 phones.") == {("arrests", 40, "people")}


def test_the_items_of_a_breakdown_whose_lead_names_the_action_are_its_counts() -> None:
    assert counts("The arrests break down as follows: 120 in Houston and 85 in Dallas.") == {
        ("arrests", 120, "people"),
        ("arrests", 85, "people"),
    }
    # the trap: a lead that names no action types nothing
    assert counts("The week breaks down as follows: 120 in Houston and 85 in Dallas.") == set()
    # ... nor does a bare lead with no count before it ("By state:" is `lex.BARE_BREAKDOWN_LEAD`, no action noun)
    assert counts("By state: 120 in Houston and 85 in Dallas.") == set()


# --- one number told twice in a sentence, each time with its own place, is two facts ------------------------------


def test_one_number_told_with_two_places_is_two_facts() -> None:
    found = extract_counts("ICE arrested 50 people in Dallas on Monday and 50 in Houston on Tuesday.", None)
    assert sorted((f.type, f.value, f.places) for f in found) == [
        ("arrests", 50, ("Dallas, Texas",)),
        ("arrests", 50, ("Houston, Texas",)),
    ]
    # the trap: the same number told again of the same place, or in another sentence, is still one fact
    assert len(extract_counts("ICE arrested 50 people in Dallas on Monday and 50 in Dallas on Tuesday.", None)) == 1
    text = "ICE arrested 50 people in Dallas on Monday. The 50 people arrested in Dallas were taken to a jail."
    assert len(extract_counts(text, None)) == 1


# --- the far end of a comparison opened by a contraction ("That's nearly double", "It's an increase from") --------


def test_a_comparison_opened_by_a_contraction_reads_its_far_end() -> None:
    assert counts("ICE arrested 3,700 people in Ohio last year. That's nearly double the 1,900 of 2023.") == {
        ("arrests", 3700, "people"),
        ("arrests", 1900, "people"),
    }
    assert counts("ICE deported 2,400 people from Ohio last year. It’s a sharp increase from 2,100 in 2023.") == {
        ("deportations", 2400, "people"),
        ("deportations", 2100, "people"),
    }


def test_a_contraction_that_compares_nothing_counts_nothing() -> None:
    # the trap: "That's" / "It's" before words that are no comparison, or a ratio to things, point back to no count
    assert counts("ICE held 2,400 people in Ohio last year. That's nearly double the 1,900 beds the state has.") == {
        ("detentions", 2400, "people")
    }
    assert counts(
        "ICE arrested 2,400 people in Ohio last year. It's the state where 1,900 refugees were resettled."
    ) == {("arrests", 2400, "people")}
    assert counts("ICE arrested 2,400 people in Ohio last year. That's why 1,900 families moved away.") == {
        ("arrests", 2400, "people")
    }


# --- a later clause's agency does not retype the earlier clause's count ---------------------------------------------


def test_an_agency_in_a_later_clause_leaves_the_earlier_count_to_its_own_agency() -> None:
    assert ("arrests", 300, "people") in counts(
        "ICE arrested 300 people, and Border Patrol agents detained 40 of them."
    )
    assert ("arrests", 120, "people") in counts(
        "ICE officers arrested 120 people in the raid, but Border Patrol agents apprehended 80 more."
    )


def test_border_patrols_own_clause_stays_at_the_border() -> None:
    # the trap: the border agency's own clause, before ICE's, keeps its apprehensions; one clause naming both is the
    # border's too
    assert ("border_apprehensions", 300, "people") in counts(
        "Border Patrol agents apprehended 300 migrants near Yuma, and ICE agents detained 40 of them."
    )
    assert counts("ICE and Border Patrol agents arrested 300 people.") == {("border_apprehensions", 300, "people")}


# --- a twin town in a sentence that names a port of entry is the U.S. town -------------------------------------------


def test_a_twin_town_near_a_port_of_entry_is_the_us_town() -> None:
    from tasks.analysis.facts import extract_counts
    from tasks.analysis.places import find_places

    (fact,) = extract_counts("Border Patrol agents apprehended 300 migrants in Nogales near the port of entry.", None)
    assert "Nogales, Arizona" in fact.places
    found = find_places("Agents arrested 30 people in Nogales on Tuesday, a mile from the port of entry.")
    assert [m.place.normalized for m in found] == ["Nogales, Arizona"]


def test_a_twin_town_written_as_the_other_countrys_stays_abroad() -> None:
    from tasks.analysis.places import find_places

    # the traps: the other country's side written before the town, and a sentence that names no port of entry
    found = find_places("Migrants waited in the Mexican city of Nogales near the port of entry.")
    assert found[0].place.normalized == "Nogales, Mexico"
    assert [m.place.normalized for m in find_places("Families waited in Nogales for weeks.")] == ["Nogales, Mexico"]


def test_a_facility_name_never_runs_across_a_sentence_end() -> None:
    from tasks.analysis.places import find_places

    found = [m.place.name for m in find_places("Agents arrested 30 people in Nogales. The Port of Entry was closed.")]
    assert not any("." in name for name in found)
    # the trap: an abbreviation inside a facility's name is no sentence end
    assert [m.place.name for m in find_places("Agents held 30 people at the St. Clair County Jail.")] == [
        "St. Clair County Jail"
    ]


# --- a detention setting's headcount is a population held (detentions), a town's or a jail's is not ---------------


def test_a_detention_facilitys_daily_population_is_detentions() -> None:
    assert counts("The facility had an average daily population of 1,712 in May.") == {("detentions", 1712, "people")}
    assert counts("The Adelanto ICE Processing Center had an average daily population of 1,712 in May.") == {
        ("detentions", 1712, "people")
    }


def test_a_towns_or_a_jails_population_stays_out() -> None:
    # the traps: a town's population beside a detention center, and a county jail's headcount with no detainees
    assert counts("The town of Dilley, home to a family detention center, has a population of 3,900.") == set()
    assert counts("The county jail had an average daily population of 1,712 in May.") == set()


# --- "of whom 700 were ..." is the part "700 of whom were ..." said the other way round ------------------------------


def test_a_relative_partitive_before_the_number_is_a_part() -> None:
    assert counts("ICE arrested 1,100 people, of whom 700 were Mexican nationals.") == {
        ("arrests", 1100, "people"),
        ("arrests", 700, "people"),
    }
    assert counts("Agents arrested 320 people, among whom 40 were children.") == {
        ("arrests", 320, "people"),
        ("arrests", 40, "people"),
    }


def test_a_relative_partitive_with_a_predicate_of_its_own_is_no_breakdown() -> None:
    # the traps: a part released is no kind of person; a record is typed by its own words
    assert counts("ICE arrested 1,100 people, of whom 700 were later released.") == {("arrests", 1100, "people")}
    assert counts("ICE arrested 1,100 people, of whom 700 had criminal convictions.") == {
        ("arrests", 1100, "people"),
        ("convictions", 700, "people"),
    }


# --- "removed" governs a number told as a record, an addition or a sum -----------------------------------------------


def test_removed_governs_a_record_an_addition_or_a_sum() -> None:
    assert counts("ICE removed a record 5,400 people from Texas.") == {("deportations", 5400, "people")}
    assert counts("Over two years, ICE has removed a combined 540,000 people.") == {("deportations", 540000, "people")}
    assert counts("The agency removed another 300 people on Friday.") == {("deportations", 300, "people")}


def test_removed_things_are_no_removals() -> None:
    # the trap: the same words before things removed
    assert counts("Crews removed a total of 400 tons of debris near the detention center.") == set()
    assert counts("The county removed another 30 signs after ICE complained.") == set()


# --- a level's copula may take an adverb before the number ("is now 60,000", "was still 1,400") -----------------------


def test_a_level_after_a_copula_and_an_adverb_is_read() -> None:
    assert counts("ICE's detention population is now about 60,000.") == {("detentions", 60000, "people")}
    assert counts("The number of people held at the facility was still 1,400 in May.") == {
        ("detentions", 1400, "people")
    }


def test_a_level_of_things_or_residents_stays_out_after_an_adverb() -> None:
    # the traps: beds and a town's population, told with the same adverbs
    assert counts("The number of detention beds is now 50,000.") == set()
    assert counts("The town's population is now 16,000, and ICE has an office there.") == set()


# --- a noun the lexicon does not know takes its own passive of prosecution ---------------------------------------


def test_an_unknown_noun_charged_or_indicted_is_charged() -> None:
    assert counts("Four employers were charged with hiring undocumented workers.") == {("charged", 4, "people")}
    assert counts("Four managers were indicted on charges of harboring undocumented immigrants.") == {
        ("charged", 4, "people")
    }


def test_an_unknown_noun_charged_with_no_immigration_crime_is_no_count() -> None:
    # the trap: a charge for a crime that is no immigration crime
    assert (
        counts("Twelve demonstrators were charged with assaulting federal officers outside the ICE facility.") == set()
    )


# --- a level's subject noun keeps the phrase that places it ("the death toll in immigration detention") ------------


def test_a_level_subject_is_its_head_noun_before_a_placing_phrase() -> None:
    assert counts("The death toll in immigration detention rose to 25 this year.") == {
        ("deaths_in_custody", 25, "people")
    }
    assert counts("Apprehensions at the southwest border rose to 9,000 in May.") == {
        ("border_apprehensions", 9000, "people")
    }


def test_a_death_toll_outside_custody_stays_out() -> None:
    # the trap: deaths on the way, in the desert, are in nobody's custody
    assert counts("The death toll in the Arizona desert rose to 170 this year.") == set()


# --- "from the N" is the far end of a comparison, as "from N" is ------------------------------------------------------


def test_the_far_end_after_from_the_is_read() -> None:
    assert counts("ICE deported 5,400 people in May, down from the 6,750 recorded in March.") == {
        ("deportations", 5400, "people"),
        ("deportations", 6750, "people"),
    }
    assert counts("Agents arrested 40 people, up from the 25 arrested in the first raid.") == {
        ("arrests", 40, "people"),
        ("arrests", 25, "people"),
    }


def test_people_taken_from_a_group_held_are_no_far_end() -> None:
    # the trap: "from the 300 held" is where the 30 came from, no level the count is compared with
    assert counts("ICE deported 30 people from the 300 held at the facility.") == {("deportations", 30, "people")}


# --- a bare part that opens its sentence may be told by where its people come from ---------------------------------


def test_a_bare_part_by_origin_is_a_part_of_the_count_before() -> None:
    assert counts("ICE arrested 800 people in Houston. About 300 were from Honduras.") == {
        ("arrests", 800, "people"),
        ("arrests", 300, "people"),
    }
    assert counts("Border Patrol apprehended 2,000 migrants near Yuma. Some 900 were from Mexico.") == {
        ("border_apprehensions", 2000, "people"),
        ("border_apprehensions", 900, "people"),
    }


def test_a_bare_number_from_a_common_noun_or_larger_than_the_count_is_no_part() -> None:
    # the traps: "from the neighborhood" names no origin; a number larger than the count before is no part of it
    assert counts("ICE arrested 800 people in Houston. About 300 were from the neighborhood.") == {
        ("arrests", 800, "people")
    }
    assert counts("ICE arrested 800 people in Houston. About 3,000 were from Honduras.") == {("arrests", 800, "people")}


# --- "removed" right after the people it counts is their removal (a reduced relative) ------------------------------


def test_people_removed_are_removals() -> None:
    assert counts("Guatemalans accounted for 40 percent of the 2,000 people removed.") == {
        ("deportations", 40, "percent"),
        ("deportations", 2000, "people"),
    }
    assert counts("Of the 2,000 people removed, 800 were Guatemalan.") == {
        ("deportations", 2000, "people"),
        ("deportations", 800, "people"),
    }


def test_people_removed_from_a_room_or_a_list_are_no_removals() -> None:
    # the trap: removed from somewhere that is no country
    assert counts("The 40 students removed from the class went home.") == set()


# --- "booked" before its object, then "into" immigration detention: people held ------------------------------------


def test_people_booked_into_immigration_detention_are_detentions() -> None:
    assert counts("ICE booked 2,200 people into the Adelanto ICE Processing Center in May.") == {
        ("detentions", 2200, "people")
    }
    assert counts("Officers booked 45 migrants into the Krome detention center.") == {("detentions", 45, "people")}


def test_people_booked_into_a_county_jail_are_no_detentions() -> None:
    # the trap: a jail with no immigration detention named
    assert counts("Deputies booked 40 people into the county jail after the protest.") == set()


# --- round 13: readings a reviewer reported on main, each fixed as a class ------------------------------------------
# --- a total that names only where it stands, after a death its sentence told, counts deaths in custody -------------


def test_a_total_in_custody_after_deaths_is_a_total_of_deaths() -> None:
    assert counts("The two deaths bring the total in ICE custody this fiscal year to 12.") == {
        ("deaths_in_custody", 2, "people"),
        ("deaths_in_custody", 12, "people"),
    }
    assert counts(
        "A Cuban man died Tuesday at the Krome center, bringing the total in ICE custody this year to 15."
    ) == {("deaths_in_custody", 15, "people")}
    assert counts("With his death, the toll in ICE detention this year rose to 14.") == {
        ("deaths_in_custody", 14, "people")
    }


def test_trap_a_total_with_its_own_people_or_action_is_theirs() -> None:
    # the trap: the total's own words name who it counts, whatever the sentence told before
    assert counts("The 40 new detainees bring the total held at the center to 1,200.") == {
        ("detentions", 40, "people"),
        ("detentions", 1200, "people"),
    }
    assert counts("After the two deaths, the number of detainees held at the center fell to 1,200.") == {
        ("deaths_in_custody", 2, "people"),
        ("detentions", 1200, "people"),
    }
    assert counts("The new arrests bring the total in the operation to 450.") == {("arrests", 450, "people")}
    assert counts("The death toll in the desert reached 200.") == set()


# --- an order to act given to the agents is a plan, as a requirement is (GUIDELINES §2: plans are no counts) --------


def test_an_order_to_the_agents_to_act_is_a_plan() -> None:
    assert counts("Agents were ordered to deport 300 people.") == set()
    assert counts("Officers have been told to detain 500 more migrants by Friday.") == set()
    assert counts("The agency was instructed to remove 2,000 people from the state.") == set()


def test_trap_an_action_done_after_an_order_is_a_count() -> None:
    # the trap: the order is given, then the action is done and told with its own verb
    assert counts("Agents, who had been ordered to move fast, deported 300 people on Tuesday.") == {
        ("deportations", 300, "people")
    }
    assert counts("Agents deported 300 people after a judge ordered their removal.") == {
        ("deportations", 300, "people")
    }


# --- a change told with its base after the number ("up 300 from April") is no count ---------------------------------


def test_a_change_with_its_base_is_no_count() -> None:
    assert counts("Agents arrested 1,200 people in May, up 300 from April.") == {("arrests", 1200, "people")}
    assert counts("Deportations reached 3,000 in June, down 150 from May.") == {("deportations", 3000, "people")}
    assert counts("ICE held 41,000 people in July, up 900 over June.") == {("detentions", 41000, "people")}


def test_trap_the_base_itself_and_a_particle_up_are_counts() -> None:
    # the traps: "up from 900" names the other level, a count; "picked up 30" is a verb
    assert counts("Arrests totaled 1,200 in May, up from 900 in April.") == {
        ("arrests", 1200, "people"),
        ("arrests", 900, "people"),
    }
    assert counts("Border Patrol agents picked up 30 migrants from the river bank.") == {
        ("border_apprehensions", 30, "people")
    }


# --- "handed over 30 people to ICE": the "over" is the verb's particle, no "more than" of the number ----------------


def test_over_after_a_verb_of_handing_is_its_particle_not_a_qualifier() -> None:
    assert [(m.value, m.approx) for m in find_numbers("Deputies handed over 30 people to ICE.")] == [(30, None)]
    assert [(m.value, m.approx) for m in find_numbers("The jail turned over 45 inmates to ICE.")] == [(45, None)]


def test_trap_over_before_a_number_after_an_action_verb_is_more_than() -> None:
    assert [m.approx for m in find_numbers("Agents arrested over 30 people in the raid.")] == ["over"]
    assert [m.approx for m in find_numbers("ICE held over 300 people at the center.")] == ["over"]
