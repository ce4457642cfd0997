"""Numbers and counts as people read them: "1 conviction", "1,450 people", "3 new enforcement stories".

Shared ground (like config and errors): fetch, notify and the flows all word their counts this way.
"""

from __future__ import annotations

#: plurals whose singular is not the plural less its "s"
_IRREGULAR = {"people": "person", "assaults on officers": "assault on officers", "percent": "percent"}


def number(value: float) -> str:
    """1450 -> "1,450"; 2.5 -> "2.5"; 3.0 -> "3"."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def singular(plural: str) -> str:
    """The singular of an English plural noun phrase (its last word): "stories" -> "story"."""
    if plural in _IRREGULAR:
        return _IRREGULAR[plural]
    head, _, last = plural.rpartition(" ")
    if last in _IRREGULAR:
        word = _IRREGULAR[last]
    elif last.endswith("ies"):
        word = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss"):
        word = last[:-1]
    else:
        word = last
    return f"{head} {word}" if head else word


def count(n: float, plural: str) -> str:
    """`n` things, the noun given in its plural ("feeds", "arrests", "new enforcement stories")."""
    noun = plural.replace("_", " ")
    return f"{number(n)} {singular(noun) if n == 1 else noun}"
