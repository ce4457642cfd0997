"""Sheltered children a passive after their relative clause removes (issue #7, recall round 16): "The 41 teenagers,
who had been housed in HHS shelters ..., were deported" are removed; the shelter rule (GUIDELINES §2: children in
shelters are detentions only where called detained) still leaves those it only houses or releases uncounted.
(Invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts


def test_children_once_sheltered_whom_the_sentence_removes_are_removed() -> None:
    sentence = (
        "The 41 Honduran teenagers, who had been housed in HHS shelters in Ohio since March, were deported on Tuesday."
    )
    assert counts(sentence) == {("deportations", 41, "people")}


def test_children_once_sheltered_whom_the_sentence_releases_count_nobody() -> None:
    # the trap: released to sponsors, nobody removed or held
    sentence = "The 41 Honduran teenagers, who had been housed in HHS shelters in Ohio since March, were released."
    assert counts(sentence) == set()
