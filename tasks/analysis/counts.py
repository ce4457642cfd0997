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
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from schemas.records import Place
from tasks.analysis.numbers import NumberMention, find_numbers
from tasks.analysis.sentences import Sentence

_I = re.IGNORECASE


def _rx(*alternatives: str, flags: int = _I) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", flags)


# ---------------------------------------------------------------------------------------------
# Lexicons: what a number counts, and what happened to those counted
# ---------------------------------------------------------------------------------------------

#: Nouns for people that enforcement touches (after optional modifiers).
_PEOPLE = (
    r"immigrants?|migrants?|aliens?|illegals|people|persons?|individuals?|detainees?|children|child|kids|"
    r"minors?|juveniles?|teens?|teenagers?|youths?|boys|girls|infants|babies|adults?|men|women|"
    r"parents?|fathers|mothers|grandmothers|grandfathers|grandparents|families|family\s+(?:members|units)|workers|"
    r"brothers|sisters|sons|daughters|"
    r"siblings|cousins|relatives|husbands|wives|couples|friends|neighbors|neighbours|residents|volunteers|"
    r"laborers|nationals|citizens|non-?citizens|foreigners|refugees|asylum[\s-]seekers?|offenders|"
    r"non-?criminals|criminals|felons|fugitives|gang\s+members|defendants|suspects|deportees|inmates|prisoners|"
    r"passengers|drivers|observers|protesters|students|farmworkers|plaintiffs|undocumented|"
    r"Mexicans|Guatemalans|Hondurans|Salvadorans|Cubans|Haitians|Venezuelans|Chinese|Indians|Iraqis|"
    r"unaccompanied|UACs?|others|of\s+(?:them|those|these|whom)|"
    # "11 more were deported": "more" is the head only where no noun follows ("five more years" counts years)
    r"more(?=\s*(?:[^\w\s]|$|(?:were|was|are|is|have|had|has|been|than|in|at|on|from|to|for|by|and|or|who|that)\b))"
)
#: Nouns for events and requests that are counts on their own.
_EVENTS = (
    r"arrests|arrest|apprehensions|encounters|removals|deportations|expulsions|returns|detentions|"
    r"assaults|attacks|deaths|detainers|detention\s+requests|requests|holds|prosecutions|"
    r"cases|incidents"
)
#: Nouns that make a number something other than a count of people touched by enforcement.
_THINGS = (
    r"agents?|officers?|officials|troops|soldiers|personnel|employees|staff|guards|beds|days|weeks|"
    r"months|years|hours|minutes|seconds|miles|feet|yards|dollars|cents|cities|counties|states|"
    r"jurisdictions|countries|nations|agreements|contracts|facilities|centers|shelters|flights|"
    r"planes|buses|votes|voters|senators|members|lawmakers|representatives|groups|organizations|"
    r"pages|counts|charges|convictions|felonies|misdemeanors|applications|visas|licenses|subpoenas|warrants|programs|points|"
    r"cells|cages|sites|locations|plants|businesses|companies|homes|vehicles|cars|rounds|"
    r"shots|calls|posters|images|photos|videos|stories|articles|reports|letters|bills|laws|"
    r"orders|policies|words|languages|bedrooms|acres|pounds|kilograms|doses|tests|questions|"
    r"(?:bus|plane|van|truck|boat|car)loads|loads"
)
_SEP = r"[\s\"“”'‘’(),+-]*"
_HEAD = re.compile(
    rf"^(?P<mods>(?:{_SEP}(?!(?:{_THINGS}|{_EVENTS}|{_PEOPLE})\b)[A-Za-z][\w'’.-]*(?![\w'’.-])){{0,4}}?)"
    rf"{_SEP}(?P<of>(?:out\s+)?of\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+)?(?:\d[\d,.]*\s+)?)?"
    rf"(?:(?P<people>{_PEOPLE})|(?P<event>{_EVENTS})|(?P<thing>{_THINGS}))\b",
    _I,
)
#: Words a modifier may not be: a verb or a preposition ends the noun phrase ("28 in Baltimore").
_PHRASE_STOP = _rx(
    r"in|at|on|from|to|for|with|by|and|or|but|who|that|which|were|was|are|is|have|had|has|been|be|"
    r"being|having|will|would|could|said|says|this|last|since|during|between|each|per|a|an|the|times|before|after|"
    r"face|faces|faced|facing"  # "12 face federal charges": a verb, not a modifier of "charges"
)

_BORDER = _rx(
    r"border",
    r"Border\s+Patrol",
    r"CBP",
    r"Customs\s+and\s+Border\s+Protection",
    r"cross(?:ed|ing|ings)?\s+(?:into|the|illegally)",
    r"crossings?",
    r"snuck\s+into",
    r"sneak(?:ing)?\s+into",
    r"enter(?:ing)?\s+(?:the\s+)?(?:country|United\s+States|U\.S\.)",
    r"illegally\s+entered",
    r"ports?\s+of\s+entry",
    r"sectors?",
    r"family\s+units",
    r"Rio\s+Grande\s+Valley",
    r"southwest",
)
#: Cues that put an apprehension at the border even when ICE is named in the sentence.
_STRONG_BORDER = _rx(
    r"border", r"Border\s+Patrol", r"CBP", r"Customs\s+and\s+Border\s+Protection", r"ports?\s+of\s+entry"
)
#: A story with at least this many sentences naming the border is a border story (its apprehensions without
#: a place of their own are border apprehensions); as many naming custody make it a custody story.
_STORY_THEME_SENTENCES = 3
_CUES: dict[str, re.Pattern[str]] = {
    "no_criminal_record": _rx(
        r"no\s+(?:prior\s+)?criminal\s+(?:records?|histor(?:y|ies)|convictions?|backgrounds?)",
        r"without\s+(?:a\s+|any\s+)?criminal\s+(?:records?|histor(?:y|ies)|convictions?)",
        r"no\s+(?:prior\s+)?(?:convictions|records)",
        r"(?:had|have|has)\s+not\s+been\s+convicted",
        r"never\s+been\s+convicted",
        r"(?:did|do|does)\s+not\s+have\s+(?:a\s+|any\s+)?(?:prior\s+)?(?:criminal\s+)?(?:records?|histor(?:y|ies)|convictions?)",
        r"non-?criminals?",
        # any record word negated (GUIDELINES §2: those with no criminal record): "were not criminals", "lacked
        # criminal records", "had no prior offenses", "committed no crimes", "clean records" ("were charged but not
        # convicted" is no record word negated: a prosecution still under way)
        r"(?:no|not|never|neither|lack(?:ed|s|ing)?|clean)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:criminals?|criminal\s+(?:records?|histor(?:y|ies)|charges|convictions?)|convictions|"
        r"(?:criminal\s+)?records|offen[cs]es|crimes?)",
    ),
    "convictions": _rx(
        r"convictions?",
        r"convicted",
        r"criminal\s+(?:records?|histor(?:y|ies)|backgrounds?)",
        r"(?:were|are)\s+(?:criminals|felons)",
    ),
    "deaths_in_custody": _rx(r"died", r"deaths?", r"dead", r"perished"),
    "assaults_on_officers": _rx(r"assaults?", r"assaulted", r"attacks?\s+(?:on|against)"),
    "detainers": _rx(r"detainers?", r"detention\s+requests?", r"immigration\s+holds?"),
    "charged": _rx(
        # a fee is no charge: "the ring charged $8,000 a person", "charged migrants up to $12,000 each"
        r"charged(?!\s+(?:\w+\s+)?(?:(?:about|up\s+to|more\s+than|as\s+much\s+as|nearly|roughly)\s+)?\$)",
        r"prosecuted",
        r"indicted",
        r"prosecutions?",
        r"face\s+(?:federal\s+)?charges",
        r"charges\s+against",
        r"pleaded\s+guilty",
        r"pled\s+guilty",
        r"sentenced",
    ),
    "deportations": _rx(
        r"deport(?:s|ed|ing|ees?)",
        r"deportations?(?!\s+(?:orders?|proceedings|cases?|hearings?|flights?|efforts?|polic|crackdown|agenda|relief|"
        r"protections?|threats?|risk|priorit|officers?|defense|machine))",
        r"removed\s+(?:from\s+the\s+(?:U\.S\.|US|country|United\s+States)|to)",
        r"(?:been|were|was|be)\s+removed",
        r"(?<!Enforcement\sand\s)(?<!Detention\sand\s)removals?(?!\s+(?:orders?|proceedings|cases?|hearings?|flights?|"
        r"efforts?|operations))",
        r"expel(?:led|lings?)",
        r"expulsions?",
        r"returned\s+to(?!\s+(?:\w+\s+){0,2}(?:custody|detention|jail))",
        r"sent\s+back",
        r"repatriat(?:ed|ions?)",
        r"flown\s+back",
        # GUIDELINES §2 deportations: "returned", said with the place it sends people to or as the verb of the
        # number ("Mexico-bound flights returned 300 migrants", "were sent home")
        r"(?:sent|flown|returned|shipped)\s+home",
        r"return(?:ed|s|ing)(?=\s*$)",
        # people in custody who left the country ("19 parents held in custody had left the U.S."): see _cue_type
        r"(?:left|departed)\s+the\s+(?:U\.\s?S\.?|US|country|United\s+States)",
    ),
    "arrests": _rx(
        r"arrest(?:ed|s|ing)?",
        r"re-?arrest(?:ed)?",
        r"apprehend(?:s|ed|ing)?",
        r"apprehensions?",
        r"encounter(?:ed|s)",
        r"taken\s+into\s+(?:\w+\s+){0,2}custody",
        r"into\s+(?:\w+\s+){0,2}custody",  # "took 118 people into custody"
        r"(?:took|take|takes|taking|taken|assumed)\s+custody\s+of",  # "ICE took custody of 45 people"
        r"picked\s+up",
        r"rounded\s+up",
        r"nab(?:s|bed|bing)",
        r"net(?:s|ted|ting)",
        r"(?:swept|scooped|snatched)\s+up",
        r"snatched",
        r"intercept(?:s|ed|ing)",  # GUIDELINES §2 border_apprehensions: stopped and caught, at the border or at sea
        r"interdict(?:s|ed|ing)",
        r"handcuffed",
        r"booked\s+into",
        r"caught",
        r"brought\s+back",
        r"(?:removed|taken|taking)\s+(?:[\w,]+\s+){0,6}?(?:off|from)\s+(?:the\s+|our\s+)?streets",
    ),
    "detentions": _rx(
        r"detain(?:s|ed|ing)?",
        r"detainees?",
        r"detention",
        r"in\s+(?:\w+\s+){0,2}custody",
        r"(?:being\s+|are\s+|were\s+|was\s+)?held",
        r"holding",
        r"jailed",
        r"housed",
        r"hold(?:s|ing)?(?=\s*$)",
        r"(?:hous|jail)(?:es|s|ing)(?=\s*$)",  # "ICE was housing 61,000 people", "is jailing 61,000" (a verb there)
        r"(?:immigration|ICE)\s+(?:jails|prisons)",
        r"(?:average\s+)?daily\s+population",  # ICE's measure of the people it holds (GUIDELINES: a population)
        r"behind\s+bars",  # "the agency holds 61,000 people" (GUIDELINES §2 detentions: people held)
        r"locked\s+up",
        r"inmates",
        r"returned\s+to\s+(?:\w+\s+)?custody",
    ),
}
#: Verbs that are an apprehension only at the border: "400 migrants turned themselves in to agents", "surrendered".
#: ("processed" and "stopped" were tried: asylum cases processed and people stopped at a port's gate are no
#: apprehensions.)
_BORDER_ONLY_CUE = _rx(r"turned\s+themselves\s+in", r"turn(?:ing)?\s+themselves\s+(?:in|over)", r"surrendered")
#: When several cues share a clause, the more specific one names what happened to those counted:
#: "181 people arrested had no criminal records" is no_criminal_record, not arrests.
_PRIORITY = (
    "no_criminal_record",
    "convictions",
    "deaths_in_custody",
    "assaults_on_officers",
    "detainers",
    "charged",
    "deportations",
    "arrests",
    "detentions",
)
_UNITS = {"assaults_on_officers": "incidents", "detainers": "requests"}
#: Event nouns that name their own type (border context turns arrests into border_apprehensions).
_EVENT_TYPES = {
    "arrest": "arrests",
    "arrests": "arrests",
    "apprehensions": "arrests",
    "encounters": "border_apprehensions",
    "removals": "deportations",
    "deportations": "deportations",
    "expulsions": "deportations",
    "returns": "deportations",
    "detentions": "detentions",
    "assaults": "assaults_on_officers",
    "attacks": "assaults_on_officers",
    "deaths": "deaths_in_custody",
    "detainers": "detainers",
    "detention requests": "detainers",
    "prosecutions": "charged",
    "detention": "detentions",  # as a level's subject only (_LEVEL_NOUNS)
    "crossings": "border_apprehensions",
    "detained population": "detentions",  # as a level's subject only (_LEVEL_NOUNS)
    "detainee population": "detentions",
    "detention population": "detentions",
}
_CUSTODY = _rx(
    r"custody", r"detention", r"detained", r"detainees?", r"ICE", r"Border\s+Patrol", r"CBP", r"border", r"jail"
)
#: Where people are held, said without a custody word: at a detention site, received into one, ordered released
#: from one ("a court order to release 101 children").
_HELD_AT = re.compile(
    r"\b(?:at|in|inside)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:centers?|facilit(?:y|ies)|camps?|prison|jail|(?:Border\s+Patrol|processing)\s+stations?)\b|"
    r"\breceived\b[^.;]{0,60}\bfrom\s+(?:the\s+)?(?:Department\s+of\s+Homeland\s+Security|DHS|ICE|CBP|Border\s+Patrol)|"
    r"\border(?:s|ed)?\s+(?:\w+\s+){0,3}?(?:to\s+release|the\s+release\s+of)\b",
    _I,
)
#: Longest list item or table row (words) that is read as a cell of its lead's count, not a sentence of its own.
_LIST_ITEM_WORDS = 8
#: Another country's enforcement: "Mexican immigration agents", "Mexico's National Immigration Institute".
_FOREIGN_AGENCY = re.compile(
    r"\b(?:Mexican|Guatemalan|Honduran|Salvadoran|Panamanian|Costa\s+Rican|Colombian|Canadian)\s+"
    r"(?:immigration\s+|federal\s+|migration\s+|security\s+)?"
    r"(?:agents|authorities|officials|officers|police|troops|soldiers|forces|National\s+Guard)\b|"
    r"\bMexico(?:'s|’s)\s+(?:National\s+(?:Immigration\s+Institute|Guard|Migration\s+Institute)|immigration\s+agency|"
    r"migration\s+(?:agency|institute))|\bINM\b",
    _I,
)
#: A list item or table row: "- Chicago: 1,100", "| Chicago | 1,100 |", "1. Texas - 4,500".
_ITEM_MARK = re.compile(r"\s*(?:[-*•|]|\d+\.)\s")
#: A lead line names the count of its list: an event noun or an enforcement verb.
_LEAD_NOUN = re.compile(
    rf"\b(?:{_EVENTS}|arrested|deported|removed|detained|apprehended|expelled|detainees|held\s+in)\b", _I
)
#: Custody words: a story with enough sentences naming them is a custody story (its deaths are in custody).
_HELD_STORY = _rx(r"custody", r"detention", r"detained", r"detainees?")
OFFICERS = _rx(
    r"officers?",
    r"agents?",
    r"authorities",
    r"ICE",
    r"Border\s+Patrol",
    r"CBP",
    r"personnel",
    r"Customs\s+and\s+Border\s+Protection",
    r"Immigration\s+and\s+Customs\s+Enforcement",
)

# ---------------------------------------------------------------------------------------------
# Exclusions
# ---------------------------------------------------------------------------------------------

CHANGE_VERB = (
    r"(?:up|down|rose|risen|rise|fell|fallen|dropped|drop|increased|decreased|declined|jumped|grew|"
    r"climbed|surged|plunged|soared|spiked|cut|reduced|doubled|tripled)"
)
_CHANGE_BEFORE = re.compile(
    rf"\b(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)(?<!ended\s)(?<!end\s)"
    rf"{CHANGE_VERB}\s+(?:by\s+)?(?:nearly\s+|about\s+|more\s+than\s+|almost\s+)?$|\bby\s+$",
    _I,
)
#: A change named as a noun: "an increase of 40 percent", "a drop of 1,200 from last year", "a 35% jump".
_CHANGE_NOUN_BEFORE = re.compile(
    r"\b(?:increase|decrease|decline|drop|jump|rise|reduction|spike|surge|growth|fall|dip|gain|uptick|downturn)"
    r"\s+of\s*$",
    _I,
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:increase|decrease|decline|drop|jump|rise|reduction|spike|surge|more|fewer|higher|lower|less|"
    r"greater|smaller|above|below)\b",
    _I,
)
_RATE_AFTER = re.compile(
    r"^[^,;.]{0,60}?\b(?<!in\s)(?<!within\s)(?<!during\s)(?<!over\s)"  # "in a single week" is a span, not a rate
    r"(?:(?:a|per|each|every)\s+(?:single\s+)?(?:day|week|month|year)(?!-|\s+(?:earlier|ago|before|later))|everyday|daily|weekly|annually|"
    r"per\s+every|per\s+capita|per\s+\d+)\b",  # "7.8 deaths per 100,000 people admitted"
    _I,
)
_RATE_BEFORE = re.compile(
    r"\bper\s+(?:every\s+)?$|\bout\s+of\s+every\s+$|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:every\s+)?$",  # "one in three"
    _I,
)
#: A ratio: "3 times the national average", "twice as many", "five times higher".
_RATIO_AFTER = re.compile(
    r"^\s*(?:times|fold)\s+(?:the|as|more|higher|greater|larger|lower|fewer|that\s+of|what)\b|^-fold\b", _I
)
#: The whole of a partitive that counts things: "Of the 130 jurisdictions, 12 refused to honor detainers".
_OF_THINGS_BEFORE = re.compile(
    r"\b(?:of|among)\s+(?:the|those|these|its|their)\s+(?:[\d,.]+\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:jurisdictions|counties|cities|states|countries|facilities|agencies|departments|sheriffs|companies|"
    r"businesses|cases|requests|judges|courts|districts|sectors|offices)\s*,\s*"
    r"(?:(?:about|nearly|only|just|some|roughly|almost)\s+)?$",
    _I,
)
_PLAN = _rx(
    r"expect(?:s|ed)?\s+to",
    r"plan(?:s|ned|ning)?\s+to",
    r"aim(?:s|ed)?\s+to",
    r"intend(?:s|ed)?\s+to",
    r"goal",
    r"(?:a|the|its|their)\s+target\s+of",
    r"quota",
    r"projected",
    r"on\s+pace",
    r"wants?\s+(?:\w+\s+){0,2}?(?:nearly\s+|about\s+)?\d+",
    r"required\s+(?:by\s+law\s+)?to",
    r"mandate[ds]?",
    r"propos(?:e|ed|al)",
    r"would\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:arrest|deport|detain|remov|apprehend|expel|target|hold)\w*",
    r"(?:will|could|may|might)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:arrest|deport|detain|remov|apprehend|expel|target)\w*",
    r"(?:up\s+to|as\s+many\s+as)\s+[\d,]+\s+\w+\s+(?:could|would|will|may)",
)
_POPULATION = _rx(
    r"liv(?:e|es|ing)\s+in",
    r"resid(?:e|es|ing)",
    r"population\s+of",
    r"estimated\s+[\d,.]+\s+(?:million\s+)?(?:undocumented|illegal)",
    r"eligible",
    r"shielded",
    r"qualify",
    r"protected\s+from\s+deportation",
    r"already\s+(?:in|here)",
    r"worldwide",
)
#: Deportations that did not happen: "halted the deportation of 1,400", "shielded 600,000 from being deported".
_AVERTED = _rx(
    r"from\s+(?:being\s+)?deport(?:ed|ation)",
    r"(?:halt|block|stop|stay|delay|suspend|paus|bar|prevent)\w*\s+(?:\w+\s+){0,4}?deportations?",
)
#: Police arrests at protests, with no immigration agency in the sentence: ordinary arrests (GUIDELINES §1
#: "ordinary police arrests with no immigration angle"), however much the story is about raids.
_POLICE_AT_PROTEST = _rx(r"police", r"officers", r"deputies", r"troopers")
_PROTEST = _rx(r"protests?", r"protesters", r"demonstrat\w+", r"curfew", r"riots?", r"looting", r"unlawful\s+assembly")
_IMMIGRATION_AGENT = _rx(
    r"ICE", r"immigration", r"Border\s+Patrol", r"CBP", r"HSI", r"Homeland", r"federal\s+agents", r"deport\w*"
)
#: A jail's or prison's own population: immigration detention (GUIDELINES §2 detentions) only where the sentence
#: says who is held for immigration ("ICE detainees", "immigrants", "for ICE").
_GENERAL_JAIL = _rx(r"jails?", r"inmates", r"prisons?", r"prisoners")
_IMMIGRANT_HELD = _rx(
    r"ICE",
    r"immigra\w*",
    r"detainees?",
    r"migrants?",
    r"aliens?",
    r"asylum",
    r"deport\w*",
    r"Border\s+Patrol",
    r"CBP",
    r"287\(g\)",
    r"undocumented",
    r"(?:federal|U\.S\.)\s+Marshals",
)
#: A removal ordered, not carried out: "ordered 40,000 people deported", "were ordered removed" (the work gold leaves
#: out removal orders: "ordered removed but not removed", "formal orders of deportation").
_ORDERED_REMOVED = re.compile(r"\bordered\s+(?:[\w,]+\s+){0,3}?(?:deported|removed|expelled)\b", _I)
#: Family separation and reunion: "have been reunited with parents", "were separated from their families" (GUIDELINES
#: §2: family separations have no type), read in the number's own predicate.
_SEPARATION = re.compile(
    r"[^.;]{0,60}?\b(?:reunit(?:ed|ing|ification)|(?:were|was|been|being|had\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"separated\s+from)\b",
    _I,
)
#: Children given back to their families ("returned 12 children to their parents"): a reunion, not a removal.
_REUNION = re.compile(
    r"\b(?:returned|released|handed\s+over)\s+(?:[\w,-]+\s+){0,5}?to\s+(?:their|his|her)\s+(?:\w+\s+)?"
    r"(?:parents?|famil(?:y|ies)|mothers?|fathers?|relatives|sponsors)\b",
    _I,
)
#: Capacity, medical status and victims are not enforcement counts ("beds for 550 detainees",
#: "42 detainees tested positive", "killing eight passengers").
_CAPACITY_BEFORE = re.compile(
    r"\b(?:beds?|capacity|room|space|spaces)\s+(?:for\s+|of\s+)?(?:up\s+to\s+)?$|"
    r"\b(?:meant|built|designed|intended|made|equipped|outfitted|converted|expanded|sized|enough|capable|large)\s+"
    r"(?:to\s+(?:hold|house|accommodate|detain|fit)\s+|of\s+(?:holding|housing|accommodating|detaining)\s+|for\s+)"
    r"(?:up\s+to\s+|only\s+|just\s+|as\s+many\s+as\s+)?$|"
    r"\b(?:holds?|houses?|accommodates?|detain)\s+(?:up\s+to|as\s+many\s+as)\s+$|"
    r"\b(?:can|could|will|would|able\s+to|expected\s+to)\s+(?:hold|house|accommodate|fit|take\s+in|detain)\s+"
    r"(?:up\s+to\s+|as\s+many\s+as\s+|more\s+than\s+)?$",
    _I,
)
#: Percentages of opinion and rates of processing are not shares of people in an action.
_POLL_OR_RATE = _rx(
    r"favou?r(?:ed|s)?",
    r"support(?:ed|s)?",
    r"oppose[ds]?",
    r"approve[ds]?",
    r"believe[ds]?",
    r"think",
    r"polls?",
    r"surveys?",
    r"voters?",
    r"respondents",
    r"rates?",
)
#: A share whose own predicate is an opinion or a saying: "62% of Republicans said the deportations should
#: continue", "45 percent of adults think ...", "two-thirds of voters, 64%, say". Its people speak; no action
#: touched them.
_OPINION_AFTER = re.compile(
    r"\s*(?:[,)]\s*)?(?:of\s+(?:the\s+)?[^,;.\d]{1,60}?\s)?(?:also\s+|still\s+|now\s+)?(?:said|say|says|think|thought|"
    r"believe[ds]?|feel|felt|want(?:ed)?|worr(?:y|ied)|agree[ds]?|disagree[ds]?|favou?r(?:ed)?|support(?:ed)?|"
    r"oppose[ds]?|approve[ds]?|disapprove[ds]?|prefer(?:red)?|view(?:ed)?|consider(?:ed)?|expect(?:ed)?|"
    r"were\s+(?:concerned|worried|afraid|in\s+favou?r|opposed)|are\s+(?:concerned|worried|afraid|in\s+favou?r|"
    r"opposed)|told\s+pollsters)\b",
    _I,
)
#: A list item that is only a link ("- [Four children detained](https://...)"): another story's headline.
_LINK_ITEM = re.compile(r"^\s*(?:[-*•]|\d+\.)\s+(?:[^\[\n]{0,60}:\s*)?\[[^\]]*\]\([^)]*\)\s*(?:\([^()\n]{1,30}\)\s*)?$")
_CAPTION = re.compile(
    r"^(?:FILE\s*[-–—]|\(?Photo\b|Image:|Caption:|(?:(?:One|The|A|This|Another|An)\s+)?(?:\w+\s+)?"
    r"(?:photo(?:graph)?|image|picture|video)s?\s+(?:shows?|showed|depicts?|depicted)\b)",
    _I,
)
#: "in Baltimore", "at ports of entry", "in fiscal 2016", or nothing: a list item that names no
#: noun of its own counts what the count before it counts.
_ELLIPSIS_AFTER = re.compile(
    r"^\s*(?:$|[,;.)—–-]|(?:in|at|from|on|during|for|along|across|and|or|through|over|since|within|by|last|"
    r"this)\b)",
    _I,
)
#: A verb left out after "and" (gapping): "Nineteen were charged with reentry, and eight with smuggling" shares the
#: verb of the count before it.
_GAPPED_AFTER = re.compile(r"\s+with\s+(?!(?:a\s+|an\s+|the\s+)?(?:criminal|prior|previous|no)\b)", _I)
#: People a smuggler moved or hid are the crime's objects, not people enforcement touched: "charged with smuggling
#: 14 migrants", "pleaded guilty to transporting nine immigrants", "held 30 migrants in a stash house" (below).
_SMUGGLED_BEFORE = re.compile(
    r"\b(?:smuggl(?:e|es|ed|ing)|transport(?:s|ed|ing)?|harbou?r(?:s|ed|ing)?|conceal(?:s|ed|ing)?)\s+(?:the\s+)?$", _I
)
_VICTIMS_BEFORE = re.compile(r"\b(?:killing|killed|injuring|injured|wounding|wounded)\s+$", _I)
#: A share or part of a group whose own predicate is a copula: "70% of his clients are undocumented", "10 percent
#: of apprehensions were families", "five of 161 people arrested would not have been priorities". It counts
#: only when the complement says what happened to them or what record they have ("were held in ...").
_SHARE_COPULA = re.compile(
    r"\s*(?:out\s+)?of\s+(?!(?:them|those|whom)\b)[^,;.()]{1,80}?\s(?:are|were|is|was|would\s+(?:not\s+)?have\s+been|"
    r"had\s+not\s+been|have\s+not\s+been)\s+(?P<comp>[^,;.]{1,60})",
    _I,
)
#: A share's complement that says where that part of the group was: "97 of the 212 arrests were in Dallas" is a
#: breakdown of the arrests by place (issue #7 item 4), not what the group is made of.
_PLACED_PART = re.compile(r"(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])", _I)
#: A share whose own predicate is an infinitive: "caused 90% of students to miss school" (an effect on a group, not
#: an action on it, unless the verb is one: "caused 30% of them to be deported").
_SHARE_INFINITIVE = re.compile(
    r"\s*(?:out\s+)?of\s+(?!(?:them|those|whom)\b)[^,;.()]{1,60}?\s+to\s+(?!(?:the|a|an|their|his|her|its)\b)"
    r"(?P<comp>[a-z][^,;.]{0,60})",
)
#: A crowd's own verb: people who gathered, marched or protested are not the people an action touched.
_CROWD_AFTER = re.compile(
    r"^\s*(?:(?:have|had|has|were|was|are)\s+)?(?:also\s+)?(?:gather(?:ed|ing)?|rall(?:ied|y|ying)|march(?:ed|ing)?|"
    r"protest(?:ed|ing)?|demonstrat(?:ed|e|ing)|assembl(?:ed|e|ing)|show(?:ed)?\s+up|turn(?:ed)?\s+out|attend(?:ed)?|"
    r"chant(?:ed|ing)?|sign(?:ed)?|t(?:ook|ake)\s+to\s+the\s+streets|c(?:a|o)me\s+out|surround(?:ed)?|"
    r"confront(?:ed)?|swarm(?:ed)?|block(?:ed)?|watch(?:ed)?|witness(?:ed)?|film(?:ed)?|pack(?:ed)?\s+(?:the|a)\s+"
    r"(?:hearing|meeting|courtroom|room|church|hall))\b",
    _I,
)
_FULL_AFTER = re.compile(r"^\s*(?:full|capacity|occupancy|occupied)\b", _I)
_MEDICAL = _rx(
    r"tested\s+positive",
    r"were\s+positive",
    r"infected",
    r"contracted",
    r"symptoms?",
    r"COVID(?:-19)?",
    r"coronavirus",
)
#: "have been" / "was" before a number whose subject names what is counted ("the detainee
#: population was 24,208", "family units ... to 63,278")
_COPULA_BEFORE = re.compile(
    r"\b(?:was|were|is|are|totaled|totalled|totaling|totalling|reached|reaching|stood\s+at|numbered|hit|to|"
    r"averaged|averaging)(?:\s+(?:a|an)\s+(?:new\s+|all-time\s+)?record)?\s*$",
    _I,
)
#: An enforcement verb right before a number governs it ("apprehended 54,052").
GOVERNING_VERB = re.compile(
    r"\b(?:arrest|apprehend|detain|deport|remov|expell?|encounter|nabb|hold|held|caught|catch|netted|handcuff|return|"
    r"intercept|interdict|"
    r"(?:swept|scooped|snatched|rounded|picked)\s+up)\w*\s*$",
    _I,
)
#: Between two counted groups joined as one phrase: "19 gang members and 8", "300 men, 40 women and 12".
_COORDINATED = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{_PEOPLE})\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    r"(?:(?:about|nearly|more\s+than|some|another|other)\s+)?",
    _I,
)
#: Detainers placed on people: "lodged detainers on 45 of those arrested", "issued detainers for 12".
_DETAINERS_ON = re.compile(
    r"\b(?:detainers?|immigration\s+holds?)\s+(?:on|against|for)(?:\s+(?:about|nearly|more\s+than|some))?\s*$", _I
)
#: Convicted in this story's prosecution ("were convicted of smuggling", "pleaded guilty", "sentenced"), not a
#: record people already had ("had criminal convictions", "convicted criminals", "with convictions").
_CONVICTED_IN_COURT = re.compile(
    r"\b(?:(?:were|was|being|been|be|get|got)\s+(?:\w+\s+)?convicted\s+(?:of|in|on|for|at)|"
    r"convicted\s+(?:(?:about|nearly|more\s+than|at\s+least|all|the|all\s+the)\s+)?\d[\d,]*|"
    r"(?:jury|jurors|judge|court)\s+(?:\w+\s+)?convicted\s+(?:[\w,-]+\s+){1,4}?(?:of|on)|"
    r"(?:have|has)\s+(?:since\s+|now\s+|already\s+)?been\s+convicted(?!\s+of\s+(?:crimes?|a\s+crime|criminal|other))|"
    r"pleaded\s+guilty|pled\s+guilty|(?:were|was|been)\s+sentenced|found\s+guilty)\b",
    _I,
)
#: A prosecution: the court, the charge, the immigration crime.
_PROSECUTION = _rx(
    r"prosecut\w*",
    r"trials?",
    r"jury",
    r"sentenc\w*",
    r"pleaded",
    r"indict\w*",
    r"charges?",
    r"charged",
    r"illegal\s+(?:re-?)?entry",
    r"re-?entry",
    r"smuggling",
    r"harbou?ring",
    r"(?:document|identity|visa|immigration)\s+fraud",
    r"identity\s+theft",
    r"defendants?",  # people in a prosecution: "45 of the defendants have been convicted"
)
#: "removed" governing the number: removal of people from the country ("ICE removed 267,258 people").
_REMOVED_BEFORE = re.compile(
    r"\bremov(?:ed|es|ing)(?:\s+(?:nearly|about|more\s+than|over|some|roughly|almost|approximately|at\s+least))?\s*$",
    _I,
)
_INTERIOR = _rx(r"ICE", r"Immigration\s+and\s+Customs\s+Enforcement", r"interior", r"already\s+in")
#: An action that happened to a number of people: "1.6 million people were apprehended", "the deportation of
#: nearly three million", "deported 1.2 million" (what lifts a million-scale number out of a population).
_ACTED_ON = re.compile(
    r"\b(?:were|was|been|being|got)\s+(?:\w+\s+)?(?:arrested|apprehended|deported|removed|detained|expelled|"
    r"caught|encountered)\b|(?<!mass\s)\b(?:deportations?|removals?|expulsions?|arrests?|apprehensions?)\s+of\b|"
    r"\b(?:arrested|apprehended|deported|removed|detained|expelled|encountered|deporting|removing)\s+"
    r"(?:(?:nearly|about|more\s+than|over|some|roughly|almost|an\s+estimated)\s+)?[\d.,]+",
    _I,
)
#: One person's record: "he has 22 criminal arrests", "a man with 12 prior convictions".
_HISTORY_BEFORE = re.compile(
    r"\b(?:he|she|who|man|woman)\s+(?:has|had|have)\s+(?:(?:been\s+)?(?:at\s+least|more\s+than|over)\s+)?$|"
    r"\b(?:man|woman|he|she)\s+with\s+$",
    _I,
)
#: "deported three times", "removed from the country five times": the verb that the times repeat.
_TIMES_DEPORTED = re.compile(r"\b(?:deported|removed|expelled|returned|sent\s+back)\b[^,;.]{0,30}$", _I)
#: Travellers held on arrival at an airport: detentions wherever the story's border talk is.
_AIRPORT = _rx(r"airports?", r"on\s+arrival", r"arriving\s+(?:at|in)", r"terminals?", r"boarding\s+flights")
#: Children in the care of Health and Human Services: its shelters are not immigration detention unless the
#: text says detained or in custody (GUIDELINES §2 "Edge cases").
_SHELTER = _rx(
    r"Health\s+and\s+Human\s+Services", r"HHS", r"Office\s+of\s+Refugee\s+Resettlement", r"ORR", r"shelters?"
)
_CALLED_DETAINED = _rx(r"detain\w*", r"custody", r"detention")
_RANK_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|top|last)\s+"
    r"(?:out\s+)?of\s+(?:the\s+)?$",
    _I,
)
_KIN_OF = re.compile(r"\b(?:father|mother|parent|dad|mom|grandmother|grandfather)\s+of\s*$", _I)
_TARGET_BEFORE = re.compile(r"\btarget(?:s|ed|ing)?\s+(?:only\s+|just\s+)?$", _I)
#: "with criminal convictions" right after a bare number: "sprung 629 with criminal convictions".
_WITH_RECORD = re.compile(
    r"^\s+(?:of\s+(?:them|whom|those)\s+)?with\s+(?:a\s+)?(?:prior\s+|previous\s+)?(?:criminal\s+)?"
    r"(?:convictions?|records?|histor(?:y|ies))\b",
    _I,
)
#: The subject of a level stated after a copula or "to": "the number of family units apprehended
#: ... rose to 63,278", "the average number of aliens encountered ... was 141,710".
_NUMBER_OF = re.compile(
    r"\b(?:the|that|this)\s+(?:average\s+|total\s+|daily\s+|monthly\s+|running\s+)*(?:number|total|count|tally)"
    # "the number in custody was 7,200", "the number deported rose to": what is counted, said without "of"
    r"(?:\s+of\b|(?=\s+(?:in|held|detained|deported|removed|arrested|apprehended|caught|expelled)\b))",
    _I,
)
#: "that figure had risen to 85%", "That number is down from 861 to 218": the count before, restated.
_ANAPHOR = re.compile(
    r"\b(?:(?:that|this)\s+(?:figure|number|total|share|percentage|proportion|count)|the\s+figure)\s+(?:(?!\d)[^,;]){0,40}"
    r"\b(?:to|from|at|was|is|stood\s+at|reached|compares\s+(?:with|to)|compared\s+(?:with|to))\s*$|"
    r"\bthere\s+(?:were|was|had\s+been|have\s+been)\s*$|"
    r"^\W*(?:that|this|it)(?:\s+(?:is|was|'s|’s|marks?|marked|represents?|represented|compares|compared))?\s+"
    r"(?:(?:an?\s+)?(?:\w+\s+)?(?:up|down|increase|decrease|drop|rise|jump|decline)\s+from|with)"
    r"(?:\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:peak|high|low|record)\s+of)?\s*$",  # "down from a peak of 55,000"
    _I,
)
#: A verb that moves people, then "to" right before a foreign place: "were sent to", "flew 120 migrants to".
_SENT_ABROAD = re.compile(
    r"\b(?:sent|send(?:s|ing)?|flown|flew|fl(?:y|ies|ying)|shipped|bus(?:s)?ed|transferred|transported|deliver(?:ed|ing)|"
    r"remov(?:ed|es|ing)|deport(?:ed|s|ing)|"  # "removed 4,200 people to Honduras and 3,100 to Guatemala"
    r"carr(?:y|ies|ied|ying)|"
    r"(?:put|placed|loaded)\s+(?:on|onto|aboard)|(?:planes?|flights?)\s+(?:carrying|with))\b"
    r"[^.;]{0,80}?\bto\s+(?:the\s+|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?in\s+)?$",  # "to a prison in El Salvador"
    _I,
)
#: The vehicle of a removal: "on a deportation flight", "removal flights carrying".
_REMOVAL_FLIGHT = _rx(r"(?:deportation|removal|repatriation|expulsion)\s+(?:flights?|planes?|charters?)")
#: People who go abroad of their own accord: "sent 30 volunteers to Mexico City" removes nobody.
_TRAVELLERS = _rx(r"volunteers", r"observers", r"protesters", r"students", r"friends", r"neighbou?rs", r"residents")
#: The subject of a level that only points back to the count before: "it was", "they totaled", "the total was".
_POINTING_SUBJECT = re.compile(
    r"(?:^|[,:]\s*|\b(?:In|By|For|During)\s+[^,]{1,30},?\s+)(?:it|they|that|this|the\s+(?:total|figure|tally|count|number))"
    r"(?!\s+of\b)\s+(?:(?:\w+\s+){0,3})$",
    _I,
)
#: The qualifier set aside before `_trap` reads the words before a number ("an increase of about 40 percent"); its
#: "more than" takes one space only, as written.
_TRAP_QUALIFIER = re.compile(r"(?:about|nearly|almost|more than|over|some|approximately|roughly|around|~)\s*$", _I)
#: What makes a bare "to" the end of a level: a verb of change or a "from" before it in the clause ("rose to 9,870",
#: "from 41,200 in 2013 to 58,900", "brought the total to 4,310").
_TO_LEVEL = re.compile(
    rf"\b(?:{CHANGE_VERB}|from|went|gone|going|reach\w*|brought|brings?|bringing|push\w*|rais\w*|lower\w*|"
    r"increas\w*|decreas\w*|grow\w*|swell\w*|swollen|balloon\w*|shr[au]nk|dwindl\w*|slid|sank|sunk|tumbl\w*|"
    r"soar\w*|climb\w*|fall\w*|drop\w*|ris\w*|jump\w*|surg\w*|plung\w*|doubl\w*|tripl\w*|slow\w*|"
    r"amount\w*|came|come|total\w*|add\w*)\b",
    _I,
)
#: The qualifier set aside before a number's level frame is read ("was about 4,310"). Narrower than `_QUALIFIER_END`
#: and `_QUALIFIED` (no "over", "at least", "up to" ...), and unlike `_TRAP_QUALIFIER` it takes "just", so the four
#: are not one pattern.
_LEVEL_QUALIFIER = re.compile(
    r"\s*(?:just\s+)?(?:about|nearly|almost|more\s+than|some|approximately|roughly|around|~)\s*$", _I
)
#: The words that end a level right before its number: "was", "reached", "climbed to", "a record high of".
_LEVEL_BEFORE = re.compile(
    r"\b(?:was|were|is|are|to|at|reached|reaching|totaled|totalled|totaling|totalling|numbered|numbering|hit|"
    r"hitting|topped|topping|amounted\s+to|came\s+to|"
    r"(?:rose|risen|climbed|grew|jumped|was|were|stood|remained)\s+(?:over|above|at))\s*$|"
    r"\b(?:a|an|the)\s+(?:(?:new|record|all-time|historic|\w+-year)\s+)*(?:record|high|low|peak)\s+of\s*$|"
    r"\b(?:reached|reaching|hit|hitting|to|at)\s+(?:a|an)\s+(?:new\s+|all-time\s+)?record\s*$",
    _I,
)
#: An event noun that is the subject of a level, past a dash aside: "monthly apprehensions — the main
#: indicator of illegal border crossing attempts — rose over 50,000".
#: Nouns that name what a level counts only as its subject: "Immigration detention reached 59,000", "Border
#: crossings fell to 4,600" (never a counted noun after a number: "12 detention centers").
#: ("the detained population peaked at 55,000": the people held, named by the population they make)
_LEVEL_NOUNS = rf"(?:detained|detainee|detention)\s+population|{_EVENTS}|detention|crossings"
_EVENT_SUBJECT = re.compile(
    rf"\b(?P<noun>{_LEVEL_NOUNS})\s+(?:[—–-]+[^—–]{{0,120}}[—–-]+\s+)?(?:[\w-]+\s+){{0,4}}$", _I
)
#: An event noun that opens the clause is its subject: "Apprehensions at the southwest border peaked at".
_CLAUSE_SUBJECT = re.compile(rf"\W*(?:[\w.'’-]+\s+){{0,3}}?(?P<noun>{_LEVEL_NOUNS})\b", _I)
_COMPARED = re.compile(r"\b(?:compared\s+(?:to|with)|versus|than)\s*$", _I)
#: A holding cell's or cage's headcount: "40 migrants in a large holding cell", "One cage had 20 children".
_ENCLOSURE = r"(?:cells?|cages?|pens?|tents?|rooms?|holding\s+areas?|pods?|dorms?|barracks)"
#: Where people are held (a shelter is not: GUIDELINES counts children in shelters only where called detained).
_HOLDING_PLACE = rf"(?:{_ENCLOSURE}|facilit(?:y|ies)|stations?|jails?|prisons?|(?:detention|processing)\s+centers?)"
_ENCLOSURE_AFTER = re.compile(
    rf"^\s*(?:\w+\s+){{0,2}}?(?:in|inside)\s+(?:a|an|the|one|each|their|its)?\s*(?:\w+\s+){{0,2}}?{_ENCLOSURE}\b|"
    rf"^\s*(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)?(?:crammed|packed|squeezed|crowded|held|kept|locked)\s+"
    rf"(?:in|into|inside|at)\s+(?:a|an|the|one|each|their|its)?\s*(?:[\w-]+\s+){{0,2}}?{_HOLDING_PLACE}\b",
    _I,
)
_ENCLOSURE_BEFORE = re.compile(rf"\b{_ENCLOSURE}\s+(?:had|held|holds|contained|housed)\s*$", _I)
#: "stopped 261 migrants from entering the United States": caught at the border.
_STOPPED_ENTERING = re.compile(r"^\s*from\s+(?:illegally\s+)?(?:entering|crossing)\b", _I)
_STOPPED_BEFORE = re.compile(r"\b(?:stopped|prevented|blocked|turned\s+back)\s*$", _I)
#: "removed nearly 1,500 criminal illegal immigrants from the streets": arrests.
_STREETS = re.compile(
    r"\b(?:removed|removing|taken|taking|took|got|getting|pulled)\s+(?:[\w,]+\s+){0,6}?(?:off|from)\s+"
    r"(?:the\s+|our\s+|its\s+|their\s+)?streets\b",
    _I,
)
#: "detained" or "detains" right before the number ("officers detained two brothers"): an arrest, not a headcount.
#: "officers detained two brothers", "raided a home, detaining four people": taking people in, an arrest; a
#: progressive "ICE is detaining 184 children" holds them (detentions).
_DETAINED_JUST_BEFORE = re.compile(
    r"\bdetain(?:s|ed)\s*$|(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)\bdetaining\s*$", _I
)
#: "detained by immigration agents": the act of taking someone into custody, an arrest.
_DETAINED_BY = re.compile(
    r"\bdetained\s+by\s+(?:\w+\s+){0,2}?(?:agents|officers|ICE|police|deputies|authorities|troopers)\b", _I
)
#: A number followed at once by its own finite verb has a predicate of its own:
#: "6,075 remained with their sponsors, 28 had run away, five had been removed".
_OWN_VERB = re.compile(
    r"^\s*(?:[\w’'-]+\s+){0,3}?(?:had|has|have|were|was|are|is|remained|remain|remains|stayed)\b", _I
)
#: An action named inside a phrase that only dates or motivates the predicate ("were injured during the arrests",
#: "gathered to protest the raids"): not what happened to the people counted.
_EVENT_IN_PHRASE = re.compile(
    r"\b(?:during|after|before|amid|following|since|over|against|protest(?:ing)?|oppos(?:e|ing))\s+"
    r"(?:the\s+|these\s+|those\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:arrests?|raids?|detentions?|deportations?|removals?|apprehensions?|sweeps?)\b",
    _I,
)
#: How the people once came ("who had crossed the border illegally years ago"): their past, not where ICE
#: arrested them.
_PAST_CROSSING = re.compile(
    r"\b(?:who|that|after)\s+(?:had\s+|have\s+|having\s+)?(?:\w+\s+)?(?:crossed|crossing|entered|entering)\b[^,;]*", _I
)
#: A counted noun the lexicon does not know, then a passive relative clause that says what happened to them:
#: "more than 200 non-Mexicans who were apprehended".
_RELATIVE_PASSIVE = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,3}?(?:who|that)\s+(?P<verb>(?:had\s+been|have\s+been|has\s+been|were|was|are|is|"
    r"had|have)\s+(?:\w+\s+)?\w+(?:\s+(?:into|in|to|from)\s+(?:\w+\s+){0,2}\w+)?)",
    _I,
)
#: Whom an operation was aimed at ("in an operation targeting people with criminal records"): its targets, not what
#: happened to the people counted.
_AIMED_AT = re.compile(r"\b(?:target(?:ing|ed|s)|aim(?:ed|ing)\s+at|focus(?:ed|ing)\s+on)\b[^,;]*", _I)
#: ", and a jury ...", ", but the agency ...": a coordinated clause that opens with a subject of its own.
_NEW_SUBJECT_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?:a|an|the|its|their|his|her|federal|state)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:jury|jurors|judge|court|prosecutors|agents|officers|police|agency|department|office|officials)\b",
    _I,
)
#: The immigration crimes of GUIDELINES §1's prosecutions: their defendants are `charged`.
_IMMIGRATION_CRIME = _rx(
    r"smuggl\w*",
    r"illegal(?:ly)?\s+(?:re-?)?ent(?:ry|ered|ering)",
    r"re-?entry",
    r"harbou?r\w*",
    r"transport\w*\s+(?:\w+\s+){0,2}?(?:immigrants|migrants|aliens)",
    r"(?:document|identity|visa|marriage|immigration)\s+fraud",
)
#: A finite verb (the predicate of a clause's subject), not a participle modifying a noun.
_FINITE_VERB = _rx(r"had", r"have", r"has", r"were", r"was", r"are", r"is", r"did", r"do", r"does", r"face", r"faces")
#: A "whose" clause tells of another noun ("two mothers whose children became sick while detained"): its verb is
#: not what happened to the people counted.
_WHOSE_CLAUSE = re.compile(r"\bwhose\b[^,;]*", _I)
#: An action that qualifies the noun of an "of" phrase: "two children of another detained man" (the man was detained).
_OF_ACTED_ON_NOUN = re.compile(
    r"\bof\s+(?:a|an|another|the|their|his|her|its|one)\s+(?:[\w-]+\s+){0,2}?(?:detained|arrested|deported|jailed)\s+"
    r"(?:[\w-]+\s+){0,1}?"
    r"(?:man|woman|father|mother|parent|husband|wife|son|daughter|person|immigrant|migrant|worker)\b",
    _I,
)
#: Deaths of people on their way, not in custody: "have died or are missing", "died crossing the desert", "drowned".
_DIED_CROSSING = re.compile(
    r"\bdied\s+or\s+(?:are|were|went|gone|have\s+gone)\s+missing|\bmissing\b|"
    r"\bdied\s+(?:while\s+)?(?:crossing|trying\s+to\s+cross)|"
    r"\bdrown\w*|\bin\s+the\s+desert\b|\bof\s+(?:heat|dehydration|exposure)\b",
    _I,
)
#: A word that opens a relative clause: the verb that governs a number is after the last one before it ("a
#: volunteer who gave water to two migrants").
_RELATIVE_OPENER = re.compile(r"\b(?:who|whom|whose|which)\b", _I)
#: A number, a noun phrase of one to three words, then that phrase's own finite verb.
_UNKNOWN_NOUN_SUBJECT = re.compile(
    r"\s+(?P<np>(?:[A-Za-z][\w'’.-]*\s+){1,3}?)(?P<verb>(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:arrested|apprehended|deported|removed|detained|expelled|caught|encountered|jailed|held)\b)",
    _I,
)
#: A bare number that is its clause's subject: "only 10 did not have criminal records", "375 had been detained".
_OWN_PREDICATE = re.compile(
    r"\s+(?:(?:only|also|still|now)\s+)?(?:were|was|are|is|have|had|has|having|being|did|do|does|remain|remains|"
    r"face|faces|\w+ed)\b",
    _I,
)
#: A finite verb before a number in its clause makes the number that verb's object ("had lost track of 1,500
#: children"): such a number is not a verbless item of a series told across sentences.
_VERB_BEFORE = re.compile(r"\b(?:had|has|have|were|was|is|are|did|does|do|\w+ed)\b", _I)
_HELD = re.compile(r"\b(?:held|detained|jailed|locked\s+up|kept)\b", _I)
SUMMARY = re.compile(r"^(?:In\s+all|All\s+told|In\s+total|Overall|Altogether|Together)\b", _I)
#: A dash aside inside a clause: " — including 7 gang members — " (its closing dash is not a clause break).
_DASH_ASIDE = re.compile(r"\s[—–]\s(?:(?!\s[—–]\s)[^;()]){1,120}?\s[—–]\s")
#: "a five-time deportee", "a three-time removed felon".
_TIME_DEPORTEE = re.compile(r"-times?\s+(?:deport(?:ee|ed)|remov(?:ed|al)|expelled)\b", _I)
_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|\s--\s|\(|\)|,\s+(?:but|while|whereas|although|compared\s+(?:to|with)|up\s+from|down\s+from|"
    r"or\s+about|according)\b|\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with))\b",
    _I,
)
_LIST_ITEM = re.compile(r"\b(?:including|includ(?:es|ed)|among\s+them|of\s+whom|of\s+which)\b", _I)


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
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end and m.start() >= aside_end:
            aside = _DASH_ASIDE.match(sentence, m.start())
            if aside and aside.end() < len(sentence):
                aside_end = aside.end() - 2  # "11 migrants — including 7 gang members — deported": read past it
                continue
            right = m.start()
            break
    return left, right


def _head(after: str) -> re.Match[str] | None:
    m = _HEAD.match(after)
    if m is None or re.match(r"\s*[,;]", after):
        return None  # "was 4,310, officials said": a comma ends the number's noun phrase
    if m.group("mods") and (_PHRASE_STOP.search(m.group("mods")) or re.search(r"\w,\s", m.group(0))):
        return None  # "five times, officials said": a comma after a word ends the noun phrase
    return m


def _trap(s: str, n: NumberMention, window: str, head: re.Match[str] | None) -> str | None:
    """The GUIDELINES §2 rule by which number `n` is not a count ("change", "rate", "capacity" ...), or
    None; `window` is the number's own part of the clause (from the previous count to the end of its
    predicate). A trap is a feature of the candidate, not a verdict: the count model weighs it."""
    before = s[max(0, n.start - 40) : n.start]
    before_q = _TRAP_QUALIFIER.sub("", before)
    after = s[n.end : n.end + 60]
    if n.value < 2 and not n.percent:
        return "single"  # "one man", "a father": single people are cases, not counts
    if _CHANGE_BEFORE.search(before_q) and (n.percent or re.search(r"\bby\s+$", before_q, _I)):
        return "change"
    if _CHANGE_NOUN_BEFORE.search(before_q):
        return "change"  # "an increase of 40 percent": the difference between two levels, not a level
    change = _CHANGE_AFTER.match(after)
    if change and not (re.fullmatch(r"\s*more", change.group(), _I) and not re.search(r"\bthan\b", after, _I)):
        return "change"  # "500 more than last year"; but "11 more migrants deported" is a count of its own
    if _FULL_AFTER.match(after) or _CAPACITY_BEFORE.search(before_q):
        return "capacity"
    # (people "booked into custody" a day are a flow of arrests, not the population held)
    held_daily = (
        re.search(r"\baverage\b", before, _I)
        and re.search(r"detention|detain|custody|\bheld\b", window, _I)
        and not re.search(r"\b(?:into|booked)\s+(?:\w+\s+){0,2}(?:custody|detention|jails?)\b", window, _I)
    )
    if (_RATE_AFTER.match(after) and not held_daily) or _RATE_BEFORE.search(before_q) or _RATIO_AFTER.match(after):
        return "rate"  # ("held an average of 61,000 people a day in detention" is a population, not a flow)
    if head is None and _OF_THINGS_BEFORE.search(before_q):
        return "thing"  # "Of the 130 jurisdictions, 12 refused": 12 jurisdictions
    if _VICTIMS_BEFORE.search(before_q):
        return "victims"
    if _SMUGGLED_BEFORE.search(before_q):
        return "smuggled"
    share = _SHARE_COPULA.match(s, n.end) or (_SHARE_INFINITIVE.match(s, n.end) if n.percent else None)
    if (
        share
        and not _cue_type(share.group("comp"), False, True)
        and not _record_kind(share.group("comp"))
        and not _PLACED_PART.match(share.group("comp"))
    ):
        return "composition"  # "70% of his clients are undocumented": what a group is made of, not an action
    # detainees who sign a letter are still held: their noun says so
    held = head is not None and re.search(r"detainees|inmates|prisoners", head.group(0), _I)
    if _CROWD_AFTER.match(after[head.end() if head else 0 :]) and not held:
        return "crowd"  # "300 people gathered to protest the arrests": a crowd, not people the action touched
    # "the plan to transfer the 74 detainees": a group that exists, named with "the"
    detainees = head is not None and re.search(r"detainees", head.group(0), _I) and re.search(r"\bthe\s+$", before)
    if _PLAN.search(window) and not detainees:
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
    if _MEDICAL.search(window) and not held_np:
        return "medical"  # (people the text places in custody are held, sick or not: "2,500 people in ICE custody")
    near = s[max(0, n.start - 40) : n.end + 60]  # what the text calls these people, not a facility named further off
    if _SHELTER.search(window) and not _CALLED_DETAINED.search(near):
        return "shelter"  # children HHS houses are detentions only where called detained (GUIDELINES §2)
    if n.percent and (_POLL_OR_RATE.search(window) or _OPINION_AFTER.match(s, n.end)):
        return "poll"
    if _POPULATION.search(window) and not re.search(r"detain|custody|held|arrest|deport", window, _I):
        return "population"
    if _POLICE_AT_PROTEST.search(window) and _PROTEST.search(s) and not _IMMIGRATION_AGENT.search(s):
        return "protest"  # "police arrested 575 people, most for curfew violations": no immigration purpose
    ordered = _ORDERED_REMOVED.search(window)
    if ordered and not _RELATIVE_OPENER.search(window, 0, ordered.start()):
        # (a relative clause tells the people's past: "deported 300 people who had been ordered removed")
        return "order"  # "judges ordered 40,000 people deported in absentia": orders, not removals carried out
    if _AVERTED.search(window):
        return "averted"
    if _SEPARATION.match(s, n.end, n.end + 120) or _REUNION.search(window):
        return "separation"  # "1,442 have been reunited with parents in ICE custody": separations are no facts
    if _HISTORY_BEFORE.search(before_q):
        return "history"  # "She has 21 criminal arrests": one person's record, not people touched
    if _RANK_BEFORE.search(before_q):
        return "rank"  # "ranked fifth of 25 counties": a place in a ranking
    if _KIN_OF.search(before_q):
        return "family"  # "father of three", "a mother of two": the size of a family, not people touched
    if _TARGET_BEFORE.search(before_q):
        return "target"  # "targeting two convicted sex offenders": sought, not touched
    if n.value >= 1_000_000 and head is not None and head.group("people") and not _ACTED_ON.search(window):
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
    kind = _EVENT_TYPES.get(" ".join(noun.lower().split()))
    return "border_apprehensions" if kind == "arrests" and border else kind


def _cue_type(text: str, border: bool, custody: bool) -> str | None:
    if border and _BORDER_ONLY_CUE.search(text) and not any(_CUES[t].search(text) for t in _PRIORITY):
        return "border_apprehensions"  # "400 migrants turned themselves in to Border Patrol agents"
    for t in _PRIORITY:
        m = _CUES[t].search(text)
        if m is None:
            continue
        departed = t == "deportations" and re.match(r"(?:left|departed)\b", m.group(), _I)
        if (t == "deaths_in_custody" or departed) and not custody:
            continue  # a death, or a departure from the country, is enforcement's only where custody is named
        if t == "assaults_on_officers" and not OFFICERS.search(text):
            continue
        if t == "arrests" and not border:
            m = next((x for x in _CUES[t].finditer(text) if not re.match(r"encounter", x.group(), _I)), None)
            if m is None:
                continue  # ICE "encountered" people: not an arrest
        if t == "arrests" and border:
            return "border_apprehensions"
        if t == "detentions" and border and re.fullmatch(r"detained", m.group(), _I):
            return "border_apprehensions"  # "25 migrants were detained" at the fence: caught, not held
        return t
    return None


#: A bare number followed by its own verb is the subject of a clause of its own.
_BARE_SUBJECT = re.compile(r"\s+(?:had|have|has|were|was|did|are)\b", _I)
#: A qualifier right before a number ("about", "more than", "~"): set aside when asking whether the number
#: opens its sentence.
_QUALIFIER_END = re.compile(
    r"(?:just\s+)?(?:about|nearly|almost|more\s+than|over|some|approximately|roughly|around|at\s+least|fewer\s+than|"
    r"less\s+than|an\s+estimated|~)\s*$",
    _I,
)
#: "Of those, 812 ...", "Among them, 40 ...": the number is a part of the group counted before.
_OF_THOSE_BEFORE = re.compile(r"^\W*(?:of|among)\s+(?:them|those|these|whom)\s*,?\s*(?:\w+\s+){0,2}?$", _I)
#: A level given in parentheses after the period it belongs to: "from July 2022 (181,834)", "last year (4,310)".
_PERIOD_PAREN_BEFORE = re.compile(
    r"\b(?:(?:19|20)\d\d|year|month|week|quarter|period)\s*\(\s*(?:about|nearly|some|more\s+than|roughly)?\s*$", _I
)
#: An event noun as the label of a list or table cell: "Arrests: 143,000", "| Removals | 256,000".
_LABEL_BEFORE = re.compile(rf"\b(?P<noun>{_EVENTS})\s*(?:\([^()]{{0,30}}\)\s*)?(?::|\|)\s*$", _I)
#: "Of the 97 people arrested in Dallas, 40 ...": the number after a partitive whole is a part of it.
_OF_THE_WHOLE_BEFORE = re.compile(
    r"^\W*(?:of|among)\s+(?:the\s+)?(?:(?:more|fewer)\s+than\s+|nearly\s+|about\s+|some\s+|roughly\s+)?[\d,.]+"
    r"\b[^.;]*,\s*(?:(?:about|nearly|only|just|some|roughly|almost)\s+)?$",
    _I,
)
#: A breakdown's predicate names a kind of person, not another action: "were children", "were from Mexico",
#: "were Mexican nationals", "are women".
_BREAKDOWN = re.compile(
    rf"^\s*,?\s*(?:were|was|are|is)\s+(?:also\s+)?(?:(?:from\b.*)|(?:(?:[\w-]+\s+){{0,3}}?(?:{_PEOPLE})\b)|"
    r"(?:in|at)\s+(?:the\s+)?(?-i:[A-Z]))|"  # "Of those, 97 were in Dallas": where a part of the group was
    # "Of the 212 arrests, 97 took place in Harris County": where that part of the action happened
    r"^\s*,?\s*(?:took\s+place|happened|occurred|were\s+made|came)\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])",
    _I,
)
#: "97 of them", "12 of those": the counted noun is the group counted before.
_OF_THEM = re.compile(r"\s*(?:out\s+)?of\s+(?:them|those|these|whom)\b", _I)


#: A bare number, its share in apposition, then its own verb: "1,400, or 70 percent, had no criminal record".
_APPOSED_SUBJECT = re.compile(
    r"\s*,\s*(?:or\s+)?(?:about\s+|nearly\s+|roughly\s+|some\s+|more\s+than\s+|almost\s+)?[\d.,]+\s*"
    r"(?:%|percent|per\s*cent)(?:\s+of\s+(?:them|those|the\s+total))?\s*,\s*"
    r"(?P<verb>(?:had|have|has|were|was|are|is|did)\b)",
    _I,
)
#: Where a whole's own words end and its share's record begins: "... ICE is holding | have no criminal convictions".
_RECORD_PREDICATE = re.compile(
    r"\s(?:had|have|has|were|was|are|is|did|do|does)\s+(?:not\s+|no\s+|never\s+|been\s+|prior\s+|previous\s+)*"
    r"(?:criminal|convict|records?|histor)",
    _I,
)
_RECORD_TYPES = ("convictions", "no_criminal_record")
_ACTIONS_OF_WHOLE = ("arrests", "border_apprehensions", "detentions", "deportations")
#: A number in apposition to a share, then its verb: "more than half, 45, had no criminal record".
_APPOSED_BARE = re.compile(r"\s*,\s*(?P<verb>(?:had|have|has|were|was|are|is|did)\b)", _I)
#: The qualifier of a share's whole, between "of the" and its number: "72% of the roughly 1,300 people held".
_WHOLE_QUALIFIER = (
    r"(?:(?:more|fewer)\s+than\s+|nearly\s+|about\s+|some\s+|over\s+|roughly\s+|approximately\s+|almost\s+|"
    r"around\s+)?"
)
#: The opening of a partitive whole: "Of the 2,000 people arrested, ...", "Among the more than 300 detained, ...".
_WHOLE_OPENER = re.compile(
    r"^\W*(?:of|among)\s+(?:the|those|these)\s+(?:(?:more|fewer)\s+than\s+|nearly\s+|about\s+|some\s+|roughly\s+|"
    r"almost\s+|over\s+)?$",
    _I,
)


def _whole_action(own: str, border: bool, custody: bool) -> str | None:
    """The action a whole's own words name before the record predicate that belongs to its part: "the 60,000
    people ICE is holding have no criminal convictions" are detentions."""
    own = _RECORD_PREDICATE.split(own, maxsplit=1)[0]
    return next((t for t in _ACTIONS_OF_WHOLE if _cue_type(own, border, custody) == t), None)


def _predicate_end(text: str, n: NumberMention, numbers: list[NumberMention], clause_end: int) -> int:
    """Where the predicate of number `n` ends: at the next number that starts a count of its own.

    A list ("498 immigrants, including 28 in Baltimore and 14 ...,") and an apposition ("Sixty-three
    percent of those arrested, about 317 people, had ...") are skipped over to the shared verb.
    """
    later = [m for m in numbers if m.start > n.start and m.start < clause_end]
    if not later:
        return clause_end
    between = text[n.end : later[0].start]
    whole = _WHOLE_OPENER.search(text, 0, n.start)
    if whole is not None and "," in between:
        # "Of the 2,000 people arrested, 1,400, or 70 percent, had no record": the whole's phrase ends at its comma
        return n.end + between.index(",")
    if _BARE_SUBJECT.match(text, later[0].end) or re.match(r"\s+(?:having|being)\b", text[later[0].end :], _I):
        # "Of the 1,200 people arrested, 700 had criminal convictions", "with 500 having criminal convictions": the
        # later number has its own verb
        return later[0].start
    if _OF_THEM.match(text, later[0].end) or re.search(
        r",\s*(?:most|many|some|all)\s+of\s+(?:them|whom),", between, _I
    ):
        # "arrested 1,000 people, 75% of whom had criminal records", "500 people, 320 of them without criminal
        # records", "most of them, about 900, with criminal records": what follows a part is the part's own
        return later[0].start
    if _OWN_VERB.match(between) and re.search(
        r"(?:,\s*|\s)(?:and\s+)?(?:the\s+remaining\s+|another\s+)?$", between, _I
    ):
        return later[0].start
    if (
        _LIST_ITEM.search(between)
        or re.search(r",\s*(?:or\s+)?(?:about|some|nearly|roughly|approximately|almost)?\s*$", between, _I)
        or re.search(rf"\b(?:and|with|or|of|of\s+the)\s*{_WHOLE_QUALIFIER}$", between, _I)
    ):
        return clause_end
    return later[0].start


def _at_border(text: str, state: dict) -> tuple[bool, bool]:
    """Whether the sentence's people are at the border, and whether it is set at an airport (`state` as in
    `_type_count`: what the story and the sentences before said about the border)."""
    interior = bool(_INTERIOR.search(text))
    placed = _PAST_CROSSING.sub(" ", text) if interior else text
    border = bool(
        _STRONG_BORDER.search(placed)
        or (not interior and (_BORDER.search(text) or state.get("border_before") or state.get("border_story")))
        or (state.get("border_summary") and not interior)
    )
    airport = bool(_AIRPORT.search(text)) and not re.search(r"\bborder\b(?!\s+Protection)|Border\s+Patrol", text, _I)
    if border and airport:
        border = False  # travellers held at an airport are detained, not apprehended at the border
    if state.get("inland"):
        border = False  # arrested inside the country (GUIDELINES §2 arrests), whichever agency made them
    # Mexico's agents detaining a caravan make no U.S. border apprehension (GUIDELINES: CBP/Border Patrol)
    if _FOREIGN_AGENCY.search(text) and not re.search(r"Border\s+Patrol|\bCBP\b|Customs\s+and\s+Border", text, _I):
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
    """The group counted before that the number at `n` breaks down, or None: "Nine hundred of them were children",
    "Of those, 812 were from Mexico" (the group is this sentence's count, or the last one when the number opens its
    sentence)."""
    # the number opens its sentence, a qualifier aside ("More than 3,000 of them were children")
    opens = not _QUALIFIER_END.sub("", text[: n.start]).strip(" \"“'‘(-—–*#|•:") or _OF_THOSE_BEFORE.search(
        text[: n.start]
    )
    group = previous or (last if opens else None)
    if (
        group is not None
        and (
            _OF_THEM.match(head.group(0) if head else "")
            or _OF_THOSE_BEFORE.search(text[: n.start])
            or (head is None and previous is not None and _OF_THE_WHOLE_BEFORE.search(text[: n.start]))
            # a bare share that opens its sentence: "About 40 percent were women" after "ICE arrested 680 people"
            or (head is None and n.percent and opens)
        )
        and (
            _BREAKDOWN.match(predicate)
            # "Among them were 3,000 unaccompanied children": the kind of person is the counted noun itself
            or (
                head is not None
                and head.group("people")
                and re.search(r"\b(?:were|was|are|is)\s*$", text[: n.start], _I)
                and _OF_THOSE_BEFORE.search(text[: n.start])
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
            clause_from <= a < clause_to and _SENT_ABROAD.search(s.text, clause_from - s.start, a - s.start)
            for a in abroad
        )
        or _REMOVAL_FLIGHT.search(s.view or s.text, clause_span[0], clause_span[1])
    )


@dataclass(frozen=True)
class _Reading:
    """What the words around one number say, read once before any typing rule runs (`_read_number`)."""

    s: Sentence
    n: NumberMention
    text: str  # the sentence as read (markup removed): every offset below is into it
    previous: Count | None  # the last count of this sentence that a trap did not reject
    last: Count | None  # the last such count of the story before this sentence
    clause: tuple[int, int]  # the number's clause
    pred_end: int  # where the number's own predicate ends
    head: re.Match[str] | None  # the counted noun phrase right after the number ("498 immigrants")
    left_start: int  # where the number's own words begin: its clause, after the count before it
    left: str  # up to six words before the number, from left_start: its governing verb stands there
    window: str  # the number's own part of the clause, from left_start to the end of its predicate
    predicate: str  # the words after the counted noun phrase, to the end of the predicate
    before_level: str  # the sentence up to the number, qualifiers ("about", "more than") blanked out
    level: re.Match[str] | None  # a level frame right before the number ("reached", "climbed to", "from")
    border: bool  # the people are at the border
    airport: bool  # the sentence is set at an airport
    custody: bool  # custody is named in the sentence or the story is about custody
    sub: bool  # a list item of the count before it in the sentence
    consumed: int  # the sentence offset up to which earlier counts took the words
    detainer_talk: bool  # the sentence names detainers or the story has counted them: its bare "requests" are those


@dataclass
class _Verdict:
    """The type a number is given, filled in step by step by `_type_count`."""

    unit: str
    trap: str | None
    sub: bool
    kind: str | None = None
    breakdown_of: Count | None = None  # the group a breakdown ("Nine hundred of them were children") is a part of


def _read_number(s: Sentence, n: NumberMention, numbers: list[NumberMention], state: dict) -> _Reading:
    """Step 1: the number's clause, predicate, counted noun phrase, governing words and context."""
    text = s.view or s.text
    previous: Count | None = state.get("previous")
    clause_span = _clause(text, n.start, n.end)
    pred_end = _predicate_end(text, n, numbers, clause_span[1])
    head = _head(text[n.end : pred_end])
    consumed = state.get("consumed", 0)
    left_start = max(clause_span[0], consumed)
    border, airport = _at_border(text, state)
    # a list item: a list opens after the count before it ("arrested 498, including 28 in Baltimore") or that count
    # was an item itself, and no clause break comes between
    since_previous = text[previous.number.end : n.start] if previous else ""
    sub = bool(
        previous and (_LIST_ITEM.search(since_previous) or previous.sub) and not _CLAUSE_BREAK.search(since_previous)
    )
    before_level = _LEVEL_QUALIFIER.sub(" ", text[: n.start])
    level = _LEVEL_BEFORE.search(before_level) or re.search(r"\bfrom\s*$", before_level, _I)
    if level and re.fullmatch(r"\s*to\s*", level.group(), _I) and not _TO_LEVEL.search(before_level, clause_span[0]):
        level = None  # "gave water to two migrants": "to" ends a level only after a verb of change or a "from"
    return _Reading(
        s=s,
        n=n,
        text=text,
        previous=previous,
        last=state.get("last"),
        clause=clause_span,
        pred_end=pred_end,
        head=head,
        left_start=left_start,
        left=" ".join(text[left_start : n.start].split()[-6:]),
        window=text[left_start:pred_end],
        predicate=text[n.end + (head.end() if head else 0) : pred_end],
        before_level=before_level,
        level=level,
        border=border,
        airport=airport,
        custody=bool(_CUSTODY.search(text)) or bool(state.get("custody_story")),
        sub=sub,
        consumed=consumed,
        detainer_talk=bool(_CUES["detainers"].search(text)) or "detainers" in state.get("article_types", ()),
    )


def _type_count(s: Sentence, n: NumberMention, numbers: list[NumberMention], state: dict) -> Count | None:
    """Type one number of a sentence, or None; `state` (built per sentence by `find_counts`) carries what the
    story and the counts before it said: the previous and last counts, the border and custody context, the
    list lead, the foreign places named. This function moves its "consumed" offset; find_counts sets "previous".

    The steps, in order, each filling the `_Verdict` only while it has no type:
    `_read_number` reads the clause, the counted noun phrase, the governing words and the context once;
    `_type_by_frame` types the number by a frame around it (a level, a comparison, the whole of a share);
    `_type_by_phrase` by its own words (an event noun, a counted group and its predicate, a label, a verb);
    `_broken_down` makes it a part of a group counted before ("Of those, 300 were women");
    `_type_untyped` guesses (trap "untyped") or types it by its context, else it is no candidate;
    `_correct_type` applies the rules that hold whatever typed it; `_finish` builds the count."""
    r = _read_number(s, n, numbers, state)
    v = _Verdict(unit="percent" if n.percent else "people", trap=_trap(r.text, n, r.window, r.head), sub=r.sub)
    _type_by_frame(r, v)
    if v.kind is None:
        _type_by_phrase(r, v, state)
    if v.kind is None and (group := _broken_down(r.text, n, r.head, r.predicate, r.previous, r.last)) is not None:
        v.kind, v.sub, v.breakdown_of = group.type, True, group
    if v.kind is None:
        _type_untyped(r, v, state)
        if v.kind is None:
            return None
    _correct_type(r, v)
    return _finish(r, v, state)


def _type_by_frame(r: _Reading, v: _Verdict) -> None:
    """Step 2: the frame a number stands in names what it counts: the subject of a level ("the number of ...
    was 4,310", "Apprehensions ... peaked at 98,000"), the other end of a comparison ("rose from 41,200 ... to
    58,900"), a figure pointed back to ("that figure had risen to 85%"), the whole of a share ("42% of the
    136,000"). The first frame that fits decides, even when it leaves the number untyped."""
    text, n, head, previous, last, before_level = r.text, r.n, r.head, r.previous, r.last, r.before_level
    subject = _NUMBER_OF.search(text, r.consumed, n.start) if r.level and (head is None or n.percent) else None
    if subject is not None and (kind := _cue_type(text[subject.end() : n.start], r.border, r.custody)):
        v.kind = (
            kind  # "the average number of illegal aliens encountered at the southern border in January was 141,710"
        )
    elif r.level and head is None and (ev := _EVENT_SUBJECT.search(before_level)) and not previous:
        v.kind = _event_noun_type(ev.group("noun"), r.border)  # "monthly apprehensions ... rose over 50,000"
        if v.kind in _UNITS:
            v.unit = _UNITS[v.kind]
    elif (
        r.level
        and head is None
        and not previous
        and (ev := _CLAUSE_SUBJECT.match(text, r.clause[0]))
        and ev.end() <= n.start
    ):
        v.kind = _event_noun_type(ev.group("noun"), r.border)  # "Apprehensions at the border peaked at 98,000"
        if v.kind in _UNITS:
            v.unit = _UNITS[v.kind]
    elif (
        (r.level or _COMPARED.search(before_level))
        and head is None
        and previous is not None
        and not previous.sub
        and not re.search(
            rf"\b(?:{_PEOPLE}|{_EVENTS}|{_THINGS})\b", text[max(previous.number.end, r.clause[0]) : n.start], _I
        )
    ):
        v.kind, v.unit = previous.type, previous.unit  # the other end of a comparison: "rose from 41,200 ... to 58,900"
    elif head is None and last is not None and _ANAPHOR.search(before_level[r.left_start :]):
        v.kind = last.type  # "By 2014, that figure had risen to 85%."
        if last.unit != "percent" and not n.percent:
            v.unit = last.unit
    elif (
        previous is not None
        and previous.number.percent
        and not n.percent
        and (head is None or head.group("people"))
        and re.fullmatch(
            rf"\s*of\s+(?:the\s+)?{_WHOLE_QUALIFIER}",
            text[previous.number.end : n.start],
            _I,
        )
    ):
        v.kind = previous.type  # "about 42% of the more than 136,000 nationwide": the whole
        if previous.type in _RECORD_TYPES:
            # the whole's own words name the action its people are in: "70% of the 60,000 people ICE is holding
            # have no criminal convictions" are detentions; the record belongs to the share
            v.kind = _whole_action(text[n.end : r.pred_end], r.border, r.custody) or v.kind
    elif (
        previous is not None
        and previous.type in _RECORD_TYPES
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
        v.kind = _EVENT_TYPES.get(noun) or _requests_kind(noun, r) or _cue_type(r.window, r.border, r.custody)
        if v.kind == "assaults_on_officers" and (
            re.search(r"sexual|domestic|aggravated", head.group(0), _I)
            or not (OFFICERS.search(text) or "assaults_on_officers" in state.get("article_types", ()))
        ):
            v.trap = v.trap or "no_officers"  # assaults on officers unless officers are named or the story counts them
        if v.kind == "arrests" and (r.border or noun == "encounters"):
            v.kind = "border_apprehensions"
        if v.kind == "deaths_in_custody" and not r.custody:
            v.trap = v.trap or "no_custody"
        if v.kind == "deportations" and re.search(r"\b(?:a|his|her)\s+(?:record|history)\s+of\b", r.window, _I):
            v.unit = "incidents"
    elif re.match(r"^\s+times\b", text[n.end :], _I):
        v.kind, v.unit = "deportations", "incidents"
        if not _TIMES_DEPORTED.search(text[max(0, n.start - 40) : n.start]):
            v.trap = v.trap or "times"  # "arrested three times" is one person's history, not a count
    elif _TIME_DEPORTEE.match(text, n.end):
        v.kind, v.unit = "deportations", "incidents"  # "a five-time deportee": removals of one person (GUIDELINES §2)
    elif head is not None or n.percent:
        _type_group(r, v)
    elif _WITH_RECORD.match(text[n.end :]):
        v.kind = "convictions"  # "sprung 629 with criminal convictions"
    elif (
        head is None
        and not n.percent
        and (previous or last) is not None
        and _PERIOD_PAREN_BEFORE.search(text, max(0, n.start - 60), n.start)
    ):
        whole = previous or last
        v.kind, v.unit = whole.type, whole.unit  # "a 97% decrease from July 2022 (181,834)": the level then
    elif label := _LABEL_BEFORE.search(text, max(0, n.start - 60), n.start):
        v.kind = _event_noun_type(label.group("noun"), r.border)  # "Arrests: 143,000", "| Removals | 256,000 |"
        if v.kind in _UNITS:
            v.unit = _UNITS[v.kind]
    elif (apposed := _APPOSED_SUBJECT.match(text, n.end, r.pred_end)) or (
        re.search(r",\s*$", r.before_level) and (apposed := _APPOSED_BARE.match(text, n.end, r.pred_end))
    ):
        v.kind = _cue_type(
            text[apposed.start("verb") : r.pred_end], r.border, r.custody
        )  # "1,400, or 70 percent, had no"
    elif previous is not None and (
        _ELLIPSIS_AFTER.match(text[n.end :])
        or (_GAPPED_AFTER.match(text, n.end) and re.search(r"\band\s*$", r.before_level, _I))
    ):
        v.kind = previous.type  # "... compared to nine in fiscal 2016", "19 were charged with reentry, and eight with"
        v.unit = previous.unit if previous.unit != "percent" else "people"
    elif rel := _RELATIVE_PASSIVE.match(text, n.end, r.pred_end):
        v.kind = _cue_type(rel.group("verb"), r.border, r.custody)  # "200 non-Mexicans who were apprehended"
    elif GOVERNING_VERB.search(left):
        v.kind = _cue_type(left, r.border, r.custody)  # "authorities have apprehended 54,052"
        if v.kind == "detentions" and _DETAINED_JUST_BEFORE.search(left) and head is None:
            v.kind = "arrests"
    elif _COPULA_BEFORE.search(left) and re.search(
        rf"\b(?:{_PEOPLE}|{_EVENTS}|population|numbers|figures?|total|tally|count)\b", left, _I
    ):
        v.kind = _cue_type(left, r.border, r.custody)  # "the average daily detainee population was 24,208"
    else:
        own = _OWN_PREDICATE.match(text, n.end)
        v.kind = _cue_type(text[n.end : r.pred_end], r.border, r.custody) if own else None
        noun = _UNKNOWN_NOUN_SUBJECT.match(text, n.end, r.pred_end) if v.kind is None and not n.percent else None
        if noun is not None and not _PHRASE_STOP.search(noun.group("np")):
            # a counted noun the lexicon does not know, subject of its own verb: "two bystanders were arrested",
            # "300 Nicaraguans were detained"
            v.kind = _cue_type(noun.group("verb"), r.border, r.custody)


def _requests_kind(noun: str, r: _Reading) -> str | None:
    """Bare "requests" are detainer requests where the sentence or the story before it talks of detainers ("the
    jail honored 245 of 880 requests" after "1,032 immigration detainer requests"); elsewhere they are nothing."""
    return "detainers" if noun == "requests" and r.detainer_talk else None


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
        v.kind = _type_total(r, people)
    if (
        v.kind == "detentions"
        and previous is not None
        and previous.type == "deaths_in_custody"
        and _OF_THEM.match(head.group(0) if head else "")
    ):
        v.kind = "deaths_in_custody"  # "nine people died in ICE custody, and three of them were held at Stewart"
    if v.kind is None and head is not None and head.group("of") and head.group("event") and not n.percent:
        # a part of a whole counted by an event noun, with no predicate of its own: "the jail honored 245 of 880
        # requests", "97 of the 212 arrests" count what the whole counts
        noun = head.group("event").lower()
        v.kind = _EVENT_TYPES.get(noun) or _requests_kind(noun, r)
        v.kind = "border_apprehensions" if v.kind == "arrests" and r.border else v.kind
    if (
        v.kind is None
        and previous is not None
        and _OF_THEM.match(head.group(0) if head else "")
        and not _OWN_VERB.match(r.predicate)
    ):
        v.kind = previous.type  # "Agents arrested 212 people, 97 of them in Dallas": a part of the count before
    coordinated = previous is not None and _COORDINATED.fullmatch(text[previous.number.end : n.start])
    # a record is told of each group by its own words: "61 criminal aliens and two gang members" are not two
    # more convictions (GUIDELINES §2 convictions: those with criminal convictions or records)
    shares = previous is not None and previous.type not in _RECORD_TYPES
    if v.kind is None and shares and people and coordinated:
        v.kind = previous.type  # "include 19 gang members and 8 sex offenders": the second shares the first's verb
    if v.kind is None and r.sub and shares and people:
        v.kind = previous.type  # "including more than 3,000 unaccompanied children": a part counts as its whole
    if (
        v.kind is None
        and previous is not None
        and head is not None
        and re.fullmatch(r"\s*(?:more|others)", head.group(0), _I)
    ):
        v.kind = previous.type  # "25 people on Tuesday, and 14 more on Wednesday": more of what was counted before
    if v.kind is None and n.percent and previous is not None and _ELLIPSIS_AFTER.match(text[n.end :]):
        v.kind = previous.type  # "..., just over 40 percent", "(64 percent)"


def _type_total(r: _Reading, people: str | None) -> str | None:
    """The type of a counted group that is no list item: its own predicate first, then the verb that governs it
    from before, then what its noun says ("criminal aliens", "detainees")."""
    text, n, head, left, predicate = r.text, r.n, r.head, r.left, r.predicate
    # a total's own words come before its list: "118 people into custody, including 84 with criminal
    # histories" are arrests, the 84 the convictions
    own_words = _WHOSE_CLAUSE.sub(" ", _EVENT_IN_PHRASE.sub(" ", text[n.end : r.pred_end]))
    own_words = _OF_ACTED_ON_NOUN.sub(" ", _AIMED_AT.sub(" ", own_words))
    # a coordinated clause with a subject of its own is not the total's: "charged 14 people with smuggling, and a
    # jury later convicted nine of them" (the 14 are charged; the jury's verb is the nine's)
    own_words = _NEW_SUBJECT_CLAUSE.split(own_words, maxsplit=1)[0]
    # a part with its whole stated after it and no finite verb of its own ("ICE deported 12 of the 40 people
    # arrested in the raid"): the participle after the whole is the whole's; the verb before the part is the part's
    stated_whole = head is not None and head.group("of") and re.search(r"\d", head.group("of"))
    if stated_whole and GOVERNING_VERB.search(left) and not _FINITE_VERB.search(predicate):
        own_words = ""
    kind = _cue_type(own_words, r.border, r.custody)
    listed = _LIST_ITEM.search(text, n.end, r.pred_end)
    if listed and kind in _RECORD_TYPES and text[n.end : listed.start()].strip():
        # the record is the list's ("80 people, including 12 convicted sex offenders"): the total takes
        # its own words before the list, else the verb that governs it ("75% of whom had criminal
        # records" has no words of its own before "of whom": the record is the share's)
        kind = _cue_type(text[n.end : listed.start()], r.border, r.custody)
    if kind == "detentions" and _DETAINED_BY.search(predicate) and not r.border:
        kind = "arrests"  # "U.S. citizens detained by immigration agents"
    if kind is None and _DETAINED_JUST_BEFORE.search(left):
        kind = "arrests"  # "officers detained two brothers": an arrest, not a headcount
    if kind is None and _STOPPED_BEFORE.search(left) and _STOPPED_ENTERING.match(predicate):
        kind = "border_apprehensions"  # "stopped 261 migrants from entering the United States"
    held = _HELD.search(text, r.clause[0], n.start)
    if kind is None and held and re.search(r"\bwith\s*$", r.before_level, _I):
        kind = "detentions"  # "held for several hours ... with almost two dozen other observers"
    if kind is None and (_ENCLOSURE_AFTER.match(predicate) or _ENCLOSURE_BEFORE.search(left)):
        kind = "detentions"  # "40 migrants in a large holding cell", "One cage had 20 children"
    if kind in (None, "convictions") and _STREETS.search(r.window):
        kind = "arrests"  # "removed nearly 1,500 criminal illegal immigrants from the streets"
    # the verb that governs the number is the nearest one before it: a relative clause in between ("a
    # volunteer who gave water to two migrants") has its own verb, and the action before it is not theirs
    own_left = _RELATIVE_OPENER.split(left)[-1]
    if r.previous is not None and re.search(r"[,;]\s*$", left):
        own_left = ""  # "5 people detained, 2 citizens released": a verb before the comma is the count's before
    if kind is None and not _OWN_VERB.match(predicate):
        kind = _cue_type(own_left, r.border, r.custody)
    if kind is None and GOVERNING_VERB.search(own_left):
        # "arrested 300 people who had crossed", "The officer who arrested 14 people was suspended": the verb
        # just before the number governs it, whatever verb follows its noun
        kind = _cue_type(own_left, r.border, r.custody)
        if kind == "detentions" and _DETAINED_JUST_BEFORE.search(left):
            kind = "arrests"
    if kind is None and _REMOVED_BEFORE.search(left):
        kind = "deportations"  # "the agency removed 267,258 people"
    if kind in (None, *_RECORD_TYPES) and head is not None:
        kind = _record_kind(head.group(0)) or kind  # "ICE released 68,000 criminal aliens", "461 non-criminals"
    if re.search(r"detainee", people or "", _I) and kind not in (*_RECORD_TYPES, "deaths_in_custody"):
        kind = "detentions"
    if kind is None and re.fullmatch(r"defendants", people or "", _I) and _IMMIGRATION_CRIME.search(text):
        kind = "charged"  # "convicted 11 of the 14 defendants of conspiracy to transport ...": all 14 prosecuted
    return kind


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
        and len(text.split()) <= _LIST_ITEM_WORDS
    ):
        # an item of a list or a row of a table whose lead names what is counted: "ICE arrests by city:" then
        # "- Chicago: 1,100"
        lead_text = state["list_lead"]
        noun = re.search(rf"\b(?P<noun>{_EVENTS})\b", lead_text, _I)
        v.kind = _cue_type(lead_text, r.border, r.custody) or (
            _EVENT_TYPES.get(noun.group("noun").lower()) if noun else None
        )
        v.trap = None if v.kind else v.trap
    listed = _LIST_ITEM.search(text, r.clause[0], n.start)
    if (
        v.trap == "untyped"
        and people
        and listed
        and _LEVEL_QUALIFIER.fullmatch(" " + text[listed.end() : n.start])
        and (whole := _cue_type(text[r.clause[0] : listed.start()], r.border, r.custody))
    ):
        # a part of a group its clause counts in words: "travelers held there, including two grandmothers"
        v.kind, v.trap = whole, None
    if v.kind is None and v.trap == "untyped" and people and _HELD_AT.search(r.window):
        # "1,300 children have remained at the Tornillo camp", "process 47,000 children at the Nogales center"
        v.kind, v.trap = "detentions", None
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
        and not _OWN_VERB.match(r.predicate)
        and not _VERB_BEFORE.search(text, r.clause[0], n.start)
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
        and _POINTING_SUBJECT.search(text, r.clause[0], n.start)
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
        and not (head is not None and _TRAVELLERS.search(head.group(0)))
        and _sends_abroad(r.s, r.clause, state.get("abroad", ()))
        and not (r.level and _REMOVAL_FLIGHT.search(text, r.clause[0], n.start))  # "removal flights rose to 1,565"
    ):
        v.kind, v.trap = "deportations", None


def _correct_type(r: _Reading, v: _Verdict) -> None:
    """Step 5: rules that correct a type whatever step gave it: detainers lodged on people, convictions in the
    story's own prosecution, people detained by agents (arrests) or on arrival (detentions), deaths on the way."""
    window = r.window
    if _DETAINERS_ON.search(r.left):
        v.kind, v.unit = "detainers", "requests"  # "lodged detainers on 45 of those arrested": one request each
    if v.kind == "convictions" and _CONVICTED_IN_COURT.search(window) and _PROSECUTION.search(r.text):
        v.kind = "charged"  # "300 workers being convicted of document fraud": prosecuted (GUIDELINES §2 charged)
    if v.kind == "detentions" and not r.border and _DETAINED_BY.search(window):
        v.kind = "arrests"  # "cases of U.S. citizens detained by immigration agents"
    if v.kind == "arrests" and r.airport and re.search(r"\bdetain", window, _I):
        v.kind = "detentions"  # "officers at the airport detained 12 travelers": held on arrival, not arrested
    if v.kind == "detentions" and _GENERAL_JAIL.search(window) and not _IMMIGRANT_HELD.search(r.text):
        v.trap = v.trap or "jail"  # "the jail's average daily population was 1,900 inmates": not immigration detention
    if v.kind == "deaths_in_custody" and _DIED_CROSSING.search(r.text, r.n.end, r.clause[1]):
        v.trap = (
            v.trap or "no_custody"
        )  # "170 migrants have died or are missing on the border": not in anyone's custody
    v.unit = _UNITS.get(v.kind, v.unit) if v.unit != "percent" else v.unit


def _finish(r: _Reading, v: _Verdict, state: dict) -> Count:
    """Step 6: the count, with the whole it is a part of; an accepted count takes its words from what follows."""
    n, head = r.n, r.head
    if v.trap is None:
        state["consumed"] = n.end + (head.end() if head else 0)
    head_kind = next((g for g in ("people", "event", "thing") if head is not None and head.group(g)), "")
    cue = bool(_cue_type(r.text[n.end : r.pred_end], r.border, r.custody) or GOVERNING_VERB.search(r.left))
    total = None
    part_of = v.breakdown_of or r.previous
    if v.sub and part_of is not None:
        whole = part_of.total or v.breakdown_of or r.previous
        total = whole if whole.type == v.kind and whole.unit == v.unit and whole.number.value > n.value else None
    return Count(v.kind, v.unit, n, r.s, r.clause, v.sub, v.trap, head_kind, r.border, r.left, cue, total)


#: Points along the land borders (lat, lon), Pacific to Gulf and Pacific to Atlantic: a town within
#: `_NEAR_BORDER_KM` of one is "at or near the border" (GUIDELINES §2 border_apprehensions); the 100-mile
#: zone in which Border Patrol works.
_BORDER_POINTS = (
    *((32.54, -117.03), (32.62, -116.0), (32.72, -114.72), (32.2, -113.5), (31.88, -112.5), (31.33, -111.0)),
    *((31.33, -109.5), (31.33, -108.2), (31.78, -106.5), (30.6, -105.0), (29.56, -104.4), (29.2, -103.2)),
    *((29.8, -101.8), (29.36, -100.9), (28.7, -100.5), (27.5, -99.5), (26.4, -99.0), (26.1, -98.3)),
    *((25.9, -97.5), (49.0, -123.0), (49.0, -120.0), (49.0, -117.0), (49.0, -114.0), (49.0, -111.0)),
    *((49.0, -108.0), (49.0, -104.0), (49.0, -100.0), (49.0, -97.0), (48.6, -93.4), (48.0, -89.6)),
    *((46.5, -84.4), (45.0, -82.5), (42.3, -83.0), (41.7, -82.0), (42.9, -78.9), (43.5, -76.5)),
    *((44.3, -75.8), (45.0, -74.7), (45.0, -71.5), (47.4, -68.3), (45.1, -67.0)),
)
_NEAR_BORDER_KM = 160.0
#: States that touch no land border: a town there, or the state itself, is inside the country.
_INTERIOR_STATES = frozenset(
    {
        *("Alabama", "Arkansas", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii"),
        *("Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maryland", "Massachusetts"),
        *("Mississippi", "Missouri", "Nebraska", "Nevada", "New Jersey", "North Carolina", "Ohio", "Oklahoma"),
        *("Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Utah"),
        *("Virginia", "West Virginia", "Wisconsin", "Wyoming", "Washington, D.C.", "District of Columbia"),
    }
)
#: The border named as where something happened (not "Border Patrol", "Customs and Border Protection").
_BORDER_PLACE = _rx(
    r"border(?!\s+(?:Patrol|Protection|czar|agents?|officers?|officials?|chief|security|enforcement|policy))",
    r"ports?\s+of\s+entry",
    r"sectors?",
    r"cross(?:ed|ing|ings)?\s+(?:into|the|illegally)",
    r"Rio\s+Grande",
)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine), km."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def _inland(place: Place) -> bool | None:
    """True for a U.S. town or state away from any land border, False for one near it, None when unknown
    (a region, a foreign place, a border state named alone)."""
    if place.country != "US" or not place.state:
        return None
    if place.city and place.lat is not None and place.lon is not None:
        return min(_km((place.lat, place.lon), p) for p in _BORDER_POINTS) > _NEAR_BORDER_KM
    return True if place.state in _INTERIOR_STATES else None


def _inland_sentences(sentences: list[Sentence], mentions: list) -> set[int]:
    """Indexes of the sentences that name an inland U.S. place and neither the border nor a town near it.
    (Only the sentence's own places decide: a story told mostly inland still has its border counts.)"""
    inland: set[int] = set()
    near: set[int] = set()
    k = 0
    for m in sorted(mentions, key=lambda m: m.start):
        while k < len(sentences) and sentences[k].end <= m.start:
            k += 1
        if k == len(sentences):
            break
        verdict = _inland(m.place)
        if verdict is not None and sentences[k].start <= m.start:
            (inland if verdict else near).add(k)
    near.update(k for k, s in enumerate(sentences) if _BORDER_PLACE.search(s.view or s.text))
    inland -= near
    # a sentence that names no place goes on where the one before it in its paragraph is: "Agents arrested 1,100
    # people in Chicago. Agents arrested 45 at a Home Depot on Tuesday." are both inside the country
    named = {k for k, s in enumerate(sentences) for m in mentions if s.start <= m.start < s.end}
    for k in range(1, len(sentences)):
        same_paragraph = sentences[k].paragraph == sentences[k - 1].paragraph
        if same_paragraph and k - 1 in inland and k not in named and k not in near:
            inland.add(k)
    return inland


def find_counts(sentences: list[Sentence], mentions: list | None = None) -> list[Count]:
    """Typed numbers of every sentence, in order; `mentions` (tasks.analysis.places.find_places of the
    article) tell arrests inside the country from apprehensions at the border."""
    counts: list[Count] = []
    prev_sentence: Sentence | None = None
    inland = _inland_sentences(sentences, mentions or [])
    border_story = sum(bool(_STRONG_BORDER.search(s.view)) for s in sentences) >= _STORY_THEME_SENTENCES
    custody_story = sum(bool(_HELD_STORY.search(s.view or s.text)) for s in sentences) >= _STORY_THEME_SENTENCES
    lead: str | None = None  # the line that opens a list or table ("ICE arrests by city:", "| City | Arrests |")
    for k, s in enumerate(sentences):
        view = s.view or s.text
        item = bool(_ITEM_MARK.match(s.text))
        if re.fullmatch(r"[\s|:-]+", s.text):
            continue  # a table's rule line
        if not item or (s.text.lstrip().startswith("|") and not re.search(r"\d", view)):
            opens_list = view.rstrip().endswith(":") or s.text.lstrip().startswith("|")
            lead = view if opens_list and _LEAD_NOUN.search(view) else None
            if item:
                continue  # a table's header row
        border_before = bool(
            prev_sentence and prev_sentence.paragraph == s.paragraph and _BORDER.search(prev_sentence.view)
        )
        prev_sentence = s
        short = len(view) < 12 and not (item and lead)  # "- Aurora: 85" under "ICE arrests by city:" is read
        if (view.isupper() and k > 0) or short or _LINK_ITEM.match(s.text) or _CAPTION.match(view):
            continue  # capitalised labels and fragments (the story's own headline, its first line, is read)
        summary_border = bool(
            SUMMARY.match(s.view) and any(_STRONG_BORDER.search(p.view) for p in sentences[max(0, k - 2) : k])
        )
        state: dict = {
            "border_before": border_before,
            "border_story": border_story,
            "custody_story": custody_story,
            "border_summary": summary_border,
            "last": next((c for c in reversed(counts) if c.trap is None), None),
            "article_types": {c.type for c in counts if c.trap is None},
            # Border Patrol agents arresting people in Chicago make arrests, not border apprehensions
            "inland": k in inland,
            "list_lead": lead if item else None,
            "sentence_before": sentences[k - 1] if k else None,
            # where the sentence names a foreign country or town (article offsets): where people may be sent
            "abroad": [
                m.start for m in mentions or () if s.start <= m.start < s.end and m.place.country not in (None, "US")
            ],
        }
        numbers = find_numbers(view)
        for n in numbers:
            c = _type_count(s, n, numbers, state)
            if c is not None:
                counts.append(c)
                if c.trap is None:
                    state["previous"] = c
    return counts
