"""Numbers as news prose writes them: digits, words, percentages, approximations.

`find_numbers` returns the quantities a count could be made of and leaves out the numbers that name something else
(years, dates, times, money, ages, ordinals, addresses, case and statute numbers, a decimal without a scale or
percent such as "Patriot 2.0": no whole number of people). A scale may be written out ("1.6 million") or abbreviated
after the digits ("300k", "3.5M", "3.5B", "2bn"). Qualifiers ("about", "more than") are recorded but never change the
value: the product reads "more than 2,000" as 2000 (shared/gold/GUIDELINES.md, "Counts").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE


@dataclass(frozen=True)
class NumberMention:
    """One number in a sentence; `start`/`end` cover the number and its unit word, not the qualifier."""

    value: float
    start: int
    end: int
    text: str
    approx: str | None = None  # the qualifier as written: "about", "more than" ...
    percent: bool = False


_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SMALL = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
_WORD_ATOM = rf"(?:{_SMALL})(?:-(?:{'|'.join(_UNITS)}))?"
#: "one hundred and seventy-seven", "Sixty-three", "two dozen", "a dozen", "half a million"
WORD_NUMBER = (
    rf"(?:(?:{_WORD_ATOM}|a|(?:a\s+)?half(?:\s+a)?)[\s-]+dozen"
    # "half a million", "a half million": half of a large scale; "two and a half million": a whole and a half of it
    rf"|(?:{_WORD_ATOM}\s+and\s+a\s+|a\s+)?half(?:\s+a)?\s+(?:million|billion)"
    rf"|{_WORD_ATOM}(?:\s+(?:hundred|thousand|million|billion)(?:\s+(?:and\s+)?{_WORD_ATOM})?)*)"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: The percent a number may carry: "40%", "40 per cent", "40-percent".
_PERCENT = r"\s*%|\s*-?\s*per\s*cent\b|\s*-?\s*percent\b"
_QUALIFIER = (
    r"(?:just\s+)?(?:about|approximately|around|roughly|nearly|almost|some|more\s+than|over|"
    r"at\s+least|less\s+than|fewer\s+than|under|up\s+to|upwards\s+of|as\s+many\s+as|an\s+estimated|"
    r"close\s+to)"
)
#: A verb whose particle is "over" ("handed over", "turned over"): the "over" before a number is no qualifier.
_VERB_OVER = re.compile(r"\b(?:hand|turn)(?:s|ed|ing)?\s+over\s*$", _I)
#: The number itself; the lookahead on first letters keeps the scan fast (about 20 µs a sentence).
_NUMBER = re.compile(
    rf"(?<![\w$£€.,/:-])(?=[\dotfsenhaz])(?:(?P<digits>{_DIGITS})|(?P<words>{WORD_NUMBER}))"
    rf"(?:\s*(?P<scale>million|billion|thousand)\b|(?<=\d)(?P<abbr>(?-i:k|K|m|M|mn|bn|B|Bn|BN))(?![\w$]))?"
    rf"(?P<pct>{_PERCENT})?"
    # "3.5X" with a suffix not read is not the number 3: a number never ends before its own decimals
    rf"(?![\w$]|\.\d)",
    _I,
)
_QUALIFIED = re.compile(rf"\b(?P<qual>{_QUALIFIER})\s*$|(?P<tilde>~)\s*$", _I)

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: A month right before a number: a date ("March 2"), unless the number cannot be a day ("In March 2,300 people
#: were arrested", "January 1,204" in a table of months).
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\s*$", _I)
#: Text right before a number that makes it money, a label or a statute.
_BEFORE_EXCLUDE = re.compile(
    rf"(?:[$£€]\s*$|\b(?:No|Nos|Number|Title|Section|Sec|Article|Chapter|Level|Route|"
    r"Highway|Interstate|Case|Docket|Suite|Room|Unit|Apt|Precinct|District|Ward|Form|Rule|"
    r"Amendment|age|aged|ages|Proposition|Prop|Phase|COVID|I|H|Class|Category|Tier|Gate|Terminal|"
    r"Exhibit|page|pages|step|Lot|Flight|Station|Pier|Building|version|Windows|iPhone)\.?\s*$|"
    r"#\s*$|\bages?\s+(?:of\s+)?(?:\d+\s*(?:to|and|-|–)\s*)?$|"
    # a statute's title and section ("8 U.S.C. 1326", "8 U.S.C. § 1324(a)(1)", "8 CFR 287.7"): a citation
    r"§+\s*$|\b(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R|CFR)\.?\s*§*\s*$|\)\s*\(\s*$|"
    # a road's number after the word a road is travelled by ("along U.S. 41", "on State Road 60"): a label
    r"\b(?:along|on|off|via|onto|near|down|up)\s+(?:U\.\s?S\.|State\s+Road|County\s+Road|SR|Hwy\.?)\s*$|"
    r"\b(?:children|child|kids|minors|babies|toddlers|those|teens)\s+(?:under|over|below|above|younger\s+than|"
    r"older\s+than)\s*$|"
    rf"\b{_MONTHS}\s*\d{{1,2}}\s*(?:to|through|and|-|–)\s*$)",
    _I,
)
#: A name that ends in its number, read case-sensitively: a broadcaster's call letters or network ("KARE 11", "KSAT
#: 12", "FOX 9", "NBC 5", "Channel 7"), a union local ("SEIU Local 26"), a courtroom or a unit of a detention site
#: ("Courtroom 3", "Pod 4", "Dorm 7"): a label, not a quantity. Lower case ("with 12", "local 40 workers") and
#: capitalised words that are no call letters ("WHO", "WAS" in a headline in capitals) leave the number a number.
_NAME_ENDING_IN_NUMBER = re.compile(
    r"\b(?:(?!(?:WHO|WAS|WITH|WERE|WHEN|WHERE|WILL|WHAT|WEEK|KEY|KIDS|KILLS|WORK)\b)[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?|"
    r"NBC|CBS|ABC|FOX|Fox|PBS|Channel|Local|Courtroom|Pod|Dorm|Cell)[ \t]+$"
)
#: Text right after a number that makes it a time, money, an age, an ordinal, an address or a unit.
_AFTER_EXCLUDE = re.compile(
    r"^(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|:\d)|(?:st|nd|rd|th)\b|"
    r"\s*(?:-|\s)?(?:years?|yrs?)[\s-]+old\b|-year-olds?\b|\s*-\s*and\s+\d+-year|"
    r"\s*(?:dollars|cents|USD|euros|pounds)\b|\s*(?:-\s*)?[a-z]+-(?:old)\b|"
    r"-(?!(?:and|or|to|plus|times?)\b)[a-z]+\b(?!-)|"
    r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Street|Avenue|Road|Boulevard|Drive|Lane|Way|Place|Court|Highway|Parkway)|"
    # a street's abbreviated type, with or without its full stop, after the street's name ("1600 University Ave",
    # "415 Main St."); right after the number it is a saint's name ("40 St. Paul residents"), no address
    r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:St|Ave|Rd|Blvd|Dr|Ct|Pkwy)\b|"
    r"\s*(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R|CFR)\b|"
    r"\s*/\s*\d|\s*\(\s*[a-z]\s*\))"
)
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
#: A person named by a common noun, not a name, then a comma: "The boy, 6, and his sister, 9," (the number in commas
#: is an age).
_PERSON_BEFORE_AGE = re.compile(
    r"\b(?:boy|girl|son|daughter|sister|brother|mother|father|wife|husband|man|woman|child|baby|toddler|teen|"
    r"teenager|grandmother|grandfather|nephew|niece|cousin|mom|dad|widow|widower)\s*,\s*$",
    _I,
)
#: "40-50", "55 to 85 percent", "between 55 and 85", "50 or 60": the second number of a range
_RANGE_DASH = re.compile(r"^\s?[-–]\s?(?=\d)")
_RANGE_WORD = re.compile(r"^\s+(?:to|and|or)\s+(?=\d)", _I)
_RANGE_END = re.compile(rf"(?:{_DIGITS})(?:\s*(?:million|billion|thousand)\b)?(?P<pct>{_PERCENT})?")


def word_value(words: str) -> float:
    """Value of a number written in words: "one hundred and seventy-seven" = 177, "two dozen" = 24."""
    total, current = 0, 0
    tokens = re.split(r"[\s-]+", words.lower())
    for i, token in enumerate(tokens):
        if token in ("and", ""):
            continue
        if token == "half":
            current = current + 0.5 if tokens[max(0, i - 2) : i] == ["and", "a"] else 0.5  # "two and a half million"
        elif token == "a":
            current = current or 1
        elif token == "dozen":
            current = (current or 1) * 12
        elif token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in _SCALES:
            total += (current or 1) * _SCALES[token]  # "half a million" = 500,000
            current = 0
    return float(total + current)


def _excluded(sentence: str, start: int, end: int, digits: str | None, percent: bool, is_range: bool) -> bool:
    """Whether the number at `start:end` names something other than a quantity (a year, a date, money, an
    age, a label ...), read on the text just before and after it."""
    before = sentence[max(0, start - 24) : start]
    after = sentence[end : end + 30]
    if digits is not None:
        if not percent and _YEAR.match(digits):
            return True
        # case numbers, times, "I-9", "H-1B" ("in fiscal 2023: 6,140" labels a count with a date: a space follows)
        if re.search(r"\d-\s*$|\d:$|[A-Za-z]-$", before) or (not is_range and re.match(r"^[-:]\d", after)):
            return True
    if percent:
        return bool(re.search(r"[$£€]\s*$", before))
    if _MONTH_BEFORE.search(before) and not (digits and ("," in digits or float(digits) > 31)):
        return True
    if _BEFORE_EXCLUDE.search(before) or (digits and _NAME_ENDING_IN_NUMBER.search(before)):
        return True
    if _AFTER_EXCLUDE.match(after):
        return True
    # "Juan Jasso-Botello, 44," after a name, "his sister, 9," after a person: an age
    return bool(
        (re.search(r"[A-Z][a-z]+,\s*$", before) or _PERSON_BEFORE_AGE.search(before))
        and re.match(r"^\s*,", after)
        and digits
        and len(digits) <= 2
    )


def find_numbers(sentence: str) -> list[NumberMention]:
    """Numbers in a sentence that could be counts, in order of position.

    A range ("40-50 migrants", "between 55 and 85 percent") yields its first number only, with the
    percent sign the range ends with: the product records the stated lower bound.
    """
    mentions: list[NumberMention] = []
    skip_until = -1
    for m in _NUMBER.finditer(sentence):
        start = m.start()
        if start < skip_until:
            continue
        digits, words = m.group("digits"), m.group("words")
        percent = bool(m.group("pct"))
        end = m.end()
        # a range: take the first number with the second's percent sign; "from 861 to 218" keeps both
        tail = sentence[end:]
        is_range = False
        between = re.search(r"\bbetween\s+$", sentence[max(0, start - 30) : start], _I)
        rng = _RANGE_DASH.match(tail) if digits else None
        if rng is None and not percent:
            rng = _RANGE_WORD.match(tail)
        if rng and not percent:
            nxt = _RANGE_END.match(tail, rng.end())
            # "50 or 60 people" is one hedged count (its lower bound); "from 861 to 218" is two
            word = rng.group().strip().lower()
            is_range = bool(nxt is not None and (word in ("-", "–", "or") or between or nxt.group("pct")))
            if is_range:
                percent = bool(nxt.group("pct"))
                skip_until = end + nxt.end()
                end = skip_until  # "40-50 migrants": the noun follows the whole range
        if _excluded(sentence, start, end, digits, percent, is_range):
            continue
        scale = m.group("scale")
        if digits and "." in digits and not (scale or percent or m.group("abbr")):
            continue  # "Patriot 2.0", "a 3.5 rating": no whole number of people or incidents
        value = float(digits.replace(",", "")) if digits else word_value(words)
        if scale:
            value *= _SCALES[scale.lower()]
        abbr = (m.group("abbr") or "").lower()
        value *= {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000}.get(abbr, 1)
        q = _QUALIFIED.search(sentence, max(0, start - 24), start)
        qual = (q.group("qual") or q.group("tilde")) if q else None
        if qual and qual.lower() == "over" and _VERB_OVER.search(sentence, 0, q.end()):
            qual = None  # "handed over 30 people to ICE": the verb's particle, no "more than"
        mentions.append(
            NumberMention(
                value=value,
                start=start,
                end=end,
                text=sentence[start:end],
                approx=re.sub(r"\s+", " ", qual.lower()) if qual else None,
                percent=percent,
            )
        )
    return mentions
