"""Enforcement told without the agency's name (round 23, bench/probes/tagmiss.jsonl): an immigration detention centre
named by its own name, custody moving people between custody places, people picked up in the passive, the wait at a
port and people returned over the line, a jail's contract to hold people facing deportation, and a patient's seizure
medicine as no contraband. Sentences invented for these tests."""

from __future__ import annotations

from tasks.analysis.tag import _analyse, tag_article


def _strength(text: str) -> float:
    return next(s.enforcement for s in _analyse("x", text).sentences if s.text == text)


def test_a_named_detention_centre_is_the_agencys_custody() -> None:
    """A centre known by its name ("the Adelanto facility", "the center at Dilley") is immigration custody, as a named
    processing centre is: people held there are detained though no agency is named. The town alone, its port or a
    centre of another name is none."""
    assert _strength("Nine women held at the Adelanto facility said they were denied blankets.") >= 1.0
    assert _strength("Three men were held for weeks at the Stewart County facility in Georgia.") >= 1.0
    assert _strength("The boys were moved to the family center at Dilley on Sunday.") >= 1.0
    assert _strength("Nine women held at the Kennedy facility said they were denied blankets.") == 0.0
    assert _strength("Truckers were held up for hours at the Otay Mesa port on Monday.") == 0.0


def test_custody_moving_people_between_custody_places_beside_a_named_centre() -> None:
    """Moving people from one custody place to another, or freeing them from one, is a custody action: beside a named
    centre or an immigration subject it is enforcement. A state prison's inmates moved so name no immigration."""
    assert _strength("Forty women were transferred from the Karnes County center to a jail in Georgia.") >= 1.0
    assert _strength("Two asylum seekers were freed from a county jail after eight months.") >= 0.5
    prison = (
        "Inmates moved as prison closes",
        "About 300 inmates were moved from the state prison in Vacaville to a new facility in Ione this week, "
        "officials said.\n\nRelatives said visits will be harder.",
    )
    assert not tag_article(*prison).is_enforcement


def test_people_picked_up_in_the_passive() -> None:
    """The passive "had been picked up" hides the agency, as "were detained" does: in a story of agents' arrests it
    goes on with them. Children picked up from school are no arrest."""
    doc = _analyse(
        "Families search for relatives",
        "A church line in Durham has taken 150 calls from families whose relatives had been picked up outside home.\n\n"
        "Of those calls, 30 were arrests by federal immigration agents, organizers said.",
    )
    assert doc.sentences[0].enforcement >= 0.5
    school = "Parents said the children were picked up from school early because of the storm."
    assert _strength(school) == 0.0


def test_the_wait_at_a_port_and_people_returned_over_the_line() -> None:
    """People told to wait in Mexico, or returned to Mexico or through a crossing in the passive, are the border
    sending them back. A family that returned to Mexico went home; a stolen statue returned to Mexico is no person."""
    assert _strength("The rest were told to wait on the Mexican side of the bridge.") == 2.0
    assert _strength("Officials said 85 men were returned through the Paso del Norte bridge on Friday.") == 2.0
    assert _strength("The women were returned to Mexico hours after they crossed.") == 2.0
    assert _strength("The family returned to Mexico in 2015 to care for a grandmother.") == 0.0
    assert _strength("A carved statue was returned to Mexico at a ceremony in Chicago.") == 0.0


def test_a_jails_contract_to_hold_people_facing_deportation() -> None:
    """A county's deal to house people facing deportation is a detention contract (GUIDELINES §1); its deal to house
    another county's inmates is none."""
    assert _strength("The county renewed its contract to house up to 300 people facing deportation at the jail.") == 2.0
    assert _strength("The county renewed its contract to house up to 300 inmates from Clark County at the jail.") == 0.0


def test_seizure_medication_is_no_contraband() -> None:
    """A detained man without his seizure medication is a detention story, not a drug seizure: the agency's custody
    still reads. A seizure of drugs stays contraband."""
    assert _strength("ICE held the man for a month without his seizure medication, his sister said.") >= 1.0
    assert _strength("Border Patrol agents made a seizure of 40 pounds of cocaine at the checkpoint.") == 0.0


def test_harbouring_told_as_the_charge_in_plain_words() -> None:
    """A jury convicting people of hiding or sheltering workers or migrants is a harbouring prosecution (GUIDELINES §1),
    in a headline too. A fugitive hidden in an attic is no such case."""
    assert _strength("A jury convicted a rancher of hiding 12 workers in a bunkhouse.") == 2.0
    assert _strength("Two landlords were charged with sheltering migrants in a warehouse.") == 2.0
    assert _strength("A jury convicted a Dayton man of hiding his cousin, a fugitive, in his attic.") == 0.0
    title = "Jury convicts couple of hiding workers at orchard"
    head = _analyse(title, "The couple face up to 10 years in prison.").title
    assert head.enforcement == 2.0
