"""Deaths: deaths in custody and their totals, death tolls, deaths in jails with no immigration hold."""

from __future__ import annotations

import re

from tasks.analysis.count_lexicon.traps import IMMIGRATION_HOLD_WORDS
from tasks.analysis.count_lexicon.vocabulary import _I, CUSTODY_WORDS, DETAIN_WORDS, PEOPLE, rx

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
# Deaths in a jail or prison with no immigration hold
# ---------------------------------------------------------------------------------------------

#: A jail or prison named where people died: "in the county jail", "at the Hennepin County jail", "the state prison".
JAIL_NAMED = rx(r"jails?", r"prisons?", r"lockups?", r"penitentiar(?:y|ies)")
#: An immigration hold named beside the jail: ICE's or the Border Patrol's custody, an immigration word, people who
#: crossed ("migrants") or are held as detainees. Custody alone is not one: "died in custody at the city jail" is the
#: jail's (GUIDELINES §2 deaths_in_custody: people who died in immigration custody).
HELD_FOR_IMMIGRATION = rx(*IMMIGRATION_HOLD_WORDS)
#: A tail that denies the immigration hold of the dead it follows: ", none involving immigration holds", "; none of
#: them were ICE detainees", "— none in ICE custody" (the hold it names is denied, so the deaths stay the jail's).
DENIED_HOLD_TAIL = re.compile(
    r"[,;:—–]\s*(?:but\s+|and\s+)?none\s+"
    r"(?:of\s+(?:them|whom|those)|involv\w*|was|were|in|held|on|with|had|tied\s+to|related\s+to)\b[^,;.]*",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------------
# People held whom a killing verb governs
# ---------------------------------------------------------------------------------------------

#: A killing verb right before the number of people held: "a fire at the detention facility killed 39 migrants"
#: (GUIDELINES §2 deaths_in_custody, read as "died" is; hurting verbs stay victims).
KILLED_HELD_BEFORE = re.compile(r"\b(?:killed|killing|kills)\s+(?:about\s+|nearly\s+|at\s+least\s+|some\s+)?$", _I)

# ---------------------------------------------------------------------------------------------
# Deaths in custody told by the sentence before: "Deaths in ICE detention are rising. Since October, 19 have died."
# ---------------------------------------------------------------------------------------------

#: A death and custody named together: "deaths in ICE detention", "detainee deaths", "died in ICE custody", "are dying
#: in custody", or the dead named as people held: "Immigration detainees are dying at record rates".
DEATHS_IN_CUSTODY_TOLD = re.compile(
    r"\b(?:deaths?|died|die|dying)\s+(?:\w+\s+){0,2}?(?:in|while\s+in|inside)\s+(?:\w+\s+){0,3}?"
    r"(?:custody|detention|detention\s+cent(?:er|re)s?)\b|"
    r"\b(?:detainee|detention|in-custody|custody)\s+deaths?\b|"
    r"\bdetainees\s+(?:(?:are|were|have|had|keep|kept|been|continue|continued)\s+){1,2}(?:to\s+)?(?:dying|die|died)\b",
    _I,
)
