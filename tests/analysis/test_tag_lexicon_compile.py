"""The tagger's fast paths (tasks/analysis/tag.py): lexicons compiled as first-letter groups (`_rx`), with the same
matches and spans as the plain alternation they are written as; sentence ends and white space read as before."""

from __future__ import annotations

import re

import pytest

from tasks.analysis.tag import (
    _ACTION,
    _IMMIGRATION,
    _SENTENCE_END,
    _SPACED_SENTENCE_END,
    _SPECIFIC,
    _by_first_letter,
    _literal_first,
    _rx,
    _sentences,
    _single_spaced,
    _top_level_split,
)

#: Lexicons of the shapes the rewrite changes: a group first, an optional part first, a look-behind after the word, a
#: character class first (kept in place), a lazy word run, a negative look-ahead, and words sharing first letters.
LEXICON = (
    r"(?:sent|send|flown|fly)\s+(?:(?:him|her|them)\s+)?(?:back|home)(?!\s+(?:\$|money))",
    r"(?:solitary\s+)?confine(?:d|ment)",
    r"detention(?<!juvenile\sdetention)\s+(?:centers?|beds?)",
    r"[A-Z][a-z]+(?:an|ese)\s+nationals?",
    r"(?:hold|held|keep|kept)\s+(?:\w+\s+){0,3}?(?:past|beyond)\s+(?:their|the)\s+release",
    r"raids?",
    r"raided",
    r"arrest(?:s|ed)?",
    r"(?:(?:halt|stop)\w*|fought|fac(?:e[sd]?|ing))\s+(?:his|her)\s+removal",
)
#: Invented sentences, each with a match or a near miss of the lexicon above.
SENTENCES = (
    "Agents sent him back to Honduras on a charter the next morning.",
    "She sent back $200 to her mother every month.",
    "He was flown home after his appeal failed, and then flown home money followed.",
    "The men were held in solitary confinement for nine days; two were confined to a cell.",
    "The county's juvenile detention center is full, the immigration detention beds are not.",
    "Two Guatemalan nationals and a Japanese national were arrested at the raided warehouse.",
    "The jail agreed to hold the inmates past their scheduled release, then kept two beyond the release date.",
    "Her lawyers fought her removal for a year; his family is facing his removal next week.",
    "Nothing here: a hockey team sent its coach a cake.",
)


def _plain(*alternatives: str) -> re.Pattern[str]:
    return re.compile((r"\b(?:" + "|".join(alternatives) + r")\b").lower())


@pytest.mark.parametrize("sentence", SENTENCES)
def test_compiled_lexicon_finds_the_same_matches_as_the_plain_alternation(sentence: str) -> None:
    compiled, plain = _rx(*LEXICON), _plain(*LEXICON)
    for text in (sentence.lower(), sentence):
        assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_sentences_do_match_the_lexicon() -> None:
    """The comparison above is not between two patterns that never match: all but the money sent home and the
    hockey team's cake do."""
    compiled = _rx(*LEXICON)
    unmatched = [s for s in SENTENCES if not compiled.search(s.lower())]
    assert unmatched == [SENTENCES[1], SENTENCES[-1]]


def test_a_group_first_alternative_becomes_one_branch_per_member_and_an_optional_part_two() -> None:
    assert _literal_first(r"(?:sent|flown)\s+back") == [r"sent\s+back", r"flown\s+back"]
    assert _literal_first(r"(?:solitary\s+)?confined") == [r"solitary\s+confined", "confined"]
    # a repeated or lazy group is left as written
    assert _literal_first(r"(?:\w+\s+)*away") == [r"(?:\w+\s+)*away"]
    assert _literal_first(r"(?:very\s+)??far") == [r"(?:very\s+)??far"]


def test_branches_are_grouped_by_first_letter_and_others_keep_their_place() -> None:
    grouped = _by_first_letter(["arrest", "raids?", "apprehen\\w+", "[a-z]+ian", "arrived", "raided"])
    assert grouped == ["a(?:rrest|pprehen\\w+)", "r(?:aids?)", "[a-z]+ian", "a(?:rrived)", "r(?:aided)"]


def test_tagger_lexicons_open_every_branch_on_a_letter() -> None:
    """The costly shapes (a group or an optional part first) are gone from the largest lexicons."""
    for lexicon in (_ACTION, _SPECIFIC, _IMMIGRATION):
        body = lexicon.pattern.removeprefix(r"\b(?:").removesuffix(r")\b")
        assert all(branch[:1].isalnum() for branch in _top_level_split(body))


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        (
            "Agents arrived at 6 a.m. on Tuesday. Four men were detained! Was anyone else taken? No one knows.",
            [
                "Agents arrived at 6 a.m. on Tuesday.",
                "Four men were detained!",
                "Was anyone else taken?",
                "No one knows.",
            ],
        ),
        (
            "Nine people were held (three of them minors.) Two were released on Friday.",
            ["Nine people were held (three of them minors.)", "Two were released on Friday."],
        ),
        (
            "The mayor said the raid was “cruel.”Officials disagreed. Sen. Ruiz asked for a hearing.",
            ["The mayor said the raid was “cruel.”", "Officials disagreed.", "Sen. Ruiz asked for a hearing."],
        ),
        (
            'He said it was over."Nobody believes that," she said. The U.S. Border Patrol did not reply.',
            ['He said it was over."', 'Nobody believes that," she said.', "The U.S. Border Patrol did not reply."],
        ),
    ],
)
def test_sentences_end_at_spaced_and_glued_ends(paragraph: str, sentences: list[str]) -> None:
    """A paragraph with no closing double quote is split by the spaced ends alone (`_SPACED_SENTENCE_END`), which
    split it as the full pattern does; one with a glued quote ends there too."""
    assert _sentences(paragraph) == sentences
    if '"' not in paragraph and "”" not in paragraph:
        assert _SPACED_SENTENCE_END.split(paragraph) == _SENTENCE_END.split(paragraph)


def test_white_space_runs_become_one_space() -> None:
    assert _single_spaced("  ICE\u00a0agents \t arrested\n\nfour \u2003men  ") == "ICE agents arrested four men"
