"""A part whose subject "accounted for" it, its whole written after it (issue #7, round 23; sentences invented here,
none from the dev set, the judges or the corpus): "The Yuma Sector accounted for 540 of the 8,100 apprehensions along
the southwest border" puts the 540 in the sector its subject names, the 8,100 on the border the whole's noun phrase
names (as "Louisiana holds 7,300 of the 61,000 people detained across the country"). The traps: a part with no subject
place keeps the place its whole's phrase names; a country that accounted for a part is where people came from, no
place (the convention: a nationality or a country of origin never is)."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: tuple(f.places) for f in extract_counts(text, None)}


def test_the_subject_that_accounted_for_a_part_is_its_place() -> None:
    placed = _placed("The Yuma Sector accounted for 540 of the 8,100 apprehensions along the southwest border in May.")
    assert placed == {540.0: ("Yuma sector",), 8100.0: ("southwest border",)}


def test_a_state_that_accounted_for_a_part_of_a_national_whole_is_its_place() -> None:
    placed = _placed("Arizona accounted for 4,400 of the 52,000 people held in ICE detention nationwide in June.")
    assert placed[4400.0] == ("Arizona",)


def test_a_part_with_no_subject_place_keeps_its_wholes_place() -> None:
    placed = _placed("Agents said 540 of the 8,100 migrants apprehended near Yuma in May were families.")
    assert placed[540.0] == placed[8100.0]


def test_a_country_that_accounted_for_a_part_is_no_place_of_it() -> None:
    placed = _placed("Guatemala accounted for 610 of the 8,100 apprehensions along the southwest border in May.")
    assert "Guatemala" not in placed[610.0]
