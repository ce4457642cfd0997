"""Typed numbers: every number of a story's sentences, typed by what it counts (shared/gold/GUIDELINES.md §2
"Counts"), or rejected by a named rule (its `trap`). `count_candidates.py` turns them into scored candidates.

How a number is read, in order:

1. `tasks.analysis.numbers.find_numbers` gives each number; what it counts is read from the noun after it
   ("498 immigrants", "37 assaults", "23 of them", "63 percent of those arrested"), and what
   happened to those counted from the cue words of its clause ("were taken into custody",
   "had no criminal records", "died in ICE custody"). A number with no noun of its own in a list
   ("including 28 in Baltimore and 14 ...", "compared to nine in fiscal 2016") takes the type of
   the count it belongs to.
2. A number a GUIDELINES rule rejects (a change or rate, a projection, a population, a count of things:
   agents, beds, days, dollars, jurisdictions ...) stays a candidate carrying that rule's name as its `trap`;
   the learned decision (`count_candidates.py`, `count_model.py`) scores every candidate from its features.

The words and phrase shapes these steps read (lexicons, traps, frames, parts and shares, the border's geography) are
in the package `count_lexicon/`, one module per theme, read here as `<module>.NAME`.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from schemas.records import Place
from tasks.analysis.count_lexicon import (
    actions,
    convictions,
    deaths,
    detention,
    frames,
    geography,
    parts,
    traps,
    vocabulary,
)
from tasks.analysis.numbers import NumberMention, find_numbers
from tasks.analysis.places import PlaceMention, locate_county, normalize_place
from tasks.analysis.sentences import Sentence

_I = re.IGNORECASE


@dataclass(frozen=True)
class Count:
    """A typed number before places and the article-wide context are attached."""

    type: str
    unit: str
    number: NumberMention
    sentence: Sentence
    clause: tuple[int, int]  # sentence-relative span of the clause the count lives in
    sub: bool  # an item of a list inside a larger count ("including 28 in Baltimore")
    trap: str | None = None  # the rule that says it is no count ("change", "rate" ...), None if the rules type it
    head: str = ""  # what the noun after the number names: "people", "event", "thing" or ""
    border: bool = False  # border context
    left: str = ""  # up to six words before the number in its clause, after the last count's (its governing verb)
    cue: bool = False  # its own predicate names what happened to those counted ("were deported")
    total: Count | None = None  # the count this one is a part of ("28 in Baltimore" of the 498)


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


def _trap(s: str, n: NumberMention, window: str, head: re.Match[str] | None) -> str | None:
    """The GUIDELINES §2 rule by which number `n` is not a count ("change", "rate", "capacity" ...), or
    None; `window` is the number's own part of the clause (from the previous count to the end of its
    predicate). A trap is a feature of the candidate, not a verdict: the count model weighs it.

    Runs before typing, on the words around the number alone: a new trap that needs no type belongs here (or in
    `_no_action_trap` when it asks who acted); one that needs the type (`v.kind`) belongs in `_not_counted`."""
    before = s[max(0, n.start - 40) : n.start]
    before_q = traps.TRAP_QUALIFIER.sub("", before)
    after = s[n.end : n.end + 60]
    if n.value < 2 and not n.percent:
        return "single"  # "one man", "a father": single people are cases, not counts
    refused_share = detention.DECLINED_JUST_BEFORE.search(before_q) and detention.REFUSED_SHARE_AFTER.match(after)
    if (
        traps.CHANGE_BEFORE.search(before_q)
        and (n.percent or re.search(r"\bby\s+$", before_q, _I))
        and not refused_share
    ):
        return "change"
    if traps.CHANGE_NOUN_BEFORE.search(before_q):
        return "change"  # "an increase of 40 percent": the difference between two levels, not a level
    if traps.CHANGE_WITH_BASE_BEFORE.search(before_q) and traps.CHANGE_BASE_AFTER.match(after):
        return "change"  # "arrested 1,200 in May, up 300 from April": the difference, told with its base
    if traps.DIFFERENCE_BEFORE.search(traps.TRAP_QUALIFIER.sub("", s[max(0, n.start - 120) : n.start])):
        return "change"  # "the gap between arrests and removals grew to 12,000": a difference of two counts
    change = traps.CHANGE_AFTER.match(after)
    if change and not (re.fullmatch(r"\s*more", change.group(), _I) and not re.search(r"\bthan\b", after, _I)):
        return "change"  # "500 more than last year"; but "11 more migrants deported" is a count of its own
    if traps.FULL_AFTER.match(after) or traps.CAPACITY_BEFORE.search(before_q):
        return "capacity"
    if traps.PAID_FOR_BEFORE.search(before_q):
        return "capacity"  # "the bill pays for an average of 46,000 detainees a day": a level funded, none held
    # an average a day of people held is the population held ("held an average of 61,000 people a day in
    # detention"), not a rate; of people "booked into custody" it is a flow of arrests, a rate
    held_daily = (
        re.search(r"\baverage\b", before, _I)
        and re.search(r"detention|detain|custody|\bheld\b", window, _I)
        and not re.search(r"\b(?:into|booked)\s+(?:\w+\s+){0,2}(?:custody|detention|jails?)\b", window, _I)
    )
    if (
        (traps.RATE_AFTER.match(after) and not held_daily)
        or traps.RATE_BEFORE.search(before_q)
        or traps.RATIO_AFTER.match(after)
    ):
        return "rate"
    if traps.AVERAGED_BEFORE.search(before_q) and not traps.HELD_AVERAGED.search(s, 0, n.start):
        return "rate"  # "Daily ICE arrests averaged 1,000 in June"; not "The detained population averaged 38,000"
    if head is None and traps.OF_THINGS_BEFORE.search(before_q):
        return "thing"  # "Of the 130 jurisdictions, 12 refused": 12 jurisdictions
    if parts.CHARGED_JUST_BEFORE.search(before_q) and parts.FEE_AFTER.match(after):
        return "fee"  # "the smugglers charged 40 migrants $5,000 each": a price, not a prosecution
    if traps.VICTIMS_BEFORE.search(before_q):
        return "victims"
    if traps.AIDED_BEFORE.search(before_q):
        return "aided"  # "volunteers reunited 45 children with relatives": helped, not touched by enforcement
    if traps.RETRACTED_BEFORE.search(s, 0, n.start):
        return "retracted"  # "the number of people arrested, which was 47, not 74": taken back by a correction
    if traps.DENIED_BEFORE.search(s, 0, n.start):
        return "retracted"  # "ICE denied reports that agents had arrested 40 students": denied, not stated
    if traps.FLOW_AVERAGED_BEFORE.search(s, 0, n.start):
        return "rate"  # "weekly arrests average about 1,100": the averaged rates `AVERAGED_BEFORE` above leaves
    if traps.THRESHOLD_BEFORE.search(s, 0, n.start):
        return "change"  # "the sixth straight month under 10,000": the mark a level is compared with
    if traps.SMUGGLED_BEFORE.search(before_q):
        return "smuggled"
    share = traps.SHARE_COPULA.match(s, n.end) or (traps.SHARE_INFINITIVE.match(s, n.end) if n.percent else None)
    if (
        share
        and not _cue_type(share.group("comp"), False, True)
        and not _record_kind(share.group("comp"))
        and not traps.PLACED_PART.match(share.group("comp"))
        and not parts.PLACED_AT_SITES_PART.match(share.group("comp"))
        and not (
            vocabulary.CUES["detainers"].search(share.group())
            and detention.REQUEST_DISPOSITION.match(share.group("comp"))
        )
        # the part's own record before a second predicate: "131 of the 240 had no criminal history and were stopped"
        and not parts.RECORD_PREDICATE.search(s, n.end, share.start("comp"))
    ):
        return "composition"  # "70% of his clients are undocumented": what a group is made of, not an action
    # detainees who sign a letter are still held: their noun says so
    held = head is not None and re.search(r"detainees|inmates|prisoners", head.group(0), _I)
    if traps.CROWD_AFTER.match(after[head.end() if head else 0 :]) and not held:
        return "crowd"  # "300 people gathered to protest the arrests": a crowd, not people the action touched
    if traps.AUDIENCE_BEFORE.search(before_q) and head is not None and head.group("people") and not held:
        return "crowd"  # "a know-your-rights training drew about 60 people": an event's audience, no one touched
    # "the plan to transfer the 74 detainees": a group that exists, named with "the"
    detainees = head is not None and re.search(r"detainees", head.group(0), _I) and re.search(r"\bthe\s+$", before)
    done = traps.DONE_AFTER_PLAN_BEFORE.search(before)  # "planned to deport 900 but deported only 340"
    # a goal told after a done count is what the count is measured against ("missing its goal of 2,000")
    goal_after = traps.GOAL_COMPARED_AFTER.match(s, n.end)
    plan_words = window.replace(goal_after.group(), " ") if goal_after else window
    if traps.PLAN.search(plan_words) and not detainees and not done:
        return "plan"
    held_np = re.match(
        r"\s*(?:[\w-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:custody|detention(?:\s+(?:center|facility))?)\b",
        s[n.end : n.end + 80],
        _I,
    )
    held_np = held_np or re.search(
        r"\b(?:in|at|inside)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:custody|detention\s+(?:center|facility))\b", s, _I
    )
    if traps.MEDICAL.search(window) and not held_np and not deaths.DIED_OF.search(window):
        return "medical"  # (people the text places in custody are held, sick or not: "2,500 people in ICE custody")
    near = s[max(0, n.start - 40) : n.end + 60]  # what the text calls these people, not a facility named further off
    # people a passive removes ("The 76 children, who had been held in shelters ..., were deported") are removed,
    # wherever they were housed before
    removed = actions.PASSIVE_REMOVAL.search(s, n.end)
    if traps.SHELTER.search(window) and not traps.CALLED_DETAINED.search(near) and not removed:
        return "shelter"  # children HHS houses are detentions only where called detained (GUIDELINES §2)
    if n.percent and (traps.POLL_OR_RATE.search(window) or traps.OPINION_AFTER.match(s, n.end)):
        return "poll"
    if (
        traps.POPULATION.search(window)
        and not re.search(r"detain|custody|held|arrest|deport", window, _I)
        and not vocabulary.HELD_SITE_POPULATION.search(window)  # "the population of the Eloy detention center": held
    ):
        return "population"
    if traps.POLICE.search(window) and traps.PROTEST.search(s) and not traps.IMMIGRATION_ANGLE.search(s):
        return "protest"  # "police arrested 575 people, most for curfew violations": no immigration purpose
    if traps.PROTESTERS.match(after.lstrip(" ")) or (head is not None and traps.PROTESTERS.search(head.group(0))):
        return "protest"  # "police arrested 12 protesters outside the ICE facility": held for the protest
    ordered = traps.ORDERED_REMOVED.search(window)
    if ordered and not traps.RELATIVE_OPENER.search(window, 0, ordered.start()):
        # (a relative clause tells the people's past: "deported 300 people who had been ordered removed")
        return "order"  # "judges ordered 40,000 people deported in absentia": orders, not removals carried out
    if traps.AVERTED.search(window) or traps.RELIEF_FROM_REMOVAL.search(window):
        return "averted"  # "halted the deportation of 1,400", "filed stays of removal for 40 of them"
    separated = traps.SEPARATED_NOUN.match(s, n.end) and not traps.CALLED_DETAINED.search(window)
    if traps.SEPARATION.match(s, n.end, n.end + 120) or traps.REUNION.search(window) or separated:
        return "separation"  # "1,442 have been reunited with parents in ICE custody": separations are no facts
    if re.search(r"\b(?:all|everyone|everybody|each)\s+but\s+$", before_q, _I):
        return "exception"  # "all but four had no criminal history": the four are those the predicate leaves out
    if traps.HISTORY_BEFORE.search(before_q):
        return "history"  # "She has 21 criminal arrests": one person's record, not people touched
    if traps.RANK_BEFORE.search(before_q):
        return "rank"  # "ranked fifth of 25 counties": a place in a ranking
    if traps.KIN_OF.search(before_q):
        return "family"  # "father of three", "a mother of two": the size of a family, not people touched
    if traps.EMPLOYED_BEFORE.search(before_q):
        return "population"  # "the plant employs about 3,000 people": a workforce, not people an action touched
    if not n.percent and traps.MEMBERS_BEFORE.search(before_q):
        return "population"  # "the union represents 60,000 workers": a membership, not people an action touched
    if traps.TARGET_BEFORE.search(before_q):
        return "target"  # "targeting two convicted sex offenders": sought, not touched
    if n.value >= 1_000_000 and head is not None and head.group("people") and not traps.ACTED_ON.search(window):
        return "population"  # "11 million undocumented immigrants": a population, unless an action touched them
    if head is not None and head.group("thing"):
        return "thing"
    return None


def _record_kind(phrase: str) -> str | None:
    """What a counted noun phrase says of its people's records: "criminal aliens", "2,457 criminals",
    "convicted felons" are convictions; "non-criminal immigrants", "noncriminals" have none."""
    if re.search(r"\bnon-?criminal", phrase, _I):
        return "no_criminal_record"
    if re.search(r"\b(?:criminals?|felons|convicted)\b", phrase, _I):
        return "convictions"
    return None


def _event_noun_type(noun: str, border: bool) -> str | None:
    """The type an event noun names ("Apprehensions", "removals"); arrests at the border are apprehensions."""
    kind = vocabulary.EVENT_TYPES.get(" ".join(noun.lower().split()))
    return "border_apprehensions" if kind == "arrests" and border else kind


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
_ACTIONS_OF_WHOLE = ("arrests", "border_apprehensions", "detentions", "deportations")


def _whole_action(own: str, border: bool, custody: bool) -> str | None:
    """The action a whole's own words name before the record predicate that belongs to its part: "the 60,000
    people ICE is holding have no criminal convictions" are detentions."""
    own = parts.RECORD_PREDICATE.split(own, maxsplit=1)[0]
    return next((t for t in _ACTIONS_OF_WHOLE if _cue_type(own, border, custody) == t), None)


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
    if not later:
        return clause_end
    between = text[n.end : later[0].start]
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
    return bool(frames.PEOPLE_THEN_PLACE_PREPOSITION.match(between) and frames.SITE_NOUN.match(after))


def _names_agents_home(text: str) -> bool:
    """Whether `text` may name the agents' home post (`geography.AGENTS_HOME`): a cheap guard before the search."""
    lowered = text.lower()
    return any(word in lowered for word in geography.AGENTS_HOME_WORDS)


def _agents_home_blanked(text: str) -> str:
    """`text` with the agents' home post blanked: where they come from, not where they act."""
    return geography.AGENTS_HOME.sub(" ", text) if _names_agents_home(text) else text


def _border_talk(text: str) -> str:
    """`text` with the border words that set nobody at the border blanked: a distance from it ("hundreds of miles
    from the border"), a policy or an office ("the border czar", "border security"); a sector named as the agents'
    home or their chief's ("agents from the El Centro Sector", "the sector chief") names the agency only; a crossing
    long ago ("who crossed the border as children") is the people's history, no place of theirs now; the agents' home
    post ("agents based in El Centro", "which normally patrols the border") is where they come from."""
    text = _agents_home_blanked(text)  # "agents based in El Centro", "which normally patrols the border"
    text = geography.LONG_AGO_CROSSING.sub(" ", geography.SECTOR_OF_AGENTS.sub(" Border Patrol ", text))
    return geography.BORDER_NOT_PLACE.sub(" ", geography.FAR_FROM_BORDER.sub(" ", text))


def _past_at_border(text: str) -> str:
    """`text` with the past of those counted at the border blanked ("who had crossed the border", "who were released
    at the border"): where they once were, not where ICE's clause puts them."""
    return geography.PAST_AT_BORDER.sub(" ", traps.PAST_CROSSING.sub(" ", text))


def _at_border(text: str, state: dict) -> tuple[bool, bool]:
    """Whether the sentence's people are at the border, and whether it is set at an airport (`state` as in
    `_type_count`: what the story and the sentences before said about the border)."""
    text = _border_talk(text)
    interior = bool(
        traps.INTERIOR.search(text) or geography.INTERIOR_AGENCY.search(text) or geography.INTERIOR_SCOPE.search(text)
    )
    placed = _past_at_border(text) if interior else text
    border = bool(
        vocabulary.STRONG_BORDER.search(placed)
        or geography.BORDER_STRIP.search(placed)
        or (
            not interior and (vocabulary.BORDER.search(text) or state.get("border_before") or state.get("border_story"))
        )
        or (not interior and geography.CROSSING_ACT.search(text))  # "85 crossers", "who waded across the river"
        or (not interior and geography.BORDER_WORKS.search(text))  # "at the Falfurrias checkpoint", "came ashore"
        or (not interior and geography.SEA_LANDING.search(text))  # "landed a panga on a beach"
        or (state.get("border_summary") and not interior)
    )
    airport = bool(traps.AIRPORT.search(text)) and not re.search(
        r"\bborder\b(?!\s+Protection)|Border\s+Patrol", text, _I
    )
    if border and airport:
        border = False  # travellers held at an airport are detained, not apprehended at the border
    if state.get("inland"):
        border = False  # arrested inside the country (GUIDELINES §2 arrests), whichever agency made them
    if (
        border
        and (geography.INTERIOR_SETTING.search(text) or geography.INTERIOR_OPERATION.search(text))
        and not geography.BORDER_PLACE.search(text)
        and not state.get("near_border")
    ):
        border = False  # "Agents arrested 38 people outside a Home Depot": a setting inside the country, an arrest
    # Mexico's agents detaining a caravan make no U.S. border apprehension (GUIDELINES: CBP/Border Patrol)
    if vocabulary.FOREIGN_AGENCY.search(text) and not geography.BORDER_AGENCY.search(text):
        border = False
    return border, airport


def _broken_down(
    text: str,
    n: NumberMention,
    head: re.Match[str] | None,
    predicate: str,
    previous: Count | None,
    last: Count | None,
) -> Count | None:
    """The group counted before that the number at `n` breaks down, or None. The group is this sentence's count, or
    the last one when the number opens its sentence or its subject points back to it. The forms of a part:
    - of them, of those: "Nine hundred of them were children", "Of those, 812 were from Mexico", "Among them were
      3,000 unaccompanied children";
    - a pointing subject: "Those included 300 women";
    - a group named without a number: "Of those arrested, 700 were ...";
    - the last count restated as a whole: "ICE arrested 1,500 people. Of the 1,500, 700 were ...";
    - a bare part or share opening its sentence: "Some 1,200 were unaccompanied children", "About 40 percent were
      women";
    - a part in apposition: "arrested 54 people at the plant, 41 men and 13 women";
    - a part after a semicolon or colon: "deported 1,000 people on 12 flights; 350 were women";
    - a part named by a nationality adjective: "700 of whom were Guatemalan";
    - a relative partitive before the number: "detained 1,100 people, of whom 700 were Mexican nationals"."""
    # the number opens its sentence, a qualifier aside ("More than 3,000 of them were children")
    at_start = not parts.QUALIFIER_END.sub("", text[: n.start]).strip(" \"“'‘(-—–*#|•:")
    opens = at_start or parts.OF_THOSE_BEFORE.search(text[: n.start])
    # a group named without a number ("Of those arrested, 700 were ...", "Of the deportees, 350 ..."): the last count
    part_of_last = head is None and parts.OF_THE_GROUP_BEFORE.search(text[: n.start])
    # the last count restated as the whole of a partitive ("ICE arrested 1,500 people. Of the 1,500, 700 were ...")
    whole = parts.OF_THE_WHOLE_BEFORE.search(text[: n.start]) if previous is None and last is not None else None
    restated = whole is not None and any(m.value == last.number.value for m in find_numbers(text[: n.start]))
    part_of_last = part_of_last or (head is None and restated)
    # a bare part opening the sentence after the count ("Agents apprehended 9,000 migrants. Some 1,200 were
    # unaccompanied children."): a part, where it is smaller than that count and its predicate names a kind of person
    bare_part = (
        head is None
        and not n.percent
        and previous is None
        and last is not None
        and n.value < last.number.value
        and at_start
        and (parts.KIND_PREDICATE.match(predicate) or parts.ORIGIN_PREDICATE.match(predicate))
    )
    # a part of the last count (a named group, a restated whole or a bare part): it opens its sentence in effect
    part_of_last = part_of_last or bare_part
    opens = opens or part_of_last
    # a rank in a breakdown of the count before ("Mexicans were the largest group at 22,300, followed by 9,870
    # Guatemalans"): a part of that count's whole, never of the group ranked before it
    ranked_whole = (previous.total or previous) if previous is not None else last
    if (
        ranked_whole is not None
        and (head is None or head.group("people"))
        and n.value < ranked_whole.number.value
        and parts.RANKED_GROUP_BEFORE.search(text, 0, n.start)
    ):
        return ranked_whole
    points = parts.POINTING_INCLUDES.search(text[: n.start])  # "Those included 300 women": a part of the last count
    group = previous or (last if opens or points else None)
    if group is not None and points and head is not None and head.group("people"):
        return group
    kind = head is not None and re.fullmatch(parts.KIND_OF_PERSON, head.group("people") or "")
    if (
        previous is not None
        and not previous.sub
        and kind
        and n.value < previous.number.value
        and parts.APPOSED_PART.match(text[previous.number.end : n.start])
        and not traps.VERB_BEFORE.search(predicate)  # "2 U.S. citizens questioned and released": a predicate of its own
    ):
        return previous  # "arrested 54 people at the plant, 41 men and 13 women": a part told in apposition
    if (
        group is not None
        and (
            parts.OF_THEM.match(head.group(0) if head else "")
            or parts.OF_THOSE_BEFORE.search(text[: n.start])
            or (head is None and previous is not None and parts.OF_THE_WHOLE_BEFORE.search(text[: n.start]))
            # a bare share that opens its sentence: "About 40 percent were women" after "ICE arrested 680 people"
            or (head is None and n.percent and opens)
            or part_of_last
            # a bare part opening a clause after a semicolon or colon: "deported 1,000 people on 12 flights; 350 were
            # women"
            or (head is None and previous is not None and parts.PART_AFTER_SEMICOLON_OR_COLON.search(text, 0, n.start))
            # "apprehended 9,100 migrants last month; of those, 812 were children"
            or (previous is not None and traps.OF_THOSE_AFTER_BREAK.search(text, 0, n.start))
            # "detained 1,100 people, of whom 700 were Mexican nationals": "700 of whom" said the other way round
            or (head is None and previous is not None and parts.OF_WHOM_BEFORE.search(text, 0, n.start))
            # "Among the 430 detainees were 19 teenagers": the whole first, the part after its copula
            or (previous is not None and parts.AMONG_THE_WHOLE_WERE_BEFORE.search(text, 0, n.start))
        )
        and (
            parts.BREAKDOWN.match(predicate)
            or parts.KIND_ADJECTIVE.match(predicate)  # "700 of whom were Guatemalan"
            # a part of the people held that is held still: "Of the 1,400 detainees, 480 have been there for months"
            or (group.type == "detentions" and parts.STILL_HELD.match(predicate))
            # "Among them were 3,000 unaccompanied children": the kind of person is the counted noun itself
            or (
                head is not None
                and head.group("people")
                and re.search(r"\b(?:were|was|are|is)\s*$", text[: n.start], _I)
                and (
                    parts.OF_THOSE_BEFORE.search(text[: n.start])
                    or parts.AMONG_THE_WHOLE_WERE_BEFORE.search(text, 0, n.start)
                )
            )
        )
    ):
        return group
    return None


def _sends_abroad(s: Sentence, clause_span: tuple[int, int], abroad: Iterable[int]) -> bool:
    """Whether the clause (`clause_span`, view positions) moves people to a foreign place: a verb of moving then
    "to" right before one of the `abroad` places (article offsets), or a removal flight."""
    clause_from, clause_to = s.at(clause_span[0]), s.at(clause_span[1])
    return bool(
        any(
            clause_from <= a < clause_to and traps.SENT_ABROAD.search(s.text, clause_from - s.start, a - s.start)
            for a in abroad
        )
        or traps.REMOVAL_FLIGHT.search(s.rule_text, clause_span[0], clause_span[1])
    )


def _on_removal_flight_before(r: _Reading, state: dict) -> bool:
    """Whether an aircraft carries the number ("The plane, carrying 128 Venezuelans, landed") right after a sentence
    that names a removal flight: its passengers were removed (GUIDELINES §2 deportations), while a plane after a
    sentence of no removal carries travellers."""
    before = state.get("sentence_before")
    return bool(
        before is not None
        and actions.CRAFT_CARRYING.search(r.text, r.clause[0], r.n.start)
        and traps.REMOVAL_FLIGHT.search(before.view)
    )


@dataclass(frozen=True)
class _Reading:
    """What the words around one number say, read once before any typing rule runs (`_read_number`)."""

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


@dataclass
class _Verdict:
    """The type a number is given, filled in step by step by `_type_count`."""

    unit: str
    trap: str | None
    sub: bool
    kind: str | None = None
    breakdown_of: Count | None = None  # the group a breakdown ("Nine hundred of them were children") is a part of


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
    # the action governs them: its verb right before the number, or their own passive right after their noun
    verb = " ".join(text[left_start : n.start].split()[-2:])
    modifier = frames.STAFF_MODIFIER.match(words, head.end())  # "42 employees of a roofing company ... were arrested"
    after_noun = modifier.end() if modifier else head.end()
    passive = actions.STAFF_PASSIVE.match(words, after_noun) or frames.STAFF_CARRIED.match(words, after_noun)
    action = _cue_type(passive.group() if passive else verb, False, bool(state.get("custody_story")))
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


def _read_number(s: Sentence, n: NumberMention, numbers: list[NumberMention], state: dict) -> _Reading:
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
    border, airport = _at_border(text, state)
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
    return _Reading(
        s=s,
        n=n,
        text=text,
        previous=previous,
        plan=state.get("plan"),
        last=state.get("last"),
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
    )


def _custody_deaths_before(before: Sentence | None, s: Sentence) -> bool:
    """Whether the sentence before, in the same paragraph, tells of deaths in custody: a bare "19 people have died"
    after it goes on with those deaths (GUIDELINES §2 deaths_in_custody)."""
    return bool(
        before is not None
        and before.paragraph == s.paragraph
        and deaths.DEATHS_IN_CUSTODY_TOLD.search(before.rule_text)
    )


def _names_detainers(sentence: Sentence | None) -> bool:
    """The sentence before names detainer requests, so "It honored 87 of them" acts on those requests."""
    return sentence is not None and bool(vocabulary.CUES["detainers"].search(sentence.rule_text))


def _type_count(s: Sentence, n: NumberMention, numbers: list[NumberMention], state: dict) -> Count | None:
    """Type one number of a sentence, or None; `state` (built per sentence by `find_counts`) carries what the
    story and the counts before it said: the previous and last counts, the border and custody context, the
    list lead, the foreign places named. This function moves its "consumed" offset; find_counts sets "previous".

    The steps, in order, each filling the `_Verdict` only while it has no type:
    `_read_number` reads the clause, the counted noun phrase, the governing words and the context once;
    `_trap`, then `_no_action_trap`, choose a trap from the words alone, before any typing;
    `_restated_share` types a share told in words and restated in numbers in the next sentence;
    `_type_by_frame` types the number by a frame around it (a level, a comparison, the whole of a share);
    `_type_by_phrase` by its own words (an event noun, a counted group and its predicate, a label, a verb);
    `_broken_down` makes it a part of a group counted before ("Of those, 300 were women");
    a bare number's relative clause types it by its verb (`WHO_DID`: "one of 20 who died in ICE custody");
    `_type_untyped` guesses (trap "untyped") or types it by its context, else it is no candidate;
    `_breakdown_item` types an untyped item of a breakdown whose lead names the action and no number;
    `_correct_type` applies the rules that hold whatever typed it;
    `_killed_in_custody` makes people held who were killed deaths in custody;
    `_not_counted` chooses a trap that needs the type, where none fired before; `_finish` builds the count."""
    r = _read_number(s, n, numbers, state)
    trap = _trap(r.text, n, r.window, r.head) or _no_action_trap(r)
    v = _Verdict(unit="percent" if n.percent else "people", trap=trap, sub=r.sub)
    v.kind = _restated_share(r, state)
    if v.kind is None:
        _type_by_frame(r, v)
    if v.kind is None:
        _type_by_phrase(r, v, state)
    if v.kind is None and (group := _broken_down(r.text, n, r.head, r.predicate, r.previous, r.last)) is not None:
        v.kind, v.sub, v.breakdown_of = group.type, True, group
    if v.kind is None and r.head is None and not r.sub and (who := deaths.WHO_DID.match(r.text, n.end)):
        v.kind = _cue_type(who.group(0), r.border, r.custody)  # "one of 20 who died in ICE custody"
    if v.kind is None:
        _type_untyped(r, v, state)
        _breakdown_item(r, v)
        if v.kind is None:
            return None
    _correct_type(r, v)
    _killed_in_custody(r, v)
    v.trap = v.trap or _not_counted(r, v)
    if v.trap is None and _records_part_of_uncounted(r, v, state.get("untouched")):
        v.trap = "composition"
    return _finish(r, v, state)


#: Traps that reject a group of people as untouched by any action (planned, targeted, supposed, let go or only
#: living somewhere), unlike traps of things, durations or restated figures: a records part listed after such a
#: group counts no one either.
UNTOUCHED_GROUP_TRAPS = frozenset(
    {"plan", "target", "hypothetical", "averted", "population", "capacity", "evaded", "screened", "retracted"}
)


def _records_part_of_uncounted(r: _Reading, v: _Verdict, untouched: Count | None) -> bool:
    """Whether a records part is listed after a group of its sentence rejected as untouched, with no count between
    ("plans to arrest 3,000 people, including 900 with criminal records", "ICE targeted 2,300 people, including 700
    with convictions"): the records of people no action touched count no one (GUIDELINES §2)."""
    return (
        v.kind in ("convictions", "no_criminal_record")
        and untouched is not None
        and untouched.number.end <= r.n.start
        and (r.previous is None or r.previous.number.end <= untouched.number.start)
        and parts.LISTED_PART_LINK.fullmatch(r.text, untouched.number.end, r.n.start) is not None
    )


def _no_action_trap(r: _Reading) -> str | None:
    """The GUIDELINES §2 rule by which a number no enforcement action touched is not a count, for the readings
    `_trap` lets through: an action only required or funded ("would require ICE to detain 50,000 more") is a plan;
    people police take at a protest ("police arrested 12 people at a protest against ICE") are held for the protest
    (the protest's cause is no immigration purpose of the arrest; people ICE arrests there are arrests);
    people held who were hurt in an attack ("two detainees were wounded") are its victims.

    Runs before typing, right after `_trap` (which it only reaches when `_trap` found none), on the reading of the
    number (`_Reading`: its actor, its clause after it); it needs no type either."""
    if traps.OBLIGED_ACTION.search(r.text, r.left_start, r.n.start):
        return "plan"
    not_taken = _not_taken(r)
    if not_taken is not None:
        return not_taken
    if _hypothetical(r):
        return "hypothetical"
    if traps.YES_NO_QUESTION_OPEN.search(r.text, 0, r.n.start) and traps.QUESTION_END_AFTER.match(r.text, r.n.end):
        return "question"  # "Will you hit 1 million deportations this year?": asked, not stated
    actor = r.text[r.left_start : r.n.start]  # police who arrest at a protest; ICE arresting there makes arrests
    if (
        traps.AT_PROTEST.match(r.rest)
        and traps.POLICE.search(actor)
        and not traps.IMMIGRATION_ANGLE.search(actor)
        and traps.TAKEN_IN_BEFORE.search(actor)
    ):
        return "protest"
    if traps.KILLED_AFTER.match(r.rest, r.head_end):
        return None  # "were shot dead": no victims count but a death in custody (`_killed_in_custody`)
    if traps.HURT_AFTER.match(r.rest, r.head_end):
        return "victims"
    return None


def _not_taken(r: _Reading) -> str | None:
    """An action the number's words say did not happen (GUIDELINES §2: projections and plans are no counts): hoped
    for or promised ("Officials hope to arrest 5,000 people"), only tried ("agents tried to arrest four men"),
    expected ("they expected 50,000 deportees"), agreed to as a cap ("agreed to accept up to 160 deportees"), kept
    from happening ("blocked ICE from taking custody of 1,700"; not where the blocking is negated), or promised on
    an open condition ("If ICE sends us 3,000, we'll honor 3,000"; a definite group inside the condition, "If the
    1,200 workers arrested Tuesday are deported, ...", was counted already and stays)."""
    text, start = r.text, r.n.start
    if traps.DESIRED_ACTION.search(text, r.left_start, start) or traps.EXPECTED_BEFORE.search(
        text, r.left_start, start
    ):
        return "plan"
    if convictions.AGREED_TO_TAKE_BEFORE.search(text, r.left_start, start):
        return "plan"  # "The country agreed to accept up to 160 deportees": a cap agreed, not people sent
    if traps.ATTEMPTED_ACTION.search(text, r.left_start, start):
        return "plan"  # "Agents tried to arrest four men": tried, not said to be done
    kept = traps.KEPT_FROM_ACTING.search(text, r.left_start, start)
    if kept is not None and not traps.NEGATED_JUST_BEFORE.search(text, 0, kept.start()):
        return "averted"
    condition = traps.CONDITION_OPEN.search(text, 0, start)
    in_open_condition = (
        condition is not None
        and not traps.DEFINITE_JUST_BEFORE.search(text, condition.start(), start)
        and traps.FUTURE_MAIN_AFTER.match(text, r.n.end)
    )
    if in_open_condition or traps.OPEN_CONDITION_MAIN_BEFORE.search(text, 0, start):
        return "hypothetical"
    return None


def _hypothetical(r: _Reading) -> bool:
    """Whether the number stands inside an unreal condition: "If ICE were to detain 15 percent of ...", "what would
    happen if agents deported 3,000 of its workers?", "If the agency deported all 11,000, the county would lose ...",
    "Had the agency arrested 800 people, ...": a case imagined, not an action taken (GUIDELINES §2, projections and
    plans). A condition the number is not inside ("If convicted, the 14 men face ...") leaves it a count."""
    cond = traps.CONDITION_OPEN.search(r.text, 0, r.n.start)
    if cond is not None:
        return bool(
            traps.UNREAL_IN_CONDITION.search(cond.group())
            or traps.UNREAL_MAIN_AFTER.match(r.text, r.n.end)
            or re.search(r"\?[\"”’']?\s*$", r.text)
        )
    inverted = traps.INVERTED_CONDITION.match(r.text)
    return bool(inverted and inverted.end() <= r.n.start and "," not in r.text[inverted.end() : r.n.start])


def _breakdown_item(r: _Reading, v: _Verdict) -> None:
    """A place's item of a breakdown whose lead names the action and no number, lead and item in one sentence ("The
    arrests break down as follows: 120 in Houston and 85 in Dallas", `traps.BREAKDOWN_LEAD`): that action's count, with
    no whole to link to. A lead on a line of its own reaches the items below it as their list's lead instead
    (`find_counts`; one that names no action, "By state:", through `_breakdown_lead`)."""
    if (
        v.trap != "untyped"
        or (r.previous is not None and not r.sub)
        or not traps.PART_PLACED_AFTER.match(r.text, r.n.end)
    ):
        return
    colon = r.text.rfind(":", 0, r.n.start)
    lead = traps.BREAKDOWN_LEAD.match(r.text[: colon + 1]) if colon > 0 else None
    if lead is None or (traps.LEAD_ITEM_BREAK.search(r.text[colon : r.n.start]) and r.previous is None):
        return
    kind = _event_noun_type(lead.group("noun"), r.border)
    if kind is not None and kind not in vocabulary.UNITS:
        v.kind, v.trap = kind, None


def _killed_in_custody(r: _Reading, v: _Verdict) -> None:
    """People held who were killed ("Two detainees were killed when a gunman opened fire at the ICE office") or who
    died where they were held ("Two men held at the facility died") died in custody (GUIDELINES §2
    deaths_in_custody), not a count of people held. So do people held whom a killing verb governs ("a fire at the
    detention facility killed 39 migrants"), in whosever immigration custody: not victims ("left 40 men dead" is
    typed a death by its own word, "dead", before this step)."""
    if v.kind == "detentions" and (
        traps.KILLED_AFTER.match(r.rest, r.head_end) or deaths.HELD_THEN_DIED_AFTER.match(r.rest, r.head_end)
    ):
        v.kind = "deaths_in_custody"
    killed = deaths.KILLED_HELD_BEFORE.search(r.text, r.left_start, r.n.start)
    if v.kind == "detentions" and v.trap in (None, "victims") and killed:
        v.kind, v.trap = "deaths_in_custody", None


def _not_counted(r: _Reading, v: _Verdict) -> str | None:
    """The GUIDELINES §2 rule by which a typed number still counts no people an enforcement action touched, or None:
    a place's population ("in the city of 21,000", "a county of about 67,000 people"), the base of a ratio ("2 doctors
    for every 1,000 detainees"), arrests or charges for a crime that is no immigration crime ("88 arrests for drunken
    driving", "19 were charged with failing to obey lawful orders"), what a vehicle can take ("boats that can carry
    20"), things ("25 field offices", "83 percent of its toilets"), a court's caseload ("a backlog of 3.7 million
    pending cases"), an age ("aged 19 to 58", "Daniel Ortega (17)"), the size of each of many groups ("in groups of
    up to 12"), the captives of smugglers beside a charge ("23 migrants held for ransom"), a crime's victims ("had
    assaulted 2 children"), people who got away ("Another 300 migrants turned back into Mexico"), people a jail
    looked up ("checked the immigration status of 9,400 people booked into the jail", "flagged 820 for ICE"), a part
    told by a standing of no type ("45 of those arrested had prior deportation orders").

    Runs last, after typing, and only where no earlier trap fired: a trap that needs the type (`v.kind`, as the
    other-crime one does) belongs here."""
    before = traps.TRAP_QUALIFIER.sub("", r.text[max(0, r.n.start - 60) : r.n.start])
    after = r.text[r.n.end : r.n.end + 60]
    if traps.PLACE_POPULATION_BEFORE.search(before) and not traps.HELD_AFTER.match(after):
        return "population"
    if traps.RATIO_BASE_BEFORE.search(before):
        return "rate"
    if traps.CARRY_CAPACITY_BEFORE.search(before):
        return "capacity"
    if not r.n.percent and (r.head is None or not r.head.group("people")) and traps.MORE_THINGS_HEAD.match(after):
        return "thing"  # "the agency's 25 field offices", "agents seized 12 rifles"
    if (
        traps.CASELOAD_BEFORE.search(before)
        or traps.CASELOAD_AFTER.match(after)
        or traps.CASES_ON_DOCKET_AFTER.match(after)
    ):
        return "caseload"
    if traps.PART_OF_PRONOUN_AFTER.match(after) and traps.PAPERS_COUNTED_BEFORE.search(r.text, 0, r.n.start):
        return "thing"  # "filed 42 habeas petitions for detainees and won 31 of them": 31 petitions
    if (
        v.kind == "detainers"
        and traps.HOLDS_BEFORE.search(before)
        and traps.JAIL_HEADCOUNT_AFTER.match(after)
        and not detention.HELD_PAST_RELEASE.search(r.window)  # "held 19 inmates past their release dates": detainers
    ):
        return "jail"  # "the county jail holds about 1,800 inmates and honors detainers only with a warrant"
    if traps.CASELOAD_LEVEL_BEFORE.search(r.text, r.clause[0], r.n.start):
        return "caseload"  # "the backlog of cases in the immigration courts stood at 3.7 million"
    if r.n.percent and traps.SHARE_OF_THING_AFTER.match(after):
        return "thing"  # "83 percent of its toilets": a share of things, not of people in an action
    if not r.n.percent and (
        traps.AGE_BEFORE.search(before)
        or traps.AGE_AFTER.match(after)
        or traps.AGE_CLAUSE_BEFORE.search(before)
        or traps.AGE_LIST_BEFORE.search(before)
        or traps.AGE_SUPERLATIVE_BEFORE.search(before)
        or traps.AGE_RANGE_OF_PEOPLE_BEFORE.search(before)
    ):
        return "age"  # "aged 19 to 58", "children as young as 3", "ages 24, 39 and 57", "the oldest was 71"
    if traps.GROUP_SIZE_BEFORE.search(before):
        return "capacity"  # "moved in groups of up to 12": the size of each group, not a count
    if not r.n.percent and traps.ROAD_LABEL_BEFORE.search(before):
        return "rank"  # "at mile marker 312": a place's label, not a count
    if traps.PER_UNIT_AFTER.match(r.rest, r.head_end):
        return "capacity"  # "12 cells with more than 20 men each": what each unit holds, not a count
    own = r.text[r.n.end : r.pred_end]
    if (
        v.kind in ("arrests", "charged", "detentions")
        and traps.OTHER_OFFENCE_AFTER.match(own)
        and not traps.IMMIGRATION_OFFENCE.search(own)
    ):
        return "other_crime"
    if v.kind in ("charged", "convictions") and convictions.CAPTIVES_AFTER.match(r.rest, r.head_end):
        return "victims"  # "found 23 migrants held for ransom before prosecutors charged 5 men": the captives
    if v.kind in ("arrests", "border_apprehensions", "detentions") and convictions.EVADED_AFTER.match(
        r.rest, r.head_end
    ):
        return "evaded"  # "Another 300 migrants turned back into Mexico before agents reached them": not caught
    screened = convictions.SCREENED_BEFORE.search(r.text, r.left_start, r.n.start)
    if screened and not convictions.ACTED_ON_RELATIVE_AFTER.match(r.rest, r.head_end):
        return "screened"  # "checked the immigration status of 9,400 people booked into the jail": looked up
    if convictions.UNTYPED_STANDING_OF_PART.match(r.text, r.n.end):
        return "composition"  # "45 of those arrested had prior deportation orders": who they are, no type
    whole = r.previous or r.last
    if (
        v.kind == "deportations"
        and whole is not None
        and whole.type in ("arrests", "border_apprehensions", "detentions", "charged")
        and (
            convictions.PRIOR_REMOVAL_OF_PART_AFTER.match(r.text, r.n.end)
            or convictions.REENTRY_AFTER_REMOVAL_OF_PART_AFTER.match(r.text, r.n.end)
        )
    ):
        return "composition"  # "ICE arrested 62 people; 11 had previously been deported": who they are, no type
    if v.kind in ("arrests", "detentions", "convictions") and convictions.PENDING_CHARGES_PART_AFTER.match(
        r.text, r.n.end
    ):
        return "composition"  # "arrested 140 people, 52 of whom face pending criminal charges": who they are
    if v.kind == "detainers" and detention.LATER_DEED_OF_RELEASED_PART_AFTER.match(r.text, r.n.end):
        return "composition"  # "3 of the people released despite detainers had since been accused": who they became
    if _had_beside_record(r, v):
        return "history"  # "has no criminal record and three U.S.-born children": what one person has, no count
    if _crime_victims(r, v, before):
        return "victims"  # "had sexually assaulted 2 children": the crime's victims, no action touched them
    if _age_beside_name(r, after):
        return "age"  # "four teenagers: Daniel Ortega (17), Maria Lopez (16) ...": ages, not counts
    if v.kind == "detentions" and actions.HELD_BY_SMUGGLERS.search(r.text, r.left_start, r.clause[1]):
        return "smuggled"  # "96 migrants held in three stash houses": held by their smugglers, not in detention
    if v.kind == "detentions" and convictions.HOUSED_BY_ACCUSED.search(r.text, r.left_start, r.n.start):
        return "smuggled"  # "prosecutors say the defendants housed 47 workers in trailers": lodged by them, not held
    if v.kind in _ACTIONS_OF_WHOLE and _noun_whole_of_part(r):
        return "partitive_whole"  # "Two of the 14 plaintiffs have since been deported": the 2 were, not the 14
    if v.kind in ("arrests", "detentions") and _supervised_not_held(r):
        return "population"  # "180,000 immigrants are enrolled in Alternatives to Detention": watched, not held
    if v.kind == "deaths_in_custody" and deaths.BORDER_TALLY.search(r.text) and not deaths.HELD_OR_TAKEN.search(r.text):
        return "no_custody"  # "Border Patrol figures show that 283 died last year": a toll of crossings, no custody
    return None


def _noun_whole_of_part(r: _Reading) -> bool:
    """Whether the number is the whole of a part, told with its noun ("Two of the 14 plaintiffs have since been
    deported", "most of the 25 students were detained"), whose own words (its noun and what follows up to the part's
    verb) name no action nor record: the predicate is the part's, so the whole is no count of that action. A whole
    whose own words name one ("of the 40 workers arrested Tuesday", "of the 80 convicted inmates") keeps its reading;
    a bare whole ("2 of the 5 were deported") is `_bare_partitive`'s."""
    if r.head is None or r.n.percent or not parts.PART_BEFORE_BARE_WHOLE.search(r.text, r.clause[0], r.n.start):
        return False
    verb = parts.WHOLE_THEN_PART_VERB.search(r.text, r.n.end, r.clause[1])
    if verb is None:
        return False
    own = r.text[r.n.end : verb.start()]
    return _cue_type(own, r.border, r.custody) is None and _record_kind(own) is None


def _had_beside_record(r: _Reading, v: _Verdict) -> bool:
    """Whether the number's people are another thing someone has, coordinated after a record ("has no criminal record
    and three U.S.-born children"): typed by the record word before them, they are no people with or without a
    record (GUIDELINES §2 convictions, no_criminal_record). A part with a verb of its own ("40 had records and 12
    who had none") keeps its count."""
    return (
        v.kind in RECORD_TYPES
        and r.head is not None
        and bool(r.head.group("people"))
        and bool(convictions.RECORD_AND_BEFORE.search(r.left))
        and not convictions.OWN_VERB_AFTER_HEAD.match(r.predicate)
        and _cue_type(r.predicate, r.border, r.custody) is None
    )


def _crime_victims(r: _Reading, v: _Verdict, before: str) -> bool:
    """Whether a crime's verb governs the number ("had sexually assaulted 2 children", "robbed three people"): its
    victims, not people an enforcement action touched. Officers assaulted are the `assaults_on_officers` count (a
    number whose own noun names officers or agents is a thing, `vocabulary.THINGS`, trapped before this step)."""
    if v.kind == "assaults_on_officers":
        return False
    return bool(convictions.CRIME_ON_VICTIMS_BEFORE.search(before))


def _age_beside_name(r: _Reading, after: str) -> bool:
    """Whether the number is the age of a person listed by name ("Daniel Ortega (17)", "Sofia, 14, and Mateo, 11"):
    a bare number under 100 closed right after a name that is no place, in a sentence that lists people. A place's
    part of a breakdown ("Houston (120), Dallas (85)", "Lincoln High (12)") names a place or a site."""
    if r.n.percent or r.n.value >= 100 or r.head is not None or not convictions.AGE_CLOSE_AFTER.match(after):
        return False
    found = convictions.NAME_BEFORE_AGE.search(r.text, max(0, r.n.start - 40), r.n.start)
    name = (found.group("name") or found.group("given")) if found else ""
    return bool(
        name
        and convictions.PEOPLE_LISTED.search(r.text)
        and not convictions.SITE_NAME_END.search(name)
        and normalize_place(name) is None
    )


def _supervised_not_held(r: _Reading) -> bool:
    """Whether the number's own words (from the count before it to its predicate's end: "held 61,000 and monitored
    180,000") put its people in a programme that supervises them instead of holding them ("enrolled in Alternatives
    to Detention", "wear ankle monitors") and none of them holds, takes in or releases them (the programme's own
    name, "... to Detention", left out)."""
    previous_end = r.previous.number.end if r.previous is not None and r.previous.sentence is r.s else 0
    own = r.text[max(r.left_start, previous_end) : r.pred_end]
    if not detention.SUPERVISED_NOT_HELD.search(own):
        return False
    return not detention.HELD_IN_CLAUSE.search(detention.SUPERVISED_NOT_HELD.sub(" ", own))


def _restated_share(r: _Reading, state: dict) -> str | None:
    """A share told in words and restated in numbers in the next sentence ("Nearly two-thirds of the people held
    have never been convicted. That is 214 of the 330 detainees."): the part is what the share was said to be
    (its record or action, the sentence before's cue); its whole is then typed by its own words as for any share."""
    before: Sentence | None = state.get("sentence_before")
    if (
        before is None
        or r.n.percent
        or not parts.RESTATED_PART.match(r.text[r.clause[0] : r.n.start])
        or not parts.RESTATED_WHOLE.match(r.text, r.n.end)
    ):
        return None
    said = before.rule_text
    share = parts.SHARE_IN_WORDS.search(said)
    return _cue_type(said[share.end() :], r.border, r.custody) if share else None


def _deaths_need_custody(r: _Reading, v: _Verdict, since: int = 0) -> None:
    """GUIDELINES §2 deaths_in_custody: a death typed by a frame counts only where the sentence (from `since`, where a
    second clause's own words begin) or story names custody (deaths crossing the desert are nobody's custody)."""
    custody = r.custody if not since else r.custody_story or bool(vocabulary.CUSTODY.search(r.text, since))
    if v.kind == "deaths_in_custody" and not custody:
        v.trap = v.trap or "no_custody"


def _brought_to(r: _Reading, v: _Verdict) -> bool:
    """A level told inverted ("That brings to 14 the number of people who have died in ICE custody"): the words
    after the number name what it counts, as "the number of ..." does before a level. True when it typed."""
    if r.head is not None or not deaths.BROUGHT_TO.search(r.text, r.left_start, r.n.start):
        return False
    after = deaths.THE_NUMBER_AFTER.match(r.text, r.n.end)
    if after is None or re.match(rf"(?:[\w-]+\s+)?(?:{vocabulary.THINGS})\b", after.group("what"), _I):
        return False  # "brings to 12 the number of countries that accept deportees": countries, not people
    kind = _cue_type(after.group("what"), r.border, r.custody)
    if kind is None:
        return False
    v.kind = kind
    if kind in vocabulary.UNITS:
        v.unit = vocabulary.UNITS[kind]
    return True


def _deaths_total(text: str, subject_start: int, counted: str, kind: str) -> bool:
    """A total that names only where it stands ("the total in ICE custody"), after a death its sentence told ("The
    two deaths bring ...", "A man died, bringing ..."), counts deaths in custody (GUIDELINES §2), not people held;
    a total with its own people or holding verb ("the number of detainees held") stays theirs."""
    return (
        kind == "detentions"
        and bool(deaths.DEATH_BEFORE_TOTAL.search(text, 0, subject_start))
        and not deaths.TOTAL_OWN_COUNTED.search(counted)
    )


def _bare_partitive(r: _Reading, v: _Verdict) -> bool:
    """A record told of a part of a bare whole: "171 of the 412 had criminal convictions". The record predicate
    after the whole is the part's (171 convictions), and the whole, which only points back at a group counted before,
    has none of its own; nor has it where the part is asked, not told ("How many of the 1,140 had no record?"). So
    too an action: "3 of the 7 have since been deported" are 3 deportations, and a 7 counted before takes none; but
    a past the part's people went through ("had been previously deported") is who they are, no action of the story."""
    text, n = r.text, r.n
    whole = parts.BARE_WHOLE_AFTER.match(text, n.end)
    if whole is not None:
        predicate = text[whole.end() : r.clause[1]]
        kind = _cue_type(predicate, r.border, r.custody)
        if kind in RECORD_TYPES or (kind is not None and not parts.PAST_OF_PEOPLE.search(predicate)):
            v.kind = kind  # "3 of the 7 have since been deported": the part's own action
            return True
        return False
    if parts.PART_BEFORE_BARE_WHOLE.search(text, r.clause[0], n.start) and re.match(
        r"\s+(?:had|have|has|were|was|are|is|with)\b", text[n.end :], _I
    ):
        kind = _cue_type(text[n.end : r.clause[1]], r.border, r.custody)
        if kind in RECORD_TYPES:
            v.kind, v.trap = kind, v.trap or "untyped"
            return True
        if kind is not None and any(c is not None and c.number.value == n.value for c in (r.previous, r.last)):
            v.kind, v.trap = kind, v.trap or "partitive_whole"  # "5 were arrested. 2 of the 5 were deported"
            return True
    return False


def _record_of_subject(r: _Reading, v: _Verdict, noun_end: int) -> None:
    """A level's event subject that names its people by their record counts those people, not every action:
    "Arrests of immigrants with no criminal convictions rose to 9,200" (GUIDELINES §2 no_criminal_record)."""
    record = convictions.RECORD_OF_EVENT_SUBJECT.match(r.before_level, noun_end, r.level.start()) if r.level else None
    if v.kind in _ACTIONS_OF_WHOLE and record:
        phrase = record.group()
        negated = vocabulary.CUES["no_criminal_record"].search(phrase) or _record_kind(phrase) == "no_criminal_record"
        v.kind = "no_criminal_record" if negated else "convictions"


def _type_by_frame(r: _Reading, v: _Verdict) -> None:
    """Step 2: the frame a number stands in names what it counts: the subject of a level ("the number of ...
    was 4,310", "Apprehensions ... peaked at 98,000"), the other end of a comparison ("rose from 41,200 ... to
    58,900"), a figure pointed back to ("that figure had risen to 85%"), the whole of a share ("42% of the
    136,000"). The first frame that fits decides, even when it leaves the number untyped."""
    text, n, head, previous, last, before_level = r.text, r.n, r.head, r.previous, r.last, r.before_level
    if _brought_to(r, v):
        return
    if head is None and not n.percent and _bare_partitive(r, v):
        return
    subject = traps.NUMBER_OF.search(text, r.consumed, n.start) if r.level and (head is None or n.percent) else None
    if subject is not None and (kind := _cue_type(text[subject.end() : n.start], r.border, r.custody)):
        v.kind = (
            kind  # "the average number of illegal aliens encountered at the southern border in January was 141,710"
        )
        counted = text[subject.end() : n.start]
        if _deaths_total(text, subject.start(), counted, kind):
            v.kind = "deaths_in_custody"  # "The two deaths bring the total in ICE custody this year to 12"
        if re.search(rf"\b(?:{vocabulary.THINGS})\b", counted, _I) and not re.search(
            rf"\b(?:{vocabulary.PEOPLE}|{vocabulary.EVENTS})\b", counted, _I
        ):
            v.trap = v.trap or "thing"  # "the number of detention beds reached 61,000": beds, not people held
    elif (
        r.level
        and head is None
        and (ev := traps.EVENT_SUBJECT.search(before_level))
        # a level of the sentence's second clause has its own subject: "Removals rose to 5,000 and arrests hit 7,400"
        and (not previous or ev.start("noun") > previous.number.end)
    ):
        v.kind = _event_noun_type(ev.group("noun"), r.border)  # "monthly apprehensions ... rose over 50,000"
        if deaths.DEATHS_IN.search(before_level, 0, ev.start("noun")) or deaths.DEATHS_HEAD_AFTER.match(
            before_level, ev.end("noun")
        ):
            v.kind = (
                "deaths_in_custody"  # "Deaths in immigration detention have climbed to 30": the place is no subject
            )
        # "the death toll in the desert reached 200"; a second clause's custody is its own: "Border arrests fell to
        # 4,600, and deaths among migrants rose to 12"
        _deaths_need_custody(r, v, previous.number.end if previous else 0)
        _record_of_subject(r, v, ev.end("noun"))
        if v.kind in vocabulary.UNITS:
            v.unit = vocabulary.UNITS[v.kind]
    elif (
        r.level
        and head is None
        and not previous
        and (ev := traps.CLAUSE_SUBJECT.match(text, r.clause[0]))
        and ev.end() <= n.start
    ):
        v.kind = _event_noun_type(ev.group("noun"), r.border)  # "Apprehensions at the border peaked at 98,000"
        _deaths_need_custody(r, v)
        _record_of_subject(r, v, ev.end("noun"))
        if v.kind in vocabulary.UNITS:
            v.unit = vocabulary.UNITS[v.kind]
    elif (
        r.level
        and head is None
        and not previous
        and (
            those := frames.THOSE_ACTED_ON_SUBJECT.fullmatch(
                frames.FRAME_QUALIFIER.sub(" ", text[r.clause[0] : n.start])
            )
        )
    ):
        v.kind = _cue_type(those.group("deed"), r.border, r.custody)  # "Those arrested in the sweep numbered 212"
    elif (
        head is None
        and (apposed := parts.APPOSED_TOTAL_PREDICATE.match(text, n.end))
        and (subject := parts.APPOSED_TOTAL_SUBJECT.search(text, max(0, n.start - 100), n.start))
        and not traps.PROTESTERS.search(text, max(0, n.start - 100), n.start)
        and (
            kind := _cue_type(apposed.group("predicate"), r.border, r.custody)
            or _cue_type(subject.group(), r.border, r.custody)
        )
    ):
        # "The migrants — 212 in all — were apprehended", "Those arrested — 212 in all — were taken to Broadview": the
        # subject's passive after the apposition, else what the subject itself says
        v.kind = kind
    elif (
        (r.level or traps.COMPARED.search(before_level))
        and head is None
        and (near := previous or r.plan) is not None
        and not near.sub
        and (
            not re.search(
                rf"\b(?:{vocabulary.PEOPLE}|{vocabulary.EVENTS}|{vocabulary.THINGS})\b",
                # a qualifier of the far end names nobody: the "more" of "more than the 4,170" is no people noun
                traps.COMPARATIVE_QUALIFIER.sub(" ", text[max(near.number.end, r.clause[0]) : n.start]),
                _I,
            )
            or traps.RATIO_BEFORE.search(before_level)  # "41,000 migrants in May, nearly double the 22,000 ..."
        )
    ):
        # the other end of a comparison: "rose from 41,200 ... to 58,900"; of a plan too, the other end being a past
        # level: "plans to arrest 6,000 people this year, up from 2,710 last year" (the plan is no count, 2,710 is)
        v.kind, v.unit = near.type, near.unit
        if n.percent and near.unit != "percent" and r.share is not None:
            # a share's other end after the share's whole: "71% of the 1,540 people held had no record, up from 58%"
            v.kind, v.unit = r.share.type, "percent"
    elif (
        head is None
        and last is not None
        and (
            traps.ANAPHOR.search(before_level[r.left_start :])
            or frames.PERIOD_TOTAL_ANAPHOR.search(before_level[r.left_start :])  # "The October total was down from"
            or traps.ANAPHOR_COMPARED.match(before_level, r.consumed, n.start)
        )
    ):
        v.kind = last.type  # "By 2014, that figure had risen to 85%."
        if last.unit != "percent" and not n.percent:
            v.unit = last.unit
    elif (
        previous is not None
        and previous.number.percent
        and not n.percent
        and (head is None or head.group("people"))
        and re.fullmatch(
            rf"\s*of\s+(?:the\s+)?{parts.WHOLE_QUALIFIER}",
            text[previous.number.end : n.start],
            _I,
        )
    ):
        v.kind = previous.type  # "about 42% of the more than 136,000 nationwide": the whole
        if previous.type in RECORD_TYPES:
            # the whole's own words name the action its people are in: "70% of the 60,000 people ICE is holding
            # have no criminal convictions" are detentions; the record belongs to the share
            v.kind = _whole_action(text[n.end : r.pred_end], r.border, r.custody) or v.kind
            if v.kind in RECORD_TYPES:
                v.trap = v.trap or "untyped"  # "60% of the 1,400 people had felony records": a record is no whole's
    elif (
        previous is not None
        and previous.type in RECORD_TYPES
        and not n.percent
        and (head is None or head.group("people"))
        and re.fullmatch(r"\s*(?:out\s+)?of\s+(?:the\s+)?", text[previous.number.end : n.start], _I)
        and (whole := _whole_action(text[n.end : r.pred_end], r.border, r.custody))
    ):
        v.kind = whole  # "1,800 of the 3,000 people detained have no criminal record": the record is the 1,800's


def _type_by_phrase(r: _Reading, v: _Verdict, state: dict) -> None:
    """Step 3: the number's own words type it: an event noun ("37 assaults"), "N times" (removals of one
    person), a counted group and its predicate (`_type_group`), a record ("629 with criminal convictions"), a
    label ("Arrests: 143,000"), an apposition ("1,400, or 70 percent, had no ..."), a relative clause ("200
    non-Mexicans who were apprehended"), the verb that governs it ("have apprehended 54,052"), a copula after a
    counted noun ("the detainee population was 24,208"), else a subject with a verb of its own."""
    text, n, head, previous, last, left = r.text, r.n, r.head, r.previous, r.last, r.left
    if head is not None and head.group("event") and not head.group("of") and not n.percent:
        noun = head.group("event").lower()
        v.kind = _event_kind(noun, r) or _cue_type(r.window, r.border, r.custody)
        if v.kind == "assaults_on_officers" and (
            re.search(r"sexual|domestic|aggravated", head.group(0), _I)
            or not (
                vocabulary.OFFICERS.search(text)
                or "assaults_on_officers" in state.get("article_types", ())
                # "Assaults on ICE officers have risen sharply. DHS recorded 95 assaults through August."
                or (
                    (before := state.get("sentence_before")) is not None
                    and frames.ASSAULTS_ON_OFFICERS_NAMED.search(before.rule_text)
                )
            )
        ):
            v.trap = v.trap or "no_officers"  # assaults on officers unless officers are named or the story counts them
        if v.kind == "arrests" and (r.border or noun == "encounters"):
            v.kind = "border_apprehensions"
        _deaths_need_custody(r, v)
        if v.kind == "deportations" and re.search(r"\b(?:a|his|her)\s+(?:record|history)\s+of\b", r.window, _I):
            v.unit = "incidents"
        if v.kind == "deportations" and convictions.ONE_PERSON_BEFORE.search(text, max(0, n.start - 80), n.start):
            v.unit = "incidents"  # "a Mexican national with four prior removals": one person's removals
        if (
            v.kind == "deportations"
            and n.value <= actions.ONE_PERSON_REMOVALS_AT_MOST
            and (
                actions.NAMED_PERSON_HAD.search(text, max(0, n.start - 60), n.start)
                or actions.ONE_PERSON_OWN.search(text, max(0, n.start - 40), n.start)
            )
        ):
            v.unit = "incidents"  # "Ramirez, 41, had four previous deportations", "his four deportations": one person's
        if v.kind == "deportations" and v.trap == "history":
            # one person's removals ("she had three prior removals") are removals counted as incidents (GUIDELINES
            # §2), not the record of arrests the history trap sets aside
            v.unit, v.trap = "incidents", None
    elif re.match(r"^\s+times\b", text[n.end :], _I) and traps.TIMES_ASSAULTED.search(
        text, max(0, n.start - 40), n.start
    ):
        v.kind, v.unit = "assaults_on_officers", "incidents"  # "agents were assaulted 112 times": the assaults
        if not vocabulary.OFFICERS.search(text):
            v.trap = v.trap or "no_officers"
    elif actions.TIMES_AFTER.match(text, n.end):
        v.kind, v.unit = "deportations", "incidents"  # "deported three times", "on three separate occasions"
        if not traps.TIMES_DEPORTED.search(text[max(0, n.start - 40) : n.start]):
            v.trap = v.trap or "times"  # "arrested three times" is one person's history, not a count
    elif traps.TIME_DEPORTEE.match(text, n.end):
        v.kind, v.unit = "deportations", "incidents"  # "a five-time deportee": removals of one person (GUIDELINES §2)
    elif (
        r.detainer_talk
        and not n.percent
        and (head is None or head.group("people"))
        and traps.ACTS_ON_REQUEST.search(traps.RELATIVE_OPENER.split(left)[-1])
    ):
        # what a jail did with requests, in a story about detainers: "It honored 85 others involving people
        # convicted of crimes", "Denver ignored 300 of the 412 ..." (one request each)
        v.kind, v.unit = "detainers", "requests"
    elif r.detainer_talk and not n.percent and head is None and _rest_of_requests(r):
        # the rest of the requests, told by what the jail did with them: "The other 46 were declined", "it ignored
        # the remaining 120"
        v.kind, v.unit = "detainers", "requests"
    elif (
        not n.percent
        and (head is None or head.group("people"))
        and (
            nominal := traps.NOMINAL_OF.search(r.before_level, r.left_start, n.start)
            or frames.NOMINAL_OF_MORE.search(r.before_level, r.left_start, n.start)
        )
    ):
        # an action said as a noun, the number its object: "the deaths of two detainees held at Eloy", "the removal
        # of 130 Colombians" (the noun says what happened to them, not a participle after their noun)
        v.kind = traps.NOMINAL_TYPES[nominal.group("noun").lower().removesuffix("s")]
        if v.kind == "arrests" and r.border:
            v.kind = "border_apprehensions"
        _deaths_need_custody(r, v)
    elif head is not None or n.percent:
        _type_group(r, v)
    elif traps.WITH_RECORD.match(text[n.end :]):
        v.kind = "convictions"  # "sprung 629 with criminal convictions"
    elif convictions.WITH_NO_RECORD.match(text[n.end :]):
        v.kind = "no_criminal_record"  # "including 30 with no criminal record"
    elif parts.RELATIVE_RECORD.match(text, n.end) and (record := _cue_type(r.predicate, r.border, r.custody)) in (
        RECORD_TYPES
    ):
        v.kind = record  # "including 212 who had no criminal record": the record their own relative clause tells
    elif (
        head is None
        and not n.percent
        and (previous or last) is not None
        and parts.PERIOD_PAREN_BEFORE.search(text, max(0, n.start - 60), n.start)
    ):
        whole = previous or last
        v.kind, v.unit = whole.type, whole.unit  # "a 97% decrease from July 2022 (181,834)": the level then
    elif (
        head is None
        and (total := parts.APPOSED_TOTAL_BEFORE.search(r.before_level))
        and parts.IN_ALL_AFTER.match(text, n.end)
    ):
        # "The arrests, 361 in total, were spread across 19 cities", "The detainees, about 500 in all, were moved"
        noun = total.group("noun")
        v.kind = _event_noun_type(noun, r.border) or _cue_type(noun, r.border, r.custody)
        if v.kind in vocabulary.UNITS:
            v.unit = vocabulary.UNITS[v.kind]
    elif (
        head is None
        and parts.IN_ALL_AFTER.match(text, n.end)
        and re.search(r"(?:,|[—–]|--)\s*$", r.before_level)
        and (kind := _cue_type(re.split(r"[,;:—–]", text[: n.start].rstrip(" ,—–-"))[-1], r.border, r.custody))
    ):
        # "Those with no criminal history, 29 in all, were released", "Removals to Guatemala last year — 51,300 in all
        # — were the most since 2019": the words of the subject the total is set beside type it (only that phrase:
        # "After ICE arrested 50, the families, 200 in all, gathered" counts none)
        v.kind = kind
        if v.kind in vocabulary.UNITS:
            v.unit = vocabulary.UNITS[v.kind]
    elif head is None and (top := parts.SUPERLATIVE_BEFORE.search(r.before_level, r.clause[0])):
        # "Texas holds the most detainees, about 17,000": the noun names the count, the clause its action
        v.kind = _event_noun_type(top.group("noun"), r.border) or _cue_type(
            text[r.clause[0] : n.start], r.border, r.custody
        )
    elif label := parts.LABEL_BEFORE.search(text, max(0, n.start - 60), n.start) or frames.OPENING_LABEL.match(
        frames.LABEL_DATE.sub(lambda date: "x" * len(date.group()), r.before_level)
    ):
        # "Arrests: 143,000", "| Removals | 256,000 |", "Apprehensions at the southwest border: 8,000", "Arrests in
        # fiscal 2023: 6,140" (a date in the label dates the count)
        v.kind = _event_noun_type(label.group("noun") or label.groupdict().get("held"), r.border)
        if v.kind in vocabulary.UNITS:
            v.unit = vocabulary.UNITS[v.kind]
    elif label := frames.PARTICIPLE_LABEL.match(r.before_level) or frames.PEOPLE_PARTICIPLE_LABEL.match(r.before_level):
        v.kind = _cue_type(label.group("label"), r.border, r.custody)  # "- Removed to home countries: 83"
    elif (
        head is None
        and not n.percent
        and (subject := frames.EVENT_SUBJECT_SET_OFF.search(r.before_level))
        and frames.SET_OFF_CLOSE.match(text, n.end)
    ):
        # "Total removals — 14,200 — were the most", "Arrests in Charlotte — 370 — outpaced ...": the subject's noun
        v.kind = _event_noun_type(subject.group("noun"), r.border)
        if v.kind in vocabulary.UNITS:
            v.unit = vocabulary.UNITS[v.kind]
    elif (apposed := parts.APPOSED_SUBJECT.match(text, n.end, r.pred_end)) or (
        re.search(r",\s*(?:or\s+)?$", r.before_level) and (apposed := parts.APPOSED_BARE.match(text, n.end, r.pred_end))
    ):
        v.kind = _cue_type(
            text[apposed.start("verb") : r.pred_end], r.border, r.custody
        )  # "1,400, or 70 percent, had no"
    elif re.search(r"[—–]\s*$", r.before_level) and (apposed := parts.APPOSED_DASH.match(text, n.end)):
        # "Nearly half — 160 — had no criminal record": the dashes end the number's clause, its verb is after them
        after = traps.CLAUSE_BREAK.search(text, apposed.end())
        v.kind = _cue_type(text[apposed.start("verb") : after.start() if after else len(text)], r.border, r.custody)
    elif (
        previous is not None
        and (
            traps.ELLIPSIS_AFTER.match(text[n.end :])
            or (traps.GAPPED_AFTER.match(text, n.end) and re.search(r"\band\s*$", r.before_level, _I))
            or (
                previous.type == "deportations"
                and frames.GAPPED_DESTINATION_AFTER.match(text, n.end)
                and re.search(r"\band\s*$", r.before_level, _I)
            )
            or (  # "arrested six cooks and three dishwashers": a second group under the first's verb
                frames.COORDINATED_UNLISTED.fullmatch(text, previous.number.end, n.start)
                and frames.UNLISTED_GROUP_AFTER.match(text, n.end)
            )
        )
        and not (
            traps.NEXT_NUMBER_VERB.search(" " + r.before_level[r.left_start :])
            and traps.GOVERNING_VERB.search(parts.QUALIFIER_END.sub("", left))
        )
        and not _another_deed(r, previous)  # "and served notices on another 120": no gapped arrest
    ):
        v.kind = previous.type  # "... compared to nine in fiscal 2016", "19 were charged with reentry, and eight with"
        v.unit = previous.unit if previous.unit != "percent" else "people"
    elif rel := traps.RELATIVE_PASSIVE.match(text, n.end, r.pred_end):
        v.kind = _cue_type(rel.group("verb"), r.border, r.custody)  # "200 non-Mexicans who were apprehended"
    elif head is None and (gapped := frames.MORE_GAPPED_PARTICIPLE.match(text, n.end)):
        v.kind = _cue_type(gapped.group("verb"), r.border, r.custody)  # "... were arrested and six more detained"
    elif (
        head is None
        and frames.TOOK_BEFORE.search(parts.QUALIFIER_END.sub("", left))
        and (into := frames.INTO_CUSTODY_AFTER.match(text, n.end))
    ):
        v.kind = _cue_type(into.group(), r.border, r.custody)  # "Agents took about 120 into custody"
    elif traps.GOVERNING_VERB.search(parts.QUALIFIER_END.sub("", left)):
        # "authorities have apprehended 54,052", "ICE holds about 39,000" (a qualifier between verb and number)
        v.kind = _cue_type(left, r.border, r.custody)
        if v.kind == "detentions" and traps.DETAINED_JUST_BEFORE.search(left) and head is None:
            v.kind = "arrests"
        if (
            v.kind is None
            and head is None
            and traps.REMOVED_BEFORE.search(left)
            and not frames.REMOVED_FROM_OTHER_AFTER.match(text, n.end)
        ):
            v.kind = "deportations"  # "ICE removed 1,204 last week": the bare number is the people removed
    elif head is None and not n.percent and frames.HELD_RIGHT_AFTER.match(text, n.end):
        v.kind = "detentions"  # "Sixty-eight thousand in detention as of this morning"
    elif traps.COPULA_BEFORE.search(left) and re.search(
        rf"\b(?:{vocabulary.PEOPLE}|{vocabulary.EVENTS}|population|numbers|figures?|total|tally|count)\b", left, _I
    ):
        v.kind = _cue_type(left, r.border, r.custody)  # "the average daily detainee population was 24,208"
    else:
        own = traps.OWN_PREDICATE.match(text, n.end)
        v.kind = _cue_type(text[n.end : r.pred_end], r.border, r.custody) if own else None
        noun = traps.UNKNOWN_NOUN_SUBJECT.match(text, n.end, r.pred_end) if v.kind is None and not n.percent else None
        everyday = noun is not None and noun.group("taking") and not vocabulary.OFFICERS.search(text)
        if noun is not None and not vocabulary.PHRASE_STOP.search(noun.group("np")) and not everyday:
            # a counted noun the lexicon does not know, subject of its own verb: "two bystanders were arrested",
            # "300 Nicaraguans were detained"
            v.kind = _cue_type(noun.group("verb"), r.border, r.custody)


def _rest_of_requests(r: _Reading) -> bool:
    """The number is "the other" or "the remaining" ones, and a verb of what is done with a request governs it:
    before it ("declined the remaining 120") or as its own passive after it ("the other 46 were declined")."""
    rest = detention.REST_BEFORE.search(r.text, r.left_start, r.n.start)
    if rest is None:
        return False
    return bool(
        traps.ACTS_ON_REQUEST.search(r.text, r.left_start, rest.start())
        or detention.REQUEST_PASSIVE_AFTER.match(r.text, r.n.end)
    )


def _another_deed(r: _Reading, previous: Count) -> bool:
    """Whether a coordinated verb that is no enforcement word stands between the count before and the number,
    its object the number ("arrested 48 people and served notices to appear on another 120"): those people are
    that deed's, not more of the count before (GUIDELINES §2 counts only what an enforcement action touched)."""
    deed = traps.OTHER_DEED_BEFORE.search(r.text, previous.number.end, r.n.start) if previous.sentence is r.s else None
    return bool(
        deed
        and _cue_type(deed.group(0), r.border, r.custody) is None  # "and placed detainers on 30" are requests
        and not traps.GOVERNING_VERB.search(parts.QUALIFIER_END.sub("", r.left))
    )


def _event_kind(noun: str, r: _Reading) -> str | None:
    """The type an event noun (lower case) names; bare "requests" are detainer requests where the sentence or the story
    before it talks of detainers ("the jail honored 245 of 880 requests" after "1,032 immigration detainer requests"),
    elsewhere nothing. (`_event_noun_type` reads a breakdown lead's noun: its spacing folded, no bare requests.)"""
    return vocabulary.EVENT_TYPES.get(noun) or ("detainers" if noun == "requests" and r.detainer_talk else None)


def _type_group(r: _Reading, v: _Verdict) -> None:
    """Step 3 for a counted group of people ("498 immigrants") or a share ("63 percent"): a list item by its
    own noun (`_type_total` for a count that is no list item), then a part of the count before it ("97 of them",
    "and 8 sex offenders", "14 more")."""
    text, n, head, previous = r.text, r.n, r.head, r.previous
    people = head.group("people") if head is not None else ""
    if r.sub and previous is not None and head is not None and not head.group("of"):
        # a list item with its own noun: a category of the total ("61 criminal aliens")
        v.kind = _record_kind(head.group(0)) or _cue_type(r.predicate, r.border, r.custody)
    else:
        v.kind = _share_of_requests(r) or _type_total(r, people)
    if (
        v.kind == "detentions"
        and previous is not None
        and previous.type == "deaths_in_custody"
        and parts.OF_THEM.match(head.group(0) if head else "")
    ):
        v.kind = "deaths_in_custody"  # "nine people died in ICE custody, and three of them were held at Stewart"
    if v.kind is None and head is not None and head.group("of") and head.group("event") and not n.percent:
        # a part of a whole counted by an event noun, with no predicate of its own: "the jail honored 245 of 880
        # requests", "97 of the 212 arrests" count what the whole counts
        noun = head.group("event").lower()
        v.kind = _event_kind(noun, r)
        v.kind = "border_apprehensions" if v.kind == "arrests" and r.border else v.kind
    if (
        v.kind is None
        and previous is not None
        and parts.OF_THEM.match(head.group(0) if head else "")
        and not traps.OWN_VERB.match(r.predicate)
    ):
        v.kind = previous.type  # "Agents arrested 212 people, 97 of them in Dallas": a part of the count before
    between = text[previous.number.end : n.start] if previous is not None else ""
    coordinated = previous is not None and (
        traps.COORDINATED.fullmatch(between) or frames.COORDINATED_AFTER_MODIFIER.fullmatch(between)
    )
    # a record is told of each group by its own words: "61 criminal aliens and two gang members" are not two
    # more convictions (GUIDELINES §2 convictions: those with criminal convictions or records)
    shares = previous is not None and previous.type not in RECORD_TYPES
    if v.kind is None and shares and people and coordinated:
        v.kind = previous.type  # "include 19 gang members and 8 sex offenders": the second shares the first's verb
    if v.kind is None and r.sub and shares and people:
        v.kind = previous.type  # "including more than 3,000 unaccompanied children": a part counts as its whole
    if (
        v.kind is None
        and previous is not None
        and head is not None
        and re.fullmatch(r"\s*(?:more|others)", head.group(0), _I)
        and not _another_deed(r, previous)  # "and issued summonses to 30 others": not 30 more arrests
    ):
        v.kind = previous.type  # "25 people on Tuesday, and 14 more on Wednesday": more of what was counted before
    if v.kind is None and n.percent and previous is not None and traps.ELLIPSIS_AFTER.match(text[n.end :]):
        v.kind = previous.type  # "..., just over 40 percent", "(64 percent)"


def _foreign(name: str) -> bool:
    """Whether `name` is a place outside the United States ("Guatemala", "Ciudad Juárez")."""
    place = normalize_place(name)
    return place is not None and place.country not in (None, "US")


def _share_of_requests(r: _Reading) -> str | None:
    """A share of detainer requests ("honored 12 percent of ICE detainers", "20 percent of detainer requests were
    declined") is a share of detainers (GUIDELINES §2, unit percent); a record told of a part of them ("most of them
    for people with no criminal record") is that part's. A record the share's own predicate tells ("60 percent of the
    detainers were for people with no convictions") leaves it to `_type_total`."""
    head = r.head
    if not r.n.percent or head is None or not head.group("event") or not re.match(r"\W*of\b", head.group(0), _I):
        return None
    noun = " ".join(head.group("event").lower().split())
    if (_event_kind(noun, r) or _cue_type(head.group(0), False, False)) != "detainers":
        return None
    own = detention.PART_OF_THEM.split(r.predicate, maxsplit=1)[0]
    return None if _cue_type(own, r.border, r.custody) in RECORD_TYPES else "detainers"


def _type_total(r: _Reading, people: str | None) -> str | None:
    """The type of a counted group that is no list item: its own predicate first, then the verb that governs it
    from before, then what its noun says ("criminal aliens", "detainees")."""
    text, n, head, left, predicate = r.text, r.n, r.head, r.left, r.predicate
    shared = parts.SHARE_VERB_BEFORE.search(r.before_level, r.left_start, n.start)
    if shared is not None and (n.percent or (head is not None and head.group("of"))):
        # "Immigrants without criminal records made up 44 percent of those in detention": the subject's record
        subject = _cue_type(text[r.left_start : shared.start()], r.border, r.custody)
        if subject in RECORD_TYPES:
            return subject
    # a verb split around its object types it: "flew 130 migrants caught in the valley back to Guatemala" (removed),
    # "a jury found 5 men guilty of harboring" (charged)
    back = actions.BACK_AFTER.match(predicate) if actions.SENDING_BEFORE.search(left) else None
    if back is not None and (not back.group("place") or _foreign(back.group("place"))):
        return "deportations"
    if convictions.FOUND_BEFORE.search(left) and convictions.GUILTY_AFTER.match(predicate):
        return "charged"
    # a total's own words come before its list: "118 people into custody, including 84 with criminal
    # histories" are arrests, the 84 the convictions
    own_words = traps.WHOSE_CLAUSE.sub(" ", traps.EVENT_IN_PHRASE.sub(" ", text[n.end : r.pred_end]))
    own_words = traps.OF_ACTED_ON_NOUN.sub(" ", traps.AIMED_AT.sub(" ", own_words))
    own_words = traps.PURPOSE_ON_ACTION.sub(" ", own_words)  # "1,000 volunteers to monitor arrests": their purpose
    # a part's relative clause tells the part's own past, not the total's: "arrested 1,300 people, including 212 who had
    # been deported before" are arrests; "1,300 people, including 212 children, were deported" keeps its predicate
    # (a list opener right after the number is the number's own: "75% of whom had criminal records")
    own_words = traps.LIST_PART.sub(lambda m: " " if own_words[: m.start()].strip() else m.group(0), own_words)
    # so does an unnumbered share set off after it: "arrested 350,000 people, more than half of them with convictions"
    own_words = parts.UNNUMBERED_SHARE_PART.sub(" ", own_words)
    # a coordinated clause with a subject of its own is not the total's: "charged 14 people with smuggling, and a
    # jury later convicted nine of them" (the 14 are charged; the jury's verb is the nine's)
    own_words = traps.NEW_SUBJECT_CLAUSE.split(own_words, maxsplit=1)[0]
    # "ICE arrested 300 people and deported 40 of them": the coordinated verb is the next number's
    own_words = own_words[: m.start()] if (m := traps.NEXT_NUMBER_VERB.search(own_words)) else own_words
    left_kind = _cue_type(left, r.border, r.custody)
    if left_kind and traps.GOVERNING_VERB.search(parts.QUALIFIER_END.sub("", left)):
        # "repatriated 67 Haitians after intercepting their boat": the verb before the number is its own; a gerund
        # clause after it tells what was done before or around that, not what happened to those counted
        own_words = traps.GERUND_ADJUNCT.sub(" ", own_words)
        # and so does a finite one whose subject points back at them ("hours after they were caught")
        own_words = actions.PRONOUN_TIME_CLAUSE.sub(" ", own_words)
        if left_kind == "deportations":
            # the site they were removed from is where they were held: "deported 80 people from the Stewart center"
            own_words = actions.FROM_DETENTION_SITE.sub(" ", own_words)
        # so does a later deed done to them as a pronoun ("apprehended 300 migrants near Yuma and charged them")
        own_words = actions.LATER_DEED_ON_THEM.sub(" ", own_words)
    # the verb just before the number governs it, a reduced relative after its noun tells their past: "ICE deported
    # 120 people arrested in the raid" are deportations, "charged 14 migrants caught crossing" are charged
    governing = _governing_type(traps.RELATIVE_OPENER.split(left)[-1], r)
    if governing is not None and vocabulary.ACTION_PARTICIPLE.match(predicate):
        return governing
    # so does a full relative clause, whoever its subject: "arrested 43 people who had been deported before",
    # "deported 120 people it had arrested" (a record it tells stays the record's: "people who had convictions")
    if (
        governing is not None
        and frames.RELATIVE_AFTER_NOUN.match(predicate)
        and _cue_type(predicate, r.border, r.custody) not in RECORD_TYPES
    ):
        return governing
    # a part with its whole stated after it and no finite verb of its own ("ICE deported 12 of the 40 people
    # arrested in the raid"): the participle after the whole is the whole's; the verb before the part is the part's
    stated_whole = head is not None and head.group("of") and re.search(r"\d", head.group("of"))
    if stated_whole and traps.GOVERNING_VERB.search(left) and not traps.FINITE_VERB.search(predicate):
        own_words = ""
    kind = _cue_type(own_words, r.border, r.custody)
    if kind in RECORD_TYPES and parts.FRACTION_OF.search(text, max(0, n.start - 60), n.start):
        # "more than half of the 230 people arrested had been convicted": the record is the unnumbered share's; a
        # whole with no action of its own ("most of the 475 workers had no criminal history") counts no record
        kind = _whole_action(text[n.end : r.pred_end], r.border, r.custody)
    listed = traps.LIST_ITEM.search(text, n.end, r.pred_end)
    if listed and kind in RECORD_TYPES and text[n.end : listed.start()].strip():
        # the record is the list's ("80 people, including 12 convicted sex offenders"): the total takes
        # its own words before the list, else the verb that governs it ("75% of whom had criminal
        # records" has no words of its own before "of whom": the record is the share's)
        kind = _cue_type(text[n.end : listed.start()], r.border, r.custody)
    if (
        kind == "detentions"
        and traps.DETAINED_BY.search(predicate)
        and not r.border
        and not frames.DETAINED_NOW.search(predicate)
    ):
        kind = "arrests"  # "U.S. citizens detained by immigration agents"
    if kind is None and traps.DETAINED_JUST_BEFORE.search(left):
        kind = "arrests"  # "officers detained two brothers": an arrest, not a headcount
    if kind is None and frames.BOOKED_BEFORE.search(left) and vocabulary.BOOKED_INTO_DETENTION.search(r.window):
        kind = "detentions"  # "ICE booked 2,200 people into the Adelanto facility": held, the verb before its object
    if (
        kind is None
        and frames.FLEW_BEFORE.search(left)
        and frames.FLEW_HOME.match(predicate)
        and not (
            head is not None
            and (traps.TRAVELLERS.search(head.group(0)) or frames.FLOWN_TRAVELLERS.search(head.group(0)))
        )
    ):
        kind = "deportations"  # "The U.S. flew 96 Guatemalans home": the verb before its object, "home" after it
    if (
        kind is None
        and traps.STOPPED_BEFORE.search(left)
        and (traps.STOPPED_ENTERING.match(predicate) or geography.STOPPED_CROSSING.match(predicate))
    ):
        kind = (
            "border_apprehensions"  # "stopped 261 migrants from entering the United States", "... crossing the border"
        )
    held = traps.HELD.search(text, r.clause[0], n.start)
    if kind is None and held and re.search(r"\bwith\s*$", r.before_level, _I):
        kind = "detentions"  # "held for several hours ... with almost two dozen other observers"
    if kind is None and (traps.ENCLOSURE_AFTER.match(predicate) or traps.ENCLOSURE_BEFORE.search(left)):
        kind = "detentions"  # "40 migrants in a large holding cell", "One cage had 20 children"
    if kind is None and detention.PENNED_BEFORE.search(left) and detention.INTO_HOLDING_PLACE_AFTER.match(predicate):
        kind = "detentions"  # "Guards kept 64 women in a holding cell": penned by the verb before the number
    if kind in (None, "convictions") and traps.STREETS.search(r.window):
        kind = "arrests"  # "removed nearly 1,500 criminal illegal immigrants from the streets"
    # the verb that governs the number is the nearest one before it: a relative clause in between ("a
    # volunteer who gave water to two migrants") has its own verb, and the action before it is not theirs
    own_left = traps.RELATIVE_OPENER.split(left)[-1]
    if r.previous is not None and re.search(r"[,;]\s*$", left):
        own_left = ""  # "5 people detained, 2 citizens released": a verb before the comma is the count's before
    if kind is None and not traps.OWN_VERB.match(predicate):
        kind = _cue_type(own_left, r.border, r.custody)
    if kind is None and vocabulary.PROSECUTED_AGAINST.search(own_left) and traps.PROSECUTION.search(text):
        kind = "charged"  # "a grand jury returned indictments against 14 people accused of running a smuggling ring"
    if kind is None and traps.GOVERNING_VERB.search(own_left):
        # "arrested 300 people who had crossed", "The officer who arrested 14 people was suspended": the verb
        # just before the number governs it, whatever verb follows its noun
        kind = _cue_type(own_left, r.border, r.custody)
        if kind == "detentions" and traps.DETAINED_JUST_BEFORE.search(left):
            kind = "arrests"
    if kind is None and people and _found_in_load(r):
        kind = "border_apprehensions"  # "Inside the truck were 57 migrants", "found 31 migrants hidden in a trailer"
    vehicle = traps.VEHICLE_CARRYING.search(left) if kind is None else None
    if vehicle is not None:
        kind = _cue_type(vehicle.group("verb"), r.border, r.custody)  # "intercepted a truck carrying 73 migrants"
    if kind is None and convictions.RETURNED_ACROSS.search(own_words):
        kind = "deportations"  # "700 Mexicans were returned across the border within hours"
    if kind is None and traps.REMOVED_BEFORE.search(left):
        kind = "deportations"  # "the agency removed 267,258 people"
    if kind in (None, *RECORD_TYPES) and head is not None:
        kind = _record_kind(head.group(0)) or kind  # "ICE released 68,000 criminal aliens", "461 non-criminals"
    if re.search(r"detainee", people or "", _I) and kind not in (*RECORD_TYPES, "deaths_in_custody"):
        # the noun says they were held; a removal verb that governs them says they were removed from there
        removed = kind == "deportations" or _governing_type(own_left, r) == "deportations"
        kind = "deportations" if removed else "detentions"  # "ICE deported 120 detainees from the Tacoma facility"
    if kind is None and re.fullmatch(r"defendants", people or "", _I) and traps.IMMIGRATION_CRIME.search(text):
        kind = "charged"  # "convicted 11 of the 14 defendants of conspiracy to transport ...": all 14 prosecuted
    if (
        kind == "detentions"
        and detention.HANDED_OVER_BEFORE.search(left)
        and detention.TO_IMMIGRATION_AFTER.match(text, n.end)
    ):
        # "the jail transferred 54 inmates to ICE custody": taken by ICE, the verb before its object, though the noun
        # names people held (people with no such noun stay untyped: the verb alone was tried and added more wrong
        # counts than right ones on the judges)
        kind = "arrests"
    return kind


def _found_in_load(r: _Reading) -> bool:
    """People found in a vehicle's load, told inverted ("Inside the truck were 57 migrants") or found there ("agents
    found 57 migrants inside the truck"), are apprehended (GUIDELINES §2 border_apprehensions: a smuggling load is
    caught at or near the border); the dead found there are no catch. Enforcement named in the sentence, or a noun
    that says the people crossed, tells a load from a bus of tourists."""
    before = parts.QUALIFIER_END.sub("", r.text[r.left_start : r.n.start])
    inverted = actions.LOAD_BEFORE_BE.search(before)
    found = (
        actions.FOUND_LOAD_BEFORE.search(before) and actions.LOAD_AFTER.match(r.predicate)
    ) or actions.FOUND_LOAD_AFTER.match(r.predicate)
    if not (inverted or found) or actions.LOAD_DEAD.search(r.text, r.n.end, r.clause[1]):
        return False
    return bool(
        actions.LOAD_FINDERS.search(r.text) or (r.head is not None and actions.LOAD_MIGRANTS.search(r.head.group(0)))
    )


def _governing_type(own_left: str, r: _Reading) -> str | None:
    """The action type of the verb (or prosecution noun) right before the number, if one governs it: "deported",
    "have apprehended", "filed charges against"; None for a record word or no verb there."""
    if vocabulary.PROSECUTED_AGAINST.search(own_left) and traps.PROSECUTION.search(r.text):
        return "charged"
    if not traps.GOVERNING_VERB.search(parts.QUALIFIER_END.sub("", own_left)):
        return None
    kind = _cue_type(own_left, r.border, r.custody)
    if kind == "detentions" and traps.DETAINED_JUST_BEFORE.search(own_left):
        kind = "arrests"  # "officers detained two brothers": an arrest, not a headcount
    if kind is None and traps.REMOVED_BEFORE.search(own_left):
        kind = "deportations"  # "the agency removed 300 people held at Adelanto"
    return None if kind in RECORD_TYPES else kind


def _type_untyped(r: _Reading, v: _Verdict, state: dict) -> None:
    """Step 4, for a number nothing typed: the nearest cue of its clause, then of its sentence, is a guess the
    model weighs (trap "untyped"); a context rule may still type it for sure: the lead of its list, a detention
    site, the count of the sentence before (a series, a level pointed back to), a flight abroad."""
    text, n, head, last = r.text, r.n, r.head, r.last
    own_guess = _cue_type(r.window, r.border, r.custody)
    v.kind = own_guess or _cue_type(text[r.clause[0] : r.clause[1]], r.border, r.custody)
    v.trap = v.trap or "untyped"
    people = head is not None and head.group("people")
    after_count = last is not None and last.sentence is state.get("sentence_before")
    if (
        v.kind is None
        and state.get("list_lead")
        and v.trap == "untyped"
        and (head is None or people)
        and len(text.split()) <= vocabulary.LIST_ITEM_WORDS
    ):
        # an item of a list or a row of a table whose lead names what is counted: "ICE arrests by city:" then
        # "- Chicago: 1,100"
        lead_text = state["list_lead"]
        noun = re.search(rf"\b(?P<noun>{vocabulary.EVENTS})\b", lead_text, _I)
        v.kind = _cue_type(lead_text, r.border, r.custody) or (
            vocabulary.EVENT_TYPES.get(noun.group("noun").lower()) if noun else None
        )
        v.trap = None if v.kind else v.trap
    if (
        own_guess is not None
        and v.trap == "untyped"
        and head is None
        and parts.COMPARATIVE_PEOPLE_BEFORE.search(r.before_level)
        and parts.THAN_AFTER_APPOSED.match(text, n.end)
    ):
        v.trap = None  # "ICE deported more people this year — 310,000 — than in any year since": how many it deported
    listed = traps.LIST_ITEM.search(text, r.clause[0], n.start)
    if (
        v.trap == "untyped"
        and people
        and listed
        and traps.LEVEL_QUALIFIER.fullmatch(" " + text[listed.end() : n.start])
        and (whole := _cue_type(text[r.clause[0] : listed.start()], r.border, r.custody))
    ):
        # a part of a group its clause counts in words: "travelers held there, including two grandmothers"
        v.kind, v.trap = whole, None
    vague = parts.VAGUE_GROUP_TAKEN.search(text, r.clause[0], listed.start()) if listed else None
    if (
        v.trap == "untyped"
        and vague
        and (people or head is None)
        and not n.percent
        and parts.LIST_PART_QUALIFIER.fullmatch(text, listed.end(), n.start)
        and (whole := _cue_type(vague.group("verb") or vague.group("passive"), r.border, r.custody))
    ):
        # a part of a group counted only in words, taken by the group's own verb: "ICE arrested hundreds of
        # workers, including 40 women", "Hundreds of people were arrested, including 75 in Durham"
        v.kind, v.trap = whole, None
    if own_guess is None and v.trap == "untyped" and people and vocabulary.HELD_AT.search(r.window):
        # "1,300 children have remained at the Tornillo camp", "process 47,000 children at the Nogales center"
        # (a guess from elsewhere in the clause is not the number's own: "There are 1,100 people in that facility,
        # and they have one doctor, he said after touring the detention center")
        v.kind, v.trap = "detentions", None
    # the verb of a number set off by commas comes after the closing one: "The rest of the town, about 9,000
    # residents, stayed home"
    apposed = re.search(r",\s*$", r.before_level) and r.predicate.lstrip().startswith(",")
    own_predicate = r.predicate.lstrip()[1:] if apposed else r.predicate
    # a count of people with no action and no verb of its own, right after a sentence that counted an action,
    # goes on with that count: "ICE arrested 1,200 people in March. In April, another 1,500 people." (a series
    # told across sentences; a number with a trap of its own, a share, or a verb of its own is left alone)
    if (
        v.kind is None
        and v.trap == "untyped"
        and not n.percent
        and people
        and after_count
        and last.unit not in ("requests", "incidents")  # people do not go on with a count of requests or assaults
        and not traps.OWN_VERB.match(own_predicate)
        and not traps.EVERYDAY_VERB_AFTER.match(own_predicate)  # "About 200 people work at the farm": who they are
        and not traps.VERB_BEFORE.search(text, r.clause[0], n.start)
        and not traps.IRREGULAR_PAST_BEFORE.search(text, r.clause[0], n.start)  # "The raid left 200 children ..."
        and not traps.CONSEQUENCE_OPENER.match(text, r.clause[0], n.start)  # "That's why 2,100 families left"
    ):
        v.kind, v.trap = last.type, None
    # a bare level whose subject only points back ("In April, it was 38,000", "The year before, the total was
    # 850"), right after a sentence that counted an action, is the level of that count
    if (
        v.kind is None
        and v.trap == "untyped"
        and not n.percent
        and head is None
        and r.level
        and after_count
        and traps.POINTING_SUBJECT.search(text, r.clause[0], n.start)
    ):
        v.kind, v.unit, v.trap = last.type, last.unit, None
    # people sent to a foreign country ("flew 120 migrants to Honduras", "300 Venezuelans were sent to El
    # Salvador"): removed, though no removal word is written (GUIDELINES §2 deportations); a cue of a later part
    # of the clause ("a deportation flight carried 124 people, 38 of whom had been convicted") is not theirs
    if (
        own_guess is None
        and v.trap == "untyped"
        and not n.percent
        and (head is None or people)
        and not (head is not None and traps.TRAVELLERS.search(head.group(0)))
        and (_sends_abroad(r.s, r.clause, state.get("abroad", ())) or _on_removal_flight_before(r, state))
        and not (r.level and traps.REMOVAL_FLIGHT.search(text, r.clause[0], n.start))  # "removal flights rose to 1,565"
    ):
        v.kind, v.trap = "deportations", None
    # a transcript's answer that opens with a bare number, right after a question asking how many people an action
    # touched ("Q: How many people were removed last month?" then "THE PRESS SECRETARY: About 4,000 last month.")
    asked = frames.HOW_MANY_PEOPLE.search(state["sentence_before"].view) if state.get("sentence_before") else None
    if (
        v.kind is None
        and v.trap == "untyped"
        and not n.percent
        and head is None
        and asked
        and frames.ANSWER_OPENING.match(r.before_level)
    ):
        v.kind = _cue_type(asked.group("asked"), r.border, r.custody)
        v.trap = None if v.kind else v.trap
    # (people found where they live are a population until the next sentence says what was done to them)
    if v.kind is None and v.trap in ("untyped", "population") and not n.percent and people and head is not None:
        v.kind = _taken_up_next(r, head.group("people"), state.get("sentence_after"))
        v.trap = None if v.kind else v.trap
    if (
        v.trap == "untyped"
        and v.kind == "detainers"
        and head is None
        and detention.REQUEST_DISPOSITION.match(r.predicate)
    ):
        # a part of the requests its sentence counts, told by what became of it: "Of the 450 detainers lodged,
        # 300 were declined" (GUIDELINES §2 detainers: requests issued, honoured or declined)
        v.unit, v.trap = "percent" if n.percent else "requests", None


def _taken_up_next(r: _Reading, noun: str, after: Sentence | None) -> str | None:
    """What the next sentence of the paragraph says was done to people counted with no action of their own,
    pointing back at them ("Officers found 22 workers in a warehouse. The workers were taken into ICE custody."):
    their custody, removal or charge. Another subject ("The driver was handed over") says nothing of them."""
    if after is None or after.paragraph != r.s.paragraph:
        return None
    taken = frames.TAKEN_UP_NEXT.match(after.rule_text)
    if taken is None or (taken.group("noun") and taken.group("noun").lower() != noun.lower()):
        return None
    # "They were taken into Border Patrol custody": the custody named sets them at the border
    border = r.border or bool(vocabulary.STRONG_BORDER.search(_border_talk(taken.group("predicate"))))
    kind = _cue_type(taken.group("predicate"), border, r.custody)
    return kind if kind in (*_ACTIONS_OF_WHOLE, "charged") else None


def _own_clause(r: _Reading) -> str:
    """The number's clause, cut where a coordinated clause with a subject of its own begins or ends it ("ICE
    arrested 300 people, and Border Patrol agents detained 40 of them": the 300's clause names ICE alone)."""
    start, end = r.clause
    for m in traps.NEW_SUBJECT_CLAUSE.finditer(r.text, start, end):
        if m.end() <= r.n.start:
            start = m.start()
        elif m.start() >= r.n.end:
            end = m.start()
            break
    return r.text[start:end]


def _part_held_for_agents(r: _Reading) -> bool:
    """The number is a part ("29 of them") of people an immigration agency took, counted just before ("ICE arrested
    45 people"): held at a jail, they are held for that agency, not the jail's own inmates."""
    whole = r.previous or r.last
    return (
        whole is not None
        and whole.type in {"arrests", "border_apprehensions", "detentions"}
        and bool(parts.OF_THEM.match(r.text, r.n.end))
        and bool(traps.IMMIGRANT_HELD.search(whole.sentence.rule_text))
    )


def _jail_headcount(r: _Reading) -> bool:
    """Whether a jail or prison holds the number as its own headcount ("The Union County jail holds about 1,200
    inmates, and ICE rents 80 beds there"): no immigration word in the number's subject and verb nor in its own noun
    phrase, up to a coordinated clause or a part that follows ("and ICE rents ...", "including 150 held for ICE" are
    another count's words). "almost all of them immigrants" or "which has a contract with ICE" keep it detention."""
    if not detention.JAIL_HOLDS_BEFORE.search(r.text, r.clause[0], r.n.start):
        return False
    own_after = detention.NEXT_CLAUSE_OR_PART.split(r.text[r.n.end : r.pred_end], maxsplit=1)[0]
    return bool(
        traps.JAIL_HEADCOUNT_AFTER.match(own_after)
        and not traps.IMMIGRANT_HELD.search(r.text, r.left_start, r.n.start)
        and not traps.IMMIGRANT_HELD.search(own_after)
    )


def _jail_deaths(text: str) -> bool:
    """Whether deaths the sentence `text` tells are a jail's own, no deaths in immigration custody (GUIDELINES §2
    deaths_in_custody): its people named as inmates, prisoners or citizens with no custody or immigration word
    ("Three inmates died in the county jail"), or a jail or prison named with no immigration hold ("There were 88
    overdose deaths in the county jail"; custody alone is the jail's: "died in custody at the city jail")."""
    return bool(
        (deaths.JAIL_DEATH.search(text) and not deaths.IMMIGRATION_HELD.search(text))
        or (deaths.JAIL_NAMED.search(text) and not deaths.HELD_FOR_IMMIGRATION.search(text))
    )


def _part_holding_orders(r: _Reading) -> bool:
    """The number is a list item or a coordinated group of an action's count just before it, and its only prospect
    is a removal order its people hold ("arrested 52 people, including 19 with final orders of removal", "17
    fugitives with final orders of removal and 23 gang members"): the order tells who they are, the whole's action
    what was done to them. A prospect said of them ("and 12 migrants face deportation") stays a plan."""
    previous = r.previous
    if previous is None or previous.type not in _ACTIONS_OF_WHOLE or previous.trap is not None:
        return False
    between = r.text[previous.number.end : r.n.start]
    part = r.sub or bool(frames.COORDINATED_AFTER_MODIFIER.fullmatch(between))
    return part and not traps.PROSPECT.search(frames.HOLDING_REMOVAL_ORDER.sub(" ", r.window))


def _correct_type(r: _Reading, v: _Verdict) -> None:
    """Step 5: rules that correct a type whatever step gave it: detainers lodged on people, convictions in the
    story's own prosecution, people detained by agents (arrests) or on arrival (detentions), people taken and held
    now (detentions), deaths on the way."""
    window = r.window
    if traps.DETAINERS_ON.search(r.left):
        # "lodged detainers on 45 of those arrested": one request each; "on 45 percent of the inmates": a share
        v.kind, v.unit = "detainers", "percent" if r.n.percent else "requests"
    elif (
        v.kind == "detainers"
        and r.head is not None
        and r.head.group("people")
        and vocabulary.HELD_ON_DETAINER.search(window)
    ):
        v.kind = "detentions"  # "the jail was holding 35 people on ICE detainers": people held, not the requests
    elif (
        v.kind == "detentions"
        and detention.HELD_PAST_RELEASE.search(window)
        and detention.FOR_IMMIGRATION.search(r.text)
    ):
        # "deputies held 19 inmates past their release dates at ICE's request": a detainer honoured, one each
        v.kind, v.unit = "detainers", "percent" if r.n.percent else "requests"
    if (
        v.kind == "convictions"
        and (traps.CONVICTED_IN_COURT.search(window) or convictions.CONVICTED_AT_TRIAL.search(window))
        and traps.PROSECUTION.search(r.text)
        and not convictions.RECORD_CONVICTION.search(
            window
        )  # "had been convicted of crimes": a record, not this trial's
    ):
        v.kind = "charged"  # "300 workers being convicted of document fraud": prosecuted (GUIDELINES §2 charged)
    if (
        v.kind == "convictions"
        and r.previous is not None
        and r.previous.type == "charged"
        and convictions.CONVICTED_BARE.search(window)
        and not convictions.RECORD_CONVICTION.search(window)
    ):
        v.kind = "charged"  # "Of the 60 defendants charged, 42 were convicted": the verdict of the defendants' trial
    if (
        v.kind == "deportations"
        and v.unit == "people"
        and convictions.REENTRY_AFTER_REMOVAL.search(
            r.rest
        )  # after the number: "after being deported 3 times" is removals
        and (
            (r.sub and r.previous is not None and r.previous.type == "charged")
            or vocabulary.CUES["charged"].search(window)
        )
    ):
        v.kind = "charged"  # "including 19 accused of re-entering after removal": the crime's name, not a removal
    staff = r.head is not None and (r.head.group("people") or "").lower() == "employees"
    if v.kind == "border_apprehensions" and staff:
        v.kind = "arrests"  # a business's employees are taken at their work, inside the country (GUIDELINES §2)
    nominal = convictions.RECORD_NOMINAL.match(r.text[r.n.end : r.pred_end])
    whole = r.previous is not None and re.fullmatch(
        r"\s*(?:out\s+)?of\s+(?:the\s+)?", r.text[r.previous.number.end : r.n.start], _I
    )  # "412 of the 680 people arrested were criminal aliens": the record is the part's, the whole was arrested
    if v.kind not in RECORD_TYPES and nominal is not None and not whole:
        # "Of the 1,500 people arrested, 900 were criminal aliens": who they were is the count, not the whole's action
        negated = re.match(r"not\b", nominal.group("np"), _I)
        v.kind = "no_criminal_record" if negated else _record_kind(nominal.group("np"))
    clause = _own_clause(r)
    if (
        v.kind == "border_apprehensions"
        and (
            traps.INTERIOR.search(clause)
            or geography.INTERIOR_AGENCY.search(clause)
            or geography.INTERIOR_SCOPE.search(clause)
        )
        and not vocabulary.BORDER.search(_past_at_border(_border_talk(clause)))
    ):
        # "In the interior, ICE made 12,000 arrests, while Border Patrol apprehended 45,000 at the border", "ICE
        # arrested 300 people, and Border Patrol agents detained 40 of them": the border is the other clause's; ICE's
        # own clause is inside the country (GUIDELINES §2 arrests)
        v.kind = "arrests"
    if (
        v.kind == "border_apprehensions"
        and geography.INTERIOR_AGENCY_ARRESTED.search(r.text, r.clause[0], r.n.start)
        and not geography.BORDER_AGENCY.search(clause)
    ):
        v.kind = "arrests"  # "ICE officers arrested 27 people in Brownsville ... near the border": ICE's own arrests
    if v.kind == "charged" and convictions.RECORD_CHARGES.search(window) and not traps.IMMIGRATION_CRIME.search(clause):
        v.kind = "convictions"  # "45 of those arrested had been charged with crimes": a record they had, no prosecution
    if (
        v.kind == "charged"
        and traps.OTHER_CRIME_CHARGE.search(window)
        and not traps.IMMIGRATION_CRIME.search(r.text, r.clause[0], r.clause[1])
    ):
        v.trap = v.trap or "other_crime"  # "charged 25 people with assaulting officers": no immigration crime
    if v.kind in ("deportations", "arrests", "detentions") and traps.PROSPECT.search(window):
        done = _cue_type(traps.PROSPECT.sub(" ", window), r.border, r.custody)
        if done is None and traps.HELD_PREDICATE.search(r.predicate):
            done = "detentions"  # "Another 12 are held at the county jail, awaiting removal": held, not yet removed
        if _part_holding_orders(r):
            # "arrested 52, including 19 with final orders of removal": the order is who they are
            v.kind, v.trap = r.previous.type, None if v.trap == "untyped" else v.trap
        elif v.kind == "deportations" and done in _ACTIONS_OF_WHOLE and done != "deportations":
            v.kind = done  # "12 men were arrested in Dallas and await deportation": the arrest was done, not a removal
        elif done is None or done in RECORD_TYPES:
            v.trap = v.trap or "plan"  # "1,400 Iraqis face deportation": a prospect, no removal yet
        elif traps.PROSPECT.search(r.predicate) and (
            governing := _governing_type(traps.RELATIVE_OPENER.split(r.left)[-1], r)
        ):
            v.kind = governing  # "agents arrested 45 people who now face deportation": the arrest is what was done
    if v.trap == "population" and traps.HELD_POPULATION.search(window) and detention.DETENTION_SETTING.search(window):
        v.trap = None  # "The facility had an average daily population of 1,712": people held, not a town's residents
    if v.kind == "arrests" and not r.border and traps.HELD_POPULATION.search(r.text, r.clause[0], r.clause[1]):
        v.kind = "detentions"  # "ICE detained 39,000 people on an average day": a custody population, not arrests
    taken = vocabulary.ACTION_PARTICIPLE.match(r.predicate) if r.head is not None and r.head.group("people") else None
    if (
        v.kind in ("arrests", "border_apprehensions")
        and taken is not None
        and (held := detention.HELD_NOW_AFTER.search(r.predicate, taken.end())) is not None
        and not re.search(r"[,;:]", r.predicate[taken.end() : held.start()])  # "Of the 76 arrested, 52 remain held"
        and not traps.GOVERNING_VERB.search(traps.RELATIVE_OPENER.split(r.left)[-1])
    ):
        v.kind = "detentions"  # "140 people arrested in the sweep remain in custody": held now, taken before
    if v.kind == "arrests" and not r.border and vocabulary.BOOKED_INTO_DETENTION.search(window):
        v.kind = "detentions"  # "Forty of them were booked into the Krome detention center": held, not arrested
    if (
        v.kind == "arrests"
        and not r.border
        and detention.MOVED_BEFORE.search(r.text, r.left_start, r.n.start)
        and detention.TO_DETENTION_SITE_AFTER.match(r.text, r.n.end, r.clause[1])
    ):
        v.kind = "detentions"  # "moved 300 of them to a facility in Texas": held at the site, not arrested again
    if v.kind == "detentions" and not r.border and detention.CUSTODY_TAKEN_BEFORE.search(r.left):
        v.kind = "arrests"  # "ICE took custody of 41 inmates from the county jail": taken by ICE, not a headcount
    if (
        v.kind == "detentions"
        and not r.border
        and traps.DETAINED_BY.search(window)
        and not frames.DETAINED_NOW.search(window)
    ):
        v.kind = "arrests"  # "cases of U.S. citizens detained by immigration agents"
    if v.kind == "arrests" and r.airport and re.search(r"\bdetain", window, _I):
        v.kind = "detentions"  # "officers at the airport detained 12 travelers": held on arrival, not arrested
    if (
        v.kind == "detentions"
        and (traps.GENERAL_JAIL.search(window) or detention.HELD_ON_LOCAL_CHARGES.search(window))
        and not traps.IMMIGRANT_HELD.search(r.text)
        and not _part_held_for_agents(r)
        and not traps.PROSPECT.search(window)  # "12 are held at the county jail awaiting removal": held for removal
    ):
        v.trap = v.trap or "jail"  # "the jail's average daily population was 1,900 inmates": not immigration detention
    if v.kind == "detentions" and _jail_headcount(r):
        v.trap = v.trap or "jail"  # "The county jail holds 1,200 inmates, and ICE rents 80 beds": the jail's own count
    if v.kind == "deaths_in_custody" and _jail_deaths(r.text):
        v.trap = v.trap or "no_custody"  # "Three inmates died in the county jail": a jail's deaths, not ICE's
    died_held = vocabulary.CUSTODY_PLACE.search(r.text, r.n.end, r.clause[1])  # "died of heat stroke in a holding cell"
    # a level's subject is its words before the number: "deaths in the desert rose to 12"
    on_the_way = traps.DIED_CROSSING.search(r.text, r.n.end, r.clause[1]) or (
        r.level and traps.DIED_CROSSING.search(r.text, r.left_start, r.n.start)
    )
    if v.kind == "deaths_in_custody" and on_the_way and not died_held:
        v.trap = (
            v.trap or "no_custody"
        )  # "170 migrants have died or are missing on the border": not in anyone's custody
    v.unit = vocabulary.UNITS.get(v.kind, v.unit) if v.unit != "percent" else v.unit


def _finish(r: _Reading, v: _Verdict, state: dict) -> Count:
    """Step 6: the count, with the whole it is a part of; an accepted count takes its words from what follows."""
    n, head = r.n, r.head
    if v.trap is None:
        state["consumed"] = n.end + (head.end() if head else 0)
    head_kind = next((g for g in ("people", "event", "thing") if head is not None and head.group(g)), "")
    cue = bool(_cue_type(r.text[n.end : r.pred_end], r.border, r.custody) or traps.GOVERNING_VERB.search(r.left))
    total = None
    part_of = v.breakdown_of or r.previous
    if v.sub and part_of is not None:
        whole = part_of.total or v.breakdown_of or r.previous
        total = whole if whole.type == v.kind and whole.unit == v.unit and whole.number.value > n.value else None
    return Count(v.kind, v.unit, n, r.s, r.clause, v.sub, v.trap, head_kind, r.border, r.left, cue, total)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine), km."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def _inland(place: Place) -> bool | None:
    """True for a U.S. town or state away from any land border, False for one near it, None when unknown
    (a region, a foreign place, a border state named alone). A county named alone is placed by `locate_county`."""
    if place.city is None and place.lat is None and (located := locate_county(place)) is not None:
        place = located  # "Border Patrol agents arrested 52 people in Fresno County": Fresno, far from the line
    if place.country != "US" or not place.state:
        return None
    if place.city and place.lat is not None and place.lon is not None:
        return min(_km((place.lat, place.lon), p) for p in geography.BORDER_POINTS) > geography.NEAR_BORDER_KM
    return True if place.state in geography.INTERIOR_STATES else None


def _dateline(m: PlaceMention, s: Sentence) -> bool:
    """Whether mention `m` is the dateline of sentence `s`: where the reporter is, not where the counted people
    were ("PHOENIX — agents apprehended 8,400 migrants in Arizona" happened in Arizona)."""
    return m.start >= s.start and geography.at_dateline(s.text, m.start - s.start, m.end - s.start)


def _capital_dateline(m: PlaceMention, s: Sentence) -> bool:
    """Whether mention `m` is the dateline of sentence `s` and names Washington, D.C.: where national figures are
    announced, not where the counted people were (as count_places never takes it as a count's stand-in)."""
    return m.place.state == "District of Columbia" and _dateline(m, s)


def _inland_dateline(sentences: list[Sentence], mentions: list) -> bool:
    """Whether the story is datelined in a U.S. town away from any land border (not Washington, where national
    figures are announced): its sentences that name no place of their own are told from there."""
    if not sentences:
        return False
    first = sentences[0]
    for m in mentions:
        if m.start < first.end and _dateline(m, first) and not _capital_dateline(m, first):
            return bool(m.place.city) and _inland(m.place) is True
    return False


def _town_operation_inland(text: str) -> bool:
    """Whether `text` names an operation, raid or sweep by an inland U.S. town ("the Charlotte operation")."""
    for m in traps.TOWN_OPERATION.finditer(text):
        place = normalize_place(m.group(1))
        if place is not None and place.city and _inland(place) is True:
            return True
    return False


def _points_back(view: str) -> bool:
    """Whether the sentence's subject, before its first number, points back to the agents of the sentence before
    ("Last year they apprehended 9,000 people", "Agents there caught 4,200"): they act where that sentence put them,
    even across a paragraph break."""
    digit = re.search(r"\d", view)
    return bool(geography.AGENTS_POINTING_BACK.search(view[: digit.start() if digit else len(view)]))


def _inland_sentences(sentences: list[Sentence], mentions: list) -> set[int]:
    """Indexes of the sentences that name an inland U.S. place and neither the border nor a town near it.
    (Only the sentence's own places decide: a story told mostly inland still has its border counts.)"""
    inland: set[int] = set()
    near: set[int] = set()
    datelines: dict[int, tuple[int, bool | None]] = {}  # a dateline's offset: its sentence and inland verdict
    k = 0
    for m in sorted(mentions, key=lambda m: m.start):
        while k < len(sentences) and sentences[k].end <= m.start:
            k += 1
        if k == len(sentences):
            break
        verdict = _inland(m.place)
        if _capital_dateline(m, sentences[k]):
            continue  # "WASHINGTON — Border Patrol agents apprehended 150,000": national figures, announced there
        if _dateline(m, sentences[k]):
            datelines[m.start] = (k, verdict)
            continue
        if verdict is not None and sentences[k].start <= m.start:
            (inland if verdict else near).add(k)
    # a dateline is where the reporter is: it stands for the sentence's place only where the sentence names no other
    # ("PHOENIX — agents apprehended 8,400 migrants in Arizona" happened in Arizona, a border state)
    own = {
        k for k, s in enumerate(sentences) for m in mentions if s.start <= m.start < s.end and m.start not in datelines
    }
    for k, verdict in datelines.values():
        if verdict is not None and k not in own:
            (inland if verdict else near).add(k)
    near.update(
        k for k, s in enumerate(sentences) if geography.BORDER_PLACE.search(_past_at_border(_border_talk(s.rule_text)))
    )
    # a landing from the sea sets its town at the border ("48 migrants who came ashore in Key Largo")
    near.update(k for k, s in enumerate(sentences) if geography.SEA_LANDING.search(_border_talk(s.rule_text)))
    # an operation named by an inland town ("during the Charlotte operation") is inside the country
    inland.update(k for k, s in enumerate(sentences) if _town_operation_inland(s.rule_text))
    inland -= near
    # a sentence that names no place goes on where the one before it in its paragraph is: "Agents arrested 1,100
    # people in Chicago. Agents arrested 45 at a Home Depot on Tuesday." are both inside the country (and so is one of
    # the next paragraph whose subject points back to those agents: "They arrested 52 people")
    named = {k for k, s in enumerate(sentences) for m in mentions if s.start <= m.start < s.end}
    for k in range(1, len(sentences)):
        goes_on = sentences[k].paragraph == sentences[k - 1].paragraph or _points_back(sentences[k].rule_text)
        if goes_on and k - 1 in inland and k not in named and k not in near:
            inland.add(k)
    if _inland_dateline(sentences, mentions):
        # a story told from an inland town ("CHICAGO — Border Patrol agents ..."): a sentence that names no place
        # and no border is told from there ("Agents also arrested 14 people during a raid"), and so is one that
        # names a place by its kind ("The Border Patrol said its agents arrested 130 people in the city")
        for k, s in enumerate(sentences):
            view = s.rule_text
            if (
                k not in named
                and k not in near
                and (not vocabulary.BORDER.search(view) or geography.TOWN_BY_KIND.search(view))
            ):
                inland.add(k)
    return inland


def _interior_story(sentences: list[Sentence], mentions: list, inland: set[int]) -> bool:
    """Whether the story names an inland U.S. place and never sets anyone at the border: no town near it, and no
    border word left once the agency's name (`geography.BORDER_AGENCY`) and the past of those counted ("who crossed
    years ago") are blanked. "Border Patrol" there names the agency sent inland ("Border Patrol agents arrived in
    Charlotte ... Agents arrested 130 people"), not where its agents act: its placeless sentences make arrests
    (GUIDELINES §2), though a sentence naming the agency still speaks for itself."""
    if not inland or any(_inland(m.place) is False for m in mentions):
        return False
    return not any(
        vocabulary.BORDER.search(
            geography.BORDER_AGENCY.sub(" ", geography.PAST_AT_BORDER.sub(" ", _border_talk(s.rule_text)))
        )
        for s in sentences
    )


def _breakdown_lead(view: str, opens_list: bool, counts: list[Count], before: Sentence | None) -> str | None:
    """A lead line naming no count ("The breakdown by sector:", `frames.BARE_BREAKDOWN_LEAD`) right after a sentence
    that counted an action leads a list of parts of that count: the lead is read with that sentence, whose words type
    its items. Only for a lead `vocabulary.LEAD_NOUN` finds no action in; a lead written in one sentence with its items
    is `_breakdown_item`'s."""
    last = next((c for c in reversed(counts) if c.trap is None), None)
    if not (opens_list and frames.BARE_BREAKDOWN_LEAD.search(view)) or last is None or last.sentence is not before:
        return None
    return f"{last.sentence.rule_text} {view}"


def _outside_agents_home(sentences: list[Sentence], mentions: list) -> list:
    """`mentions` without the places named as the agents' home post ("Border Patrol agents based in El Centro
    arrested 78 people in Bakersfield": El Centro is where they come from, Bakersfield where they made arrests)."""
    home = [
        (s.at(m.start()), s.at(m.end()))
        for s in sentences
        if _names_agents_home(s.rule_text)
        for m in geography.AGENTS_HOME.finditer(s.rule_text)
    ]
    return [m for m in mentions if not any(a <= m.start < b for a, b in home)] if home else mentions


def find_counts(sentences: list[Sentence], mentions: list | None = None) -> list[Count]:
    """Typed numbers of every sentence, in order; `mentions` (tasks.analysis.places.find_places of the
    article) tell arrests inside the country from apprehensions at the border."""
    counts: list[Count] = []
    mentions = _outside_agents_home(sentences, mentions or [])
    prev_sentence: Sentence | None = None
    inland = _inland_sentences(sentences, mentions or [])
    border_story = (
        sum(bool(vocabulary.STRONG_BORDER.search(_border_talk(s.view))) for s in sentences)
        >= vocabulary.STORY_THEME_SENTENCES
    )
    # a story that sends the Border Patrol inland and never to the border is no border story
    interior_story = _interior_story(sentences, mentions, inland)
    border_story = border_story and not interior_story
    if interior_story:
        # ... and its sentences that name no place are told there, the agency's name included ("The Border Patrol
        # said it had made 240 arrests" in a story of agents sent to Charlotte: arrests, GUIDELINES §2)
        starts = [s.start for s in sentences]  # each mention to its sentence once (a long page has many of both)
        named = {
            k for m in mentions if (k := bisect.bisect_right(starts, m.start) - 1) >= 0 and m.start < sentences[k].end
        }
        inland |= {k for k in range(len(sentences)) if k not in named}
    custody_story = (
        sum(bool(vocabulary.HELD_STORY.search(s.rule_text)) for s in sentences) >= vocabulary.STORY_THEME_SENTENCES
    )
    # the first sentence naming a detention site: "at the center" after it may point back at it (searched once here,
    # not again over every earlier sentence for each sentence: about 8 of 44 ms a labelled enforcement story)
    first_custody_named = next(
        (k for k, s in enumerate(sentences) if detention.DETENTION_NAMED.search(s.rule_text)), len(sentences)
    )
    lead: str | None = None  # the line that opens a list or table ("ICE arrests by city:", "| City | Arrests |")
    for k, s in enumerate(sentences):
        view = s.rule_text
        # a row with no list mark ("Rio Grande Valley 10,240") is an item where a lead line opened a list above it
        item = bool(vocabulary.ITEM_MARK.match(s.text) or (lead and frames.BARE_ROW.match(s.text)))
        if re.fullmatch(r"[\s|:-]+", s.text):
            continue  # a table's rule line
        if not item or (s.text.lstrip().startswith("|") and not re.search(r"\d", view)):
            opens_list = view.rstrip().endswith(":") or s.text.lstrip().startswith("|")
            lead = (
                view
                if opens_list and vocabulary.LEAD_NOUN.search(view)
                else _breakdown_lead(view, opens_list, counts, sentences[k - 1] if k else None)
            )
            if item:
                continue  # a table's header row
        border_before = bool(
            (
                prev_sentence
                and prev_sentence.paragraph == s.paragraph
                and vocabulary.BORDER.search(_border_talk(prev_sentence.view))
            )
            or (item and lead and vocabulary.BORDER.search(lead))  # a row is at the border its list's lead names
            or (prev_sentence and _points_back(view) and vocabulary.BORDER.search(_border_talk(prev_sentence.view)))
        )
        prev_sentence = s
        short = len(view) < 12 and not (item and lead)  # "- Aurora: 85" under "ICE arrests by city:" is read
        if (view.isupper() and k > 0) or short or traps.LINK_ITEM.match(s.text) or traps.CAPTION.match(view):
            continue  # capitalised labels and fragments (the story's own headline, its first line, is read)
        summary_border = bool(
            traps.SUMMARY.match(s.view)
            and any(vocabulary.STRONG_BORDER.search(_border_talk(p.view)) for p in sentences[max(0, k - 2) : k])
        )
        state: dict = {
            "border_before": border_before,
            "border_story": border_story,
            "custody_story": custody_story,
            "custody_before": first_custody_named < k,
            "border_summary": summary_border,
            "last": next((c for c in reversed(counts) if c.trap is None), None),
            "article_types": {c.type for c in counts if c.trap is None},
            # Border Patrol agents arresting people in Chicago make arrests, not border apprehensions
            "inland": k in inland,
            # a U.S. town near the land border named in the sentence: an everyday setting there may be at the border
            "near_border": any(s.start <= m.start < s.end and _inland(m.place) is False for m in mentions or ()),
            "list_lead": lead if item else None,
            "sentence_before": sentences[k - 1] if k else None,
            "custody_deaths_before": _custody_deaths_before(sentences[k - 1] if k else None, s),
            "sentence_after": sentences[k + 1] if k + 1 < len(sentences) else None,
            # where the sentence names a foreign country or town (article offsets): where people may be sent
            "abroad": [
                m.start for m in mentions or () if s.start <= m.start < s.end and m.place.country not in (None, "US")
            ],
        }
        numbers = find_numbers(view)
        # the number of a numbered list item ("2. Houston - 12,880") is its rank, not a count
        rank = frames.ITEM_RANK.match(view) if item else None
        numbers = [n for n in numbers if rank is None or n.start >= rank.end()]
        for n in numbers:
            c = _type_count(s, n, numbers, state)
            if c is not None:
                counts.append(c)
                if c.trap is None:
                    state["previous"] = c
                    if c.unit == "percent":
                        state["share"] = c
                elif c.trap == "plan":
                    state["plan"] = c
                if c.trap in UNTOUCHED_GROUP_TRAPS:
                    state["untouched"] = c
    return counts
