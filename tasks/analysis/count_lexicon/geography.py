"""Where a count is: a story's dateline, the border (its towns, sectors, strip, works and the agencies that
work it) and the country's inside (interior offices, operations, the settings and scenes of an arrest).
"""

from __future__ import annotations

import re

from tasks.analysis.count_lexicon.vocabulary import _I, rx

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
    return (
        start < 200
        and "." not in text[:start]
        and bool(DATELINE_AFTER.match(text[end : end + 40]))
        and not PLACE_IN_PROSE_BEFORE.search(text, max(0, start - 20), start)
    )


#: A place named by its kind that points back to the town the story is told from: "in the city", "across the area".
TOWN_BY_KIND = re.compile(
    r"\b(?:in|across|around|throughout|near)\s+the\s+(?:city|area|metro(?:politan)?\s+area|neighbou?rhood|county)\b",
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

#: The border named as far away, by a distance no border-zone town has ("far from the border", "hundreds of miles
#: from the border", "1,200 miles from the border"): a sentence that says so sets its people inside the country, the
#: Border Patrol's own name aside (not "30 miles from the border": the 100-mile zone is the border's).
WELL_AWAY_FROM_BORDER = re.compile(
    r"\b(?:far|(?:hundreds|thousands)\s+of\s+miles|\d[\d,]{2,}\s+miles)\s+(?:away\s+)?from\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+){0,2}?border\b(?!['’])",
    _I,
)

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
#: A relative clause that tells the route of a group the counted people belong to ("a ring that moved migrants from
#: the border to stash houses in Phoenix"): where the group carried others, not where the people counted were taken.
ROUTE_FROM_BORDER = re.compile(
    r"\b(?:that|which)\s+(?:\w+\s+)?(?:moved|moves|transported|transports|smuggled|smuggles|ferried|ferries|"
    r"shuttled|shuttles|drove|drives|carried|carries)\s+(?:[\w’'-]+\s+){0,3}?from\s+(?:the\s+)?(?:[\w.-]+\s+)?"
    r"border\s+(?:to|into|across)\b",
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
# Where inside the country an action happened: the setting of an arrest
# ---------------------------------------------------------------------------------------------

#: A setting of daily life inside the country where agents take people ("outside a Home Depot", "at a car wash", "at
#: their homes", "during traffic stops", "outside the courthouse"): an action there is an arrest (GUIDELINES §2
#: arrests: picked up in raids, apprehended inside the country), whatever border the story or the paragraph talks of,
#: unless the sentence sets it at the border itself or, for a road, a stop or a store, by a town near it.
_LIVE_WORK_SETTINGS = (
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
)
#: ... and the settings of passing through (a road, a stop, a store): near the line they are where the Border Patrol
#: works the border too.
_PASSING_SETTINGS = (
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
INTERIOR_SETTING = rx(*_LIVE_WORK_SETTINGS, *_PASSING_SETTINGS)
#: Where people live, work, worship, study or report to the government (`INTERIOR_SETTING` less the roads, stops and
#: stores): an action there is an arrest even in a town near the line ("at car washes across Tucson", "at their
#: homes in Laredo"), unless the sentence names the border itself (`count_border.at_border`).
LIVE_WORK_SETTING = rx(*_LIVE_WORK_SETTINGS)
#: A smugglers' house, wherever it stands ("at a stash house near a school in Laredo"): a load of people just across,
#: the border's work, never a setting of daily life.
SMUGGLERS_HOUSE = rx(r"(?:stash|drop)[\s-]?houses?")

# ---------------------------------------------------------------------------------------------
# The border agency named without the border: Border Patrol sent inland
# ---------------------------------------------------------------------------------------------

#: The names of the border agency. Blanked, what is left of `BORDER` in a sentence sets someone at the border (a
#: crossing, a sector, the river, the border itself); a story where nothing is left of it anywhere names the agency
#: only ("Border Patrol agents arrived in Charlotte"), and its border talk makes it no border story (`count_border.py`).
BORDER_AGENCY = rx(r"Border\s+Patrol", r"CBP", r"Customs\s+and\s+Border\s+Protection")

# ---------------------------------------------------------------------------------------------
# Agents named by a word that points back to the sentence before
# ---------------------------------------------------------------------------------------------

#: A subject that points back to the agents of the sentence before ("Last year they apprehended ...", "Agents there
#: caught ...", "The agents arrested ..."): the count is made where that sentence put them, across a paragraph
#: break too (`counts.find_counts`, `count_border.inland_sentences`). Read in the words before the sentence's first
#: number.
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

#: Agents named by no agency of their own ("Agents also took 318 children into custody", "agents caught 23 more"):
#: the agency of the sentence before them, when its story goes on across a paragraph break.
BARE_AGENTS = re.compile(
    r"(?<![\w.’'-])(?<!\bICE\s)(?<!\bHSI\s)(?<!\bERO\s)(?<!\bFBI\s)(?<!\bDEA\s)(?<!\bATF\s)"
    r"(?<!federal\s)(?<!Federal\s)(?<!immigration\s)(?<!Immigration\s)(?<!deportation\s)(?<!state\s)(?<!State\s)"
    r"(?<!Patrol\s)(?<!\bCBP\s)[Aa]gents\b"
)
_APPREHENDED_BY_NONE = re.compile(
    r"\b(?:people|migrants|adults|men|women|children|minors|those)\s+(?:apprehended|caught)\b(?!\s+by\b)", _I
)
_AGENCY_NAMED = re.compile(
    r"\b(?:ICE|HSI|ERO|FBI|DEA|ATF|Immigration\s+and\s+Customs|Homeland\s+Security|police|deputies|sheriff|troopers|"
    r"officers|Marshals?)\b"
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
#: is in `count_border.at_border`.
BORDER_STRIP = rx(r"national\s+defen[cs]e\s+areas?", r"Roosevelt\s+Reservation")

# ---------------------------------------------------------------------------------------------
# A Border Patrol sector named as where agents come from, or by its chief
# ---------------------------------------------------------------------------------------------

#: A sector named as the home of the agents or of their chief ("agents from the El Centro Sector", "the Rio Grande
#: Valley Sector's agents", "El Centro Sector chief", "the sector chief"): it names the agency, not where the people
#: were taken (GUIDELINES §2: an arrest inside the country is an arrest whoever makes it), so `count_border.border_talk`
#: reads it as "Border Patrol". A sector named as a place ("apprehended 310 in the San Diego Sector", "agents in the
#: Yuma Sector") stays a border place.
SECTOR_OF_AGENTS = re.compile(
    r"(?:(?<=\bagents\s)|(?<=\bofficers\s))(?:from|of)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z][\w.'’-]*)\s+){1,4}(?:[Ss]ectors?|Stations?)\b|"
    r"\b(?:the\s+)?(?:(?-i:[A-Z][\w.'’-]*)\s+){1,4}[Ss]ector(?:['’]s)?(?=\s+(?:chief|agents|officers|commander)\b)|"
    r"\b(?:the\s+)?sector(?:['’]s)?(?=\s+chief\b)",
    _I,
)

# ---------------------------------------------------------------------------------------------
# The interior agency as the subject of the arrest verb: ICE's arrests near the border are arrests
# ---------------------------------------------------------------------------------------------

#: What may stand between the arrest verb and its number: "arrested more than 46,000".
_BEFORE_ARRESTED_NUMBER = r"\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+|at\s+least\s+|roughly\s+)?$"
#: ICE, ERO or HSI (or its officers or agents) as the subject right before the verb that governs the number ("ICE
#: officers arrested 27 people in Brownsville ... near the border", "HSI agents apprehended 14 workers"): the interior
#: agency's own arrests, wherever it made them (GUIDELINES §2: border apprehensions are CBP's and Border Patrol's).
INTERIOR_AGENCY_ARRESTED = re.compile(
    r"\b(?:ICE|(?-i:HSI|ERO)|Immigration\s+and\s+Customs\s+Enforcement|Homeland\s+Security\s+Investigations|"
    r"Enforcement\s+and\s+Removal\s+Operations)(?:['’]s)?\s+(?:(?:deportation\s+)?(?:officers|agents)\s+)?"
    r"(?:(?:have|had|has)\s+)?(?:\w+ly\s+)?(?:arrested|apprehended|detained|nabbed)" + _BEFORE_ARRESTED_NUMBER,
    _I,
)
#: A state or local force as the subject right before the verb that governs the number ("Texas Department of Public
#: Safety troopers have arrested more than 46,000 people ... since the border mission began", "sheriff's deputies
#: arrested 12 migrants near the river"): the force's own arrests, wherever it made them (GUIDELINES §1: state and
#: local police acting for immigration purposes arrest; §2: border apprehensions are CBP's and Border Patrol's).
STATE_FORCE_ARRESTED = re.compile(
    r"\b(?:troopers|deputies|(?:state|local|city|county)\s+police|police\s+officers|highway\s+patrol(?:\s+officers)?)"
    r"\s+(?:(?:have|had|has)\s+)?(?:\w+ly\s+)?(?:arrested|apprehended)" + _BEFORE_ARRESTED_NUMBER,
    _I,
)
#: Forces other than the border agencies whose arrests stay arrests near the line.
NON_BORDER_FORCE_ARRESTED = (INTERIOR_AGENCY_ARRESTED, STATE_FORCE_ARRESTED)

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
# The sea border: a landing on the coast, in a town far from any land border
# ---------------------------------------------------------------------------------------------

#: People landing from the sea, where they are caught (GUIDELINES §2 border_apprehensions: at or near the border, the
#: coast too): "48 migrants who came ashore in Key Largo", "landed on a beach in Malibu", "made landfall near Jupiter".
#: The town is then at the border, however far from Mexico or Canada; a landing long ago is `LONG_AGO_CROSSING`'s.
SEA_LANDING = re.compile(
    r"\b(?:came|come|coming|washed)\s+ashore\b|\bmade\s+landfall\b|"
    r"\b(?:landed|landing|beached)\s+(?:their\s+|a\s+|the\s+)?(?:\w+\s+)?(?:boat|vessel|panga|raft|skiff)s?\b|"
    r"\b(?:landed|landing)\s+(?:on|at)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:beach|shore|coast)\b",
    _I,
)

#: People stopped at sea, where they are caught (GUIDELINES §2 border_apprehensions: at or near the border, the sea
#: too): "intercepted 96 migrants at sea", "a Coast Guard cutter interdicted 58 Dominicans northwest of Aguadilla".
#: An interdiction is the sea border's own catch: the Coast Guard's or a cutter's, or one told at sea; its town, like a
#: landing's, is then at the border. A rescue of fishermen names no catch, and the verb must be an interdiction.
SEA_INTERDICTION = re.compile(
    r"\b(?:intercept|interdict)(?:s|ed|ing)?\b[^.;]{0,80}?\bat\s+sea\b|"
    r"\b(?:Coast\s+Guard|cutters?)\b[^.;]{0,60}?\b(?:intercept|interdict)(?:s|ed|ing)?\b",
    _I,
)

# ---------------------------------------------------------------------------------------------
# Where the agents come from, not where they act: "agents based in El Centro", "which normally patrols the border"
# ---------------------------------------------------------------------------------------------

#: The agents' home post told beside them: a base ("based in El Centro", "an El Paso-based unit", "stationed at the
#: Yuma station"), a habit ("which normally patrols the southern border", "who usually runs the El Centro sector") or
#: a move inland ("deployed from the border"). It names where the agents come from, not where those counted were
#: taken (GUIDELINES §2: arrests inside the country are arrests even when Border Patrol makes them), so neither its
#: town nor its border words set the count at the border.
AGENTS_HOME = re.compile(
    r"\b(?:(?:based|stationed|posted)\s+(?:in|at|out\s+of)|assigned\s+to)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z][\w.'’-]*),?\s+){0,3}(?-i:[A-Z][\w.'’-]*)(?:\s+(?:[Ss]ector|[Ss]tation))?|"
    r"\b(?:(?-i:[A-Z][\w.'’]*)\s+){0,2}(?-i:[A-Z][\w.'’]*)-based\b|"
    # a habit set off as an aside: it ends at a mark and holds no number (the main clause's count lies beyond it)
    r"\b(?:who|which|that)\s+(?:normally|usually|typically|ordinarily|otherwise|regularly)\s+[^,;.—–()\d]{1,80}"
    r"(?=[,;.—–)])|"
    r"\b(?:deployed|dispatched|redeployed|reassigned|pulled|drawn)\s+(?:in\s+)?from\s+(?:the\s+)?"
    r"(?:[\w.'’-]+\s+){0,3}?(?:border|[Ss]ectors?)\b|"
    # the agents named by the line they came from ("agents from the southern border arrested 50 people in Denver",
    # "officers sent from the border"): not the Border Patrol's name, nor a town or state by the line
    r"\b(?:agents|officers|personnel)\s+(?:(?:sent|brought|moved|transferred|shifted)\s+(?:in\s+)?)?from\s+(?:the\s+)?"
    r"(?:(?:southern|southwest(?:ern)?|northern|U\.S\.-Mexico|Mexican)\s+)?border\b"
    r"(?!\s+(?:[Pp]atrol|towns?|cit(?:y|ies)|states?|communit(?:y|ies)|regions?|areas?|counties|county|sectors?))",
    _I,
)
#: Words one of which every `AGENTS_HOME` match holds (lower case): a text without any is not searched (the pattern
#: tries every word; these substring tests are a cheap guard on the per-sentence path).
AGENTS_HOME_WORDS = (
    "based",
    "assigned",
    "stationed",
    "posted",
    "ally",
    "otherwise",
    "deployed",
    "dispatched",
    "reassigned",
    "pulled",
    "drawn",
    "from the",  # "agents from the border"
)

# ---------------------------------------------------------------------------------------------
# The northern border: crossings are caught at the line itself
# ---------------------------------------------------------------------------------------------

#: `BORDER_POINTS` on each land border (the southern one lies below the 40th parallel, the northern one above it).
SOUTHERN_BORDER_POINTS = tuple(p for p in BORDER_POINTS if p[0] < 40.0)
_NORTHERN_POINTS = [p for p in BORDER_POINTS if p[0] > 40.0]
#: The northern points filled in every twelfth of the way between neighbours (about 25 km), so that a town's distance
#: is to the line itself, not to the nearest sample.
NORTHERN_BORDER_LINE = tuple(
    (a[0] + (b[0] - a[0]) * k / 12, a[1] + (b[1] - a[1]) * k / 12)
    for a, b in zip(_NORTHERN_POINTS, _NORTHERN_POINTS[1:], strict=False)
    for k in range(13)
)
#: Northern crossings are walked or driven across at the line (Blaine, Champlain, Derby Line): a town farther than
#: this from it is inside the country for Border Patrol's counts there ("arrested 40 people in Lewiston"), where the
#: southern border's 100-mile zone (`NEAR_BORDER_KM`) still holds.
NEAR_NORTHERN_BORDER_KM = 50.0


# ---------------------------------------------------------------------------------------------
# A place in the lead's prose, not its dateline
# ---------------------------------------------------------------------------------------------

#: A preposition right before a place in the first sentence: the place is in its prose, a dash after it opens an
#: aside ("arrested 63 people at a warehouse in Dallas — 41 of them ... —"), not a dateline (which opens the text).
PLACE_IN_PROSE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|from|across|around|throughout|of|to)\s+(?:the\s+(?:city\s+of\s+)?)?$", _I
)


def bare_agents(text: str) -> bool:
    """Whether `text`'s actors are agents named by no agency of their own ("Agents also caught 23 more"), or people
    apprehended by no one named ("Of the 96 people apprehended, 30 were returned")."""
    return bool(BARE_AGENTS.search(text) or _APPREHENDED_BY_NONE.search(text)) and not _AGENCY_NAMED.search(text)


def border_agents(text: str) -> bool:
    """Whether `text` names the Border Patrol or CBP and no other agency beside it: agents told on are theirs."""
    return bool(BORDER_AGENCY.search(text)) and not _AGENCY_NAMED.search(BORDER_AGENCY.sub(" ", text))
