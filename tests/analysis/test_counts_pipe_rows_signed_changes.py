"""Counts set in a table's frame, and signed changes (issue #7, round 23). A table row written without a leading
mark, its label and number parted by a pipe ("Laredo | 2,870"), is an item of the lead line above it like a row
parted by a colon; a lead that names its people in the singular ("Detainee population by facility:") leads a list
of people held. The traps: a number with its sign written on it ("Removals: +12%", "Encounters: -40%") is a
change, never a level (GUIDELINES §2); a range and a list dash carry no sign. (Sentences invented here, none taken
from the dev set or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts


def test_pipe_rows_under_a_lead_count_what_the_lead_names() -> None:
    text = (
        "CBP released its monthly figures on Tuesday.\n"
        "Border Patrol apprehensions in October, by sector:\n"
        "Laredo | 2,870\nBig Bend | 415\nThe figures exclude people stopped at ports of entry."
    )
    assert counts(text) == {("border_apprehensions", 2870, "people"), ("border_apprehensions", 415, "people")}


def test_a_singular_people_lead_makes_its_rows_people_held() -> None:
    text = (
        "Detainee population at Louisiana sites on Monday, per ICE data:\n"
        "Jena Processing Center: 1,340\nRiver Correctional Center: 512\nLawyers said both sites were crowded."
    )
    assert counts(text) == {("detentions", 1340, "people"), ("detentions", 512, "people")}


def test_pipe_rows_under_a_lead_of_no_count_stay_uncounted() -> None:
    text = "Agents assigned to each station, by sector:\nLaredo | 2,870\nBig Bend | 415\nThe union asked for more."
    assert counts(text) == set()


def test_signed_shares_in_a_dashboard_are_changes() -> None:
    text = (
        "ICE's dashboard compared the quarter with a year earlier:\n"
        "Arrests: +27%\nRemovals: +12%\nBorder encounters: -40%\nThe agency gave no totals."
    )
    assert counts(text) == set()


def test_a_list_dash_before_a_share_is_no_sign() -> None:
    text = "Of the 900 people ICE arrested in the Denver operation:\n- 41% had criminal convictions\nThe rest had none."
    assert ("convictions", 41, "percent") in counts(text)
