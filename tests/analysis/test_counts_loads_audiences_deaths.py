"""People found in a vehicle's load, an event's audience, deaths in a jail with no immigration hold, and people held
whom a killing verb governs: each class tested on invented sentences beside traps of close words whose answer
differs. (Invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts

# --- people found in a vehicle's load, told inverted ("Inside the truck were 57 migrants") or found there ----------
# GUIDELINES §2 border_apprehensions: people found in a smuggling load are apprehended at or near the border.


def test_people_in_a_vehicles_load_told_inverted_are_apprehended() -> None:
    assert counts("Inside the truck were 57 migrants, agents said.") == {("border_apprehensions", 57, "people")}
    assert counts("Inside the trailer were 43 people from Guatemala and Honduras, Border Patrol said.") == {
        ("border_apprehensions", 43, "people")
    }
    assert counts("Hidden in the cargo area of the van were 21 undocumented immigrants, according to CBP.") == {
        ("border_apprehensions", 21, "people")
    }
    assert counts("Crammed inside the box truck were 80 migrants, officials said.") == {
        ("border_apprehensions", 80, "people")
    }
    assert counts("In the back of the pickup were 12 men, authorities said.") == {
        ("border_apprehensions", 12, "people")
    }
    # no one named who found them: the noun says the people crossed (`lex.LOAD_MIGRANTS`)
    assert counts("Inside the truck were 57 migrants.") == {("border_apprehensions", 57, "people")}


def test_people_found_in_a_vehicles_load_are_apprehended() -> None:
    assert counts("Agents found 57 migrants inside the truck.") == {("border_apprehensions", 57, "people")}
    assert counts("Troopers discovered 31 migrants hidden in a trailer near Laredo.") == {
        ("border_apprehensions", 31, "people")
    }
    assert counts("Some 64 migrants were found crammed inside a tractor-trailer, the Border Patrol said.") == {
        ("border_apprehensions", 64, "people")
    }


def test_what_a_vehicle_holds_that_enforcement_did_not_touch_is_no_count() -> None:
    # the traps: things in the load, people in no vehicle, people no agent found, the dead, the smuggler's deed
    assert counts("Inside the truck were 57 boxes of tomatoes, agents said.") == set()
    assert counts("Inside the church were 200 parishioners, the pastor said.") == set()
    assert counts("Inside the bus were 40 tourists from Ohio, the driver said.") == set()
    assert ("border_apprehensions", 53, "people") not in counts(
        "Agents found 53 migrants dead inside a trailer in the heat."
    )
    assert ("border_apprehensions", 53, "people") not in counts(
        "Inside the trailer were 53 migrants who had died in the heat, agents said."
    )
    assert ("border_apprehensions", 57, "people") not in counts(
        "The smuggler was charged with packing 57 migrants into the truck."
    )


# --- people who came to an event (a training, a vigil, a forum) are an audience, not a count going on --------------


def test_people_an_event_drew_are_no_count() -> None:
    assert counts(
        "ICE agents arrested 30 people in Minneapolis last week. A know-your-rights training in Minneapolis drew about"
        " 60 people."
    ) == {("arrests", 30, "people")}
    assert counts(
        "Federal agents detained 12 workers on Monday. A vigil that evening attracted more than 200 neighbors."
    ) == {("arrests", 12, "people")}
    assert counts("ICE arrested 45 people in the sweep. About 150 people attended a town hall on the raids.") == {
        ("arrests", 45, "people")
    }
    assert counts("Agents deported 80 people last month. Some 300 residents turned out for a forum at the church.") == {
        ("deportations", 80, "people")
    }
    assert counts("ICE arrested 25 immigrants in the county. Nearly 100 people showed up at the workshop.") == {
        ("arrests", 25, "people")
    }


def test_an_action_at_an_event_is_still_counted() -> None:
    # the traps: an arrest at the event's site, and people arrested who had come to it
    assert counts("A raid at a training site netted 60 arrests.") == {("arrests", 60, "people")}
    assert counts("Agents arrested 60 people who had come to a know-your-rights training.") == {
        ("arrests", 60, "people")
    }
    assert counts("ICE agents arrested 30 people in Minneapolis. In St. Paul, another 60 people.") == {
        ("arrests", 30, "people"),
        ("arrests", 60, "people"),
    }


# --- deaths in a jail or prison with no immigration hold are no deaths in immigration custody ---------------------
# GUIDELINES §2 deaths_in_custody: people who died in immigration custody; a county jail's own deaths are not.


def test_deaths_in_a_jail_with_no_immigration_hold_are_no_count() -> None:
    assert counts("There were 88 overdose deaths in the county jail last year.") == set()
    assert counts("Twelve people died at the Hennepin County jail in 2023.") == set()
    assert counts("Five men have died in the Cook County Jail since January, the sheriff said.") == set()
    assert counts("Six people died in custody at the city jail this year.") == set()


def test_deaths_in_a_jail_holding_people_for_immigration_are_counted() -> None:
    # the traps: the custody is ICE's, or the jail holds them for immigration
    assert counts("There were 88 deaths in ICE custody last year.") == {("deaths_in_custody", 88, "people")}
    assert counts("Two men died in the county jail while held for ICE.") == {("deaths_in_custody", 2, "people")}
    assert counts("Seven detainees died at the county jail, where ICE rents beds.") == {
        ("deaths_in_custody", 7, "people")
    }
    assert counts("Three migrants died at the Otero County jail, which holds immigration detainees.") == {
        ("deaths_in_custody", 3, "people")
    }


# --- people a disaster at a detention site killed died in custody, whoever's custody it is --------------------------
# GUIDELINES §2 deaths_in_custody: people who died in immigration custody; Mexico's immigration detention is such
# custody, and main already read "40 people died in a fire at a migrant detention center" so: "killed" and "left
# dead" now read the same as "died", not as people held or as victims.


def test_people_a_fire_at_a_detention_site_killed_died_in_custody() -> None:
    assert counts("A fire at a Mexican immigration detention facility killed 39 migrants.") == {
        ("deaths_in_custody", 39, "people")
    }
    assert counts("The fire killed 40 migrants held at the detention center in Ciudad Juarez.") == {
        ("deaths_in_custody", 40, "people")
    }
    assert counts("The blaze at the immigration detention center in Ciudad Juarez left 40 men dead.") == {
        ("deaths_in_custody", 40, "people")
    }
    assert counts("40 people died in a fire at a migrant detention center in Ciudad Juarez.") == {
        ("deaths_in_custody", 40, "people")
    }


def test_people_killed_away_from_custody_are_no_deaths_in_custody() -> None:
    # the traps: a crash on the road, the injured, people left homeless
    assert ("deaths_in_custody", 12, "people") not in counts(
        "A truck crash on the highway north of the border killed 12 migrants."
    )
    assert ("deaths_in_custody", 20, "people") not in counts("A fire at the detention center injured 20 detainees.")
    assert ("detentions", 20, "people") not in counts("A fire at the detention center injured 20 detainees.")
    assert ("deaths_in_custody", 40, "people") not in counts("The storm left 40 families homeless near the border.")
