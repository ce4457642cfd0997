"""One speaker per person: the key one person's quotes share across the warehouse (`speaker_key`), and, within an
article, one name and one role for each person quoted (`canonical_speakers`): "Trump" becomes the first full
mention, "Donald J. Trump", and every quote of theirs takes the role written at it; an organisation's words take
the document they come from ("statement") as their role.

It is kept apart from `quotes.py`, whose sieves say who said each quotation as the text names them, because this
is the step after: naming each speaker once, the same way in every article (`tasks/store` keys people by it).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace

from schemas.records import Quote
from tasks.analysis import quote_lexicon as lex
from tasks.analysis import quote_people as who
from tasks.analysis.agencies import find_agencies

#: Courtesy titles as speaker_key spells them, no part of anyone's name.
_COURTESY = frozenset(t.casefold() for t in lex.COURTESY)


def speaker_key(name: str) -> str:
    """The key one person's quotes share across the warehouse: accents, case, initials, a courtesy title in
    front ("Mr Trump": a British courtesy has no stop) and generational suffixes ignored ("Donald J. Trump" and
    "Donald Trump" -> "donald trump"); an agency by its short name however it is spelled ("U.S. Immigration and
    Customs Enforcement" and "ICE" -> "ice")."""
    bare = re.sub(r"^(?:[Tt]he[ ])", "", name.strip())
    agencies = find_agencies(f"{bare} (immigration)")  # the context word lets a bare "ICE" count
    if len(agencies) == 1 and agencies[0][1] == 0 and agencies[0][2] >= len(bare.rstrip(".")):
        return agencies[0][0].casefold()
    plain = unicodedata.normalize("NFKD", who.SUFFIX.sub("", name.strip())).encode("ascii", "ignore").decode()
    words = [w for w in re.findall(r"[a-z0-9'-]+", plain.casefold().replace("’", "'")) if len(w) > 1]
    while len(words) > 1 and words[0] in _COURTESY:
        words.pop(0)
    return " ".join(words) or name.strip().casefold()


def canonical_speakers(quotes: list[Quote], people: who.People) -> list[Quote]:
    """One name per person within the article: a surname alone, a name with a middle initial or a double
    surname without the given name ("Jaimes Pérez") becomes the first full mention of that person. One role per
    person too: the role written at the first full mention ("ICE spokesman Tom Banks", "Kristi Noem, the
    homeland security secretary,"), else at the first full mention that writes one, or, for someone never
    named in full, at the first mention that writes one ("President Trump"), else the first the person's quotes
    give; every quote of theirs carries it."""
    full: dict[str, who.Mention] = {}
    lone_roles: dict[str, str] = {}  # "President Trump" in a story that never names him in full
    full_roles: dict[str, str] = {}  # a full name's first written role, at whichever of its mentions gives one
    surname_roles: dict[str, str] = {}  # the first role written with a surname alone ("Gov. Walz")
    for p in people:
        surname = speaker_key(p.name).split()[-1:] if not p.organisation else []
        in_full = " " in p.name and speaker_key(p.name).split()[:-1] != []  # "Mr Trump" is no full name
        if surname and in_full and surname[0] not in full:
            full[surname[0]] = p
        elif surname and p.role:
            lone_roles.setdefault(p.name, p.role)
        if surname and in_full and who.clean_role(p.role):
            full_roles.setdefault(p.name, p.role)
        elif surname and not in_full and who.clean_role(p.role):
            surname_roles.setdefault(surname[0], p.role)  # "Gov. Walz" after a bare "Tim Walz"
    out: list[Quote] = []
    roles: dict[str, str] = {}
    persons = {p.name for p in people if not p.organisation}
    #: the people named in full, by their name's words (a family told apart by given names: "Maria", "Valeria")
    in_full = {
        tuple(key): p.name
        for p in reversed(people)
        if not p.organisation and len(key := speaker_key(p.name).split()) > 1
    }
    family = Counter(key[-1] for key in in_full)
    for q in quotes:
        key = speaker_key(q.speaker).split()
        first = full.get(key[-1]) if key else None
        name = q.speaker
        first_key = speaker_key(first.name).split() if first is not None else []
        if first is not None and (len(key) == 1 or first_key[0] == key[0] or first_key[-len(key) :] == key):
            name = first.name
        elif (
            first is None
            and len(key) == 1
            and not q.speaker.isupper()  # an acronym is a body's ("NPR"), never a given name
            and len(given := [n for n in in_full if n[0] == key[0]]) == 1
            and (key[0] in lex.GIVEN_NAMES or family[given[0][-1]] > 1)
        ):
            # "Arturo said" after "his brother, Arturo Treviño": a given name alone (a known one, or the first
            # word of a name whose surname two people of the story share, the reason a reporter uses it)
            name = in_full[given[0]]
        elif first is None and len(key) == 1 and (family_name := who.family_name_of_relative(q.speaker, people)):
            name = f"{q.speaker} {family_name}"  # "his wife, Maria, said" after "Eduardo Ramos": Maria Ramos
        written = full_roles.get(name) or lone_roles.get(name)
        if not who.clean_role(written) and first is not None and name == first.name:
            written = surname_roles.get(key[-1])  # a role written only where the surname stands alone
        role = roles.get(name) or who.clean_role(written) or who.clean_role(q.role)
        body = not role and name not in persons and (_is_body(name, people) or _names_body(name))
        if body:
            role = _document(people.text, q.start, q.end)  # "ICE said in a statement": a body's words
        if role:
            roles.setdefault(name, role)
        elif body:
            role = _unnamed_document(name)  # this quotation's alone: a later one may name its document
        out.append(replace(q, speaker=name, role=role or None))
    return out


#: The document or the voice an organisation's words come from, as its attribution names it ("in a written
#: statement", "according to an ICE statement", "a DHS memo", "an ICE spokesman said", "DHS attorneys argued", a
#: "### DHS Statement" heading over the quotation). Its spokespeople and counsel, but not "official" (one of
#: `lex.VOICES`): an unnamed official is no voice of the body (GUIDELINES §2), so no role of its quotes.
_WORDS_FROM = re.compile(
    r"(?<![\w’'])(?P<doc>(?:(?:written|emailed|joint|prepared|agency|city|company|internal|[A-Z][A-Za-z./-]*)[ ]){0,2}?"
    r"(?i:statement|memo|memorandum|report|press[ ]release|news[ ]release|email|e-mail|letter|filing|tweet|post|"
    rf"{lex.SPOKESPEOPLE}|attorney|lawyer))s?\b"
)
#: A quoted stretch, blanked to leave the words between two quoted parts of one quotation.
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_DOCUMENT_LEAD = lex.wordset("a an the its their his her in to according said says by from of on")


def _is_body(name: str, people: who.People) -> bool:
    """Whether `name` is an organisation of the text (an agency however written, a named body), not a person
    or a pair of people ("John Cornyn and Henry Cuellar")."""
    return any(p.organisation and not p.anonymous and p.name == name for p in people) or any(
        a.name == name for a in people.agencies()
    )


#: Capitalised words in a row, as a place or a body writes its name.
_CAPITALISED_RUN = r"[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*)*"
#: A government named by its place: "City of Dunmore", "the Town of Elm Grove", "Harlan County", "Orleans Parish".
_GOVERNMENT_NAME = re.compile(
    rf"(?:[Tt]he[ ])?(?:(?:City|County|Town|Township|Village|State|Commonwealth)[ ]of[ ]{_CAPITALISED_RUN}"
    rf"|{_CAPITALISED_RUN}[ ](?:County|Parish|Township|Borough))"
)


def _names_body(name: str) -> bool:
    """Whether a speaker that find_people did not list names a body by its form: a government by its place
    ("the City of Dunmore said") or a news outlet by a word of its masthead ("the Ledger said"); a body speaks
    only through what it publishes, so its words take a document as their role."""
    return bool(_GOVERNMENT_NAME.fullmatch(name)) or any(
        w[:1].isupper() and w.casefold() in lex.MEDIA_WORDS | lex.OUTLET_MASTHEAD_WORDS for w in name.split()
    )


def _unnamed_document(name: str) -> str:
    """The role of a body's words when no sentence around them names their document ("“...,” the agency said."):
    a body has no title and speaks only through what it publishes, so a statement, or a news outlet's report
    ("“...,” the Tribune reported.")."""
    outlet = any(
        w.casefold() in lex.MEDIA_WORDS or (w[:1].isupper() and w.casefold() in lex.OUTLET_MASTHEAD_WORDS)
        for w in name.split()
    )
    return "report" if outlet else "statement"


def _document(text: str, start: int, end: int) -> str | None:
    """The document or voice the attribution of the quotation at text[start:end] names, the role GUIDELINES'
    "the organisation when no person is named" leaves to an organisation's words ("statement", "written
    statement", "ICE statement", "memo", "ICE spokesman"); None when the sentences around it name none. Looked
    for in the lead-in before the quotation in its paragraph (or the heading or "...:" line above a quotation
    opening its paragraph) and in the sentence the quotation closes."""
    line = text.rfind("\n", 0, start) + 1
    lead = who.SENTENCE_BREAK.split(text[line:start])[-1]
    if not lead.strip(" >*-_"):  # the quotation opens its paragraph, a block quote or list item included
        above = text[max(0, line - 300) : line].rstrip().rsplit("\n", 1)[-1].strip()  # the last line with words
        lead = above if above.startswith("#") or above.endswith(":") else ""
    close = text[end : end + 200]
    tail = who.SENTENCE_BREAK.search(close)
    between = _QUOTED.sub(" ", text[start:end])  # an attribution interrupting the quotation ("...,” it said in a")
    for part in (lead, close[: tail.start() if tail else len(close)], between):
        if m := _WORDS_FROM.search(part):
            words = m.group("doc").split()
            while words and words[0].casefold() in _DOCUMENT_LEAD:
                words.pop(0)
            return " ".join([*words[:-1], words[-1].casefold()])  # "### DHS Statement": a "DHS statement"
    return None
