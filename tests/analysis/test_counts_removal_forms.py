"""Removals told in forms the types misread (issue #7; GUIDELINES §2 `deportations`: people deported, removed,
expelled or returned; one person's repeated removals are incidents). Invented sentences, written blind, each with a
close trap that must keep its reading:

- a time clause with "they" after the removal verb tells their past, the verb before the number the count ("returned
  230 Guatemalans to Mexico a day after they were apprehended" are removals; "apprehended 230 ... after they had
  waded across" stay apprehensions);
- a named person (an age set off after the name) who "had five prior removals", "her three prior removals" or a
  suspect's have removals as incidents; a place's total after its name, or a president's after "his", stays people;
- "removed from the U.S. at least six times": the abbreviation's points do not end the removal verb's reach;
- detainees whose own verb removes them are removed; detainees awaiting removal stay held;
- the site a removal takes people from is where they were held, not the count's type; a site that holds people
  "from Central America" still holds them;
- people "spared deportation" were not removed; people deported after a ruling were;
- an aircraft carrying people right after a sentence that names a removal flight carries removed people; after a
  sentence of an airline's flight it carries travellers;
- "removed or returned 310,000 people": two removal verbs coordinated govern the number as one; two arrest verbs
  stay arrests;
- a coordinated verb with an auxiliary ("and have already deported 44 of them"), or the main verb of a subject
  whose relative clause holds the count ("deputies who arrested 75 ... have since deported 20 of them"), is the next
  number's, the total keeps the verb before it; a relative clause after a place phrase ("130 people in Omaha who had
  been deported before") tells their past, and the verb before the number stays theirs.
"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

REMOVED = "deportations"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Border Patrol returned 230 Guatemalans to Mexico on Friday, a day after they were apprehended near "
            "Sunland Park.",
            {(REMOVED, 230, "people")},
        ),
        ("Villalobos, 38, had five prior removals, prosecutors said.", {(REMOVED, 5, "incidents")}),
        ("Her three prior removals were listed in the indictment.", {(REMOVED, 3, "incidents")}),
        ("Police said the suspect had six previous deportations.", {(REMOVED, 6, "incidents")}),
        ("Prosecutors said Cardenas had been removed from the U.S. at least six times.", {(REMOVED, 6, "incidents")}),
        ("Roughly 240 detainees at the Otay Mesa center were deported in October.", {(REMOVED, 240, "people")}),
        ("About 450 families were spared deportation after the judge's ruling.", set()),
        (
            "ICE sent a removal flight to Bogotá on Monday. The jet, carrying 104 Colombians, landed before noon.",
            {(REMOVED, 104, "people")},
        ),
        ("ICE deported 65 women from the Karnes County Residential Center last week.", {(REMOVED, 65, "people")}),
        ("The department said it had removed or returned 310,000 people since March.", {(REMOVED, 310000, "people")}),
        (
            "The deputies who arrested 75 farmworkers near Yakima have since deported 20 of them, the sheriff said.",
            {("arrests", 75, "people"), (REMOVED, 20, "people")},
        ),
        (
            "Officers arrested 130 people in Omaha and have already deported 44 of them.",
            {("arrests", 130, "people"), (REMOVED, 44, "people")},
        ),
    ],
)
def test_removal_forms(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agents apprehended 230 Guatemalans near Sunland Park on Friday after they had waded across the river.",
            {("border_apprehensions", 230, "people")},
        ),
        ("Georgia had 9,300 removals in 2024, the agency said.", {(REMOVED, 9300, "people")}),
        ("Critics faulted the president for his 1.2 million deportations.", {(REMOVED, 1200000, "people")}),
        ("About 450 families were deported after the judge's ruling.", {(REMOVED, 450, "people")}),
        (
            "The airline added a flight to Bogotá on Monday. The jet, carrying 104 tourists, landed before noon.",
            set(),
        ),
        ("He had been arrested in the U.S. at least six times, police said.", set()),
        ("Roughly 240 detainees at the Otay Mesa center are awaiting deportation.", {("detentions", 240, "people")}),
        (
            "The Karnes County Residential Center held 65 women from Central America last week.",
            {("detentions", 65, "people")},
        ),
        ("Officers arrested 130 people in Omaha who had been deported before.", {("arrests", 130, "people")}),
        ("The deputies arrested 75 farmworkers near Yakima who have since been deported.", {("arrests", 75, "people")}),
        (
            "The department said it had arrested or detained 310,000 people since March.",
            {("arrests", 310000, "people")},
        ),
    ],
)
def test_removal_traps_keep_their_reading(text: str, expected: set) -> None:
    assert counts(text) == expected
