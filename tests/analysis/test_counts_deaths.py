"""Deaths in custody and removals as English news tells them (issue #7, round 12; GUIDELINES §2 `deaths_in_custody`,
`deportations`). Every sentence is invented from a list of forms written blind before the rules were read:
- deaths: die / died / dying / to die, passed away, lost their lives, succumbed, killed themselves, found unresponsive
  and pronounced dead; death(s), in-custody deaths, fatalities, suicides; in ICE / CBP / Border Patrol custody, in
  immigration detention, at a processing center, while detained, after being detained. Traps: deaths in a county jail
  with no immigration word, migrants who died crossing or drowned, a crash's toll.
- removals: deport(ed), remove(d), repatriate(d), expel(led), return(ed), sent / flown back, put on a flight;
  deportation(s), removal(s), expulsion(s), deportees, a flight carrying N; "deported three times" = incidents.
  Traps: self-deport, removal orders, plans and promises, "could be deported", deportation cases, "returned to work".
An ordinal ("the ninth person to die in ICE custody") is no count: it ranks one death, the total is only inferred, and
GUIDELINES §2 takes nothing the text does not state."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

DEATH = "deaths_in_custody"
REMOVAL = "deportations"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three detainees died in ICE custody last year, the agency said.", {(DEATH, 3, "people")}),
        ("At least 12 people have died in immigration detention since January.", {(DEATH, 12, "people")}),
        ("Two men died while in Border Patrol custody in Texas this month.", {(DEATH, 2, "people")}),
        ("Four people died after being detained by ICE in Florida.", {(DEATH, 4, "people")}),
        ("ICE reported 15 deaths in custody during fiscal 2025.", {(DEATH, 15, "people")}),
        ("The deaths of six detainees at the Georgia facility prompted an inquiry.", {(DEATH, 6, "people")}),
        ("Seven detainees have died at the processing center since it opened.", {(DEATH, 7, "people")}),
        ("Nine immigrants died in ICE detention in 2024, advocates said.", {(DEATH, 9, "people")}),
        ("Five detainees passed away in immigration custody this year.", {(DEATH, 5, "people")}),
        ("Three detained migrants lost their lives in ICE custody last year.", {(DEATH, 3, "people")}),
        ("Eight suicides were recorded in immigration detention over five years.", {(DEATH, 8, "people")}),
        ("Twenty people have died in ICE custody so far this fiscal year.", {(DEATH, 20, "people")}),
        ("There were 32 deaths in ICE custody in fiscal 2025, the most in two decades.", {(DEATH, 32, "people")}),
        (
            "Two detainees were found unresponsive and pronounced dead at the detention center last month.",
            {(DEATH, 2, "people")},
        ),
        ("ICE has recorded 14 in-custody deaths since October.", {(DEATH, 14, "people")}),
        ("ICE deported 1,200 people to Guatemala last month.", {(REMOVAL, 1200, "people")}),
        ("About 300 migrants were deported to Honduras on Tuesday.", {(REMOVAL, 300, "people")}),
        ("The agency removed 271,000 noncitizens in fiscal 2024.", {(REMOVAL, 271000, "people")}),
        ("More than 500 Venezuelans were repatriated on two flights.", {(REMOVAL, 500, "people")}),
        ("Officials expelled 2,000 migrants under the public health order last week.", {(REMOVAL, 2000, "people")}),
        ("A flight carrying 130 deportees landed in San Pedro Sula on Friday.", {(REMOVAL, 130, "people")}),
        ("ICE carried out 188,000 removals in fiscal 2025.", {(REMOVAL, 188000, "people")}),
        ("Forty-five Mexican nationals were sent back across the border on Monday.", {(REMOVAL, 45, "people")}),
        ("Roughly 90 Haitians were flown back to Port-au-Prince on Thursday.", {(REMOVAL, 90, "people")}),
        ("The man had been deported three times before his arrest.", {(REMOVAL, 3, "incidents")}),
        ("Border agents returned 700 migrants to Mexico last week.", {(REMOVAL, 700, "people")}),
        ("Deportations of 4,500 people were carried out in March, the agency said.", {(REMOVAL, 4500, "people")}),
        ("Some 60 Cubans were put on a flight to Havana on Wednesday.", {(REMOVAL, 60, "people")}),
        (
            "The government said 12,000 migrants were removed from the country in the first quarter.",
            {(REMOVAL, 12000, "people")},
        ),
        ("The number of deaths in immigration detention rose to 18 this fiscal year.", {(DEATH, 18, "people")}),
        ("Deaths in ICE custody reached 25 in 2025, the highest since 2004.", {(DEATH, 25, "people")}),
        ("Since January, 11 immigrants have died in federal immigration custody.", {(DEATH, 11, "people")}),
        ("Two people who were being held by ICE died in hospitals this month.", {(DEATH, 2, "people")}),
        ("In all, 16 detainees died, according to agency records.", {(DEATH, 16, "people")}),
        ("At least four of the deaths were suicides, the report said.", {(DEATH, 4, "people")}),
        (
            "Three more detainees died in August, bringing the total to 20.",
            {(DEATH, 3, "people"), (DEATH, 20, "people")},
        ),
        ("Four migrants have died in CBP custody since May.", {(DEATH, 4, "people")}),
        ("Two asylum seekers died while detained at the Otay Mesa Detention Center.", {(DEATH, 2, "people")}),
        ("Three detainees have killed themselves at the facility since 2020.", {(DEATH, 3, "people")}),
        ("Fatalities in detention totalled nine last year.", {(DEATH, 9, "people")}),
        ("Nearly 400,000 people were deported in the last fiscal year.", {(REMOVAL, 400000, "people")}),
        ("The agency deported a record 1,500 Guatemalans in a single week.", {(REMOVAL, 1500, "people")}),
        (
            "Of the 250 people arrested, 80 have already been deported.",
            {("arrests", 250, "people"), (REMOVAL, 80, "people")},
        ),
        ("The administration has removed more than 600,000 people since January.", {(REMOVAL, 600000, "people")}),
        ("About 140 Indians were deported on a charter flight to New Delhi.", {(REMOVAL, 140, "people")}),
        ("A removal flight with 100 Salvadorans on board left Alexandria on Friday.", {(REMOVAL, 100, "people")}),
        ("Mexico received 5,000 deportees from the United States last month.", {(REMOVAL, 5000, "people")}),
        ("Of those, 320 were removed to their home countries.", {(REMOVAL, 320, "people")}),
        ("More than 3,000 people have been expelled to Mexico under Title 42.", {(REMOVAL, 3000, "people")}),
        ("The 71,000 expulsions in April were the most this year.", {(REMOVAL, 71000, "people")}),
        ("Some 1,300 migrants were returned to Guatemala by bus.", {(REMOVAL, 1300, "people")}),
        ("The country has repatriated 9,000 of its nationals from the U.S. this year.", {(REMOVAL, 9000, "people")}),
        ("Deportees numbered 2,400 in March.", {(REMOVAL, 2400, "people")}),
        ("ICE sent 250 Venezuelans to El Salvador's CECOT prison.", {(REMOVAL, 250, "people")}),
        (
            "Officials said 40 people were deported and 12 remain in detention.",
            {(REMOVAL, 40, "people"), ("detentions", 12, "people")},
        ),
        ("The U.S. removed 58 Chinese nationals on a charter flight on Tuesday.", {(REMOVAL, 58, "people")}),
        ("Three men who were deported in 2019 returned to the United States illegally.", {(REMOVAL, 3, "people")}),
    ],
)
def test_a_death_or_removal_told_in_each_form_is_counted(sentence: str, expected: set[tuple[str, int, str]]) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty migrants died crossing the Arizona desert this summer.",
        "Six migrants drowned in the Rio Grande while trying to cross.",
        "The crash killed 11 people on the highway near the border.",
        "About 2,000 migrants chose to self-deport last month, officials claimed.",
        "Judges issued 9,000 removal orders in May.",
        "The administration plans to deport 1 million people a year.",
        "As many as 400 students could be deported under the new rule.",
        "The court has 3,000 deportation cases pending.",
        "Three teachers returned to work after the raid on Monday.",
        "The man was the ninth person to die in ICE custody this fiscal year.",
        "ICE conducted 1,100 deportation flights in 2025.",
        "About 1,000 people have received final orders of removal this month.",
        "The president promised to deport 11 million people.",
    ],
)
def test_a_trap_of_the_same_words_is_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


# --- the verb of a death in its other forms: "to die", "dies", "succumbed" ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("A 44-year-old man became one of 23 people to die in ICE custody this year.", 23),
        ("Two detainees succumbed to illness in ICE detention in 2023.", 2),
        ("Of the 14 people to die in Border Patrol custody since May, most were men.", 14),
    ],
)
def test_a_death_told_as_to_die_or_succumbed_is_counted(sentence: str, value: int) -> None:
    assert counts(sentence) == {(DEATH, value, "people")}


def test_a_death_that_may_come_is_no_death() -> None:
    assert counts("As many as 30 detainees may die in detention if the heat persists.") == set()


# --- a suicide told by its manner, and removals told as occasions -------------------------------------------------


def test_a_suicide_told_as_hanged_themselves_is_a_death() -> None:
    assert counts("Two detainees hanged themselves at the immigration detention center in 2019.") == {
        (DEATH, 2, "people")
    }


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("He had been deported on four occasions.", 4), ("She had been returned to Mexico on five occasions.", 5)],
)
def test_removals_of_one_person_told_as_occasions_are_incidents(sentence: str, value: int) -> None:
    assert counts(sentence) == {(REMOVAL, value, "incidents")}


def test_arrests_on_occasions_are_one_persons_history() -> None:
    assert counts("He was arrested on three occasions before the raid.") == set()


# --- whose custody a death is in: not a death on the way, nor a jail's own --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Nearly 2,000 migrants died at the border last year, the U.N. said.",
        "Five migrants died on the journey north through Mexico, officials said.",
        "Three migrants died in a vehicle crash after a Border Patrol pursuit.",
        "Two migrants died in a crash near the border.",
        "Seven people died after a Border Patrol chase ended in a rollover.",
        "Six migrants died at sea after their boat capsized off the Florida coast.",
        "Three inmates died in the county jail last year, the sheriff said.",
        "Four U.S. citizens died in the county jail last year.",
    ],
)
def test_a_death_outside_immigration_custody_is_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Two ICE detainees died in the county jail where they were held.", 2),
        ("Two inmates held for ICE died in the county jail in 2024.", 2),
        ("Three detainees died at a Border Patrol station near the border this year.", 3),
    ],
)
def test_a_death_in_a_jail_or_station_holding_for_immigration_is_counted(sentence: str, value: int) -> None:
    assert counts(sentence) == {(DEATH, value, "people")}


# --- "returned": a removal only where it sends people out ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 500 migrants voluntarily returned home through the app.",
        "Nine students returned to class after the lockdown.",
        "About 40 workers returned to the plant after the raid.",
    ],
)
def test_a_return_to_daily_life_or_a_chosen_return_is_no_removal(sentence: str) -> None:
    assert counts(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("About 200 people were returned to their home countries.", 200),
        ("Some 1,000 migrants were returned home on two flights.", 1000),
    ],
)
def test_a_return_that_sends_people_out_is_a_removal(sentence: str, value: int) -> None:
    assert counts(sentence) == {(REMOVAL, value, "people")}


# --- a death told with its cause is a death, not a count of the sick ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Eight detainees have died of COVID-19 in ICE detention.", 8),
        ("Two detainees who were held at the center died of COVID-19.", 2),
        ("Three detainees died from complications of COVID-19 in ICE custody.", 3),
        ("Two detainees succumbed to COVID-19 at the processing center.", 2),
    ],
)
def test_a_death_told_with_an_illness_as_its_cause_is_counted(sentence: str, value: int) -> None:
    assert counts(sentence) == {(DEATH, value, "people")}


def test_people_who_fell_ill_stay_no_count() -> None:
    assert counts("About 40 detainees tested positive for COVID-19 at the facility.") == set()


# --- a level whose subject is deaths told with their place ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Deaths in immigration detention have climbed to 30 in fiscal 2025.", 30),
        ("Suicides in ICE detention rose to 6 last year.", 6),
    ],
)
def test_deaths_in_detention_as_a_levels_subject_are_deaths(sentence: str, value: int) -> None:
    assert counts(sentence) == {(DEATH, value, "people")}


def test_detention_as_a_levels_own_subject_stays_detentions() -> None:
    assert counts("Immigration detention reached 59,000 in June.") == {("detentions", 59000, "people")}


def test_deaths_in_the_desert_as_a_levels_subject_are_no_count() -> None:
    assert counts("Deaths in the desert rose to 200 last year.") == set()


# --- a level told inverted: "brings to N the number of ..." -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("That brings to 14 the number of people who have died in ICE custody this year.", {(DEATH, 14, "people")}),
        (
            "ICE deported 200 people, bringing to 5,000 the number deported this year.",
            {(REMOVAL, 200, "people"), (REMOVAL, 5000, "people")},
        ),
    ],
)
def test_a_level_told_inverted_is_typed_by_what_follows(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_an_inverted_level_of_things_is_no_count() -> None:
    assert counts("The flights bring to 12 the number of countries that accept deportees.") == set()


# --- a bare number whose relative clause tells what happened to those counted -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was one of 20 who died in ICE custody this year.", (DEATH, 20, "people")),
        ("She was one of 30 who were deported to Mexico last week.", (REMOVAL, 30, "people")),
    ],
)
def test_a_bare_number_with_a_relative_clause_of_death_or_removal(sentence: str, expected: tuple) -> None:
    assert counts(sentence) == {expected}


def test_a_bare_number_who_died_on_the_way_is_no_count() -> None:
    assert counts("He was one of 12 who died crossing the desert.") == set()
