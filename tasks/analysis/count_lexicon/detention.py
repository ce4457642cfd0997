"""Custody: immigration detention sites and their populations, jails and detainer requests, people handed
over, held, moved or supervised instead of held.
"""

from __future__ import annotations

import re

from tasks.analysis.count_lexicon.traps import HOLDING_PLACE
from tasks.analysis.count_lexicon.vocabulary import _I, AT_NUMBER, CUSTODY_WORDS, DETAIN_WORDS, rx

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
# People supervised instead of held: Alternatives to Detention
# ---------------------------------------------------------------------------------------------

#: The programme that watches people instead of holding them: "enrolled in Alternatives to Detention", "wear ankle
#: monitors", "on electronic monitoring", "the Intensive Supervision Appearance Program" (GUIDELINES §2 detentions
#: counts people held; those supervised at large are a population),
SUPERVISED_NOT_HELD = rx(
    r"alternatives?[\s-]+to[\s-]+detention",  # "its alternatives-to-detention program"
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
#: A jail refusing to hold the counted people, the refusal right before the number ("deputies declined to hold 64
#: people on ICE detainers", "the jail refused to keep 20 inmates for ICE"): no one was held; the requests for them
#: were declined (GUIDELINES §2 detainers: requests declined), where the sentence names immigration authorities.
REFUSED_TO_HOLD_BEFORE = re.compile(
    r"\b(?:declined|declines|declining|refused|refuses|refusing|did\s+not|didn['’]t)"
    r"\s+(?:to\s+)?(?:hold|keep|detain)(?:\s+(?:about|nearly|more\s+than|some|only|another))?\s*$",
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
# A jail's own headcount beside an agency named elsewhere: "The jail holds 1,200 inmates, and ICE rents 80 beds"
# ---------------------------------------------------------------------------------------------

#: A verb of holding right before the number, an approximation allowed: "holds about", "was holding".
_HOLDING_VERB_BEFORE = (
    r"(?:holds|held|houses|housed|is\s+holding|was\s+holding)\s+"
    r"(?:(?:about|nearly|roughly|some|more\s+than|over|almost)\s+)?$"
)
#: A jail or prison that holds the number, as the subject of its clause: "The Union County jail holds about", "the jail
#: held" (a detention or processing centre is immigration detention by its name and is not read here).
JAIL_HOLDS_BEFORE = re.compile(
    r"\b(?:jail|prison)s?\b(?:\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s+(?:\w+\s+)?" + _HOLDING_VERB_BEFORE,
    _I,
)
#: The same verb whose subject is no jail ("Deputies held 14,000 inmates in the county jails"): the jail is then named
#: after the held people, in their own words (`JAIL_AFTER_HELD`).
HOLDS_JUST_BEFORE = re.compile(r"\b" + _HOLDING_VERB_BEFORE, _I)
#: Inmates or prisoners placed in a jail or prison right after their number: "14,000 inmates in the Los Angeles County
#: jails", "2,100 prisoners at the state prison".
JAIL_AFTER_HELD = re.compile(
    r"^\s*(?:inmates|prisoners)\s+(?:in|at|inside)\s+(?:the\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,4}?"
    r"(?:jail|prison|lockup|penitentiar(?:y|ies))s?\b",
    _I,
)
#: Where a number's own words end before another's: a coordinated clause ("and ICE rents 80 beds"), a part ("including
#: 150 held for ICE"), a semicolon or a number after a comma ("900 inmates, 60 of them on detainers").
NEXT_CLAUSE_OR_PART = re.compile(r",?\s+(?:and|but|while|whereas|including)\b|;|,\s*(?=\d)", _I)

# ---------------------------------------------------------------------------------------------
# A jail handing people over to immigration agents, the verb before them: "transferred 54 inmates to ICE custody"
# ---------------------------------------------------------------------------------------------

#: A verb that hands people over, right before their number ("The jail transferred 54 inmates", "turned over 12",
#: "released 212 inmates to ICE custody", "returned its last 8 detainees to ICE custody").
HANDED_OVER_BEFORE = re.compile(
    r"\b(?:transferred|transferring|transfers|handed|handing|hands|turned|turning|turns|released|releasing|"
    r"returned|returning|delivered|delivering|surrendered)(?:\s+over)?\s*"
    r"(?:(?:about|nearly|more\s+than|some|another|its\s+last|their\s+last|the\s+last|the\s+remaining)\s*)?$",
    _I,
)
#: Immigration custody as the recipient: ICE, its agents or officers, immigration custody ("to ICE custody", "to U.S.
#: Immigration and Customs Enforcement", "to federal immigration agents"); a facility or another force is no such.
_TO_IMMIGRATION = (
    r"(?:over\s+)?(?:in)?to\s+(?:the\s+)?(?:U\.S\.\s+)?(?:ICE|Immigration\s+and\s+Customs\s+Enforcement|"
    r"immigration\s+(?:authorities|officials|agents|officers)|federal\s+immigration|"
    r"(?:ICE|immigration|federal\s+immigration)\s+custody)\b"
)
#: The participle of a handover in a passive or a fact-box label: "were turned over", "Transferred to ICE custody:".
_HANDED_OVER_PARTICIPLE = r"(?:turned\s+over|handed\s+over|transferred|released|returned|delivered)"
#: The recipient after the number and its noun: "54 inmates to ICE custody", "12 people over to immigration agents"
#: (the people go into immigration custody: a handover, GUIDELINES §2 detentions as the work gold types "24 of them
#: were returned to ICE custody").
TO_IMMIGRATION_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?" + _TO_IMMIGRATION, _I)
#: The passive handover in the number's predicate: "Seventeen of those arrested were released to ICE", "30 of them were
#: later transferred to ICE", "24 of them were returned to ICE custody" (a plan, "will be transferred", is no such).
HANDED_OVER_PASSIVE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:[a-z]+ly\s+|then\s+|later\s+|since\s+|also\s+)?"
    + _HANDED_OVER_PARTICIPLE
    + r"\s+(?:[\w-]+\s+){0,2}?"
    + _TO_IMMIGRATION,
    _I,
)
#: A fact box's row label that names the handover: "Turned over to ICE: 640", "Transferred to ICE custody: 52".
HANDED_OVER_LABEL = re.compile(
    r"(?:^|\n)\s*(?:[\w-]+\s+){0,2}?" + _HANDED_OVER_PARTICIPLE + r"\s+" + _TO_IMMIGRATION + r"[^:\n]{0,30}:\s*$",
    _I,
)
#: A noun that says the people handed over were held already: "38 inmates", "16 jail detainees", "63 prisoners".
HELD_NOUN = re.compile(r"\b(?:inmates?|prisoners?|detainees?)\b", _I)
#: Where ICE took custody of people from a jail, prison or police ("took custody of 27 noncitizens from the Cobb County
#: Adult Detention Center", "assumed custody of 980 aliens released to them by those jails"): handed over by the giver.
FROM_JAIL_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:from\s+(?:the\s+|a\s+|those\s+|local\s+|county\s+|state\s+)?(?:[\w.'’-]+\s+){0,5}?"
    r"(?:jails?|prisons?|penitentiar(?:y|ies)|House\s+of\s+Correction|Detention\s+Center|Sheriff's\s+Office|sheriffs?|police|"
    r"Department\s+of\s+Corrections?|Correctional\s+(?:Facility|Center|Institution))|"
    r"released\s+to\s+(?:them|it|the\s+agency|ICE)\s+by)\b",
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
