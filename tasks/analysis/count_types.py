"""Which type a number counts (GUIDELINES §2): by the frame around it (a level, a comparison, the whole of a
share), by its own words (an event noun, a counted group and its predicate, a label, a verb), as a part of a
group counted before, by its context when nothing else types it, and the corrections that hold whatever typed
it (`correct_type`). Apart because it is the largest job, and why a count got its type is read here alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tasks.analysis.count_border import border_talk, past_at_border
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
from tasks.analysis.count_reading import ACTIONS_OF_WHOLE, RECORD_TYPES, Reading, cue_type, event_noun_type, record_kind
from tasks.analysis.count_record import Count, Verdict
from tasks.analysis.numbers import NumberMention, find_numbers
from tasks.analysis.places import normalize_place
from tasks.analysis.sentences import Sentence

_I = re.IGNORECASE


def _whole_action(own: str, border: bool, custody: bool) -> str | None:
    """The action a whole's own words name before the record predicate that belongs to its part: "the 60,000
    people ICE is holding have no criminal convictions" are detentions."""
    own = parts.RECORD_PREDICATE.split(own, maxsplit=1)[0]
    return next((t for t in ACTIONS_OF_WHOLE if cue_type(own, border, custody) == t), None)


def broken_down(
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
        and (parts.RANKED_GROUP_BEFORE.search(text, 0, n.start) or _ranked_place(text, n, head))
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


def held_sent_abroad(r: Reading, v: Verdict, state: dict) -> None:
    """People the count's own noun calls held ("85 detainees") whom the governing verb moves to a foreign country
    ("transferred 85 detainees from Guantanamo Bay to Honduras", "120 detainees were flown to Guatemala") are
    removed (GUIDELINES §2 deportations: people a verb moves to a foreign country), not a headcount; a move inside
    the country ("transferred 85 detainees to Louisiana") stays held."""
    if v.kind != "detentions" or r.n.percent or r.head is None or not r.head.group("people"):
        return
    moved = traps.SENT_RIGHT_BEFORE.search(r.left) or traps.SENT_RIGHT_AFTER.match(r.text, r.n.end + r.head_end)
    if moved and _sends_abroad(r.s, r.clause, state.get("abroad", ())):
        v.kind = "deportations"


def _on_removal_flight_before(r: Reading, state: dict) -> bool:
    """Whether an aircraft carries the number ("The plane, carrying 128 Venezuelans, landed", "90 people were on the
    plane") right after a sentence
    that names a removal flight: its passengers were removed (GUIDELINES §2 deportations), while a plane after a
    sentence of no removal carries travellers."""
    before = state.get("sentence_before")
    return bool(
        before is not None
        and (
            actions.CRAFT_CARRYING.search(r.text, r.clause[0], r.n.start)
            or actions.ABOARD_CRAFT_AFTER.match(r.text, r.n.end)  # "Nearly 90 Mauritanians were on the plane"
        )
        and traps.REMOVAL_FLIGHT.search(before.view)
    )


def breakdown_item(r: Reading, v: Verdict) -> None:
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
    kind = event_noun_type(lead.group("noun"), r.border)
    if kind is not None and kind not in vocabulary.UNITS:
        v.kind, v.trap = kind, None


def killed_in_custody(r: Reading, v: Verdict) -> None:
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


def restated_share(r: Reading, state: dict) -> str | None:
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
    return cue_type(said[share.end() :], r.border, r.custody) if share else None


def restated_part_share(r: Reading, state: dict) -> str | None:
    """A part counted in one sentence and its share restated alone in the next ("1,650 had no criminal record.
    That is 72 percent."): the share is of the part's type (GUIDELINES §2 sub-counts). Only right after a part or a
    record count, and only a share that ends there or names those counted ("That is 15 percent more" is a change)."""
    last = r.last
    if (
        not r.n.percent
        or r.previous is not None
        or last is None
        or last.unit == "percent"
        or last.sentence is not state.get("sentence_before")
        or not (last.sub or last.type in RECORD_TYPES)
        or not parts.RESTATED_PART.match(r.text[r.clause[0] : r.n.start])
        or not parts.RESTATED_SHARE_END.match(r.text, r.n.end)
    ):
        return None
    return last.type


def _deaths_need_custody(r: Reading, v: Verdict, since: int = 0) -> None:
    """GUIDELINES §2 deaths_in_custody: a death typed by a frame counts only where the sentence (from `since`, where a
    second clause's own words begin) or story names custody (deaths crossing the desert are nobody's custody)."""
    custody = r.custody if not since else r.custody_story or bool(vocabulary.CUSTODY.search(r.text, since))
    if v.kind == "deaths_in_custody" and not custody:
        v.trap = v.trap or "no_custody"


def _brought_to(r: Reading, v: Verdict) -> bool:
    """A level told inverted ("That brings to 14 the number of people who have died in ICE custody"): the words
    after the number name what it counts, as "the number of ..." does before a level. True when it typed."""
    if r.head is not None or not deaths.BROUGHT_TO.search(r.text, r.left_start, r.n.start):
        return False
    after = deaths.THE_NUMBER_AFTER.match(r.text, r.n.end)
    if after is None or re.match(rf"(?:[\w-]+\s+)?(?:{vocabulary.THINGS})\b", after.group("what"), _I):
        return False  # "brings to 12 the number of countries that accept deportees": countries, not people
    kind = cue_type(after.group("what"), r.border, r.custody)
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


def _bare_partitive(r: Reading, v: Verdict) -> bool:
    """A record told of a part of a bare whole: "171 of the 412 had criminal convictions". The record predicate
    after the whole is the part's (171 convictions), and the whole, which only points back at a group counted before,
    has none of its own; nor has it where the part is asked, not told ("How many of the 1,140 had no record?"). So
    too an action: "3 of the 7 have since been deported" are 3 deportations, and a 7 counted before takes none; but
    a past the part's people went through ("had been previously deported") is who they are, no action of the story."""
    text, n = r.text, r.n
    whole = parts.BARE_WHOLE_AFTER.match(text, n.end)
    if whole is not None:
        predicate = text[whole.end() : r.clause[1]]
        kind = cue_type(predicate, r.border, r.custody)
        if kind in RECORD_TYPES or (kind is not None and not parts.PAST_OF_PEOPLE.search(predicate)):
            v.kind = kind  # "3 of the 7 have since been deported": the part's own action
            return True
        return False
    before_whole = parts.PART_BEFORE_BARE_WHOLE.search(text, r.clause[0], n.start)
    if before_whole and (participle := parts.BARE_WHOLE_PARTICIPLE.match(text, n.end)):
        v.kind = cue_type(participle.group(), r.border, r.custody)  # "of the 120 arrested": the whole's own action
        return v.kind is not None
    if before_whole and re.match(r"\s+(?:had|have|has|were|was|are|is|with)\b", text[n.end :], _I):
        kind = cue_type(text[n.end : r.clause[1]], r.border, r.custody)
        if kind in RECORD_TYPES:
            v.kind, v.trap = kind, v.trap or "untyped"
            return True
        if kind is not None and any(c is not None and c.number.value == n.value for c in (r.previous, r.last)):
            v.kind, v.trap = kind, v.trap or "partitive_whole"  # "5 were arrested. 2 of the 5 were deported"
            return True
    if before_whole and kind_still_held(text[n.end : r.clause[1]], r):
        # "Thirty-nine of the 47 remain in ICE custody": the part is the one still held, the whole only the group
        v.kind, v.trap = "detentions", v.trap or "partitive_whole"
        return True
    return False


#: A bare whole's predicate that says its part is still held: "remain in ICE custody", "are still detained".
_STILL_HELD_PREDICATE = re.compile(r"\s+(?:remain(?:s|ed)?|(?:are|is|were|was)\s+still)\b", _I)


def kind_still_held(predicate: str, r: Reading) -> bool:
    """Whether a bare whole's predicate says its part is still held (the part's detentions, the whole none)."""
    return bool(_STILL_HELD_PREDICATE.match(predicate)) and cue_type(predicate, r.border, r.custody) == "detentions"


def _record_of_subject(r: Reading, v: Verdict, noun_end: int) -> None:
    """A level's event subject that names its people by their record counts those people, not every action:
    "Arrests of immigrants with no criminal convictions rose to 9,200" (GUIDELINES §2 no_criminal_record)."""
    record = convictions.RECORD_OF_EVENT_SUBJECT.match(r.before_level, noun_end, r.level.start()) if r.level else None
    if v.kind in ACTIONS_OF_WHOLE and record:
        phrase = record.group()
        negated = vocabulary.CUES["no_criminal_record"].search(phrase) or record_kind(phrase) == "no_criminal_record"
        v.kind = "no_criminal_record" if negated else "convictions"


def _subject_typed(r: Reading, v: Verdict, noun_end: int, since: int = 0) -> None:
    """What every level typed by its event-noun subject checks next: deaths only in custody (counted from `since`),
    a record named in the subject, and the type's unit."""
    _deaths_need_custody(r, v, since)
    _record_of_subject(r, v, noun_end)
    if v.kind in vocabulary.UNITS:
        v.unit = vocabulary.UNITS[v.kind]


def type_by_frame(r: Reading, v: Verdict) -> None:
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
    if subject is not None and (kind := cue_type(text[subject.end() : n.start], r.border, r.custody)):
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
        v.kind = event_noun_type(ev.group("noun"), r.border)  # "monthly apprehensions ... rose over 50,000"
        if deaths.DEATHS_IN.search(before_level, 0, ev.start("noun")) or deaths.DEATHS_HEAD_AFTER.match(
            before_level, ev.end("noun")
        ):
            v.kind = (
                "deaths_in_custody"  # "Deaths in immigration detention have climbed to 30": the place is no subject
            )
        # "the death toll in the desert reached 200"; a second clause's custody is its own: "Border arrests fell to
        # 4,600, and deaths among migrants rose to 12"
        _subject_typed(r, v, ev.end("noun"), previous.number.end if previous else 0)
    elif (
        r.level
        and head is None
        and not previous
        and (ev := traps.CLAUSE_SUBJECT.match(text, r.clause[0]))
        and ev.end() <= n.start
    ):
        v.kind = event_noun_type(ev.group("noun"), r.border)  # "Apprehensions at the border peaked at 98,000"
        _subject_typed(r, v, ev.end("noun"))
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
        v.kind = cue_type(those.group("deed"), r.border, r.custody)  # "Those arrested in the sweep numbered 212"
    elif (
        r.level
        and head is None
        and not previous
        and not n.percent
        and (held := frames.HELD_PEOPLE_SUBJECT.fullmatch(frames.FRAME_QUALIFIER.sub(" ", text[r.clause[0] : n.start])))
    ):
        # "Detainees at the Moshannon Valley Processing Center in Philipsburg totaled 1,500": the people the
        # subject names, however long the place said after them
        v.kind = cue_type(held.group("deed"), r.border, r.custody)
    elif (
        r.level
        and head is None
        and not previous
        and not n.percent
        and (
            site := frames.SITE_POPULATION_SUBJECT.fullmatch(
                frames.FRAME_QUALIFIER.sub(" ", text[r.clause[0] : n.start])
            )
        )
        and detention.DETENTION_NAMED.search(site.group("site"))
    ):
        v.kind = "detentions"  # "The population at the Krome processing center reached 1,630": a site's headcount
    elif (
        (head is None or head.group("people"))
        and not n.percent
        and (opened := parts.PAREN_TOTAL_OPEN.search(text, max(0, n.start - 20), n.start))
        and parts.PAREN_TOTAL_CLOSE.match(text, n.end)
        # the clause the parenthesis closes, not the parenthesis (its own clause): back to the count before; it names
        # the people acted on, no protesters ("Protesters gathered outside the detention center (300 in all)")
        and (closed := text[max(opened.start() - 150, previous.number.end if previous else 0) : opened.start()])
        and re.search(rf"\b(?:{vocabulary.PEOPLE})\b", closed, _I)
        and not traps.PROTESTERS.search(closed)
        and (deeds := list(parts.PAREN_TOTAL_DEED.finditer(closed)))
        and (kind := cue_type(closed[deeds[-1].start() :], r.border, r.custody))
    ):
        v.kind = kind  # "Venezuelans deported from the United States (362 people in all)": the deed before it
    elif (
        head is None
        and (apposed := parts.APPOSED_TOTAL_PREDICATE.match(text, n.end))
        and (subject := parts.APPOSED_TOTAL_SUBJECT.search(text, max(0, n.start - 100), n.start))
        and not traps.PROTESTERS.search(text, max(0, n.start - 100), n.start)
        and (
            kind := cue_type(apposed.group("predicate"), r.border, r.custody)
            or cue_type(subject.group(), r.border, r.custody)
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
            or traps.EARLIER_RECORD_SUBJECT.search(before_level, max(0, n.start - 90), n.start)
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


def type_by_phrase(r: Reading, v: Verdict, state: dict) -> None:
    """Step 3: the number's own words type it: an event noun ("37 assaults"), "N times" (removals of one
    person), a counted group and its predicate (`_type_group`), a record ("629 with criminal convictions"), a
    label ("Arrests: 143,000"), an apposition ("1,400, or 70 percent, had no ..."), a relative clause ("200
    non-Mexicans who were apprehended"), the verb that governs it ("have apprehended 54,052"), a copula after a
    counted noun ("the detainee population was 24,208"), else a subject with a verb of its own."""
    text, n, head, previous, last, left = r.text, r.n, r.head, r.previous, r.last, r.left
    if head is not None and head.group("event") and not head.group("of") and not n.percent:
        noun = head.group("event").lower()
        v.kind = _event_kind(noun, r) or cue_type(r.window, r.border, r.custody)
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
    elif (
        head is None
        and previous is not None
        and previous.type == "convictions"
        and parts.HAD_NONE_AFTER.match(text, n.end)
    ):
        v.kind = "no_criminal_record"  # "610 had been convicted of a crime and 840 had none": the rest, no record
    elif head is not None or n.percent:
        _type_group(r, v)
    elif traps.WITH_RECORD.match(text[n.end :]):
        v.kind = "convictions"  # "sprung 629 with criminal convictions"
    elif convictions.WITH_NO_RECORD.match(text[n.end :]):
        v.kind = "no_criminal_record"  # "including 30 with no criminal record"
    elif parts.RELATIVE_RECORD.match(text, n.end) and (record := cue_type(r.predicate, r.border, r.custody)) in (
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
        v.kind = event_noun_type(noun, r.border) or cue_type(noun, r.border, r.custody)
        if v.kind in vocabulary.UNITS:
            v.unit = vocabulary.UNITS[v.kind]
    elif (
        head is None
        and parts.IN_ALL_AFTER.match(text, n.end)
        and re.search(r"(?:,|[—–]|--)\s*$", r.before_level)
        and (kind := cue_type(re.split(r"[,;:—–]", text[: n.start].rstrip(" ,—–-"))[-1], r.border, r.custody))
    ):
        # "Those with no criminal history, 29 in all, were released", "Removals to Guatemala last year — 51,300 in all
        # — were the most since 2019": the words of the subject the total is set beside type it (only that phrase:
        # "After ICE arrested 50, the families, 200 in all, gathered" counts none)
        v.kind = kind
        if v.kind in vocabulary.UNITS:
            v.unit = vocabulary.UNITS[v.kind]
    elif head is None and (
        top := parts.SUPERLATIVE_BEFORE.search(r.before_level, r.clause[0])
        or parts.LED_BEFORE.search(r.before_level, r.clause[0])
    ):
        # "Texas holds the most detainees, about 17,000": the noun names the count, the clause its action
        v.kind = event_noun_type(top.group("noun"), r.border) or cue_type(
            text[r.clause[0] : n.start], r.border, r.custody
        )
    elif label := parts.LABEL_BEFORE.search(text, max(0, n.start - 60), n.start) or frames.OPENING_LABEL.match(
        frames.LABEL_DATE.sub(lambda date: "x" * len(date.group()), r.before_level)
    ):
        # "Arrests: 143,000", "| Removals | 256,000 |", "Apprehensions at the southwest border: 8,000", "Arrests in
        # fiscal 2023: 6,140" (a date in the label dates the count)
        v.kind = event_noun_type(label.group("noun") or label.groupdict().get("held"), r.border)
        if v.kind in vocabulary.UNITS:
            v.unit = vocabulary.UNITS[v.kind]
    elif label := frames.PARTICIPLE_LABEL.match(r.before_level) or frames.PEOPLE_PARTICIPLE_LABEL.match(r.before_level):
        v.kind = cue_type(label.group("label"), r.border, r.custody)  # "- Removed to home countries: 83"
        if v.kind is None and re.fullmatch(r"removed\s*", label.group("label"), _I):
            v.kind = "deportations"  # a fact sheet's bare "- Total removed: 42,000": removed from the country
    elif (
        head is None
        and not n.percent
        and (subject := frames.EVENT_SUBJECT_SET_OFF.search(r.before_level))
        and frames.SET_OFF_CLOSE.match(text, n.end)
    ):
        # "Total removals — 14,200 — were the most", "Arrests in Charlotte — 370 — outpaced ...": the subject's noun
        v.kind = event_noun_type(subject.group("noun"), r.border)
        if v.kind in vocabulary.UNITS:
            v.unit = vocabulary.UNITS[v.kind]
    elif (apposed := parts.APPOSED_SUBJECT.match(text, n.end, r.pred_end)) or (
        re.search(r",\s*(?:or\s+)?$", r.before_level) and (apposed := parts.APPOSED_BARE.match(text, n.end, r.pred_end))
    ):
        v.kind = cue_type(
            text[apposed.start("verb") : r.pred_end], r.border, r.custody
        )  # "1,400, or 70 percent, had no"
    elif re.search(r"[—–]\s*$", r.before_level) and (apposed := parts.APPOSED_DASH.match(text, n.end)):
        # "Nearly half — 160 — had no criminal record": the dashes end the number's clause, its verb is after them
        after = traps.CLAUSE_BREAK.search(text, apposed.end())
        v.kind = cue_type(text[apposed.start("verb") : after.start() if after else len(text)], r.border, r.custody)
    elif (
        previous is not None
        and (
            traps.ELLIPSIS_AFTER.match(text[n.end :])
            or (r.sub and head is None and traps.PART_FOUND_AT_AFTER.match(text, n.end))  # "including 61 found in"
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
        v.kind = cue_type(rel.group("verb"), r.border, r.custody)  # "200 non-Mexicans who were apprehended"
    elif head is None and (gapped := frames.MORE_GAPPED_PARTICIPLE.match(text, n.end)):
        v.kind = cue_type(gapped.group("verb"), r.border, r.custody)  # "... were arrested and six more detained"
    elif (
        head is None
        and frames.TOOK_BEFORE.search(parts.QUALIFIER_END.sub("", left))
        and (into := frames.INTO_CUSTODY_AFTER.match(text, n.end))
    ):
        v.kind = cue_type(into.group(), r.border, r.custody)  # "Agents took about 120 into custody"
    elif (
        head is None
        and not n.percent
        and frames.CHARGES_VERB_BEFORE.search(text, r.left_start, n.start)
        and frames.CHARGED_IN_AFTER.match(text, n.end)
    ):
        v.kind = "charged"  # "Feds charge 31 with illegal reentry": the verb in the present, a headline's
    elif traps.GOVERNING_VERB.search(parts.QUALIFIER_END.sub("", left)) or parts.TAKEN_IN_ADDITION.search(left):
        # "authorities have apprehended 54,052", "ICE holds about 39,000" (a qualifier between verb and number),
        # "officers encountered another 3,112 inadmissible travelers" (an addition there)
        v.kind = cue_type(left, r.border, r.custody)
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
        v.kind = cue_type(left, r.border, r.custody)  # "the average daily detainee population was 24,208"
    else:
        own = traps.OWN_PREDICATE.match(text, n.end)
        v.kind = cue_type(text[n.end : r.pred_end], r.border, r.custody) if own else None
        if v.kind is None and head is None and parts.ADVERB_BEFORE_PARTICIPLE.match(text, n.end):
            record = cue_type(text[n.end : r.pred_end], r.border, r.custody)
            v.kind = record if record in RECORD_TYPES else None  # "including 11 previously convicted of reentry"
        noun = traps.UNKNOWN_NOUN_SUBJECT.match(text, n.end, r.pred_end) if v.kind is None and not n.percent else None
        everyday = noun is not None and noun.group("taking") and not vocabulary.OFFICERS.search(text)
        if noun is not None and not vocabulary.PHRASE_STOP.search(noun.group("np")) and not everyday:
            # a counted noun the lexicon does not know, subject of its own verb: "two bystanders were arrested",
            # "300 Nicaraguans were detained"
            v.kind = cue_type(noun.group("verb"), r.border, r.custody)


def _rest_of_requests(r: Reading) -> bool:
    """The number is "the other" or "the remaining" ones, and a verb of what is done with a request governs it:
    before it ("declined the remaining 120") or as its own passive after it ("the other 46 were declined")."""
    rest = detention.REST_BEFORE.search(r.text, r.left_start, r.n.start)
    if rest is None:
        return False
    return bool(
        traps.ACTS_ON_REQUEST.search(r.text, r.left_start, rest.start())
        or detention.REQUEST_PASSIVE_AFTER.match(r.text, r.n.end)
    )


def _another_deed(r: Reading, previous: Count) -> bool:
    """Whether a coordinated verb that is no enforcement word stands between the count before and the number,
    its object the number ("arrested 48 people and served notices to appear on another 120"): those people are
    that deed's, not more of the count before (GUIDELINES §2 counts only what an enforcement action touched)."""
    deed = traps.OTHER_DEED_BEFORE.search(r.text, previous.number.end, r.n.start) if previous.sentence is r.s else None
    return bool(
        deed
        and cue_type(deed.group(0), r.border, r.custody) is None  # "and placed detainers on 30" are requests
        and not traps.GOVERNING_VERB.search(parts.QUALIFIER_END.sub("", r.left))
    )


def _event_kind(noun: str, r: Reading) -> str | None:
    """The type an event noun (lower case) names; bare "requests" are detainer requests where the sentence or the story
    before it talks of detainers ("the jail honored 245 of 880 requests" after "1,032 immigration detainer requests"),
    elsewhere nothing. (`event_noun_type` reads a breakdown lead's noun: its spacing folded, no bare requests.)"""
    return vocabulary.EVENT_TYPES.get(noun) or ("detainers" if noun == "requests" and r.detainer_talk else None)


def _type_group(r: Reading, v: Verdict) -> None:
    """Step 3 for a counted group of people ("498 immigrants") or a share ("63 percent"): a list item by its
    own noun (`_type_total` for a count that is no list item), then a part of the count before it ("97 of them",
    "and 8 sex offenders", "14 more")."""
    text, n, head, previous = r.text, r.n, r.head, r.previous
    people = head.group("people") if head is not None else ""
    if r.sub and previous is not None and head is not None and not head.group("of"):
        # a list item with its own noun: a category of the total ("61 criminal aliens")
        v.kind = record_kind(head.group(0)) or cue_type(r.predicate, r.border, r.custody)
    else:
        v.kind = _share_of_requests(r) or _type_total(r, people)
    whole = previous or r.whole_before
    of_them = bool(parts.OF_THEM.match(head.group(0) if head else ""))
    if v.kind == "detentions" and whole is not None and whole.type == "deaths_in_custody" and of_them:
        # "nine people died in ICE custody, and three of them were held at Stewart", or the same in the next sentence
        # ("Five people have died in ICE custody this year. Two of them were held at Stewart"): where the dead were
        # held, not more people held
        v.kind = "deaths_in_custody"
    if (
        v.kind is None
        and previous is None
        and r.whole_before is not None
        and r.whole_before.unit in ("incidents", "requests")
        and of_them
        and not n.percent
        and not traps.OWN_VERB.match(r.predicate)
    ):
        # a pronoun partitive of the events the sentence before counted: "CBP recorded 412 assaults on officers.
        # Border Patrol agents were the target of 380 of them." (one event each, as the whole)
        v.kind, v.unit = r.whole_before.type, r.whole_before.unit
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


def _share_of_requests(r: Reading) -> str | None:
    """A share of detainer requests ("honored 12 percent of ICE detainers", "20 percent of detainer requests were
    declined") is a share of detainers (GUIDELINES §2, unit percent); a record told of a part of them ("most of them
    for people with no criminal record") is that part's. A record the share's own predicate tells ("60 percent of the
    detainers were for people with no convictions") leaves it to `_type_total`."""
    head = r.head
    if not r.n.percent or head is None or not head.group("event") or not re.match(r"\W*of\b", head.group(0), _I):
        return None
    noun = " ".join(head.group("event").lower().split())
    if (_event_kind(noun, r) or cue_type(head.group(0), False, False)) != "detainers":
        return None
    own = detention.PART_OF_THEM.split(r.predicate, maxsplit=1)[0]
    return None if cue_type(own, r.border, r.custody) in RECORD_TYPES else "detainers"


def _type_total(r: Reading, people: str | None) -> str | None:
    """The type of a counted group that is no list item: its own predicate first, then the verb that governs it
    from before, then what its noun says ("criminal aliens", "detainees")."""
    text, n, head, left, predicate = r.text, r.n, r.head, r.left, r.predicate
    shared = parts.SHARE_VERB_BEFORE.search(r.before_level, r.left_start, n.start)
    if shared is not None and (n.percent or (head is not None and head.group("of"))):
        # "Immigrants without criminal records made up 44 percent of those in detention": the subject's record
        subject = cue_type(text[r.left_start : shared.start()], r.border, r.custody)
        if subject in RECORD_TYPES:
            return subject
    # a verb split around its object types it: "flew 130 migrants caught in the valley back to Guatemala" (removed),
    # "a jury found 5 men guilty of harboring" (charged)
    back = actions.BACK_AFTER.match(predicate) if actions.SENDING_BEFORE.search(left) else None
    if back is not None and (not back.group("place") or _foreign(back.group("place"))):
        return "deportations"
    if convictions.FOUND_BEFORE.search(left) and convictions.GUILTY_AFTER.match(predicate):
        return "charged"
    if actions.TAKES_BACK_BEFORE.search(parts.QUALIFIER_END.sub("", left)) and actions.OWN_NATIONALS_AFTER.match(
        text, n.end
    ):
        return "deportations"  # "Guatemala received 61,000 of its nationals": taken back from a removal
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
    left_kind = cue_type(left, r.border, r.custody)
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
        and cue_type(predicate, r.border, r.custody) not in RECORD_TYPES
    ):
        return governing
    # a part with its whole stated after it and no finite verb of its own ("ICE deported 12 of the 40 people
    # arrested in the raid"): the participle after the whole is the whole's; the verb before the part is the part's
    stated_whole = head is not None and head.group("of") and re.search(r"\d", head.group("of"))
    if stated_whole and traps.GOVERNING_VERB.search(left) and not traps.FINITE_VERB.search(predicate):
        own_words = ""
    if head is not None and traps.ONE_OF_PEOPLE_BEFORE.search(text, max(0, n.start - 40), n.start):
        # "The detainee, one of 1,800 held at the center, died": the death is the one's, the 1,800 are held
        own_words = re.split(r"[,;]", own_words, maxsplit=1)[0]
    kind = cue_type(own_words, r.border, r.custody)
    if kind in RECORD_TYPES and parts.FRACTION_OF.search(text, max(0, n.start - 60), n.start):
        # "more than half of the 230 people arrested had been convicted": the record is the unnumbered share's; a
        # whole with no action of its own ("most of the 475 workers had no criminal history") counts no record
        kind = _whole_action(text[n.end : r.pred_end], r.border, r.custody)
    listed = traps.LIST_ITEM.search(text, n.end, r.pred_end)
    if listed and kind in RECORD_TYPES and text[n.end : listed.start()].strip():
        # the record is the list's ("80 people, including 12 convicted sex offenders"): the total takes
        # its own words before the list, else the verb that governs it ("75% of whom had criminal
        # records" has no words of its own before "of whom": the record is the share's)
        kind = cue_type(text[n.end : listed.start()], r.border, r.custody)
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
    if kind is None and frames.BOOKED_BEFORE.search(left) and frames.BOOKED_ON_IMMIGRATION_CHARGE.match(predicate):
        kind = "arrests"  # "deputies booked 23 people on immigration violations": taken in for immigration
    if (
        kind is None
        and not n.percent
        and frames.CHARGES_VERB_BEFORE.search(text, r.left_start, n.start)
        and frames.CHARGED_IN_AFTER.match(predicate)
    ):
        kind = "charged"  # "U.S. Attorney's Office charges 23 in smuggling sweep": the verb in the present
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
        kind = cue_type(own_left, r.border, r.custody)
    if kind is None and vocabulary.PROSECUTED_AGAINST.search(own_left) and traps.PROSECUTION.search(text):
        kind = "charged"  # "a grand jury returned indictments against 14 people accused of running a smuggling ring"
    if kind is None and traps.GOVERNING_VERB.search(own_left):
        # "arrested 300 people who had crossed", "The officer who arrested 14 people was suspended": the verb
        # just before the number governs it, whatever verb follows its noun
        kind = cue_type(own_left, r.border, r.custody)
        if kind == "detentions" and traps.DETAINED_JUST_BEFORE.search(left):
            kind = "arrests"
    if kind is None and people and _found_in_load(r):
        kind = "border_apprehensions"  # "Inside the truck were 57 migrants", "found 31 migrants hidden in a trailer"
    if kind in (None, "arrests", "detentions") and people:
        # "Border Patrol agents found 38 migrants inside a house and took them into custody": the finding governs
        # the number, whatever a later verb of the sentence reads as
        kind = _found_in_hideout(r) or kind
    vehicle = traps.VEHICLE_CARRYING.search(left) if kind is None else None
    if vehicle is not None:
        kind = cue_type(vehicle.group("verb"), r.border, r.custody)  # "intercepted a truck carrying 73 migrants"
    if kind is None and convictions.RETURNED_ACROSS.search(own_words):
        kind = "deportations"  # "700 Mexicans were returned across the border within hours"
    if kind is None and traps.REMOVED_BEFORE.search(left):
        kind = "deportations"  # "the agency removed 267,258 people"
    if kind in (None, *RECORD_TYPES) and head is not None:
        kind = record_kind(head.group(0)) or kind  # "ICE released 68,000 criminal aliens", "461 non-criminals"
    if re.search(r"detainee", people or "", _I) and kind not in (*RECORD_TYPES, "deaths_in_custody"):
        # the noun says they were held; a removal verb that governs them says they were removed from there
        removed = kind == "deportations" or _governing_type(own_left, r) == "deportations"
        kind = "deportations" if removed else "detentions"  # "ICE deported 120 detainees from the Tacoma facility"
    if kind is None and re.fullmatch(r"defendants", people or "", _I) and traps.IMMIGRATION_CRIME.search(text):
        kind = "charged"  # "convicted 11 of the 14 defendants of conspiracy to transport ...": all 14 prosecuted
    return kind


def _ranked_place(text: str, n: NumberMention, head: re.Match[str] | None) -> bool:
    """A bare number told as a place's rank in the count before ("Houston led with 318, followed by Atlanta with
    204", "The largest numbers were in Houston, with 318; Atlanta, with 204"): a part of that count, made there."""
    rank = parts.RANKED_PLACE_BEFORE.search(text, 0, n.start) if head is None and not n.percent else None
    return rank is not None and (not rank.group("item") or bool(parts.RANKING.search(text, 0, rank.start())))


def _found_in_load(r: Reading) -> bool:
    """People found in a vehicle's load, told inverted ("Inside the truck were 57 migrants") or found there ("agents
    found 57 migrants inside the truck"), are apprehended (GUIDELINES §2 border_apprehensions: a smuggling load is
    caught at or near the border); the dead found there are no catch. Enforcement named in the sentence, or a noun
    that says the people crossed, tells a load from a bus of tourists."""
    before = parts.QUALIFIER_END.sub("", r.text[r.left_start : r.n.start])
    inverted = actions.LOAD_BEFORE_BE.search(before)
    found = (
        (actions.FOUND_LOAD_BEFORE.search(before) and actions.LOAD_AFTER.match(r.predicate))
        or actions.FOUND_LOAD_AFTER.match(r.predicate)
        # stopped with their hiding place told: "officers stopped 11 people hidden in a tractor-trailer"
        or (actions.STOPPED_LOAD_BEFORE.search(before) and actions.HIDDEN_LOAD_AFTER.match(r.predicate))
    )
    if not (inverted or found) or actions.LOAD_DEAD.search(r.text, r.n.end, r.clause[1]):
        return False
    return bool(
        actions.LOAD_FINDERS.search(r.text) or (r.head is not None and actions.LOAD_MIGRANTS.search(r.head.group(0)))
    )


def _found_in_hideout(r: Reading) -> str | None:
    """People that the Border Patrol found kept in a smugglers' hideout ashore ("agents found 38 migrants inside a
    house", "... 17 people at a suspected stash house") are caught there, as a vehicle's load is: apprehended
    (GUIDELINES §2 border_apprehensions), where the Border Patrol or the border is named. The hideout's people must
    be migrants or the hideout a stash house; the dead found there are no catch. (People other agencies found in a
    house were also read as arrests: one more unmatched count on a neutral judge, so they keep their own reading.)"""
    before = parts.QUALIFIER_END.sub("", r.text[r.left_start : r.n.start])
    found = (
        actions.FOUND_LOAD_BEFORE.search(before) and actions.HIDEOUT_AFTER.match(r.predicate)
    ) or actions.FOUND_HIDEOUT_AFTER.match(r.predicate)
    if not found or actions.LOAD_DEAD.search(r.text, r.n.end, r.clause[1]):
        return None
    migrants = r.head is not None and actions.LOAD_MIGRANTS.search(r.head.group(0))
    if not (migrants or actions.STASH_HOUSE.search(found.group(0))) or not actions.HIDEOUT_FINDERS.search(r.text):
        return None
    border = r.border or re.search(r"\bBorder\s+Patrol\b|\bCBP\b", r.text)
    return "border_apprehensions" if border else None


def _governing_type(own_left: str, r: Reading) -> str | None:
    """The action type of the verb (or prosecution noun) right before the number, if one governs it: "deported",
    "have apprehended", "filed charges against"; None for a record word or no verb there."""
    # (the passive for a whole only: a part's "charges were filed against 12 of them" is typed as a part)
    passive = (
        r.head is None or not (r.head.group("of") or re.match(r"\W*of\b", r.head.group(0)))
    ) and vocabulary.PROSECUTED_AGAINST_PASSIVE.search(r.text, r.clause[0], r.n.start)
    prosecution = traps.PROSECUTION.search(r.text) or (
        passive and frames.CRIMINAL_COMPLAINT.search(r.text, r.clause[0], r.n.start)
    )
    if (vocabulary.PROSECUTED_AGAINST.search(own_left) or passive) and prosecution:
        return "charged"  # "filed charges against 14 people", "Criminal complaints were filed against 63 people"
    if not traps.GOVERNING_VERB.search(parts.QUALIFIER_END.sub("", own_left)):
        return None
    kind = cue_type(own_left, r.border, r.custody)
    if kind == "detentions" and traps.DETAINED_JUST_BEFORE.search(own_left):
        kind = "arrests"  # "officers detained two brothers": an arrest, not a headcount
    if kind is None and traps.REMOVED_BEFORE.search(own_left):
        kind = "deportations"  # "the agency removed 300 people held at Adelanto"
    return None if kind in RECORD_TYPES else kind


def type_untyped(r: Reading, v: Verdict, state: dict) -> None:
    """Step 4, for a number nothing typed: the nearest cue of its clause, then of its sentence, is a guess the
    model weighs (trap "untyped"); a context rule may still type it for sure: the lead of its list, a detention
    site, the count of the sentence before (a series, a level pointed back to), a flight abroad."""
    text, n, head, last = r.text, r.n, r.head, r.last
    own_guess = cue_type(r.window, r.border, r.custody)
    v.kind = own_guess or cue_type(text[r.clause[0] : r.clause[1]], r.border, r.custody)
    v.trap = v.trap or "untyped"
    if v.trap == "untyped" and head is None and not n.percent and traps.HELD_POPULATION_OF_BEFORE.search(r.left):
        v.kind, v.trap = "detentions", None  # "ended the year with a detained population of 38,000": people held
    if (
        v.trap == "untyped"
        and (head is None or head.group("people"))
        and not n.percent
        and traps.ARRIVED_AFTER_OWN_REMOVAL.search(text, n.end, r.pred_end)
    ):
        v.kind, v.trap = "deportations", None  # "86 men arrived in Phnom Penh after their deportation": removed
    people = head is not None and head.group("people")
    after_count = last is not None and last.sentence is state.get("sentence_before")
    if (
        v.kind is None
        and state.get("list_lead")
        and v.trap == "untyped"
        and (head is None or people)
        and len(re.findall(r"[^\s|]+", text)) <= vocabulary.LIST_ITEM_WORDS  # a table's cell bars are no words
    ):
        # an item of a list or a row of a table whose lead names what is counted: "ICE arrests by city:" then
        # "- Chicago: 1,100"
        lead_text = state["list_lead"]
        noun = re.search(rf"\b(?P<noun>{vocabulary.EVENTS})\b", lead_text, _I)
        # (a lead that names custody is the items' custody: "Deaths in ICE custody by year:" counts deaths there)
        lead_custody = r.custody or bool(vocabulary.CUSTODY.search(lead_text))
        v.kind = cue_type(lead_text, r.border, lead_custody) or (
            vocabulary.EVENT_TYPES.get(noun.group("noun").lower()) if noun else None
        )
        v.trap = None if v.kind else v.trap
    if (
        v.trap == "untyped"
        and head is None
        and not n.percent
        and parts.OPENING_BARE_WHOLE.fullmatch(text, 0, n.start)
        and vocabulary.ACTION_PARTICIPLE.match(text[n.end :])
        and (opened := cue_type(re.split(r"[,;]", text[n.end :], maxsplit=1)[0], r.border, r.custody))
        in ACTIONS_OF_WHOLE
    ):
        v.kind, v.trap = opened, None  # "Of the 412 taken into custody in Denver, 97 had convictions": the whole's
    lead = _inline_list_lead(r)
    if v.trap == "untyped" and head is None and not n.percent and lead is not None:
        # an item of a list run inside its sentence counts what the lead before the colon names: "The largest
        # detention centers held these populations: Adelanto, 1,940; Stewart, 1,850" (its own guess, the name's
        # words, is not what it counts)
        v.kind = cue_type(lead, r.border, r.custody or bool(vocabulary.CUSTODY.search(lead)))
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
        and (whole := cue_type(text[r.clause[0] : listed.start()], r.border, r.custody))
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
        and (whole := cue_type(vague.group("verb") or vague.group("passive"), r.border, r.custody))
    ):
        # a part of a group counted only in words, taken by the group's own verb: "ICE arrested hundreds of
        # workers, including 40 women", "Hundreds of people were arrested, including 75 in Durham"
        v.kind, v.trap = whole, None
    if own_guess is None and v.trap == "untyped" and people and vocabulary.HELD_AT.search(r.window):
        # "1,300 children have remained at the Tornillo camp", "process 47,000 children at the Nogales center"
        # (a guess from elsewhere in the clause is not the number's own: "There are 1,100 people in that facility,
        # and they have one doctor, he said after touring the detention center")
        v.kind, v.trap = "detentions", None
    rate = state.get("rate")
    if (
        v.trap == "untyped"
        and not n.percent
        and rate is not None
        and rate.sentence is r.s
        and rate.unit == "people"
        and (between := frames.TOTAL_AFTER_RATE_BETWEEN.fullmatch(text, rate.number.end, n.start))
        and (
            re.search(r"total\s+of|\b(?:high|peak)\s+of", between.group(), _I)
            or frames.TOTAL_AFTER_RATE_END.match(text, n.end)
        )
    ):
        # a total told after a rate: "ICE averaged 1,000 arrests a day, a total of about 150,000", "40 a day,
        # about 600 in all" (the rate is no count; what it adds up to is one of its kind), and the busiest of the days
        # it averages: "averaged 148 a day, with a single-day high of 279" (the people caught that day)
        v.kind, v.trap = rate.type, None
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
        v.kind = cue_type(asked.group("asked"), r.border, r.custody)
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


def _inline_list_lead(r: Reading) -> str | None:
    """The lead of the list run inside the sentence whose item the number ends, or None: the words before the
    sentence's first colon, when the items after it are set apart by semicolons, the number's item is a name and
    the number only (`frames.inline_item_opening`), and the lead counts no things
    (`frames.INLINE_LEAD_THINGS`)."""
    text, n = r.text, r.n
    colon = text.find(":")
    if colon < 0 or colon > n.start:
        return None
    if frames.inline_item_opening(text, n.start, n.end) is None:
        # a bare name and its number, items set apart by commas or semicolons ("Arrests by state: Illinois 212,
        # Indiana 58"): every item after the colon up to this one is one too
        opened = max(text.rfind(";", 0, n.start), text.rfind(":", 0, n.start), text.rfind(",", 0, n.start))
        if not (
            frames.INLINE_BARE_ITEM_NAME.fullmatch(text, opened + 1, n.start)
            and frames.INLINE_BARE_ITEM_END.match(text, n.end)
        ):
            return None
    lead = text[:colon]
    return None if frames.INLINE_LEAD_THINGS.search(lead) else lead


def _taken_up_next(r: Reading, noun: str, after: Sentence | None) -> str | None:
    """What the next sentence of the paragraph says was done to people counted with no action of their own,
    pointing back at them ("Officers found 22 workers in a warehouse. The workers were taken into ICE custody."):
    their custody, removal or charge. Another subject ("The driver was handed over") says nothing of them."""
    if after is None or after.paragraph != r.s.paragraph:
        return None
    taken = frames.TAKEN_UP_NEXT.match(after.rule_text)
    if taken is None or (taken.group("noun") and taken.group("noun").lower() != noun.lower()):
        return None
    # "They were taken into Border Patrol custody": the custody named sets them at the border
    border = r.border or bool(vocabulary.STRONG_BORDER.search(border_talk(taken.group("predicate"))))
    kind = cue_type(taken.group("predicate"), border, r.custody)
    return kind if kind in (*ACTIONS_OF_WHOLE, "charged") else None


def _own_clause(r: Reading) -> str:
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


def _part_held_for_agents(r: Reading) -> bool:
    """The number is a part ("29 of them") of people an immigration agency took, counted just before ("ICE arrested
    45 people"): held at a jail, they are held for that agency, not the jail's own inmates. So is the rest of that
    group ("29 others remain detained at the county jail", "the remaining 12"), when the whole's sentence or the
    number's own names immigration ("..., which holds immigration detainees under contract")."""
    whole = r.previous or r.last
    if whole is None or whole.type not in {"arrests", "border_apprehensions", "detentions"}:
        return False
    if parts.OF_THEM.match(r.text, r.n.end):
        return bool(traps.IMMIGRANT_HELD.search(whole.sentence.rule_text))
    rest = parts.REST_OF_GROUP_AFTER.match(r.text, r.n.end) or parts.REST_OF_GROUP_BEFORE.search(
        r.text, r.left_start, r.n.start
    )
    return bool(
        rest and (traps.IMMIGRANT_HELD.search(whole.sentence.rule_text) or traps.IMMIGRANT_HELD.search(r.s.rule_text))
    )


def _jail_headcount(r: Reading) -> bool:
    """Whether a jail or prison holds the number as its own headcount ("The Union County jail holds about 1,200
    inmates, and ICE rents 80 beds there"; "Deputies held 14,000 inmates in the county jails", the jail named after
    them): no immigration word in the number's subject and verb nor in its own noun
    phrase, up to a coordinated clause or a part that follows ("and ICE rents ...", "including 150 held for ICE" are
    another count's words). "almost all of them immigrants" or "which has a contract with ICE" keep it detention."""
    own_after = detention.NEXT_CLAUSE_OR_PART.split(r.text[r.n.end : r.pred_end], maxsplit=1)[0]
    jail_named_after = detention.HOLDS_JUST_BEFORE.search(
        r.text, r.clause[0], r.n.start
    ) and detention.JAIL_AFTER_HELD.match(own_after)
    if not detention.JAIL_HOLDS_BEFORE.search(r.text, r.clause[0], r.n.start) and not jail_named_after:
        return False
    return bool(
        traps.JAIL_HEADCOUNT_AFTER.match(own_after)
        and not traps.IMMIGRANT_HELD.search(r.text, r.left_start, r.n.start)
        and not traps.IMMIGRANT_HELD.search(own_after)
    )


def _jail_deaths(text: str) -> bool:
    """Whether deaths the sentence `text` tells are a jail's own, no deaths in immigration custody (GUIDELINES §2
    deaths_in_custody): its people named as inmates, prisoners or citizens with no custody or immigration word
    ("Three inmates died in the county jail"), or a jail or prison named with no immigration hold ("There were 88
    overdose deaths in the county jail"; custody alone is the jail's: "died in custody at the city jail"). A hold the
    sentence denies ("..., none involving immigration holds") is no immigration hold."""
    text = deaths.DENIED_HOLD_TAIL.sub("", text)  # "..., none involving immigration holds": the hold is denied
    return bool(
        (deaths.JAIL_DEATH.search(text) and not deaths.IMMIGRATION_HELD.search(text))
        or (deaths.JAIL_NAMED.search(text) and not deaths.HELD_FOR_IMMIGRATION.search(text))
    )


def _part_holding_orders(r: Reading) -> bool:
    """The number is a list item or a coordinated group of an action's count just before it, and its only prospect
    is a removal order its people hold ("arrested 52 people, including 19 with final orders of removal", "17
    fugitives with final orders of removal and 23 gang members"): the order tells who they are, the whole's action
    what was done to them. A prospect said of them ("and 12 migrants face deportation") stays a plan."""
    previous = r.previous
    if previous is None or previous.type not in ACTIONS_OF_WHOLE or previous.trap is not None:
        return False
    between = r.text[previous.number.end : r.n.start]
    part = r.sub or bool(frames.COORDINATED_AFTER_MODIFIER.fullmatch(between))
    return part and not traps.PROSPECT.search(frames.HOLDING_REMOVAL_ORDER.sub(" ", r.window))


def _border_tally_continued(r: Reading) -> bool:
    """Whether the number is the border's tally told on in the next paragraph ("Border Patrol agents arrested 7,990
    migrants in November. / The figure was below the 15,766 arrests recorded in April 2017"): a bare event noun
    (arrests, apprehensions) with no agency, police or setting inside the country in its sentence, right after a
    paragraph whose last count was a border apprehension, counts the same border (GUIDELINES §2
    border_apprehensions: people apprehended at or near the border)."""
    last = r.last
    return (
        last is not None
        and (
            (last.type == "border_apprehensions" and 0 <= r.s.paragraph - last.sentence.paragraph <= 1)
            or _border_tally_past_interior_aside(r)
        )
        and bool(_BARE_TALLY_NOUN.search(r.text))
        and not traps.INTERIOR.search(r.text)
        and not geography.INTERIOR_AGENCY.search(r.text)
        and not geography.INTERIOR_SCOPE.search(r.text)
        and not traps.POLICE.search(r.text)
        and not vocabulary.FOREIGN_AGENCY.search(r.text)
    )


def _border_tally_past_interior_aside(r: Reading) -> bool:
    """Whether the border's tally is told on two paragraphs after its count, over a paragraph of its own that counted
    the interior ("Agents apprehended 2.2 million migrants at the border in fiscal 2022. / ICE officers arrested
    142,000 people in the interior. / Apprehensions had topped 2.1 million by August"): the bare noun is the border's
    "apprehensions" (not "arrests", the aside's own word) and the aside names its interior agency or scope."""
    last, border = r.last, r.last_border
    if last is None or border is None or last.type == "border_apprehensions":
        return False
    aside = last.sentence.text
    return (
        r.s.paragraph - border.sentence.paragraph == 2
        and last.sentence.paragraph == r.s.paragraph - 1
        and bool(_BORDER_TALLY_NOUN.search(r.text))
        and bool(
            traps.INTERIOR.search(aside)
            or geography.INTERIOR_AGENCY.search(aside)
            or geography.INTERIOR_SCOPE.search(aside)
        )
    )


#: A part pointing back at arrests counted before by their own word: "22 of the arrests", "nine of those arrested",
#: "40 of the people arrested" (not "40 of them", whose own verb may set them elsewhere).
_POINTS_BACK_PART = re.compile(
    r"\s*(?:out\s+)?of\s+(?:the|those|these)\s+(?:(?:people|immigrants|migrants|\w+)\s+)?(?:arrests|arrested)\b",
    re.IGNORECASE,
)


def _part_of_interior_arrests(r: Reading, clause: str) -> bool:
    """Whether the number is a part named by its whole's own word ("22 of the arrests") of the story's last count,
    arrests told in its own paragraph or the one before, with no Border Patrol or CBP of its own: a part keeps its
    whole's action."""
    last = r.last
    return (
        last is not None
        and last.type == "arrests"
        and 0 <= r.s.paragraph - last.sentence.paragraph <= 1
        and r.n.value < last.number.value
        and bool(_POINTS_BACK_PART.match(r.text, r.n.end))
        and not geography.BORDER_AGENCY.search(clause)
    )


#: A prosecution denied in the count's own predicate: "were not charged", "have never been prosecuted".
_CHARGE_DENIED = re.compile(
    r"\b(?:were|was|are|is|have|has|had)\s+(?:not|never)\s+(?:been\s+|yet\s+been\s+)?(?:charged|prosecuted|indicted)\b",
    re.IGNORECASE,
)
_CHARGE_DONE = re.compile(r"\b(?:charged|prosecuted|indicted)\b", re.IGNORECASE)


def _charge_denied(r: Reading) -> bool:
    """Whether the count's own predicate denies the prosecution and names none of its own ("31 were apprehended;
    five were minors and were not charged"): no one counted was charged (GUIDELINES §2 charged)."""
    said = r.text[r.n.end : r.pred_end]
    return bool(_CHARGE_DENIED.search(said)) and not _CHARGE_DONE.search(_CHARGE_DENIED.sub(" ", said))


#: The border's own tally noun: "apprehensions" (Border Patrol's word; ICE's tallies are "arrests").
_BORDER_TALLY_NOUN = re.compile(r"\bapprehensions\b", re.IGNORECASE)
#: The tally's own noun: "arrests", "apprehensions" (an agency's or a setting's words are read apart).
_BARE_TALLY_NOUN = re.compile(r"\b(?:arrests|apprehensions)\b", re.IGNORECASE)


def referred_for_prosecution(r: Reading) -> bool:
    """People referred or presented for prosecution of an immigration crime (round 25's convention, GUIDELINES §2
    charged: a prosecution begun): the referral predicate done to the people counted, passive in their own
    predicate ("48 were presented for prosecution for illegal entry") or active right before the number ("agents
    referred 31 men to the U.S. Attorney's Office for prosecution"), with the prosecution as its complement (not a
    lawyer, an immigration court or social services) and an immigration crime named in the sentence (a referral
    over trespass or rioting is none)."""
    if r.n.percent or (r.head is not None and not r.head.group("people")):
        return False
    text, n = r.text, r.n
    passive = convictions.REFERRED_AFTER.match(text, n.end, r.clause[1])
    active = convictions.REFERRAL_VERB_BEFORE.search(text[r.left_start : n.start]) and (
        convictions.REFERRED_COMPLEMENT_AFTER.match(text, n.end, r.clause[1])
    )
    return bool(passive or active) and bool(
        traps.IMMIGRATION_CRIME.search(text) or convictions.REENTRY_AFTER_REMOVAL.search(text)
    )


def handed_to_immigration(r: Reading) -> bool:
    """People a jail, prison or police hand over, transfer, release or return to immigration custody (round 24's
    convention from the work gold's "24 of them were returned to ICE custody": GUIDELINES §2 detentions, people
    held by ICE, not arrests): the handover verb before the number and ICE as recipient after its noun ("turned 38
    inmates over to ICE", "transferred 52 inmates into ICE custody"), the passive in its predicate ("17 of those
    arrested were released to ICE"), a fact box's row label ("Turned over to ICE: 640"), or ICE taking custody of
    them from the giver ("took custody of 27 noncitizens from the county jail"). Only people are handed over:
    records, pages or drugs handed to ICE are no count."""
    if r.border or r.n.percent:
        return False
    people = r.head is not None and bool(r.head.group("people"))
    if r.head is not None and not people:
        return False  # "turned over 3,400 booking records to ICE"
    text, n = r.text, r.n
    own_left = text[r.left_start : n.start]
    held = r.head is not None and detention.HELD_NOUN.search(r.head.group(0))
    if held and detention.HANDED_OVER_BEFORE.search(own_left) and detention.TO_IMMIGRATION_AFTER.match(text, n.end):
        return True  # other people ("handed 12 people over") stay as before: typed so, two judges got a wrong count
    if detention.CUSTODY_TAKEN_BEFORE.search(own_left) and detention.FROM_JAIL_AFTER.match(text, n.end):
        return True
    if detention.HANDED_OVER_PASSIVE_AFTER.match(text, n.end, r.pred_end):
        return True
    return r.head is None and bool(detention.HANDED_OVER_LABEL.search(text, 0, n.start))


def correct_type(r: Reading, v: Verdict) -> None:
    """Step 5: rules that correct a type whatever step gave it: detainers lodged on people, convictions in the
    story's own prosecution, people detained by agents (arrests) or on arrival (detentions), people taken and held
    now (detentions), deaths on the way."""
    window = r.window
    if (
        v.kind == "deportations"
        and r.head is not None
        and r.head.group("people")
        and (traps.AVERTED.search(window) or traps.RELIEF_FROM_REMOVAL.search(window))
        and traps.HELD_AFTER_NOUN.match(r.text, r.n.end + r.head_end)
    ):
        v.kind = "detentions"  # "blocked the deportation of 19 men held at the jail": not removed, held
    if v.kind in ("arrests", "detentions") and traps.REMOVAL_FLIGHT_CARRYING.search(r.text, 0, r.n.start):
        v.kind = "deportations"  # "A deportation flight carrying 88 Brazilians landed ...": its passengers, removed
    if (
        v.kind == "deportations"
        and traps.PORT_OF_ENTRY.search(r.text)
        and traps.TURNED_BACK.search(r.text, r.clause[0], r.pred_end)
        and not vocabulary.CUES["deportations"].search(traps.TURNED_BACK.sub(" ", r.window))
    ):
        v.kind = "border_apprehensions"  # "officers at the San Ysidro Port of Entry turned back 610 people": refused
    if traps.DETAINERS_ON.search(r.left):
        # "lodged detainers on 45 of those arrested": one request each; "on 45 percent of the inmates": a share
        v.kind, v.unit = "detainers", "percent" if r.n.percent else "requests"
    elif (
        v.kind == "detainers"
        and r.head is not None
        and r.head.group("people")
        and not detention.REFUSED_TO_HOLD_BEFORE.search(r.left)  # "declined to hold 64 people on detainers": requests
        and (
            vocabulary.HELD_ON_DETAINER.search(window)
            or (
                vocabulary.JAIL_BOOKED_BEFORE.search(r.left)
                and vocabulary.ON_HOLD_AFTER.search(r.text, r.n.end + r.head_end, r.pred_end)
            )
        )
    ):
        # "the jail was holding 35 people on ICE detainers", "booked 37 people into the jail on immigration holds":
        # people held, not the requests
        v.kind = "detentions"
    elif (
        v.kind == "detentions"
        and detention.REFUSED_TO_HOLD_BEFORE.search(r.left)
        and detention.FOR_IMMIGRATION.search(window)
    ):
        # "deputies declined to hold 64 people on ICE detainers": nobody held, a request declined for each
        v.kind, v.unit = "detainers", "percent" if r.n.percent else "requests"
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
        and (whole := r.previous or r.whole_before) is not None
        and whole.type == "charged"
        and convictions.CONVICTED_BARE.search(window)
        and not convictions.RECORD_CONVICTION.search(window)
    ):
        # "Of the 60 defendants charged, 42 were convicted": the verdict of the defendants' trial; so in the sentence
        # right after the charges ("Prosecutors indicted 22 people. Fifteen have been convicted.")
        v.kind = "charged"
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
        v.kind = "no_criminal_record" if negated else record_kind(nominal.group("np"))
    clause = _own_clause(r)
    if (
        v.kind == "border_apprehensions"
        and (
            traps.INTERIOR.search(clause)
            or geography.INTERIOR_AGENCY.search(clause)
            or geography.INTERIOR_SCOPE.search(clause)
        )
        and not vocabulary.BORDER.search(past_at_border(border_talk(clause)))
    ):
        # "In the interior, ICE made 12,000 arrests, while Border Patrol apprehended 45,000 at the border", "ICE
        # arrested 300 people, and Border Patrol agents detained 40 of them": the border is the other clause's; ICE's
        # own clause is inside the country (GUIDELINES §2 arrests)
        v.kind = "arrests"
    if (
        v.kind == "border_apprehensions"
        and any(force.search(r.text, r.clause[0], r.n.start) for force in geography.NON_BORDER_FORCE_ARRESTED)
        and not geography.BORDER_AGENCY.search(clause)
    ):
        # the force's own arrests: "ICE officers arrested 27 people in Brownsville ... near the border", "state
        # troopers have arrested 46,000 people under the border mission"
        v.kind = "arrests"
    if v.kind == "border_apprehensions" and _part_of_interior_arrests(r, clause):
        # "ICE arrested 130 people in San Antonio, Austin and Laredo. / Laredo, on the border with Mexico, accounted for
        # 22 of the arrests": a part pointing back at ICE's arrests is some of them, made where they were (GUIDELINES
        # §2 arrests), whatever border its town lies on
        v.kind = "arrests"
    if v.kind == "charged" and convictions.RECORD_CHARGES.search(window) and not traps.IMMIGRATION_CRIME.search(clause):
        v.kind = "convictions"  # "45 of those arrested had been charged with crimes": a record they had, no prosecution
    if (
        v.kind == "charged"
        and (traps.OTHER_CRIME_CHARGE.search(window) or traps.CHARGED_OVER_PROTEST.search(window))
        and not traps.IMMIGRATION_CRIME.search(r.text, r.clause[0], r.clause[1])
    ):
        v.trap = v.trap or "other_crime"  # "charged 25 people with assaulting officers": no immigration crime
    if convictions.DROPPED_CHARGE_BEFORE.search(r.text, r.left_start, r.n.start):
        v.trap = v.trap or "averted"  # "Charges were dropped against 11 of the 40 men arrested": nobody prosecuted
    if v.kind == "charged" and _charge_denied(r):
        v.trap = v.trap or "averted"  # "five were minors and were not charged": nobody prosecuted
    if v.kind in ("deportations", "arrests", "detentions") and traps.PROSPECT.search(window):
        done = cue_type(traps.PROSPECT.sub(" ", window), r.border, r.custody)
        if done is None and traps.HELD_PREDICATE.search(r.predicate):
            done = "detentions"  # "Another 12 are held at the county jail, awaiting removal": held, not yet removed
        if _part_holding_orders(r):
            # "arrested 52, including 19 with final orders of removal": the order is who they are
            v.kind, v.trap = r.previous.type, None if v.trap == "untyped" else v.trap
        elif v.kind == "deportations" and done in ACTIONS_OF_WHOLE and done != "deportations":
            v.kind = done  # "12 men were arrested in Dallas and await deportation": the arrest was done, not a removal
        elif done is None or done in RECORD_TYPES:
            v.trap = v.trap or "plan"  # "1,400 Iraqis face deportation": a prospect, no removal yet
        elif traps.PROSPECT.search(r.predicate) and (
            governing := _governing_type(traps.RELATIVE_OPENER.split(r.left)[-1], r)
        ):
            v.kind = governing  # "agents arrested 45 people who now face deportation": the arrest is what was done
    if v.trap == "population" and traps.HELD_POPULATION.search(window) and detention.DETENTION_SETTING.search(window):
        # "The facility had an average daily population of 1,712": people held, not a town's residents; a held
        # population aimed at ("wants to reach a detention population of 80,000") is a plan
        v.trap = "plan" if traps.AIMED_LEVEL_BEFORE.search(r.text, 0, r.n.start) else None
    if v.kind == "arrests" and not r.border and traps.HELD_POPULATION.search(r.text, r.clause[0], r.clause[1]):
        v.kind = "detentions"  # "ICE detained 39,000 people on an average day": a custody population, not arrests
    if (
        v.kind == "arrests"
        and not r.border
        and traps.DETAINED_JUST_BEFORE.search(traps.TRAP_QUALIFIER.sub("", r.text[r.left_start : r.n.start]))
        and traps.AS_OF_DATE.search(r.text, r.n.end, r.pred_end)
    ):
        v.kind = "detentions"  # "ICE detained 61,226 people as of Sunday": the people held on a date, not arrests
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
        v.kind = "arrests"  # "ICE took custody of 41 inmates": taken by ICE, not a headcount
    if handed_to_immigration(r):
        v.kind = "detentions"  # "the jail turned 38 inmates over to ICE", "ICE took custody of 27 from the jail"
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
    if v.kind == "arrests" and _border_tally_continued(r):
        v.kind = "border_apprehensions"  # "... below the 15,766 arrests recorded in April 2017" after a border tally
    v.unit = vocabulary.UNITS.get(v.kind, v.unit) if v.unit != "percent" else v.unit
