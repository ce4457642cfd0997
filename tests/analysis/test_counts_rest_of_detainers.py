"""The rest of a set of detainer requests, told by what the jail did with it (issue #7; GUIDELINES §2 `detainers`
counts the requests issued, honoured or declined). Invented sentences, written blind: after "honored 150 of 210
detainer requests", "The remaining 60 were refused" is 60 more requests, declined. Traps: "the other 12" whose
passive is no verb of what is done with a request ("were released on bond"), and "the other 12" in a story that
names no detainers, stay no count."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

DETAINER = "detainers"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The county jail received 210 detainer requests in 2023 and honored 150 of them. The remaining 60 were "
            "refused.",
            {(DETAINER, 210, "requests"), (DETAINER, 150, "requests"), (DETAINER, 60, "requests")},
        ),
        (
            "Deputies at the Pinecrest jail got 95 ICE detainers this spring. They turned down the other 40.",
            {(DETAINER, 95, "requests"), (DETAINER, 40, "requests")},
        ),
        (
            "ICE lodged 500 detainers with the jail last year. Officials honored 320 and declined the remaining 180.",
            {(DETAINER, 500, "requests"), (DETAINER, 320, "requests"), (DETAINER, 180, "requests")},
        ),
        (
            "The sheriff's office logged 77 immigration detainers in 2022. Its other 19 were not honored because no "
            "judge had signed them.",
            {(DETAINER, 77, "requests"), (DETAINER, 19, "requests")},
        ),
    ],
)
def test_the_rest_of_detainer_requests_is_detainers(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The county jail received 300 detainer requests last year. The other 12 were released on bond.",
            {(DETAINER, 300, "requests")},
        ),
        (
            "ICE officers arrested 80 people in the sweep. The other 12 were declined entry.",
            {("arrests", 80, "people")},
        ),
    ],
)
def test_the_rest_with_no_request_verb_or_no_detainers_is_no_detainer_count(text: str, expected: set) -> None:
    assert counts(text) == expected
