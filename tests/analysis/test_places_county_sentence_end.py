"""A county opening a sentence after a locative preposition is named alone (issue #7, round 23; GUIDELINES §2
`places`, as written): "the sheriff spoke on Friday. In Tulare County, deputies ..." names "Tulare County", not "Friday.
In Tulare County", so a count in that sentence is placed at the county. An abbreviation inside the name ("St. Johns
County", "Ft. Bend County") still belongs to it. Every sentence is invented."""

from __future__ import annotations

from tasks.analysis.places import find_places


def _names(text: str) -> list[str]:
    return [m.place.name for m in find_places(text)]


def test_a_county_after_a_sentence_end_is_named_alone() -> None:
    names = _names("The sheriff spoke on Friday. In Tulare County, deputies held 90 people for ICE last year.")
    assert "Tulare County" in names
    assert not any("Friday" in n for n in names)


def test_an_abbreviation_inside_a_county_name_belongs_to_it() -> None:
    names = _names("Deputies in St. Johns County and Ft. Bend County honored the requests.")
    assert "St. Johns County" in names
    assert "Ft. Bend County" in names
