"""A site's relative clause that says whom it holds ("the county jail, which holds ICE detainees") describes the
site, not the people a number of the sentence counts (issue #7, round 15): a jail's own bookings stay no count
(GUIDELINES §2: ordinary arrests with no immigration angle), ICE's arrests stay arrests. Traps: a number inside
such a clause, or a count of detainees of its own, is still read. (Invented here, none taken from the dev set or a
probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts


def test_a_jails_own_bookings_borrow_no_hold_from_its_relative_clause() -> None:
    assert counts(
        "Deputies booked 12 men into the county jail, which holds ICE detainees under a federal contract."
    ) == (set())
    assert counts("The jail, which also holds ICE detainees, booked 5,000 people last year.") == set()
    assert counts("Police booked 31 people into the city lockup, which houses immigration detainees.") == set()


def test_an_arrest_by_ice_stays_an_arrest_beside_the_jails_clause() -> None:
    assert counts("ICE agents arrested 25 people and took them to the county jail, which holds ICE detainees.") == {
        ("arrests", 25, "people")
    }


def test_counts_of_detainees_beside_or_inside_the_clause_are_still_read() -> None:
    assert counts("The county jail, which holds ICE detainees, housed 340 immigration detainees on Friday.") == {
        ("detentions", 340, "people")
    }
    assert counts("The Otero County facility, which holds ICE detainees, had 610 detainees in custody last week.") == {
        ("detentions", 610, "people")
    }
    assert ("detentions", 180, "people") in counts(
        "The sheriff runs the county jail, which holds about 180 ICE detainees on a typical day."
    )
