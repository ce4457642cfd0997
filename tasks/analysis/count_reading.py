"""What the words around one number say, read once before any rule decides (`read_number` gives a `Reading`):
its clause, where its predicate ends, its counted noun phrase, its governing words, the asides blanked out of
the way, and what the story lends it (the border, custody, detainer requests). Also the readers the later
steps share: the type a clause's cue words name (`cue_type`), what a counted noun says of its people's records
(`record_kind`) and the action an event noun names (`event_noun_type`). Apart because traps and types both
read this record, and neither reads the words again.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from tasks.analysis.count_border import at_border
from tasks.analysis.count_lexicon import actions, detention, frames, parts, traps, vocabulary
from tasks.analysis.count_record import Count
from tasks.analysis.numbers import NumberMention
from tasks.analysis.sentences import Sentence

_I = re.IGNORECASE


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    left, right = 0, len(sentence)
    aside_end = -1
    # a level in parentheses after its subject ("apprehensions in the Big Bend sector (6,780 in fiscal 2025)") is in
    # its subject's clause: the parenthesis opens no clause of its own
    paren = frames.PAREN_LEVEL.search(frames.FRAME_QUALIFIER.sub(" ", sentence[:start]))
    dashes = _total_aside_dashes(sentence, start, end)
    for m in traps.CLAUSE_BREAK.finditer(sentence):
        if m.start() in dashes:
            continue  # "Those charged — 28 people, most from Honduras — face trial": the dashes set a total off
        if m.end() <= start:
            if paren is None or m.start() < paren.start():
                left = m.end()
        elif m.start() >= end and m.start() >= aside_end:
            aside = traps.DASH_ASIDE.match(sentence, m.start())
            if aside and aside.end() < len(sentence):
                aside_end = aside.end() - 2  # "11 migrants — including 7 gang members — deported": read past it
                continue
            right = m.start()
            break
    return left, right


def _total_aside_dashes(sentence: str, start: int, end: int) -> tuple[int, ...]:
    """The starts of the two dashes that set off a total the number opens ("Those charged — 28 people, most from
    Honduras — face trial"), or none: such an aside is an apposition in its subject's clause, not a clause of its
    own. An aside with a verb of its own, or after a clause that already counted, stays a clause ("arrested 400
    people — 120 in Dallas — last week" is a part of the 400)."""
    opening = parts.TOTAL_ASIDE_OPENING.search(sentence, 0, start)
    closing = parts.TOTAL_ASIDE_CLOSING.match(sentence, end)
    if opening is None or closing is None:
        return ()
    clause_start = max((m.end() for m in traps.CLAUSE_BREAK.finditer(sentence, 0, opening.start())), default=0)
    if parts.NUMBER_NOT_YEAR.search(sentence, clause_start, opening.start()):
        return ()
    return opening.start(), closing.start("dash")


def _head(after: str) -> re.Match[str] | None:
    m = vocabulary.HEAD.match(after)
    if m is None or re.match(r"\s*[,;]", after):
        return None  # "was 4,310, officials said": a comma ends the number's noun phrase
    if m.group("mods") and (vocabulary.PHRASE_STOP.search(m.group("mods")) or re.search(r"\w,\s", m.group(0))):
        return None  # "five times, officials said": a comma after a word ends the noun phrase
    return m


def record_kind(phrase: str) -> str | None:
    """What a counted noun phrase says of its people's records: "criminal aliens", "2,457 criminals",
    "convicted felons" are convictions; "non-criminal immigrants", "noncriminals" have none."""
    if re.search(r"\bnon-?criminal", phrase, _I):
        return "no_criminal_record"
    if re.search(r"\b(?:criminals?|felons|convicted)\b", phrase, _I):
        return "convictions"
    return None


def event_noun_type(noun: str, border: bool) -> str | None:
    """The type an event noun names ("Apprehensions", "removals"); arrests at the border are apprehensions."""
    kind = vocabulary.EVENT_TYPES.get(" ".join(noun.lower().split()))
    return "border_apprehensions" if kind == "arrests" and border else kind


def cue_type(text: str, border: bool, custody: bool) -> str | None:
    """The type the cue words of `text` name (`vocabulary.CUES`, in `vocabulary.PRIORITY`), at the border or not
    and with custody named or not; None where no cue is found. A number's words are read so more than once (its
    reading, its count), so the answer is cached."""
    return _cue_type(text, bool(border), bool(custody))


@functools.lru_cache(maxsize=2048)
def _cue_type(text: str, border: bool, custody: bool) -> str | None:
    if (
        border
        and vocabulary.BORDER_ONLY_CUE.search(text)
        and not any(vocabulary.CUES[t].search(text) for t in vocabulary.PRIORITY)
    ):
        return "border_apprehensions"  # "400 migrants turned themselves in to Border Patrol agents"
    for t in vocabulary.PRIORITY:
        m = vocabulary.CUES[t].search(text)
        if m is None:
            continue
        departed = t == "deportations" and re.match(r"(?:left|departed)\b", m.group(), _I)
        if (t == "deaths_in_custody" or departed) and not custody:
            continue  # a death, or a departure from the country, is enforcement's only where custody is named
        if t == "assaults_on_officers" and not vocabulary.OFFICERS.search(text):
            continue
        if t == "arrests" and not border:
            m = next((x for x in vocabulary.CUES[t].finditer(text) if not re.match(r"encounter", x.group(), _I)), None)
            if m is None:
                continue  # ICE "encountered" people: not an arrest
        if t == "arrests" and border:
            return "border_apprehensions"
        if t == "detentions" and border and re.fullmatch(r"detained", m.group(), _I):
            return "border_apprehensions"  # "25 migrants were detained" at the fence: caught, not held
        return t
    if frames.PROCESSED_BY_BORDER_PATROL.search(text):
        return "border_apprehensions"  # "were processed at the Border Patrol's Yuma station"
    return None


#: Types that tell who the people are (their record), not what was done to them: a part or share typed so
#: leaves its whole to be typed by the whole's own words (count_places: and no sentence before places them).
RECORD_TYPES = frozenset({"convictions", "no_criminal_record"})

#: The actions a whole's own words may name ("the 60,000 people ICE is holding": detentions).
ACTIONS_OF_WHOLE = ("arrests", "border_apprehensions", "detentions", "deportations")


def _predicate_end(text: str, n: NumberMention, numbers: list[NumberMention], clause_end: int) -> int:
    """Where the predicate of number `n` ends: at the next number that starts a count of its own.

    A list ("498 immigrants, including 28 in Baltimore and 14 ...,") and an apposition ("Sixty-three
    percent of those arrested, about 317 people, had ...") are skipped over to the shared verb.
    """
    # a closing attribution (", DHS said,"), a coordinated clause with its own subject (", and a handful more were
    # detained") or a coordinated verb with its own object ("and charged the driver") ends the number's words: what
    # follows is another speaker's aside or another group's predicate
    rest = text[n.end : clause_end]
    clause_ends = (
        frames.ATTRIBUTION_AFTER,
        frames.OWN_SUBJECT_CLAUSE,
        frames.COORDINATED_VERB_OWN_OBJECT,
        frames.OWN_SUBJECT_PLAN_CLAUSE,  # ", and it expects to arrest thousands more": that clause's plan
    )
    ends = [m.start() for p in clause_ends if (m := p.search(rest))]
    if ends:
        clause_end = n.end + min(ends)
    later = [
        m
        for m in numbers
        if n.start < m.start < clause_end and not _site_in_subject(text[n.end : m.start], text[m.end : clause_end])
    ]
    share = parts.FRACTION_SUBJECT_AFTER_WHOLE.match(text, n.end)
    if (
        share is not None
        and parts.WHOLE_OPENER.search(text, 0, n.start)
        and share.end("whole") < clause_end
        and not any(n.end < m.start < share.end() for m in numbers)
    ):
        # "Of the 300 people arrested, half had no criminal record": the whole's phrase ends at its comma, what
        # follows is the unnumbered share's
        return share.end("whole")
    if not later:
        return clause_end
    between = text[n.end : later[0].start]
    if later[0].percent and (aside := parts.SHARE_SET_OFF.match(text, n.end)) and aside.end() > later[0].end:
        # "47,000 — 72 percent — had no criminal conviction": the share is the number's aside, its verb comes after
        return clause_end
    whole = parts.WHOLE_OPENER.search(text, 0, n.start)
    if whole is not None and "," in between:
        # "Of the 2,000 people arrested, 1,400, or 70 percent, had no record": the whole's phrase ends at its comma
        return n.end + between.index(",")
    if parts.BARE_SUBJECT.match(text, later[0].end) or re.match(r"\s+(?:having|being)\b", text[later[0].end :], _I):
        # "Of the 1,200 people arrested, 700 had criminal convictions", "with 500 having criminal convictions": the
        # later number has its own verb
        return later[0].start
    if parts.OF_THEM.match(text, later[0].end) or re.search(
        r",\s*(?:most|many|some|all)\s+of\s+(?:them|whom),", between, _I
    ):
        # "arrested 1,000 people, 75% of whom had criminal records", "500 people, 320 of them without criminal
        # records", "most of them, about 900, with criminal records": what follows a part is the part's own
        return later[0].start
    governed = traps.GOVERNING_VERB.search(parts.QUALIFIER_END.sub("", text[max(0, n.start - 60) : n.start]))
    if (
        (
            parts.COMMA_CLAUSE_BEFORE_NUMBER.search(between)
            # a verb's object is no subject of the verb after "and": "arrested 12 people and six more were detained"
            or (governed and re.search(r"\sand\s+$", between, _I))
        )
        and not traps.LIST_ITEM.search(between)
        and traps.OWN_VERB.match(text[later[0].end : clause_end])
    ):
        return later[0].start  # "arrested 19 people in Omaha, and 11 others were detained in Lincoln": its own clause
    if traps.OWN_VERB.match(between) and re.search(
        r"(?:,\s*|\s)(?:and\s+)?(?:the\s+remaining\s+|another\s+)?$", between, _I
    ):
        return later[0].start
    if traps.REDUCED_RELATIVE.match(between):
        return clause_end  # "Three men accused of packing 50 migrants ... were arraigned": the 50 is the deed's
    if (
        traps.LIST_ITEM.search(between)
        or re.search(r",\s*(?:or\s+)?(?:about|some|nearly|roughly|approximately|almost)?\s*$", between, _I)
        or re.search(rf"\b(?:and|with|or|of|of\s+the)\s*{parts.WHOLE_QUALIFIER}$", between, _I)
    ):
        return clause_end
    return later[0].start


def _site_in_subject(between: str, after: str) -> bool:
    """Whether a later number counts the sites inside the counted people's own modifier ("Seventy-six workers at two
    meatpacking plants were detained"): it is part of their subject, and their verb lies beyond it."""
    if frames.PEOPLE_THEN_PLACE_PREPOSITION.match(between):
        return bool(frames.SITE_NOUN.match(after))
    # "42 migrants who came ashore in two pangas were caught": the pangas are in the people's relative clause
    return bool(frames.PEOPLE_RELATIVE_THEN_PREPOSITION.match(between) and frames.SITE_OR_CARRIER_NOUN.match(after))


@dataclass(frozen=True)
class Reading:
    """What the words around one number say, read once before any typing rule runs (`read_number`)."""

    s: Sentence
    n: NumberMention
    text: str  # the sentence as read (markup removed): every offset below is into it
    previous: Count | None  # the last count of this sentence that a trap did not reject
    plan: Count | None  # the last count of this sentence rejected as a plan: the near end of a comparison of its own
    last: Count | None  # the last such count of the story before this sentence
    clause: tuple[int, int]  # the number's clause
    pred_end: int  # where the number's own predicate ends
    head: re.Match[str] | None  # the counted noun phrase right after the number ("498 immigrants")
    rest: str  # the number's clause after the number
    head_end: int  # where the counted noun phrase ends in `rest` (0 with none): what happened to them is read on
    left_start: int  # where the number's own words begin: its clause, after the count before it
    left: str  # up to six words before the number, from left_start: its governing verb stands there
    window: str  # the number's own part of the clause, from left_start to the end of its predicate
    predicate: str  # the words after the counted noun phrase, to the end of the predicate
    before_level: str  # the sentence up to the number, qualifiers ("about", "more than") blanked out
    level: re.Match[str] | None  # a level frame right before the number ("reached", "climbed to", "from")
    border: bool  # the people are at the border
    airport: bool  # the sentence is set at an airport
    custody: bool  # custody is named in the sentence or the story is about custody
    custody_story: bool  # the story is about custody, whatever the sentence names
    sub: bool  # a list item of the count before it in the sentence
    consumed: int  # the sentence offset up to which earlier counts took the words
    detainer_talk: bool  # the sentence or the one before names detainers, or the story has counted them: its bare
    # "requests" (and "them") are those
    share: Count | None = None  # the last share (percent) of this sentence a trap did not reject
    last_border: Count | None = None  # the last border apprehension of the story before this sentence
    # the last count of the sentence just before, in the same paragraph, when this sentence has counted nothing yet:
    # the whole a pronoun partitive ("Two of them ...", "380 of them") opening this sentence's count points back at
    whole_before: Count | None = None


def _staff_touched(
    text: str, n: NumberMention, words: str, head: re.Match[str], left_start: int, state: dict
) -> re.Match[str]:
    """A business's employees whom an arrest, detention or removal touched are people ("agents arrested 97 employees
    at the plant", "two store employees were detained by agents"): the head reread so (`actions.STAFF_HEAD`). An
    agency's or a government's own employees stay a thing ("five ICE employees were assaulted")."""
    if actions.OWN_STAFF.search(head.group(0)) or actions.OWN_STAFF.search(
        text, max(left_start, n.start - 12), n.start
    ):
        return head
    if actions.HOUSES_STAFF_BEFORE.search(text, max(left_start, n.start - 40), n.start):
        return head  # "the building houses about 120 employees": its workforce, not people held
    # the action governs them: its verb right before the number, or their own passive right after their noun
    verb = " ".join(text[left_start : n.start].split()[-2:])
    modifier = frames.STAFF_MODIFIER.match(words, head.end())  # "42 employees of a roofing company ... were arrested"
    after_noun = modifier.end() if modifier else head.end()
    passive = actions.STAFF_PASSIVE.match(words, after_noun) or frames.STAFF_CARRIED.match(words, after_noun)
    action = cue_type(passive.group() if passive else verb, False, bool(state.get("custody_story")))
    staff = actions.STAFF_HEAD.match(words)
    return staff if staff is not None and action in ("arrests", "detentions", "deportations") else head


def _site_relative_blanked(text: str, numbers: list[NumberMention]) -> str:
    """`text` with a site's relative clause on whom it holds blanked ("Deputies booked 12 men into the county jail,
    which holds ICE detainees"): the jail's ICE detainees are not the 12 men. Offsets are kept; a clause holding a
    number is kept, for it counts."""
    for m in detention.SITE_HOLDS_RELATIVE.finditer(text):
        start, end = m.span("rel")
        if not any(start <= n.start < end for n in numbers):
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _verb_aside_blanked(text: str, numbers: list[NumberMention]) -> str:
    """`text` with an aside set off by dashes between a governing verb and its number blanked ("We have deported —
    and nobody thought this possible — 527,000 illegal aliens"): the verb governs the number across it. Offsets are
    kept; an aside after no such verb ("counted — by hand — 527,000 ballots") stays."""
    for n in numbers:
        aside = frames.ASIDE_BEFORE_NUMBER.search(text, 0, n.start)
        if aside and traps.GOVERNING_VERB.search(text, 0, aside.start("aside")):
            start, end = aside.span("aside")
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _subject_aside_blanked(text: str, numbers: list[NumberMention]) -> str:
    """`text` with an aside set off by dashes between a counted subject and its verb blanked ("six employees—all of
    whom have work permits—were detained"): the aside's own verb would end the count's predicate, and a noun the
    lexicon does not know reaches its verb only when the two touch. Offsets are kept; an aside holding a number is
    kept, for it counts."""
    if "—" not in text and "–" not in text:
        return text  # (most sentences have no dash: read no further)
    for n in numbers:
        aside = frames.SUBJECT_ASIDE.match(text, n.end)
        if aside and not any(aside.start("aside") <= m.start < aside.end("aside") for m in numbers):
            start, end = aside.span("aside")
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def read_number(s: Sentence, n: NumberMention, numbers: list[NumberMention], state: dict) -> Reading:
    """Step 1: the number's clause, predicate, counted noun phrase, governing words and context."""
    text = _verb_aside_blanked(_site_relative_blanked(s.rule_text, numbers), numbers)
    text = _subject_aside_blanked(text, numbers)
    previous: Count | None = state.get("previous")
    clause_span = _clause(text, n.start, n.end)
    pred_end = _predicate_end(text, n, numbers, clause_span[1])
    words = text[n.end : pred_end]
    if frames.NUMBER_LABEL.match(text[: n.end]) and words.startswith(":"):
        words = " " + words[1:]  # "- 59,000: people in ICE detention": the number labels the noun phrase after it
    head = _head(words)
    consumed = state.get("consumed", 0)
    left_start = max(clause_span[0], consumed)
    if head is not None and re.fullmatch(r"employees", head.group("thing") or "", _I):
        head = _staff_touched(text, n, words, head, left_start, state)
    border, airport = at_border(text, state)
    # a list item: a list opens after the count before it ("arrested 498, including 28 in Baltimore") or that count
    # was an item itself, and no clause break comes between
    since_previous = text[previous.number.end : n.start] if previous else ""
    sub = bool(
        previous
        and (traps.LIST_ITEM.search(since_previous) or previous.sub)
        and not traps.CLAUSE_BREAK.search(since_previous)
    )
    # a level told in a partial quotation ('the number was "about 475," an official said'): the quote mark is no word
    before_level = frames.FRAME_QUALIFIER.sub(" ", frames.OPENING_QUOTE_END.sub(" ", text[: n.start]))
    level = (
        traps.LEVEL_BEFORE.search(before_level)
        or re.search(r"\bfrom\s+(?:the\s+)?$", before_level, _I)  # "down from (the) 6,750 recorded in March"
        or frames.PAREN_LEVEL.search(before_level, clause_span[0])
    )
    if (
        level
        and re.fullmatch(r"\s*to\s*", level.group(), _I)
        and not traps.TO_LEVEL.search(before_level, clause_span[0])
    ):
        level = None  # "gave water to two migrants": "to" ends a level only after a verb of change or a "from"
    if (
        level
        and re.fullmatch(r"\s*at\s*", level.group(), _I)
        and not frames.AT_LEVEL.search(before_level, clause_span[0])
    ):
        level = None  # "were arrested at two dairies": a bare "at" ends a level only after a verb of change or standing
    return Reading(
        s=s,
        n=n,
        text=text,
        previous=previous,
        plan=state.get("plan"),
        last=state.get("last"),
        last_border=state.get("last_border"),
        clause=clause_span,
        pred_end=pred_end,
        head=head,
        rest=text[n.end : clause_span[1]],
        head_end=head.end() if head else 0,
        left_start=left_start,
        left=" ".join(traps.TOTAL_OF.sub(" ", text[left_start : n.start]).split()[-6:]),  # "arrested a total of 1,200"
        window=text[left_start:pred_end],
        predicate=text[n.end + (head.end() if head else 0) : pred_end],
        before_level=before_level,
        level=level,
        border=border,
        airport=airport,
        custody=bool(vocabulary.CUSTODY.search(text))
        or bool(state.get("custody_story"))
        # "Two deaths at the same facility" after a sentence that named an ICE site: that site
        or bool(state.get("custody_before") and detention.SITE_BY_KIND_AT.search(text))
        # "Deaths in ICE detention are rising. Since October, 19 people have died": the paragraph's deaths are those
        or bool(state.get("custody_deaths_before")),
        custody_story=bool(state.get("custody_story")),
        sub=sub,
        consumed=consumed,
        detainer_talk=bool(vocabulary.CUES["detainers"].search(text))
        or "detainers" in state.get("article_types", ())
        or _names_detainers(state.get("sentence_before")),
        share=state.get("share"),
        whole_before=_whole_before(s, previous, state),
    )


def _whole_before(s: Sentence, previous: Count | None, state: dict) -> Count | None:
    """The last count of the sentence just before `s` in its paragraph, while `s` has counted nothing yet."""
    last, before = state.get("last"), state.get("sentence_before")
    if previous is not None or last is None or before is None:
        return None
    return last if last.sentence is before and before.paragraph == s.paragraph else None


def _names_detainers(sentence: Sentence | None) -> bool:
    """The sentence before names detainer requests, so "It honored 87 of them" acts on those requests."""
    return sentence is not None and bool(vocabulary.CUES["detainers"].search(sentence.rule_text))
