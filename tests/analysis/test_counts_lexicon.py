"""The count vocabulary as English reports each GUIDELINES §2 type, class by class (issue #7, round 10): a verb or
noun class with its inflections and nominalisations, each tested on invented sentences beside a trap of the same
words whose right answer is no count. (The sentences are invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

from tasks.analysis.facts import extract_counts

# --- a verb that governs its number from just before it, a qualifier in between ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE now holds about 39,500, officials said.", ("detentions", 39500, "people")),
        ("The agency currently holds about 52,000 immigrants, officials said.", ("detentions", 52000, "people")),
        ("The county jail was housing roughly 300 immigrants for ICE.", ("detentions", 300, "people")),
    ],
)
def test_a_qualifier_between_verb_and_number_keeps_the_verb(sentence: str, expected: tuple[str, float, str]) -> None:
    assert counts(sentence) == {expected}


def test_a_capacity_with_a_qualifier_stays_no_count() -> None:
    assert counts("The new center can hold about 900 people.") == set()


# --- deaths in custody: the verbs, idioms and nouns of a death ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Two women took their own lives at an ICE processing center in Georgia last year.", 2),
        ("Five detainees passed away in ICE custody in 2024.", 5),
        ("The agency reported eight fatalities in its detention centers last year.", 8),
        ("Four men killed themselves in immigration detention over the past decade.", 4),
        ("Advocates counted six suicides in ICE detention since 2020.", 6),
    ],
)
def test_a_death_said_as_an_idiom_or_a_noun_is_a_death_in_custody(sentence: str, value: int) -> None:
    assert counts(sentence) == {("deaths_in_custody", value, "people")}


def test_lives_lost_on_the_way_are_no_death_in_custody() -> None:
    assert counts("Twelve migrants lost their lives in the desert near Ajo last summer.") == set()


# --- an action said as a noun whose object is the number ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lawyers demanded an inquiry into the deaths of three detainees held at the Otero County facility.",
            ("deaths_in_custody", 3, "people"),
        ),
        (
            "The removal of 130 Colombians held at the Krome center was completed on Friday.",
            ("deportations", 130, "people"),
        ),
    ],
)
def test_the_action_noun_types_its_object_not_the_participle_after_it(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    assert counts(sentence) == {expected}


def test_deaths_of_people_in_no_custody_are_no_count() -> None:
    assert counts("The deaths of 53 migrants found in a trailer in San Antonio shocked the city.") == set()


# --- "N times": the verb that repeats names what is counted -------------------------------------------------------


def test_officers_assaulted_n_times_are_assaults() -> None:
    sentence = "Border Patrol agents were assaulted 780 times last year, the agency said."
    assert counts(sentence) == {("assaults_on_officers", 780, "incidents")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters said they were attacked 12 times by counter-demonstrators.",  # no officers
        "He was arrested three times before his deportation, ICE said.",  # one person's history
    ],
)
def test_times_that_are_no_assaults_on_officers(sentence: str) -> None:
    assert counts(sentence) == set()


# --- detainers: requests to hold, holds placed, what a jail does with them ----------------------------------------


def test_what_a_jail_did_with_detainers_counts_requests() -> None:
    text = "ICE sent the jail 480 detainers in 2023. The jail honored 212 and refused 268."
    assert counts(text) == {
        ("detainers", 480, "requests"),
        ("detainers", 212, "requests"),
        ("detainers", 268, "requests"),
    }


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "The county rejected 64 requests from immigration agents to keep inmates in jail past their release dates.",
            64,
        ),
        ("ICE placed holds on 310 people booked into the county jail last year.", 310),
        ("The county ignored 300 of the immigration holds it received.", 300),
    ],
)
def test_requests_to_hold_and_holds_placed_are_detainers(sentence: str, value: int) -> None:
    assert ("detainers", value, "requests") in counts(sentence)


def test_requests_that_are_no_detainers() -> None:
    assert counts("The sheriff declined 12 interview requests from reporters.") == set()


# --- records: misdemeanor and felony records, clean records --------------------------------------------------------


def test_misdemeanor_records_are_convictions() -> None:
    assert counts("Of the 90 people arrested by ICE, 14 had misdemeanor records.") == {
        ("arrests", 90, "people"),
        ("convictions", 14, "people"),
    }


def test_clean_records_belong_to_the_part_not_its_whole() -> None:
    found = counts("Nine of the 30 workers detained by ICE at the site had clean records, their lawyers said.")
    assert ("no_criminal_record", 9, "people") in found
    assert ("no_criminal_record", 30, "people") not in found


# --- separated children named by a participle after their noun -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Roughly 2,100 unaccompanied children were in federal custody on Monday. Another 250 children separated "
            "from their parents at the border have not yet been reunited with them.",
            {("detentions", 2100, "people")},
        ),
        (
            "ICE arrested 300 parents in the raids. Another 250 children separated from their parents by the arrests "
            "are staying with relatives.",
            {("arrests", 300, "people")},
        ),
    ],
)
def test_children_separated_from_parents_do_not_go_on_with_the_count_before(
    text: str, expected: set[tuple[str, float, str]]
) -> None:
    assert counts(text) == expected


def test_separated_children_the_text_calls_held_are_detentions() -> None:
    text = "About 2,000 children separated from their families under the policy remain in federal custody."
    assert counts(text) == {("detentions", 2000, "people")}


# --- a shelter's staff shelter nobody ----------------------------------------------------------------------------


def test_a_shelter_worker_as_the_source_sets_no_shelter_trap() -> None:
    text = (
        "SAN JUAN — Forty-four of the Dominicans who were deported last week told a shelter volunteer they had no "
        "family on the island."
    )
    assert counts(text) == {("deportations", 44, "people")}


def test_children_in_a_shelter_not_called_detained_stay_no_count() -> None:
    assert counts("About 3,100 migrant children are staying in HHS shelters in Texas.") == set()


# --- a hyphenated modifier is one word of the counted noun phrase -------------------------------------------------


def test_a_hyphenated_modifier_does_not_end_the_noun_phrase() -> None:
    assert counts("ICE officers made 1,320 at-large arrests in the Atlanta area last year.") == {
        ("arrests", 1320, "people")
    }


def test_a_preposition_still_ends_the_noun_phrase() -> None:
    assert counts("The agents spent 1,320 hours at large operations last year.") == set()


# --- arrest verbs: captured, seized (of people); an order of removal removes nobody -------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Officers captured 27 fugitives in the operation, ICE said.", 27),
        ("Eleven more people were seized by immigration agents outside the courthouse.", 11),
        ("Deportation officers arrested 19 men with final orders of removal, ICE said.", 19),
    ],
)
def test_capture_and_seizure_of_people_are_arrests(sentence: str, value: int) -> None:
    assert counts(sentence) == {("arrests", value, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents seized 40 rifles at the warehouse.",  # things seized
        "He had evaded capture for years, and 5,100 others evaded capture last month.",  # nobody captured
    ],
)
def test_seizures_and_evasions_that_are_no_arrests(sentence: str) -> None:
    assert counts(sentence) == set()


# --- people a smuggler packs, crams or hides are the crime's objects ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver was charged with packing 61 migrants into a trailer.",
        "The two men admitted hiding 14 migrants in a stash house.",
    ],
)
def test_people_a_smuggler_moved_or_hid_are_no_count(sentence: str) -> None:
    assert not {c for c in counts(sentence) if c[1] in (61, 14)}


# --- charged: arraigned; complaints filed against ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Six men were arraigned Tuesday on charges of smuggling migrants.", 6),
        ("Criminal complaints were filed against 23 people after the raid, prosecutors said.", 23),
    ],
)
def test_arraignments_and_complaints_filed_are_charges(sentence: str, value: int) -> None:
    assert counts(sentence) == {("charged", value, "people")}


def test_complaints_about_conditions_are_no_charges() -> None:
    assert counts("Detainees filed 23 complaints about the food at the center.") == set()


# --- a share said as a fraction: the record is the share's, the whole keeps its action -----------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE said most of the 410 people arrested in the operation had criminal records.", ("arrests", 410, "people")),
        (
            "ICE said more than half of the 230 people arrested had previously been convicted of crimes.",
            ("arrests", 230, "people"),
        ),
    ],
)
def test_the_whole_of_a_fraction_keeps_its_own_action(sentence: str, expected: tuple[str, float, str]) -> None:
    assert counts(sentence) == {expected}


# --- a share whose subject names the record -------------------------------------------------------------------------


def test_a_record_subject_of_made_up_types_the_share() -> None:
    text = "Immigrants with no criminal record made up 38 percent of those arrested by ICE in May."
    assert counts(text) == {("no_criminal_record", 38, "percent")}


def test_a_subject_with_no_record_leaves_the_share_to_its_whole() -> None:
    text = "Guatemalans accounted for 41 percent of those arrested by ICE in May."
    assert counts(text) == {("arrests", 41, "percent")}


# --- "all but N": the exception is not the record told ----------------------------------------------------------------


def test_all_but_n_is_no_count_of_the_predicate() -> None:
    assert counts("Of the 60 people arrested, all but nine had criminal records, ICE said.") == {
        ("arrests", 60, "people")
    }


# --- each enforcement verb in all its inflections: headlines and leads write the present -------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Agents nab 40 at a Home Depot parking lot in Los Angeles.", ("arrests", 40, "people")),
        ("ICE rounds up 300 in Chicago suburbs.", ("arrests", 300, "people")),
        ("Border agents catch 900 migrants near the river.", ("border_apprehensions", 900, "people")),
        ("U.S. flies back 135 Venezuelans on a charter flight.", ("deportations", 135, "people")),
        ("A grand jury indicts 14 people in a smuggling ring.", ("charged", 14, "people")),
    ],
)
def test_present_tense_enforcement_verbs(sentence: str, expected: tuple[str, float, str]) -> None:
    assert counts(sentence) == {expected}


def test_an_infinitive_of_removal_is_a_purpose_not_a_count() -> None:
    assert counts("Officials vowed to deport 250 Cuban nationals.") == set()


# --- a record level said without an article, as headlines say it ---------------------------------------------------


def test_a_population_hitting_record_n_is_its_level() -> None:
    assert counts("ICE detainee population hits record 66,000") == {("detentions", 66000, "people")}


def test_a_record_of_things_is_no_count() -> None:
    assert counts("The heat hit record 112 degrees at the camp.") == set()


# --- held, said with the other verbs of confinement ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("More than 3,000 migrants are being kept at Fort Bliss, officials said.", 3000),
        ("About 900 asylum seekers remain imprisoned in Louisiana, lawyers said.", 900),
        ("Nearly 400 migrants were incarcerated in Louisiana last month, lawyers said.", 400),
    ],
)
def test_kept_imprisoned_incarcerated_are_held(sentence: str, value: int) -> None:
    assert counts(sentence) == {("detentions", value, "people")}


def test_things_kept_are_no_count() -> None:
    assert counts("The 40 boxes of records were kept in a locked room.") == set()


# --- a prosecution verb governs a bare number after it; a fee charged is no charge ---------------------------------


@pytest.mark.parametrize(
    "sentence", ["Prosecutors charged 14 in the scheme, court records show.", "A grand jury indicted 14 in the scheme."]
)
def test_a_prosecution_verb_governs_a_bare_number(sentence: str) -> None:
    assert counts(sentence) == {("charged", 14, "people")}


def test_a_fee_charged_to_people_is_no_charge() -> None:
    assert counts("The smugglers charged 40 migrants $5,000 each to cross the river.") == set()


# --- a verb coordinated after a count governs the next number ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "ICE arrested 300 people and deported 40 of them.",
            {("arrests", 300, "people"), ("deportations", 40, "people")},
        ),
        (
            "ICE arrested 300 people and deported 40 within a week.",
            {("arrests", 300, "people"), ("deportations", 40, "people")},
        ),
        (
            "Border Patrol agents apprehended 1,200 migrants and expelled 700 under Title 42.",
            {("border_apprehensions", 1200, "people"), ("deportations", 700, "people")},
        ),
    ],
)
def test_each_coordinated_verb_governs_its_own_number(sentence: str, expected: set[tuple[str, float, str]]) -> None:
    assert counts(sentence) == expected


def test_an_elliptical_number_still_goes_on_with_the_count_before() -> None:
    assert counts("ICE deported 300 people in May and 400 in June.") == {
        ("deportations", 300, "people"),
        ("deportations", 400, "people"),
    }


# --- deaths: the death toll as a level's subject ---------------------------------------------------------------------


def test_the_death_toll_in_custody_is_a_level_of_deaths() -> None:
    assert counts("The death toll in ICE custody reached 20 this year.") == {("deaths_in_custody", 20, "people")}


@pytest.mark.parametrize(
    "sentence",
    ["The death toll in the Arizona desert reached 200 this year.", "Deaths in the desert rose to 150 last year."],
)
def test_deaths_on_the_way_are_no_deaths_in_custody(sentence: str) -> None:
    assert counts(sentence) == set()


# --- "N more" before a place or time adjunct counts more of the count before ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Border Patrol agents apprehended 45 people near Sasabe, and 30 more near Nogales.",
            {("border_apprehensions", 45, "people"), ("border_apprehensions", 30, "people")},
        ),
        (
            "ICE arrested 25 people on Tuesday and 14 more during the weekend.",
            {("arrests", 25, "people"), ("arrests", 14, "people")},
        ),
    ],
)
def test_n_more_before_an_adjunct_goes_on_with_the_count_before(
    sentence: str, expected: set[tuple[str, float, str]]
) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["The judge gave him five more years in prison.", "The detention center will need 300 more over the next year."],
)
def test_more_of_something_else_is_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


# --- people in a vehicle an action stopped: the verb before the vehicle is what happened to them --------------------


def test_people_in_an_intercepted_vehicle_are_apprehended() -> None:
    text = (
        "Agents at a highway checkpoint north of Laredo intercepted a tractor-trailer carrying 73 migrants who had "
        "crossed the border illegally, Customs and Border Protection said."
    )
    assert counts(text) == {("border_apprehensions", 73, "people")}


def test_people_a_van_carried_for_volunteers_are_no_count() -> None:
    assert counts("Volunteers drove a van carrying 12 migrants to a shelter.") == set()


# --- a removal planned is no removal; a conviction people already had is a record ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents stopped the seven men near the river. All seven were processed for removal.",
        "The 30 workers held after the raid are now slated for deportation, the agency said.",
    ],
)
def test_people_marked_for_removal_are_no_deportations(sentence: str) -> None:
    assert not {c for c in counts(sentence) if c[0] == "deportations"}


def test_a_removal_that_happened_is_still_a_deportation() -> None:
    assert counts("The agency carried out 1,200 removals in March.") == {("deportations", 1200, "people")}


def test_previously_convicted_is_a_record_not_this_prosecution() -> None:
    """GUIDELINES §2 convictions: those with criminal records. Convicted in this story's trial stays charged."""
    assert counts("Three of the defendants were previously convicted of similar fraud.") == {
        ("convictions", 3, "people")
    }
    assert counts("Three of the defendants were convicted of smuggling on Friday.") == {("charged", 3, "people")}


# --- a share told in words, restated in numbers in the next sentence ---------------------------------------------


def test_a_restated_share_takes_the_record_of_the_sentence_before() -> None:
    """ "That is N of the M" stands for the share the sentence before said in words: N are what the share was."""
    assert counts(
        "Most of the migrants held at the county jail for ICE had no criminal record, lawyers found. "
        "That is 96 of the 150 detainees."
    ) == {("no_criminal_record", 96, "people"), ("detentions", 150, "people")}
    assert counts(
        "About half of the people arrested in the sweep had been convicted of a crime. "
        "That works out to 61 of the 120 people arrested."
    ) == {("convictions", 61, "people"), ("arrests", 120, "people")}


def test_a_restated_part_after_no_share_is_typed_by_its_own_words() -> None:
    """Trap: no share in words before it, so the part is not given the sentence before's record."""
    assert ("no_criminal_record", 96, "people") not in counts(
        "Lawyers said the jail had held people with no criminal record for years. That is 96 of the 150 detainees."
    )


# --- a part of the people held that is held still; a dateline before a partitive whole ----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 900 detainees at the county jail, about 310 have been there longer than a year, lawyers said.",
        "Of the 900 detainees at the county jail, 310 have been held for over nine months.",
        "TACOMA, Wash. — Of the 900 detainees at the processing center, 310 remain in ICE custody after a year.",
    ],
)
def test_a_part_of_the_held_that_is_held_still_is_a_detention(sentence: str) -> None:
    assert counts(sentence) == {("detentions", 900, "people"), ("detentions", 310, "people")}


def test_a_part_of_the_held_that_left_is_no_detention_count() -> None:
    """Trap: released on bond, the 310 are no longer held; nothing makes them a part of the detained."""
    assert counts("Of the 900 detainees at the county jail, 310 have been released on bond.") == {
        ("detentions", 900, "people")
    }


def test_a_span_of_a_year_is_no_rate_but_a_number_a_year_is() -> None:
    """ "for more than a year" says how long; "300 people a year" is a rate (GUIDELINES §2: rates are no counts)."""
    assert counts("Agents arrested 75 people who had lived in the city for more than a year.") == {
        ("arrests", 75, "people")
    }
    assert counts("The office deports about 300 people a year.") == set()


# --- a referral for prosecution of an immigration crime is a prosecution begun (round 25's convention) -------------


def test_people_referred_for_prosecution_of_an_immigration_crime_are_charged() -> None:
    """Round 25's convention (the lead's, issue #7: GUIDELINES §2 charged, people criminally prosecuted): a referral
    for prosecution of an immigration crime begins the prosecution, and those charged after it are charged too; a
    referral that names no immigration crime stays no count (see test_counts_referred_for_prosecution.py)."""
    assert counts(
        "Agents referred 640 adults for prosecution for illegal entry in May, and 590 were charged in federal court."
    ) == {("charged", 640, "people"), ("charged", 590, "people")}
    assert counts("Agents referred 45 people for federal prosecution last month.") == set()


def test_prosecutions_brought_are_still_charged() -> None:
    """Trap: "prosecutions" as the thing counted is a charge, not a referral."""
    assert counts("The office brought 320 prosecutions for illegal reentry in 2019.") == {("charged", 320, "people")}


# --- a subject that points back to the count of the sentence before ---------------------------------------------


def test_a_period_s_own_total_is_a_level_of_the_count_before() -> None:
    assert counts("Agents deported 8,300 people from the state in 2021. Last year's total was 6,700.") == {
        ("deportations", 8300, "people"),
        ("deportations", 6700, "people"),
    }


def test_those_included_is_a_part_of_the_count_before() -> None:

    facts = extract_counts("Agents arrested 640 people in the sweep. Those included 85 women.", None)
    assert {(f.type, f.value) for f in facts} == {("arrests", 640), ("arrests", 85)}
    part = next(f for f in facts if f.value == 85)
    assert part.part_of is not None  # linked to the 640, never summed twice


def test_those_included_things_is_no_part() -> None:
    """Trap: what the group carried is no part of the people counted."""
    assert counts("Agents arrested 640 people in the sweep. Those included 85 pounds of cocaine.") == {
        ("arrests", 640, "people")
    }


# --- the other end of a comparison said as a ratio ("double the", "twice the", "half the") ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Agents apprehended 36,000 migrants at the border in June, nearly double the 19,000 of a year earlier.",
        "Agents apprehended 36,000 migrants at the border in June. That is nearly double the 19,000 of a year earlier.",
    ],
)
def test_the_other_end_of_a_ratio_is_a_level_of_the_same_count(text: str) -> None:
    assert counts(text) == {("border_apprehensions", 36000, "people"), ("border_apprehensions", 19000, "people")}


def test_a_ratio_to_a_count_of_things_is_no_count() -> None:
    """Trap: twice the number of officers compares people arrested with officers, who are no count."""
    assert counts("Agents arrested 500 people in the city, twice the 250 officers assigned to the operation.") == {
        ("arrests", 500, "people")
    }


# --- a number set off by dashes in apposition to a share, its verb after the dashes ------------------------------


def test_a_number_between_dashes_takes_the_verb_after_them() -> None:
    assert counts("Agents arrested 330 people in the sweep. Nearly half — 160 — had no criminal record.") == {
        ("arrests", 330, "people"),
        ("no_criminal_record", 160, "people"),
    }


def test_a_number_between_dashes_with_no_enforcement_verb_is_no_count() -> None:
    """Trap: the verb after the dashes names no action and no record."""
    assert counts("The county — 160 — was ranked first in the state survey.") == set()


# --- assaults on officers said as violence or an attack ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "There were 38 incidents of violence against immigration agents in the city this year.",
        "Deportation officers were attacked 38 times during the operation, the agency said.",
        "CBP recorded 38 violent incidents against its officers in fiscal 2024.",
    ],
)
def test_violence_against_officers_is_an_assault_count(sentence: str) -> None:
    assert counts(sentence) == {("assaults_on_officers", 38, "incidents")}


def test_violence_against_migrants_is_no_assault_on_officers() -> None:
    """Trap: GUIDELINES §2 counts assaults on immigration officers only."""
    assert counts("There were 38 incidents of violence against migrants at the shelter this year.") == set()


# --- the Rio Grande is the border ---------------------------------------------------------------------------------


def test_people_encountered_along_the_rio_grande_are_border_apprehensions() -> None:
    assert counts("Agents encountered 2,300 migrants along the Rio Grande on Sunday.") == {
        ("border_apprehensions", 2300, "people")
    }


def test_ice_arrests_in_a_town_named_for_the_river_stay_arrests() -> None:
    """Trap: ICE inside a town is an arrest (GUIDELINES §2 arrests), whatever the town's name."""
    assert counts("ICE arrested 40 people in Rio Grande City on Tuesday.") == {("arrests", 40, "people")}


# --- a gerund clause after the counted group is no predicate of theirs ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Coast Guard repatriated 67 Haitians after intercepting their boat.", ("deportations", 67, "people")),
        ("Agents deported 30 people after arresting them in a raid.", ("deportations", 30, "people")),
    ],
)
def test_the_verb_before_the_number_outranks_a_gerund_clause_after_it(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    assert counts(sentence) == {expected}


def test_a_gerund_clause_alone_types_no_count() -> None:
    """Trap: no enforcement verb before the number; "after stopping a truck" is not what happened to the 40."""
    assert counts("Agents found 40 migrants after stopping a truck.") == set()


# --- a counted group with a participle whose object is a later number -------------------------------------------


def test_the_group_accused_of_a_deed_on_a_later_number_keeps_its_own_verb() -> None:
    """The 120 are the deed's object (people smuggled are no count); the four are charged."""
    assert counts("Four people charged with smuggling 120 migrants pleaded guilty on Friday.") == {
        ("charged", 4, "people")
    }
    assert counts("Three men accused of packing 50 migrants into a trailer were arraigned Monday.") == {
        ("charged", 3, "people")
    }


def test_the_group_accused_of_a_deed_and_released_is_no_count() -> None:
    """Trap: their own verb after the participle names no enforcement action."""
    assert counts("Two men suspected of driving 30 migrants across the border were released.") == set()


# --- stopped at the border itself is an apprehension; stopped at a port's gate is not -----------------------------


def test_people_stopped_at_the_border_are_border_apprehensions() -> None:
    assert counts("More than 180,000 migrants were stopped at the southwest border in May.") == {
        ("border_apprehensions", 180000, "people")
    }


def test_travellers_stopped_at_a_port_of_entry_are_no_count() -> None:
    """Trap: a port's inspection stop is no apprehension (GUIDELINES §2 border_apprehensions)."""
    assert counts("About 300 travelers were stopped at the San Ysidro port of entry for secondary inspection.") == set()
