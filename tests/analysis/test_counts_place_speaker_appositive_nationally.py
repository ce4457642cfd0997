"""A speaker's description is no count's place, and "Nationally," tells a count of the whole country (issue #7,
round 23; sentences invented here, none from the dev set, the judges or the corpus). "said Dana Pike, a volunteer from
Yakima" names where the speaker is from, whatever the speaker's noun; "Nationally, ICE deported 3,300" takes no story
stand-in. Traps: a count's own place before the attribution stays; a place after "said" that is no speaker's
description stays; a count in a story about one town without "nationally" keeps its stand-in."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: tuple(f.places) for f in extract_counts(text, None)}


def test_a_speakers_home_in_apposition_is_no_place() -> None:
    placed = _placed("Agents arrested 17 farmworkers on Monday, said Dana Pike, a volunteer from Yakima who drove out.")
    assert placed == {17.0: ()}


def test_according_to_a_speaker_who_lives_somewhere_is_no_place() -> None:
    placed = _placed("ICE officers arrested 9 tenants, according to Rosa Maldonado, a neighbor who lives in Gresham.")
    assert placed == {9.0: ()}


def test_trap_the_counts_own_place_stays_beside_the_speakers() -> None:
    placed = _placed("Agents arrested 17 farmworkers in Sunnyside, said Dana Pike, a volunteer from Yakima.")
    assert placed[17.0] and placed[17.0][0].startswith("Sunnyside")
    assert not any(p.startswith("Yakima") for p in placed[17.0])


def test_trap_a_place_after_said_that_is_no_description_stays() -> None:
    placed = _placed("Agents arrested 14 people at a warehouse in Reno, said Omar Reyes, a spokesman for the agency.")
    assert placed[14.0] and placed[14.0][0].startswith("Reno")


def test_nationally_a_count_takes_no_stand_in() -> None:
    text = (
        "The city council in Albuquerque debated a sanctuary measure on Tuesday.\n\n"
        "Nationally, ICE has arrested 3,300 people at check-in appointments since June."
    )
    assert _placed(text) == {3300.0: ()}


def test_trap_without_nationally_the_stand_in_stays() -> None:
    text = (
        "Agents fanned out across Albuquerque on Tuesday. Albuquerque police stayed away.\n\n"
        "ICE has arrested 330 people at check-in appointments since June."
    )
    assert _placed(text)[330.0]
