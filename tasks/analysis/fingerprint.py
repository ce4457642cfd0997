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
from functools import lru_cache
from hashlib import blake2b

from trafilatura.deduplication import sample_tokens

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


#: _BIT_SET[j] maps a byte to 1 when its bit j is set, else to 0 (for bytes.translate)
_BIT_SET = [bytes((value >> j) & 1 for value in range(256)) for j in range(8)]


@lru_cache(maxsize=2**14)
def _token_hash(token: str) -> bytes:
    """A token's 64-bit hash, big-endian: trafilatura's Simhash hashes tokens the same way."""
    return blake2b(token.encode(), digest_size=8).digest()


def fingerprint(text: str | None) -> int | None:
    """The body's 64-bit simhash (an unsigned int), or None when the body is too short to fingerprint.

    The value of trafilatura's `Simhash(text, length=64).hash`: bit i is set when at least half of the
    sampled tokens' hashes have bit i set. Counted a column of bytes at a time (bytes.translate and
    count run in C) rather than by adding a 64-entry vector per token: 0.5 instead of 1.8 ms per article.
    """
    if not text or len(_WORD.findall(text)) < MIN_WORDS:
        return None
    tokens = sample_tokens(text, BITS)
    hashes = b"".join([_token_hash(token) for token in tokens])
    value = 0
    for bit in range(BITS):
        column = hashes[7 - bit // 8 :: 8]  # the byte holding this bit, of every token's hash
        if 2 * column.translate(_BIT_SET[bit % 8]).count(1) >= len(tokens):
            value |= 1 << bit
    return value


def bands(fingerprint_value: int) -> tuple[int, ...]:
    """The fingerprint cut into BAND_COUNT slices of BAND_BITS bits, lowest bits first."""
    return tuple((fingerprint_value >> (BAND_BITS * i)) & _BAND_MASK for i in range(BAND_COUNT))


def distance(a: int, b: int) -> int:
    """Hamming distance: the number of bits in which two fingerprints differ."""
    return (a ^ b).bit_count()
