"""The setting a count takes from its story, not its sentence (issue #7, round 24; sentences invented here, none from
the dev set, the judges or the corpus). A headline naming the border sets its lead's bare agents there: "Agents
apprehended 480 people" under "Migrants cross at the border near Eagle Pass" are border apprehensions (GUIDELINES §2
border_apprehensions: at or near the border); an ICE or interior headline, a headline with no border, a lead naming
its own agency or a later paragraph keep their own reading. A part named by its whole's word ("31 of the arrests")
after ICE's arrests keeps their action, whatever border its town lies on (GUIDELINES §2 arrests)."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

from tasks.analysis.facts import extract_counts


def _typed(title: str, text: str) -> set[tuple[str, float]]:
    return {(f.type, f.value) for f in extract_counts(text, None, title)}


LEAD = "EAGLE PASS, Texas — Agents apprehended 480 people over the weekend, officials said Monday."


@pytest.mark.parametrize(
    "title",
    [
        "Migrants cross at the border near Eagle Pass",
        "Border Patrol sees busy weekend in Eagle Pass",
        "Crossings climb along the Texas border",
    ],
)
def test_a_headline_at_the_border_sets_its_leads_bare_agents_there(title: str) -> None:
    assert ("border_apprehensions", 480) in _typed(title, LEAD)


def test_a_headline_repeated_as_the_first_line_sets_the_paragraph_after_it() -> None:
    title = "Migrants cross at the border near Eagle Pass"
    assert ("border_apprehensions", 480) in _typed(title, title + "\n\n" + LEAD)


@pytest.mark.parametrize(
    "title",
    [
        "Weekend arrests in Eagle Pass",  # no border in the headline
        "ICE steps up arrests as border crossings fall",  # an interior agency in the headline
        "Deportation officers return to the border town of Eagle Pass",
    ],
)
def test_a_headline_with_no_border_or_an_interior_agency_sets_nothing(title: str) -> None:
    assert ("arrests", 480) in _typed(title, LEAD)


def test_a_lead_naming_its_own_interior_agency_keeps_it() -> None:
    text = "EAGLE PASS, Texas — ICE officers arrested 36 people at their homes on Tuesday, officials said."
    assert ("arrests", 36) in _typed("Fear spreads at the border", text)


def test_a_later_paragraph_is_not_the_lead() -> None:
    text = (
        "EAGLE PASS, Texas — The city council met on Monday.\n\n"
        "Agents apprehended 52 people at a car wash in San Antonio."
    )
    assert ("arrests", 52) in _typed("Migrants cross at the border near Eagle Pass", text)


ICE_WHOLE = "ICE officers arrested 140 people in Tucson, Phoenix and Yuma during a five-day operation, the agency said."
ICE_WHOLE += "\n\n"


@pytest.mark.parametrize(
    "part",
    [
        "Yuma, on the border with Mexico, accounted for 31 of the arrests.",
        "In Yuma, a border city, officers made 31 of those arrests.",
    ],
)
def test_a_part_named_by_its_wholes_word_keeps_ices_arrests(part: str) -> None:
    assert ("arrests", 31, "people") in counts(ICE_WHOLE + part)


def test_a_part_after_a_border_count_stays_at_the_border() -> None:
    text = (
        "Border Patrol agents in the Yuma Sector apprehended 900 migrants in March.\n\n"
        "Agents near the river accounted for 310 of the apprehensions."
    )
    assert ("border_apprehensions", 310, "people") in counts(text)


def test_a_part_with_its_own_border_patrol_is_not_icees() -> None:
    text = ICE_WHOLE + "Border Patrol agents at the border made 31 of the arrests, the agency said."
    assert ("arrests", 31, "people") not in counts(text)
