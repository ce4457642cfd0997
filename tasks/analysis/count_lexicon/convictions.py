"""Prosecutions and records: charges, convictions, verdicts, criminal records and past removals of the
people counted, and crimes of which they are the victims.
"""

from __future__ import annotations

import re

from tasks.analysis.count_lexicon.traps import ACTION_QUALIFIER
from tasks.analysis.count_lexicon.vocabulary import _I, AT_NUMBER, CUES, rx

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
# A record of charges: pending charges and past charges for crimes of those an action touched
# ---------------------------------------------------------------------------------------------

#: Charges told as what people already have ("19 had pending criminal charges", "45 of those arrested had been charged
#: with crimes"): a record of those in an action (GUIDELINES §2 convictions: criminal convictions or records), not
#: this story's prosecution, which counts people charged with immigration crimes (`charged`: "19 have been charged
#: with using false documents" stays charged). Only a count already typed `charged` is retyped (`count_types.
#: correct_type`); read as a cue of its own, pending charges alone made counts the labels do not take (check part
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
    r"(?:accept|take(?:\s+in|\s+back)?|receive|admit|house|hold)\s+" + ACTION_QUALIFIER,
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
# Prosecutions said as charges brought under a statute against the people counted
# ---------------------------------------------------------------------------------------------

#: Charges brought under a statute against the number ("filed charges under Section 1325 against 2,140 people",
#: "brought charges under 8 U.S.C. 1326 against 480 defendants"): GUIDELINES §2 charged, as "charges against" is
#: (the statute in up to three words, so the charges stay among the words that govern the number).
CUES["charged"] = re.compile(rf"{CUES['charged'].pattern}|\bcharges\s+under\s+(?:\S+\s+){{1,3}}?against\b", _I)

# ---------------------------------------------------------------------------------------------
# A referral for prosecution: the prosecution of an immigration crime begun (round 25's convention)
# ---------------------------------------------------------------------------------------------

#: The prosecution a referral sends people to: "for (criminal|federal) prosecution", or the federal prosecutors
#: themselves ("to the U.S. Attorney's Office", "to federal prosecutors"); a lawyer, a court of immigration, a
#: district attorney or social services is no prosecution's complement.
_PROSECUTION_COMPLEMENT = (
    r"(?:for\s+(?:(?:criminal|federal|felony|misdemeanor)\s+)?prosecution\b|"
    r"to\s+(?:the\s+)?(?:(?:U\.\s?S\.|United\s+States)\s+Attorney(?:['’]s)?(?:\s+Office)?|federal\s+prosecutors)\b)"
)
#: The referral predicate done to the people counted, its complement within the clause (GUIDELINES §2 charged:
#: people criminally prosecuted; the lead's round-25 decision: a referral for prosecution of an immigration crime is
#: a prosecution begun). Passive after the number ("48 were presented for prosecution", "26 of them were referred
#: to the U.S. Attorney's Office for prosecution"); a modal or a denial before the verb ("could be referred", "were
#: not referred") is no referral done.
REFERRED_AFTER = re.compile(
    r"[^,;.\d]{0,60}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:also|later|then|each|all)\s+)?"
    r"(?:referred|presented)\s+(?:[^,;.\d]{0,70}?\s)?" + _PROSECUTION_COMPLEMENT,
    _I,
)
#: The active referral verb right before the number ("Border Patrol agents referred 31 men ..."), its complement
#: read after the counted noun (`REFERRED_COMPLEMENT_AFTER`).
REFERRAL_VERB_BEFORE = re.compile(
    r"\b(?:referred|presented|refers|presents)\s+(?:(?:another|more\s+than|about|nearly|at\s+least|some|an?\s+additional)\s+)?$",
    _I,
)
#: The referral's complement after the counted noun, before the clause ends.
REFERRED_COMPLEMENT_AFTER = re.compile(r"[^,;.\d]{0,90}?\s" + _PROSECUTION_COMPLEMENT, _I)


#: A prosecution dropped, right before the people it was dropped against ("Charges were dropped Monday against 11 of
#: the 40 men arrested", "prosecutors dismissed the cases against 9 of them"): nobody counted is prosecuted, and a
#: part named by it is no more people the action touched (GUIDELINES §2 charged; a denied charge, as `_charge_denied`).
DROPPED_CHARGE_BEFORE = re.compile(
    r"\b(?:(?:charges?|cases?|indictments?|complaints?)\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?"
    r"(?:dropped|dismissed|withdrawn)|(?:dropped|dismissed|withdrew|drop|dismiss)\s+(?:(?:the|all|its|their)\s+)?"
    r"(?:(?:criminal|federal|immigration|smuggling|illegal[\s-]entry)\s+)?(?:charges|cases?|indictments?|complaints?))"
    r"\s+(?:\w+\s+){0,2}?against\s+$",
    _I,
)


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

#: The same told of a part named by its people in a relative clause: "Among them were 12 men who had previously been
#: deported", "14 people who had once been removed". Unlike a bare "9 had been previously removed", this form reads as
#: who the part is even after another part of the group (those with convictions) was counted just before.
PRIOR_REMOVAL_OF_NAMED_PART_AFTER = re.compile(
    r"\s+(?:[A-Za-z-]+\s+){1,3}?who\s+had\s+(?:"
    r"(?:previously|once)\s+been\s+(?:deported|removed|expelled)\b|"
    r"been\s+(?:previously|once)\s+(?:deported|removed|expelled)\b)",
    _I,
)

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
# A part of a group told by its return after a removal: "12 had reentered after deportation"
# ---------------------------------------------------------------------------------------------

#: A return after an earlier removal told of a part of a group an action touched, right after its number: "12 had
#: reentered after deportation", "9 of them had returned illegally after being removed" (who they are, like
#: `PRIOR_REMOVAL_OF_PART_AFTER`'s "had previously been deported"; the removal is no count of the story's action).
REENTRY_AFTER_REMOVAL_OF_PART_AFTER = re.compile(
    r"\s+(?:of\s+(?:them|those|these|whom)\s+)?had\s+(?:(?:illegally|unlawfully)\s+)?(?:re-?entered|returned|"
    r"come\s+back|crossed\s+back)\b[^,;.]{0,40}?\bafter\s+(?:being\s+|having\s+been\s+|their\s+|a\s+|an\s+)?"
    r"(?:prior\s+|previous\s+|earlier\s+)?(?:deport|remov|expell?)\w*",
    _I,
)
