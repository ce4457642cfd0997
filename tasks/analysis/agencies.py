"""Enforcement agencies and named operations, normalized to the short names readers use ("ICE", "CBP").

The hard case is ICE itself: the same three letters name Intercontinental Exchange in financial copy,
and "Ice" (Guardian style) starts sentences about ice storms and hockey. An article must read as an
immigration story before a bare "ICE"/"Ice" counts, and exchange products ("ICE Futures") never do.
"""

from __future__ import annotations

import re

#: canonical name -> patterns that name it (case-sensitive unless marked (?i)).
_AGENCY_PATTERNS: dict[str, tuple[str, ...]] = {
    "ICE": (r"(?:U\.?S\.? )?Immigration and Customs Enforcement(?: \(ICE\))?", r"ICE"),
    "CBP": (r"(?:U\.?S\.? )?Customs and Border Protection(?: \(CBP\))?", r"CBP"),
    "Border Patrol": (r"(?:U\.?S\.? )?(?i:border patrol)",),
    "HSI": (r"Homeland Security Investigations(?: \(HSI\))?", r"HSI"),
    "ERO": (r"Enforcement and Removal Operations(?: \(ERO\))?", r"ERO"),
    "DHS": (
        r"(?:U\.?S\.? )?Department of Homeland Security(?: \(DHS\))?",
        r"Homeland Security (?:Department|Secretary)",
        r"Secretary of Homeland Security",
        r"DHS",
    ),
    "DOJ": (r"(?:U\.?S\.? )?(?i:Department of Justice|Justice Department)(?: \(DOJ\))?", r"DOJ"),
    "USCIS": (r"(?:U\.?S\.? )?Citizenship and Immigration Services(?: \(USCIS\))?", r"USCIS"),
    "FBI": (r"Federal Bureau of Investigation(?: \(FBI\))?", r"FBI"),
    "DEA": (r"Drug Enforcement Administration(?: \(DEA\))?", r"DEA"),
    "HHS": (
        r"(?:U\.?S\.? )?(?:Department of )?Health and Human Services(?: \(HHS\))?",
        r"HHS",
        r"Office of Refugee Resettlement(?: \(ORR\))?",
        r"ORR",
    ),
    "National Guard": (r"National Guard",),
    "U.S. Marshals": (r"(?:U\.?S\.? )?Marshals Service", r"U\.?S\.? Marshals"),
}

#: One alternative per agency, behind one shared word boundary (a boundary inside each alternative made the regex
#: engine enter all of them at every character).
_AGENCY = re.compile(
    r"\b(?:"
    + "|".join(rf"(?P<a{i}>(?:{'|'.join(patterns)})(?![\w-]))" for i, patterns in enumerate(_AGENCY_PATTERNS.values()))
    + ")"
)
_AGENCY_NAMES = list(_AGENCY_PATTERNS)

#: Guardian-style "Ice": counted only when it reads as the agency. (The words before it are looked behind from
#: after "Ice": look-behinds that open a pattern are tried at every character.)
_ICE_TITLE = re.compile(
    r"\bIce(?:(?=\s+(?:agents?|officers?|officials?|detention|detainees?|custody|raids?|arrests?|spokes\w+|"
    r"facilit\w+|director|said|says|has|had|is|was|will|would)\b|'s\b|’s\b)|"
    r"(?:(?<=\bby Ice)|(?<=\bof Ice)|(?<=\bfrom Ice)|(?<=\bwith Ice)|(?<=\bto Ice)|(?<=\band Ice))\b)"
)
_LOCAL = re.compile(
    r"\b(?:[A-Z][\w.'’-]*\s+){1,3}?(?:County\s+)?(?:Sheriff['’]s\s+(?:Office|Department)|Police\s+Department|"
    r"Highway\s+Patrol|Department\s+of\s+Public\s+Safety)\b"
)
_LEADING = re.compile(r"^(?:(?:The|A|An|In|At|From|By|And|Of|For|With|To)\s+)+")

_IMMIGRATION_CONTEXT = re.compile(r"immigra|deport|detain|migrant|asylum|Customs Enforcement|border", re.I)
_FINANCIAL_CONTEXT = re.compile(r"Intercontinental\s*Exchange|\bICE\s+(?:Futures|Clear|Brent|Endex|Data)\b|NYSE")
_FINANCIAL_ICE = re.compile(r"ICE(?=\s+(?:Futures|Clear|Brent|Endex|Data|U\.S\.|Europe|Trust|Benchmark)\b)")

_OPERATION = re.compile(r"\bOperation[ ]+(?:[A-Z][\w'’-]*|\d+)(?:[ ]+(?:[A-Z][\w'’-]*|\d+))*")


def find_agencies(text: str) -> list[tuple[str, int, int]]:
    """(canonical name, start, end) for each agency mention; ICE only in an immigration context."""
    immigration = bool(_IMMIGRATION_CONTEXT.search(text))
    financial = bool(_FINANCIAL_CONTEXT.search(text))
    found: list[tuple[str, int, int]] = []
    for m in _AGENCY.finditer(text):
        name = _AGENCY_NAMES[int(m.lastgroup[1:])]
        if m.group() == "ICE" and (not immigration or (financial and _FINANCIAL_ICE.match(text, m.start()))):
            continue
        if m.group() == "ICE" and financial and not re.search(r"Customs Enforcement|deport", text):
            continue
        found.append((name, m.start(), m.end()))
    if immigration:
        found.extend(("ICE", m.start(), m.end()) for m in _ICE_TITLE.finditer(text))
    for m in _LOCAL.finditer(text):
        lead = _LEADING.match(m.group())
        start = m.start() + (lead.end() if lead else 0)
        found.append((text[start : m.end()].replace("’", "'"), start, m.end()))
    return sorted(found, key=lambda f: f[1])


def find_operations(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) for each named operation ("Operation Safe City", "Operation Midway Blitz")."""
    return [(re.sub(r"\s+", " ", m.group()), m.start(), m.end()) for m in _OPERATION.finditer(text)]
