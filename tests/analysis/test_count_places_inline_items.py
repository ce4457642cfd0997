"""An item of a list run inside one sentence ("lead: Name, N; Name, N; and Name, N") is placed by its own words, from
the ";" or ":" that opens it to its number (issue #7, round 21; sentences invented here, none from the dev set, the
judges or the corpus): a U.S. place or a facility or sector named there is its place; a foreign country there is where
its people came from or were sent, no place (GUIDELINES places: origins and destinations); the neighbouring items'
names are never its place."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: tuple(f.places) for f in extract_counts(text, None)}


def test_a_middle_item_is_placed_by_its_own_state_not_its_neighbours() -> None:
    placed = _placed("ICE detainees by state on Friday: Arizona, 3,700; Georgia, 2,640; and Ohio, 810.")
    assert placed[3700.0] == ("Arizona",)
    assert placed[2640.0] == ("Georgia",)
    assert placed[810.0] == ("Ohio",)


def test_an_item_naming_a_foreign_country_has_no_place() -> None:
    placed = _placed(
        "ICE deported 9,100 people in the fiscal year. Deportations by nationality: Colombia, 2,300; Ecuador, "
        "1,760; and Peru, 540."
    )
    assert placed[2300.0] == ()
    assert placed[1760.0] == ()
    assert placed[540.0] == ()


def test_sector_and_facility_items_keep_their_own_names() -> None:
    sectors = _placed(
        "Border Patrol apprehensions by sector in June: Del Rio, 8,900; Yuma, 4,350; and San Diego, 2,100."
    )
    assert sectors[8900.0][0].startswith("Del Rio")
    assert sectors[4350.0][0].startswith("Yuma")
    assert sectors[2100.0][0].startswith("San Diego")
    sites = _placed(
        "Detainees held on Tuesday: the Krome center in Miami, 720; the Glades County jail, 410; and the Adelanto "
        "ICE Processing Center, 1,530."
    )
    assert "Miami, Florida" in sites[720.0]
    assert sites[410.0] == ("Glades County",)
    assert "Glades County" not in sites[1530.0] and "Miami, Florida" not in sites[1530.0]


def test_an_item_that_names_no_place_takes_none_of_its_neighbours() -> None:
    # an item named by a unit, not a place: the list's other names say nothing of where it was
    placed = _placed(
        "Arrests by field office in May: Dallas, 1,200; the Fugitive Operations unit, 330; and Denver, 610."
    )
    assert placed[1200.0] == ("Dallas, Texas",)
    assert "Dallas, Texas" not in placed[330.0] and "Denver, Colorado" not in placed[330.0]
    assert placed[610.0] == ("Denver, Colorado",)


def test_a_name_in_running_text_is_no_list_label() -> None:
    # no semicolon list: an ambiguous name with a number after it is no place
    placed = _placed("Officers said Georgia, 34, was among the 12 people arrested at the site.")
    assert all("Georgia" not in places for places in placed.values())
