"""Attributed direct quotations: who said what, as a careful reader lists them (GUIDELINES.md, 'Quotes').

Quotations are found per paragraph (curly or straight marks), then attributed by ordered sieves, the most
explicit first (as in Muzny et al. 2017): the words right after the closing mark (`," said Matthew Albence,
an executive ...`), right before the opening one (`Albence said: "`), "according to", then the subject of a
verb earlier in the quotation's sentence (a partial quotation), then a reporting sentence earlier in its
paragraph, a line introducing a quotation paragraph or a list, the previous quotation's speaker for a
quotation paragraph that follows it, the speaker a previous paragraph reports, the person the enclosing
markdown section is about, and last the one person a paragraph right before profiles. Pronouns resolve to the
subject that opens the sentence of the nearest earlier person of a compatible gender, or to the person a nearer
title subject stands for ("The judge ruled ... he wrote"); "the court" to the one judge named; bare surnames and
descriptors ("the Kentucky Republican") to the person introduced so. A quotation without its own attribution
joins an attributed one earlier in the same paragraph (an interrupted quote is one quote); anonymous speakers
("officials said") and one- or two-word scare quotes are dropped, and so is a photo caption's quotation that only
repeats part of a longer one of the same speaker (`_without_excerpts`: a story that repeats a quotation quotes it
once). Each quote carries the measured precision of its sieve as its confidence.

The words and phrase shapes the sieves read (reporting verbs, names, titles, the attribution patterns, the word
lists) are in `quote_lexicon.py`, read here as `lex.NAME`; the people of the text (who is named where, with what
title, role and gender, and whom a bare surname or a pronoun points back to) come from `quote_people.py`, read
here as `who.NAME`; once attributed, `quote_speakers.py` names each speaker once (`canonical_speakers`) and keys
them across articles (`speaker_key`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from schemas.records import Quote
from tasks.analysis import quote_lexicon as lex
from tasks.analysis import quote_people as who
from tasks.analysis.agencies import find_agencies
from tasks.analysis.places import normalize_place
from tasks.analysis.quote_speakers import canonical_speakers, speaker_key


@dataclass
class _Span:
    """One quotation: its words, where they sit, and who said it if the text says so."""

    text: str
    start: int
    end: int
    paragraph: int
    speaker: str | None = None
    role: str | None = None
    sieve: str = ""
    #: the gender a pronoun attribution asked for ("m", "f", "" for either); None when no pronoun
    pronoun: str | None = None
    #: False for an opening mark with no close before the paragraph ends (the quotation runs on)
    closed: bool = True
    #: True for a quotation in single marks inside one in double marks
    nested: bool = False


def find_quotes(text: str) -> list[Quote]:
    """Attributed direct quotations in `text`, in order; an interrupted quotation counts once.

    Each carries the confidence of the sieve that attributed it, one canonical name per person (the
    first full mention: "Donald J. Trump" and "Trump" are one speaker), its `speaker_key` (stored with it, so
    the warehouse joins one person's quotes by it) and the role from the first mention that gives one."""
    found = attributed_quotes(text)
    return [
        replace(q, confidence=SIEVE_CONFIDENCE.get(sieve, _DEFAULT_CONFIDENCE), speaker_key=speaker_key(q.speaker))
        for q, sieve in found
    ]


#: How often each sieve's attribution is right (speaker and words as score.py matches them), measured on
#: the work part of the dev set with bench/quote_errors.py --calibrate (smoothed: (right + 1) / (n + 2)).
SIEVE_CONFIDENCE: dict[str, float] = {
    "after-verb": 0.94,  # 44 of 46: `," said Ann Lee, the mayor.`
    "before-verb": 0.93,  # 69 of 73: `Ann Lee said: "`
    "after-subject": 0.96,  # 113 of 117: `," Ann Lee said.`
    "lead": 0.98,  # 40 of 40: a quotation paragraph after "Ann Lee wrote:"
    "according": 0.83,  # 4 of 4: `according to Ann Lee`
    "after-subject+pronoun": 0.90,  # 52 of 57: `," she said.`
    "name-colon": 0.93,  # 12 of 12: `Ann Lee, an attorney: "`
    "after-described": 0.67,  # 1 of 1: `," the Illinois Democrat said.`
    "outlet": 0.75,  # 2 of 2: `, CNN reports.`
    "clause+pronoun": 0.64,  # 8 of 12
    "before-verb+pronoun": 0.86,  # 17 of 19
    "clause": 0.67,  # 25 of 37: a partial quotation later in the speaker's sentence
    # a partial quotation in a sentence whose subject is a person: 4 of 5, too few to stand alone, so pooled
    # with "clause", the same kind of guess (29 of 42)
    "sentence-subject": 0.68,
    "sentence-subject+pronoun": 0.50,  # 0 of 0
    # a quotation paragraph after an attributed one, split by whether anyone else was quoted before in the story
    "carry-over": 0.56,  # 4 of 7: someone else quoted before
    "carry-over-sole": 0.86,  # 5 of 5: every earlier quote is the carried speaker's
    "pronoun-last-speaker+pronoun": 0.80,  # 3 of 3
    # the person a markdown section is about: 3 of 3 now (2 of 4 before), too few to stand alone; at 0.75 the
    # confident quotes of the check part fell below precision 0.85, so it stays unconfident
    "section": 0.50,
    "before-described": 0.75,  # 2 of 2
    "multi-paragraph": 0.50,  # 0 of 0 (none left on the work part)
    "name-colon+pronoun": 0.33,  # 0 of 1
    "paragraph+pronoun": 0.67,  # 3 of 4: `It does not matter, she said. “...”`
    "paragraph": 0.33,  # 0 of 1: a quotation after a reporting sentence of its paragraph
    # a quotation paragraph after "Ann Lee said the ruling was wrong.": 2 of 2, kept unconfident with so few
    "previous-paragraph": 0.50,
    # the last resort: a quotation paragraph after a paragraph about one person who opens it (0 of 0 on the
    # work part; tried before the section sieve it took two check quotes from right speakers), kept unconfident
    "profiled": 0.50,
    "that-is-what": 0.67,  # 1 of 1: "“...”" then "That is what Ann Lee told the Chronicle."
    "same-sentence": 0.67,  # 1 of 1: `were “heartbreaking” and “part of a broken system”`
    "credit-line": 0.88,  # 6 of 6 (one roundup): an excerpt above "Jane Doe, Dallas News"
    "court": 0.67,  # 1 of 1: "The court found that “...”" after the one judge the story names
}
#: The confidence from which the analyst views show a quote by default.
CONFIDENT_QUOTE = 0.7
_DEFAULT_CONFIDENCE = 0.5


def attributed_quotes(text: str) -> list[tuple[Quote, str]]:
    """The quotations of `find_quotes`, each with the name of the sieve that attributed it."""
    text, offsets = _plain(_unwrapped(_QUOTED_LINK.sub(_blank_marks, text)))
    text = _without_link_debris(text)
    people = who.find_people(text)
    quotes: list[Quote] = []
    sieves: list[str] = []
    paragraphs = who.paragraphs(text)
    quote_only = [_is_quote_only(paragraph) for _, paragraph in paragraphs]
    #: a line of a list ("- He “refused ...”"): like a quotation paragraph, its speaker may be in the line
    #: that introduces the list ("DHS claimed:")
    listed = [only or _LIST_ITEM.match(p) is not None for only, (_, p) in zip(quote_only, paragraphs, strict=True)]
    headings = [(start, len(p) - len(p.lstrip("#")), p) for start, p in paragraphs if p.startswith("##")]
    credits = _credited_runs(paragraphs)
    running: _Span | None = None  # a quotation left open at the end of the previous paragraph
    nobody_end = -1  # where the last quotation of an anonymous person ends (its paragraph's rest is theirs too)
    for para_no, (p_start, paragraph) in enumerate(paragraphs):
        attributed_here = False
        spans = _quotations(paragraph, p_start, para_no)
        for span in spans:
            if (credit := credits.get(para_no)) is not None and span.start == credit[2]:
                span.speaker, span.role, span.sieve = credit[0], credit[1], "credit-line"
            else:
                _attribute(text, span, people)
            if span.nested and not span.sieve.startswith("after"):
                continue  # `“When he says ‘the worst of the worst,’ he means us”`: the outer speaker's words,
                # unless its own attribution follows it inside (`“... ‘No one is willing,’ Ann Lee told me.”`)
            if credit is not None and not span.sieve.startswith(("credit", "after")):
                continue  # the rest of a credited excerpt is one quote with its opening words, unless it names
                # another speaker of its own (`‘...,’ Cecilia Muñoz told me`)
            if (
                running is not None
                and running.speaker is None
                and span is spans[0]
                and span.speaker not in (None, _NOBODY)
                and not (quotes and quotes[-1].end >= running.end)  # not already the tail of an attributed quote
            ):
                # a multi-paragraph quotation: its opening paragraph is attributed where the attribution comes
                _attribute_running(running, span, text, people)
                if running.speaker is not None and len(running.text.split()) > 2:
                    quotes.append(
                        Quote(running.speaker, running.role, _first_sentence(running.text), running.start, running.end)
                    )
                    sieves.append(running.sieve)
            if (
                running is not None
                and span is spans[0]
                and span.speaker is None
                and quotes
                and quotes[-1].end >= running.end
                and _opens_paragraph(text, span)
            ):
                # the next paragraph of a quotation left open: the same quote, however long it runs
                attributed_here = True
            if span.pronoun is not None and quotes:
                _prefer_last_speaker(span, quotes[-1], people)
            if (
                attributed_here
                and span.speaker is not None
                and sieves[-1].startswith("after")
                and who.fold(span.speaker.split()[-1]) == who.fold(quotes[-1].speaker.split()[-1])
                and not _other_given_name(span.speaker, quotes[-1].speaker)
                and _same_sentence(text, quotes[-1], span)
            ):
                span.speaker = None  # `"A," Lee said, "B."`: a quotation interrupted by its attribution is one
            if span.speaker is None and attributed_here and _fragment_after(text, quotes[-1], span):
                # `were “heartbreaking” and “part of a broken system”`: a second partial quotation of the sentence
                span.speaker, span.role, span.sieve = quotes[-1].speaker, quotes[-1].role, "same-sentence"
            if span.speaker is None and nobody_end >= p_start and not attributed_here:
                nobody_end = span.end  # `“A,” the official said. “B.”`: B is the anonymous person's too
                continue
            if span.speaker is None and attributed_here:
                last = quotes[-1]
                quotes[-1] = Quote(last.speaker, last.role, last.text, last.start, span.end)
                continue
            if span.speaker is None and not quote_only[para_no]:
                _attribute_to_paragraph(span, text, people)
            if span.speaker is None and listed[para_no]:
                _attribute_to_lead(span, paragraphs, listed, people, list_item=not quote_only[para_no])
                span.sieve = "lead"
            if (
                span.speaker is None
                and quote_only[para_no]
                and quotes
                and quotes[-1].end >= p_start - 400
                and quotes[-1].end > nobody_end
                and not _someone_else_since(people, quotes[-1], p_start)
                and not _other_gender(span, quotes[-1], people)
            ):
                # a quotation paragraph right after an attributed one continues the same speaker
                span.speaker, span.role, span.sieve = quotes[-1].speaker, quotes[-1].role, "carry-over"
                if _sole_speaker(quotes, span.speaker):
                    span.sieve = "carry-over-sole"  # no one else quoted yet: no other speaker it could be
            if span.speaker is None and quote_only[para_no] and para_no and not quote_only[para_no - 1]:
                _attribute_to_previous(span, paragraphs[para_no - 1], people)
            if (
                span.speaker is None
                and quote_only[para_no]
                and para_no + 1 < len(paragraphs)
                and (
                    m := _THAT_IS_WHAT.match(paragraphs[para_no + 1][1]) or _WORDS_OF.match(paragraphs[para_no + 1][1])
                )
            ):
                # "“It is a permit.”" then "That is what Ann Lee, 26, told the Chronicle": the next line names her
                _resolve(span, m.group("subj"), None, people, span.start)
                span.sieve = "that-is-what"
            if span.speaker is None and headings:
                span.speaker, span.sieve = _section_speaker(headings, span.start, people, text), "section"
            if (
                span.speaker is None
                and quote_only[para_no]
                and para_no
                and not quote_only[para_no - 1]
                and not (quotes and quotes[-1].end >= p_start - 400)  # after a quote, whose it is stays open
            ):
                following = paragraphs[para_no + 1][1] if para_no + 1 < len(paragraphs) else ""
                _attribute_to_profiled(span, paragraphs[para_no - 1], people, following)
            if span.speaker == _NOBODY:
                nobody_end = span.end
                continue
            if span.speaker is not None:
                span.speaker = _tidy_speaker(span.speaker, text, span.start, people)
            if (
                span.speaker is None
                or (len(span.text.split()) <= 2 and not _whole_sentence_attributed(text, span))
                or _is_title(span.text)
                or _is_label(text, span)
                or _WRITTEN_ON.search(text, max(0, span.start - 20), span.start)
            ):
                continue
            attributed_here = True
            quotes.append(Quote(span.speaker, span.role, _first_sentence(span.text), span.start, span.end))
            sieves.append(span.sieve + ("+pronoun" if span.pronoun is not None else ""))
        running = spans[-1] if spans and not spans[-1].closed else None
    quotes = canonical_speakers(quotes, people)
    quotes, sieves = _without_excerpts(quotes, sieves, text)
    if offsets:
        at = offsets.__getitem__
        quotes = [replace(q, start=at(q.start), end=at(q.end - 1) + 1) for q in quotes]
    # a story that repeats a quotation (its lede quoted again at the end) quotes it once
    seen: set[tuple[str, str]] = set()
    found = []
    for quote, sieve in zip(quotes, sieves, strict=True):
        if (key := (speaker_key(quote.speaker), quote.text.rstrip(" .,!?…"))) not in seen:  # a headline's, unstopped
            seen.add(key)
            found.append((quote, sieve))
    return found


def _sole_speaker(quotes: list[Quote], speaker: str) -> bool:
    """Whether every quotation attributed so far is `speaker`'s (by surname, as "Ann Lee" and "Lee" are one
    person): a carried or pronoun-resolved speaker with no other quoted person the words could belong to."""
    surname = who.fold(speaker.split()[-1])
    return all(who.fold(q.speaker.split()[-1]) == surname for q in quotes)


def _quoted_words(text: str, quote: Quote) -> str:
    """The words inside the quotation marks of a quote (its attribution left out), folded, one space apart."""
    inside = " ".join(a or b for a, b in lex.QUOTE_PAIR.findall(text[quote.start : quote.end]))
    return " ".join(re.findall(r"\w+", inside.casefold()))


#: A photo credit, what makes a paragraph a caption: "Andrew Harnik/AP Photo", "(Photo: Nick Oza)", "Getty Images".
#: (quote_people's `_CREDIT_BEFORE` is another shape, a credit label right before a name: they differ, so apart.)
_PHOTO_CREDIT = re.compile(
    r"/(?:AP|AFP|Reuters|REUTERS|Getty)\b|\bAP[ ]Photo\b|\bGetty[ ]Images\b|\b(?:Photo|Photograph)(?:[ ]by|:)"
)


def _in_caption(text: str, quote: Quote) -> bool:
    """Whether the quote sits in a photo caption (its paragraph carries a photo credit)."""
    start, end = text.rfind("\n", 0, quote.start) + 1, text.find("\n", quote.end)
    return _PHOTO_CREDIT.search(text, start, end if end >= 0 else len(text)) is not None


def _without_excerpts(quotes: list[Quote], sieves: list[str], text: str) -> tuple[list[Quote], list[str]]:
    """The quotes less a photo caption's that only repeats part of a longer quotation of the same speaker in the
    story ("“Our agents did everything they could,” said ... | Andrew Harnik/AP Photo" over "“What I can tell
    you ... is that our agents did everything they could,” McAleenan said"): a story that repeats a quotation
    quotes it once. (A partial quotation in the running text that the story quotes in full later is a quote of
    its own, as the labels count it.)"""
    words = [_quoted_words(text, q) for q in quotes]
    keys = [speaker_key(q.speaker) for q in quotes]
    kept = [
        i
        for i, w in enumerate(words)
        if not _in_caption(text, quotes[i])
        or not any(
            j != i and keys[j] == keys[i] and len(o) > len(w) and f" {w} " in f" {o} " for j, o in enumerate(words)
        )
    ]
    return [quotes[i] for i in kept], [sieves[i] for i in kept]


#: Related-story links a page glues after a person's name ("Speaker Paul Ryan Paul Davis RyanDemocrats hit
#: Scalia ... Krystal Ball touts Sanders odds MORE (R-Wis.)"): from the glued headline to "MORE".
_LINK_DEBRIS = re.compile(
    rf"\b(?!{lex.SURNAME_PREFIX})[A-Z][a-z]+(?P<debris>[A-Z][a-z][\w’'-]*\b[^\n“”\"]{{0,400}}?\bMORE\b)"
)


#: A link whose whole text is in quotation marks (`["Target employee detained by ICE"](https://...)`): the title
#: of what it links to, not anyone's words.
_QUOTED_LINK = re.compile(r"\[[“\"][^\[\]“”\"\n]*[”\"]\]\(")


def _blank_marks(m: re.Match[str]) -> str:
    """The link with its quotation marks made spaces (same length, so offsets hold)."""
    return re.sub(r"[“”\"]", " ", m.group())


def _without_link_debris(text: str) -> str:
    """`text` with related-story debris blanked (same length, so offsets hold): the names in those headlines
    are nobody a pronoun of the story points back to."""
    if "MORE" not in text:
        return text
    return _LINK_DEBRIS.sub(lambda m: m.group()[: m.start("debris") - m.start()] + " " * len(m["debris"]), text)


_WRAPPED_BREAK = re.compile(r"[a-z,;]\n[a-z]")
_SOFT_BREAK = re.compile(r"(?<=\S)\n(?![\s#>|]|[-*•+]\s|\d+[.)]\s)")


def _unwrapped(text: str) -> str:
    """Hard-wrapped text (lines cut mid-sentence at a fixed width) with its soft line breaks made spaces.

    Offsets stay the same; paragraphs are then the blocks between blank lines, as in any other text.
    """
    if len(_WRAPPED_BREAK.findall(text, 0, 20000)) < 3:
        return text
    return _SOFT_BREAK.sub(" ", text)


#: Inline markup no reader hears: a link's target and brackets, emphasis marks.
_INLINE_MARKUP = re.compile(r"\]\([^)\s]*\)|\[(?=[^\[\]\n]*\]\()|(?<=\w)\*+|\*+(?=\w)")


def _plain(text: str) -> tuple[str, list[int]]:
    """`text` without inline markdown ("[writes in *The Post*](url)" -> "writes in The Post"), and the
    original offset of each kept character (empty when nothing was removed). Line breaks are kept."""
    if "](" not in text and "*" not in text:
        return text, []
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _INLINE_MARKUP.finditer(text):
        parts.append(text[pos : m.start()])
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    parts.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    offsets.append(len(text))
    return "".join(parts), offsets


_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s")


def _is_quote_only(paragraph: str) -> bool:
    """A paragraph that is one quotation and nothing else (a blockquote, a bullet, a continued quote,
    an opening mark whose quotation runs on into the next paragraph)."""
    body = re.sub(r"^[\s>*•\-–—_]+", "", paragraph).strip().rstrip("*_ ")
    if len(body) <= 2 or body[0] not in '“"':
        return False
    return body.rstrip(".,")[-1] in '”"' or (body[0] == "“" and not any(m in body[1:] for m in '”"'))


#: `Jane Doe, Dallas News` on a line of its own: the credit a roundup of opinion gives the excerpt above it.
_CREDIT_LINE = re.compile(
    rf"(?P<name>{lex.NAME_TOKEN}(?:[ ]{lex.NAME_TOKEN}){{1,3}}),[ ]"
    r"(?P<outlet>[A-Z][\w’'.&-]*(?:[ ][A-Z][\w’'.&-]*){0,5})"
)


def _credited_runs(paragraphs: list[tuple[int, str]]) -> dict[int, tuple[str, str, int]]:
    """The paragraphs of excerpts credited by a line below them ("“...”" then "Jane Doe, Dallas News"), each
    mapped to (name, outlet, where the excerpt's first quotation opens). Only a story with two such credit lines
    or more is read so (a roundup), so a closing byline ("Ann Lee, Associated Press") never takes a quote."""
    lines = [
        i
        for i, (_, p) in enumerate(paragraphs)
        if i and len(p) <= 80 and _CREDIT_LINE.fullmatch(p.strip()) and any(m in paragraphs[i - 1][1] for m in '“"')
    ]
    if len(lines) < 2:
        return {}
    credited: dict[int, tuple[str, str, int]] = {}
    for i in lines:
        m = _CREDIT_LINE.fullmatch(paragraphs[i][1].strip())
        first = i - 1
        while first - 1 >= 0 and first - 1 not in lines and any(m in paragraphs[first - 1][1] for m in '“"'):
            first -= 1  # the excerpt's earlier paragraphs, back to the last credit or a paragraph quoting nobody
        opening = _quotations(paragraphs[first][1], paragraphs[first][0], first)[0].start
        for k in range(first, i):
            credited[k] = (m.group("name"), m.group("outlet"), opening)
    return credited


def _someone_else_since(people: who.People, last: Quote, start: int) -> bool:
    """A person other than the last quote's speaker is the subject of a sentence between that quote and
    `start` ("Her neighbor, Tom Banks, has lived there for 30 years."): a quotation paragraph after it is no
    longer plainly the last speaker's."""
    surname = who.fold(who.surname_of(last.speaker))
    return any(
        last.end <= p.at < start
        and not p.organisation
        and p.subject_like
        and who.fold(who.surname_of(p.name)) != surname
        for p in people
    )


def _other_gender(span: _Span, last: Quote, people: who.People) -> bool:
    """The quotation's own pronoun names the other gender than the last quote's speaker ("“...,” she said." then
    "“...,” he said."): someone else speaks, even when the story named him only by a surname no sieve found."""
    if not span.pronoun:
        return False
    surname = who.fold(who.surname_of(last.speaker))
    genders = {
        p.gender for p in people if not p.organisation and p.gender and who.fold(who.surname_of(p.name)) == surname
    }
    return genders == {"f" if span.pronoun == "m" else "m"}


def _other_given_name(speaker: str, other: str) -> bool:
    """Two full names of one surname with different given names ("Graciela Mendez" and her daughter "Ana
    Mendez"): two people of one family, so the second quotation is no tail of the first one's."""
    a, b = speaker_key(speaker).split(), speaker_key(other).split()
    return len(a) > 1 and len(b) > 1 and a[0] != b[0]


def _same_sentence(text: str, last: Quote, span: _Span) -> bool:
    """The quotation goes on the sentence of the quote before it, its attribution in between
    (`"We were never told," Lee said, "and nobody called."`): no sentence ends between the two (the full stop of
    an abbreviation ends none: `," Gov. Ann Lee said, "and ..."`)."""
    between = text[last.end - 2 : span.start]  # with the closing mark: `...standards.” And he charged`
    return len(between) < 100 and not (re.search(r"[.!?][”\"’][ ]", between) or lex.SENTENCE_END.search(between))


def _fragment_after(text: str, last: Quote, span: _Span) -> bool:
    """The quotation is a second fragment quoted in the sentence of the last quote, joined to it by "and" alone
    ("were “...” and “...”"): another quote of the same speaker, not the rest of a quotation its attribution
    interrupted ("“...,” she said, “...”"). Wider joins ("or", "but", a few words more) added a false quote on the
    check part."""
    between = text[last.end : span.start]
    return text[last.end - 2 : last.end - 1] not in ",.!?" and between == " and "


#: Words written on a thing ("a shirt reading “Immigrants make America great”", "signs that read “...”"): a
#: slogan with no speaker (GUIDELINES: a quote has an identifiable speaker), whoever wears or carries it.
_WRITTEN_ON = re.compile(r"\b(?:reading|that[ ]reads?|which[ ]reads?)[:,]?[ ]$")
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|an?|his|her|their|its|our|this|these|those)[ ]$")
#: "dismissed the report as a “...”", "described him as a “...”", "called for a “...”", "called it a “...”": a
#: description or demand someone gave in their own words, a partial quotation (Muzny et al.'s sentence sieve), not
#: a label.
#: "called the president the “...”", "labelled him the “...”", "dubbed the program the “...”": a naming verb, its
#: object (up to four words), then "the": an epithet, a name for someone or something.
_NAMED_THE_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|label(?:s|l?ed|l?ing)?|dub(?:s|bed|bing)?|brand(?:s|ed|ing)?|nickname[sd]?)"
    r"[ ](?:[\w.'’-]+[ ]){0,4}the[ ]$"
)
#: "dubbed him “the border czar”", "branded the jail “the fortress.”": the epithet's own "the" inside the marks,
#: after a verb that only names (not "called it “the worst day of my life,”" which is speech).
_NAMED_BEFORE = re.compile(
    r"\b(?:label(?:s|l?ed|l?ing)?|dub(?:s|bed|bing)?|brand(?:s|ed|ing)?|nickname[sd]?)[ ](?:[\w.'’-]+[ ]){1,4}$"
)
_AS_A_BEFORE = re.compile(r"\b(?:as|called(?:[ ](?:for|it|them|him|her))?)[ ]an?[ ]$")


def _is_label(text: str, span: _Span) -> bool:
    """A short noun phrase in quotation marks inside a noun phrase ("handed out “know your rights” cards",
    "a “gang member”", "the “forgotten men and women” of America"): a name for something, not speech; but a
    description given "as a “...”" is the speaker's words. An epithet a naming verb gives its object (`critics
    called the president the “deporter in chief.”`) is a label too, the comma or full stop inside its closing mark
    (American style) the reporter's; a predicate quoted with its stop (`DHS claims he is a “criminal alien.”`,
    `insisting they are the “best in the world.”`) stays speech."""
    if (
        len(span.text.split()) <= 5
        and span.text.startswith("the ")
        and _NAMED_BEFORE.search(text, max(0, span.start - 60), span.start)
    ):
        return True
    return (
        len(span.text.split()) <= 5
        and (
            span.text[-1:] not in ".!?,"
            or (span.text[:1].islower() and _NAMED_THE_BEFORE.search(text, max(0, span.start - 60), span.start))
        )
        and _DETERMINER_BEFORE.search(text, max(0, span.start - 8), span.start) is not None
        and _AS_A_BEFORE.search(text, max(0, span.start - 20), span.start) is None
    )


def _whole_sentence_attributed(text: str, span: _Span) -> bool:
    """A short quotation that is a sentence of its own, its attribution right after the closing mark
    ("“We're exhausted,” added Ana Ruiz."): speech, not a scare quote (GUIDELINES' one-or-two-word rule is about
    fragments inside a sentence, "called the raids “un-American”")."""
    before = text[text.rfind("\n", 0, span.start) + 1 : span.start]
    return (
        span.sieve.startswith("after")
        and span.text[:1].isupper()
        and span.text[-1:] in ",.!?"
        and (not before.strip(" >*•-–—_") or re.search(r"[.!?][”\"’]?[ ]+$", before) is not None)
    )


def _is_title(words: str) -> bool:
    """A name in quotation marks, not speech: a policy, show or headline in title case ("Remain in Mexico",
    "The Ingraham Angle", "Hit an Officer")."""
    long_words = [w for w in re.findall(r"[\w’'-]+", words) if len(w) > 3]
    return (
        len(long_words) >= 2
        and all(w[0].isupper() for w in long_words)
        and words.rstrip()[-1:] not in ".!?"
        and not re.search(r"\w['’](?:s|m|re|ll|t|ve)\b", words)  # "It's Christmas in February" is speech
    )


def _opens_paragraph(text: str, span: _Span) -> bool:
    """The quotation's opening mark is the first thing on its line (after blockquote or list marks)."""
    return re.match(r"^[\s>*•\-–—_]*[“\"]", text[text.rfind("\n", 0, span.start) + 1 : span.start + 1]) is not None


def _attribute_running(running: _Span, span: _Span, text: str, people: who.People) -> None:
    """An opening paragraph with no close and no attribution takes the attribution of its continuation."""
    if not _opens_paragraph(text, span):
        return
    running.speaker, running.role, running.sieve = span.speaker, span.role, "multi-paragraph"
    running.speaker = _tidy_speaker(running.speaker, text, running.start, people)


def _prefer_last_speaker(span: _Span, last: Quote, people: who.People) -> None:
    """ "he said" right after another quotation points at that quotation's speaker when no person is named
    in between (a bare surname like "McAleenan said" may not count as a mention, so the nearest
    mention can be someone named much earlier)."""
    if span.start - last.end > 600 or last.speaker == span.speaker:
        return
    if any(p.subject_like and not p.organisation and last.end <= p.at < span.start for p in people):
        return
    surname = last.speaker.split()[-1]
    mentions = [p for p in people if p.name.split()[-1] == surname]
    if not mentions or any(p.organisation for p in mentions):
        return
    gender = next((p.gender for p in mentions if p.gender), None)
    if span.pronoun and gender not in (None, span.pronoun):
        return
    span.speaker, span.role = last.speaker, None
    span.sieve = "pronoun-last-speaker"


def _subject_clauses(clause: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of a reporting `clause` in `text` whose subject is no preposition's object (`lex.OBJECT_BEFORE`):
    in "a letter to Ann Lee said" the letter speaks, not Ann Lee."""
    return [m for m in clause.finditer(text) if not lex.OBJECT_BEFORE.search(text[: m.start()])]


#: A reporting clause in an earlier sentence of the quotation's paragraph: "Trump wants them gone, he added.",
#: "And, she adds, the changes could ...", "Guevara agrees. It doesn't matter, he said."
_REPORTING_CLAUSE = re.compile(
    rf"(?<![\w’'])(?![A-Z][a-z]+ing\b){lex.SUBJECT}{lex.PARTY_AFTER}"
    rf"(?:,[^,“”\"]{{1,160}},)?[ ](?:{lex.ADVERBS}[ ])*(?:{lex.VERBS})\b"
)


#: A sentence opening the paragraph after a quotation paragraph that says whose words they were: "That is what Ann
#: Lee, a 26-year-old from Honduras, told the Chronicle", "That's how Ann Lee put it", "So says Ann Lee".
_THAT_IS_WHAT = re.compile(
    rf"(?:(?:That|This)(?:[’']s|[ ]is|[ ]was)[ ](?:what|how)|So[ ]says)[ ](?:{lex.DESCRIBED}[ ])?{lex.SUBJECT}"
    rf"(?:,[^,“”\"]{{1,160}},)?(?:[ ](?:{lex.ADVERBS}|{lex.VERBS}|put[ ]it|puts[ ]it|described[ ]it|describes|recalls"
    r"|remembers)\b|[.]|$)"
)

#: A sentence after a quoted sentence that says whose words they were, in its paragraph or opening the next: "Those
#: were the words of Ann Lee, ...", "The words came from Ann Lee", "The remarks came from the sheriff".
_WORDS_OF = re.compile(
    r"(?:(?:Those|These|They)[ ](?:were|are)[ ](?:the[ ])?(?:words|remarks|comments)[ ]of"
    r"|(?:The|Those|These)[ ](?:words|remarks|comments)[ ](?:came|come)[ ]from)"
    rf"[ ](?:{lex.DESCRIBED}[ ])?(?:(?!(?:in|on|at|to|of|by|for|with|from|that|the|a|an)\b)[a-z][\w’'-]*[ ]){{0,4}}?"
    rf"{lex.SUBJECT}"  # "the words of state Sen. Ann Lee": a title in lower case before the name
)


def _attribute_to_paragraph(span: _Span, text: str, people: who.People) -> None:
    """A quotation whose own sentence names no speaker, after a sentence of its paragraph that reports
    someone's words ("It doesn't matter who wins, he said. “I tell them ...”"): that speaker goes on
    (the paragraph sieve of Muzny et al.)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    before = text[line_start : span.start]
    ends = list(lex.SENTENCE_END.finditer(before))
    if not ends:
        return
    earlier = before[: ends[-1].end()]
    found = _subject_clauses(_REPORTING_CLAUSE, earlier)
    if found:
        _resolve(span, found[-1].group("subj"), None, people, span.start)
        span.sieve = "paragraph"


def _attribute_to_previous(span: _Span, previous: tuple[int, str], people: who.People) -> None:
    """A quotation paragraph right after a paragraph whose last sentence reports someone's words in its own
    ("Jane Doe said the ruling was wrong." then "“We are devastated ...”"): that speaker goes on."""
    start, paragraph = previous
    if any(m in paragraph for m in '“”"'):
        return  # a paragraph with quotations of its own hands on through the carry-over sieve, not this one
    last = _clause_before(paragraph.rstrip().rstrip(".!?"))
    found = _subject_clauses(_REPORTING_CLAUSE, last) or _subject_clauses(_STATEMENT_GIVEN, last)
    if found:
        _resolve(span, found[-1].group("subj"), None, people, span.start)
        span.sieve = "previous-paragraph"


#: A sentence that says someone gave a statement, ending the paragraph before a quotation paragraph: "Asked about
#: the arrests, DHS spokesperson Ana Ruiz sent a statement." then "“...”": the statement is the quotation.
_STATEMENT_GIVEN = re.compile(
    rf"(?<![\w’'])(?![A-Z][a-z]+ing\b){lex.SUBJECT}{lex.PARTY_AFTER}(?:,[^,“”\"]{{1,160}},)?[ ]"
    rf"(?:{lex.ADVERBS}[ ])*(?:issued|released|sent|provided|shared|emailed|posted)[ ]"
    r"(?:an?|the|this|her|his|its|their)[ ](?:(?:written|brief|short|joint|emailed)[ ])?(?:statement|response)\b"
    r"[^.!?“”\"]{0,60}$"
)


#: A paragraph that goes on reporting one person by pronoun: "She said she no longer drives."
_PRONOUN_REPORTS = re.compile(rf"(?P<pronoun>She|He)[ ](?:{lex.VERBS})\b")


def _attribute_to_profiled(span: _Span, previous: tuple[int, str], people: who.People, following: str) -> None:
    """A quotation paragraph right after a paragraph about one person, who opens it and is the only person it
    names ("Reyna Morales, 31, has lived in Omaha for 12 years." then "“I didn't even get to say goodbye.”"): theirs,
    the speaker a profile carries into the quotation that follows it. An unnamed person of the other gender ("Her
    husband was detained") competes with no one when the next paragraph goes on with the profiled one ("She
    said ...")."""
    start, paragraph = previous
    if any(m in paragraph for m in '“”"'):
        return
    named = [p for p in people if start <= p.at < start + len(paragraph) and (not p.organisation or p.anonymous)]
    if (cue := _PRONOUN_REPORTS.match(following)) is not None:
        gender = "f" if cue.group("pronoun") == "She" else "m"
        named = [p for p in named if not (p.anonymous and p.gender not in (None, gender))]
        if named and named[0].gender not in (None, gender):
            return
    if len(named) == 1 and not named[0].anonymous and named[0].subject_like and named[0].at - start < 40:
        span.speaker, span.sieve = who.named_in_full(named[0].name, people, span.start), "profiled"


def _attribute_to_lead(
    span: _Span,
    paragraphs: list[tuple[int, str]],
    listed: list[bool],
    people: who.People,
    list_item: bool = False,
) -> None:
    """Attribute a stand-alone quotation paragraph or a list line to the line that introduces it.

    The introduction is the nearest earlier paragraph that is neither a bare quotation nor a list line
    (`listed`): a sentence ending in a colon ("Judge Sara Ellis wrote in her ruling:") or a heading
    ("## Rahman's Statement").
    """
    lead_no = span.paragraph - 1
    while lead_no >= 0 and listed[lead_no]:
        lead_no -= 1
    if lead_no < 0:
        return
    lead_start, lead = paragraphs[lead_no]
    heading = lead.lstrip().startswith("#")
    if not heading and not lead.rstrip("*_ ").endswith(":") or list_item and (heading or lead.endswith("*")):
        return  # a list item's quotation is its lead's only when a sentence introduces the list, not a label
    clause = _clause_before(lead.lstrip("#* ").rstrip("*_ ").rstrip(":").rstrip())
    if lex.UNNAMED_LABEL.fullmatch(clause):
        return  # "**Neighbor (video):**": a label that names no one, an anonymous speaker
    if heading and (m := re.match(rf"({lex.NAME})['’]s\b", clause)):
        _resolve(span, m.group(1), None, people, span.start)
        return
    if m := lex.BEFORE.search(clause) or lex.NAME_COLON.match(clause + ":"):
        _resolve(span, m.group("subj"), None, people, span.start)
        return
    if clauses := _subject_clauses(lex.CLAUSE, clause):
        _resolve(span, clauses[-1].group("subj"), None, people, span.start)  # "Bovino praised the agent:"
        if span.speaker is not None:
            return
    if m := lex.SENTENCE_SUBJECT.match(clause):
        _resolve(span, m.group("subj"), None, people, span.start)  # "DHS did not comment but issued a statement:"
        if span.speaker is not None:
            return
    named = [p for p in people if not p.organisation and lead_start <= p.at < lead_start + len(lead)]
    if named and not list_item:
        # a heading names whose words follow ("### City of Burnsville Statement"); a sentence only its subject,
        # not a person it is about ("On Liam Ramos's detention:")
        span.speaker = next((p.name for p in named if p.subject_like), named[0].name if heading else None)
    above = paragraphs[lead_no - 1][1] if lead_no > 0 else ""
    if span.speaker is None and not list_item and _SUBJECTLESS_LEAD.match(clause):
        # "## DHS Response" right above "Posted on X (@DHSgov):": a lead with no subject speaks for its section's
        # heading ("A neighbor posted on Facebook:" has a subject of its own, anonymous)
        span.speaker = _statement_heading(above, len(above))
        span.role = clause if span.speaker else None  # where the statement was given, as the role of a body's quote


#: A lead with no subject, opened by its verb or by the medium ("Posted on X (@DHSgov):", "In a statement:").
_SUBJECTLESS_LEAD = re.compile(r"(?:[A-Z][a-z]+ed|Said|Wrote|In[ ]an?[ ][a-z]+)\b")


def _section_speaker(headings: list[tuple[int, int, str]], pos: int, people: who.People, body: str) -> str | None:
    """The person a markdown section is about, for a quotation its own sentence does not attribute:
    the nearest enclosing heading (below the title) that names someone ("### Rev. Kenny Callaghan",
    "## Witness Account (Wes Prince)") and whom the text also names outside its headings; subheadings
    that name no one are passed through."""
    level = 99
    for start, depth, heading in reversed(headings):
        if start > pos or depth >= level:
            continue
        level = depth
        named = [
            p.name
            for p in people
            if not p.organisation
            and start <= p.at < start + len(heading)
            and (
                p.title  # "### Governor Tim Walz": a titled name is a person even if the text names them no more
                or who.profiled_heading(body, start)  # "### Ana Lee" over "A nurse at a nearby clinic ..."
                or body.count(p.name.split()[-1]) > sum(h.count(p.name.split()[-1]) for _, _, h in headings)
            )
        ]
        if named:
            return who.named_in_full(named[0], people, pos)
    return None


#: A quotation in single marks (British style, or one quoted inside another): an opening ‘ at a word's start, a
#: closing ’ right after an end mark or comma (`‘We were never told,’ she said`); a ’ between letters is an
#: apostrophe inside it.
_SINGLE_PAIR = re.compile(r"(?:^|(?<=[\s“\"(—–*]))‘((?:[^‘’“”\"\n]|’(?=\w))+?[,.!?…])’")


def _quotations(paragraph: str, offset: int, para_no: int) -> list[_Span]:
    spans = []
    for m in lex.QUOTE_PAIR.finditer(paragraph):
        words = (m.group(1) if m.group(1) is not None else m.group(2)).strip()
        if words:
            spans.append(_Span(words, offset + m.start(), offset + m.end(), para_no, closed=m.group()[-1] in '”"'))
    if "‘" in paragraph:
        doubles = [(span.start, span.end) for span in spans]
        for m in _SINGLE_PAIR.finditer(paragraph):
            start, end = offset + m.start(), offset + m.end()
            nested = any(a < start and end <= b for a, b in doubles)
            spans.append(_Span(m.group(1).strip(), start, end, para_no, nested=nested))
        spans.sort(key=lambda span: span.start)
    return spans


def _first_sentence(words: str) -> str:
    m = lex.FIRST_SENTENCE.match(words)
    return (m.group() if m else words).strip().rstrip(",")


_WORD_BEFORE_COMMA = re.compile(rf"^[ ][a-z]{{2,15}}(?=,[ ](?:{lex.AFTER_VERBS})\b)")


def _attribute(text: str, span: _Span, people: who.People) -> None:
    """Set speaker and role from the words around the quotation, when they name someone."""
    line_end = text.find("\n", span.end)
    # emphasis closing a quotation (`**“...,”** says Ann Lee`) is no word of the attribution
    after = text[span.end : line_end if line_end >= 0 else len(text)].lstrip("*_")
    # one word finishing a partial quotation's clause before its attribution: `“No benefit” legally, says Ann Lee`
    after = _WORD_BEFORE_COMMA.sub("", after, count=1)
    if as_said := lex.AS_ATTRIBUTION.match(after):
        # `," as the sheriff told reporters`: read as `," the sheriff told reporters`
        after = as_said.group("lead") + lex.PUT_IT.sub(r"\g<subject>said", after[as_said.end() :], count=1)
    if told := lex.TOLD_BY.match(after):
        after = f", said {after[told.end() :]}"  # `," the council was told by Mayor Ann Lee.`: the mayor speaks
    if _CONTRASTED_CLAUSE.match(after):
        after = ""  # `was “under control,” while Dr. Ana Lee said ...`: a contrasted clause has a speaker of its own
    line_start = text.rfind("\n", 0, span.start) + 1
    raw_before = text[line_start : span.start].rstrip()
    if (label := raw_before.rstrip("*_").rstrip()).endswith(":"):
        raw_before = label  # emphasis closing a label (`**Ann Lee:** “...”`) is no word of the attribution either
    before = _clause_before(raw_before.rstrip(",:").rstrip())
    if _in_subordinate_clause(before, span.text, after):
        after = ""  # "When he said migrants were “...,” Sen. Lee tweeted": the name after is the main clause's
    if re.search(r"[.!?]$", span.text) and re.match(r"\s*[A-Z]", after) and _subject_before(before) is not None:
        # `Ann Lee called the raid “an attack.” Tom Banks said ...`: a partial quotation closing the sentence of its
        # own reporting clause; the sentence after it is another's
        after = ""

    if (asker := _UNNAMED_ASKER.search(raw_before)) and not re.search(
        rf"\b(?:{lex.VOICES}|{lex.BODY_KINDS})\b", asker.group("np")
    ):
        span.speaker = _NOBODY  # `A reporter asked, “...?” Ann Lee replied`: the question is the reporter's
        return
    for sieve, resolve in _candidates(after, before, raw_before, people, span.start):
        resolve(span)
        if span.speaker is not None:
            span.sieve = sieve
            return


#: A clause opened after the closing mark by a contrasting conjunction: its subject is no attribution of the
#: quotation before it (`“...,” while Ann Lee said`, `“...,” but Ann Lee said`).
_CONTRASTED_CLAUSE = re.compile(r"^[,;]?[ ](?:while|whereas|but|although|though)[ ]")


#: Someone the story does not name, in lower case, reporting the quotation right before its opening mark ("a reporter
#: asked,", "One woman said:"): an anonymous speaker, whatever name the words after the quotation give.
_UNNAMED_ASKER = re.compile(
    rf"(?:^|[.!?:;][ ]|,[ ])(?P<np>(?:[Aa]n?|[Oo]ne|[Aa]nother)[ ](?:[a-z][\w’'-]*[ ]){{1,3}}?)(?:{lex.VERBS})[,:]?$"
)


#: What a person writes or hands down, or the office that speaks for them, as the subject of a verb before a
#: quotation: "Ellis’s ruling said the conduct “...”", "Mayor Ann Lee’s statement called the raid “...”", "Gov.
#: Ann Lee’s office said that “...”", "ICE’s Boston field office said ...". Searched only where a possessive is.
_WRITINGS = r"ruling|opinion|order|decision|statement|letter|post|tweet|memo|email|testimony|message|office"
_WRITTEN_BY = re.compile(
    rf"(?<![\w’'])(?P<owner>{lex.NAME})['’]s[ ](?:(?:[a-z0-9][\w-]*|[A-Z][a-z]+)[ ]){{0,2}}(?:{_WRITINGS})"
    rf"(?:,[^,“”\"]{{1,160}},)?[ ]"
    rf"(?:{lex.ADVERBS}[ ])*(?:{lex.CLAUSE_VERBS})\b[^.“”\"]{{0,120}}$"
)
#: Two people who speak together before the quotation: "Sens. John McCain of Arizona and Lindsey Graham of South
#: Carolina said in a statement that ...": each with an optional "of PLACE".
_PAIR_SUBJECT = re.compile(
    rf"(?<![\w’'])(?P<a>{lex.NAME})(?:[ ]of[ ]{lex.NAME})?[ ]and[ ](?P<b>{lex.NAME})(?:[ ]of[ ]{lex.NAME})?"
    rf"(?:,[^,“”\"]{{1,60}},)?[ ](?:{lex.ADVERBS}[ ])*(?:{lex.VERBS})\b"
    r"(?:(?:Mrs?|Ms|Dr|Sen|Rep|Gov|St)\.|[^.“”\"]){0,160}$"
)
_SUBORDINATOR = re.compile(r"(?:When|After|Before|As|While|Although|Though|Because|If|Since|Once|Until)\b")


def _subject_before(before: str) -> re.Match[str] | None:
    """`lex.BEFORE`'s match unless its subject is the object of a preposition ("praised ICE on X, writing that ...",
    "told the story to Ann Lee, saying ..."): then no one is named right before the verb."""
    m = lex.BEFORE.search(before)
    while m is not None and (contrast := _CONTRASTED_SUBJECT.match(before, m.end("subj"))):
        # "said Tom Banks, but Pastor Ana Lee, whose church ..., said": the subject after the conjunction speaks
        m = lex.BEFORE.search(before, contrast.end())
    while m is not None and (second := _second_reporting_clause(before, m)) is not None:
        m = second  # "Tom Banks said, and Ana Lee said:": the last of two joined reporting clauses speaks
    if (
        m is not None
        and re.search(r"\b[Ii]n[ ]$", before[: m.start()])
        and re.match(r"(?:[Aa]n?|[Tt]he)[ ]", m["subj"])
    ):
        # "In a statement, Ann Lee, ..., said:": "a statement" is no subject, the name after it is
        m = lex.BEFORE.search(before, m.end("subj"))
    return None if m is None or _PREPOSITION_BEFORE.search(before[: m.start()]) else m


#: The joint of two coordinated clauses in one sentence, and a reporting verb anywhere in a clause.
_JOINED_CLAUSE = re.compile(r"[,;][ ]and[ ]")
_REPORTING_VERB = re.compile(rf"\b(?:{lex.VERBS})\b")


def _second_reporting_clause(before: str, m: re.Match[str]) -> re.Match[str] | None:
    """A reporting clause joined by ", and" (or "; and") after the one `m` found, with a subject of its own and at
    most a lower-case description before it ("Lee said, and her neighbor Ana Ruiz added"): its match, else None. A
    clause without a subject ("Lee said, and added:") is the same speaker's."""
    for joint in _JOINED_CLAUSE.finditer(before, m.end("subj")):
        if not _REPORTING_VERB.search(before, m.end("subj"), joint.start()):
            continue  # the first clause's verb comes after the joint: "Ann Lee, and Tom Banks said" is a pair
        second = lex.BEFORE.search(before, joint.end())
        if second is not None and re.fullmatch(r"(?:[a-z][\w’'-]*[ ]){0,3}", before[joint.end() : second.start()]):
            return second
        return None
    return None


#: A name set off by a comma and a contrasting conjunction: the clause after it has a subject of its own.
_CONTRASTED_SUBJECT = re.compile(r",[ ](?:but|while|whereas|although|though)[ ]")


#: A preposition right before a name makes it an object; "of" and "for" may join a body's name ("Division of ...").
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|to|by|from|about|against|on|at|under|toward|than|among|between|into|including|like|without)[ ]$"
)


def _within_quotation(before: str) -> bool:
    """Whether a quotation opened in `before` is still open at its end: a subject there is quoted, not the
    speaker of a later quotation (`“Operation X removed ...,” said Ann Lee III. “Our officers ...”`)."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _in_subordinate_clause(before: str, words: str, after: str) -> bool:
    """The quotation ends a clause that opens its sentence with a subordinator and has a subject and verb of
    its own before the quotation ("When he said migrants were “...,”", "After Lee called the raids “...,”"):
    whoever is named after it is the main clause's subject, not the speaker."""
    opening = _SUBORDINATOR.match(before)
    if opening is None or not (words.endswith(",") or after.startswith(",")):
        return False
    rest = before[opening.end() :]
    clause = next(iter(_subject_clauses(lex.CLAUSE, rest)), None)
    # the clause must run on to the quotation: "As the agency grew, Pirro warned: “...”" has its main clause first
    return clause is not None and not re.search(r"[,:;]", rest[clause.end() :])


def _candidates(
    after: str, before: str, raw_before: str, people: who.People, pos: int
) -> Iterator[tuple[str, Callable[[_Span], None]]]:
    """(sieve, attribution) pairs to try in turn, nearest and most explicit first; the first that names
    someone wins, and its sieve sets the quote's confidence."""
    if m := lex.AFTER_DESCRIBED.match(after):
        desc = m.group("desc") or m.group(0)
        yield "after-described", lambda span: _resolve_described(span, desc, people, pos)
    named_after = lex.AFTER_VERB_DESCRIPTION.match(after)
    if (m := lex.AFTER_VERB_FIRST.match(after)) and not (named_after and _A_VOICE.match(m.group("subj"))):
        # (`," said a spokeswoman for Customs and Border Protection, Ann Lee.`: she speaks, named after the body)
        start, stop = m.start("subj"), m.end("subj")
        if m.group("subj") in ("St", "Prof") and (rest := _PAST_STOP.match(after, stop)):
            # "said St. Paul Mayor Kaohly Her", "said Prof. Ana Ruiz": `lex.NAME` stops at the abbreviation's stop;
            # the city's name is read whole, the title is left out of the name
            start, stop = (start if m.group("subj") == "St" else rest.start("name")), rest.end()
        if in_charge := _OFFICE_CLOSING_JOINED.match(after, stop):
            stop = in_charge.end()  # "said Special Agent in Charge of HSI Newark Ana Lee": the office runs on
        whole = _body_run_end(after, start, stop)
        if after[start:whole].endswith(" St") and (rest := _PAST_STOP.match(after, whole)):
            whole = rest.end()  # "said ICE Enforcement and Removal Operations St. Paul Field Office Director ..."
        subj, role, end = after[start:whole], None, max(whole, m.end())
        if closing := _OFFICE_CLOSING_AFTER.match(after, end):  # "said Special Agent in Charge Ana Lee"
            role = f"{m.group('pre')}{after[start : closing.start('name')]}".strip()
            subj, end = closing.group("name"), closing.end()
        elif titled := lex.TITLED_NAME.match(after, end):  # "said former ICE director John Sandweg"
            subj, end = titled.group("name"), titled.end()
            role = (m.group("pre") + m.group("subj") + titled.group("title")).strip()
        elif (described := lex.DESCRIBED_AFTER_PLACE.match(after, end)) and _place_or_body(subj):
            # "said Minneapolis resident Ana Ruiz": the place and the words after it describe her
            role, subj, end = f"{subj}{described.group('desc')}", described.group("name"), described.end()
        elif m.group("pre"):
            role = m.group("pre").strip()  # "said immigration attorney Ann Lee"
        role = who.clean_role(_role_after(after, end)) or role  # "who led the suit" does not hide the title
        yield "after-verb", lambda span: _resolve(span, subj, role, people, pos)
    if m := _VERB_THE_BODY.match(after):
        # `," said the Department of Homeland Security.`, `" asks the White House.`: a body named with its article
        body_end = _body_run_end(after, m.start("body"), m.end("body"))
        if after[:body_end].endswith(" St") and (rest := _PAST_STOP.match(after, body_end)):
            body_end = rest.end()  # "said the City of St. Paul": the saint's town read whole
        body = after[m.start("body") : body_end]
        yield "after-verb", lambda span: _resolve(span, body, None, people, pos)
    if m := named_after:
        subj, desc = m.group("subj"), m.group("desc")
        yield "after-verb", lambda span: _resolve(span, subj, desc, people, pos)
    if (m := lex.AFTER_SUBJECT_FIRST.match(after) or lex.AFTER_DASH.match(after)) and not _named_after_office(after, m):
        desc, subj = m.group("desc").strip(), m.group("subj")
        if subj.startswith("The ") and _is_outlet(subj):
            subj = subj.removeprefix("The ")  # `" The Valley Gazette reported.`: the outlet's name, as after "the"
        if lex.PLACE_ABBREVIATION_BEFORE.search(desc + " "):
            desc, subj = desc[:-3].rstrip(), f"{desc[-3:]} {subj}"  # "the City of St. Paul said": one name
        if m.re is lex.AFTER_SUBJECT_FIRST and (office_run := _office_run(after, m)):
            subj = office_run  # "Deputy Chief of the Criminal Division Ana Lee said": the name after the office
        if m.re is lex.AFTER_DASH and (titled := lex.TITLED_NAME.match(after, m.end())):
            # "— White House spokeswoman Abigail Jackson": the body and title before the name are her role
            desc, subj = f"{desc} {subj}{titled.group('title')}".strip(), titled.group("name")
        if subj[:1].isupper() and (head := _ORG_HEAD.search(desc)):
            person = head.group("head").removesuffix(" of")
            if person != head.group("head") and _names_a_person(person):
                # "Pastor Ana Ruiz of Grace Church said": she speaks, the body after "of" is hers
                desc, subj = desc[: head.start()].strip(), person
            else:
                # "Enforcement and Removal Operations said": the name runs on through "and"/"of", one body
                desc, subj = desc[: head.start()].strip(), f"{head.group('head')} {subj}"
        # "the Illinois Democrat said": a description, not a name ("the Chronicle reports" names an outlet,
        # "the White House said" a body)
        if (
            re.search(r"(?:^|\s)the$", desc, re.I)
            and not _is_outlet(subj)
            and not _THE_BODY.fullmatch(f"the {subj}")
            and not re.match(lex.ABBREVIATED_TITLE, subj)  # "the Rev. Ann Lee said"
            # "the ACLU’s Ann Lee said": she is named, the body hers ("the Democrat’s Chief of Staff" names no one)
            and not ((owned := _OWNER_BEFORE_NAME.search(subj)) and _plain_name(owned.group("name")))
        ):
            yield "after-described", lambda span: _resolve(span, "he", None, people, pos)
        else:
            role = None if desc.casefold() in ("the", "a", "an") else desc or None
            yield "after-subject", lambda span: _resolve(span, subj, role, people, pos)
    if m := lex.AFTER_DESCRIPTION_NAME.match(after):
        subj = m.group("subj")
        yield "after-subject", lambda span: _resolve(span, subj, None, people, pos)
    if m := lex.AFTER_OWNED_BODY.match(after):
        phrase = m.group("np")
        if re.search(rf"\b(?:{lex.SPOKESPEOPLE})$", phrase):
            # "the agency's spokeswoman said": the body's voice, the person introduced so if one was
            yield "after-described", lambda span: _resolve_proxy(span, f"the {phrase}", people, pos)
        else:
            yield "after-described", lambda span: _resolve_body_named_so(span, phrase, people, pos)
    if (m := lex.AFTER_NOUN.match(after)) and not re.fullmatch(
        lex.PROXY_NOUNS, noun := m.group("noun") or m.group("noun2")
    ):
        yield "after-described", lambda span: _resolve_introduced(span, noun, people, pos)
    if m := lex.AFTER_NAME_ONLY.match(after):
        subj, role = m.group("subj"), m.group("role")
        yield "after-subject", lambda span: _resolve(span, subj, role, people, pos)
    if m := lex.AFTER_ACCORDING.match(after):
        subj = _according_subject(m)
        yield "according", lambda span: _resolve(span, subj, None, people, pos)
    if (m := lex.OUTLET_REPORTS.match(after)) and _is_outlet(m.group("subj")):
        subj = m.group("subj")
        yield "outlet", lambda span: _resolve(span, subj, None, people, pos)
    if (m := lex.OUTLET_REPORTS_BEFORE.search(before)) and _is_outlet(m.group("subj")):
        outlet = re.sub(r"^[Tt]he[ ]", "", m.group("subj"))  # "The Houston Chronicle": a name, no description
        yield "outlet", lambda span: _resolve(span, outlet, None, people, pos)
    if " and " in before and (m := _PAIR_SUBJECT.search(before)):
        pair = m.group("a"), m.group("b")
        yield "before-verb", lambda span: _resolve_pair(span, pair, people, pos)
    if m := lex.BEFORE_DESCRIBED.search(before):
        desc = m.group("desc")
        yield "before-described", lambda span: _resolve_described(span, desc, people, pos)
    clause = _clause_before(raw_before)
    if m := lex.IN_A_STATEMENT.search(clause):
        # "The Department of Homeland Security defended the raid in a statement:": the body, whatever its verb
        stated = m.group("subj")
        yield "before-verb", lambda span: _resolve(span, stated, None, people, pos)
    for sieve, m in (
        ("before-verb", lex.BEFORE_APPOSITIVE.search(before)),
        ("before-verb", _subject_before(before)),
        ("before-verb", lex.HELPED_REPORT.search(before)),
        ("before-verb", lex.SAID_FIRST.search(before)),
        ("according", lex.ACCORDING.search(before)),
        ("before-verb", lex.QUOTED_AS.search(before)),
        ("name-colon", lex.NAME_COLON.match(clause)),
        ("name-colon", lex.DESCRIBED_NAME_COLON.match(clause)),
        ("name-colon", lex.PER_NAME_COLON.match(clause)),
        ("name-colon", lex.SPOKE_SO_COLON.match(clause)),
    ):
        if m and sieve == "according":
            subj = _according_subject(m)
            yield sieve, lambda span, subj=subj: _resolve(span, subj, None, people, pos)
            break
        if m and sieve == "name-colon" and re.fullmatch(rf"(?i:{lex.VERBS})", m.group("subj")):
            # "Added: “...”" under "### DHS Statement": a reporting verb is no name; its subject is the body whose
            # statement the section heading names, else no one
            if body := _statement_heading(people.text, pos):
                yield sieve, lambda span, body=body: _resolve(span, body, None, people, pos)
            break
        if m and sieve == "name-colon" and _bare_label(m.group("subj"), raw_before, people, pos):
            break
        if m:
            described = m.re is not lex.BEFORE_APPOSITIVE and re.search(r"\b[Tt]he\s+$", m.string[: m.start("subj")])
            subj = "he" if described else _office_run_before_verb(m) or _subject_with_body(m)
            yield sieve, lambda span, subj=subj: _resolve(span, subj, None, people, pos)
            break
    if (m := lex.OFFICE_NAME_COLON.match(clause)) and who.office_tail(m.group("subj").casefold().split()) is not None:
        office_run = m.group("subj")  # "Special Agent in Charge of HSI Newark Ann Lee:": the name after the office
        yield "name-colon", lambda span: _resolve(span, office_run, None, people, pos)
    if raw_before.endswith(":") and (m := lex.SAYING_WAS.search(before) or lex.READ_OUT.search(before)):
        # "Ann Lee's message was simple: “...”", "Sheriff Ann Lee read a statement to reporters: “...”"
        said_by = _colon_speaker(m)
        if said_by is not None:
            yield "before-verb", lambda span: _resolve(span, said_by, None, people, pos)
    if ("’s " in before or "'s " in before) and (m := _WRITTEN_BY.search(before)):
        owner = m.group("owner")  # "Ellis’s 30-page ruling said the conduct “...”": Ellis
        yield "before-verb", lambda span: _resolve(span, owner, None, people, pos)
    # the subject of a "that" complement is no speaker: "A federal judge ruled that ICE officials made “...”"
    clauses = [
        c
        for c in _subject_clauses(lex.CLAUSE, before)
        if not re.search(r"\bthat[ ]$", before[: c.start()]) and not _within_quotation(before[: c.start()])
    ]
    if clauses:
        subj = clauses[-1].group("subj")
        yield "clause", lambda span: _resolve(span, subj, None, people, pos)
    if m := lex.SENTENCE_SUBJECT.match(before):
        subj = m.group("subj")
        yield "sentence-subject", lambda span: _resolve(span, subj, None, people, pos)
    if not raw_before.strip(" >*•-–—_") and (m := _WORDS_OF.match(after.lstrip(" "))):
        # `“We will see them in court.” Those were the words of Gov. Ann Lee`: a quoted sentence opening its
        # paragraph, the next sentence naming its speaker
        said_by = m.group("subj")
        yield "that-is-what", lambda span: _resolve(span, said_by, None, people, pos)
    if _COURT_FINDING.search(before):
        yield "court", lambda span: _resolve(span, "the court", None, people, pos)


def _named_after_office(after: str, m: re.Match[str]) -> bool:
    """Whether a subject read before the verb only ends a description whose person is named after it ("the
    director of [ICE], Todd Lyons, said", "the acting U.S. Attorney for the District of [Nevada], Ana Lee, said"):
    she speaks (`lex.AFTER_DESCRIPTION_NAME`), not the body her office is of. "The ACLU, a rights group, said" and
    "Ana Lee, the director of ICE, said" keep their subject."""
    if m.re is not lex.AFTER_SUBJECT_FIRST or len(m.group("desc").split()) < 2:
        return False
    named = lex.AFTER_DESCRIPTION_NAME.match(after)
    return named is not None and named.start("subj") > m.end("subj") and _plain_name(named.group("subj"))


def _plain_name(words: str) -> bool:
    """Whether capitalised words are a person's name alone, no word of a title, body or place kind in them ("Ann
    Lee", not "Chief of Staff" or "Border Patrol"); a name that is also a town's ("Warren Tully") still is one."""
    tokens = words.split()
    return len(tokens) > 1 and all(
        t[:1].isupper() and t.casefold() not in _BODY_NAME_WORDS | lex.BODY_END_NOUNS for t in tokens
    )


#: A body's possessive, then capitalised words ending in two, the name: "ACLU’s [Ann Lee]", "Coalition’s Policy
#: Director [Ann Lee]" (`_resolve` makes the body her role and strips the title).
_OWNER_BEFORE_NAME = re.compile(r"\w['’]s[ ](?:[A-Z][\w.’'-]*[ ])*?(?P<name>[A-Z][\w.’'-]*[ ][A-Z][\w.’'-]*)$")


#: An office's closing words after a title that `lex.NAME` stopped before "in", then the name: "[Special Agent] in
#: Charge Ana Lee".
_OFFICE_CLOSING_AFTER = re.compile(
    rf"[ ]in[ ](?:{'|'.join(w.capitalize() for w in lex.OFFICE_CLOSING_WORDS)})[ ](?P<name>{lex.NAME})"
)


#: The same closing words when the office goes on to its body: "[Special Agent] in Charge[ of HSI Newark Ana Lee]".
_OFFICE_CLOSING_JOINED = re.compile(
    rf"[ ]in[ ](?:{'|'.join(w.capitalize() for w in lex.OFFICE_CLOSING_WORDS)})(?=[ ](?:of|for)[ ])"
)


def _office_run(after: str, m: re.Match[str]) -> str | None:
    """The whole run from an office read as the subject to the verb, when "of the" goes on to a body and a name
    after it ("Deputy Chief[ of the Criminal Division Ana Lee] said"), else None: "Ana Lee of the ACLU said" keeps
    its reading, her name no office."""
    head = [w.casefold() for w in m.group("subj").split()]
    if m.end("subj") == m.end() or not (who.is_office_head(head) and all(w in who.OFFICE_HEAD_WORDS for w in head)):
        return None
    # the verb and any adverbs before it ("... Ana Lee also said") are no part of the run
    written = after[m.start("subj") : m.end()].rstrip(" ,:")  # "... Ana Lee said, “...”": the verb's comma too
    run = re.sub(rf"(?:[ ]{lex.ADVERBS})*[ ](?:{lex.AFTER_VERBS})$", "", written)
    return run if run != written and who.office_tail([w.casefold() for w in run.split()]) is not None else None


def _bare_label(subject: str, raw_before: str, people: who.People, pos: int) -> bool:
    """One capitalised word alone before a colon that names no one elsewhere in the story ("Quote:", "**Statement:**",
    "Q:"): a label of what follows, not its speaker; a name the story uses elsewhere ("Ruiz:"), an acronym ("ICE:") or a
    word with more of a clause ("Walz, at a news conference:") still speaks."""
    if (
        " " in subject
        or (subject.isupper() and len(subject) > 1)
        or not re.fullmatch(rf"[-—–•*>#_\s]*{re.escape(subject)}:", raw_before)
    ):
        return False
    line_start = people.text.rfind("\n", 0, pos) + 1
    return not any(subject in p.name.split() for p in people if not line_start <= p.at < pos)


#: Capitalised words joined by "in", "of" or "for" from a subject to its reporting verb: "Chief of the Border
#: Patrol’s El Paso Sector Ann Lee said".
_OFFICE_RUN_TO_VERB = re.compile(
    rf"(?P<run>{lex.NAME}(?:[ ](?:in|of|for)[ ](?:the[ ])?{lex.NAME})+)[ ](?:{lex.ADVERBS}[ ])*(?:{lex.VERBS})\b"
)


def _office_run_before_verb(m: re.Match[str]) -> str | None:
    """The whole run from a subject read before the quotation to its verb when an office heads it and a name ends it
    ("Chief of the Border Patrol’s El Paso Sector Ann Lee said:": `lex.NAME` stops at "of", and the body's name
    runs past a possessive), else None ("Ana Lee of the ACLU said" keeps its reading)."""
    run = _OFFICE_RUN_TO_VERB.match(m.string, m.start("subj"))
    if run is None or who.office_tail(run.group("run").casefold().split()) is None:
        return None
    return run.group("run")


def _colon_speaker(m: re.Match[str]) -> str | None:
    """Who speaks by a `lex.SAYING_WAS` or `lex.READ_OUT` match: the reader, the owner of the words, or who they
    came from ("The warning from Ann Lee was clear:"); None for words nobody in the sentence owns ("The message
    was simple:")."""
    if m.re is lex.READ_OUT:
        return m.group("subj")
    if m.group("pron"):
        return "he" if m.group("pron").casefold() == "his" else "she"
    return m.group("owner") or m.group("source")


def _subject_with_body(m: re.Match[str]) -> str:
    """The subject of a match before the verb with the head of a body's name that `lex.NAME` stopped at ("The
    Department of Justice said": "Justice" alone names no one); a person named before "of" speaks, not the body
    after it ("Ana Ruiz of Casa Azul Coalition said": Ruiz). A saint's town is read whole ("the City of St. Paul
    said": `lex.NAME` starts after "St.")."""
    subj_start = m.start("subj")
    if lex.PLACE_ABBREVIATION_BEFORE.search(m.string, max(0, subj_start - 4), subj_start):
        subj_start -= 4
    subject = m.string[subj_start : m.end("subj")]
    person = _NAME_OF.search(m.string, 0, subj_start)
    if person is not None and _names_a_person(person.group("name")):
        return person.group("name")
    start = who.body_head_start(m.string, subj_start, subject.split())
    head = m.string[start:subj_start].split()
    if not head or head[-1] not in ("of", "for"):
        return subject  # "DHS and the Trump administration said": two bodies, read as before
    return m.string[start : m.end("subj")]


def _names_a_person(name: str) -> bool:
    """Whether the words before "of" name a person, maybe titled ("Ana Ruiz", "Pastor Ana Ruiz" of "... of Grace
    Church"), not the head of a body's name ("Department", "Attorney General", "Florida’s Division")."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w.casefold() not in lex.TITLE_WORDS), len(words))
    named = words[cut:]  # the titles written before the name are the person's, not a body's
    return (
        len(words) > 1
        and bool(named)
        and all(w[:1].isupper() for w in named)
        and not re.search(r"\w['’]s\b", name)
        and not any(w.casefold() in _BODY_NAME_WORDS or normalize_place(w) is not None for w in named)
    )


#: A name right before "of" and a body's name: "Ana Ruiz of " of "Ana Ruiz of Casa Azul Coalition said".
_NAME_OF = re.compile(rf"(?<![\w’'.])(?P<name>{lex.NAME})[ ]of[ ]$")


#: The words that make the head of a body's name a body or an office, never a person's name.
_BODY_NAME_WORDS = lex.ORG_WORDS | lex.TITLE_WORDS | lex.PLACE_WORDS | lex.BODY_OF_PLACE_HEADS


def _place_or_body(words: str) -> bool:
    """Whether `words` name a place or a body ("Minneapolis", "St. Paul", "ICE"), which a description after them
    may join to the person it describes."""
    return (
        normalize_place(words) is not None
        or words.isupper()
        or any(w.casefold() in lex.ORG_WORDS for w in words.split())
        # "ERO Boston": an agency's acronym before the place of its office
        or (words.split()[0].isupper() and normalize_place(words.split(maxsplit=1)[-1]) is not None)
    )


#: The name after an abbreviation's full stop that `lex.NAME` does not read on through ("St. Paul", "Prof. Ana Ruiz").
_PAST_STOP = re.compile(rf"\.[ ](?P<name>{lex.NAME})")
#: A body's unnamed voice ("a spokesperson for ICE", "an ICE spokesperson"): anonymous, or the body, unless a
#: name follows it.
_A_VOICE = re.compile(rf"(?:[Aa]n?|[Tt]he)[ ](?:[^ ,]+[ ]){{0,5}}?(?:{lex.VOICES})\b")


#: A body's name going on past "and", "of" or "for" ("Customs[ and Border Protection Commissioner Rodney Scott]");
#: "of the" names a person's body after the name ("Ana Lee of the ACLU"), read as the role elsewhere, unless an office
#: opens the run ("U.S. Attorney for the District of Minnesota Ana Lee").
_JOINED_RUN = re.compile(rf"[ ](?:and|of|for)[ ](?P<the>the[ ])?(?:U\.S\.[ ])?{lex.NAME}")


#: A title after "and" in an office's body ("... and Attorney General Ann Lee"): a second person, the office ends.
_TITLE_AFTER_AND = re.compile(
    rf"[ ]and[ ](?:[\w.’'-]+[ ])*?(?:{'|'.join(sorted(w.capitalize() for w in lex.NAME_TITLES))})\b"
)


def _body_run_end(after: str, start: int, end: int) -> int:
    """Where a subject read at after[start:end] ends when it is only the head of a body's name that "and"/"of"/
    "for" joins to the rest ("said Customs and Border Protection Commissioner Rodney Scott", "said Immigration and
    Customs Enforcement spokesperson Jane Doe", "said Department of Homeland Security Secretary Kristi Noem"): the
    whole run, when the run holds a body's word (`lex.ORG_WORDS`) and its head names no person: the head is all
    title and body words ("Homeland Security"), or a titled person follows the body ("Health and Human Services
    Secretary Robert Kennedy"); "said Ana Lee and Tom Banks" is two people, "said Xochitl Ramos of Casa Azul
    Coalition" one person and her body."""
    new, office = end, False
    while (j := _JOINED_RUN.match(after, new)) is not None:
        head = [w.casefold() for w in after[start:new].split()]
        # "Secretary of", "Assistant Secretary of": a title, its qualifiers before it, then the body it is of,
        # which "of"/"for" may run on ("Assistant Secretary of Homeland Security for Public Affairs")
        office = (j.group().split()[0] != "and" or (office and not _TITLE_AFTER_AND.match(j.group()))) and (
            office or (new == end and who.is_office_head(head) and all(w in who.OFFICE_HEAD_WORDS for w in head))
        )
        if j.group("the") and not office:
            break  # "Ana Lee of the ACLU": the body after the name; "U.S. Attorney for the District of ...": an office
        if who.names_a_person(head, office, short_title=lambda w: w.endswith(".") and w != "u.s."):
            break  # "said Sen. Ana Lee and Tom Banks"; but "said Secretary of State Marco Rubio" is an office
        new = j.end()
    words = [w.casefold() for w in after[start:new].split()]
    head = [w.casefold() for w in after[start:end].split()]
    bodylike = all(w in lex.TITLE_WORDS or w in lex.ORG_WORDS for w in head)
    cut = who.person_tail(words)
    office_cut = who.office_tail(words)
    if (cut is None or cut <= len(head)) and office_cut is not None:
        cut = office_cut  # "Secretary of Homeland Security Kirstjen Nielsen": the name after the office
    if (
        new > end
        and (any(w in lex.ORG_WORDS for w in words) or office_cut is not None)
        and (bodylike or (cut is not None and cut > len(head)))
    ):
        return new
    if new > end and head == words[:1] and head[0] in lex.BODY_OF_PLACE_HEADS and after.startswith(" of ", end):
        return new  # "said the Archdiocese of Miami": the body, named by its kind and the place it serves
    return end


#: The capitalised start of a body's name that a description swallowed, ending in a joining word
#: ("Enforcement and" of "Enforcement and Removal Operations", "the Department of" of "the Department of Justice").
_ORG_HEAD_WORD = rf"U\.S\.|(?:{'|'.join(lex.PLACE_ABBREVIATIONS)})\.|[A-Z][\w’'-]*"  # "the City of St. Paul and"
_ORG_HEAD = re.compile(
    rf"(?:^|(?<=\s))(?:[Tt]he[ ])?(?P<head>(?:{_ORG_HEAD_WORD})(?:[ ](?:{_ORG_HEAD_WORD}|of|and|for|the))*"
    r"[ ](?:and|of|for)(?:[ ]the)?)$"
)


def _resolve_pair(span: _Span, pair: tuple[str, str], people: who.People, pos: int) -> None:
    """Two people speaking together ("John McCain and Lindsey Graham said"): both names, as a reader lists
    them; nobody unless both are people."""
    names = []
    for subject in pair:
        one = _Span(span.text, span.start, span.end, span.paragraph)
        _resolve(one, subject, None, people, pos)
        if (
            one.speaker is None
            or " " not in one.speaker
            or any(w in lex.ORG_WORDS for w in one.speaker.casefold().split())
        ):
            return  # a body ("ICE and CBP said") or a surname the story never gave in full
        names.append(one.speaker)
    span.speaker = " and ".join(names)


#: Who wrote the document "according to" names: `[a complaint] filed by his lawyer, Ana Ruiz`, `[a report] by the
#: ACLU` (a description, then the name after a comma, or the name itself).
_FILED_BY = re.compile(
    r"[ ](?:(?:filed|written|issued|released|published|sent|submitted)[ ])?by[ ]"
    rf"(?:(?:the|his|her|their|its)[ ](?:[a-z][\w’'-]*[ ]){{0,2}}?(?:[a-z][\w’'-]*,[ ])?)?(?P<name>{lex.NAME})"
)


def _according_subject(m: re.Match[str]) -> str:
    """Who "according to" names: the subject, an organisation's name whole where it goes on past "of" or
    "and" ("the Department of Homeland Security", "a statement from U.S. Customs and Border Protection");
    a person's name stops before it ("attorney Brian Clark of Lockridge" is Clark), and a person named after
    their agency and title is that person ("ICE spokesman John Smith" is Smith)."""
    subj = m.group("subj")
    if re.match(r"(?:[Aa]n?|[Tt]he)[ ][a-z]", subj) and (filer := _FILED_BY.match(m.string, m.end("subj"))):
        # "according to a complaint filed by his lawyer, Ana Ruiz": she speaks; "by the ACLU of Texas": the body whole
        name = filer.group("name")
        whole = lex.ORG_NAME.match(m.string, filer.start("name"))
        return whole.group() if whole and (name.isupper() or lex.ORG_WORDS & set(name.casefold().split())) else name
    if titled := lex.TITLED_NAME.match(m.string, m.end("subj")):
        return titled.group("name")
    words = subj.split()
    whole = lex.ORG_NAME.match(m.string, m.end("subj") - len(words[-1]))
    if whole is None or whole.end() <= m.end("subj") or any(w.casefold() in lex.GIVEN_NAMES for w in words):
        return subj
    prefix = subj[: -len(words[-1])]
    if prefix[:1].islower():  # "a statement from U.S. Customs ...": the body
        prefix = prefix[re.search(r"[A-Z]|$", prefix).start() :]
    return prefix + whole.group()


def _is_outlet(name: str) -> bool:
    """A news outlet by its name ("CNN", "The Houston Chronicle", "the Post", "The Lakeland Courier")."""
    return any(
        w.casefold() in lex.MEDIA_WORDS or (w[:1].isupper() and w.casefold() in lex.OUTLET_MASTHEAD_WORDS)
        for w in name.split()
    )


def _clause_before(before: str) -> str:
    """The last sentence before the opening mark (attribution never crosses a sentence end)."""
    ends = list(lex.SENTENCE_END.finditer(before))
    return before[ends[-1].end() :].strip() if ends else before.strip()


def _role_after(after: str, pos: int) -> str | None:
    """The appositive after `said NAME,` up to the end of the sentence."""
    rest = after[pos:]
    if not rest.startswith(","):
        return None
    end = lex.SENTENCE_END.search(rest)
    role = rest[1 : end.start() if end else len(rest)].strip()
    return role.removeprefix("who is ").strip() or None


#: A body named with its article ("The White House", "the Justice Department", "the ACLU"): a speaker, not an
#: anonymous one. Seventeen of `lex.ORG_WORDS`: with all of them 26 of 3,210 corpus articles change speakers,
#: most to the outlet that reported a quotation ("the Washington Post").
_BODY_NOUNS = (
    lex.ORG_WORDS
    & lex.wordset(
        """house department agency office administration ministry court council committee commission bureau patrol
    union coalition center institute foundation project network alliance association"""
    )
    | lex.BODY_END_NOUNS
    | lex.wordset("society")  # "the Legal Aid Society said": a body's name no person bears
)
_THE_BODY = re.compile(
    rf"[Tt]he[ ](?:(?:[A-Z][\w’'-]*[ ])*(?:{'|'.join(sorted(w.capitalize() for w in _BODY_NOUNS))})|[A-Z]{{2,6}})"
)

#: A body named with its article right after the verb that follows the quotation (`," said the Department of Homeland
#: Security.`): `lex.AFTER_VERB_FIRST` takes "the" only before a title or an acronym, as "the" before a person's name
#: is a description ("said the Illinois Democrat").
_VERB_THE_BODY = re.compile(
    rf"^[,.!?…]?\s*(?i:{lex.AFTER_VERBS})[ ][Tt]he[ ]"
    rf"(?P<body>(?:[A-Z][\w’'-]*[ ])*(?:{'|'.join(sorted(w.capitalize() for w in _BODY_NOUNS))})"
    rf"|(?:{'|'.join(sorted(w.capitalize() for w in lex.BODY_OF_PLACE_HEADS))})(?=[ ]of[ ][A-Z]))\b"
)


def _statement_heading(text: str, pos: int) -> str | None:
    """The body or person whose statement the nearest markdown heading above `pos` names ("### DHS Statement", "###
    City of Burnsville Statement (Dec 7, 2025)" -> "DHS", "City of Burnsville"), or None."""
    headings = _HEADING_ABOVE.findall(text, 0, pos)
    m = _STATEMENT_HEADING.fullmatch(headings[-1].strip()) if headings else None
    return m.group("who") if m else None


_HEADING_ABOVE = re.compile(r"^[ \t]*#+[ \t]+(.+)$", re.M)
_STATEMENT_HEADING = re.compile(r"(?P<who>[A-Z][^()\n]{0,60}?)[ ](?:Statement|Response)(?:[ ]*\([^()\n]{1,40}\))?")


#: Two people named together as the subject opening a sentence: "Sen. John Cornyn and Rep. Henry Cuellar, both of
#: Texas, sent ...".
_PAIR_OPENING = re.compile(
    rf"(?:^|(?<=[.!?][ ])|(?<=\n))(?P<a>{lex.NAME})(?:[ ]of[ ]{lex.NAME})?[ ]and[ ](?P<b>{lex.NAME})"
    r"(?:,[^,“”\"]{1,60},)?[ ]"
    rf"(?:{lex.ADVERBS}[ ])*(?:[a-z]+ed|[a-z]+s|{lex.IRREGULAR_PAST})\b"
)


def _resolve(span: _Span, subject: str, role: str | None, people: who.People, pos: int) -> None:
    """Turn an attribution subject into a speaker: strip titles, resolve pronouns and bare surnames."""
    subject = subject.strip()
    if body := lex.NAMED_BODY.fullmatch(subject):
        span.speaker, span.role = body.group("body"), role  # "the Mexican government said"
        return
    if re.fullmatch(lex.DOCUMENT, subject):
        _resolve_proxy(span, subject, people, pos)
        return
    if subject.casefold() == "they":
        # "they asked" after "Sen. John Cornyn and Rep. Henry Cuellar ... sent a letter": the two people named
        # together as the subject before it; any other "they" (officials, the family) names nobody
        pairs = list(_PAIR_OPENING.finditer(people.text, max(0, pos - 600), pos))
        if pairs and len(lex.SENTENCE_END.findall(people.text, pairs[-1].end(), pos)) <= 1:  # the sentence before
            _resolve_pair(span, (pairs[-1].group("a"), pairs[-1].group("b")), people, pos)
            span.pronoun = ""  # a pronoun's attribution, calibrated with the others
        return
    if re.fullmatch(lex.PRONOUN, subject):
        gender = {"he": "m", "she": "f"}.get(subject.casefold()) or who.gender_of(["x"], subject.casefold().split())
        named = _holder_of_title_subject(people, pos, gender) or who.antecedent(people, pos, gender)
        # a pronoun before anyone is named points forward, but not past an unnamed person it stands for ("An
        # agent, who asked not to be named, said ... “...,” he said")
        if named is None and not any(p.at < pos and (not p.organisation or p.anonymous) for p in people):
            named = who.postcedent(people, pos, gender)
        span.pronoun = gender or ""
        if named:
            span.speaker, span.role = named, role
            if gender:
                who.learn_gender(people, named, gender)
        return
    if subject.casefold() == "it":
        _resolve_proxy(span, "the agency", people, pos)  # "It added that ...": the body last named
        span.speaker = span.speaker or _body_opening_sentence_before(people.text, pos)
        return
    if _THE_COURT.fullmatch(subject):
        span.speaker = _sole_judge_before(people, pos)  # "The court found that ...": the judge who decided
        return
    if lex.ANONYMOUS_START.match(subject) and not _THE_BODY.fullmatch(subject):
        return
    tokens = _name_tokens(subject.split())
    owner = next((i for i, t in enumerate(tokens[:-1]) if re.search(r"\w['’]s$", t)), None)
    if owner is not None and all(t.casefold() in lex.ORG_WORDS for t in tokens[owner + 1 :]):
        owner = None  # "the Marlow County Sheriff’s Office said": one body's name, its owner's title in it
    if owner is not None:  # "the ACLU’s Ann Lee": the body is her role, she speaks
        role, tokens = role or " ".join(tokens[: owner + 1]), tokens[owner + 1 :]
        tokens = tokens[who.body_words_before_name([t.casefold() for t in tokens]) :]  # "’s El Paso Sector Ann Lee"
    head = ""  # the place or body written before a title ("Phoenix" of "Phoenix Police Chief Jane Doe")
    lowered = [t.casefold() for t in tokens]
    cut = who.person_tail(lowered)
    if (office_cut := who.office_tail(lowered)) is not None and (cut is None or office_cut > cut):
        cut = office_cut  # "Acting United States Attorney for the District of ... Ana Lee": the name after the office
    if cut is not None:
        head = "" if role else " ".join(tokens[:cut])  # "Public Works Director Sean Kershaw": role, then name
        role = role or head
        tokens = tokens[cut:]
    if not tokens or _not_a_speaker(tokens):
        return
    subject = " ".join(tokens)
    if len(tokens) == 1 and " " in (full := who.full_name(subject, people, pos)):
        span.speaker, span.role = full, role  # "Parker said" after "Cristina Parker": a person, not a place
        return
    if len(tokens) == 1 and _names_a_group(subject):
        return  # "Marchers chanted “...”": a group opening the sentence, no one the story names
    if (subject.isupper() and len(subject) > 5) or (
        normalize_place(subject) is not None and not lex.LOCAL_GOVERNMENT.fullmatch(subject)
    ):
        return
    if len(tokens) == 1 and subject.casefold() in lex.NAME_TITLES:
        # "Judge ordered his release, stating: ...": the title alone is the person who holds it
        holder = next((p for p in reversed(people) if p.at < pos and _holds_title(p, subject.casefold())), None)
        if holder is not None:
            span.speaker, span.role = who.named_in_full(holder.name, people, pos), role
        return
    if len(tokens) == 1 and subject.casefold() in lex.TITLE_WORDS and not subject.isupper():
        return  # "said Customs and Border Protection Commissioner ...": the name was cut at "and"
    named = list(tokens)
    while len(named) > 1 and named[0].casefold() in lex.TITLE_WORDS:
        named.pop(0)  # "Police Chief Jane Doe": the title's own body ("Police") makes no organisation
    if (
        any(t.casefold().rstrip(".,") in lex.ORG_WORDS for t in named)
        or subject.isupper()
        or re.search(r"[A-Z][\w’'-]*[ ](?:and|of|for)[ ](?:the[ ])?[A-Z]", subject)  # "Enforcement and Removal ..."
    ):
        span.speaker, span.role = subject.removeprefix("The "), role
        return
    title: list[str] = []
    while len(tokens) > 1 and tokens[0].casefold() in lex.TITLE_WORDS | lex.OFFICE_CLOSING_WORDS:
        title.append(tokens.pop(0))
    if len(tokens) > 2 and tokens[0].casefold() in lex.NAME_DESCRIPTIONS:
        title.append(tokens.pop(0))  # "Witness Abdi Hassan said": a description, then the name
    name = " ".join(tokens)
    if len(tokens) == 1:
        name = who.full_name(name, people, pos)
    span.speaker = name
    span.role = " ".join([head, *title]) if head else role or (" ".join(title) if title else None)


#: A sentence whose subject is a person's title with "the" ("The judge sided with ...", "But the senator was not
#: persuaded.", "On most issues, the judge ruled ..."): it speaks of the person named earlier with that title. After
#: an opening phrase the title must be followed by its verb ("..., the judge and the mayor" is a list).
_TITLE_SUBJECT = re.compile(
    rf"(?:^|[.!?][”\"’]?[ ]+|\n)(?:(?:But|And|Yet|So)[ ])?"
    rf"(?:[Tt]he[ ](?P<title>{'|'.join(sorted(lex.NAME_TITLES))})[ ,]"
    rf"|[A-Z][^.!?\n“”\"]{{0,80}},[ ]the[ ](?P<late_title>{'|'.join(sorted(lex.NAME_TITLES))})[ ]"
    rf"(?:{lex.ADVERBS}[ ])*(?:{lex.CLAUSE_VERBS}|{lex.IRREGULAR_PAST}|[a-z]+ed|was|is|had|has)\b)"
)


def _holder_of_title_subject(people: who.People, pos: int, gender: str | None) -> str | None:
    """For a pronoun whose nearest subject is a title, not a name ("Judge Ann Lee ... sued ICE Director Tom Roe.
    The judge ruled ... The law, he wrote, ..."): the person named before with that title, of a compatible
    gender, when no person is named between that sentence and the pronoun; else None (the nearest name decides)."""
    text = people.text
    paragraph = text.rfind("\n\n", 0, pos)
    window = max(0, pos - 400, text.rfind("\n\n", 0, max(0, paragraph)))  # this paragraph and the one before
    subjects = list(_TITLE_SUBJECT.finditer(text, window, pos))
    if not subjects:
        return None
    last = subjects[-1]
    if any(last.start() < p.at < pos and (not p.organisation or p.anonymous) for p in people):
        return None
    title = last.group("title") or last.group("late_title")
    spellings = (title, *_ABBREVIATED_ROLES.get(title, ()))
    for p in reversed(people):
        if p.at >= last.start() or p.organisation:
            continue
        if any(t in p.title.casefold().split() for t in spellings) or re.search(rf"\b{title}\b", p.described):
            if gender is not None and p.gender not in (None, gender):
                return None
            return who.named_in_full(p.name, people, pos)
    return None


#: A court as the subject of its finding ("The court found", "the court wrote"): the judge who decided speaks.
_THE_COURT = re.compile(r"[Tt]he[ ]court")
#: The court as the subject of the clause that runs on to a quotation ("The court found that agents had “...”").
_COURT_FINDING = re.compile(
    rf"(?:^|[.!?][ ]|,[ ])[Tt]he[ ]court[ ](?:{lex.ADVERBS}[ ])*"
    rf"(?:{lex.CLAUSE_VERBS}|{lex.IRREGULAR_PAST}|found|[a-z]+ed)\b[^.“”\"]{{0,160}}$"
)
_JUDGE_TITLES = frozenset({"judge", "justice"})


def _sole_judge_before(people: who.People, pos: int) -> str | None:
    """The one judge the story names before `pos` ("U.S. District Judge Ann Lee issued an injunction ... The
    court found that ..."), or None when it names none or several (a panel's court is no one judge)."""
    judges = {
        who.named_in_full(p.name, people, pos)
        for p in people
        if p.at < pos and not p.organisation and _JUDGE_TITLES & set(f"{p.title} {p.role}".casefold().split())
    }
    return judges.pop() if len(judges) == 1 else None


def _body_opening_sentence_before(text: str, pos: int) -> str | None:
    """The body that opens the sentence before the quotation as its subject ("Dunmore County issued a statement. “...,”
    it said"), when its name says it is a body (a county, a city of, an archdiocese, a department), or None."""
    ends = [m.end() for m in lex.SENTENCE_END.finditer(text, max(0, pos - 400), pos)]
    if not ends:
        return None
    start = ends[-2] if len(ends) > 1 else text.rfind("\n", 0, ends[-1]) + 1  # where the sentence before starts
    start += len(text[start : ends[-1]]) - len(text[start : ends[-1]].lstrip())
    m = _BODY_OPENING.match(text, start, ends[-1])
    if m is None:
        return None
    words = {w.casefold() for w in m.group("body").split()}
    body = words & (lex.ORG_WORDS | lex.BODY_END_NOUNS | lex.BODY_OF_PLACE_HEADS) or lex.LOCAL_GOVERNMENT.fullmatch(
        m.group("body")
    )
    return m.group("body") if body else None


#: A body's name opening a sentence as the subject of its verb ("The City of Granby issued ...").
_BODY_OPENING = re.compile(rf"(?:The[ ])?(?P<body>{lex.ORG_RUN})[ ](?:[a-z]+ed|{lex.IRREGULAR_PAST}|{lex.VERBS})\b")


#: The speaker of a quotation whose attribution names an anonymous person ("an ICE official said"): found, so
#: no later sieve gives the words to someone else, and no quote (GUIDELINES §2).
_NOBODY = "(anonymous)"
#: Words that end a capitalised run before a person's name would ("DHS Statement", "What Ecklund Told
#: Agents"): a heading or label, cut there.
_LABEL_WORDS = lex.wordset(
    """statement statements response responses reported reports report told says said claims claim interview
    remarks highlights video update note observation account accounts testimony"""
)
#: Capitalised words that are never a speaker on their own: sentence starters, labels, groups ("Officials").
_NOT_SPEAKERS = lex.wordset(
    """added later story officials departments department administration authorities police agents officers
    reporters residents witnesses critics advocates families family neighbors experts protesters democrats
    republicans lawmakers senators students parents workers community government court union representatives
    members leaders sources source photo update summary context background timeline"""
)


#: A plural of a noun for people, capitalised only because it opens a sentence ("Marchers", "Demonstrators",
#: "Organizers", "Residents", "Migrants", "Texans"): a group, never one speaker. A surname of that shape
#: ("Sanders said") is taken before, as the person the story named in full.
_GROUP_NOUN = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ants|ents|ians|ans|ees)")


def _names_a_group(word: str) -> bool:
    """A capitalised plural for people (`_GROUP_NOUN`), or the plural of a title ("Attorneys", "Deputies",
    "Judges"): a group opening its sentence, never one speaker."""
    if _GROUP_NOUN.fullmatch(word):
        return True
    lowered = word.casefold()
    singulars = (lowered[:-3] + "y",) if lowered.endswith("ies") else (lowered[:-1], lowered[:-2])
    return lowered.endswith("s") and any(s in lex.TITLE_WORDS for s in singulars)


def _name_tokens(tokens: list[str]) -> list[str]:
    """A subject's words without sentence starters in front, a possessive, or label words after the name."""
    while tokens and tokens[0] in lex.NOT_NAMES:
        tokens = tokens[1:]
    for i, t in enumerate(tokens):
        if i and t.casefold() in _LABEL_WORDS:
            tokens = tokens[:i]
            break
    if tokens and lex.POSSESSIVE.search(tokens[-1]) and tokens[-1][-1] != "'":
        tokens = [*tokens[:-1], lex.POSSESSIVE.sub("", tokens[-1])]
    return tokens


def _not_a_speaker(tokens: list[str]) -> bool:
    """A capitalised non-name ("Officials", "Added") or a group ("Union Representatives")."""
    last = tokens[-1].casefold()
    return last in _NOT_SPEAKERS and (len(tokens) == 1 or last.endswith("s"))


def _tidy_speaker(speaker: str, text: str, pos: int, people: who.People) -> str | None:
    """The speaker as a reader names them, whatever sieve found it: label words and possessives cut
    ("Burnsville Statement", "Bovino's"), a cut agency name made whole, a non-name dropped."""
    tokens = _name_tokens(speaker.split())
    if not tokens or _not_a_speaker(tokens):
        return None
    if len(tokens) == 1 and tokens[0] != speaker:
        return who.full_name(tokens[0], people, pos)
    return _whole_agency(" ".join(tokens), text, pos)


def _whole_agency(speaker: str, text: str, pos: int) -> str:
    """An organisation's name as written in full where the attribution cut it ("Border Protection" ->
    "U.S. Customs and Border Protection"): the nearest longer run of capitalised words joined by "and"/"of"
    that ends with it."""
    words = speaker.split()
    if not all(w.casefold() in lex.TITLE_WORDS or w.casefold() in lex.ORG_WORDS for w in words):
        return speaker
    run = re.compile(rf"(?:(?:U\.S\.|[A-Z][\w’'-]*)[ ](?:(?:and|of|for)[ ])?)+{re.escape(speaker)}\b")
    found = [
        m
        for m in run.finditer(text)
        if re.search(r"[ ](?:and|of|for)[ ]", m.group()) and not _not_a_body(m.group().split(), text, m.start())
    ]
    if not found:
        return speaker
    nearest = min(found, key=lambda m: abs(m.start() - pos))
    tokens = nearest.group().split()
    while tokens and tokens[0] in lex.NOT_NAMES:
        tokens = tokens[1:]
    return " ".join(tokens) or speaker


def _not_a_body(words: list[str], text: str, start: int) -> bool:
    """The run that would make an agency's name whole holds a person's title ("Director of ICE", "Secretary Jeh
    Johnson and ICE") or starts with a common word that only a sentence's start capitalises ("Part of ICE's
    strategy ..."): no agency's name."""
    if any(w.casefold() in lex.NAME_TITLES for w in words):
        return True
    before = text[max(0, start - 4) : start].rstrip(" ")
    opens_sentence = not before or before[-1] in '\n.!?:”"’*#>-'
    if len(words) > 1 and words[0] in lex.NOT_NAMES:
        return False  # "The Department of Homeland Security said": "The" opens the sentence, the body follows
    first = words[0].casefold()
    return opens_sentence and first not in lex.ORG_WORDS and first not in lex.TITLE_WORDS and first != "u.s."


def _holds_title(p: who.Mention, title: str) -> bool:
    """A person written with this title before the name ("Federal Judge Jeffrey Bryan" holds "judge")."""
    return not p.organisation and title in p.title.casefold().split()


#: Titles as they are abbreviated before a name ("Sen. Dick Durbin" is "the senator").
_ABBREVIATED_ROLES = {
    "senator": ("sen.",),
    "governor": ("gov.",),
    "representative": ("rep.",),
    "congressman": ("rep.",),
    "congresswoman": ("rep.",),
    "lawmaker": ("sen.", "rep."),
    "general": ("gen.",),
    "doctor": ("dr.",),
}


def _resolve_described(span: _Span, phrase: str, people: who.People, pos: int) -> None:
    """A person already named, referred to by title or role: the nearest one introduced with those words."""
    words = [w.casefold() for w in re.findall(r"[\w’'-]+", phrase)[1:]]
    if len(words) > 2 and words[-2] == "of":
        words = words[:-2]  # "the mother of two": the mother
    if re.fullmatch(lex.PERSON_NOUNS, words[-1]):
        for p in reversed(people):
            if p.at < pos and not p.organisation and re.search(rf"\b{words[-1]}\b", p.described):
                span.speaker = who.named_in_full(p.name, people, pos)
                return
        if words[-1] in ("teenager", "teen"):
            # "the teenager said" after "Ana Ruiz, 17,": the one person named with a teenager's age
            text = people.text
            teens = [
                p
                for p in people
                if p.at < pos
                and not p.organisation
                and text.startswith(p.name, p.at)
                and _TEEN_AGE.match(text, p.at + len(p.name))
            ]
            if len({p.name for p in teens}) == 1:
                span.speaker = who.named_in_full(teens[0].name, people, pos)
        return
    spellings = "|".join(map(re.escape, (words[-1], *_ABBREVIATED_ROLES.get(words[-1], ()))))
    role = re.compile(rf"(?<![\w.])(?:{spellings})(?!\w)")
    # (the role as written, for a title the name's mention cut off: "Police Chief Ana Ruiz")
    holders = [
        p
        for p in people
        if not p.organisation
        and (role.search(p.described) or role.search(p.role.casefold()))
        and not _after_of(p, people.text)
    ]
    earlier = [p for p in holders if p.at < pos]
    if earlier:
        # "the Broward sheriff" after two sheriffs: the nearest one whose title has the capitalised qualifier
        qualifiers = _title_qualifiers(phrase)
        qualified = [p for p in earlier if _has_qualifiers(p, qualifiers)]
        chosen = (qualified or earlier)[-1]
        span.speaker = who.named_in_full(chosen.name, people, pos)  # "Kristi Noem, the homeland security secretary,"
        return
    if len({p.name for p in holders}) == 1 and holders[0].at - pos < _TITLE_AHEAD:
        # "“...,” the sheriff said." before "Sheriff Ana Ruiz said ...": the one person the story gives that title
        span.speaker = who.named_in_full(holders[0].name, people, holders[0].at + 1)
        return
    for p in reversed(people):  # "the Delaware Democrat": the Democrat tagged "(D-Del)", not the nearest one
        if p.at < pos and not p.organisation and len(words) > 1 and all(w in p.context for w in words):
            span.speaker = who.named_in_full(p.name, people, pos)
            return
    for p in reversed(people):
        if p.at < pos and not p.organisation and any(w in p.context for w in words[-1:]):
            span.speaker = who.named_in_full(p.name, people, pos)
            return
    for p in reversed(people):
        if p.at < pos and not p.organisation and any(w in p.context for w in words):
            span.speaker = who.named_in_full(p.name, people, pos)
            return
    named = who.antecedent(people, pos, who.gender_of(["x"], words))
    if named:
        span.speaker = named


#: How far ahead (characters) a title said before anyone holds it may point to the one person given that title.
_TITLE_AHEAD = 600


def _title_qualifiers(phrase: str) -> list[str]:
    """The capitalised words between "the" and the title ("the Broward sheriff", "the Miami-Dade County sheriff")."""
    return [w.casefold() for w in re.findall(r"[\w’'-]+", phrase)[1:-1] if w[:1].isupper()]


def _has_qualifiers(p: who.Mention, qualifiers: list[str]) -> bool:
    """Whether every qualifier stands as a word in the person's title, role or description (none: False)."""
    written = f"{p.title} {p.role} {p.described}".casefold()
    return bool(qualifiers) and all(re.search(rf"(?<![\w-]){re.escape(q)}(?![\w-])", written) for q in qualifiers)


#: A teenager's age set off by commas right after a name ("Ana Ruiz, 17, said").
_TEEN_AGE = re.compile(r",[ ]1[3-9],")


def _after_of(p: who.Mention, text: str) -> bool:
    """A name right after "of" ("Ana Ruiz, the owner of Ruiz Auto Body,"): what the described person owns or
    leads, never the person "the owner" points back to."""
    return text[max(0, p.at - 3) : p.at] == "of "


def _resolve_body_named_so(span: _Span, phrase: str, people: who.People, pos: int) -> None:
    """The body last named whose name ends in the words of a lower-case phrase, for "the sheriff's office said"
    after "the Hennepin County Sheriff's Office": a reporter's short name for it; nobody when none ends so."""
    wanted = _folded_words(phrase)
    bodies = sorted((p for p in [*people, *people.agencies()] if p.organisation and p.at < pos), key=lambda p: p.at)
    for body in reversed(bodies):
        if _folded_words(body.name)[-len(wanted) :] == wanted:
            span.speaker = body.name
            return


def _folded_words(words: str) -> list[str]:
    return words.replace("’", "'").casefold().split()


def _resolve_introduced(span: _Span, noun: str, people: who.People, pos: int) -> None:
    """The nearest person introduced with this noun, in an appositive ("Ana Ruiz, a Honduran asylum seeker,")
    or before the name ("asylum seeker Ana Ruiz", "The asylum seeker, Ana Ruiz,"), for "the asylum seeker";
    nobody when no one was, or when someone unnamed was introduced so since ("another youth on a bike" before
    "said the youth")."""
    text = people.text
    word = rf"\b[{noun[0].upper()}{noun[0]}]{re.escape(noun[1:])}\b"  # "Volunteer Ana Ruiz" opening a sentence
    appositive = re.compile(rf"[^,.;“”\"]{{0,40}},[ ](?:who[ ]is[ ])?(?:an?|the)[ ][^,.;“”\"]{{0,60}}?{word}")
    # (right before it, or set off by a comma: "The 34-year-old mechanic, Ivan Petrov, was released")
    before = re.compile(rf"{word},?[ ](?:[A-Z][\w.’'-]*[ ]){{0,2}}$")
    body_noun = noun in lex.ORG_WORDS | lex.BODY_END_NOUNS | lex.BODY_OF_PLACE_HEADS
    # "the union said" after "Ana Ruiz, an organizer with the union,": the union speaks, not its member
    for p in [] if body_noun else reversed(people):
        if p.at >= pos or p.organisation:
            continue
        intro = appositive.match(text, p.at)
        if intro or before.search(text, max(0, p.at - 80), p.at + 1 + text[p.at :].find(" ")):
            since = text[intro.end() if intro else p.at : pos]
            if not re.search(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ ](?:[\w-]+[ ]){{0,3}}{word}", since):
                span.speaker = who.named_in_full(p.name, people, pos)
            return
    if body_noun:
        span.speaker = _body_named_so(text, noun, pos)  # "the union said" after "The Service Employees ... Union"


def _body_named_so(text: str, noun: str, pos: int) -> str | None:
    """The nearest body named before `pos` (within a few paragraphs) whose name holds `noun` capitalised ("Service
    Employees International Union" for "the union", "Archdiocese of Miami" for "the archdiocese"), or None."""
    runs = [
        m.group().removeprefix("The ")
        for m in lex.ORG_NAME.finditer(text, max(0, pos - _BODY_NAMED_SO_REACH), pos)
        if noun.capitalize() in m.group().split()[1 if m.group().startswith("The ") else 0 :]
    ]
    return runs[-1] if runs else None


#: How far back (characters) "the union" may point to the union's name.
_BODY_NAMED_SO_REACH = 600


def _resolve_proxy(span: _Span, subject: str, people: who.People, pos: int) -> None:
    """An organisation speaking through an unnamed official or a document ("an ICE official", "the agency").

    The organisation named in the phrase speaks; "the official", "the agency", "the report" stand for the
    organisation last named (news outlets aside); "an official" with no organisation stays anonymous, and
    court papers keep their own name ("the lawsuit").
    """
    words = subject.split()
    if words[0].casefold() not in ("the", "a", "an", "one"):
        words = ["the", *words]  # "DHS attorneys argued": the agency named bare
    kind = words[-1]
    if kind in ("lawsuit", "complaint", "ruling", "filing"):
        span.speaker = subject.lower()
        return
    if kind in ("official", "officials"):
        # GUIDELINES §2: an anonymous speaker ("a senior official", "an ICE official") is no quote; the
        # organisation speaks only through its statement, spokesperson or counsel. "The official" is a person
        # the story named as one ("Tom Banks, an ICE official,"), or nobody.
        named_official = next(
            (p for p in reversed(people) if p.at < pos and not p.organisation and "official" in p.context), None
        ) or _titled_subject_before(people, pos)
        if words[0].casefold() == "the" and kind == "official" and named_official is not None:
            span.speaker = who.named_in_full(named_official.name, people, pos)
        else:
            span.speaker = _NOBODY
        return
    named = [w for w in words[1:] if w[0].isupper()]
    if not named and words[0].casefold() == "the" and kind in _VOICES and _unnamed_before(people.text, pos, kind):
        return  # "One senior administration official told Fox ... The official lamented": still nobody named
    if words[0].casefold() == "the" and kind.startswith("spokes"):
        # "the spokesman said" after "Carlos Ruiz, ICE's spokesman", "the ICE spokeswoman said" after "ICE
        # spokeswoman Ann Lee": the person introduced so, of the body the phrase names if it names one
        for p in reversed(people):
            if (
                p.at < pos
                and not p.organisation
                and kind in p.context
                and all(w.casefold() in p.context for w in named)
            ):
                span.speaker = who.named_in_full(p.name, people, pos)
                return
    if named:
        start = subject.index(named[0])
        end = subject.rindex(named[-1]) + len(named[-1])
        org = who.canonical_org(subject[start:end].removeprefix("The "))
        if re.match(rf"\S+[ ](?:{lex.VOICES})[ ](?:with|for|from|at)[ ]", subject):
            # "an official with U.S. Customs and Border Protection": the agency by its short name (CBP)
            agencies = find_agencies(org)
            if len(agencies) == 1 and agencies[0][2] - agencies[0][1] >= len(org) - 1:
                org = agencies[0][0]
        if (
            re.match(r"\S+[ ](?:statement|report|memo|post|letter)[ ]", subject)
            and not any(w.casefold().strip(".,’'s") in lex.ORG_WORDS for w in org.split())
            and not find_agencies(org)
        ):
            _resolve(span, org, None, people, pos)  # "a statement from Sen. Ann Lee": a person, her title a role
            return
        span.speaker = org
        return
    second = lex.POSSESSIVE.sub("", words[1]) if len(words) > 1 else ""  # "the agency’s statement": agency
    body_kind = len(words) > 2 and second.casefold() in lex.BODY_KIND_WORDS
    if words[0].casefold() in ("a", "an") and kind in _VOICES and not body_kind:
        return  # "a spokesman said": whose, the text does not say; "a department spokeswoman" is the department's
    bodies = [*people, *people.agencies()]
    orgs = sorted(
        (
            p
            for p in bodies
            if p.organisation
            and not p.anonymous
            and p.at < pos
            and not any(w.casefold() in lex.MEDIA_WORDS for w in p.name.split())
        ),
        key=lambda p: p.at,
    )
    if "agency" in (kind, second) and any(p.agency for p in orgs):
        orgs = [p for p in orgs if p.agency]  # "the agency said": an agency, not the White House or a company
    elif body_kind and (named := [p for p in orgs if second.casefold() in p.name.casefold().split()]):
        orgs = named  # "a department statement said": the department last named, not a group named since
    if kind in ("report", "statement", "memo", "memorandum") and (
        subjects := _sentence_subjects(orgs, people.text, pos)
    ):
        orgs = subjects  # "The DHS Office of Inspector General said ICE ... “...,” the report said": its author
    if orgs:
        span.speaker = orgs[-1].name
    elif "agency" in (kind, second):
        span.speaker = _agency_opening(span, people.text)


def _agency_opening(span: _Span, text: str) -> str | None:
    """The agency that opens the quotation as its subject ("“ICE does not target anyone,” the agency said"): an
    agency's statement names itself in the third person, so "the agency" with no agency named before is it."""
    opening = {name for name, start, _ in find_agencies(text) if span.start < start <= span.start + 5}
    return opening.pop() if len(opening) == 1 else None


def _sentence_subjects(orgs: list[who.Mention], text: str, pos: int) -> list[who.Mention]:
    """The bodies among `orgs` that open one of the two sentences before `pos` ("The GAO said Tuesday that ICE
    ..."): a document named next ("the report said") is theirs, not that of a body their sentence is about."""
    starts = [
        0,
        *(m.end() for m in lex.SENTENCE_END.finditer(text, 0, pos)),
        *(m.end() for m in re.finditer("\n", text[:pos])),
    ]
    recent = sorted(s for s in starts if s < pos)[-3:]
    return [p for p in orgs if any(re.fullmatch(r"\s*(?:[Tt]he\s+)?", text[s : p.at]) for s in recent if s <= p.at)]


def _titled_subject_before(people: who.People, pos: int) -> who.Mention | None:
    """The person with a title or role who opens the sentence right before `pos` in its paragraph, the only person
    named since ("The agency's acting chief, Matthew Kerr, defended the arrest. “...,” the Border Patrol official
    said."): whom "the official" points back to."""
    text = people.text
    line = text.rfind("\n", 0, pos) + 1
    ends = [m.end() for m in lex.SENTENCE_END.finditer(text, line, pos)]
    start = ends[-2] if len(ends) > 1 else line  # the sentence before the quotation's own
    named = [p for p in people if start <= p.at < pos and not p.organisation]
    if len(named) == 1 and named[0].subject_like and (named[0].role or named[0].title):
        return named[0]
    return None


#: The people, not documents, an organisation speaks through, as words.
_VOICES = frozenset(lex.VOICES.split("|"))


def _unnamed_before(text: str, pos: int, kind: str) -> bool:
    """The last "<kind>" written before `pos` was introduced as someone the story does not name ("One senior
    administration official told Fox News"), so "the <kind>" after it is that anonymous person, whom
    GUIDELINES leaves unquoted. A mention with a body ("an ICE official", "the Homeland Security official", "a
    spokesman for the agency"), or none, leaves "the <kind>" to the body last named."""
    mention = re.compile(rf"\b(?P<det>[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)[ ](?P<words>(?:[\w.’'-]+[ ]){{0,3}}){kind}\b")
    found = list(mention.finditer(text, max(0, pos - 3000), pos))
    if not found:
        return False
    last = next((m for m in reversed(found) if m["det"].casefold() != "the" or m["words"]), found[-1])
    return (
        last["det"].casefold() != "the"
        and not re.search(r"[A-Z]", last["words"])
        and not re.match(r"[ ](?:with|for|from|at|of)[ ]", text[last.end() :])
    )
