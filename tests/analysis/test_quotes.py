"""Behaviour of tasks/analysis/quotes.py: attributed direct quotations (GUIDELINES.md 'Quotes', issue #3)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import REPO_DIR, require_shared

from tasks.analysis.quote_speakers import speaker_key
from tasks.analysis.quotes import CONFIDENT_QUOTE, SIEVE_CONFIDENCE, find_quotes


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


def test_an_unnamed_official_is_anonymous_but_the_agencys_spokesman_and_statement_speak_for_it() -> None:
    """GUIDELINES §2: "Anonymous speakers ("a senior official") ... are not quotes", and the speaker is "the
    organisation when no person is named". An unnamed official, of a named agency or not, is a person the story
    does not name: no quote, and the rest of their words in the paragraph are not given to anyone else. The
    agency's spokesman and its statement are the organisation speaking: its quotes."""
    text = (
        "“These arrests make our communities safer,” an ICE official said.\n"
        "Later an ICE official said the raids would continue. "
        "“These are not victimless crimes,” the official said. “We will go on.”\n\n"
        "“Agents acted within the law,” an ICE spokesman said.\n\n"
        "“The raids will continue,” ICE said in a statement."
    )
    assert [(q.speaker, q.text, q.role) for q in find_quotes(text)] == [
        ("ICE", "Agents acted within the law", "ICE spokesman"),
        ("ICE", "The raids will continue", "ICE spokesman"),
    ]
    text = (
        "“We will fight this,” said Ann Lee, the mayor.\n\n"
        "“These arrests make our communities safer,” an ICE official said.\n\n"
        "“We will keep going until the job is done.”"
    )
    assert [(q.speaker, q.text) for q in find_quotes(text)] == [("Ann Lee", "We will fight this")]


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


def test_dev_set_quotes_f1_floor(dev_set_evaluation: tuple[Path, dict]) -> None:
    """The check part of the dev set (bench/devset.py is_check: never read case by case, so it predicts unseen
    articles), scored as `newsflow analyze` output by bench/evaluate.py: quotes F1 0.810 (P 0.857, R 0.768; 0.803
    before round 13), and precision 0.902 for the quotes of confidence >= 0.7 the analyst views show. Floors a hair
    below."""
    require_shared("gold", "facts-dev.jsonl")
    _, figures = dev_set_evaluation
    check, confident = figures["check"]["quotes"], figures["confident"]["check"]["quotes"]
    assert check["f1"] >= 0.805, check
    assert check["precision"] >= 0.852, check
    assert confident["precision"] >= 0.895, confident


def test_dev_set_role_floor(tmp_path: Path) -> None:
    """Issue #7 item 6, the role of each quote: on the check part, of the quotes that match a gold quote, 0.836
    carry a role and 0.782 carry one agreeing with gold's (bench/quote_errors.py --roles, roles_agree; 0.695 and
    0.646 before round 8; round 9 matched one more quote, 129 agreeing of 165 where it was 129 of 164; round 12's
    agency names written in full with "and"/"of", 134 of 165 = 0.812). Floors a hair below."""
    require_shared("gold", "facts-dev.jsonl")
    out = tmp_path / "roles.json"
    args = [sys.executable, str(REPO_DIR / "bench" / "quote_errors.py"), "--roles", "--json", str(out)]
    subprocess.run(args, capture_output=True, text=True, check=True, cwd=REPO_DIR)
    check = json.loads(out.read_text())["check"]
    assert check["with_role"] >= 0.83, check
    assert check["agreeing"] >= 0.81, check


def test_quote_errors_scores_probe_stories_whatever_their_tagging(tmp_path: Path) -> None:
    """bench/quote_errors.py --probes: attribution on invented stories, tagged or not, matched as score.py does."""
    require_shared("gold", "score.py")
    probe = {
        "id": "t-001",
        "text": "“We never saw a warrant,” said Ana Ruiz, a neighbor.\n“It was not built for this,” one agent said.",
        "quotes": [{"speaker": "Ana Ruiz", "role": "neighbor", "text": "We never saw a warrant"}],
    }
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps(probe) + "\n", encoding="utf-8")
    args = [sys.executable, str(REPO_DIR / "bench" / "quote_errors.py"), "--probes", str(path)]
    out = subprocess.run(args, capture_output=True, text=True, check=True, cwd=REPO_DIR).stdout
    assert "quotes P 1.000  R 1.000  F1 1.000  (1/1/1)" in out, out


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
    """Never "Customs": since round 12 the agency's name runs on through "and" (test_quotes_readings.py), so the
    person after its title speaks (before, the quote was dropped)."""
    text = "“Our agents did everything they could,” said Customs and Border Protection Commissioner Ken Lowe."
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Ken Lowe", "Customs and Border Protection Commissioner")
    ]


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


def test_agency_named_before_its_spokesperson_keeps_its_spelling() -> None:
    text = (
        "A Department of Homeland Security spokesperson answered the charge.\n"
        "“We do not separate babies from adults,” the spokesperson said."
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


# --- attribution sieves (issue #7): made-up sentences, one family each ---------------------------------


def test_according_to_after_the_quotation_names_the_speaker() -> None:
    text = "Agents raided three farms “at dawn, while families were still asleep,” according to Sen. Ann Ortiz."
    [quote] = find_quotes(text)
    assert quote.speaker == "Ann Ortiz" and quote.text.startswith("at dawn")


def test_according_to_a_statement_names_its_organisation() -> None:
    text = "The arrests took place “across four counties over two days,” according to an ICE statement."
    assert [q.speaker for q in find_quotes(text)] == ["ICE"]


def test_quotation_paragraph_carries_over_the_previous_speaker() -> None:
    text = (
        "“We were never told why they took him,” said Rosa Delgado, his sister.\n\n"
        "“Nobody has called us since Tuesday and the detention center will not answer.”"
    )
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Rosa Delgado", "Rosa Delgado"]
    assert quotes[1].text.startswith("Nobody has called us")


def test_multi_paragraph_quotation_takes_the_attribution_of_its_continuation() -> None:
    text = (
        "The sheriff read a long statement at the briefing.\n\n"
        "“Our deputies will not ask anyone about their immigration status during traffic stops.\n\n"
        "“That has been our policy for ten years,” Sheriff Dana Whitfield said."
    )
    quotes = find_quotes(text)
    assert quotes[0].speaker == "Dana Whitfield"
    assert quotes[0].text.startswith("Our deputies will not ask")


def test_partial_quotation_inside_the_speakers_sentence() -> None:
    text = "Mayor Lena Brooks called the raids “a betrayal of every family in this city” on Monday."
    [quote] = find_quotes(text)
    assert quote.speaker == "Lena Brooks" and quote.text.startswith("a betrayal")


def test_descriptor_resolves_to_the_person_introduced_with_it() -> None:
    text = (
        "Kentucky Sen. Rand Holloway, a Republican, opposed the bill. Maria Chen of the ACLU supported it.\n\n"
        "“This bill rewards people who broke the law,” the Kentucky Republican said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Rand Holloway"


def test_description_then_name_after_the_quotation() -> None:
    text = "“The children were held for weeks without a hearing,” the lead attorney, Howard Pike, told reporters."
    assert [q.speaker for q in find_quotes(text)] == ["Howard Pike"]


def test_name_with_appositive_then_colon_introduces_the_quotation() -> None:
    text = "Dana Ruiz, a staff attorney with the ACLU of Ohio: “These arrests were unlawful from the start.”"
    assert [q.speaker for q in find_quotes(text)] == ["Dana Ruiz"]


def test_an_agency_name_is_never_cut_to_a_fragment() -> None:
    text = "“Agents acted within policy at every point of the operation,” U.S. Customs and Border Protection said."
    assert [q.speaker for q in find_quotes(text)] == ["U.S. Customs and Border Protection"]


def test_capitalised_non_names_and_groups_are_not_speakers() -> None:
    text = (
        "Added: “The operation will continue for several more weeks.”\n\n"
        "“We were not consulted about any of the arrests,” Union Representatives said."
    )
    assert find_quotes(text) == []


def test_label_words_after_a_name_are_cut() -> None:
    text = "### DHS Statement\n“This individual was arrested for assaulting federal officers.”"
    assert [q.speaker for q in find_quotes(text)] == ["DHS"]


def test_pronoun_after_a_quotation_keeps_that_quotations_speaker() -> None:
    text = (
        "Commissioner Karen Voss met Governor Paul Reyes on Monday.\n\n"
        "“That is not a capacity we have had in the past,” Voss said.\n\n"
        "“We are trying to change the system so that every child is checked,” she added."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Karen Voss", "Karen Voss"]


def test_one_canonical_speaker_per_person_with_the_role_of_the_first_full_mention() -> None:
    text = (
        "President Donald J. Trump spoke in Texas.\n\n"
        "“We will build the wall,” Trump said.\n\n"
        "“Nobody will stop it,” said Donald Trump."
    )
    quotes = find_quotes(text)
    assert [(q.speaker, q.role) for q in quotes] == [("Donald J. Trump", "President")] * 2
    assert speaker_key("Donald J. Trump") == speaker_key("Donald Trump") == speaker_key("donald trump jr.")


def test_a_courtesy_title_is_no_part_of_the_warehouse_key() -> None:
    # the store joins one person's quotes by this key: "Mr Trump" (no stop, British style) and "Dr. Ada Rivera"
    # are the same people as "Trump" and "Ada Rivera"; a lone courtesy word stays what it is
    assert speaker_key("Mr Trump") == speaker_key("Mr. Trump") == speaker_key("Trump") == "trump"
    assert speaker_key("Dr. Ada Rivera") == speaker_key("Ada Rivera")
    assert speaker_key("Dr") == "dr"


def test_each_quote_carries_the_confidence_of_its_sieve() -> None:
    text = (
        "“We enforce the law every single day,” said Tom Reyes, a spokesman.\n\n"
        "Ann Lee criticized the plan as “a disaster for working families across the state” on Friday."
    )
    explicit, partial = find_quotes(text)
    assert 0 < partial.confidence < explicit.confidence <= 1
    assert explicit.confidence == SIEVE_CONFIDENCE["after-verb"] and partial.confidence == SIEVE_CONFIDENCE["clause"]


def test_bare_surname_with_a_verb_is_the_person_a_pronoun_points_back_to() -> None:
    text = (
        "Ana Pérez, a spokeswoman for the agency, spoke first. Maria Vega, a neighbor, watched the arrests.\n\n"
        "Perez defended the operation at the briefing: “The officers followed every rule we have,” she said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ana Pérez"]  # accents aside, Perez is Ana Pérez again


def test_sentence_starter_is_not_part_of_the_name() -> None:
    text = "Although Ann Lee opposed the raids, she stayed quiet.\n\n“We were never consulted about it,” Lee said."
    assert [q.speaker for q in find_quotes(text)] == ["Ann Lee"]


def test_quotation_paragraph_continuing_an_open_quotation_is_the_same_quote() -> None:
    text = (
        "“We have never seen raids like these,” said Tom Reyes, a pastor. “Families are hiding in their homes.\n\n"
        "“Children are afraid to go to school. Nobody knows who will be taken next.”"
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Tom Reyes" and quote.end == len(text)


def test_title_in_quotation_marks_is_not_a_quote() -> None:
    text = "Mayor Ann Lee said the city would fight the “Remain in Mexico” policy and the “Safe Third Country” plan."
    assert find_quotes(text) == []
    speech = "“It's Christmas in February,” said Tom Reyes, a pastor."
    assert [q.text for q in find_quotes(speech)] == ["It's Christmas in February"]


def test_nationality_and_credit_runs_are_not_antecedents() -> None:
    text = (
        "Professor Elena Ortiz studies asylum law.\n\n"
        "Ortiz said many claims fail, but Central American claims are harder. REUTERS/Kevin Lamarque\n\n"
        "“The cases require experts and time,” she said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Elena Ortiz"]


def test_prefixed_surnames_are_whole_names() -> None:
    text = "Acting Secretary Kevin McAleenan visited the station.\n\n“We need more capacity now,” McAleenan said."
    assert [q.speaker for q in find_quotes(text)] == ["Kevin McAleenan"]


def test_name_inside_quotation_marks_is_not_an_antecedent() -> None:
    text = (
        "Secretary Kevin Long was accused of leaking the plan. On Fox News’ “The Morning Show,” he denied it.\n\n"
        "“I have never leaked details of an operation,” he said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Kevin Long"]


def test_blockquote_lead_names_the_subject_of_its_clause_not_the_interviewer() -> None:
    text = (
        "In a separate interview with Sean Hannity, Bovino praised the agent:\n\n"
        "> “Hats off to that agent. I am glad he made it out alive.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Bovino"]


def test_statement_from_an_organisation_is_its_quote() -> None:
    text = "“The arrests targeted dangerous criminals,” according to a statement from ICE."
    assert [q.speaker for q in find_quotes(text)] == ["ICE"]


def test_title_alone_points_back_to_the_person_who_holds_it() -> None:
    text = (
        "Attorney General Pam Bondi spoke Monday.\n\n"
        "“We are going to prosecute every one of them,” the attorney general said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Pam Bondi"]


def test_the_spokesman_is_the_person_introduced_as_spokesman() -> None:
    text = "Carlos Ruiz is ICE's spokesman in Chicago. “The operation targeted criminals,” the spokesman said."
    assert [q.speaker for q in find_quotes(text)] == ["Carlos Ruiz"]


def test_quotation_interrupted_inside_its_sentence_is_one_quote() -> None:
    text = "“We are seeing families torn apart,” Ruiz said, “and it is heartbreaking to watch.”"
    [quote] = find_quotes(text)
    assert quote.speaker == "Ruiz" and quote.end == len(text)
    separate = "She accused them of “inaccurate and disgusting” attacks and praised the “best facilities in the world.”"
    assert len(find_quotes("Ann Lee spoke.\n\n" + separate)) == 2


def test_multi_paragraph_quotation_is_not_counted_twice() -> None:
    text = (
        "“We see families torn apart every day,” said Ana Ruiz, a lawyer. “It is heartbreaking.\n\n"
        "“Nobody should have to live like this,” she added."
    )
    assert [q.text for q in find_quotes(text)] == [
        "We see families torn apart every day",
        "Nobody should have to live like this",
    ]


def test_partial_quotation_belongs_to_the_subject_of_its_sentence() -> None:
    text = (
        "Thomas Homan testified for three hours.\n\n"
        "However, in a statement, Homan partly blamed a court ruling for the crisis, saying it "
        "“rewards parents for bringing their children.”\n\n"
        "He shrieked at the committee, accusing them of making “inaccurate and disgusting” attacks."
    )
    quotes = find_quotes(text)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Thomas Homan", "rewards parents for bringing their children."),
        ("Thomas Homan", "inaccurate and disgusting"),
    ]
    assert all(q.confidence < 0.7 for q in quotes)  # a partial quotation's speaker is a guess: not shown by default


def test_opening_participle_is_not_a_sentence_subject() -> None:
    text = "Having waited for years, he had to add: “No hay mal que dure cien años.”"
    assert [q.speaker for q in find_quotes(text)] == []


def test_partial_quotation_belongs_to_the_subject_of_any_past_tense_verb_before_it() -> None:
    text = (
        "As the bill died in committee the senator Ann Lee shrugged off the result, calling it "
        "“a partisan stunt by the other side.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ann Lee"]


def test_related_story_debris_after_a_name_is_nobody_a_pronoun_points_to() -> None:
    text = (
        "On Wednesday, Speaker Paul Ryan Paul Davis RyanDemocrats hit Scalia over LGBTQ rights Krystal Ball "
        "touts Sanders odds in Texas MORE (R-Wis.) toured the border. In a statement, he promised to work on "
        "“securing the border and enforcing our laws.”"
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Paul Ryan"
    assert text[quote.start :].startswith("“securing")  # offsets still point into the original text


def test_state_and_party_descriptor_resolves_to_the_person_tagged_so() -> None:
    text = (
        "Rand Paul (R-Ky.) criticized the plan on Tuesday. Chuck Schumer (D-N.Y.) disagreed with him.\n\n"
        "“This is a disaster for the country,” the Kentucky Republican said.\n\n"
        "“It will pass anyway,” the New York Democrat said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Rand Paul", "Chuck Schumer"]


def test_an_agency_is_one_speaker_however_it_is_spelled() -> None:
    assert speaker_key("U.S. Immigration and Customs Enforcement") == speaker_key("ICE") == "ice"
    assert speaker_key("the Department of Homeland Security") == speaker_key("DHS") == "dhs"
    assert speaker_key("U.S. Customs and Border Protection") == speaker_key("CBP")
    assert speaker_key("DHS Office of Inspector General") != speaker_key("DHS")  # a part of an agency stays apart


def test_according_to_names_a_person_after_a_description_or_an_organisation_whole() -> None:
    speakers = [
        find_quotes(text)[0].speaker
        for text in (
            "The family was “devastated and confused by the arrest,” according to their lawyer, Jane Roe.",
            "Agents were “following standard procedures at all times,” according to the Department of Homeland "
            "Security.",
            "According to a statement from U.S. Customs and Border Protection, agents “acted within policy at "
            "every step.”",
            "According to attorney Brian Clark of Lockridge Grindal Nauen: “What ICE did is unconstitutional.”",
        )
    ]
    assert speakers == [
        "Jane Roe",
        "Department of Homeland Security",
        "U.S. Customs and Border Protection",
        "Brian Clark",
    ]


def test_said_then_a_description_in_lower_case_then_the_name() -> None:
    quotes = find_quotes(
        "“We will fight this in court,” said immigration attorney Jane Roe.\n\n"
        "“We are overwhelmed at every level,” said former acting ICE director John Sandweg.\n\n"
        "“Nobody told us anything,” said Ann Lee on Tuesday."
    )
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Jane Roe", "immigration attorney"),
        ("John Sandweg", "former acting ICE director"),
        ("Ann Lee", None),
    ]


def test_pronoun_points_to_the_subject_of_the_last_sentence_not_its_object() -> None:
    text = "Quinn Lee met Robin Kim at the border crossing on Tuesday.\n\n“We are not done with this fight,” he said."
    assert [q.speaker for q in find_quotes(text)] == ["Quinn Lee"]


def test_abbreviated_title_does_not_end_the_sentence_before_a_partial_quotation() -> None:
    text = "Ann Lee answered on Monday, writing that Sen. Roe was “far too slow on the border bill” and should go."
    [quote] = find_quotes(text)
    assert quote.speaker == "Ann Lee" and quote.text == "far too slow on the border bill"


def test_bare_surname_that_is_also_a_town_finds_a_full_name_ending_in_a_suffix() -> None:
    text = (
        "The association’s chief, Carl Evans Jr, wrote to the governor in June.\n\n"
        "“We have documented lasting harm to the children held there,” Evans said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Carl Evans Jr"


def test_partial_quotation_after_a_negated_verb_belongs_to_the_sentence_subject() -> None:
    text = (
        "At the hearing in Tucson, Ann Lee didn’t answer the question directly, instead arguing that "
        "“the numbers speak for themselves this year” and leaving."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Ann Lee"


def test_quotation_after_a_reporting_sentence_of_its_paragraph_keeps_that_speaker() -> None:
    text = (
        "Maria Lopez runs a shelter in El Paso.\n\n"
        "It does not matter who wins the election, she said. “We will keep the doors open for every family.”"
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Maria Lopez" and quote.text == "We will keep the doors open for every family."


def test_quotation_after_a_sentence_that_reports_nobody_stays_unattributed() -> None:
    text = "Maria Lopez runs a shelter in El Paso.\n\nThe shelter opened in 2019. “Nobody expected the lines.”"
    assert find_quotes(text) == []


def test_capitalised_verb_after_the_quotation_still_attributes_it() -> None:
    text = "“We see these cases as humanitarian concerns first,” Said Deputy U.S. attorney Ann Lee."
    [quote] = find_quotes(text)
    assert quote.speaker == "Ann Lee"


def test_unnamed_attorney_or_spokesperson_of_an_agency_named_bare_speaks_for_it() -> None:
    text = (
        "At the hearing, DHS attorneys argued that observers were “summoning crowds that impede operations.”\n\n"
        "In court, an ICE lawyer told the judge that “every transfer followed the written rules.”\n\n"
        "Ann Lee’s attorney said “the arrest was unlawful from the very start.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["DHS", "ICE"]  # a person's attorney is nobody named


def test_quotations_in_a_list_take_the_speaker_of_the_sentence_that_introduces_it() -> None:
    text = (
        "The agency gave its own account. DHS claimed:\n"
        "- The driver “was swerving across three lanes with a child in the car”\n"
        "- He “refused several lawful commands to open the door”\n\n"
        "**Witness accounts:**\n"
        "- A neighbour “saw agents break the window without any warning”"
    )
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["DHS", "DHS"]  # a bold label introduces nobody's words


def test_agency_name_before_one_capitalised_word_is_not_a_person() -> None:
    label = "**Response to ICE Tactics:**\n- “This is a citizen with no record who was asleep in his own home.”"
    assert find_quotes(label) == []
    [quote] = find_quotes("“We will not stop,” said ICE Director Lyons.")
    assert quote.speaker == "Lyons"


def test_the_statement_of_an_agency_spelled_out_with_and_is_that_agency() -> None:
    text = (
        "US Customs and Border Protection said in a statement on Monday that the gates were closed.\n\n"
        "“Officers acted to protect the crowd and the port from harm,” the statement said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "US Customs and Border Protection"


def test_a_title_alone_as_subject_is_the_person_introduced_with_it() -> None:
    text = (
        "- Federal Judge Ann Lee ruled on Friday that the arrest broke the law\n"
        "- Judge ordered his release, stating: “The entry into his home was unlawful from the start.”\n"
        "- Sheriff told reporters: “We were never asked to help with any of it.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ann Lee"]  # no sheriff was introduced


def test_dash_then_a_participle_clause_names_no_speaker() -> None:
    text = "“The man has no criminal record at all” — flatly contradicting DHS claims of a long rap sheet."
    assert find_quotes(text) == []
    [quote] = find_quotes("“Speechless and sad.” — actor Jim Carey, on Sunday")
    assert quote.speaker == "Jim Carey"


def test_according_to_an_agency_title_and_name_is_the_person() -> None:
    after = "The man had “a long criminal record in two states,” according to ICE spokesman John Smith."
    before = "According to CBP Commissioner Ann Lee, the agents “acted within policy at every step.”"
    assert [q.speaker for q in find_quotes(after) + find_quotes(before)] == ["John Smith", "Ann Lee"]


def test_a_private_person_called_by_what_they_are_is_the_one_introduced_so() -> None:
    introduced = (
        "Pedro Alvarez, a 28-year-old father of three from Honduras, was detained in May.\n\n"
        "“They took me in front of my children,” the father of three said."
    )
    [quote] = find_quotes(introduced)
    assert quote.speaker == "Pedro Alvarez"
    nearest_only = (
        "A woman who asked not to be named stood near Ann Lee, the organizer.\n\n"
        "“We are afraid to go to work every single day,” the woman said."
    )
    assert find_quotes(nearest_only) == []  # the woman is unnamed: not the nearest person


def test_a_link_whose_text_is_quoted_is_a_title_not_a_quote() -> None:
    text = (
        "Ann Lee posted a video on X.\n\n"
        '1. Instagram Video (Jan 8, 2026): ["Store worker detained by agents in the lot"](https://example.org/v/1)'
    )
    assert find_quotes(text) == []


def test_a_body_named_with_its_article_is_the_speaker() -> None:
    text = (
        "The White House said in a statement that the raids were “targeted operations against criminals.”\n\n"
        "“The order is unlawful and must be stayed,” the Justice Department said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["White House", "Justice Department"]


def test_lead_line_names_the_subject_of_its_sentence_before_anyone_it_mentions() -> None:
    text = (
        "DHS did not address Ann Lee’s detention but issued a general statement:\n\n"
        "> “Any claim of poor conditions at our facilities is false and we will say so every time.”"
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "DHS"


def test_pronoun_points_to_an_appositive_subject_not_the_previous_sentence_subject() -> None:
    text = (
        "Juan Perez was arrested in May. His lawyer, John Smith, filed a petition on Friday.\n\n"
        "“He has no criminal record at all and should be home,” he said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "John Smith"


def test_names_starting_with_an_accented_capital_are_names() -> None:
    text = (
        "Óscar Ruiz was detained in May. “They took everything we had,” Ruiz said.\n\n"
        "“We had no choice at all,” says Ángel, who gave only his first name."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Óscar Ruiz", "Ángel"]


def test_subject_with_an_age_and_a_hometown_before_the_verb() -> None:
    text = "“We will keep fighting for these families every day,” Jane Doe, 45, of Phoenix, said on Monday."
    [quote] = find_quotes(text)
    assert quote.speaker == "Jane Doe"


def test_subject_with_an_age_and_a_hometown_before_a_colon_attribution() -> None:
    text = "Jane Doe, 45, of Phoenix, said: “We will keep fighting for these families every day.”"
    [quote] = find_quotes(text)
    assert quote.speaker == "Jane Doe"


def test_person_of_a_named_body_is_the_speaker_not_the_body() -> None:
    text = (
        "“We will keep fighting for these families every day,” Jane Doe of the Florida Immigrant Coalition said.\n\n"
        "“Results come faster now,” then-Secretary of Homeland Security Kevin Lee told the council."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Jane Doe", "Kevin Lee"]


def test_the_before_an_abbreviated_title_is_part_of_a_name_not_a_description() -> None:
    text = (
        "“These families deserve better than this,” the Rev. Jane Doe said.\n\n"
        "“We open our doors to everyone who knocks,” said the Rev. Ann Lee, pastor of a church in Tucson."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Jane Doe", "Ann Lee"]


def test_a_title_naming_its_body_is_a_person_with_that_role_not_an_organisation() -> None:
    [quote] = find_quotes("“These families deserve better than this,” said Phoenix Police Chief Jane Doe.")
    assert (quote.speaker, quote.role) == ("Jane Doe", "Phoenix Police Chief")
    [body] = find_quotes("“We will keep patrolling the river every night,” Border Patrol said.")
    assert body.speaker == "Border Patrol"


def test_a_kinship_noun_before_a_name_gives_its_gender_despite_the_comma() -> None:
    text = (
        "In Phoenix, Jane Roe and her husband, Juan Roe, watched the arrests from their porch.\n\n"
        "“These families deserve better than this,” she said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Jane Roe"


def test_a_time_or_medium_between_subject_and_verb_keeps_the_attribution() -> None:
    after = "“These families deserve better than this,” Jane Doe on Monday told reporters."
    before = "Ann Lee last week told the council: “We were never asked to help the agents.”"
    quotes = find_quotes(after) + find_quotes(before)
    assert [q.speaker for q in quotes] == ["Jane Doe", "Ann Lee"]
    assert quotes[1].confidence == SIEVE_CONFIDENCE["before-verb"]


def test_bold_quotation_with_its_attribution_after_the_emphasis() -> None:
    text = "**“It’s unheard of for the whole southern border,”** says border reporter Bill Lee."
    [quote] = find_quotes(text)
    assert quote.speaker == "Bill Lee"


def test_quotation_paragraph_after_a_paragraph_reporting_its_speaker() -> None:
    text = (
        "Jane Doe, the group’s director, said the decision was wrong.\n\n"
        "“We are devastated by this decision. We will appeal it in every court that will hear us.\n\n"
        "“Our families deserve better than this.”"
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Jane Doe" and quote.text.startswith("We are devastated")
    assert quote.confidence < CONFIDENT_QUOTE  # not measured on the dev set yet


def test_short_quoted_noun_phrase_after_a_determiner_is_a_label_not_speech() -> None:
    text = (
        "Ann Lee described herself as a champion of the “forgotten men and women” of the valley.\n\n"
        "Ann Lee called the raids “a cruel attack on our community.”"
    )
    assert [q.text for q in find_quotes(text)] == ["a cruel attack on our community."]


def test_a_description_given_as_a_quoted_phrase_is_a_partial_quotation() -> None:
    text = (
        "Sheriff Tom Reyes spoke to reporters on Friday.\n\n"
        "Reyes dismissed the county audit as a “political hit job” and said the jail would stay open."
    )
    [quote] = find_quotes(text)
    assert (quote.speaker, quote.text) == ("Tom Reyes", "political hit job")


def test_the_agency_is_the_last_agency_named_not_the_last_body() -> None:
    text = (
        "ICE said some detainees may be eligible for bond.\n\n"
        "The White House declined to comment on the case.\n\n"
        "“Every custody decision is made case by case,” the agency said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "ICE"


def test_pronoun_after_an_unnamed_person_points_to_nobody() -> None:
    text = (
        "Ramon Diaz died at the fence in 2012.\n\n"
        "A young man on a bike pedaled up the road and shouted at the reporters.\n\n"
        "“If you take pictures of my friends we will take your cameras,” he yelled."
    )
    assert find_quotes(text) == []
    named = text.replace("A young man on a bike", "His cousin, Luis Diaz,")
    assert [q.speaker for q in find_quotes(named)] == ["Luis Diaz"]


def test_a_name_after_among_or_between_is_no_antecedent() -> None:
    text = (
        "John Smith has studied elections in the state for thirty years and teaches at a college in the capital.\n\n"
        "He found that the gap in the vote this year was by far the widest among Tom Roe voters in the north.\n\n"
        "“It was the whole election,” he said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "John Smith"


def test_pronoun_points_to_the_subject_after_an_inverted_said_not_the_opening_words() -> None:
    text = (
        "Secure Communities earned the president a nickname, said Luis Ortega, a lawyer in New York.\n\n"
        "But, he added: “The program became the breeding ground for the resistance.”"
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Luis Ortega"


def test_double_surname_without_the_given_name_is_the_full_mention() -> None:
    text = (
        "Zenén Jaimes Pérez, of the Texas Civil Rights Project, met the families.\n\n"
        "“Parents will be separated from their children again,” said Jaimes Perèz."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Zenén Jaimes Pérez"


def test_quote_text_is_not_cut_at_an_abbreviation() -> None:
    text = "“The U.S. Border Patrol will not stop. Mr. Smith agrees with us,” said Ann Lee."
    [quote] = find_quotes(text)
    assert quote.text == "The U.S. Border Patrol will not stop."


def test_the_official_after_an_unnamed_one_is_still_anonymous() -> None:
    """GUIDELINES: anonymous speakers are not quotes. "The official" pointing back to "one senior
    administration official" names nobody, not the department named before, and neither does it after "a
    Homeland Security official"; after "Tom Banks, a senior ICE official," it is he."""
    said = "The official lamented the state of morale at the department, saying: “Morale has collapsed in the field.”"
    unnamed = (
        f"One senior administration official briefed reporters about the Department of Homeland Security.\n\n{said}"
    )
    assert find_quotes(unnamed) == []
    unnamed = f"A Homeland Security official briefed reporters about the Department of Homeland Security.\n\n{said}"
    assert find_quotes(unnamed) == []
    named = f"Tom Banks, a senior ICE official, briefed reporters about the Department of Homeland Security.\n\n{said}"
    assert [(q.speaker, q.role) for q in find_quotes(named)] == [("Tom Banks", "a senior ICE official")]


def test_a_credit_after_the_dash_names_the_speaker() -> None:
    """`" — tweet Sunday by actor Ann Lee`: a credit line after the closing mark (what it was, when, by whom)
    attributes the quotation like `" — Ann Lee, actor` does; its role is the words before the name, and a body's
    the document it names ("statement")."""
    text = (
        "—“Families are being torn apart at our border every single day.” — tweet Sunday by actor Ann Lee.\n\n"
        "“Our officers acted within policy and the law.” — statement by ICE"
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("Ann Lee", "actor"), ("ICE", "statement")]


def test_a_body_named_through_and_or_of_is_not_cut_to_its_tail() -> None:
    """Agency fragment (issue #7): `," Enforcement and Removal Operations said.` is that body whole, not
    "Removal Operations" with "Enforcement and" as a role, nor "and Removal Operations" with "Enforcement" as a
    title; a person after such a body keeps it as a role."""
    text = (
        "Agents arrested 12 people on Monday.\n\n"
        "“These were targeted arrests,” Enforcement and Removal Operations said.\n\n"
        "“We are ready for more,” Bureau of Prisons spokesman Randy Smith said."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Enforcement and Removal Operations", "statement"),
        ("Randy Smith", "Bureau of Prisons spokesman"),
    ]


def test_a_possessive_before_a_name_is_not_that_persons_gender() -> None:
    """Nearest other person (issue #7): in "Her lawyer, David Chen," the "her" is the client's; "she said" after
    it points past him to the woman named before."""
    text = (
        "Maria Lopez was detained on Tuesday outside her home. Her lawyer, Sam Chen, filed a petition on Wednesday.\n\n"
        "“I have lived here for twenty years and I have never been arrested,” she said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Maria Lopez"]


def test_a_descriptor_goes_to_the_person_it_introduced_not_to_the_next_name() -> None:
    """Descriptor unresolved / nearest other person (issue #7): "the secretary" is the person introduced as
    the secretary, not the one named right after her sentence; "the senator" is the one titled "Sen."."""
    secretary = (
        "Kristi Noem, the homeland security secretary, visited the facility with Tom Homan.\n\n"
        "“This facility is a model for the whole country,” the secretary said."
    )
    assert [q.speaker for q in find_quotes(secretary)] == ["Kristi Noem"]
    senator = (
        "Sen. Dick Durbin of Illinois questioned Kristi Noem on Tuesday.\n\n"
        "“You have not answered my question about the children,” the Illinois senator said."
    )
    assert [q.speaker for q in find_quotes(senator)] == ["Dick Durbin"]


def test_any_noun_a_person_was_introduced_with_names_them_later() -> None:
    """Descriptor unresolved (issue #7): `," the asylum seeker said.` is the person introduced as "a Honduran
    asylum seeker" (or "asylum seeker Ana Ruiz"), whatever the noun; not when an unnamed one came in since."""
    said = "\n\n“I just want my husband home before the holidays,” the asylum seeker said."
    assert [q.speaker for q in find_quotes("Ana Ruiz, a Honduran asylum seeker, was released on Friday." + said)] == [
        "Ana Ruiz"
    ]
    assert [q.speaker for q in find_quotes("Asylum seeker Ana Ruiz was released on Friday." + said)] == ["Ana Ruiz"]
    unnamed = "Ana Ruiz, an asylum seeker, was released. Another asylum seeker, who asked not to be named, watched."
    assert find_quotes(unnamed + said) == []


def test_a_name_with_its_body_before_the_verb_owns_a_partial_quotation() -> None:
    """Partial quotation (issue #7): "Jane Roe of the ACLU of Minnesota said the policy is “...”": the body
    between the name and the verb, as after a closing mark, does not hide the speaker."""
    text = "Jane Roe of the ACLU of Minnesota said the policy is “unconstitutional on its face” and that it would sue."
    assert [q.speaker for q in find_quotes(text)] == ["Jane Roe"]


def test_an_aldermans_title_is_a_role_not_part_of_the_name() -> None:
    """One canonical speaker per person: "Chicago Alderman Andre Vasquez" is Andre Vasquez with the role "Chicago
    Alderman", and "Ald. Vasquez" is the same person, with the same role."""
    text = "“Enough is enough,” wrote Chicago Alderman Andre Vasquez on X.\n\n“We protect them,” Ald. Vasquez said."
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Andre Vasquez", "Chicago Alderman"),
    ] * 2


def test_a_quotation_in_single_marks_is_a_quote_and_an_apostrophe_does_not_end_it() -> None:
    """British-style (and nested) quotations use ‘ and ’: `‘We weren’t told,’ said Ana Ruiz` is a quote; the
    ’ of "weren’t" is an apostrophe inside it; a short chant in single marks stays a scare quote. (The "whose"
    clause is no role since round 12: test_quotes_readings.py.)"""
    text = (
        "‘We weren’t told what was happening to him,’ said Ana Ruiz, whose husband was detained. ‘Nobody called.’\n\n"
        "The protesters chanted ‘ICE out!’ for an hour."
    )
    [quote] = find_quotes(text)
    assert (quote.speaker, quote.role, quote.text) == (
        "Ana Ruiz",
        None,
        "We weren’t told what was happening to him",
    )


def test_a_quotation_closing_a_subordinate_clause_belongs_to_that_clauses_subject() -> None:
    """Nearest other person (issue #7): in "When he said migrants were “...,” Sen. Ann Lee tweeted ...", the
    name after the quotation is the main clause's subject; the speaker is the clause's own "he". "When asked
    ..., “...,” X said" has no subject of its own before the quotation, so X still speaks."""
    text = (
        "Donald Trump spoke in Ohio on Monday.\n\n"
        "When he said migrants were “poisoning the blood of our country,” Sen. Ann Lee tweeted that it was vile.\n\n"
        "When asked about the raids, “We will not comment on operations,” ICE spokesman Tom Banks said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Donald Trump", "Tom Banks"]


def test_frequency_adverbs_between_subject_and_verb_keep_the_attribution() -> None:
    """Partial quotation (issue #7): "Ann Lee has long maintained that the program is “...”" and "," Lee has
    always said": adverbs of time and frequency between the subject and the reporting verb."""
    text = (
        "Ann Lee has long maintained that the program is “fundamentally broken and needs to be rebuilt.”\n\n"
        "“Nobody in Washington wants to hear it,” Lee has always said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ann Lee", "Ann Lee"]


def test_the_and_an_acronym_is_a_body_that_speaks() -> None:
    """Capitalised non-name (issue #7), the other way round: "The ACLU, which filed the suit, argued that ..."
    and `," said the ACLU.` name a body, as "the Justice Department" does; "the" no longer makes it anonymous."""
    text = (
        "The ACLU, which filed the suit, argued that the policy “violates the due process rights of every detainee.”"
        "\n\n“The policy is unlawful and it will not stand,” said the ACLU."
    )
    assert [q.speaker for q in find_quotes(text)] == ["ACLU", "ACLU"]


def test_a_possessive_body_before_a_name_is_the_role() -> None:
    """One canonical speaker per person: "the ACLU’s Ann Lee" and "ICE’s Tom Banks" are Ann Lee and Tom Banks,
    the owner (without its possessive ending) kept as their role."""
    text = "“The policy is unlawful,” said the ACLU’s Ann Lee.\n\n“The arrests were lawful,” ICE’s Tom Banks said."
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("Ann Lee", "ACLU"), ("Tom Banks", "ICE")]


def test_a_persons_ruling_or_statement_speaks_for_them() -> None:
    """Partial quotation (issue #7): "Ellis’s ruling said the conduct “...”" and "Mayor Ann Lee’s statement
    called the raid “...”" are Ellis's and Lee's words."""
    text = (
        "U.S. District Judge Sara Ellis ruled on Thursday. Ellis’s ruling said the agents’ conduct “shocks the "
        "conscience and violates the First Amendment.”\n\n"
        "Mayor Ann Lee’s statement called the raid “a betrayal of everything this city stands for.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Sara Ellis", "Ann Lee"]


def test_according_to_a_spokesperson_for_a_body_is_that_body() -> None:
    """The according-to family (issue #7): `," according to a spokesperson for ICE.` is ICE, as `," a spokesperson for
    ICE said.` already was; the longer proxy phrase is tried before the bare "a spokesperson"."""
    text = "The man “had no prior criminal record in the United States,” according to a spokesperson for ICE."
    assert [q.speaker for q in find_quotes(text)] == ["ICE"]


def test_carry_over_stops_at_a_new_person_introduced_in_between() -> None:
    """Carry-over (issue #7): a quotation paragraph continues the last speaker only while nobody else has become
    a sentence's subject since; after "Her neighbor, Tom Banks, has lived ..." it is no longer plainly Ana Ruiz's."""
    first = "“We are scared to leave the house at night,” said Ana Ruiz.\n\n"
    then = "\n\n“I have never seen anything like this in my life.”"
    assert [q.speaker for q in find_quotes(first + "Agents arrived at 6 a.m. and stayed for hours." + then)] == [
        "Ana Ruiz",
        "Ana Ruiz",
    ]
    assert [
        q.speaker for q in find_quotes(first + "Her neighbor, Tom Banks, has lived there for 30 years." + then)
    ] == ["Ana Ruiz"]


def test_the_subject_of_a_that_clause_does_not_own_a_partial_quotation() -> None:
    """Partial quotation (issue #7): in "A federal judge ruled that ICE officials had made “...”" the quoted words
    are the unnamed judge's finding, not ICE's; a named main subject still owns them."""
    unnamed = "A federal judge also ruled that ICE officials had made “demonstrably false statements to the court.”"
    assert find_quotes(unnamed) == []
    named = "Judge Ana Reyes ruled that ICE officials had made “demonstrably false statements to the court.”"
    assert [q.speaker for q in find_quotes(named)] == ["Ana Reyes"]


def test_a_description_before_a_name_does_not_run_past_the_sentence() -> None:
    """Nearest other person (issue #7): `" an agent yelled at Ramirez. In the footage, Ramirez yelled back` is
    the unnamed agent's (no quote), not Ramirez's; `," his lawyer, Tom Banks, said.` still is Banks's."""
    text = (
        "Gustavo Ramirez owns a hardware store in Norcross.\n\n"
        "“Get back, sir! Get back right now!” an agent yelled at Ramirez. In the footage, Ramirez yelled back.\n\n"
        "“He has done nothing wrong,” his lawyer, Tom Banks, said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tom Banks"]


def test_spanish_reporting_verbs_attribute_a_release_in_spanish() -> None:
    """Agencies publish releases in Spanish too: `," dijo Robert Schoch, un agente especial de ICE.`"""
    text = (
        "“Esta sentencia envía un mensaje claro a los traficantes de personas,” dijo Robert Schoch, un agente especial "
        "de ICE en Los Ángeles."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Robert Schoch", "un agente especial de ICE en Los Ángeles")
    ]


def test_the_first_of_two_surnames_names_the_person() -> None:
    """One canonical speaker per person: "Mr. Pérez" after "Juan Carlos Pérez García" is that person (Spanish
    double surname); a headline run of capitalised words ending in a name is no person to join."""
    text = (
        "Juan Carlos Pérez García was deported to Guatemala in May.\n\n"
        "“I have nothing there, not even a house,” Mr. Pérez said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Juan Carlos Pérez García"]


def test_a_name_with_two_particles_is_one_person() -> None:
    """One canonical speaker per person: "Ana de la Cruz" (two particles) is one name, and "Ms. de la Cruz" her;
    "Ms." is a courtesy, no role."""
    text = "Ana de la Cruz, 41, was detained in March.\n\n“I was terrified for my children,” Ms. de la Cruz said."
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("Ana de la Cruz", None)]


def test_a_section_headed_by_a_titled_name_is_that_persons() -> None:
    """A markdown section headed "### Governor Tim Walz" is about him even when the text names him nowhere
    else; an untitled heading still needs the text to name the person outside it."""
    text = (
        "# Resignations at the U.S. Attorney's Office\n\n"
        "### Governor Tim Walz\n"
        'Called the resignations "a huge loss for our state," attributing them to pressure from Washington.'
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("Tim Walz", "Governor")]


def test_a_name_and_description_after_the_closing_mark_attribute_without_a_verb() -> None:
    """`," Cristina Parker, of Grassroots Leadership.` ending its paragraph names the speaker though no verb
    follows; a place and its description there ("Austin, the capital of Texas") is nobody."""
    text = (
        "“Any time we heard of an action happening, folks responded,” Cristina Parker, of Grassroots Leadership.\n\n"
        "The march reached “the steps of City Hall on Congress Avenue,” Austin, the capital of Texas."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("Cristina Parker", "of Grassroots Leadership")]


def test_two_people_who_speak_together_are_one_speaker_naming_both() -> None:
    """ "Sens. John McCain of Arizona and Lindsey Graham of South Carolina said in a statement that “...”": both
    speak, as a reader lists them (the last named is the one score.py compares); two bodies are left as before."""
    text = (
        "Sens. John McCain of Arizona and Lindsey Graham of South Carolina said in a statement that Mr. Trump’s "
        "order “may do more to help terrorist recruitment than improve our security” by alienating allies."
    )
    assert [q.speaker for q in find_quotes(text)] == ["John McCain and Lindsey Graham"]


def test_a_body_named_by_whose_it_is_and_a_common_noun_speaks() -> None:
    """GUIDELINES: the organisation when no person is named. "The Mexican government described the events as
    “...”", `," the Colombian foreign ministry said.`: the body is the speaker, as "the White House" is."""
    text = (
        "The Mexican government described the events as “acts of provocation by a small group.”\n\n"
        "“We will not accept these flights,” the Colombian foreign ministry said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Mexican government", "Colombian foreign ministry"]


def test_a_statement_from_a_titled_person_is_that_person_with_the_title_as_role() -> None:
    """One canonical speaker per person: "according to a statement from Sen. Ann Lee" is Ann Lee (role "Sen."),
    not a body called "Sen. Ann Lee"; a statement from a body stays the body's, the statement its role."""
    text = (
        "The detainees “were held without food for two days,” according to a statement from Sen. Ann Lee.\n\n"
        "“Our agents followed every procedure,” according to a statement from U.S. Customs and Border Protection."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Ann Lee", "Sen."),
        ("U.S. Customs and Border Protection", "statement"),
    ]


def test_words_that_are_no_role_are_not_kept_as_one() -> None:
    """Issue #7 item 6: a courtesy title ("Mr."), a relative clause saying what someone did ("who led the
    coalition") and a lone common word are no role; the title written before the name ("State Attorney General")
    and "who is ..." are, and a later quote of the person without a role takes the first one's."""
    text = (
        "“The order is unlawful,” said State Attorney General Ann Lee, who led the coalition.\n\n"
        "“We will appeal,” said Mr. Tom Banks.\n\n"
        "“The ruling stands,” said Rosa Diaz, who is the county judge.\n\n"
        "“It was a long fight,” said Ms. Lee."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Ann Lee", "State Attorney General"),
        ("Tom Banks", None),
        ("Rosa Diaz", "the county judge"),
        ("Ann Lee", "State Attorney General"),
    ]


def test_a_quote_takes_the_role_written_at_the_persons_first_full_mention() -> None:
    """Issue #7 item 6: a person's role is where the story first names them in full, before the name ("ICE
    spokesman Tom Banks", "Sen. Dick Durbin") or in the appositive after it ("Kristi Noem, the homeland security
    secretary,"), even when the quote itself says only "Noem said"; an age or a place after the name is no role;
    "U.S." does not end an appositive."""
    text = (
        "Kristi Noem, the homeland security secretary, visited the facility on Monday. "
        "ICE spokesman Tom Banks declined to give numbers. Ana Lee, 34, was released. "
        "Rosa Diaz, Texas, watched. Later, former acting Bureau of Prisons spokesman Ed Ruiz and Jo Kim, a deputy "
        "director of U.S. Immigration and Customs Enforcement, spoke.\n\n"
        "“We will keep going,” Noem said.\n\n"
        "“The arrests were lawful,” Banks said.\n\n"
        "“I was terrified,” Lee said.\n\n"
        "“Nobody told us,” Diaz said.\n\n"
        "“It was fair,” Ruiz said.\n\n"
        "“It was lawful,” Kim said."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Kristi Noem", "the homeland security secretary"),
        ("Tom Banks", "ICE spokesman"),
        ("Ana Lee", None),
        ("Rosa Diaz", None),
        ("Ed Ruiz", "former acting Bureau of Prisons spokesman"),
        ("Jo Kim", "a deputy director of U.S. Immigration and Customs Enforcement"),
    ]


def test_one_person_keeps_one_role_the_first_full_mentions() -> None:
    """Issue #7 item 6: every quote of one person carries the role of the first full mention, not a
    description a later attribution adds ("said Lee, a mother of two")."""
    text = (
        "Mayor Ann Lee opened the meeting.\n\n"
        "“We will not cooperate,” said Lee, a mother of two.\n\n"
        "“The city is safe,” Lee said."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("Ann Lee", "Mayor")] * 2


def test_an_appositive_opened_by_an_article_is_a_role_whatever_word_follows() -> None:
    """Issue #7 item 6: "Ana Lee, a 34-year-old nurse from Ohio," and "Tom Banks, a Syrian dentist," describe the
    person even though the word after the article is a number or a capitalised one; "Rosa Diaz, Texas," does not."""
    text = (
        "Ana Lee, a 34-year-old nurse from Ohio, was detained. Tom Banks, a Syrian dentist, waited. "
        "Rosa Diaz, Texas, watched.\n\n"
        "“I was terrified,” Lee said.\n\n“Nobody called us back,” Banks said.\n\n“It was wrong,” Diaz said."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Ana Lee", "a 34-year-old nurse from Ohio"),
        ("Tom Banks", "a Syrian dentist"),
        ("Rosa Diaz", None),
    ]


def test_a_description_the_name_is_the_appositive_of_is_the_role() -> None:
    """Issue #7 item 6: "The group’s founder, Ana Lee, wrote" and `...,” the lead attorney, Tom Banks, said` give
    the role before the name; "In a statement, Rosa Diaz said" gives none."""
    text = (
        "The group’s founder and chairman, Ana Lee, wrote to the governor.\n\n"
        "“Families are being torn apart,” Lee wrote.\n\n"
        "“The law provides a remedy,” the lead attorney, Tom Banks, told reporters.\n\n"
        "In a statement, Rosa Diaz said the raids were lawful.\n\n"
        "“We followed the law,” Diaz said."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Ana Lee", "The group’s founder and chairman"),
        ("Tom Banks", "the lead attorney"),
        ("Rosa Diaz", None),
    ]


def test_someone_never_named_in_full_takes_the_role_written_with_their_name() -> None:
    """Issue #7 item 6: a story that only says "President Lee" gives Lee's quotes the role "President"; "Alonso,
    there is no difference" is a clause after a name, no role."""
    text = (
        "President Lee vowed on Saturday to appeal the ruling.\n\n"
        "“We will win this in the higher court,” Lee said.\n\n"
        "For Alonso, there is no difference between the parties.\n\n"
        "“They all deport us the same way,” Alonso said."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("Lee", "President"), ("Alonso", None)]


def test_a_party_tag_without_its_final_stop_still_names_the_state() -> None:
    """Dotless AP forms after a party's dash ("(R-Calif)", ", D-Del,", "(D-N.M)") name the state as "(R-Calif.)"
    does, so "the California Republican said" finds the person tagged so; "Del" alone stays no place."""
    text = (
        "Ann Lee (R-Calif) criticized the plan on Tuesday. Tom Banks, D-Del, and Rosa Diaz (D-N.M) disagreed.\n\n"
        "“This is a disaster for the country,” the California Republican said.\n\n"
        "“It will pass anyway,” the Delaware Democrat said.\n\n"
        "“We have the votes for it,” the New Mexico Democrat said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ann Lee", "Tom Banks", "Rosa Diaz"]


def test_excerpts_of_a_roundup_take_the_credit_line_below_them() -> None:
    text = (
        "From the Left\n\n"
        "Critics point to the raids in Elm County. “The sweep was planned for cameras, not for safety. "
        "Families were split in a single morning.\n\n"
        "“Nobody in the county was told in advance.”\n\n"
        "Ann Lee, Valley Courier\n\n"
        "“Detention numbers have doubled since spring, and the jails are full.”\n\n"
        "Editorial Board, Plains Herald\n\n"
        "Read more at the Plains Herald."
    )
    quotes = find_quotes(text)
    assert [(q.speaker, q.role, q.text) for q in quotes] == [
        ("Ann Lee", "Valley Courier", "The sweep was planned for cameras, not for safety."),
        ("Editorial Board", "Plains Herald", "Detention numbers have doubled since spring, and the jails are full."),
    ]


def test_a_single_closing_byline_takes_no_quote() -> None:
    text = (
        "“We will not stop until every family is home,” said Rosa Diaz.\n\n"
        "“Not one more,” the crowd chanted.\n\n"
        "Ann Lee, Valley Courier"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Rosa Diaz"]


def test_a_news_agency_is_no_person_a_description_points_to() -> None:
    text = (
        "Gov. Maria Ortiz toured the shelter on Monday.\n\n"
        "According to the Associated Press, the governor, who faces a recall vote, replied, “We will not close it.”"
    )
    [quote] = find_quotes(text)
    assert (quote.speaker, quote.text) == ("Maria Ortiz", "We will not close it.")


def test_a_person_a_lead_sentence_is_about_is_not_its_speaker() -> None:
    text = (
        "# Jail briefing\n\n"
        "## Sheriff Ann Lee\n\n"
        "Sheriff Ann Lee spoke at the county jail on Friday.\n\n"
        "On Marco Ruiz's arrest:\n\n"
        "“The arrest followed every rule we have.”"
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Ann Lee"


def test_a_name_opening_a_line_of_an_extracted_page_opens_its_sentence() -> None:
    # an extracted page has one paragraph per line, no blank line between them: the line break ends a sentence
    text = (
        "Pedro Lima sells tools in Dalton. He can’t help but add a reminder. “You know they called him deporter-in"
        " chief?”\n"
        "Jorge, from Mexico, is in Northern Tools & Equipment picking up supplies during his lunch hour for his"
        " business. Undocumented, he doesn’t want to give his last name. “Am I scared?,” he asked. “Of course. I’m"
        " scared every day,” he said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Jorge", "Jorge"]
    assert [q.speaker for q in find_quotes(text.replace("\n", "\n\n"))] == ["Jorge", "Jorge"]


def test_two_fragments_quoted_in_one_sentence_are_two_quotes_of_its_speaker() -> None:
    text = (
        "The group’s director, Ann Lee, wrote that the raids were “cruel and pointless” and “a betrayal of every"
        " promise the county made to its families.” Lee, however, blamed Congress."
    )
    assert [(q.speaker, q.text) for q in find_quotes(text)] == [
        ("Ann Lee", "cruel and pointless"),
        ("Ann Lee", "a betrayal of every promise the county made to its families."),
    ]


def test_a_dash_credit_with_body_and_title_before_the_name_is_the_person() -> None:
    text = "“Our officers are facing threats every day.” — White House spokeswoman Ann Lee"
    [quote] = find_quotes(text)
    assert (quote.speaker, quote.role) == ("Ann Lee", "White House spokeswoman")


def test_words_written_on_a_thing_are_no_quote() -> None:
    text = (
        "At a press conference on Saturday, Sheriff Ann Lee made the following points:\n"
        "- Lee: “We will be back every week until the jail closes.”\n"
        "- She wore a shirt reading “Families belong together, not in cages” at the press conference"
    )
    assert [(q.speaker, q.text) for q in find_quotes(text)] == [
        ("Ann Lee", "We will be back every week until the jail closes.")
    ]


def test_an_agency_name_is_not_made_whole_from_a_title_or_a_sentence_start() -> None:
    text = (
        "Part of ICE’s plan is to hold fewer families.\n\n"
        "The Director of ICE signed the memo on Friday.\n\n"
        "“Every custody decision is made case by case,” ICE said.\n\n"
        "“The border is open to no one,” Border Protection said, meaning U.S. Customs and Border Protection.\n\n"
        "The Department of Homeland Security said the operation “targeted the worst of the worst.”"
    )
    assert [q.speaker for q in find_quotes(text)] == [
        "ICE",
        "U.S. Customs and Border Protection",
        "Department of Homeland Security",
    ]


def test_a_title_before_a_given_name_is_the_role_not_part_of_the_name() -> None:
    text = (
        "“We have agreed to nothing,” future Interior Minister Olga Ruiz said in a statement.\n\n"
        "“The city was never told,” Public Works Director Sean Cole said.\n\n"
        "“Listen very carefully to this,” Author Don Lee posted."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Olga Ruiz", "Interior Minister"),
        ("Sean Cole", "Public Works Director"),
        ("Don Lee", "Author"),
    ]


def test_a_quotation_paragraph_named_by_the_next_line_that_is_what_she_said() -> None:
    text = (
        "“It is a permit to stay in the country.”\n\n"
        "That is what Ana Ruiz, a 26-year-old from Honduras, told reporters about the paper agents gave her.\n\n"
        "“We will fight it,” said Ben Cole, her lawyer."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ana Ruiz", "Ben Cole"]


def test_a_quotation_the_story_repeats_is_one_quote() -> None:
    text = (
        "“We want to build a life here,” said Ana Ruiz, a mother of two.\n\n"
        "Her asylum case is pending.\n\n"
        "“We want to build a life here,” Ruiz said again at the end of the hearing."
    )
    assert [(q.speaker, q.text) for q in find_quotes(text)] == [("Ana Ruiz", "We want to build a life here")]


def test_a_pronoun_before_anyone_is_named_is_the_first_person_named_after_it() -> None:
    # an extract that opens mid-story: "she" has no antecedent, the story names her next
    text = (
        "The family detention centers “are on fire and there is no more time for half measures,” she wrote.\n\n"
        "In May, ICE said it was detaining 184 children at the three centers.\n\n"
        "Judge Dolly Gee oversees a long-running court settlement. Her order does not apply to the parents."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Dolly Gee"


def test_a_word_finishing_a_partial_quotation_before_its_attribution() -> None:
    text = "“There is no immediate benefit” legally, says Ana Ruiz, who teaches at the law school clinic."
    [quote] = find_quotes(text)
    assert (quote.speaker, quote.text) == ("Ana Ruiz", "There is no immediate benefit")


def test_a_phrase_quoted_after_called_for_a_is_a_partial_quotation() -> None:
    text = "While running for mayor, Mr. Tom Reyes had called for a “total and complete shutdown” of the county jail."
    [quote] = find_quotes(text)
    assert (quote.speaker, quote.text) == ("Tom Reyes", "total and complete shutdown")


def test_a_partial_quotation_of_a_subject_set_off_as_an_appositive() -> None:
    text = (
        "Earlier this year, one county hopeful, Ann Lee, launched a bus tour of the state and painted "
        "“send them all home now” on the side of the bus."
    )
    [quote] = find_quotes(text)
    assert (quote.speaker, quote.text) == ("Ann Lee", "send them all home now")


def test_they_is_the_two_people_named_together_before_it_or_nobody() -> None:
    text = (
        "Sen. Ann Lee and Rep. Tom Reyes, both of Texas, sent the secretary a letter on Friday.\n\n"
        "“Does the agency check the sponsors before it releases the children?” they asked in the letter.\n\n"
        "Families at the shelter waited for news.\n\n"
        "“We have heard nothing from anyone for weeks now,” they said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ann Lee and Tom Reyes"]


def test_a_pronoun_after_an_unnamed_person_behind_an_opening_clause_points_to_nobody() -> None:
    text = (
        "Ramon Diaz died at the fence in 2012.\n\n"
        "As the crossers climbed the fence, a young man on a bike pedaled up the road and shouted at the reporters.\n\n"
        "“If you take pictures we will take your cameras,” he yelled.\n\n"
        "Not everyone fears talking.Another longtime resident said she has seen rocks thrown.\n\n"
        "“They throw rocks when the agents come,” she said."
    )
    assert find_quotes(text) == []


def test_said_a_description_then_the_name_set_off_by_a_comma() -> None:
    text = (
        "Ana Ruiz was detained on Monday.\n\n"
        "“She has no criminal record and never missed a hearing,” said her lawyer, Ben Cole."
    )
    [quote] = find_quotes(text)
    assert (quote.speaker, quote.role) == ("Ben Cole", "her lawyer")


def test_a_phrase_quoted_after_a_relative_that_is_a_partial_quotation() -> None:
    text = "Judge Sara Ellis wrote that agents had used force that “shocks the conscience” in several incidents."
    [quote] = find_quotes(text)
    assert (quote.speaker, quote.text) == ("Sara Ellis", "shocks the conscience")


def test_a_persons_writing_with_a_numeric_modifier_speaks_for_them() -> None:
    text = (
        "Judge Sara Ellis ruled on Thursday.\n\n"
        "Ellis’s 233-page ruling said agents used force that “shocks the conscience.”"
    )
    [quote] = find_quotes(text)
    assert (quote.speaker, quote.text) == ("Sara Ellis", "shocks the conscience.")


def test_she_prefers_the_woman_named_just_before_over_a_nearer_name_of_unknown_gender() -> None:
    text = (
        "Ana Ruiz was detained in March. Her lawyer, Ben Cole, filed a petition on Friday.\n\n"
        "“I miss my children every day,” she said from the detention center."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Ana Ruiz"


def test_a_pronoun_chain_keeps_the_person_it_follows() -> None:
    text = (
        "Terry Madonna, a professor at Franklin College, said immigration was overstated. He said the economy "
        "mattered more to Rosa Diaz and other voters.\n\n"
        "But he added that immigration played into a broader anxiety among Trump supporters.\n\n"
        "“They wake up and think they are living in a strange land,” he said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Terry Madonna"


def test_a_relative_clause_naming_a_position_is_the_role() -> None:
    """Issue #7 item 6: "who runs the Valley Immigrant Network" and "who worked in the Obama White House" say what
    a person is, so they are the role; "who led the lawsuit" says what he did once, and is none."""
    text = (
        "“We were ready before they came,” said Ana Ruiz, who runs the Valley Immigrant Network. “We had a plan.”\n\n"
        "“It was wrong from the start,” said Tom Banks, who led the lawsuit against the county.\n\n"
        "“Nobody told us anything,” Cecilia Ortiz, who worked in the Obama White House, told reporters."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Ana Ruiz", "runs the Valley Immigrant Network"),
        ("Tom Banks", None),
        ("Cecilia Ortiz", "worked in the Obama White House"),
    ]


def test_an_appositive_role_may_hold_an_abbreviation_in_parentheses() -> None:
    """Issue #7 item 6: "the acting Customs and Border Protection (CBP) commissioner" is one appositive; the
    parenthesised short name does not cut the person's role off."""
    text = (
        "Mark Lane, the acting Customs and Border Protection (CBP) commissioner, said crossings fell again.\n\n"
        "“We continue to see results,” Lane said."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Mark Lane", "the acting Customs and Border Protection (CBP) commissioner")
    ]


def test_a_role_written_at_a_later_full_mention_is_the_persons_role() -> None:
    """Issue #7 item 6: when the first full mention gives no role, the first full mention that writes one does,
    even after the quote ("Ana Ruiz, a volunteer with ..." two paragraphs on)."""
    text = (
        "Ana Ruiz waited outside the courthouse all morning.\n\n"
        "“We will keep coming back,” Ruiz said.\n\n"
        "Ana Ruiz, a volunteer with the Valley Immigrant Network, has spent two years at the court."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Ana Ruiz", "a volunteer with the Valley Immigrant Network")
    ]


def test_an_organisation_named_after_the_name_is_the_role_a_place_is_not() -> None:
    """Issue #7 item 6 (GUIDELINES: `role` is the title or affiliation as written): "Rosa Mendez from the Valley
    Immigrant Network" is affiliated with that body; "Liz Carter of Pleasanton" only lives there, no role."""
    text = (
        "“We are stretched thin,” said Rosa Mendez from the Valley Immigrant Network.\n\n"
        "Jim Hale and Liz Carter of Pleasanton spoke at the vigil. “We want answers,” Liz Carter said."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Rosa Mendez", "the Valley Immigrant Network"),
        ("Liz Carter", None),
    ]


def test_an_organisations_words_take_the_document_they_come_from_as_role() -> None:
    """Issue #7 item 6: when the speaker is an organisation (GUIDELINES: "the organisation when no person is
    named"), the document its attribution names is the role ("written statement", "Border Patrol memo"); a
    person who speaks in a statement keeps no such role, and "release" as a verb is no document (the body's words
    are then a plain statement)."""
    text = (
        "Agents detained four workers at the plant on Tuesday.\n\n"
        "“Our officers followed every policy during the operation,” ICE said in a written statement.\n\n"
        "“We will appeal the ruling,” Ann Lee said in a statement.\n\n"
        "According to a Border Patrol memo, “the crossings are expected to rise through the summer months.”"
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("ICE", "written statement"),
        ("Ann Lee", None),
        ("Border Patrol", "Border Patrol memo"),
    ]
    text = "“Agents acted within the law at every step,” ICE said, and it would release no names."
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("ICE", "statement")]


def test_an_occupation_before_the_name_is_the_role_without_the_clause_around_it() -> None:
    """Issue #7 item 6: "Cable host Ann Lee", "ICE official Tom Banks": an occupation that does not end like
    "-er" or "-ist" is a role too; "lashing out at rival candidate Rosa Diaz" gives her "rival candidate", not the
    verb phrase before it."""
    text = (
        "Cable host Ann Lee said on Monday that the raids had gone too far.\n\n“It is a disgrace,” Lee said.\n\n"
        "ICE official Tom Banks defended the operation.\n\n“We followed the law,” Banks said.\n\n"
        "The mayor spoke Tuesday, lashing out at rival candidate Rosa Diaz.\n\n“He is wrong,” Diaz said."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Ann Lee", "Cable host"),
        ("Tom Banks", "ICE official"),
        ("Rosa Diaz", "rival candidate"),
    ]


def test_a_plural_title_gives_each_person_of_its_list_the_singular_title() -> None:
    """Issue #7 item 6: "Sens. Ann Lee, R-Ohio, and Tom Banks, D-Ore." makes each of them a "Sen.", and
    "Senators Rosa Diaz (R-TX)" makes her a "Senator": one person's role is never plural."""
    text = (
        "The audit was requested by Sens. Ann Lee, R-Ohio, and Tom Banks, D-Ore., who criticised the agency.\n\n"
        "“The agency ignored the law,” Banks said.\n\n"
        "A second letter came from Senators Rosa Diaz (R-TX) and Paul Kim (D-WA).\n\n"
        "“We want answers,” Diaz said."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("Tom Banks", "Sen."), ("Rosa Diaz", "Senator")]


def test_a_courtesy_without_a_stop_is_no_full_name() -> None:
    """Issue #7 item 6, one canonical speaker per person: a British "Mr Banks" (no stop after the courtesy), even
    as the story's first mention, is Home Secretary Tom Banks, with the role of that full mention."""
    text = (
        "Image caption Mr Banks has called for tougher rules at the border\n\n"
        "Home Secretary Tom Banks has called for faster removals in a statement on Sunday.\n\n"
        "“People who come here illegally must be sent back quickly,” Mr Banks wrote."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("Tom Banks", "Home Secretary")]


def test_a_courtesy_title_does_not_hide_the_appositive_role_nor_a_body_opening_it() -> None:
    """Issue #7 item 6: "Dr. Ana Ruiz, medical director of the county health service," has that position as
    role (the courtesy "Dr." is none), and "Tom Banks, Acme Appliances’ chief executive," has his though the
    appositive opens with a capitalised body: it ends with a position."""
    text = (
        "Dr. Ana Ruiz, medical director of the county health service, said the detainees were treated.\n\n"
        "“Every patient was seen,” Ruiz said.\n\n"
        "“We will build here,” said Tom Banks, Acme Appliances’ chief executive."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Ana Ruiz", "medical director of the county health service"),
        ("Tom Banks", "Acme Appliances’ chief executive"),
    ]


def test_a_description_in_parentheses_after_the_name_is_the_role() -> None:
    """Issue #7 item 6: "### Ana Ruiz (Wife)" and "Tom Banks (Rosa’s brother-in-law)" say what the person is;
    "(through interpreter)" says how she spoke and "(R-Ohio)" is a party tag, neither a role."""
    text = (
        "## Family Accounts\n\n"
        "### Ana Ruiz (Wife)\n\n"
        "“I am worried about him, but I know he will be fine.”\n\n"
        "Tom Banks (Rosa’s brother-in-law) wrote on Facebook: “They broke down the door.”\n\n"
        "Lucia Gomez (through interpreter) said: “They kept banging on the door.”"
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [
        ("Ana Ruiz", "Wife"),
        ("Tom Banks", "Rosa’s brother-in-law"),
        ("Lucia Gomez", None),
    ]


def test_a_block_quote_under_a_line_naming_the_statement_takes_it_as_role() -> None:
    """Issue #7 item 6: a block quote (or list item) opening its paragraph under "ICE issued a statement:" (a blank
    line between) is the agency's, its role the statement the line names."""
    text = (
        "### Official Accounts\n\n"
        "ICE did not address the arrest itself but issued a general statement:\n\n"
        "> “All detainees are provided with proper meals and medical treatment.”"
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("ICE", "statement")]


def test_a_role_written_with_the_surname_alone_is_the_persons_role() -> None:
    """Issue #7 item 6, a role given at another mention of the same person: when no full mention writes one,
    the first mention by surname that does ("Gov. Walz") gives it; a namesake named in full stays apart."""
    text = (
        "Tim Walz spoke first at the rally.\n\n"
        "“We will not cooperate with these raids,” Walz said.\n\n"
        "Gov. Walz later signed the order, and Ann Walz, his sister, watched."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("Tim Walz", "Gov.")]


def test_a_capitalised_word_further_back_is_no_gender_cue() -> None:
    # "King" of "King County" is part of a place, not a cue that "Cole" after it is a man
    text = (
        "Sheriff Maria Cole met Tom Ruiz, the ICE field director, at the King County jail.\n"
        "Cole asked Ruiz to leave the jail. “We go where the warrants are,” he said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Tom Ruiz"


def test_a_pronoun_of_the_other_gender_does_not_carry_the_last_speaker_over() -> None:
    text = (
        "Mayor Ana Ruiz met on Friday with Tom Keller, the ICE field director.\n"
        "“I asked for one small thing,” she said.\n"
        "Keller, in a statement after the meeting, said his officers had a job to do.\n"
        "“We will go where the warrants take us,” he said. “I told the mayor so.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ana Ruiz", "Tom Keller"]


def test_a_given_name_alone_is_the_family_member_named_in_full() -> None:
    text = (
        "Rosa Medina and her son, Daniel Medina, waited outside the ICE office in Tulsa.\n"
        "“They told us to come back Monday,” Daniel said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Daniel Medina"


def test_an_unlisted_given_name_alone_resolves_where_two_people_share_the_surname() -> None:
    # a reporter uses given names to tell apart people of one surname: "Wenceslao" is the brother named in full
    text = (
        "Teodoro Quispe has worked at the plant for 12 years. His brother, Wenceslao Quispe, was detained in May.\n"
        "“I send money to his lawyer every week,” Wenceslao said by phone from the detention center."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Wenceslao Quispe"


def test_a_lone_word_that_is_no_given_name_stays_itself() -> None:
    text = (
        "The segment aired on The Rivera Report on Tuesday.\n"
        "“Nobody at the border is being released,” Rivera said on the program."
    )
    assert [q.speaker for q in find_quotes(text)] != ["Rivera Report"]


def test_a_party_tag_before_an_appositive_is_no_speaker() -> None:
    text = (
        "Sen. Ron Whitcomb, R-Utah, who sits on the judiciary committee, said he was “appalled” and would "
        "“demand answers from the agency about every one of these arrests.”"
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Ron Whitcomb"


def test_a_long_title_before_a_name_with_an_initial_and_a_suffix_keeps_the_whole_name() -> None:
    text = (
        "“Every one of these arrests made a neighborhood safer,” said ERO Boston Acting Field Office "
        "Director Paul R. Whitman III. “Our officers will be back next month.”"
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Paul R. Whitman III"


def test_a_name_inside_an_earlier_quotation_is_no_speaker_of_the_next() -> None:
    # the continuation after the attribution is the same quote, not words of "Operation Harbor Light"
    text = (
        "“Operation Harbor Light took dangerous people off our streets,” said Field Office Director "
        "Paul R. Whitman III. “Our officers will be back next month.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Paul R. Whitman III"]


def test_a_plural_group_noun_opening_the_sentence_is_no_speaker() -> None:
    chant = "Organizers told the crowd that “nobody in this city will be taken without a fight from all of us.”"
    assert find_quotes(chant) == []
    surname = "Sen. Ann Peters toured the center. “Nobody here has seen a lawyer in weeks,” Peters said."
    assert [q.speaker for q in find_quotes(surname)] == ["Ann Peters"]


def test_the_name_set_off_after_an_opening_description_speaks() -> None:
    for_body = (
        "A spokeswoman for Mayor Tom Ruiz, Dana Kell, said the mayor “expects a full report from the sheriff "
        "by Friday.”"
    )
    of_body = (
        "Their pastor, the Rev. Luis Ortega of St. Anne’s parish, said, “Nobody in this church has slept since "
        "the raid.”"
    )
    assert [q.speaker for q in find_quotes(for_body)] == ["Dana Kell"]
    assert [q.speaker for q in find_quotes(of_body)] == ["Luis Ortega"]


def test_a_county_title_before_a_name_keeps_the_person() -> None:
    # "County" is part of the place before the title, not a title to strip: the sheriff is still a person
    text = (
        "Fresno County Sheriff Owen Pratt, whose deputies hold inmates for ICE, defended the agents. "
        "“They were doing their jobs when the crowd closed in,” the sheriff said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Owen Pratt"


_RANCH = (
    "Tom Hale has ranched near Sasabe for 40 years and met agent Maria Voss at his gate on Sunday, he said.\n"
    "Voss told him agents needed the road. “We have to reach the line tonight,” she said.\n"
)


def test_a_bare_surname_keeps_the_gender_of_its_full_name_over_a_pronoun_before_it() -> None:
    # "he said. Voss told him": the "he" ends another sentence; Voss is Maria Voss, a woman
    text = _RANCH + "“Then close my gate when you leave,” he said. “That is all I ask.”"
    assert [q.speaker for q in find_quotes(text)] == ["Maria Voss", "Tom Hale"]


def test_answered_is_a_reporting_verb() -> None:
    text = _RANCH + "“Then close my gate when you leave,” he answered."
    assert [q.speaker for q in find_quotes(text)] == ["Maria Voss", "Tom Hale"]


def test_a_statement_from_an_agency_named_with_and_is_the_whole_agency() -> None:
    text = "“The agents acted within policy,” said a statement from U.S. Customs and Border Protection."
    assert [q.speaker_key for q in find_quotes(text)] == ["cbp"]


def test_a_field_office_title_in_lower_case_before_a_name_is_the_persons() -> None:
    text = "“We knew exactly who we were looking for,” said ICE field office director Tom Lane."
    [quote] = find_quotes(text)
    assert quote.speaker == "Tom Lane"


def test_a_byline_is_no_speaker_a_pronoun_points_to() -> None:
    text = (
        "By Jill Ortega, Herald staff writer\n"
        "TULSA — Reyna Paz was making breakfast when she saw the unmarked cars outside.\n"
        "“My oldest asks me every night if her father is coming home,” she said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Reyna Paz"


def test_a_pronoun_after_an_unnamed_person_does_not_point_forward_to_a_later_name() -> None:
    text = (
        "An officer at the processing center, who asked not to be named, said detainees waited for days.\n"
        "“It was never built for this,” he said.\n"
        "State Attorney General Raul Kwan said his office was watching. “Days in a holding room is not a gray "
        "area,” Kwan said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Raul Kwan"]


def test_council_member_is_a_title_before_an_unlisted_given_name() -> None:
    # "Council" would make the run an organisation; "Member" is the title, the person follows
    text = (
        "Council Member Nadifa Osman was not persuaded.\n"
        "“When residents see our squads parked next to an ICE van, they see one government,” she said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Nadifa Osman"


def test_the_office_that_speaks_for_someone_gives_its_owner() -> None:
    person = "Gov. Ann Hale’s office said in a statement that “smugglers and an open border” were to blame."
    agency = "ICE’s Denver field office said in a statement that officers “acted lawfully at every step.”"
    assert [q.speaker for q in find_quotes(person)] == ["Ann Hale"]
    assert [q.speaker_key for q in find_quotes(agency)] == ["ice"]


def test_an_abbreviated_title_after_a_place_word_keeps_an_unlisted_given_name() -> None:
    # "State Rep." with a given name no list holds: the person is still found, and "she" points to her, not to
    # "Texas DPS" (an acronym after a place is a body)
    text = (
        "Supporters cited a joint ICE and Texas DPS operation in May.\n"
        "State Rep. Xochitl Ibarra-Cruz, D-Laredo, read from a letter she received and then said, “This bill makes "
        "a grandmother a criminal for sheltering her grandson.”"
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Xochitl Ibarra-Cruz"


def test_an_unnamed_spokesperson_for_a_body_in_a_city_gives_that_body() -> None:
    # GUIDELINES: the organisation speaks when no person is named; the city is part of its name, not the speaker
    text = (
        "A spokeswoman for the Mexican Consulate in Denver said both women were from Zacatecas. "
        "“We are in contact with their families,” she said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Mexican Consulate in Denver"


def test_an_office_named_with_what_it_is_for_speaks_in_its_filing() -> None:
    # a court filing's words are the body's that filed it (GUIDELINES: the organisation when no person is named)
    text = "“He poses a serious risk of flight,” the U.S. Attorney’s Office for the District of Arizona wrote."
    [quote] = find_quotes(text)
    assert quote.speaker == "U.S. Attorney’s Office for the District of Arizona"


def test_the_report_is_the_body_that_opens_the_sentence_before_not_the_body_it_is_about() -> None:
    text = (
        "The GAO said Tuesday that ICE could not track the children it released. "
        "“ICE does not know where thousands of these children are,” the report said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["GAO"]


def test_the_official_is_the_titled_person_whose_sentence_comes_just_before() -> None:
    text = (
        "The agency’s deputy chief for the Raleigh operation, Dale Foster, defended the arrest. "
        "“She was in a public place, and she had an old removal order,” the Border Patrol official said."
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Dale Foster"


def test_the_official_after_an_unnamed_one_stays_anonymous() -> None:
    text = (
        "A senior Border Patrol official described the arrest on a call with reporters. "
        "“She was in a public place, and she had an old removal order,” the official said."
    )
    assert find_quotes(text) == []


def test_a_bodys_document_named_by_its_kind_is_that_bodys() -> None:
    group = (
        "The National Detention Council released a study on Tuesday. "
        "“Detention costs have tripled in five years,” the group’s report said."
    )
    agency = (
        "ICE defended the transfers on Monday. "
        "“Detainees are moved for operational reasons,” the agency’s statement said."
    )
    assert [q.speaker for q in find_quotes(group)] == ["National Detention Council"]
    assert [q.speaker for q in find_quotes(agency)] == ["ICE"]


def test_alleges_reports_a_partial_quotation_of_a_lawsuit() -> None:
    text = "The lawsuit alleges that agents “used excessive force against peaceful protesters” outside the center."
    assert [q.speaker for q in find_quotes(text)] == ["the lawsuit"]


def test_the_object_of_a_preposition_before_the_verb_is_no_speaker() -> None:
    # "on X" is the platform; the subject who writes is the governor
    text = "Gov. Ann Hale praised ICE on X, writing that Texas “will always stand with those who enforce the law.”"
    assert [q.speaker for q in find_quotes(text)] == ["Ann Hale"]
    # "of" may join a body's name: the division speaks, not a "Division" cut off from it
    body = "Ohio’s Division of Emergency Management said in a filing that the camp “meets all applicable standards.”"
    assert [q.speaker.split()[-1] for q in find_quotes(body)] == ["Management"]


def test_a_spokesperson_of_an_agency_named_with_and_gives_the_whole_agency() -> None:
    text = "“The agents followed policy,” a U.S. Customs and Border Protection spokesperson said in an email."
    [quote] = find_quotes(text)
    assert quote.speaker_key == "cbp" and quote.speaker != "Customs"


def test_a_quotation_paragraph_after_a_profile_of_one_person_is_theirs_unconfidently() -> None:
    text = (
        "Reyna Paz, 31, has lived in Tulsa for 12 years and cleans offices at night.\n"
        "“I didn’t even get to say goodbye. They had him in the car before I got to the door.”"
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Reyna Paz" and quote.confidence < CONFIDENT_QUOTE


def test_a_bare_surname_with_an_age_set_off_is_a_sentence_subject() -> None:
    text = (
        "TULSA — Reyna Paz was making breakfast when the agents came.\n"
        "Paz, 31, has lived in Tulsa for 12 years and cleans offices downtown at night.\n"
        "“I didn’t even get to say goodbye. They had him in the car before I got to the door.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Reyna Paz"]


def test_quote_errors_refuses_to_list_a_neutral_judge(tmp_path: Path) -> None:
    """bench/probes/heldout* files are read in aggregate only: --probes, which lists each error, refuses them."""
    path = tmp_path / "heldout-x.jsonl"
    path.write_text(json.dumps({"id": "h-1", "text": "“Yes,” said Ann Lee.", "quotes": []}) + "\n", encoding="utf-8")
    args = [sys.executable, str(REPO_DIR / "bench" / "quote_errors.py"), "--probes", str(path)]
    done = subprocess.run(args, capture_output=True, text=True, cwd=REPO_DIR)
    assert done.returncode == 2 and "aggregate only" in done.stderr and "h-1" not in done.stdout


def test_a_body_named_with_its_article_after_the_verb_is_the_speaker() -> None:
    # a White House statement's inverted attribution: the verb, then the body with "the" ("asks" as well as "said")
    text = (
        '"Not one more family should bury a child because a sanctuary county let a killer walk," said the '
        'Department of Justice.\n"Who will answer to the victims?" asks the White House.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Department of Justice", "White House"]


def test_trap_the_before_a_description_after_the_verb_names_no_body() -> None:
    # "the" before a description of a person is no body: the quotation stays unattributed as before
    text = '"Our clinic will stay open to anyone who needs it," said the Oregon Democrat.'
    assert find_quotes(text) == []


def test_a_briefing_transcript_turn_is_no_quotation() -> None:
    # GUIDELINES §2 quotes are direct quotations in quotation marks: a transcript's speaker label opens no quote
    text = (
        "MS. LEAVITT: The President has been very clear about the border.\n"
        "Q Karoline, will he meet the governor this week?\n"
        "MS. LEAVITT: He will meet anyone who wants to help secure it."
    )
    assert find_quotes(text) == []


def test_trap_a_quotation_inside_a_transcript_turn_is_the_named_speakers() -> None:
    # quotation marks inside a turn: the person the turn says spoke them, not the turn's speaker
    text = (
        "MR. HOMAN: I was at the Chicago field office yesterday. As Secretary Noem told the officers there, "
        '"Every one of you is doing the job the American people asked for."'
    )
    [quote] = find_quotes(text)
    assert quote.speaker.endswith("Noem")


def test_a_label_that_names_a_witness_by_what_they_saw_is_anonymous() -> None:
    # an incident tracker's witness lines: "Neighbor (video):" names no one (GUIDELINES §2 anonymous speakers)
    text = (
        '## What Witnesses Reported\n\n**Neighbor (video):**\n"They carried him out before the sun was up."\n\n'
        '**Witness:**\n"Nobody showed a warrant."'
    )
    assert find_quotes(text) == []


def test_trap_a_label_with_a_name_after_the_witness_word_is_that_persons() -> None:
    text = '## What Witnesses Reported\n\n**Neighbor Rosa Delgado:**\n"They carried him out before the sun was up."'
    [quote] = find_quotes(text)
    assert quote.speaker.endswith("Rosa Delgado")


def test_a_reporting_verb_before_a_colon_speaks_for_the_statement_the_heading_names() -> None:
    # a tracker's "Official Accounts": "Added:" opens the body's further words under its statement's heading
    text = (
        "## Official Accounts\n\n### ICE Statement\nNamed the three men arrested at the shop.\n\n"
        'Added: "All three had final orders of removal from an immigration judge."'
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "ICE"


def test_trap_a_reporting_verb_before_a_colon_names_no_one_under_another_heading() -> None:
    # a verb is never a name ("Said" was read as one), and a heading that names no statement gives no speaker
    text = '## What Happened\n\nSaid: "All three had final orders of removal from an immigration judge."'
    assert find_quotes(text) == []
