"""Short enforcement stories told in few words (round 25, bench/probes/tagshort2.jsonl): a jail's hold for the agency
told as keeping people past their release, and people smuggled told by the vehicle they were hidden in. Sentences
invented for these tests."""

from __future__ import annotations

from tasks.analysis.tag import _analyse, tag_article


def _strength(title: str, text: str, sentence: str) -> float:
    return next(s.enforcement for s in _analyse(title, text).sentences if s.text == sentence)


def test_a_hold_past_release_beside_the_agency_is_the_detainer() -> None:
    """Keeping people past the release a sentence or a court set, for ICE or immigration authorities, is the detainer
    said in plain words: as strong as the word itself."""
    for sentence in (
        "The jail will stop keeping people for ICE beyond their scheduled release.",
        "Deputies held two men after their release dates so immigration officers could collect them.",
        "Under the policy, Border Patrol asked the county to hold the driver past his release.",
    ):
        assert _strength("x", sentence, sentence) == 2.0, sentence


def test_a_hold_past_release_with_no_immigration_agency_is_none() -> None:
    """A prison's over-detention by clerical error, or a vigil held after a video's release, names no immigration
    agency: no enforcement."""
    for sentence in (
        "An audit found the prison kept 40 inmates past their release dates because of a records error.",
        "The family held a vigil after the release of the video.",
    ):
        assert _strength("x", sentence, sentence) == 0.0, sentence


def test_a_sheriff_ending_the_hold_in_two_paragraphs_is_enforcement() -> None:
    """A quote-led brief whose one fact is the jail ending its holds for ICE is a cooperation story."""
    story = (
        "Jail changes course",
        '"We are a county jail, not a federal holding pen," Sheriff Ellen Marsh said.\n\n'
        "Marsh said Friday that deputies would no longer keep inmates for ICE beyond their release dates.",
    )
    assert tag_article(*story).is_enforcement


def test_people_hidden_in_a_vehicle_are_smuggled() -> None:
    """People found hidden in a trailer, a compartment or cargo are people smuggled (GUIDELINES §1 smuggling), in a
    seizure story too: the drug named beside them does not make it a drug case only."""
    for sentence in (
        "Officers found nine men crammed into a refrigerated trailer at the checkpoint.",
        "A dog alerted to migrants concealed inside a false compartment of the bus.",
    ):
        assert _strength("x", sentence, sentence) == 2.0, sentence
    seizure = (
        "Meth, seven people found in truck at Otay Mesa",
        "CBP officers at the Otay Mesa crossing found 60 pounds of methamphetamine in a box truck on Sunday, and seven "
        "people hidden under the load.\n\nThe seven were handed to the Border Patrol.",
    )
    assert tag_article(*seizure).is_enforcement


def test_drugs_hidden_in_cargo_with_no_people_are_a_drug_case() -> None:
    """Pills hidden in a shipment, or one driver arrested, is a drug seizure with no migrant (GUIDELINES §1 traps)."""
    seizure = (
        "Fentanyl found in tomato shipment",
        "CBP officers at the Pharr bridge found 90 pounds of fentanyl hidden in a shipment of tomatoes on Tuesday.\n\n"
        "The driver, a U.S. citizen, was arrested.",
    )
    assert not tag_article(*seizure).is_enforcement
    players = "The players were packed into two vans for the ride to the tournament."
    assert _strength("x", players, players) == 0.0
