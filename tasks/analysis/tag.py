"""Is this article an immigration-enforcement story? A transparent, weighted-feature tagger.

The product definition (shared/gold/GUIDELINES.md) asks whether an article is *mainly, or in a
substantial part* about the government enforcing immigration law against people. Term presence is
not enough: DACA, visa and wall-funding stories say "deportation" too, and "ICE" may be a futures
exchange. So the tagger works in three steps:

1. Split the text into paragraphs and sentences and mark each sentence that *describes enforcement*:
   an enforcement action (arrest, detain, raid, deport ...) together with an immigration actor or
   subject (ICE, Border Patrol, immigrants, "a Mexican national" ...) in the same sentence, or a
   phrase that is enforcement on its own ("removal proceedings", "287(g)", "sanctuary city").
   Sentences about legal immigration and legislation (visas, DACA bills, wall funding, polls) are
   marked too, as counter-evidence. Officers or custody named without their agency ("agents detained
   three cooks", "died in custody"), in the title too, are the agency's when the story names one twice (in
   a brief, once in a sentence that reads as enforcement). In a brief, a sentence that points back at the
   enforcement sentence before it ("They were taken to a processing center", "All nine ...") goes on with it
   at half strength (`_carried`). Under a headline that does not read as enforcement, a paragraph in which two
   sentences or more do is a section, and its other sentences go on with it at half strength (`_section`).
2. Aggregate into a handful of document features: how many and what share of sentences and
   paragraphs describe enforcement, whether the title and lead do, the densest section anywhere in
   the piece and the number of enforcement paragraphs ("in a substantial part": a politics story with
   an enforcement section), how much is about other immigration matters.
3. Combine the features with fixed weights through a logistic function: `score` in [0, 1],
   `is_enforcement = score >= THRESHOLD`.

Pure Python and regular expressions only: no model files, about a millisecond per article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from schemas.records import TagResult
from tasks.analysis.sentences import LINK_LINE, OWN_LINE

#: Bump whenever a lexicon, weight or the threshold changes: stored tags carry it.
TAGGER_VERSION = "tag-1.26"

# ---------------------------------------------------------------------------------------------
# Lexicons. Case-insensitive (matched on lower-cased text) unless noted; alternations on word bounds.
# ---------------------------------------------------------------------------------------------


def _rx(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive lexicon, compiled in lower case and matched against lower-cased text:
    four times faster than re.IGNORECASE here. (No upper-case escapes such as \\S in lexicons.)
    Its alternatives are rewritten to open on a letter and grouped by that letter (`_literal_first`,
    `_by_first_letter`): the same matches, three to five times faster on a news stream's sentences."""
    branches = [branch for alternative in alternatives for branch in _literal_first(alternative.lower())]
    return re.compile(r"\b(?:" + "|".join(_by_first_letter(branches)) + r")\b")


def _grouping(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each "(", ")" and "|" of a pattern that groups or alternates (not escaped, not in a character class), with its
    index and the depth of groups it stands at (a ")" at the depth of the "(" it closes)."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            depth -= char == ")"
            yield i, char, depth
            depth += char == "("
        i += 1


def _top_level_split(pattern: str) -> list[str]:
    """The pieces of a pattern between its top-level "|" (not those inside a group or a character class)."""
    pieces, start = [], 0
    for i, char, depth in _grouping(pattern):
        if char == "|" and not depth:
            pieces.append(pattern[start:i])
            start = i + 1
    return [*pieces, pattern[start:]]


def _group_end(pattern: str) -> int:
    """The index of the ")" that closes the group `pattern` opens on."""
    return next(i for i, char, depth in _grouping(pattern) if char == ")" and not depth)


def _literal_first(alternative: str) -> list[str]:
    """The alternative as branches that open on a literal where it opens on a group: "(?:sent|flown)\\s+back" as
    "sent\\s+back", "flown\\s+back"; "(?:solitary\\s+)?confined" as "solitary\\s+confined", "confined". The regex
    engine skips a branch whose first letter is not the text's in one comparison, but enters every branch that opens
    on a group or an optional part at every word of every sentence. The branches are tried in the order the group's
    would be (a greedy "?" tries its part first), so every match, and its span, is the same."""
    branches = []
    for piece in _top_level_split(alternative):
        if not piece.startswith("(?:"):
            branches.append(piece)
            continue
        end = _group_end(piece)
        body, rest = piece[3:end], piece[end + 1 :]
        if rest.startswith("?") and rest[1:2] not in ("?", "+"):
            branches += _literal_first(f"(?:{body}){rest[1:]}") + _literal_first(rest[1:])
        elif rest[:1] in ("?", "*", "+", "{"):
            branches.append(piece)
        else:
            branches += [branch for part in _top_level_split(body) for branch in _literal_first(part + rest)]
    return branches


def _by_first_letter(branches: list[str]) -> list[str]:
    """Branches that open on the same letter as one ("arrest", "apprehen\\w+" as "a(?:rrest|pprehen\\w+)"): a word is
    compared with each first letter once, not with each branch. Branches that open on different letters never match
    at the same place, so moving one ahead of another changes no match; one that opens otherwise (a class, a
    look-behind) keeps its place, the branches before it grouped apart from those after it."""
    grouped: list[str] = []
    by_letter: dict[str, list[str]] = {}
    for branch in [*branches, ""]:
        if branch[:1].isalnum() and branch[1:2] not in ("?", "*", "+", "{"):
            by_letter.setdefault(branch[0], []).append(branch[1:])
            continue
        grouped += [f"{letter}(?:{'|'.join(rests)})" for letter, rests in by_letter.items()]
        by_letter.clear()
        if branch:
            grouped.append(branch)
    return grouped


#: "ICE" the agency: upper case only (never "ice", "Ice Cube"); the exchange is handled separately.
_ICE = re.compile(r"\bICE\b(?!\s+(?:Brent|Futures|Europe|Clear|Data|trains?|Endex|U\.S\.|gasoil)\b)")
#: Signs that "ICE" in this document is Intercontinental Exchange.
_EXCHANGE = _rx(r"Intercontinental\s+Exchange", r"ICE\s+(?:Brent|Futures|Europe|Clear|Endex)", r"Nymex", r"NYSE")
#: One of these is in every _EXCHANGE match (lower case): a document with none of them is not scanned for it.
_EXCHANGE_WORDS = ("intercontinental", "brent", "futures", "europe", "clear", "endex", "nymex", "nyse")

#: The Border Patrol's sectors, by the names it gives them (its twenty: southwest, northern and coastal).
_SECTORS = (
    r"big\s+bend|del\s+rio|el\s+centro|el\s+paso|laredo|rio\s+grande\s+valley|san\s+diego|tucson|yuma|blaine|buffalo"
    r"|detroit|grand\s+forks|havre|houlton|spokane|swanton|miami|new\s+orleans|ramey"
)
#: Agencies and officers whose job is immigration enforcement.
_AGENCY = _rx(
    r"Immigration\s+and\s+Customs\s+Enforcement",
    r"Border\s+Patrol",
    r"Customs\s+and\s+Border\s+Protection",
    r"CBP",
    r"Enforcement\s+and\s+Removal\s+Operations",
    r"ERO",
    r"immigration\s+(?:agents?|officers?|officials?|authorities|enforcement|judges?|courts?)",
    r"(?:federal|border)\s+(?:agents|officers)",
    r"Homeland\s+Security\s+Investigations",
    r"HSI",
    r"Department\s+of\s+Homeland\s+Security",
    r"DHS",
    # the department's people named by its short name ("Homeland Security agents detained four", "a Homeland Security
    # official said"): the department that runs ICE and CBP, like "DHS" (its committees and budgets are no officers)
    r"Homeland\s+Security\s+(?:agents?|officers?|officials?|spokes(?:man|woman|person))",
    r"la\s+migra",  # Spanish for immigration agents, kept in English copy ("rumours of la migra")
    r"border\s+czar",  # the White House official who runs enforcement ("border czar Tom Homan said")
    r"deportation\s+(?:agents?|officers?|officials?)",  # the agency's officers by their job, as local copy names them
    # the Border Patrol named by one of its sectors ("Agents in the Tucson Sector apprehended 1,180", "the Rio Grande
    # Valley sector's chief") or its sector chief's title: the agency's own divisions, as "ERO Boston" is ICE's
    rf"(?:{_SECTORS})\s+sector",
    r"chief\s+patrol\s+agents?",
)
#: Immigration officers named as actors ("ICE agents", "Border Patrol officers"): enforcement on their own.
#: ("immigration officials" alone may be visa or asylum adjudicators, so only agents and officers there.)
_ACTORS = re.compile(
    r"\b(?:(?:ICE|Border\s+Patrol|CBP|HSI|ERO)\s+(?:agents?|officers?|officials)"
    # ICE's and CBP's full names, as a lead writes them ("Customs and Border Protection officers at JFK held 22"; HSI's
    # is left out: HSI's agents also make drug arrests, and its full name tagged a fentanyl-seizure probe)
    r"|(?:Immigration\s+and\s+Customs\s+Enforcement|Customs\s+and\s+Border\s+Protection)\s+(?:agents?|officers?)"
    r"|(?:federal\s+)?immigration\s+(?:agents?|officers?)"
    # or by their job ("federal deportation officers waited outside the jail")
    r"|(?:[Ff]ederal\s+)?[Dd]eportation\s+(?:agents?|officers?)"
    # or by the Border Patrol sector they serve in ("Swanton Sector agents apprehended ...": the agency's own division)
    rf"|(?i:{_SECTORS})\s+[Ss]ector\s+(?:agents?|officers?)"
    # the agency's own officers by the possessive ("ICE said its officers ...", "CBP and its agents")
    r"|(?:ICE|Border\s+Patrol|CBP|HSI|ERO)\b[^.;]{0,40}?\bits\s+(?:agents?|officers?)"
    # or placed in the sector they serve in ("Agents in the Tucson Sector caught 86", "agents assigned to the Laredo
    # Sector"): a company's or an economy's sector has none of these names
    rf"|(?:[Aa]gents?|[Oo]fficers?)\s+(?:in|from|of|assigned\s+to)\s+the\s+(?i:{_SECTORS})\s+[Ss]ector\b"
    # or the officers first, the agency after them ("Officers with ERO San Antonio escorted him", "agents from the
    # Border Patrol stopped the van"): HSI is left out, as above
    r"|(?:[Aa]gents?|[Oo]fficers?)\s+(?:with|from|of)\s+(?:the\s+)?(?:U\.S\.\s+)?(?:ICE|Border\s+Patrol|CBP|ERO"
    r"|Immigration\s+and\s+Customs\s+Enforcement|Customs\s+and\s+Border\s+Protection"
    r"|Enforcement\s+and\s+Removal\s+Operations))\b"
)
#: Officers named without their agency ("agents fired tear gas", "the agency said"): immigration officers only
#: in a story that names an immigration-enforcement agency elsewhere (resolved per document, see _in_context).
_BARE_ACTOR = _rx(r"agents?", r"officers?", r"the\s+agency", r"authorities", r"deputies", r"troopers?")
#: Being in or entering the country unlawfully, said of people ("crossing the border illegally", "in the country
#: illegally", "entered the U.S. unlawfully"): the subject of an immigration action even where no immigrant, migrant
#: or agency is named ("police can arrest people suspected of crossing illegally").
_UNLAWFUL_PRESENCE = (
    r"(?:(?:in|into|entered|entering|enter|crossed|crossing|cross|came|coming|living|remain\w*|stay\w*)\s+"
    r"(?:(?:the|this|our)\s+(?:country|border|united\s+states|u\.s\.)\s+)?(?:illegally|unlawfully)"
    # the border told by its river ("people who had crossed the river illegally", "crossing the Rio Grande unlawfully")
    r"|(?:crossed|crossing|cross|crosses|swam|swimming|waded|wading)\s+(?:across\s+)?the\s+(?:river|rio\s+grande)\s+"
    r"(?:illegally|unlawfully)"
    # or said by what the person lacks ("who is in the country without legal status", "workers who lack legal papers")
    r"|(?:without|lacks?|lacked|lacking|no)\s+(?:legal|lawful|immigration)\s+(?:status|papers|permission|residency)"
    # or the employer's word for it ("workers who lacked work authorization", "not authorized to work in the U.S.")
    r"|(?:without|lacks?|lacked|lacking|no)\s+(?:valid\s+|legal\s+)?(?:work|employment)\s+authori[sz]ation"
    r"|(?:not|never)\s+(?:legally\s+)?authori[sz]ed\s+to\s+work"
    # or by the labour-market term ("employers who hire unauthorized workers")
    r"|unauthori[sz]ed\s+(?:workers?|labou?r(?:ers)?|employees)"
    # or in local copy's plain words: living or working without papers, a person who has none, an entry made without
    # inspection, work not lawful in the country ("has lived in Reno without papers", "she has no papers", "crossed
    # near Del Rio without inspection"): a horse with no papers, a sale without them and a minor's hours are none
    r"|(?:live[sd]?|living|work(?:s|ed|ing)?|came|come|comes|arrived|stay(?:s|ed|ing)?)\s+(?:[\w,]+\s+){0,5}?"
    r"(?:without|with\s+no|and\s+(?:has|have|had)\s+no)\s+(?:legal\s+)?papers"
    r"|(?:he|she|they|who|i|we)\s+(?:has|have|had)\s+no\s+(?:legal\s+)?papers"
    r"|(?:cross\w*|enter\w*|entry|came|coming)\s+(?:[\w,]+\s+){0,4}?without\s+(?:being\s+)?inspect(?:ion|ed)"
    r"|(?:not|never|cannot|can't|couldn't)\s+(?:legally\s+work|work\s+legally)\s+in\s+the\s+(?:country|united\s+states"
    r"|u\.s))"
)
#: A removal case told by its stake ("hearings on whether they can stay in the country", "his bid to remain in the
#: United States"): the person whose case it is faces removal. A league's or a tourist's stay is no case ("stay in the
#: country's top league", "will stay in the country for ten days").
_STAY_CASE = (
    r"(?:whether\s+(?:\w+\s+){1,3}?(?:can|could|may|might|will|would)|(?:right|bid|case|fight|effort|request|petition"
    r"|plea|chance|permission)\s+(?:\w+\s+){0,2}?to)\s+(?:stay|remain)\s+in\s+the\s+(?:country|united\s+states|u\.s)"
    r"(?![\w'’])"
)
#: People described by immigration status or origin ("a Mexican national").
_PERSON = _rx(
    r"immigrants?",
    r"migrants?",
    r"undocumented",
    r"illegal(?:ly)?\s+(?:aliens?|immigrants?|immigration|entered|present|in\s+the\s+country)",
    r"illegals",
    _UNLAWFUL_PRESENCE,
    _STAY_CASE,
    r"aliens?",
    r"non-?citizens?",
    r"asylum[- ]seekers?",
    r"asylum",
    r"foreign\s+nationals?",
    r"[A-Z][a-z]+(?:an|ese|ian|ish|i)\s+nationals?",
    r"unaccompanied\s+(?:minors|children)",
    r"detainees?",
    r"immigration\s+status",
    r"families|parents|children",
)
#: A number in digits or in words ("30", "six", "twenty-two").
_NUMBER_WORD = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?)"
)
#: Custody actions (arrest, detain, raid, deport ...): enforcement next to an immigration actor.
_ACTION = _rx(
    r"arrest(?:s|ed|ing)?",
    r"detain(?:s|ed|ing|ee|ees)?",
    r"detentions?",
    r"custody",
    r"raids?",
    # Spanish kept in English copy: "las redadas" (the raids), "la migra se lo llevó" (took him away)
    r"redadas?",
    r"se\s+(?:lo|la|los|las)\s+llev(?:ó|o|aron)",
    r"raided",
    r"apprehen\w+",
    r"round(?:ed|s)?[- ]up",
    r"sweeps?",
    r"crackdown",
    # the present tense too, as headlines and agency releases write it ("ERO Boston removes ...", "agents round up")
    r"remov(?:e|es|ed|al|als|ing)",
    # removal said in plain words ("flown back to Guatemala", "sent home", "repatriated", "ordered to leave the
    # country"): a deportation beside an immigration actor or subject, as "removed" is
    # (money sent home is a remittance, not a person: "sent home $64 billion", "send back part of their pay")
    r"(?:sent|send|sends|sending|flown|fly|flying|flew|shipped|returned)\s+(?:(?:him|her|them)\s+)?(?:back|home)"
    r"(?!\s+(?:\$|(?:part|some|most|much|all|half)\s+of|money|cash|funds|remittances|dollars|pesos|earnings|wages))",
    r"repatriat\w+",
    r"(?:sent|moved|flown|taken|removed)\s+out\s+of\s+the\s+(?:country|united\s+states|u\.s)",
    # a departure deadline or order ("ordered to leave the country", "has until Dec. 30 to leave the country")
    r"to\s+leave\s+the\s+(?:country|united\s+states|u\.s)",
    r"expel(?:led|s)?",
    r"expulsions?",
    r"separat(?:ed|ion|ing)",
    r"jail(?:ed|s)?",
    r"held",
    r"locked\s+up",
    r"tear\s?gas",
    r"pull(?:s|ed|ing)?\s+(?:\w+\s+){0,2}over",
    # custody before a judge ("a bond hearing", "released him on bond", "a habeas petition"): enforcement beside an
    # immigration actor or subject, as the custody itself is
    r"bond\s+hearings?",
    r"(?:release[sd]?|releasing|freed)\s+(?:\w+\s+){0,3}on\s+bond",  # criminal courts set bail
    # a judge ruling on custody ("an immigration judge denied him bond", "was granted bond"): beside an immigration
    # actor or subject, as a bond hearing is (a criminal court's bond names neither)
    r"(?:den(?:y|ies|ied|ying)|grant(?:s|ed|ing)?)\s+(?:(?:him|her|them|\w+)\s+)?bond",
    r"habeas",
    # stops of vehicles on the road, where immigration agents or a state's troopers check status ("the Highway 77
    # checkpoint", "traffic stops", "agents stopped cars leaving town"): sobriety checkpoints name no immigration
    r"checkpoints?",
    r"(?:traffic|vehicle|highway|roadside)\s+stops?",
    r"stopp(?:ed|ing)\s+(?:\w+\s+){0,2}(?:cars?|vehicles?|drivers?|motorists?|trucks?|buses?|vans?)",
    # people stopped on the street ("agents stop people based on race"); stopping people from doing something is no stop
    r"stop(?:s|ped|ping)?\s+(?:\w+\s+)?(?:people|pedestrians|residents|workers|day\s+laborers)(?!\s+from)",
    r"handcuff\w*",
    r"shackle\w*",
    # people's papers checked or their birthplace asked ("agents checked their papers one by one", "asked drivers where
    # they were born"): a status check beside the agency, as a stop is (a teacher checking papers names none)
    r"(?:check\w*|inspect\w*|demand\w*|ask\w*\s+(?:for|to\s+see))\s+(?:their|his|her|people's|workers'|drivers')\s+papers",
    r"ask\w*\s+(?:\w+\s+){0,3}?(?:where\s+(?:they|he|she|you)\s+(?:were|was|are)\s+born|(?:about|for)\s+(?:their|his|her)"
    r"\s+birthplaces?)",
    r"(?:shot|shooting|fired|opened\s+fire)",
    r"operations?",
    r"surge",
    r"crossing\s+illegally",
    r"illegal\s+crossings?",
    r"turn(?:s|ed)\s+(?:back|away)",
    r"caught",
    r"encounters?",
    r"criminaliz\w+",
    r"smuggl\w+",
    r"nabbed",
    r"round-?ups?",  # the noun ("the roundups would continue") beside "rounded up"
    # attacks on the agency's officers (GUIDELINES §2 counts them, as assaults)
    r"attacks?\s+on\s+(?:\w+\s+){0,2}(?:officers|agents)",
    r"(?:officers|agents)\s+(?:who\s+)?(?:have\s+|had\s+|were\s+|are\s+)?(?:been\s+|being\s+)?(?:attacked|doxx?ed|ambushed)",
    # arrests and removals in plain verbs ("ICE picked up 30 men", "agents swept up farmworkers", "she was put on a
    # plane to Guatemala", "cannot hold asylum seekers indefinitely"): beside an immigration actor or subject
    # (people picked up: "picked up the phone" and "pick up supplies" are no arrests)
    r"pick(?:s|ed|ing)?\s+(?:him|her|them)\s+up",
    # (the number in words too, as headlines write it: "Agents pick up six at a meatpacking plant")
    rf"pick(?:s|ed|ing)?\s+up\s+(?:by|(?:more\s+|those\s+|the\s+)?(?:{_NUMBER_WORD}|hundreds|dozens|thousands|people|migrants"
    r"|immigrants|men|women|families|children|workers|violators|fugitives))",
    r"swept\s+up",
    # the passive too, the agency unnamed ("relatives who had been picked up outside their homes"): a child fetched from
    # school or a traveller from the airport is no arrest
    r"(?:was|were|been|being|get|gets|got)\s+picked\s+up(?!\s+(?:from|at)\s+(?:school|daycare|the\s+airport|practice))",
    r"put\s+(?:\w+\s+)?on\s+(?:a|the)\s+(?:plane|flight|bus)",
    r"(?:hold|holds|holding|held|detain\w*|jail\w*)\s+(?:\w+\s+){0,3}(?:indefinitely|without\s+(?:bond|a\s+hearing))",
    r"snared",
    r"pepper[- ]spray\w*",
    r"rubber\s+bullets",
    r"use\s+of\s+force",
    r"(?:solitary\s+)?confine(?:d|ment)",  # detention conditions (GUIDELINES §1)
    # custody changing hands or processing ("turned them over to Border Patrol", "booked into the county jail", "taken
    # to a processing center"): custody actions, enforcement beside an immigration actor or subject
    r"(?:turn|hand)(?:s|ed|ing)?\s+(?:\w+\s+){0,2}over\s+to",
    r"(?:turn|hand)(?:s|ed|ing)?\s+over\s+(?:\w+\s+){1,3}to",  # the particle first ("turned over 212 drivers to")
    r"booked\s+into",
    # a prosecution release's credit line ("The case was investigated by HSI and the Border Patrol"): the agency's case
    r"(?:case|investigation|prosecution)\s+(?:was|is)\s+(?:being\s+)?(?:investigated|conducted|handled|brought)\s+by",
    # custody given to the immigration agency by name ("handed to the Border Patrol", "transferred to ICE", "referred
    # to federal immigration authorities"): a committee or a court is no custodian
    r"(?:hand|transferr?|referr?|deliver|releas)(?:e|es|ed|ing|s)?\s+(?:\w+\s+){0,3}?to\s+(?:the\s+)?(?:custody\s+of\s+"
    r"(?:the\s+)?)?(?:u\.s\.\s+)?(?:ice\b|border\s+patrol|immigration|federal\s+immigration|homeland\s+security)",
    # arrests told in plain verbs, as witnesses tell them ("led away four workers", "were taken from a bus stop",
    # "whisked away")
    r"(?:led|leading|leads|hauled|whisked|driven|bused|bussed|carted)\s+(?:\w+\s+){0,3}?away",
    r"(?:were|was|being|been)\s+taken\s+(?:away|from)",
    # a jail keeping someone past release, as a detainer asks ("would not hold inmates past their release date")
    r"(?:hold|holds|holding|held|keep|keeps|keeping|kept)\s+(?:\w+\s+){0,4}(?:past|beyond)\s+(?:their|his|her|the|a)\s+"
    r"(?:scheduled\s+)?release",
    # a jail holding people for the immigration agency ("agreed to hold inmates for federal immigration authorities",
    # "holds people for ICE"): a detainer or detention agreement said in plain words (GUIDELINES §1 cooperation fights)
    r"(?:hold|holds|held|holding)\s+(?:\w+\s+){1,3}for\s+(?:the\s+)?(?:ice|federal|immigration)",
    r"processing\s+(?:centers?|facilit(?:y|ies))",
    # a holding cell or facility is any lockup's (a county jail's, a police station's): custody beside an immigration
    # actor or subject ("kept the migrants in holding cells"), not enforcement on its own
    r"holding\s+(?:facility|cells?)",
    # an audit of an employer's hiring records ("410 audits of hiring paperwork at farms"): worksite enforcement
    r"audits?\s+of\s+(?:\w+\s+){0,3}(?:hiring|employment|i-9)\s+(?:records|paperwork|forms|documents)",
    # the notice that opens such an audit, served on employers ("ICE served notices of inspection on 40 restaurants"):
    # beside the agency only (a health inspector serves notices too)
    r"notices?\s+of\s+inspection",
    # a custody population or capacity ("to hold up to 1,000 migrants", "houses about 900 detainees")
    r"(?:hold|holds|holding|house|houses|housing)\s+(?:up\s+to\s+|about\s+|nearly\s+|more\s+than\s+)?\d[\d,]*",
    r"assault(?:s|ed|ing)?",  # assaults on immigration officers (GUIDELINES §2 counts them) beside the agency
    # the policy words of arrests and releases ("guidance on sensitive locations", "ended catch and release"): beside an
    # immigration actor or subject only (catch-and-release fishing names none)
    r"sensitive[- ]locations?",
    r"catch[- ]and[- ]release",
    # a jail's answer to the requests named in the sentence before ("Sheriffs decline those requests" after "honor
    # detainer requests from ICE"): read beside that sentence, as a custody action is (a library's requests name none)
    r"(?:honou?r\w*|declin\w+|refus\w+|ignor\w+|reject\w*|compl(?:y|ies|ied|ying)\s+with)\s+(?:those|these|such)"
    r"\s+requests",
)
#: State enforcement laws: status checks by police or schools, crimes of harbouring or transporting
#: unauthorised immigrants. Enforcement when immigration is in the sentence ("show me your papers" is in
#: _SPECIFIC: enforcement on its own).
_STATUS_CHECK = _rx(
    r"papers,?\s+please",
    r"(?:check\w*|verify|verif\w+|determin\w+)\s+(?:\w+\s+){0,4}(?:immigration|legal|citizenship)\s+status",
    r"(?:immigration|citizenship)[- ]status\s+(?:checks?|verification|inquir\w+)",
    # police, deputies or a jail asking about or screening for it ("let deputies screen inmates for immigration
    # status", "officers may not ask about immigration status"): a clinic or school that does not ask is no check
    r"(?:police|officers?|deputies|troopers|sheriffs?|jailers?|jails?)\s+(?:[\w'’]+\s+){0,6}(?:ask\w*|question\w*"
    r"|screen\w*|inquir\w+)\s+(?:\w+\s+){0,4}immigration\s+status",
    r"harbo(?:u)?r(?:s|ed|ing)?",
    r"transport(?:s|ed|ing)?\s+(?:\w+\s+){0,2}(?:undocumented|unauthori[sz]ed|illegal)",
    # worksite enforcement (GUIDELINES §1): employing unauthorised workers (audits of hiring records are an action)
    r"(?:hir(?:e|es|ed|ing)|employ(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}(?:undocumented|unauthori[sz]ed|illegal)",
)
#: The agency's officers or vehicles reported seen at a place ("An ICE van was seen outside the apartments", "la migra
#: spotted at the Walmart", "neighbors reported Border Patrol agents"): the opening line of a tracker entry or a
#: community alert, an operation under way; enforcement on its own, as the agency's officers named as actors are
#: (`_ACTORS`). Read only in a sentence that names the agency (`_mark`): ice on a road is seen too.
_SIGHTED = r"ice|la\s+migra|border\s+patrol|cbp|(?:federal\s+)?immigration\s+(?:agents?|officers?)"
_SIGHTING = _rx(
    rf"(?:{_SIGHTED})\s+(?:[\w-]+\s+){{0,3}}?(?:(?:was|were|is|are|been|being|has\s+been|have\s+been)\s+)?"
    r"(?:seen|spotted|sighted)",
    rf"(?:{_SIGHTED})\s+(?:[\w-]+\s+)?sightings?",
    rf"(?:saw|spotted|sighted|sightings?\s+of|reports?\s+of)\s+(?:[\w-]+\s+){{0,3}}?(?:{_SIGHTED})",
)
#: Officers known by the agency's name on their gear ("agents with ICE on their vests", "men in jackets marked Border
#: Patrol"): how witnesses and trackers name the agency at work, enforcement as its officers named as actors are
#: (case-sensitive, as `_ICE`; read in a sentence that names the agency).
_INSIGNIA = re.compile(
    r"\b(?:ICE|Border\s+Patrol|HSI|ERO|POLICE\s+ICE)\s+(?:on|across|printed\s+on|written\s+on)\s+(?:their|his|her|the)\s+"
    r"(?:vests?|jackets?|uniforms?|hats?|caps?|backs?)"
    r"|\b(?:vests?|jackets?|uniforms?|hats?|caps?)\s+(?:marked|reading|labell?ed|that\s+(?:read|said))\s+[\"'“‘]?"
    r"(?:ICE|Border\s+Patrol|HSI|ERO|POLICE\s+ICE)\b"
)
#: Criminal-justice actions: enforcement only about immigration people or crimes, because HSI and ICE
#: also investigate drugs, fraud and child abuse (sentenced, but no immigration angle).
_COURT_ACTION = _rx(r"charged", r"indicted", r"sentenced", r"convicted", r"prosecut\w+", r"smuggl\w+")
#: Border places: an actor for custody actions ("tear gas fired across the border").
_BORDER = _rx(
    r"(?:the|southern|southwest|U\.S\.-Mexico|Mexican|U\.S\.) border",
    r"border\s+(?:fence|crossings?|agents?|officials?|authorities|stations?|facilit\w+|sector)",
    r"ports?\s+of\s+entry",
)
#: A state's own immigration law ("Alabama's strict immigration law", "the Texas immigration law"): the
#: state-law wave that orders status checks and creates immigration crimes (GUIDELINES: cooperation fights).
_STATES = (
    r"alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho"
    r"|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota"
    r"|mississippi|missouri|montana|nebraska|nevada|new\s+hampshire|new\s+jersey|new\s+mexico|new\s+york"
    r"|north\s+carolina|north\s+dakota|ohio|oklahoma|oregon|pennsylvania|rhode\s+island|south\s+carolina"
    r"|south\s+dakota|tennessee|texas|utah|vermont|virginia|washington|west\s+virginia|wisconsin|wyoming|state"
)
_STATE_LAW = _rx(
    rf"(?:{_STATES})(?:'s?)?\s+(?:\w+\s+){{0,2}}(?:anti-)?immigration\s+(?:laws?|measures?|crackdown)",
    r"(?:immigration|enforcement)\s+laws?\s+(?:in|of)\s+(?:" + _STATES + r")",
)
#: Words that mark sanctuary fights when immigration is in the same sentence ("ICE-free zones").
_SANCTUARY = _rx(
    r"sanctuary",
    r"ICE-free",
    r"cooperat\w+\s+with\s+(?:ICE|federal\s+immigration|(?:federal\s+)?deportation)",
    # cooperation said in plain words: telling the agency, sharing records with it, helping it, honouring its requests
    # ("deputies notify ICE before an inmate's release", "the city shares no data with immigration authorities", "police
    # should help federal immigration agents", "the jail ignores requests from ICE")
    r"(?:notif\w+|alert\w*|tip\w*\s+off)\s+(?:\w+\s+){0,2}(?:ice|immigration\s+(?:authorities|officials|agents"
    r"|officers)|federal\s+immigration)",
    r"shar\w+\s+(?:\w+\s+){0,3}(?:information|data|records|lists?|addresses)\s+with\s+(?:ice|immigration|federal"
    r"\s+immigration|dhs|the\s+department\s+of\s+homeland\s+security)",
    r"(?:help\w*|assist\w*|aid(?:s|ed|ing)?|work\w*\s+with|partner\w*\s+with)\s+(?:\w+\s+){0,2}(?:ice|immigration\s+(?:agents"
    r"|officers|authorities)|federal\s+immigration|border\s+patrol)",
    r"(?:honou?r\w*|compl(?:y|ied|ies|ying)\s+with|ignor\w+)\s+(?:\w+\s+){0,3}requests?\s+(?:from|by|of)\s+(?:ice"
    r"|immigration|federal\s+immigration)",
)

#: Sanctuary policies by their other names (GUIDELINES §1 cooperation fights: "the Welcoming City ordinance bars
#: officers from sharing information with federal agents", "the state's Trust Act"): read, as "sanctuary" is, where the
#: sentence names immigration or the agency (a welcoming city for tourists names neither).
_SANCTUARY_NAMES = _rx(r"welcoming\s+cit(?:y|ies)", r"trust\s+acts?", r"values\s+act")
#: A custody action named as what people react to (GUIDELINES §1: "officials responding to raids", vigils and protests
#: over named enforcement actions): the action's noun as the object of a reaction's verb or preposition ("protest the
#: detentions of two classmates", "troubled by the arrests", "a statement after a weekend of raids", "a resolution
#: opposing the deployment"). The noun alone is any raid's or operation's: read in a story that names immigration or the
#: agency elsewhere (`_reactions`), as a custody action beside an immigration sentence is (`_in_context`).
_REACTION_OBJECT = (
    # (arrests and detentions in the plural only: "after his arrest" is a criminal case's as often; and no crackdown,
    # which is any government's)
    r"(?:raids?|detentions|arrests|deployments?|operations?|sweeps?|round-?ups?|checkpoints)"
)
_REACTION = _rx(
    r"(?:condemn\w*|denounc\w+|protest\w*|decr(?:y|ies|ied|ying)|criticiz\w+|oppos\w+|troubled\s+by|concerned\s+(?:by|about)"
    r"|outrag\w+\s+(?:by|over|at)|respon\w+\s+to|in\s+response\s+to|after|following|over|against|amid|since"
    # refusing a part in it: the cooperation fight ("CMPD is not participating in this operation", "will not help
    # with the deployment")
    r"|(?:participat\w+|tak(?:e|es|ing|en)\s+part|assist\w*|help\w*|join\w*)\s+(?:with|in))\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?{_REACTION_OBJECT}",
)


#: A 287(g) agreement (the section of the law that deputises local officers): its name ends on ")", so the lexicon's
#: closing word bound stands before it ("287(g) agreements", "287g").
_287G = (r"287\s*\(g(?=\))", r"287g")
#: A local police force named as such: a brief that opens on its case calls its own officers "officers".
_LOCAL_POLICE = _rx(r"police", r"sheriff\w*", r"detectives?")
#: A raid told by its verb, bare "agents" its subject ("When agents swept through the packing houses ...", "agents
#: descended on the plant"): in a piece that never names the agency but tells its enforcement elsewhere ("Many have
#: since been deported") and names no other police body, that enforcement's raid (`_in_context`). Bare "agents" alone
#: are anyone's (FBI, DEA, a travel agency's), and crowds storm a border or descend on a square (no raid).
_RAID_AGENTS = _rx(
    r"agents\s+(?:[\w,-]+\s+){0,4}?(?:(?:swept|sweep(?:s|ing)?)\s+(?:through|into|across)"
    r"|descend(?:s|ed|ing)?\s+(?:on|upon))"
)
#: Federal law-enforcement bodies other than the immigration agencies: with `_LOCAL_POLICE`, a story naming one may have
#: its own agents raid (`_RAID_AGENTS`).
_OTHER_AGENCIES = _rx(
    r"fbi", r"dea", r"atf", r"drug\s+enforcement", r"secret\s+service", r"marshals?", r"irs", r"federal\s+bureau"
)
#: Worksite enforcement (GUIDELINES §1) told by the raid's place or its people: a raid at a workplace ("a raid at a
#: meatpacking plant", "raids on two dairies"), or workers arrested or detained in a raid ("70 workers were arrested
#: Tuesday during a raid"). Read only where the sentence names no contraband and no police or other federal body: a
#: drug ring raided at a plant is police work, and its arrested are "people", not the plant's workers.
_WORKSITE_RAID = _rx(
    r"raids?\s+(?:at|on)\s+(?:an?|the|two|three|four|several)\s+(?:[\w-]+\s+){0,3}?(?:plants?|factor(?:y|ies)"
    r"|dair(?:y|ies)|worksites?|packinghouses?|packing\s+houses?|construction\s+sites?)(?![\w'’])",
    r"workers\s+(?:were\s+|had\s+been\s+)?(?:arrested|detained|rounded\s+up|taken\s+into\s+custody)\s+(?:[\w,]+\s+)"
    r"{0,4}?(?:during|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?raids?",
)
#: Federal officers named without their agency (`_analyse`: the immigration agency a story names once).
_FEDERAL_ACTOR = _rx(r"federal\s+(?:authorities|agents|officers|officials)")
#: A death told after the custody that held it ("While in ICE custody, he fell ill and died"), its custodian named or
#: not (`{custodian}`): the one held dies, not someone he hears of ("While in custody, he learned his mother had died").
_DIED_AFTER_CUSTODY = (
    r"while\s+in\s+{custodian}custody\b(?:[^.;]{{0,40}}?,)?\s+"
    r"(?:(?!(?:that|who|whose|his|her|their|when|after|before|as)\b)[\w.,'’-]+\s+){{0,10}}?(?:died|dies)"
)
#: A jail's hold for the agency told in plain words: people kept past the release a court or a sentence set ("would no
#: longer hold inmates for ICE after their release dates", "keeps people beyond their scheduled release"). Beside the
#: agency it is the detainer itself (GUIDELINES §1 cooperation fights, §2 detainers), as strong as the word; a jail's
#: clerical over-detention names no immigration agency.
_HOLD_VERB = r"(?:hold|holds|holding|held|keep|keeps|keeping|kept|detain\w*|jail\w*)\s+(?:[\w,'’-]+\s+){0,5}?"
_HOLD_PAST_RELEASE = _rx(
    _HOLD_VERB + r"(?:past|beyond)\s+(?:their|his|her|the|an?)\s+(?:scheduled\s+|planned\s+)?release",
    # ("after" only before the date or time: "held a vigil after the release of the video" is none)
    _HOLD_VERB + r"after\s+(?:their|his|her)\s+(?:scheduled\s+|planned\s+)?release\s+(?:dates?|times?)",
)
#: A death in custody whose custodian the sentence does not name ("the woman who died in custody", "any death in
#: custody"): like officers named without their agency, the agency the story names holds the custody.
_CUSTODY_DEATH = _rx(
    r"(?:died|dies|death|deaths)\s+(?:\w+\s+){0,5}?(?:in|while\s+in)\s+custody",
    _DIED_AFTER_CUSTODY.format(custodian=""),
)
#: The government sending a person back to a country ("the government wants her sent back to Honduras", "blocked the
#: administration from sending a Dover man back to Indonesia"): a removal told by who acts on whom, where no immigration
#: word is said. The one sent back is a person (a pronoun, or a noun phrase ending on a person): a bill, a case or money
#: sent back to Congress, a court or a family is none.
_PEOPLE_NOUNS = (
    r"man|woman|men|women|father|mother|parents?|famil(?:y|ies)|people|persons?|students?|workers?|child|children|sons?"
    r"|daughters?|brothers?|sisters?|husband|wife|boys?|girls?|teens?|teenagers?|couple|veterans?|pastor|residents?|nationals?"
)
_GOVERNMENT_SENDS_BACK = _rx(
    r"(?:government|administration|authorities)\s+(?:[\w,'’]+\s+){0,4}?(?:send|sends|sent|sending|fly|flies|flew"
    r"|flying|flown|return|returns|returned|returning|put|puts|putting)\s+(?:him|her|them|(?:an?|the|[\w’']+['’]s)\s+"
    rf"(?:[\w.,'’-]+\s+){{0,4}}?(?:{_PEOPLE_NOUNS}))\s+back\s+to",
    # the person before the participle ("the government wants her sent back to", "authorities had them flown back to")
    r"(?:government|administration|authorities)\s+(?:[\w,'’]+\s+){0,3}?(?:him|her|them)\s+(?:sent|flown|returned)\s+back"
    r"\s+to",
)
#: Family detention centres by their short name, people held in them ("children held with their mothers in family
#: centers"): read on `_custody_words`, so that a party or a workshop held at a family centre is staged there; a shelter
#: houses families.
_FAMILY_CENTER = _rx(
    r"(?:held|detained|jailed|locked\s+up|confined)\s+(?:[\w,'’-]+\s+){0,5}?(?:in|at)\s+(?:[\w-]+\s+){0,2}?family\s+"
    r"cent(?:er|re)s?"
)
#: A flight carrying people out of custody ("a chartered jet carrying 120 men who had been held in Louisiana jails"):
#: removal told by the plane and the people on it (read on `_custody_words`: a team that held the lead held no one).
_CUSTODY_FLIGHT = _rx(
    rf"(?:planes?|jets?|flights?|charters?|aircraft)\s+carrying\s+(?:[\w,'’-]+\s+){{0,3}}?(?:{_PEOPLE_NOUNS}|detainees"
    r"|deportees|migrants|immigrants)\s+(?:who|that)\s+(?:had\s+)?(?:been\s+)?(?:held|detained|jailed|in\s+custody)"
)
#: A person put on a plane by someone else ("he was put on a flight to San Salvador", "were put on planes back to
#: Port-au-Prince", "put on a plane by the government to a country he left"): the passive hides the one who acts, and
#: people are put on a flight only by a custodian, as the government sends a person back (travellers board one).
_PUT_ON_PLANE = _rx(
    r"(?:was|were|been|being|get|gets|got)\s+(?:\w+\s+)?put\s+on\s+(?:(?:a|the)\s+)?(?:\w+\s+)?(?:planes?|flights?"
    r"|jets?)\s+(?:back\s+)?to",
    r"put\s+on\s+(?:(?:a|the)\s+)?(?:\w+\s+)?(?:planes?|flights?|jets?|bus(?:es)?)\s+by\s+the\s+(?:government"
    r"|administration|authorities)",
)
#: What is held when "held" is no custody: an event people hold ("immigrants held a rally", "a vigil was held", "the
#: committee held a hearing on the bill") or a title, record or office someone holds ("held the state record"). Its
#: object follows "held" after a determiner and up to three modifiers that are no preposition or person ("held a
#: one-day strike", not "held three men at a rally" or "held pending a hearing"), or it is the subject of a passive
#: "held" ("Vigil held for ..."). Such a "held" is no custody action (`_ACTION`'s "held"); custody keeps its own
#: forms ("held at the county jail", "held 40 migrants", "held without bond").
_HELD_EVENT = (
    r"(?:rall(?:y|ies)|vigils?|meetings?|(?:news\s+|press\s+)?conferences?|hearings?|forums?|town\s+halls?|marche?s?"
    r"|protests?|strikes?|walkouts?|demonstrations?|tournaments?|ceremon(?:y|ies)|masse?s?|celebrations?"
    r"|festivals?|fiestas?|part(?:y|ies)|fundraisers?|elections?|votes?|sessions?|workshops?|briefings?|summits?|talks"
    r"|events?|parades?|concerts?|funerals?|memorials?|prayers?|fairs?|dinners?|picnics?|debates?|seminars?|clinics?)"
)
#: (a service is held as an event, but "the Marshals Service held ..." is custody: with its object or its auxiliary)
_HELD_THING = (
    rf"(?:{_HELD_EVENT}|services?|titles?|records?|office|offices|seats?|posts?|positions?"
    r"|lead|majority|beliefs?|views?)"
)
_NO_MODIFIER = (
    r"(?!(?:at|in|into|on|for|from|by|near|outside|inside|after|before|during|until|pending|awaiting|without|while|with"
    r"|under|over|since|and|or|him|her|them|men|women|people|migrants|immigrants|workers|detainees|children|families)\b)"
)
_HELD_NOT_CUSTODY = re.compile(
    rf"\bheld(?=\s+(?:(?:a|an|the|its|their|his|her|our|one|two|three|several|many)\s+)?(?:{_NO_MODIFIER}[\w'’-]+\s+)"
    rf"{{0,3}}?{_HELD_THING}\b)"
)
_HELD_PASSIVE_NOT_CUSTODY = re.compile(
    rf"\b((?:{_HELD_EVENT}\s+|services?\s+(?=was|were|is|are|will|being|to))"
    rf"(?:(?:was|were|is|are|will\s+be|being|to\s+be)\s+)?)held\b"
)


#: A country's own citizens or travellers brought home ("300 Americans stranded in Peru were flown home to Miami",
#: "tourists were sent home early"): a removal sends a person out of the country to theirs, a trip home is no removal.
_TRAVELLERS_HOME = re.compile(
    r"\b((?:americans|(?:u\.s\.|american)\s+citizens|travell?ers|tourists|vacationers|passengers|holidaymakers)\b"
    r"[^.;:]{0,80}?)\b(?:flown|sent|brought|flew|returned)\s+home\b"
)


def _custody_words(low: str) -> str:
    """The sentence with each "held" that is no custody (`_HELD_NOT_CUSTODY`) written "staged", and each trip home of
    citizens or travellers (`_TRAVELLERS_HOME`) written "travelled home", for `_ACTION`."""
    if " home" in low:
        low = _TRAVELLERS_HOME.sub(r"\1travelled home", low)
    if "held" not in low:
        return low
    return _HELD_PASSIVE_NOT_CUSTODY.sub(r"\1staged", _HELD_NOT_CUSTODY.sub("staged", low))


#: A custody action in the passive, which hides who acted ("some residents were detained in the parking lot", "he was
#: deported in 2019"): in a story that names an immigration agency twice, that agency acted (see _in_context).
_PASSIVE_CUSTODY = _rx(
    r"(?:was|were|been|being|is|are|get|gets|got)\s+(?:\w+\s+)?(?:arrested|detained|deported|removed|apprehended"
    r"|handcuffed|expelled|taken\s+(?:into\s+custody|away)|picked\s+up|rounded\s+up|locked\s+up)",
    # held in a custody place ("the men are being held at the county jail"): talks held in a city are in none
    r"(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:held|jailed)\s+(?:at|in)\s+(?:[\w.'’-]+\s+){0,5}?(?:jail|prison"
    r"|detention|custody|facility|cent(?:er|re)|camp)",
)
#: "Detention", not right after the word of a criminal detention: a juvenile, pretrial or youth detention centre, bed
#: or budget is a criminal one (`_SPECIFIC`'s detention places and detention money). The look-behinds follow the word,
#: so that the branch opens on its letter (`_by_first_letter`).
_NOT_CRIMINAL_DETENTION = (
    r"detention(?<!juvenile\sdetention)(?<!pretrial\sdetention)(?<!youth\sdetention)"
    # a county's, a city's or an adult detention centre is the local jail by its official name ("held at the county
    # detention center" after a theft arrest): immigration detention only beside an immigration actor or subject, as
    # a jail is (`_ACTION`'s "detention")
    r"(?<!county\sdetention)(?<!city\sdetention)(?<!adult\sdetention)"
)
#: Phrases that are immigration enforcement on their own.
_SPECIFIC = _rx(
    r"deportation\s+(?:flights?|orders?|proceedings|raids?|cases?)",
    r"removal\s+(?:proceedings|orders?|flights?)",
    r"orders?\s+of\s+(?:removal|deportation)",
    # the same order in plain words, as the noun ("has an old order to leave the country", "an order to send him back
    # to Cuba"): a ministry that orders diplomats to leave tells it by the verb, and a family court sends a child back
    # to his mother
    r"(?:an?|the|his|her|their|old|final|standing)\s+(?:\w+\s+)?orders?\s+to\s+(?:leave\s+the\s+(?:country|united\s+states"
    r"|u\.s)|(?:send|return|fly)\s+(?:him|her|them)\s+(?:back\s+)?to\s+(?!(?:his|her|their)\s))",
    r"detainers?",
    # the agency's online search for people in its custody ("held in Louisiana, according to the detainee locator")
    r"(?:online\s+)?detainee\s+locator",
    *_287G,
    r"sanctuary\s+(?:cit(?:y|ies)|jurisdictions?|polic(?:y|ies)|laws?|states?|status|county|counties)",
    r"illegal[- ](?:re-?)?entry",
    # immigration crimes by their statutes' names, as prosecutors' releases write the counts: moving, hiding or
    # bringing in aliens, Texas's "smuggling of persons", and re-entry after removal ("reentry of a removed alien",
    # "returning to the United States after deportation"); a film's aliens are neither moved nor hidden so
    r"(?:transport\w*|harbou?r\w*|conceal\w*|shield\w*|bring\w*\s+in)\s+(?:(?:and|or|illegal|undocumented|\w+ing)\s+)"
    r"{0,3}aliens",
    r"smuggling\s+of\s+(?:persons|people|migrants)",
    # the same crime told by where the people were found: hidden in a vehicle or its cargo ("14 people hidden behind
    # the cargo", "migrants crammed into a tanker", "men concealed in a false compartment"): drugs are hidden so too,
    # but the noun is people (a kidnapping's victim is one person, its words "bound" and "held")
    r"(?:people|persons|men|women|children|minors|migrants|immigrants|adults)\s+(?:who\s+(?:were|had\s+been)"
    r"\s+)?(?:hidden|hiding|concealed|crammed|packed|stuffed|locked)\s+(?:in|into|inside|behind|beneath|under|among)\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:trailers?|trucks?|cargo|compartments?|trunks?|tankers?"
    r"|boxcars?|containers?|vans?|vehicles?|shipments?|crates?|loads?|freight)(?![\w'’])",
    # the same crime told as the charge in plain words ("charged with bringing 23 people into the country", "pleaded
    # guilty to sneaking six men across the border"): an airline's passengers and smuggled guns are neither
    r"(?:charged|indicted|accused|convicted|guilty|arrested|sentenced)\s+(?:\w+\s+){0,3}?(?:with|of|to|for)\s+"
    r"(?:bring\w*|smuggl\w*|sneak\w*|ferry\w*|transport\w*|mov\w*)\s+(?:\w+\s+){0,3}?(?:people|persons|migrants|men"
    r"|women|children|passengers)\s+(?:\w+\s+){0,4}?(?:into\s+the\s+(?:country|united\s+states|u\.s)|across\s+the\s+border)",
    # harbouring told as the charge in plain words ("convicted two brothers of hiding workers", "charged with concealing
    # 11 migrants"): a fugitive hidden, or a child kept from a parent, is no harbouring of people the law protects so
    r"(?:charged|indicted|accused|convicted|convicts?|guilty|arrested|sentenced)\s+(?:\w+\s+){0,3}?(?:with|of|to|for)\s+"
    r"(?:hid(?:ing|e)?|conceal\w*|shelter\w*|harbou?r\w*)\s+(?:\w+\s+){0,3}?(?:workers|laborers|labourers|people|persons"
    r"|men|women|migrants|immigrants|aliens)(?![\w'’])",
    r"re-?entry\s+(?:of\s+(?:a\s+)?(?:previously\s+)?(?:removed|deported)\s+aliens?|after\s+(?:removal|deportation))",
    r"(?:re-?enter\w*|return\w*)\s+(?:to\s+|into\s+)?(?:the\s+)?(?:united\s+states|u\.s\.|country)\s+(?:\w+\s+){0,2}?"
    r"after\s+(?:(?:being|having\s+been)\s+)?(?:deport\w+|remov\w+)",
    r"criminal\s+aliens?",
    # entry on a false document, the crime a port's officers charge ("presenting a counterfeit U.S. passport at the San
    # Ysidro port of entry", "used a borrowed green card to cross the border"): a forged passport sold in a flat, or
    # one used to open a bank account, is no entry
    r"(?:present\w*|show\w*|us(?:e|ed|es|ing)|offer\w*|tender\w*|carr(?:y|ied|ying))\s+(?:an?\s+|the\s+|his\s+|her\s+)?"
    r"(?:counterfeit|fraudulent|false|forged|fake|altered|borrowed|stolen|bogus|doctored|impostor)\s+(?:u\.s\.\s+|"
    r"[\w-]+\s+)?(?:passports?|visas?|green\s+cards?|border\s+crossing\s+cards?|(?:permanent\s+)?resident\s+cards?"
    r"|travel\s+documents?|entry\s+documents?|birth\s+certificates?)\s+(?:[\w,'’-]+\s+){0,5}?(?:at\s+(?:the|a)\s+"
    r"(?:[\w.'’-]+\s+){0,3}?(?:ports?\s+of\s+entry|border\s+crossing|crossing|checkpoint|bridge)|to\s+(?:enter|cross"
    r"|get\s+into)\s+(?:the\s+)?(?:united\s+states|u\.s|country|border))",
    r"zero[- ]tolerance",
    r"family\s+separations?",
    r"separated\s+(?:from\s+their\s+)?(?:families|parents|children)",
    r"Remain\s+in\s+Mexico",
    # the same wait imposed at a port, and people sent back over the line ("were told to wait on the Mexican side",
    # "40 nationals were returned through the San Ysidro crossing", "the women were returned to Mexico"): a person the
    # border sends back, passive (a family that returned to Mexico went home, a stolen mask is no person)
    r"(?:told|made|forced|ordered|required|sent\s+back)\s+(?:\w+\s+)?to\s+wait\s+(?:in\s+mexico|on\s+the\s+mexican\s+side"
    r"|(?:on\s+the\s+other\s+side\s+of|across)\s+the\s+border)",
    rf"(?:{_PEOPLE_NOUNS}|migrants|immigrants|mexicans|deportees|asylum\s+seekers)\s+(?:were|was|had\s+been"
    r"|have\s+been|are|is|being|been|got|get)\s+(?:\w+\s+)?returned\s+(?:\w+\s+){0,2}?(?:to\s+mexico|across\s+the\s+border"
    r"|through\s+the\s+(?:[\w-]+\s+){0,3}?(?:crossing|port|bridge|gate))",
    # a jail's contract for the agency's custody in plain words ("an agreement with the federal government to house up
    # to 200 people facing deportation"): GUIDELINES §1 detention contracts (a jail's deal to house state inmates names
    # no immigrant)
    r"(?:agreements?|contracts?|deals?)\s+(?:[\w,'’-]+\s+){0,8}?to\s+(?:house|hold|detain|jail)\s+(?:up\s+to\s+)?"
    r"(?:[\w,'’-]+\s+){0,3}?(?:immigrants|migrants|detainees|(?:people|men|women|inmates|prisoners)\s+(?:who\s+are\s+)?"
    r"(?:facing|awaiting|fighting)\s+(?:deportation|removal))",
    r"Migrant\s+Protection\s+Protocols",
    r"Title\s+42",
    # Border Patrol's count of people seen crossing but not caught, and the mass prosecutions of illegal entry
    r"got-?aways",
    r"operation\s+streamline",
    r"expedited\s+removal",
    # a person processed by the agency for removal ("he is at the federal building, processing for removal")
    r"process(?:ed|ing)\s+for\s+(?:removal|deportation)",
    # people sent back from the United States by its government ("1,900 Salvadorans were repatriated from the United
    # States", "42 Guatemalans sent back by the U.S."): a removal whoever the people are called (diplomats "expelled by
    # the United States" are no removal)
    r"(?:repatriat(?:ed|ion)|deported|(?:sent|flown)\s+(?:back|home))\s+(?:\w+\s+){0,2}(?:from|by)\s+the\s+"
    r"(?:united\s+states|u\.s)",
    r"Secure\s+Communities",
    r"immigration\s+(?:detention|raids?|arrests?|sweeps?|crackdown|custody|enforcement\s+(?:operations?|actions?))",
    _NOT_CRIMINAL_DETENTION + r"\s+(?:centers?|facilit(?:y|ies)|camps?)",
    # the detention system as money, capacity and conditions ("detention beds", "a detention contract", "detention
    # standards", "the detention population"): GUIDELINES §1 detention (contracts, conditions, detainee numbers)
    r"detained\s+population",
    _NOT_CRIMINAL_DETENTION + r"\s+(?:beds?|contracts?|contractors?|capacity|population"
    r"|standards|conditions|budget|spending|funding|operators?|compan(?:y|ies)|industry|quotas?|mandate|space)",
    r"immigration\s+(?:jails?|prisons?|lockups?)",
    # custody under the agency's own names: its family detention centres, its supervision outside detention, its price
    # per detainee, and the departure an immigration judge orders as "voluntary departure"
    r"family\s+residential\s+(?:centers?|facilit(?:y|ies))",
    r"alternatives?\s+to\s+detention",
    r"per\s+detainee",
    r"voluntary\s+departure",
    r"bed\s+(?:quota|mandate)",
    r"(?:human|alien|migrant)\s+smuggl\w+",
    r"border\s+(?:apprehensions|crossers|arrests)",
    r"worksite\s+enforcement",
    r"(?:i-9|e-verify|worksite|workplace)\s+(?:audits?|inspections?)",
    r"separat\w+\s+(?:of\s+)?(?:migrant\s+)?(?:children|families|kids)",
    r"tent\s+(?:city|camp)",
    r"(?:family|families)\s+break-?ups?",
    r"break-?up\s+of\s+families",
    r"detainees",
    r"show\s+(?:me\s+)?your\s+papers",
    r"notices?\s+to\s+appear",
    r"(?:deportation|removal|immigration\s+enforcement)\s+priorities",
    # the enforcement policy's own terms for arrests (GUIDELINES §1 enforcement policy): at courthouses, of bystanders
    # ("collateral"), away from jails ("at-large")
    r"courthouse\s+arrests?",
    r"collateral\s+arrests?",
    r"at-large\s+arrests?",
    # militarised border operations: troops sent to the southern border, the military zones along it
    r"(?:national\s+guard|guard(?:smen|\s+troops|\s+members|\s+soldiers)|troops|soldiers|marines)\s+(?:[\w,-]+\s+){0,6}?"
    r"(?:to|at|along|on|near)\s+the\s+(?:southern|southwest(?:ern)?|u\.s\.-mexico|mexican|texas|arizona)\s+"
    r"(?:border|boundary)",
    r"national\s+defen[cs]e\s+areas?",
    r"stays?\s+of\s+(?:removal|deportation)",
    r"(?:(?:halt|stop|block|delay|fight|avoid)\w*|fought|fac(?:e[sd]?|ing))\s+(?:his|her|their)\s+"
    r"(?:removal|deportation)",
    # the same fight told by the person's side in the passive ("to avoid being deported", "hid to escape being sent
    # back"), and the agency's order to come in for the flight ("told to report with a one-way ticket to Guatemala",
    # "ordered to report for removal", a "bag and baggage" letter): the removal itself, as "stay of removal" is
    r"(?:avoid|escap|evad|resist|prevent)\w*\s+(?:him\s+|her\s+|them\s+)?(?:from\s+)?being\s+(?:deported|sent\s+back"
    r"|flown\s+back|removed\s+from\s+the\s+(?:country|united\s+states|u\.s))",
    r"(?:told|ordered|directed|instructed|asked)\s+(?:\w+\s+)?to\s+report\s+(?:\w+\s+){0,6}?(?:for\s+(?:removal|deportation)"
    r"|with\s+(?:an?|his|her|their)\s+(?:one-way\s+)?(?:plane\s+|airline\s+|bus\s+)?tickets?)",
    r"bag[- ]and[- ]baggage",
    r"(?:his|her)\s+deportation",
    r"check(?:ed|s|ing)?[- ]ins?\s+(?:with|at)\s+(?:the\s+)?(?:ice|immigration)",
    r"(?:ice|immigration)\s+check[- ]ins?",
    # a check-in that ends in custody (GUIDELINES §1: "check-ins that end in arrest"), the agency unnamed ("was detained
    # at her check-in appointment"): a hotel's or an airline's check-in desk is no check-in of a person
    r"(?:detained|arrested|taken\s+into\s+custody|picked\s+up)\s+(?:\w+\s+){0,2}?(?:at|during)\s+(?:his|her|their|a|an"
    r"|the)\s+(?:\w+\s+)?check[- ]ins?(?!\s+(?:desk|counter|line|kiosk|area))",
    # or told as the check-in's end ("a father's check-in ends on a plane to El Salvador", "her check-in ended in
    # detention"): a hotel's check-in ends at noon, a custody or a flight ends no desk's
    r"check[- ]ins?\s+(?:[\w,'’-]+\s+){0,4}?end(?:s|ed|ing)?\s+(?:in|on|with)\s+(?:an?\s+|the\s+|his\s+|her\s+)?"
    r"(?:arrests?|detention|custody|deportation|removal|jail|(?:[\w-]+\s+)?(?:plane|flight))",
    # sanctuary in a house of worship from deportation ("took sanctuary in a church", "a sanctuary congregation"): the
    # room of a church ("the sanctuary was full") and a bird sanctuary are neither
    r"sanctuary\s+(?:church(?:es)?|congregations?|movement)",
    r"(?:in|into|took|taken|taking|take|takes|sought|seek\w*|found|given|granted|offer\w*|provid\w*)\s+sanctuary\s+"
    r"(?:\w+\s+){0,3}(?:church(?:es)?|congregations?|mosques?|synagogues?|temples?|chapels?|cathedrals?|parish)",
    r"(?:died|dies|death|deaths)\s+(?:\w+\s+){0,5}?in\s+(?:ICE|CBP|Border\s+Patrol|immigration|federal|U\.S\.)"
    r"\s+custody",
    # (the immigration custodians only: a federal prisoner awaiting a fraud trial dies in the Bureau of Prisons')
    _DIED_AFTER_CUSTODY.format(custodian=r"(?:ICE|CBP|Border\s+Patrol|immigration)\s+"),
)
#: The enforcement agencies' own business (case-sensitive, as _ICE): what they pay for, sign, issue and run ("revenue
#: from ICE", "an agreement countersigned by Immigration and Customs Enforcement", "a memo by the director of ICE",
#: "Border Patrol stations", "ICE's detention contracts"). GUIDELINES §1: detention contracts, 287(g) agreements,
#: enforcement policy memos and budgets, custody facilities. CBP is left out (its contracts and guidance are also trade
#: and tariffs), and so is DHS (it also runs the visa and citizenship agency).
_BUSINESS_NOUN = (
    r"(?i:contracts?|agreements?|partnerships?|revenue|payments?|memo(?:randum)?s?|directives?|guidance|polic(?:y|ies)"
    r"|facilit(?:y|ies)|stations?|beds|flights?|charters?|budgets?)"
)
_ENFORCER = (
    r"(?:ICE|Immigration\s+and\s+Customs\s+Enforcement|Border\s+Patrol|Enforcement\s+and\s+Removal\s+Operations)"
)
_AGENCY_BUSINESS = re.compile(
    rf"\b{_BUSINESS_NOUN}\s+(?:[\w’'-]+\s+){{0,8}}?(?:with|from|by|of|for|to)\s+(?:the\s+)?(?:U\.S\.\s+)?{_ENFORCER}\b"
    rf"|\b{_ENFORCER}(?:'s|’s)?\s+(?:own\s+|new\s+|detention\s+|processing\s+|holding\s+)?{_BUSINESS_NOUN}\b"
)
#: A worksite investigation told by what the agency reads ("Agents with Homeland Security Investigations had been
#: examining the contractor's hiring records", "ICE audited the I-9 forms of 300 employees"): GUIDELINES §1 worksite
#: enforcement, read only beside the agency (a hospital's employment records in a labour suit are no enforcement).
_HIRING_RECORDS = _rx(
    r"(?:hiring|employment|employee|employees'|workers'|i-9|work\s+eligibility)\s+(?:records|forms|files|paperwork"
    r"|documents|verification)",
    r"i-9s",
)
#: A named processing centre ("the Krome Service Processing Center", "the Joe Corley Processing Center") is the
#: agency's custody (case-sensitive: a named place); tax returns and passports have processing centres too.
_PROCESSING_CENTER = re.compile(r"(?<!Submission )(?<!Passport )(?<!Visa )(?<!Mail )\bProcessing\s+Cent(?:er|re)\b")
#: The immigration detention centres by the names they are known by in the news (the agency's and its contractors'
#: largest, and the family centres): a centre so named is the agency's custody, as a named processing centre is, and
#: "held at the Adelanto facility" is immigration detention though no agency is named. A place name that is also a
#: town's or a county's is read only with the custody noun after it ("the Karnes County center", "the Stewart
#: facility") or before it ("the center at Dilley"): the town alone, its port or its courthouse is no custody.
_FACILITY_NAMES = (
    r"adelanto|otay\s+mesa|otero(?:\s+county)?|torrance(?:\s+county)?|cibola(?:\s+county)?|eloy|karnes(?:\s+county)?"
    r"|dilley|south\s+texas\s+family|port\s+isabel|pearsall|(?:t\.\s+don\s+)?hutto|willacy(?:\s+county)?|stewart"
    r"(?:\s+county)?|irwin(?:\s+county)?|folkston|krome|glades(?:\s+county)?|lasalle|jena|pine\s+prairie|basile|winn"
    r"(?:\s+(?:correctional|parish))?|richwood|tallahatchie(?:\s+county)?|berks(?:\s+county)?|artesia|moshannon\s+valley"
    r"|mesa\s+verde|golden\s+state\s+annex|prairieland|bluebonnet|joe\s+corley|delaney\s+hall|northwest\s+detention"
    r"|northwest\s+ice|tacoma\s+(?:detention|immigration|ice)|broadview|port\s+isabel|tornillo|clint|ursula"
)
_FACILITY = _rx(
    rf"(?:{_FACILITY_NAMES})\s+(?:(?:federal|ice|immigration|family|residential|service|processing|detention|contract"
    r"|correctional|border\s+patrol|regional)\s+){0,3}(?:cent(?:er|re)|facility|annex|station)",
    rf"(?:cent(?:er|re)|facility|station)\s+(?:at|in|near)\s+(?:{_FACILITY_NAMES})",
    r"delaney\s+hall",
    r"alligator\s+alcatraz",
)
#: Custody moving a person between custody places or letting one out of it ("women moved overnight from the Karnes
#: County center to a facility in Basile", "transferred to a jail in Georgia", "freed from the center after 11 months"):
#: a custody action beside an immigration actor, subject or centre, as a detention is (a state prison's transfer names
#: none of them).
_CUSTODY_PLACE = r"(?:cent(?:er|re)s?|facilit(?:y|ies)|jails?|detention|custody|prisons?|stations?)"
_TRANSFER = (
    r"(?:moved|transferred|shipped|bused|bussed|flown|freed|released|walked\s+out|let\s+out)\s+(?:[\w,'’-]+\s+){0,3}?"
    rf"(?:from|to|out\s+of|of)\s+(?:the|a|an|another)\s+(?:[\w.,'’-]+\s+){{0,4}}?{_CUSTODY_PLACE}(?![\w'’])"
)
_TRANSFER_RX = _rx(_TRANSFER)
#: Deportation words: immigration enforcement, but also the stock vocabulary of DACA and reform stories.
_DEPORT = _rx(r"deport\w*", r"removals")
#: Drug and contraband seizures: CBP and HSI make them too, and without migrants they are not immigration
#: enforcement (GUIDELINES: "drug seizures at a port of entry with no migrant involved").
_CONTRABAND = _rx(
    # (a seizure's medicine is a patient's: "went without seizure medication" in a detention story seizes nothing)
    r"seiz(?:e|es|ed|ing)",
    r"seizures?(?!\s+(?:medications?|medicines?|meds|disorders?|pills))",
    r"fentanyl",
    r"cocaine",
    r"(?:meth)?amphetamines?",
    r"heroin",
    r"marijuana",
    r"narcotics?",
    r"drugs?",
    r"contraband",
    r"firearms?",
    r"counterfeit\w*",
)
#: Crimes the enforcement agencies also investigate that are no immigration matter (HSI's child-exploitation and fraud
#: cases): with `_CONTRABAND`, the signs of a criminal case that `_crime_doc` reads.
_OTHER_CRIME = _rx(
    r"child\s+(?:sexual\s+)?(?:abuse|exploitation|pornography)",
    r"sexual\s+abuse\s+material",
    r"money\s+laundering",
    r"(?:wire|bank|tax|health\s+care|securities)\s+fraud",
)
#: People an immigration case is about, beyond `_IMMIGRATION`'s vocabulary ("a Honduran national", "detainees"), and
#: the border's own measures of them ("Border Patrol apprehensions", "crossings dropped").
_IMMIGRANT_SUBJECT = _rx(
    r"nationals?", r"detainees?", r"immigration\s+status", r"apprehensions", r"crossings", r"crossers", r"encounters"
)
#: The agencies and officers whose arrests are immigration ones whatever else the story names: ICE, its removal
#: officers, "immigration agents" (HSI and CBP also investigate drugs, abuse and fraud, and the Border Patrol's
#: checkpoints seize drugs: their arrests in a drug story with no migrant are that case's).
_IMMIGRATION_ENFORCER = _rx(
    r"immigration\s+and\s+customs\s+enforcement",
    r"enforcement\s+and\s+removal",
    r"immigration\s+(?:agents?|officers?|officials?|authorities|enforcement)",
)
#: Legal immigration, legislation and politics: counter-evidence when enforcement is thin.
_OTHER = _rx(
    r"visas?",
    r"H-?1B",
    r"green\s+cards?",
    r"citizenship",
    r"naturali[sz]\w+",
    r"refugee\s+(?:admissions?|cap|resettlement|program)",
    r"resettle\w*",
    r"DACA",
    r"Dreamers?",
    r"DREAM\s+Act",
    r"DAPA",
    r"deferred\s+action",
    r"immigration\s+(?:reform|bill|overhaul|legislation|debate|policy\s+debate)",
    r"path(?:way)?\s+to\s+(?:citizenship|legal\s+status|legalization)",
    r"legali[sz]ation",
    r"amnesty",
    r"(?:border\s+)?wall\s+funding",
    r"border\s+wall",
    r"shutdown",
    r"travel\s+ban",
    r"polls?",
    r"voters?",
    r"elections?",
    r"campaign",
    r"primary",
    r"public\s+charge",
    r"census",
    r"in-state\s+tuition",
    r"driver'?s\s+licen[cs]es?",
    r"guest[- ]workers?",
    r"Senate",
    r"legislation",
    r"legislative",
    r"bills?",
    r"votes?",
    r"voted",
    r"negotiat\w+",
    r"overhaul",
    r"work\s+permits?",
    r"lawmakers",
    r"Congress",
)
#: Any immigration vocabulary at all (for the "is this about immigration" feature).
_IMMIGRATION = _rx(
    r"immigra\w+",
    r"migrants?",
    r"undocumented",
    r"aliens?",
    r"deport\w*",
    r"asylum",
    r"Border\s+Patrol",
    r"refugees?",
    r"non-?citizens?",
    r"caravan",
    r"cross(?:ed|ing)?\s+(?:our|the)\s+borders?\s+(?:illegally|unlawfully)",
    # a person's removal told by the plain verb ("had been removed from the United States twice before"): a post
    # removed from a website, or a statue from a square, is removed from no country
    r"(?:been|was|were|being)\s+(?:\w+\s+)?removed\s+from\s+the\s+(?:united\s+states|u\.s)",
    _UNLAWFUL_PRESENCE,
    _STAY_CASE,
)

# ---------------------------------------------------------------------------------------------
# Topics: counted inside enforcement sentences; title and lead hits weigh more.
# ---------------------------------------------------------------------------------------------

_TOPICS: dict[str, re.Pattern[str]] = {
    "arrests": _rx(
        r"arrest(?:s|ed|ing)?",
        r"raids?",
        r"raided",
        r"round(?:ed)?[- ]up",
        r"sweeps?",
        r"taken\s+into\s+custody",
        r"apprehend(?:s|ed|ing)?",
        r"detained",
        r"picked\s+up",
    ),
    "detention": _rx(r"detention", r"detainees?", r"held\s+in", r"custody"),
    "deportation": _rx(
        r"deport(?:ed|ing|ations|s)",
        r"deportation\s+(?:flights?|orders?|proceedings|cases?)",
        r"remov(?:ed|als)",
        r"removal\s+(?:proceedings|orders?|flights?)",
        r"orders?\s+of\s+(?:removal|deportation)",
        r"expel(?:led)?",
        r"expulsions?",
    ),
    "border": _rx(
        r"Border\s+Patrol",
        r"CBP",
        r"(?:southern|southwest|U\.S\.-Mexico|the)\s+border",
        r"ports?\s+of\s+entry",
        r"caravan",
        r"Title\s+42",
        r"Remain\s+in\s+Mexico",
        r"border\s+(?:apprehensions|crossings?|crossers|arrests)",
    ),
    "sanctuary_policy": _rx(
        r"sanctuary",
        r"detainers?",
        *_287G,
        r"cooperat(?:e|ion|ing)\s+with\s+(?:ICE|federal|immigration)",
    ),
    "prosecution": _rx(
        r"prosecut\w+",
        r"indicted",
        r"pleaded\s+guilty",
        r"sentenced",
        r"charged\s+with",
        r"smuggl\w+",
        r"illegal\s+re-?entry",
        r"zero[- ]tolerance",
    ),
    "courts": _rx(r"judges?", r"court", r"ruling", r"ruled", r"lawsuit", r"injunction", r"Supreme\s+Court"),
    "enforcement_policy": _rx(
        r"executive\s+orders?",
        r"memos?",
        r"memorandum",
        r"directive",
        r"priorities",
        r"polic(?:y|ies)",
        r"guidelines",
        r"budget",
    ),
}
#: A topic is reported when its weighted hit count reaches this share of the leading topic's
#: count and at least _TOPIC_MIN_HITS. Grid-searched (share 0.2-0.5, hits 1-3) against the topics of
#: the dev enforcement articles: 0.3 / 2 gave the best F1 (~0.75, precision ~0.85).
_TOPIC_SHARE = 0.3
_TOPIC_MIN_HITS = 2.0

# ---------------------------------------------------------------------------------------------
# Text layout
# ---------------------------------------------------------------------------------------------

_LINK = re.compile(r"\]\([^)]*\)|https?://\S+|<[^>]+>")
#: A sentence ends at . ! ? (or one followed by a closing quote) before a capital; a closing quote glued to
#: the next sentence ('about."Sessions was') ends one too. (The spaced ends look behind from the first space
#: they take: a pattern that opens on a look-behind makes the regex engine try it at every character.)
_SPACED_END = r"\s(?:(?<=[.!?]\s)|(?<=[.!?][\"'”’)]\s))\s*(?=[\"'“‘(]?[A-Z0-9])"
_SENTENCE_END = re.compile(_SPACED_END + r"|(?<=[.!?][\"”])(?=[A-Z][a-z])")
#: The ends of a paragraph with no closing double quote, where none is glued: opening on a space, this pattern lets the
#: regex engine skip to the next space, where the glued end's look-behind is tried at every character.
_SPACED_SENTENCE_END = re.compile(_SPACED_END)
_BLANK_LINE = re.compile(r"\n\s*\n")


#: Page furniture that is not part of the story: it would dilute the paragraph and sentence shares.
_FURNITURE = re.compile(
    r"^(?:#+\s*)?(?:advertisement|ad|read\s+more|related|sources?|summary|share|sign\s+up\b.*|subscribe\b.*"
    r"|this\s+article\s+is\s+more\s+than\b.*|enlarge\s+this\s+image\b.*|click\s+here\b.*)[.:]?$",
    re.IGNORECASE,
)


def _single_spaced(text: str) -> str:
    """Runs of white space as one space, none at the ends (`str.split` splits at the characters `\\s` matches)."""
    return " ".join(text.split())


def _paragraphs(text: str) -> list[str]:
    """Paragraphs as the pipeline's extraction (trafilatura) lays them out, whatever the layout given: one per
    line, or, where the text has blank lines (hard-wrapped sources, the labelled texts), one per blank-line block
    with each list item, heading, quote or table row of a block on its own, as trafilatura writes them. The
    same story then gives the same features in both layouts. Page furniture ("Advertisement", "Read more",
    "## Sources") and lines that only link to another story (`LINK_LINE`, read so by the facts too) are left out."""
    if _BLANK_LINE.search(text):
        parts: list[str] = []
        for block in _BLANK_LINE.split(text):
            for i, line in enumerate(block.split("\n")):
                if i and not OWN_LINE.match(line) and not OWN_LINE.match(parts[-1]):
                    parts[-1] += " " + line  # a hard-wrapped line of the same paragraph
                else:
                    parts.append(line)
    else:
        parts = text.split("\n")
    # Links are dropped from each paragraph, not before the split: a line that is only a link must not become
    # a paragraph break.
    paragraphs = (_single_spaced(_LINK.sub(" ", part)) for part in parts)
    return [p for p in paragraphs if p and not _FURNITURE.match(p) and not LINK_LINE.match(p)]


#: A reporter's question in a transcript ("Q: Will the raids go on?", "QUESTION: ...", "REPORTER: ...", and the White
#: House's "Q Thank you. Is the operation ..." with no colon): the lines up to the next one are its answers.
_QUESTION = re.compile(r"(?:Q|QUESTION|REPORTER)\s*[:.]\s|Q\s(?!Street\b)(?=[A-Z])")


def _exchanges(paragraphs: list[str]) -> list[str]:
    """A transcript's paragraphs as its exchanges: each question with the answers that follow it, one paragraph.

    In a briefing or interview transcript the question names the subject ("Agents arrested dozens at a Home Depot. Will
    the raids continue?") and the answer goes on about it in its own words ("It will go on."), one line each; read as
    separate paragraphs the answer loses its subject, and a story that spends two of five exchanges on removals looks
    like one with a few passing lines (GUIDELINES §1: "a substantial part"). A text with fewer than two questions is
    no transcript and keeps its paragraphs; lines before the first question stay as they are."""
    if sum(bool(_QUESTION.match(p)) for p in paragraphs) < 2:
        return paragraphs
    out: list[str] = []
    in_exchange = False
    for paragraph in paragraphs:
        if in_exchange and not _QUESTION.match(paragraph):
            out[-1] += " " + paragraph
        else:
            out.append(paragraph)
            in_exchange = in_exchange or bool(_QUESTION.match(paragraph))
    return out


#: A piece ending like this did not end a sentence ("Rep. Smith", "St. Paul", "U.S. Immigration").
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Lt|Gen|Col|Sgt|St|Jr|Sr|No|Nos|Vol|vs|Inc|Corp|Co|Ft|Mt"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Calif|Ariz|Fla|Tex|Ill|Mass|Minn|Wash"
    # the AP's state abbreviations, as datelines write them ("JACKSON, Miss. (AP) —", "OMAHA, Neb. —")
    r"|Ala|Ark|Colo|Conn|Del|Ga|Ind|Kan|Ky|La|Md|Mich|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Va|Vt|Wis|Wyo"
    r"|Ald|Rev|Msgr|Det|Capt|Supt|Atty"
    # a dateline's place in capitals ("ST. PAUL, Minn. —", "FT. LAUDERDALE, Fla. —"), and a transcript's speaker label
    # in capitals ("MS. LEAVITT: Good afternoon.", "MR. HOMAN: ...")
    r"|ST|FT|MT|MR|MRS|MS|DR)\.|\b[A-Z]\.)$"
)


#: Longer than any abbreviation of _ABBREVIATION with its dot: the end-anchored pattern is searched from there.
_ABBREVIATION_SPAN = 8


def _sentences(paragraph: str) -> list[str]:
    pieces: list[str] = []
    ends = _SENTENCE_END if '"' in paragraph or "”" in paragraph else _SPACED_SENTENCE_END
    for piece in ends.split(paragraph):
        if pieces and _ABBREVIATION.search(pieces[-1], max(0, len(pieces[-1]) - _ABBREVIATION_SPAN)):
            pieces[-1] += " " + piece
        elif piece.strip():
            pieces.append(piece)
    return pieces


# ---------------------------------------------------------------------------------------------
# Sentence marks and document features
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sentence:
    text: str
    paragraph: int
    enforcement: float  # 0, or the strength of the enforcement reading (1 co-occurrence, 2 specific)
    other: bool  # legal immigration / legislation / politics vocabulary, without enforcement
    immigration: bool  # any immigration vocabulary, or an immigration agency
    vocabulary: bool  # immigration vocabulary itself (ICE also investigates drugs and fraud)
    agency: bool  # names an immigration-enforcement agency or its officers
    action: bool  # a custody action or deportation word that does not read as enforcement on its own
    actor: bool  # an action sentence that names officers without their agency ("agents", "the agency")


def _mark(text: str, paragraph: int, exchange_doc: bool, crime_doc: Callable[[], bool]) -> _Sentence:
    """Strength 2: a phrase that is enforcement on its own; 1: an action with an immigration actor. In a `crime_doc`
    every sentence is read as a contraband one: the agency's arrests there are a criminal case's (asked only of a
    sentence that needs it: it scans the whole story, and most stories of a stream have no such sentence)."""
    low = text.lower()
    immigration = bool(_IMMIGRATION.search(low))
    # a literal that every match contains is looked for first: `in` is far cheaper than a regex scan
    ice = "ICE" in text and bool(_ICE.search(text)) and not text.isupper() and (immigration or not exchange_doc)
    agency = (
        ice
        or bool(_AGENCY.search(low))
        or ("Processing Cent" in text and bool(_PROCESSING_CENTER.search(text)))
        or bool(_FACILITY.search(low))
    )
    # a criminal case's arrests are no custody to resolve; a rally or a record held is none either
    custody = _custody_words(low)
    action = bool(_ACTION.search(custody) or _TRANSFER_RX.search(custody)) and not crime_doc()
    deport = ("deport" in low or "removals" in low) and bool(_DEPORT.search(low))

    # The rarer lexicons are read only where the verdict depends on them (each is a scan of the sentence).
    def contraband() -> bool:
        # Officers seizing drugs or guns with no immigrant in the sentence are not enforcing immigration law (the
        # agency's own name, "Border Patrol agents seized ...", is no immigrant).
        return crime_doc() or (bool(_CONTRABAND.search(low)) and not _IMMIGRATION.search(_AGENCY.sub(" ", low)))

    strength = 0.0
    officers = "gent" in text or "ffic" in text  # in every _ACTORS match ("Agents", "officers")
    # the agency's officers named as actors, the agency sighted at work ("An ICE van was seen outside ..."), or its
    # officers known by its name on their vests are the agency enforcing, as a specific phrase is
    if (
        _SPECIFIC.search(low)
        or ("family cent" in low and _FAMILY_CENTER.search(custody))
        or (officers and _ACTORS.search(text) and not contraband())
        or (agency and (_SIGHTING.search(low) or _INSIGNIA.search(text)) and not contraband())
        or (agency and "release" in low and _HOLD_PAST_RELEASE.search(custody))
        or (
            "raid" in low
            and _WORKSITE_RAID.search(low)
            and not _LOCAL_POLICE.search(low)
            and not _OTHER_AGENCIES.search(low)
            and not contraband()
        )
    ):
        strength = 2.0
    elif (
        ((action or deport) and agency and not contraband())
        or (action and ((immigration and _PERSON.search(low)) or _BORDER.search(low)) and not contraband())
        or (immigration and _COURT_ACTION.search(low) and _PERSON.search(low))
        or ((agency or immigration) and (_SANCTUARY.search(low) or _SANCTUARY_NAMES.search(low)))
        or (immigration and _STATUS_CHECK.search(low))
        # the agency's business, read where its name is the agency's ("ICE" of an exchange story is not)
        or (agency and (ice or "Border" in text or "Enforcement" in text) and _AGENCY_BUSINESS.search(text))
        or (agency and _HIRING_RECORDS.search(low))
        or (("immigration" in low or "law" in low) and _STATE_LAW.search(low))  # words in its every match
        or ("back" in low and _GOVERNMENT_SENDS_BACK.search(low))
        or (" put on " in low and _PUT_ON_PLANE.search(low))
        or ("carrying" in low and _CUSTODY_FLIGHT.search(custody))
    ):
        strength = 1.0
    elif deport:
        # Deportation words without an agency or a custody action are also the stock vocabulary of DACA and
        # reform stories ("protects young immigrants from deportation"): beside legislative or
        # legal-immigration vocabulary they count as that instead.
        strength = 0.0 if _OTHER.search(low) else 1.0
    other = strength == 0.0 and bool(_OTHER.search(low))
    return _Sentence(
        text,
        paragraph,
        strength,
        other,
        immigration or agency,
        immigration,
        agency,
        strength == 0.0 and (action or deport),
        # officers seizing drugs are no immigration officers however immigration the story ("Agents at the checkpoint
        # seized 1,200 pounds of meth" in a Border Patrol story)
        strength == 0.0
        and (action or deport)
        and bool(_BARE_ACTOR.search(low) or _CUSTODY_DEATH.search(low))
        and not contraband(),
    )


def _crime_doc(title: str, text: str) -> bool:
    """A criminal case with no immigration matter in it: it names drugs, seizures or another crime the agencies also
    investigate (`_OTHER_CRIME`), no immigration enforcer but HSI, CBP or the Border Patrol (`_IMMIGRATION_ENFORCER`),
    and, the agencies' own names aside, no immigration word or immigrant anywhere. Their arrests there are that case's,
    though the sentence that tells them names no drug (GUIDELINES §1 traps)."""
    both = f"{title}\n{text}"
    low = both.lower()
    if not (_CONTRABAND.search(low) or _OTHER_CRIME.search(low)) or _IMMIGRATION_ENFORCER.search(low):
        return False
    if "ICE" in both and _ICE.search(both):
        return False
    rest = _AGENCY.sub(" ", low)
    return not (_IMMIGRATION.search(rest) or _IMMIGRANT_SUBJECT.search(rest) or _SPECIFIC.search(low))


def _in_context(sentences: list[_Sentence], i: int, agency_doc: bool, raid_doc: bool = False) -> _Sentence:
    """Resolve an action whose immigration actor is not in the sentence itself.

    Full strength when officers act in a story that names an immigration-enforcement agency elsewhere
    ("Agents responded with pepper spray" in a CBP story); half strength when an enforcement or immigration
    sentence shares its paragraph ("They were held for weeks." after "ICE arrested ...") or sits right before
    or after it: most news copy puts one sentence in a paragraph, so the paragraph alone loses the actor. In a
    `raid_doc` (no agency named, its enforcement told elsewhere, no other police body), bare "agents" raiding
    (`_RAID_AGENTS`) are that enforcement's, at full strength."""
    s = sentences[i]
    if raid_doc and not s.enforcement and _RAID_AGENTS.search(s.text.lower()):
        return replace(s, enforcement=1.0)
    if not s.action:
        return s
    if agency_doc and s.actor:
        return replace(s, enforcement=1.0)
    if agency_doc and _PASSIVE_CUSTODY.search(s.text.lower()):
        return replace(s, enforcement=0.5)
    if any(n.paragraph == s.paragraph and n is not s and (n.enforcement or n.immigration) for n in sentences):
        return replace(s, enforcement=0.5)
    # One-sentence paragraphs (most news copy): the sentence just before or after tells who acted.
    if any(n.enforcement or n.immigration for n in sentences[max(i - 1, 0) : i + 2] if n is not s):
        return replace(s, enforcement=0.5)
    return s


#: A sentence that opens by pointing back at someone or something the story has named: a personal or possessive
#: pronoun ("They were taken to a processing center", "His lawyer said"), a quantifier over a group named before ("All
#: nine were processed", "Two of the defendants"), or a definite noun phrase (`_definite_back`: "The agency said the
#: men ...", "The sector's chief"). An opening adverbial or a reporting frame may come first ("On Monday, they ...",
#: "Officials said the sector ...").
_OPENS_BACK = re.compile(
    r"(?:(?:On|In|At|By|Later|Last|Since|After|Earlier|Afterward|Then)\b[^,.]{0,30},\s+"
    # or a day told without the comma ("By Wednesday she had been moved", "On Friday morning they were")
    r"|(?:On|By|Since|Until|Late|Early|Later|Last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|that\s+day|the\s+next\s+day)(?:\s+(?:morning|afternoon|evening|night))?\s+)?"
    r"(?:(?:[A-Z]\w+|[Tt]he\s+\w+)\s+(?:said|say|says|added|told\s+\w+)(?:\s+that)?\s+)?"
    r"(?:(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir)\b"
    rf"|(?:All|Both|Most|Many|Some|None|Several|Each|Half|Others)\s+(?:{_NUMBER_WORD}|were|was|had|are|have)\b"
    rf"|(?:All|Both|Most|Many|Some|None|Several|Each|Half|Few|(?i:{_NUMBER_WORD}))\s+of\s+(?:them|those|these|the)\b"
    r"|(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat)\s+(?P<np>(?:[\w’'-]+\s+){0,2}[\w’'-]+))"
)
#: Heads of a definite noun phrase that name a part in an enforcement story: who acted, who was acted on, and the
#: action itself ("The agency said", "The men were", "The raid was the third").
_ROLES = frozenset(
    {
        *("agency", "agent", "agents", "officer", "officers", "detainee", "detainees", "migrant", "migrants"),
        *("immigrant", "immigrants", "man", "men", "woman", "women", "worker", "workers", "defendant", "defendants"),
        *("suspect", "suspects", "group", "groups", "family", "families", "child", "children", "minors", "couple"),
        *("teen", "teens", "teenager", "teenagers", "boy", "boys", "girl", "girls", "brothers", "sisters", "father"),
        *("mother", "husband", "wife", "son", "daughter", "arrest", "arrests", "raid", "raids", "sweep"),
    }
)
#: Words of a definite noun phrase that tell nothing of what it points back to ("The same", "The new"). `np` in
#: `_OPENS_BACK` is the up to three words after the determiner, not a parsed phrase, so a verb or time word may be
#: among them ("The agency said the", "The year"): those are here too.
_NOT_HEADS = frozenset(
    {
        *("same", "other", "first", "last", "next", "new", "following", "previous", "former", "latest", "largest"),
        *("biggest", "most", "more", "few", "only", "whole", "said", "says", "year", "years", "week", "month", "time"),
    }
)
_WORD = re.compile(r"[a-z]+")


def _stem(word: str) -> str:
    word = word.lower().removesuffix("’s").removesuffix("'s")
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _definite_back(np: str, antecedent: str) -> bool:
    """A definite noun phrase points back when it names a part of an enforcement story (`_ROLES`) or repeats a noun of
    the sentences just before it ("The center ..." after "the Aurora ICE Processing Center")."""
    words = [w.removesuffix("’s").removesuffix("'s") for w in np.split()]
    if any(w in _ROLES for w in words):
        return True
    # a common noun repeated (a capitalised word is a name: "The Secretary of Homeland Security" is no anaphor)
    told = {_stem(w) for w in _WORD.findall(antecedent.lower()) if len(w) > 3}
    return any(len(w) > 3 and w.islower() and w not in _NOT_HEADS and _stem(w) in told for w in words)


#: A quotation is the speaker's own words: its "he" or "they" need not be anyone of the story.
_QUOTE_OPEN = ("“", '"', "‘", "'")


def _quoted(text: str) -> bool:
    """A quotation's sentence: it opens with a quotation mark, or closes one it never opened (a quotation's last
    sentence: 'They'll try to throw obstacles in the way."')."""
    if text.startswith(_QUOTE_OPEN):
        return True
    close = text.find("”")
    return (close >= 0 and "“" not in text[:close]) or (text.count('"') % 2 == 1 and text.rstrip().endswith('"'))


#: Stories of at most this many paragraphs are briefs, where `_carried` reads the sentences that point back and
#: `_in_context` lets one agency sentence name the agency of bare "agents". In a longer story the enforcement section
#: is weighed by `enf_window` and `enf_paragraph_count`; carrying there too tagged one more ambiguous check story
#: (measured on tag-1.10's rules: check quotes 156 -> 163 of 211 matched, but confident-quote precision 0.886 ->
#: 0.884), while every invented brief it tags has at most 6 paragraphs.
_BRIEF_PARAGRAPHS = 6


def _reactions(
    head: _Sentence, sentences: list[_Sentence], crime_doc: Callable[[], bool]
) -> tuple[_Sentence, list[_Sentence]]:
    """A custody action named as the object of a reaction (`_REACTION`: "the mayor's statement after a weekend of
    raids", "students protest the detentions of classmates") in a story that names immigration or an
    immigration-enforcement agency in another sentence (its title too) reads as that enforcement, at full strength: the
    reaction is about the enforcement action (GUIDELINES §1: officials responding to raids). A sentence that already has
    a reading keeps it (a headline's half-strength custody action in an agency story stays half). A story of police
    raids with no immigration word is none."""
    named = [s for s in [head, *sentences] if s.immigration or s.enforcement]
    if not named or crime_doc():
        return head, sentences

    def react(s: _Sentence) -> _Sentence:
        if s.enforcement or not any(n is not s for n in named):
            return s
        return replace(s, enforcement=1.0) if _REACTION.search(_custody_words(s.text.lower())) else s

    return react(head), [react(s) for s in sentences]


def _carried(sentences: list[_Sentence]) -> list[_Sentence]:
    """Carry an enforcement subject to the sentences that point back at it.

    Sentence marking scores each sentence alone, so in a brief with one enforcement sentence the ones that go on
    about it ("The agency said the men were taken to a processing center", "All nine were processed") add nothing.
    A sentence with no reading of its own that opens by pointing back (`_OPENS_BACK`) at an enforcement sentence
    just before it, in its paragraph or the one before (quotations between are passed over), goes on with it at
    half strength, as a custody action beside an immigration sentence does in `_in_context`; the next sentence may
    point back at it in turn."""
    out = list(sentences)
    for i, s in enumerate(out):
        if s.enforcement or s.other or _quoted(s.text):
            continue
        recent = out[max(i - 3, 0) : i]
        before = next((n for n in reversed(recent) if not _quoted(n.text)), None)
        if before is None or not before.enforcement or before.paragraph < s.paragraph - 1:
            continue
        m = _OPENS_BACK.match(s.text)
        told = " ".join(n.text for n in recent if n.enforcement)  # a noun it repeats is the enforcement's
        if m and (m.group("np") is None or _definite_back(m.group("np"), told)):
            out[i] = replace(s, enforcement=0.5)
    return out


#: A story of this many blocks or fewer (`_blocks`) is told under its headline: the headline's subject is the lead's.
_HEADED_PARAGRAPHS = 3
#: A list item or a markdown heading on its own line (the "- ", "1. ", "## " that `_paragraphs` keeps).
_LIST_OR_HEADING = re.compile(r"(?:[-*•]|\d+\.|#+)\s")
_HEADING = re.compile(r"#+\s")


def _blocks(paragraphs: list[str]) -> int:
    """How long a story is in blocks: a prose paragraph is one, a list is one however many items it has (its
    subheadings too: a tracker's "## Minneapolis" over three entries), and a heading elsewhere is a label, none.
    A list under a headline is one enumeration of what the headline says, not a long story of many paragraphs."""
    blocks = 0
    in_list = False
    for paragraph in paragraphs:
        listed = bool(_LIST_OR_HEADING.match(paragraph))
        if not listed:
            blocks += 1
        elif not in_list and not _HEADING.match(paragraph):
            blocks += 1  # a list opens (a heading alone opens none)
        in_list = listed and (in_list or not _HEADING.match(paragraph))
    return blocks


def _led(sentences: list[_Sentence]) -> bool:
    """The lead paragraph reads as enforcement (a sentence of strength 1 or more)."""
    return any(s.paragraph == 0 and s.enforcement >= 1.0 for s in sentences)


def _headed(sentences: list[_Sentence]) -> list[_Sentence]:
    """In a short story under a headline that reads as enforcement, the lead goes on with the headline.

    A two- or three-paragraph brief names its subject once, in the headline ("Deportation flights from Mesa"), and
    its lead tells the figures with the agency or a custody word but not both ("ICE flew 1,340 people out of the
    airport", "All 46 were taken into custody"): read alone, such a sentence is nothing, and the story falls under
    THRESHOLD though every sentence of it is the headline's. A sentence with no reading of its own that names the
    agency or a custody or deportation action goes on with the headline at half strength, as one beside an
    immigration sentence does in `_in_context`. When the lead itself reads as enforcement, every other sentence goes on
    with it so: a brief's closing reaction ("A church opened its hall to families") is the same story, not a second
    subject that halves the brief's share of enforcement. Legislative and legal-immigration sentences keep theirs."""
    led = _led(sentences)
    return [
        replace(s, enforcement=0.5, other=False)
        if not s.enforcement and (not s.other or _vote_only(s.text)) and (led or s.agency or s.action)
        else s
        for s in sentences
    ]


#: The words of a vote (`_OTHER`'s "votes?", "voted").
_VOTE = _rx(r"votes?", r"voted")


def _vote_only(text: str) -> bool:
    """A sentence whose legislative reading rests on the words of a vote alone ("The lone no vote came from ..."): in a
    short story under an enforcement headline, a board's vote is how a jail contract or a 287(g) agreement is decided,
    the procedure of the cooperation fight the headline names, not a bill's politics."""
    low = text.lower()
    return not _OTHER.search(_VOTE.sub(" ", low))


def _section(sentences: list[_Sentence]) -> list[_Sentence]:
    """The rest of an enforcement paragraph goes on with it, at half strength.

    GUIDELINES §1: a story is enforcement "in a substantial part (a paragraph or more, not one passing sentence)". A
    paragraph in which two sentences or more read as enforcement (strength 1 or more) is such a part, and its other
    sentences ("Workers who were not picked up said they are staying home", "Teammates wore wristbands with his
    initials") are about the same thing though they name neither an action nor an immigration actor. A story whose
    title reads as enforcement is mainly about it and needs no section (so this is read under an off-topic headline
    only); a paragraph holding more than half of the story's sentences is the story itself, not a part of it (one-block
    texts, transcripts, timelines). Legislative and legal-immigration sentences keep their own reading."""
    sizes = Counter(s.paragraph for s in sentences)
    marked = Counter(s.paragraph for s in sentences if s.enforcement >= 1.0)
    sections = {p for p, n in marked.items() if n >= 2 and 2 * sizes[p] <= len(sentences)}
    return [
        replace(s, enforcement=0.5) if s.paragraph in sections and not s.enforcement and not s.other else s
        for s in sentences
    ]


def _answered(sentences: list[_Sentence]) -> list[_Sentence]:
    """In a transcript (`_exchanges`), an exchange in which a sentence reads as enforcement is about it: its other
    sentences (the answer's "They will continue.", "We have appealed.") go on with it at half strength, as the rest of
    an enforcement paragraph does in `_section`. One such sentence is enough: a question is one or two sentences, and
    the answer to it is no passing line. Legislative and legal-immigration sentences keep their own reading."""
    answered = {s.paragraph for s in sentences if s.enforcement >= 1.0}
    return [
        replace(s, enforcement=0.5) if s.paragraph in answered and not s.enforcement and not s.other else s
        for s in sentences
    ]


#: Paragraphs in the window of `_densest_window`: about a section of a news story.
_WINDOW = 3
#: Enforcement paragraphs beyond this many add nothing to `enf_paragraph_count`.
_PARAGRAPH_CAP = 10


def _densest_window(sentences: list[_Sentence], n_paragraphs: int) -> float:
    """The highest mean enforcement density (0-1, strength 2 = 1) over `_WINDOW` consecutive paragraphs; a piece
    shorter than the window is averaged over the whole window (it has no section of that length)."""
    density = [0.0] * max(n_paragraphs, 1)
    sizes = [0] * len(density)
    for s in sentences:
        density[s.paragraph] += s.enforcement / 2
        sizes[s.paragraph] += 1
    density = [d / size if size else 0.0 for d, size in zip(density, sizes, strict=True)]
    starts = range(max(len(density) - _WINDOW + 1, 1))
    return max(sum(density[i : i + _WINDOW]) / _WINDOW for i in starts)


#: Bare "agents" (no agency's name before them): `_agents_brief`.
_AGENTS = _rx(r"agents")


def _agents_brief(title: str, text: str, sentences: list[_Sentence], paragraphs: list[str]) -> bool:
    """A short story (`_blocks`, as `_headed`) that names no immigration agency, no police body and no other federal
    one, in which bare "agents" take people into custody ("Agents detained nine people at a bus stop", "Masked agents
    picked up day laborers outside a hardware store"): the raid or pick-up brief of a local outlet or a tracker, which
    names the agency in neither headline nor lead. Police have officers and deputies, not agents; the FBI's or the
    DEA's agents come with their bureau's name or their drug case (`_crime_doc`: no custody action is read there)."""
    return (
        _blocks(paragraphs) <= _HEADED_PARAGRAPHS
        and any(s.actor and _AGENTS.search(s.text.lower()) for s in sentences)
        and not any(_LOCAL_POLICE.search(low) or _OTHER_AGENCIES.search(low) for low in (title.lower(), text.lower()))
    )


@dataclass(frozen=True)
class _Doc:
    sentences: list[_Sentence]
    title: _Sentence
    features: dict[str, float]


def _analyse(title: str, text: str) -> _Doc:
    exchange_doc = any(
        any(word in low for word in _EXCHANGE_WORDS) and _EXCHANGE.search(low) for low in (title.lower(), text.lower())
    )
    crime_doc = cache(lambda: _crime_doc(title, text))
    lines = _paragraphs(text)
    paragraphs = _exchanges(lines)
    sentences = [
        _mark(sentence, i, exchange_doc, crime_doc)
        for i, paragraph in enumerate(paragraphs)
        for sentence in _sentences(paragraph)
    ]
    head = _mark(_single_spaced(title), -1, exchange_doc, crime_doc)
    # The story is about an immigration-enforcement agency when it names one in two sentences (or the title), or, in a
    # brief, once in a sentence that reads as enforcement ("A Homeland Security official said the operation targeted
    # people in the country unlawfully"): a brief names its agency once and calls its officers "agents" after that.
    agency_doc = sum(s.agency for s in sentences) + 2 * head.agency >= 2 or (
        len(paragraphs) <= _BRIEF_PARAGRAPHS
        and any(s.agency and s.enforcement >= 1.0 for s in [head, *sentences])
        and not any(_LOCAL_POLICE.search(s.text.lower()) for s in [head, *sentences] if s.paragraph < 1)
    )
    # A piece that never names the agency but tells its enforcement in a sentence of immigration words of its own, and
    # names no other police body: its raiding "agents" are that enforcement's (`_RAID_AGENTS`).
    raid_doc = (
        not agency_doc
        and any(s.enforcement >= 1.0 and s.vocabulary for s in sentences)
        and not any(_LOCAL_POLICE.search(low) or _OTHER_AGENCIES.search(low) for low in (title.lower(), text.lower()))
    )
    # A short story that names no agency and no police body but tells bare "agents" taking people into custody
    # (`_agents_brief`): those agents are the immigration agency's, as in a story that names it.
    if not agency_doc and _agents_brief(title, text, [head, *sentences], paragraphs):
        sentences = [
            replace(s, enforcement=1.0) if s.actor and _AGENTS.search(s.text.lower()) else s for s in sentences
        ]
        head = replace(head, enforcement=1.0) if head.actor and _AGENTS.search(head.text.lower()) else head
        agency_custody = True
    else:
        agency_custody = agency_doc
    # The title is resolved as the sentence before the lead ("Agents detain cooks at a taqueria" in an ICE story).
    head = _in_context([head, *sentences], 0, agency_doc)
    # A custody action in the headline of a story that names an immigration agency twice, with no actor of its own
    # ("Months after the raid, a meatpacker is short of workers"), is most likely that agency's: half strength, as
    # for a sentence beside an immigration one.
    if agency_custody and head.action and not head.enforcement:
        head = replace(head, enforcement=0.5)
    sentences = [_in_context(sentences, i, agency_doc, raid_doc) for i in range(len(sentences))]
    # A story that names an immigration-enforcement agency once and no other federal body, whose custody is taken by
    # federal officers named without their agency ("federal authorities took a student into custody", "federal agents
    # detained him"): those officers are the agency it names, and their custody sentences read as its enforcement, as
    # a bare actor's do in a story that names it twice (`_in_context`).
    if (
        not agency_doc
        and any(s.agency for s in [head, *sentences])
        and not any(_OTHER_AGENCIES.search(low) for low in (title.lower(), text.lower()))
    ):
        head, *sentences = [
            replace(s, enforcement=1.0) if s.action and _FEDERAL_ACTOR.search(s.text.lower()) else s
            for s in [head, *sentences]
        ]
    head, sentences = _reactions(head, sentences, crime_doc)
    if len(paragraphs) < len(lines):
        sentences = _answered(sentences)
    if not head.enforcement:
        sentences = _section(sentences)
    if head.enforcement >= 0.5 and _blocks(paragraphs) <= _HEADED_PARAGRAPHS:
        sentences = _headed(sentences)
    if len(paragraphs) <= _BRIEF_PARAGRAPHS:
        sentences = _carried(sentences)
    n = max(len(sentences), 1)
    enforcement = [s for s in sentences if s.enforcement]
    enforced_paragraphs = {s.paragraph for s in enforcement}
    enf_count = sum(s.enforcement > 0 for s in sentences)
    other_count = sum(s.other for s in sentences)
    lead = [s for s in sentences if s.paragraph < 3]
    features = {
        # "Mainly, or in a substantial part (a paragraph or more)": volume and share of paragraphs.
        "enf_paragraphs": math.log1p(len(enforced_paragraphs)),
        "enf_paragraph_share": len(enforced_paragraphs) / max(len(paragraphs), 1),
        "strong_paragraphs": math.log1p(len({s.paragraph for s in sentences if s.enforcement == 2.0})),
        # Density of enforcement reading over the whole text (strength 2 counts double).
        "enf_share": sum(s.enforcement for s in sentences) / (2 * n),
        "title": head.enforcement / 2,
        # Enforcement against legal-immigration / legislative / political vocabulary.
        "enf_balance": enf_count / (1 + enf_count + other_count),
        "other_share": other_count / n,
        # Is the article about immigration at all (ICE alone is not: it also investigates drugs and fraud)?
        "immigration_share": sum(s.vocabulary for s in sentences) / n,
        # The lead says what a story is mainly about: enforcement density of its first three paragraphs (a long
        # story that opens on an arrest and goes on to the politics is still an enforcement story).
        "lead": sum(s.enforcement for s in lead) / (2 * max(len(lead), 1)),
        # "In a substantial part": the densest section anywhere in the piece, for stories whose enforcement part
        # is not the lead (a policy or politics story with an enforcement section is diluted by the shares above).
        "enf_window": _densest_window(sentences, len(paragraphs)),
        # Enforcement paragraphs counted without dividing by the length, linear up to a cap (enf_paragraphs' log
        # flattens early): a long piece with five or six enforcement paragraphs is in a substantial part about
        # enforcement even where the politics around them keeps the shares low.
        "enf_paragraph_count": min(len(enforced_paragraphs), _PARAGRAPH_CAP) / _PARAGRAPH_CAP,
    }
    return _Doc(sentences, head, features)


# ---------------------------------------------------------------------------------------------
# The scored model
# ---------------------------------------------------------------------------------------------

#: Feature weights, bias and threshold of the logistic model, as printed by
#:     .venv/bin/python bench/fit_tagger.py --l2 3 --beta 1.0 --threshold-rows all
#: scikit-learn's L2-regularised LogisticRegression (penalty 3 on standardised weights) on the 291
#: non-ambiguous articles of the WORK part of the dev set (bench/devset.py: the check part is never fitted),
#: mapped back to raw feature scale. THRESHOLD is the median, over 20 x 5-fold CV, of the thresholds that
#: maximise F1 (the bar is F1) on the training folds' out-of-fold scores (all samples: sample 1's 32 stories
#: alone swing the choice from 0.15 to 0.60 and score lower, see bench/fit_tagger.py).
#: 20 x 5-fold CV of the procedure on the work part (tag-1.7): sample 1 P 0.998 / R 0.958 (F1 0.978), all
#: samples P 0.979 / R 0.986 (F1 0.982); out-of-fold share of the ambiguous work articles tagged: enforcement
#: 0.734 (n 28), immigration_other 0.319 (n 32). tag-1.6, before `enf_window` and `enf_paragraph_count`: F1
#: 0.980 (P 0.997 / R 0.964) and 0.984; ambiguous 0.671 and 0.286. Before the `lead` feature: P 0.987 / R 0.961
#: (F1 0.974) and P 0.978 / R 0.981. Check part (never fitted): sample 1 and all P 1.000 / R 1.000 (16 and 35
#: stories), as with tag-1.6; ambiguous enforcement stories tagged 11 of 18 (tag-1.6: 9), ambiguous
#: immigration_other 5 of 17 (4). Trade-off (CV out-of-fold, sample 1, P / R; ambiguous enforcement /
#: immigration_other tagged): t 0.30 0.988 / 0.969, 0.748 / 0.364; t 0.35 0.995 / 0.969, 0.745 / 0.352; t 0.40
#: 0.997 / 0.966, 0.730 / 0.328; t 0.50 1.000 / 0.934, 0.709 / 0.284.
#: tag-1.8 reads paragraphs the same in both layouts (`_paragraphs`) and keeps tag-1.7's constants. Its CV
#: (the procedure refitted on the new paragraphs, scored in both layouts from the same folds): sample 1 P 1.000 /
#: R 0.969 (F1 0.984) in the labelled and in the pipeline layout alike (tag-1.7: 0.978 labelled, 0.966 pipeline),
#: all samples F1 0.982, ambiguous 0.734 / 0.328. The refit itself (weights within 0.25 of these, THRESHOLD
#: 0.43) was not kept: on the work part it decides every article as these constants do, and on the check part it
#: moves one ambiguous story across the threshold and adds two wrong quotes (check quotes P 0.833 -> 0.825).
#: tag-1.9 keeps these constants and reads more sentences (found on blind probe stories, bench/probes/tagging.jsonl):
#: unlawful crossing or presence as the subject of an arrest, "illegal-entry" prosecutions, a death in custody held by
#: the agency the story names, "la migra", the title resolved in the story's context (and at half strength when it
#: holds a custody action in an agency story), a passive custody action in an agency story at half strength,
#: "Related: ..." lines left out, AP datelines kept whole. On the dev set it moves one verdict (an ambiguous work
#: enforcement story, now tagged); CV of the refitted procedure: sample 1 F1 0.983 (P 1.000 / R 0.967), all samples
#: 0.983, ambiguous enforcement / immigration_other / unrelated tagged 0.757 / 0.312 / 0.069 (tag-1.8's features:
#: 0.984, 0.982, 0.734 / 0.328 / 0.000). Its refit (title 3.27, other_share -4.23, BIAS -5.52, THRESHOLD 0.40) moves
#: ambiguous stories across the threshold (one in and one out on the check part, one out on the work part) and adds
#: two quotes no gold holds (check quotes P 0.838 -> 0.829, work 0.900 -> 0.898), so it was not kept either.
#: Refits with the invented probe stories (round 9: bench/fit_tagger.py --extra with bench/probes/counts, places,
#: quotes and tagging.jsonl) were not kept: at weight 0.3 CV sample-1 F1 0.983 -> 0.963, check quotes F1 / P /
#: confident P 0.788 / 0.843 / 0.886 -> 0.778 / 0.832 / 0.878 (below the floors), although the neutral judges missed
#: 3 enforcement stories instead of 5 (false positives 1 -> 1); at 0.05 the judges did not move and check quotes fell
#: to 0.784 / 0.834 / 0.879; at 1 CV F1 0.946 and one false positive more.
#: tag-1.10 keeps these constants and reads more sentences of short briefs (an agency's officers by the possessive,
#: assaults, custody populations, confinement, custody handed over, bookings, processing centers): the dev set's
#: verdicts do not move; CV of the refitted procedure sample 1 F1 0.982 (P 1.000 / R 0.964).
#: tag-1.11 keeps these constants and leaves "Related: ..." lines to sentences.LINK_LINE (read so by the facts too),
#: and reads worksite enforcement, ICE's and CBP's officers named in full, and in briefs the sentences that point
#: back (`_carried`): no work verdict moves, one ambiguous check story more is tagged; CV of the refitted procedure
#: sample 1 F1 0.982 (P 1.000 / R 0.964).
#: Round 10's second pass keeps them too and reads more vocabulary classes (Homeland Security officers, removal in
#: plain words, checkpoints and vehicle stops, "without legal status", one agency sentence naming a brief's agency):
#: no dev verdict moves; CV of the refitted procedure sample 1 F1 0.982.
#: tag-1.12 keeps them too and reads borderline stories' vocabulary classes (detention as money and capacity, the
#: agency's contracts and memos, cooperation and custody in plain words, the policy's own terms): no dev verdict moves;
#: CV of the refitted procedure sample 1 F1 0.982.
#: tag-1.13 keeps them too and reads GUIDELINES §1's "a paragraph or more, not one passing sentence" (`_section`, the
#: nouns `_carried` repeats, `_LOCAL_POLICE`, "287(g)"): no non-ambiguous work verdict moves (one ambiguous
#: immigration_other story is tagged); CV of the refitted procedure sample 1 F1 0.982.
#: tag-1.14 keeps them too and reads the news stream's formats (bench/probes/streammix.jsonl: prosecutors' releases,
#: briefings, trackers): immigration crimes by their statutes' names, a release's credit line, custody handed to the
#: agency, check-ins that end in custody, and a drug or abuse case with no immigrant as no enforcement (`_crime_doc`):
#: no work or check verdict moves; CV of the refitted procedure sample 1 F1 0.982.
#: tag-1.15 keeps them too and reads short forms (bench/probes/shortforms.jsonl): a transcript by exchange, the agency
#: sighted at work, present-tense custody verbs, officers named by their gear: no work or check verdict moves; CV of
#: the refitted procedure sample 1 F1 0.982.
#: tag-1.16 keeps them too and reads enforcement told from unusual angles (bench/probes/angles.jsonl): an immigration
#: judge's bond decision, money sent home as no removal, juvenile and pretrial detention centres as criminal ones,
#: ICE's notices of inspection and workers who lack work authorization: no dev-set verdict moves; CV of the refitted
#: procedure sample 1 F1 0.982.
#: tag-1.17 keeps them too and reads where enforcement is the substance (bench/probes/substance.jsonl): a holding cell
#: as custody only beside an immigration subject, a death told after the custody that held it, a jail's answer to the
#: requests named before, a raid told by its verb with bare "agents" in a story that names no agency: no dev-set
#: verdict moves; CV of the refitted procedure sample 1 F1 0.982.
#: tag-1.18 keeps them too and reads enforcement told in local copy's plain words (bench/probes/recallstories.jsonl):
#: living or working without papers, a case to stay in the country, deportation officers, Spanish kept in English
#: copy, papers checked or birthplaces asked beside the agency, an order to leave or to be sent back, smuggling told as
#: bringing people into the country: no dev-set verdict moves; CV of the refitted procedure sample 1 F1 0.982.
#: tag-1.19 keeps them too and reads a short story under an enforcement headline (`_headed`): its sentences naming
#: the agency or a custody or removal action go on with the headline; the lexicons compile to first-letter groups
#: (same matches, half the time): no dev-set verdict moves; CV of the refitted procedure sample 1 F1 0.982.
#: tag-1.20 keeps them too and reads two layouts and two names: a transcript's capital speaker label and a list under a
#: short story's headline (`_blocks`), a bare "Q" question, a Border Patrol sector as the agency: one ambiguous dev-set
#: verdict moves; CV of the refitted procedure sample 1 F1 0.982.
#: tag-1.21 keeps them too and reads a short brief of bare "agents" taking people in a story that names no agency and
#: no police (`_agents_brief`), and a lead read as enforcement carrying a short story's other sentences (`_headed`):
#: no dev-set verdict moves; CV of the refitted procedure sample 1 F1 0.982.
#: tag-1.22 keeps them too and reads enforcement told in few or unusual words (bench/probes/tagforms.jsonl): a
#: county's, a city's or an adult detention centre as the local jail, the government sending a person back, the fight
#: against removal told from the person's side, the order to report for the flight; and a rally, vigil, meeting or
#: hearing held, or a record or office held, as no custody (tagforms2.jsonl, `_custody_words`): no dev-set verdict
#: moves; CV sample 1 F1 0.982 (not refitted). A short story's enforcement lead carrying its other sentences under a
#: headline of colour was measured and not kept: a work immigration_other story and a heldout17-tagging false positive
#: more, and it contradicts test_tag.py's off-topic headline tests.
#: tag-1.23 keeps them too and reads short stories' enforcement in other words (bench/probes/tagshort.jsonl,
#: border3.jsonl): officers named before their agency ("officers with ERO") and a sector's agents as the agency acting,
#: a day written without its comma opening a sentence that refers back, crossing "the river" illegally, a vote sentence
#: under an enforcement headline carrying on from the lead; removal and custody in plain words (tagplain.jsonl): a
#: person put on a plane by someone else, a check-in ending in custody or on a flight, people held in family centres, a
#: flight carrying people who had been held, citizens or travellers flown home as no removal: no dev-set verdict moves;
#: CV sample 1 F1 0.982 (not refitted). A fitted story-shape feature (the lead of a story of four sentences or fewer)
#: was measured and not kept: weight 0.98, no short story more tagged, the refit one more heldout10-tagging miss, CV
#: 0.981.
#: tag-1.24 keeps them too and reads enforcement told without the agency's name (bench/probes/tagmiss.jsonl): an
#: immigration detention centre by its own name as the agency's custody, people moved between centres, jails or
#: prisons, a passive "had been picked up", people sent back to Mexico, a jail's contract to house people facing
#: deportation, harbouring told in plain words; and by the crime's or the investigation's objects (tagmiss2.jsonl):
#: entry on a false document at a port or crossing, a past removal by the plain verb ("removed from the United
#: States"), an immigration agency reading an employer's hiring records: no dev-set verdict moves; CV sample 1 F1
#: 0.982 (not refitted).
#: tag-1.25 keeps them too and reads reactions to enforcement (bench/probes/tagreact.jsonl): a custody action's noun as
#: the object of a reaction ("protest the detentions", "troubled by the arrests", "after a weekend of raids") in a
#: story that names immigration or the agency elsewhere; sanctuary policies by their other names (Welcoming City, Trust
#: Act, Values Act) beside immigration or the agency; the agency's "detainee locator"; and (tagmiss3.jsonl) federal
#: officers or authorities taking custody in a story that names the agency once and no other federal body: no dev-set
#: verdict moves; CV sample 1 F1 0.982 (not refitted). Not kept: "took ... away" as an arrest (CV 0.982 -> 0.978),
#: migrants interdicted or repatriated at sea by the Coast Guard or Air and Marine Operations (it tags a heldout10 story
#: whose facts bring one wrongly placed count and one unmatched quote), and the agency's "activity" in an alert as
#: enforcement on its own (one work story's features move, CV sample 1 F1 0.982 -> 0.981).
#: tag-1.26 keeps them too and reads short stories told plainly (bench/probes/tagshort2.jsonl): a jail holding people
#: past their release beside the agency as the detainer it is, people hidden in a vehicle or its cargo as smuggling
#: even in a drug story; and (tagplain2.jsonl) agents in, from or assigned to a named Border Patrol sector as the
#: agency's officers, a raid at a workplace or workers arrested in a raid, in a sentence naming no police, other
#: federal body or contraband: no dev-set verdict moves; CV sample 1 F1 0.982 (not refitted). Not kept: the INS by
#: name as the agency (it moved no judge, dev verdict or evaluate line).
WEIGHTS: dict[str, float] = {
    "enf_paragraphs": 0.65,
    "enf_paragraph_share": 1.89,
    "strong_paragraphs": 0.97,
    "enf_share": 3.82,
    "title": 2.80,
    "enf_balance": 2.33,
    "other_share": -3.81,
    "immigration_share": 2.34,
    "lead": 2.44,
    "enf_window": 1.88,
    "enf_paragraph_count": 1.55,
}
BIAS = -5.71
#: is_enforcement == score >= THRESHOLD (see above).
THRESHOLD = 0.41


def _score(features: dict[str, float]) -> float:
    z = BIAS + sum(WEIGHTS[name] * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-z))


def _topics(doc: _Doc) -> tuple[str, ...]:
    weights = {}
    lead = set(id(s) for s in doc.sentences[:3])
    counted = [(doc.title, 3.0)] + [(s, 2.0 if id(s) in lead else 1.0) for s in doc.sentences]
    for topic, pattern in _TOPICS.items():
        weights[topic] = sum(w * len(pattern.findall(s.text.lower())) for s, w in counted if s.enforcement)
    top = max(weights.values(), default=0.0)
    chosen = [t for t, w in weights.items() if w >= _TOPIC_MIN_HITS and w >= _TOPIC_SHARE * top]
    return tuple(chosen)


def _evidence(doc: _Doc, limit: int = 3) -> tuple[str, ...]:
    """The title (when it reads as enforcement) and the strongest enforcement sentences, in text order."""
    ranked = sorted(
        (s for s in doc.sentences if s.enforcement), key=lambda s: (-s.enforcement, doc.sentences.index(s))
    )[:limit]
    chosen = sorted(ranked, key=doc.sentences.index)
    out = [doc.title.text] if doc.title.enforcement else []
    return tuple(out + [s.text for s in chosen])


def tag_article(title: str, text: str) -> TagResult:
    """Decide whether (title, text) is an immigration-enforcement story; score, topics and evidence."""
    doc = _analyse(title or "", text or "")
    score = _score(doc.features)
    is_enforcement = score >= THRESHOLD
    return TagResult(
        is_enforcement=is_enforcement,
        score=score,
        topics=_topics(doc) if is_enforcement else (),
        evidence=_evidence(doc) if is_enforcement else (),
        tagger_version=TAGGER_VERSION,
    )
