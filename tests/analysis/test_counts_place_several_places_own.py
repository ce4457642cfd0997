"""A count's own place when its story names several (issue #7, round 24; sentences invented here, none from the dev
set, the judges or the corpus). A removal sent to a foreign town written with its country ("to Tegucigalpa,
Honduras") names one end, not a list of two; a site written by its bare name, the kind of site and its town ("Camp
East Montana detention facility near El Paso") is placed at the site with its town; a Border Patrol station named as
the post its agents work from is a place. Traps: a list of two destinations still names none alone; a state before
the kind noun and the town ("a Georgia detention center in Lumpkin") is no site's name; a station no agents work
from (a train station) is no place."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts
from tasks.analysis.places import find_places


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: tuple(f.places) for f in extract_counts(text, None)}


def test_a_removal_to_a_town_and_its_country_is_placed_there() -> None:
    placed = _placed(
        "A charter left Mesa, Arizona, with 88 deportees on Monday.\n\n"
        "On Tuesday a second charter deported 104 people to Tegucigalpa, Honduras."
    )
    assert any(p.startswith("Tegucigalpa") for p in placed[104.0])


def test_trap_a_removal_to_two_countries_names_neither_alone() -> None:
    placed = _placed(
        "A charter left Mesa, Arizona, with 88 deportees on Monday.\n\n"
        "On Tuesday two more charters deported 104 people to Guatemala, Honduras and El Salvador."
    )
    assert not any(p in ("Guatemala", "Honduras", "El Salvador") for p in placed[104.0])


def test_a_site_named_bare_with_its_kind_and_town_is_placed_at_the_site() -> None:
    placed = _placed("Camp East Montana detention facility near El Paso held 2,730 people last week.")
    assert "Camp East Montana" in placed[2730.0]


def test_trap_a_state_before_the_kind_noun_is_no_site_name() -> None:
    placed = _placed("A Georgia detention center in Lumpkin held 1,730 people last week.")
    assert placed[1730.0] and all(p != "Georgia" for p in placed[1730.0])


def test_a_station_its_agents_work_from_is_a_place() -> None:
    text = "Border Patrol agents from the Lordsburg Station apprehended 312 migrants in May."
    assert "Lordsburg Station" in [text[m.start : m.end] for m in find_places(text)]
    assert "Lordsburg Station" in _placed(text)[312.0]


def test_trap_a_train_station_is_no_post() -> None:
    text = "Commuters at the Union Station waited as police checked tickets, and a man at the Penn Station was fined."
    assert not any("Station" in text[m.start : m.end] for m in find_places(text))
