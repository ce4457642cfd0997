"""Short, lead-only enforcement stories (round 22, bench/probes/tagshort.jsonl): the agency's officers named before
their agency ("Officers with ERO Dallas ..."), and a brief's second sentence that points back after a day told without
a comma ("By Friday he had been ..."). Sentences invented for these tests."""

from __future__ import annotations

from tasks.analysis.tag import _analyse, tag_article


def _strength(title: str, text: str, sentence: str) -> float:
    return next(s.enforcement for s in _analyse(title, text).sentences if s.text == sentence)


def test_officers_named_before_their_agency_are_its_officers() -> None:
    """The agency's officers named first ("Officers with ERO Dallas", "agents from the Border Patrol", "officers of
    Immigration and Customs Enforcement") are its officers acting, as "ERO officers" and "Border Patrol agents" are:
    enforcement on their own. Other bodies' officers are not, nor are HSI's (its agents also work drug and abuse
    cases), nor the agency's officers seizing goods."""
    for sentence in (
        "Officers with ERO Dallas put the 41-year-old on a flight to San Salvador.",
        "Agents from the Border Patrol stopped a pickup carrying nine people near Sierra Blanca.",
        "Two officers of Immigration and Customs Enforcement waited outside the courtroom.",
    ):
        assert _strength("x", sentence, sentence) == 2.0, sentence
    for sentence in (
        "Agents from the FBI arrested the township treasurer on Tuesday.",
        "Officers with the county sheriff's office stopped a pickup near Sierra Blanca.",
        "Agents with HSI arrested a Tampa man in a child exploitation case.",
        "Officers from CBP seized 300 counterfeit handbags at the port.",
    ):
        assert _strength("x", sentence, sentence) < 2.0, sentence


def test_a_two_sentence_brief_whose_escort_names_the_agency_is_enforcement() -> None:
    """A release of two sentences: the removal told of a foreign national, then the agency's officers by the
    preposition. The same brief about a trade delegation's officers is no enforcement."""
    removal = (
        "Salvadoran fugitive returned",
        "A Salvadoran national wanted for extortion was removed Thursday and turned over to police in San Salvador.\n"
        "Officers with ERO Dallas escorted him on the flight.",
    )
    assert tag_article(*removal).is_enforcement
    trade = (
        "Trade mission returns",
        "A Salvadoran trade delegation returned Thursday from a week of meetings in Dallas.\n"
        "Officers with the chamber of commerce escorted them to the airport.",
    )
    assert not tag_article(*trade).is_enforcement


def test_a_day_told_without_a_comma_opens_a_sentence_that_points_back() -> None:
    """A day without its comma ("By Friday she had been moved ...") opens a sentence that points back at the person of
    the enforcement lead before it, as "By Friday, she ..." does: it goes on with the lead at half strength. After a
    lead of no enforcement it stays nothing, and a day that opens no pronoun points back at nobody."""
    text = (
        "A Colombian graduate student was detained by immigration agents outside her apartment in Medford on Monday.\n"
        "By Friday she had been moved to a facility in Texas."
    )
    assert _strength("x", text, "By Friday she had been moved to a facility in Texas.") == 0.5
    fair = "The county fair opened on Monday.\nBy Friday they had sold 4,000 tickets."
    assert _strength("x", fair, "By Friday they had sold 4,000 tickets.") == 0.0
    lead = "Immigration agents detained a Colombian graduate student outside her apartment in Medford on Monday."
    plain = f"{lead}\nOn Friday classes resumed at the university."
    assert _strength("x", plain, "On Friday classes resumed at the university.") == 0.0


def test_the_border_told_by_its_river_is_an_unlawful_crossing() -> None:
    """Crossing the river or the Rio Grande illegally is crossing the border so: the people it is said of are the
    subject of a smuggling sentence, as people "in the country illegally" are. A river crossed by a ferry or a bridge
    built without a permit is no such crossing."""
    smuggling = "A Zapata man was sentenced Monday for driving nine people who had crossed the Rio Grande illegally."
    assert _strength("x", smuggling, smuggling) >= 1.0
    for sentence in (
        "A Zapata man was sentenced Monday for driving nine people across the river on a ferry without a license.",
        "A Zapata man was sentenced Monday for building a bridge across the river illegally.",
    ):
        assert _strength("x", sentence, sentence) == 0.0, sentence


def test_a_board_vote_in_a_short_story_under_an_enforcement_headline_is_no_legislation() -> None:
    """A county board's vote on holding people for the agency is told by its vote ("The only vote against came from
    ..."): under a headline that reads as enforcement, that sentence goes on with the lead instead of weighing as
    legislative vocabulary. A sentence with a bill or a campaign in it keeps its legislative reading, and so does the
    vote under a headline of no enforcement."""
    lead = "Lyon County supervisors voted 3-2 Tuesday to keep holding up to 120 people for ICE at the county jail."
    vote = "The only vote against came from Supervisor Dale Herr."
    headed = _analyse("Lyon County keeps its jail deal", f"{lead}\n{vote}")
    assert next(s for s in headed.sentences if s.text == vote).enforcement == 0.5
    assert tag_article("Lyon County keeps its jail deal", f"{lead}\n{vote}").is_enforcement
    bill = "The vote came a day after the state Senate passed a bill on the same question."
    assert next(
        s for s in _analyse("Lyon County keeps its jail deal", f"{lead}\n{bill}").sentences if s.text == bill
    ).other
    plain = _analyse("Supervisors meet in Yerington", f"{lead}\n{vote}")
    assert next(s for s in plain.sentences if s.text == vote).enforcement == 0.0
