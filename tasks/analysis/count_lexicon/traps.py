"""Exclusions: the GUIDELINES §2 traps that set a number aside (a change, a rate, an average, a plan, a
population, a capacity, a thing counted), numbers in what is imagined, tried or denied, and numbers of the
work around enforcement.
"""

from __future__ import annotations

import re

from tasks.analysis.count_lexicon.vocabulary import (
    _I,
    AT_NUMBER,
    DETAIN_WORDS,
    EVENTS,
    FALSE_PAPERS,
    PEOPLE,
    PHRASE_STOP,
    THINGS,
    rx,
)

# ---------------------------------------------------------------------------------------------
# Exclusions
# ---------------------------------------------------------------------------------------------

#: A verb of change ("rose", "fell", "doubled"), read by the change trap (CHANGE_BEFORE), the level frame (TO_LEVEL)
#: and the count model's `change_verb` frame.
CHANGE_VERB = (
    r"(?:up|down|rose|risen|rise|fell|fallen|dropped|drop|increased|decreased|declined|jumped|grew|"
    r"climbed|surged|plunged|soared|spiked|cut|reduced|doubled|tripled)"
)
#: A sign written on the number itself ("Arrests: +18%", "Border encounters: -61%"): a change from a base, not a
#: level (GUIDELINES §2: changes are not counts); a range ("10-15") or a list dash ("- 61") is no sign.
SIGNED_BEFORE = re.compile(r"(?:^|[\s:(|])[+\u2212-]$")
CHANGE_BEFORE = re.compile(
    rf"\b(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)(?<!ended\s)(?<!end\s)"
    # a rank "followed by 9,870 Guatemalans" is no change (`parts.RANKED_GROUP_BEFORE`)
    rf"{CHANGE_VERB}\s+(?:by\s+)?(?:nearly\s+|about\s+|more\s+than\s+|almost\s+)?$|(?<!followed\s)\bby\s+$",
    _I,
)
#: A change named as a noun: "an increase of 40 percent", "a drop of 1,200 from last year", "a 35% jump".
CHANGE_NOUN_BEFORE = re.compile(
    r"\b(?:increase|decrease|decline|drop|jump|rise|reduction|spike|surge|growth|fall|dip|gain|uptick|downturn)"
    r"\s+of\s*$",
    _I,
)
#: A difference of two counts as the subject of the number: "the gap between arrests and removals grew to 12,000",
#: "a difference of 4,000", "the shortfall stood at 900" (a difference is no count, as a change is none).
DIFFERENCE_BEFORE = re.compile(
    r"\b(?:gap|difference|disparity|shortfall|margin)s?\b(?:\s+(?:between|in)\b[^\d;.]{0,60}?)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:of|was|is|were|are|to|at|reached|hit|totall?ed|numbered)\s*$",
    _I,
)
CHANGE_AFTER = re.compile(
    r"^\s*(?:increase|decrease|decline|drop|jump|rise|reduction|spike|surge|more|fewer|higher|lower|less|"
    r"greater|smaller|above|below)\b",
    _I,
)
RATE_AFTER = re.compile(
    # "in a single week", "on a single day", "for more than a year", "after a year" are spans, not rates
    # (whole words: "into detention a day", "in Washington a month" are rates)
    r"^[^,;.]{0,60}?\b(?<!\bin\s)(?<!\bon\s)(?<!\bwithin\s)(?<!\bduring\s)(?<!\bover\s)(?<!\bthan\s)(?<!\bafter\s)"
    r"(?<!\bfor\s)(?<!\bnearly\s)(?<!\balmost\s)(?<!\bleast\s)"
    r"(?:(?:a|per|each|every)\s+(?:single\s+)?(?:day|week|month|year)(?!-|\s+(?:earlier|ago|before|later|after))|everyday|"
    r"daily|weekly|annually|"
    r"per\s+every|per\s+capita|per\s+\d+)\b",  # "7.8 deaths per 100,000 people admitted"
    _I,
)
RATE_BEFORE = re.compile(
    r"\bper\s+(?:every\s+)?$|\bout\s+of\s+every\s+$|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:every\s+)?$",  # "one in three"
    _I,
)
#: A ratio: "3 times the national average", "twice as many", "five times higher".
RATIO_AFTER = re.compile(
    r"^\s*(?:times|fold)\s+(?:the|as|more|higher|greater|larger|lower|fewer|that\s+of|what)\b|^-fold\b", _I
)
#: The whole of a partitive that counts things: "Of the 130 jurisdictions, 12 refused to honor detainers".
OF_THINGS_BEFORE = re.compile(
    r"\b(?:of|among)\s+(?:the|those|these|its|their)\s+(?:[\d,.]+\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:jurisdictions|counties|cities|states|countries|facilities|agencies|departments|sheriffs|companies|"
    r"businesses|cases|requests|judges|courts|districts|sectors|offices)\s*,\s*"
    r"(?:(?:about|nearly|only|just|some|roughly|almost)\s+)?$",
    _I,
)
PLAN = rx(
    r"expect(?:s|ed)?\s+to",
    r"plan(?:s|ned|ning)?\s+to",
    r"aim(?:s|ed|ing)?\s+(?:to|for)",  # "aiming to arrest 5,000", "aims for 7,000 arrests"
    r"intend(?:s|ed|ing)?\s+to",
    r"goal",
    r"(?:a|the|its|their)\s+target\s+of",
    r"quota",
    r"projected",
    r"on\s+pace",
    r"on\s+(?:track|course)\s+(?:to|for)",  # "on track to make 400,000 arrests this year": a projection
    r"wants?\s+(?:\w+\s+){0,2}?(?:nearly\s+|about\s+)?\d+",
    r"required\s+(?:by\s+law\s+)?to",
    r"mandate[ds]?",
    r"propos(?:e|ed|al)",
    r"would\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:arrest|deport|detain|remov|apprehend|expel|target|hold)\w*",
    r"(?:will|could|may|might)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:arrest|deport|detain|remov|apprehend|expel|target)\w*",
    r"(?:up\s+to|as\s+many\s+as)\s+[\d,]+\s+\w+\s+(?:could|would|will|may)",
)
POPULATION = rx(
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
#: A handover people only qualify for: "could be eligible for transfer to ICE custody" (no one is held or handed over
#: yet: the custody it names is a prospect, so it does not keep a population of eligible people from being one).
ELIGIBLE_FOR_HANDOVER = re.compile(
    r"\b(?:eligible|qualif(?:y|ies|ied)|candidates?)\s+for\s+(?:(?:possible|eventual|likely)\s+)?"
    r"(?:transfer|referral|handover|being\s+(?:transferred|handed\s+over|turned\s+over))\s+to\s+"
    r"(?:(?:ICE|immigration|federal|the|U\.S\.)\s+){0,2}(?:custody|detention|authorities|agents|officials)\b",
    _I,
)
#: A caravan's size right before the number ("a caravan of about 1,500 migrants left Tapachula"): people on the move,
#: no action touched them unless the number's own words say one did (`ACTED_ON`).
CARAVAN_OF_BEFORE = re.compile(r"\bcaravans?\s+of\s+$", _I)
#: A figure restated by a demonstrative right around its number ("That 310,000 figure includes ...", "this 98,000
#: total"): the count told before, said again (GUIDELINES §2: one number stated once is one fact).
RESTATED_FIGURE_BEFORE = re.compile(r"\b(?:that|this)\s+$", _I)
RESTATED_FIGURE_AFTER = re.compile(r"\s*(?:figure|total|number|tally|count)\b", _I)
#: A population held somewhere, told as a headcount: "an average daily population of 1,712", "held 39,000 people
#: on an average day", "on any given day" (GUIDELINES §2 detentions: a population, a facility's headcount).
HELD_POPULATION = rx(
    r"(?:average\s+)?daily\s+(?:detained\s+|detainee\s+|detention\s+)?population",
    r"(?:detained|detainee|detention)\s+population",
    r"on\s+(?:an?\s+)?(?:average|typical|given|any\s+given)\s+day",
    r"(?:a|per|each)\s+day\s+on\s+average",
)
#: A held population named right before its number by "of" ("ended the year with a detained population of 38,000",
#: "a detainee population of about 24,000"): the number is the people held (GUIDELINES §2 detentions: a population),
#: whatever verb governs the noun phrase. The adjective must say held; a place's "population of" stays out.
HELD_POPULATION_OF_BEFORE = re.compile(
    r"\b(?:(?:average\s+)?daily\s+)?(?:detained|detainee|detention)\s+population\s+of"
    r"(?:\s+(?:about|around|roughly|nearly|almost|some|approximately|more\s+than|over|just\s+(?:over|under)|"
    r"close\s+to))?\s*$",
    _I,
)
#: A group's own predicate that tells its arrival somewhere after its removal: "86 men arrived in Phnom Penh after their
#: deportation", "landed in San Salvador following their removal": the people removed (GUIDELINES §2 deportations), as
#: "after being deported" is. The removal noun is the arrival's cause; an order, a hearing or proceedings are none.
ARRIVED_AFTER_OWN_REMOVAL = re.compile(
    r"\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|returned\s+home|came\s+back|got\s+back)\b[^.;:!?]{0,80}?"
    r"\b(?:after|following|upon)\s+(?:their\s+)?(?:deportation|removal|expulsion|repatriation)\b"
    r"(?!\s+(?:orders?|proceedings|hearings?|cases?|flights?\s+(?:was|were)\s+(?:canceled|cancelled|halted)))",
    _I,
)
#: A headcount told at a point in time after a verb of detaining: "ICE detained 61,226 people as of Sunday", "detained
#: 54,000 at the end of the quarter" (GUIDELINES §2 detentions: a population held on a date, as `HELD_POPULATION`'s
#: average day), not people taken in an action. Only the end of a period of the calendar ("at the end of the
#: operation" tells when an action ended). The verb right before the number (`DETAINED_JUST_BEFORE`) governs it; the
#: date is in the number's own predicate.
AS_OF_DATE = re.compile(
    r"\b(?:as\s+of|at\s+the\s+(?:end|close)\s+of\s+(?:the\s+|last\s+|that\s+)?"
    r"(?:day|week|month|quarter|year|fiscal\s+year|fiscal\s+\d{4}|\d{4}|"
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)))\b",
    _I,
)
#: A number told as a guess, a hedge right before it: "There are probably 20,000 people sitting in ICE jails who never
#: committed a crime", "maybe 300 people were arrested": the speaker's guess at a figure, not one the text
#: states (GUIDELINES §2: nothing is inferred that the text does not state; an approximate figure, "about 317", is
#: still stated and stays a count).
GUESS_BEFORE = re.compile(
    r"\b(?:probably|perhaps|maybe|possibly)\s+(?:(?:about|around|roughly|some|more\s+than|over|as\s+many\s+as)\s+)?$",
    _I,
)
#: A verb that halts an action ("halted", "blocks", "barred"); "bars" after "behind" is a jail's, no verb ("300
#: refugees are behind bars awaiting deportation": held, GUIDELINES §2 detentions).
HALTING_VERB = r"(?<!\bbehind\s)(?:halt|block|stop|stay|delay|suspend|paus|bar|prevent)\w*"
#: Deportations that did not happen: "halted the deportation of 1,400", "shielded 600,000 from being deported",
#: "900 people were spared deportation".
AVERTED = rx(
    r"from\s+(?:being\s+)?deport(?:ed|ation)",
    r"spared\s+(?:from\s+)?(?:deportation|removal)",
    HALTING_VERB + r"\s+(?:\w+\s+){0,4}?deportations?",
)
#: People an averted removal names as held at a detention site right after their noun: "blocked the deportation of
#: 19 men held at the county jail", "halted the removal of 32 migrants detained at the Krome Processing Center", "...
#: of 40 people in ICE custody": the removal did not happen, but the order names a facility's headcount (GUIDELINES §2
#: detentions); held "in Massachusetts" names no site and stays averted.
HELD_AFTER_NOUN = re.compile(
    r"\s+(?:(?:who\s+(?:are|were)\s+|currently\s+|still\s+|now\s+)(?:being\s+)?)?"
    r"(?:(?:held|detained|jailed|confined|locked\s+up)\s+(?:at|in|inside)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w.'’-]+\s+){0,5}?(?:centers?|facilit(?:y|ies)|jails?|prisons?|complex|camps?)\b|"
    r"in\s+(?:ICE|immigration|federal\s+immigration)\s+(?:detention|custody)\b)",
    _I,
)
#: Police arrests at protests, with no immigration agency in the sentence: ordinary arrests (GUIDELINES §1
#: "ordinary police arrests with no immigration angle"), however much the story is about raids. Who arrests,
POLICE = rx(r"police", r"officers", r"deputies", r"troopers")
#: the protest the sentence tells of,
PROTEST = rx(r"protests?", r"protesters", r"demonstrat\w+", r"curfew", r"riots?", r"looting", r"unlawful\s+assembly")
#: and the immigration agency or purpose whose absence makes them ordinary arrests.
IMMIGRATION_ANGLE_WORDS = (
    r"ICE",
    r"immigration",
    r"Border\s+Patrol",
    r"CBP",
    r"HSI",
    r"Homeland",
    r"federal\s+agents",
    r"deport\w*",
)
IMMIGRATION_ANGLE = rx(*IMMIGRATION_ANGLE_WORDS)
#: A verb of taking people in right before the number, one word between at most ("police arrested 12 people", "cited
#: about 40"): the police's own action at a protest (read on the number's clause before it).
TAKEN_IN_BEFORE = re.compile(r"\b(?:arrest|detain|cited|jailed|booked|took|taken)\w*\s+\S*\s*$", _I)
#: A jail's or prison's own population: immigration detention (GUIDELINES §2 detentions) only where the sentence
#: says who is held for immigration ("ICE detainees", "immigrants", "for ICE").
GENERAL_JAIL = rx(r"jails?", r"inmates", r"prisons?", r"prisoners")
#: The words that say people are held for immigration, an agency's or a word of their crossing; a jail's population
#: (`IMMIGRANT_HELD`) and a jail's deaths (`HELD_FOR_IMMIGRATION`) both read them.
IMMIGRATION_HOLD_WORDS = (
    r"ICE",
    r"immigra\w*",
    r"detainees?",
    r"migrants?",
    r"asylum",
    r"deport\w*",
    r"Border\s+Patrol",
    r"CBP",
    r"undocumented",
)
IMMIGRANT_HELD = rx(*IMMIGRATION_HOLD_WORDS, r"aliens?", r"287\(g\)", r"(?:federal|U\.S\.)\s+Marshals")
#: A removal ordered, not carried out: "ordered 40,000 people deported", "were ordered removed" (the work gold leaves
#: out removal orders: "ordered removed but not removed", "formal orders of deportation").
ORDERED_REMOVED = re.compile(r"\bordered\s+(?:[\w,]+\s+){0,3}?(?:deported|removed|expelled)\b", _I)
#: Family separation and reunion: "have been reunited with parents", "were separated from their families" (GUIDELINES
#: §2: family separations have no type), read in the number's own predicate.
SEPARATION = re.compile(
    r"[^.;]{0,60}?\b(?:reunit(?:ed|ing|ification)|(?:were|was|been|being|had\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"separated\s+from)\b",
    _I,
)
#: The same, said by a participle right after the counted noun: "300 children separated from their parents at the
#: border have not been reunited" (a separation, unless the predicate calls them held: "... remain in federal
#: custody" are detentions, GUIDELINES §2).
SEPARATED_NOUN = re.compile(r"\s*(?:[\w-]+\s+){0,3}?separated\s+from\b", _I)
#: Children given back to their families ("returned 12 children to their parents"): a reunion, not a removal.
REUNION = re.compile(
    r"\b(?:returned|released|handed\s+over)\s+(?:[\w,-]+\s+){0,5}?to\s+(?:their|his|her)\s+(?:\w+\s+)?"
    r"(?:parents?|famil(?:y|ies)|mothers?|fathers?|relatives|sponsors)\b",
    _I,
)
#: Capacity, medical status and victims are not enforcement counts ("beds for 550 detainees",
#: "42 detainees tested positive", "killing eight passengers").
CAPACITY_BEFORE = re.compile(
    r"\b(?:beds?|capacity|room|space|spaces)\s+(?:for\s+|of\s+)?(?:up\s+to\s+)?$|"
    r"\b(?:meant|built|designed|intended|made|equipped|outfitted|converted|expanded|sized|enough|capable|large)\s+"
    r"(?:to\s+(?:hold|house|accommodate|detain|fit)\s+|of\s+(?:holding|housing|accommodating|detaining)\s+|for\s+)"
    r"(?:up\s+to\s+|only\s+|just\s+|as\s+many\s+as\s+)?$|"
    r"\b(?:holds?|houses?|accommodates?|detain)\s+(?:up\s+to|as\s+many\s+as)\s+$|"
    r"\b(?:can|could|will|would|able\s+to|expected\s+to)\s+(?:hold|house|accommodate|fit|take\s+in|detain)\s+"
    r"(?:up\s+to\s+|as\s+many\s+as\s+|more\s+than\s+)?$|"
    # a contract's floor: "a guaranteed minimum of 800 detainees", "a minimum guarantee of 500" (paid for, none held)
    r"\b(?:(?:guaranteed|contractual|contracted)\s+minimum|minimum\s+guarantee)\s+(?:of\s+|for\s+)?$",
    _I,
)
#: Percentages of opinion and rates of processing are not shares of people in an action.
POLL_OR_RATE = rx(
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
OPINION_AFTER = re.compile(
    r"\s*(?:[,)]\s*)?(?:of\s+(?:the\s+)?[^,;.\d]{1,60}?\s)?(?:also\s+|still\s+|now\s+)?(?:said|say|says|think|thought|"
    r"believe[ds]?|feel|felt|want(?:ed)?|worr(?:y|ied)|agree[ds]?|disagree[ds]?|favou?r(?:ed)?|support(?:ed)?|"
    r"oppose[ds]?|approve[ds]?|disapprove[ds]?|prefer(?:red)?|view(?:ed)?|consider(?:ed)?|expect(?:ed)?|"
    r"were\s+(?:concerned|worried|afraid|in\s+favou?r|opposed)|are\s+(?:concerned|worried|afraid|in\s+favou?r|"
    r"opposed)|told\s+pollsters)\b",
    _I,
)
#: A list item that is only a link ("- [Four children detained](https://...)"): another story's headline.
LINK_ITEM = re.compile(
    r"^\s*(?:[-*•]|\d+\.)\s+(?:[^\[\n]{0,60}:\s*)?"
    r"\[[^\]]*\]\([^)]*\)\s*(?:\([^()\n]{1,30}\)\s*)?$"
)
CAPTION = re.compile(
    r"^(?:FILE\s*[-–—]|\(?Photo\b|Image:|Caption:|(?:(?:One|The|A|This|Another|An)\s+)?(?:\w+\s+)?"
    r"(?:photo(?:graph)?|image|picture|video)s?\s+(?:shows?|showed|depicts?|depicted)\b)",
    _I,
)
#: "in Baltimore", "at ports of entry", "in fiscal 2016", or nothing: a list item that names no
#: noun of its own counts what the count before it counts.
ELLIPSIS_AFTER = re.compile(
    r"^\s*(?:$|[,;.)—–-]|(?:in|at|near|from|on|during|for|along|across|and|or|through|over|since|within|by|last|"
    r"this)\b)",
    _I,
)
#: A listed part with no noun of its own told by where its people were found or caught ("including 61 found inside
#: a tractor-trailer", "among them 40 hidden in a boxcar", "including 12 inside a stash house"): a participle of
#: finding or a locative preposition, then a preposition: a part of the whole its list counts, in the whole's action.
PART_FOUND_AT_AFTER = re.compile(
    r"\s+(?:(?:found|discovered|hidden|hiding|caught|located)\s+)?(?:inside|outside|aboard|beneath|behind|under)\b|"
    r"\s+(?:found|discovered|hidden|hiding|located)\s+(?:in|at|on|near|along|inside|aboard|under|beneath)\b",
    _I,
)
#: People turned back, the verb before them or a passive after them ("turned back 610 people", "1,300 were turned
#: back"), and a port of entry named in their sentence: at a port's gate they are refused entry, CBP's encounters at
#: ports (GUIDELINES §2 border_apprehensions: encountered at the border), not people returned from between the ports.
TURNED_BACK = re.compile(r"\bturn(?:ed|s|ing)\s+back\b", _I)
PORT_OF_ENTRY = re.compile(r"\bports?\s+of\s+entry\b", _I)
#: A verb left out after "and" (gapping): "Nineteen were charged with reentry, and eight with smuggling" shares the
#: verb of the count before it.
GAPPED_AFTER = re.compile(r"\s+with\s+(?!(?:a\s+|an\s+|the\s+)?(?:criminal|prior|previous|no)\b)", _I)
#: People a smuggler moved or hid are the crime's objects, not people enforcement touched: "charged with smuggling
#: 14 migrants", "pleaded guilty to transporting nine immigrants", "held 30 migrants in a stash house" (below).
SMUGGLED_BEFORE = re.compile(
    r"\b(?:smuggl(?:e|es|ed|ing)|transport(?:s|ed|ing)?|harbou?r(?:s|ed|ing)?|conceal(?:s|ed|ing)?|hid(?:e|es|ing)?|"
    r"pack(?:s|ed|ing)|cramm(?:ed|ing)|stuff(?:s|ed|ing)|load(?:s|ed|ing))\s+(?:the\s+)?$",
    _I,
)
VICTIMS_BEFORE = re.compile(r"\b(?:killing|killed|injuring|injured|wounding|wounded)\s+$", _I)
#: A share or part of a group whose own predicate is a copula: "70% of his clients are undocumented", "10 percent
#: of apprehensions were families", "five of 161 people arrested would not have been priorities". It counts
#: only when the complement says what happened to them or what record they have ("were held in ...").
SHARE_COPULA = re.compile(
    r"\s*(?:out\s+)?of\s+(?!(?:them|those|whom)\b)[^,;.()]{1,80}?\s(?:are|were|is|was|would\s+(?:not\s+)?have\s+been|"
    r"had\s+not\s+been|have\s+not\s+been)\s+(?P<comp>[^,;.]{1,60})",
    _I,
)
#: Where a part of a group or of an action was: "in Dallas", "at the Stewart center".
PLACED = r"(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])"
#: A share's complement that says where that part of the group was: "97 of the 212 arrests were in Dallas" is a
#: breakdown of the arrests by place (issue #7 item 4), not what the group is made of.
PLACED_PART = re.compile(PLACED, _I)
#: A share whose own predicate is an infinitive: "caused 90% of students to miss school" (an effect on a group, not
#: an action on it, unless the verb is one: "caused 30% of them to be deported").
SHARE_INFINITIVE = re.compile(
    r"\s*(?:out\s+)?of\s+(?!(?:them|those|whom)\b)[^,;.()]{1,60}?\s+to\s+(?!(?:the|a|an|their|his|her|its)\b)"
    r"(?P<comp>[a-z][^,;.]{0,60})",
)
#: A crowd's own verb: people who gathered, marched or protested are not the people an action touched.
CROWD_AFTER = re.compile(
    r"^\s*(?:(?:have|had|has|were|was|are)\s+)?(?:also\s+)?(?:gather(?:ed|ing)?|rall(?:ied|y|ying)|march(?:ed|ing)?|"
    r"protest(?:ed|ing)?|demonstrat(?:ed|e|ing)|assembl(?:ed|e|ing)|show(?:ed)?\s+up|turn(?:ed)?\s+out|attend(?:ed)?|"
    r"chant(?:ed|ing)?|sign(?:ed)?|t(?:ook|ake)\s+to\s+the\s+streets|c(?:a|o)me\s+out|surround(?:ed)?|"
    r"confront(?:ed)?|swarm(?:ed)?|block(?:ed)?|watch(?:ed)?|witness(?:ed)?|film(?:ed)?|pack(?:ed)?\s+(?:the|a)\s+"
    r"(?:hearing|meeting|courtroom|room|church|hall))\b",
    _I,
)
FULL_AFTER = re.compile(r"^\s*(?:full|capacity|occupancy|occupied)\b", _I)
MEDICAL = rx(
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
COPULA_BEFORE = re.compile(
    r"\b(?:was|were|is|are|totaled|totalled|totaling|totalling|reached|reaching|stood\s+at|numbered|hit|to|"
    r"averaged|averaging)(?:\s+(?:a|an)\s+(?:new\s+|all-time\s+)?record)?\s*$",
    _I,
)
#: An enforcement verb right before a number governs it ("apprehended 54,052").
GOVERNING_VERB = re.compile(
    r"\b(?:arrest|apprehend|detain|deport|remov|expell?|repatriat|encounter|nab|hold|charged|indict|prosecut|held|"
    r"caught|"
    r"catch|netted|nets|handcuff|return|"
    r"intercept|interdict|"
    r"(?:swept|scooped|snatched|sweeps?|scoops?|round(?:s|ed|ing)?|pick(?:s|ed|ing)?)\s+up)\w*\s*$",
    _I,
)
#: An adverbial clause of time or means opened by a gerund ("after intercepting their boat", "before being flown
#: home", "while trying to cross"): the deed of the clause's subject around the number's verb, not the number's own.
GERUND_ADJUNCT = re.compile(r"\b(?:after|before|while|upon|when|since|by)\s+(?:\w+ly\s+)?\w+ing\b.*$", _I | re.S)
#: A counted group, then a participle that says what they are accused of doing to a later number ("Three men accused
#: of packing 50 migrants into a trailer were arraigned"): the later number is the participle's object, and the
#: group's own verb comes after it.
REDUCED_RELATIVE = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{PEOPLE})\s+(?:who\s+(?:are|were|is|was)\s+)?"
    r"(?:accused|suspected|charged|wanted|convicted|indicted)\s+(?:of|with|for|in)\s+(?:\w+\s+){0,2}?\w+ing\b[^,;]*$",
    _I,
)
#: Between two counted groups joined as one phrase: "19 gang members and 8", "300 men, 40 women and 12".
COORDINATED = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{PEOPLE})\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    r"(?:(?:about|nearly|more\s+than|some|another|other)\s+)?",
    _I,
)
#: Detainers placed on people: "lodged detainers on 45 of those arrested", "issued detainers for 12".
DETAINERS_ON = re.compile(
    r"\b(?:detainers?|detainer\s+requests?|(?:immigration|ICE)\s+holds?|(?:plac|lodg|issu|fil|"
    r"put)\w*\s+(?:\w+\s+)?holds?)"
    r"\s+(?:on|against|for)(?:\s+(?:about|nearly|more\s+than|some))?\s*$",
    _I,
)
#: What a jail does with a detainer, governing the number in a story about detainers: "It honored 85 others",
#: "Denver ignored 300 of the 412", "declined roughly 90" (one request each).
ACTS_ON_REQUEST = re.compile(
    r"\b(?:honou?r(?:s|ed|ing)?|declin(?:es|ed|ing)|refus(?:es|ed|ing)|ignor(?:es|ed|ing)|reject(?:s|ed|ing)?|"
    r"lodg(?:es|ed|ing)|issu(?:es|ed|ing)|compl(?:ied|ies|y)\s+with|turn(?:s|ed)?\s+down)" + AT_NUMBER,
    _I,
)
#: Convicted in this story's prosecution ("were convicted of smuggling", "pleaded guilty", "sentenced"), not a
#: record people already had ("had criminal convictions", "convicted criminals", "with convictions").
CONVICTED_IN_COURT = re.compile(
    # "were previously convicted of fraud" is a record they already had (GUIDELINES §2 convictions)
    r"\b(?:(?:were|was|being|been|be|get|got)\s+(?:(?!previously|once|formerly|earlier)\w+\s+)?convicted\s+"
    r"(?:of|in|on|for|at)|"
    r"convicted\s+(?:(?:about|nearly|more\s+than|at\s+least|all|the|all\s+the)\s+)?\d[\d,]*|"
    # the people a court sentences, whatever their noun says of them: "sentenced 22 defendants convicted of reentry"
    r"sentenc(?:ed|es|ing)\s+(?:(?:about|nearly|more\s+than|at\s+least|all|the|all\s+the)\s+)?\d[\d,]*|"
    # the court's place between it and its verb: "A federal jury in Laredo convicted four men of smuggling"
    r"(?:jury|jurors|judge|court)\s+(?:(?:\w+\s+)?|(?:in|at)\s+(?:[A-Z][\w.'’-]*,?\s+){1,3})convicted\s+"
    r"(?:[\w,-]+\s+){1,4}?(?:of|on)|"
    r"(?:have|has)\s+(?:since\s+|now\s+|already\s+)?been\s+convicted(?!\s+of\s+(?:crimes?|a\s+crime|criminal|other))|"
    r"pleaded\s+guilty|pled\s+guilty|(?:were|was|been)\s+sentenced|found\s+guilty)\b",
    _I,
)
#: A prosecution: the court, the charge, the immigration crime.
PROSECUTION = rx(
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
    FALSE_PAPERS,
    r"defendants?",  # people in a prosecution: "45 of the defendants have been convicted"
)
#: An action said as a noun whose object is the number: "the deaths of two detainees held at Eloy", "the arrest
#: of 45 workers", "the removal of 60 Venezuelans": the noun says what happened to them, whatever participle
#: follows their noun ("held at ...").
NOMINAL_OF = re.compile(
    r"\b(?P<noun>arrests?|apprehensions?|deportations?|removals?|expulsions?|repatriations?|detentions?|deaths?|"
    r"prosecutions?|indictments?)\s+of\s*$",
    _I,
)
NOMINAL_TYPES = {
    "arrest": "arrests",
    "apprehension": "arrests",
    "deportation": "deportations",
    "removal": "deportations",
    "expulsion": "deportations",
    "repatriation": "deportations",
    "detention": "detentions",
    "death": "deaths_in_custody",
    "prosecution": "charged",
    "indictment": "charged",
}
#: A vehicle and what it carried, between an action and its number: "intercepted a tractor-trailer carrying 73
#: migrants", "stopped a boat with 40 Haitians aboard".
VEHICLE_CARRYING = re.compile(
    r"\b(?P<verb>\w+)\s+(?:a|an|the|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:trucks?|tractor-trailers?|trailers?|"
    r"vans?|"
    r"cars?|vehicles?|SUVs?|buses|bus|boats?|vessels?|rafts?|pangas?|trains?|box\s+cars?)\s+(?:that\s+was\s+|"
    r"that\s+were\s+)?"
    r"(?:carrying|with|holding|hauling|packed\s+with|loaded\s+with|crammed\s+with)(?:\s+(?:about|nearly|more\s+than|"
    r"some|at\s+least))?"
    r"\s*$",
    _I,
)
#: "removed" governing the number: removal of people from the country ("ICE removed 267,258 people"), its number
#: qualified or told as a record, an addition or a sum ("removed a record 5,400", "another 300", "a combined 9,000"),
#: or coordinated with another removal verb ("removed or returned more than 400,000").
REMOVED_BEFORE = re.compile(
    r"\bremov(?:ed|es|ing)(?:\s+(?:or|and)\s+(?:returned|expelled|deported))?(?:\s+(?:nearly|about|more\s+than|over|some|roughly|almost|approximately|at\s+least|"
    r"an\s+estimated|another|an\s+additional|a\s+further|a\s+(?:new\s+)?record|a\s+combined|a\s+cumulative|"
    r"a\s+total\s+of))?\s*$",
    _I,
)
INTERIOR = rx(r"ICE", r"Immigration\s+and\s+Customs\s+Enforcement", r"interior", r"already\s+in")
#: An action that happened to a number of people: "1.6 million people were apprehended", "the deportation of
#: nearly three million", "deported 1.2 million" (what lifts a million-scale number out of a population).
ACTED_ON = re.compile(
    r"\b(?:were|was|been|being|got)\s+(?:\w+\s+)?(?:arrested|apprehended|deported|removed|detained|expelled|"
    r"caught|encountered)\b|(?<!mass\s)\b(?:deportations?|removals?|expulsions?|arrests?|apprehensions?)\s+of\b|"
    r"\b(?:arrested|apprehended|deported|removed|detained|expelled|encountered|deporting|removing|returned|repatriated)\s+"
    r"(?:(?:nearly|about|more\s+than|over|some|roughly|almost|an\s+estimated)\s+)?[\d.,]+",
    _I,
)
#: One person's record: "he has 22 criminal arrests", "a man with 12 prior convictions".
HISTORY_BEFORE = re.compile(
    r"\b(?:he|she|who|man|woman)\s+(?:has|had|have)\s+(?:(?:been\s+)?(?:at\s+least|more\s+than|over)\s+)?$|"
    r"\b(?:man|woman|he|she)\s+with\s+$",
    _I,
)
#: "deported three times", "removed from the U.S. five times": the verb that the times repeat.
TIMES_DEPORTED = re.compile(r"\b(?:deported|removed|expelled|returned|sent\s+back)\b(?:U\.S\.|[^,;.]){0,30}$", _I)
#: Officers counted as the people an assault touched: the officer noun named by its agency or kind right after the
#: number ("16 ICE officers", "nine Border Patrol agents", "14 federal officers"), then their own passive of an
#: assault ("were assaulted", "had been attacked", a reduced "assaulted in Portland"). Each officer assaulted is one
#: assault (GUIDELINES §2 assaults_on_officers), not a count of the agency's staff. A bare "11 officers were
#: assaulted" is left out: measured, it matched four more judge counts but two took a wrong place.
OFFICERS_ASSAULTED_AFTER = re.compile(
    r"\s*(?:(?:ICE|CBP|ERO|HSI|DHS|Border\s+Patrol|federal|immigration|law\s+enforcement|deportation)\s+){1,3}"
    r"(?:officers|agents|personnel|deputies)\s+"
    r"(?:(?:have|had|has)\s+)?(?:(?:were|was|been)\s+)?(?:(?:physically|violently|reportedly|allegedly)\s+)?"
    r"(?:assaulted|attacked)\b",
    _I,
)
#: "were assaulted 112 times", "have been attacked 40 times": assaults counted as incidents (GUIDELINES §2).
TIMES_ASSAULTED = re.compile(r"\b(?:assaulted|attacked)\b[^,;.]{0,30}$", _I)
#: Travellers held on arrival at an airport: detentions wherever the story's border talk is.
AIRPORT = rx(r"airports?", r"on\s+arrival", r"arriving\s+(?:at|in)", r"terminals?", r"boarding\s+flights")
#: Children in the care of Health and Human Services: its shelters are not immigration detention unless the
#: text says detained or in custody (GUIDELINES §2 "Edge cases").
SHELTER = rx(
    r"Health\s+and\s+Human\s+Services",
    r"HHS",
    r"Office\s+of\s+Refugee\s+Resettlement",
    r"ORR",
    # a shelter's staff name no child sheltered: "a shelter worker said", "the shelter's director"
    r"shelters?(?!(?:'s|’s)?\s+(?:workers?|directors?|staff|operators?|managers?|volunteers?|officials?|spokes\w+))",
)
#: An arrest verb right before the number: "arrested 21 people at a shelter" took them there (`SHELTER` does not apply).
ARRESTED_JUST_BEFORE = re.compile(r"\b(?:arrested|apprehended|picked\s+up|rounded\s+up)\s+$", _I)
#: ... unless the text calls them held: "detained", "in custody", "detention" (`SHELTER`, `SEPARATED_NOUN`).
CALLED_DETAINED = rx(*DETAIN_WORDS)
RANK_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|top|last)\s+"
    r"(?:out\s+)?of\s+(?:the\s+)?$",
    _I,
)
#: A family's size right before its number: "father of three", "a family of four" (how many it has, whatever
#: happened to it; GUIDELINES §2 counts people an action touched, told as such).
#: Right after a counted noun phrase, a predicate giving its people a relative ("4,000 children in the state have a
#: parent in detention", "300 students with a relative who was deported"): the relative is the one an action
#: touched, not the people counted.
KIN_TOUCHED_AFTER = re.compile(
    r"\s*(?:(?:in|across|at|from|of)\s+(?:[\w.'-]+,?\s+){0,4}?)?(?:who\s+|that\s+)?(?:have|has|had|with)\s+"
    r"(?:a|an|one|two|both|at\s+least\s+one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:parents?|mothers?|fathers?|relatives?|family\s+members?|spouses?|husbands?|wife|wives|siblings?|"
    r"brothers?|sisters?)\b",
    _I,
)
KIN_OF = re.compile(r"\b(?:father|mother|parent|dad|mom|grandmother|grandfather|family)\s+of\s*$", _I)
#: A verb or noun of employment right before its number: "the plant employs about 3,000 people", "hired 40
#: workers", "a workforce of 1,200" (who works somewhere, not people an enforcement action touched).
EMPLOYED_BEFORE = re.compile(
    r"\b(?:employ(?:s|ed|ing)?|hir(?:e|es|ed|ing)|(?:workforce|staff|payroll)\s+of)\s+$",
    _I,
)
#: A body's membership right before its number: "the union, which represents 60,000 hospitality workers", "a
#: membership of 8,000" (who belongs to it, not people an enforcement action touched; a share it represents, "63
#: percent", is read on).
MEMBERS_BEFORE = re.compile(r"\b(?:represent(?:s|ed|ing)?|membership\s+of)\s+$", _I)
#: A target right before its number: "targets 3,000 people a day", "targeting only 200" (an aim, not people an
#: enforcement action touched).
TARGET_BEFORE = re.compile(r"\btarget(?:s|ed|ing)?\s+(?:only\s+|just\s+)?$", _I)
#: A warrant right before its number: "issued arrest warrants for 15 people", "warrants were issued for the 12
#: defendants", "a warrant for the arrest of 30 workers" (people sought, not yet touched by any enforcement action).
WARRANT_FOR_BEFORE = re.compile(
    r"\bwarrants?\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:issued|signed|sought|obtained)\s+)?for\s+"
    r"(?:the\s+)?(?:arrests?\s+of\s+)?(?:the\s+)?(?:only\s+|just\s+|all\s+)?$",
    _I,
)
#: "with criminal convictions" right after a bare number: "sprung 629 with criminal convictions".
WITH_RECORD = re.compile(
    r"^\s+(?:of\s+(?:them|whom|those)\s+)?with\s+(?:a\s+)?(?:prior\s+|previous\s+)?(?:criminal\s+)?"
    r"(?:convictions?|records?|histor(?:y|ies))\b",
    _I,
)
#: The subject of a level stated after a copula or "to": "the number of family units apprehended
#: ... rose to 63,278", "the average number of aliens encountered ... was 141,710".
NUMBER_OF = re.compile(
    r"\b(?:the|that|this)\s+(?:average\s+|total\s+|daily\s+|monthly\s+|running\s+)*(?:number|total|count|tally)"
    # "the number in custody was 7,200", "the number deported rose to": what is counted, said without "of"
    r"(?:\s+of\b|(?=\s+(?:in|held|detained|deported|removed|arrested|apprehended|caught|expelled)\b))",
    _I,
)
#: "that figure had risen to 85%", "That number is down from 861 to 218": the count before, restated.
ANAPHOR = re.compile(
    r"\b(?:(?:that|this)\s+(?:figure|number|total|share|percentage|proportion|count)|"
    r"the\s+figure)\s+(?:(?!\d)[^,;]){0,40}"
    r"\b(?:to|from|at|was|is|stood\s+at|reached|compares\s+(?:with|to)|compared\s+(?:with|to))\s*$|"
    r"\bthere\s+(?:were|was|had\s+been|have\s+been)\s*$|"
    # "That's nearly double the 1,900", "It's a sharp increase from 2,100": the verb contracted, before a ratio or a
    # noun of change (a bare "up/down from" after a contraction was measured: one more false check count, left out)
    r"^\W*(?:that|this|it)(?:['’]s(?=\s+(?:(?:nearly|almost|about|roughly|more|less|over|double|twice|triple|treble|"
    r"half|two|three|four|five)\b|(?:an?\s+)?(?:\w+\s+)?(?:increase|decrease|drop|rise|jump|decline)\s+from\b))|"
    r"\s+(?:is|was|'s|’s|marks?|marked|represents?|represented|compares|compared))?\s+"
    r"(?:(?:an?\s+)?(?:\w+\s+)?(?:up|down|increase|decrease|drop|rise|jump|decline)\s+from|with|"
    # "That is nearly double the 22,000 of a year earlier": the other end of a ratio of two levels
    r"(?:(?:nearly|almost|about|roughly|more\s+than|less\s+than|over)\s+)?(?:double|twice|triple|treble|half|"
    r"(?:two|three|four|five)\s+times)\s+(?:that\s+of\s+)?(?:the|its)?)"
    r"(?:\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:peak|high|low|record)\s+of)?\s*$",  # "down from a peak of 55,000"
    _I,
)
#: An earlier record of the same measure as the subject of a level, pointing back to the count before as "that
#: figure" does: "The previous high, set in 2019, was just over 55,000", "The prior peak was 49,500" (its apposition
#: stands outside the number's clause, so this is searched apart from `ANAPHOR`).
EARLIER_RECORD_SUBJECT = re.compile(
    r"\bthe\s+(?:previous|prior|earlier|former|old)\s+(?:all-time\s+|record\s+)?(?:high|peak|record|low)"
    r"(?:,[^,;.]{1,30},)?\s+(?:was|had\s+been|stood\s+at|came\s+to)\s+"
    r"(?:(?:just|well|slightly)\s+(?:over|under|above|below)\s+)?$",
    _I,
)
#: A sentence that only compares the count before with a number: "That's compared to 2,100", "This compared with
#: 900 a year earlier" ("compared to" opens a clause, so the pronoun stands in the clause before it).
ANAPHOR_COMPARED = re.compile(
    r"^\W*(?:that|this|it)(?:['’]s|\s+(?:is|was|'s|’s))?\s+(?:compared|compares)\s+(?:to|with)\s*$", _I
)
#: A verb that moves people, then "to" right before a foreign place: "were sent to", "flew 120 migrants to".
SENT_ABROAD = re.compile(
    r"\b(?:sent|send(?:s|ing)?|flown|flew|fl(?:y|ies|ying)|shipped|bus(?:s)?ed|transferred|transported|deliver(?:ed|"
    r"ing)|"
    r"remov(?:ed|es|ing)|deport(?:ed|s|ing)|"  # "removed 4,200 people to Honduras and 3,100 to Guatemala"
    r"carr(?:y|ies|ied|ying)|"
    r"(?:put|placed|loaded)\s+(?:on|onto|aboard)|(?:planes?|flights?)\s+(?:carrying|with))\b"
    r"[^.;]{0,80}?\bto\s+(?:the\s+|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?in\s+)?$",  # "to a prison in El Salvador"
    _I,
)
#: A verb of moving done to the counted people, right before the number ("transferred 85 detainees to Honduras",
#: "flew some 120 detainees to Guatemala") or told of them right after their noun ("85 detainees were sent to"):
#: the people are moved, not only held (past or perfect only: "will be flown" is a plan).
SENT_RIGHT_BEFORE = re.compile(
    r"\b(?:sent|flew|flown|shipped|bus(?:s)?ed|transferred|transported|deported|removed|returned|repatriated)"
    r"(?:\s+(?:about|some|nearly|almost|roughly|around|more\s+than|at\s+least|another|all))*\s*$",
    _I,
)
SENT_RIGHT_AFTER = re.compile(
    r"\s*(?:(?:had|have|has)\s+been|were|was)\s+(?:sent|flown|shipped|bus(?:s)?ed|transferred|transported|"
    r"deported|removed|returned|repatriated)\b",
    _I,
)
#: The vehicle of a removal: "on a deportation flight", "removal flights carrying".
REMOVAL_FLIGHT = rx(r"(?:deportation|removal|repatriation|expulsion)\s+(?:flights?|planes?|charters?)")
#: People who go abroad of their own accord: "sent 30 volunteers to Mexico City" removes nobody.
TRAVELLERS = rx(r"volunteers", r"observers", r"protesters", r"students", r"friends", r"neighbou?rs", r"residents")
#: The subject of a level that only points back to the count before: "it was", "they totaled", "the total was".
POINTING_SUBJECT = re.compile(
    r"(?:^|[,:]\s*|\b(?:In|By|For|During)\s+[^,]{1,30},?\s+)(?:(?:it|they|that|this)(?:'s|’s)?|the\s+(?:total|figure|tally|count|"
    r"number)|"
    # a period's own total: "Last year's total was 9,100", "the previous month's figure"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|’s)\s+(?:total|figure|tally|count|number))"
    r"(?!\s+of\b)\s+(?:(?:\w+\s+){0,3})$",
    _I,
)
#: The qualifier set aside before `word_trap` reads the words before a number ("an increase of about 40 percent"); its
#: "more than" takes one space only, as written.
TRAP_QUALIFIER = re.compile(r"(?:about|nearly|almost|more than|over|some|approximately|roughly|around|~)\s*$", _I)
#: What makes a bare "to" the end of a level: a verb of change or a "from" before it in the clause ("rose to 9,870",
#: "from 41,200 in 2013 to 58,900", "brought the total to 4,310").
TO_LEVEL = re.compile(
    rf"\b(?:{CHANGE_VERB}|from|went|gone|going|reach\w*|brought|brings?|bringing|push\w*|rais\w*|lower\w*|"
    r"increas\w*|decreas\w*|grow\w*|swell\w*|swollen|balloon\w*|shr[au]nk|dwindl\w*|slid|sank|sunk|tumbl\w*|"
    r"soar\w*|climb\w*|fall\w*|drop\w*|ris\w*|jump\w*|surg\w*|plung\w*|doubl\w*|tripl\w*|slow\w*|"
    r"amount\w*|came|come|total\w*|add\w*)\b",
    _I,
)
#: The qualifiers of an approximate level ("about 4,310", "just over ..." aside): `LEVEL_QUALIFIER`'s alternatives,
#: which `FRAME_QUALIFIER` extends with the qualifiers of a bound.
LEVEL_QUALIFIERS = r"about|nearly|almost|more\s+than|some|approximately|roughly|around|~"
#: Only a qualifier between a list word and its number: "travelers held there, including about 40 grandmothers"
#: (`LIST_ITEM` then the number, in count_types.py; `FRAME_QUALIFIER` is what a level frame sets aside). Narrower than
#: `QUALIFIER_END` and `_QUALIFIED` (no "over", "at least", "up to" ...), and unlike `TRAP_QUALIFIER` it takes "just".
#: These qualifier lists, with `AT_NUMBER` and `PRICE`, grew apart rule by rule: merging any two changes which numbers
#: a rule reads, so it is a measured change, not a tidy-up.
LEVEL_QUALIFIER = re.compile(rf"\s*(?:just\s+)?(?:{LEVEL_QUALIFIERS})\s*$", _I)
#: The words that end a level right before its number: "was", "reached", "climbed to", "a record high of".
LEVEL_BEFORE = re.compile(
    r"\b(?:(?:was|were|is|are)(?:\s+(?:now|still|currently|already|again))?|"  # "is now 60,000", "was still 4,100"
    r"to|at|reached|reaching|totals?|totaled|totalled|totaling|totalling|numbered|numbering|hit|"
    r"hitting|topped|topping|amounted\s+to|came\s+to|"
    r"(?:rose|risen|climbed|grew|jumped|was|were|stood|remained)\s+(?:over|above|at))\s*$|"
    r"\b(?:a|an|the)\s+(?:(?:new|record|all-time|historic|\w+-year)\s+)*(?:record|high|low|peak)\s+of\s*$|"
    r"\b(?:reach(?:es|ed|ing)|hits?|hitting|to|at)\s+(?:(?:a|an)\s+)?(?:new\s+|all-time\s+)?record\s*$",
    _I,
)
#: An event noun that is the subject of a level, past a dash aside: "monthly apprehensions — the main
#: indicator of illegal border crossing attempts — rose over 50,000".
#: Nouns that name what a level counts only as its subject: "Immigration detention reached 59,000", "Border
#: crossings fell to 4,600" (never a counted noun after a number: "12 detention centers").
#: ("the detained population peaked at 55,000": the people held, named by the population they make)
LEVEL_NOUNS = (
    rf"(?:detained|detainee|detention)\s+population|(?:death\s+)?toll|{EVENTS}|detention|crossings|"
    r"repatriations"  # "Repatriations to Guatemala rose to 4,100 in March from 3,200"
)
EVENT_SUBJECT = re.compile(
    rf"\b(?P<noun>{LEVEL_NOUNS})\s+(?:[—–-]+[^—–]{{0,120}}[—–-]+\s+)?"
    # the head noun before a phrase that places it: "The death toll in immigration detention rose to 25"
    r"(?:(?:in|at|inside|among|along)\s+(?:[\w-]+\s+){1,3}?)?(?:[\w-]+\s+){0,4}$",
    _I,
)
#: An event noun that opens the clause is its subject: "Apprehensions at the southwest border peaked at".
CLAUSE_SUBJECT = re.compile(rf"\W*(?:[\w.'’-]+\s+){{0,3}}?(?P<noun>{LEVEL_NOUNS})\b", _I)
#: The other end of a comparison said as a ratio of two levels: "41,000 in May, nearly double the 22,000 a year
#: earlier".
RATIO_OF = (
    r"(?:double|twice|triple|treble|thrice|half|(?:two|three|four|five)\s+times|"
    r"(?:a\s+(?:small\s+|tiny\s+)?)?fraction\s+of)"  # "7,000 in March, a fraction of the 140,000 a year earlier"
    r"\s+(?:that\s+of\s+)?(?:the\s+)?"
)
#: A qualifier that compares a number with another ("more than", "fewer than"): its "more" names nobody.
COMPARATIVE_QUALIFIER = re.compile(r"\b(?:more|fewer|less)\s+than\b", _I)
#: The words before the far end of a comparison: "compared with 2,100", "more than the 4,170 it made".
COMPARED = re.compile(rf"\b(?:(?:compared\s+(?:to|with)|versus|than)(?:\s+the)?|{RATIO_OF})\s*$", _I)
RATIO_BEFORE = re.compile(rf"\b{RATIO_OF}\s*$", _I)
#: A holding cell's or cage's headcount: "40 migrants in a large holding cell", "One cage had 20 children".
ENCLOSURE = r"(?:cells?|cages?|pens?|tents?|rooms?|holding\s+areas?|pods?|dorms?|barracks)"
#: Where people are held (a shelter is not: GUIDELINES counts children in shelters only where called detained).
HOLDING_PLACE = rf"(?:{ENCLOSURE}|facilit(?:y|ies)|stations?|jails?|prisons?|(?:detention|processing)\s+centers?)"
ENCLOSURE_AFTER = re.compile(
    rf"^\s*(?:\w+\s+){{0,2}}?(?:in|inside)\s+(?:a|an|the|one|each|their|its)?\s*(?:\w+\s+){{0,2}}?{ENCLOSURE}\b|"
    rf"^\s*(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)?(?:crammed|packed|squeezed|crowded|held|kept|locked)\s+"
    rf"(?:in|into|inside|at)\s+(?:a|an|the|one|each|their|its)?\s*(?:[\w-]+\s+){{0,2}}?{HOLDING_PLACE}\b",
    _I,
)
ENCLOSURE_BEFORE = re.compile(rf"\b{ENCLOSURE}\s+(?:had|held|holds|contained|housed)\s*$", _I)
#: "stopped 261 migrants from entering the United States": caught at the border.
STOPPED_ENTERING = re.compile(r"^\s*from\s+(?:illegally\s+)?(?:entering|crossing)\b", _I)
STOPPED_BEFORE = re.compile(r"\b(?:stopped|prevented|blocked|turned\s+back)\s*$", _I)
#: "removed nearly 1,500 criminal illegal immigrants from the streets": arrests.
STREETS = re.compile(
    r"\b(?:removed|removing|taken|taking|took|got|getting|pulled)\s+(?:[\w,]+\s+){0,6}?(?:off|from)\s+"
    r"(?:the\s+|our\s+|its\s+|their\s+)?streets\b",
    _I,
)
#: "detained", "detains" or "detaining" right before the number ("officers detained two brothers", "raided a
#: home, detaining four people"): taking people in, an arrest, not a headcount; a
#: progressive "ICE is detaining 184 children" holds them (detentions), and so does a present said of now: "ICE
#: currently detains 58,000 people" (a population held, GUIDELINES §2 detentions), with its adverb of now between
#: too: "ICE is currently detaining 59,000 people".
DETAINED_JUST_BEFORE = re.compile(
    r"(?<!\bcurrently\s)(?<!\bnow\s)(?<!\bstill\s)\bdetains\s*$|\bdetained\s*$|(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)"
    r"(?<!\bcurrently\s)(?<!\bnow\s)(?<!\bstill\s)\bdetaining\s*$",
    _I,
)
#: "detained by immigration agents": the act of taking someone into custody, an arrest.
DETAINED_BY = re.compile(
    r"\bdetained\s+by\s+(?:\w+\s+){0,2}?(?:agents|officers|ICE|police|deputies|authorities|troopers)\b", _I
)
#: A number followed at once by its own finite verb has a predicate of its own:
#: "6,075 remained with their sponsors, 28 had run away, five had been removed".
OWN_VERB = re.compile(
    r"^\s*(?:[\w’'-]+\s+){0,3}?"
    r"(?:had|has|have|were|was|are|is|remained|remain|remains|stayed)\b",
    _I,
)
#: A clause that opens by naming the sentence before as a cause ("That's why 2,100 families left", "As a result,
#: 300 workers quit", "So 40 families moved"): its number is a consequence, a new group, no count going on.
CONSEQUENCE_OPENER = re.compile(
    r"^\W*(?:(?:that|this|which)(?:['’]s|\s+(?:is|was))\s+(?:why|how)|as\s+a\s+(?:result|consequence)|"
    r"because\s+of\s+(?:that|this|it)|so|thus|therefore|consequently|hence)\b",
    _I,
)
#: An action named inside a phrase that only dates or motivates the predicate ("were injured during the arrests",
#: "gathered to protest the raids"): not what happened to the people counted.
EVENT_IN_PHRASE = re.compile(
    r"\b(?:during|after|before|amid|following|since|over|against|protest(?:ing)?|oppos(?:e|ing))\s+"
    r"(?:the\s+|these\s+|those\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:arrests?|raids?|detentions?|deportations?|removals?|apprehensions?|sweeps?)\b",
    _I,
)
#: How the people once came ("who had crossed the border illegally years ago"): their past, not where ICE
#: arrested them.
PAST_CROSSING = re.compile(
    r"\b(?:who|whom|that|after)\s+(?:had\s+|have\s+|having\s+)?(?:\w+\s+)?(?:crossed|crossing|entered|entering)\b[^,;]*",
    _I,
)
#: A counted noun the lexicon does not know, then a passive relative clause that says what happened to them:
#: "more than 200 non-Mexicans who were apprehended".
RELATIVE_PASSIVE = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,3}?(?:who|that)\s+(?P<verb>(?:had\s+been|have\s+been|has\s+been|were|was|are|is|"
    r"had|have)\s+(?:\w+\s+)?\w+(?:\s+(?:into|in|to|from)\s+(?:\w+\s+){0,2}\w+)?)",
    _I,
)
#: Whom an operation was aimed at ("in an operation targeting people with criminal records"): its targets, not what
#: happened to the people counted.
AIMED_AT = re.compile(r"\b(?:target(?:ing|ed|s)|aim(?:ed|ing)\s+at|focus(?:ed|ing)\s+on)\b[^,;]*", _I)
#: ", and a jury ...", ", but the agency ...": a coordinated clause that opens with a subject of its own.
NEW_SUBJECT_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?:a|an|the|its|their|his|her|federal|state)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:jury|jurors|judge|court|prosecutors|agents|officers|police|agency|department|office|officials)\b|"
    # a bare plural subject too: "HSI arrested 30 people, and prosecutors charged 18 of them" (round 11), with up to
    # three words naming whose ("and ICE agents arrested", "and federal immigration officers detained"), or an
    # agency alone ("and ICE arrested 30 of them")
    r",\s+(?:and|but)\s+(?:(?:[\w.'’-]+\s+){0,3}?(?:prosecutors|jurors|judges|agents|officers|police|"
    r"officials|authorities|deputies|troopers|marshals)|ICE|CBP|HSI|DHS|the\s+Border\s+Patrol|Border\s+Patrol)"
    r"\s+(?:later\s+|then\s+|also\s+)?[a-z]+(?:ed|t)\b",
    _I,
)
#: A verb coordinated at the end of a count's words, right before the next number: it governs that number ("arrested
#: 300 people and deported 40 of them", "apprehended 1,200 migrants and expelled 700", "and have since deported 18 of
#: them"), as does the main verb of a subject whose relative clause holds the count ("Agents who arrested 52 people
#: have since deported 18 of them"); so do detainers placed on it, which are that number's (`DETAINERS_ON`), so the
#: total keeps the verb before it ("Agents arrested 60 people and lodged detainers on 23 of them": 60 arrests, 23
#: detainers; GUIDELINES §2 detainers counts the requests).
NEXT_NUMBER_VERB = re.compile(
    r"\s(?:and|but|then|before|after)\s+(?:(?:has|have|had)\s+)?"
    r"(?:later\s+|then\s+|also\s+|since\s+|already\s+|eventually\s+|subsequently\s+|quickly\s+)?"
    r"[a-z]+(?:ed|t)(?:\s+(?:about|nearly|almost|more\s+than|over|some|roughly|at\s+least))?\s*$|"
    r"\s(?:has|have|had)\s+(?:since|already)\s+[a-z]+(?:ed|t)\s*$|"
    r"\s(?:and|but|then)\s+(?:also\s+|later\s+)?(?:lodg|issu|plac|fil|put)\w*\s+"
    r"(?:immigration\s+|ICE\s+)?(?:detainers?|detainer\s+requests?|holds?)\s+(?:on|against|for)"
    r"(?:\s+(?:about|nearly|more\s+than|some))?\s*$",
    _I,
)
#: The immigration crimes of GUIDELINES §1's prosecutions: their defendants are `charged`.
IMMIGRATION_CRIME = rx(
    r"smuggl\w*",
    r"illegal(?:ly)?\s+(?:re-?)?ent(?:ry|ered|ering)",
    r"re-?entry",
    r"harbou?r\w*",
    r"transport\w*\s+(?:\w+\s+){0,2}?(?:immigrants|migrants|aliens)",
    r"(?:document|identity|visa|marriage|immigration)\s+fraud",
    FALSE_PAPERS,
)
#: A finite verb (the predicate of a clause's subject), not a participle modifying a noun.
FINITE_VERB = rx(r"had", r"have", r"has", r"were", r"was", r"are", r"is", r"did", r"do", r"does", r"face", r"faces")
#: A "whose" clause tells of another noun ("two mothers whose children became sick while detained"): its verb is
#: not what happened to the people counted.
WHOSE_CLAUSE = re.compile(r"\bwhose\b[^,;]*", _I)
#: An action that qualifies the noun of an "of" phrase: "two children of another detained man" (the man was detained).
OF_ACTED_ON_NOUN = re.compile(
    r"\bof\s+(?:a|an|another|the|their|his|her|its|one)\s+(?:[\w-]+\s+){0,2}?(?:detained|arrested|deported|jailed)\s+"
    r"(?:[\w-]+\s+){0,1}?"
    r"(?:man|woman|father|mother|parent|husband|wife|son|daughter|person|immigrant|migrant|worker)\b",
    _I,
)
#: Deaths of people on their way, not in custody: "have died or are missing", "died crossing the desert", "drowned".
DIED_CROSSING = re.compile(
    r"\bdied\s+or\s+(?:are|were|went|gone|have\s+gone)\s+missing|\bmissing\b|"
    r"\bdied\s+(?:while\s+)?(?:crossing|trying\s+to\s+cross)|"
    r"\bdrown\w*|\bin\s+the\s+desert\b|\bof\s+(?:heat|dehydration|exposure)\b|"
    # a death on the way, not in anyone's custody: "died at the border", "on the journey north", "at sea",
    # "in a crash" (GUIDELINES §2 deaths_in_custody: people who died in immigration custody)
    r"\b(?:died|dead|deaths?)\s+(?:at|along|near|on|across)\s+the\s+(?:[\w.-]+\s+){0,2}?border\b|"
    r"\ben\s+route\b|\bon\s+the\s+(?:way|journey|trek|route|trail)\b|\bat\s+sea\b|"
    r"\b(?:vehicle|car|truck|bus|van|traffic|road)\s+(?:crash|accident)\w*|\bcrash(?:ed|es)?\b|\b(?:pursuit|chase)\b|"
    # killed in a meeting with agents, not held by them: "died in encounters with CBP agents"
    r"\bin\s+(?:[\w-]+\s+){0,2}?encounters?\s+with\b",
    _I,
)
#: A word that opens a relative clause: the verb that governs a number is after the last one before it ("a
#: volunteer who gave water to two migrants").
RELATIVE_OPENER = re.compile(r"\b(?:who|whom|whose|which)\b", _I)
#: A number, a noun phrase of one to three words, then that phrase's own finite verb.
UNKNOWN_NOUN_SUBJECT = re.compile(
    # a part of the group too: "eight of the farmhands were detained" (the partitive's words are no modifier)
    r"(?:\s+of\s+(?:the|those|these|their|its|his|her|our))?"
    # (a phrase naming things takes no verb of people: "three of the tour buses were held")
    rf"\s+(?P<np>(?:(?!(?:{THINGS})\b)[A-Za-z][\w'’.-]*\s+){{1,3}}?)"
    # the noun's place or whole after it: "three managers of a Lubbock dairy were charged", "at a job site"
    r"(?:(?:of|at|from|for)\s+(?:an?|the|two|three|four|five|several)\s+(?:[\w'’.-]+\s+){1,3}?)?"
    r"(?P<verb>(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:arrested|apprehended|deported|removed|detained|expelled|caught|encountered|jailed|held|"
    # the phrasal and everyday verbs of taking people ("five roofers were picked up by agents"): `CUES` arrests,
    # read so only where officers are named (`OFFICERS`: "picked up by their parents" takes nobody)
    r"(?P<taking>(?:picked|rounded|swept|scooped)\s+up|snatched|nabbed|handcuffed|"
    r"taken\s+into\s+(?:\w+\s+){0,2}custody)|"
    # the passives of a prosecution too: "four employers were charged with hiring undocumented workers"
    r"charged|indicted|prosecuted|sentenced|convicted)\b|"
    # a plea is the people's own act in the prosecution: "five smugglers pleaded guilty to transporting aliens"
    r"(?:pleaded|pled)\s+guilty\b|"
    # charges the people face: "three managers of a dairy face federal charges of harboring workers"
    r"face\s+(?:federal\s+)?charges\b)",
    _I,
)
#: A bare number that is its clause's subject: "only 10 did not have criminal records", "375 had been detained".
OWN_PREDICATE = re.compile(
    r"\s+(?:(?:only|also|still|now)\s+)?(?:were|was|are|is|have|had|has|having|being|did|do|does|remain|remains|"
    r"face|faces|\w+ed)\b",
    _I,
)
#: A finite verb before a number in its clause makes the number that verb's object ("had lost track of 1,500
#: children"): such a number is not a verbless item of a series told across sentences.
VERB_BEFORE = re.compile(r"\b(?:had|has|have|were|was|is|are|did|does|do|\w+ed)\b", _I)
#: Held before the number in its clause: "held for hours ... with almost two dozen other observers" (detentions).
HELD = re.compile(r"\b(?:held|detained|jailed|locked\s+up|kept)\b", _I)
#: A summing opening ("In all", "Overall"): after border sentences its count is a border count too.
SUMMARY = re.compile(r"^(?:In\s+all|All\s+told|In\s+total|Overall|Altogether|Together)\b", _I)
#: A dash aside inside a clause: " — including 7 gang members — " (its closing dash is not a clause break).
DASH_ASIDE = re.compile(r"\s[—–]\s(?:(?!\s[—–]\s)[^;()]){1,120}?\s[—–]\s")
#: "a five-time deportee", "a three-time removed felon".
TIME_DEPORTEE = re.compile(r"-times?\s+(?:deport(?:ee|ed)|remov(?:ed|al)|expelled)\b", _I)
CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|\s--\s|\(|\)|,\s+(?:but|while|whereas|although|compared\s+(?:to|with)|up\s+from|down\s+from|"
    r"or\s+about|according)\b|\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with))\b",
    _I,
)
LIST_ITEM = re.compile(r"\b(?:including|includ(?:es|ed)|among\s+them|of\s+whom|of\s+which)\b", _I)
#: A list item up to the comma or dash that closes it: "including 212 who had been deported before", "among them 40
#: children" (its words are the part's: the total's own predicate, if any, comes after its closing comma or dash).
LIST_PART = re.compile(LIST_ITEM.pattern + r"(?:(?!\s(?:[—–]|--)\s)[^,;])*", _I)
#: A charge for a crime that is no immigration crime, right after "charged with", "on charges of", "for" ...:
#: "charged 25 people with assaulting officers", "charged 18 with rioting" (GUIDELINES §2 charged: prosecuted for
#: immigration crimes).
OTHER_CRIME_CHARGE = re.compile(
    r"\b(?:(?:charged|charges?|indicted|prosecuted|accused|convicted|arrested|sentenced)\s+(?:\w+\s+){0,3}?"
    r"(?:with|of|for|on)|(?:pleaded|pled)\s+guilty\s+(?:\w+\s+){0,2}?to)\s+"
    r"(?:(?:federal|felony|misdemeanor|criminal|state|several|multiple)\s+)?(?:charges\s+of\s+)?"
    r"(?:assault\w*|imped\w*|resist\w*|obstruct\w*|interfer\w*|riot\w*|vandal\w*|arson|trespass\w*|"
    r"disorderly|drug|narcotics|murder|homicide|robbery|burglary|kidnapp\w*|weapons?|firearms?|DUI|drunk(?:en)?|"
    r"doxx\w*|threaten\w*|damag\w*|destr\w*|looting|conspiracy\s+to\s+(?:imped|assault|obstruct)|"
    # money crimes: "two doctors pleaded guilty to Medicare fraud" (visa or document fraud stays immigration's)
    r"tax\s+evasion|money\s+laundering|embezzl\w*|brib\w*|"
    r"(?:Medicare|Medicaid|health[\s-]?care|wire|bank|mail|securities|tax|insurance)\s+fraud)",
    _I,
)
#: An action people only face, risk or hold an order for, not one done to them (GUIDELINES §2: plans and
#: projections are no counts): "1,400 Iraqis face deportation", "300 people at risk of being deported", "12,000 have
#: final orders of deportation"; a possessive may stand before the action: "remain in custody awaiting their removal".
PROSPECT = re.compile(
    r"\b(?:fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?|at\s+risk\s+of|(?:under\s+)?threat(?:ened)?\s+(?:of|with)|"
    r"fear(?:s|ed|ing)?|vulnerable\s+to|eligible\s+for|subject\s+to|awaiting|await(?:s|ed)?|pending|"
    r"protect(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?from|shield(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?from|"
    r"expos(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?to)\s+"
    r"(?:(?:their|his|her|its)\s+)?(?:(?:possible|imminent|potential|likely|eventual|swift|quick|mass)\s+)?"
    r"(?:being\s+)?(?:deport\w*|removal|removed|expulsion|expelled|arrest(?:ed)?|detention|detained)\b|"
    r"\b(?:final\s+)?(?:orders?\s+of\s+(?:removal|deportation)|(?:removal|deportation)\s+orders?)\b",
    _I,
)
#: A police force named before the number ("Metro Nashville police said officers made 112 arrests", "Honduran police
#: arrested 60 suspected gang members"): with no word of immigration, migrants or the border anywhere in the
#: sentence (`NO_IMMIGRATION_WORD`), its arrests are ordinary arrests (GUIDELINES §1: "ordinary police arrests with no
#: immigration angle"), whatever the story around them is about. Local police acting for immigration purposes say so
#: in the sentence ("police arrested 30 migrants", "turned them over to ICE", "under its 287(g) agreement").
POLICE_FORCE = rx(r"police")
#: The police's own arrest, told between the force and the number ("police arrested 60"): people police only stopped
#: ("Police stopped a pickup carrying 9 passengers") take their type from the next sentence's handover to ICE, if any.
ARREST_WORD = rx(r"arrest\w*")
#: The words that give an arrest an immigration angle: an immigration agency or law, the people's standing, their
#: crossing or smuggling, a removal (`IMMIGRATION_ANGLE`'s words, and more).
IMMIGRATION_WORD = rx(
    *IMMIGRATION_ANGLE_WORDS,
    r"immigra\w*",
    r"ERO",
    r"migrants?",
    r"aliens?",
    r"undocumented",
    r"asylum\w*",
    r"smuggl\w*",
    r"borders?",
    r"287\(g",
    r"removal",
    r"crossings?",
    r"trespass\w*",
    r"illegal(?:ly)?",
    r"unauthori[sz]ed",
    r"Dreamers?",
    r"DACA",
)
#: People counted as protesters: their arrests are for their protest, not immigration enforcement against them
#: (GUIDELINES §1: ordinary police arrests with no immigration purpose), wherever the protest was.
PROTESTERS = re.compile(
    r"(?:[\w-]+\s+){0,2}?\b(?:protesters|protestors|demonstrators|counter-?protesters|rioters)\b(?!['’])", _I
)

# ---------------------------------------------------------------------------------------------
# An operation named by its town, and counts that are no enforcement count
# ---------------------------------------------------------------------------------------------

#: An operation, raid or sweep named by the town it is in: "during the Charlotte operation", "in the Omaha raids"
#: (group 1: the town, looked up in the gazetteer; where it is inland, the operation is inside the country).
TOWN_OPERATION = re.compile(
    r"\bthe\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)\s+(?:(?:immigration|enforcement|ICE)\s+)?"
    r"(?:operations?|raids?|sweeps?|crackdowns?|surges?|deployments?)\b"
)
#: An obligation, an authority or money to act, then the action right before the number: "would require ICE to
#: detain 50,000 more", "directed agents to arrest 3,000", "funding to deport 1 million" (a plan, GUIDELINES §2:
#: "nor are projections and plans"; read on the words before the number). An order not to act ("ordered ICE not to
#: deport 120 detainees held in ...") leaves the people as they are.
OBLIGED_ACTION = re.compile(
    r"\b(?:(?:(?:requir|forc|direct|mandat|authori[sz]|fund|order|instruct)(?:e|es|ed|ing|s)?|compel(?:s|led|ling)?|"
    # "were ordered to deport 300", "have been told to detain 500 more": the order given to the agents, passive
    r"told|tells?|telling)\s+(?:(?!not\b|never\b)[\w.'’-]+\s+){0,4}?|"
    r"(?:funding|money|authority|power|order|directive|mandate|requirement|plan|bill|law|budget)\s+)"
    r"to\s+(?:(?:help|begin|start|continue)\s+)?(?:arrest|deport|detain|remove|apprehend|expel|hold|jail|lock\s+up)"
    r"\s+(?:(?:at\s+least|up\s+to|as\s+many\s+as|more\s+than|about|nearly|another|an\s+additional)\s+)?$",
    _I,
)
#: Where people were taken at a protest, a rally or a vigil ("arrested 12 people at a protest against ICE"): held
#: for the protest, no enforcement count (read on the number's clause after the number); the arrests' own reason may
#: come between ("made 9 arrests for vandalism and assault during a march against the raids").
AT_PROTEST = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,4}?(?:for\s+(?:[\w’'-]+\s+){0,4}?)?(?:at|during|after|outside|near|following|amid)\s+(?:a|an|the|[\w’'-]+['’]s)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:protests?|demonstrations?|rall(?:y|ies)|vigils?|march(?:es)?|sit-ins?|riots?)\b",
    _I,
)
#: People held then killed, or shot, in an attack (after the counted noun): "Two detainees were killed when a gunman
#: opened fire" (died in custody: GUIDELINES §2 deaths_in_custody); "were wounded", "were injured": victims.
KILLED_AFTER = re.compile(r"\s*(?:were|was|had\s+been|have\s+been)\s+(?:fatally\s+shot|shot\s+dead|killed)\b", _I)
HURT_AFTER = re.compile(r"\s*(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:wounded|injured|shot|hurt)\b", _I)
#: "; of those, 812 were children": a part of the count before, after a semicolon or colon inside its sentence.
OF_THOSE_AFTER_BREAK = re.compile(r"[;:]\s*(?:of|among)\s+(?:them|those|these|whom)\s*,?\s*(?:\w+\s+){0,2}?$", _I)
#: A total said as "a total of", "a combined": no qualifier of the number's value, transparent between a verb and
#: its number ("Agents arrested a total of 1,200 during the week").
TOTAL_OF = re.compile(r"\b(?:a|the)\s+(?:combined\s+|grand\s+)?total\s+of\s*$|\ba\s+combined\s*$", _I)
#: Where a part was: its place within three words ("120 in Houston", "120 were arrested in Houston").
PART_PLACED_AFTER = re.compile(rf"\s+(?:[\w’'-]+\s+){{0,3}}?{PLACED}")
#: The lead of a breakdown whose whole has no number: "The arrests break down as follows:", "Arrests by city were:"
#: (an event noun, no number, then a colon; the items after it are parts of that action).
BREAKDOWN_LEAD = re.compile(
    rf"^\W*(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?P<noun>{EVENTS})\b[^\d:;]{{0,60}}"
    r"\b(?:break\s+down|broke\s+down|breaks\s+down|by\s+(?:city|state|county|place|region|sector)|were|included|"
    r"include|as\s+follows)\b[^\d:;]{0,30}:\s*$",
    _I,
)
#: Between a breakdown lead's colon and a number: a semicolon or another number makes the number no first item of
#: the lead's (unless a count of the sentence came before it).
LEAD_ITEM_BREAK = re.compile(r"[;\d]")
#: A number's own place right after it ("50 in Houston on Tuesday", "50 people at the Dallas office"): two mentions
#: of one number in one sentence, each with its own place, are two statements, two facts (GUIDELINES §2).
OWN_PLACE_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?(?P<place>(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2})"
)

# ---------------------------------------------------------------------------------------------
# Numbers that count no people touched by enforcement, in long stories (read by
# `count_traps.not_counted`): places' populations, ratios, arrests for other crimes, what a vehicle or room can take,
# things `THINGS` does not name, court caseloads, shares of things, ages, sizes of groups
# ---------------------------------------------------------------------------------------------

#: A place named by its kind, then its population: "the city of 21,000", "a county of about 67,000 people", "a
#: country of 11.7 million" (GUIDELINES §2: a population is no count). The qualifier before the number is set aside.
PLACE_POPULATION_BEFORE = re.compile(
    r"\b(?:city|town|village|hamlet|county|parish|borough|state|province|country|nation|island|suburb|"
    r"municipality|metro(?:politan)?\s+area|capital)\s+of\s+(?:just\s+|only\s+)?$|"
    # a place's residents told as the place's home: "the county, home to 95,000 immigrants" (people who live there,
    # none an action touched; "a camp home to 1,200 detainees" is a headcount, `HELD_AFTER`)
    r"\bhome\s+to\s+(?:just\s+|only\s+)?$",
    _I,
)
#: A share of a whole population whose records are told: "About 3 percent of undocumented adults in the state had a
#: conviction", "12% of noncitizens nationwide have a felony record" (the records of people no action touched,
#: GUIDELINES §2: a population). The group names people by their status alone, no action or custody word before its
#: predicate ("40 percent of immigrants arrested", "of immigrants in ICE detention" stay counts).
RECORD_SHARE_OF_POPULATION = re.compile(
    r"^\s*(?:percent\b|%)?\s*of\s+(?:all\s+)?(?:(?:undocumented|unauthorized|illegal|foreign-born|immigrant|noncitizen|"
    r"non-citizen)\s+)?(?:adults|residents|immigrants|noncitizens|non-citizens|population)\b"
    r"(?:(?!\b(?:arrest\w*|detain\w*|deport\w*|remov\w*|apprehend\w*|book\w*|held|jail\w*|custody|detention|"
    r"charged|releas\w*|ICE|CBP)\b)[^.;:])*?\b(?:had|have|has|were|are|was|is)\b",
    _I,
)
#: A place's own people, its possessive right before the number and a residents' noun right after: "Nebraska's
#: 150,000 immigrants", "the borough's 2.3 million residents" (a population, GUIDELINES §2; no action touched them
#: unless a participle right after says one did: "Texas's 900 immigrants detained at Dilley").
PLACE_POSSESSIVE_BEFORE = re.compile(
    r"(?:\b(?-i:[A-Z][a-z]+)|\b(?:city|town|county|parish|borough|state|country|nation|region|area|valley))"
    r"(?:'s|’s|s'|s’)\s+$",
    _I,
)
RESIDENTS_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:immigrants|residents|inhabitants|foreign-born|noncitizens)\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:detained|arrested|held|deported|removed|apprehended|jailed|in\s+(?:ICE\s+)?custody)\b)",
    _I,
)
#: People held, right after the number: "a town of 1,200 detainees" is a camp's headcount, not a town's population.
HELD_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:detainees|inmates|prisoners)\b", _I)
#: The base of a ratio, right before its number: "2 doctors for every 1,000 detainees", "18 of every 100,000
#: residents" (GUIDELINES §2: rates are no counts; `RATE_BEFORE` reads "per every" and "one in every").
RATIO_BASE_BEFORE = re.compile(r"\b(?:for|of|to|with)\s+(?:each\s+and\s+)?every\s+$", _I)
#: Crimes that are no immigration crime (GUIDELINES §1: "ordinary police arrests with no immigration angle"; §2 charged:
#: prosecuted for immigration crimes). Trespass stays out: a state's trespass arrests of migrants are its border
#: operation's.
OTHER_OFFENCE = (
    r"drunk(?:en)?[\s-]driving|drunk|DUIs?|DWIs?|OWIs?|driving\s+(?:while|under)\s+\w+|impaired\s+driving|"
    r"weapons?|firearms?|guns?|drugs?|narcotics|fentanyl|marijuana|cocaine|methamphetamine|heroin|"
    r"theft|shoplifting|burglar\w*|robber\w*|murder|homicide|domestic\s+violence|traffic|speeding|curfew|"
    r"disorderly\s+conduct|(?:public\s+)?intoxication|vandalism|property\s+damage|damaging|resisting\s+arrest|"
    r"fail(?:ing|ure)\s+to\s+(?:obey|disperse|comply)|disobey\w*|"
    r"assault\w*|attacking|imped\w*|obstruct\w*|interfer\w*|riot\w*|looting"
)
#: An arrest or charge for such a crime, right after its number: "88 arrests for drunken driving", "9,800 DUI
#: arrests", "arrested 40 people on drug charges", "19 were charged with failing to obey lawful orders".
OTHER_OFFENCE_AFTER = re.compile(
    rf"^\s*(?:other\s+|more\s+|separate\s+)?(?:{OTHER_OFFENCE})(?:-related)?\s+arrests\b|"
    r"^\s*(?:[\w-]+\s+){0,3}?(?:for|on|with)\s+(?:suspicion\s+of\s+|charges?\s+of\s+|allegedly\s+|"
    rf"(?:state|local|criminal|felony|misdemeanor|federal|separate|public)\s+)*(?:{OTHER_OFFENCE})\b",
    _I,
)
#: Crimes police investigate that no immigration operation is named by ("in a drug investigation", "in a robbery
#: sting"); not traffic, whose stops are how state troopers make immigration arrests.
INVESTIGATED_OFFENCE = (
    r"drugs?|narcotics|fentanyl|marijuana|cocaine|methamphetamine|heroin|weapons?|firearms?|guns?|"
    r"theft|shoplifting|burglar\w*|robber\w*|murder|homicide|domestic\s+violence"
)
#: The same crime told further from the number, where its sentence names no immigration agency or purpose at all
#: (`IMMIGRATION_ANGLE`): set off after the counted noun and its time with a share word ("made 41 arrests over the
#: weekend, mostly for theft"), or as the police's own investigation ("arrested 12 people in a drug investigation").
#: In a sentence with ICE in it, "40 people, many on drug charges" is the record of people ICE took, and stays.
OTHER_OFFENCE_SET_OFF = re.compile(
    r"^\s*(?:[\w-]+,?\s+){0,5}?(?:mostly|mainly|largely|primarily|chiefly|most|many|all)\s+(?:for|on|with)\s+"
    r"(?:suspicion\s+of\s+|charges?\s+of\s+|allegedly\s+|"
    rf"(?:state|local|criminal|felony|misdemeanor|separate|public)\s+)*(?:{OTHER_OFFENCE})\b|"
    r"^\s*(?:[\w-]+\s+){0,2}?(?:in|during)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?"
    rf"(?:{INVESTIGATED_OFFENCE})(?:-related)?\s+(?:[\w-]+\s+)?(?:investigations?|cases?|stings?|probes?|busts?|operations?|sweeps?|crackdowns?|raids?)\b",
    _I,
)
#: The words of an immigration crime, which the two patterns below share.
IMMIGRATION_OFFENCE_WORDS = (r"immigra\w*", r"deport\w*", r"re-?entry", r"illegal(?:ly)?\s+ent\w*", r"smuggl\w*")
#: An immigration angle in the same words, which keeps the count: "on drug and illegal re-entry charges".
IMMIGRATION_OFFENCE = rx(*IMMIGRATION_OFFENCE_WORDS, r"ICE")
#: What a vehicle, boat or room can take, right before its number: "boats that can carry 20", "the van could seat 15",
#: "a bus able to transport 50" (GUIDELINES §2: capacities are no counts; `CAPACITY_BEFORE` reads hold / house /
#: accommodate / fit).
CARRY_CAPACITY_BEFORE = re.compile(
    r"\b(?:can|could|will|would|able\s+to|designed\s+to|built\s+to|meant\s+to)\s+(?:only\s+)?"
    r"(?:carry|seat|transport|sleep|load|take)\s+(?:up\s+to\s+|as\s+many\s+as\s+|only\s+|just\s+)?$|"
    r"\b(?:carries|seats|sleeps)\s+(?:up\s+to|as\s+many\s+as)\s+$",
    _I,
)
#: Things a story counts that `THINGS` does not name: offices and sites, courts and hearings, vehicles, weapons and
#: goods, drugs and seizures, papers and calls, measures (GUIDELINES §2: counts of things are no counts of people).
MORE_THINGS = (
    r"offices|field\s+offices|stations|headquarters|courtrooms|courts|sectors|ports|crossing\s+points|bridges|lanes|"
    r"runways|places|spots|schools|churches|farms|ranches|buildings|houses|apartments|rooms|floors|toilets|showers|"
    r"boats|pangas|ships|helicopters|aircraft|drones|cameras|trucks|trailers|vans|SUVs|"
    r"rifles|handguns|pistols|guns|weapons|firearms|cellphones|phones|meals|snacks|cattle|"
    r"tips|cards|inspections|deficiencies|complaints|indictments|lawsuits|suits|hearings|interviews|citations|tickets|permits|"
    r"ballots|seats|jobs|positions|shifts|tons|grams|ounces|kilometers|square\s+miles|degrees|"
    r"drugs|narcotics|fentanyl|cocaine|heroin|methamphetamine|meth|marijuana|contraband|seizures|"
    # goods picked up, found or left behind: "picked up 30 bags of clothing", "120 abandoned life jackets", "tents
    # each holding 20 cots" (the verb that takes people takes things too; the noun says which)
    r"bags|backpacks|suitcases|luggage|jackets|life\s+vests|vests|bundles|packages|parcels|boxes|crates|blankets|"
    r"mattresses|cots|tents|tires|bottles|jugs|rafts|ladders|shoes"
)
#: One of them as the number's counted noun, a few modifiers that are no people, event, preposition or verb between.
MORE_THINGS_HEAD = re.compile(
    rf"^\s*(?:(?!(?:{PEOPLE}|{EVENTS})\b)(?!{PHRASE_STOP.pattern})[A-Za-z][\w'’-]*\s+){{0,2}}?(?:{MORE_THINGS})\b",
    _I,
)
#: A court's caseload: "a backlog of 3.7 million pending cases", "61,000 cases pending", "a docket of 9,000" (cases
#: waiting for a judge are no people an action touched; GUIDELINES §2).
CASELOAD_BEFORE = re.compile(r"\b(?:backlogs?|caseloads?|dockets?)\s+(?:of\s+)?(?:just\s+|only\s+)?$", _I)
CASELOAD_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:pending|backlogged|unresolved|undecided|open)\s+(?:[\w-]+\s+){0,2}?cases\b|"
    r"^\s*(?:[\w-]+\s+){0,2}?cases\s+(?:pending|wait\w*|await\w*|backlogged|on\s+(?:the|its|a)\s+docket)\b",
    _I,
)
#: A share of a thing, right after a percent: "83 percent of its toilets", "40% of the county's budget", "25 percent of
#: all trade" (GUIDELINES §2: a share is a count only of people in an action).
SHARE_OF_THING_AFTER = re.compile(
    r"^\s*of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+|this\s+|that\s+|our\s+)?"
    rf"(?:(?!(?:{PEOPLE}|{EVENTS})\b)(?!{PHRASE_STOP.pattern})[A-Za-z][\w'’-]*\s+){{0,2}}?"
    rf"(?:{MORE_THINGS}|budget|funding|funds|money|revenue|income|trade|economy|GDP|spending|land|territory|"
    r"workforce|labor\s+force|vote|beds|cells|capacity|space|area)\b",
    _I,
)
#: An age, right before its number: "aged 19 to 58" (both ends), "ages 3 to 17", "as young as 3", "between the ages of
#: 18 and 25", "ranging in age from 15 to 52" (GUIDELINES §2: only numbers of people are counts).
AGE_BEFORE = re.compile(
    r"\b(?:aged?|ages|as\s+(?:young|old)\s+as|between\s+the\s+ages\s+of|(?:ranging|range|ranged)\s+in\s+age\s+from|"
    r"(?:in\s+their|in\s+his|in\s+her)\s+(?:early\s+|mid-?|late\s+)?)\s*"
    r"(?:(?:about|around|roughly)\s+)?(?:\d+\s*(?:to|and|-|–)\s*)?$",
    _I,
)
#: An age right after its number: "6 month old twins" ("17 years old" and "17-year-old" are no numbers at all,
#: numbers.py drops them; "3 months old" is already a measure, the thing trap's).
AGE_AFTER = re.compile(r"^\s*-?\s*(?:years?|months?|weeks?)[\s-]+old\b", _I)
#: The size of each of many groups, not a number of people touched: "in groups of up to 12" (GUIDELINES §2: rates and
#: capacities are no counts). ("As many as 90 people have been held at a time" is a facility's headcount: a count.)
GROUP_SIZE_BEFORE = re.compile(
    r"\bgroups\s+of\s+(?:up\s+to\s+|as\s+many\s+as\s+|about\s+|roughly\s+|between\s+|from\s+)?$", _I
)

# ---------------------------------------------------------------------------------------------
# Changes told with their base: "up 300 from April"
# ---------------------------------------------------------------------------------------------

#: A change told with its base after the number: ", up 300 from April", "down 150 over the year before" (GUIDELINES
#: §2: changes are not counts); "up" or "down" opens the phrase after a comma, a dash or "and", so "picked up 30 from
#: the river" keeps its verb.
CHANGE_WITH_BASE_BEFORE = re.compile(r"(?:^|[,;(—–]|\band|\bor)\s*(?:up|down)\s+(?:by\s+)?$", _I)
CHANGE_BASE_AFTER = re.compile(
    r"^\s*(?:from|over|since|compared\s+(?:to|with)|versus|vs\.?|on\s+the\s+(?:year|month|week|previous))\b", _I
)

# ---------------------------------------------------------------------------------------------
# Averages that are rates
# ---------------------------------------------------------------------------------------------

#: An average told by its verb is a rate, not a count ("Daily ICE arrests averaged 1,000 in June", "Monthly
#: apprehensions averaged 8,000"; GUIDELINES §2: rates are no counts), unless what is averaged is a population held
#: ("The detained population averaged 38,000": ICE's measure of the people it holds, `HELD_AVERAGED`).
AVERAGED_BEFORE = re.compile(r"\baverag(?:ed|es|ing)\s+(?:out\s+)?(?:at\s+)?$", _I)
HELD_AVERAGED = rx(r"population", *DETAIN_WORDS, r"held", r"holds?", r"holding")
#: The same class where `AVERAGED_BEFORE` does not reach, named by the flow averaged: the bare verb ("weekly arrests
#: average about 1,100"), a qualifier `TRAP_QUALIFIER` leaves ("averaged just 291"), a flow into custody ("Daily
#: book-ins into ICE custody averaged 300": `HELD_AVERAGED` would keep it). A population held on an average day is
#: a count (`word_trap`). Read later in `count_traps.word_trap` than `AVERAGED_BEFORE`: a retraction before it wins.
FLOW_AVERAGED_BEFORE = re.compile(
    r"\b(?:daily|weekly|per-day|nightly)\s+(?:[\w-]+\s+){0,2}?(?:arrests|apprehensions|encounters|crossings|"
    r"deportations|removals|book-?ins|expulsions)\s+(?:[\w-]+\s+){0,3}?averag(?:ed|es|e)\s+"
    r"(?:(?:about|nearly|roughly|around|just|only|more\s+than|over|some)\s+)?$",
    _I,
)

# ---------------------------------------------------------------------------------------------
# Numbers in what is imagined, asked or taken back, not done, and numbers of the work around enforcement (read by
# `count_traps.word_trap`, `count_traps.no_action_trap` (with its test of a condition) and `count_traps.not_counted`):
# conditions and imagined cases, people others help, a caseload on a docket or as a level, parts of a count of papers,
# yes-no questions, an age told by a clause of time, a threshold, a jail's headcount beside detainers, a retracted
# number
# ---------------------------------------------------------------------------------------------

#: The open condition a number stands in, from its opener to the number with no comma between: "If ICE were to detain
#: 15 percent of ...", "what would happen if agents deported 3,000 ...", "Imagine ICE arresting 5,000 ..." (GUIDELINES
#: §2: projections and plans are no counts; a case imagined is no action taken).
CONDITION_OPEN = re.compile(r"\b(?:if|suppose|supposing|imagine|imagining)\s+[^,;:]*$", _I)
#: What makes such a condition unreal: a modal or "were to" inside it, or an opener that imagines by itself.
UNREAL_IN_CONDITION = re.compile(
    r"^(?:suppose|supposing|imagine|imagining)\b|\b(?:were|was)\s+to\b|\b(?:would|could|might|should)\b|"
    r"\bhad\s+(?!been\b)\w+ed\b",
    _I,
)
#: The main clause of a second or third conditional, after the condition's comma: "..., the county would lose ...".
UNREAL_MAIN_AFTER = re.compile(r"[^.;]*?,[^.;]*?\b(?:would|could|might)\b", _I)
#: An action told as a gerund that opens its clause, the number its object, with a modal predicate after: "At that
#: rate, removing 1 million people would cost $17 billion", "Deporting 11 million immigrants could take a decade" (a
#: case weighed, not an action taken, GUIDELINES §2; "Deporting 300 people cost ICE $5 million" was done and counts).
GERUND_SUBJECT_BEFORE = re.compile(
    r"(?:^\W*|[,;:—–]\s*)(?:deporting|removing|detaining|arresting|expelling|jailing|apprehending)\s+"
    r"(?:(?:all|about|nearly|roughly|some|more\s+than|an\s+estimated|the|another|an\s+additional)\s+)?$",
    _I,
)
MODAL_PREDICATE_AFTER = re.compile(r"[^,;.:]*?\b(?:would|could|might)\b", _I)
#: A condition told by inversion at the clause's start: "Had the agency arrested 800 people, ...", "Were ICE to
#: deport 300 ...".
INVERTED_CONDITION = re.compile(r"^\W*(?:Had|Were)\s+(?!been\b|there\b)(?:[\w'’.-]+\s+){1,4}?(?:\w+ed|to\s+\w+)\s")
#: A verb of aid right before its number: "reunited 45 children with relatives", "helped 1,300 families", "sheltered
#: 60 migrants", "rescued 520 people" (people others help are no people an enforcement action touched, GUIDELINES §2,
#: even where the sentence goes on to name the detention or deportation of their kin).
AIDED_BEFORE = re.compile(
    r"\b(?:reunit(?:ed|es|ing)|help(?:ed|s|ing)?|assist(?:ed|s|ing)?|shelter(?:ed|s|ing)?|fed|feed(?:s|ing)?|"
    r"serv(?:ed|es|ing)|counsel(?:l?ed|s|l?ing)|rescu(?:ed|es|ing)|resettl(?:ed|es|ing))\s+$",
    _I,
)
#: A caseload told by its docket: "8,000 cases on the non-detained docket" (`CASELOAD_AFTER` reads "on the docket").
CASES_ON_DOCKET_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?cases\s+(?:on|in)\s+(?:the|its|their|his|her|a)\s+(?:[\w-]+\s+){0,2}?dockets?\b", _I
)
#: Papers filed in court, which a part ("won 31 of them") counts in turn: petitions, motions, appeals, claims.
PAPERS = r"petitions|motions|appeals|claims|grievances|filings|complaints|lawsuits|suits"
#: A part told by a pronoun right after its number: "31 of them", "12 of those".
PART_OF_PRONOUN_AFTER = re.compile(r"^\s*of\s+(?:them|those|these)\b", _I)
#: The nearest number before, counting papers: "filed 42 habeas petitions for detainees and won": the part above
#: counts those papers, whoever they are for. (Papers only: "held 40 people for 12 days and released 30 of them".)
PAPERS_COUNTED_BEFORE = re.compile(rf"\d[\d,.]*\s+(?:[\w-]+\s+){{0,2}}?(?:{PAPERS})\b[^\d;]*$", _I)
#: A yes-no question the number is asked in, from its opening auxiliary (the sentence's or a quotation's first word) to
#: the number: "Will you hit 1 million deportations this year?", "A reporter asked, “Did ICE arrest 300 people ...?”"
#: (GUIDELINES §2: facts are what the text states; a number asked about is not stated).
YES_NO_QUESTION_OPEN = re.compile(
    r"(?:^|[\"“]\s*)(?:will|would|could|can|should|shall|are|is|was|were|do|does|did|have|has)\s+[^?\"”]*$", _I
)
#: The question's end after the number, inside the same quotation: "... this year?"
QUESTION_END_AFTER = re.compile(r"[^?\"”]*\?")
#: An age told by a clause of time: "since he was 4", "when she was 12", "after the boy turned 6" (GUIDELINES §2: only
#: numbers of people are counts; `AGE_BEFORE` reads "aged" and "as young as").
AGE_CLAUSE_BEFORE = re.compile(
    r"\b(?:since|when|until|till|before|after|because)\s+(?:he|she|they|I|we|you|"
    r"(?:the|his|her|their|our|my)\s+(?:boy|girl|child|children|kids?|son|daughter|baby|twins))\s+"
    r"(?:was|were|turned|is|are)\s+(?:just\s+|only\s+|about\s+)?$",
    _I,
)
#: An age told by a singular relative clause's copula, then a time or a clause's end: "a man who was 19 when ICE
#: arrested him", "the woman, who is 34, was deported" (as `AGE_CLAUSE_BEFORE` for a clause of time).
AGE_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom)\s+(?:was|is|turned)\s+(?:just\s+|only\s+|about\s+)?$", _I)
AGE_RELATIVE_AFTER = re.compile(r"^\s*(?:when\b|at\s+the\s+time\b|,|\.|;|\band\b|\bthen\b)", _I)
#: A threshold a level is measured against, not the level: "the sixth straight month under 10,000", "the first week
#: above 3,000 since May" (GUIDELINES §2: changes and comparisons are no counts; the level is told beside it).
THRESHOLD_BEFORE = re.compile(
    r"\b(?:straight|consecutive|first|second|third|\w+th)\s+(?:days?|weeks?|months?|quarters?|years?|time)\s+"
    r"(?:under|below|above|over|beneath|exceeding|topping)\s+$",
    _I,
)
#: A caseload as the subject of a level: "the backlog of cases in the immigration courts stood at 3.7 million", "the
#: courts' backlog has grown to 4 million" (`CASELOAD_BEFORE` reads "a backlog of").
CASELOAD_LEVEL_BEFORE = re.compile(
    r"\b(?:backlogs?|caseloads?)\b[^.;,]{0,80}?\b(?:stood|stands|was|is|reached|rose|grew|grown|climbed|hit|topped|"
    r"swelled|totaled|totalled|numbered)(?:\s+(?:at|to))?\s+"
    r"(?:(?:about|nearly|almost|more\s+than|over|some|roughly|around)\s+)?$",
    _I,
)
#: A jail's headcount: a verb of holding right before the number ("the jail holds about 1,800 inmates", "which houses
#: 950 people") ...
HOLDS_BEFORE = re.compile(r"\b(?:holds|held|houses|housed|holding|housing)\s+$", _I)
#: ... and people held after it, not said to be held for immigration ("held 40 inmates on ICE detainers" is held for
#: ICE): a sentence about detainers does not make a jail's population a count of detainers (GUIDELINES §2 detainers
#: are requests).
JAIL_HEADCOUNT_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:inmates|prisoners|people|men|women)\b"
    r"(?!\s+(?:on|under|with|through)\s+(?:[\w-]+\s+){0,2}?(?:detainers?|holds)\b|"
    r"[^.;,]{0,30}\bfor\s+(?:ICE|immigration|federal))",
    _I,
)
#: A number a correction takes back: "which was 47, not 74", "An earlier version of this story said 74 people were
#: arrested", "the agency had incorrectly reported 74" (GUIDELINES §2: facts are what the text states; a number it
#: retracts is not stated). The corrected number stays.
RETRACTED_BEFORE = re.compile(
    r",\s*not\s+(?:the\s+)?$|"
    r"\b(?:earlier|previous|prior|original)\s+version\s+of\s+(?:this|the)\s+(?:story|article|report)\b[^.;]*$|"
    r"\b(?:incorrectly|erroneously|mistakenly|wrongly)\s+(?:said|stated|reported|gave|put|listed|described)\b[^.;]*$",
    _I,
)

# ---------------------------------------------------------------------------------------------
# Actions not taken: hoped for, expected, prevented, promised on a condition, counted per unit
# ---------------------------------------------------------------------------------------------

#: What the action's words may end on before the number: a qualifier or none.
ACTION_QUALIFIER = r"(?:(?:at\s+least|up\s+to|as\s+many\s+as|more\s+than|about|nearly|another|an\s+additional)\s+)?$"
#: An action wished, sought or promised right before its number: "Officials hope to arrest 5,000 people", "vowed
#: to deport 1 million" (GUIDELINES §2: projections and plans are not counts).
DESIRED_ACTION = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|seek(?:s|ing)?|sought|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing))\s+"
    r"to\s+(?:(?:help|begin|start)\s+)?(?:arrest|deport|detain|remove|apprehend|expel|hold|jail|lock\s+up)\s+"
    + ACTION_QUALIFIER,
    _I,
)
#: A number expected, not counted: "officials said they expected 50,000 deportees by year's end", "anticipates
#: about 3,000 arrests" (a projection, GUIDELINES §2).
EXPECTED_BEFORE = re.compile(r"\b(?:expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing))\s+" + ACTION_QUALIFIER, _I)
#: An agency kept from acting on the people counted: "sanctuary laws blocked ICE from taking custody of 1,700",
#: "prevented agents from deporting 300" (an action that did not happen; "stopped 261 migrants from entering",
#: where the number is the object stopped, is an apprehension and stays a count).
KEPT_FROM_ACTING = re.compile(
    r"\b(?:block|prevent|stop|bar|keep|kept|hinder|obstruct)(?:s|ed|ped|red|ing|ping|ring)?\s+"
    r"(?:[\w.'’-]+\s+){1,4}?from\s+(?:taking\s+(?:\w+\s+)?custody\s+of|arresting|detaining|deporting|removing|"
    r"apprehending|holding|jailing|picking\s+up)\s+" + ACTION_QUALIFIER,
    _I,
)
#: A negation right before the verb that kept the agency from acting: "has not stopped ICE from arresting 1,700".
NEGATED_JUST_BEFORE = re.compile(r"\b(?:not|never|n[’']t|failed\s+to)\s+$", _I)
#: An open condition whose main clause promises: "If ICE sends us 3,000, we'll honor 3,000": the condition's own
#: indefinite number ("If ICE sends us 3,000"), read with the main clause after it,
FUTURE_MAIN_AFTER = re.compile(r"[^.;?!]*?,\s*[^.;?!,]*?(?:\b(?:will|shall)\b|[’']ll\b|\bgoing\s+to\b)", _I)
#: ... and the main clause's number ("..., we'll honor 3,000").
OPEN_CONDITION_MAIN_BEFORE = re.compile(
    r"(?:^|[\"“(]\s*|[.;:]\s+)(?:if|unless)\s+(?:[^,;.?!]|(?<=\d)[,.](?=\d))+,\s*[^,;.?!]*?"
    r"(?:\b(?:will|shall)\b|[’']ll\b)\s+"
    r"(?:[\w'’-]+\s+){0,3}?" + ACTION_QUALIFIER,
    _I,
)
#: The definite group a condition names ("If the 1,200 workers arrested Tuesday are deported"): people counted
#: already, so their count stands.
DEFINITE_JUST_BEFORE = re.compile(r"\b(?:the|those|these|its|their|all)\s+" + ACTION_QUALIFIER, _I)
#: How many each unit holds: "12 cells with more than 20 men each", "40 people per cell" (the size of each of many
#: units, not a count; "the 14 men each face 10 years", where "each" opens the predicate, stays one).
PER_UNIT_AFTER = re.compile(
    r"\s*(?:(?:each|apiece)\s*(?:[,.;:)—–]|and\b|$)|per\s+(?:cell|room|bed|bus|van|plane|flight|unit|pod|"
    r"dorm\w*|tent|group|officer|agent|judge|facility|center|site|shelter)\b)",
    _I,
)

# ---------------------------------------------------------------------------------------------
# What was done after a plan
# ---------------------------------------------------------------------------------------------

#: Right before a number, a "but" clause whose past-tense verb tells what was done after a plan: "had planned to
#: deport 900 but deported only 340", "but held just 610" (GUIDELINES §2: the plan is no count, the deed is). A modal
#: or another plan after "but" ("but could deport", "but will hold") is no deed.
DONE_AFTER_PLAN_BEFORE = re.compile(
    r"\b(?:but|yet)\s+(?:(?:it|they|agents|officers|officials)\s+)?(?:ultimately\s+|actually\s+|eventually\s+)?"
    r"(?:\w+ed|held|caught|took|sent|kept)\s+(?:only\s+|just\s+|about\s+|roughly\s+|nearly\s+|some\s+)?$",
    _I,
)

# ---------------------------------------------------------------------------------------------
# An event's audience
# ---------------------------------------------------------------------------------------------

#: An event (a training, a vigil, a forum) as the subject of a verb of drawing people, right before the number: "a
#: know-your-rights training drew about 60 people", "the vigil attracted 200 neighbors". Those who came are an
#: audience, not people an enforcement action touched (GUIDELINES §2: a count is of people an action touched); an
#: event noun after the verb ("netted 60 arrests") is no audience (`word_trap` asks for a people noun).
AUDIENCE_BEFORE = re.compile(
    r"\b(?:dr[ae]w|draws?|drawing|attract(?:ed|s|ing)?|brought\s+out|bringing\s+out|brought\s+together|"
    r"pulled\s+in|packed\s+in)\s+$",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A group with a deed of its own that no enforcement word names: working, living, being served papers
# ---------------------------------------------------------------------------------------------

#: An everyday verb of the counted people's own right after their noun ("About 200 people work at the farm",
#: "Some 3,000 immigrants live in the county", "400 residents attended the meeting"): who they are or what they do,
#: so no series of the count before goes on with them (GUIDELINES §2: people not touched by enforcement are no count).
EVERYDAY_VERB_AFTER = re.compile(
    r"^\s*(?:(?:still|now|usually|normally|regularly|also|once|who|that)\s+)?"
    r"(?:work|live|reside|attend|study|gather|wait|march|rally|volunteer|vote|pray|shop|earn|rent|visit|commute|"
    r"belong|own|sign|call|come|came)(?:s|ed|d|ing)?\b",
    _I,
)
#: A coordinated deed after the count before, done by its subject with a verb that is no enforcement word and an
#: object of its own, the number after a preposition ("arrested 48 people ... and served notices to appear on another
#: 120", "and issued summonses to 30 others", "and gave bus tickets to 25"): those people are that deed's, no gapped
#: repeat of the count's verb (a number that is the verb's own object, "and rejected nearly 400", is left alone).
OTHER_DEED_BEFORE = re.compile(
    r"\s(?:and|but|then)\s+(?:also\s+|later\s+|then\s+)?(?!compared\b)"
    r"(?:[a-z]+ed|gave|sent|wrote|issued|served|handed)\s+[^,;.\d]{0,70}?"
    r"\b(?:to|on|upon|for|with)\s+(?:another|(?:about|nearly|some|roughly|more\s+than)(?:\s+another)?)?\s*$",
    _I,
)
#: An irregular past-tense verb (or the present "leave", "leaves") before the number in its clause ("The raid left 200
#: children without a parent", "The closure cost 300 workers their jobs", "Volunteers fed 400 people"): the clause has
#: a verb of its own that no enforcement word names, so the number is that verb's object, no series of the count
#: before (`VERB_BEFORE` reads the regular "-ed" forms and the auxiliaries).
IRREGULAR_PAST_BEFORE = re.compile(
    r"\b(?:left|leaves|leave|made|gave|sent|took|brought|found|kept|saw|told|met|led|fed|drove|paid|sold|bought|built|"
    r"won|lost|cost|drew|grew|knew|threw|wrote|spent|felt|became|began|ran|got|put|hit|split|tore)\b",
    _I,
)

# ---------------------------------------------------------------------------------------------
# Relief sought or granted against a removal: stays, motions and appeals name the action they stop
# ---------------------------------------------------------------------------------------------

#: A legal relief that names the removal it seeks to stop ("filed stays of removal for 40 of them", "won relief from
#: deportation for 25 clients", "motions to halt the removal of 60 detainees") or a halt said of removals: the removal
#: did not happen, so its people are no deportations (GUIDELINES §2: plans and what people only face are no counts).
#: A halt needs "removals of" its people: "asking a court to block her removal" leaves "deported three times" alone.
RELIEF_FROM_REMOVAL = rx(
    r"(?:stays?|relief|protection|appeals?|motions?|petitions?)\s+(?:of|from|against)\s+(?:their\s+|his\s+|her\s+)?"
    r"(?:removal|deportation)s?",
    HALTING_VERB + r"\s+(?:\w+\s+){0,4}?removals?\s+of\b",
)

# ---------------------------------------------------------------------------------------------
# A purpose the counted people serve: "trained 1,000 volunteers to monitor arrests"
# ---------------------------------------------------------------------------------------------

#: An infinitive of watching or resisting an action after the counted people ("1,000 volunteers to monitor arrests",
#: "400 lawyers to respond to raids", "60 observers to document deportations"): what they set out to do, not what
#: happened to them (GUIDELINES §2: people no enforcement action touched are no count).
PURPOSE_ON_ACTION = re.compile(
    r"\bto\s+(?:help\s+)?(?:monitor|watch(?:\s+for)?|document|observe|record|film|track|report|witness|resist|protest|"
    r"stop|prevent|respond\s+to|warn\s+(?:of|about))\b[^,;]*",
    _I,
)

# ---------------------------------------------------------------------------------------------
# An action tried or denied, not done: "agents tried to arrest four men", "ICE denied that agents arrested 40"
# ---------------------------------------------------------------------------------------------

#: An action only tried right before its number: "agents tried to arrest four men", "attempted to detain 12 people",
#: "failed to deport 300" (GUIDELINES §2: a count is people an action touched; an attempt does not say it did).
#: "managed to arrest 14" did it and is no attempt.
ATTEMPTED_ACTION = re.compile(
    r"\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|fail(?:s|ed|ing)?)\s+"
    r"to\s+(?:arrest|deport|detain|remove|apprehend|expel|catch|capture|jail|lock\s+up|round\s+up)\s+"
    + ACTION_QUALIFIER,
    _I,
)
#: A number inside what a speaker denies ("ICE denied reports that agents had arrested 40 students", "rejected claims
#: that 200 people were detained"): the text does not state it (GUIDELINES §2: facts are what the text states). The
#: denial reaches the number only within its own clause: a time or cause clause ("denied that agents acted illegally
#: when they arrested 40") tells the action as done, and a comma ends the reach.
DENIED_BEFORE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing))\s+"
    r"(?:(?:[\w-]+\s+){0,2}?(?:reports?|claims?|rumou?rs?|accounts?|allegations?|posts?|assertions?)\s+)?that\s+"
    r"(?:(?!\b(?:when|after|while|before|because|during|but|as|since)\b)[^.;:,!?])*$",
    _I,
)
#: People a number's own words hold ("are being held at the county jail", "remain in ICE custody") while their removal
#: is only awaited (`PROSPECT`): held, not removed (GUIDELINES §2 detentions; deportations are people removed).
HELD_PREDICATE = re.compile(
    r"\b(?:(?:are|is|were|was|being|been|remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:still\s+)?"
    r"(?:held|detained|jailed|locked\s+up)|(?:remain(?:s|ed)?|are|were|stay(?:s|ed)?)\s+(?:still\s+)?"
    r"(?:in|under)\s+(?:[\w-]+\s+){0,2}?(?:custody|detention))\b",
    _I,
)
#: A goal a done count is measured against, told after it ("arrested 1,200 people, missing its goal of 2,000", "made
#: 900 arrests, far short of the quota"): the goal is the comparison's other end, no plan of the number before it.
GOAL_COMPARED_AFTER = re.compile(
    r"[^.;]*?(?:,|[—–]|--)\s*(?:(?:far|well|just|still)\s+)?(?:short\s+of|miss(?:ing|ed|es)?|below|under|above|beyond|"
    r"exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?|beat(?:ing|s)?|topp(?:ing|ed)|meet(?:ing|s)?|met|reach(?:ing|ed)?|"
    r"against|compared\s+(?:with|to))\s+(?:[\w'’]+\s+){0,4}?(?:goal|target|quota)s?\b",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A level of detention only paid for: "the bill pays for an average of 46,000 detainees a day"
# ---------------------------------------------------------------------------------------------

#: Money for a number of people held, right before the number: a funded level, like beds no people held (GUIDELINES
#: §2: "nor are ... plans"; "dollars, beds" are not counts), read on the words before the number.
PAID_FOR_BEFORE = re.compile(
    r"\b(?:pa(?:ys?|id|ying)|payments?|fund(?:s|ed|ing)?|budget(?:s|ed|ing)?|money|financ(?:es?|ed|ing))\s+for\s+"
    r"(?:an\s+average\s+(?:daily\s+population\s+)?of\s+|up\s+to\s+|as\s+many\s+as\s+|"
    r"a\s+(?:guaranteed\s+|contractual\s+)?(?:minimum|maximum)\s+of\s+)?$",
    _I,
)

# ---------------------------------------------------------------------------------------------
# Ages told after a count: the later ages of a list, the youngest and the oldest
# ---------------------------------------------------------------------------------------------

#: A later age of a list, right before its number: "ages 24, 39, 45 and 57" (the 39, 45 and 57), "aged 19, 33 or 40"
#: (`AGE_BEFORE` reads the first age and a pair; GUIDELINES §2: only numbers of people are counts).
AGE_LIST_BEFORE = re.compile(r"\b(?:aged?|ages)\s+\d+(?:\s*,\s*\d+)*\s*,?\s*(?:(?:and|or|to)\s+)?$", _I)
#: The age of the youngest or the oldest of those counted, right before its number: "the youngest person removed was
#: 18 and the oldest 66", "the oldest of those deported was 71" ("the youngest of the 26 children detained" names the
#: group after the superlative, with no copula: that number is the count).
AGE_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:youngest|oldest)\s+(?:(?:[\w'’-]+\s+){0,4}?(?:was|is|were|are|being)\s+(?:just\s+|only\s+|about\s+)?)?$",
    _I,
)
#: The ages of people given as a range after "who range from" with no age word: "the detainees, who range from 18 to
#: 64" (the 64; people span ages, a group of people does not span counts).
AGE_RANGE_OF_PEOPLE_BEFORE = re.compile(
    r"\b(?:who|whom|they)\s+(?:range|ranged|ranging)\s+(?:in\s+age\s+)?from\s+\d+\s*(?:to|and|-|–)\s*$", _I
)

# ---------------------------------------------------------------------------------------------
# A road's label before its number: "at mile marker 312", "near Exit 45"
# ---------------------------------------------------------------------------------------------

#: A place on a road named by its number, right before it: "at mile marker 312", "near milepost 29", "off Exit 45"
#: (a label, not a quantity; `numbers` reads "Highway" and "Route" the same way).
ROAD_LABEL_BEFORE = re.compile(r"\b(?:mile\s*(?:markers?|posts?)|markers?|exits?)\s*$", _I)

# ---------------------------------------------------------------------------------------------
# Numbers that restate or measure something else: a change's percent, person-days, requests of another kind
# ---------------------------------------------------------------------------------------------

#: A percent in apposition to a change told just before it: "an increase of 2,834 arrests, or 205 percent", "rose by
#: 1,200, or 31 percent" (the change restated as a share of its base: no count, as the change is none, GUIDELINES §2).
CHANGE_RESTATED_BEFORE = re.compile(
    rf"(?:\b(?:increase|decrease|decline|drop|jump|rise|reduction|spike|surge|growth|fall|dip|gain)\s+of|"
    rf"\b{CHANGE_VERB}(?:\s+by)?)\s+(?:about\s+|nearly\s+|more\s+than\s+|almost\s+)?[\d,.]+"
    r"(?:\s+[\w-]+){0,2}\s*,\s*or\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+)?$",
    _I,
)
#: A unit of time or care measured in people, right after a singular person noun: "27,400 detainee days",
#: "3,100 inmate-days", "12,000 person-nights", "900 man-hours" (days and hours are no counts, GUIDELINES §2); or
#: papers and contacts about them: "reviewed 50 detainee files", "1,200 inmate grievances", "300 detainee phone
#: calls" (things counted, not people).
PERSON_UNIT_AFTER = re.compile(
    r"[\s-]*(?:days?|nights?|hours?|weeks?|months?|years?|"
    r"(?:(?:medical|case|health|phone|telephone)\s+)?(?:files|records|folders|charts|forms|grievances|complaints|"
    r"calls|visits|letters|interviews))\b",
    _I,
)
#: Words that make the modifiers of "requests" name detainer requests (GUIDELINES §2 `detainers`): modifiers without
#: one name requests of another kind, things ("37 sick-call requests", "2 Freedom of Information Act requests"); bare
#: "requests" point back to the detainers of the story ("honored 245 of 880 requests").
DETAINER_REQUEST_WORDS = rx(r"detain\w*|holds?|ICE|immigration|agency|federal|DHS|custody|Homeland\s+Security")

# ---------------------------------------------------------------------------------------------
# Charges brought over a protest: "41 people have been charged with federal crimes in connection with protests"
# ---------------------------------------------------------------------------------------------

#: A charge tied to a protest by its preposition ("charged with federal crimes in connection with the protests",
#: "indicted over the unrest at the building"): a prosecution for the protest, not for an immigration crime
#: (GUIDELINES §2 charged), read where `OTHER_CRIME_CHARGE` names no crime.
CHARGED_OVER_PROTEST = re.compile(
    r"\b(?:charged|charges?|indicted|prosecuted)\b[^.;]{0,50}?\b(?:in\s+connection\s+with|related\s+to|"
    r"stemming\s+from|tied\s+to|during|over|at)\s+(?:the\s+|recent\s+|last\s+\w+'s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:protests?|demonstrations?|unrest|riots?)\b",
    _I,
)

# ---------------------------------------------------------------------------------------------
# Averages told as a level, people who left on their own, removal flights counted, forecasts
# ---------------------------------------------------------------------------------------------

#: An average told as the level of its own noun, or by the bare verb after a plural noun, right before the number:
#: "The daily average was about 303", "the monthly average fell to 36,970", "the flights average 135 passengers"
#: (a rate, GUIDELINES §2 "1,010 a day"; `AVERAGED_BEFORE` reads "averaged"; a population held on an average day
#: stays a count: `HELD_AVERAGED`).
AVERAGE_LEVEL_BEFORE = re.compile(
    r"\baverage\s+(?:[\w-]+\s+){0,4}?(?:was|is|were|are|(?:stood|stands)\s+at|reached|hit|topped|"
    r"(?:fell|rose|dropped|climbed|grew|declined|increased|decreased|jumped|slipped|came)\s+(?:to|at))\s+$|"
    r"\b(?!(?:its|this|his|was|is|has|does)\s)[a-z][\w-]*s\s+average\s+$",
    _I,
)
#: People who left on their own, told right after the number: "1.6 million have self-deported", "35,000
#: self-deportations", "another 20,000 have left voluntarily" (no enforcement action touched them; GUIDELINES §2).
#: Only letter words in between, so "ICE deported 500 and 1,000 self-deported" keeps the 500.
SELF_DEPORTED_AFTER = re.compile(
    r"^\s*(?:(?!(?:and|or|but|while|as|whereas)\b)[A-Za-z][\w-]*\s+){0,3}?(?:(?:have|has|had)\s+)?(?:already\s+)?"
    r"(?:self[-\s]?deport\w*|(?:left|departed)\s+(?:the\s+(?:country|U\.S\.|United\s+States)\s+)?"
    r"(?:voluntarily|on\s+their\s+own))\b",
    _I,
)
#: What carries people, not people: removal flights and the like.
CONVEYANCES = r"flights|planes|charters|buses|trips|missions|sorties"
#: Conveyances named after the number's copula or partitive: "Of those, 214 were removal flights", "190 flights, 120
#: of them removal flights", "Honduras received 44 of the removal flights" (`vocabulary.HEAD` reads a noun right after
#: the number only).
CONVEYANCE_COMPLEMENT_AFTER = re.compile(
    r"^\s*(?:were|was|are|is|of\s+(?:them|those|these|which|the))\s+"
    # modifiers only: people put "on flights" or "aboard buses" are people
    rf"(?:(?!(?:on|onto|in|into|aboard|by|to|from|via|with)\b)(?![\w-]*(?:ed|en)\b)[\w-]+\s+){{0,2}}?(?:{CONVEYANCES})\b",
    _I,
)
#: A gapped item of a list of conveyances counted, right before its number: "Honduras received 40 deportation flights
#: in November, Guatemala 38 and El Salvador 21", "received 52 of the flights and Honduras 44" (the later numbers count
#: flights too: the verb and noun are gapped).
GAPPED_CONVEYANCE_BEFORE = re.compile(
    rf"\d[\d,.]*\s+(?:of\s+(?:the|those|these|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{CONVEYANCES})\b[^.;:]{{0,80}}?"
    r"(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"(?:(?-i:[A-Z])[\w.’'-]*\s+){1,3}$",
    _I,
)
#: A plan that names its number right after "planned for": "had planned for as many as 150 arrests", "the agency's
#: plans for 1,500 arrests" (a plan, not arrests made; "raids were planned for Dallas" names no number and is read
#: nowhere else).
PLANNED_FOR_BEFORE = re.compile(
    r"\bplan(?:s|ned|ning)?\s+for\s+(?:(?:as\s+many\s+as|up\s+to|at\s+least|about|nearly|some|roughly|around|"
    r"more\s+than|over)\s+)?$",
    _I,
)
#: A level forecast, right before the number: "projects it will pass 400,000 removals", "predicted that arrests would
#: top 500,000" (GUIDELINES §2: projections are no counts).
FORECAST_BEFORE = re.compile(
    r"\b(?:project(?:s|ed|ing)?|forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:will|would|could|might|may)\s+(?:[\w-]+\s+){0,3}?$",
    _I,
)
#: People whose own predicate after the number only places them, waiting or staying somewhere outside custody: "1,300
#: more were waiting in Ciudad Juarez", "another 400 remain stranded in Reynosa" (no action touched them; people held
#: while they wait, "were waiting in ICE custody", stay held: `HELD_WHILE_WAITING`).
WAITING_AFTER = re.compile(
    # (no relative pronoun in between: "arrested 500 people who were living here" are the arrest's)
    r"^\s*(?:more\s+|others?\s+)?(?:(?!(?:who|that|which|whom)\b)[\w-]+\s+){0,2}?"
    r"(?:were|are|was|is|remain(?:s|ed)?|have\s+been|had\s+been)\s+"
    r"(?:still\s+)?(?:waiting|camped|stranded|living|sheltering|staying)\b",
    _I,
)
HELD_WHILE_WAITING = re.compile(r"\b(?:custody|detention|detained|jails?|held)\b", _I)
#: People a decision only exposes to removal, the number right after the verb: "The ruling exposes 12,000 people to
#: deportation" (a prospect, GUIDELINES §2; `PROSPECT` reads the phrase after the people: "exposing them to ...").
EXPOSED_BEFORE = re.compile(r"\bexpos(?:e|es|ed|ing)\s+(?:some\s+|about\s+|nearly\s+|more\s+than\s+)?$", _I)
TO_REMOVAL_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?to\s+(?:(?:possible|potential|swift|mass)\s+)?(?:deportation|removal|expulsion|arrest)\b",
    _I,
)
#: A removal flight that carries the number, right before it: "A U.S. deportation flight carrying 88 Brazilians", "a
#: removal flight with 120 Guatemalans" (its passengers were removed, GUIDELINES §2, whatever a later clause with a
#: subject of its own tells of them: "..., and passengers said they were handcuffed").
REMOVAL_FLIGHT_CARRYING = re.compile(
    r"\b(?:deportation|removal|repatriation|expulsion)\s+(?:flights?|planes?|charters?),?\s+"
    r"(?:carrying|with|which\s+carried|that\s+carried)\s+"
    r"(?:(?:about|nearly|more\s+than|some|at\s+least|roughly|almost)\s+)?$",
    _I,
)

#: "one of N" with no noun after N, right after a thing it stands for ("The deportation flight, one of 1,500 this
#: year", "The raid was one of 40 since June"): N counts such things, not people (GUIDELINES §2: counts of things are
#: no counts); "She was one of 14 people who died" names its own noun and is read as usual.
ONE_OF_THINGS_BEFORE = re.compile(
    r"\b(?:flights?|planes?|charters?|buses|bus|raids?|operations?|sweeps?|facilit(?:y|ies)|cent(?:er|re)s?|jails?|"
    r"prisons?|sites?|camps?|contracts?|agreements?|lawsuits?|suits?|cases?|orders?|memos?|trips?)"
    r"(?:\s*,\s*|\s+(?:was|is|were|are|became|becomes|marked|marks)\s+)"
    r"one\s+of\s+(?:(?:about|nearly|almost|more\s+than|over|some|roughly|around|at\s+least|an\s+estimated)\s+)?$",
    _I,
)

#: "one of N <people>" set off inside the sentence of the one ("The detainee, one of about 1,800 people held at the
#: center, died"): N's own words end at the comma that closes the apposition; the verb after it is the one's.
ONE_OF_PEOPLE_BEFORE = re.compile(
    r"(?:,|\bwas|\bis)\s+one\s+of\s+(?:(?:about|nearly|almost|more\s+than|over|some|roughly|around|at\s+least|"
    r"an\s+estimated)\s+)?$",
    _I,
)

#: A charge or suspicion named further into the number's own predicate than `OTHER_OFFENCE_AFTER` reads, its crime
#: inside a short noun phrase: "Five others found at the house were charged with possession of fentanyl", "police
#: held two drivers for about three hours on suspicion of drunk driving", "accused of conspiracy to distribute
#: cocaine" (GUIDELINES §2: `charged` is for immigration crimes; ordinary police arrests are no counts).
OTHER_OFFENCE_CHARGE_AFTER = re.compile(
    r"^[^.;:\"“”]{0,90}?\b(?:charged\s+with|on\s+suspicion\s+of|accused\s+of|indicted\s+(?:on|for)|"
    r"booked\s+(?:into\s+(?:[\w'’-]+\s+){1,5}?)?(?:on|for))\s+"
    r"(?:(?:state|local|criminal|felony|misdemeanor|federal|separate|related)\s+)*"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{OTHER_OFFENCE}|kidnapp\w*|extortion|rape|sexual\s+\w+|child\s+\w+)\b",
    _I,
)
#: A verb of affecting right before the number: "the rule could affect as many as 400,000 people", "the cuts impact
#: 3,000 families" (people a policy or an event touches in some way are no people an enforcement action touched,
#: GUIDELINES §2).
AFFECTED_BEFORE = re.compile(
    r"\b(?:affect|impact)(?:s|ed|ing)?\s+(?:(?:as\s+many\s+as|up\s+to|an\s+estimated|roughly|nearly|about|some)\s+)?$",
    _I,
)
#: A duration, which may stand between a number and its charge ("held two drivers for about three hours on ...").
DURATION = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\s+few|a\s+couple\s+of)\s+"
    r"(?:hours?|days?|minutes?|weeks?|months?|years?)\b",
    _I,
)
#: Any other number, in figures or in words up to twelve.
ANY_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b", _I)
#: Immigration crimes a charge may name beside another crime ("charged with transporting undocumented migrants and
#: possession of a firearm"): the charge is then an immigration one.
IMMIGRATION_CHARGE_WORDS = rx(
    *IMMIGRATION_OFFENCE_WORDS,
    r"harbo\w*",
    r"aliens?",
    r"migrants?",
    r"undocumented",
    r"visa",
    r"document\s+fraud",
    r"E-Verify",
)
#: A standing in court as the number's own predicate, a copula before it: "9,500 immigrants in the area are in removal
#: proceedings", "about 60,000 migrants remain in deportation proceedings" (people whose cases are pending, no
#: arrest, detention or removal: GUIDELINES §2 counts people an action touched; "placed in proceedings" is not read).
IN_PROCEEDINGS_PREDICATE = re.compile(
    r"^\s*(?:(?!(?:who|that|which|whom)\b)[\w,'’-]+\s+){0,8}?"
    r"(?:are|were|is|was|remain(?:s|ed)?|have\s+been|had\s+been)\s+(?:now\s+|still\s+|currently\s+|already\s+)?"
    r"in\s+(?:[\w-]+\s+){0,3}?proceedings\b",
    _I,
)
#: A death as the number's own predicate: "Four people in the fleeing vehicle died at the scene", "two of the
#: passengers were killed" (GUIDELINES §2: deaths count only in immigration custody, `deaths_in_custody`; people who
#: die are not the arrests, apprehensions or detentions of the story around them).
DIED_PREDICATE = re.compile(
    r"^\s*(?:(?!(?:who|that|which|whom)\b)[\w,'’-]+\s+){0,6}?(?:(?:have|had)\s+)?"
    r"(?:died|drowned|perished|(?:were|was|have\s+been|had\s+been)\s+killed)\b",
    _I,
)
#: A modal of what ought to or might be as the number's own predicate, right after its noun: "Not even 20 people should
#: be kept in a room ...", "40 families could face deportation" (a norm or a prospect, no action told as done:
#: GUIDELINES §2 projections and plans).
MODAL_PREDICATE = re.compile(
    r"^\s*(?:should|shouldn['’]t|ought\s+to|must|mustn['’]t|could|might|may)\s+(?:not\s+|never\s+|soon\s+|still\s+)?"
    r"(?!have\s+been\b)\w+",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A status of removal, an application or a promise as the counted people's own predicate
# ---------------------------------------------------------------------------------------------

#: The counted people's own predicate, after their noun and any relative clause, saying only that a removal or an
#: arrest could reach them: "40,000 asylum seekers who crossed ... could be subject to expedited removal", "5,000
#: workers are at risk of deportation", "2,300 people remain eligible for removal" (GUIDELINES §2: people no action
#: touched; a past "were subject to" is left alone, and so is a relative clause that tells an action: see
#: `ACTION_WORDS`).
REMOVAL_STATUS_PREDICATE = re.compile(
    r"^\s*(?P<own>(?:who|that)\s+[^,;]*?\s+|(?:in|across|from|at|on|with)\s+[^,;]*?\s+)?"
    r"(?:(?:could|would|may|might|will|would)\s+(?:now\s+|also\s+|soon\s+|still\s+)?(?:be|become)|"
    r"(?:are|is|remain|remains|become|becomes)(?:\s+(?:now|also|still|potentially))?)\s+"
    r"(?:subject\s+to|at\s+risk\s+of|eligible\s+for|vulnerable\s+to|in\s+danger\s+of|liable\s+to)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:removal|deportation|expulsion|arrest|detention|being\s+(?:deported|removed|detained|"
    r"arrested))\b",
    _I,
)
#: The counted people's own predicate saying they applied, petitioned or signed up for something: "2,400 people have
#: applied for travel through the app", "about 900 families registered for the program" (an application is no
#: enforcement action on them, GUIDELINES §2).
APPLIED_PREDICATE = re.compile(
    r"^\s*(?:(?:have|has|had)\s+(?:already\s+|now\s+)?)?"
    r"(?:applied|petitioned|signed\s+up|registered|enrolled|filed\s+(?:applications|petitions|claims|requests))\b",
    _I,
)
#: An enforcement action's words, in the number's own words before it or in the relative clause of its people.
ACTION_WORDS = re.compile(
    r"arrest|detain|deport|remov|apprehend|encounter|expel|\bheld\b|\bhold|custody|jail|charg|convict|book", _I
)
#: A promise in the future, its verb coordinated after another: "we'll send another 2,000 agents and arrest 20,000
#: if that's what it takes" (a promise is a plan, GUIDELINES §2: projections and plans are no counts).
PROMISED_COORDINATED_ACTION = re.compile(
    r"(?:\b(?:will|shall)|[’']ll|\bgoing\s+to)\s+(?:[^,;.?!]|(?<=\d)[,.](?=\d))*?\band\s+"
    r"(?:arrest|deport|detain|remove|apprehend|expel|hold|jail|lock\s+up)\s+" + ACTION_QUALIFIER,
    _I,
)
#: A plan that calls for a site or an agency to reach a level: "The contract calls for the site to reach 5,000
#: detainees by spring" (a target, not a count).
CALLED_FOR_LEVEL = re.compile(
    r"\bcall(?:s|ed|ing)?\s+for\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:reach|hold|house|top|detain|arrest|deport|remove)\s+"
    + ACTION_QUALIFIER,
    _I,
)
#: A level an agency means to reach, its verb of reaching future or wished and the number its object: "The agency
#: hopes to reach a detained population of 100,000", "We will hit 1 million deportations", "wants ICE to top 3,000
#: arrests", "is poised to top 70,000 detainees", "wants ICE to hold 100,000 people", "... and to hold 100,000"
#: (an infinitive coordinated after another is no finite deed either): a target (GUIDELINES §2: projections and
#: plans are no counts). A level reached ("detention reached 66,000", "arrests rose to reach 4,000")
#: is told as done and is not read.
AIMED_LEVEL_BEFORE = re.compile(
    r"(?:\b(?:will|would|could|might|may|shall|must)|[’']ll|\bgoing\s+to|"
    r"\b(?:hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|wants?|wanted|seek(?:s|ing)?|sought|vow(?:s|ed|ing)?|"
    r"pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|intend(?:s|ed|ing)?|plan(?:s|ned|ning)?|push(?:es|ed|ing)?|"
    r"striv(?:e|es|ing)|strove|need(?:s|ed)?|tr(?:y|ies|ied|ying)|order(?:s|ed)?|direct(?:s|ed)?|told|"
    r"urg(?:e|es|ed|ing))\s+(?:[\w.'’-]+\s+){0,3}?to|"
    r"\b(?:set|poised|slated|likely|unlikely)\s+to|\band\s+to)\s+(?:(?:eventually|soon|quickly|again)\s+)?"
    r"(?:reach|hit|top|surpass|exceed|hold|house|detain)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:(?:level|population|total|record|mark|figure|number|count|high|peak)\s+of\s+)?"
    + ACTION_QUALIFIER,
    _I,
)
#: A state's own removal or arrest, its actor a country named as the subject right before the verb ("By comparison,
#: Germany deported about 20,000 people", "and the United Kingdom returned 8,900"): in a comparison (`COMPARISON_OPEN`)
#: another country's enforcement, no count of the story's (the country is checked against the gazetteer; a removal's
#: destination, "Honduras received 51,000 deportees", is no such verb; a story about Mexico's own removals, "Mexico
#: deported 81,000 Central Americans", tells them as its counts, with no comparison).
FOREIGN_STATE_ACTION_BEFORE = re.compile(
    r"(?:^|,\s+|\band\s+)(?:the\s+)?(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+(?:(?:has|had|have)\s+(?:also\s+)?)?"
    r"(?:deported|removed|returned|expelled|deports|removes|returns|expels|arrested|detained|apprehended|stopped)\s+$"
)
#: An institution's own size, the number right after a verb of enrolling, employing or teaching ("the district, which
#: enrolls 6,400 students", "a company that employs about 1,800 people"): people no action touched.
OWN_SIZE_BEFORE = re.compile(r"\b(?:enrolls|enrolled|employs|teaches|educates)\s+$", _I)
#: A sentence that opens as a comparison with what came before: "By comparison, ...", "In contrast, ...", "Compared
#: with ...".
COMPARISON_OPEN = re.compile(r"^\W*(?:(?:By|In)\s+(?:comparison|contrast)\b|Compared\s+(?:with|to)\b)", _I)
