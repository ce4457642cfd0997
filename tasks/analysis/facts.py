"""An article's facts: its counts (shared/gold/GUIDELINES.md §2 "Counts") as `Fact` records with evidence,
place, agency, operation, period and breakdown link, and the article's quotes, agencies, operations and places.

This module only assembles; each step of finding a count has its own module (tasks/analysis/README.md):

1. `sentences.py` cuts the story's own text from trailing related-link lists and splits it into sentences with
   offsets, so `evidence` is always `text[start:end]`.
2. `counts.py` types every number; `count_candidates.py` scores it with the learned decision (`count_model.py`)
   and keeps one candidate per count; here those at or above `emit_at` become facts.
3. `count_places.py` ties each count to its place; agency and operation come from its sentence, its period from its
   own words (`periods.count_periods`, read with the candidates in `count_candidates.read_counts`).
4. A list item or partitive of a larger count of the same type gets `part_of` (the index of its total).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from schemas.records import Fact, Place, Quote
from tasks.analysis.agencies import find_agencies, find_operations
from tasks.analysis.count_candidates import StoryCounts, dedupe, read_counts
from tasks.analysis.count_model import count_model
from tasks.analysis.count_places import PARTITIVE, headline_places, place_counts
from tasks.analysis.count_record import Count
from tasks.analysis.periods import period_anchor, resolve_period
from tasks.analysis.quotes import find_quotes

#: Bump whenever a lexicon or rule that shapes a fact changes: sentences.py, counts.py, count_record.py,
#: count_border.py, count_reading.py, count_traps.py, count_types.py, count_lexicon/,
#: count_candidates.py, count_places.py, places.py, numbers.py, periods.py, agencies.py, quotes.py, quote_lexicon.py,
#: quote_people.py, quote_speakers.py or this module (or count_weights.json is refitted): stored facts carry it, and
#: `newsflow reprocess` rewrites older ones.
FACTS_VERSION = "facts-2.25"

_I = re.IGNORECASE


@dataclass(frozen=True)
class FactParts:
    """What `extract_facts` derives for an article, before tagging is attached."""

    facts: tuple[Fact, ...]
    quotes: tuple[Quote, ...]
    operations: tuple[str, ...]
    agencies: tuple[str, ...]
    places: tuple[Place, ...]


def extract_counts(text: str, published: date | None, title: str = "") -> list[Fact]:
    """Typed counts of an article's own text with places, agency, operation and period attached (the `title` is
    read only for the place of a count the text leaves unplaced): the facts of `extract_facts` without its quotes.
    The pipeline calls `extract_facts`; this is the count tests' entry (tests/typed_counts.py and tests/analysis)."""
    return list(_extract(read_counts(text, title), text, published, title)[0])


#: "97 of the arrests", "12 of those detained", "five of them": a part of a group counted before
_ANAPHORIC_PART = re.compile(r"\s*(?:out\s+)?of\s+(?:the|those|these|them)\b[^\d.;]{0,40}", _I)


def _total_index(counts: list[Count], i: int) -> int | None:
    """The index of the count that count `i` is a part of: the total of its list ("498 immigrants,
    including 28 in Baltimore"), the whole of its partitive ("97 of the 212 arrests"), or, for a partitive
    that points back ("97 of the arrests"), the nearest earlier count; always of the same type and unit and
    larger. None when it stands alone. Totals by type add only facts without one."""
    c = counts[i]
    view = c.sentence.rule_text
    for j, d in enumerate(counts):
        if j == i or (d.type, d.unit) != (c.type, c.unit) or d.number.value <= c.number.value:
            continue
        if c.total is not None and d.number.value == c.total.number.value:
            return j
        if d.sentence is c.sentence and PARTITIVE.fullmatch(view[c.number.end : d.number.start]):
            return j
    if _ANAPHORIC_PART.match(view, c.number.end):
        earlier = [
            j
            for j, d in enumerate(counts[:i])
            if (d.type, d.unit) == (c.type, c.unit) and d.number.value > c.number.value and d.total is None
        ]
        return earlier[-1] if earlier else None
    return None


def _extract(
    story: StoryCounts, text: str, published: date | None, title: str = ""
) -> tuple[tuple[Fact, ...], list[str], list[str], list[Place]]:
    end, sentences, place_mentions, cands = story.end, story.sentences, story.places, story.candidates
    model = count_model()
    kept = [cand for cand in dedupe(cands) if cand.confidence >= model.emit_at]
    counts = [cand.count for cand in kept]
    agencies = [a for a in find_agencies(text) if a[1] < end]
    operations = [o for o in find_operations(text) if o[1] < end]
    dominant_agency = Counter(a[0] for a in agencies).most_common(1)[0][0] if agencies else None
    single_operation = operations[0][0] if len({o[0] for o in operations}) == 1 else None
    totals = [_total_index(counts, i) for i in range(len(counts))]
    placed = place_counts(
        text, end, sentences, counts, totals, cands, place_mentions, model.emit_at, headline_places(title)
    )

    facts: list[Fact] = []
    for i, c in enumerate(counts):
        s = c.sentence
        n = c.number
        agency = next((a[0] for a in agencies if s.start <= a[1] < s.end), dominant_agency)
        operation = next((o[0] for o in operations if s.start <= o[1] < s.end), single_operation)
        period = kept[i].period
        anchor = period_anchor(s.rule_text, period) if period else None
        p_start, p_end = resolve_period(period[0], published, anchor) if period else (None, None)
        facts.append(
            Fact(
                type=c.type,
                value=n.value,
                unit=c.unit,
                evidence=s.text,
                start=s.start,
                end=s.end,
                places=placed[i][0],
                place_source=placed[i][1],
                agency=agency,
                operation=operation,
                period_text=period[0] if period else None,
                period_start=p_start,
                period_end=p_end,
                confidence=round(kept[i].confidence, 4),
                part_of=totals[i],
            )
        )
    all_places: list[Place] = []
    seen: set[str] = set()
    for p in place_mentions:
        if p.place.normalized not in seen:
            seen.add(p.place.normalized)
            all_places.append(p.place)
    return (
        tuple(facts),
        list(dict.fromkeys(a[0] for a in agencies)),
        list(dict.fromkeys(o[0] for o in operations)),
        all_places,
    )


def extract_facts(title: str, text: str, published: date | None) -> FactParts:
    """Counts, quotes, operations, agencies and places of one article's own text (before related links).
    The `title` gives no counts (a headline's counts added only false ones on the dev set, tasks/analysis/README.md),
    only the place of a count the text leaves unplaced."""
    story = read_counts(text, title)
    facts, agencies, operations, places = _extract(story, text, published, title)
    quotes = tuple(q for q in find_quotes(text) if q.start < story.end)
    return FactParts(
        facts=facts,
        quotes=quotes,
        operations=tuple(operations),
        agencies=tuple(agencies),
        places=tuple(places),
    )
