"""Scored candidates: each typed number (`counts.find_counts`) with the structural features the learned decision
weighs, the confidence it gives (`count_model.py`) and its own period as written (`periods.count_periods`), and one
candidate per count told twice (`dedupe`).

Kept apart from typing because this is the part that is fitted: `bench/fit_counts.py` reads `count_candidates`
and refits `count_weights.json` whenever a rule here or in counts.py or its steps (`count_reading.py`, `count_traps.py`,
`count_types.py`, `count_border.py`) changes.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from tasks.analysis.count_lexicon.traps import CHANGE_VERB, GOVERNING_VERB, OWN_PLACE_AFTER
from tasks.analysis.count_lexicon.vocabulary import OFFICERS, rx
from tasks.analysis.count_model import count_model
from tasks.analysis.count_record import Count
from tasks.analysis.counts import find_counts
from tasks.analysis.periods import CountSpan, Period, count_periods
from tasks.analysis.places import PlaceMention, find_places
from tasks.analysis.sentences import Sentence, split_sentences, story_end

_I = re.IGNORECASE

_QUALIFIED = re.compile(
    r"(?:just\s+)?(?:about|nearly|almost|more\s+than|over|some|approximately|roughly|around|at\s+least|"
    r"less\s+than|fewer\s+than|up\s+to|as\s+many\s+as|an\s+estimated)\s*$",
    _I,
)
#: Frames around a number, read on the words just before it (qualifier removed) or just after it.
_FRAMES_BEFORE: dict[str, re.Pattern[str]] = {
    "from": re.compile(r"\bfrom\s*$", _I),  # "rose from 41,200", "down from 12,400"
    "to": re.compile(r"\b(?:to|at)\s*$", _I),  # "climbed to 9,870", "peaked at"
    "level": re.compile(
        r"\b(?:was|were|is|are|totaled|totalled|totaling|totalling|reached|reaching|numbered|hit|topped)\s*$", _I
    ),
    "compared": re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|than|against)\s*$", _I),
    "of_those": re.compile(r"\b(?:of\s+(?:those|them|these|whom)|among\s+(?:them|those))\b[^.;]{0,20}$", _I),
    "including": re.compile(r"\b(?:including|includes|included|among\s+them)\s*$", _I),
    "change_verb": re.compile(rf"\b{CHANGE_VERB}\b[^.;]{{0,25}}$", _I),
    "released": re.compile(r"\b(?:released|freed|paroled|let\s+go)\b[^.;]{0,40}$", _I),
}
_FRAMES_AFTER: dict[str, re.Pattern[str]] = {
    "partitive": re.compile(r"^\s*(?:out\s+)?of\s+(?:the\s+|those\s+|these\s+|them\b|whom\b|\d)", _I),
    "in_year": re.compile(r"^[^.;]{0,30}\b(?:in|during|for|since)\s+(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b", _I),
    "year_earlier": re.compile(r"^[^.;]{0,40}\b(?:a|the)\s+(?:year|month)\s+(?:earlier|before)\b", _I),
}
#: The shape of the counted noun phrase: a known group named with a determiner ("the four fathers",
#: "their two children"), people inside custody ("2,500 people in ICE custody"), a relative clause
#: that carries the predicate ("200 migrants who were apprehended"), a negation before the number.
_SHAPE: dict[str, re.Pattern[str]] = {
    "definite": re.compile(r"\b(?:the|these|those)\s+(?:(?:first|last|other|remaining)\s+)?$", _I),
    "possessive": re.compile(r"\b(?:their|his|her|its|our|my|your)\s+$", _I),
    "negated": re.compile(r"\b(?:not|no|never|none|nor)\b[^.;,]{0,25}$", _I),
    "in_custody": re.compile(
        r"^\s*(?:[\w-]+\s+){0,3}?(?:in|into|inside|at)\s+(?:\w+\s+){0,3}?(?:custody|detention|jails?|prisons?)\b", _I
    ),
    "relative": re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:who|whom|whose|that|which)\b", _I),
}
_SHAPE_BEFORE = frozenset({"definite", "possessive", "negated"})
_MODAL = rx(r"would", r"could", r"might", r"may", r"if", r"unless", r"should")
_HEDGE = rx(r"estimat\w*", r"reportedly", r"believed", r"roughly")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_QUOTE_MARK = re.compile(r"[\"“”]")


def _features(c: Count, numbers_in_sentence: int, repeated: bool) -> dict[str, float]:
    """What the model weighs: the candidate's type, trap, counted noun, frame, predicate, and place in
    the story. Names only structure and closed-class words, never the content words of one article;
    each is read apart for candidates the rules accept and those a trap rejects."""
    s = c.sentence
    view = s.rule_text
    n = c.number
    before = _QUALIFIED.sub("", view[max(0, n.start - 60) : n.start])
    after = view[n.end : n.end + 60]
    clause = view[c.clause[0] : c.clause[1]]
    f: dict[str, float] = {
        f"type:{c.type}": 1.0,
        f"trap:{c.trap or 'none'}": 1.0,
        f"head:{c.head or 'none'}": 1.0,
        f"magnitude:{min(6, int(math.log10(max(n.value, 1))))}": 1.0,
    }
    if n.percent:
        f["percent"] = 1.0
    if c.sub:
        f["sub"] = 1.0
    if c.cue:
        f["cue"] = 1.0
    if c.border:
        f["border"] = 1.0
    if n.approx:
        f["approx"] = 1.0
    if not n.text[:1].isdigit():
        f["word_number"] = 1.0
    for name, pattern in _FRAMES_BEFORE.items():
        if pattern.search(before):
            f[f"frame:{name}"] = 1.0
    for name, pattern in _FRAMES_AFTER.items():
        if pattern.search(after):
            f[f"frame:{name}"] = 1.0
    if GOVERNING_VERB.search(c.left):
        f["frame:governed"] = 1.0
    if _MODAL.search(clause):
        f["modal"] = 1.0
    if _HEDGE.search(clause):
        f["hedge"] = 1.0
    if _YEAR.search(view):
        f["year_in_sentence"] = 1.0
    if len(_QUOTE_MARK.findall(view[: n.start])) % 2 == 1:
        f["quoted"] = 1.0
    if numbers_in_sentence >= 3:
        f["many_numbers"] = 1.0
    if repeated:
        f["repeated"] = 1.0
    if s.paragraph == 0:
        f["first_paragraph"] = 1.0
    if re.match(r"\s*(?:#|[-*•|])", s.text):
        f["list_or_heading"] = 1.0
    if OFFICERS.search(view):
        f["agency_in_sentence"] = 1.0
    for name, pattern in _SHAPE.items():
        if pattern.search(view[max(0, n.start - 40) : n.start] if name in _SHAPE_BEFORE else after):
            f[f"np:{name}"] = 1.0
    if not view[c.clause[0] : n.start].strip(" \"“'‘(-—–*#|•:0123456789."):
        f["clause_subject"] = 1.0  # the number opens its clause: it is the subject of what follows
    # the rules' verdict splits the weights: what makes an accepted count doubtful is not what makes a
    # trapped number a count after all
    side = "acc" if c.trap is None else "rej"
    return {"accepted": float(c.trap is None), **{f"{side}:{name}": v for name, v in f.items()}}


@dataclass(frozen=True)
class Candidate:
    """A typed number with its features, the model's confidence that it is a count of its type, and its period."""

    count: Count
    features: dict[str, float]
    confidence: float
    period: Period | None = None  # as written, offsets into its sentence as read (`periods.count_periods`)


@dataclass(frozen=True)
class StoryCounts:
    """A story's own text read for counts, once, for the product (`facts.py`) and the fit (`bench/fit_counts.py`)
    alike: where the story ends (related links cut off), its sentences, its place mentions and its candidates."""

    end: int
    sentences: list[Sentence]
    places: list[PlaceMention]
    candidates: list[Candidate]


def read_counts(text: str, title: str = "") -> StoryCounts:
    """Every typed number of the story's own text, with features, confidence and period, in text order (the `title`
    gives no counts, only the setting of its lead: `find_counts`)."""
    end = story_end(text)
    sentences = split_sentences(text, end)
    places = [p for p in find_places(text) if p.start < end]
    return StoryCounts(end, sentences, places, _scored(sentences, places, title))


def count_candidates(text: str) -> list[Candidate]:
    """Every typed number of the story's own text, with features, confidence and period, in text order."""
    return read_counts(text).candidates


def _scored(sentences: list[Sentence], mentions: list[PlaceMention], headline: str = "") -> list[Candidate]:
    counts = find_counts(sentences, mentions, headline)
    per_sentence = Counter(id(c.sentence) for c in counts)
    values = Counter((c.type, c.unit, c.number.value) for c in counts)
    periods = _periods(counts)
    model = count_model()
    out = []
    for c in counts:
        f = _features(c, per_sentence[id(c.sentence)], values[(c.type, c.unit, c.number.value)] > 1)
        out.append(Candidate(c, f, model.confidence(f), periods[id(c)]))
    return out


def _periods(counts: list[Count]) -> dict[int, Period | None]:
    """Each count's own period (`periods.count_periods`), read with every other candidate of its sentence, so that
    the other end of a comparison keeps its own whether or not the model emits it; by `id` of the count."""
    by_sentence: dict[int, list[Count]] = {}
    for c in counts:
        by_sentence.setdefault(id(c.sentence), []).append(c)
    out: dict[int, Period | None] = {}
    for group in by_sentence.values():
        view = group[0].sentence.rule_text
        index = {id(c): i for i, c in enumerate(group)}
        spans = []
        for i, c in enumerate(group):
            whole = index.get(id(c.total)) if c.total is not None else None
            if whole is None and c.sub:  # a list item whose type differs from its total's: the count it follows
                whole = next((j for j in range(i - 1, -1, -1) if not group[j].sub), None)
            spans.append(CountSpan(_qualified_start(view, c), c.number.end, c.clause, whole, c.trap is None))
        for c, period in zip(group, count_periods(view, spans), strict=True):
            out[id(c)] = period
    return out


def _qualified_start(view: str, c: Count) -> int:
    """Where the number starts with its qualifier ("about 96,000"): a period right before it is then next to it."""
    n = c.number
    if n.approx is None:
        return n.start
    words = r"\s*".join(re.escape(w) for w in n.approx.split())
    m = re.search(rf"{words}\s*$", view[max(0, n.start - 30) : n.start], _I)
    return n.start - len(m.group()) if m else n.start


_TAKEN_OR_HELD = frozenset({"arrests", "detentions"})
#: The years a period phrase names ("in 2024", "fiscal 2025", "December 2023", "FY2025", "FY24"): what tells two
#: periods apart. The period phrases include the FY forms, where no word boundary comes before the year.
_YEAR_TOKEN = re.compile(r"\bFY\s?((?:19|20)?\d\d)\b|\b((?:19|20)\d\d)\b", re.I)


def _period_years(cand: Candidate) -> set[int]:
    """The years of a count's own period."""
    period = cand.period
    if not period:
        return set()
    return {int(y) if len(y) == 4 else 2000 + int(y) for m in _YEAR_TOKEN.finditer(period[0]) for y in m.groups() if y}


def _dated_apart(a: Candidate, b: Candidate) -> bool:
    """Whether two counts are dated to different years (both name one, and none in common): "arrested 2,226 in 2025"
    and "In 2024, about 2,100" are two counts. Years only: a round number dated to another month is as often a daily
    average at that month's peak ("down from more than 8,000 at the peak in December") as another month's total."""
    ya, yb = _period_years(a), _period_years(b)
    return bool(ya and yb and not ya & yb)


def _rounded_from(exact: float, rounded: float) -> bool:
    """Whether a qualified number of 100 or more ending in zeros is an exact one told to those zeros' precision:
    "about 1,140" or "nearly 1,150" of 1,142 (within one unit of its last non-zero digit). GUIDELINES §2: a number
    restated is one fact; "about 140" of 152 is no rounding of it."""
    if rounded < 100 or rounded != int(rounded) or rounded % 10:
        return False
    zeros = len(str(int(rounded))) - len(str(int(rounded)).rstrip("0"))
    return abs(exact - rounded) < 10**zeros


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One count per (type, unit, value), the most confident of its mentions (kept in text order); a
    qualified round number within 10% of an exact count of the same type is the same count restated
    ("more than 2,200" of 2,226); an exact number the model rejects (a plan, a capacity) restates nothing."""
    apart = _told_apart(cands)

    def same_count(cand: Candidate) -> tuple[str, str, float, str]:
        c = cand.count
        return c.type, c.unit, c.number.value, apart.get(id(cand), "")

    def same_people(cand: Candidate) -> tuple[str, float, str]:
        c = cand.count
        return c.unit, c.number.value, apart.get(id(cand), "")

    best: dict[tuple[str, str, float, str], Candidate] = {}
    for cand in cands:
        key = same_count(cand)
        if key not in best or cand.confidence > best[key].confidence:
            best[key] = cand
    out = [cand for cand in cands if best[same_count(cand)] is cand]
    emit_at = count_model().emit_at
    exact = [cand for cand in out if cand.count.number.approx is None and cand.confidence >= emit_at]

    def restated(cand: Candidate) -> bool:
        # (two numbers of one sentence are two counts: "About 43,000 were removed ...; the year before, 39,500"; nor
        # is a number dated to another year a restatement: "arrested 2,226 in 2025. In 2024, about 2,100")
        c = cand.count
        v = c.number.value
        return c.number.approx is not None and any(
            e.count.type == c.type
            and e.count.unit == c.unit
            and e.count is not c
            and e.count.sentence is not c.sentence
            and abs(e.count.number.value - v) <= 0.1 * v
            and (v % 100 == 0 or _rounded_from(e.count.number.value, v))
            and not _dated_apart(e, cand)
            for e in exact
        )

    out = [cand for cand in out if not restated(cand)]
    # the same people told as taken in and as held ("detaining four people" ... "4 people detained"): one fact
    taken: dict[tuple[str, float, str], Candidate] = {}
    for cand in out:
        if cand.count.type in _TAKEN_OR_HELD and cand.confidence >= emit_at:
            key = same_people(cand)
            if key not in taken or cand.confidence > taken[key].confidence:
                taken[key] = cand
    out = [
        cand
        for cand in out
        if cand.count.type not in _TAKEN_OR_HELD or cand.confidence < emit_at or taken[same_people(cand)] is cand
    ]
    # a distinctive number told again under another type ("Arrests: 8,412" recapped beside the border's figure, "In
    # all, 655 people with no record taken into custody") is one fact, typed where it is first told, with its own
    # predicate, not where a recap restates it (GUIDELINES §2: "the same number repeated ... is still one fact")
    told: dict[tuple[str, float, str], Candidate] = {}
    for cand in out:
        if cand.confidence >= emit_at and _distinctive(cand):
            told.setdefault(same_people(cand), cand)
    return [
        cand for cand in out if cand.confidence < emit_at or not _distinctive(cand) or told[same_people(cand)] is cand
    ]


def _distinctive(cand: Candidate) -> bool:
    """Whether a count's number is too particular to name two counts of one story by chance: not a percent, and
    three significant digits or more ("8,412", "6,780", "412"; not "1,100", "40" or "57 percent"), or two from a
    hundred thousand up ("530,000", "1.6 million": a figure a statement repeats, not a second count)."""
    n = cand.count.number
    digits = len(str(int(n.value)).rstrip("0")) if n.value == int(n.value) else 0
    return not n.percent and (digits >= 3 or (digits == 2 and n.value >= 100_000))


def _told_apart(cands: list[Candidate]) -> dict[int, str]:
    """The own place of each mention of a number its sentence tells twice with two places ("ICE arrested 50 people
    in Dallas on Monday and 50 in Houston on Tuesday"), by `id` of the candidate: two statements, two facts
    (GUIDELINES §2 "One number stated once is one fact"); a number told again elsewhere is still one fact."""
    places: dict[tuple[int, str, str, float], dict[int, str]] = {}
    for cand in cands:
        c = cand.count
        view = c.sentence.rule_text
        own = OWN_PLACE_AFTER.match(view, c.number.end)
        key = (id(c.sentence), c.type, c.unit, c.number.value)
        places.setdefault(key, {})[id(cand)] = own.group("place") if own else ""
    apart: dict[int, str] = {}
    for told in places.values():
        if len(told) > 1 and all(told.values()) and len(set(told.values())) == len(told):
            apart.update(told)
    return apart
