"""An epithet a naming verb gives its object, its sentence's stop inside the closing mark (American style), is a
label, not a quotation; a predicate quoted with its stop stays one (GUIDELINES, 'Quotes')."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Removals passed 300,000 last year, and union leaders dubbed the governor the “jailer of the valley.”",
        'Arrests doubled in the spring, a pace that led students to label the sheriff the "round-up king."',
        "The county signed its agreement in May; protesters branded the new jail the “border fortress,” and the "
        "name stuck.",
        "Federal agents made 80 arrests, and neighbors nicknamed the operation the “knock at dawn.”",
        "Arrests reached 5,000 in March, a figure activists used to label the mayor the “jailer in chief.”",
        "Detentions grew all year under what organizers call the “cage economy.”",
        "Removals rose to 90,000, and students dubbed the governor “the great expeller.”",
    ],
)
def test_epithet_given_by_a_naming_verb_is_no_quote(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sheriff Dale Moss says the new jail is a “model for the whole state.” Critics disagree.", "Dale Moss"),
        ("Sheriff Dale Moss said the raids removed the “most dangerous people in the county.”", "Dale Moss"),
        (
            "Warden Paul Briggs defended the center, insisting that it offers the “finest medical care anywhere.”",
            "Paul Briggs",
        ),
        ("“We will keep marching,” Rivera said.", "Rivera"),
        ("Pastor Lena Ortiz called the raid “the saddest morning this parish has seen.”", "Lena Ortiz"),
    ],
)
def test_quoted_predicate_or_short_sentence_stays_a_quote(text: str, speaker: str) -> None:
    assert [s for s, _ in _quotes(text)] == [speaker]
