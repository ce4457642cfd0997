"""The people of a text, as the quotation sieves need them: every capitalised run that names a person, with the
title and role written with it, the words that introduce it and the gender its given name or cue words tell
(organisations and unnamed persons kept too, marked so no sieve takes them for names), and whom a later bare
surname or pronoun points back to.

It is kept apart from `quotes.py`, which finds quotations and attributes each by ordered sieves, so that a reader
of quotes.py sees the sieves; quotes.py (and quote_speakers.py, which names each speaker once) asks this module
who is named where, reading it as `who.NAME` (`who.find_people(text)`, `who.antecedent(...)`). The words they
read are in `quote_lexicon.py`.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

from tasks.analysis import quote_lexicon as lex
from tasks.analysis.agencies import find_agencies
from tasks.analysis.places import STATE_ABBREVIATIONS, normalize_place


class Mention(NamedTuple):
    """A name in the text: a person (`subject_like` unless object or possessive) or an organisation."""

    at: int
    name: str
    subject_like: bool
    organisation: bool = False
    gender: str | None = None
    context: str = ""
    #: the title written before the name ("Acting ICE Director"), kept as the person's role
    title: str = ""
    #: the words that describe this person next to the name ("his wife, Ana Ruiz", "Ana Ruiz, a mother of two")
    described: str = ""
    #: named as the appositive of a description opening the sentence ("His lawyer, John Smith, said") or
    #: right after a reporting verb (", said Ann Lee"): the subject of the sentence even if not its first word
    appositive: bool = False
    #: an organisation that is a government agency (agencies.find_agencies), what "the agency" stands for
    agency: bool = False
    #: a person the story does not name, as the subject of a sentence ("A glassy-eyed man shouted ..."): kept
    #: (as an organisation, so no sieve takes it for a name) only so a pronoun after it points to nobody
    anonymous: bool = False
    #: the person's role as this mention writes it: the words before the name ("White House press secretary
    #: Sean Spicer") or the appositive after it ("Kristi Noem, the homeland security secretary,"); the role a
    #: person's quotes take when their attribution gives none
    role: str = ""
    #: the body an unnamed spokesperson opening a sentence speaks for ("A DHS spokeswoman said ..." -> "DHS"): what
    #: a later "she said" stands for, the body's voice (GUIDELINES: a statement with no person goes under the body)
    voice_of: str = ""


#: A generational suffix after a name ("Arthur Evans Jr", "Martin Luther King, Jr."): no surname, no part of a key.
SUFFIX = re.compile(r"(?:,?[ ](?:Jr|Sr|II|III|IV)\.?)$", re.I)


#: Words that are a courtesy or a sentence's glue, not anyone's role ("said Mr. Goodlatte", "And Homan said").
_NOT_ROLE_WORDS = lex.courtesy_forms(None, "m", "f") | (lex.NOT_NAMES - {"The", "A", "An"})
#: The endings of a one-word role that names what a person is ("lawyer", "spokeswoman", "activist").
_ROLE_NOUN = re.compile(
    r"(?:man|woman|person|er|or|ist|ian|ent|ant|ee|ive|ary)$|^(?:host|anchor|aide|analyst|scholar|official|expert|"
    r"adviser|advisor|chef|coach|envoy|consul|diplomat|pilot|chief|head|nurse|pastor|priest|judge|advocate|"
    r"candidate|veteran)$"
)
#: Function words a cut-off role is left hanging on ("Officials from", "de la").
_HANGING = lex.wordset("of from for with at in de la del the a an and")
#: Verbs of a relative clause that say what a person's position is, not what they did once: "who runs the
#: Dream Alliance", "who works for La Colmena", "who ran ICE under Obama" (but "who led the suit" is an act).
_POSITION_VERBS = lex.wordset(
    """runs ran heads headed directs chairs leads manages oversees owns represents teaches works worked serves
    served"""
)


#: An age set off after a name ("Ana Ruiz, 41,"), as a role's first word.
_AGE = re.compile(r"\d{1,3},?")
#: An age set off by commas right after a name (", 41" before ", a nurse"): skipped to reach the appositive.
_AGE_SET_OFF = re.compile(r",[ ]\d{1,3}(?=,[ ])")
#: Relative words that open a clause about a person, never part of a title or affiliation ("Rosa, whose husband
#: was detained in June", "..., which surprised no one", "..., where she works"). "who" is read on its own: "who
#: runs the Dream Alliance" names a position.
_RELATIVE_WORDS = lex.wordset("whose which where whom")


def clean_role(role: str | None) -> str | None:
    """A role as a reader would write it, or None when the words are no role: a courtesy title or sentence
    word in front dropped ("Mr.", "And"), a relative clause that says what someone did rather than what
    they are ("who led a coalition"; "who is the mayor" is "the mayor"), a possessive or preposition left
    hanging ("the ACLU’s" is "the ACLU", "Officials from" is no role), a lone word that names no one's position
    ("future"), an age ("41") and a clause opened by "whose", "which", "where" or "whom"."""
    words = (role or "").split()
    while words and words[0] in _NOT_ROLE_WORDS:
        words.pop(0)
    if words and _AGE.fullmatch(words[0]):
        words = words[1:]  # "Ana Ruiz, 41, a nurse": an age is no role, the description after it is
        if words[:1] in (["of"], ["from"]):
            return None  # "Ana Ruiz, 41, of Phoenix": where she lives, no title or affiliation
    if (relative := next((i for i, w in enumerate(words) if w in _RELATIVE_WORDS), None)) is not None:
        words = words[:relative]  # "whose husband was detained", "a mother of three whose ...": a clause, no role
    if words[:1] == ["who"] and words[1:2] and words[1] in _POSITION_VERBS and len(words) > 2:
        words = words[1:]  # "who runs the Dream Alliance": the position is what the clause says he runs
    elif words[:1] == ["who"]:
        if (
            words[1:2] not in (["is"], ["was"])
            or len(words) < 3
            or re.search(r"ed$|ing$", words[2])
            or words[2] in _NOT_ROLE_START
        ):
            return None  # "who was first appointed", "who was fired"
        words = words[2:]
    while words and words[-1].casefold() in _HANGING:
        words.pop()
    words = [_SINGULAR_TITLES.get(w, w) for w in words]  # one person's role: "Senators Tom Coburn" is a Senator
    if words and words[-1][-2:] in ("’s", "'s"):
        words[-1] = words[-1][:-2]  # "the ACLU’s Ann Lee": her role is the ACLU
    if not words:
        return None
    lone = words[0].strip(".,") if len(words) == 1 else ""
    if lone.islower() and lone not in lex.TITLE_WORDS and not _ROLE_NOUN.search(lone):
        return None
    return " ".join(words)


def paragraphs(text: str) -> list[tuple[int, str]]:
    """The non-blank lines of `text` with their offsets: the paragraphs quotes.py reads one by one, and where
    `_quoted_regions` looks for quotation marks."""
    out, pos = [], 0
    for block in text.split("\n"):
        if block.strip():
            out.append((pos, block))
        pos += len(block) + 1
    return out


def canonical_org(name: str) -> str:
    """The short name reporters and readers use for an agency spelled out ("Customs Enforcement" -> ICE)."""
    if name.endswith("Customs Enforcement"):
        return "ICE"
    return name


def learn_gender(people: People, name: str, gender: str) -> None:
    """A person a "she"/"he" attribution resolved to is of that gender from then on ("Sallie Gonzalez ...
    she adds" -> a later "he says" passes her by)."""
    surname = surname_of(name)
    for i, p in enumerate(people):
        if p.gender is None and not p.organisation and surname_of(p.name) == surname:
            people[i] = p._replace(gender=gender)


def antecedent(people: People, pos: int, gender: str | None) -> str | None:
    """The person a pronoun points back to: the nearest earlier subject-like person of a compatible gender,
    or the subject that opens that person's sentence ("Lee met Roe on Tuesday. ... he said" is Lee)."""
    fits = [
        p
        for p in people
        if p.at < pos
        and (not p.organisation or p.anonymous)
        and p.subject_like
        and (gender is None or p.gender in (None, gender))
    ]
    if fits and fits[-1].voice_of:
        return fits[-1].voice_of  # "A DHS spokeswoman said ... “...,” she said": the body she speaks for
    if not fits or fits[-1].anonymous:
        return None  # "A man shouted at the reporters. ... he said": someone the story does not name
    chosen = fits[-1]
    if gender is not None and chosen.gender is None:
        chosen = _known_gender_before(fits, chosen, gender, people.text, pos) or chosen
    if not _opens_sentence(chosen):
        opening = [p for p in fits[:-1] if _opens_sentence(p) and chosen.at - p.at < 150]
        chosen = opening[-1] if opening else chosen
    return named_in_full(chosen.name, people, pos)


def _known_gender_before(fits: list[Mention], chosen: Mention, gender: str, text: str, pos: int) -> Mention | None:
    """For "she said" whose nearest candidate's gender the story never tells ("Ana Ruiz was detained. Her lawyer,
    Ben Cole, filed a petition. “...,” she said"): the person of that gender named within 300 characters before
    it, unless the nearer one is the subject of the quotation's own sentence, someone of unknown gender stands
    between, or a sentence since opens with the pronoun (the chain "he asserted ... he added" follows the nearer
    one)."""
    if not lex.SENTENCE_END.search(text, chosen.at, pos):
        return None  # the subject of the quotation's own sentence ("Perez defended it: “...,” she said")
    if _introduces_the_quotation(chosen, text, pos):
        return None  # "Rep. Bennie Thompson saw it differently." then a paragraph "“...,” he said": his
    known = [p for p in fits[:-1] if p.gender == gender and chosen.at - p.at < 300 and not p.anonymous]
    if not known or any(p.gender is None for p in fits if known[-1].at < p.at < chosen.at):
        return None
    pronoun = "he" if gender == "m" else "she"
    if re.search(rf"(?:^|[.!?]\s+)(?:(?:But|And|Yet|So)[ ])?(?i:{pronoun})\b", text[known[-1].at : pos]):
        return None
    return known[-1]


def _introduces_the_quotation(p: Mention, text: str, pos: int) -> bool:
    """The person opens a one-sentence paragraph right before the paragraph the quotation at `pos` opens: the
    paragraph introduces the speaker, whatever gender another person named before it has."""
    line_start = text.rfind("\n", 0, pos)
    if line_start < 0 or text[line_start + 1 : pos].strip(" *_"):
        return False
    previous_end = len(text[:line_start].rstrip())
    previous_start = text.rfind("\n", 0, previous_end) + 1
    return (
        previous_start <= p.at < previous_end
        and _opens_sentence(p)
        and not lex.SENTENCE_END.search(text, previous_start, previous_end - 1)
    )


def postcedent(people: People, pos: int, gender: str | None) -> str | None:
    """For a pronoun before anyone is named (a story whose extract opens mid-way: "“...,” she wrote." then "Gee
    oversees the settlement"): the first person named after it as a sentence's subject, of a compatible gender."""
    after = [p for p in people if pos < p.at < pos + 1500 and not p.organisation and p.subject_like]
    first = next((p for p in after if _opens_sentence(p)), None)
    if first is None or gender is not None and first.gender not in (None, gender):
        return None
    return named_in_full(first.name, people, pos)


def _opens_sentence(p: Mention) -> bool:
    """The person is the subject that opens their sentence: named first ("Lee met Roe"), or as the appositive
    of a description that opens it ("His lawyer, John Smith, filed a petition")."""
    return p.context[:1].isspace() or p.appositive


def named_in_full(name: str, people: People, pos: int) -> str:
    """A name as the story first gives it in full: a bare surname becomes that full name, a full one stays."""
    return name if " " in name else full_name(name, people, pos)


def full_name(surname: str, people: People, pos: int) -> str:
    """The first full name mentioned before `pos` that ends with this surname (accents aside: "Perèz" is
    "Pérez"), or whose first of two surnames it is ("Mr. Pérez" after "Juan Carlos Pérez García"), else the
    surname."""
    key = fold(surname)
    for p in people:
        if p.at >= pos:
            break
        if not p.organisation and " " in p.name and key in _surnames(p.name):
            return p.name
    return surname


def family_name_of_relative(given: str, people: People) -> str | None:
    """The family name of a relative the story names by a given name alone ("Eduardo Ramos ... his wife, Maria,
    said": Ramos): that of the nearest person named in full before, of the gender "his"/"her" asks."""
    text = people.text
    for m in lex.KIN_GIVEN_NAME.finditer(text):
        if not re.match(rf"{re.escape(given)}\b(?![ ][{lex.UPPER}])", text[m.end() :]):
            continue
        gender = "m" if m.group("owner").casefold() == "his" else "f"
        owner = next(
            (
                p
                for p in reversed(people)
                if p.at < m.start() and not p.organisation and " " in p.name and p.gender in (None, gender)
            ),
            None,
        )
        return surname_of(owner.name) if owner is not None else None
    return None


def _surnames(name: str) -> tuple[str, ...]:
    """The words a person is called by alone: the last one, and in a name of three words or more that opens
    with a given name the one before it unless it is a given name too (the first of two surnames: "Juan Carlos
    Pérez García" -> García, Pérez; "Mary Ann Smith" -> Smith)."""
    words = [fold(w) for w in SUFFIX.sub("", name.strip()).split()]
    if (
        len(words) >= 3
        and words[0] in lex.GIVEN_NAMES  # a person's name, not a headline run ("Army Veteran William Vermie Detained")
        and words[-2] not in lex.GIVEN_NAMES
        and words[-2].isalpha()
        and len(words[-2]) > 2
    ):
        return (words[-1], words[-2])
    return tuple(words[-1:])


def _surname_subject(word: str, text: str, end: int, surnames: set[str]) -> bool:
    """A bare surname of someone named in full before, as the subject of a verb ("Waldman blames", "Morales, 31,
    has lived")."""
    return (
        fold(word) in surnames
        # "Waldman blames", "Morales, 31, has lived": the verb, after an age set off by commas
        and re.match(r"(?:,[ ]\d{1,3},)?[ ](?:(?:also|later|then|[a-z]+ly)[ ])?[a-z]+(?:s|ed)\b", text[end : end + 26])
        is not None
    )


def surname_of(name: str) -> str:
    """The last word of a name, a generational suffix aside ("Arthur Evans Jr" -> "Evans")."""
    words = SUFFIX.sub("", name.strip()).split()
    return words[-1] if words else name


def fold(word: str) -> str:
    """A word without accents or case, as two spellings of one name compare ("Pérez", "perez")."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().casefold()


def _clean_name_tokens(tokens: list[str]) -> list[str]:
    """Cut a run where web page debris joins it: "Juan Vargas Juan C. VargasHere", "Schiff MORE", a name
    written again ("Speaker Paul Ryan Paul Davis Ryan")."""
    out: list[str] = []
    for i, t in enumerate(tokens):
        if i and (lex.CUT_NAME.search(t) or t in out and len(out) > 1):
            break
        out.append(t)
        if lex.POSSESSIVE.search(t) and t[-1] != "'":
            break  # "Louansee Moua's Facebook post": the name ends at the possessive
    return out


def gender_of(tokens: list[str], cue_words: list[str]) -> str | None:
    """'f' or 'm' from a given name ("Maria Lopez") or a gendered cue word before it ("Mr."); a possessive is
    the gender of someone else ("Her lawyer, David Chen")."""
    for w in reversed(cue_words[-3:]):
        if w in ("his", "her"):
            continue
        if w in lex.FEMALE_CUES:
            return "f"
        if w in lex.MALE_CUES:
            return "m"
    first = tokens[0].casefold() if len(tokens) > 1 else ""
    if first in lex.FEMALE_NAMES:
        return "f"
    if first in lex.MALE_NAMES:
        return "m"
    if len(first) > 3 and first.endswith("a") and first not in lex.MALE_A_NAMES and first.isalpha():
        return "f"  # most given names ending in -a are women's (Mika, Kristina, Monica)
    return None


def _cue_words(before: str) -> list[str]:
    """The words before a name that may tell its gender, in lower case: a capitalised word only right before
    the name, where it is a title ("Sister Norma Pimentel"); further back it is part of another name ("the King
    County courthouse. Wilson asked", "Lady Bird Lake")."""
    ends = list(lex.SENTENCE_END.finditer(before))
    before = before[ends[-1].end() :] if ends else before  # "“...,” she said. Across town, Pastor Ezequiel": his
    words = [w.strip(",;:") for w in before.split()]
    return [w.casefold() for i, w in enumerate(words) if i == len(words) - 1 or not w[:1].isupper()]


def _quoted_regions(text: str) -> list[tuple[int, int]]:
    """Where the text is inside quotation marks: a name there ("“The Ingraham Angle,” he said") is said
    or titled, never the subject a later pronoun points back to."""
    return [(p + m.start(), p + m.end()) for p, para in paragraphs(text) for m in lex.QUOTE_PAIR.finditer(para)]


def _inside(regions: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(regions, (pos, float("inf"))) - 1
    return i >= 0 and regions[i][0] < pos < regions[i][1]


#: Abbreviated titles as `person_tail` reads them, in lower case ("State Rep. Ana-Maria Ruiz": after a place).
_SHORT_TITLES = frozenset(f"{t.casefold()}." for t in lex.ABBREVIATIONS if t not in ("Jr", "Sr"))


def person_tail(words: list[str]) -> int | None:
    """Where a person's name starts in a run that opens with a place or body and a title
    ("Johnson County Sheriff Frank Denning" -> 2, "District of Columbia Jeanine Pirro" -> 1), else None."""
    for i in range(len(words) - 2, 0, -1):
        title = words[i] in lex.NAME_TITLES or words[i] in _SHORT_TITLES or words[i] in lex.CHAIR_TITLES
        if title or words[i] in lex.GIVEN_NAMES and words[i - 1] not in lex.GIVEN_NAMES:
            head = words[:i]
            core = list(head)
            while core and core[-1] in lex.TITLE_WORDS and core[-1] not in lex.PLACE_WORDS:
                core.pop()  # "Kentucky Sen.": the place; "Worcester County Sheriff": "County" stays in it
            if core and len(core) < len(head) and normalize_place(" ".join(core)) is not None:
                return len(core)  # "Kentucky Sen. Rand Paul": a place, then the title stays with the name
            if any(w in lex.PLACE_WORDS or w in lex.ORG_WORDS or w in lex.THING_WORDS for w in head) or (
                normalize_place(" ".join(head)) is not None
            ):
                return i
            if title and words[i - 1] not in lex.TITLE_WORDS:
                return i  # "Paul Mayor Kaohly Her" (after "St."): a word before a title names no one
            if not title and i >= 2 and words[i - 2] in lex.NAME_TITLES:
                continue  # a middle name after a first name the lexicon lacks ("Minister Hans Peter Doskozil")
            if not title and words[i - 1] not in lex.NAME_TITLES:
                return None  # a given name after a title ("Interior Minister Olga Sanchez") reads on to the title
    return None


#: The head of a body's name joined to the rest by "and", "of" or "for" ("Customs and ", "Department of ", "Health and
#: "), right before the capitalised run a name match starts with: `lex.NAME` stops at those words.
_JOINED_HEAD = re.compile(r"(?:(?:U\.S\.|[A-Z][\w’'-]*)[ ])+(?:and|of|for)[ ](?:the[ ])?$")


def names_a_person(
    head: list[str], office: bool, short_title: Callable[[str], bool] = _SHORT_TITLES.__contains__
) -> bool:
    """Whether the head of a body's name that "and"/"of"/"for" joins to the rest names a person, so that the body's
    name stops before it: a given name or a short title in it ("John Lee and Homeland Security", "Sen. Ana Lee and
    Tom Banks"), or a title, unless the head is an office of a body (`office`: "Secretary of State", "U.S. Attorney
    for"). Words in lower case. The one rule of `body_head_start` (reading back) and `quotes._body_run_end` (reading
    on after a reporting verb, where `short_title` is any word with a full stop)."""
    return any(w in lex.GIVEN_NAMES or short_title(w) for w in head) or (
        any(w in lex.NAME_TITLES for w in head) and not office
    )


def body_head_start(text: str, start: int, tail: list[str]) -> int:
    """Where a body's name written in full before a title starts, when a name match at `start` holds only its
    last words `tail` ("Border Protection" of "Customs and Border Protection Commissioner Rodney Scott",
    "Homeland Security" of "Department of Homeland Security Secretary Kristi Noem"): back over each head joined
    by "and"/"of"/"for" that names no person ("John Lee and Homeland Security ..." is two people), as long as
    the whole run is a body (`lex.ORG_WORDS`) or an office of one ("Secretary of State" of "Secretary of State
    Marco Rubio"); else `start`."""
    new, words, office = start, [w.casefold() for w in tail], False
    while (m := _JOINED_HEAD.search(text, max(0, new - 80), new)) is not None:
        head = [lex.POSSESSIVE.sub("", w).casefold() for w in m.group().split() if w != "the"]
        join, head = head[-1], head[:-1]
        office = join != "and" and is_office_head(head)  # "Secretary of", "U.S. Attorney for", "Attorney General of"
        if names_a_person(head, office):
            break
        new, words = m.start(), head + words
    while new < start and (first := text[new:].split(" ", 1)[0]) in lex.NOT_NAMES:
        new += len(first) + 1  # "The Department of ...": the sentence's article is no part of the name
    kind = next((w for w in words if w != "the"), "")  # "the City of St. Paul said": the city, not the place
    body = any(w in lex.ORG_WORDS for w in words) or (new < start and kind in lex.BODY_OF_PLACE_HEADS)
    return new if office or body else start


#: The words an office before its "of"/"for" is made of: titles and an office's opening words ("United States
#: Attorney for", "Special Agent in Charge of").
OFFICE_HEAD_WORDS = lex.TITLE_WORDS | lex.OFFICE_OPENING_WORDS


def is_office_head(head: list[str]) -> bool:
    """Whether words before "of"/"for" (lower case) are a person's office: they end in a title ("Secretary",
    "U.S. Attorney"), or are all title words with one in them ("Attorney General", "Special Agent in Charge"), or
    are an office's closing word alone, its title cut before it ("Charge" of "Special Agent in Charge of")."""
    return bool(head) and (
        head[-1] in lex.NAME_TITLES
        or (all(w in OFFICE_HEAD_WORDS for w in head) and any(w in lex.NAME_TITLES for w in head))
        or (len(head) == 1 and head[0] in lex.OFFICE_CLOSING_WORDS)
    )


def office_tail(words: list[str]) -> int | None:
    """Where a person's name starts in a run that opens with a title of a body ("secretary of homeland security
    kirstjen nielsen" -> 4, "director of national intelligence tulsi gabbard" -> 4), words in lower case: at the
    first given name after "of"/"for", else after the body's own words (titles, body and place words); None
    unless a body word and a name of two words or more are left on either side."""
    join = next((i for i, w in enumerate(words) if w in ("of", "for")), None)
    if join is None or not is_office_head(words[:join]):
        return None
    return _name_after_body(words, join + 2)


#: The words a body's name is made of ("Homeland Security", "the Southern District of Texas"), besides places.
_BODY_NAME_WORDS = frozenset({"of", "and", "for", "the"}) | lex.TITLE_WORDS | lex.ORG_WORDS | lex.PLACE_WORDS


def _name_after_body(words: list[str], first: int) -> int | None:
    """Where a name starts after a body's name (words in lower case, the name searched from `first` on): the first
    given name, else the first word no body's name is made of; None unless two words or more are left."""
    given = next(
        (i for i in range(first, len(words)) if words[i] in lex.GIVEN_NAMES and not _after_place_stop(words, i)), None
    )
    cut = given or next((i for i in range(first, len(words)) if words[i] not in _BODY_NAME_WORDS), None)
    while cut is not None and given is None and len(words) - cut > 2 and _in_body_name(words, cut):
        cut += 1  # "the Northern District of Georgia Theo Rankin": the district's words, then the name
    return cut if cut is not None and len(words) - cut >= 2 else None


def body_words_before_name(words: list[str]) -> int:
    """How many words opening a run (lower case) still belong to a body's name before the person's, leaving two or
    more: "el paso sector ann lee" -> 3 (of "the Border Patrol’s El Paso Sector Ann Lee"), "ann lee" -> 0; none when
    a joining word is left, the whole run a body's name ("department of corrections" of "Oregon’s ...")."""
    cut = 0
    while len(words) - cut > 2 and _in_body_name(words, cut):
        cut += 1
    return 0 if {"of", "and", "for", "the"} & set(words[cut:]) else cut


def _after_place_stop(words: list[str], i: int) -> bool:
    """Whether words[i] follows a place's abbreviation ("Paul" of "St. Paul"): a place's, not a given name."""
    return i > 0 and words[i - 1].rstrip(".").capitalize() in lex.PLACE_ABBREVIATIONS


def _in_body_name(words: list[str], i: int) -> bool:
    """Whether words[i] (lower case) still belongs to the body or district an office is of, not to the name after
    it: a body's word, a place, a district's qualifier, the word a joining word or a place's abbreviation opens
    ("of Georgia", "St. Paul", "U.S. Citizenship"), a part of a body ("Division"), a capitalised plural ending a
    body's name ("Investigations", "Operations"), or a word of a two-word place ("Santa Fe")."""
    word, before = words[i], words[i - 1] if i else ""
    return (
        word in _BODY_NAME_WORDS
        or word in lex.DISTRICT_QUALIFIERS
        or normalize_place(word) is not None
        or word in lex.BODY_PART_WORDS
        or before in ("of", "for", "and", "the", "u.s.")
        or _after_place_stop(words, i)
        or word.rstrip(".").capitalize() in lex.PLACE_ABBREVIATIONS
        or (word.endswith("s") and not word.endswith("ss") and len(word) > 7)
        or normalize_place(" ".join(words[i : i + 2])) is not None  # "Santa" of "HSI Santa Fe Ann Lee"
        or (i > 0 and normalize_place(f"{before} {word}") is not None)  # and its "Fe"
    )


#: A title of a body right before a name match: "Secretary of " of "Secretary of Homeland Security Kirstjen
#: Nielsen", "Director of " (`lex.NAME` stops at "of"), and an office closed by "in Charge" ("Special Agent in
#: Charge of [HSI Newark] Ruth Okafor").
_OFFICE_BEFORE = re.compile(
    rf"(?<![\w.])(?:{'|'.join(sorted(w.capitalize() for w in lex.NAME_TITLES))}"
    rf"|in[ ](?:{'|'.join(w.capitalize() for w in lex.OFFICE_CLOSING_WORDS)}))[ ](?:of|for)[ ](?:the[ ])?$"
)


#: An office's or district's last word and "of"/"for" right before a name match that opens with a place: "Attorney
#: General of [Texas] Ann Lee", "District of [Georgia] Theo Rankin" (not "owner of [Duarte] Auto Repair").
_PLACE_OF_BEFORE = re.compile(r"(?P<office>[\w.]+)[ ](?:of|for)[ ](?:the[ ])?$")


#: An office's words before "in" and its closing word ("HSI Denver Special Agent in " of "... in Charge Ana Lee").
_OFFICE_IN_BEFORE = re.compile(r"(?:(?:U\.S\.|[A-Z][\w’'.-]*)[ ])+in[ ]$")


#: A credit label before a name ("(Photo: Nick Oza", "Photograph by: Ann Lee"): a photographer's name, no speaker.
#: (quotes.py's `_PHOTO_CREDIT` is another shape, any credit in a caption paragraph: they differ, so apart.)
_CREDIT_BEFORE = re.compile(
    r"(?:\((?:Photo|Photos|Image|Credit|Video)\b|\b(?:Photo|Photos|Photograph|Image|Credit)(?:[ ]by)?:)[^()\n]{0,60}$"
)
_LABEL_LINE = re.compile(r"[ \t]*(?:[-*•>][ ]+)?$")
#: One word that can be a given name: a capital, accented ones too ("José"), then lower case.
_LONE_NAME = rf"[{lex.UPPER}][a-zà-ÿ]+"
#: One-word speakers reporters use when a surname is withheld: "says José", "Javier said".
_LONE_SPEAKER = re.compile(
    rf"(?:\b(?:says|said|adds|added|asks|asked)[ ]({_LONE_NAME})\b(?![ ]?[A-Z’'\w-])"
    rf"|(?<![\w.’'-][ ])(?<![\w’'-])({_LONE_NAME})[ ](?:says|said|adds|added|told|recalled|explained)\b"
    rf"|(?:^|(?<=[.!?”\"][ ]))({_LONE_NAME}),[ ](?:a|an|another|who|from)[ ][^,.“”\"]{{3,80}},[ ][a-z])",
    re.M,
)


#: A reporting verb right before a name: the name is that clause's subject ("..., said immigration attorney Ann Lee").
_INVERTED_REPORT = re.compile(rf"\b(?:{lex.AFTER_VERBS})[ ](?:[a-z][\w’'-]*[ ]){{0,3}}$")
#: A description that opens a sentence and names its subject next: "His lawyer, ", "The group's director, ".
_OPENING_DESCRIPTION = re.compile(r"(?:His|Her|Their|The|Its|An?)[ ][\w’' -]{1,40},[ ]")

#: A person the story does not name opening a sentence: "A glassy-eyed man in his 20s shouted", "Another
#: longtime resident said", "Her brother interrupted", "An Ice agent yelled".
_UNNAMED_NOUN = (
    r"(?P<noun>man|woman|boy|girl|youth|teenager|teen|resident|neighbor|neighbour|witness|mother|father|brother|"
    r"sister|son|daughter|wife|husband|friend|worker|migrant|protester|agent|officer|student|detainee))"
    r"(?![\w’'-]|,[ ][A-Z])"  # "His lawyer, John Smith, said": the name follows, nobody unnamed
)
#: (a sentence end glued to the next word, "talking.Another resident", is one too)
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s)|(?<=[a-z][.!?]))"
    rf"(?P<np>(?:(?:A|An|Another|One)[ ](?:[\w’'-]+[ ]){{0,3}}?|(?:His|Her|Their)[ ]){_UNNAMED_NOUN}",
    re.M,
)
#: The same after a clause that opens the sentence: "As the crossers climbed the fence, a glassy-eyed man ...".
_UNNAMED_AFTER_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:As|When|While|After|Before|Moments later|Then)\b[^,.!?“”\"\n]{0,80},[ ]"
    rf"(?P<np>(?:a|an|another)[ ](?:[\w’'-]+[ ]){{0,3}}?{_UNNAMED_NOUN}",
    re.M,
)
#: A body's unnamed spokesperson as the subject opening a sentence: "A DHS spokeswoman said", "An ICE spokesman
#: told", "A spokeswoman for the Department of Homeland Security said", or a spokesperson of no body named.
_BODY = r"[A-Z][\w.&’'-]*(?:[ ](?:(?:of|and|for|on)[ ](?:the[ ])?)?[A-Z][\w.&’'-]*){0,7}"
_BODY_VOICE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))(?:A|An)[ ](?:"
    rf"(?:(?P<body>{_BODY})[ ])?(?P<noun>{lex.SPOKESPEOPLE})"
    rf"|(?P<noun2>{lex.SPOKESPEOPLE})[ ](?:for|with)[ ](?:the[ ])?(?P<body2>{_BODY})"
    r")(?=[ ,])",
    re.M,
)

_PARTY = {"R": "Republican", "D": "Democrat", "I": "Independent"}
#: A party tag right after a name: "(R-Ky.)", ", D-N.Y.,", "(R-TX)", and without the final stop "(R-Calif)".
_PARTY_TAG = re.compile(r"^,?[ ]\(?([RDI])-([A-Z][A-Za-z]*\.?(?:[ ]?[A-Z][a-z]?\.?)?)[),]")


def _party_and_state(tail: str) -> str:
    """The words a party tag right after a name stands for ("Rand Paul (R-Ky.)" -> "Republican Kentucky"),
    so that "the Kentucky Republican said" finds him; empty without one."""
    m = _PARTY_TAG.match(tail)
    if not m:
        return ""
    state = m.group(2)
    # after a party's dash a state is all the tag can name, so the AP abbreviation is read without its final
    # stop too ("R-Calif", "D-N.M"); places.py cannot accept that everywhere ("Del" would become Delaware)
    code = STATE_ABBREVIATIONS.get(state) or STATE_ABBREVIATIONS.get(f"{state.rstrip('.')}.")
    place = normalize_place(code or state.rstrip("."))
    return f"{_PARTY[m.group(1)]} {place.state if place is not None and place.state else ''}".strip()


#: A dateline opening a line: a place (or the White House) in capitals, perhaps its state and an outlet in
#: parentheses, then a dash ("SAN ANTONIO —", "EL PASO, Texas (AP) —", "NEW YORK (Reuters) -"): nobody who speaks.
_DATELINE = re.compile(
    r"^[ \t*_]*[A-Z][A-Z.'’]*(?:[ ][A-Z][A-Z.'’]*)*(?:,[ ][A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)?(?:[ ]\([^()\n]{1,30}\))?"
    r"[ ]?[—–-]{1,2}[ ]",
    re.M,
)


def find_people(text: str) -> People:
    """Likely person names with their offsets, in order, titles stripped and places left out; organisations
    and unnamed persons ("A man shouted") are kept too, marked `organisation` so no sieve takes them for names.

    One capitalised word counts only after a title ("President Trump"); two or more count unless a word
    marks an organisation or a place ("Kansas City", "Tucson Sector"). A bare surname inherits the gender
    of the full name it repeats.
    """
    found: list[Mention] = []
    organisations: list[Mention] = []
    lone_names = {
        w
        for m in _LONE_SPEAKER.finditer(text)
        if (w := m.group(1) or m.group(2) or m.group(3)) not in lex.NOT_NAMES
        and w.casefold() not in lex.ORG_WORDS
        and w.casefold() not in lex.TITLE_WORDS
        and normalize_place(w) is None
    }
    genders: dict[str, str] = {}
    quoted = _quoted_regions(text)
    surnames: set[str] = set()  # of the people named in full so far: "Waldman" alone is Katie Waldman again
    datelines = [(d.start(), d.end()) for d in _DATELINE.finditer(text)]
    for m in lex.PERSON.finditer(text):
        if any(start <= m.start() < end for start, end in datelines):
            continue  # "SAN ANTONIO —", "THE WHITE HOUSE —", "NEW YORK (Reuters) -": where the story was filed
        raw = _clean_name_tokens(m.group().split())
        while raw and (raw[0] in lex.NOT_NAMES or raw[0].isupper() and raw[0].capitalize() in lex.NOT_NAMES):
            raw.pop(0)  # "An ICE official", "The Homeland Security official", a dateline's "THE WHITE HOUSE —"
        if raw[:1] == ["By"] and not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip("*_ "):
            continue  # a byline ("By Jill Ortega, World-Herald staff writer"): the writer, never a speaker
        raw_words = [lex.POSSESSIVE.sub("", t).casefold() for t in raw]
        start, object_ok, cut_words = m.start(), False, []
        cut = person_tail(raw_words)
        if cut is None and _OFFICE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            cut = _name_after_body(raw_words, 1)  # "Secretary of [Homeland Security] Kirstjen Nielsen"
        if (
            cut is None
            and len(raw) > 2
            and lex.PLACE_ABBREVIATION_BEFORE.search(text, max(0, m.start() - 4), m.start())
        ):
            cut = 1  # "Chief of Police of St. [Cloud] Arnold Weiss": the place's name, then hers
        if cut is None and len(raw) > 2 and raw_words[0] in lex.OFFICE_CLOSING_WORDS:
            cut = 1  # "Special Agent in [Charge] Ana Lee": the office's last word, then her name
        if cut is None and len(raw) > 2 and (of := _PLACE_OF_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            office = of.group("office").casefold()
            if office in lex.TITLE_WORDS | lex.PLACE_WORDS and normalize_place(raw_words[0]) is not None:
                cut = _name_after_body(raw_words, 1)  # "District of [Georgia] Theo Rankin": the place is the office's
        if cut is not None:
            # "Miami-Dade County Commissioner Sally Heyman": a place or body before a title names no one
            start += len(" ".join(raw[:cut])) + 1
            cut_words, raw, raw_words, object_ok = raw[:cut], raw[cut:], raw_words[cut:], True
        if not raw or any(
            (w in lex.PLACE_WORDS and not _place_word_surname(raw_words, i)) or w in lex.THING_WORDS
            for i, w in enumerate(raw_words)
        ):
            continue
        if any(w in lex.DEMONYMS for w in raw_words) and not any(w in lex.ORG_WORDS for w in raw_words):
            continue
        known = any(w in lex.GIVEN_NAMES or w in lex.TITLE_WORDS for w in raw_words[:-1])
        if len(raw) >= 4 and not known:
            continue  # "Criminal Illegal Immigrant Deportations Ramp Up": a headline, not a name
        line_start = text.rfind("\n", 0, start) + 1
        if (
            not known
            and (
                text.startswith("#", line_start)
                or _LABEL_LINE.match(text, line_start, start)
                and text.startswith(":", m.end())
            )
            and len(re.findall(rf"\b{re.escape(raw[-1])}\b", text)) < 2
            and not profiled_heading(text, line_start)
        ):
            continue  # "## Witness Account", "**Personal Connection:**": a heading or label, unless a name recurs
        if any(w in lex.ORG_WORDS for w in raw_words) or re.fullmatch(r"[A-Z]{3,5}", raw[-1]) and len(raw) <= 2:
            # a body word, or an acronym alone or after a place ("ICE", "Texas DPS")
            org = canonical_org(lex.POSSESSIVE.sub("", " ".join(raw)))
            organisations.append(Mention(m.start(), org, False, True))
            continue
        tokens = list(raw)
        title: list[str] = []
        while tokens and (tokens[0].casefold() in lex.TITLE_WORDS or tokens[0].endswith(".") and len(tokens[0]) > 2):
            title.append(tokens.pop(0).casefold())
        if len(tokens) > 2 and tokens[0].casefold() in lex.NAME_DESCRIPTIONS:
            title.append(tokens.pop(0).casefold())  # "Witness Abdi Hassan said": a description, then the name
        if not tokens or (
            len(tokens) == 1
            and all(t in lex.BODY_WORDS for t in title)  # "ICE Conduct": an agency is no title of a person
            and tokens[0] not in lone_names
            and not _surname_subject(tokens[0], text, m.end(), surnames)
        ):
            continue
        if (
            _CREDIT_BEFORE.search(text, max(0, start - 70), start)
            or text.startswith("/", m.end())
            or text.startswith("/", start - 1)
        ):
            continue  # "(Photo: Nick Oza, The Arizona Republic)", "Henry Gass/The Monitor", "REUTERS/Kevin Lamarque"
        name = " ".join(lex.POSSESSIVE.sub("", t) for t in tokens)
        if len(tokens) > 1 and normalize_place(name) is not None:
            continue
        before = text[max(0, start - 12) : start]
        after = text[m.end() : m.end() + 2]
        subject_like = (
            (object_ok or not lex.OBJECT_BEFORE.search(before))
            and not _inside(quoted, start)
            and not after.startswith(("'s", "’s", "’ ", "' "))
            and not lex.POSSESSIVE.search(m.group())
        )
        cues = title + _cue_words(text[max(0, start - 30) : start])
        # a bare surname is of the gender its full name told ("Diane Kessler" ... "he said. Kessler told him"),
        # before any cue word in front of it
        known = genders.get(tokens[-1]) if len(tokens) == 1 and not title else None
        gender = known or gender_of(tokens, cues) or genders.get(tokens[-1])
        if gender:
            genders.setdefault(tokens[-1], gender)
        context, described, appositive = _introduction(text, m.start(), m.end(), title)
        written_title = " ".join(raw[: len(title)])
        written = " ".join(cut_words + raw[: len(title)])
        written_at = m.start()
        if (cut_words or title) and (head := body_head_start(text, m.start(), cut_words or title)) < m.start():
            written = f"{text[head : m.start()]}{written}"  # "Customs and Border Protection Commissioner"
            written_at = head
        # the office's closing word opens what is written, cut from the name or read back through "of" before it
        # ("Special Agent in [Charge] Ana Lee", "Special Agent in [Charge of HSI Tampa] Ana Lee")
        if (
            written.split()[:1]
            and written.split()[0].casefold() in lex.OFFICE_CLOSING_WORDS
            and (office := _OFFICE_IN_BEFORE.search(text, max(0, written_at - 80), written_at))
        ):
            office_words = office.group().split()
            while office_words and office_words[0] in lex.NOT_NAMES:
                office_words.pop(0)  # "The HSI Special Agent in Charge": the sentence's article is no title
            written = f"{' '.join(office_words)} {written}"  # "HSI Denver Special Agent in Charge"
        if written and (abbr := lex.PLACE_ABBREVIATION_BEFORE.search(text, max(0, written_at - 4), written_at)):
            written = f"{abbr.group()}{written}"  # "St. Paul Field Office Director": the place's abbreviation too
            if (head := body_head_start(text, abbr.start(), written.split())) < abbr.start():
                written = f"{text[head : abbr.start()]}{written}"  # "Chief of Police of St. Cloud": the office too
        role = _written_role(text, start, m.end(), written)
        if not role and (profile := profiled_heading(text, line_start)):
            role = profile  # "### Ana Lee" over "A nurse at a nearby clinic who ran outside."
        if not role:  # "Sens. John McCain, R-Ariz., and Tom Coburn": each is a senator
            shared = _SHARED_TITLE.search(text, max(0, start - 80, (found[-1].at if found else start) - 16), start)
            role = _SINGULAR_TITLES[shared.group("title")] if shared is not None else ""
        found.append(
            Mention(start, name, subject_like, False, gender, context, written_title, described, appositive, role=role)
        )
        if len(tokens) > 1:
            surnames.add(fold(surname_of(name)))
    for m in (*_UNNAMED_SUBJECT.finditer(text), *_UNNAMED_AFTER_OPENING.finditer(text)):
        noun = m.group("noun")
        gender = "m" if noun in lex.MALE_CUES or noun in ("boy", "youth") else "f" if noun in lex.FEMALE_CUES else None
        organisations.append(Mention(m.start("np"), m.group("np"), True, True, gender, anonymous=True))
    for m in _BODY_VOICE_SUBJECT.finditer(text):
        noun, body = m.group("noun") or m.group("noun2"), m.group("body") or m.group("body2")
        gender = "m" if noun.endswith("man") and not noun.endswith("woman") else "f" if noun.endswith("woman") else None
        if body and (body.isupper() or find_agencies(body) or any(w.casefold() in lex.ORG_WORDS for w in body.split())):
            voice = canonical_org(body)
            organisations.append(Mention(m.start(), voice, True, True, gender, anonymous=True, voice_of=voice))
        else:  # "A spokesman said", "A Honduran spokeswoman": no body named, so a pronoun after it points to nobody
            organisations.append(Mention(m.start(), m.group(), True, True, gender, anonymous=True))
    return People(sorted(found + organisations), text)


def _place_word_surname(words: list[str], at: int) -> bool:
    """Whether the place word at `words[at]` is a surname: the last word of a name of two or three words that opens
    with a given name, titles aside ("Dr. Helen Park", "Maria T. Lake"), when the given name is no place itself
    ("Virginia Beach", "Jordan Lake" name places)."""
    names = [w for w in words if w not in lex.TITLE_WORDS]
    return (
        at == len(words) - 1
        and words[at] in lex.SURNAME_PLACE_WORDS
        and 2 <= len(names) <= 3
        and names[0] in lex.GIVEN_NAMES
        and normalize_place(names[0]) is None
    )


#: A plural title written once for a list of people, and the title it gives each of them.
_SINGULAR_TITLES = {
    "Sens.": "Sen.",
    "Senators": "Senator",
    "Reps.": "Rep.",
    "Representatives": "Representative",
    "Govs.": "Gov.",
    "Governors": "Governor",
    "Ald.": "Ald.",
    "Aldermen": "Alderman",
}
#: A plural title right before a name, or before the name ahead of it in a list: "Sens. ", "Sens. John McCain,
#: R-Ariz., and ", "Senators Tom Coburn (R-OK) and ".
_SHARED_TITLE = re.compile(
    rf"(?<![\w.])(?P<title>{'|'.join(re.escape(t) for t in _SINGULAR_TITLES)})[ ]"
    r"(?:(?:[A-Z][\w.’'-]*[ ]?){1,4}(?:,?[ ]?\(?[RDI]-[A-Z][A-Za-z. ]{0,12}\)?,?)?(?:,[ ]|[ ](?:and|&)[ ]))?$"
)
#: Lower-case words before a name that describe the person ("press secretary", "immigration attorney"), after
#: a few capitalised ones ("White House", "Bureau of Prisons") and a few more lower-case ones ("former acting"):
#: the last must be a title or a role noun.
_ROLE_BEFORE = re.compile(
    r"(?:(?<=[ (\n])|^)(?P<role>(?:[a-z][\w-]*[ ]){0,3}(?:[A-Z][\w.’'&-]*[ ](?:(?:of|and|for|the)[ ](?=[A-Z]))?){0,5}"
    r"(?:(?!(?:of|the|a|an|and|or|for|to|in|at|by|with|from|on)\b)[a-z][\w-]*[ ]){1,3})$"
)
#: The appositive right after a name, up to the comma, sentence end or clause that closes it: ", a professor of
#: law at the University of Michigan," (a dot after a lone capital, "U.S.", or a place's abbreviation, "St. Paul",
#: does not close it).
_ROLE_AFTER = re.compile(
    rf",[ ](?P<role>(?:[^,;:“”\"\n()]|(?<=\b[A-Z])\.|{lex.PLACE_ABBREVIATION_STOP}"
    r"|[(][A-Z][A-Za-z]{1,5}[)]){3,140}?)"
    rf"(?=,|[.;:]?(?:\n|$)|(?<!\b[A-Z])(?!{lex.PLACE_ABBREVIATION_STOP})[.;:][ ]|[ ](?:who|which|said|says|told)\b)"
)
#: An organisation named right after a name as the person's affiliation: "Ana Lee of the Texas Civil Rights
#: Project", "Tom Banks from the Valley Immigrant Network", "Ann Lee at the University of Texas".
_AFFILIATION = re.compile(
    r"[ ](?:of|from|at|with)[ ]"
    r"(?P<org>(?:the[ ])?[A-Z][\w.’'&-]*(?:[ ](?:(?:of|for|and|at|on|the|&)[ ])*[A-Z][\w.’'&-]*)*)"
)
#: A description in parentheses right after a name: "Heather Mains (Wife)", "Ann Lee (Saly’s sister-in-law)".
_ROLE_ASIDE = re.compile(r"[ ]\((?P<role>[^()\n]{2,60})\)")
#: What someone is to another person ("his wife", "Saly's sister-in-law"): a role the story gives a private person.
_KIN = lex.wordset(
    """wife husband mother father son daughter sister brother cousin niece nephew aunt uncle grandmother
    grandfather grandson granddaughter partner fiancé fiancée friend neighbor neighbour girlfriend boyfriend
    stepfather stepmother"""
)


def _is_position(words: str) -> bool:
    """Whether a parenthesised aside names what a person is (its last word a title, a role noun or a kin
    word, or an article opening a description: "(a steward with the food workers union)"), not how or where
    they spoke ("through interpreter", "R-Ky.", "33rd")."""
    split = words.split()
    first, last = split[0].casefold(), split[-1].casefold().split("-")[0]
    if first in _NOT_ROLE_START or first in ("through", "via") or not last.isalpha():
        return False
    if first in ("a", "an", "the") and len(split) > 2 and _names_position(split[1]):
        return True
    return _names_position(last)


def _names_position(word: str) -> bool:
    """Whether one word says what a person is: a title, a role noun ("interpreter", "nurse") or a kin word; a
    thing ending like a role noun ("statement", "document") is none."""
    word = word.casefold()
    if word.endswith("ment"):
        return False
    return word in _KIN or word in lex.TITLE_WORDS or _ROLE_NOUN.search(word) is not None


#: Words that open a clause, not a description, after "Name, ".
_CLAUSE_START = lex.wordset(
    "there here she he they it we i you this these those ahead not no just only still even de y un una"
)
#: A description opening the clause with the name as its appositive: "The group’s founder and chairman, Ralph
#: Reed, wrote", "..., the lead attorney, Howard Cooper, told".
_ROLE_OPENING = re.compile(r"(?P<role>(?:[Tt]he|[Aa]n?|[A-Z][\w.’'-]*[’']s)[ ][^,;:“”\"\n()]{2,90}),[ ]")
#: A description ending in what a person is, set before the name by a comma or "named", anywhere in the clause:
#: "his sister, Marta Quispe, said", "hired a lawyer, Ana Lee.", "Lawyers for the nurse, Ana Lee, said", "a local
#: doctor named Ana Lee". Its words between the determiner and the head are no determiner ("The man hired a
#: lawyer, " is "a lawyer").
_DESCRIPTION_BEFORE = re.compile(
    r"(?:^|(?<=[ (]))(?P<role>(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Tt]he|[Aa]n?)[ ]"
    r"(?:(?!(?:a|an|the|his|her|their|its|our|my)[ ])[a-z][\w’'-]*[ ]){0,3}?(?P<head>[a-z][\w’'-]*))"
    r"(?P<named>,[ ]|[ ]named[ ])$"
)
#: Prepositions of place or time before a description make it a scene, not what the person is ("At the border, Ana
#: Lee, 52, said"); "for", "to", "with" introduce a person ("Lawyers for the nurse, Ana Lee,").
_SCENE_PREPOSITIONS = lex.wordset(
    """in In at At on On along Along after After before Before during During near Near across Across outside Outside
    inside Inside under Under over Over through Through since Since until Until around Around within Within"""
)
#: A name closed by the end of its sentence or by a comma that opens no description of its own ("Ana Lee, said",
#: "Ana Lee, 41,"; not "Ana Lee, a retired teacher,", whose appositive is her role).
_CLOSES_DESCRIBED_NAME = re.compile(r"\.|$|,[ ](?!(?:an?|the|who)[ ])")
#: What a person is, told in the sentence their name opens: "Okafor is a court interpreter who ...", "Ana Lee is
#: the principal of Westfield Elementary, where ...", "Asante directs the Harlow Workers Center." (present tense:
#: "was a teenager when" tells a past, not a position).
_ROLE_STATED = re.compile(
    rf"[ ](?:is[ ](?P<desc>(?:an?|the)[ ](?:[^,;:.“”\"\n()]|{lex.PLACE_ABBREVIATION_STOP}){{2,80}}?)"
    rf"|(?P<runs>(?:directs|runs|heads|leads|chairs|manages|oversees|owns)[ ]"
    rf"(?:[^,;:.“”\"\n()]|{lex.PLACE_ABBREVIATION_STOP}){{2,80}}?))"
    rf"(?=[,;:]|(?<!\b(?:{'|'.join(lex.PLACE_ABBREVIATIONS)}))\.|[ ](?:who|which|where|that|since|when|and|but)\b)"
)


def _stated_role(text: str, end: int) -> str:
    """The role told by the sentence a name opens (`_ROLE_STATED`), when its head names a position."""
    stated = _ROLE_STATED.match(text, end)
    if stated is None:
        return ""
    if stated.group("runs"):
        return stated.group("runs")
    words = stated.group("desc").split()
    head = next((i for i, w in enumerate(words) if w in ("of", "at", "with", "for", "in", "on")), len(words))
    return stated.group("desc") if head > 1 and _names_position(words[head - 1]) else ""


#: Words an appositive or description starts or ends with that make it no role ("Ana Lee, who", "after Ana Lee").
_NOT_ROLE_START = lex.wordset(
    """who which whose that and but or nor said says told according in on at as after when while if because
    though although for with from to by also then now however too jr sr speaking testifying adding saying under
    over never ever other whether either neither rather later earlier together per is was are were has had have
    did does do will would can could may might should must wrote added asked first"""
)


def _joins_body(words: list[str], i: int) -> bool:
    """Whether words[i] joins the capitalised words of one body's name ("Immigration and Customs Enforcement",
    "Department of Homeland Security"), not a clause to a description."""
    return (
        words[i] in ("and", "of", "for")
        and 0 < i < len(words) - 1
        and words[i - 1][:1].isupper()
        and words[i + 1][:1].isupper()
    )


#: The body a title is held in, named after "of" right after the name and closing the clause: "Special Agent in
#: Charge Ana Lee[ of HSI El Paso] said", "Sheriff Ana Lee[ of Rowan County] announced".
_HELD_WORD = rf"(?:(?:{'|'.join(lex.PLACE_ABBREVIATIONS)})\.|[A-Z][\w’'&-]*)"  # "St. Paul" read whole
_HELD_IN = re.compile(
    rf"[ ]of[ ](?P<org>(?:the[ ])?{_HELD_WORD}(?:[ ](?:(?:of|for|and|the|&)[ ])*{_HELD_WORD})*)"
    r"(?=[,.;:]|[ ][a-z])"  # the clause goes on with its verb or ends
)


def _title_of_body(text: str, end: int, title: str) -> str:
    """A title written before a name with the body it is held in, named after the name ("said Special Agent in
    Charge Ana Lee of HSI El Paso": "Special Agent in Charge of HSI El Paso"): the title alone does not say whose
    it is. An abbreviated title is kept as written ("Sen. Ana Lee of Texas": "of" names her state)."""
    held = _HELD_IN.match(text, end)
    if held is None or any(w.endswith(".") for w in title.split()):
        return title
    return f"{title} of {held.group('org')}"


def _written_role(text: str, start: int, end: int, title: str) -> str:
    """The role written with a name at text[start:end]: the title and body before it ("ICE spokesman Tom
    Banks"), else a description the name is the appositive of ("The lead attorney, Tom Banks, said"), else the
    appositive after it ("Kristi Noem, the homeland security secretary, said"); empty when none names a
    position (an age, "who said", a place)."""
    lead = re.split(r"(?<![A-Z])[.!?:;]\s|[”\"],?\s|\n", text[max(0, start - 100) : start])[-1]  # this clause only
    before = _ROLE_BEFORE.search(lead)
    if before is not None:
        words = before.group("role").split()
        while words and (words[0].casefold() in _NOT_ROLE_START or words[0] in lex.NOT_NAMES):
            words.pop(0)
        glue = [
            i
            for i, w in enumerate(words)
            if (w in _NOT_ROLE_START and not _joins_body(words, i)) or re.fullmatch(r"[a-z]+(?<!act)ing", w)
        ]
        words = words[glue[-1] + 1 :] if glue else words  # "lashing out at rival candidate": the role is the last
        last = words[-1] if words else ""
        if last in lex.TITLE_WORDS or _ROLE_NOUN.search(last) and last not in _NOT_ROLE_START:
            return " ".join([*words, title]).strip()
    if title and title.split()[-1] not in _NOT_ROLE_WORDS:  # "Dr. Ada Rivera, medical director of ...,"
        return _title_of_body(text, end, title)
    if (opening := _ROLE_OPENING.fullmatch(lead)) is not None and text.startswith(",", end):
        return opening.group("role")
    described = _DESCRIPTION_BEFORE.search(lead)
    if (
        described is not None
        and _names_position(described.group("head"))
        and described.group("head") not in _NOT_ROLE_START
        and lead[: described.start()].split()[-1:] not in [[w] for w in _SCENE_PREPOSITIONS]
        and (described.group("named") != ", " or _CLOSES_DESCRIBED_NAME.match(text, end))
    ):
        return described.group("role")
    affiliation = _AFFILIATION.match(text, end)
    if affiliation is not None:
        org = affiliation.group("org").removesuffix(".")  # the sentence's end, not the name's
        org_words = [lex.POSSESSIVE.sub("", w).casefold() for w in org.split()]
        if any(w in lex.ORG_WORDS for w in org_words) and normalize_place(org.removeprefix("the ")) is None:
            return org  # a body, not a place: "Liz Sullivan of Pleasanton" has no role
    if (aside := _ROLE_ASIDE.match(text, end)) is not None and _is_position(aside.group("role")):
        return aside.group("role")  # "### Heather Mains (Wife)", "Ann Lee (Saly’s sister-in-law)"
    # an age set off by commas is no role, the appositive after it is: "Ana Ruiz, 41, a nurse, was there"
    aged = _AGE_SET_OFF.match(text, end)
    after = _ROLE_AFTER.match(text, aged.end() if aged else end)
    if after is None:
        return _stated_role(text, end)
    words = after.group("role").split()
    if aged and words[0] in ("of", "from"):
        return ""  # "Ana Ruiz, 41, of Phoenix,": where she lives
    if words[0] == "who":
        return clean_role(" ".join(words)) or ""  # "Ana Lee, who runs the clinic,"; "who was fired" is none
    if words[0] in ("a", "an", "the") and len(words) > 1:
        return " ".join(words)  # "a Syrian dentist", "a 23-year-old resident": an article opens a description
    first = words[0]
    last = words[-1]
    if (
        first[:1].isupper()
        and first.casefold().strip(".") not in lex.TITLE_WORDS
        and first[-2:] not in ("’s", "'s")
        and not (last.islower() and (last in lex.TITLE_WORDS or _ROLE_NOUN.search(last)))
    ):
        return ""  # "Ana Lee, Texas," names a place; "Tom Homan, ICE’s acting director," a role, and so is
        # "Kevin Nolan, GE Appliances’ chief executive,"
    if not first[:1].isalpha() or first in _NOT_ROLE_START or re.search(r"(?<!act)ing$|ed$", first):
        return ""
    if first in _CLAUSE_START or first.endswith("ly") and first != "formerly":
        return ""  # "Alonso, there is no difference", "Ana Lee, primarily known for": a clause, no position
    return " ".join(words)


#: A markdown heading that is a name alone, over a paragraph opening with what the person is: "### Ana Lee" then "A
#: nurse at a nearby clinic who ran outside." (a witness's section in a tracker entry).
_NAME_HEADING = re.compile(r"#{2,4}[ ]+(?:[A-Z][\w’'.-]*[ ]){1,3}[A-Z][\w’'-]*[ \t]*\n+")
_PROFILE_LINE = re.compile(
    r"(?P<role>(?:An?|The)[ ](?:[a-z][\w’'-]*[ ]){0,2}?(?P<head>[a-z][\w’'-]*)"
    r"(?:[ ](?:at|with|of|for|in)[ ][^,.;:\n]{2,60}?)?)(?=[ ]who\b|[,.;:\n]|$)"
)


def profiled_heading(text: str, line_start: int) -> str:
    """The description opening the paragraph under a heading that is a name alone (`_NAME_HEADING`), when its head
    names a position ("A nurse at a nearby clinic"); empty otherwise ("## Witness Accounts" over a list)."""
    heading = _NAME_HEADING.match(text, line_start)
    if heading is None:
        return ""
    profile = _PROFILE_LINE.match(text, heading.end())
    return profile.group("role") if profile is not None and _names_position(profile.group("head")) else ""


#: Where a sentence or a paragraph ends: an end mark (a closing quotation mark may follow it) before a space, or a
#: line break (an extracted page has no blank line between its paragraphs).
SENTENCE_BREAK = re.compile(r"[.!?][”\"’]?\s|\n")


def _introduction(text: str, start: int, end: int, title: list[str]) -> tuple[str, str, bool]:
    """How the sentence introduces the person named at text[start:end]: its words around the name (`context`,
    "(R-Ky.)" read as "Republican Kentucky"), the few words right before it with the rest of the sentence
    (`described`), and whether the name is an appositive subject (see `Mention.appositive`)."""
    lead = SENTENCE_BREAK.split(text[max(0, start - 60) : start])[-1]
    tail = SENTENCE_BREAK.split(text[end : end + 100])[0]
    context = f"{lead} {' '.join(title)} {tail} {_party_and_state(tail)}".casefold()
    described = f"{' '.join(lead.split()[-3:])} {' '.join(title)} {tail}".casefold()
    appositive = (
        _OPENING_DESCRIPTION.fullmatch(lead) is not None
        and tail.startswith(",")
        or _INVERTED_REPORT.search(lead) is not None
    )
    return context, described, appositive


class People(list[Mention]):
    """The mentions of a text in order, and its agency mentions, found only when an attribution needs them
    ("the agency said", "the statement said", "it added"): finding them costs more than all the rest."""

    def __init__(self, mentions: list[Mention], text: str) -> None:
        super().__init__(mentions)
        self.text = text
        self._agencies: list[Mention] | None = None

    def agencies(self) -> list[Mention]:
        """An agency however it is written ("US Customs and Border Protection", "the justice department"), as
        written when it is capitalised."""
        if self._agencies is None:
            self._agencies = []
            for canonical, start, end in find_agencies(self.text):
                written = self.text[start:end].removeprefix("the ").removeprefix("The ")
                name = canonical_org(written) if written[:1].isupper() else canonical
                self._agencies.append(Mention(start, name, False, True, agency=True))
        return self._agencies
