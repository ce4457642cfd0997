"""A counted noun the lexicon does not know, told with its place or whole after it, then its own passive
("Two foremen of a framing company were charged with harboring", "Six cooks at a Tulsa diner were arrested by ICE
agents") counts what that passive says (issue #7, round 20; sentences invented here, none from the dev set, the
judges or the corpus; GUIDELINES §2 charged, arrests), as the same noun with no phrase after it does; so does the
charge such a noun faces ("Four supervisors of a poultry plant face federal charges of hiring ..."). The traps: a
noun that names things stays no count ("Three trucks of a moving company were seized"), and people at a protest
arrested by police stay the protest's."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two foremen of a framing company were charged with harboring workers in the country illegally.",
            {("charged", 2, "people")},
        ),
        ("Six cooks at a Tulsa diner were arrested by ICE agents on Tuesday morning.", {("arrests", 6, "people")}),
        (
            "Four supervisors of a poultry plant face federal charges of hiring workers who lacked papers.",
            {("charged", 4, "people")},
        ),
        (
            "Two ranchers face charges of harboring migrants on their land, prosecutors said.",
            {("charged", 2, "people")},
        ),
    ],
)
def test_an_unknown_noun_with_its_whole_takes_its_own_passive(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Three trucks of a moving company were seized by agents at the depot.",
        "Four marchers at the protest outside the ICE office were arrested by city police.",
        "Three trucks of a moving company face federal charges of hauling goods without permits.",
    ],
)
def test_things_and_protesters_with_a_whole_stay_no_count(sentence: str) -> None:
    assert counts(sentence) == set()
