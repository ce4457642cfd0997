"""Where a count is, at the border or inside the country (GUIDELINES §2: people caught at the border are border
apprehensions, people arrested inland are arrests whichever agency made them): the border words of a sentence
that set nobody there, whether a sentence's people are at the border, and which sentences and stories are told
from an inland place (a town's distance from the land border, a dateline, an operation named by its town).
Apart because it reads places and the story's geography, not a number's own words; the reading of each number
and its type read its verdicts.
"""

from __future__ import annotations

import functools
import math
import re

from schemas.records import Place
from tasks.analysis.count_lexicon import geography, traps, vocabulary
from tasks.analysis.places import PlaceMention, locate_county, normalize_place
from tasks.analysis.sentences import Sentence

_I = re.IGNORECASE


def _names_agents_home(text: str) -> bool:
    """Whether `text` may name the agents' home post (`geography.AGENTS_HOME`): a cheap guard before the search."""
    lowered = text.lower()
    return any(word in lowered for word in geography.AGENTS_HOME_WORDS)


def _agents_home_blanked(text: str) -> str:
    """`text` with the agents' home post blanked: where they come from, not where they act."""
    return geography.AGENTS_HOME.sub(" ", text) if _names_agents_home(text) else text


@functools.lru_cache(maxsize=4096)
def border_talk(text: str) -> str:
    """`text` with the border words that set nobody at the border blanked: a distance from it ("hundreds of miles
    from the border"), a policy or an office ("the border czar", "border security"); a sector named as the agents'
    home or their chief's ("agents from the El Centro Sector", "the sector chief") names the agency only; a crossing
    long ago ("who crossed the border as children") is the people's history, no place of theirs now; the agents' home
    post ("agents based in El Centro", "which normally patrols the border") is where they come from; a group's route
    ("a ring that moved migrants from the border to Phoenix") is where it carried others.

    Cached: a story's sentences are read so several times (its theme, the sentence before, the inland sentences).
    Each pattern runs only on a text holding the word every match of it holds (lower case, as `_agents_home_blanked`
    guards `AGENTS_HOME`): most sentences name no border, no sector and no "who"."""
    text = _agents_home_blanked(text)  # "agents based in El Centro", "which normally patrols the border"
    if "sector" in text.casefold() or "Station" in text:
        # "agents from the El Centro Sector", "agents from the Nogales Station" (a Border Patrol station, capitalised)
        text = geography.SECTOR_OF_AGENTS.sub(" Border Patrol ", text)
    if "who" in text.casefold():
        text = geography.LONG_AGO_CROSSING.sub(" ", text)  # "who crossed the border as children"
    if "border" not in text.casefold():
        return text  # the three below all read the word "border"
    text = geography.ROUTE_FROM_BORDER.sub(" ", text)  # "a ring that moved migrants from the border to Phoenix"
    return geography.BORDER_NOT_PLACE.sub(" ", geography.FAR_FROM_BORDER.sub(" ", text))


def past_at_border(text: str) -> str:
    """`text` with the past of those counted at the border blanked ("who had crossed the border", "who were released
    at the border"): where they once were, not where ICE's clause puts them."""
    return geography.PAST_AT_BORDER.sub(" ", traps.PAST_CROSSING.sub(" ", text))


def at_border(text: str, state: dict) -> tuple[bool, bool]:
    """Whether the sentence's people are at the border, and whether it is set at an airport (`state` as in
    `_type_count`: what the story and the sentences before said about the border)."""
    well_away = bool(geography.WELL_AWAY_FROM_BORDER.search(text))
    text = border_talk(text)
    interior = bool(
        traps.INTERIOR.search(text) or geography.INTERIOR_AGENCY.search(text) or geography.INTERIOR_SCOPE.search(text)
    )
    placed = past_at_border(text) if interior else text
    border = bool(
        vocabulary.STRONG_BORDER.search(placed)
        or geography.BORDER_STRIP.search(placed)
        or (
            not interior and (vocabulary.BORDER.search(text) or state.get("border_before") or state.get("border_story"))
        )
        or (not interior and geography.CROSSING_ACT.search(text))  # "85 crossers", "who waded across the river"
        or (not interior and geography.BORDER_WORKS.search(text))  # "at the Falfurrias checkpoint", "came ashore"
        or (not interior and geography.SEA_LANDING.search(text))  # "landed a panga on a beach"
        or (not interior and geography.SEA_INTERDICTION.search(text))  # "intercepted 96 migrants at sea"
        or (state.get("border_summary") and not interior)
    )
    airport = bool(traps.AIRPORT.search(text)) and not re.search(
        r"\bborder\b(?!\s+Protection)|Border\s+Patrol", text, _I
    )
    if border and airport:
        border = False  # travellers held at an airport are detained, not apprehended at the border
    if well_away and not geography.BORDER_PLACE.search(geography.BORDER_AGENCY.sub(" ", past_at_border(text))):
        border = False  # "Border Patrol agents arrested 78 people in a sweep far from the border": inside the country
    if state.get("inland"):
        border = False  # arrested inside the country (GUIDELINES §2 arrests), whichever agency made them
    if (
        border
        and (geography.INTERIOR_SETTING.search(text) or geography.INTERIOR_OPERATION.search(text))
        and not geography.BORDER_PLACE.search(text)
        and (
            not state.get("near_border")
            or (geography.LIVE_WORK_SETTING.search(text) and not geography.SMUGGLERS_HOUSE.search(text))
        )
    ):
        # "Agents arrested 38 people outside a Home Depot": a setting inside the country, an arrest; in a town near the
        # line only where people live, work or report ("at car washes across Tucson"), not a road, stop or store
        border = False
    # Mexico's agents detaining a caravan make no U.S. border apprehension (GUIDELINES: CBP/Border Patrol)
    if vocabulary.FOREIGN_AGENCY.search(text) and not geography.BORDER_AGENCY.search(text):
        border = False
    return border, airport


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine), km."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


@functools.cache
def _near_the_line(lat: float, lon: float) -> bool:
    """Whether a point is near a land border: within the 100-mile zone of the southern one, at the northern line
    (`geography.NEAR_NORTHERN_BORDER_KM`). Cached: a story names the same towns again and again."""
    at = (lat, lon)
    if min(_km(at, p) for p in geography.NORTHERN_BORDER_LINE) <= geography.NEAR_NORTHERN_BORDER_KM:
        return True
    return min(_km(at, p) for p in geography.SOUTHERN_BORDER_POINTS) <= geography.NEAR_BORDER_KM


def is_inland(place: Place) -> bool | None:
    """True for a U.S. town, region or state away from any land border, False for a town near it, None when unknown
    (a region near the line or not on the map, a foreign place, a border state named alone). A county named alone
    is placed by `locate_county`."""
    if place.city is None and place.lat is None and (located := locate_county(place)) is not None:
        place = located  # "Border Patrol agents arrested 52 people in Fresno County": Fresno, far from the line
    if place.country != "US" or not place.state:
        return None
    if place.lat is not None and place.lon is not None:
        inland = not _near_the_line(place.lat, place.lon)
        # a region placed on the map ("the Twin Cities", "the Bay Area") far from the line is inland; one near it
        # stays unknown, as a sector named for a border town is often the agents' home post ("the El Paso Sector")
        return inland if place.city else (True if inland else None)
    return True if place.state in geography.INTERIOR_STATES else None


def _dateline(m: PlaceMention, s: Sentence) -> bool:
    """Whether mention `m` is the dateline of sentence `s`: where the reporter is, not where the counted people
    were ("PHOENIX — agents apprehended 8,400 migrants in Arizona" happened in Arizona)."""
    return m.start >= s.start and geography.at_dateline(s.text, m.start - s.start, m.end - s.start)


def _capital_dateline(m: PlaceMention, s: Sentence) -> bool:
    """Whether mention `m` is the dateline of sentence `s` and names Washington, D.C.: where national figures are
    announced, not where the counted people were (as count_places never takes it as a count's stand-in)."""
    return m.place.state == "District of Columbia" and _dateline(m, s)


def _inland_dateline(sentences: list[Sentence], mentions: list) -> bool:
    """Whether the story is datelined in a U.S. town away from any land border (not Washington, where national
    figures are announced): its sentences that name no place of their own are told from there."""
    if not sentences:
        return False
    first = sentences[0]
    for m in mentions:
        if m.start < first.end and _dateline(m, first) and not _capital_dateline(m, first):
            return bool(m.place.city) and is_inland(m.place) is True
    return False


def _town_operation_inland(text: str) -> bool:
    """Whether `text` names an operation, raid or sweep by an inland U.S. town ("the Charlotte operation")."""
    for m in traps.TOWN_OPERATION.finditer(text):
        place = normalize_place(m.group(1))
        if place is not None and place.city and is_inland(place) is True:
            return True
    return False


def points_back(view: str) -> bool:
    """Whether the sentence's subject, before its first number, points back to the agents of the sentence before
    ("Last year they apprehended 9,000 people", "Agents there caught 4,200"): they act where that sentence put them,
    even across a paragraph break."""
    digit = re.search(r"\d", view)
    return bool(geography.AGENTS_POINTING_BACK.search(view[: digit.start() if digit else len(view)]))


def inland_sentences(sentences: list[Sentence], mentions: list) -> set[int]:
    """Indexes of the sentences that name an inland U.S. place and neither the border nor a town near it.
    (Only the sentence's own places decide: a story told mostly inland still has its border counts.)"""
    inland: set[int] = set()
    near: set[int] = set()
    datelines: dict[int, tuple[int, bool | None]] = {}  # a dateline's offset: its sentence and inland verdict
    k = 0
    for m in sorted(mentions, key=lambda m: m.start):
        while k < len(sentences) and sentences[k].end <= m.start:
            k += 1
        if k == len(sentences):
            break
        verdict = is_inland(m.place)
        if _capital_dateline(m, sentences[k]):
            continue  # "WASHINGTON — Border Patrol agents apprehended 150,000": national figures, announced there
        if _dateline(m, sentences[k]):
            datelines[m.start] = (k, verdict)
            continue
        if verdict is not None and sentences[k].start <= m.start:
            (inland if verdict else near).add(k)
    # a dateline is where the reporter is: it stands for the sentence's place only where the sentence names no other
    # ("PHOENIX — agents apprehended 8,400 migrants in Arizona" happened in Arizona, a border state)
    own = {
        k for k, s in enumerate(sentences) for m in mentions if s.start <= m.start < s.end and m.start not in datelines
    }
    for k, verdict in datelines.values():
        if verdict is not None and k not in own:
            (inland if verdict else near).add(k)
    near.update(
        k for k, s in enumerate(sentences) if geography.BORDER_PLACE.search(past_at_border(border_talk(s.rule_text)))
    )
    # a landing from the sea sets its town at the border ("48 migrants who came ashore in Key Largo")
    near.update(k for k, s in enumerate(sentences) if geography.SEA_LANDING.search(border_talk(s.rule_text)))
    # ... and so does an interdiction at sea ("Coast Guard crews interdicted 58 migrants northwest of Aguadilla")
    near.update(k for k, s in enumerate(sentences) if geography.SEA_INTERDICTION.search(s.rule_text))
    # an operation named by an inland town ("during the Charlotte operation") is inside the country
    inland.update(k for k, s in enumerate(sentences) if _town_operation_inland(s.rule_text))
    inland -= near
    # a sentence that names no place goes on where the one before it in its paragraph is: "Agents arrested 1,100
    # people in Chicago. Agents arrested 45 at a Home Depot on Tuesday." are both inside the country (and so is one of
    # the next paragraph whose subject points back to those agents: "They arrested 52 people")
    named = {k for k, s in enumerate(sentences) for m in mentions if s.start <= m.start < s.end}
    for k in range(1, len(sentences)):
        goes_on = sentences[k].paragraph == sentences[k - 1].paragraph or points_back(sentences[k].rule_text)
        if goes_on and k - 1 in inland and k not in named and k not in near:
            inland.add(k)
    if _inland_dateline(sentences, mentions):
        # a story told from an inland town ("CHICAGO — Border Patrol agents ..."): a sentence that names no place
        # and no border is told from there ("Agents also arrested 14 people during a raid"), and so is one that
        # names a place by its kind ("The Border Patrol said its agents arrested 130 people in the city")
        for k, s in enumerate(sentences):
            view = s.rule_text
            if (
                k not in named
                and k not in near
                and (not vocabulary.BORDER.search(view) or geography.TOWN_BY_KIND.search(view))
            ):
                inland.add(k)
    return inland


def is_interior_story(sentences: list[Sentence], mentions: list, inland: set[int]) -> bool:
    """Whether the story names an inland U.S. place and never sets anyone at the border: no town near it, and no
    border word left once the agency's name (`geography.BORDER_AGENCY`) and the past of those counted ("who crossed
    years ago") are blanked. "Border Patrol" there names the agency sent inland ("Border Patrol agents arrived in
    Charlotte ... Agents arrested 130 people"), not where its agents act: its placeless sentences make arrests
    (GUIDELINES §2), though a sentence naming the agency still speaks for itself."""
    if not inland or any(is_inland(m.place) is False for m in mentions):
        return False
    return not any(
        vocabulary.BORDER.search(
            geography.BORDER_AGENCY.sub(" ", geography.PAST_AT_BORDER.sub(" ", border_talk(s.rule_text)))
        )
        for s in sentences
    )


def outside_agents_home(sentences: list[Sentence], mentions: list) -> list:
    """`mentions` without the places named as the agents' home post ("Border Patrol agents based in El Centro
    arrested 78 people in Bakersfield": El Centro is where they come from, Bakersfield where they made arrests)."""
    home = [
        (s.at(m.start()), s.at(m.end()))
        for s in sentences
        if _names_agents_home(s.rule_text)
        for m in geography.AGENTS_HOME.finditer(s.rule_text)
    ]
    return [m for m in mentions if not any(a <= m.start < b for a, b in home)] if home else mentions
