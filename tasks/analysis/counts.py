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

The steps live in modules of their own, in import order (each imports only from those before it):
`count_record.py` (`Count`, `Verdict`), `count_border.py` (at the border or inland), `count_reading.py` (a number's
clause, counted noun phrase, predicate and context: `Reading`), `count_traps.py` (no count: the trap) and
`count_types.py` (which type); this module keeps the driver (`find_counts`) and the per-number pipeline
(`_type_count`).
"""

from __future__ import annotations

import bisect
import re

from tasks.analysis.count_border import (
    border_talk,
    inland_sentences,
    is_inland,
    is_interior_story,
    outside_agents_home,
    points_back,
)
from tasks.analysis.count_lexicon import deaths, detention, frames, geography, traps, vocabulary
from tasks.analysis.count_reading import Reading, cue_type, read_number
from tasks.analysis.count_record import Count, Verdict
from tasks.analysis.count_traps import (
    UNTOUCHED_GROUP_TRAPS,
    no_action_trap,
    not_counted,
    records_part_of_uncounted,
    word_trap,
)
from tasks.analysis.count_types import (
    breakdown_item,
    broken_down,
    correct_type,
    handed_to_immigration,
    held_sent_abroad,
    killed_in_custody,
    referred_for_prosecution,
    restated_part_share,
    restated_share,
    type_by_frame,
    type_by_phrase,
    type_untyped,
)
from tasks.analysis.numbers import NumberMention, find_numbers
from tasks.analysis.sentences import Sentence


def _custody_deaths_before(before: Sentence | None, s: Sentence) -> bool:
    """Whether the sentence before, in the same paragraph, tells of deaths in custody: a bare "19 people have died"
    after it goes on with those deaths (GUIDELINES §2 deaths_in_custody)."""
    return bool(
        before is not None
        and before.paragraph == s.paragraph
        and deaths.DEATHS_IN_CUSTODY_TOLD.search(before.rule_text)
    )


def _type_count(s: Sentence, n: NumberMention, numbers: list[NumberMention], state: dict) -> Count | None:
    """Type one number of a sentence, or None; `state` (built per sentence by `find_counts`) carries what the
    story and the counts before it said: the previous and last counts, the border and custody context, the
    list lead, the foreign places named. This function moves its "consumed" offset; find_counts sets "previous".

    The steps, in order, each filling the `Verdict` only while it has no type:
    `read_number` reads the clause, the counted noun phrase, the governing words and the context once;
    `word_trap`, then `no_action_trap`, choose a trap from the words alone, before any typing;
    `restated_share` types a share told in words and restated in numbers in the next sentence;
    `restated_part_share` types a part's share restated alone in the next sentence ("That is 72 percent.");
    `type_by_frame` types the number by a frame around it (a level, a comparison, the whole of a share);
    `type_by_phrase` by its own words (an event noun, a counted group and its predicate, a label, a verb);
    `broken_down` makes it a part of a group counted before ("Of those, 300 were women");
    a bare number's relative clause types it by its verb (`WHO_DID`: "one of 20 who died in ICE custody");
    `type_untyped` guesses (trap "untyped") or types it by its context, else it is no candidate;
    `breakdown_item` types an untyped item of a breakdown whose lead names the action and no number;
    `correct_type` applies the rules that hold whatever typed it;
    `killed_in_custody` makes people held who were killed deaths in custody;
    `not_counted` chooses a trap that needs the type, where none fired before; `_finish` builds the count."""
    r = read_number(s, n, numbers, state)
    trap = word_trap(r.text, n, r.window, r.head) or no_action_trap(r)
    if trap == "composition" and handed_to_immigration(r):
        trap = None  # "turned over 9 of the men to ICE": a handover done to the part, not what the men are made of
    v = Verdict(unit="percent" if n.percent else "people", trap=trap, sub=r.sub)
    v.kind = restated_share(r, state) or restated_part_share(r, state)
    if v.kind is None:
        type_by_frame(r, v)
    if v.kind is None:
        type_by_phrase(r, v, state)
    if v.kind is None and referred_for_prosecution(r):
        v.kind = "charged"  # "31 were referred to the U.S. Attorney's Office for prosecution for illegal re-entry"
    if v.kind is None and (group := broken_down(r.text, n, r.head, r.predicate, r.previous, r.last)) is not None:
        v.kind, v.sub, v.breakdown_of = group.type, True, group
    if v.kind is None and r.head is None and not r.sub and (who := deaths.WHO_DID.match(r.text, n.end)):
        v.kind = cue_type(who.group(0), r.border, r.custody)  # "one of 20 who died in ICE custody"
    if v.kind is None and handed_to_immigration(r):
        v.kind = "detentions"  # "Greenville police handed five inmates over to federal immigration agents"
    if v.kind is None:
        type_untyped(r, v, state)
        breakdown_item(r, v)
        if v.kind is None:
            return None
    correct_type(r, v)
    held_sent_abroad(r, v, state)
    killed_in_custody(r, v)
    v.trap = v.trap or not_counted(r, v)
    if v.trap is None and records_part_of_uncounted(r, v, state.get("untouched")):
        v.trap = "composition"
    return _finish(r, v, state)


def _finish(r: Reading, v: Verdict, state: dict) -> Count:
    """Step 6: the count, with the whole it is a part of; an accepted count takes its words from what follows."""
    n, head = r.n, r.head
    if v.trap is None:
        state["consumed"] = n.end + (head.end() if head else 0)
    head_kind = next((g for g in ("people", "event", "thing") if head is not None and head.group(g)), "")
    cue = bool(cue_type(r.text[n.end : r.pred_end], r.border, r.custody) or traps.GOVERNING_VERB.search(r.left))
    total = None
    part_of = v.breakdown_of or r.previous
    if v.sub and part_of is not None:
        whole = part_of.total or v.breakdown_of or r.previous
        total = whole if whole.type == v.kind and whole.unit == v.unit and whole.number.value > n.value else None
    return Count(v.kind, v.unit, n, r.s, r.clause, v.sub, v.trap, head_kind, r.border, r.left, cue, total)


def _breakdown_lead(view: str, opens_list: bool, counts: list[Count], before: Sentence | None) -> str | None:
    """A lead line naming no count ("The breakdown by sector:", `frames.BARE_BREAKDOWN_LEAD`) right after a sentence
    that counted an action leads a list of parts of that count: the lead is read with that sentence, whose words type
    its items. Only for a lead `vocabulary.LEAD_NOUN` finds no action in; a lead written in one sentence with its items
    is `breakdown_item`'s."""
    last = next((c for c in reversed(counts) if c.trap is None), None)
    if not (opens_list and frames.BARE_BREAKDOWN_LEAD.search(view)) or last is None or last.sentence is not before:
        return None
    return f"{last.sentence.rule_text} {view}"


def _headline_lead(sentences: list[Sentence], headline: str) -> int | None:
    """The paragraph of the lead a headline sets at the border ("Large groups cross at the border near Del Rio" over
    "Agents apprehended 1,140 people over three days"): a headline naming the border, CBP or the Border Patrol and no
    interior agency or setting; the lead is the text's first paragraph, or its second where the first repeats the
    headline. None for any other headline (GUIDELINES §2 border_apprehensions: at or near the border)."""
    if not headline or not sentences:
        return None
    said = border_talk(headline)
    if not vocabulary.STRONG_BORDER.search(said) or (
        traps.INTERIOR.search(said) or geography.INTERIOR_AGENCY.search(said) or geography.INTERIOR_SCOPE.search(said)
    ):
        return None
    first = sentences[0]
    if first.text.strip().rstrip(".").lower() == headline.strip().rstrip(".").lower():
        return first.paragraph + 1
    return first.paragraph


def find_counts(sentences: list[Sentence], mentions: list | None = None, headline: str = "") -> list[Count]:
    """Typed numbers of every sentence, in order; `mentions` (tasks.analysis.places.find_places of the
    article) tell arrests inside the country from apprehensions at the border; the `headline` sets its lead's bare
    agents at the border where it names the border (`_headline_lead`)."""
    counts: list[Count] = []
    headline_lead = _headline_lead(sentences, headline)
    mentions = outside_agents_home(sentences, mentions or [])
    prev_sentence: Sentence | None = None
    prev_talk = ""  # border_talk of prev_sentence's view
    inland = inland_sentences(sentences, mentions or [])
    # each sentence's border words that set somebody there (`border_talk`), read once: the story's theme, the
    # sentence before and a summary's two sentences before all read them
    talk = [border_talk(s.view) for s in sentences]
    strong_border = [bool(vocabulary.STRONG_BORDER.search(t)) for t in talk]
    border_story = sum(strong_border) >= vocabulary.STORY_THEME_SENTENCES
    # a story that sends the Border Patrol inland and never to the border is no border story
    interior_story = is_interior_story(sentences, mentions, inland)
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
            # the sentence before names the border, in the same paragraph or pointed back at ("they", "agents there")
            (
                prev_sentence
                and (prev_sentence.paragraph == s.paragraph or points_back(view))
                and vocabulary.BORDER.search(prev_talk)
            )
            or (item and lead and vocabulary.BORDER.search(lead))  # a row is at the border its list's lead names
            # a new paragraph whose agents have no agency of their own goes on with the sentence before it: the Border
            # Patrol's (no interior agency beside it), or agents whose count there was a border apprehension ("Border
            # Patrol agents in the Yuma Sector apprehended 900 migrants. / Agents also caught 40 children")
            or (
                prev_sentence
                and prev_sentence.paragraph == s.paragraph - 1
                and geography.bare_agents(view)
                and (
                    geography.border_agents(prev_talk)
                    or any(
                        c.trap is None and c.type == "border_apprehensions" and c.sentence is prev_sentence
                        for c in counts[-3:]
                    )
                )
            )
            # the lead under a headline at the border: its agents named by no agency are the Border Patrol's there
            or (s.paragraph == headline_lead and geography.bare_agents(view))
        )
        prev_sentence, prev_talk = s, talk[k]
        short = len(view) < 12 and not (item and lead)  # "- Aurora: 85" under "ICE arrests by city:" is read
        if (view.isupper() and k > 0) or short or traps.LINK_ITEM.match(s.text) or traps.CAPTION.match(view):
            continue  # capitalised labels and fragments (the story's own headline, its first line, is read)
        summary_border = bool(traps.SUMMARY.match(s.view) and any(strong_border[max(0, k - 2) : k]))
        state: dict = {
            "border_before": border_before,
            "border_story": border_story,
            "custody_story": custody_story,
            "custody_before": first_custody_named < k,
            "border_summary": summary_border,
            "last": next((c for c in reversed(counts) if c.trap is None), None),
            "last_border": next(
                (c for c in reversed(counts) if c.trap is None and c.type == "border_apprehensions"), None
            ),
            "article_types": {c.type for c in counts if c.trap is None},
            # Border Patrol agents arresting people in Chicago make arrests, not border apprehensions
            "inland": k in inland,
            # a U.S. town near the land border named in the sentence: an everyday setting there may be at the border
            "near_border": any(s.start <= m.start < s.end and is_inland(m.place) is False for m in mentions or ()),
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
                elif c.trap == "rate":
                    state["rate"] = c  # a total may follow it in the sentence ("a day, a total of 150,000")
                if c.trap in UNTOUCHED_GROUP_TRAPS:
                    state["untouched"] = c
    return counts
