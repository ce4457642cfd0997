"""Whether a number is no count: the GUIDELINES §2 rules that set a number aside (a change, a rate, a plan, a
population, a thing counted; an action not taken, imagined or asked about; a crime's victims, a listed
person's age, people supervised instead of held), each giving its name as the candidate's `trap`. A trap is a
feature the count model weighs, not a verdict. Apart from the typing: a rule that rejects a number is found
here, with the others, and no type depends on one.
"""

from __future__ import annotations

import re

from tasks.analysis.count_lexicon import actions, convictions, deaths, detention, parts, traps, vocabulary
from tasks.analysis.count_reading import ACTIONS_OF_WHOLE, RECORD_TYPES, Reading, cue_type, record_kind
from tasks.analysis.count_record import Count, Verdict
from tasks.analysis.numbers import NumberMention
from tasks.analysis.places import normalize_place

_I = re.IGNORECASE


def word_trap(s: str, n: NumberMention, window: str, head: re.Match[str] | None) -> str | None:
    """The GUIDELINES §2 rule by which number `n` is not a count ("change", "rate", "capacity" ...), or
    None; `window` is the number's own part of the clause (from the previous count to the end of its
    predicate). A trap is a feature of the candidate, not a verdict: the count model weighs it.

    Runs before typing, on the words around the number alone: a new trap that needs no type belongs here (or in
    `no_action_trap` when it asks who acted); one that needs the type (`v.kind`) belongs in `not_counted`."""
    before = s[max(0, n.start - 40) : n.start]
    before_q = traps.TRAP_QUALIFIER.sub("", before)
    after = s[n.end : n.end + 60]
    if n.value < 2 and not n.percent:
        return "single"  # "one man", "a father": single people are cases, not counts
    if traps.SIGNED_BEFORE.search(s, max(0, n.start - 2), n.start):
        return "change"  # "Arrests: +18%": the signed number is a change
    if head is None and traps.ONE_OF_THINGS_BEFORE.search(s, max(0, n.start - 80), n.start):
        return "thing"  # "The deportation flight, one of 1,500 this year, ...": the flights are counted, not people
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
    if n.percent and traps.CHANGE_RESTATED_BEFORE.search(s, max(0, n.start - 120), n.start):
        return "change"  # "an increase of 2,834 arrests, or 205 percent": the change restated as a share of its base
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
    if traps.OFFICERS_ASSAULTED_AFTER.match(s, n.end):
        return None  # "11 officers were assaulted": the assaults (GUIDELINES §2), not the agency's staff or a protest
    if traps.VICTIMS_BEFORE.search(before_q):
        return "victims"
    if traps.AIDED_BEFORE.search(before_q):
        return "aided"  # "volunteers reunited 45 children with relatives": helped, not touched by enforcement
    if traps.AFFECTED_BEFORE.search(before_q):
        return "population"  # "the rule could affect as many as 400,000 people": touched by a policy, not an action
    if traps.RETRACTED_BEFORE.search(s, 0, n.start):
        return "retracted"  # "the number of people arrested, which was 47, not 74": taken back by a correction
    if traps.DENIED_BEFORE.search(s, 0, n.start):
        return "retracted"  # "ICE denied reports that agents had arrested 40 students": denied, not stated
    if traps.FLOW_AVERAGED_BEFORE.search(s, 0, n.start):
        return "rate"  # "weekly arrests average about 1,100": the averaged rates `AVERAGED_BEFORE` above leaves
    if traps.AVERAGE_LEVEL_BEFORE.search(before_q) and not traps.HELD_AVERAGED.search(s, 0, n.start):
        return "rate"  # "The daily average was about 303": an average told as a level, not a count
    if traps.THRESHOLD_BEFORE.search(s, 0, n.start):
        return "change"  # "the sixth straight month under 10,000": the mark a level is compared with
    if traps.SMUGGLED_BEFORE.search(before_q):
        return "smuggled"
    share = traps.SHARE_COPULA.match(s, n.end) or (traps.SHARE_INFINITIVE.match(s, n.end) if n.percent else None)
    if (
        share
        and not cue_type(share.group("comp"), False, True)
        and not record_kind(share.group("comp"))
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
    if traps.FORECAST_BEFORE.search(before_q):
        return "plan"  # "projects it will pass 400,000 removals": a forecast level, not a count
    if traps.PLANNED_FOR_BEFORE.search(before):
        return "plan"  # "had planned for as many as 150 arrests": the number the plan named
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
    # people an arrest verb takes at a shelter ("agents arrested 21 people at a shelter") are arrested there: the
    # shelter is the scene, not where HHS houses them
    taken_at = traps.ARRESTED_JUST_BEFORE.search(traps.TRAP_QUALIFIER.sub("", before))
    if traps.SHELTER.search(window) and not traps.CALLED_DETAINED.search(near) and not removed and not taken_at:
        return "shelter"  # children HHS houses are detentions only where called detained (GUIDELINES §2)
    if n.percent and (traps.POLL_OR_RATE.search(window) or traps.OPINION_AFTER.match(s, n.end)):
        return "poll"
    if (
        traps.POPULATION.search(window)
        and not re.search(r"detain|custody|held|arrest|deport", traps.ELIGIBLE_FOR_HANDOVER.sub(" ", window), _I)
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
    held_named = (
        head is not None and head.group("people") and traps.HELD_AFTER_NOUN.match(after, head.end())
    )  # "blocked the deportation of 19 men held at the jail": the removal averted, the men held
    if (traps.AVERTED.search(window) or traps.RELIEF_FROM_REMOVAL.search(window)) and not held_named:
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
    if head is not None and head.group("people") and traps.KIN_TOUCHED_AFTER.match(s, n.end + head.end()):
        return "population"  # "4,000 children have a parent in detention": the parent was touched, not the children
    if traps.EMPLOYED_BEFORE.search(before_q):
        return "population"  # "the plant employs about 3,000 people": a workforce, not people an action touched
    if not n.percent and traps.MEMBERS_BEFORE.search(before_q):
        return "population"  # "the union represents 60,000 workers": a membership, not people an action touched
    if traps.TARGET_BEFORE.search(before_q):
        return "target"  # "targeting two convicted sex offenders": sought, not touched
    if traps.WARRANT_FOR_BEFORE.search(before_q):
        return "target"  # "issued arrest warrants for 15 people": sought, not touched
    if traps.CARAVAN_OF_BEFORE.search(before_q) and not traps.ACTED_ON.search(window):
        return "population"  # "a caravan of about 1,500 migrants left Tapachula": on the move, none touched
    if traps.RESTATED_FIGURE_BEFORE.search(before_q) and traps.RESTATED_FIGURE_AFTER.match(after):
        return "retracted"  # "That 310,000 figure includes gang members": the count before, restated, not a new one
    if n.value >= 1_000_000 and head is not None and head.group("people") and not traps.ACTED_ON.search(window):
        return "population"  # "11 million undocumented immigrants": a population, unless an action touched them
    if head is not None and head.group("thing"):
        return "thing"
    person = head.group("people") if head is not None else None
    if person and not person.endswith("s") and traps.PERSON_UNIT_AFTER.match(s, n.end + head.end()):
        return "thing"  # "27,400 detainee days", "900 man-hours": time measured in people, not people
    requests = head is not None and re.fullmatch(r"requests", head.group("event") or "", _I)
    if requests and head.group("mods").strip() and not traps.DETAINER_REQUEST_WORDS.search(head.group("mods")):
        return "thing"  # "37 sick-call requests went unanswered": requests named of another kind than detainers
    if traps.CONVEYANCE_COMPLEMENT_AFTER.match(after) or traps.GAPPED_CONVEYANCE_BEFORE.search(s, 0, n.start):
        return "thing"  # "Of those, 214 were removal flights", "40 flights to Honduras, Guatemala 38": flights
    if traps.EXPOSED_BEFORE.search(before) and traps.TO_REMOVAL_AFTER.match(after):
        return "plan"  # "The ruling exposes 12,000 people to deportation": a prospect, no removal
    if traps.WAITING_AFTER.match(after) and not traps.HELD_WHILE_WAITING.search(window):
        return "population"  # "1,300 more were waiting in Ciudad Juarez": people placed, no action on them
    if traps.SELF_DEPORTED_AFTER.match(after):
        return "population"  # "1.6 million have self-deported": people who left, no action touched them
    return None


#: Traps that reject a group of people as untouched by any action (planned, targeted, supposed, let go or only
#: living somewhere), unlike traps of things, durations or restated figures: a records part listed after such a
#: group counts no one either.
UNTOUCHED_GROUP_TRAPS = frozenset(
    {"plan", "target", "hypothetical", "averted", "population", "capacity", "evaded", "screened", "retracted"}
)


def records_part_of_uncounted(r: Reading, v: Verdict, untouched: Count | None) -> bool:
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


def no_action_trap(r: Reading) -> str | None:
    """The GUIDELINES §2 rule by which a number no enforcement action touched is not a count, for the readings
    `word_trap` lets through: an action only required or funded ("would require ICE to detain 50,000 more") is a plan;
    people police take at a protest ("police arrested 12 people at a protest against ICE") are held for the protest
    (the protest's cause is no immigration purpose of the arrest; people ICE arrests there are arrests);
    people held who were hurt in an attack ("two detainees were wounded") are its victims.

    Runs before typing, right after `word_trap` (which it only reaches when `word_trap` found none), on the reading of
    the number (`Reading`: its actor, its clause after it); it needs no type either."""
    if traps.OBLIGED_ACTION.search(r.text, r.left_start, r.n.start):
        return "plan"
    not_taken = _not_taken(r)
    if not_taken is not None:
        return not_taken
    if _hypothetical(r):
        return "hypothetical"
    if r.head is not None and traps.MODAL_PREDICATE.match(r.predicate):
        return "hypothetical"  # "Not even 20 people should be kept in a room ...": a norm or a prospect, not done
    if _status_or_application(r):
        return "population"  # "5,000 workers are at risk of deportation", "2,400 people applied for the app"
    if traps.GUESS_BEFORE.search(r.text, max(0, r.n.start - 40), r.n.start):
        return "hypothetical"  # "There are probably 20,000 people in ICE jails who ...": a guess, not a figure stated
    if traps.YES_NO_QUESTION_OPEN.search(r.text, 0, r.n.start) and traps.QUESTION_END_AFTER.match(r.text, r.n.end):
        return "question"  # "Will you hit 1 million deportations this year?": asked, not stated
    actor = r.text[r.left_start : r.n.start]  # police who arrest at a protest; ICE arresting there makes arrests
    if (
        traps.AT_PROTEST.match(r.rest)
        and traps.POLICE.search(actor)
        and not traps.IMMIGRATION_ANGLE.search(actor)
        and (traps.TAKEN_IN_BEFORE.search(actor) or _arrests_noun(r))
    ):
        return "protest"
    if traps.KILLED_AFTER.match(r.rest, r.head_end):
        return None  # "were shot dead": no victims count but a death in custody (`killed_in_custody`)
    if traps.HURT_AFTER.match(r.rest, r.head_end):
        return "victims"
    return None


def _status_or_application(r: Reading) -> bool:
    """Whether the counted people's own predicate only says a removal could reach them ("could be subject to
    expedited removal", "are at risk of deportation") or that they applied for something ("have applied for travel
    through the app"): no enforcement action touched them (GUIDELINES §2). Not where the number's own words before
    it or its relative clause tell an action ("ICE arrested 40 people who are subject to final orders", "300
    detainees who were arrested Tuesday are eligible for removal"), nor where the noun itself says they are held
    ("1,200 detainees are at risk of deportation")."""
    if r.head is None or traps.ACTION_WORDS.search(r.text[r.left_start : r.n.start] + " " + r.head.group(0)):
        return False
    status = traps.REMOVAL_STATUS_PREDICATE.match(r.predicate)
    if status is not None:
        return not traps.ACTION_WORDS.search(status.group("own") or "")
    return traps.APPLIED_PREDICATE.match(r.predicate) is not None


def _arrests_noun(r: Reading) -> bool:
    """Whether the number's own counted noun is the arrests themselves ("police reported 9 arrests during a
    demonstration", "made 14 arrests at the rally"): the protest after it is where they were made, as after a verb of
    taking people in."""
    return r.head is not None and re.fullmatch(r"arrests", r.head.group("event") or "", _I) is not None


def _not_taken(r: Reading) -> str | None:
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
    if traps.PROMISED_COORDINATED_ACTION.search(text, 0, start) or traps.CALLED_FOR_LEVEL.search(text, 0, start):
        return "plan"  # "we'll send 2,000 agents and arrest 20,000", "calls for the site to reach 5,000 detainees"
    if traps.AIMED_LEVEL_BEFORE.search(text, 0, start):
        return "plan"  # "hopes to reach a detained population of 100,000": a level aimed at, not one reached
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


def _hypothetical(r: Reading) -> bool:
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
    if traps.GERUND_SUBJECT_BEFORE.search(r.text, 0, r.n.start) and traps.MODAL_PREDICATE_AFTER.match(r.text, r.n.end):
        return True  # "At that rate, removing 1 million people would cost $17 billion": a case weighed
    inverted = traps.INVERTED_CONDITION.match(r.text)
    return bool(inverted and inverted.end() <= r.n.start and "," not in r.text[inverted.end() : r.n.start])


def not_counted(r: Reading, v: Verdict) -> str | None:
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
    if traps.PLACE_POSSESSIVE_BEFORE.search(before) and traps.RESIDENTS_AFTER.match(after):
        return "population"  # "Nebraska's 150,000 immigrants make up much of the workforce"
    if (
        r.n.percent
        and r.previous is None
        and v.kind in ("convictions", "no_criminal_record")
        and traps.RECORD_SHARE_OF_POPULATION.match(after)
    ):
        return "population"  # "3 percent of undocumented adults in the state had a conviction": no action touched them
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
        or (traps.AGE_RELATIVE_BEFORE.search(before) and traps.AGE_RELATIVE_AFTER.match(after))
    ):
        return "age"  # "aged 19 to 58", "children as young as 3", "ages 24, 39 and 57", "the oldest was 71"
    if traps.GROUP_SIZE_BEFORE.search(before):
        return "capacity"  # "moved in groups of up to 12": the size of each group, not a count
    if not r.n.percent and traps.ROAD_LABEL_BEFORE.search(before):
        return "rank"  # "at mile marker 312": a place's label, not a count
    if traps.PER_UNIT_AFTER.match(r.rest, r.head_end):
        return "capacity"  # "12 cells with more than 20 men each": what each unit holds, not a count
    if (
        not r.n.percent
        and traps.OWN_SIZE_BEFORE.search(before)
        and not convictions.ACTED_ON_RELATIVE_AFTER.match(r.rest, r.head_end)
    ):
        return "population"  # "the district, which enrolls 6,400 students": an institution's size, none touched
    if v.kind in ("arrests", "detentions", "deportations", "border_apprehensions") and _foreign_state_action(
        r.text, before
    ):
        return "other_country"  # "By comparison, Germany deported about 20,000 people in 2024": not this story's
    own = r.text[r.n.end : r.pred_end]
    if v.kind == "arrests" and _police_own_arrests(r):
        return "other_crime"  # "Honduran police arrested 60 suspected gang members": ordinary police arrests
    if (
        v.kind in ("arrests", "charged", "detentions")
        and traps.OTHER_OFFENCE_AFTER.match(own)
        and not traps.IMMIGRATION_OFFENCE.search(own)
    ):
        return "other_crime"
    if v.kind in ("arrests", "charged", "detentions") and _other_charge(r):
        return "other_crime"  # "were charged with possession of fentanyl", "held ... on suspicion of drunk driving"
    if v.kind in ("arrests", "border_apprehensions", "detentions", "deportations", "charged") and _died(r):
        return "no_custody"  # "Four people in the fleeing vehicle died at the scene": deaths, not the story's action
    if v.kind in ACTIONS_OF_WHOLE and _in_proceedings(r):
        return "population"  # "9,500 immigrants in the area are in removal proceedings": cases pending, none touched
    if (
        v.kind in ("arrests", "charged")
        and traps.OTHER_OFFENCE_SET_OFF.match(own)
        and not traps.IMMIGRATION_OFFENCE.search(own)
        and not traps.IMMIGRATION_ANGLE.search(r.text)
    ):
        return "other_crime"  # "police made 41 arrests over the weekend, mostly for theft": no immigration angle
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
    if (
        v.kind == "deportations"
        and whole is not None
        and whole.type in ("arrests", "border_apprehensions", "detentions", "charged", "convictions")
        and convictions.PRIOR_REMOVAL_OF_NAMED_PART_AFTER.match(r.text, r.n.end)
    ):
        return "composition"  # "... 44 with convictions. Among them were 12 men who had previously been deported"
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
    if v.kind in ACTIONS_OF_WHOLE and _noun_whole_of_part(r):
        return "partitive_whole"  # "Two of the 14 plaintiffs have since been deported": the 2 were, not the 14
    if v.kind in ACTIONS_OF_WHOLE and _among_whole_untouched(r, before):
        return "population"  # "were among the 86,000 immigrants who have asylum cases pending": a whole no one acted on
    if v.kind in ("arrests", "detentions") and _supervised_not_held(r):
        return "population"  # "180,000 immigrants are enrolled in Alternatives to Detention": watched, not held
    if v.kind == "deaths_in_custody" and deaths.BORDER_TALLY.search(r.text) and not deaths.HELD_OR_TAKEN.search(r.text):
        return "no_custody"  # "Border Patrol figures show that 283 died last year": a toll of crossings, no custody
    return None


def _foreign_state_action(text: str, before: str) -> bool:
    """Whether, in a sentence that opens as a comparison ("By comparison, ..."), the words right before the number are
    a country other than the United States as the subject of its own verb of removal or arrest ("Germany deported
    about 20,000", "and the United Kingdom returned 8,900"): another state's enforcement set beside the story's, which
    no U.S. agency did (the country checked against the gazetteer, so "Texas deported" or "ICE removed" stay; a story
    that tells Mexico's own removals with no comparison keeps them)."""
    if not traps.COMPARISON_OPEN.search(text):
        return False
    m = traps.FOREIGN_STATE_ACTION_BEFORE.search(before)
    if m is None:
        return False
    place = normalize_place(m.group("name"))
    return place is not None and place.country not in (None, "US", "United States")


def _other_charge(r: Reading) -> bool:
    """Whether the number's clause after it names a charge or suspicion of a crime that is no immigration crime
    ("Five others found at the house were charged with possession of fentanyl", "held two drivers for about three hours
    on suspicion of drunk driving"), with no other number between but a duration: the people are held or charged for
    that crime (GUIDELINES §2)."""
    charge = traps.OTHER_OFFENCE_CHARGE_AFTER.match(r.rest)
    if charge is None:
        return False
    words = traps.DURATION.sub(" ", charge.group())
    return not traps.IMMIGRATION_CHARGE_WORDS.search(r.rest[: charge.end() + 60]) and not traps.ANY_NUMBER.search(words)


def _died(r: Reading) -> bool:
    """Whether the number's own predicate is a death ("Four people in the fleeing vehicle died at the scene") in a
    clause that names no enforcement action (the story's type is only carried to it): a clause that names one ("agents
    apprehended 12 migrants ... two died") is left to the typing, as people held who die are `deaths_in_custody`."""
    died = traps.DIED_PREDICATE.match(r.rest)
    return died is not None and cue_type(r.text[r.clause[0] : r.clause[1]], r.border, False) is None


def _in_proceedings(r: Reading) -> bool:
    """Whether the number's own predicate is a standing in court, "are in removal proceedings", and its words before
    it name no custody nor action ("1,200 detainees are in removal proceedings" are held)."""
    standing = traps.IN_PROCEEDINGS_PREDICATE.match(r.rest)
    if standing is None:
        return False
    words = r.text[r.left_start : r.n.start] + r.rest[: standing.end()]
    return not re.search(r"detain|custody|\bheld\b|jail|arrest|deport|remov(?:ed|al)\b(?!\s+proceedings)", words, _I)


def _police_own_arrests(r: Reading) -> bool:
    """Whether the number is a police force's own arrests with no immigration angle: a police force named before it,
    whose arrest is told between it and the number ("Honduran police arrested 60 suspected gang members") or by the
    number's own noun ("Police made 2,600 arrests for violent crimes"), in a sentence with no word of immigration,
    migrants or the border (GUIDELINES §1: ordinary police arrests). People police only stopped or questioned ("Police
    questioned 30 Dreamers who had been arrested in the raids") were arrested by someone else, if at all."""
    police = traps.POLICE_FORCE.search(r.text, 0, r.n.start)
    if police is None or traps.IMMIGRATION_WORD.search(r.text):
        return False
    return bool(traps.ARREST_WORD.search(r.text, police.end(), r.n.start)) or _arrests_noun(r)


def _noun_whole_of_part(r: Reading) -> bool:
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
    return cue_type(own, r.border, r.custody) is None and record_kind(own) is None


def _among_whole_untouched(r: Reading, before: str) -> bool:
    """Whether the number is the whole a subject is counted among ("many of those picked up were among the roughly
    86,000 immigrants in the region who have asylum cases pending"), told with a noun whose own words (the rest of
    its clause) name no action nor record: the predicate is the subject's, the whole is a population (GUIDELINES §2).
    A whole whose own words name one ("was among the 680 workers arrested", "among the 40 detainees") keeps its
    reading."""
    if r.head is None or r.n.percent or not r.head.group("people") or not parts.AMONG_WHOLE_BEFORE.search(before):
        return False
    return cue_type(r.rest, r.border, r.custody) is None and record_kind(r.rest) is None


def _had_beside_record(r: Reading, v: Verdict) -> bool:
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
        and cue_type(r.predicate, r.border, r.custody) is None
    )


def _crime_victims(r: Reading, v: Verdict, before: str) -> bool:
    """Whether a crime's verb governs the number ("had sexually assaulted 2 children", "robbed three people"): its
    victims, not people an enforcement action touched. Officers assaulted are the `assaults_on_officers` count (a
    number whose own noun names officers or agents is a thing, `vocabulary.THINGS`, trapped before this step)."""
    if v.kind == "assaults_on_officers":
        return False
    return bool(convictions.CRIME_ON_VICTIMS_BEFORE.search(before))


def _age_beside_name(r: Reading, after: str) -> bool:
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


def _supervised_not_held(r: Reading) -> bool:
    """Whether the number's own words (from the count before it to its predicate's end: "held 61,000 and monitored
    180,000") put its people in a programme that supervises them instead of holding them ("enrolled in Alternatives
    to Detention", "wear ankle monitors") and none of them holds, takes in or releases them (the programme's own
    name, "... to Detention", left out)."""
    previous_end = r.previous.number.end if r.previous is not None and r.previous.sentence is r.s else 0
    own = r.text[max(r.left_start, previous_end) : r.pred_end]
    if not detention.SUPERVISED_NOT_HELD.search(own):
        return False
    return not detention.HELD_IN_CLAUSE.search(detention.SUPERVISED_NOT_HELD.sub(" ", own))
