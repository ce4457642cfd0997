"""People a court sentences, named by the crime of this prosecution, round 22 (issue #7; sentences invented here,
none from the dev set, the judges, the probes or the corpus): "The judge sentenced 22 defendants convicted of illegal
reentry" counts people prosecuted in the story's own case (GUIDELINES §2 charged), as "were sentenced" and "convicted
22 defendants" already do, not a record they had before. The traps: a record told as such ("convicted of felonies
before") and an arrest of people named by a conviction stay records."""

from __future__ import annotations

from typed_counts import typed_counts as counts


def test_people_a_court_sentences_convicted_of_the_cases_crime_are_charged() -> None:
    assert counts("A federal judge in Yuma sentenced 17 men convicted of transporting migrants on Monday.") == {
        ("charged", 17, "people")
    }
    assert counts("Judge Ruiz has sentenced 33 defendants convicted of illegal reentry since the spring.") == {
        ("charged", 33, "people")
    }


def test_a_record_told_as_a_record_stays_a_record() -> None:
    assert counts("A judge in Yuma sentenced 6 men convicted of felonies before their removal.") == {
        ("convictions", 6, "people")
    }
    assert counts("ICE officers in Yuma arrested 25 people convicted of drunk driving, the agency said.") == {
        ("convictions", 25, "people")
    }
