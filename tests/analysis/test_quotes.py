"""Behaviour of tasks/analysis/quotes.py: attributed direct quotations (GUIDELINES.md 'Quotes', issue #3)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import REPO_DIR, require_shared

from tasks.analysis.quotes import find_quotes


def test_seed_article_three_quotes_with_speakers() -> None:
    text = require_shared("seed", "operation-safe-city.txt").read_text(encoding="utf-8")
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Matthew Albence", "Michelle Lujan Grisham", "Rosemary Boeglin"]
    assert quotes[0].text.startswith("We are never going to stop enforcing the laws")
    assert quotes[0].role == "an executive associate director of U.S. Immigration and Customs Enforcement"
    for q in quotes:
        assert text[q.start] == "“"


def test_interrupted_quotation_is_one_quote() -> None:
    text = '"We will not back down," said Jane Roe, the mayor. "Our city protects its residents."'
    [quote] = find_quotes(text)
    assert quote.speaker == "Jane Roe" and quote.role == "the mayor"
    assert quote.end == len(text)


def test_pronoun_resolves_to_the_last_person_named() -> None:
    text = (
        "Maria Lopez, an immigration lawyer, has represented detainees for a decade.\n"
        "“The detention center is overcrowded and unsafe,” she said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Maria Lopez"


def test_bare_surname_resolves_to_the_full_name() -> None:
    text = "John Smith leads the union.\n“Agents are exhausted by the pace of arrests,” Smith said."
    assert [q.speaker for q in find_quotes(text)] == ["John Smith"]


def test_colon_attribution_before_the_quote() -> None:
    text = "Governor Ann Lee said: “No state police officer will act as an immigration agent.”"
    [quote] = find_quotes(text)
    assert quote.speaker == "Ann Lee" and quote.text.startswith("No state police officer")


def test_new_paragraph_with_its_own_attribution_is_another_quote() -> None:
    text = (
        "“The raids terrify families in our parish,” said Tom Reyes, a pastor.\n"
        "“We have seen nothing like this before,” Reyes said."
    )
    assert len(find_quotes(text)) == 2


def test_anonymous_speaker_is_skipped() -> None:
    text = (
        "“The operation will continue for weeks,” a senior official said.\n“More arrests are coming,” officials said."
    )
    assert find_quotes(text) == []


def test_scare_quotes_are_skipped() -> None:
    text = "Carlos Diaz called the policy “cruel,” and Ann Lee said the plan was “a disaster.”"
    assert find_quotes(text) == []


def test_organisation_as_speaker_when_no_person_is_named() -> None:
    text = "“Our facilities meet the highest standards of care,” GEO Group said in a statement."
    assert [q.speaker for q in find_quotes(text)] == ["GEO Group"]


def test_pronoun_agrees_in_gender_with_its_antecedent() -> None:
    text = (
        "Maria Lopez runs the clinic. John Park, a volunteer, drove the van.\n"
        "“We are exhausted after weeks of raids,” she said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Maria Lopez"]


def test_gender_cue_before_a_name_counts() -> None:
    text = (
        "Spokeswoman Dale Kim answered questions. Sam Ortiz, an organiser, listened.\n"
        "“No one was detained at the school,” she said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Dale Kim"]


def test_mid_sentence_quotation_belongs_to_the_clause_subject() -> None:
    text = (
        "Senator Tom Reyes, who opposed the bill, criticized the agency, "
        "insisting that its agents “have no oversight at all.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tom Reyes"]


def test_unnamed_official_of_a_named_agency_speaks_for_the_agency() -> None:
    text = (
        "“These arrests make our communities safer,” an ICE official said.\n"
        "Later an ICE official said the raids would continue. "
        "“These are not victimless crimes,” the official said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["ICE", "ICE"]


def test_the_agency_is_the_organisation_last_named() -> None:
    text = (
        "U.S. Immigration and Customs Enforcement released the figures on Monday.\n"
        "“Not all detainees are held without bond,” the agency said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["ICE"]


def test_a_title_points_back_to_the_person_who_holds_it() -> None:
    text = (
        "President Ann Smith spoke in Ohio. Mayor Bob Jones listened.\n"
        "“We will secure the border this year,” the president said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ann Smith"]


def test_surname_that_is_also_a_place_name_is_the_person() -> None:
    text = "Fred Parker leads the group. “Calls have tripled since the raids began,” Parker said."
    assert [q.speaker for q in find_quotes(text)] == ["Fred Parker"]


def test_object_of_a_verb_is_not_the_speaker() -> None:
    text = "Jane Roe criticized the agency, saying its detention centers “are unsafe for children.”"
    assert [q.speaker for q in find_quotes(text)] == ["Jane Roe"]


def test_dev_set_quotes_f1_floor(tmp_path: Path) -> None:
    """Measured 0.781 with bench/entities.py (halves 0.797 / 0.743); the floor sits a little below."""
    require_shared("gold", "facts-dev.jsonl")
    bench = REPO_DIR / "bench" / "entities.py"
    args = [sys.executable, str(bench), "--misses", "0", "--pred", str(tmp_path / "pred.jsonl")]
    out = subprocess.run(args, capture_output=True, text=True, check=True, cwd=REPO_DIR)
    line = next(row for row in out.stdout.splitlines() if row.startswith("quotes"))
    f1 = float(line.split("F1")[1].split()[0])
    assert f1 >= 0.765, line


def test_hard_wrapped_text_reads_as_paragraphs() -> None:
    text = (
        "The county sheriff spoke at length on Tuesday about the new jail\n"
        "contract and the people held there for immigration agents, and\n"
        "Sheriff Dan Cole said: “We will not hold anyone past their release date\n"
        "without a judge’s warrant,” before leaving the podium.\n"
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Dan Cole" and quote.text.startswith("We will not hold anyone past their release date")
    assert text[quote.start] == "“"


def test_link_markup_does_not_hide_the_attribution() -> None:
    text = "Ann Ruiz has a warning: “We will find you and charge you,” she [writes in *The Post*](https://x.example/a)."
    [quote] = find_quotes(text)
    assert quote.speaker == "Ann Ruiz" and text[quote.start] == "“"


def test_place_and_title_before_a_name_keep_the_person() -> None:
    text = "Pima County Commissioner Sally Ortega said the policy was wrong.\n“We will not change course,” she said."
    assert [q.speaker for q in find_quotes(text)] == ["Sally Ortega"]


def test_photo_credit_is_not_an_antecedent() -> None:
    text = (
        "Maria Ortiz runs the shelter.\n"
        "A child plays near the fence. (Photo: Nick Oza, The Daily Star)\n"
        "“We have no beds left tonight,” she said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Maria Ortiz"]


def test_given_name_only_speaker_is_a_person() -> None:
    text = (
        "José fled Honduras in 2017, says his lawyer, Elissa Brandt of Austin.\n"
        "“I went through a legal process,” says José.\n"
        "“I waited for months in a shelter,” he says."
    )
    assert [q.speaker for q in find_quotes(text)] == ["José", "José"]


def test_given_names_ending_in_a_read_as_women() -> None:
    text = "Kristina Vale, a nurse, met Tom Berg at the border.\n“The children had not eaten in days,” she said."
    assert [q.speaker for q in find_quotes(text)] == ["Kristina Vale"]


def test_quotation_under_a_heading_that_names_the_speaker() -> None:
    text = (
        "# Protester held for a day\n"
        "Lee Marsh, a teacher, was held at the federal building.\n"
        "## Witness Account (Lee Marsh)\n"
        "### What he saw\n"
        "> “The whole place was chaotic and nobody knew who was held where.”\n"
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Lee Marsh"


def test_bold_label_is_not_a_speaker() -> None:
    text = (
        "Mayor Kim Vo visited the family.\n"
        "**Personal Notes:** Mayor Vo said the families go back decades. “They are like my own uncles,” she said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Kim Vo"]


def test_name_ends_at_a_possessive() -> None:
    text = "From Lia Moua's Facebook post:\n“They broke down the door and took him outside in the cold.”"
    assert [q.speaker for q in find_quotes(text)] == ["Lia Moua"]


def test_mixed_curly_and_straight_marks_pair_up() -> None:
    text = '“The notices were not issued by the agency," spokesperson Dana Cole told reporters.'
    [quote] = find_quotes(text)
    assert quote.speaker == "Dana Cole" and quote.text.startswith("The notices were not issued")


def test_quotation_running_on_across_paragraphs_goes_to_its_lead() -> None:
    text = (
        "From The Daily Ledger:\n\n"
        "*“The plant will add 800 jobs over the next five years, the company said…*\n\n"
        "*Its chief executive called the move overdue.”*\n"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Daily Ledger"]


def test_a_title_word_cut_from_its_name_is_not_a_speaker() -> None:
    text = "“Our agents did everything they could,” said Customs and Border Protection Commissioner Ken Lowe."
    assert [q.speaker for q in find_quotes(text)] == []


def test_outlet_that_reports_is_the_speaker() -> None:
    text = "“Within hours of arriving, the family was released,” the Daily Chronicle reports."
    assert [q.speaker for q in find_quotes(text)] == ["Daily Chronicle"]


def test_outlet_report_named_at_the_end_of_the_sentence() -> None:
    text = "“The number of deportation flights is rising” amid a push to remove more people, CNN reports."
    assert [q.speaker for q in find_quotes(text)] == ["CNN"]


def test_outlet_told_is_not_the_speaker() -> None:
    text = "Ana Diaz runs the clinic. “We have seen more patients every week,” she told The New York Times."
    assert [q.speaker for q in find_quotes(text)] == ["Ana Diaz"]


def test_official_with_an_agency_speaks_for_it_by_its_short_name() -> None:
    text = (
        "Asylum claims “are handled on a case-by-case basis,” an official with U.S. Customs and Border "
        "Protection told the paper in an email."
    )
    assert [q.speaker for q in find_quotes(text)] == ["CBP"]


def test_agency_named_before_official_keeps_its_spelling() -> None:
    text = (
        "A Department of Homeland Security official answered the charge.\n"
        "“We do not separate babies from adults,” the official said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker.endswith("Homeland Security")


def test_pronoun_attribution_teaches_a_gender() -> None:
    text = (
        "Rene Alvarez fled Honduras last year.\n"
        "Sallie Moreno, the justice of the peace, says she has done several weddings.\n"
        "“I love seeing happy families together,” she adds.\n"
        "“If my family goes back, my wife will be in danger,” he says."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Sallie Moreno", "Rene Alvarez"]
