"""Round 25 (quotes25): a carried speaker's confidence split by whether anyone else was
quoted before in the story (SIEVE_CONFIDENCE measures each part on the work part), and a quoted sentence whose
speaker the next sentence names ("Those were the words of ...", "The words came from ...")."""

from tasks.analysis.quotes import CONFIDENT_QUOTE, find_quotes


def _by_text(text: str) -> dict[str, tuple[str, float]]:
    return {q.text: (q.speaker, q.confidence) for q in find_quotes(text)}


SOLE_CARRY = (
    "DALLAS — A nurse who volunteers at the county's shelter described the week after the raids.\n\n"
    "“Every bed we had was full by Tuesday night,” said Rita Alvarez, who runs the shelter's clinic.\n\n"
    "“We sent children to sleep in the chapel because there was nowhere else to put them.”"
)

SHARED_CARRY = (
    "DALLAS — Two people who work at the county's shelter described the week after the raids.\n\n"
    "“The phones never stopped ringing,” said Tom Becker, the shelter's director.\n\n"
    "“Every bed we had was full by Tuesday night,” said Rita Alvarez, who runs the shelter's clinic.\n\n"
    "“We sent children to sleep in the chapel because there was nowhere else to put them.”"
)


def test_carried_speaker_quoted_alone_is_confident():
    found = _by_text(SOLE_CARRY)
    speaker, confidence = found["We sent children to sleep in the chapel because there was nowhere else to put them."]
    assert speaker == "Rita Alvarez"
    assert confidence >= CONFIDENT_QUOTE


def test_carried_speaker_after_another_quoted_stays_unconfident():
    found = _by_text(SHARED_CARRY)
    speaker, confidence = found["We sent children to sleep in the chapel because there was nowhere else to put them."]
    assert speaker == "Rita Alvarez"
    assert confidence < CONFIDENT_QUOTE


def test_words_of_in_the_same_paragraph():
    text = (
        "The hearing ran past midnight.\n\n"
        "“No family should learn about a raid from a video on their phone.” Those were the words of state Sen. "
        "Paula Grant, who chairs the committee."
    )
    assert _by_text(text)["No family should learn about a raid from a video on their phone."][0] == "Paula Grant"


def test_words_came_from_in_the_next_paragraph():
    text = (
        "The crowd outside the courthouse grew through the afternoon.\n\n"
        "“We came here to make sure nobody disappears today.”\n\n"
        "The words came from Daniel Reyes, a pastor in Elgin."
    )
    assert _by_text(text)["We came here to make sure nobody disappears today."][0] == "Daniel Reyes"


def test_words_of_an_unnamed_person_are_no_quote():
    text = "“We came here to make sure nobody disappears today.” The words came from a man in the crowd."
    assert find_quotes(text) == []


def test_words_of_after_a_sentence_of_the_paragraph_are_not_read():
    # the quotation does not open its paragraph: the sentence before it may name its speaker another way
    text = (
        "Her grandmother had painted a sign for the march. “Nobody here is a criminal for working.” "
        "The words came from a song."
    )
    assert all(q.speaker != "a song" for q in find_quotes(text))
