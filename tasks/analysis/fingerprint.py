"""A 64-bit text fingerprint of an article body, for finding copies of one story (wire copies, one press
release rewritten, one story under several URLs).

trafilatura's Charikar Simhash over the body's words: near-identical bodies get fingerprints a few bits
apart, unrelated ones about 32 apart. Two bodies are copies when their fingerprints differ in at most
`MAX_DISTANCE` bits. `bands` cuts a fingerprint into `MAX_DISTANCE + 1` slices: by the pigeonhole
principle two fingerprints within `MAX_DISTANCE` bits agree on at least one whole slice, so the store
finds every candidate by an equality lookup on a slice, never by comparing against every stored article.

`MAX_DISTANCE` was chosen with bench/clusters.py on 6,931 real articles of the shared corpus: up to 3 bits,
95% of the 678 pairs share at least 70% of their 5-word shingles; the pairs at 4-6 bits add 710, of which
3% do (mostly templated releases: same boilerplate, another case). A story's copies also run within days,
so the store adds a date window (tasks/store/clusters.py STORY_WINDOW).
"""

from __future__ import annotations

import re

from trafilatura.deduplication import Simhash

#: bump when the fingerprint of the same text changes (stored beside each fingerprint)
FINGERPRINT_VERSION = "simhash64-trafilatura-1"
#: two bodies whose fingerprints differ in at most this many bits are copies of one story
MAX_DISTANCE = 3
#: a body with fewer words has too few tokens for a stable fingerprint: it stands alone
MIN_WORDS = 50

BITS = 64
BAND_COUNT = MAX_DISTANCE + 1
BAND_BITS = BITS // BAND_COUNT
_BAND_MASK = (1 << BAND_BITS) - 1
_WORD = re.compile(r"\w+")


def fingerprint(text: str | None) -> int | None:
    """The body's 64-bit simhash (an unsigned int), or None when the body is too short to fingerprint."""
    if not text or len(_WORD.findall(text)) < MIN_WORDS:
        return None
    return Simhash(text, length=BITS).hash


def bands(fingerprint_value: int) -> tuple[int, ...]:
    """The fingerprint cut into BAND_COUNT slices of BAND_BITS bits, lowest bits first."""
    return tuple((fingerprint_value >> (BAND_BITS * i)) & _BAND_MASK for i in range(BAND_COUNT))


def distance(a: int, b: int) -> int:
    """Hamming distance: the number of bits in which two fingerprints differ."""
    return (a ^ b).bit_count()
