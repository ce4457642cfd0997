"""Periods as written near a count, resolved against the publication date.

`find_period` picks the period phrase of a clause ("last week", "fiscal 2016", "a four-day
operation that ended Wednesday"); `resolve_period` turns it into dates only as far as the text
and the publication date allow, and returns None where they do not (no guessing of years).
"""

from __future__ import annotations

import calendar
import re
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
_N = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

#: Period phrases, most specific first; `find_period` returns the first that matches in a clause.
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
    re.compile(rf"\b(?:in|during)\s+(?:the\s+month\s+of\s+)?{_MONTH}(?:\s+(?:19|20)\d\d)?\b", _I),
    re.compile(r"\b(?:in|during|by|since)\s+(?:19|20)\d\d(?:-(?:19|20)?\d\d)?\b", _I),
    re.compile(rf"\b(?:on\s+)?{_WEEKDAY}\b"),
]


def find_period(clause: str) -> tuple[str, int, int] | None:
    """The first period phrase in a clause, with its offsets."""
    for pattern in _PERIOD_PATTERNS:
        m = pattern.search(clause)
        if m:
            return m.group().strip(), m.start(), m.end()
    return None


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


def resolve_period(period_text: str, published: date | None) -> tuple[date | None, date | None]:
    """First and last day of a period phrase; (None, None) where text and date do not fix them."""
    t = period_text.strip()
    low = t.lower()
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
    m = re.search(rf"\b(?:in|during)\s+(?:the\s+month\s+of\s+)?({_MONTH})(?:\s+((?:19|20)\d\d))?\b", t, _I)
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
        day = (
            published
            if published.weekday() == _WEEKDAYS[m.group(1).lower()]
            else _last_weekday(published, _WEEKDAYS[m.group(1).lower()])
        )
        return day, day
    return None, None
