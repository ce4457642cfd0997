"""Plain enforcement told in few words (issue #7, round 25): agents placed in a named Border Patrol sector ("Agents in
the Laredo Sector ...") are the agency's officers, as "Laredo Sector agents" are; a raid at a workplace, or workers
arrested in a raid, is worksite enforcement (GUIDELINES §1) where the sentence names no police, other federal body or
contraband. (Sentences invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

from tasks.analysis.tag import _analyse, tag_article


def _strength(sentence: str) -> float:
    return {s.text: s.enforcement for s in _analyse("A note", sentence).sentences}[sentence]


def test_agents_placed_in_a_named_sector_are_the_agency() -> None:
    for sentence in (
        "Agents in the Laredo Sector stopped 41 people on a ranch road overnight.",
        "Officers assigned to the Big Bend Sector found 12 people in a dry creek bed.",
        "Agents from the Swanton Sector picked up nine people near the Quebec line.",
    ):
        assert _strength(sentence) == 2.0, sentence


def test_agents_of_a_business_sector_are_not() -> None:
    for sentence in (
        "Agents in the insurance sector reported 45 new policies in Laredo.",
        "Officers of the banking sector met in Tucson on Friday.",
    ):
        assert _strength(sentence) == 0.0, sentence


def test_a_workplace_raid_and_its_workers_are_worksite_enforcement() -> None:
    for sentence in (
        "About 90 workers were detained Wednesday in a raid at a pork processing plant outside Marshalltown.",
        "The raids on two dairies in the valley left the farms without milkers.",
        "Dozens of workers were rounded up during the morning raid, their families said.",
    ):
        assert _strength(sentence) == 2.0, sentence


def test_a_police_or_drug_raid_at_a_plant_is_not() -> None:
    for sentence in (
        "Police arrested nine people in a raid at a bottling plant where cocaine was hidden in crates.",
        "Sheriff's deputies said the raid at a tire factory uncovered stolen goods.",
        "FBI agents led a raid on the factory as part of a fraud case.",
        "Workers were arrested during a raid on a heroin lab in the warehouse.",
    ):
        assert _strength(sentence) < 2.0, sentence


def test_a_short_plant_raid_story_is_tagged_and_a_drug_raid_is_not() -> None:
    text = (
        "More than 50 workers were arrested Thursday during a raid at a chicken plant in Morton, officials said.\n\n"
        "Buses took them to a hangar for processing. By Friday some had been released to care for children."
    )
    assert tag_article("Dozens held after plant raid", text).is_enforcement
    trap = (
        "Police arrested 11 people Thursday in a raid on a fentanyl ring that used a chicken plant in Morton to ship "
        "pills.\n\nDetectives seized cash and two rifles."
    )
    assert not tag_article("Drug ring broken up at plant", trap).is_enforcement
