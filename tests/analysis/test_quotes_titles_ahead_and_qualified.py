"""A speaker referred to by a title alone (GUIDELINES.md 'Quotes': the person, by name): "the Kern sheriff" after
two sheriffs is the one whose title carries "Kern"; "the chief said" before anyone holds the title is the one
person the story later gives that title, never when two people share it or none does. Invented sentences."""

from __future__ import annotations

from tasks.analysis.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in find_quotes(text)]


def test_qualified_title_picks_the_holder_with_that_qualifier() -> None:
    text = (
        "Kern County Sheriff Donny Youngblood said his deputies would not patrol for ICE. "
        "“We keep the peace,” Youngblood said.\n\n"
        "Tulare County Sheriff Mike Boudreaux took the other side. “We honor every detainer,” Boudreaux said.\n\n"
        "“Nobody in my county should fear calling us,” the Kern sheriff added."
    )
    assert ("Donny Youngblood", "Nobody in my county should fear calling us") in _speakers(text)


def test_unqualified_title_still_takes_the_nearest_holder() -> None:
    text = (
        "Kern County Sheriff Donny Youngblood spoke first. “We keep the peace,” Youngblood said.\n\n"
        "Tulare County Sheriff Mike Boudreaux spoke next. “We honor every detainer,” Boudreaux said.\n\n"
        "“The law is the law,” the sheriff added."
    )
    assert ("Mike Boudreaux", "The law is the law") in _speakers(text)


def test_title_said_before_its_one_holder_is_named() -> None:
    text = (
        "“Our jail will not be a waiting room for anyone,” the police chief said on Tuesday.\n\n"
        "Police Chief Laura Whitfield said the policy had been in place since 2019. "
        "“It keeps victims talking to us,” Whitfield said."
    )
    assert ("Laura Whitfield", "Our jail will not be a waiting room for anyone") in _speakers(text)


def test_title_said_before_two_holders_names_nobody() -> None:
    text = (
        "“Our jail will not be a waiting room for anyone,” the sheriff said on Tuesday.\n\n"
        "Sheriff Laura Whitfield of Ames County and Sheriff Dan Ortega of Bell County met with ICE. "
        "“We talked for an hour,” Ortega said."
    )
    speakers = _speakers(text)
    assert not any(q == "Our jail will not be a waiting room for anyone" for _, q in speakers)


def test_title_no_one_holds_names_nobody() -> None:
    text = (
        "“Some nights we see nobody cross,” the agent said, asking not to be named.\n\n"
        "County Judge Rosa Elizondo said the county wanted a meeting. “We want answers,” Elizondo said."
    )
    assert all(s != "Rosa Elizondo" or q == "We want answers" for s, q in _speakers(text))
