"""The vocabulary of counts: the words and phrase shapes that type a count (what a number counts, what happened
to those counted) and those by which a GUIDELINES §2 rule sets a number aside (a change, a rate, a plan, a
population, a capacity ...); the shapes of a part, its whole and a share; and the border's geography, which
tells a count at the border from an arrest inside the country.

They are kept apart from `counts.py`, which reads a number in steps (its clause, the noun after it, its trap, its
cue, its frame), so that a reader of counts.py sees the steps and not hundreds of lines of patterns; counts.py
reads them as `lex.NAME`. Each pattern keeps the comment that says which phrasing it catches.

The module runs in sections, each named by what it holds: the lexicons (what a number counts and what happened to
those counted, with the phrasings that type a count), the exclusions (the GUIDELINES §2 traps), datelines, parts,
wholes and shares, the border, and where a count's words end and the frames a number sits in without a verb of its
own; then one section for each class added since, named by its content (new ones go at the end). A name is defined
before the patterns built from it, so a section comes after those it borrows from; a word list that several patterns
share has one name, in the first section that needs it (`CUSTODY_WORDS` and `DETAIN_WORDS` for custody, `HEAD_MODIFIERS`
and `HEAD_PARTITIVE` for a counted noun phrase, `SHARE_FRACTION` for a share in words, `IMMIGRATION_HOLD_WORDS` for
people held for immigration), and later sections borrow it.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE


def rx(*alternatives: str, flags: int = _I) -> re.Pattern[str]:
    """Any of `alternatives` as a whole word or phrase (case-insensitive unless `flags` says otherwise)."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", flags)


# ---------------------------------------------------------------------------------------------
# Lexicons: what a number counts, and what happened to those counted
# ---------------------------------------------------------------------------------------------

#: Nouns for people that enforcement touches (after optional modifiers).
PEOPLE = (
    r"immigrants?|migrants?|aliens?|illegals|people|persons?|individuals?|detainees?|children|child|kids|"
    r"minors?|juveniles?|teens?|teenagers?|youths?|boys|girls|infants|babies|adults?|men|women|"
    r"parents?|fathers|mothers|grandmothers|grandfathers|grandparents|families|family\s+(?:members|units)|workers|"
    r"brothers|sisters|sons|daughters|"
    r"siblings|cousins|relatives|husbands|wives|couples|friends|neighbors|neighbours|residents|volunteers|"
    r"laborers|nationals|citizens|non-?citizens|foreigners|refugees|asylum[\s-]seekers?|offenders|"
    r"non-?criminals|criminals|felons|fugitives|gang\s+members|"
    r"(?:crew|church|congregation|tribal|tribe|union|community|band|cartel)\s+members|defendants|suspects|deportees|inmates|prisoners|"
    r"passengers|drivers|observers|protesters|students|farmworkers|plaintiffs|undocumented|"
    r"Mexicans|Guatemalans|Hondurans|Salvadorans|Cubans|Haitians|Venezuelans|Chinese|Indians|Iraqis|"
    r"unaccompanied|UACs?|others|of\s+(?:them|those|these|whom)|"
    # "11 more were deported": "more" is the head only where no noun follows ("five more years" counts years)
    r"more(?=\s*(?:[^\w\s]|$|(?:were|was|are|is|have|had|has|been|than|in|at|on|from|to|for|by|and|or|who|that|near|"
    r"outside|inside|across|along|around|during|after|last|this|since|through)\b))"
)
#: Nouns for events and requests that are counts on their own.
EVENTS = (
    r"arrests|arrest|apprehensions|encounters|removals|deportations|expulsions|returns|detentions|"
    r"assaults|attacks|deaths|fatalities|suicides|detainers|detention\s+requests|requests|holds|prosecutions|"
    r"cases|incidents|book-?ins"  # "book-ins": ICE's count of people booked into detention
)
#: Nouns that make a number something other than a count of people touched by enforcement.
THINGS = (
    r"agents?|officers?|officials|troops|soldiers|personnel|employees|staff|guards|beds|days|weeks|"
    r"months|years|hours|minutes|seconds|miles|feet|yards|dollars|cents|cities|counties|states|"
    r"jurisdictions|countries|nations|agreements|contracts|facilities|centers|shelters|flights|"
    r"planes|buses|votes|voters|senators|members|lawmakers|representatives|groups|organizations|"
    r"pages|counts|charges|convictions|felonies|misdemeanors|applications|visas|licenses|subpoenas|warrants|programs|"
    r"points|"
    r"cells|cages|sites|locations|plants|businesses|companies|homes|vehicles|cars|rounds|"
    r"shots|calls|posters|images|photos|videos|stories|articles|reports|letters|bills|laws|"
    r"orders|policies|words|languages|bedrooms|acres|pounds|kilograms|doses|tests|questions|"
    r"(?:bus|plane|van|truck|boat|car)loads|loads"
)
SEP = r"[\s\"“”'‘’(),+-]*"
#: Right before the number, a qualifier aside: a verb that must govern the number from just before it still does
#: with "about", "nearly", "more than", "only" ... in between ("ICE holds about 39,000", "honored only 6"). It is
#: `QUALIFIER_END`'s list without "fewer than", "less than" and "~" (see `LEVEL_QUALIFIER` on why they stay apart).
AT_NUMBER = (
    r"(?=\s*(?:(?:just\s+)?(?:about|nearly|almost|more\s+than|over|some|approximately|roughly|around|at\s+least|"
    r"an\s+estimated|only|just|merely|a\s+mere)\s*)?$)"
)
#: Up to four modifiers before the counted noun, none of them a counted noun itself ("498 Honduran immigrants").
HEAD_MODIFIERS = rf"^(?P<mods>(?:{SEP}(?!(?:{THINGS}|{EVENTS}|{PEOPLE})\b)[A-Za-z][\w'’.-]*(?![\w'’.-])){{0,4}}?)"
#: A partitive's "of" before the whole's noun: "23 of the", "of those", "out of its", "of the 3,000".
HEAD_PARTITIVE = r"(?:out\s+)?of\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+)?(?:\d[\d,.]*\s+)?"
#: The noun phrase right after a number: its modifiers, a partitive's "of", and what it counts (people, an event or a
#: thing), each a named group.
HEAD = re.compile(
    HEAD_MODIFIERS + rf"{SEP}(?P<of>{HEAD_PARTITIVE}"
    # one name or possessive before the whole's noun: "1,100 of the December arrests", "of the weekend's arrests"
    r"(?:(?-i:[A-Z][a-z]+)\s+|[\w-]+(?:'s|’s)\s+)?)?"
    rf"(?:(?P<people>{PEOPLE})|(?P<event>{EVENTS})|(?P<thing>{THINGS}))\b",
    _I,
)
#: Words a modifier may not be: a verb or a preposition ends the noun phrase ("28 in Baltimore").
PHRASE_STOP = re.compile(
    r"(?<![\w-])(?:"  # a part of a hyphenated modifier stops nothing: "at-large apprehensions", "in-custody deaths"
    r"in|at|on|from|to|for|with|by|and|or|but|who|that|which|were|was|are|is|have|had|has|been|be|"
    r"being|having|will|would|could|said|says|this|last|since|during|between|each|per|a|an|the|times|before|after|"
    r"face|faces|faced|facing"  # "12 face federal charges": a verb, not a modifier of "charges"
    r")(?![\w-])",
    _I,
)

BORDER = rx(
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
    r"Rio\s+Grande(?:\s+Valley)?",  # the river is the border in Texas: "along the Rio Grande"
    r"southwest",
)
#: Cues that put an apprehension at the border even when ICE is named in the sentence.
STRONG_BORDER = rx(
    r"border", r"Border\s+Patrol", r"CBP", r"Customs\s+and\s+Border\s+Protection", r"ports?\s+of\s+entry"
)
#: A story with at least this many sentences naming the border is a border story (its apprehensions without
#: a place of their own are border apprehensions); as many naming custody make it a custody story.
STORY_THEME_SENTENCES = 3
#: A price, perhaps qualified ("up to $12,000"): what "charged" is followed by when it is a fee, not a prosecution
#: (the `charged` cue below and the fee trap, `FEE_AFTER`).
PRICE = r"(?:(?:about|up\s+to|more\s+than|as\s+much\s+as|nearly|roughly)\s+)?\$"
#: Document fraud said without the word: "using false documents", "fake green cards",
#: "fraudulent Social Security numbers" (an immigration crime, read by `PROSECUTION` and `IMMIGRATION_CRIME`).
FALSE_PAPERS = (
    r"(?:false|fake|fraudulent|forged|counterfeit|stolen)\s+(?:[\w-]+\s+)?"
    r"(?:documents?|papers|identit(?:y|ies)|IDs?|green\s+cards?|Social\s+Security|passports?|visas?)"
)
CUES: dict[str, re.Pattern[str]] = {
    "no_criminal_record": rx(
        r"no\s+(?:prior\s+)?criminal\s+(?:records?|histor(?:y|ies)|convictions?|backgrounds?)",
        r"without\s+(?:a\s+|any\s+)?criminal\s+(?:records?|histor(?:y|ies)|convictions?)",
        r"no\s+(?:prior\s+)?(?:convictions|records)",
        r"(?:had|have|has)\s+not\s+been\s+convicted",
        r"never\s+been\s+convicted",
        r"(?:did|do|does)\s+not\s+have\s+(?:a\s+|any\s+)?(?:prior\s+)?(?:criminal\s+)?(?:records?|histor(?:y|ies)|"
        r"convictions?)",
        r"non-?criminals?",
        # any record word negated (GUIDELINES §2: those with no criminal record): "were not criminals", "lacked
        # criminal records", "had no prior offenses", "committed no crimes", "clean records" ("were charged but not
        # convicted" is no record word negated: a prosecution still under way)
        r"(?:no|not|never|neither|lack(?:ed|s|ing)?|clean)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:criminals?|criminal\s+(?:records?|histor(?:y|ies)|charges|convictions?)|convictions?|"
        r"(?:criminal\s+)?records|offen[cs]es|crimes?)",
    ),
    "convictions": rx(
        r"convictions?",
        r"convicted",
        r"criminal\s+(?:records?|histor(?:y|ies)|backgrounds?)",
        r"(?:misdemeanor|felony)\s+records?",
        r"rap\s+sheets?",
        r"(?:were|are)\s+(?:criminals|felons)",
    ),
    # GUIDELINES §2 deaths_in_custody: a death said as a verb, an idiom or a noun ("died", "killed themselves",
    # "took their own lives", "lost their lives", "passed away", "fatalities", "suicides", "death toll")
    "deaths_in_custody": rx(
        r"died",
        # the verb's other forms and its synonym: "one of 23 people to die in ICE custody", "succumbed to illness"
        r"(?<!could\s)(?<!would\s)(?<!might\s)(?<!may\s)(?<!will\s)die(?:s)?(?!\s+(?:if|unless))",
        r"succumb(?:ed|s)",
        r"deaths?",
        r"dead",
        r"perished",
        r"(?:killed|hanged|hung)\s+(?:themselves|himself|herself)",
        r"(?:took|taken|take|lost|losing)\s+(?:their|his|her)\s+(?:own\s+)?li(?:ves|fe)",
        r"passed\s+away",
        r"fatalit(?:y|ies)",
        r"suicides?",
    ),
    "assaults_on_officers": rx(
        r"assaults?",
        r"assaulted",
        r"attacks?\s+(?:on|against)",
        # GUIDELINES §2 assaults on officers, said as violence or an attack: "officers were attacked 52 times",
        # "52 incidents of violence against agents", "acts of aggression toward officers"
        r"attacked",
        r"(?:incidents|acts|cases)\s+of\s+(?:\w+\s+)?(?:violence|assault|aggression)\s+(?:against|on|toward|towards)",
        r"violent\s+(?:incidents|attacks|encounters)\s+(?:against|on|with)",
    ),
    # GUIDELINES §2 detainers, as news names them: "detainers", "immigration holds", "ICE requests", "requests
    # from immigration authorities to hold inmates"
    "detainers": rx(
        r"detainers?",
        r"detention\s+requests?",
        r"(?:immigration|ICE)\s+holds?",
        r"(?:ICE|immigration|hold)\s+requests?",
        r"requests?\s+(?:from\s+[^,;.]{0,60}?\s)?to\s+(?:hold|detain|keep)",
    ),
    "charged": rx(
        # a fee is no charge: "the ring charged $8,000 a person", "charged migrants up to $12,000 each"
        rf"charged(?!\s+(?:\w+\s+)?{PRICE})",
        r"prosecut(?:ed|es|ing)",
        r"indict(?:s|ed|ing)",
        # "referred for prosecution": a step before a charge, not one (GUIDELINES §2: plans are no counts)
        r"(?<!for\s)(?<!for\scriminal\s)(?<!for\sfederal\s)prosecutions?",
        r"face\s+(?:federal\s+)?charges",
        r"charges\s+against",
        r"pleaded\s+guilty",
        r"pled\s+guilty",
        r"found\s+guilty",  # a verdict in the prosecution: "19 people have been found guilty of illegal reentry"
        r"sentenced",
        r"arraigned",
        r"(?:complaints?|charges|indictments?)\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+)?"
        r"(?:filed|brought|lodged)\s+against",
    ),
    "deportations": rx(
        r"deport(?:s|ed|ing|ees?)",
        # "processed for removal", "slated for deportation": a plan, not a removal (GUIDELINES §2: plans are no counts)
        r"(?<!for\s)deportations?(?!\s+(?:orders?|proceedings|cases?|hearings?|flights?|efforts?|polic|crackdown|"
        r"agenda|relief|"
        r"protections?|threats?|risk|priorit|officers?|defense|machine))",
        r"removed\s+(?:from\s+the\s+(?:U\.S\.|US|country|United\s+States)|to)",
        r"(?:been|were|was|be)\s+removed",
        # a reduced relative right after the people: "the 2,000 people removed last year" (not "removed from the list");
        # the lookahead first, so that the long PEOPLE alternation is tried only before "removed" (no cost measured)
        rf"(?=[\w-]+\s+removed\b)(?:{PEOPLE})\s+removed"
        r"(?!\s+from\s+(?:the|their|its|his|her)\s+(?!U\.S\.|country|United\s+States)[a-z])",
        # an order of removal is no removal: "fugitives with final orders of removal"
        r"(?<!Enforcement\sand\s)(?<!Detention\sand\s)(?<!orders\sof\s)(?<!order\sof\s)(?<!for\s)"
        r"removals?(?!\s+(?:orders?|proceedings|cases?|hearings?|flights?|"
        r"efforts?|operations))",
        r"expel(?:s|led|lings?)",
        r"expulsions?",
        # a return to daily life, or to the U.S., sends nobody out: "returned to work", "returned to the United States"
        r"(?<!voluntarily\s)returned\s+to(?!\s+(?:\w+\s+){0,2}(?:custody|detention|jail))"
        r"(?!\s+(?:their\s+|his\s+|her\s+)?(?:work|jobs?|school|class(?:es)?|classrooms?|duty|normal|office|court|"
        r"the\s+(?:U\.\s?S\.?|US|United\s+States|stand|job|fields?|plant|site)\b))",
        r"(?:sent|send(?:s|ing)?)\s+back",
        r"repatriat(?:ed|es|ing|ions?)",
        r"(?:flown|fl(?:y|ies|ew|ying))\s+back",
        # GUIDELINES §2 deportations: "returned", said with the place it sends people to or as the verb of the
        # number ("Mexico-bound flights returned 300 migrants", "were sent home")
        r"(?:sent|flown|(?<!voluntarily\s)returned|shipped)\s+home",
        r"return(?:ed|s|ing)(?=\s*$)",
        # people in custody who left the country ("19 parents held in custody had left the U.S."): see _cue_type
        r"(?:left|departed)\s+the\s+(?:U\.\s?S\.?|US|country|United\s+States)",
    ),
    "arrests": rx(
        r"arrest(?:ed|s|ing)?",
        r"re-?arrest(?:ed)?",
        r"captur(?:ed|ing)",  # "captured 33 fugitives" ("evaded capture" captures nobody)
        r"seiz(?:ed|ing)",  # "18 more were seized by agents" (things seized are counted things: THINGS)
        r"apprehend(?:s|ed|ing)?",
        r"apprehensions?",
        r"encounter(?:ed|s)",
        r"taken\s+into\s+(?:\w+\s+){0,2}custody",
        r"into\s+(?:\w+\s+){0,2}custody",  # "took 118 people into custody"
        r"(?:took|take|takes|taking|taken|assumed)\s+custody\s+of",  # "ICE took custody of 45 people"
        r"(?:picked|pick(?:s|ing)?)\s+up",
        r"(?:rounded|round(?:s|ing)?)\s+up",
        r"nab(?:s|bed|bing)?",
        r"net(?:s|ted|ting)",
        r"(?:swept|scooped|snatched)\s+up",
        r"snatched",
        r"intercept(?:s|ed|ing)",  # GUIDELINES §2 border_apprehensions: stopped and caught, at the border or at sea
        r"interdict(?:s|ed|ing)",
        r"handcuff(?:s|ed|ing)",
        r"booked\s+into",
        # a jail handing people to ICE: ICE takes them into custody ("19 were transferred to ICE custody")
        r"(?:transferred|handed|turned)\s+(?:over\s+)?to\s+(?:the\s+)?(?:ICE|immigration\s+(?:authorities|officials|agents)|"
        r"federal\s+immigration|(?:ICE|immigration|federal)\s+custody)",
        r"caught",
        r"catch(?:es|ing)?",
        r"brought\s+back",
        r"(?:removed|taken|taking)\s+(?:[\w,]+\s+){0,6}?(?:off|from)\s+(?:the\s+|our\s+)?streets",
    ),
    "detentions": rx(
        r"detain(?:s|ed|ing)?",
        r"detainees?",
        r"detention",
        r"in\s+(?:\w+\s+){0,2}custody",
        r"(?:being\s+|are\s+|were\s+|was\s+)?held",
        r"holding",
        r"jailed",
        r"housed",
        r"hold(?:s|ing)?" + AT_NUMBER,
        r"(?:hous|jail)(?:es|s|ing)" + AT_NUMBER,  # "ICE was housing 61,000 people", "is jailing 61,000" (a verb there)
        r"(?:immigration|ICE)\s+(?:jails|prisons)",
        r"(?:average\s+)?daily\s+population",  # ICE's measure of the people it holds (GUIDELINES: a population)
        r"(?:being|been|are|were|was|is)\s+kept",
        r"confin(?:ed|es|ing)",
        r"incarcerat(?:ed|es|ing)",
        r"imprison(?:ed|s|ing)",
        r"behind\s+bars",  # "the agency holds 61,000 people" (GUIDELINES §2 detentions: people held)
        r"lock(?:s|ed|ing)\s+up",
        r"inmates",
        r"returned\s+to\s+(?:\w+\s+)?custody",
    ),
}
#: Verbs that are an apprehension only at the border: "400 migrants turned themselves in to agents", "surrendered".
#: ("processed" and "stopped" were tried: asylum cases processed and people stopped at a port's gate are no
#: apprehensions.)
BORDER_ONLY_CUE = rx(
    r"turned\s+themselves\s+in",
    r"turn(?:ing)?\s+themselves\s+(?:in|over)",
    r"surrendered",
    # stopped at the border itself, not at a port's gate: "250,000 migrants were stopped at the U.S.-Mexico border"
    r"(?:were|was|been|being)\s+stopped\s+(?:at|along|near|crossing)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?border",
)
#: When several cues share a clause, the more specific one names what happened to those counted:
#: "181 people arrested had no criminal records" is no_criminal_record, not arrests.
PRIORITY = (
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
UNITS = {"assaults_on_officers": "incidents", "detainers": "requests"}
#: Event nouns that name their own type (border context turns arrests into border_apprehensions).
EVENT_TYPES = {
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
    "fatalities": "deaths_in_custody",
    "suicides": "deaths_in_custody",
    "detainers": "detainers",
    "detention requests": "detainers",
    "prosecutions": "charged",
    "detention": "detentions",  # as a level's subject only (LEVEL_NOUNS)
    "crossings": "border_apprehensions",
    "detained population": "detentions",  # as a level's subject only (LEVEL_NOUNS)
    "detainee population": "detentions",
    "detention population": "detentions",
    "death toll": "deaths_in_custody",  # as a level's subject only (LEVEL_NOUNS)
    "toll": "deaths_in_custody",  # "the toll in ICE detention rose to 14": a toll of people is of deaths
    "repatriations": "deportations",  # as a level's subject or a label only (LEVEL_NOUNS, OPENING_LABEL)
    "book-ins": "detentions",  # ICE's count of people booked into detention (as BOOKED_INTO_DETENTION)
    "bookins": "detentions",
    "custody": "detentions",  # the people a label names as held: "Immigrants in ICE custody: 62,000" (OPENING_LABEL)
}
#: The words of custody itself: "in custody", "detention", "detained", "detainees" (not "detainer", a request to
#: hold someone). Every custody word list below starts from these, or from `DETAIN_WORDS`.
CUSTODY_WORDS = (r"custody", r"detention", r"detained", r"detainees?")
#: ... and every word of the stem "detain", a detainer request too: where any mention of holding, asked or done, is
#: enough (`CALLED_DETAINED`, `HELD_AVERAGED`, `HELD_OR_TAKEN`, `HELD_IN_CLAUSE`).
DETAIN_WORDS = (r"custody", r"detention", r"detain\w*")
#: Custody, an immigration agency or the border named in the sentence: only there is a death a death in custody,
#: or a departure from the country a removal.
CUSTODY = rx(
    *CUSTODY_WORDS,
    r"ICE",
    r"Border\s+Patrol",
    r"CBP",
    r"border",
    r"jail",
    r"processing\s+cent(?:er|re)s?",  # "two deaths at the Otero County Processing Center": ICE's holding site
)
#: Where people are held, said without a custody word: at a detention site, received into one, ordered released
#: from one ("a court order to release 101 children").
HELD_AT = re.compile(
    r"\b(?:at|in|inside)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:centers?|facilit(?:y|ies)|camps?|prison|jail|(?:Border\s+Patrol|processing)\s+stations?)\b|"
    r"\breceived\b[^.;]{0,60}\bfrom\s+(?:the\s+)?(?:Department\s+of\s+Homeland\s+Security|DHS|ICE|CBP|Border\s+Patrol)|"
    r"\border(?:s|ed)?\s+(?:\w+\s+){0,3}?(?:to\s+release|the\s+release\s+of)\b",
    _I,
)
#: Longest list item or table row (words) that is read as a cell of its lead's count, not a sentence of its own.
LIST_ITEM_WORDS = 8
#: Another country's enforcement: "Mexican immigration agents", "Mexico's National Immigration Institute".
FOREIGN_AGENCY = re.compile(
    r"\b(?:Mexican|Guatemalan|Honduran|Salvadoran|Panamanian|Costa\s+Rican|Colombian|Canadian)\s+"
    r"(?:immigration\s+|federal\s+|migration\s+|security\s+)?"
    r"(?:agents|authorities|officials|officers|police|troops|soldiers|forces|National\s+Guard)\b|"
    r"\bMexico(?:'s|’s)\s+(?:National\s+(?:Immigration\s+Institute|Guard|Migration\s+Institute)|immigration\s+agency|"
    r"migration\s+(?:agency|institute))|\bINM\b",
    _I,
)
#: A list item or table row: "- Chicago: 1,100", "| Chicago | 1,100 |", "1. Texas - 4,500".
ITEM_MARK = re.compile(r"\s*(?:[-*•|]|\d+\.)\s")
#: A lead line names the count of its list: an event noun or an enforcement verb.
LEAD_NOUN = re.compile(
    rf"\b(?:{EVENTS}|arrested|deported|removed|detained|apprehended|expelled|detainees|held\s+in|custody|"
    # "People held, by facility:", "Migrants held at each site:" (not "People held signs")
    rf"(?:{PEOPLE})\s+(?:being\s+)?held(?=\s*(?:[,:]|by\b|at\b|per\b))|"
    rf"detention(?!\s+(?:{THINGS})\b))\b",  # "Detention headcount:", not "Detention beds by state:"
    _I,
)
#: Custody words: a story with enough sentences naming them is a custody story (its deaths are in custody).
HELD_STORY = rx(*CUSTODY_WORDS)
#: The words of those who enforce: officers, agents, authorities, ICE and the border agency by name (`OFFICERS`, and
#: `LOAD_FINDERS` for who found a vehicle's load).
ENFORCER_WORDS = (
    r"officers?",
    r"agents?",
    r"authorities",
    r"ICE",
    r"Border\s+Patrol",
    r"CBP",
    r"Customs\s+and\s+Border\s+Protection",
)
#: Officers or an immigration agency named: assaults are on officers only where the text names them (and the count
#: model's feature `agency_in_sentence`).
OFFICERS = rx(*ENFORCER_WORDS, r"personnel", r"Immigration\s+and\s+Customs\s+Enforcement")
#: A counted noun described by a reduced relative clause of an enforcement action ("120 people arrested in the
#: raid", "238 migrants caught near Del Rio"): it tells the people's past, not what the governing verb before the
#: number did to them ("ICE deported 120 people arrested in the raid" are deportations).
ACTION_PARTICIPLE = re.compile(
    r"^\s*(?:\w+ly\s+)?(?:arrested|apprehended|detained|deported|removed|held|caught|captured|taken|picked\s+up|"
    r"rounded\s+up|swept\s+up|booked|encountered|jailed|expelled|returned|nabbed|housed|locked\s+up|intercepted)\b",
    _I,
)
#: A prosecution said as a noun that governs its number: "brought illegal entry cases against 238 migrants".
PROSECUTED_AGAINST = re.compile(r"\b(?:charges|cases|counts|complaints|indictments|prosecutions)\s+against\s*$", _I)
#: People held because of a detainer: "the jail was holding 35 people on ICE detainers", "300 inmates are held on
#: immigration holds" (GUIDELINES §2: detentions count the people held, detainers the requests to hold them).
HELD_ON_DETAINER = re.compile(
    r"\b(?:held|hold(?:s|ing)?|hous(?:ed|es|ing)|jailed|kept|detained|booked\s+into)\b[^.;]{0,80}?"
    r"\b(?:on|under|for|because\s+of|pursuant\s+to|with)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:detainers?|holds|detainer\s+requests?)\b",
    _I,
)
#: Booked into immigration detention: "40 of them were booked into the Krome detention center", "300 people were
#: booked into ICE custody" (GUIDELINES §2 detentions: people held; booked into a jail alone stays an arrest).
BOOKED_INTO_DETENTION = re.compile(
    r"\bbook(?:ed|ing|s)?\s+(?:[\w,-]+\s+){0,3}?into\s+(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){0,4}?"
    r"(?:(?:ICE|immigration|federal)\s+custody|detention|(?:detention|processing)\s+(?:centers?|facilit(?:y|ies)))\b",
    _I,
)
#: Words that place people in someone's custody (GUIDELINES §2 deaths_in_custody): a custody word or a place of
#: holding ("died of heat stroke in a Border Patrol holding cell" died in custody, not on the way).
CUSTODY_PLACE = rx(
    *CUSTODY_WORDS,
    r"held",
    r"holding",
    r"jails?",
    r"cells?",
    r"facilit(?:y|ies)",
    r"centers?",
    r"stations?",
    r"prisons?",
    r"in\s+(?:ICE|CBP|Border\s+Patrol)(?:'s|’s)\s+care",
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
CHANGE_BEFORE = re.compile(
    rf"\b(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)(?<!ended\s)(?<!end\s)"
    rf"{CHANGE_VERB}\s+(?:by\s+)?(?:nearly\s+|about\s+|more\s+than\s+|almost\s+)?$|\bby\s+$",
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
#: A population held somewhere, told as a headcount: "an average daily population of 1,712", "held 39,000 people
#: on an average day", "on any given day" (GUIDELINES §2 detentions: a population, a facility's headcount).
HELD_POPULATION = rx(
    r"(?:average\s+)?daily\s+(?:detained\s+|detainee\s+|detention\s+)?population",
    r"(?:detained|detainee|detention)\s+population",
    r"on\s+(?:an?\s+)?(?:average|typical|given|any\s+given)\s+day",
    r"(?:a|per|each)\s+day\s+on\s+average",
)
#: Deportations that did not happen: "halted the deportation of 1,400", "shielded 600,000 from being deported",
#: "900 people were spared deportation".
AVERTED = rx(
    r"from\s+(?:being\s+)?deport(?:ed|ation)",
    r"spared\s+(?:from\s+)?(?:deportation|removal)",
    r"(?:halt|block|stop|stay|delay|suspend|paus|bar|prevent)\w*\s+(?:\w+\s+){0,4}?deportations?",
)
#: Police arrests at protests, with no immigration agency in the sentence: ordinary arrests (GUIDELINES §1
#: "ordinary police arrests with no immigration angle"), however much the story is about raids. Who arrests,
POLICE = rx(r"police", r"officers", r"deputies", r"troopers")
#: the protest the sentence tells of,
PROTEST = rx(r"protests?", r"protesters", r"demonstrat\w+", r"curfew", r"riots?", r"looting", r"unlawful\s+assembly")
#: and the immigration agency or purpose whose absence makes them ordinary arrests.
IMMIGRATION_ANGLE = rx(
    r"ICE", r"immigration", r"Border\s+Patrol", r"CBP", r"HSI", r"Homeland", r"federal\s+agents", r"deport\w*"
)
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
    r"(?:up\s+to\s+|as\s+many\s+as\s+|more\s+than\s+)?$",
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
    r"^\s*(?:$|[,;.)—–-]|(?:in|at|from|on|during|for|along|across|and|or|through|over|since|within|by|last|"
    r"this)\b)",
    _I,
)
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
    r"catch|netted|handcuff|return|"
    r"intercept|interdict|"
    r"(?:swept|scooped|snatched|round(?:s|ed|ing)?|pick(?:s|ed|ing)?)\s+up)\w*\s*$",
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
    r"(?:jury|jurors|judge|court)\s+(?:\w+\s+)?convicted\s+(?:[\w,-]+\s+){1,4}?(?:of|on)|"
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
    r"\b(?:arrested|apprehended|deported|removed|detained|expelled|encountered|deporting|removing)\s+"
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
#: ... unless the text calls them held: "detained", "in custody", "detention" (`SHELTER`, `SEPARATED_NOUN`).
CALLED_DETAINED = rx(*DETAIN_WORDS)
RANK_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|top|last)\s+"
    r"(?:out\s+)?of\s+(?:the\s+)?$",
    _I,
)
#: A family's size right before its number: "father of three", "a family of four" (how many it has, whatever
#: happened to it; GUIDELINES §2 counts people an action touched, told as such).
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
#: The qualifier set aside before `_trap` reads the words before a number ("an increase of about 40 percent"); its
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
#: (`LIST_ITEM` then the number, in counts.py; `FRAME_QUALIFIER` is what a level frame sets aside). Narrower than
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
#: progressive "ICE is detaining 184 children" holds them (detentions).
DETAINED_JUST_BEFORE = re.compile(
    r"\bdetain(?:s|ed)\s*$|(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)\bdetaining\s*$", _I
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
    rf"\s+(?P<np>(?:(?!(?:{THINGS})\b)[A-Za-z][\w'’.-]*\s+){{1,3}}?)(?P<verb>(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:arrested|apprehended|deported|removed|detained|expelled|caught|encountered|jailed|held|"
    # the phrasal and everyday verbs of taking people ("five roofers were picked up by agents"): `CUES` arrests,
    # read so only where officers are named (`OFFICERS`: "picked up by their parents" takes nobody)
    r"(?P<taking>(?:picked|rounded|swept|scooped)\s+up|snatched|nabbed|handcuffed|"
    r"taken\s+into\s+(?:\w+\s+){0,2}custody)|"
    # the passives of a prosecution too: "four employers were charged with hiring undocumented workers"
    r"charged|indicted|prosecuted|sentenced|convicted)\b|"
    # a plea is the people's own act in the prosecution: "five smugglers pleaded guilty to transporting aliens"
    r"(?:pleaded|pled)\s+guilty\b)",
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
#: final orders of deportation".
PROSPECT = re.compile(
    r"\b(?:fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?|at\s+risk\s+of|(?:under\s+)?threat(?:ened)?\s+(?:of|with)|"
    r"fear(?:s|ed|ing)?|vulnerable\s+to|eligible\s+for|subject\s+to|awaiting|await(?:s|ed)?|pending|"
    r"protect(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?from|shield(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?from)\s+"
    r"(?:(?:possible|imminent|potential|likely|eventual|swift|quick|mass)\s+)?(?:being\s+)?"
    r"(?:deport\w*|removal|removed|expulsion|expelled|arrest(?:ed)?|detention|detained)\b|"
    r"\b(?:final\s+)?(?:orders?\s+of\s+(?:removal|deportation)|(?:removal|deportation)\s+orders?)\b",
    _I,
)
#: People counted as protesters: their arrests are for their protest, not immigration enforcement against them
#: (GUIDELINES §1: ordinary police arrests with no immigration purpose), wherever the protest was.
PROTESTERS = re.compile(
    r"(?:[\w-]+\s+){0,2}?\b(?:protesters|protestors|demonstrators|counter-?protesters|rioters)\b(?!['’])", _I
)

# ---------------------------------------------------------------------------------------------
# Datelines: a story's dateline and the town it is told from
# ---------------------------------------------------------------------------------------------

#: A story's dateline before its first sentence ("ADELANTO, Calif. — ", "EL PASO, Texas (AP) - "), optional; its city
#: in capitals (case-sensitive inside patterns that ignore case). Not built from `DATELINE_AFTER`: it holds the city
#: too, and after it takes any parenthesis, any run of dashes and no space, as it only lets a partitive opening
#: through ("EL PASO — Of those arrested, ..."); the two differ, so joining them would be a measured change.
DATELINE = (
    r"(?-i:(?:[A-Z][A-Z.'-]+\s+){0,3}[A-Z][A-Z.'-]+(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s*(?:\([^)]{1,30}\)\s*)?[—–-]+\s*)?"
)
#: What follows a dateline's place: "WASHINGTON — ", "EL PASO, Texas (AP) — " (read by `at_dateline`).
DATELINE_AFTER = re.compile(
    r"^(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:\([A-Za-z .]+\)\s*)?[—–-]{1,2}\s", re.UNICODE
)


def at_dateline(text: str, start: int, end: int) -> bool:
    """Whether the place named at `start:end` of `text` is its dateline ("AUSTIN, Texas — "): in the first 200
    characters, no full stop before it, a dateline's dash after it. Where the story was filed, not where a count
    happened."""
    return start < 200 and "." not in text[:start] and bool(DATELINE_AFTER.match(text[end : end + 40]))


#: A place named by its kind that points back to the town the story is told from: "in the city", "across the area".
TOWN_BY_KIND = re.compile(
    r"\b(?:in|across|around|throughout|near)\s+the\s+(?:city|area|metro(?:politan)?\s+area|neighbou?rhood|county)\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# Parts, wholes and shares: where a number stands towards the group counted before it
# ---------------------------------------------------------------------------------------------

#: A bare number followed by its own verb is the subject of a clause of its own.
BARE_SUBJECT = re.compile(r"\s+(?:had|have|has|were|was|did|are)\b", _I)
#: A qualifier right before a number ("about", "more than", "~"): set aside when asking whether the number
#: opens its sentence.
QUALIFIER_END = re.compile(
    r"(?:just\s+)?(?:about|nearly|almost|more\s+than|over|some|approximately|roughly|around|at\s+least|fewer\s+than|"
    r"less\s+than|an\s+estimated|only|just|merely|a\s+mere|~)\s*$",  # "deported only 340": a count said small
    _I,
)
#: "Of those, 812 ...", "Among them, 40 ...": the number is a part of the group counted before.
OF_THOSE_BEFORE = re.compile(r"^\W*(?:of|among)\s+(?:them|those|these|whom)\s*,?\s*(?:\w+\s+){0,2}?$", _I)
#: A subject that points back to the group counted before, then a verb of inclusion: "Those included 300 women",
#: "The total included more than 40 children", "They comprised 12 families" (a part of that group).
POINTING_INCLUDES = re.compile(
    r"^\W*(?:those|they|these|the\s+(?:total|figure|group|tally|count|number)|that\s+(?:total|figure|group|number))\s+"
    r"(?:also\s+)?(?:included|include|includes|comprised|were\s+made\s+up\s+of)\s+"
    r"(?:(?:about|nearly|more\s+than|at\s+least|some|roughly|almost|over)\s+)?$",
    _I,
)
#: A level given in parentheses after the period it belongs to: "from July 2022 (181,834)", "last year (4,310)".
PERIOD_PAREN_BEFORE = re.compile(
    r"\b(?:(?:19|20)\d\d|year|month|week|quarter|period)\s*\(\s*(?:about|nearly|some|more\s+than|roughly)?\s*$", _I
)
#: An event noun as the label of a list or table cell: "Arrests: 143,000", "| Removals | 256,000".
LABEL_BEFORE = re.compile(rf"\b(?P<noun>{EVENTS})\s*(?:\([^()]{{0,30}}\)\s*)?(?::|\|)\s*$", _I)
#: "the smugglers charged 40 migrants $5,000 each": a number between "charged" and a price counts those who paid a
#: fee, not people prosecuted.
CHARGED_JUST_BEFORE = re.compile(r"\bcharg(?:ed|es|ing)\s+$", _I)
FEE_AFTER = re.compile(rf"\s*(?:[\w-]+\s+){{0,3}}?{PRICE}", _I)
#: "Of the 97 people arrested in Dallas, 40 ...": the number after a partitive whole is a part of it.
OF_THE_WHOLE_BEFORE = re.compile(
    rf"^\W*{DATELINE}(?:of|among)\s+(?:the\s+)?(?:(?:more|fewer)\s+than\s+|nearly\s+|about\s+|some\s+|"
    rf"roughly\s+)?[\d,.]+"
    r"\b[^.;]*,\s*(?:(?:about|nearly|only|just|some|roughly|almost)\s+)?$",
    _I,
)
#: A breakdown's predicate names a kind of person or where the part was, not another action: "were children",
#: "were from Mexico", "were Mexican nationals", "are women", "were in Dallas", "took place in Harris County".
BREAKDOWN = re.compile(
    rf"^\s*,?\s*(?:were|was|are|is)\s+(?:also\s+)?(?:(?:from\b.*)|(?:(?:[\w-]+\s+){{0,3}}?(?:{PEOPLE})\b)|"
    rf"{PLACED})|"  # "Of those, 97 were in Dallas": where a part of the group was
    # "Of the 212 arrests, 97 took place in Harris County": where that part of the action happened
    rf"^\s*,?\s*(?:took\s+place|happened|occurred|were\s+made|came)\s+{PLACED}",
    _I,
)
#: A part of the people held that is still held, told by how long: "Of the 1,400 detainees at the facility, about 480
#: have been there longer than six months", "... 212 have been held for more than a year", "90 remain in custody".
STILL_HELD = re.compile(
    r"\s*,?\s*(?:(?:have|has|had)\s+(?:now\s+|already\s+)?been\s+(?:there|held|detained|jailed|locked\s+up|"
    r"in\s+(?:ICE\s+)?(?:custody|detention))|remain(?:s|ed)?\s+(?:there|held|detained|jailed|"
    r"in\s+(?:ICE\s+)?(?:custody|detention)))\b",
    _I,
)
#: "97 of them", "12 of those": the counted noun is the group counted before.
OF_THEM = re.compile(r"\s*(?:out\s+)?of\s+(?:them|those|these|whom)\b", _I)


#: A bare number, its share in apposition, then its own verb: "1,400, or 70 percent, had no criminal record".
APPOSED_SUBJECT = re.compile(
    r"\s*,\s*(?:or\s+)?(?:about\s+|nearly\s+|roughly\s+|some\s+|more\s+than\s+|almost\s+)?[\d.,]+\s*"
    r"(?:%|percent|per\s*cent)(?:\s+of\s+(?:them|those|the\s+total))?\s*,\s*"
    r"(?P<verb>(?:had|have|has|were|was|are|is|did)\b)",
    _I,
)
#: Where a whole's own words end and its share's record begins: "... ICE is holding | have no criminal convictions".
RECORD_PREDICATE = re.compile(
    r"\s(?:had|have|has|were|was|are|is|did|do|does)\s+(?:not\s+|no\s+|never\s+|been\s+|prior\s+|previous\s+|clean\s+|"
    r"any\s+|ever\s+|already\s+|\w+ly\s+)*(?:criminal|convict|records?|histor|felon|misdemeanor|rap\s+sheet)",
    _I,
)
#: A bare number, then a relative clause of its people's record: "212 who had no criminal record", "300 who have
#: been convicted of crimes", "40 that had prior convictions" (what the people are, told by their own clause).
RELATIVE_RECORD = re.compile(r"\s+(?:who|that)(?=" + RECORD_PREDICATE.pattern + ")", _I)
#: A number in apposition to a share, then its verb: "more than half, 45, had no criminal record".
APPOSED_BARE = re.compile(r"\s*,\s*(?P<verb>(?:had|have|has|were|was|are|is|did|remain(?:s|ed)?)\b)", _I)
#: The same set off by dashes: "Nearly half — 160 — had no criminal record".
APPOSED_DASH = re.compile(r"\s*[—–]\s*(?P<verb>(?:had|have|has|were|was|are|is|did)\b)", _I)
#: The qualifier of a share's whole, between "of the" and its number: "72% of the roughly 1,300 people held".
WHOLE_QUALIFIER = (
    r"(?:(?:more|fewer)\s+than\s+|nearly\s+|about\s+|some\s+|over\s+|roughly\s+|approximately\s+|almost\s+|"
    r"around\s+)?"
)
#: A share said as a fraction in words: "half", "two-thirds", "three-quarters", "a large majority", "most".
SHARE_FRACTION = (
    r"half|(?:one|two|a)[-\s]thirds?|(?:one|a|three)[-\s]quarters?|(?:one|two|three|four)[-\s]fifths?|"
    r"(?:a|the)\s+(?:large\s+|vast\s+|slim\s+)?majority|most"
)
#: A share said as a fraction or a quantifier, then the whole it is part of: "more than half of the 230 people
#: arrested had been convicted", "two-thirds of the 90 detained", "most of the 400 people held".
FRACTION_OF = re.compile(
    rf"\b(?:{SHARE_FRACTION}|many|some|few|none)\s+of\s+(?:the|those|these)\s+" + WHOLE_QUALIFIER + r"$",
    _I,
)
#: A share said in words, then restated in numbers in the next sentence: "Nearly two-thirds of the people held have
#: never been convicted. That is 214 of the 330 detainees." The pointing subject and its copula before the part ...
RESTATED_PART = re.compile(
    r"^\W*(?:that|this|it)\s*(?:is|was|'s|’s|means|meant|amounts?\s+to|amounted\s+to|works?\s+out\s+to|"
    r"worked\s+out\s+to|comes?\s+to|came\s+to|represents?|represented)\s+"
    r"(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?$",
    _I,
)
#: ... the partitive after it ("of the 330", "out of 330") ...
RESTATED_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?" + WHOLE_QUALIFIER + r"\d", _I)
#: ... and the share in words of the sentence before, which the restated part stands for.
SHARE_IN_WORDS = re.compile(
    rf"\b(?:{SHARE_FRACTION}|(?:\d+(?:\.\d+)?|\w+)\s*(?:%|percent|per\s*cent))"
    r"\s+of\b",
    _I,
)
#: A share's verb after its subject: "Immigrants without criminal records made up 44 percent of those held".
SHARE_VERB_BEFORE = re.compile(
    r"\b(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|accounts?\s+for|represent(?:ed|s)?|compris(?:ed|es|e)|"
    r"constitut(?:ed|es|e))\s*$",
    _I,
)
#: The opening of a partitive whole: "Of the 2,000 people arrested, ...", "Among the more than 300 detained, ...".
WHOLE_OPENER = re.compile(
    r"^\W*(?:of|among)\s+(?:the|those|these)\s+(?:(?:more|fewer)\s+than\s+|nearly\s+|about\s+|some\s+|roughly\s+|"
    r"almost\s+|over\s+)?$",
    _I,
)
#: A kind of person that a breakdown names, as opposed to the people counted as a whole ("people", "immigrants").
KIND_OF_PERSON = (
    r"men|women|children|adults|minors|juveniles|teenagers|teens|boys|girls|infants|babies|families|mothers|fathers|"
    r"parents|nationals|citizens|(?-i:[A-Z][a-z]+(?:ans|ese))"
)
#: A part in apposition to the count before it, its kind of person after a comma, colon or dash and no verb between:
#: "arrested 54 people at the plant, 41 men and 13 women", "detained 21 people — 15 men and six women —".
APPOSED_PART = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + PEOPLE
    + r")\b(?:(?!\b(?:were|was|are|is|had|have|has|said|says)\b)[^.;,—–:]){0,60}"
    r"(?:,|:|\s[—–])\s*(?:(?:about|nearly|some|roughly|almost)\s+)?$",
    _I,
)
#: The optional qualifier of a part that opens its clause ("Of those arrested, about 700 ...", "; nearly 350 were
#: women"). `APPOSED_PART` and `NUMBER_LABEL` take other subsets, and `OF_THE_WHOLE_BEFORE` this list without
#: "more than": merging them changes which numbers are read as parts (see `LEVEL_QUALIFIER`).
PART_QUALIFIER = r"(?:(?:about|nearly|only|just|some|roughly|almost|more\s+than)\s+)?"
#: A group named before a part without a number of its own, at the head of the sentence: "Of those arrested, 700 ...",
#: "Among those detained in the raid, 40 ...", "Of the deportees, 350 ...", "Of that number, 700 ..." (the group
#: counted before).
OF_THE_GROUP_BEFORE = re.compile(
    rf"^\W*{DATELINE}(?:of|among)\s+(?:(?:them|those|these|whom)(?:\s+[\w-]+){{1,5}}?|(?:the|those|these)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{PEOPLE}|{EVENTS})\b(?:\s+[\w-]+){{0,5}}?|"
    r"(?:that|this|the)\s+(?:number|total|figure|group|tally|count))\s*,\s*"
    rf"{PART_QUALIFIER}$",
    _I,
)
#: A part that opens a clause of its own after a semicolon or colon: "deported 1,000 people on 12 flights; 350 were
#: women".
PART_AFTER_SEMICOLON_OR_COLON = re.compile(rf"[;:]\s*{PART_QUALIFIER}$", _I)
#: A breakdown by nationality said as an adjective: "700 of whom were Guatemalan", "Of those, 40 were Cuban".
KIND_ADJECTIVE = re.compile(
    r"^\s*,?\s*(?:were|was|are|is)\s+(?:also\s+)?(?-i:[A-Z][a-z]+(?:an|ese|ish|ch|i))\s*(?:[,.;)]|$|\s+(?:and|or)\b)",
    _I,
)
#: A part's predicate that names a kind of person (not where or whence): "were unaccompanied children", "were women".
KIND_PREDICATE = re.compile(
    rf"^\s*,?\s*(?:were|was|are|is)\s+(?:also\s+)?(?:[\w-]+\s+){{0,2}}?(?:{KIND_OF_PERSON}|unaccompanied|minors)\b"
    r"(?!\s+(?:who|that|whom)\b)",
    _I,
)


# ---------------------------------------------------------------------------------------------
# The border: where a count is at or near it (border apprehensions) or inside the country (arrests)
# ---------------------------------------------------------------------------------------------

#: Points along the land borders (lat, lon), Pacific to Gulf and Pacific to Atlantic: a town within
#: `NEAR_BORDER_KM` of one is "at or near the border" (GUIDELINES §2 border_apprehensions); the 100-mile
#: zone in which Border Patrol works.
BORDER_POINTS = (
    *((32.54, -117.03), (32.62, -116.0), (32.72, -114.72), (32.2, -113.5), (31.88, -112.5), (31.33, -111.0)),
    *((31.33, -109.5), (31.33, -108.2), (31.78, -106.5), (30.6, -105.0), (29.56, -104.4), (29.2, -103.2)),
    *((29.8, -101.8), (29.36, -100.9), (28.7, -100.5), (27.5, -99.5), (26.4, -99.0), (26.1, -98.3)),
    *((25.9, -97.5), (49.0, -123.0), (49.0, -120.0), (49.0, -117.0), (49.0, -114.0), (49.0, -111.0)),
    *((49.0, -108.0), (49.0, -104.0), (49.0, -100.0), (49.0, -97.0), (48.6, -93.4), (48.0, -89.6)),
    *((46.5, -84.4), (45.0, -82.5), (42.3, -83.0), (41.7, -82.0), (42.9, -78.9), (43.5, -76.5)),
    *((44.3, -75.8), (45.0, -74.7), (45.0, -71.5), (47.4, -68.3), (45.1, -67.0)),
)
NEAR_BORDER_KM = 160.0
#: States that touch no land border: a town there, or the state itself, is inside the country.
INTERIOR_STATES = frozenset(
    {
        *("Alabama", "Arkansas", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii"),
        *("Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maryland", "Massachusetts"),
        *("Mississippi", "Missouri", "Nebraska", "Nevada", "New Jersey", "North Carolina", "Ohio", "Oklahoma"),
        *("Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Utah"),
        *("Virginia", "West Virginia", "Wisconsin", "Wyoming", "Washington, D.C.", "District of Columbia"),
    }
)
#: The border named as where something happened (not "Border Patrol", "Customs and Border Protection").
BORDER_PLACE = rx(
    r"border(?!\s+(?:Patrol|Protection|czar|agents?|officers?|officials?|chief|security|enforcement|policy))",
    r"ports?\s+of\s+entry",
    r"sectors?",
    r"cross(?:ed|ing|ings)?\s+(?:into|the|illegally)",
    r"Rio\s+Grande",
)
#: The border named only as a distance away: "hundreds of miles from the border", "far from the border" (no
#: border place: a sentence that says so is not set at the border).
FAR_FROM_BORDER = re.compile(
    r"\b(?:miles|kilometers|kilometres|km|far|away|hours?)\s+(?:away\s+)?from\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?border\b",
    _I,
)


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
#: "Tucson: 8,870"), read as an item of the lead line above it.
BARE_ROW = re.compile(r"\s*[A-Z][A-Za-z.'’ -]{1,40}?:?\s+\d[\d,.]*\s*$")
#: The qualifier set aside before a number's frame is read (`before_level` in counts.py): `LEVEL_QUALIFIERS`, and the
#: qualifiers of a bound that still state the level ("fell to fewer than 900", "at least 45", "upwards of 900";
#: GUIDELINES §2: "less than 10%" = 10 percent). "over" stays out: "rose over 50,000" is a level by its verb.
FRAME_QUALIFIER = re.compile(
    rf"\s*(?:just\s+)?(?:{LEVEL_QUALIFIERS}|fewer\s+than|less\s+than|at\s+least|as\s+many\s+as|upwards\s+of|"
    r"an\s+estimated)\s*$",
    _I,
)
#: The rank of a numbered list item: "2. Houston - 12,880" (not a count).
ITEM_RANK = re.compile(r"\s*\d+\.(?=\s)")
#: A number that opens a list item and labels what follows its colon: "- 59,000: people in ICE detention".
NUMBER_LABEL = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:(?:about|nearly|more\s+than|some|over)\s+)?[\d,.]+\s*(?:million\s*)?$", _I
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
#: for the protest, no enforcement count (read on the number's clause after the number).
AT_PROTEST = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,4}?(?:at|during|after|outside|near|following|amid)\s+(?:a|an|the|[\w’'-]+['’]s)\s+"
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
# Immigration detention settings: what tells a population held in immigration detention (GUIDELINES §2
# detentions: "a population, a facility's headcount") from a town's, a county's or a jail's own population
# ---------------------------------------------------------------------------------------------

#: Where people are held for immigration: a detention facility or center, custody, detainees. A `POPULATION` phrase
#: told as a headcount of people held (`HELD_POPULATION`: "an average daily population of 1,712") beside one of
#: these is no town's population ("The facility had an average daily population of 1,712"); a jail named without
#: them stays a jail (`jail` trap). ICE or "immigration" as a setting was measured and left out (one more heldout9b
#: spurious count).
DETENTION_SETTING = rx(
    r"detention",
    r"detainees?",
    r"custody",
    r"processing\s+centers?",
    r"facility",
    r"facilities",
)


# ---------------------------------------------------------------------------------------------
# Parts told after their whole in the same sentence
# ---------------------------------------------------------------------------------------------

#: A relative partitive right after the whole, before the part's number: "ICE detained 1,100 people, of whom 700 were
#: Mexican nationals" (the same part as "700 of whom were"), "among whom 40 were children".
OF_WHOM_BEFORE = re.compile(
    r",\s*(?:of|among)\s+whom\s+(?:(?:about|nearly|more\s+than|at\s+least|some|roughly|almost|over)\s+)?$", _I
)
#: A bare part's predicate that names where its people come from: "ICE arrested 800 people. About 300 were from
#: Honduras." (a part by origin, as "Some 1,200 were unaccompanied children" is one by kind of person).
ORIGIN_PREDICATE = re.compile(r"^\s*,?\s*(?:were|was|are|is)\s+(?:also\s+|originally\s+)?from\s+(?-i:[A-Z])", _I)


# ---------------------------------------------------------------------------------------------
# Verbs whose object stands before their preposition
# ---------------------------------------------------------------------------------------------

#: "booked" right before its object: "ICE booked 2,200 people into the Adelanto facility" (with `BOOKED_INTO_DETENTION`
#: on the clause: held in immigration detention).
BOOKED_BEFORE = re.compile(r"\bbook(?:ed|s|ing)\s*$", _I)


# ---------------------------------------------------------------------------------------------
# Numbers that count no people touched by enforcement, in long stories (read by
# `counts._not_counted`): places' populations, ratios, arrests for other crimes, what a vehicle or room can take,
# things `THINGS` does not name, court caseloads, shares of things, ages, sizes of groups
# ---------------------------------------------------------------------------------------------

#: A place named by its kind, then its population: "the city of 21,000", "a county of about 67,000 people", "a
#: country of 11.7 million" (GUIDELINES §2: a population is no count). The qualifier before the number is set aside.
PLACE_POPULATION_BEFORE = re.compile(
    r"\b(?:city|town|village|hamlet|county|parish|borough|state|province|country|nation|island|suburb|"
    r"municipality|metro(?:politan)?\s+area|capital)\s+of\s+(?:just\s+|only\s+)?$",
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
    r"disorderly\s+conduct|vandalism|property\s+damage|damaging|resisting\s+arrest|"
    r"fail(?:ing|ure)\s+to\s+(?:obey|disperse|comply)|disobey\w*|"
    r"assault\w*|attacking|imped\w*|obstruct\w*|interfer\w*|riot\w*|looting"
)
#: An arrest or charge for such a crime, right after its number: "88 arrests for drunken driving", "9,800 DUI
#: arrests", "arrested 40 people on drug charges", "19 were charged with failing to obey lawful orders".
OTHER_OFFENCE_AFTER = re.compile(
    rf"^\s*(?:other\s+|more\s+|separate\s+)?(?:{OTHER_OFFENCE})(?:-related)?\s+arrests\b|"
    r"^\s*(?:[\w-]+\s+){0,3}?(?:for|on|with)\s+(?:suspicion\s+of\s+|charges?\s+of\s+|allegedly\s+|"
    rf"(?:state|local|criminal|felony|misdemeanor|federal|separate)\s+)*(?:{OTHER_OFFENCE})\b",
    _I,
)
#: An immigration angle in the same words, which keeps the count: "on drug and illegal re-entry charges".
IMMIGRATION_OFFENCE = rx(r"immigra\w*", r"deport\w*", r"ICE", r"re-?entry", r"illegal(?:ly)?\s+ent\w*", r"smuggl\w*")
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
#: goods, papers and calls, measures (GUIDELINES §2: counts of things are no counts of people).
MORE_THINGS = (
    r"offices|field\s+offices|stations|headquarters|courtrooms|courts|sectors|ports|crossing\s+points|bridges|lanes|"
    r"runways|places|spots|schools|churches|farms|ranches|buildings|houses|apartments|rooms|floors|toilets|showers|"
    r"boats|pangas|ships|helicopters|aircraft|drones|cameras|trucks|trailers|vans|SUVs|"
    r"rifles|handguns|pistols|guns|weapons|firearms|cellphones|phones|meals|snacks|cattle|"
    r"tips|cards|inspections|deficiencies|complaints|indictments|lawsuits|suits|hearings|interviews|citations|tickets|permits|"
    r"ballots|seats|jobs|positions|shifts|tons|grams|ounces|kilometers|square\s+miles|degrees"
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
# Deaths in custody and removals: whose custody a death is in
# ---------------------------------------------------------------------------------------------

#: A jail's own deaths: people the sentence names as inmates, prisoners or citizens, with no immigration word
#: ("Three inmates died in the county jail last year"): GUIDELINES §2 counts deaths in immigration custody only.
JAIL_DEATH = rx(r"inmates?", r"prisoners?", r"(?:U\.S\.\s+)?citizens?")
#: The immigration side of a sentence that names a jail: its deaths stay in immigration custody.
IMMIGRATION_HELD = rx(
    *CUSTODY_WORDS,
    r"ICE",
    r"Border\s+Patrol",
    r"CBP",
    r"immigra\w*",
    r"migrants?",
)
#: A death told with its cause: "died of COVID-19", "deaths from heart failure". The cause is an illness, yet the
#: count is of deaths, not of people sick (the MEDICAL trap is for infections, not for deaths).
DIED_OF = rx(r"(?:died|dies|die|deaths?|succumbed)\s+(?:of|from|to)")
#: Deaths told with where they happened, before a level: "Deaths in immigration detention have climbed to 30". The
#: place's noun ("detention") is no subject of its own: the deaths are what the level counts.
DEATHS_IN = re.compile(
    r"\b(?:deaths|fatalities|suicides)\s+(?:in|at|inside)\s+"
    # a custodian named in full first: "Deaths in U.S. Immigration and Customs Enforcement detention rose to 29"
    r"(?:(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+)+(?:(?:and|of)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+)+)*)?"
    r"(?:[\w-]+\s+){0,3}$",
    _I,
)
#: A level told inverted, its number before what it counts: "That brings to 14 the number of people who have died
#: in ICE custody", "bringing to 5,000 the total deported this year". What follows the number names the count.
BROUGHT_TO = re.compile(
    r"\b(?:bring|brings|bringing|brought)\s+to\s+(?:(?:about|nearly|more\s+than|at\s+least)\s+)?$", _I
)
THE_NUMBER_AFTER = re.compile(r"\s+the\s+(?:total\s+)?(?:number|total|tally)\s+(?:of\s+)?(?P<what>[^.;:]{1,100})", _I)
#: A bare number whose relative clause is its predicate: "one of 20 who died in ICE custody", "the 40 who were
#: deported in May". The clause's verb tells what happened to those counted.
WHO_DID = re.compile(
    r"\s+(?:who|that)\s+(?:(?:had|have|has|were|was)\s+)?(?:(?:since|already|later)\s+)?(?:been\s+)?"
    r"(?P<verb>died|deported|removed|expelled|repatriated|passed\s+away|killed\s+themselves)\b"
    # a past record is the people's history, not what this story did to them: "212 who had been deported before"
    r"(?![^,;.]{0,40}\b(?:before|previously|earlier|prior|in\s+the\s+past|once|twice|times)\b)",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A total of deaths named by where it stands: "The two deaths bring the total in ICE custody to 12"
# ---------------------------------------------------------------------------------------------

#: A death told before a level's subject ("The two deaths bring the total ...", "A man died Tuesday, bringing the
#: total ..."): a total that names only where it stands ("in ICE custody") counts those deaths, not people held.
DEATH_BEFORE_TOTAL = rx(r"deaths?", r"died", r"dies", r"fatalit(?:y|ies)", r"suicides?")
#: What a total counts said with its own people or holding verb ("the total held", "the number of detainees"):
#: then the total is of those, whatever death the sentence told before.
TOTAL_OWN_COUNTED = re.compile(rf"\b(?:{PEOPLE}|held|holding|housed|detained|locked\s+up)\b", _I)

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
#: a count (`_trap`). Read later in `counts._trap` than `AVERAGED_BEFORE`: a retraction before it wins.
FLOW_AVERAGED_BEFORE = re.compile(
    r"\b(?:daily|weekly|per-day|nightly)\s+(?:[\w-]+\s+){0,2}?(?:arrests|apprehensions|encounters|crossings|"
    r"deportations|removals|book-?ins|expulsions)\s+(?:[\w-]+\s+){0,3}?averag(?:ed|es|e)\s+"
    r"(?:(?:about|nearly|roughly|around|just|only|more\s+than|over|some)\s+)?$",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A total set off by commas after its noun
# ---------------------------------------------------------------------------------------------

#: A total told as an aside after the noun it counts: "The arrests, 361 in total, were spread across 19 cities", "The
#: detainees, about 500 in all, were moved" (the noun names the count; `IN_ALL_AFTER` follows the number).
APPOSED_TOTAL_BEFORE = re.compile(rf"\b(?P<noun>{EVENTS}|detainees|deportees)\s*,\s*$", _I)
IN_ALL_AFTER = re.compile(r"\s+in\s+(?:all|total)\b", _I)


# ---------------------------------------------------------------------------------------------
# People stopped in the act of crossing
# ---------------------------------------------------------------------------------------------

#: "stopped" with the crossing told after its object: "Agents stopped 42 people crossing the border near Del Rio",
#: "stopped 300 migrants trying to enter illegally" (GUIDELINES §2 border_apprehensions: stopped at or near the
#: border); `STOPPED_ENTERING` reads "stopped 261 migrants from entering". People stopped at a port's gate or in
#: traffic are none: the crossing must follow the counted people.
STOPPED_CROSSING = re.compile(
    r"^\s*(?:(?:illegally|while|as\s+they\s+were)\s+)?"
    r"(?:crossing|(?:trying|attempting|seeking)\s+to\s+(?:cross|enter|sneak))\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# The border that sets no count there: a policy or an office named by the word, and the past of those
# counted (who tells the type of an arrest inside the country from an apprehension at the border)
# ---------------------------------------------------------------------------------------------

#: "border" naming a policy, a debate or an office, not a place: "the border czar", "border security", "the border
#: deal", "secure the border" (GUIDELINES §2 border_apprehensions are made at or near the border; "ICE arrested
#: 2,300 people, the border adviser said" were arrested inside the country).
BORDER_NOT_PLACE = re.compile(
    r"\bborder(?:[\s-]+(?:czar|adviser|advisor|security|policy|policies|crackdown|agenda|hawks?|deal|bill|funding|"
    r"debate|politics|plan)\b)(?:['’]s)?|\bsecur(?:e|ing|ed)\s+(?:the|our|its|America['’]s)\s+borders?\b",
    _I,
)
#: A relative clause that tells the past of those counted at the border ("who came across the border as children",
#: "who had been released at the border", "whom agents had caught at the border years ago"): the people's history,
#: not where ICE's clause put them (as `PAST_CROSSING` for a crossing).
PAST_AT_BORDER = re.compile(
    r"\b(?:who|whom)\s+(?:[\w’'-]+\s+){0,3}?(?:came|come|coming|arrived|arriving|\w+ed)\b[^,;]*",
    _I,
)


# ---------------------------------------------------------------------------------------------
# Numbers in what is imagined, asked or taken back, not done, and numbers of the work around enforcement (read by
# `counts._trap`, `counts._no_action_trap`, `counts._hypothetical` and `counts._not_counted`): conditions and
# imagined cases, people others help, a caseload on a docket or as a level, parts of a count of papers, yes-no
# questions, an age told by a clause of time, a threshold, a jail's headcount beside detainers, a retracted number
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
# Where a sentence tells enforcement: the scene whose place a later count carries
# ---------------------------------------------------------------------------------------------

#: Words of a sentence that tells enforcement without a count's cue of its own: a raid, an operation, the agents or
#: the agency acting, a facility or custody ("Agents descended on a plant in Canton", "the jail in Elizabeth"). A
#: sentence that names a place for a rally, a speech or a court hearing alone sets no scene for a count after it.
ENFORCEMENT_SCENE = rx(
    r"raid(?:s|ed|ing)?",
    r"operations?",
    r"sweeps?",
    r"swept",
    r"crackdown",
    r"enforcement",
    r"agents?",
    r"officers?",
    r"(?-i:ICE|CBP|HSI)",
    r"Border\s+Patrol",
    r"custody",
    r"facility",
    r"(?:detention|processing)\s+cent(?:er|re)s?",
    r"jails?",
)

# ---------------------------------------------------------------------------------------------
# Partitives with a bare whole: "171 of the 412 had criminal convictions", "how many of the 1,140 had no record?"
# ---------------------------------------------------------------------------------------------

#: A small number in words, as a bare whole or its part is often told: "Two of the five have since been deported".
_SMALL_WORD_NUMBER = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|"
    r"nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen)\b"
)
#: Right after a part's number, its whole told bare (no noun of its own), then the predicate: "171 of the 412 had
#: ...". The whole points back at a group counted before; the predicate that follows it is the part's.
BARE_WHOLE_AFTER = re.compile(
    rf"\s+(?:out\s+)?of\s+(?:the\s+|those\s+){WHOLE_QUALIFIER}(?:[\d,]*\d|{_SMALL_WORD_NUMBER})"
    r"(?=\s+(?:had|have|has|were|was|are|is|with)\b)",
    _I,
)
#: Right before a bare whole's number, its part: a number, or a question or quantifier word that leaves the part
#: unknown ("how many of the 1,140", "most of the 412"). The record predicate after the whole is the part's.
PART_BEFORE_BARE_WHOLE = re.compile(
    rf"(?:\d|\b{_SMALL_WORD_NUMBER}|\bhow\s+many|\bmost|\bmany|\bsome|\bhalf|\bnone)\s+(?:out\s+)?of\s+(?:the\s+|those\s+){WHOLE_QUALIFIER}$",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A business's employees as the people an action touched: "agents arrested 97 employees at the plant"
# ---------------------------------------------------------------------------------------------

#: The noun phrase of a number that counts employees, as `HEAD` reads it but with them as people: a worksite raid's
#: or a store's employees arrested or detained are people the action touched (`THINGS` keeps "employees" for an
#: agency's own staff: "ICE's 20,000 employees", "five ICE employees were assaulted").
STAFF_HEAD = re.compile(
    HEAD_MODIFIERS + rf"{SEP}(?P<of>{HEAD_PARTITIVE})?"
    r"(?:(?P<people>employees)|(?P<event>(?!))|(?P<thing>(?!)))\b",
    _I,
)
#: Words that make employees an agency's or a government's own staff, in their noun phrase or right before it.
OWN_STAFF = re.compile(
    r"\b(?:ICE|CBP|DHS|HSI|ERO|USCIS|Border\s+Patrol|agency|agency's|agency’s|federal|government|county|city|state|"
    r"department|administration|Homeland\s+Security)\b",
    _I,
)
#: The employees' own passive right after their noun phrase: "were detained", "have been taken into custody", "were
#: aggressively detained", with an aside in commas before it ("two employees, both U.S. citizens, were detained").
STAFF_PASSIVE = re.compile(
    # an aside in dashes too ("six employees — all with work permits — were detained"), and the verb in quotation
    # marks ("have been \"snatched\" by agents": the speaker's word for the arrest)
    r"\s*(?:,[^,;]{1,40},|\s[—–]\s?[^—–;]{1,60}\s?[—–]|[—–][^—–;\s][^—–;]{0,58}[—–])?\s*"
    r"(?:were|was|have\s+been|had\s+been|are\s+being|got)\s+[\"“]?(?:[a-z]+ly\s+)?"
    r"(?:arrested|detained|apprehended|deported|removed|handcuffed|taken\s+into\s+(?:federal\s+|ICE\s+)?custody|"
    r"(?:picked|rounded|swept)\s+up|snatched|nabbed)\b",
    _I,
)

# ---------------------------------------------------------------------------------------------
# People held by smugglers: "96 migrants held in three stash houses", "held 12 migrants for ransom"
# ---------------------------------------------------------------------------------------------

#: A number's words that say its people were held by smugglers (a stash or drop house, captive, for ransom), as
#: prosecutors' smuggling and harboring releases tell it: no immigration detention (GUIDELINES §2 detentions).
HELD_BY_SMUGGLERS = re.compile(
    r"\b(?:held|kept|hidden|locked)\s+(?:up\s+)?(?:in|at|inside)\s+(?:\w+\s+){0,2}(?:stash|drop)[\s-]?houses?\b|"
    r"\bheld\s+(?:captive|hostage|against\s+their\s+will)\b|"
    r"\bfor\s+ransom\b|\bsmugglers?\s+(?:had\s+)?(?:held|kept|were\s+holding|locked)\b",
    _I,
)


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
# A ranking's counts: the number set off after a superlative
# ---------------------------------------------------------------------------------------------

#: A number set off after a superlative that names what it counts: "Texas holds the most detainees, about 17,000",
#: "Chicago saw the largest number of arrests, 1,900, ...", "deported the most people to Mexico, about 120,000" (the
#: clause before names the action).
SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:most|fewest|(?:largest|highest|greatest|biggest)\s+(?:number|share|count|total)\s+of)\s+"
    rf"(?:[\w-]+\s+)?(?P<noun>{PEOPLE}|{EVENTS})\b(?:\s+(?:to|in|at|from|into)\s+[^,;\d]{{1,40}}?)?\s*,\s*$",
    _I,
)


# ---------------------------------------------------------------------------------------------
# Where inside the country an action happened: the setting of an arrest
# ---------------------------------------------------------------------------------------------

#: A setting of daily life inside the country where agents take people ("outside a Home Depot", "at a car wash", "at
#: their homes", "during traffic stops", "outside the courthouse"): an action there is an arrest (GUIDELINES §2
#: arrests: picked up in raids, apprehended inside the country), whatever border the story or the paragraph talks of,
#: unless the sentence sets it at the border itself or by a town near it.
INTERIOR_SETTING = rx(
    r"Home\s+Depots?",
    r"Lowe['’]s",
    r"car\s+wash(?:es)?",
    r"restaurants?",
    r"(?:their|his|her|family['’]s|a|the)\s+(?:own\s+)?homes?(?!\s+(?:countr|nations?|towns?|states?|villages?))",
    r"apartments?(?:\s+(?:complex(?:es)?|buildings?))?",
    r"workplaces?",
    r"work\s?sites?",
    r"job\s+sites?",
    r"construction\s+sites?",
    r"(?:meatpacking|processing|poultry|battery|manufacturing)\s+plants?",
    r"factor(?:y|ies)",
    r"courthouses?",
    r"immigration\s+courts?",
    r"check-ins?",
    r"schools?",
    r"churche?s?",
    r"traffic\s+stops?",
    r"bus\s+stops?",
    r"gas\s+stations?",
    r"parking\s+lots?",
    r"(?:grocery\s+)?stores?",
    r"shopping\s+(?:centers?|malls?)",
    r"malls?",
    r"hotels?",
    r"neighbo(?:u)?rhoods?",
)


# ---------------------------------------------------------------------------------------------
# A conviction people already had, told in a story that also talks of prosecution
# ---------------------------------------------------------------------------------------------

#: A conviction told as a record the people had before the action ("120 of those arrested had been convicted of
#: crimes", "had previously been convicted of illegal entry", "were convicted of felonies before", "convicted of
#: crimes"): GUIDELINES §2 convictions (those with criminal convictions or records), not this story's own prosecution
#: (`CONVICTED_IN_COURT`: "were convicted of smuggling", "pleaded guilty"), whatever crime the story prosecutes.
RECORD_CONVICTION = re.compile(
    r"\bhad\s+(?:\w+\s+)?been\s+(?:\w+\s+)?convicted\b|"
    r"\bconvicted\b[^,;.]{0,60}?\b(?:before|previously|in\s+the\s+past|prior\s+to|earlier)\b|"
    r"\bconvicted\s+of\s+(?:an?\s+|other\s+|prior\s+)?(?:(?:violent|serious|criminal|other|various)\s+)?"
    r"(?:crimes?|felon(?:y|ies)|offen[cs]es|misdemeanou?rs)\b|"
    # a record with pending charges: "70 percent of whom have been convicted or charged with crimes"
    r"\b(?:have|has|had)\s+(?:\w+\s+)?been\s+(?:\w+\s+)?"
    r"(?:convicted\s+or\s+(?:\w+\s+){0,2}charged|charged\s+or\s+(?:\w+\s+){0,2}convicted)\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# What happened to those counted next, and removals of one person
# ---------------------------------------------------------------------------------------------

#: A later deed done to the people counted, told as a coordinated verb with a pronoun object ("apprehended 300
#: migrants near Yuma and charged them with illegal entry", "arrested 40 people and later deported most of them"):
#: what happened next, while the verb before the number says what the count is.
LATER_DEED_ON_THEM = re.compile(
    r"\b(?:and|then|before|but)\s+(?:later\s+|then\s+|quickly\s+|eventually\s+|subsequently\s+)?[a-z]+(?:ed|t)\s+"
    r"(?:(?:all|most|many|some|each|several|none|both)\s+of\s+)?them\b.*$",
    _I | re.S,
)
#: "N times", "on N occasions", "on N separate occasions": a count of repetitions (removals of one person).
TIMES_AFTER = re.compile(r"\s+(?:(?:separate|different|other|prior|previous)\s+)?(?:times|occasions)\b", _I)


# ---------------------------------------------------------------------------------------------
# A share of detainer requests
# ---------------------------------------------------------------------------------------------

#: A part of a group told as a pronoun partitive ("most of them for people with no criminal record", "all of whom
#: were released"): what follows is the part's, not the share's before it.
PART_OF_THEM = re.compile(
    r",?\s*\b(?:most|many|some|all|half|none|nearly\s+all|almost\s+all|several|each|one|two|three)\s+of\s+"
    r"(?:them|those|these|whom|which)\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A record told as what the people counted were
# ---------------------------------------------------------------------------------------------

#: A copula whose complement names people by their record ("900 were criminal aliens", "65 percent of those it
#: arrested were criminal aliens", "410 were noncriminal migrants", "were not criminal aliens"): the count is of that
#: record (GUIDELINES §2 convictions, no_criminal_record), not of the action a partitive's whole names.
RECORD_NOMINAL = re.compile(
    r"^[^,;]*?\b(?:were|are|was|is)\s+(?P<np>(?:not\s+)?(?:all\s+|mostly\s+|either\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:non-?criminal|criminal|convicted)\s+(?:illegal\s+|sex\s+|violent\s+)?"
    r"(?:aliens|immigrants|migrants|offenders|noncitizens|non-citizens|felons|fugitives|deportees|detainees))\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A verdict split around its object, a return across the border
# ---------------------------------------------------------------------------------------------

#: A verdict split around its object: "a jury found 5 men guilty of harboring" (GUIDELINES §2 charged: prosecuted).
FOUND_BEFORE = re.compile(r"\bfound" + AT_NUMBER, _I)
GUILTY_AFTER = re.compile(r"^\s*guilty\b", _I)
#: People sent back over the border: "700 Mexicans were returned across the border" (GUIDELINES §2 deportations:
#: returned); people who "returned across the border" on their own were sent by nobody.
RETURNED_ACROSS = re.compile(
    r"\b(?:were|was|been|being|are|is|get|got)\s+(?:\w+ly\s+)?returned\s+(?:back\s+)?(?:across|over)\s+the\s+border\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# Sending people back, the object between the verb and "back"
# ---------------------------------------------------------------------------------------------

#: A verb of carrying people whose "back" comes after its object ("flew 130 migrants caught in the valley back to
#: Guatemala", "bused 60 people back across the border"): a removal (GUIDELINES §2 deportations: returned), whatever
#: participle tells what was done to them before.
SENDING_BEFORE = re.compile(
    r"\b(?:fl(?:ew|own|ies|y|ying)|sen(?:t|ds?|ding)|ship(?:ped|s|ping)?|bus(?:s?ed|ses|ing)|driven|drove|put)"
    + AT_NUMBER,
    _I,
)
#: ... then "back" out of the country: home, across the border, to their countries, or to a place named (`counts.py`
#: keeps it only when that place is foreign: "back to the Otero facility" moves people between U.S. sites).
BACK_AFTER = re.compile(
    r"^[^,;]*?\bback\s+(?:home\b|(?:across|over)\s+the\s+border\b|to\s+(?:their|his|her)\s+(?:home\s+)?countr|"
    r"to\s+(?P<place>(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2}))",
    _I,
)


# ---------------------------------------------------------------------------------------------
# Counts whose type is told around their sentence: a dated label, the sentence before or after, a question
# ---------------------------------------------------------------------------------------------

#: A date or year inside a label ("Arrests in fiscal 2023: 6,140", "People in ICE detention on Sept. 1: 58,300"):
#: it dates the count the label types, so `counts.py` blanks it before reading the label (`OPENING_LABEL` reads no
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
#: ICE", "The workers were taken into ICE custody", "All 22 were later deported" (`counts.py` gives a count with no
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
# Actions not taken: hoped for, expected, prevented, promised on a condition, counted per unit
# ---------------------------------------------------------------------------------------------

#: What the action's words may end on before the number: a qualifier or none.
_ACTION_QUALIFIER = r"(?:(?:at\s+least|up\s+to|as\s+many\s+as|more\s+than|about|nearly|another|an\s+additional)\s+)?$"
#: An action wished, sought or promised right before its number: "Officials hope to arrest 5,000 people", "vowed
#: to deport 1 million" (GUIDELINES §2: projections and plans are not counts).
DESIRED_ACTION = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|seek(?:s|ing)?|sought|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing))\s+"
    r"to\s+(?:(?:help|begin|start)\s+)?(?:arrest|deport|detain|remove|apprehend|expel|hold|jail|lock\s+up)\s+"
    + _ACTION_QUALIFIER,
    _I,
)
#: A number expected, not counted: "officials said they expected 50,000 deportees by year's end", "anticipates
#: about 3,000 arrests" (a projection, GUIDELINES §2).
EXPECTED_BEFORE = re.compile(r"\b(?:expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing))\s+" + _ACTION_QUALIFIER, _I)
#: An agency kept from acting on the people counted: "sanctuary laws blocked ICE from taking custody of 1,700",
#: "prevented agents from deporting 300" (an action that did not happen; "stopped 261 migrants from entering",
#: where the number is the object stopped, is an apprehension and stays a count).
KEPT_FROM_ACTING = re.compile(
    r"\b(?:block|prevent|stop|bar|keep|kept|hinder|obstruct)(?:s|ed|ped|red|ing|ping|ring)?\s+"
    r"(?:[\w.'’-]+\s+){1,4}?from\s+(?:taking\s+(?:\w+\s+)?custody\s+of|arresting|detaining|deporting|removing|"
    r"apprehending|holding|jailing|picking\s+up)\s+" + _ACTION_QUALIFIER,
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
    r"(?:[\w'’-]+\s+){0,3}?" + _ACTION_QUALIFIER,
    _I,
)
#: The definite group a condition names ("If the 1,200 workers arrested Tuesday are deported"): people counted
#: already, so their count stands.
DEFINITE_JUST_BEFORE = re.compile(r"\b(?:the|those|these|its|their|all)\s+" + _ACTION_QUALIFIER, _I)
#: How many each unit holds: "12 cells with more than 20 men each", "40 people per cell" (the size of each of many
#: units, not a count; "the 14 men each face 10 years", where "each" opens the predicate, stays one).
PER_UNIT_AFTER = re.compile(
    r"\s*(?:(?:each|apiece)\s*(?:[,.;:)—–]|and\b|$)|per\s+(?:cell|room|bed|bus|van|plane|flight|unit|pod|"
    r"dorm\w*|tent|group|officer|agent|judge|facility|center|site|shelter)\b)",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A death toll the border's agencies keep, with no custody in the sentence
# ---------------------------------------------------------------------------------------------

#: The border agency's tally named as the source of a number: "Border Patrol figures show that 283 died last year",
#: "according to CBP records" (a death toll of crossings the agency keeps, which names no custody by itself),
BORDER_TALLY = re.compile(
    r"\b(?:(?:Border\s+Patrol|CBP)(?:['’]s)?\s+(?:\w+\s+)?(?:figures|data|records|statistics|numbers|counts?|tallies|tally)|"
    r"according\s+to\s+(?:the\s+)?(?:Border\s+Patrol|CBP))\b",
    _I,
)
#: ... unlike a word of holding or of being taken in ("died in Border Patrol custody", "died at the Clint station",
#: "died hours after agents apprehended him"): GUIDELINES §2 deaths_in_custody.
HELD_OR_TAKEN = rx(
    *DETAIN_WORDS,
    r"jails?",
    r"prisons?",
    r"stations?",
    r"facilit(?:y|ies)",
    r"centers?",
    r"cells?",
    r"processing",
    r"holding",
    r"apprehend\w*",
    r"arrest\w*",
    r"caught",
    r"held",
    r"ICE",
)


# ---------------------------------------------------------------------------------------------
# People supervised instead of held: Alternatives to Detention
# ---------------------------------------------------------------------------------------------

#: The programme that watches people instead of holding them: "enrolled in Alternatives to Detention", "wear ankle
#: monitors", "on electronic monitoring", "the Intensive Supervision Appearance Program" (GUIDELINES §2 detentions
#: counts people held; those supervised at large are a population),
SUPERVISED_NOT_HELD = rx(
    r"alternatives?\s+to\s+detention",
    r"ATD",
    r"ankle\s+(?:monitors?|bracelets?)",
    r"electronic(?:ally)?\s+monitor\w*",
    r"GPS\s+(?:monitors?|trackers?|tracking|bracelets?)",
    r"Intensive\s+Supervision\s+Appearance\s+Program",
    r"ISAP",
)
#: ... unless the number's words also hold, take in or let out of detention ("detained 40 people at their ATD
#: check-ins", "booked into the detention center", "released 61,000 people from detention without ankle monitors").
HELD_IN_CLAUSE = rx(
    *DETAIN_WORDS,
    r"held",
    r"hold(?:s|ing)?",
    r"jail\w*",
    r"lock\w*\s+up",
    r"arrest\w*",
    r"booked",
    r"releas\w*",
)


# ---------------------------------------------------------------------------------------------
# The border agency named without the border: Border Patrol sent inland
# ---------------------------------------------------------------------------------------------

#: The names of the border agency. Blanked, what is left of `BORDER` in a sentence sets someone at the border (a
#: crossing, a sector, the river, the border itself); a story where nothing is left of it anywhere names the agency
#: only ("Border Patrol agents arrived in Charlotte"), and its border talk makes it no border story (`counts.py`).
BORDER_AGENCY = rx(r"Border\s+Patrol", r"CBP", r"Customs\s+and\s+Border\s+Protection")


# ---------------------------------------------------------------------------------------------
# Agents named by a word that points back to the sentence before
# ---------------------------------------------------------------------------------------------

#: A subject that points back to the agents of the sentence before ("Last year they apprehended ...", "Agents there
#: caught ...", "The agents arrested ..."): the count is made where that sentence put them, across a paragraph
#: break too (`counts.find_counts`, `counts._inland_sentences`). Read in the words before the sentence's first number.
AGENTS_POINTING_BACK = re.compile(
    r"^(?:[^,;:]{0,40},\s*|(?:last|this|in|on|by|over|during|since)\b[^,;:]{0,25}?\s)?"
    r"(?:they|(?:the|those|these|its|their)\s+(?:same\s+)?(?:agents|officers)|(?:agents|officers)\s+there)\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# ICE's interior offices by their own names
# ---------------------------------------------------------------------------------------------

#: ICE's offices and officers named without "ICE" ("HSI agents", "Enforcement and Removal Operations officers",
#: "deportation officers"): they arrest inside the country (GUIDELINES §2 arrests), read as `INTERIOR` is.
INTERIOR_AGENCY = rx(
    r"(?-i:HSI|ERO)",
    r"Homeland\s+Security\s+Investigations",
    r"Enforcement\s+and\s+Removal\s+Operations",
    r"deportation\s+officers?",
)


# ---------------------------------------------------------------------------------------------
# Operations inside the country: raids and enforcement sweeps
# ---------------------------------------------------------------------------------------------

#: An operation that takes people where they live or work ("in raids across Texas", "a raid on a construction
#: company", "in a targeted enforcement operation", "an immigration sweep"): an action in it is an arrest (GUIDELINES
#: §2 arrests: picked up in raids), read as `INTERIOR_SETTING` is (not where the sentence names the border itself or
#: a town near it). A sweep of the brush or the desert is no such operation.
INTERIOR_OPERATION = rx(
    r"raids?",
    r"raided",
    r"(?:immigration|enforcement)\s+sweeps?",
    r"(?:targeted\s+)?enforcement\s+operations?",
    r"worksite\s+(?:operations?|enforcement)",
)


# ---------------------------------------------------------------------------------------------
# Inside the country by scope: in the country's cities, inside it, at large, in jails
# ---------------------------------------------------------------------------------------------

#: An action's scope inside the country ("inside the United States", "in sanctuary cities", "in American
#: communities"), ICE's kinds of arrest ("at-large arrests", "collateral arrests") and people picked up from jails:
#: arrests (GUIDELINES §2: apprehended inside the country), read as `INTERIOR` is (only the border named in the
#: sentence itself, or its agency, makes them apprehensions). "Nationwide" and "across the country" were tried and
#: dropped: national totals of border stories are told so too (check part 0.869 -> 0.808).
INTERIOR_SCOPE = rx(
    r"(?:inside|within)\s+(?:the\s+)?(?:country|United\s+States|U\.S\.)",
    r"in\s+(?:U\.S\.|American|sanctuary)\s+(?:cities|communities)",
    r"at-large",
    r"collateral",
    r"(?:county|city|local|state)\s+jails?",
)


# ---------------------------------------------------------------------------------------------
# The border strip by its military and legal names
# ---------------------------------------------------------------------------------------------

#: The strip along the border by its military or legal name ("the national defense area", "the Roosevelt
#: Reservation"): people caught there are at the border (GUIDELINES §2 border_apprehensions), read as `STRONG_BORDER`
#: is in `counts._at_border`.
BORDER_STRIP = rx(r"national\s+defen[cs]e\s+areas?", r"Roosevelt\s+Reservation")


# ---------------------------------------------------------------------------------------------
# What a jail did with detainer requests: honoured, declined, ignored
# ---------------------------------------------------------------------------------------------

#: A disposition of requests, said of a share or a part of them ("35% of detainer requests were not honored", "300
#: were declined"): GUIDELINES §2 detainers counts requests issued, honoured or declined, so it is no composition.
REQUEST_DISPOSITION = re.compile(
    r"^\s*(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:not\s+|never\s+)?(?:\w+ly\s+)?"
    r"(?:honou?red|declined|refused|rejected|ignored|denied|lodged|issued|filed|placed|accepted|granted)\b",
    _I,
)
#: A refusal verb with a share of requests as its object ("the jail declined 35% of detainer requests"): the share
#: refused, not a decline in a level (`CHANGE_BEFORE` reads "declined 35%" as a change). A possessive before the noun
#: ("declined 35% of the jail's detainer requests") is not read, so such a share stays a change.
REFUSED_SHARE_AFTER = re.compile(
    r"^\s*(?:of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:detainers?|requests|holds)\b)",
    _I,
)
#: ... the refusal verb right before that share ("declined 35%", "declined nearly 40%").
DECLINED_JUST_BEFORE = re.compile(r"\bdeclined\s+(?:nearly\s+|about\s+|more\s+than\s+|almost\s+)?$", _I)


# ---------------------------------------------------------------------------------------------
# Deaths named by a compound whose first noun is the custody ("detention deaths")
# ---------------------------------------------------------------------------------------------

#: The head noun after a custody modifier: "ICE detention deaths totaled 12", "detention center deaths rose to 9".
#: The compound's head counts (deaths), its modifier only says where (GUIDELINES §2 deaths_in_custody).
DEATHS_HEAD_AFTER = re.compile(r"\s+(?:(?:center|facility|centre)\s+)?(?:deaths|fatalities|suicides)\b", _I)
#: People a reduced relative places in custody whose own verb is a death: "Two men held at the Adelanto facility
#: died in June", "three migrants detained in El Paso have died": deaths in custody, not a headcount.
HELD_THEN_DIED_AFTER = re.compile(
    r"\s*(?:held|detained|housed|jailed)\s+(?:at|in|by)\s+[^,;.]{1,60}?\s(?:have\s+|had\s+)?died\b", _I
)


# ---------------------------------------------------------------------------------------------
# A bare number's own "with no record" phrase
# ---------------------------------------------------------------------------------------------

#: "with no criminal record" or "without criminal convictions" right after a bare number: "including 30 with no
#: criminal record" (GUIDELINES §2 no_criminal_record: what the people are, told by their own phrase; `WITH_RECORD`
#: reads the positive "629 with criminal convictions").
WITH_NO_RECORD = re.compile(
    r"^\s+(?:of\s+(?:them|whom|those)\s+)?(?:with\s+no|without(?:\s+any)?)\s+(?:prior\s+|previous\s+)?"
    r"(?:criminal\s+)?(?:convictions?|records?|histor(?:y|ies))\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A past action told of a part of a bare whole
# ---------------------------------------------------------------------------------------------

#: A predicate that tells the people's past, not this story's action: "3 of the 40 had been previously deported",
#: "5 of the 31 were removed more than once" (GUIDELINES §2: what a group went through before is who they are).
PAST_OF_PEOPLE = re.compile(
    r"\b(?:previously|already|formerly|earlier|once\s+before|before\s+being|more\s+than\s+once|prior)\b", _I
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
# A Border Patrol sector named as where agents come from, or by its chief
# ---------------------------------------------------------------------------------------------

#: A sector named as the home of the agents or of their chief ("agents from the El Centro Sector", "the Rio Grande
#: Valley Sector's agents", "El Centro Sector chief", "the sector chief"): it names the agency, not where the people
#: were taken (GUIDELINES §2: an arrest inside the country is an arrest whoever makes it), so `counts._border_talk`
#: reads it as "Border Patrol". A sector named as a place ("apprehended 310 in the San Diego Sector", "agents in the
#: Yuma Sector") stays a border place.
SECTOR_OF_AGENTS = re.compile(
    r"(?:(?<=\bagents\s)|(?<=\bofficers\s))(?:from|of)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z][\w.'’-]*)\s+){1,4}[Ss]ectors?\b|"
    r"\b(?:the\s+)?(?:(?-i:[A-Z][\w.'’-]*)\s+){1,4}[Ss]ector(?:['’]s)?(?=\s+(?:chief|agents|officers|commander)\b)|"
    r"\b(?:the\s+)?sector(?:['’]s)?(?=\s+chief\b)",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A jail holding inmates past their release for immigration authorities: detainers honoured
# ---------------------------------------------------------------------------------------------

#: Inmates held past the day they were due out ("held 19 inmates past their release dates", "kept 40 people beyond
#: their scheduled release"): what a detainer asks (GUIDELINES §2 detainers: requests honoured), where the sentence
#: names immigration authorities (`FOR_IMMIGRATION`); people held on a detainer with no release day said stay
#: detentions (`HELD_ON_DETAINER`).
HELD_PAST_RELEASE = re.compile(
    r"\b(?:held|hold(?:s|ing)?|kept|keep(?:s|ing)?|detain(?:ed|s|ing)?)\b[^.;]{0,80}?"
    r"\b(?:past|beyond|after)\s+(?:their|his|her|the)\s+(?:scheduled\s+|planned\s+|court-ordered\s+)?"
    r"release(?:\s+dates?|\s+times?)?\b",
    _I,
)
#: Immigration authorities named as those a jail holds people for: "at ICE's request", "for immigration officials".
FOR_IMMIGRATION = rx(
    r"ICE",
    r"Immigration\s+and\s+Customs\s+Enforcement",
    r"immigration\s+(?:authorities|officials|agents|officers|agency)",
    r"federal\s+immigration",
    r"detainers?",
)


# ---------------------------------------------------------------------------------------------
# Inmates taken into ICE's custody from a jail
# ---------------------------------------------------------------------------------------------

#: A custody-taking verb right before the number ("ICE took custody of 41 inmates", "officers picked up 12 prisoners
#: from the county jail"): the people were taken, an arrest (GUIDELINES §2 arrests: taken into custody), though their
#: noun ("inmates") says they were held before.
CUSTODY_TAKEN_BEFORE = re.compile(
    r"\b(?:(?:took|take|takes|taking|taken|assumed|assume|assumes)\s+custody\s+of|"
    r"(?:picked|pick(?:s|ing)?)\s+up)(?:\s+(?:about|nearly|more\s+than|some|another))?\s*$",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A record of charges: pending charges and past charges for crimes of those an action touched
# ---------------------------------------------------------------------------------------------

#: Charges told as what people already have ("19 had pending criminal charges", "45 of those arrested had been charged
#: with crimes"): a record of those in an action (GUIDELINES §2 convictions: criminal convictions or records), not
#: this story's prosecution, which counts people charged with immigration crimes (`charged`: "19 have been charged
#: with using false documents" stays charged). Only a count already typed `charged` is retyped (`counts.
#: _correct_type`); read as a cue of its own, pending charges alone made counts the labels do not take (check part
#: counts 0.869 -> 0.860).
RECORD_CHARGES = rx(
    r"pending\s+criminal\s+charges",
    r"pending\s+charges(?!\s+(?:of|for)\b)",
    r"criminal\s+(?:charges|cases)\s+pending",
    r"(?:had|have|has)\s+(?:\w+\s+)?been\s+(?:\w+\s+)?charged\s+with\s+(?:other\s+|various\s+|violent\s+|serious\s+)?"
    r"(?:crimes|criminal\s+offen[cs]es)",
)


# ---------------------------------------------------------------------------------------------
# A conviction in this story's court, told with when or where it came
# ---------------------------------------------------------------------------------------------

#: Convicted in this story's prosecution, with the day, the court or the jury between the verb and the crime ("were
#: convicted this week of smuggling", "was convicted Tuesday in federal court of harboring", "were convicted by a
#: jury of transporting migrants"): prosecuted people (GUIDELINES §2 charged), read beside `CONVICTED_IN_COURT`.
#: A record told with a past time ("were convicted last year of crimes") is not this.
CONVICTED_AT_TRIAL = re.compile(
    r"\b(?:were|was|been|being)\s+convicted\s+"
    r"(?:(?:this\s+week|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|"
    r"in\s+(?:(?:a|the)\s+)?(?:federal|district|state|U\.S\.)\s+(?:district\s+)?court(?:\s+in\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)?|"
    r"by\s+(?:a\s+|the\s+)?(?:federal\s+)?jur(?:y|ies|ors))\s+){1,2}(?:of|on|for)\b",
)


# ---------------------------------------------------------------------------------------------
# One person's removals counted by the event noun
# ---------------------------------------------------------------------------------------------

#: One person named right before a count of removals ("a Mexican national with four prior removals", "Lopez, a
#: 44-year-old with five prior deportations", "The 41-year-old had four prior removals", "Mr. Reyes had three
#: deportations"): the removals of one person, counted as incidents (GUIDELINES §2), as `HISTORY_BEFORE` reads
#: "he has" and "a man with". A group before the number ("40 people with prior removals") is not one person.
ONE_PERSON_BEFORE = re.compile(
    r"(?:\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:national|citizen|immigrant|migrant|defendant|deportee|father|mother|"
    r"husband|wife|grandfather|grandmother|\d+-year-old|[a-z]+-year-old)|\b(?:Mr|Mrs|Ms)\.\s+[A-Z][\w'’-]+)"
    r"\s*,?\s+(?:with|(?:who\s+)?(?:has|had))\s+(?:(?:at\s+least|more\s+than|over)\s+)?$",
    _I,
)


# ---------------------------------------------------------------------------------------------
# Captives of smugglers, victims of a crime, ages beside names
# ---------------------------------------------------------------------------------------------

#: People a number counts who were the captives of smugglers, said right after their noun: "23 migrants held for
#: ransom", "14 people who had been kidnapped" (the victims, whom a charge beside them does not touch: "before
#: prosecutors charged 5 men with hostage taking").
CAPTIVES_AFTER = re.compile(
    r"\s*(?:(?:who|that)\s+(?:had\s+)?(?:been|were)\s+|(?:were|had\s+been)\s+)?"
    r"(?:held\s+(?:for\s+ransom|hostage|captive|against\s+their\s+will)|kidnapp?ed|abducted)\b",
    _I,
)
#: A crime's verb right before its number: "had sexually assaulted 2 children", "murdered three people" (the crime's
#: victims, not people an enforcement action touched; assaulting officers is a count of its own type).
CRIME_ON_VICTIMS_BEFORE = re.compile(
    r"\b(?:(?:sexually\s+|physically\s+)?(?:assault|abus|molest|rap|murder|rob|stabb|kidnapp?)(?:ed|ing)|shot|shooting)"
    r"\s+(?:(?:at\s+least|more\s+than|about|nearly|as\s+many\s+as)\s+)?$",
    _I,
)
#: A person's name right before a number in parentheses or between commas: "Daniel Ortega (17)", "Sofia, 14," (the
#: age of a person listed by name); the name (`name`, a full name before a parenthesis; `given`, any name before a
#: comma) is checked against the gazetteer ("Houston (120)" is a place's part of a breakdown; "Jefferson (8)" one
#: word before a parenthesis may be a site's).
NAME_BEFORE_AGE = re.compile(
    r"(?P<name>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*\(\s*$|(?P<given>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s*$"
)
#: A name's last word that makes it a site, not a person: "Lincoln High (12)", "Delaney Hall (40)", "Polk County (9)".
SITE_NAME_END = re.compile(
    r"\b(?:High|School|Academy|Elementary|Middle|College|University|County|City|Center|Centre|Hall|Street|Avenue|"
    r"Road|Park|Plant|Farm|Camp|Jail|Prison|Facility|Field|Office|Sector|Station|Port|Airport|Church|Market)$"
)
#: What closes an age beside a name: its parenthesis, a comma, a dash or the list's "and".
AGE_CLOSE_AFTER = re.compile(r"\s*(?:\)|,|[—–;.]|\s+and\b|$)")
#: A sentence that lists people, the cue that numbers beside its names are ages: "four teenagers", "her children".
PEOPLE_LISTED = re.compile(
    r"\b(?:teen(?:ager)?s|children|kids|sons|daughters|siblings|brothers|sisters|minors|boys|girls|ages?|"
    r"aged|family|identified\s+as|named)\b",
    _I,
)
#: People a number counts who got away, told by their own verb right after their noun: "Another 300 migrants turned
#: back into Mexico before agents reached them", "19 escaped into the brush" (no one apprehended or held them; a
#: relative clause, "300 migrants who had turned back were caught", tells their past, and their own verb follows).
EVADED_AFTER = re.compile(
    r"\s*(?:(?:were\s+able|managed)\s+to\s+|had\s+)?"
    r"(?:turned\s+(?:back|around)|fled|escaped|got\s+away|evaded|eluded|ran\s+(?:back|away|off)|slipped\s+(?:away|past|"
    r"through)|avoided\s+(?:capture|arrest|apprehension)|crossed\s+undetected)\b",
    _I,
)
#: A jail's screening of the people it books, right before their number: "checked the immigration status of 9,400
#: people booked into the jail", "flagged 820 for ICE", "the fingerprints of the 31,000 people arrested" (looked up,
#: not touched by an immigration action).
SCREENED_BEFORE = re.compile(
    r"\b(?:check(?:ed|s|ing)\s+(?:the\s+)?(?:immigration\s+)?(?:status|statuses|records?|backgrounds?|fingerprints)\s+of|"
    r"screen(?:ed|s|ing)|vett(?:ed|ing)|ran\s+the\s+(?:fingerprints|names)\s+of|flagg(?:ed|ing)|"
    r"fingerprints\s+of(?:\s+(?:every|each)\s+one\s+of)?(?:\s+the)?)\s+"
    r"(?:(?:about|nearly|more\s+than|at\s+least|some|all|the|another)\s+)*$",
    _I,
)
#: An agreement or offer to take people in, right before their number: "The country agreed to accept up to 160
#: deportees", "offered to take in 300" (GUIDELINES §2: a plan or a cap, not an action taken; "has accepted 160" is).
AGREED_TO_TAKE_BEFORE = re.compile(
    r"\b(?:agree[sd]?|agreeing|offer(?:s|ed)?|consent(?:s|ed)|pledg(?:es|ed)|willing)\s+to\s+"
    r"(?:accept|take(?:\s+in|\s+back)?|receive|admit|house|hold)\s+" + _ACTION_QUALIFIER,
    _I,
)
#: A relative clause or participle right after the people looked up that says an enforcement action took them:
#: "screened more than 200 migrants who were apprehended in the valley", "300 migrants apprehended near Eagle Pass"
#: (those are counted by it; a bare "people arrested" after a jail's screening is the jail's own booking).
ACTED_ON_RELATIVE_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:(?:who|that)\s+(?:had\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:apprehended|arrested|detained|deported|removed|expelled|caught|taken\s+into\s+(?:\w+\s+)?custody)|"
    r"(?:apprehended|detained|deported|removed|expelled|caught)\s+(?:at|near|in|by|along|on|after|during)\b)",
    _I,
)
#: A part of a group counted before whose own predicate tells a standing the GUIDELINES give no type: removal orders
#: ("45 of those arrested had prior deportation orders") or the time lived in the country ("35 percent of those
#: arrested had been in the country for less than 3 years"): who the people are, not a second action or a record
#: type (criminal records are `convictions` / `no_criminal_record`).
UNTYPED_STANDING_OF_PART = re.compile(
    r"\s*(?:percent\s+|%\s*)?(?:out\s+)?of\s+(?:the|those|them|these|whom)\b[^,;.]{0,40}?\s(?:had|have|has)\s+"
    r"(?:(?:(?:prior|previous|final|outstanding|pending|existing)\s+)*(?:(?:deportation|removal)\s+orders?|"
    r"orders?\s+of\s+(?:deportation|removal))|(?:been\s+(?:living\s+)?|lived\s+)in\s+(?:the\s+)?"
    r"(?:country|United\s+States|U\.S\.|US)\s+(?:for|since)\b)",
    _I,
)


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
#: "• Held at the Angola facility: 120", "- Booked into county jails: 41" (GUIDELINES §2: the action names the type).
PARTICIPLE_LABEL = re.compile(
    r"^\W*(?P<label>(?:arrested|apprehended|detained|deported|removed|expelled|repatriated|returned|booked|"
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
#: (GUIDELINES §2 border_apprehensions: apprehended or encountered by CBP/Border Patrol; asylum cases processed at a
#: port or by a court are none, so the Border Patrol must be named with the processing).
PROCESSED_BY_BORDER_PATROL = re.compile(
    r"\bprocessed\s+(?:at|by|in)\s+(?:a\s+|an\s+|the\s+)?(?:U\.\s?S\.\s+)?Border\s+Patrol\b", _I
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
# People found in a vehicle's load
# ---------------------------------------------------------------------------------------------

#: Where in a vehicle people ride hidden: "inside the truck", "in the back of the pickup", "in the cargo area of the
#: van", "aboard the boat".
_IN_VEHICLE = (
    r"(?:(?:hidden|crammed|packed|stuffed|concealed|locked|crowded|huddled|lying|crouching)\s+)?"
    r"(?:inside|in|aboard|on\s+board)\s+(?:the|a|an|that|one|its)\s+"
    r"(?:(?:back|bed|cargo\s+(?:area|hold|compartment)|trailer|rear|hold)\s+of\s+(?:the|a|an|that)\s+)?"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:trucks?|tractor-trailers?|semi-trucks?|trailers?|vans?|cars?|vehicles?|SUVs?|pickups?|buses|bus|boats?|"
    r"vessels?|pangas?|box\s*cars?|rail\s*cars?)\b"
)
#: The load told inverted, its people after "were": "Inside the truck were 57 migrants", "Hidden in the cargo area of
#: the van were 21 immigrants" (GUIDELINES §2 border_apprehensions: people found in a smuggling load).
LOAD_BEFORE_BE = re.compile(r"(?:^|[,;:]\s*|\b)" + _IN_VEHICLE + r"\s*,?\s+(?:were|was)\s+$", _I)
#: A verb of finding right before the number: "Agents found 57 migrants inside the truck".
FOUND_LOAD_BEFORE = re.compile(r"\b(?:found|discovered|located)\s+$", _I)
#: The load right after the counted people: "found 57 migrants inside the truck".
LOAD_AFTER = re.compile(r"\s*" + _IN_VEHICLE, _I)
#: The people's own passive of finding, then the load: "64 migrants were found crammed inside a tractor-trailer".
FOUND_LOAD_AFTER = re.compile(
    r"\s*(?:were|was|had\s+been|have\s+been)\s+(?:found|discovered|located)\s+" + _IN_VEHICLE, _I
)
#: The people found dead, not caught: "found 53 migrants dead inside a trailer", "who had died in the heat".
LOAD_DEAD = rx(r"dead", r"died", r"bodies", r"deceased", r"killed", r"perished", r"remains")
#: Who found them: enforcement named in the sentence, else a noun that says the people crossed ("migrants").
LOAD_FINDERS = rx(*ENFORCER_WORDS, r"troopers", r"deputies", r"officials", r"police")
LOAD_MIGRANTS = rx(r"migrants?", r"immigrants?", r"aliens?", r"undocumented", r"asylum[\s-]seekers?")


# ---------------------------------------------------------------------------------------------
# An event's audience
# ---------------------------------------------------------------------------------------------

#: An event (a training, a vigil, a forum) as the subject of a verb of drawing people, right before the number: "a
#: know-your-rights training drew about 60 people", "the vigil attracted 200 neighbors". Those who came are an
#: audience, not people an enforcement action touched (GUIDELINES §2: a count is of people an action touched); an
#: event noun after the verb ("netted 60 arrests") is no audience (`_trap` asks for a people noun).
AUDIENCE_BEFORE = re.compile(
    r"\b(?:dr[ae]w|draws?|drawing|attract(?:ed|s|ing)?|brought\s+out|bringing\s+out|brought\s+together|"
    r"pulled\s+in|packed\s+in)\s+$",
    _I,
)


# ---------------------------------------------------------------------------------------------
# Deaths in a jail or prison with no immigration hold
# ---------------------------------------------------------------------------------------------

#: A jail or prison named where people died: "in the county jail", "at the Hennepin County jail", "the state prison".
JAIL_NAMED = rx(r"jails?", r"prisons?", r"lockups?", r"penitentiar(?:y|ies)")
#: An immigration hold named beside the jail: ICE's or the Border Patrol's custody, an immigration word, people who
#: crossed ("migrants") or are held as detainees. Custody alone is not one: "died in custody at the city jail" is the
#: jail's (GUIDELINES §2 deaths_in_custody: people who died in immigration custody).
HELD_FOR_IMMIGRATION = rx(*IMMIGRATION_HOLD_WORDS)


# ---------------------------------------------------------------------------------------------
# People held whom a killing verb governs
# ---------------------------------------------------------------------------------------------

#: A killing verb right before the number of people held: "a fire at the detention facility killed 39 migrants"
#: (GUIDELINES §2 deaths_in_custody, read as "died" is; hurting verbs stay victims).
KILLED_HELD_BEFORE = re.compile(r"\b(?:killed|killing|kills)\s+(?:about\s+|nearly\s+|at\s+least\s+|some\s+)?$", _I)


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
#: The employees' passive after a modifier of their own: "42 employees of a roofing company based outside Omaha were
#: arrested" (`STAFF_PASSIVE` after "of/at/from ..." with no verb, comma or clause break in between).
STAFF_MODIFIER = re.compile(
    r"\s+(?:of|at|from|with)\s+(?:(?!(?:were|was|have|had|who|that|which)\b)[^,;.!?])*?(?=\s+(?:were|was|have\s+been|had\s+been|are\s+being|got)\b)",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A site's relative clause saying whom it holds: "the county jail, which holds ICE detainees"
# ---------------------------------------------------------------------------------------------

#: A jail's or a facility's non-restrictive relative clause that says whom the site holds ("the county jail, which
#: holds ICE detainees under a federal contract"): it describes the site, not the people a number of the sentence
#: counts (no number inside it; `rel` is the clause, blanked before the number's words are read).
SITE_HOLDS_RELATIVE = re.compile(
    r"\b(?:jails?|prisons?|lockups?|facility|facilities|centers?)(?P<rel>,\s+which\s+(?:also\s+)?"
    r"(?:holds|houses|has\s+held|detains|keeps)\s+[^,.;:!?\d]*?\b(?:detainees|immigrants|migrants)\b[^,.;:!?\d]*)",
    _I,
)


# ---------------------------------------------------------------------------------------------
# Prosecutions said as charges brought under a statute against the people counted
# ---------------------------------------------------------------------------------------------

#: Charges brought under a statute against the number ("filed charges under Section 1325 against 2,140 people",
#: "brought charges under 8 U.S.C. 1326 against 480 defendants"): GUIDELINES §2 charged, as "charges against" is
#: (the statute in up to three words, so the charges stay among the words that govern the number).
CUES["charged"] = re.compile(rf"{CUES['charged'].pattern}|\bcharges\s+under\s+(?:\S+\s+){{1,3}}?against\b", _I)


# ---------------------------------------------------------------------------------------------
# A part told only by the charges its people have pending: "52 of whom face pending criminal charges"
# ---------------------------------------------------------------------------------------------

#: A part whose own predicate is charges pending against its people ("ICE arrested 140 people, 52 of whom face pending
#: criminal charges", "including 19 with pending criminal charges"): who they are, not more people the action touched,
#: and no conviction (GUIDELINES §2 convictions counts criminal convictions; a pending charge is none); charges named
#: for an immigration crime ("pending charges of illegal reentry") are not read here.
PENDING_CHARGES_PART_AFTER = re.compile(
    r"\s+(?:(?:people|others|of\s+whom|of\s+them|of\s+those(?:\s+\w+)?)\s+)?(?:\w+\s+)?"
    r"(?:face|faced|faces|facing|had|have|has|with|are\s+facing|were\s+facing)\s+"
    r"(?:pending\s+(?:criminal\s+|state\s+|local\s+)?charges|(?:criminal\s+)?charges\s+pending)(?!\s+(?:of|for)\b)",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A part of the people released despite detainers, told by what they did after: "3 of them were since accused"
# ---------------------------------------------------------------------------------------------

#: A part of the people a jail released despite detainers whose own predicate is a later accusation or arrest ("3 of
#: the people released despite detainers had since been accused of new crimes"): who they became, not requests
#: (GUIDELINES §2 detainers counts the requests issued, honoured or declined).
LATER_DEED_OF_RELEASED_PART_AFTER = re.compile(
    r"\s+of\s+(?:the|those)\s+[^,;.]{0,60}?\b(?:despite|in\s+spite\s+of)\s+[^,;.]{0,30}?\bdetainers?\s+"
    r"(?:had|have|has|were|was)\s+(?:since\s+|later\s+|subsequently\s+|then\s+)?(?:been\s+)?"
    r"(?:accused|arrested|rearrested|re-arrested|charged|convicted|booked)\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# The rest of a set of detainer requests: "The other 46 were declined", "it ignored the remaining 120"
# ---------------------------------------------------------------------------------------------

#: Right before a number, the words that make it the rest of a set counted before ("the other 46", "the remaining
#: 120", "its other 12"); the verb before them, if any, is matched by `ACTS_ON_REQUEST` up to their start.
REST_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:other|remaining)\s+$", _I)
#: The rest's own passive after the number: what the jail did with those requests ("were declined", "were not
#: honored", "were turned down").
REQUEST_PASSIVE_AFTER = re.compile(
    r"\s+(?:(?:requests|detainers)\s+)?(?:were|was|have\s+been|had\s+been)\s+(?:not\s+)?(?:[a-z]+ly\s+)?"
    r"(?:honou?red|declined|refused|ignored|rejected|turned\s+down|denied)\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# The crime of re-entry named with the removal before it: "accused of re-entering the country after removal"
# ---------------------------------------------------------------------------------------------

#: Illegal re-entry written out with the removal that came before it ("re-entering the country after removal",
#: "re-entry after deportation", "returned after being deported"): the name of the crime people are charged with, so
#: no removal in the prosecution that charges them.
REENTRY_AFTER_REMOVAL = re.compile(
    r"\b(?:re-?ent(?:ry|er|ers|ering|ered)|return(?:ing|ed)?)\s+(?:[\w.]+\s+){0,3}?after\s+(?:being\s+|having\s+been\s+)?"
    r"(?:(?:previously|earlier|once)\s+)?(?:deport\w*|remov\w*|expell\w*)",
    _I,
)


# ---------------------------------------------------------------------------------------------
# People lodged by those a prosecution accuses: "prosecutors say they housed 47 workers in trailers"
# ---------------------------------------------------------------------------------------------

#: The accused of a harboring case, or a pronoun for them, lodging people right before the number ("the defendants
#: housed 47 workers", "they sheltered 20 migrants"), where a prosecution speaks ("prosecutors say", "the
#: indictment says"): people a harborer kept, not people in immigration detention (GUIDELINES §2 detentions).
HOUSED_BY_ACCUSED = re.compile(
    r"\b(?:prosecutors?|indictment|complaint|affidavit|charging\s+documents?|court\s+(?:records|documents|papers))\s+"
    r"(?:says?|said|alleges?|alleged|shows?|showed|states?|stated)\s+(?:that\s+)?"
    r"(?:they|he|she|the\s+(?:defendants?|accused|smugglers?|couple|men|women|owners?|managers?|employer|company|"
    r"contractor))\s+(?:had\s+)?(?:housed|sheltered|lodged|kept|hid|harbou?red)\s+"
    r"(?:(?:about|nearly|more\s+than|at\s+least|as\s+many\s+as)\s+)?$",
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
# The interior agency as the subject of the arrest verb: ICE's arrests near the border are arrests
# ---------------------------------------------------------------------------------------------

#: ICE, ERO or HSI (or its officers or agents) as the subject right before the verb that governs the number ("ICE
#: officers arrested 27 people in Brownsville ... near the border", "HSI agents apprehended 14 workers"): the interior
#: agency's own arrests, wherever it made them (GUIDELINES §2: border apprehensions are CBP's and Border Patrol's).
INTERIOR_AGENCY_ARRESTED = re.compile(
    r"\b(?:ICE|(?-i:HSI|ERO)|Immigration\s+and\s+Customs\s+Enforcement|Homeland\s+Security\s+Investigations|"
    r"Enforcement\s+and\s+Removal\s+Operations)(?:['’]s)?\s+(?:(?:deportation\s+)?(?:officers|agents)\s+)?"
    r"(?:(?:have|had|has)\s+)?(?:\w+ly\s+)?(?:arrested|apprehended|detained|nabbed)\s+(?:about\s+|nearly\s+|some\s+|"
    r"more\s+than\s+|at\s+least\s+|roughly\s+)?$",
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
    r"(?:halt|block|stop|stay|delay|suspend|paus|bar|prevent)\w*\s+(?:\w+\s+){0,4}?removals?\s+of\b",
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
# An unnumbered share set off after a count, and a coordinated clause of a later number's own
# ---------------------------------------------------------------------------------------------

#: A share with no number of its own set off after a counted group ("arrested 350,000 people, more than half of them
#: with criminal convictions", "charged 63 people, most of them previously deported, with reentry"): its words up to
#: the next comma tell the share's people, never the whole's (a record there is no record of all those counted).
#: "all of them" and "none of them" are not shares: what they tell is every counted person's.
UNNUMBERED_SHARE_PART = re.compile(
    rf",\s*(?:(?:more|fewer|less)\s+than\s+|about\s+|nearly\s+|almost\s+|roughly\s+|around\s+|just\s+over\s+|"
    rf"well\s+over\s+|over\s+)?(?:{SHARE_FRACTION}|many|some|several|a\s+few|few)\s+of\s+(?:them|whom)\b[^,;]*",
    _I,
)
#: A later number opening a coordinated clause of its own after a comma ("arrested 19 people in Omaha, and 11 others
#: were detained in Lincoln"): the text between the two numbers ends so; the later number has its own verb (`OWN_VERB`).
COMMA_CLAUSE_BEFORE_NUMBER = re.compile(
    r",\s+(?:and|but|while)\s+(?:another\s+|the\s+remaining\s+|the\s+other\s+)?(?:about\s+|nearly\s+|some\s+|"
    r"more\s+than\s+|over\s+|almost\s+|roughly\s+)?$",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A level whose subject is "those" and what was done to them
# ---------------------------------------------------------------------------------------------

#: A clause opening with "those" and a participle or passive relative of an action, up to a level's verb: "Those
#: arrested totaled 212", "Those deported last year numbered more than 90,000", "Those who were detained in the raid
#: numbered 148" (the deed names what the level counts; `LEVEL_BEFORE` ends it).
THOSE_ACTED_ON_SUBJECT = re.compile(
    r"\W*(?:all\s+)?those\s+(?P<deed>(?:who\s+(?:were|have\s+been|had\s+been)\s+)?(?:[a-z]+ed|held|caught|taken|"
    r"swept\s+up|picked\s+up)\b[^,;\d]{0,80}?)\s*"
    r"(?:totaled|totalled|numbered|number|totals?|reached|came\s+to|amounted\s+to|(?:rose|climbed|grew)\s+to|"
    r"(?:was|were|is|are)(?:\s+now)?)\s*$",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A total apposed to its subject: "The migrants — 212 in all — were apprehended"
# ---------------------------------------------------------------------------------------------

#: A subject of people (or "those" and a participle) set off by a comma or a dash right before an apposed total:
#: "The migrants, 212 in all,", "Those arrested — 212 in all —" (an event noun before a comma is
#: `APPOSED_TOTAL_BEFORE`'s; these add the dashes and a subject typed by its own passive after the total).
APPOSED_TOTAL_SUBJECT = re.compile(
    rf"\b(?:{PEOPLE}|those\s+[a-z]+ed)\b[^,;\d—–()]{{0,60}}?\s*(?:,|[—–]|--)\s*$",
    _I,
)
#: The apposed total's closing "in all" / "in total" and the subject's own passive after it: "212 in all — were
#: apprehended near Eagle Pass" (an active verb's object is no deed of the subject's: "— 40 in all — protested the
#: deportations").
APPOSED_TOTAL_PREDICATE = re.compile(
    IN_ALL_AFTER.pattern + r"\s*(?:,|[—–]|--)\s*(?P<predicate>(?:were|was|have\s+been|had\s+been|are|remain(?:ed)?)\b"
    r"[^,;—–()]{1,120})",
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
# Sheltered children a passive removes
# ---------------------------------------------------------------------------------------------

#: A passive of removal after a number, past any relative clause ("The 76 children, who had been held in shelters
#: since May, were deported"): those counted were removed (GUIDELINES §2 deportations), so the shelter that once housed
#: them sets no trap (the shelter rule is about detentions: children housed, not held).
PASSIVE_REMOVAL = re.compile(
    r",\s+(?:were|was|have\s+been|had\s+been)\s+(?:later\s+|then\s+|eventually\s+|quietly\s+)?"
    r"(?:deported|removed|expelled|repatriated|flown\s+(?:back|home))\b",
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
# A total set off by dashes: "Those charged — 28 people, most from Honduras — face trial"
# ---------------------------------------------------------------------------------------------

#: The first digit of a number that is no year ("in 2019" dates a clause, "arrested 400" counts in it).
NUMBER_NOT_YEAR = re.compile(r"(?<![\w,.])(?!(?:1[89]|20)\d\d\b)\d")
#: The dash that opens an aside a number opens, a qualifier allowed between ("Those charged — about 28 people"),
#: searched up to the number.
TOTAL_ASIDE_OPENING = re.compile(r"\s(?:[—–]|--)\s+(?:" + QUALIFIER_END.pattern + r")?$", _I)
#: The rest of that aside, with no verb of its own, up to its closing dash: "28 people, most from Honduras — ".
TOTAL_ASIDE_CLOSING = re.compile(
    r"(?:(?!\b(?:were|was|are|is|had|have|has|did|will|would)\b)[^;()—–]){0,60}?(?P<dash>\s(?:[—–]|--))\s", _I
)


# ---------------------------------------------------------------------------------------------
# People moved to a detention site: "moved 300 of them to a facility in Texas"
# ---------------------------------------------------------------------------------------------

#: A verb that moves people, right before their number (GUIDELINES §2 detentions: people held; the move puts them in a
#: detention site): "moved 300 of them", "transferred 120 people".
MOVED_BEFORE = re.compile(r"\b(?:moved|moving|moves|transferred|transferring|transfers|bused|flew|flown)\s*$", _I)
#: The detention site they are moved to, right after the number and its noun: "300 of them to a facility in Texas",
#: "120 people to the Otero processing center" (a place that is no site, "to Texas", "to a plant", says nothing).
TO_DETENTION_SITE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+|an?\s+|other\s+|another\s+)?(?:[\w.'’-]+\s+){0,4}?"
    r"(?:facilit(?:y|ies)|(?:detention|processing|holding)\s+(?:centers?|sites?|camps?))\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A total apposed to a comparative: "deported more people this year — 310,000 — than in any year since"
# ---------------------------------------------------------------------------------------------

#: "more people" (or "fewer") and its period, set off by a comma or dash right before the number: the number is how
#: many the clause's verb touched ("ICE deported more people this year, 310,000, than ...").
COMPARATIVE_PEOPLE_BEFORE = re.compile(
    rf"\b(?:more|fewer)\s+(?:[\w-]+\s+)?(?:{PEOPLE})\b(?:(?!{NUMBER_NOT_YEAR.pattern})[^,;—–()]){{0,40}}?"
    r"\s*(?:,|[—–]|--)\s*$",
    _I,
)
#: The comparison going on after the apposed number: "310,000 — than in any year since 2014".
THAN_AFTER_APPOSED = re.compile(r"\s*(?:,|[—–]|--)\s*than\b", _I)


# ---------------------------------------------------------------------------------------------
# A part of an action's count told by a removal in its past: "Of those, 11 had been previously removed"
# ---------------------------------------------------------------------------------------------

#: A prior removal told of a part of a group an action touched (a record of who they are, like "had prior deportation
#: orders"; GUIDELINES §2: the count is the action's): "11 had been previously removed", "9 of them had previously
#: been deported", "14 had been deported before." A removal with no word of an earlier time is the story's own ("Of
#: the 80 arrested, 11 had been deported by Friday"), and so is one "already" done or done "before" an event ("30 of
#: them had already been deported", "had been deported before the judge ruled").
PRIOR_REMOVAL_OF_PART_AFTER = re.compile(
    r"\s+(?:of\s+(?:them|those|these|whom)\s+)?had\s+(?:"
    r"(?:previously|once)\s+been\s+(?:deported|removed|expelled)\b|"
    r"been\s+(?:previously|once)\s+(?:deported|removed|expelled)\b|"
    r"been\s+(?:deported|removed|expelled)\s+(?:from\s+(?:the\s+)?(?:United\s+States|U\.S\.|country)\s+)?"
    r"(?:(?:at\s+least\s+)?(?:once|twice|\w+\s+times)\s+)?before\s*[,.;])",
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
    + _ACTION_QUALIFIER,
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
# A jail's own headcount beside an agency named elsewhere: "The jail holds 1,200 inmates, and ICE rents 80 beds"
# ---------------------------------------------------------------------------------------------

#: A jail or prison that holds the number, as the subject of its clause: "The Union County jail holds about", "the jail
#: held" (a detention or processing centre is immigration detention by its name and is not read here).
JAIL_HOLDS_BEFORE = re.compile(
    r"\b(?:jail|prison)s?\b(?:\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s+(?:\w+\s+)?"
    r"(?:holds|held|houses|housed|is\s+holding|was\s+holding)\s+(?:(?:about|nearly|roughly|some|more\s+than|over|almost)\s+)?$",
    _I,
)
#: Where a number's own words end before another's: a coordinated clause ("and ICE rents 80 beds"), a part ("including
#: 150 held for ICE"), a semicolon or a number after a comma ("900 inmates, 60 of them on detainers").
NEXT_CLAUSE_OR_PART = re.compile(r",?\s+(?:and|but|while|whereas|including)\b|;|,\s*(?=\d)", _I)


# ---------------------------------------------------------------------------------------------
# A part's whole told with its noun: "Two of the 14 plaintiffs have since been deported"
# ---------------------------------------------------------------------------------------------

#: The first finite verb after a part's whole told with its noun ("of the 14 plaintiffs have since been deported",
#: "of the 25 students were detained"): the predicate from there on is the part's, not the whole's.
WHOLE_THEN_PART_VERB = re.compile(
    r"\b(?:had|have|has|were|was|are|is|remain(?:s|ed)?|will|would|could|may|might|got|went)\b", _I
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
# Where a crossing sets people: long ago (no border place now) or right now, told without the word "border"
# ---------------------------------------------------------------------------------------------

#: A time long past, said of how the people counted came ("years ago", "as children"): their history.
LONG_AGO = (
    r"(?:(?:many|several|\w+)\s+)?(?:years?|decades?)\s+(?:ago|earlier|before)|long\s+ago|"
    r"as\s+(?:a\s+)?(?:children|child|kids?|minors?|toddlers?|infants?|babies|baby|teenagers?|teens?)|"
    r"when\s+(?:they|he|she)\s+(?:was|were)\b"
)
#: A relative clause that tells how the people counted entered the country long ago ("who crossed illegally years
#: ago", "most of whom had crossed the border as children"): their past, not where the action took them; the border
#: it names is no place of the count (GUIDELINES §2 arrests: apprehended inside the country).
LONG_AGO_CROSSING = re.compile(
    r"\b(?:(?:most|many|some|all|several|half|none|\w+)\s+of\s+)?(?:who|whom)\s+(?:had\s+|have\s+|having\s+)?"
    r"(?:\w+\s+)?(?:crossed|entered|came|come|arrived|slipped)\b[^,;.]*?\b(?:" + LONG_AGO + r")[^,;]*",
    _I,
)
#: The crossing itself told without the word "border": the people caught in the act of crossing are at the border
#: (GUIDELINES §2 border_apprehensions): "85 crossers", "migrants who waded across the river", "people trying to
#: cross" (a crossing with an object is BORDER's), "climbed the wall near Nogales".
CROSSING_ACT = rx(
    r"crossers",
    r"(?:swam|swim(?:ming)?|wad(?:ed|ing|e)|raft(?:ed|ing)|walk(?:ed|ing)|ran|running|climb(?:ed|ing)|jump(?:ed|ing))"
    r"\s+(?:over|across)\s+(?:the\s+)?(?:river|Rio\s+Grande|wall|fence)",
    r"(?:climb(?:ed|ing)|scal(?:ed|ing)|jump(?:ed|ing))\s+(?:the\s+)?(?:wall|fence)",
    r"(?:trying|tried|attempting|attempted)\s+to\s+(?:cross|sneak\s+across|slip\s+across)(?!\s+(?:the|a)\b)",
)


# ---------------------------------------------------------------------------------------------
# A jail handing people over to immigration agents, the verb before them: "transferred 54 inmates to ICE custody"
# ---------------------------------------------------------------------------------------------

#: A verb that hands people over, right before their number ("The jail transferred 54 inmates", "turned over 12").
HANDED_OVER_BEFORE = re.compile(
    r"\b(?:transferred|transferring|transfers|handed|handing|hands|turned|turning|turns)(?:\s+over)?\s*"
    r"(?:(?:about|nearly|more\s+than|some|another)\s+)?$",
    _I,
)
#: Immigration agents as those they are handed to, after the number and its noun: "54 inmates to ICE custody", "12
#: people over to immigration agents" (ICE takes them into custody: GUIDELINES §2 arrests; "to a facility" is no such).
TO_IMMIGRATION_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:over\s+)?to\s+(?:the\s+)?(?:ICE|Immigration\s+and\s+Customs\s+Enforcement|"
    r"immigration\s+(?:authorities|officials|agents|officers)|federal\s+immigration|"
    r"(?:ICE|immigration|federal\s+immigration)\s+custody)\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# People an action took, held now: "140 people arrested in the sweep remain in custody"
# ---------------------------------------------------------------------------------------------

#: The finite predicate of a subject whose participle told how they were taken, saying they are held now ("remain in
#: custody", "are still detained", "were being held at Broadview"): the count is of people held (GUIDELINES §2
#: detentions: a population), the participle their past. Plain "were detained" is the taking itself, no such state.
HELD_NOW_AFTER = re.compile(
    r"\b(?:(?:are|were|is|was)\s+(?:still\s+|now\s+)?(?:being\s+)?(?:held|jailed|locked\s+up|"
    r"in\s+(?:\w+\s+){0,2}?(?:custody|detention))|"
    r"(?:are|were|is|was)\s+(?:still\s+|now\s+)(?:being\s+)?detained|"
    r"remain(?:s|ed)?\s+(?:\w+\s+)?(?:held|detained|jailed|locked\s+up|behind\s+bars|"
    r"in\s+(?:\w+\s+){0,2}?(?:custody|detention)))\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# The border by its works, told without the word: a named checkpoint, an international bridge, the fence, the shore
# ---------------------------------------------------------------------------------------------

#: A work of the border named as where people were caught, without the word "border" (GUIDELINES §2
#: border_apprehensions: at or near the border, or at sea): "at the Falfurrias checkpoint" (a checkpoint named by its
#: town or highway, or an immigration one; a police or sobriety checkpoint is none), "at the international bridge",
#: "at the fence west of Calexico", "came ashore", "off the coast".
BORDER_WORKS = re.compile(
    r"\b(?:the|a)\s+(?:(?-i:[A-Z][\w'’-]*|\d+)\s+){1,3}checkpoints?\b|\bimmigration\s+checkpoints?\b|"
    r"\binternational\s+bridges?\b|\b(?:at|along|over|through|under)\s+the\s+(?:border\s+)?fence\b|"
    r"\bcame\s+ashore\b|\boff\s+the\s+(?:\w+\s+)?coast\b",
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
#: `counts.py` blanks it when a governing verb stands right before it, so the verb still governs the number.
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
# What else a person has, coordinated after a record: "has no criminal record and three U.S.-born children"
# ---------------------------------------------------------------------------------------------

#: A record someone has, then "and" right before the number: the number is another thing they have, not a count of
#: people with or without a record (GUIDELINES §2: "has no criminal record and three children" counts kin).
RECORD_AND_BEFORE = re.compile(
    r"\b(?:has|had|have|with)\s+(?:no\s+|a\s+|any\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:records?|histor(?:y|ies)|convictions?|offen[cs]es)\s+(?:and|but)\s*$",
    _I,
)
#: The number's own verb right after its noun phrase ("and 12 who had none"): a count of its own, not a thing had.
OWN_VERB_AFTER_HEAD = re.compile(r"\s*(?:who|that|had|have|has|were|was|are|is)\b", _I)


# ---------------------------------------------------------------------------------------------
# People a jail holds on criminal charges: "All eight were U.S. citizens held on local charges"
# ---------------------------------------------------------------------------------------------

#: Held on a criminal charge of the local or state courts: a jail's population, not immigration detention (GUIDELINES
#: §2 detentions), unless the sentence names an immigration hold (`IMMIGRANT_HELD`).
HELD_ON_LOCAL_CHARGES = re.compile(
    r"\b(?:held|jailed|detained|booked)\s+(?:\w+\s+){0,2}?on\s+(?:\w+\s+)?"
    r"(?:local|state|county|criminal|misdemeanor|felony)\s+(?:criminal\s+)?charges\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A detention site named by its kind after the story named it: "Two deaths at the same facility in 2024"
# ---------------------------------------------------------------------------------------------

#: A site named by its kind alone, definite: it points back at the site the story named before ("at the center",
#: "at the same facility", "inside the camp").
SITE_BY_KIND_AT = re.compile(
    r"\b(?:at|in|inside)\s+(?:the|that|this)\s+(?:same\s+)?(?:cent(?:er|re)|facility|camp|processing\s+cent(?:er|re))\b",
    _I,
)
#: Custody named by a sentence before: a detention site the kind above may point back at (GUIDELINES §2
#: deaths_in_custody: a death "at the center" after "died at the Adelanto ICE Processing Center" is in custody).
DETENTION_NAMED = rx(*CUSTODY_WORDS, r"ICE", r"processing\s+cent(?:er|re)s?")


# ---------------------------------------------------------------------------------------------
# An aside in dashes between a counted subject and its verb: "six employees—all of whom ...—were detained"
# ---------------------------------------------------------------------------------------------

#: A number's noun phrase (up to four words, no verb or clause break), then an aside in dashes, unspaced or spaced,
#: then the subject's own finite verb: `counts.py` blanks the aside so the verb after it is the count's predicate.
SUBJECT_ASIDE = re.compile(
    r"(?:\s+(?!(?:were|was|are|is|have|has|had|who|that|which)\b)[\w'’-]+){0,4}?"
    r"(?P<aside>(?<=\w)[—–](?=\w)[^—–;()]{1,80}?(?<=[\w.])[—–]|\s[—–]\s[^—–;()]{1,80}?\s[—–])"
    r"(?=\s*[\"“]?(?:were|was|are|is|have\s+been|has\s+been|had\s+been|got)\b)",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A part placed by a site noun and a named place: "Nine of the deaths were at facilities in Texas"
# ---------------------------------------------------------------------------------------------

#: A share's complement that places its part at sites of a named place: "at facilities in Texas", "in jails in
#: Georgia" (a breakdown by place, as `PLACED_PART`'s "in Dallas" is, not what the group is made of).
PLACED_AT_SITES_PART = re.compile(r"(?:in|at)\s+(?:[a-z-]+\s+){1,3}?(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])", _I)


# ---------------------------------------------------------------------------------------------
# A level's event subject limited by its people's record: "Arrests of immigrants with no criminal record rose to 9,200"
# ---------------------------------------------------------------------------------------------

#: The "of" phrase of an event subject that names its people by their record: the level counts those people
#: (GUIDELINES §2 convictions, no_criminal_record), not every arrest.
RECORD_OF_EVENT_SUBJECT = re.compile(
    r"\s+of\s+[^,;]{0,60}?\b(?:with(?:out)?|who\s+(?:had|have)|that\s+had)\s+(?:no\s+|any\s+|a\s+)?(?:prior\s+)?"
    r"(?:criminal\s+)?(?:records?|convictions?|histor(?:y|ies))\b|\s+of\s+(?:\w+\s+)?(?:non-?criminals?|"
    r"criminal\s+(?:aliens|immigrants|noncitizens)|convicted\s+criminals)\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A part of a group counted only in words and taken: "ICE arrested hundreds of workers, including 40 women"
# ---------------------------------------------------------------------------------------------

#: A group of people counted in words, with the verb that took it right before it ("arrested dozens of people") or
#: as its own passive after it ("Hundreds of people were arrested"): a listed part of it is a count of that action
#: (GUIDELINES §2 counts people an action touched; the vague whole itself is no count).
VAGUE_GROUP_TAKEN = re.compile(
    r"\b(?P<verb>[a-z]+(?:\s+up)?)\s+(?:dozens|hundreds|thousands|scores)"
    rf"(?:\s+of\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PEOPLE}))?\b"
    r"|\b(?:dozens|hundreds|thousands|scores)"
    rf"(?:\s+of\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PEOPLE}))?\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?P<passive>[a-z]+(?:\s+up)?)\b",
    _I,
)
#: What may stand between a list word and its part's number: nothing, or a qualifier ("including at least 12").
LIST_PART_QUALIFIER = re.compile(
    r"\s*(?:(?:just|only|at\s+least|more\s+than|over|about|nearly|almost|some|approximately|roughly|around)\s+)?",
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
# A part of the defendants told by its verdict: "Of the 60 defendants charged, 42 were convicted"
# ---------------------------------------------------------------------------------------------

#: A verdict said bare, with no crime of a record after it: "42 were convicted", "nine have since been convicted
#: and sentenced" (the prosecution's own outcome, GUIDELINES §2 charged), not "were convicted of crimes before".
CONVICTED_BARE = re.compile(
    r"\b(?:were|was|(?:have|has)\s+(?:since\s+|now\s+|already\s+)?been)\s+convicted\b"
    r"(?!\s+(?:of|for|in)\b|\s+(?:[\w-]+\s+)?(?:criminals?|felons?|offenders?|aliens?)\b)",
    _I,
)


# ---------------------------------------------------------------------------------------------
# Deaths in custody told by the sentence before: "Deaths in ICE detention are rising. Since October, 19 have died."
# ---------------------------------------------------------------------------------------------

#: A death and custody named together: "deaths in ICE detention", "detainee deaths", "died in ICE custody".
DEATHS_IN_CUSTODY_TOLD = re.compile(
    r"\b(?:deaths?|died|die)\s+(?:\w+\s+){0,2}?(?:in|while\s+in|inside)\s+(?:\w+\s+){0,3}?"
    r"(?:custody|detention|detention\s+cent(?:er|re)s?)\b|"
    r"\b(?:detainee|detention|in-custody|custody)\s+deaths?\b",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A level of detention only paid for: "the bill pays for an average of 46,000 detainees a day"
# ---------------------------------------------------------------------------------------------

#: Money for a number of people held, right before the number: a funded level, like beds no people held (GUIDELINES
#: §2: "nor are ... plans"; "dollars, beds" are not counts), read on the words before the number.
PAID_FOR_BEFORE = re.compile(
    r"\b(?:pa(?:ys?|id|ying)|payments?|fund(?:s|ed|ing)?|budget(?:s|ed|ing)?|money|financ(?:es?|ed|ing))\s+for\s+"
    r"(?:an\s+average\s+(?:daily\s+population\s+)?of\s+|up\s+to\s+|as\s+many\s+as\s+|a\s+(?:minimum|maximum)\s+of\s+)?$",
    _I,
)


# ---------------------------------------------------------------------------------------------
# A detention site's population: "the processing center's population had climbed to 730"
# ---------------------------------------------------------------------------------------------

#: The population of a site named a detention or processing site by its kind: a facility's headcount, people held
#: (GUIDELINES §2 detentions), not a place's residents (`POPULATION`'s "population of").
DETENTION_SITE_POPULATION = (
    r"\b(?:detention|processing)\s+(?:cent(?:er|re)|facility|camp)['’]s\s+(?:[\w-]+\s+)?population\b|"
    r"\bpopulation\s+(?:of|at|in)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?(?:detention|processing)\s+"
    r"(?:cent(?:er|re)s?|facilit(?:y|ies)|camps?)\b"
)
CUES["detentions"] = re.compile(rf"{CUES['detentions'].pattern}|{DETENTION_SITE_POPULATION}", _I)
HELD_SITE_POPULATION = re.compile(DETENTION_SITE_POPULATION, _I)


# ---------------------------------------------------------------------------------------------
# People an active verb pens into a holding place: "Guards kept 64 women in a holding cell"
# ---------------------------------------------------------------------------------------------

#: A penning verb right before the number (the active of `ENCLOSURE_AFTER`'s "were kept in the station"; "crammed"
#: and "packed" are left to the smugglers' loads, `SMUGGLED_BEFORE`).
PENNED_BEFORE = re.compile(rf"\b(?:locked|kept|confined){AT_NUMBER}", _I)
#: ... and the holding place its people are put in, right after their noun: "into a holding cell", "inside the
#: station" (not "waiting in the lobby", "out of the room", "into buses").
INTO_HOLDING_PLACE_AFTER = re.compile(
    rf"^\s*(?:in|into|inside)\s+(?:a|an|the|one|two|each|their|its)?\s*(?:[\w-]+\s+){{0,2}}?{HOLDING_PLACE}\b", _I
)


# ---------------------------------------------------------------------------------------------
# A part after its whole, the other way round: "Among the 430 detainees were 19 teenagers"
# ---------------------------------------------------------------------------------------------

#: The sentence opens on its whole, with its number, and the copula right before the part: "Among the 430 detainees
#: were 19 teenagers" (the comma form, "Among the 430 detainees, 19 were ...", is `OF_THE_WHOLE_BEFORE`'s).
AMONG_THE_WHOLE_WERE_BEFORE = re.compile(
    rf"^\W*{DATELINE}among\s+(?:the|those|these)\s+(?:(?:more|fewer)\s+than\s+|nearly\s+|about\s+|some\s+|"
    rf"roughly\s+|almost\s+|over\s+)?[\d,.]+\b[^.;,]*\s(?:were|was|are|is)\s+{PART_QUALIFIER}$",
    _I,
)


# ---------------------------------------------------------------------------------------------
# Removals: a past told after the removal verb, one person's removals, removals from a detention site
# ---------------------------------------------------------------------------------------------

#: A finite clause of time whose subject points back at the people counted ("returned 412 migrants to Mexico hours
#: after they were caught", "flew 37 men home once they had been screened"): what was done to them around the verb
#: before the number, not the count's own action (as `GERUND_ADJUNCT` reads "after intercepting their boat").
PRONOUN_TIME_CLAUSE = re.compile(
    r"\b(?:after|before|once|when|since|until)\s+they\s+(?:were|had|have|are)\b.*$",
    _I | re.S,
)
#: One person named by a surname opening the sentence or clause, an age set off after it, then what the person has
#: ("Ramirez, 41, had four previous deportations", "Ortega has three prior removals"): one person's removals
#: (GUIDELINES §2, unit incidents), as `ONE_PERSON_BEFORE` reads "Mr. Reyes had".
NAMED_PERSON_HAD = re.compile(
    r"(?:^|[.;]\s+|,\s+)(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+(?:,\s+\d{1,2},)?\s+(?:had|has|with)\s+"
    r"(?:(?:at\s+least|more\s+than|over)\s+)?$"
)
#: One person's removals told with a singular possessive or as a suspect's ("his four deportations", "her three prior
#: removals", "The suspect had two prior deportations"): incidents, as `NAMED_PERSON_HAD` reads a name.
ONE_PERSON_OWN = re.compile(
    r"(?:\b(?:his|her)|\b(?:the|a)\s+(?:suspect|man|woman)\s+(?:had|has|with))\s+"
    r"(?:(?:at\s+least|more\s+than|over)\s+)?$",
    _I,
)
#: One person's removals are few: a larger number after a name or "his" is an office's, a place's, a country's or a
#: president's total ("his 2 million deportations").
ONE_PERSON_REMOVALS_AT_MOST = 30
#: The site a removal takes people from ("deported 80 people from the Stewart Detention Center"): where they were
#: held before, not what the count is; the removal verb before the number types it.
FROM_DETENTION_SITE = re.compile(
    r"\bfrom\s+(?:an?\s+|the\s+|its\s+)?(?:[\w'’.-]+\s+){0,5}?(?:cent(?:er|re)|facility|jail|prison|camp)s?\b",
    _I,
)
#: An aircraft carrying the number ("The plane, carrying 128 Venezuelans, landed"): its passengers, removed when the
#: sentence before names a removal flight (`REMOVAL_FLIGHT`) that the aircraft points back to.
CRAFT_CARRYING = re.compile(
    r"\b(?:the|that|each|one|another|a\s+second|the\s+second|the\s+first)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:plane|flight|aircraft|jet|charter)s?,?\s+(?:carrying|with|which\s+carried|that\s+carried|carried)\s+"
    r"(?:(?:about|nearly|more\s+than|some|at\s+least|roughly|almost)\s+)?$",
    _I,
)
