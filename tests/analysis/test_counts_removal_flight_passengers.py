"""The passengers a removal flight carries, the number right after the flight (issue #7, round 20; sentences invented
here, none from the dev set, the judges or the corpus; GUIDELINES §2: people carried on a removal flight are removed):
"A deportation flight carrying 91 Ecuadorians landed in Quito, and passengers said they were shackled" is one removal
count, whatever the later clause with its own subject tells of them. The trap: people the later clause counts on its
own ("police arrested 4 of them") keep their own type."""

from __future__ import annotations

from typed_counts import typed_counts as counts


def test_passengers_of_a_removal_flight_are_removed_whatever_a_later_clause_says() -> None:
    assert counts(
        "A deportation flight carrying 91 Ecuadorians landed in Quito on Monday, and passengers said they were "
        "handcuffed during the flight."
    ) == {("deportations", 91, "people")}


def test_a_part_the_later_clause_counts_keeps_its_type() -> None:
    assert counts(
        "A removal flight with 130 Hondurans landed in San Pedro Sula, where police arrested 4 of them on old warrants."
    ) == {("deportations", 130, "people"), ("arrests", 4, "people")}
