"""A level whose number opens a partial quotation (issue #7, recall round 16): 'the number ... was "about 475," an
official said' reads its frame as if the quotation mark were not there; a number opening a full quotation after its
speaker is untouched. (Invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'The number of people arrested at the Provo site was "roughly 230," a DHS spokesperson said.',
            ("arrests", 230, "people"),
        ),
        (
            'Removals from the Tulsa office climbed to "more than 1,800," the agency said.',
            ("deportations", 1800, "people"),
        ),
    ],
)
def test_a_level_told_in_a_partial_quotation_keeps_its_frame(sentence: str, expected: tuple[str, int, str]) -> None:
    assert counts(sentence) == {expected}


def test_a_quoted_number_that_is_no_level_counts_nobody() -> None:
    # the trap: the quotation's number is an opinion's measure, no level of anything counted
    assert counts('The sheriff called the overtime bill "230 hours too many," a DHS spokesperson said.') == set()
