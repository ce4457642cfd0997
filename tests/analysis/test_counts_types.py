"""The type a count takes and the counts that are none (issue #7, round 11): each decision a class (the governing
predicate's class, the agency, where it happened, what the counted people are), tested on invented sentences
beside a sentence of the same words whose answer differs. (Invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest

from tasks.analysis.facts import extract_counts


def counts(text: str) -> set[tuple[str, float, str]]:
    return {(f.type, f.value, f.unit) for f in extract_counts(text, None)}


# --- the whole of a share: its own participle names its action, the record (any record word) is the share's ------


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("Sixty percent of the 1,400 people deported from Ohio this year had felony records.", "deportations"),
        ("About 45 percent of the 830 people arrested in Utah had misdemeanor records, ICE said.", "arrests"),
        ("Nearly 30 percent of the 2,100 immigrants held at the center had felony convictions.", "detentions"),
    ],
)
def test_the_whole_of_a_record_share_takes_its_own_action(sentence: str, whole: str) -> None:
    found = counts(sentence)
    assert any(t == "convictions" and u == "percent" for t, _, u in found)
    assert {(t, u) for t, v, u in found if v > 100} == {(whole, "people")}

