"""The count vocabulary as English reports each GUIDELINES §2 type, class by class (issue #7, round 10): a verb or
noun class with its inflections and nominalisations, each tested on invented sentences beside a trap of the same
words whose right answer is no count. (The sentences are invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest

from tasks.analysis.facts import extract_counts


def counts(text: str) -> set[tuple[str, float, str]]:
    return {(f.type, f.value, f.unit) for f in extract_counts(text, None)}


# --- a verb that governs its number from just before it, a qualifier in between ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE now holds about 39,500, officials said.", ("detentions", 39500, "people")),
        ("The agency currently holds about 52,000 immigrants, officials said.", ("detentions", 52000, "people")),
        ("The county jail was housing roughly 300 immigrants for ICE.", ("detentions", 300, "people")),
    ],
)
def test_a_qualifier_between_verb_and_number_keeps_the_verb(sentence: str, expected: tuple[str, float, str]) -> None:
    assert counts(sentence) == {expected}


def test_a_capacity_with_a_qualifier_stays_no_count() -> None:
    assert counts("The new center can hold about 900 people.") == set()
