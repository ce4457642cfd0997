"""A Border Patrol sector's agents are the agency's officers acting (issue #7, round 22; GUIDELINES §1: apprehensions
by CBP and Border Patrol). "Havre Sector agents apprehended ..." names the agency by its division as "Border Patrol
agents" does by its name, so a short sector item is tagged like one that names the Border Patrol. (Sentences invented
here, none taken from the dev set or a probe.)"""

from __future__ import annotations

from tasks.analysis.tag import _analyse, tag_article


def _strength(title: str, text: str, sentence: str) -> float:
    return {s.text: s.enforcement for s in _analyse(title, text).sentences}[sentence]


def test_a_sectors_agents_are_the_agency_acting() -> None:
    for sentence in (
        "Havre Sector agents apprehended 214 people who crossed from Canada last year.",
        "Big Bend sector officers caught 19 people walking north from the river.",
    ):
        assert _strength("A sector", sentence, sentence) == 2.0, sentence


def test_a_short_sector_item_is_tagged() -> None:
    title = "Crossings rise along the northern line"
    text = (
        "HAVRE, Mont. — Havre Sector agents apprehended 214 people who crossed from Canada last year, twice as many "
        "as the year before.\n\nMost walked across open farmland, the sector said."
    )
    assert tag_article(title, text).is_enforcement


def test_a_sectors_agents_seizing_drugs_or_a_business_sector_are_no_agency_acting() -> None:
    seizure = "Havre Sector agents seized 40 pounds of methamphetamine at a traffic stop."
    assert _strength("A seizure", seizure, seizure) < 2.0
    business = "Tucson sector workers in the tech industry added 2,000 jobs last year."
    assert _strength("Jobs", business, business) == 0.0
