"""Removal and custody told in plain words (round 22, bench/probes/tagplain.jsonl): a person put on a plane by someone
else, a check-in told as ending in custody or on a flight, people held in family centres, a number in words after
"pick up"; and citizens or travellers flown home as no removal. Sentences invented for these tests."""

from __future__ import annotations

from tasks.analysis.tag import _analyse, tag_article


def _strength(sentence: str) -> float:
    return _analyse("x", sentence).sentences[0].enforcement


def test_a_person_put_on_a_plane_is_removed() -> None:
    """Being put on a flight is done to a person by a custodian: a removal even with no immigration word."""
    for sentence in (
        "Three days later she was put on a flight to Tegucigalpa, her brother said.",
        "Dozens of Cubans were put on planes back to Havana on Thursday.",
        "He was taken from his job and put on a bus by the authorities within a week.",
    ):
        assert _strength(sentence) >= 1.0, sentence
    for sentence in (
        "She boarded a flight to Tegucigalpa to visit her grandmother.",
        "The band put on a show for the passengers on the flight to Denver.",
        "The airline put on extra flights to Cancun for spring break.",
    ):
        assert _strength(sentence) == 0.0, sentence


def test_a_check_in_told_as_ending_in_custody() -> None:
    """GUIDELINES §1's check-ins that end in arrest, told by the check-in's end: a hotel's check-in ends at a time."""
    assert _strength("Her yearly check-in ended in detention this spring.") == 2.0
    assert _strength("A Tucson mother's check-in ends on a flight to Hermosillo.") == 2.0
    assert _strength("Hotel check-in ends at 11 p.m., the front desk said.") == 0.0


def test_people_held_in_family_centers() -> None:
    """Family detention by the centres' short name; a meeting held at a family centre or a shelter is none."""
    assert _strength("Some 900 mothers and toddlers are detained in the family centers near San Antonio.") == 2.0
    assert _strength("The parenting workshop was held at the Eastside Family Center on Tuesday.") == 0.0
    assert _strength("The shelter holds homeless families in a family center downtown.") == 0.0


def test_a_number_in_words_picked_up() -> None:
    """A number in words: "picked up nine" is people picked up, as "picked up 9" is: beside the agency, an arrest."""
    text = "ICE agents picked up nine at a car wash in Tempe. Their relatives gathered outside the ICE office."
    assert tag_article("Agents pick up nine at Tempe car wash", text).is_enforcement
    assert _strength("Parents pick up nine hundred lunches at the school.") == 0.0


def test_citizens_and_travellers_flown_home_are_no_removal() -> None:
    """Americans or tourists brought home are travelling; a person flown home by the government is still removed."""
    text = (
        "About 150 Americans stuck in Lima after the border closed were flown home to Houston on Saturday. "
        "The tourists had waited a week for seats."
    )
    assert not tag_article("Stuck travelers flown home", text).is_enforcement
    assert _strength("Tourists stranded at the border were flown home on a chartered jet.") == 0.0
    assert _strength("Migrants caught at the border were flown home to Guatemala.") >= 1.0


def test_a_flight_carrying_people_out_of_custody() -> None:
    """A plane carrying people who had been held is a removal flight told by who is on it; a plane carrying
    passengers, cargo or a team held nothing."""
    assert _strength("The charter plane carrying 64 women who had been detained in Georgia left for Guatemala.") >= 1.0
    assert _strength("A flight carrying 150 passengers was held on the runway for an hour.") == 0.0
    assert _strength("The jet carrying the team that had held the lead all season landed in Denver.") == 0.0
