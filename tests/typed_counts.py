"""The one reading the count tests compare: a text's counts as (type, value, unit), nothing else of each fact."""

from __future__ import annotations

from datetime import date

from tasks.analysis.facts import extract_counts


def typed_counts(text: str, published: date | None = None) -> set[tuple[str, float, str]]:
    """The counts `extract_counts` finds in `text`, as a set of (type, value, unit)."""
    return {(f.type, f.value, f.unit) for f in extract_counts(text, published)}
