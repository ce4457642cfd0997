"""Who an action took and what was done to them next: takings told in everyday or split shapes, employees,
loads and captives, removals. Also the default home of a new section: move it to its theme's module when
its theme is clear.
"""

from __future__ import annotations

import re

from tasks.analysis.count_lexicon.vocabulary import (
    _I,
    AT_NUMBER,
    ENFORCER_WORDS,
    HEAD_MODIFIERS,
    HEAD_PARTITIVE,
    SEP,
    rx,
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
#: ... then "back" out of the country: home, across the border, to their countries, or to a place named
#: (`count_types.py` keeps it only when that place is foreign: "back to the Otero facility" moves people between U.S.
#: sites).
BACK_AFTER = re.compile(
    r"^[^,;]*?\bback\s+(?:home\b|(?:across|over)\s+the\s+border\b|to\s+(?:their|his|her)\s+(?:home\s+)?countr|"
    r"to\s+(?P<place>(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2}))",
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
#: A verb of stopping right before the number: "officers stopped 11 people hidden in a tractor-trailer" (the hiding
#: place after them, `HIDDEN_LOAD_AFTER`, tells a smuggling load from a traffic stop's drivers).
STOPPED_LOAD_BEFORE = re.compile(r"\b(?:stopped|intercepted)\s+$", _I)
#: The counted people hidden in a vehicle, the word of hiding required: "hidden in a tractor-trailer", "concealed in
#: the dashboard and seats of a sedan", "tucked under the floor of a pickup" (a stop of people merely riding in a car
#: is a traffic stop, no catch).
HIDDEN_LOAD_AFTER = re.compile(
    r"\s*(?:hidden|concealed|crammed|stuffed|tucked|secreted)\s+(?:inside|in|under|beneath|behind|within|aboard)\s+"
    r"[^,;.]{0,50}?\b(?:trucks?|tractor-trailers?|semi-trucks?|trailers?|vans?|cars?|sedans?|vehicles?|SUVs?|"
    r"pickups?|buses|bus|boats?|vessels?|pangas?|box\s*cars?|rail\s*cars?|compartments?)\b",
    _I,
)
#: The people found dead, not caught: "found 53 migrants dead inside a trailer", "who had died in the heat".
LOAD_DEAD = rx(r"dead", r"died", r"bodies", r"deceased", r"killed", r"perished", r"remains")
#: Who found them: enforcement named in the sentence, else a noun that says the people crossed ("migrants").
LOAD_FINDERS = rx(*ENFORCER_WORDS, r"troopers", r"deputies", r"officials", r"police")
LOAD_MIGRANTS = rx(r"migrants?", r"immigrants?", r"aliens?", r"undocumented", r"asylum[\s-]seekers?")

#: Where smuggled people are kept hidden ashore: "inside a house", "at a suspected stash house", "in two stash houses on
#: the west side", "packed inside a residence" (a dwelling, never a worksite: workers found in a warehouse are a
#: population until what was done to them is told).
_IN_HIDEOUT = (
    r"(?:(?:hidden|crammed|packed|stuffed|concealed|locked|crowded|huddled|held|kept)\s+)?"
    r"(?:inside|in|at)\s+(?:the|a|an|that|one|two|three|four|five|\d+)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:stash[\s-]+houses?|safe\s+houses?|houses?|homes?|residences?|apartments?)\b"
)
#: The hideout right after the counted people: "found 38 migrants inside a house".
HIDEOUT_AFTER = re.compile(r"\s*" + _IN_HIDEOUT, _I)
#: The people's own passive of finding, then the hideout: "41 migrants were found in a house".
FOUND_HIDEOUT_AFTER = re.compile(
    r"\s*(?:were|was|had\s+been|have\s+been)\s+(?:found|discovered|located)\s+" + _IN_HIDEOUT, _I
)
#: A hideout that says smuggling by its name, whoever the people are called: "17 people at a stash house".
STASH_HOUSE = re.compile(r"\bstash[\s-]+houses?\b|\bsafe\s+houses?\b", _I)
#: Who found them in a hideout: immigration enforcement named in the sentence (firefighters or police alone find
#: people in a house for reasons of their own).
HIDEOUT_FINDERS = rx(*ENFORCER_WORDS, r"HSI", r"Homeland\s+Security")

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
#: An aircraft carrying the number ("The plane, carrying 128 Venezuelans, landed", "Those flights carried 148,000
#: people"): its passengers, removed when the sentence before names a removal flight (`REMOVAL_FLIGHT`) that the
#: aircraft points back to.
CRAFT_CARRYING = re.compile(
    r"\b(?:the|that|those|these|each|one|another|a\s+second|the\s+second|the\s+first)\s+(?:[\w-]+\s+){0,2}?"
    # an apposition may stand between the craft and its verb: "The flight, the 15th to Venezuela this year, carried"
    r"(?:plane|flight|aircraft|jet|charter)s?(?:,\s+[^,;:.]{1,60}?,)?,?\s+"
    r"(?:carrying|with|which\s+carried|that\s+carried|carried)\s+"
    r"(?:(?:about|nearly|more\s+than|some|at\s+least|roughly|almost)\s+)?$",
    _I,
)
#: People the number counts who were on board the craft, told after them: "Nearly 90 Mauritanians were on the plane",
#: "the 112 people aboard the flight" (read only after a sentence that names a removal flight, as `CRAFT_CARRYING`).
ABOARD_CRAFT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:were|was)\s+)?(?:on|aboard|on\s+board)\s+(?:the|that|this|each)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:plane|flight|aircraft|jet|charter)s?\b",
    _I,
)

# ---------------------------------------------------------------------------------------------
# A building's own staff: "the building houses about 120 employees"
# ---------------------------------------------------------------------------------------------

#: A verb of lodging right before a staff noun's number ("the office houses 120 employees", "a building that housed
#: 300 workers"): a site's workforce, not employees an action took or held (`STAFF_HEAD` rereads those).
HOUSES_STAFF_BEFORE = re.compile(r"\bhous(?:es|ed|ing)\s+(?:(?:about|nearly|some|more\s+than|over|roughly)\s+)?$", _I)

#: A country that receives or takes back its own citizens right before the number ("Guatemala received 61,000 of its
#: nationals", "Honduras has taken back 20,000 of its citizens"): it takes them from a removal (GUIDELINES §2
#: deportations), while a shelter or a town that receives migrants (`OWN_NATIONALS_AFTER` absent) removes nobody.
TAKES_BACK_BEFORE = re.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|accept(?:s|ed|ing)?|t(?:ook|aken|akes|aking)\s+back)\s*$", re.IGNORECASE
)
#: The receiving country's own people right after the number: "of its citizens", "of their own nationals".
OWN_NATIONALS_AFTER = re.compile(r"\s+of\s+(?:its|their)\s+(?:own\s+)?(?:citizens|nationals)\b", re.IGNORECASE)
