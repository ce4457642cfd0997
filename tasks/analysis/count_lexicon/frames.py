"""Frames a number sits in: where a count's words end, labels and list items, levels, split verbs, relative
clauses and asides between a counted subject and its verb, counts typed around their sentence.
"""

from __future__ import annotations

import re

from tasks.analysis.count_lexicon.traps import LEVEL_NOUNS, LEVEL_QUALIFIERS, NOMINAL_OF, TO_LEVEL
from tasks.analysis.count_lexicon.vocabulary import _I, CUES, EVENTS, PEOPLE, rx

# ---------------------------------------------------------------------------------------------
# Where a count's words end, and frames a number sits in without a verb of its own (a level in
# parentheses, a table row, a list label)
# ---------------------------------------------------------------------------------------------

#: A closing attribution after a count's words ("deported 316,000 people to date, DHS said, short of its goal of 1
#: million"): the count's predicate ends there, and what follows is the speaker's aside, not the count's.
ATTRIBUTION_AFTER = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:[\w.'’-]+\s+){0,4}?(?:said|says|reported|reports|announced|announces|told|wrote|added)"
    r"(?:\s+\w+day)?\s*(?:,|$)",
    _I,
)
#: A coordinated clause with a subject of its own after a count's words ("arrested 36 people in Raleigh, and a
#: handful more were detained later in Durham"): its verb is that subject's, not the count's predicate.
OWN_SUBJECT_CLAUSE = re.compile(
    r",?\s+(?:and|but|while)\s+(?:(?:a|an|the|some|many|most|several|other|others|another|their|his|her|its|they|"
    r"he|she|it|we|few|none|all)\b)(?:\s+[\w’'-]+){0,3}?\s+"
    r"(?:were|was|are|is|had|have|has|will|would|could|remain(?:s|ed)?|\w+ed)\b",
    _I,
)
#: A level in parentheses right after its subject, an event noun and the phrase that places it ("Border Patrol
#: apprehensions in the Big Bend sector (6,780 in fiscal 2025)", "Deaths in custody (three since March)"): the
#: parenthesis stands for "was" (read on the text before the number, its qualifier set aside).
PAREN_LEVEL = re.compile(
    rf"\b(?:{LEVEL_NOUNS})\b(?:\s+(?:in|at|along|on|across|from|into|under|during|for|by)\s+[^,;()\d]{{1,60}}?)?"
    r"\s*\(\s*$",
    _I,
)
#: A table row that has no list mark: a label of a few words, then its number alone ("Rio Grande Valley 10,240",
#: "Tucson: 8,870", a pipe-separated cell "Tucson | 8,870"), read as an item of the lead line above it.
BARE_ROW = re.compile(r"\s*[A-Z][A-Za-z.'’ -]{1,40}?(?:\s*[:|])?\s+\d[\d,.]*\s*$")
#: The qualifier set aside before a number's frame is read (`before_level` in count_reading.py): `LEVEL_QUALIFIERS`, and
#: the qualifiers of a bound that still state the level ("fell to fewer than 900", "at least 45", "upwards of 900";
#: GUIDELINES §2: "less than 10%" = 10 percent). "over" stays out: "rose over 50,000" is a level by its verb.
FRAME_QUALIFIER = re.compile(
    rf"\s*(?:just\s+)?(?:{LEVEL_QUALIFIERS}|fewer\s+than|less\s+than|at\s+least|as\s+many\s+as|upwards\s+of|"
    r"an\s+estimated)\s*$",
    _I,
)
#: An item of a list run inside one sentence after its lead's colon, items set apart by semicolons: a proper name
#: and its number ("...held these populations last week: the Adelanto ICE Processing Center in California, 1,940;
#: the Stewart Detention Center in Georgia, 1,850; and ..."), or a year ("Deaths in ICE custody by fiscal year: 2023,
#: 4; FY2024 — 12"). `INLINE_ITEM_NAME` is the item's words before its
#: number (from the colon or semicolon that opens it), `INLINE_ITEM_END` what may follow the number.
INLINE_ITEM_NAME = re.compile(
    r"\s*(?:and\s+)?(?:(?:the\s+)?[A-Z][^;:\d]{1,80}?|(?:(?:FY|fiscal\s+(?:year\s+)?)\s*)?(?:19|20)\d\d)(?:,|:|\s[—–-])\s*$"
)
INLINE_ITEM_END = re.compile(r"\s*(?:[;.]|$)")


def inline_item_opening(text: str, start: int, end: int) -> int | None:
    """Where the item of a list run inside one sentence opens, whose number spans `text[start:end]`, or None: the
    ";" or ":" before its words ("Arrests by state: Ohio, 410; Iowa, 220"), when a colon opens the list before the
    number, semicolons set its items apart and the item is a name and its number only. Its type (the lead's words,
    `count_types`) and its place (its own words, `count_places`) are both read from this one test."""
    colon = text.find(":")
    if colon < 0 or colon > start or ";" not in text[colon:]:
        return None
    opened = max(text.rfind(";", 0, start), text.rfind(":", 0, start))
    if INLINE_ITEM_NAME.fullmatch(text, opened + 1, start) and INLINE_ITEM_END.match(text, end):
        return opened
    return None


#: An item told as a bare name and its number, the name's capitalised words right before it: "Arrests by state:
#: Illinois 212, Indiana 58" (items set apart by commas or semicolons). No month, road, statute or unit name: "June
#: 12", "Interstate 35", "Title 42", "Unit 4" label, they count nothing.
INLINE_BARE_ITEM_NAME = re.compile(
    r"\s*(?:and\s+)?(?:the\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
    r"(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}"
    r"(?<!\bInterstate)(?<!\bHighway)(?<!\bRoute)(?<!\bTitle)(?<!\bSection)(?<!\bUnit)(?<!\bPod)(?<!\bRoom)"
    r"(?<!\bBuilding)(?<!\bGate)(?<!\bDistrict)(?<!\bPrecinct)(?<!\bWard)(?<!\bFloor)(?<!\bChapter)(?<!\bArticle)"
    r"(?<!\bNo\.)(?<!\bI)(?<!\bUS)(?<!\bU\.S\.)(?<!\bSR)(?<!\bFM)(?<!\bCR)\s+$"
)
INLINE_BARE_ITEM_END = re.compile(r"\s*(?:[;,.]|and\b|$)")
#: A lead that counts no people: capacities, beds, money, days ("The largest centers by capacity: ...").
INLINE_LEAD_THINGS = re.compile(
    r"\b(?:capacity|capacities|beds?|budgets?|contracts?|costs?|dollars|days|spending|funding)\b", _I
)
#: A complaint or case that is a criminal one: "Criminal complaints were filed against 63 people" (a prosecution,
#: GUIDELINES §2 charged; a complaint against an agency is none).
CRIMINAL_COMPLAINT = re.compile(r"\bcriminal\s+(?:complaints|cases|counts)\b", _I)
#: The rank of a numbered list item: "2. Houston - 12,880" (not a count).
ITEM_RANK = re.compile(r"\s*\d+\.(?=\s)")
#: A number that opens a list item and labels what follows its colon: "- 59,000: people in ICE detention".
NUMBER_LABEL = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:(?:about|nearly|more\s+than|some|over)\s+)?[\d,.]+\s*(?:million\s*)?$", _I
)

# ---------------------------------------------------------------------------------------------
# Verbs whose object stands before their preposition
# ---------------------------------------------------------------------------------------------

#: "booked" right before its object: "ICE booked 2,200 people into the Adelanto facility" (with `BOOKED_INTO_DETENTION`
#: on the clause: held in immigration detention).
BOOKED_BEFORE = re.compile(r"\bbook(?:ed|s|ing)\s*$", _I)
#: "charge" or "charges" in the present right before the number, as a headline or a release's lede tells a
#: prosecution ("U.S. Attorney's Office charges 23 in smuggling sweep", "Feds charge 31 with illegal reentry"); the
#: noun "charges" never takes a number as its object. With what they are charged in or with after them
#: (`CHARGED_IN_AFTER`; a price after the number, "charge 40 migrants $5,000", or "for", is a fee).
CHARGES_VERB_BEFORE = re.compile(r"\bcharges?\s+(?:(?:at\s+least|more\s+than|about|nearly|another|over)\s+)?$", _I)
CHARGED_IN_AFTER = re.compile(r"\s*(?:in|with|after|over|on)\s+(?!\$)", _I)
#: ... and the immigration charge they were booked on, after the object: "deputies booked 23 people on immigration
#: violations" (taken in for immigration: arrests, GUIDELINES §2; a hold or a detainer names no arrest).
BOOKED_ON_IMMIGRATION_CHARGE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:on|for)\s+(?:(?:federal|civil|administrative|suspected|alleged)\s+)?"
    r"(?:immigration|illegal[\s-]+(?:entry|re-?entry)|re-?entry)\s+(?:violations?|charges?|offen[cs]es|warrants?)\b",
    _I,
)

# ---------------------------------------------------------------------------------------------
# Labels and split verbs: counts told with the number after their noun, or with the verb split around its
# object
# ---------------------------------------------------------------------------------------------

#: A label that opens the sentence or list item and names what its number counts, with words of its own between the
#: noun and the colon (`LABEL_BEFORE` takes the noun right before the colon): "Apprehensions at the southwest border:
#: 8,000 in June", "Arrests climbed each month: 800 in May, ...", "Immigrants in ICE custody: 62,000". The noun opens
#: the label (after up to three modifiers: "Southwest border apprehensions"), so a label that only mentions an event
#: ("ICE said of the arrests:") names nothing; a people noun names a count only as held in detention or custody.
OPENING_LABEL = re.compile(
    rf"^\W*(?:[\w.'’-]+\s+){{0,3}}?(?:(?P<noun>{LEVEL_NOUNS})\b|"
    rf"(?:{PEOPLE})\s+(?:(?:being\s+)?held\s+)?(?:in|at|under)\s+(?:[\w.'’-]+\s+){{0,2}}?(?P<held>detention|custody)\b)"
    r"[^:;\d\n]{0,60}:\s*$",
    _I,
)
#: A flight home said with its object before "home" or "back": "The U.S. flew 96 Guatemalans home", "flew 120
#: Venezuelans back to Caracas" (`CUES` deportations reads "flown home", "flew back"). Travellers and passengers flown
#: home are no removals ("The airline flew 200 passengers home"), nor are people sent home ("sent 300 students home").
FLEW_BEFORE = re.compile(r"\b(?:flew|fly|flies|flown|shipped)\s*$", _I)
FLOWN_TRAVELLERS = rx(r"passengers", r"tourists", r"travell?ers", r"crew")
FLEW_HOME = re.compile(r"^\s*(?:home|back)\b", _I)

# ---------------------------------------------------------------------------------------------
# A relative clause after the counted noun: the people's past, not what the verb before the number did
# ---------------------------------------------------------------------------------------------

#: A relative clause right after the counted noun, with "who", "whom" or "that", or with a subject of its own and no
#: pronoun ("people it had arrested", "migrants agents had detained"): it tells what happened to them before or after,
#: while the verb before the number says what this count is ("ICE deported 120 people it had arrested in raids"); a
#: short place phrase may sit between the noun and its clause ("arrested 130 people in Omaha who had been deported").
RELATIVE_AFTER_NOUN = re.compile(
    r"^(?:\s+(?:in|at|near|from)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?[\w'’.-]+)?"
    r"\s*,?\s*(?:who|whom|that(?!\s+(?:day|week|month|year|night|morning|afternoon|evening|time)\b)|"
    r"(?:it|they|(?:the\s+)?(?:agency|agents|officers|authorities|police|government|ICE|CBP|Border\s+Patrol))\s+"
    r"(?:had|has|have|later|then|previously)\b)",
    _I,
)

# ---------------------------------------------------------------------------------------------
# Counts whose type is told around their sentence: a dated label, the sentence before or after, a question
# ---------------------------------------------------------------------------------------------

#: A date or year inside a label ("Arrests in fiscal 2023: 6,140", "People in ICE detention on Sept. 1: 58,300"):
#: it dates the count the label types, so `count_types.py` blanks it before reading the label (`OPENING_LABEL` reads no
#: digit, lest a label hold a count of its own).
LABEL_DATE = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?\b|\b(?:FY\s*)?(?:19|20)\d\d\b",
    _I,
)
#: People led off by agents, the custody said by the motion: "Eleven workers were taken away by agents", "hauled off
#: 26 laborers" (GUIDELINES §2 arrests: taken into custody, picked up in raids); children taken away from their
#: parents are a separation, no fact.
LED_AWAY = (
    r"(?:(?:taken|led|hauled|carted|dragged|whisked)\s+away|(?:hauled|carted|dragged|whisked|marched)\s+off)"
    r"(?!\s+from\s+(?:their|his|her)\s+(?:parents|famil|mothers?|fathers?|children|kids))"
)
CUES["arrests"] = re.compile(rf"{CUES['arrests'].pattern}|\b{LED_AWAY}\b", _I)
#: The next sentence's subject pointing back at the people just counted, then its passive: "They were handed over to
#: ICE", "The workers were taken into ICE custody", "All 22 were later deported" (`count_types.py` gives a count with no
#: action of its own the action this predicate names, when the noun is the count's own).
TAKEN_UP_NEXT = re.compile(
    r"^\W*(?:They|All\s+of\s+them|All\s+\d[\d,]*|(?:All\s+)?(?:The|Those|These)\s+(?:\d[\d,]*\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+))\s+(?:were|have\s+been|had\s+been|are\s+being)\s+(?P<predicate>[^,;]+)",
)
#: A question that asks for a count of people ("Q: How many people were removed last month?", "How many has ICE
#: deported?"): a transcript's answer that opens with a bare number counts what it asks (its action read by `CUES`).
HOW_MANY_PEOPLE = re.compile(
    rf"\bhow\s+many\s+(?P<asked>(?:(?:[\w-]+\s+)?(?:{PEOPLE})\b|(?:were|are|have|has|had|did|do|does|was|is)\b)"
    r"[^?]*)\?[\s\"”]*$",
    _I,
)
#: The opening of a transcript's answer up to its number: a speaker label ("THE PRESS SECRETARY:", "A:", "MR. HOMAN:")
#: and at most two words ("About 4,000", "Right now, 56,000").
ANSWER_OPENING = re.compile(r"^\W*(?:(?-i:[A-Z][A-Z.'’-]*)(?:\s+(?-i:[A-Z][A-Z.'’-]*)){0,3}:\s*)?(?:[\w-]+,?\s+){0,2}$")

# ---------------------------------------------------------------------------------------------
# Enforcement counts told with a bare number, a participle label, a gapped destination, a noun of action, a
# breakdown list
# ---------------------------------------------------------------------------------------------

#: After a bare "removed N", a removal from something other than the country: "removed 300 from the rolls", "removed
#: 822 public safety threats from Houston streets" (GUIDELINES §2 deportations: removed from the country; the
#: people-removed cue reads "removed from the country", the streets cue an arrest).
REMOVED_FROM_OTHER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?from\s+(?!(?:the\s+)?(?:U\.\s?S\.|US\b|country|United\s+States|America)\b)", _I
)
#: A list item whose label is the participle of the action, then the number: "- Removed to home countries: 83",
#: "• Held at the Angola facility: 120", "- Booked into county jails: 41" (GUIDELINES §2: the action names the type);
#: a total or number said before the participle is the same label: "- Total detained: 640", "Number removed: 212".
PARTICIPLE_LABEL = re.compile(
    r"^\W*(?:(?:total|number)\s+)?(?P<label>(?:arrested|apprehended|detained|deported|removed|expelled|repatriated|returned|booked|"
    # a fact box's prosecution line: "- Charged with smuggling: 88" (its crime read by the typing that follows)
    r"charged|indicted|prosecuted|"
    r"transferred|taken\s+into|held\s+(?:at|in|by))\b[^:;\d\n]{0,50}):\s*"
    r"(?:(?:about|nearly|more\s+than|some|over|roughly)\s+)?$",
    _I,
)
#: A bare number held right after it: "Sixty-eight thousand in detention as of this morning", "about 900 in ICE
#: custody" (GUIDELINES §2 detentions: people held); only a number with no counted noun of its own is read so.
HELD_RIGHT_AFTER = re.compile(
    r"\s+(?:(?:still|now|remain(?:ing)?)\s+)?in\s+(?:ICE\s+|immigration\s+|federal\s+)?"
    r"(?:detention|custody)\b",
    _I,
)
#: A second destination after "and" with its own number and no noun: "the deportations of 27 people to Ghana and 14
#: to Eswatini" (the gapped count shares the removal of the first).
GAPPED_DESTINATION_AFTER = re.compile(r"\s+to\s+[A-Z]")
#: An action said as a noun, its object a number after "another" or "an additional": "the repatriations of another 212
#: people", "the arrests of an additional 40" (`NOMINAL_OF` reads the noun right before the number).
NOMINAL_OF_MORE = re.compile(
    NOMINAL_OF.pattern.removesuffix(r"\s+of\s*$") + r"\s+of\s+(?:another|an\s+additional|a\s+further)\s*$", _I
)
#: People processed by the Border Patrol: "230 migrants were processed at the Border Patrol's Yuma station"
#: or "Border Patrol agents processed 640 migrants" (the agency the subject of the active verb)
#: (GUIDELINES §2 border_apprehensions: apprehended or encountered by CBP/Border Patrol; asylum cases processed at a
#: port or by a court are none, so the Border Patrol must be named with the processing).
PROCESSED_BY_BORDER_PATROL = re.compile(
    r"\bprocessed\s+(?:at|by|in)\s+(?:a\s+|an\s+|the\s+)?(?:U\.\s?S\.\s+)?Border\s+Patrol\b|"
    # the Border Patrol as the subject of the active verb: "Border Patrol agents in the sector processed 1,850"
    r"\bBorder\s+Patrol(?:\s+(?:agents|officers|officials|stations?))?\s+(?:[\w'’-]+\s+){0,4}?processed"
    r"(?:\s+(?:about|nearly|roughly|some|almost|over|approximately|more\s+than|at\s+least|an\s+estimated))?\s*$",
    _I,
)
#: A lead line that opens a breakdown and names no count of its own: "The breakdown by sector:", "By state:", "Broken
#: down by nationality, they were:" (its items are parts of the count the sentence before it told; a lead that names
#: the action itself, "The arrests break down as follows:", is `BREAKDOWN_LEAD`).
BARE_BREAKDOWN_LEAD = re.compile(
    r"\b(?:break-?down|broken\s+down|split|by\s+(?:state|sector|city|county|country|nationality|facility|region|"
    r"month|field\s+office|area\s+of\s+responsibility))\b[^:]{0,40}:\s*$",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A long subject: the counted people's own modifier before their verb ("76 workers at two plants were detained")
# ---------------------------------------------------------------------------------------------

#: Between a number of people and a later number: the people's noun and a preposition that opens their modifier,
#: "workers at ", "employees of the ", "people from ": the later number sits inside the subject, not beside it
#: (employees too, which `THINGS` keeps for an agency's own staff).
PEOPLE_THEN_PLACE_PREPOSITION = re.compile(
    rf"^\s*(?:[\w'’-]+\s+){{0,3}}?(?:{PEOPLE}|employees)\s+(?:at|in|of|from|inside|across)\s+(?:the\s+|a\s+)?$", _I
)
#: What such a later number counts: sites, not people ("two meatpacking plants", "three job sites", "four stores").
SITE_NOUN = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:plants|sites|locations|businesses|companies|farms|stores|restaurants|factories|"
    r"warehouses|buildings|homes|houses|apartments|complexes|workplaces|worksites|shops|ranches|dairies)\b",
    _I,
)
#: Between a number of people and a later number: the people's relative clause, its own verb and a preposition
#: ("migrants who came ashore in ", "workers who were hiding at ", "men who crossed the river on "): the later number
#: sits inside their relative clause, which tells where they were or what carried them, and their verb lies beyond.
PEOPLE_RELATIVE_THEN_PREPOSITION = re.compile(
    rf"^\s*(?:[\w'’-]+\s+){{0,3}}?(?:{PEOPLE}|employees)\s+(?:who|that)\s+(?:[\w'’-]+\s+){{1,5}}?"
    r"(?:at|in|on|aboard|inside|from|across|off|near)\s+(?:the\s+|a\s+)?$",
    _I,
)
#: What a later number in such a clause counts, sites or what carried the people: "two pangas", "three trucks".
SITE_OR_CARRIER_NOUN = re.compile(
    SITE_NOUN.pattern.removesuffix(r")\b")
    + r"|boats|pangas|vessels|rafts|vehicles|trucks|cars|vans|SUVs|trailers|tractor-trailers|buses|trains|boxcars)\b",
    _I,
)
#: The employees' passive after a modifier of their own: "42 employees of a roofing company based outside Omaha were
#: arrested" (`STAFF_PASSIVE` after "of/at/from ..." with no verb, comma or clause break in between).
STAFF_MODIFIER = re.compile(
    r"\s+(?:of|at|from|with)\s+(?:(?!(?:were|was|have|had|who|that|which)\b)[^,;.!?])*?(?=\s+(?:were|was|have\s+been|had\s+been|are\s+being|got)\b)",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A level whose subject is "those" and what was done to them
# ---------------------------------------------------------------------------------------------

#: A clause opening with "those" and a participle or passive relative of an action, up to a level's verb: "Those
#: arrested totaled 212", "Those deported last year numbered more than 90,000", "Those who were detained in the raid
#: numbered 148" (the deed names what the level counts; `LEVEL_BEFORE` ends it).
THOSE_ACTED_ON_SUBJECT = re.compile(
    # or the migrants by their noun, however long what follows the deed ("Migrants caught crossing the border
    # illegally numbered 6,070 in June": the deed names the count, the six words before the number do not reach it)
    r"\W*(?:all\s+)?(?:those|(?:the\s+)?(?:migrants|immigrants|aliens|noncitizens))\s+"
    r"(?P<deed>(?:who\s+(?:were|have\s+been|had\s+been)\s+)?(?:[a-z]+ed|held|caught|taken|"
    r"swept\s+up|picked\s+up)\b[^,;\d]{0,80}?)\s*"
    r"(?:totaled|totalled|numbered|number|totals?|reached|came\s+to|amounted\s+to|(?:rose|climbed|grew)\s+to|"
    r"(?:was|were|is|are)(?:\s+now)?)\s*$",
    _I,
)
#: The people a removal or detention names opening a level's clause, where they are said after them however long the
#: name ("Detainees at the Moshannon Valley Processing Center in Philipsburg totaled 1,500", "Deportees arriving at
#: La Aurora air base numbered 1,650"); words of speech or a clause of its own in between end it ("Detainees at the
#: center said they were 30" is not read).
#: The population of a place named after it opening a level's clause: "The population at the Krome processing center
#: reached 1,630", "The headcount inside the Adelanto facility stood at 1,900"; a detention site in `site`
#: (`detention.DETENTION_NAMED`) makes it people held (GUIDELINES §2 detentions: a facility's headcount), a town's
#: population is none.
SITE_POPULATION_SUBJECT = re.compile(
    r"\W*(?:the\s+)?(?:(?:average\s+)?daily\s+)?(?:population|head\s*count)\s+(?:at|of|in|inside)\s+"
    r"(?P<site>(?:(?!\b(?:said|says|say|told|who|which|that|they|and)\b)[^,;:\d]){3,100}?)\s*"
    r"(?:totaled|totalled|numbered|totals?|reached|came\s+to|amounted\s+to|stood\s+at|hit|peaked\s+at|"
    r"(?:rose|climbed|grew|swelled)\s+to|(?:was|were|is|are)(?:\s+now)?)\s*$",
    _I,
)
HELD_PEOPLE_SUBJECT = re.compile(
    r"\W*(?:the\s+)?(?:number\s+of\s+)?(?P<deed>detainees|deportees)\b"
    r"(?:(?!\b(?:said|says|say|told|tell|who|which|that|they|we|he|she|it|but|and)\b)[^,;:\d]){0,100}?\s*"
    r"(?:totaled|totalled|numbered|number|totals?|reached|came\s+to|amounted\s+to|stood\s+at|"
    r"(?:rose|climbed|grew)\s+to|(?:was|were|is|are)(?:\s+now)?)\s*$",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A verb split around a bare number: "took 120 into custody"
# ---------------------------------------------------------------------------------------------

#: "took" right before a bare number whose particle phrase after it is custody ("Agents took about 120 into custody",
#: "taking 16 into ICE custody"): the people taken are arrested (GUIDELINES §2 arrests: taken into custody); with a
#: noun ("took 120 people into custody") the noun's own words already say so.
TOOK_BEFORE = re.compile(r"\b(?:took|take|takes|taking|taken)\s*$", _I)
INTO_CUSTODY_AFTER = re.compile(r"\s+into\s+(?:[\w-]+\s+){0,2}custody\b", _I)

# ---------------------------------------------------------------------------------------------
# A number opening a partial quotation
# ---------------------------------------------------------------------------------------------

#: An opening quotation mark (and a qualifier inside it) right before a number: 'was "about 475,"', 'reached "more than
#: 9,000"'. The frame words before it read as if the mark were not there.
OPENING_QUOTE_END = re.compile(
    r"(?<=\w)\s+[\"“](?=(?:\s*(?:just\s+)?(?:about|nearly|almost|more\s+than|some|approximately|roughly|around|"
    r"fewer\s+than|less\s+than|at\s+least|over)\s+)?$)",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A gapped passive after "more": "Twelve people were arrested and six more detained"
# ---------------------------------------------------------------------------------------------

#: "more" or "others" after a bare number, then a participle whose auxiliary the coordination left out ("Twelve people
#: were arrested and six more detained", "and 9 others deported"): that participle is the number's own deed.
MORE_GAPPED_PARTICIPLE = re.compile(
    r"\s+(?:more|others)\s+(?P<verb>(?:[a-z]+ed|held|caught|taken\s+into\s+(?:\w+\s+)?custody)\b)(?!\s+than\b)",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A bare "at" that ends a level
# ---------------------------------------------------------------------------------------------

#: What makes a bare "at" the end of a level, as `TO_LEVEL` is for "to": a verb of change or of standing before it in
#: the clause ("stood at 4,600", "peaked at 98,000", "put the number at 300", "with arrests at 1,200"). Without one,
#: "at" names where a deed happened ("were arrested at two dairies"): no level carries the count before.
AT_LEVEL = re.compile(
    rf"{TO_LEVEL.pattern}|\b(?:st(?:oo|an)d\w*|peak\w*|remain\w*|hover\w*|held|hold\w*|steady|put|puts|putting|"
    r"estimat\w*|pegg?\w*|plac\w*|capp?\w*|set|sets|sat|sits?|sitting|runn?\w*|ran|level\w*|plateau\w*|with)\b",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A coordinated verb with an object of its own: "apprehended 31 migrants and charged the driver"
# ---------------------------------------------------------------------------------------------

#: A verb coordinated after a count's words that takes an object of its own ("apprehended 31 migrants near Laredo and
#: charged the driver with smuggling", "found 12 migrants in a truck and arrested the driver"): its action is that
#: object's, not the count's (as `OWN_SUBJECT_CLAUSE` ends the words at a clause with its own subject). An object that
#: points back at the counted ("and charged them") leaves the verb the count's.
COORDINATED_VERB_OWN_OBJECT = re.compile(
    r",?\s+and\s+(?:then\s+|later\s+|also\s+)?(?:\w+ed|took|sent|held|caught|brought|led|put)\s+"
    r"(?:the|a|an|his|her|their|its|both|two|three|four|five|several)\s+(?!(?:group|migrants|people|detainees)\b)",
    _I,
)

# ---------------------------------------------------------------------------------------------
# Fact-sheet labels and groups described by who they are: "- Migrants still held at Eloy: 340", "including 19 with
# final orders of removal"
# ---------------------------------------------------------------------------------------------

#: A list label naming people, then what was done to them, before its colon: "- Migrants still held at the Eloy center:
#: 340", "Workers arrested at the plant: 57" (`PARTICIPLE_LABEL` reads the label that opens on its participle). People
#: with no action in the label ("Workers employed at the plant: 570") give no type.
PEOPLE_PARTICIPLE_LABEL = re.compile(
    rf"^\W*(?:[\w.'’-]+\s+){{0,2}}?(?:{PEOPLE})\s+(?:(?:still|now|currently|later|since)\s+)?"
    r"(?P<label>(?:arrested|apprehended|detained|deported|removed|expelled|repatriated|returned|booked|"
    r"transferred|taken\s+into|held\s+(?:at|in|by))\b[^:;\d\n]{0,50}):\s*"
    r"(?:(?:about|nearly|more\s+than|some|over|roughly)\s+)?$",
    _I,
)
#: A second group after the first group's own modifier, sharing its verb: "were 17 fugitives with final orders of
#: removal and 23 gang members", "15 fugitives from Honduras and 6 teenagers" (`COORDINATED` reads the groups written
#: side by side).
COORDINATED_AFTER_MODIFIER = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{PEOPLE})\s+(?:with|from|of)\s+(?:[\w'’.-]+\s+){{1,5}}?(?:and|or)\s+"
    r"(?:(?:about|nearly|more\s+than|some|another|other)\s+)?",
    _I,
)
#: A removal order people hold, which tells who they are, not what will be done to them: "with final orders of
#: removal", "who had deportation orders" (`PROSPECT` reads such an order alone as a plan).
HOLDING_REMOVAL_ORDER = re.compile(
    r"\b(?:with|holding|who\s+(?:had|have|has|held|hold))\s+(?:(?:final|outstanding|prior|previous|existing)\s+)*"
    r"(?:orders?\s+of\s+(?:removal|deportation)|(?:removal|deportation)\s+orders?)\b",
    _I,
)
#: People carried off in a vehicle to a detention or processing site or to ICE, told by where they sit or were put
#: ("By evening, 64 workers were on buses to an ICE processing center", "loaded into vans bound for the detention
#: center in Jena"): taken into custody (GUIDELINES §2 arrests: picked up in raids). A vehicle bound anywhere else
#: ("on buses to a union rally") carries no one into custody.
CARRIED_TO_CUSTODY = (
    r"(?:(?:put|loaded|herded|placed|crammed|packed|pushed)\s+(?:on|onto|into|in)|(?:were|was|sat|sitting)\s+"
    r"(?:on|in|aboard|inside)|aboard)\s+(?:\w+\s+){0,2}?(?:bus(?:es)?|vans?|trucks?|vehicles?|SUVs?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:to|for|toward|towards)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,4}?"
    r"(?:(?:processing|detention)\s+(?:centers?|facilit(?:y|ies)|sites?)|ICE\b|immigration\s+(?:detention|custody))"
)
CUES["arrests"] = re.compile(rf"{CUES['arrests'].pattern}|\b{CARRIED_TO_CUSTODY}", _I)
#: Employees carried off so, after their noun: "38 employees were loaded into vans bound for the detention center"
#: (`STAFF_PASSIVE` reads the verbs of custody themselves).
STAFF_CARRIED = re.compile(rf"\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?{CARRIED_TO_CUSTODY}", _I)
#: The words before a place a vehicle carries people off to ("on buses to a processing center in Fresno", "in vans
#: bound for the detention center in Jena"): their destination, not where they were counted (`count_places.py`).
CARRIED_TO_BEFORE = re.compile(
    r"\b(?:bus(?:es)?|vans?|trucks?|vehicles?|SUVs?)\s+(?:[\w-]+\s+){0,2}?(?:to|for|toward|towards)\s+"
    r"(?:the\s+|a\s+|an\s+)?$",
    _I,
)
#: People detained by an agency told in the present ("61,000 people are detained by ICE", "are currently detained by
#: immigration authorities"): a population held, not an arrest (`DETAINED_BY` reads the past as one).
DETAINED_NOW = re.compile(r"\b(?:are|is|remain|remains)\s+(?:(?:now|currently|still)\s+)?detained\b", _I)
#: Two groups of a noun the lexicon does not know, side by side under one verb ("arrested six cooks and three
#: dishwashers", "12 welders and 5 pipefitters at the shipyard"): the words between the first number and the second,
#: then the second group's noun closing its phrase (a verb of its own after it, "5 reporters covered the raid", shares
#: nothing). Lower-case nouns only: a name is no group.
COORDINATED_UNLISTED = re.compile(r"\s+(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*s\s*(?:,\s*)?(?:and|or)\s+")
UNLISTED_GROUP_AFTER = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*s(?=\s*(?:$|[,;.)—–-]|(?:in|at|from|on|during|for|along|across|and|or|"
    r"through|over|since|within|by|last|this)\b))"
)
#: An aside set off by dashes right before a number ("We have deported — and nobody thought this possible — 527,000"):
#: `count_reading.py` blanks it when a governing verb stands right before it, so the verb still governs the number.
ASIDE_BEFORE_NUMBER = re.compile(
    r"\s(?P<aside>(?:[—–]|--)\s[^—–;()\d]{1,60}?\s(?:[—–]|--))\s+"
    r"(?:(?:about|nearly|almost|more\s+than|over|some|roughly|around|at\s+least)\s+)?$"
)
#: An event noun opening its clause as the subject, then its number set off by dashes or commas ("Total removals —
#: 14,200 — were the most", "Arrests in Charlotte — 370 — outpaced those in Raleigh", "ICE's arrests last month,
#: 31,000, set a record"): the number counts what the noun names. A number before it ("Of the 2,000 arrests, 1,400")
#: makes it a partitive's whole instead.
EVENT_SUBJECT_SET_OFF = re.compile(
    rf"(?:^|[.;:]\s)\W*(?:[A-Za-z'’-]+\s+){{0,2}}?(?P<noun>{EVENTS})"
    r"(?:\s+(?:in|at|from|to|of|across|along|during|since|by|under|last|this)\b[^—–,;:\d]{0,50}?)?"
    r"\s*(?:,|[—–]|--)\s*(?:(?:about|nearly|almost|more\s+than|over|some|roughly|around)\s+)?$",
    _I,
)
#: The closing mark of that number, then the clause's verb: "— were the most", ", set a record".
SET_OFF_CLOSE = re.compile(r"\s*(?:,|[—–]|--)\s+[a-z]")

# ---------------------------------------------------------------------------------------------
# An aside in dashes between a counted subject and its verb: "six employees—all of whom ...—were detained"
# ---------------------------------------------------------------------------------------------

#: A number's noun phrase (up to four words, no verb or clause break), then an aside in dashes, unspaced or spaced,
#: then the subject's own finite verb: `count_reading.py` blanks the aside so the verb after it is the count's
#: predicate.
SUBJECT_ASIDE = re.compile(
    r"(?:\s+(?!(?:were|was|are|is|have|has|had|who|that|which)\b)[\w'’-]+){0,4}?"
    r"(?P<aside>(?<=\w)[—–](?=\w)[^—–;()]{1,80}?(?<=[\w.])[—–]|\s[—–]\s[^—–;()]{1,80}?\s[—–])"
    r"(?=\s*[\"“]?(?:were|was|are|is|have\s+been|has\s+been|had\s+been|got)\b)",
    _I,
)

# ---------------------------------------------------------------------------------------------
# Assaults on officers named by the sentence before: "Assaults on ICE officers rose. DHS recorded 95 assaults."
# ---------------------------------------------------------------------------------------------

#: Assaults said to be on or against officers or agents: a bare "95 assaults" in the next sentence are those
#: (GUIDELINES §2 assaults_on_officers).
ASSAULTS_ON_OFFICERS_NAMED = re.compile(
    r"\b(?:assaults?|attacks?)\s+(?:on|against)\s+(?:[\w.'’-]+\s+){0,3}?(?:officers|agents|personnel)\b", _I
)

# ---------------------------------------------------------------------------------------------
# A total named by its period, pointing back: "The October total was down from 11,710 in September"
# ---------------------------------------------------------------------------------------------

#: A period that names whose total it is: "October", "last month's", "the year's", "monthly", "fiscal 2026".
_TOTAL_PERIOD = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:['’]s)?|"
    r"(?:last|this|the|that)\s+(?:month|year|week|quarter)['’]s|(?:monthly|annual|yearly|weekly|quarterly|year-end|"
    r"full-year|fiscal-year)|(?:fiscal\s+)?(?:19|20)\d\d(?:['’]s)?)"
)
#: The total of a period written as the subject of a level, with no noun of what it counts ("The October total was
#: down from 11,710", "Last month's tally stood at 4,100", "The annual figure reached 61,000"): it restates the count
#: before it, as "that figure" does (`traps.ANAPHOR`). A total "of" something names what it counts (`traps.NUMBER_OF`).
PERIOD_TOTAL_ANAPHOR = re.compile(
    rf"(?:\b(?:the|that|this)\s+{_TOTAL_PERIOD}|(?<![\w'’])(?:last|this)\s+(?:month|year|week)['’]s|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)['’]s)"
    r"\s+(?:figure|number|total|tally|count)(?!\s+of\b)\s+(?:(?!\d)[^,;]){0,40}"
    r"\b(?:to|from|at|was|is|stood\s+at|reached|compares\s+(?:with|to)|compared\s+(?:with|to))\s*$",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------------
# A plan told in a coordinated clause of its own after a done count
# ---------------------------------------------------------------------------------------------

#: A coordinated clause whose own subject plans more ("had arrested 300 people, and it expects to arrest thousands
#: more"): the plan is that clause's, the count before it is done (`OWN_SUBJECT_CLAUSE` with a verb of intent).
OWN_SUBJECT_PLAN_CLAUSE = re.compile(
    r",?\s+(?:and|but|while)\s+(?:(?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+|they|he|she|it|we|officials)\s+"
    r"(?:(?:still|now|also)\s+)?(?:expects?|plans?|intends?|hopes?|aims?|wants?)\s+to\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A total told after a rate in the same sentence: "averaged 1,000 arrests a day, a total of about 150,000"
# ---------------------------------------------------------------------------------------------

#: The words between a rate's number and a total set off after it: ", a total of about", ", for a total of", ", or
#: roughly", ", some", ", a record"; or the busiest day of those averaged: ", with a single-day high of" (the rate is
#: no count, GUIDELINES §2; the total it adds up to, or its busiest day, is one, of the rate's kind).
TOTAL_AFTER_RATE_BETWEEN = re.compile(
    r"[^.;:()]{0,60}?,\s*(?:(?:for|with|making|bringing)\s+)?(?:(?:a|the)\s+(?:combined\s+|overall\s+)?"
    r"total\s+of|or|some|a\s+record(?:-high)?|"
    r"(?:a|the|its)\s+(?:single-day|one-day|daily|record)?\s*(?:high|peak)\s+of)?\s*(?:(?:about|nearly|almost|more\s+than|over|some|approximately|roughly|around|"
    r"at\s+least)\s+)?$",
    re.IGNORECASE,
)
#: What a bare total set off after a rate ends with when no "total of" opens it: "about 600 in all", "roughly
#: 34,000 for the month", "150,000 altogether".
TOTAL_AFTER_RATE_END = re.compile(
    r"\s*(?:people\s+|arrests\s+|removals\s+|deportations\s+|apprehensions\s+|encounters\s+)?(?:in\s+all|in\s+total|altogether|all\s+told|"
    r"for\s+the\s+(?:month|week|year|quarter|period|operation|surge|fiscal\s+year))\b",
    re.IGNORECASE,
)
