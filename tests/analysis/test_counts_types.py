"""The type a count takes and the counts that are none (issue #7, round 11): each decision a class (the governing
predicate's class, the agency, where it happened, what the counted people are), tested on invented sentences
beside a sentence of the same words whose answer differs. (Invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- the whole of a share: its own participle names its action, the record (any record word) is the share's ------


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("Sixty percent of the 1,400 people deported from Ohio this year had felony records.", "deportations"),
        ("About 45 percent of the 830 people arrested in Utah had misdemeanor records, ICE said.", "arrests"),
        ("Nearly 30 percent of the 2,100 immigrants held at the center had felony convictions.", "detentions"),
    ],
)
def test_the_whole_of_a_record_share_takes_its_own_action(sentence: str, whole: str) -> None:
    found = counts(sentence)
    assert any(t == "convictions" and u == "percent" for t, _, u in found)
    assert {(t, u) for t, v, u in found if v > 100} == {(whole, "people")}


# --- the verb before the number governs it; a reduced relative after its noun tells the people's past -----------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE deported 120 people arrested in the raid in Omaha.", ("deportations", 120, "people")),
        ("The agency removed 300 people held at the Adelanto facility.", ("deportations", 300, "people")),
        ("Prosecutors charged 14 migrants caught crossing near Del Rio.", ("charged", 14, "people")),
        ("Prosecutors brought entry cases against 238 migrants caught in the zone.", ("charged", 238, "people")),
        ("Agents arrested 45 people deported years before.", ("arrests", 45, "people")),
    ],
)
def test_the_governing_verb_types_a_group_its_participle_describes(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    assert counts(sentence) == {expected}


def test_a_participle_with_no_verb_before_the_number_still_types_it() -> None:
    # no verb governs "120" from before: the participle is what happened to them
    assert counts("Officials said 120 people arrested in the raid were released.") == {("arrests", 120, "people")}


# --- detentions vs detainers: people held on a detainer are held; the requests are detainers ----------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Lane County jail was holding 35 people on ICE detainers on Tuesday.", ("detentions", 35, "people")),
        ("About 300 inmates are held in county jails on immigration holds.", ("detentions", 300, "people")),
        ("ICE lodged detainers against 220 inmates at the county jail in 2024.", ("detainers", 220, "requests")),
        ("The jail honored detainers for 75 inmates last year.", ("detainers", 75, "requests")),
        ("The jail received 430 requests to hold inmates for ICE.", ("detainers", 430, "requests")),
    ],
)
def test_people_held_on_detainers_are_detentions_and_the_requests_detainers(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    assert counts(sentence) == {expected}


# --- arrests inside the country vs apprehensions at the border: where the clause puts them --------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the border named only as a distance away puts nobody at it
        (
            "FRESNO, Calif. — Border Patrol agents arrested 41 people outside stores in Fresno, hundreds of miles "
            "from the border.",
            {("arrests", 41, "people")},
        ),
        # the border of the people's past ("many of whom had crossed the border") is not where ICE arrested them
        (
            "ICE agents in Texas arrested 1,200 people, many of whom had crossed the border years ago.",
            {("arrests", 1200, "people")},
        ),
        # two clauses, two agencies: ICE's clause inside the country, Border Patrol's at the border
        (
            "In the interior, ICE made 12,000 arrests, while Border Patrol apprehended 45,000 migrants at the border.",
            {("arrests", 12000, "people"), ("border_apprehensions", 45000, "people")},
        ),
    ],
)
def test_an_arrest_the_clause_puts_inside_the_country_is_no_border_apprehension(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_agents_near_the_border_still_apprehend_at_it() -> None:
    assert counts("ICE and Border Patrol agents apprehended 300 migrants near the border in Texas.") == {
        ("border_apprehensions", 300, "people")
    }
    assert counts("Border Patrol agents apprehended 54 migrants at a checkpoint 30 miles north of the border.") == {
        ("border_apprehensions", 54, "people")
    }


# --- arrests vs detentions: booked into immigration detention is held; booked into a jail after an arrest is not --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ICE officers arrested 63 people in Tampa on Monday. Forty of them were booked into the Glades detention "
            "center by nightfall.",
            {("arrests", 63, "people"), ("detentions", 40, "people")},
        ),
        (
            "About 300 people were booked into ICE custody at the Broadview facility last week.",
            {("detentions", 300, "people")},
        ),
        ("Deputies arrested 12 people for ICE and booked them into the county jail.", {("arrests", 12, "people")}),
    ],
)
def test_booked_into_immigration_detention_is_a_detention(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_a_daily_average_booked_into_custody_stays_a_rate() -> None:
    assert counts("ICE booked an average of 900 people a day into custody.") == set()


# --- charged vs convictions: the story's own prosecution (GUIDELINES §2 charged) vs a record the people have -----


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A grand jury returned indictments against 14 people accused of running a smuggling ring.",
            {("charged", 14, "people")},
        ),
        ("Eleven of the workers were later convicted of using false documents.", {("charged", 11, "people")}),
        # a record the people already had stays a conviction
        ("More than 600 of the detainees had been convicted of violent crimes.", {("convictions", 600, "people")}),
        ("ICE arrested 45 workers suspected of using fake green cards.", {("arrests", 45, "people")}),
    ],
)
def test_a_prosecution_in_the_story_is_charged_and_a_record_a_conviction(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


# --- a level whose subject counts things: "the number of detention beds" is no count of people ------------------


@pytest.mark.parametrize(
    "sentence",
    ["The number of detention beds reached 61,000 last year.", "The number of detention facilities grew to 200."],
)
def test_the_number_of_things_is_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


def test_the_number_of_people_held_in_facilities_is_a_count() -> None:
    assert counts("The number of people in detention reached 61,000 last year.") == {("detentions", 61000, "people")}


# --- deaths in custody vs deaths on the way: heat or the desert named, but a holding cell is custody ------------


def test_a_death_of_heat_in_a_holding_cell_is_a_death_in_custody() -> None:
    assert counts("Three migrants died of heat stroke in a Border Patrol holding cell in Yuma.") == {
        ("deaths_in_custody", 3, "people")
    }


def test_a_death_of_heat_in_the_desert_is_none() -> None:
    assert counts("Three migrants died of heat stroke in the desert near Yuma after crossing the border.") == set()


# --- records: a record told of a share is the share's, never its whole's; a negated singular record is none -------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Most of the 475 workers had no criminal history, their lawyers said.", set()),
        ("Sixty percent of the 1,400 people had felony records, the study found.", {("convictions", 60, "percent")}),
        ("More than half of the 230 people arrested had been convicted of crimes.", {("arrests", 230, "people")}),
        (
            "Over 40% of those arrested had neither a conviction nor a pending charge.",
            {("no_criminal_record", 40, "percent")},
        ),
    ],
)
def test_a_record_belongs_to_the_share_not_to_its_whole(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


# --- charged: only for an immigration crime (GUIDELINES §2); assault, rioting or impeding officers are none --------


@pytest.mark.parametrize(
    "sentence",
    [
        "Federal prosecutors have charged 25 people with assaulting or impeding ICE officers in Chicago.",
        "Police charged 18 people with rioting outside the ICE building on Saturday.",
    ],
)
def test_a_charge_for_another_crime_is_no_charged_count(sentence: str) -> None:
    assert counts(sentence) == set()


def test_a_charge_for_an_immigration_crime_beside_another_is_charged() -> None:
    assert counts("Prosecutors charged 14 people with smuggling and weapons offenses.") == {("charged", 14, "people")}


# --- arrests: people a jail hands to ICE are taken into its custody ------------------------------------------------


def test_people_transferred_to_ice_custody_are_held() -> None:
    text = "The sheriff's office held 22 people on immigration detainers. Of those, 19 were transferred to ICE custody."
    assert counts(text) == {("detentions", 22, "people"), ("detentions", 19, "people")}  # round 24: a handover


def test_detainees_ice_transfers_between_its_facilities_stay_held() -> None:
    assert counts("ICE transferred 200 detainees from New Jersey to Louisiana.") == {("detentions", 200, "people")}


# --- people named as members of a crew, church or tribe are people, not a count of things --------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE arrested 12 crew members of a cargo ship in Baltimore.", {("arrests", 12, "people")}),
        ("Two dozen church members were detained after a Sunday service.", {("detentions", 24, "people")}),
    ],
)
def test_members_of_a_crew_or_church_are_people(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_members_of_a_body_stay_no_count() -> None:
    assert counts("Three members of Congress toured the detention center on Friday.") == set()


# --- a Washington dateline announces national figures: it puts nobody inside the country ---------------------------


def test_a_washington_dateline_leaves_border_apprehensions_at_the_border() -> None:
    assert counts("WASHINGTON — Border Patrol agents apprehended 150,000 migrants in May, CBP said.") == {
        ("border_apprehensions", 150000, "people")
    }


def test_washington_named_as_the_place_of_the_arrests_is_inside_the_country() -> None:
    assert counts("WASHINGTON — Border Patrol agents arrested 40 people in Washington on Friday.") == {
        ("arrests", 40, "people")
    }


# --- a story told from an inland town is no border story for its sentences that name no place ---------------------

_INLAND_STORY = (
    "CHARLOTTE, N.C. — Border Patrol agents led by a sector chief arrived in Charlotte on Saturday.\n\n"
    "The Border Patrol said its agents arrested 130 people in the city over the weekend.\n\n"
    "Border Patrol officials said the operation would continue.\n\n"
    "Agents also arrested 14 people during a raid on an apartment building on Monday."
)
_BORDER_STORY = (
    "EL PASO, Texas — Border Patrol agents caught 500 migrants on Monday.\n\n"
    "Border Patrol officials said crossings rose.\n\n"
    "The Border Patrol chief said more agents were coming.\n\n"
    "Agents caught 200 more on Tuesday."
)


def test_placeless_arrests_in_a_story_told_from_an_inland_town_are_arrests() -> None:
    assert counts(_INLAND_STORY) == {("arrests", 130, "people"), ("arrests", 14, "people")}


def test_placeless_apprehensions_in_a_story_told_from_a_border_town_stay_at_the_border() -> None:
    assert counts(_BORDER_STORY) == {("border_apprehensions", 500, "people"), ("border_apprehensions", 200, "people")}


# --- an action people only face, risk or hold an order for is no count; what was done to them still is ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "About 1,400 Iraqis face deportation after the ruling.",
        "Some 300 people are at risk of being deported.",
        "About 12,000 people have final orders of deportation.",
    ],
)
def test_a_prospect_of_removal_is_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Agents arrested 45 people who now face deportation.", ("arrests", 45, "people")),
        ("ICE is holding 600 people pending removal.", ("detentions", 600, "people")),
        ("ICE arrested 300 people with final orders of removal.", ("arrests", 300, "people")),
        ("ICE deported 300 people who had faced deportation for years.", ("deportations", 300, "people")),
    ],
)
def test_what_was_done_to_people_facing_removal_is_counted(sentence: str, expected: tuple[str, float, str]) -> None:
    assert counts(sentence) == {expected}


# --- detainees a removal verb governs were removed; detainees released or moved are still counted as held -----------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE deported 120 detainees from the Tacoma facility last week.", ("deportations", 120, "people")),
        ("ICE removed 120 detainees to Guatemala on Tuesday.", ("deportations", 120, "people")),
        ("ICE released 120 detainees from the Tacoma facility last week.", ("detentions", 120, "people")),
    ],
)
def test_detainees_are_held_unless_a_removal_verb_governs_them(sentence: str, expected: tuple[str, float, str]) -> None:
    assert counts(sentence) == {expected}


# --- a coordinated clause with a subject of its own types the part, not the whole: arrested vs charged ------------


def test_a_new_subject_clause_types_the_part_and_leaves_the_whole_arrested() -> None:
    assert counts("HSI arrested 30 people, and prosecutors charged 18 of them with document fraud.") == {
        ("arrests", 30, "people"),
        ("charged", 18, "people"),
    }


# --- protesters arrested are held for their protest, not touched by immigration enforcement ----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested 12 protesters outside the ICE facility on Saturday.",
        "Federal agents arrested 14 anti-ICE demonstrators at the Broadview facility.",
    ],
)
def test_protesters_arrested_are_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


def test_people_ice_arrests_at_a_protest_are_arrests() -> None:
    assert counts("ICE arrested 30 people at the protest, most of them undocumented.") == {("arrests", 30, "people")}


# --- a business's employees whom an enforcement action touched are people ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agents arrested 58 employees at a poultry plant in Gainesville on Thursday.", {("arrests", 58, "people")}),
        (
            "Three hotel employees were taken into custody by ICE officers in Bloomington.",
            {("arrests", 3, "people")},
        ),
        # Border Patrol's arrest of a store's employees is inside the country, an aside before the verb
        (
            "Two grocery employees, both U.S. citizens, were detained by Border Patrol agents at a store in Omaha.",
            {("arrests", 2, "people")},
        ),
    ],
)
def test_a_business_s_employees_arrested_are_people(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Four ICE employees were assaulted outside the field office in Portland.",  # the agency's own staff
        # its own staff under an arrest verb, which only `lex.OWN_STAFF` keeps a thing (the assault needs no rule)
        "Two ICE employees were arrested by the FBI on bribery charges in El Paso.",
        "The agency has 21,000 employees, and its officers arrested nobody in Maine.",  # no action touched them
        "The plant laid off 140 employees after ICE audited its hiring records in Omaha.",  # laid off, not arrested
    ],
)
def test_trap_employees_no_enforcement_action_touched_are_no_count(text: str) -> None:
    assert counts(text) == set()


# --- the border that sets nobody there: a policy or office named "border", the people's past at the border --------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Holt, the president's border czar, said agents had arrested 1,150 people in the operation.",
        "ICE arrested 2,300 people last week, the administration's border adviser said.",
        "As part of the border security push, ICE has arrested 66,000 people since January.",
        "Since the border crackdown began, ICE officers have apprehended 7,300 people in the interior.",
        "ICE has arrested 11,000 people in the interior since the border deal collapsed.",
    ],
)
def test_a_border_policy_or_office_makes_no_border_apprehension(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"arrests"}


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE arrested 300 people who came across the border as children.",
        "ICE officers arrested 85 migrants who had been released at the border in 2022.",
        "ICE arrested 1,200 people who had arrived at the southern border and missed court dates.",
    ],
)
def test_the_past_of_those_ice_arrests_at_the_border_is_no_border_place(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"arrests"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the trap: the same words with the border a place of this action
        "The border czar said Border Patrol agents apprehended 3,100 migrants at the southern border last week.",
        "Agents apprehended 1,700 migrants at the border as the border security bill stalled.",
        "Border Patrol agents caught 460 migrants who had crossed the river near Eagle Pass.",
        "Border security officials said agents apprehended 900 migrants near the border wall in Arizona.",
    ],
)
def test_an_apprehension_at_the_border_stays_one_beside_border_policy_words(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"border_apprehensions"}


def test_a_story_that_names_the_border_only_as_policy_is_no_border_story() -> None:
    policy = (
        "The White House border czar toured the city on Monday.\n\nThe border czar praised the officers and said "
        "border security starts at home.\n\nCritics said the border czar's push is political.\n\n"
        "Agents arrested 45 people on Tuesday, officials said."
    )
    assert counts(policy) == {("arrests", 45, "people")}
    # the trap: a story that names the border as a place is a border story
    place = (
        "Border Patrol agents patrolled the river on Monday.\n\nThe border fence was breached twice, agents said.\n\n"
        "Smugglers moved groups across the border at night.\n\nAgents arrested 45 people on Tuesday, officials said."
    )
    assert counts(place) == {("border_apprehensions", 45, "people")}


# --- a full relative clause after the counted noun tells the people's past; the verb before the number governs ----


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Agents arrested 43 people who had previously been deported.", ("arrests", 43, "people")),
        ("ICE deported 120 people it had arrested in Houston raids.", ("deportations", 120, "people")),
        ("ICE removed 75 people that agents had detained at the courthouse.", ("deportations", 75, "people")),
        ("Officers arrested 58 people who were later deported to Mexico.", ("arrests", 58, "people")),
        ("The agency deported 230 people who had been held at the Krome center.", ("deportations", 230, "people")),
        ("Prosecutors charged 27 people who were arrested in the raid.", ("charged", 27, "people")),
        ("The facility holds 900 people who were arrested in the interior.", ("detentions", 900, "people")),
    ],
)
def test_the_verb_before_the_number_governs_a_group_its_relative_clause_describes(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    assert counts(sentence) == {expected}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the trap: no verb governs the number from before, so its relative clause is its predicate
        (
            "Officials said 120 people who were arrested in the raid have been deported.",
            ("deportations", 120, "people"),
        ),
        ("The report counted 300 people who were deported by ICE from the county.", ("deportations", 300, "people")),
        # a record told by the relative clause stays the record's
        ("ICE arrested 300 people who had criminal convictions.", ("convictions", 300, "people")),
    ],
)
def test_a_relative_clause_types_a_number_no_verb_governs_and_keeps_its_record(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    assert counts(sentence) == {expected}


# --- an everyday setting inside the country makes an arrest, whatever border the story talks of ---------------------

_BORDER_TALK = (
    "Border Patrol agents have spent months on the border this year.\n\nThe Border Patrol chief said crossings at the "
    "border have fallen.\n\nNow Border Patrol agents are being sent to cities far from the southern border.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents arrested 38 people outside a Home Depot on Tuesday.",
        "Agents arrested 22 people at a car wash and a restaurant, witnesses said.",
        "Agents arrested 9 people during traffic stops on the interstate.",
        "Agents picked up 17 people at their homes before dawn.",
        "Agents arrested 25 people outside the courthouse after their hearings.",
    ],
)
def test_an_action_in_an_everyday_setting_is_an_arrest_in_a_border_story(sentence: str) -> None:
    assert {t for t, _, _ in counts(_BORDER_TALK + sentence)} == {"arrests"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the trap: a setting at the border, the border named, or a town near it
        "Agents apprehended 300 migrants along the river on Tuesday.",
        "Agents apprehended 300 migrants at the border and sent them to their home countries.",
        "Border Patrol agents apprehended 40 migrants near the border fence behind a restaurant.",
        "Border Patrol agents arrested 25 migrants at a stash house near a school in Laredo.",
    ],
)
def test_an_apprehension_at_the_border_or_by_a_border_town_stays_one(sentence: str) -> None:
    assert {t for t, _, _ in counts(_BORDER_TALK + sentence)} == {"border_apprehensions"}


# --- a conviction people already had is a record (convictions), even in a story that talks of prosecution ---------


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE said 120 of those arrested had been convicted of crimes, including illegal reentry.",
        "Of those arrested in the sweep, 51 had previously been convicted of illegal entry, prosecutors said.",
        "ICE said 95 of the people arrested were convicted of felonies before, including smuggling.",
        "The agency said 230 of the people it deported last month had been convicted of crimes such as smuggling.",
    ],
)
def test_a_conviction_the_people_already_had_is_a_record(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"convictions"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the trap: convicted in this story's own prosecution
        "Eighteen of the men were convicted at trial in Laredo of transporting migrants.",
        "Prosecutors said 26 people were convicted of illegal reentry in the district last year.",
        "14 of those charged were convicted of harboring immigrants.",
        "A federal jury convicted 6 people of transporting migrants across Texas.",
    ],
)
def test_people_convicted_in_the_story_own_prosecution_stay_charged(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"charged"}


# --- what happened to them next does not type the count: a later deed on "them", a non-restrictive relative -------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Border Patrol agents apprehended 300 migrants and charged them with illegal entry.", "border_apprehensions"),
        ("Border Patrol apprehended 45 migrants, who will face charges of illegal entry.", "border_apprehensions"),
        ("ICE arrested 40 people in Omaha and later deported most of them.", "arrests"),
    ],
)
def test_a_later_deed_on_those_counted_leaves_the_governing_verb_its_type(sentence: str, expected: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {expected}


def test_a_later_deed_on_a_number_of_them_is_that_number_own() -> None:
    # the trap: a number after the coordinated verb is its own count
    assert counts("ICE arrested 40 people in Omaha and later deported 12 of them.") == {
        ("arrests", 40, "people"),
        ("deportations", 12, "people"),
    }


# --- removals of one person are incidents, however the repetition is told --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors said she had three prior removals.",
        "The man has five prior deportations, court records show.",
        "He had been deported to El Salvador on three separate occasions.",
    ],
)
def test_one_person_repeated_removals_are_incidents(sentence: str) -> None:
    assert {(t, u) for t, _, u in counts(sentence)} == {("deportations", "incidents")}


@pytest.mark.parametrize(
    "sentence",
    ["He has been arrested 9 times, police said.", "She has 14 prior arrests, court records show."],
)
def test_one_person_repeated_arrests_are_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


# --- a share of detainer requests is a share of detainers, whatever record a part of them names --------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The county honored just 12 percent of ICE detainers, most of them for people with no criminal record.",
            {("detainers", 12, "percent")},
        ),
        ("ICE lodged detainers on 45 percent of the inmates booked into the jail.", {("detainers", 45, "percent")}),
        # the trap: a share of people with a record stays the record's
        (
            "Of the inmates ICE placed detainers on, 48 percent had no criminal conviction.",
            {("no_criminal_record", 48, "percent")},
        ),
        ("ICE lodged detainers on 45 of the inmates booked into the jail.", {("detainers", 45, "requests")}),
    ],
)
def test_a_share_of_detainers_is_a_detainers_percent(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


# --- a record told as what those counted were ("were criminal aliens") is the count's type -------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE said 65 percent of those it arrested were criminal aliens.", ("convictions", 65, "percent")),
        (
            "Of the 1,500 people arrested, 900 were criminal aliens, the agency said.",
            ("convictions", 900, "people"),
        ),
        ("Of the 680 detained, 410 were noncriminal migrants.", ("no_criminal_record", 410, "people")),
        ("Of those arrested, 300 were not criminal aliens, the records show.", ("no_criminal_record", 300, "people")),
    ],
)
def test_what_those_counted_were_names_their_record(sentence: str, expected: tuple[str, float, str]) -> None:
    assert expected in counts(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the traps: the whole of a partitive keeps its action; a record noun with no copula is the verb's object
        (
            "ICE said 412 of the 680 people arrested in the operation were criminal aliens.",
            {("convictions", 412, "people"), ("arrests", 680, "people")},
        ),
        ("ICE arrested 300 criminal aliens in the operation.", {("arrests", 300, "people")}),
        ("About 70 percent of those arrested were men.", {("arrests", 70, "percent")}),
    ],
)
def test_a_record_noun_leaves_the_whole_and_the_object_their_action(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


# --- a verdict split around its object is charged; people returned across the border are removed -------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A jury found 5 men guilty of harboring immigrants at the ranch.", {("charged", 5, "people")}),
        ("700 Mexicans were returned across the border within hours.", {("deportations", 700, "people")}),
        # the traps: nobody found guilty, nobody sent back
        ("Agents found 12 people hiding in a trailer near the highway.", set()),
        ("Some 700 migrants returned across the border on their own after the camp closed.", set()),
    ],
)
def test_a_split_verdict_and_a_return_across_the_border(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


# --- people carried back with the object between the verb and "back" are removed ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Agents flew 130 migrants caught in the Rio Grande Valley back to Guatemala.",
            {("deportations", 130, "people")},
        ),
        ("Agents bused 60 migrants caught near the river back across the border.", {("deportations", 60, "people")}),
        # the traps: people sent back to a U.S. site are still held, a later deed on "them" is no count of its own
        ("ICE sent 40 detainees back to the Otero facility after the hearing.", {("detentions", 40, "people")}),
        (
            "Border Patrol agents apprehended 60 migrants and sent them back to Mexico.",
            {("border_apprehensions", 60, "people")},
        ),
    ],
)
def test_people_carried_back_are_removed(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_the_past_at_the_border_does_not_put_an_inland_sentence_near_it() -> None:
    inland = "In Houston, officers arrested 130 people, many of whom crossed the border as teenagers."
    assert counts(inland) == {("arrests", 130, "people")}
    # the trap: a crossing by a town near the border is an apprehension there
    near = "Agents apprehended 2,000 people who crossed illegally near Lukeville."
    assert counts(near) == {("border_apprehensions", 2000, "people")}


# --- the Border Patrol sent inland: a story that names the agency but never the border is no border story ---------


@pytest.mark.parametrize(
    "text",
    [
        "Border Patrol agents arrived in Charlotte on Saturday under a Border Patrol commander.\n\n"
        "The Border Patrol said the surge targeted people living in the country illegally.\n\n"
        "Neighbors reported Border Patrol trucks on several streets.\n\n"
        "By Monday, agents had arrested 130 people, the Department of Homeland Security said.",
        "Hundreds of Border Patrol agents have been sent to Los Angeles to help immigration officers.\n\n"
        "Border Patrol tactical teams have led raids at car washes and farms.\n\n"
        '"We are staying," the Border Patrol chief said.\n\n'
        "Since June, federal agents have arrested more than 4,000 people in the region.",
    ],
)
def test_placeless_arrests_in_a_story_of_the_border_patrol_sent_inland_are_arrests(text: str) -> None:
    assert {t for t, _, _ in counts(text)} == {"arrests"}


@pytest.mark.parametrize(
    "text",
    [
        # the trap: the same agency and an inland city, but the story also sets its agents at the border
        "Border Patrol agents caught 2,000 migrants in the Tucson sector last week.\n\n"
        "Many were later put on buses to Denver.\n\n"
        "The Border Patrol said its agents were stretched thin, and a Border Patrol union asked for help.\n\n"
        "CBP did not say how many more agents it would send.\n\n"
        "On Sunday alone, agents apprehended 640 people.",
        "Border Patrol agents caught 2,000 migrants last week after they crossed the river.\n\n"
        "Many were later put on buses to Denver.\n\n"
        "The Border Patrol said its agents were stretched thin, and a Border Patrol union asked for help.\n\n"
        "CBP did not say how many more agents it would send.\n\n"
        "On Sunday alone, agents apprehended 640 people.",
    ],
)
def test_placeless_apprehensions_in_a_border_story_that_names_an_inland_city_stay_at_the_border(text: str) -> None:
    assert {t for t, _, _ in counts(text)} == {"border_apprehensions"}


# --- agents named by a word that points back: they act where the sentence before put them ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Border Patrol agents in the Marfa sector watch hundreds of miles of river.\n\n"
            "Last year they apprehended 7,300 people.",
            {("border_apprehensions", 7300, "people")},
        ),
        (
            "Agents in the Yuma sector have seen crossings climb.\n\nIn May, those agents caught 2,900 migrants.",
            {("border_apprehensions", 2900, "people")},
        ),
        (
            # a border story: the agents pointed back to are those the sentence before sent inland
            "Crossings at the southern border have fallen to a trickle, and Border Patrol agents have little to do.\n\n"
            "The Border Patrol has sent hundreds of agents to cities far from the border.\n\n"
            "Border Patrol agents sent to Wichita spent four days visiting job sites.\n\n"
            "They arrested 52 people, officials said.",
            {("arrests", 52, "people")},
        ),
    ],
)
def test_agents_pointed_back_to_act_where_the_sentence_before_put_them(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the trap: a subject of its own after the border sentence, not one pointing back
        "Border Patrol agents in the Marfa sector watch hundreds of miles of river.\n\n"
        "Immigration officers arrested 120 people in homes across the state last week.",
        "Agents along the border have little to do these days, officials said.\n\n"
        "ICE officers, meanwhile, arrested 3,000 people last week.",
    ],
)
def test_a_new_subject_after_a_border_sentence_is_no_border_apprehension(text: str) -> None:
    assert {t for t, _, _ in counts(text)} == {"arrests"}


# --- ICE's interior offices by their own names arrest inside the country, in a border story too -------------------

_BORDER_LEAD = (
    "Crossings at the southern border have slowed this winter. The Border Patrol says its agents at the border meet "
    "fewer people each week. Border Patrol officials credit new rules at the border.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Homeland Security Investigations agents arrested 29 people in a raid in Texas on Thursday.",
        "Enforcement and Removal Operations officers arrested 315 people across Arizona last month.",
        "HSI special agents took 44 people into custody in the state last week.",
        "Deportation officers arrested 58 people in New Mexico during a four-day operation.",
    ],
)
def test_ice_s_interior_offices_by_name_make_arrests_in_a_border_story(sentence: str) -> None:
    assert {t for t, _, _ in counts(_BORDER_LEAD + sentence)} == {"arrests"}


def test_agents_unnamed_in_a_border_story_still_apprehend_at_the_border() -> None:
    # the trap: the same story, agents of no interior office
    assert {t for t, _, _ in counts(_BORDER_LEAD + "Agents arrested 4,700 migrants in March.")} == {
        "border_apprehensions"
    }


# --- an action in a raid or an enforcement operation is an arrest, in a border story too --------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Federal agents arrested 140 people in raids across Texas last week.",
        "A raid on a roofing company led to 37 arrests, officials said.",
        "Agents made 620 arrests in a targeted enforcement operation across the state.",
    ],
)
def test_an_action_in_an_interior_operation_is_an_arrest_in_a_border_story(sentence: str) -> None:
    assert {t for t, _, _ in counts(_BORDER_LEAD + sentence)} == {"arrests"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the traps: a raid at the border, a sweep that is no enforcement operation
        "Agents raided a stash house near the border and apprehended 19 migrants.",
        "A sweep of the brush along the river turned up 33 migrants, who were apprehended.",
    ],
)
def test_a_raid_at_the_border_or_a_sweep_of_the_brush_stays_an_apprehension(sentence: str) -> None:
    assert {t for t, _, _ in counts(_BORDER_LEAD + sentence)} == {"border_apprehensions"}


# --- inside the country by scope: its cities, inside it, at large, from jails --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents arrested 2,700 people in sanctuary cities last month.",
        "Immigration arrests inside the United States reached 28,000 in May.",
        "The agency's officers made 54,000 at-large arrests last year.",
        "Agents picked up 61 people at the county jail.",
    ],
)
def test_an_action_inside_the_country_by_its_scope_is_an_arrest_in_a_border_story(sentence: str) -> None:
    assert {t for t, _, _ in counts(_BORDER_LEAD + sentence)} == {"arrests"}


def test_border_apprehensions_told_with_their_agency_stay_at_the_border_whatever_the_scope() -> None:
    # the trap: the agency of the border named in the sentence itself
    text = _BORDER_LEAD + "Border Patrol agents apprehended 7,900 migrants inside the country's southern sectors."
    assert {t for t, _, _ in counts(text)} == {"border_apprehensions"}


# --- the border strip by its military or legal name is the border -------------------------------------------------


def test_people_caught_in_the_national_defense_area_are_border_apprehensions() -> None:
    text = "Agents apprehended 240 migrants in the national defense area, who could face trespassing charges."
    assert {t for t, _, _ in counts(text)} == {"border_apprehensions"}


def test_people_arrested_in_a_city_far_from_the_strip_stay_arrests() -> None:
    # the trap: the same words with no border strip named
    text = "Agents apprehended 240 migrants in the city, who could face trespassing charges."
    assert {t for t, _, _ in counts(text)} == {"arrests"}
