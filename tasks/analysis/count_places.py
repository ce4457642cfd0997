"""Which place a count is tied to: its own words first (its list item, its clause, its sentence), then what the
text points back to ("in the area", "in the state", "there" unless existential), then for an action count the
sentence that frames it (one of its paragraph that opens with its place, or an operation told with its place just
before), then a stand-in: the story's border, its main place, its dateline town or county, or its headline's place
(tasks/analysis/README.md, step 4). Never a count's place: the other end of a comparison ("twice as many as in
Detroit"), a speaker's whereabouts ("an official in Mexico City said"), where those counted live when the sentence
names where they were counted, origins and destinations, a place of a negated clause ("none of the arrests was in
Denver"), the place of another action ("removed three times before his arrest in Denver"), a part's place as a
stand-in for its whole ("245 people, 120 of them in Houston").
A count in a relative clause of place (", where ICE arrested 90 people") is where the clause's antecedent is.

Apart from `places.py`, which finds every place mention of a text, because this is GUIDELINES §2's rule of which
of those mentions is a count's place (not an origin, a destination, the dateline or a speaker's whereabouts).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import partial

from schemas.records import Place
from tasks.analysis.count_candidates import Candidate
from tasks.analysis.count_lexicon.frames import CARRIED_TO_BEFORE, inline_item_opening
from tasks.analysis.count_lexicon.geography import ENFORCEMENT_SCENE, at_dateline
from tasks.analysis.count_lexicon.parts import (
    OF_THE_GROUP_BEFORE,
    OF_THE_PEOPLE,
    OF_THE_WHOLE_BEFORE,
    OF_THEM,
    OF_THOSE_BEFORE,
    RANKED_PLACE_BEFORE,
)
from tasks.analysis.count_lexicon.traps import SUMMARY
from tasks.analysis.count_lexicon.vocabulary import CUES
from tasks.analysis.count_reading import RECORD_TYPES
from tasks.analysis.count_record import Count
from tasks.analysis.numbers import find_numbers
from tasks.analysis.places import (
    AMBIGUOUS,
    DIRECTIONS,
    FACILITY_TOWN_GAP,
    find_places,
    normalize_place,
    town_population,
)
from tasks.analysis.sentences import Sentence

_I = re.IGNORECASE


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


#: Where a count happened when the text names a region rather than a town: "along the border",
#: "at ports of entry", "in the interior", "nationwide", "in the San Antonio-Austin area"; but "away from the
#: border" or "far from the border" is the interior, not the border.
_REGION = re.compile(
    r"\b(?:along|at|near|across|on|(?<!\baway\s)(?<!\bfar\s)from)\s+(?P<border>the\s+(?:(?:southern|northern|southwest(?:ern)?|south-western|"
    r"Canadian|coastal|Mexican|U\.S\.-(?:Mexico|Mexican|Canada|Canadian)|US-(?:Mexico|Canada))\s+)?border)\b|"
    r"\b(?:at|through)\s+(?:the\s+)?(?:official\s+)?(?P<ports>ports?\s+of\s+entry)\b|"
    r"\b(?:in|into)\s+(?P<interior>the\s+(?:U\.S\.\s+|country's\s+)?interior)\b|"
    r"\b(?P<nationwide>nationwide|across\s+the\s+country)\b|"
    r"\b(?:in|around|across)\s+the\s+(?P<area>(?-i:(?:[A-Z][\w.'’]*(?:[\s-]+|$)){1,4})(?:area|region|sector|valley))\b",
    _I,
)
#: "the Border" capitalised, as a name writes it ("Witness at the Border counted", "agents at the Border Patrol
#: checkpoint"); the border where a count happens is written in lower case ("agents at the border").
_NAMED_BORDER = re.compile(r"(?-i:\bthe\s+Border)$")
#: A place the sentence points back to without naming it: "in the area", "across the region", "there" (not the
#: "there" of "there were", "there wasn't enough room", "there may be": a verb after it makes it existential).
_AREA_ANAPHOR = re.compile(
    r"\b(?:in|across|around)\s+the\s+(?P<noun>area|region|sector)\b|"
    r"\bthere\b(?!['’]|\s+(?:is|are|was|were|have|has|had|will|would|could|should|may|might|must|can|seems?|"
    r"seemed|appears?|appeared|remains?|remained|exists?|existed|isn|aren|wasn|weren|hasn|haven|hadn|won|wouldn|"
    r"couldn|be|been|being)\b)",
    _I,
)
#: A place the sentence points back to by its kind: "at the airport", "inside the facility", "across the city",
#: "in the county" (not "the center of the debate", "at the city council").
_KIND_ANAPHOR = re.compile(
    r"\b(?:at|in|inside|outside|across|around|throughout|into)\s+the\s+(?:(?:same|nearby|detention|processing|"
    r"immigration|federal|county)\s+)?(?P<kind>airport|facility|center|jail|prison|camp|station|city|town|county|"
    r"state)\b(?!\s+(?:of|council|hall|officials?|government|attorney|legislature|line)\b|['’])",
    _I,
)
#: A detention site a count's own words name by its kind, as its subject ("the center held 640", "The camp, built in
#: eight days, housed 900") or in its phrase ("deported from the facility", "held at the jail"): the site named before
#: it, whatever else its sentence names (a court, a lawyer's office, where flights left from). Not "the center of".
_SITE_NOUN = (
    r"\bthe\s+(?:(?:same|detention|processing|immigration|federal|county|family)\s+)?(?:facility|center|camp|jail|"
    r"prison)\b(?!\s+(?:of|for|on)\b|['’])"
)
_SITE_SUBJECT = re.compile(
    _SITE_NOUN
    + r"(?:\s*,(?:[^,]|,(?=\d)){1,80},)?\s+(?:(?:was|is|now|then|still|currently|had|has)\s+)*(?:held|holds|housed|"
    r"houses|housing|holding|detained|detains|had|has)\s+(?:(?:about|nearly|roughly|some|almost|more\s+than|over|"
    r"at\s+least)\s+)?$",
    _I,
)
_SITE_PHRASE = re.compile(r"\b(?:at|in|inside|from|into|to)\s+" + _SITE_NOUN, _I)
#: A place its kind names as the subject that acted: "The state has arrested 2,400 people", "the county held 310".
_KIND_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|,\s+)the\s+(?P<kind>state|city|county)\s+(?:has\s+|have\s+|had\s+|alone\s+)?(?:arrested|"
    r"detained|deported|removed|held|made|reported|recorded|honored|received)\b",
    _I,
)
#: The kind of place (as `_kind` names it) a `_KIND_ANAPHOR` noun points back to; any other noun: a facility.
_KINDS = {"city": "city", "town": "city", "county": "county", "state": "state", "airport": "airport"}
#: A place name that names a facility: "Adelanto ICE Processing Center", "Otay Mesa Detention Facility".
_FACILITY_NAME = re.compile(
    r"\b(?:Center|Centre|Facility|Jail|Prison|Camp|Station|Institution|Complex|Building|Courthouse)\b", _I
)
#: Between a count and its share in apposition ("58,000 ... arrested in the area, about 42%"): one group.
_APPOSITION = re.compile(
    r",\s*(?:or\s+)?(?:just\s+)?(?:about|nearly|roughly|some|almost|over|under|more\s+than|less\s+than)?\s*$", _I
)
#: Before a place, the speaker it is the whereabouts of: "an official in Mexico City", "a spokesman at the El Paso
#: sector" (when the sentence goes on to "said" without telling an action on the way).
_SPEAKER_BEFORE = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|representatives?|lawyers?|attorneys?|advocates?|sources?)\s+"
    r"(?:(?:based|stationed)\s+)?(?:in|at)\s+(?:the\s+)?$",
    _I,
)
#: After a speaker's place, the verb that makes them the speaker: "an official in Mexico City, who ..., said".
_SAID_AFTER = re.compile(r"[^.;!?]{0,160}?\b(?:said|says|told|stated|added|wrote|declined)\b", _I)
#: Before a speaker written after the speech verb, the verb: "said Maria Lopez, an attorney in San Antonio".
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to)\s+[^.;!?\d]{0,60}$", _I)
#: A border as a place's name: "the U.S.-Mexico border", "southern border", "the border".
_BORDER_NAME = re.compile(r"\bborder$", _I)
#: A line of a bulleted or numbered list: "- Atlanta: 212 arrests", "2. Houston - 12,880".
_BULLETED = re.compile(r"\s*(?:[-*•]|\d{1,2}[.)])\s")
#: A speaker named after the speech verb and described in apposition, whatever their noun: "said Luis Ortega, an
#: organizer from Fresno", "according to Ana Ruiz, a tenant organizer who lives in Aurora". The place in the
#: description is the speaker's, not where the count happened.
_SPEAKER_APPOSITIVE = re.compile(
    r"\b(?:said|says|according\s+to)\s+(?-i:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),\s+(?:a|an|the)\s+"
    r"[^,;.!?\d]{0,60}?\b(?:in|from|at|near)\s+(?:nearby\s+)?(?:the\s+)?$",
    _I,
)
#: Where the speaker was when speaking: "the governor, speaking at a news conference in Sacramento, said".
#: Set off as its own phrase ("Speaking in ...,", ", speaking in ...,"): "agents speaking Spanish in Houston" is no
#: speaker's whereabouts.
_SPEAKING_IN = re.compile(
    r"(?:^|[,;:—–(]\s*|[.!?]\s+)speaking\s+(?:[\w'’-]+\s+){0,4}?(?:in|at|from)\s+(?:the\s+)?$", _I
)
#: An attribution set off inside a sentence: "64 people were arrested, the sheriff of Polk County said, during ...",
#: "..., according to the Collier County Sheriff's Office, ...". A place in it is the speaker's.
_INSERTED_ATTRIBUTION = re.compile(
    r",\s*(?:according\s+to\b[^,;.!?\d]{0,80}|[^,;.!?\d]{0,80}?\b(?:said|says|told\s+[\w.]+|reported|announced))\s*,",
    _I,
)


#: Where words were spoken to an audience: "Homan told reporters outside the Broadview processing center", "at a news
#: conference in Sacramento".
_SPEECH_SETTING = re.compile(
    r"\b(?:told\s+(?:reporters|journalists|the\s+press|a\s+crowd|supporters)|(?:news|press)\s+(?:conference|briefing))"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:in|at|outside|near|from)\s+(?:the\s+)?$",
    _I,
)
#: An office named by its town that speaks: "ICE's Newark field office said", "the ICE field office in Newark said".
_OFFICE_SPEAKS = re.compile(
    r"(?:['’]s?)?\s+(?:(?:field|area|regional|district|local)\s+)?office\s+(?:said|says|announced|reported|stated)\b",
    _I,
)
_OFFICE_IN_BEFORE = re.compile(r"\boffice\s+in\s+$", _I)
_SPEECH_VERB_AFTER = re.compile(r"\s+(?:said|says|announced|reported|stated)\b", _I)


def _office_speaker(text: str, start: int, stop: int) -> bool:
    """Whether the place at text[start:stop] names an office that speaks ("ICE's Newark field office said the agency
    deported 271,000 people"): the speaker's, as "an official in Newark said" is, not where the count happened."""
    if _OFFICE_SPEAKS.match(text, stop):
        return True
    named_office = re.search(r"\boffice(?:\s+in\s+[^,;.]+)?$", text[start:stop], _I) is not None
    in_office = _OFFICE_IN_BEFORE.search(text, max(0, start - 20), start) is not None
    return (named_office or in_office) and _SPEECH_VERB_AFTER.match(text, stop) is not None


def _speaker_place(text: str, start: int, stop: int, end: int) -> bool:
    """Whether place is where the speaker of its sentence is ("An official in Mexico City who ... said that", "said
    Maria Lopez, an attorney in San Antonio", "speaking in Sacramento", ", the sheriff of Polk County said,"), not
    where something happened: no action told between it (text[start:stop]) and the speech verb, which comes before
    `end`."""
    if _SPEAKING_IN.search(text, max(0, start - 60), start) or _SPEECH_SETTING.search(text, max(0, start - 80), start):
        return True
    inserted = _INSERTED_ATTRIBUTION.search(text, max(0, start - 80), min(end, stop + 80))
    if inserted and inserted.start() <= start and stop <= inserted.end():
        return True
    if _SPEAKER_APPOSITIVE.search(text, max(0, start - 140), start):
        return True
    speaker = _SPEAKER_BEFORE.search(text, max(0, start - 40), start)
    if not speaker:
        return False
    if _SAID_BEFORE.search(text, max(0, speaker.start() - 60), speaker.start()):
        return True
    said = _SAID_AFTER.match(text, stop, end)
    return said is not None and not any(CUES[kind].search(said.group()) for kind in ("arrests", "detentions"))


#: Between a part and its whole in one sentence: "97 of the 212", "63 out of the 152", "12 of more than 40", "72% of
#: the roughly 1,300".
PARTITIVE = re.compile(
    r"\s*(?:\w+\s+)?(?:out\s+)?of\s+(?:the\s+)?(?:(?:more|fewer)\s+than\s+|nearly\s+|about\s+|some\s+|roughly\s+|"
    r"approximately\s+|almost\s+|an\s+estimated\s+)?",
    _I,
)
#: A sentence that tells its count of the whole country: "detained on arrival in the U.S.", "removed from the
#: U.S.", "already in America", "entering the country". The story's main place is no stand-in there.
_NATIONAL = re.compile(
    r"\b(?:in|into|from|across|throughout|entering|enter|entered|out\s+of|left|leave|leaving)\s+(?:the\s+)?"
    r"(?:U\.\s?S\.(?!\s?[A-Z]|\s*[-–])|US\b(?!\s*[-–])|United\s+States\b(?!\s*[-–])|America\b|country\b)|"
    r"\b[Nn]ationally\b"  # "Nationally, ICE has arrested 4,100 people at courthouses"
)
#: A foreign place that is where people were sent or came from, not where the count happened:
#: "crawled back into Mexico", "deported to Honduras", "immigrants from China", "nationals of Cuba",
#: "countries other than Mexico", "born in Guatemala", "returned via Tijuana", "a flight bound for Caracas"; but
#: "the state of Chiapas" is where it happened.
_DESTINATION_BEFORE = re.compile(
    r"\b(?:to|into|from|(?<!\bstate\s)(?<!\bcity\s)(?<!\btown\s)(?<!\bvillage\s)(?<!\bprovince\s)of|than|via|through|"
    r"born\s+in|(?:bound|headed|destined)\s+for)\s+(?:the\s+)?$",
    _I,
)
#: A foreign place people fled, or left behind: "fleeing violence in Honduras", "back home in Guatemala".
_FLED_FROM = re.compile(
    r"\b(?:flee(?:ing|s)?|fled|escap(?:e|es|ed|ing)|back\s+home)\b(?:[^.;:,]{0,40}?\b(?:in|from))?\s+(?:the\s+)?$", _I
)
#: Countries named as examples of where people came from or went: "from countries including Venezuela and Cuba",
#: "to nations such as Honduras".
_COUNTRIES_SUCH_AS = re.compile(
    r"\b(?:from|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:countries|nations)\s+(?:including|such\s+as|like)\s+$", _I
)
#: The attribution that ends a sentence: ", Texas officials said.", ", according to the Border Patrol in Tucson.",
#: ", the chief said during a visit to San Antonio." (the setting of the speech, however long). A place in it is where
#: the speaker is, not where the count happened.
_ATTRIBUTION = re.compile(
    r"(?:,|\s[—–-]{1,2})\s*(?:(?:according\s+to|citing)\b[^,;\d]*|(?:[^,;\d]{0,80}?\s)?(?:said|says|told|reported|"
    r"announced|stated)\b(?:(?:\s+[^\s,;\d]+){0,5}|(?:\s+[^\s,;\d]+)?\s+(?:during|while|at|in|from)\s[^,;\d]{0,60}))"
    r"[.!?\"”’]*\s*$",
    _I,
)
#: Where someone lives or is based, not where enforcement happened: "agents based in El Centro", "immigrants who live
#: in Montgomery County", "residents of Hialeah". Such a place is no count's own place when its sentence names another.
_LIVES_BEFORE = re.compile(
    r"\b(?:based|headquartered|stationed|living|residing|"
    # the relative clause of those counted may carry its tense ("who had lived in Houston", "who have worked in Ames")
    r"who\s+(?:(?:had|have|has)\s+(?:long\s+|since\s+|once\s+)?)?(?:lives?|lived|work(?:s|ed)?))\s+(?:in|out\s+of)\s+"
    r"(?:the\s+)?$|\b(?:residents?|natives?)\s+of\s+(?:nearby\s+)?$",
    _I,
)
#: Where someone comes from ("a DACA recipient from Aurora", "volunteers from Tucson"): with where they live, a home,
#: never a story's main place. "from" alone is also where things left ("14 flights departed from Alexandria"), so it
#: does not take a count's own place away.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:nearby\s+)?$", _I)
#: After a town or state written as an adjective, the people who live there: "longtime Los Angeles residents", "a
#: Cleveland man", "two Houston teenagers". Where they are from, not where the count happened.
_HOME_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:residents?|natives?|man|men|woman|women|couples?|fathers?|mothers?|teen(?:ager)?s?|"
    r"students?|boys?|girls?|homeowners?)\b"
)
#: After a state's name, the body it is part of the name of: an agency ("Tennessee Highway Patrol", "Texas
#: Department of Public Safety") or an organisation ("Tennessee Immigrant and Refugee Rights Coalition").
_AGENCY_AFTER = re.compile(
    r"\s+(?:Highway\s+Patrol|State\s+(?:Police|Patrol|Troopers)|Department\s+of\s+Public\s+Safety|DPS|"
    r"National\s+Guard|Attorney\s+General|(?:(?:[A-Z][\w'’-]*|and|of|for)\s+){0,5}(?:Coalition|Alliance|"
    r"Association|Council|Project|Network|Committee|Foundation|Institute))\b"
)
#: After a state's name, a body of government or politics it qualifies: "Texas officials", "Colorado lawmakers", "New
#: Mexico's governor", "Arizona Republicans". Whose, not where a count happened; the story is still that state's.
_BODY_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:state\s+)?(?:officials|lawmakers|legislators|legislature|leaders|politicians|Republicans|"
    r"Democrats|GOP|voters|governor|Gov\.|senators?|congressional\s+delegation|attorney\s+general)\b"
)
#: Where people were sent: "deported to El Salvador", "flown back to Guatemala".
_SENT_TO = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", _I)
#: Between a state or town and the place it says the whereabouts of: "Texas' Rio Grande Valley", "Chicago's O'Hare
#: International Airport".
_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+(?:the\s+)?")
#: Before the other end of a comparison: "twice as many as in Detroit", "the same as Ohio", "more than in Texas",
#: "compared with Houston", "the most of any state except Texas": that place is where the figure it is compared with
#: happened, not this count's. A bare "as" compares nothing ("the area known as Cicero", "as Houston officials
#: protested", "such as Houston"): only the second "as" of "as many ... as" or the "as" of "the same as" does. After a
#: word of quantity the words between may be more: "twice as many people in a single year as in Indiana".
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|as\s+(?!well\s)(?:[\w-]+\s+){1,3}(?<!\bsuch\s)as|same\s+as|compared\s+(?:with|to)|versus|vs\.|"
    r"as\s+(?:many|much|few|little|high|large|great|big|low|small)\s+(?:[\w-]+\s+){3,8}?as|"
    r"unlike|except(?:\s+for)?|excluding)\s+"
    r"(?:(?:in|at|for|from|with|to)\s+)?(?:the\s+)?(?:[\w.]+['’]s?\s+)?$|"
    # the other end named by its site, event or group, with no number: "more than the facility in Lumpkin", "compared
    # with the agents at the Laredo sector" (not "more than the agency expected in ...": a site noun before the place)
    r"\b(?:than|compared\s+(?:with|to)|versus|unlike)\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:facility|facilities|centers?|jails?|prisons?|offices?|sectors?|ones?|raids?|operations?|sweeps?|plants?|"
    r"agents|officers|deputies)\s+(?:in|at|near|outside)\s+(?:the\s+)?$",
    _I,
)
#: After a count, the other end of a comparison told with a number of its own ("more than the 1,100 held at the
#: jail in Livingston", "up from 640 in Dallas", "compared with 2,100 in Idaho"): what follows is that number's,
#: kept as a count or not. "more than 300" without "the" is an approximation, not a comparison.
_COMPARED_NUMBER = re.compile(
    r"\b(?:(?:more|fewer|less|higher|lower|greater|larger|smaller)\s+than\s+the|(?:up|down)\s+from(?:\s+the)?|"
    r"compared\s+(?:with|to)(?:\s+the)?|versus|vs\.)\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+)?\d",
    _I,
)
#: Before a place, a negated clause that says nothing happened there: "none of the arrests was in Denver", "not in
#: Denver", "no one in Denver" (not "no fewer than", "no more than"); within the place's own clause.
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:none|not|never|nobody|neither|nor)\b|n['’]t\b|\bno\b(?!\s+(?:fewer|less|more|longer|later)\b))"
    r"[^,;:.!?()—–]*$",
    _I,
)
#: Before a place, another action it is the place of: "before his arrest in Denver", "after their detention at the
#: Krome center", "since her deportation from ..."; the noun's type, as `_EVENT_TYPES` names it.
_EVENT_BEFORE = re.compile(
    r"\b(?:before|after|since|until|following|upon|during)\s+(?:(?:his|her|their|its|the|a|an|that|this)\s+)?"
    r"(?:(?:earlier|previous|prior|first|last|latest|most\s+recent|recent)\s+)?"
    r"(?P<noun>arrest|detention|deportation|removal|conviction|apprehension)s?\s+(?:(?:there|later|earlier)\s+)?"
    r"(?:in|at|near|outside)\s+(?:the\s+)?$",
    _I,
)
#: The count type of an action noun of `_EVENT_BEFORE`.
_EVENT_TYPES = {
    "arrest": "arrests",
    "detention": "detentions",
    "deportation": "deportations",
    "removal": "deportations",
    "conviction": "convictions",
    "apprehension": "border_apprehensions",
}


def _event_before(text: str, start: int) -> str:
    """The type of another action a place is written as the place of ("before his arrest in Denver": "arrests")."""
    m = _EVENT_BEFORE.search(text, max(0, start - 80), start)
    return _EVENT_TYPES[m["noun"].lower()] if m else ""


#: Between two items of one list of places: "from Honduras, Guatemala and El Salvador".
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")


@dataclass(frozen=True)
class _PlaceAt:
    name: str
    start: int
    end: int
    destination: bool
    region: bool = False
    dateline: bool = False
    country: bool = False  # a whole country ("Mexico", "the United States"): never a story's main place
    agency: bool = False  # a state named as its agency ("Tennessee Highway Patrol"): whose, not where
    body: bool = False  # a state qualifying a political body ("Colorado lawmakers"): no count's own place
    home: bool = False  # where someone lives, is based or comes from: never a story's main place
    town: str = ""  # the town it is in ("federal building in Minneapolis", "south Minneapolis": Minneapolis)
    kind: str = ""  # "airport", "facility", "county", "city" or "state": what "the airport", "the city" point to
    qualifier: bool = False  # a state or town that only says where the next place is ("Texas' Rio Grande Valley")
    speaker: bool = False  # where the speaker is ("an official in Mexico City said"): never a count's place
    resident: bool = False  # where the people counted live ("Los Angeles residents", "who live in Montgomery County")
    compared: bool = False  # the other end of a comparison ("twice as many as in Detroit"): not this count's
    negated: bool = False  # where nothing happened ("none of the arrests was in Denver"): no count's place
    event: str = ""  # the type of another action it is the place of ("before his arrest in Denver"): "arrests"
    office: bool = False  # an office named by its town that speaks ("ICE's Newark field office said"): no tally's place
    abroad: bool = False  # a place outside the U.S. ("Guatemala", "Tijuana"): an origin or destination, no item's place


def _kind(place: Place) -> str:
    """What a place is, as a sentence can point back to it ("at the airport", "across the city")."""
    if re.search(r"\bAirport\b", place.name, _I):
        return "airport"
    if _FACILITY_NAME.search(place.name):
        return "facility"
    if re.search(r"\b(?:County|Parish)\b", place.normalized):
        return "county"
    if place.city and place.normalized == f"{place.city}, {place.state}":
        return "city"
    if place.state and place.normalized == place.state:
        return "state"
    if re.search(r"\bsector$", place.normalized, _I):
        return "sector"
    # a metro area, a valley, a border, a part of the country ("Houston area", "New England")
    return "region" if place.country == "US" and not place.city and not _FACILITY_NAME.search(place.name) else ""


def _place_name(place: Place) -> str:
    """The name a fact carries: the gazetteer's for a town or state, the region or facility phrase as
    normalized ("southern border", "Laredo sector", "Houston area"); the same string as the mention's
    `normalized`, so that the analyst views find its state and coordinates."""
    return place.normalized


def _count_places(text: str, end: int, mentions: list) -> list[_PlaceAt]:
    found: list[_PlaceAt] = []
    for p in mentions:
        if p.place.normalized == "United States":
            continue  # the whole U.S. is no count's place ("stopped 261 from entering the United States")
        foreign = p.place.country not in (None, "US")
        kind = _kind(p.place)
        lives = _LIVES_BEFORE.search(text, max(0, p.start - 40), p.start) is not None
        before = found[-1] if found else None
        # the next item of a list after a place takes the flags that carry over a list: destination, home, compared
        # ("from Honduras, Guatemala and El Salvador", "twice as many as in Detroit and Cleveland")
        listed_after = before if before is not None and _LIST_GAP.fullmatch(text[before.end : p.start]) else None
        found.append(
            _PlaceAt(
                _place_name(p.place),
                p.start,
                p.end,
                foreign
                and (
                    (listed_after is not None and listed_after.destination)
                    or _DESTINATION_BEFORE.search(text[max(0, p.start - 16) : p.start]) is not None
                    or _FLED_FROM.search(text[max(0, p.start - 60) : p.start]) is not None
                    or _COUNTRIES_SUCH_AS.search(text[max(0, p.start - 60) : p.start]) is not None
                )
                or CARRIED_TO_BEFORE.search(text, max(0, p.start - 40), p.start) is not None,
                dateline=at_dateline(text, p.start, p.end),  # where the story was filed, not where a count happened
                country=p.place.normalized == p.place.country,
                agency=kind == "state" and _AGENCY_AFTER.match(text, p.end) is not None,
                body=kind == "state" and _BODY_AFTER.match(text, p.end) is not None,
                home=lives
                or _FROM_BEFORE.search(text, max(0, p.start - 40), p.start) is not None
                or (listed_after is not None and listed_after.home),
                town=f"{p.place.city}, {p.place.state}" if p.place.city else _place_name(p.place),
                kind=kind,
                speaker=_speaker_place(text, p.start, p.end, len(text)),
                resident=(kind in ("city", "state") and _HOME_AFTER.match(text, p.end) is not None) or lives,
                compared=_COMPARED_BEFORE.search(text, max(0, p.start - 90), p.start) is not None
                or (listed_after is not None and listed_after.compared),
                negated=_NEGATED_BEFORE.search(text, max(0, p.start - 60), p.start) is not None
                or (listed_after is not None and listed_after.negated),
                event=_event_before(text, p.start) or (listed_after.event if listed_after is not None else ""),
                office=_office_speaker(text, p.start, p.end),
                abroad=foreign,
            )
        )
    taken = [(p.start, p.end) for p in found]
    for m in _REGION.finditer(text, 0, end):
        name = next(g for g in m.groups() if g)
        name = name.lower() if m.lastgroup == "nationwide" else name  # "Nationwide, ICE arrested ..."
        start = m.start(m.lastgroup or 0)
        if any(a < m.end() and start < b for a, b in taken):
            continue
        if m.lastgroup == "border" and _NAMED_BORDER.search(text, m.start(), m.end()):
            continue  # "Witness at the Border counted 3,100", "at the Border Patrol checkpoint": a name, no place
        found.append(_PlaceAt(name, start, m.end(), False, True))
    found.sort(key=lambda p: p.start)
    found = _sited_at_dateline(text, found)
    # a town that owns a site ("from Houston's George Bush Intercontinental Airport") is the site's town, as in "the
    # airport in Houston": both are the count's, and "from" tells where the people left, not where they live
    found = [
        (
            replace(p, home=q.home)
            if p.kind == "city" and q.kind in ("facility", "airport")
            else replace(p, qualifier=True)
            if p.kind in ("state", "city")
            else p
        )
        if q.start > p.end and _POSSESSIVE_BEFORE.fullmatch(text, p.end, q.start)
        else p
        for p, q in zip(found, found[1:], strict=False)
    ] + found[-1:]
    return _name_the_border(found)


#: A part of a state told by a direction in lower case ("central Louisiana", "southeast Georgia"); a capitalised one
#: names a region of its own ("South Texas", "Northern Virginia") and stays as written.
_STATE_PART = re.compile(rf"(?-i:{DIRECTIONS.lower()})\s+(?P<state>.+)")
#: Before a place, one site it locates: "a detention center in", "a battery plant under construction in", "a small
#: airport in".
_ONE_SITE_IN = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:center|facility|plant|airport|jail|prison|camp|warehouse|factory|"
    r"complex)\b[^,.;:]{0,40}?\s(?:in|near)\s+$",
    _I,
)


#: A dateline town of this size or more is where a story is filed from, not the town of a site in its region.
_SITE_TOWN_MAX_POPULATION = 100_000


def _sited_at_dateline(text: str, found: list[_PlaceAt]) -> list[_PlaceAt]:
    """One site located only by a part of the dateline town's state ("JENA, La. — ... a detention center in central
    Louisiana") stands in that town: the place as narrow as the text says. A region of many sites ("raids across
    eastern Iowa"), or of another state, stays the region."""
    town = next((p for p in found if p.dateline and p.kind == "city"), None)
    if town is None:
        return found
    city, _, state = town.town.rpartition(", ")
    if town_population(city, state) >= _SITE_TOWN_MAX_POPULATION:
        return found  # "ATLANTA — ... a processing center in southeast Georgia": a city reporters cover a region from
    return [
        replace(p, name=town.town, town=town.town, kind="city", region=False)
        if p.kind == "region"
        and not p.dateline
        and (part := _STATE_PART.fullmatch(p.name)) is not None
        and part["state"] == state
        and _ONE_SITE_IN.search(text, max(0, p.start - 80), p.start)
        else p
        for p in found
    ]


def _name_the_border(found: list[_PlaceAt]) -> list[_PlaceAt]:
    """ "the border" of a story that names one border ("the southern border", "the U.S.-Mexico border") is that
    border: the region as narrow as the story says it."""
    named = Counter(
        re.sub(r"^the\s+", "", p.name)
        for p in found
        if re.search(r"\S\s+border$", p.name, _I) and not re.fullmatch(r"the\s+border", p.name, _I)
    )
    if len(named) != 1:
        return found
    border = next(iter(named))
    return [replace(p, name=border) if re.fullmatch(r"the\s+border", p.name, _I) else p for p in found]


def _main_places(places: list[_PlaceAt]) -> list[str]:
    """The story's main enforcement place: the town, state or facility named most often (the first of
    a tie), a town counting the places within it ("south Minneapolis", "the federal building in
    Minneapolis") and going by the name written most often; else the region named most often ("the border").
    Never a destination, a whole country, the dateline, where people live or come from, or a state named only as
    part of a body's name ("the Tennessee Highway Patrol")."""
    usable = [
        p
        for p in places
        if not (p.destination or p.country or p.dateline or p.home or p.agency or p.compared or p.negated or p.speaker)
    ]
    named = [p for p in usable if not p.region] or usable
    towns = Counter(p.town or p.name for p in named)
    if not towns:
        return []
    best = max(towns.values())
    town = next(p.town or p.name for p in named if towns[p.town or p.name] == best)
    names = Counter(p.name for p in named if (p.town or p.name) == town)  # its name written most often
    return [names.most_common(1)[0][0]]


def _story_border(places: list[_PlaceAt], main: list[str]) -> list[str]:
    """Where a story's border apprehensions happen when their sentence does not say: the border the story
    names most often ("southern border", else "the border"), if borders are named at least as often as the
    story's main place (a story about Tijuana keeps Tijuana)."""
    borders = [p for p in places if p.name.endswith("border") and not p.destination]
    if main and main[0].endswith("border"):
        return main  # a story that names no town: its main place is its border
    if not borders or len(borders) <= sum(1 for p in places if main and p.name == main[0]):
        return []
    named = Counter(p.name for p in borders if p.name != "the border")
    if not named:
        return ["the border"]
    best = max(named.values())
    return [next(p.name for p in borders if named.get(p.name) == best)]


#: Counts of an enforcement action, told where the story happens; the story's main place stands in when the
#: sentence names none. Counts of who those people were (records, convictions), of assaults and of deaths
#: get no guessed place (the seed's assault and record counts carry none).
_ACTION_TYPES = frozenset({"arrests", "border_apprehensions", "detentions", "deportations", "charged", "detainers"})
#: From this size up a count the sentence does not place is a national or agency-wide tally ("ICE released
#: 53,324 minors", "removals hit a record of 409,849"), not an event of the story's town: no main place stands
#: in (border apprehensions still go to the story's border).
_TALLY = 10_000


def _within(
    places: list[_PlaceAt],
    a: int,
    b: int,
    skip: tuple[tuple[int, int], ...] = (),
    spoken: tuple[int, int] = (0, 0),
) -> list[str]:
    """The names of the places between offsets a and b that can be a count's: not an origin or destination,
    not the dateline, not a speaker's whereabouts, not in a `skip` span (another count's), not in the `spoken`
    attribution."""
    return _unique(
        [
            p.name
            for p in places
            if a <= p.start
            and p.end <= b
            and not p.destination
            and not p.dateline
            and not p.qualifier
            and not p.agency
            and not p.body
            and not p.compared
            and not p.negated
            and not p.speaker
            and not any(x <= p.start < y for x, y in (*skip, spoken))
        ]
    )


#: Between a place and the number it labels: a list label ("Wake County 96"), a subject and its verb
#: ("Mecklenburg County received 142", "Louisiana's detention centers held 7,412"), a relative clause ("Texas,
#: which held 17,380"); an approximation may come before the number.
#: Between a subject place and the part it accounted for: "The Tucson Sector accounted for 612 of the 7,400".
_ACCOUNTED_FOR_GAP = re.compile(
    r"\s+(?:alone\s+)?(?:accounted|accounts)\s+for\s+(?:(?:about|nearly|roughly|some|almost|over|more\s+than)\s+)?",
    _I,
)
_LEAD_GAP = re.compile(
    r"(?:['’]s?\s+(?:[a-z]+\s+){0,2}|,\s*which\s+(?:also\s+)?|\s+(?:alone\s+)?|"
    # a site the place names, as a list label: "the Torrance County jail 310"
    r"\s+(?:(?:detention|processing)\s+)?(?:jail|facility|center|centre|prison|office|sector)s?\s+(?:alone\s+)?)?"
    r"(?:\s*(?:received|reported|recorded|counted|logged|issued|held|had|made|saw|detained|arrested|apprehended|"
    r"removed|deported|"
    # the verb in the present ("Louisiana holds 7,300", "Georgia reports 1,100")
    r"receives|reports|records|counts|logs|issues|holds|has|sees)\s+)?"
    # a superlative's subject ("Mexico accounted for the most removals last year, with 87,300") and the items that
    # follow it ("followed by Guatemala at 31,200 and Honduras with 28,900")
    r"(?:\s+(?:accounted\s+for|had|saw|recorded|reported|received|led|topped)\s+the\s+(?:most|largest\s+(?:number|share)"
    r"\s+of)\s+[^,;\d]{1,60}?,\s*(?:with\s+)?|\s+(?:led|topped)\s+[^,;\d]{1,60}?\s*,?\s*with\s+|\s+(?:at|with)\s+)?"
    r"(?:(?:about|nearly|roughly|some|almost|over|more\s+than|fewer\s+than|at\s+least)\s+)?",
    _I,
)
#: A transfer of the people counted from one place to another: "moved 130 detainees from El Paso to a detention
#: center in Louisiana", "bused 48 families from a shelter in McAllen to Dilley". Its verb, anywhere in the count's
#: clause, and the "from ... to" of the count's own words, whose origin is where they were held.
_TRANSFER_VERB = re.compile(
    r"\b(?:mov(?:e|es|ed|ing)|transferr(?:ed|ing)|transfers?|fl(?:ew|own|ies|y|ying)|bus(?:s)?(?:ed|ing)|shipp(?:ed|ing)|"
    r"relocat(?:ed|es|ing)|transport(?:ed|s|ing))\b",
    _I,
)
_FROM_TO = re.compile(r"\bfrom\s+(?P<origin>[^.;:!?()]{2,80}?)\s+to\s+", _I)
#: The crime a prosecution charges, told after its people with its own route or scene: "indicted 14 people on charges
#: of transporting migrants from Laredo", "charged 9 men with smuggling migrants through Nogales" (where the crime
#: ran, not where the people were charged: the subject's court or office places the count, when it names a place).
_CHARGED_CRIME = re.compile(
    r"\b(?:on\s+(?:federal\s+)?charges?\s+(?:of|that)|with|for|of)\s+(?:(?:conspiracy\s+to|conspiring\s+to|"
    r"illegally|allegedly)\s+)?(?:transport|smuggl|harbor|harbour|conceal|mov|bring|brought|shelter)\w*\b",
    re.IGNORECASE,
)
#: Where the charge's own words end and the action's scene begins: "charged 11 people with harboring workers after a
#: raid at a restaurant in Conroe" (the raid's place is the count's, as an action's place is).
_CRIME_SCENE_BREAK = re.compile(r"\b(?:after|following|during|when|while|before|since|amid)\b|[,;(]", re.IGNORECASE)
#: A relative clause after a count's noun whose object is what its people crossed: "96 people who had crossed the Rio
#: Grande" (the river is their past, not the count's place).
_CROSSED_RELATIVE = re.compile(
    r"\b(?:who|that)\s+(?:had\s+|have\s+|just\s+|illegally\s+){0,2}(?:crossed|swam|waded)\s+(?:across\s+)?(?:the\s+)?",
    _I,
)
#: The river the gazetteer knows by name ("crossed the Rio Grande"), as a count's place gives it: no town, county,
#: state or facility (not the Rio Grande Valley, a region of towns, nor a town named for a river like Fall River).
_RIVER = re.compile(r"(?:the\s+)?Rio\s+Grande")
#: Between a count's number and a verb of moving: a relative pronoun, which makes the move a past of those counted
#: ("17 workers who had been bused from Houston to a job site in Conroe"), not the count's own action.
_RELATIVE_BEFORE_MOVE = re.compile(r"\b(?:who|whom|that|which)\b", _I)
#: A verb that takes people somewhere after they were arrested, up to the "to" of where they went: "took them to the
#: county jail in Moore Haven", "drove 15 men arrested in Fort Myers to the center in Miami". The places after it are
#: where the people were taken, not where they were arrested. "Taken into custody" is the arrest itself.
_TAKEN_TO = re.compile(
    r"\b(?:took|taken|taking|brought|bringing|drove|driven|sent|transported|transferred|bused|bussed|flew|flown)\b"
    r"[^.;:!?()]{0,80}?\sto\s(?!custody\b)",
    _I,
)
#: Between a place and a count of the relative clause of place it opens: "in Boston, where ICE arrested", "Omaha, in
#: which agents detained".
_WHERE_CLAUSE = re.compile(r"\s*,\s*(?:where|wherein|in\s+which|at\s+which)\b[^,;:.()—–]*", _I)
#: Where a relative clause closes: its comma, semicolon or dash.
_CLAUSE_CLOSE = re.compile(r"[,;]|\s[—–]")
#: The verb that opens the predicate of a partitive's part after its whole: "97 of the 212 arrests were in Dallas".
_PART_PREDICATE = re.compile(
    r"\b(?:were|was|are|is|had|have|has|took\s+place|happened|occurred|came|remain(?:ed)?)\b", _I
)
#: A part's number and its partitive right before a whole: "97 of the 212", "63 out of the".
_PART_BEFORE = re.compile(r"\d(?:" + PARTITIVE.pattern + r")$", _I)


def _part_predicate_verb(whole: Count) -> re.Match[str] | None:
    """For a whole written after its part ("97 of the 212 arrests were in Dallas"), the verb that opens the part's
    predicate after the whole's noun phrase, in the whole's clause (offsets into its sentence as read); None without
    one. Both `place_counts` steps that read a partitive (its own span, a count told again) ask it here."""
    return _PART_PREDICATE.search(whole.sentence.rule_text, whole.number.end, whole.clause[1])


#: Between a facility and the town it stands in: "the Krome detention center in Miami".
_FACILITY_TOWN_GAP = re.compile(
    # or an appositive that tells what the site is before its town: "Delaney Hall, the privately run detention center
    # in Newark"
    rf"(?:{FACILITY_TOWN_GAP}|,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}(?:center|centre|facility|jail|prison|camp)\s+"
    r"(?:in|near|outside)\s+(?:downtown\s+)?)",
    _I,
)
#: Between a site's bare name and its town, the kind of site it is: "Delaney Hall detention center in Newark",
#: "Camp East Montana detention facility near El Paso" (the name is the site's, the noun says what it is).
_SITE_KIND_TOWN_GAP = re.compile(
    rf"\s+(?:(?:immigration|ICE|federal|private|privately[\s-]run)\s+)?(?:detention|processing)\s+"
    rf"(?:center|centre|facility){FACILITY_TOWN_GAP}",
    _I,
)
#: After a count, a coordinated clause with a subject of its own: ", and a detainee died there", ", and they".
_COORDINATED_CLAUSE = re.compile(r",\s+and\s+(?:a|an|the|his|her|their|its|he|she|they|it|we)\s", _I)
#: A part of the group told after its count: "..., most of them in Minneapolis", "..., some of whom at the jail".
_MOST_OF_THEM = re.compile(r",\s*(?:most|many|some|half|all)\s+of\s+(?:them|whom|those)\s+(?:in|at|near)\b", _I)
#: A clause of another action, with a subject of its own, after a count's number: "..., a week after agents raided",
#: "... before officers stopped".
_OTHER_ACTION_CLAUSE = re.compile(
    r"\b(?:after|before|when|while|since)\s+(?:(?:the|federal|immigration|ICE|local|state|Border\s+Patrol)\s+)?"
    r"(?:agents|officers|authorities|police|deputies|troopers|investigators)\b",
    _I,
)
#: Before a place, an operation going there: "swept through Grand Island", "raids in Omaha", "descended on", "an
#: operation in". The sentence tells where the action of the sentences after it happened.
_OPERATION_BEFORE = re.compile(
    r"\b(?:raid(?:s|ed)?|sweeps?|swept|operations?|crackdown|descended|converged|surged?|fanned\s+out)\s+"
    r"(?:(?:through|into|across|on|in|at|upon|around)\s+)(?:the\s+)?$",
    _I,
)
#: A record part's pointer naming its whole by an arrest ("29 of those arrested", "Of those apprehended, 40 ..."): a
#: count of people charged told between them is no whole of theirs (the part's record is the arrested people's).
_ARRESTED_POINTER = re.compile(r"\bthose\s+(?:arrested|apprehended|detained|picked\s+up)\b", re.IGNORECASE)
#: A sentence that opens with the group counted before, its parts told after the comma: "Of those arrested, ...",
#: "Of them, ...", "Among those detained in the raid, ...", "Of the 470, ...".
_GROUP_OPENS = re.compile(
    r"\W*(?:of|among)\s+(?:them|those|these|the\s+(?:(?:more|fewer)\s+than\s+|nearly\s+|about\s+)?\d[\d,]*)\b"
    r"[^,;.]{0,60},",
    _I,
)
#: A sentence that opens with where it happens: "Along the northern border, ...", "In Texas, ...".
_FRONTED = re.compile(r"(?:In|At|Along|Across|Near|On|Throughout|Inside)\s+[^,;:.]{2,60},")
#: After a comma, words that go on telling the same group: "..., including plants in Bay Springs and Canton",
#: "..., most of them in Minneapolis", "..., especially in South Texas".
_SAME_GROUP = re.compile(
    r"(?:including|includ(?:es|ed)|among\s+them|such\s+as|especially|particularly|mostly|mainly|chiefly|primarily|"
    r"(?:most|many|some|all|half)\s+(?:of\s+(?:them|whom)\s+)?(?:in|at|near|from)\b)",
    _I,
)


def _phrase_end(places: list[_PlaceAt], text: str, a: int, b: int) -> int:
    """Where the place phrase that follows a count ends: at the first comma after its first place that opens no
    further item of a list of places ("in Fort Worth, a week after a raid in Dallas": Fort Worth; "in Houston,
    Dallas and Austin": all three), else at b."""
    spans = [(p.start, p.end) for p in places if a <= p.start < b and not p.destination and not p.dateline]
    if not spans:
        return b
    for m in _LIST_GAP.finditer(text, spans[0][0], b):
        comma = m.group().lstrip()[:1] == ","
        inside = any(x <= m.start() < y for x, y in spans)  # "Fort Worth, Texas"
        if comma and not inside and not any(x == m.end() for x, _ in spans) and not _SAME_GROUP.match(text, m.end()):
            return m.start()
    return b


#: A line's place label before what it tells: "**Richfield:** Agents detained", "St. Cloud: four people", "- Hopkins:".
_LINE_LABEL = re.compile(
    r"[ \t]*(?:[-*][ \t]+)?(?:\*\*(?P<name>[^*:\n]{2,40}?):?\*\*:?|(?P<bare>[A-Z][\w.' -]{1,30}?):)"
)
#: The nearest markdown heading above a line, its text: "## St. Paul".
_HEADING_LINE = re.compile(r"(?m)^#{1,6}[ \t]+(?P<name>[^\n#]{2,40}?)[ \t]*$")


#: A headline's place label: "Phoenix: agents arrest 12", "EL PASO: ...".
_HEADLINE_LABEL = re.compile(r"(?P<name>[A-Z][\w.'’ -]{1,30}?)\s*:\s")


def headline_places(title: str) -> list[str]:
    """The places a headline names for its story ("ICE arrests 45 in Minneapolis apartment raids", "Phoenix: agents
    arrest 12"): U.S. places that are no origin or destination."""
    found = _count_places(title, len(title), find_places(title)) if title else []
    names = [p.name for p in found if not (p.destination or p.country or p.home or p.agency)]
    label = _HEADLINE_LABEL.match(title)
    # "Tucson: ..." labels the story's place; a name that is also a person's or a word ("Jackson: mayor says")
    # only when written in capitals as a dateline is ("PHOENIX: ...")
    place = None
    if label and (label["name"].isupper() or not set(label["name"].split()) & AMBIGUOUS):
        place = normalize_place(label["name"])
    if place is not None and place.country == "US" and place.normalized != "United States":
        names.insert(0, place.normalized)
    return _unique(names)


def place_counts(
    text: str,
    end: int,
    sentences: list[Sentence],
    counts: list[Count],
    totals: list[int | None],
    candidates: list[Candidate],
    mentions: list,
    emit_at: float,
    headline: list[str] | None = None,
) -> list[tuple[tuple[str, ...], str | None]]:
    """The places of each count (`counts` kept, in text order) and where they come from (`Fact.place_source`):
    "sentence" where the text places it, "story" where a stand-in does (the story's border, main place, dateline town
    or `headline` place, in that order), None when unplaced. `totals[i]` is the count that count `i` is a part of;
    `candidates` (all of them, kept or not) lend the place of another telling of the same count; `mentions` are the
    story's place mentions."""
    count_places = _count_places(text, end, mentions)
    main_places = _main_places(count_places)
    story_border = _story_border(count_places, main_places)
    # a national tally of border apprehensions is the border's, not the story's town's ("Border Patrol made 29,200
    # apprehensions in January" in a story about El Paso): the border the story names, however seldom
    tally_border = story_border or _story_border(count_places, [])
    foreign_countries = {p.name for p in count_places if p.country}  # "United States" is no count place at all
    # the town (or county) the story is filed from ("EL PASO, Texas — "): where a local story happens when it names
    # no other place. Never the capital, where agencies announce national figures ("WASHINGTON — ICE deported
    # 3,500 ..."): Washington, D.C. is no town of a state, so no "city" kind
    dateline = [p.name for p in count_places if p.dateline and not p.country and p.kind in ("city", "county")][:1]

    def lead(i: int) -> list[_PlaceAt]:
        """The place written just before count i's number as its subject or list label ("Mecklenburg County
        received 142 ..., Wake County 96", "Louisiana's detention centers held 7,412", "Texas, which held 17,380");
        a facility written with its town, both ("The Krome detention center in Miami held 1,100")."""
        c = counts[i]
        at = c.sentence.at(c.number.start)
        before = [p for p in count_places if c.sentence.start <= p.start and p.end <= at]
        if not before or before[-1].destination or before[-1].dateline or before[-1].region:
            return []
        if not _LEAD_GAP.fullmatch(text, before[-1].end, at):
            return []
        if (
            len(before) > 1
            and before[-1].kind == "city"
            and (
                (before[-2].kind == "facility" and _FACILITY_TOWN_GAP.fullmatch(text, before[-2].end, before[-1].start))
                or (
                    before[-2].kind in ("", "region", "facility")
                    and _SITE_KIND_TOWN_GAP.fullmatch(text, before[-2].end, before[-1].start)
                )
            )
        ):
            return before[-2:]
        return before[-1:]

    leads = [lead(i) for i in range(len(counts))]

    def share_subject(i: int) -> list[_PlaceAt]:
        """The place written as the subject that "accounted for" count i, a part of a whole written after it ("The
        Tucson Sector accounted for 612 of the 7,400 apprehensions"), else none."""
        c = counts[i]
        at = c.sentence.at(c.number.start)
        before = [p for p in count_places if c.sentence.start <= p.start and p.end <= at]
        if not before or before[-1].destination or before[-1].dateline or before[-1].region or before[-1].country:
            return []
        return before[-1:] if _ACCOUNTED_FOR_GAP.fullmatch(text, before[-1].end, at) else []

    def ranked_place(i: int) -> list[str]:
        """A part told as a place's rank in its whole ("Houston led with 318, followed by Atlanta with 204", "The
        largest numbers were in Houston, with 318"): the last place named between the count before it in its
        sentence (or the sentence's start) and its number (`parts.RANKED_PLACE_BEFORE`)."""
        c = counts[i]
        if not RANKED_PLACE_BEFORE.search(c.sentence.rule_text, 0, c.number.start):
            return []
        k = max((k for k in range(i) if counts[k].sentence is c.sentence), default=None)
        start = c.sentence.at(counts[k].number.end) if k is not None else c.sentence.start
        at = c.sentence.at(c.number.start)
        named = [p for p in count_places if start <= p.start and p.end <= at and not (p.region or p.dateline)]
        return [named[-1].name] if named else []

    def next_in_sentence(i: int) -> int | None:
        return next((j for j in range(i + 1, len(counts)) if counts[j].sentence is counts[i].sentence), None)

    def partitive_whole(i: int) -> int | None:
        """The whole written right after count i as its partitive ("97 of the 212 arrests"), else None."""
        j = next_in_sentence(i)
        view = counts[i].sentence.rule_text
        if j is None or totals[i] != j or not PARTITIVE.fullmatch(view[counts[i].number.end : counts[j].number.start]):
            return None
        return j

    def part_predicate(i: int) -> tuple[int, int] | None:
        """For a whole written after its part ("97 of the 212 arrests were in Dallas"), the text span of the part's
        predicate: from the verb after the whole's noun phrase to the clause's end. The 97 were in Dallas; the 212
        only where its own noun phrase says ("97 of the 212 migrants arrested in Dallas were Mexican")."""
        c = counts[i]
        k = max((k for k in range(i) if counts[k].sentence is c.sentence), default=None)
        if k is None or partitive_whole(k) != i:
            return None
        verb = _part_predicate_verb(c)
        return (c.sentence.at(verb.start()), c.sentence.at(c.clause[1])) if verb else None

    def own_span(i: int) -> tuple[int, int]:
        c = counts[i]
        j = next_in_sentence(i)
        if j is not None and partitive_whole(i) == j:
            j = next_in_sentence(j)  # the part's predicate follows its whole: "97 of the 212 arrests were in Dallas"
        nxt = counts[j].number.start if j is not None else c.clause[1]
        stop = c.sentence.at(min(nxt, c.clause[1]))
        if j is not None and leads[j]:
            stop = min(stop, leads[j][0].start)  # the next count's own label is not this count's place
        predicate = part_predicate(i)
        if predicate is not None:
            stop = min(stop, predicate[0])
        compared = compared_number(i)
        if compared is not None:
            stop = min(stop, compared[0])
        view = c.sentence.rule_text
        coordinated = _COORDINATED_CLAUSE.search(view, c.number.end, c.clause[1])
        if coordinated is not None:
            stop = min(stop, c.sentence.at(coordinated.start()))  # ", and a detainee died there ... in New Mexico"
        return c.sentence.at(c.number.end), max(stop, c.sentence.at(c.number.end))

    def compared_number(i: int) -> tuple[int, int] | None:
        """The text span, from its marker to the sentence's end, of the other end of a comparison told after count
        i with a number of its own ("held 930, fewer than the 1,100 held at the jail in Livingston"): that number's
        words, whether or not it is kept as a count."""
        c = counts[i]
        view = c.sentence.rule_text
        m = _COMPARED_NUMBER.search(view, c.number.end, c.clause[1])
        return (c.sentence.at(m.start()), c.sentence.end) if m else None

    def pointed_back(s: Sentence, lo: int, hi: int) -> list[str]:
        """The place that words between view offsets lo and hi of sentence s point back to. "In the area", "there":
        the place named last before the sentence; "the region", "the sector": the region or sector named last
        ("across New England, including 97 in Massachusetts ... in the region"). A place named by its kind ("held
        at the facility", "detained at the airport", "raids across the city", "in the state"): the last one of that
        kind named before the sentence; the dateline's town for a city, and its state for a state."""
        view = s.rule_text
        area = _AREA_ANAPHOR.search(view, lo, hi)
        if area:
            before = [p for p in count_places if p.end <= s.start and not p.destination and not p.dateline]
            noun = (area["noun"] or "").lower()
            of_kind = [p for p in before if noun in ("region", "sector") and p.kind == noun]
            if of_kind or before:
                last = (of_kind or before)[-1:]
                site = before[-2:-1] if not of_kind and last[0].kind == "city" else []
                if (
                    site
                    and site[0].kind not in ("city", "state", "county")
                    and not site[0].region
                    and _FACILITY_TOWN_GAP.fullmatch(text, site[0].end, last[0].start)
                ):
                    # "Delaney Hall in Newark reopened ... about 900 people were being held there": the site written
                    # with its town, both, as a site so written before a count is
                    last = site + last
                return [p.name for p in last]
        pointed = _KIND_ANAPHOR.search(view, lo, hi) or _KIND_SUBJECT.search(view, lo, hi)
        if not pointed:
            return []
        kind = _KINDS.get(pointed["kind"].lower(), "facility")
        before = [
            p.name for p in count_places if p.kind == kind and not p.destination and not p.dateline and p.end <= s.start
        ]
        if kind in ("city", "state"):  # "LOS ANGELES (AP) — ... the city", "ANCHORAGE, Alaska — ... in the state"
            towns = [p.town for p in count_places if p.dateline and p.kind == "city" and p.start < s.end]
            before = (towns[:1] if kind == "city" else [t.rsplit(", ", 1)[-1] for t in towns[:1]]) + before
        return before[-1:]

    def site_pointed(i: int) -> tuple[list[str], bool]:
        """The detention site named before count i that its own words point back to by its kind ("A suit filed in
        Cleveland says the center held 640": the center, not Cleveland), none when no site was named before; and
        whether the count's phrase names it before any other place ("deported from the center since May, most of
        them on flights from Columbus": the center comes first, so it is where they were)."""
        c = counts[i]
        s = c.sentence
        a, b = own_span(i)
        subject = _SITE_SUBJECT.search(s.rule_text, c.clause[0], c.number.start)
        phrase = _SITE_PHRASE.search(text, a, _phrase_end(count_places, text, a, b))
        if phrase and any(a <= p.start < phrase.start() for p in count_places):
            phrase = None
        if not (subject or phrase):
            return [], False
        upto = s.at(subject.start()) if subject else phrase.start()
        before = [p for p in count_places if p.end <= upto]
        at = max((k for k, p in enumerate(before) if p.kind == "facility" and not p.destination), default=None)
        if at is None:
            return [], False
        # a site written with its town is both ("the Northwest ICE Processing Center in Tacoma"), as `lead` has it
        town = before[at + 1 : at + 2]
        with_town = (
            town and town[0].kind == "city" and _FACILITY_TOWN_GAP.fullmatch(text, before[at].end, town[0].start)
        )
        return [p.name for p in before[at : at + (2 if with_town else 1)]], phrase is not None

    def framed(i: int, tally: bool) -> tuple[list[str], str | None]:
        """The place that frames the sentence of count i, which names none: the nearest sentence before it in its
        paragraph (or, for a paragraph's first sentence, the last of the paragraph before) that counts the same
        action (its count's places, or none: "Agents arrested 40 in Omaha. Of them, ..."), or else names a place:
        when it opens with that place ("In Omaha, ...") or names it as where an operation went ("Agents swept
        through Grand Island", "raids in Omaha"), that place; else, but for a `tally` (a national figure, a share:
        no event of the place the sentence before happens to name), the places it names as where something
        happened (`carried`). A place of the sentence before, but for its frame, is a stand-in of the story's
        ("story"), not the sentence's."""
        s = counts[i].sentence
        k = sentences.index(s)
        for prev in reversed(sentences[:k]):
            if prev.paragraph != s.paragraph and (
                prev is not sentences[k - 1] or sentences[k - 1].paragraph != s.paragraph - 1
            ):
                return [], None
            same = [j for j in range(i) if counts[j].sentence is prev and counts[j].type == counts[i].type]
            if same and _BULLETED.match(prev.text) and not _BULLETED.match(s.text):
                # "- Nashville: 88 arrests" then "Officers also arrested 40 people.": a list item's place is its own
                # label, which frames no prose after the list
                return [], None
            if same:
                return list(placed[same[-1]][0]), "story"
            named = _within(count_places, prev.start, prev.end)
            if not named:
                continue
            front = _FRONTED.match(prev.rule_text)
            if front:
                return _within(count_places, prev.start, prev.at(front.end())), None
            operation = [
                p.name
                for p in count_places
                if p.name in named
                and prev.start <= p.start < prev.end
                and _OPERATION_BEFORE.search(text, max(0, p.start - 40), p.start)
            ][:1]
            if operation or tally:
                return operation, None
            return carried(prev), "story"
        return [], None

    def carried(prev: Sentence) -> list[str]:
        """The places sentence prev names as where enforcement happened, which a count the next sentence does not
        place carries ("Agents raided a plant in Canton. They detained 40 workers."): none when prev tells no
        enforcement ("A rally in Denver drew hundreds."); not the speaker's whereabouts, in its attribution or as
        the speaker's own ("an official in Tucson said"), not where someone lives or comes from, not a whole
        country (a backdrop: "their status in Mexico"). The enforcement is told outside the place names: "The Omaha
        Detention Center is nearby" tells none."""
        words = list(text[prev.start : prev.end])
        for p in count_places:
            if prev.start <= p.start and p.end <= prev.end:
                words[p.start - prev.start : p.end - prev.start] = " " * (p.end - p.start)
        told = "".join(words)
        if not (ENFORCEMENT_SCENE.search(told) or any(cue.search(told) for cue in CUES.values())):
            return []
        said = _ATTRIBUTION.search(prev.rule_text)
        spoken = (prev.at(said.start()), prev.end) if said else (0, 0)
        usable = [p for p in count_places if not (p.home or p.resident or p.country or p.speaker)]
        names = _within(usable, prev.start, prev.end, spoken=spoken)
        # the state a carried town is named with says no more ("the detention center in Dilley ... in Texas":
        # "Dilley, Texas")
        return [name for name in names if not any(other.endswith(f", {name}") for other in names)]

    def labelled_place(at: int, heading: bool = False) -> list[str]:
        """The U.S. town, county or state that a label before offset `at` names and nothing else: the label opening
        its line ("**Richfield:** Agents detained ...", "St. Cloud: four people detained"), or with `heading` the
        nearest heading above it ("## St. Paul"); none where it names a section ("## Timeline", "Update:")."""
        line_start = text.rfind("\n", 0, at) + 1
        if heading:
            headings = list(_HEADING_LINE.finditer(text, 0, line_start))
            label = headings[-1] if headings else None
        else:
            label = _LINE_LABEL.match(text, line_start, at)
        if label is None:
            return []
        name = (label["name"] or label.groupdict().get("bare") or "").strip()
        if not name.isupper() and set(name.split()) & AMBIGUOUS:
            return []  # "## Jackson": a person as often as a town
        place = normalize_place(name)
        if place is None or place.country != "US" or place.normalized in ("United States", place.country):
            return []
        # a town of a state the story names is that state's ("## Rochester" in a story about Minnesota), where the
        # gazetteer knows it there
        states = _unique([p.town.rsplit(", ", 1)[-1] for p in count_places if p.kind in ("city", "state")])
        in_state = (normalize_place(f"{name}, {state}") for state in states) if place.city else iter(())
        place = next((q for q in in_state if q is not None and q.lat is not None), place)
        return [place.normalized]

    def within_for(i: int) -> partial[list[str]]:
        """`_within` for count i's sentence: places in its closing attribution are the speaker's."""
        s = counts[i].sentence
        said = _ATTRIBUTION.search(s.rule_text, counts[i].number.end)
        return partial(_within, count_places, spoken=(s.at(said.start()), s.end) if said else (0, 0))

    def own_words(i: int) -> list[str]:
        """The places count i's own words name: its phrase after the number, else the label or subject just before
        it; not where those counted live; for a whole whose part is told "most of them in ...", where the
        sentence opens."""
        s = counts[i].sentence
        within = within_for(i)
        a, b = own_span(i)
        at = s.at(counts[i].number.start)
        antecedent = [
            p
            for p in count_places
            if s.start <= p.start
            and p.end <= at
            and not (p.destination or p.dateline or p.home or p.agency)
            and _WHERE_CLAUSE.fullmatch(text, p.end, at)
        ]
        if antecedent:
            # "Unlike in Boston, where ICE arrested 90 people, agents in Worcester ...": the count of a relative
            # clause of place happened where the clause's antecedent is, unless its own words, which end where the
            # clause closes, name a narrower place ("in Texas, where agents arrested 90 people in Houston, ...")
            close = _CLAUSE_CLOSE.search(text, a, b)
            return within(a, close.start() if close else b) or [antecedent[-1].name]
        own = within(a, _phrase_end(count_places, text, a, b)) or [p.name for p in leads[i]]
        whole = partitive_whole(i)
        share_lead = share_subject(i) if whole is not None and not leads[i] else []
        if share_lead and part_predicate(whole) is None:
            # "The Tucson Sector accounted for 612 of the 7,400 apprehensions along the southwest border": the part's
            # own is the subject that accounted for it, the place after the whole's number the whole's
            own = [p.name for p in share_lead]
        if leads[i] and whole is not None and part_predicate(whole) is None:
            # "Louisiana holds 7,300 of the 61,000 people detained across the country": the places after the whole's
            # number are its noun phrase's, the whole's; the part's own is the subject written just before it (a
            # predicate after the whole, "97 of the 212 arrests were in Dallas", is still the part's)
            own = [p.name for p in leads[i]]
        origins = {p.name for p in count_places if p.home and a <= p.start < b}
        if own and leads[i] and not set(own) - origins:
            # "The jail in Topeka held 190 detainees, many of them moved there from Nebraska": where they came from is
            # no place of the count its subject places
            own = [p.name for p in leads[i]]
        crossed = _CROSSED_RELATIVE.search(text, a, b)
        crossed_at = [p.name for p in count_places if crossed and p.start == crossed.end()]
        if crossed_at and own == crossed_at[:1]:
            # "Agents assigned to the Laredo Sector arrested 96 people who had crossed the Rio Grande": what they
            # crossed is their past, told in their relative clause; the count's subject places it, if it names a place
            own = within(s.at(counts[i].clause[0]), at) or own
        crime = _CHARGED_CRIME.search(text, a, b) if counts[i].type == "charged" else None
        if (
            crime
            and own
            and all(
                p.start >= crime.end() and not _CRIME_SCENE_BREAK.search(text, crime.end(), p.start)
                for p in count_places
                if a <= p.start < b and p.name in own
            )
        ):
            # "A federal grand jury in San Antonio indicted 14 people on charges of transporting migrants from
            # Laredo": the route is the crime's, told in its charge; the prosecution's subject places the count
            own = within(s.at(counts[i].clause[0]), at) or own
        if own and all(_RIVER.fullmatch(name) for name in own):
            # "Agents assigned to the Big Bend Sector apprehended 52 migrants along the Rio Grande": a river is no
            # place (GUIDELINES §2 places: cities, counties, states, facilities); the count's subject places it
            own = within(s.at(counts[i].clause[0]), at) or own
        elif any(_RIVER.fullmatch(name) for name in own):
            # "apprehended 1,100 migrants along the Rio Grande near downtown El Paso": the town is the place
            own = [name for name in own if not _RIVER.fullmatch(name)]
        moved = _FROM_TO.search(text, a, b)
        verb = _TRANSFER_VERB.search(s.rule_text, *counts[i].clause)
        if verb and _RELATIVE_BEFORE_MOVE.search(s.rule_text, counts[i].number.end, verb.start()):
            verb = None  # "arrested 17 workers who had been bused from Houston to Conroe": their past, not the count's
        if moved and verb:
            # "ICE moved 130 detainees from El Paso to a detention center in Louisiana": they were held where they
            # were moved from; where they went is the next count's, if any
            origin = within(moved.start("origin"), moved.end("origin"))
            if origin:
                return origin
        residents = {p.name for p in count_places if p.resident and s.start <= p.start < s.end}
        if own and not set(own) - residents:
            # "held 1,600 people, many of them longtime Los Angeles residents": where they live is no place of
            # the count's own words; the sentence's other place is ("The ... Center in Adelanto held ...")
            return []
        most = _MOST_OF_THEM.search(text, a, b)
        fronted = _FRONTED.match(s.rule_text)
        if own and most and fronted and not within(a, most.start()):
            # "Along the northern border, agents apprehended 412 people, most of them in the Swanton Sector": the
            # place after "most of them" is where a part was; the whole is where the sentence opens
            own = within(s.start, s.at(fronted.end())) or own
        elif own and most and not within(a, most.start()):
            # "Agents in the Tucson Sector apprehended 1,150 migrants, many of them near Sasabe": the place of the
            # count's subject, before its number, is the whole's; Sasabe is where a part was
            own = within(s.at(counts[i].clause[0]), at) or own
        later = _OTHER_ACTION_CLAUSE.search(text, a, b)
        if own and later and not within(a, later.start()):
            # "Prosecutors in Wichita charged 23 people, a week after agents raided feedlots in Dodge City": the
            # clause after the number tells another action's place; the count's subject names its own
            own = within(s.at(counts[i].clause[0]), at) or own
        return own

    def parts_places(i: int) -> set[str]:
        """The places that count i's parts ("120 of them in Houston", "Of those, 120 were in Houston") name for
        themselves, and the other counts of its sentence where they break it down by place ("Of the 640 detained,
        211 were held in Louisiana and 190 in Texas"); not one place that ends a series of counts and may be all
        of theirs ("arrested 40 Hondurans and 25 Salvadorans in Houston")."""
        s = counts[i].sentence
        parts = {name for j in range(len(counts)) if j != i and totals[j] == i for name in owns[j]}
        others = [owns[j] for j in range(len(counts)) if j != i and counts[j].sentence is s]
        named = {name for own in others for name in own}
        return parts | (named if len([own for own in others if own]) > 1 and len(named) > 1 else set())

    def events_of(i: int) -> set[str]:
        """The places count i's sentence names only as those of an action of another type ("removed three times
        before his arrest in Denver": Denver, for the removals)."""
        c = counts[i]
        here = [p for p in count_places if c.sentence.start <= p.start < c.sentence.end]
        return {p.name for p in here if p.event and p.event != c.type} - {p.name for p in here if not p.event}

    def record_whole(i: int) -> int | None:
        """For record count i told as a part of a group counted before ("Of them, 140 had criminal convictions",
        "61 of those arrested had criminal records", "Of the 470, 290 ..."; or coordinated with such a part: "..., and
        38 had no criminal record"; or a number with no noun of its own: "Seventy-five had convictions"), that group's
        count: the nearest action count of people before it, larger than
        it (passing over a smaller part told with its whole), in its sentence or the two sentences before (its
        paragraph's, or the last of the paragraph before: "ICE arrested 1,120 people across South Florida.\n\nOf
        those, 641 had criminal convictions")."""
        c = counts[i]
        s = c.sentence
        view = s.rule_text
        head = view[: c.number.start]
        earlier = [j for j in range(i) if counts[j].sentence is s]
        points = (
            OF_THEM.match(view, c.number.end)
            or OF_THOSE_BEFORE.search(head)
            or OF_THE_GROUP_BEFORE.search(head)
            or _GROUP_OPENS.match(head)  # "Of those arrested, 378 had pending charges and 63 had no record"
            or (earlier and counts[earlier[-1]].type in RECORD_TYPES and record_wholes[earlier[-1]] is not None)
        )
        # a number with no noun of its own goes on counting the group of the sentence before, no further ("ICE
        # arrested 210 people in Denver. Seventy-five had criminal convictions.")
        bare = not points and not c.head
        restated = OF_THE_WHOLE_BEFORE.search(head)
        if restated:
            # "Of the 470, 290 had criminal convictions": the count of that number before, however far back
            values = {m.value for m in find_numbers(restated.group())}
            return next((j for j in range(i - 1, -1, -1) if counts[j].number.value in values and is_group(j)), None)
        # "19 men ... Nine of the men had no criminal record": a part named by the noun the group was counted with
        # (not by another: "charged 14 people ... Two of the defendants" names no group counted here)
        same_noun = OF_THE_PEOPLE.match(view, c.number.end)
        if not (points or bare or same_noun):
            return None
        pointer = head[-40:] + " " + view[c.number.end : c.number.end + 40]  # "of those arrested" on either side
        k = sentences.index(s)
        # the nearest group counted in the sentence before or the one before it ("ICE arrested 1,461 people in Los
        # Angeles. The agency has 6,000 officers. Of those arrested, 963 had convictions.")
        previous = sentences[max(0, k - (1 if bare else 2)) : k]
        for j in range(i - 1, -1, -1):
            if counts[j].sentence is not s and not any(counts[j].sentence is p for p in previous):
                return None
            if is_group(j) and counts[j].type == "charged" and _ARRESTED_POINTER.search(pointer):
                continue  # "26 of them were referred for prosecution. 29 of those arrested had ...": not the 26
            if is_group(j):
                if same_noun and not (points or bare) and not counted_as(j, same_noun["noun"]):
                    return None
                if c.number.percent or counts[j].number.value > c.number.value:
                    return j
                if totals[j] is not None:
                    continue  # a part told with its whole ("212 people, including 87 in the Twin Cities"): the whole
                return None
        return None

    def counted_as(j: int, noun: str) -> bool:
        """Whether count j's number is written with `noun` as its counted noun ("19 men", "19 farm workers")."""
        d = counts[j]
        after = d.sentence.rule_text[d.number.end : d.number.end + 40]
        return re.match(rf"\s+(?:[A-Za-z-]+\s+){{0,2}}?{re.escape(noun)}\b", after, _I) is not None

    def is_group(j: int) -> bool:
        """Whether count j counts a group of people an action touched, whose records a part can tell."""
        d = counts[j]
        return d.type in _ACTION_TYPES - {"detainers"} and d.unit == "people" and not d.number.percent

    def site_before(s: Sentence) -> list[str]:
        """The detention site named last before sentence s, if any: where people held, or a death in custody, that
        no sentence places stand in."""
        sites = [p.name for p in count_places if p.kind == "facility" and not p.destination and p.end <= s.start]
        return sites[-1:]

    owns = [own_words(i) for i in range(len(counts))]  # each count's own words' places, read once
    record_wholes: list[int | None] = []
    for i in range(len(counts)):
        record_wholes.append(record_whole(i) if counts[i].type in RECORD_TYPES and not counts[i].sub else None)
    placed: list[tuple[tuple[str, ...], str | None]] = []
    guessed: set[int] = set()  # counts placed only by the story's stand-in (its border, main place, dateline, headline)
    for i, c in enumerate(counts):
        s = c.sentence
        n = c.number
        list_sum = False  # a summary sentence told after a bulleted list ("In total, ...")
        view = s.rule_text
        within = within_for(i)
        own = owns[i]
        residents = {p.name for p in count_places if p.resident and s.start <= p.start < s.end}
        events = events_of(i)
        opened = None if c.sub else inline_item_opening(view, n.start, n.end)
        listed_elsewhere: set[str] = set()
        if opened is not None:
            # an item of a list run inside its sentence ("Arrests by state: Ohio, 410; Iowa, 220; and Utah, 90") is
            # placed by its own words, from the ";" or ":" that opens it to its number: a U.S. place or a site named
            # there is its place; a foreign country there is where its people came from or went, no place; the
            # other items' names never are
            item = [p for p in count_places if s.at(opened + 1) <= p.start and p.end <= s.at(n.start)]
            if item:
                named = _unique([p.name for p in item if not (p.abroad or p.country or p.destination)])
                placed.append((tuple(named), "sentence" if named else None))
                continue
            listed_elsewhere = {p.name for p in count_places if s.at(view.find(":")) <= p.start < s.end}
        if c.sub:
            total = totals[i]
            if total is None:  # a list item of another type: "arrested 72, including 61 criminal aliens"
                total = next((j for j in range(i - 1, -1, -1) if counts[j].sentence is s and not counts[j].sub), None)
            # a part that names no place of its own is where its whole is ("..., including 11,507 children")
            own = ranked_place(i) or own  # "Houston led with 318, followed by Atlanta": the place ranked is the part's
            whole = placed[total] if total is not None and total < i and not own else None
            places, source = (list(whole[0]), whole[1]) if whole else (own, None)
        else:
            # places that another count of the sentence names for itself are not this count's
            others = tuple(
                own_span(j)
                for j, d in enumerate(counts)
                if d.sentence is s
                and j > i
                and not d.sub
                and not PARTITIVE.fullmatch(view[n.end : d.number.start])  # "63 out of the 152 ... in Arizona"
            ) + tuple(span for span in [part_predicate(i), compared_number(i)] if span is not None)
            site, site_first = site_pointed(i)
            places = (
                (site if site_first else own)
                or site
                or within(s.at(c.clause[0]), s.at(c.clause[1]), others)
                or within(s.start, s.end, others)
            )
            source = None
            if SUMMARY.match(view):
                idx = sentences.index(s)
                for prev in reversed(sentences[max(0, idx - 2) : idx]):
                    if _BULLETED.match(prev.text) and not _BULLETED.match(s.text):
                        # "- Charlotte: 143 arrests\n- Nashville: 88 arrests" then "In total, officers arrested 443":
                        # the items keep their own labels; the sum of a list is no item's place, nor the story's
                        # main place (one of the items, by tie-break)
                        list_sum = True
                        break
                    places = _unique(within(prev.start, prev.end) + places)
        if events:
            # "Garcia had been removed three times before his arrest in Denver": Denver is the arrest's place
            places = [x for x in places if x not in events]
        if not places and not c.sub and not c.head:
            # a count with no noun of its own ("The previous year there were 303,916") goes on counting the
            # group of the sentence before: where that sentence's count of the same type is
            k = sentences.index(s)
            told = [
                placed[j] for j in range(i) if k and counts[j].sentence is sentences[k - 1] and counts[j].type == c.type
            ]
            if told:
                places, source = list(told[-1][0]), told[-1][1]
        if not places and c.type == "deportations":
            # removals to one country ("deported from the U.S. to El Salvador"): that country is where they
            # ended; a list of countries ("to Guatemala, Honduras or Mexico") or an origin as well ("from
            # Honduras to Mexico") names none of them alone
            clause_start, clause_end = s.at(c.clause[0]), s.at(c.clause[1])
            foreign = [p for p in count_places if clause_start <= p.start and p.end <= clause_end and p.destination]
            if len(foreign) == 1 and _SENT_TO.search(text, max(0, foreign[0].start - 12), foreign[0].start):
                places = [foreign[0].name]
        prev = placed[-1] if placed and i and counts[i - 1].sentence is s else None
        if prev is not None and n.percent and _APPOSITION.search(view[counts[i - 1].number.end : n.start]):
            places, source = list(prev[0]), prev[1]  # "58,000 ... arrested in the area, about 42%"
        if not places and not c.sub:
            # the same count told again elsewhere ("- Afternoon - agents arrest two people near 34th Street and
            # Park Avenue" of "observing agents arresting two people"): the place that telling gives
            for d in candidates:
                e = d.count
                same = (e.type, e.unit, e.number.value) == (c.type, c.unit, n.value)
                if same and e.sentence is not s and d.confidence >= emit_at:
                    lo, hi = e.clause
                    verb = _part_predicate_verb(e)
                    if verb and _PART_BEFORE.search(e.sentence.rule_text, 0, e.number.start):
                        hi = verb.start()  # "97 of the 212 arrests were in Dallas": the predicate is the 97's
                    places = _within(count_places, e.sentence.at(lo), e.sentence.at(hi))
                    if places:
                        break
        if not places and not c.sub:
            places = pointed_back(s, c.clause[0], c.clause[1])
        whole = record_wholes[i]
        if not places and whole is not None and placed[whole][1] is not None and whole not in guessed:
            # "ICE arrested 212 people across northern Illinois. Of them, 140 had criminal convictions.": who the
            # people of an action were is told where the text places that action, by its sentence or the sentences
            # that frame it ("ICE officers carried out arrests across Omaha. Of the 96 people arrested, 58 had no
            # convictions"); a group placed only by the story's stand-in lends no guess
            places, source = list(placed[whole][0]), placed[whole][1]
        if not places and not c.sub and c.type not in RECORD_TYPES:
            # "**Richfield:** Agents detained 8 people": the label opening its line names the count's place
            places, source = labelled_place(s.at(n.start)), None
        if not places and not c.sub and c.type not in RECORD_TYPES:
            # (a record is who the people were, not where: "Of those arrested, 30 had criminal convictions." takes no
            # frame after "Agents arrested 45 people. Raids went on in Chicago."; a group the text places lends its
            # place above)
            # "In Omaha, the raids began before dawn. Agents arrested 40 people at three job sites.": a sentence of
            # the paragraph that opens with its place frames the sentences after it that name none; "Agents raided
            # a plant in Canton. They detained 40 workers.": the sentence before tells where
            tally = n.percent or _NATIONAL.search(view) is not None or n.value >= _TALLY
            places, source = framed(i, tally)
        if not places and not c.sub and c.type not in RECORD_TYPES:
            # "## St. Paul\n\n- Four workers detained at a car wash": a count under a heading that names only a
            # place is that place's
            places, source = labelled_place(s.at(n.start), heading=True), None
        if not places and not c.sub and c.type in _ACTION_TYPES and not n.percent and not list_sum:
            # an action's count the sentence does not place: the story's border for border apprehensions,
            # else the story's main place unless the sentence tells it of the whole country or it is a
            # tally; a share ("65 percent of ICE detainees") is not placed by guess
            national = _NATIONAL.search(view) is not None or n.value >= _TALLY
            # people held: the detention site named last before them, where the story has one ("ICE data put
            # Friday's headcount at 1,287" after "held at the North Lake detention center")
            # a story that names only a border stands it in for border apprehensions alone: people held, arrested
            # or removed there are not placed by it ("the U.S.-Mexico border" of a story on a detention count)
            mains = [p for p in main_places if c.type == "border_apprehensions" or not _BORDER_NAME.search(p)]
            stand_in = (c.type == "detentions" and site_before(s)) or mains or dateline or (headline or [])[:1]
            border = tally_border if national else story_border
            places = (c.type == "border_apprehensions" and border) or ([] if national else stand_in)
            compared = compared_number(i)
            elsewhere = set(_within(count_places, *compared)) if compared else set()
            if set(places) & (parts_places(i) | events | elsewhere):
                # "Agents arrested 245 people, 120 of them in Houston": where a part of it, or another count of its
                # sentence, was is no place of the whole; the rest were elsewhere; nor is the other end of its
                # comparison ("more than the 250 arrested in Gainesville")
                places = []
            source = "story"
            if places:
                guessed.add(i)
        if not places and not c.sub and c.type == "deaths_in_custody" and not n.percent:
            # a death in custody is where the person was held: the detention site named last before it, if any
            places, source = site_before(s), "story"
        if not places and not c.sub:
            # a state the sentence names only as its agency's ("the Tennessee Highway Patrol detained 58"): the
            # count's place when the story names no narrower one
            places = _unique([p.name for p in count_places if (p.agency or p.body) and s.start <= p.start < s.end])
            source = "sentence"
        if c.type not in _ACTION_TYPES:
            # who the people of an action were (records, convictions), assaults, deaths: a whole foreign
            # country in the sentence is where they came from or who refused them ("Cuba refused to take back
            # 878 criminals"), never where U.S. enforcement touched them
            places = [p for p in places if p not in foreign_countries]
        if n.value >= _TALLY or _NATIONAL.search(view):
            # "ICE's Newark field office said the agency deported 271,000 people": a national tally's speaker, not
            # its place
            offices = {p.name for p in count_places if p.office and s.start <= p.start < s.end}
            places = [p for p in places if p not in offices]
        homes = residents | {p.name for p in count_places if p.home and s.start <= p.start < s.end}
        if homes & set(places) and set(places) - homes:
            # "arrested 27 workers at a warehouse in Northeast Philadelphia, including several who commute from
            # Camden": where some of them live is not where they were counted
            places = [p for p in places if p not in homes]
        places = [p for p in places if p not in listed_elsewhere]  # another item's name is not this item's place
        if c.type in ("arrests", "border_apprehensions"):
            # "Agents arrested 23 people in Tampa and took them to the county jail in Moore Haven": where the people
            # were taken after the arrest is not where they were arrested, when the sentence names that too; not a
            # move told in a relative clause of their past ("23 workers who had been bused to a site in Conroe")
            taken = _TAKEN_TO.search(view, c.clause[0], c.clause[1])
            if taken and not _RELATIVE_BEFORE_MOVE.search(view, n.end, taken.start()):
                sent = {p.name for p in count_places if s.at(taken.end()) <= p.start < s.at(c.clause[1])}
                if sent & set(places) and set(places) - sent:
                    places = [p for p in places if p not in sent]
        if c.type == "deportations" and not n.percent:
            places, source = _removal_end(c, own_span(i), count_places, text, places, source, i in guessed)
        placed.append((tuple(places), (source or "sentence") if places else None))
    return placed


#: A receiving country told as the subject of its count: "Honduras received 2,300 deportees", "Guatemala has taken in
#: 900 returnees", "El Salvador accepted 400" (the end of the removal, GUIDELINES §2 and the work gold).
_RECEIVED_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:received|accepted|took\s+in|taken\s+in|welcomed|repatriated)\s+"
    r"(?:(?:more\s+than|about|nearly|some|roughly|almost|over|at\s+least|another|an\s+additional)\s+)?$",
    _I,
)


#: A removal verb before the number, its object: "expelled 4,812 migrants to Mexico" (the sender's sentence).
_REMOVAL_VERB_BEFORE = re.compile(
    r"\b(?:deport(?:ed|s)?|remov(?:ed|es)|expell(?:ed|s)|return(?:ed|s)|sen[dt]s?|repatriat(?:ed|es)|"
    # a verb that carries the people, its count a removal by its own noun ("carried 118 deportees")
    r"carr(?:ied|ies|ying)|fl(?:ew|own|ies)|br(?:ought|ings?)|transport(?:ed|s))\s+"
    r"(?:(?:about|nearly|more\s+than|over|some|roughly|almost|at\s+least|another)\s+)?$",
    _I,
)


def _sender_sends(c: Count, text: str) -> bool:
    """Whether the count's sentence is its sender's, the number the object of a removal verb ("Agents in the El Paso
    Sector expelled 4,812 migrants to Mexico") or of a verb that carries the removed ("a plane carried 118 deportees
    to Port-au-Prince", "flew 1,240 deportees to Guatemala from Alexandria"): the destination then joins the
    sender's place, and joins the places the removal left from too (round 24's convention: a removal's destination
    as written is its place)."""
    s = c.sentence
    start = s.at(c.number.start)
    return _REMOVAL_VERB_BEFORE.search(text, max(s.start, start - 60), start) is not None


#: From a removal count's number to its destination, the count the subject of a passive removal: "160 Hondurans were
#: returned to", "4,200 migrants have been sent back to" (the count's noun, then its own predicate; no clause break).
_PASSIVE_SENT_TO = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:later|then|also)\s+)?"
    r"(?:deported|returned|sent|removed|repatriated|flown|expelled)(?:\s+back)?\s+(?:to|into)\s+(?:the\s+)?",
    _I,
)


def _passive_sent(c: Count, end: _PlaceAt, text: str) -> bool:
    """Whether the count is the subject of a passive removal that names its destination ("Some 160 Hondurans were
    returned to Tegucigalpa on two flights from Louisiana"): the destination joins its places. Not a part of a whole
    told before it ("Of the 150 people detained in Tacoma, 40 were deported to Guatemala": the whole's place stays
    the part's alone)."""
    s = c.sentence
    start, stop = s.at(c.number.start), s.at(c.number.end)
    if c.total is not None or c.sub or re.search(r"\b(?:of|among)\b", text[s.start : start], _I):
        return False
    return _PASSIVE_SENT_TO.fullmatch(text, stop, end.start) is not None


#: Between a foreign town and the country it is in: "San Pedro Sula, Honduras".
_TOWN_COUNTRY_GAP = re.compile(r",\s*(?:the\s+)?")


def _in_country(town: _PlaceAt, country: _PlaceAt, text: str) -> bool:
    """Whether `country` only says which country the foreign town just before it is in ("to San Pedro Sula,
    Honduras"): one place written in full, not a second one."""
    return (
        country.country
        and not town.country
        and town.name.endswith(f", {country.name}")
        and _TOWN_COUNTRY_GAP.fullmatch(text, town.end, country.start) is not None
    )


def _removal_end(
    c: Count,
    span: tuple[int, int],
    count_places: list[_PlaceAt],
    text: str,
    places: list[str],
    source: str | None,
    guessed: bool,
) -> tuple[list[str], str | None]:
    """Where a removal ended, as written, joins its count's places (GUIDELINES §2: a removal's destination is its
    place; a nationality or an origin never is): the one foreign place its own words send the people to ("deported
    9,400 people to Guatemala, 7,300 to Honduras", "returned 1,300 Venezuelans to Mexico"), or the foreign country
    that received them, told as the subject right before the number ("Costa Rica received 200 migrants ... under an
    agreement with Washington"). The receiving subject joins the count's places; a destination in its own words joins
    them too ("Agents in the El Paso Sector expelled 4,812 migrants to Mexico"), but for a removal its sentence tells
    the departure of ("flew 1,240 deportees to Guatemala from Alexandria" keeps the places of departure alone) or that
    is no sender's ("97 of the 212 people detained in Dallas were deported to Mexico"). It joins, never replaces."""
    a, b = span
    start = c.sentence.at(c.number.start)
    # (one end only: a list of them, "to Guatemala, Honduras or Mexico", names none alone; but a town and the country
    # it is in, "to San Pedro Sula, Honduras", is one end written in full)
    sent = [p for p in count_places if a <= p.start and p.end <= b and p.abroad and p.destination]
    sent = [p for i, p in enumerate(sent) if not (i and _in_country(sent[i - 1], p, text))]
    sent = [p for p in sent if _SENT_TO.search(text, max(0, p.start - 12), p.start)] if len(sent) == 1 else []
    received = [
        p
        for p in count_places
        if c.sentence.start <= p.start
        and p.end <= start
        and p.abroad
        and not p.destination
        and _RECEIVED_AFTER.fullmatch(text, p.end, start)
    ]
    if received:
        ends = [received[-1].name]
    elif len(sent) == 1 and (guessed or not places or _sender_sends(c, text) or _passive_sent(c, sent[0], text)):
        ends = [sent[0].name]
    else:
        return places, source
    if ends[0] in places:
        return places, source
    return ends + places, source if places else "sentence"
