"""Parts, wholes and shares: where a number stands towards the group counted before it (a part of a whole,
a bare whole, a share, a total set off or apposed).
"""

from __future__ import annotations

import re

from tasks.analysis.count_lexicon.geography import DATELINE
from tasks.analysis.count_lexicon.traps import PLACED
from tasks.analysis.count_lexicon.vocabulary import _I, EVENTS, PEOPLE, PRICE

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
#: An addition right before a number, after a verb of taking people in ("encountered another 3,112", "arrested an
#: additional 40"): the verb still governs the number, whatever noun follows it (a count of people the action touched,
#: GUIDELINES §2). Removals keep their own reading of an addition (`traps.REMOVED_BEFORE`): things are removed too.
TAKEN_IN_ADDITION = re.compile(
    r"\b(?:arrest|apprehend|encounter|detain|caught|catch|nabb?)\w*\s+(?:another|an\s+additional|a\s+further)"
    r"(?:\s+(?:about|nearly|some|roughly))?\s*$",
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
#: The rest of the group counted before, told by "others" after the number or "other"/"remaining" before it: "11 were
#: released, and 29 others remain detained", "the other 12", "the remaining 35".
REST_OF_GROUP_AFTER = re.compile(r"\s*others\b", _I)
REST_OF_GROUP_BEFORE = re.compile(r"\b(?:other|remaining)\s+$", _I)
#: "Nine of the men", "30 of those workers": a part of a group of people named by its noun alone (no number of its
#: own: "97 of the 212" restates a whole), the group counted before.
OF_THE_PEOPLE = re.compile(
    rf"\s*(?:out\s+)?of\s+(?:the|those|these)\s+(?:[A-Za-z-]+\s+){{0,2}}?(?P<noun>{PEOPLE})\b",
    _I,
)


#: A share told beside the number it restates: "or 70 percent", "about 72 percent" (`APPOSED_SUBJECT`, `SHARE_SET_OFF`).
SHARE_IN_APPOSITION = (
    r"(?:or\s+)?(?:about\s+|nearly\s+|roughly\s+|some\s+|more\s+than\s+|almost\s+)?[\d.,]+\s*(?:%|percent|per\s*cent)"
)
#: A bare number, its share in apposition, then its own verb: "1,400, or 70 percent, had no criminal record", "1,400
#: — 70 percent — had no criminal record".
APPOSED_SUBJECT = re.compile(
    rf"(?:\s*,|(?P<dash>\s[—–]))\s*{SHARE_IN_APPOSITION}"
    r"(?:\s+of\s+(?:them|those|the\s+total))?\s*(?(dash)[—–]|,)\s*"
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
#: The opening of a partitive whole: "Of the 2,000 people arrested, ...", "Among the more than 300 detained, ...",
#: after a dateline too ("WASHINGTON — Of the 65,000 people held, ...").
WHOLE_OPENER = re.compile(
    rf"^\W*{DATELINE}(?:of|among)\s+(?:the|those|these)\s+(?:(?:more|fewer)\s+than\s+|nearly\s+|about\s+|some\s+|roughly\s+|"
    r"almost\s+|over\s+)?$",
    _I,
)
#: ... and, after the whole's own words and its comma, a share in words as the subject of what follows: "Of the 300
#: people arrested, half had no criminal record", "Among the 90 detained, most had convictions". The record after
#: it is the unnumbered share's, not the whole's (`whole` is what the whole's own words end at).
FRACTION_SUBJECT_AFTER_WHOLE = re.compile(
    r"(?P<whole>[^,;.]*),\s*(?:(?:just\s+|well\s+)?(?:about|nearly|almost|roughly|more\s+than|over|under|fewer\s+than|"
    rf"less\s+than)\s+)?(?:{SHARE_FRACTION}|many|some|few|none)\b(?!\s*[-\d])",
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
# A total set off by commas after its noun
# ---------------------------------------------------------------------------------------------

#: A total told as an aside after the noun it counts: "The arrests, 361 in total, were spread across 19 cities", "The
#: detainees, about 500 in all, were moved" (the noun names the count; `IN_ALL_AFTER` follows the number).
APPOSED_TOTAL_BEFORE = re.compile(rf"\b(?P<noun>{EVENTS}|detainees|deportees)\s*,\s*$", _I)
IN_ALL_AFTER = re.compile(r"\s+in\s+(?:all|total)\b", _I)
#: A total told in a parenthesis after the clause that names its deed: "Venezuelans deported from the United States
#: (362 people in all) landed", "agents arrested workers at three sites (about 90 in total)": the parenthesis opens
#: right before the number (`PAREN_TOTAL_OPEN`, its qualifier aside) and closes after "in all" (`PAREN_TOTAL_CLOSE`).
PAREN_TOTAL_OPEN = re.compile(
    r"\(\s*(?:(?:about|nearly|roughly|some|over|more\s+than|at\s+least|an\s+estimated)\s+)?$", _I
)
#: The deed the clause before such a parenthesis tells (a site or a people noun alone tells none: "Families of
#: detainees rallied outside the detention center (300 in all)" counts no one held); its last one is read.
PAREN_TOTAL_DEED = re.compile(
    r"\b(?:arrest(?:ed|ing)|apprehend(?:ed|ing)|detain(?:ed|ing)|deport(?:ed|ing)|remov(?:ed|ing)|expel(?:led|ling)|"
    r"held|holding|jailed|charged|indicted|prosecuted|took|taken|picked\s+up|rounded\s+up|swept\s+up|caught|"
    r"returned|repatriated|flown|flew|booked)\b",
    _I,
)
PAREN_TOTAL_CLOSE = re.compile(
    rf"\s*(?:(?:{PEOPLE})\s+)?(?:in\s+(?:all|total)|all\s+told|altogether)\s*\)",
    _I,
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
#: The action participle a bare whole may carry before the part's predicate: "75 of the 120 arrested had been
#: convicted" (it names the whole's action, no noun of its own; the predicate after it is still the part's).
BARE_WHOLE_PARTICIPLE = re.compile(
    r"\s+(?:arrested|detained|deported|removed|apprehended|held|picked\s+up|taken\s+into\s+custody)"
    r"(?=\s+(?:had|have|has|were|was|are|is|with)\b)",
    _I,
)
#: (the whole may be the rest of a group, "of the remaining 37", and its predicate may say the part is still held:
#: "Thirty-nine of the 47 remain in ICE custody" are 39 held, the 47 only the group they are a part of)
BARE_WHOLE_AFTER = re.compile(
    rf"\s+(?:out\s+)?of\s+(?:the\s+|those\s+)(?:remaining\s+)?{WHOLE_QUALIFIER}(?:[\d,]*\d|{_SMALL_WORD_NUMBER})"
    rf"(?:{BARE_WHOLE_PARTICIPLE.pattern})?(?=\s+(?:had|have|has|were|was|are|is|with|remain(?:s|ed)?)\b)",
    _I,
)
#: Right before a bare whole's number, its part: a number, or a question or quantifier word that leaves the part
#: unknown ("how many of the 1,140", "most of the 412"). The record predicate after the whole is the part's.
PART_BEFORE_BARE_WHOLE = re.compile(
    rf"(?:\d|\b{_SMALL_WORD_NUMBER}|\bhow\s+many|\bmost|\bmany|\bsome|\bhalf|\bnone)\s+(?:out\s+)?of\s+(?:the\s+|those\s+)"
    rf"(?:remaining\s+)?{WHOLE_QUALIFIER}$",
    _I,
)

#: A sentence that opens on a bare whole ("Of the 412 taken into custody in Denver, 97 had ...", "Out of 290 deported
#: last month, ..."): the whole's own participle, up to the comma that ends the opener, says what was done to them.
OPENING_BARE_WHOLE = re.compile(
    r"\s*(?:out\s+)?of\s+(?:the\s+|those\s+)?(?:(?:about|nearly|almost|more\s+than|over|some|roughly|around)\s+)?",
    _I,
)

#: The whole a subject is counted among, right before its number: "were among the roughly 86,000 immigrants ...",
#: "is among an estimated 2,000 people ...". The number counts the whole, not what its sentence's predicate did to
#: the subject (`count_traps._among_whole_untouched` reads the whole's own words).
AMONG_WHOLE_BEFORE = re.compile(r"\bamong\s+(?:the|an\s+estimated|some|all|the\s+estimated)\s+$", _I)


# ---------------------------------------------------------------------------------------------
# A ranking's counts: the number set off after a superlative
# ---------------------------------------------------------------------------------------------

#: A number set off after a superlative that names what it counts: "Texas holds the most detainees, about 17,000",
#: "Chicago saw the largest number of arrests, 1,900, ...", "deported the most people to Mexico, about 120,000" (the
#: clause before names the action), "Mexico accounted for the largest share of removals last year, with 87,300" (a
#: period after the noun, the number "with" it).
SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:most|fewest|(?:largest|highest|greatest|biggest)\s+(?:number|share|count|total)\s+of)\s+"
    rf"(?:[\w-]+\s+)?(?P<noun>{PEOPLE}|{EVENTS})\b(?:\s+(?:to|in|at|from|into)\s+[^,;\d]{{1,40}}?)?"
    r"(?:\s+(?:last|this|the\s+past|the\s+previous)\s+(?:fiscal\s+|calendar\s+)?(?:year|month|week|quarter))?"
    r"\s*,\s*(?:with\s+)?$",
    _I,
)
#: The same leader told with "led": "Mexico led removals last year with 87,300", "Texas led the nation in arrests,
#: with 4,100" (the noun after the verb names the action).
LED_BEFORE = re.compile(
    r"\b(?:led|leads|topped|tops)\s+(?:the\s+(?:nation|country|list|states|region)\s+in\s+)?"
    rf"(?P<noun>{EVENTS})\b(?:\s+(?:last|this|the\s+past|the\s+previous)\s+(?:fiscal\s+|calendar\s+)?"
    r"(?:year|month|week|quarter))?\s*,?\s*with\s+$",
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
# A part's whole told with its noun: "Two of the 14 plaintiffs have since been deported"
# ---------------------------------------------------------------------------------------------

#: The first finite verb after a part's whole told with its noun ("of the 14 plaintiffs have since been deported",
#: "of the 25 students were detained"): the predicate from there on is the part's, not the whole's.
WHOLE_THEN_PART_VERB = re.compile(
    r"\b(?:had|have|has|were|was|are|is|remain(?:s|ed)?|will|would|could|may|might|got|went)\b", _I
)

# ---------------------------------------------------------------------------------------------
# A part placed by a site noun and a named place: "Nine of the deaths were at facilities in Texas"
# ---------------------------------------------------------------------------------------------

#: A share's complement that places its part at sites of a named place: "at facilities in Texas", "in jails in
#: Georgia" (a breakdown by place, as `PLACED_PART`'s "in Dallas" is, not what the group is made of).
PLACED_AT_SITES_PART = re.compile(r"(?:in|at)\s+(?:[a-z-]+\s+){1,3}?(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])", _I)

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
# A ranking of the groups a count before is made of: "Mexicans were the largest group at 22,300, followed by 9,870"
# ---------------------------------------------------------------------------------------------

#: The words before a group's number in a ranking of the people counted before: its rank as a group ("Mexicans were
#: the largest group at 22,300", "Hondurans were the second-largest nationality, with 9,100") or the rank after it
#: ("followed by 9,870 Guatemalans"); the number is a part of that count (GUIDELINES §2 breakdowns).
RANKED_GROUP_BEFORE = re.compile(
    r"(?:\b(?:were|was|are|is|made\s+up|formed|remained)\s+(?:the\s+)?(?:(?:single|second|third|next)[- ])?"
    r"(?:largest|biggest|most\s+common|top|leading)\s+(?:single\s+)?(?:group|nationality|contingent)\b"
    r"[^,;\d]{0,40}?(?:,\s*)?\b(?:at|with)|\bfollowed\s+by)\s+"
    r"(?:(?:about|nearly|almost|roughly|around|some|more\s+than|over|just\s+over|just\s+under)\s+)?$",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A listed part of a group that is no count: "plans to arrest 3,000, including 900 with criminal records"
# ---------------------------------------------------------------------------------------------

#: What joins a group's number to a part listed after it in the same clause run: "..., including", "..., among them"
#: (a records part of a group no action touched, planned or only targeted, counts no one either; GUIDELINES §2).
LISTED_PART_LINK = re.compile(
    r"[^.;:]*?,\s*(?:including|among\s+(?:them|whom))"
    r"\s*(?:(?:just|only|at\s+least|more\s+than|over|about|nearly|almost|some|approximately|roughly|around)\s+)?",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A ranking of the places a count before was made in: "Houston led with 318, followed by Atlanta with 204"
# ---------------------------------------------------------------------------------------------

#: The words before a place's number in a ranking of the places of the count before: the place that led ("Houston
#: led with 318"), the most named in a place ("The largest numbers were in Houston, with 318"), the places after it
#: ("followed by Atlanta, with 204", "; and Newark, N.J., with 167", "and Newark with 167"); the number is a part of
#: that count (GUIDELINES §2 sub-counts), its place the one named. A list item after a semicolon or "and" is a rank
#: only in a sentence that ranks (`RANKING`).
RANKED_PLACE_BEFORE = re.compile(
    r"(?:\b(?:led|topped\s+(?:the\s+)?(?:list|tally))"
    r"|\bfollowed\s+by\s+[A-Z][^,;\d]{0,30}?(?:,\s+[A-Z][\w.]{1,12})?,?"
    r"|\b(?:most|largest|highest|biggest)\s+(?:[\w-]+\s+){0,2}?(?:were|was|came)\s+(?:in|from)\s+"
    r"[A-Z][^,;\d]{0,30}?(?:,\s+[A-Z][\w.]{1,12})?,"
    r"|(?P<item>(?:;\s*(?:and\s+)?|,?\s+and\s+)[A-Z][^,;\d]{0,30}?(?:,\s+[A-Z][\w.]{1,12})?,?))"
    r"\s+(?:with|at)\s+(?:(?:about|nearly|almost|roughly|around|some|more\s+than|over)\s+)?$"
)
#: A sentence that ranks places: its semicolon items are ranks too (`RANKED_PLACE_BEFORE`).
RANKING = re.compile(r"\b(?:most|largest|highest|biggest|led|followed\s+by|topped)\b", _I)


# ---------------------------------------------------------------------------------------------
# A share set off by dashes between a number and its verb
# ---------------------------------------------------------------------------------------------

#: The share that restates a number, set off by dashes right after it, up to its closing dash: "47,000 — 72 percent —
#: had no criminal conviction" (matched from the number's end).
SHARE_SET_OFF = re.compile(rf"\s[—–]\s{SHARE_IN_APPOSITION}\s[—–]", _I)

# ---------------------------------------------------------------------------------------------
# A bare part's record told with an adverb of time before its participle
# ---------------------------------------------------------------------------------------------

#: A bare number, an adverb of time, then a participle: "including 11 previously convicted of illegal reentry".
#: Only a record read there is the part's ("11 previously deported" is who they are, no removal of this story).
ADVERB_BEFORE_PARTICIPLE = re.compile(
    r"\s+(?:previously|already|formerly|once|recently|earlier)\s+(?:been\s+)?\w+ed\b",
    _I,
)

# ---------------------------------------------------------------------------------------------
# The rest of a record count said as "none" or an elliptical negation
# ---------------------------------------------------------------------------------------------

#: After a count of people with convictions in the same sentence, a bare number whose predicate is "had none" or
#: an elliptical "did not" / "had not" is the part with no record (GUIDELINES §2 no_criminal_record): "610 had been
#: convicted of a crime and 840 had none". Matched from the number's end.
HAD_NONE_AFTER = re.compile(
    r"\s+(?:had|have|has)\s+none\b"
    r"|\s+(?:did|do|does|had|have|has)(?:\s+not|n['’]t)\s*(?:[,;.)—–]|$|\s+(?:and|but|while|according|officials|the)\b)",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A part's share restated in the next sentence
# ---------------------------------------------------------------------------------------------

#: What may follow a restated share ("That is 72 percent."): the clause's end, or the whole it is a share of said
#: as those counted ("of those arrested", "of them", "of the total"), not of another thing ("of the budget") nor a
#: change ("15 percent more than").
RESTATED_SHARE_END = re.compile(
    r"\s*(?:[,;.)—–]|$)"
    r"|\s+of\s+(?:the\s+)?(?:those|them|all|total|whole|people|detainees|immigrants|migrants|arrest\w*|deport\w*|"
    r"remov\w*|held|detain\w*|\d)",
    _I,
)
