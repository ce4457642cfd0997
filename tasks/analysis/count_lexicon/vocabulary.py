"""What a number counts and what happened to those counted: the nouns for people, events and things, the
counted noun phrase (`HEAD`), the cue words of each type, and `rx`, which every other module builds on.
"""

from __future__ import annotations

import re

from tasks.analysis.numbers import WORD_NUMBER

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
    # the people of family units counted as their members ("142 members of family units": CBP's count of people)
    r"members\s+of\s+(?:migrant\s+)?family\s+units|"
    r"brothers|sisters|sons|daughters|"
    r"siblings|cousins|relatives|husbands|wives|couples|friends|neighbors|neighbours|residents|volunteers|"
    r"laborers|nationals|citizens|non-?citizens|foreigners|refugees|asylum[\s-]seekers?|offenders|"
    r"non-?criminals|criminals|felons|fugitives|gang\s+members|"
    r"(?:crew|church|congregation|tribal|tribe|union|community|band|cartel)\s+members|defendants|suspects|deportees|inmates|prisoners|"
    r"passengers|drivers|observers|protesters|students|farmworkers|plaintiffs|undocumented|"
    r"Mexicans|Guatemalans|Hondurans|Salvadorans|Cubans|Haitians|Venezuelans|Chinese|Indians|Iraqis|"
    # the nationalities of a border or removal breakdown: "followed by 9,870 Guatemalans and 6,415 Ecuadorians"
    r"Ecuadorians|Colombians|Nicaraguans|Brazilians|Peruvians|Dominicans|Jamaicans|Russians|Ukrainians|Afghans|"
    r"Mauritanians|Senegalese|Vietnamese|Cambodians|Laotians|Koreans|Filipinos|Somalis|Eritreans|Ethiopians|"
    r"Nigerians|Pakistanis|Bangladeshis|Nepalis|Syrians|Iranians|Romanians|"
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
HEAD_PARTITIVE = (
    r"(?:out\s+)?of\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+)?"
    # the whole in digits or in words: "of the 212 arrests", "of the seven deaths"
    rf"(?:(?:\d[\d,.]*|(?<=the\s)(?:{WORD_NUMBER}))\s+)?"
)
#: The noun phrase right after a number: its modifiers, a partitive's "of", and what it counts (people, an event or a
#: thing), each a named group.
HEAD = re.compile(
    HEAD_MODIFIERS + rf"{SEP}(?P<of>{HEAD_PARTITIVE}"
    # one name or possessive before the whole's noun: "1,100 of the December arrests", "of the weekend's arrests"
    r"(?:(?-i:[A-Z][a-z]+)\s+|[\w-]+(?:'s|’s)\s+)?)?"
    # an event's singular before a thing is the thing's modifier ("150 arrest warrants": warrants, not arrests)
    rf"(?:(?P<people>{PEOPLE})|(?P<event>{EVENTS})(?!(?<![sS])\s+(?:{THINGS})\b)"
    rf"|(?P<thing>(?:(?:{EVENTS})(?<![sS])\s+)?(?:{THINGS})))\b",
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
        # a reduced relative right after the people: "the 2,000 people removed last year" (not "removed from the list"),
        # or after "those" that stands for them: "Among those removed were 68 Cubans"; the lookahead first, so that the
        # long PEOPLE alternation is tried only before "removed" (no cost measured)
        rf"(?=[\w-]+\s+removed\b)(?:{PEOPLE}|those)\s+removed"
        r"(?!\s+from\s+(?:the|their|its|his|her)\s+(?!U\.S\.|country|United\s+States)[a-z])",
        # an order of removal is no removal: "fugitives with final orders of removal"; nor is a place that holds people
        # for it: "held 1,900 people in immigration removal centres" (a detention site)
        r"(?<!Enforcement\sand\s)(?<!Detention\sand\s)(?<!orders\sof\s)(?<!order\sof\s)(?<!for\s)"
        r"removals?(?!\s+(?:orders?|proceedings|cases?|hearings?|flights?|"
        r"efforts?|operations|cent(?:er|re)s?|facilit(?:y|ies)))",
        r"expel(?:s|led|lings?)",
        r"expulsions?",
        # a return to daily life, or to the U.S., sends nobody out: "returned to work", "returned to the United States"
        r"(?<!voluntarily\s)returned\s+to(?!\s+(?:\w+\s+){0,2}(?:custody|detention|jail))"
        r"(?!\s+(?:their\s+|his\s+|her\s+)?(?:work|jobs?|school|class(?:es)?|classrooms?|duty|normal|office|court|"
        r"the\s+(?:U\.\s?S\.?|US|United\s+States|stand|job|fields?|plant|site)\b))",
        r"(?:sent|send(?:s|ing)?)\s+back",
        # people the agents turn back at the border are returned (GUIDELINES §2 deportations: "returned"): the verb
        # right before its object ("agents turned back 2,100 people") or a passive ("1,300 were turned back"), not
        # people who turn back by themselves ("300 migrants turned back into Mexico": they got away)
        r"turn(?:ed|s|ing)\s+back(?=\s*$)",
        r"(?:been|were|was|be|being)\s+turned\s+back",
        r"repatriat(?:ed|es|ing|ions?)",
        r"(?:flown|fl(?:y|ies|ew|ying))\s+back",
        # GUIDELINES §2 deportations: "returned", said with the place it sends people to or as the verb of the
        # number ("Mexico-bound flights returned 300 migrants", "were sent home")
        # (not people sent home from school or work: "sent home early", "sent home from the plant", "sent home 150
        # workers", "were sent home for the day")
        r"(?:sent|flown|(?<!voluntarily\s)returned|shipped)\s+home"
        r"(?!\s+(?:early\b|for\s+the\s+(?:day|night|week)\b|from\s+(?:(?:the|a|an|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:school|class(?:es)?|work|jobs?|shifts?|plant|factory|office|hospital)\b|"
        r"(?:[\d,]+|[a-z-]+)\s+(?:students|pupils|employees|workers|staff(?:ers)?)\b))",
        r"return(?:ed|s|ing)(?=\s*$)",
        # a passive return whose agent is a U.S. enforcement agency: "4,200 migrants were returned by U.S.
        # authorities", "had been returned by Border Patrol agents" (another country's returns are not the U.S.'s)
        r"(?:been|were|was|be)\s+returned\s+by\s+(?:the\s+)?(?:(?:U\.\s?S\.|US|American|federal|immigration)\s+)*"
        r"(?:authorities|officials|agents|officers|ICE|CBP|Border\s+Patrol|DHS|Homeland\s+Security|"
        r"Immigration\s+and\s+Customs\s+Enforcement|Customs\s+and\s+Border\s+Protection|United\s+States|U\.\s?S\.)",
        # people in custody who left the country ("19 parents held in custody had left the U.S."): see cue_type
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
        r"(?:swept|scooped|snatched|sweeps?|scoops?)\s+up",  # "Border Patrol sweeps up 60 in Charlotte"
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
        r"(?<!non-)(?<!non)detain(?:s|ed|ing)?",  # not the "non-detained docket": people living free in the community
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
    rf"\b(?:{EVENTS}|arrested|deported|removed|detained|apprehended|expelled|detainees?|held\s+in|custody|"
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
#: A day or a "this week" between the noun and "against" is only when ("returned indictments Thursday against 12").
PROSECUTED_AGAINST = re.compile(
    r"\b(?:charges|cases|counts|complaints|indictments|prosecutions)"
    r"(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|(?:this|last)\s+week))?"
    r"\s+against\s*$",
    _I,
)
#: The same said in the passive, the noun opening the clause (read from the clause's start): "Criminal complaints
#: were filed against 63 people", "Charges of illegal reentry were brought against 27 men" (a participle after the
#: people tells their past, as after the active).
PROSECUTED_AGAINST_PASSIVE = re.compile(
    r"\b(?:charges|cases|counts|complaints|indictments|prosecutions)\b[^.;:!?]{0,60}?\b(?:were|was|have\s+been|"
    r"has\s+been|had\s+been|are|is)\s+(?:(?:also|now|since|later)\s+)?(?:filed|brought|lodged|returned)\s+against\s*$",
    _I,
)
#: People held because of a detainer: "the jail was holding 35 people on ICE detainers", "300 inmates are held on
#: immigration holds" (GUIDELINES §2: detentions count the people held, detainers the requests to hold them).
HELD_ON_DETAINER = re.compile(
    r"\b(?:held|hold(?:s|ing)?|hous(?:ed|es|ing)|jailed|kept|detained|booked\s+into)\b[^.;]{0,80}?"
    r"\b(?:on|under|for|because\s+of|pursuant\s+to|with)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:detainers?|holds|detainer\s+requests?)\b",
    _I,
)
#: A jail booking the counted people itself, the verb right before the number ("Deputies booked 37 people into the
#: county jail on immigration holds"): with a hold or detainer after it, the people are held on it.
JAIL_BOOKED_BEFORE = re.compile(r"\bbooked\s*$", _I)
ON_HOLD_AFTER = re.compile(
    r"\b(?:on|under|pursuant\s+to)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:detainers?|holds|detainer\s+requests?)\b",
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
# A detention site's population: "the processing center's population had climbed to 730"
# ---------------------------------------------------------------------------------------------

#: The population of a site named a detention or processing site by its kind: a facility's headcount, people held
#: (GUIDELINES §2 detentions), not a place's residents (`POPULATION`'s "population of").
DETENTION_SITE_POPULATION = (
    r"\b(?:detention|processing)\s+(?:cent(?:er|re)|facility|camp)['’]s\s+(?:[\w-]+\s+)?population\b|"
    # a site named by "the" and its kind alone, lower case (not an institution's name: "the Pew Research Center's
    # population estimates"): "the center's population was 1,240", "the facility's detainee population"
    r"\bthe\s+(?-i:center|centre|facility)['’]s\s+(?:detainee\s+|detained\s+|daily\s+)?population\b"
    r"(?!\s+(?:estimates?|projections?|data|figures|growth|density))|"
    r"\bpopulation\s+(?:of|at|in)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?(?:detention|processing)\s+"
    r"(?:cent(?:er|re)s?|facilit(?:y|ies)|camps?)\b"
)
CUES["detentions"] = re.compile(rf"{CUES['detentions'].pattern}|{DETENTION_SITE_POPULATION}", _I)
HELD_SITE_POPULATION = re.compile(DETENTION_SITE_POPULATION, _I)
