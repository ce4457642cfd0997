"""Periods as written near a count, resolved against the publication date.

`period_phrases` finds the period phrases of a text ("last week", "fiscal 2016", "a four-day
operation that ended Wednesday"); `count_periods` gives each count of a sentence its own one, so
that the two ends of a comparison or the items of a series keep theirs ("rose from 4,120 in 2023
to 6,890 last year"); `resolve_period` turns a phrase into dates only as far as the text and the
publication date allow, and returns None where they do not (no guessing of years).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tasks.analysis.numbers import word_value

_I = re.IGNORECASE

_MONTH_NAMES = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i], calendar.month_abbr[i] + ".")
}
_MONTH_NAMES["sept"] = 9
_MONTH_NAMES["sept."] = 9
_WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_DATE = rf"{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?"
#: "the month of", "the entire month of" before a month's name
_MONTH_OF = r"(?:the\s+(?:entire\s+|whole\s+)?month\s+of\s+)"
_N = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

#: A period told against another one written before it ("312,000 in fiscal 2025, down from 350,000 a year earlier"):
#: resolved only from that one (`resolve_period`'s `anchor`).
_RELATIVE = re.compile(
    r"\b(?:a|one|the)\s+(?:year|month|week)\s+(?:earlier|before|prior)\b"
    r"|\bthe\s+(?:prior|preceding)\s+(?:year|month|week)\b",
    _I,
)
#: "the previous year": told against the period written before it in its sentence if there is one, else against the
#: publication date.
_PREVIOUS = re.compile(r"\bthe\s+previous\s+(?:fiscal\s+)?(?:year|month|week)\b", _I)

#: Period phrases, most specific first: where two overlap, `period_phrases` keeps the earlier pattern's.
_PERIOD_PATTERNS = [
    re.compile(
        rf"\b(?:an?\s+)?{_N}-(?:day|week|month)\s+(?:\w+\s+){{0,2}}(?:that|which)\s+ended\s+(?:on\s+)?(?:{_WEEKDAY}|{_DAY_DATE})",
        _I,
    ),
    re.compile(
        rf"\b(?:between|from)\s+{_DAY_DATE}\s+(?:and|to|through|until|-)\s+(?:{_DAY_DATE}|\d{{1,2}})(?:,\s*\d{{4}})?",
        _I,
    ),
    re.compile(
        rf"\b(?:between|from)\s+{_MONTH}\s+(?:\d{{4}}\s+)?(?:and|to|through|until)\s+(?:this\s+)?{_MONTH}(?:\s+\d{{4}})?",
        _I,
    ),
    re.compile(
        r"\b(?:the\s+)?(?:(?:19|20)\d\d-(?:19|20)?\d\d\s+fiscal\s+year|fiscal\s+(?:year\s+)?(?:19|20)\d\d|FY\s?(?:19|20)?\d\d)\b",
        _I,
    ),
    re.compile(r"\b(?:this|last|the\s+current|the\s+previous|the\s+past)\s+fiscal\s+year\b", _I),
    re.compile(r"\b(?:last|this|the\s+past|the\s+previous)\s+(?:week|month|year)\b", _I),
    re.compile(rf"\bsince\s+(?:{_DAY_DATE}|{_MONTH}(?:\s+\d{{4}})?|(?:19|20)\d\d)\b", _I),
    re.compile(rf"\b(?:in|during)\s+{_MONTH_OF}?{_MONTH}(?:\s+(?:19|20)\d\d)?\b", _I),
    re.compile(r"\b(?:in|during|by|since)\s+(?:19|20)\d\d(?:-(?:19|20)?\d\d)?\b", _I),
    _RELATIVE,
    re.compile(rf"\b(?:[Oo]n\s+|[Nn]ext\s+)?{_WEEKDAY}\b"),
]


#: A period phrase as written, with its offsets in the text it was found in.
Period = tuple[str, int, int]


def period_phrases(text: str) -> list[Period]:
    """Every period phrase of a text in text order; where two overlap, the more specific one (the order of
    `_PERIOD_PATTERNS`: "a four-day operation that ended Wednesday", not "Wednesday")."""
    found: list[Period] = []
    for pattern in _PERIOD_PATTERNS:
        for m in pattern.finditer(text):
            if not any(m.start() < e and s < m.end() for _, s, e in found):
                found.append((m.group().strip(), m.start(), m.end()))
    return sorted(found, key=lambda p: p[1])


@dataclass(frozen=True)
class CountSpan:
    """Where one count of a sentence stands, for `count_periods` (offsets into the sentence as read)."""

    start: int  # its number, qualifier included ("about 96,000")
    end: int
    clause: tuple[int, int]  # the clause it lives in
    whole: int | None = None  # the index of the count of the sentence it is a part of ("including 28 in Baltimore")
    owns: bool = True  # a count the rules accept: it bounds the others' words and keeps its period (a trapped number
    # such as the change in "increased 27 percent between October and September, to 63,278" does neither)


#: A phrase right before the next count after a conjunction ("4,000 in 2023 and in 2024, 5,000"): that count's.
_OPENS_NEXT_BEFORE = re.compile(r"(?:\b(?:and|but|while|whereas|then)|[;,])\s*$", re.IGNORECASE)
_OPENS_NEXT_AFTER = re.compile(r"[\s,:]*")
#: Words that set two counts of a clause against each other (the ends of a comparison, a contrast): neither takes the
#: other's period. Counts joined otherwise ("2,457 criminals and 461 others ... last year") share it.
_AGAINST = re.compile(
    r"\b(?:from|to|than|compared|versus|vs|but|while|whereas|up|down|rose|fell|increased|decreased|dropped|climbed|"
    r"jumped|grew|declined|then)\b",
    re.IGNORECASE,
)


def count_periods(sentence: str, counts: Sequence[CountSpan]) -> list[Period | None]:
    """Each count's period as written (GUIDELINES §2 `period`): the phrase nearest its number in its own words (its
    clause, from the count before it to the count after it), else in its clause, else in its sentence; one after
    the number before one before it ("The chief on Sunday called the deaths of two children ... this month").

    A phrase belongs to the count it follows ("1,500 people in June, 1,700 in July": June is the 1,500's), or to the
    next one when it opens that one's words after a conjunction and that one has none after it ("4,000 in 2023 and
    in 2024, 5,000"); a phrase before every count ("In 2023, ICE arrested 4,000 and deported 3,000") or outside the
    clause of the count before it is the sentence's, shared. A count takes another count's period only where it is
    that one's whole or part, or joined to it in one clause with no word of comparison or contrast between: the
    other end of a comparison keeps its own ("312,000 in fiscal 2025, down from 350,000 a year earlier": the
    350,000's is "a year earlier"; "rose from 4,120 to 6,890 last year": the 4,120 has none written)."""
    phrases = period_phrases(sentence)
    if not phrases:
        return [None] * len(counts)
    owners = sorted((i for i, c in enumerate(counts) if c.owns), key=lambda i: counts[i].start)

    def first_after(i: int) -> Period | None:
        nxt = next((counts[j].start for j in owners if counts[j].start >= counts[i].end), len(sentence))
        return next((p for p in phrases if counts[i].end <= p[1] and p[2] <= nxt), None)

    def owner(p: Period) -> int | None:
        before = [i for i in owners if counts[i].end <= p[1]]
        if not before or not counts[before[-1]].clause[0] <= p[1] < counts[before[-1]].clause[1]:
            return None
        after = [i for i in owners if counts[i].start >= p[2]]
        if (
            after
            and _OPENS_NEXT_BEFORE.search(sentence, 0, p[1])
            and _OPENS_NEXT_AFTER.fullmatch(sentence, p[2], counts[after[0]].start)
            and first_after(after[0]) is None
        ):
            return after[0]
        return before[-1]

    owned = [(p, owner(p)) for p in phrases]

    def related(i: int, j: int) -> bool:
        wi, wj = counts[i].whole, counts[j].whole
        return wi == j or wj == i or (wi is not None and wi == wj)

    def joined(i: int, j: int) -> bool:
        a, b = sorted((counts[i], counts[j]), key=lambda c: c.start)
        return counts[i].clause == counts[j].clause and not _AGAINST.search(sentence, a.end, b.start)

    out: list[Period | None] = []
    for i, c in enumerate(counts):
        lo = max([c.clause[0]] + [counts[j].end for j in owners if j != i and counts[j].end <= c.start])
        hi = min([c.clause[1]] + [counts[j].start for j in owners if j != i and counts[j].start >= c.end])
        shared = [p for p, o in owned if o is None or o == i or related(i, o)]
        in_clause = [p for p, o in owned if o is not None and o != i and joined(i, o)]
        period = None
        for (a, b), found in (((lo, hi), shared), (c.clause, shared + in_clause), ((0, len(sentence)), shared)):
            inside = [p for p in found if a <= p[1] and p[2] <= b]
            after = [p for p in inside if p[1] >= c.end]
            before = [p for p in inside if p[2] <= c.start]
            if after or before:
                period = min(after, key=lambda p: p[1]) if after else max(before, key=lambda p: p[2])
                break
        out.append(period)
    return out


def _month(token: str) -> int | None:
    return _MONTH_NAMES.get(token.lower().rstrip(".")) or _MONTH_NAMES.get(token.lower())


def _year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


def _fiscal(year: int) -> tuple[date, date]:
    """U.S. federal fiscal year `year`: October 1 of the year before to September 30."""
    return date(year - 1, 10, 1), date(year, 9, 30)


def _fiscal_year_of(day: date) -> int:
    return day.year + 1 if day.month >= 10 else day.year


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _last_weekday(published: date, weekday: int) -> date:
    """The most recent `weekday` before the publication day (news says "Wednesday" for the past one)."""
    back = (published.weekday() - weekday) % 7 or 7
    return published - timedelta(days=back)


def _day_date(text: str, published: date | None) -> date | None:
    m = re.match(r"(\w+\.?)\s+(\d{1,2})(?:,\s*(\d{4}))?", text.strip())
    if not m or _month(m.group(1)) is None:
        return None
    month = _month(m.group(1))
    assert month is not None
    if m.group(3):
        year = int(m.group(3))
    elif published:
        year = published.year if month <= published.month else published.year - 1
    else:
        return None
    try:
        return date(year, month, int(m.group(2)))
    except ValueError:
        return None


def _is_relative(text: str) -> bool:
    """A period told against another one ("a year earlier", "the previous year")."""
    return bool(_RELATIVE.fullmatch(text) or _PREVIOUS.fullmatch(text))


def period_anchor(sentence: str, period: Period) -> str | None:
    """The period a relative one ("a year earlier", "the previous year") is told against: the nearest period phrase
    before it in its sentence that is itself no relative one; None when there is none."""
    if not _is_relative(period[0]):
        return None
    before = [p for p in period_phrases(sentence[: period[1]]) if not _is_relative(p[0])]
    return before[-1][0] if before else None


def _shift(span: tuple[date, date], unit: str) -> tuple[date | None, date | None]:
    """The span one `unit` before `span` (a year before a fiscal year is the fiscal year before)."""
    first, last = span
    if unit == "week":
        return first - timedelta(days=7), last - timedelta(days=7)
    if unit == "month":
        if (first.day, last) != (1, _month_span(first.year, first.month)[1]):
            return None, None  # a month before a span that is no calendar month is not written
        prev = first - timedelta(days=1)
        return _month_span(prev.year, prev.month)
    try:
        return first.replace(year=first.year - 1), last.replace(year=last.year - 1)
    except ValueError:  # February 29
        return first.replace(year=first.year - 1, day=28), last.replace(year=last.year - 1, day=28)


def resolve_period(
    period_text: str, published: date | None, anchor: str | None = None
) -> tuple[date | None, date | None]:
    """First and last day of a period phrase; (None, None) where text and date do not fix them. A period told
    against another ("a year earlier"; "the previous year" after another period) is resolved from that one, the
    `anchor` (`period_anchor`), and not at all without it."""
    t = period_text.strip()
    low = t.lower()
    if _RELATIVE.fullmatch(t) or (anchor and _PREVIOUS.fullmatch(t)):
        if not anchor:
            return None, None
        first, last = resolve_period(anchor, published)
        unit = re.search(r"year|month|week", low)
        return _shift((first, last), unit.group()) if first and last and unit else (None, None)
    m = re.search(rf"({_N})-(day|week|month)\b.*\bended\s+(?:on\s+)?(.+)$", t, _I)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else int(word_value(m.group(1)))
        days = n * {"day": 1, "week": 7, "month": 30}[m.group(2).lower()]
        end_word = m.group(3).strip().lower()
        end = None
        if end_word in _WEEKDAYS and published:
            end = _last_weekday(published, _WEEKDAYS[end_word])
        elif end_word not in _WEEKDAYS:
            end = _day_date(m.group(3), published)
        return (end - timedelta(days=days - 1), end) if end else (None, None)
    m = re.search(r"((?:19|20)\d\d)-(?:19|20)?(\d\d)\s+fiscal\s+year", t, _I)
    if m:
        return _fiscal(int(m.group(1)[:2] + m.group(2)))
    m = re.search(r"(?:fiscal\s+(?:year\s+)?|FY\s?)((?:19|20)?\d\d)\b", t, _I)
    if m:
        return _fiscal(_year(m.group(1)))
    if "fiscal year" in low:
        if published is None:
            return None, None
        fy = _fiscal_year_of(published)
        if re.search(r"\b(?:last|previous|past)\b", low):
            fy -= 1
        return _fiscal(fy)
    m = re.search(rf"\b(?:between|from)\s+({_DAY_DATE})\s+(?:and|to|through|until|-)\s+({_DAY_DATE}|\d{{1,2}})", t, _I)
    if m:
        first = _day_date(m.group(1), published)
        second = m.group(2)
        if second.isdigit() and first:
            return first, first.replace(day=int(second))
        last = _day_date(second, published)
        if first and last and last < first and not re.search(r"\d{4}", m.group(1)):
            first = first.replace(year=first.year - 1)
        return first, last
    if published is not None:
        m = re.search(r"\b(last|this|the past|the previous)\s+(week|month|year)\b", low)
        if m:
            unit, last = m.group(2), m.group(1) != "this"
            if unit == "week":
                monday = published - timedelta(days=published.weekday())
                return (monday - timedelta(days=7), monday - timedelta(days=1)) if last else (monday, published)
            if unit == "month":
                if last:
                    prev = published.replace(day=1) - timedelta(days=1)
                    return _month_span(prev.year, prev.month)
                return published.replace(day=1), published
            return (
                (date(published.year - 1, 1, 1), date(published.year - 1, 12, 31))
                if last
                else (date(published.year, 1, 1), published)
            )
    m = re.search(rf"\bsince\s+({_MONTH})(?:\s+(\d{{1,2}}))?(?:,?\s+((?:19|20)\d\d))?\b", t, _I)
    if m:
        month = _month(m.group(1))
        if month is None or (published is None and not m.group(3)):
            return None, None
        if m.group(3):
            year = int(m.group(3))
        else:
            assert published is not None
            year = published.year if month <= published.month else published.year - 1
        return date(year, month, int(m.group(2) or 1)), published
    m = re.search(r"\bsince\s+((?:19|20)\d\d)\b", t, _I)
    if m:
        return date(int(m.group(1)), 1, 1), published
    m = re.search(rf"\b(?:in|during)\s+{_MONTH_OF}?({_MONTH})(?:\s+((?:19|20)\d\d))?\b", t, _I)
    if m and _month(m.group(1)):
        month = _month(m.group(1))
        assert month is not None
        if m.group(2):
            return _month_span(int(m.group(2)), month)
        if published is None:
            return None, None
        year = published.year if month <= published.month else published.year - 1
        return _month_span(year, month)
    m = re.search(r"\b((?:19|20)\d\d)(?:-((?:19|20)?\d\d))?\b", t)
    if m and re.search(r"\b(?:in|during|by)\s", low):
        first = int(m.group(1))
        last = int(m.group(1)[:2] + m.group(2)[-2:]) if m.group(2) else first
        return date(first, 1, 1), date(last, 12, 31)
    m = re.search(rf"\b({_WEEKDAY})\b", t)
    if m and published is not None:
        weekday = _WEEKDAYS[m.group(1).lower()]
        if low.startswith("next"):  # the coming one: "release 101 children by next Tuesday"
            day = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
        else:
            day = published if published.weekday() == weekday else _last_weekday(published, weekday)
        return day, day
    return None, None
