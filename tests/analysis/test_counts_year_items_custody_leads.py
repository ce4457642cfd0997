"""A list whose items are years, and a list lead that names custody (issue #7, round 22). An item of a list run
inside one sentence may be labelled by a year ("Removals by fiscal year: 2021, 59,011; FY2022 — 72,177") and counts
what the lead names, like a named item; a lead that names custody ("Deaths in ICE custody by year:") makes its
items deaths in custody (GUIDELINES §2 deaths_in_custody), not people held. The traps: a lead of beds or dollars
counts nothing, and a year told as a date is no item. (Sentences invented here, none taken from the dev set or a
probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts


def test_year_items_of_an_inline_list_count_what_the_lead_names() -> None:
    got = counts("ICE removals by fiscal year: 2019, 267,258; 2020, 185,884; and 2021, 59,011.")
    assert got == {
        ("deportations", 267258, "people"),
        ("deportations", 185884, "people"),
        ("deportations", 59011, "people"),
    }


def test_fiscal_year_labels_with_a_dash_are_items_too() -> None:
    got = counts("Deaths in immigration detention: FY2018 — 9; FY2019 — 8; FY2020 — 21.")
    assert got == {
        ("deaths_in_custody", 9, "people"),
        ("deaths_in_custody", 8, "people"),
        ("deaths_in_custody", 21, "people"),
    }


def test_a_custody_lead_makes_its_list_items_deaths_in_custody() -> None:
    text = "Deaths in ICE custody by fiscal year:\n- 2019: 8\n- 2020: 21\n- 2021: 5\nThe agency publishes each report."
    assert counts(text) == {
        ("deaths_in_custody", 8, "people"),
        ("deaths_in_custody", 21, "people"),
        ("deaths_in_custody", 5, "people"),
    }


def test_a_lead_of_beds_counts_no_year_items() -> None:
    assert counts("Detention beds funded by year: 2019, 45,274; 2020, 45,274; 2021, 34,000.") == set()
