"""Two more forms of a held population and a removed group (issue #7, round 22). A progressive with its adverb of now
between the auxiliary and the verb ("is currently detaining 52,000 people") holds a population, as "is detaining" and
"currently detains" already did (GUIDELINES §2 detentions), while a participle after a comma keeps taking people in
(an arrest). "those removed" stands for the people removed like "the people removed" ("Among those removed were 52
Peruvians": deportations), while a list or office people are removed from removes nobody from the country.
(Sentences invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("ICE is currently detaining 52,400 people, more than Congress paid for.", 52400),
        ("The agency was still detaining 1,150 Haitians in Texas at the end of March.", 1150),
        ("ICE is now detaining about 63,000 immigrants, its records show.", 63000),
    ],
)
def test_a_progressive_with_an_adverb_of_now_holds_a_population(sentence: str, value: int) -> None:
    assert counts(sentence) == {("detentions", value, "people")}


def test_a_participle_after_a_comma_still_takes_people_in() -> None:
    assert counts("Agents raided a bakery in Omaha, detaining 27 workers.") == {("arrests", 27, "people")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Among those removed were 52 Peruvians and 17 Ecuadorians.", {52, 17}),
        ("ICE removed 640 people in May. Of those removed, 35 were Ecuadorians.", {640, 35}),
    ],
)
def test_those_removed_are_people_deported(sentence: str, expected: set[int]) -> None:
    assert {v for t, v, _ in counts(sentence) if t == "deportations"} == expected


def test_those_removed_from_a_list_are_no_count() -> None:
    assert counts("Those removed from the voter rolls numbered 310, the clerk said.") == set()
