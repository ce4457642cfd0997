"""Typed counts with evidence (../shared/gold/GUIDELINES.md §2): the seed article, each type, each
exclusion rule, and the dev-set floor."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import REPO_DIR, require_shared
from typed_counts import typed_counts as counts

from tasks.analysis.facts import extract_counts, extract_facts
from tasks.analysis.sentences import split_sentences, story_end

# --- the seed article -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[str, dict]:
    text = require_shared("seed", "operation-safe-city.txt").read_text(encoding="utf-8")
    expected = json.loads(require_shared("seed", "operation-safe-city.expected.json").read_text(encoding="utf-8"))
    return text, expected


def test_seed_yields_all_eight_counts(seed: tuple[str, dict]) -> None:
    text, expected = seed
    published = date.fromisoformat(expected["published"])
    got = sorted((f.type, f.value, f.unit) for f in extract_counts(text, published))
    want = sorted((f["type"], float(f["value"]), f["unit"]) for f in expected["facts"])
    assert got == want


def test_seed_evidence_is_the_exact_sentence(seed: tuple[str, dict]) -> None:
    text, expected = seed
    by_value = {f["value"]: f["evidence"] for f in expected["facts"]}
    for f in extract_counts(text, date(2017, 9, 28)):
        assert text[f.start : f.end] == f.evidence
        assert f.evidence == by_value[f.value]


#: Names that differ only in form, as ../shared/gold/score.py's PLACE_ALIASES treats them.
_ALIASES = {"new york city": "new york", "the district": "washington"}


def _head(name: str) -> str:
    head = name.split(",")[0].strip().lower()
    return _ALIASES.get(head, head)


def test_seed_places_operation_agency_period(seed: tuple[str, dict]) -> None:
    text, expected = seed
    facts = {f.value: f for f in extract_counts(text, date(2017, 9, 28))}
    for gold in expected["facts"]:
        got = facts[gold["value"]]
        if "places" in gold:
            assert {_head(p) for p in got.places} == {_head(p) for p in gold["places"]}, gold["value"]
        assert got.operation == gold.get("operation", got.operation)
    total = facts[498]
    assert total.agency == "ICE"
    assert (total.period_start, total.period_end) == (date(2017, 9, 24), date(2017, 9, 27))
    assert (facts[9].period_start, facts[9].period_end) == (date(2015, 10, 1), date(2016, 9, 30))


def test_seed_mentions(seed: tuple[str, dict]) -> None:
    text, _ = seed
    parts = extract_facts("Trump administration targets 'sanctuary' cities", text, date(2017, 9, 28))
    assert parts.operations == ("Operation Safe City",)
    assert parts.agencies == ("ICE",)
    heads = {_head(p.normalized) for p in parts.places}
    assert {"new york", "los angeles", "baltimore", "washington", "boston", "denver"} <= heads


def test_related_links_are_not_story(seed: tuple[str, dict]) -> None:
    text, _ = seed
    end = story_end(text)
    assert text[end:].startswith("Read more")
    assert all("Eleven undocumented" not in s.text for s in split_sentences(text, end))


# --- each type --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE agents arrested 45 immigrants in Chicago, officials said.", ("arrests", 45, "people")),
        (
            "Border Patrol agents apprehended 1,200 migrants near the border last month.",
            ("border_apprehensions", 1200, "people"),
        ),
        (
            "More than 50,000 immigrants are currently being held in ICE custody.",
            ("detentions", 50000, "people"),
        ),
        ("The agency deported 312 people to Guatemala last year.", ("deportations", 312, "people")),
        ("Of those arrested, 23 had criminal convictions, ICE said.", ("convictions", 23, "people")),
        ("Another 40 people arrested by ICE had no criminal records.", ("no_criminal_record", 40, "people")),
        (
            "Federal prosecutors charged 12 people with illegal reentry after the ICE raid.",
            ("charged", 12, "people"),
        ),
        (
            "Officials counted 37 assaults against immigration officers this year.",
            ("assaults_on_officers", 37, "incidents"),
        ),
        (
            "At least 24 immigrants have died in ICE detention since 2017.",
            ("deaths_in_custody", 24, "people"),
        ),
        ("The county declined 150 ICE detainers last year.", ("detainers", 150, "requests")),
        ("Sixty percent of those arrested by ICE had criminal records.", ("convictions", 60, "percent")),
        ("He had been deported five times, ICE said.", ("deportations", 5, "incidents")),
    ],
)
def test_types(sentence: str, expected: tuple[str, float, str]) -> None:
    assert counts(sentence) == {expected}


def test_list_items_get_their_own_places() -> None:
    text = "In all, 120 immigrants, including 30 in Denver and 12 in Boston, were arrested by ICE agents."
    facts = {f.value: f for f in extract_counts(text, None)}
    assert {v: f.type for v, f in facts.items()} == {120: "arrests", 30: "arrests", 12: "arrests"}
    assert [_head(p) for p in facts[30].places] == ["denver"]
    assert [_head(p) for p in facts[12].places] == ["boston"]
    assert {"denver", "boston"} <= {_head(p) for p in facts[120].places}


def test_elliptical_comparison_takes_the_type_before_it() -> None:
    text = "There were 37 assaults against ICE officers this fiscal year, compared to nine in fiscal 2016."
    assert counts(text) == {
        ("assaults_on_officers", 37, "incidents"),
        ("assaults_on_officers", 9, "incidents"),
    }


# --- exclusions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE arrested hundreds of immigrants and dozens of others.",  # vague
        "Border apprehensions fell by 1,168 last year.",  # change
        "Arrests at the border were up 27 percent from a year earlier.",  # change
        "The administration was deporting about 1,010 immigrants a day.",  # rate
        "ICE is expected to target about 2,000 immigrants in the raids.",  # plan
        "Nearly 60,000 immigrants will be deported before November.",  # projection
        "About 11 million undocumented immigrants live in the United States.",  # population
        "Hundreds of jurisdictions and 200 cities refuse to cooperate with ICE.",  # jurisdictions
        "ICE paid $38 million for 2,000 beds at the detention center.",  # dollars, beds
        "The detainees were held for 20 days at the ICE facility.",  # days
        "ICE sent 2,000 agents to the city to arrest immigrants.",  # agents
        "Only 25 percent of voters favored deportation.",  # poll
        "ICE's three family detention centers can hold several thousand people.",  # facilities
    ],
)
def test_not_counts(sentence: str) -> None:
    assert counts(sentence) == set()


def test_repeated_number_is_one_fact() -> None:
    text = "ICE arrested 680 immigrants in Mississippi.\n\nThe 680 immigrants arrested worked at seven plants."
    assert counts(text) == {("arrests", 680, "people")}


def test_rounded_restatement_is_the_same_fact() -> None:
    text = "ICE released 2,226 detainees.\n\nIn releasing more than 2,200 detainees, the agency ..."
    assert counts(text) == {("detentions", 2226, "people")}


def test_a_rejected_exact_number_restates_no_count() -> None:
    # the planned 52,000 is no fact, so the held "more than 50,000" is not its restatement
    text = (
        "The agency is required by law to plan for 52,000 detainees next year.\n\n"
        "This spring ICE was holding more than 50,000 detainees in its jails."
    )
    assert counts(text) == {("detentions", 50000, "people")}


def test_related_link_headlines_are_dropped() -> None:
    text = (
        "ICE agents arrested 45 immigrants in Chicago on Tuesday, officials said.\n\n"
        "Read more:\n\nEleven undocumented immigrants, stripped to their underwear\n\nICE arrests 9 in raid"
    )
    assert counts(text) == {("arrests", 45, "people")}


# --- facts-1.1 rules -----------------------------------------------------------------------------


def places_of(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: f.places for f in extract_counts(text, None)}


def test_markdown_links_and_emphasis_are_read_through() -> None:
    text = (
        "- **FACT:** [**70% of ICE\n    arrests**](https://example.gov/news/ice-arrests)\n"
        "    **have involved aliens convicted of crimes.**"
    )
    assert counts(text) == {("convictions", 70.0, "percent")}
    (fact,) = extract_counts(text, None)
    assert fact.evidence == text[fact.start : fact.end]


def test_acronym_in_parentheses_does_not_end_the_clause() -> None:
    text = "More than 600 detainees released by Immigration and Customs Enforcement (ICE) have criminal convictions."
    assert counts(text) == {("convictions", 600.0, "people")}


def test_list_item_with_its_own_verb_ends_at_the_next_number() -> None:
    text = "Officials found that 6,075 remained with their sponsors, 28 had run away and five had been deported."
    assert counts(text) == {("deportations", 5.0, "people")}


def test_share_with_its_own_verb_is_not_typed_by_the_share_before() -> None:
    text = "Of the people in ICE detention, 35.7% have criminal convictions, 30.5% have pending charges."
    assert counts(text) == {("convictions", 35.7, "percent")}


def test_averted_deportations_are_not_counts() -> None:
    assert counts("A judge halted on Monday the deportation of more than 1,400 Iraqi nationals.") == set()
    assert counts("The program has shielded some 600,000 young immigrants from being deported.") == set()


def test_returned_to_custody_is_a_detention_not_a_deportation() -> None:
    text = "The agency released 34 detainees, but 24 of them were returned to ICE custody."
    assert ("detentions", 24.0, "people") in counts(text)
    assert ("deportations", 24.0, "people") not in counts(text)


def test_bare_number_with_criminal_convictions() -> None:
    assert counts("ICE released 2,000 detainees and had also freed 629 with criminal convictions.") >= {
        ("convictions", 629.0, "people")
    }


def test_level_after_the_number_of() -> None:
    text = "The average number of migrants encountered at the southern border in March was 41,710."
    assert counts(text) == {("border_apprehensions", 41710.0, "people")}
    text = "The number of family units apprehended by agents at the border rose 12% this year, to 53,100."
    assert counts(text) == {("border_apprehensions", 53100.0, "people")}


def test_event_subject_past_a_dash_aside() -> None:
    text = "Monthly apprehensions — a measure of border crossing attempts — rose over 40,000 in May."
    assert counts(text) == {("border_apprehensions", 40000.0, "people")}


def test_that_figure_restates_the_count_before() -> None:
    text = "In 2010, 40% of people deported had a criminal conviction, ICE said. By 2015, that figure had risen to 70%."
    assert counts(text) == {("convictions", 40.0, "percent"), ("convictions", 70.0, "percent")}


def test_whole_of_a_share_takes_the_share_type() -> None:
    text = "More than 20,000 migrants were arrested at the border, about 30% of the more than 66,000 nationwide."
    assert counts(text) == {
        ("border_apprehensions", 20000.0, "people"),
        ("border_apprehensions", 30.0, "percent"),
        ("border_apprehensions", 66000.0, "people"),
    }


def test_ice_encounters_are_not_arrests() -> None:
    assert counts("ICE targeted only 95,000 out of 422,000 deportable aliens they encountered.") == set()


def test_targets_are_not_counts() -> None:
    assert counts("ICE said it was targeting two convicted sex offenders at the address, who remain at large.") == set()


def test_plan_words_with_multi_digit_numbers() -> None:
    assert counts("The administration has said it wants nearly 100 percent prosecutions.") == set()


def test_detainees_named_with_the_survive_a_plan() -> None:
    text = "Local ICE officials resisted the plan to transfer the 74 detainees into the facility."
    assert counts(text) == {("detentions", 74.0, "people")}
    assert counts("The agency is required by law to maintain a population of 34,000 detainees.") == set()


def test_rates_everyday_and_photo_descriptions() -> None:
    assert counts("Groups of 80 to 90 people ask border agents to arrest them everyday.") == set()
    assert counts("One photo shows two unidentified female detainees sleeping in a holding cell.") == set()


def test_agents_detaining_people_is_an_arrest() -> None:
    assert counts("ICE officers detained two brothers in the parking lot on Tuesday.") == {("arrests", 2.0, "people")}
    assert counts("Reporters documented over 170 cases of citizens detained by immigration agents.") == {
        ("arrests", 170.0, "people")
    }


def test_holding_cell_and_cage_headcounts_are_detentions() -> None:
    assert counts("He observed ~40-50 migrants in a large holding cell.") == {("detentions", 40.0, "people")}
    assert counts("One cage had 20 children inside.") == {("detentions", 20.0, "people")}
    assert counts("She was held for hours, then with almost two dozen other observers.") == {
        ("detentions", 24.0, "people")
    }


def test_stopped_from_entering_and_off_the_streets() -> None:
    assert counts("Border agents have already stopped 261 migrants from entering the United States.") == {
        ("border_apprehensions", 261.0, "people")
    }
    assert counts("Agents just removed nearly 1,500 criminal illegal immigrants from the streets of the state.") == {
        ("arrests", 1500.0, "people")
    }


def test_summary_sentence_keeps_the_border_context() -> None:
    text = (
        "Nearly 2,000 children were nabbed at the border with their parents in May, officials said.\n\n"
        "All told some 1,995 juveniles traveling with 1,940 parents were caught between April 19 and May 31."
    )
    assert counts(text) == {("border_apprehensions", 1995.0, "people"), ("border_apprehensions", 1940.0, "people")}


def test_assaults_continue_an_assaults_on_officers_story() -> None:
    text = (
        "CBP recorded 1,089 assaults on agents in 2010. "
        "But things turned violent again, rising to 856 assaults in 2017."
    )
    assert counts(text) == {("assaults_on_officers", 1089.0, "incidents"), ("assaults_on_officers", 856.0, "incidents")}


def test_count_places_prefer_the_counts_own_words_and_regions() -> None:
    text = "That number includes 29,116 apprehended along the border and 32,349 at ports of entry, CBP said."
    got = places_of(text)
    assert got[29116.0] == ("the border",) and got[32349.0] == ("ports of entry",)
    text = "In the interior, meanwhile, ICE officers saw 48 assaults in 2017."
    assert places_of(text)[48.0] == ("the interior",)


def test_destination_and_dateline_are_not_count_places() -> None:
    text = (
        "Officers fired teargas near Tijuana on Tuesday. Agents in Tijuana watched the fence. "
        "The agency said 25 migrants were detained at the fence while others crawled back into Mexico."
    )
    assert places_of(text)[25.0] == ("Tijuana, Mexico",) or "Mexico" not in places_of(text)[25.0]
    text = "AUSTIN, Texas — Lawmakers said 2,700 teenagers were being held at a tent city in Texas on Saturday."
    assert "Austin, Texas" not in places_of(text)[2700.0]


def test_in_the_area_takes_the_place_named_before() -> None:
    text = (
        "The Rio Grande Valley is the busiest stretch for Border Patrol agents.\n\n"
        "Since October, more than 58,000 such migrants have been arrested in the area, about 42% of the "
        "more than 136,000 nationwide."
    )
    got = places_of(text)
    assert got[58000.0] == ("Rio Grande Valley",) and got[42.0] == ("Rio Grande Valley",)
    assert got[136000.0] == ("nationwide",)


# --- the dev set ------------------------------------------------------------------------------

#: A little below the CHECK part's figures (bench/devset.py `is_check`: a third of the dev articles no rule
#: or weight was developed on) measured by bench/evaluate.py when these floors were set (facts-2.7: counts
#: 0.869, counts+place 0.788): raise them with the figures, never lower them to make a change pass.
COUNTS_F1_FLOOR = 0.86
COUNTS_PLACE_F1_FLOOR = 0.78


def test_dev_set_counts_f1_floor(dev_set_evaluation: tuple[Path, dict]) -> None:
    require_shared("gold", "facts-dev.jsonl")
    out, _ = dev_set_evaluation
    sys.path.insert(0, str(REPO_DIR))
    from bench.evaluate import print_scores

    report = print_scores(REPO_DIR.parent / "shared" / "gold", out, "check")
    assert report["counts"]["f1"] >= COUNTS_F1_FLOOR
    assert report["counts+place"]["f1"] >= COUNTS_PLACE_F1_FLOOR


# --- families of issue #7: made-up sentences, one per structure -----------------------------------


def facts_of(text: str) -> list:
    return extract_counts(text, None)


def test_seed_breakdown_parts_point_at_the_total(seed: tuple[str, dict]) -> None:
    text, _ = seed
    facts = extract_counts(text, date(2017, 9, 28))
    index = {f.value: i for i, f in enumerate(facts)}
    assert facts[index[28]].part_of == index[498]
    assert facts[index[14]].part_of == index[498]
    assert all(f.part_of is None for f in facts if f.value not in (28, 14))
    assert all(0 < f.confidence < 1 for f in facts)


def test_seed_counts_whose_sentence_names_no_place_carry_none(seed: tuple[str, dict]) -> None:
    text, _ = seed
    for f in extract_counts(text, date(2017, 9, 28)):
        if f.type in ("assaults_on_officers", "convictions", "no_criminal_record"):
            assert f.places == (), (f.value, f.places)


def test_analyze_output_carries_confidence_and_part_of(seed: tuple[str, dict]) -> None:
    from tasks.analysis.analyze import analysis_to_json, analyze

    text, _ = seed
    row = analysis_to_json("seed", analyze("Trump administration targets 'sanctuary' cities", text, date(2017, 9, 28)))
    by_value = {f["value"]: i for i, f in enumerate(row["facts"])}
    assert row["facts"][by_value[28]]["part_of"] == by_value[498]
    assert all(isinstance(f["confidence"], float) for f in row["facts"])


def test_both_ends_of_a_comparison_are_counts() -> None:
    got = counts("Border Patrol apprehensions rose from 41,200 in 2013 to 58,900 last year.")
    assert got == {("border_apprehensions", 41200, "people"), ("border_apprehensions", 58900, "people")}
    got = counts("Agents arrested 3,100 people in the sector, down from 12,400 a year earlier.")
    assert ("border_apprehensions", 12400, "people") in got


def test_level_frames_with_an_event_subject() -> None:
    got = counts("Apprehensions at the southwest border peaked at 98,000 in March, then fell to about 61,000 in June.")
    assert got == {("border_apprehensions", 98000, "people"), ("border_apprehensions", 61000, "people")}
    assert counts("The number of detainees held by ICE was 4,310, officials said.") == {("detentions", 4310, "people")}


def test_sub_count_is_a_part_of_its_total() -> None:
    facts = facts_of("Agents apprehended 40,000 migrants at the border in May, including more than 3,000 children.")
    assert [(f.type, f.value, f.part_of) for f in facts] == [
        ("border_apprehensions", 40000, None),
        ("border_apprehensions", 3000, 0),
    ]
    facts = facts_of("ICE officers arrested 97 of the 212 people taken into custody in Dallas.")
    by_value = {f.value: i for i, f in enumerate(facts)}
    assert facts[by_value[97]].part_of == by_value[212]


def test_a_partitive_that_points_back_is_a_part_of_the_count_before() -> None:
    facts = facts_of(
        "Federal agents arrested 640 people in a week-long operation across Ohio. "
        "Officers made 150 of the arrests in Columbus alone."
    )
    by_value = {f.value: i for i, f in enumerate(facts)}
    assert facts[by_value[150]].part_of == by_value[640]
    # a count with no earlier, larger count of its type stays a total
    alone = facts_of("Officers made 150 of the arrests in Columbus, the agency said.")
    assert all(f.part_of is None for f in alone)


@pytest.mark.parametrize(
    "sentence",
    [
        "Deportations increased by 40 percent last year, officials said.",
        "Arrests fell 15 percent in the Houston area.",
        "The poll found 57% of voters say ICE should deport more immigrants.",
        "The new facility has room for up to 900 detainees.",
        "Officials said 1,400 children were reunited with their parents.",
        "Border agents apprehend about 1,010 migrants a day.",
    ],
)
def test_rate_poll_capacity_and_reunion_traps(sentence: str) -> None:
    assert counts(sentence) == set()


def test_removed_three_times_is_three_incidents_not_three_people() -> None:
    assert counts("He had been removed three times before he was arrested again.") == {("deportations", 3, "incidents")}
    # "times" ends the number's noun phrase: the event noun after "before" is not what is counted
    assert counts("She was removed four times before her arrest in Tulsa.") == {("deportations", 4, "incidents")}


def test_a_population_of_people_held_is_the_subject_of_a_level() -> None:
    assert counts("The detained population peaked at 55,000 in August, then fell to about 38,000 by December.") == {
        ("detentions", 55_000, "people"),
        ("detentions", 38_000, "people"),
    }
    assert counts("ICE's detainee population reached 61,000 this week.") == {("detentions", 61_000, "people")}


def test_a_span_of_time_is_no_rate() -> None:
    # "in a single week" says when, "a week" says how often
    assert counts("ICE agents arrested 500 people in Los Angeles in June, 300 of them in a single week.") == {
        ("arrests", 500, "people"),
        ("arrests", 300, "people"),
    }
    assert counts("Agents arrest about 300 people a week in the city.") == set()


def test_a_ratio_in_words_is_no_count() -> None:
    assert counts("One in three of the people arrested had a conviction.") == set()


def test_a_number_whose_own_verb_keeps_it_in_custody_is_held() -> None:
    assert counts("Agents arrested 22 people at a Home Depot parking lot; 17 remain in detention.") == {
        ("arrests", 22, "people"),
        ("detentions", 17, "people"),
    }


def test_removal_flights_that_are_the_subject_of_a_level_count_flights_not_people() -> None:
    assert counts("Deportation flights rose to 1,565 last year.") == set()
    # people carried on a removal flight are still removed
    assert counts("A removal flight carried 130 Guatemalans on Tuesday.") == {("deportations", 130, "people")}


def test_more_is_the_counted_noun_only_where_no_noun_follows_it() -> None:
    # "five more years" counts years (a sentence length); "11 more" and "40 more migrants" count people
    assert counts("A judge sentenced the smuggler to five more years in prison.") == set()
    assert counts("Agents arrested 11 more on Tuesday.") == {("arrests", 11, "people")}
    assert counts("ICE deported 40 more migrants to Guatemala.") == {("deportations", 40, "people")}


def test_a_trapped_number_is_still_a_candidate_with_its_trap() -> None:
    from tasks.analysis.count_candidates import count_candidates

    (cand,) = count_candidates("Deportations increased by 40 percent last year.")
    assert cand.count.trap == "change" and cand.confidence < 0.45


def test_a_million_scale_number_an_action_touched_is_a_count_not_a_population() -> None:
    assert counts("In 2000, more than 1.6 million people were apprehended crossing the southwest border.") == {
        ("border_apprehensions", 1_600_000, "people")
    }
    assert counts("His record included the deportation of nearly three million foreigners.") == {
        ("deportations", 3_000_000, "people")
    }
    assert counts("About 11 million undocumented immigrants live in the United States.") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The agency released 2,457 criminals and 461 non-criminal immigrants last year.",
            {("convictions", 2457, "people"), ("no_criminal_record", 461, "people")},
        ),
        (
            "So far this year the totals were 1,107 criminals and 344 noncriminals.",
            {("convictions", 1107, "people"), ("no_criminal_record", 344, "people")},
        ),
        (
            "Of the people arrested in Houston, only 10 did not have criminal records.",
            {("no_criminal_record", 10, "people")},
        ),
        ("ICE arrested 500 criminal aliens in Texas.", {("arrests", 500, "people")}),
    ],
)
def test_the_counted_noun_says_what_records_people_have(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "She has 21 criminal arrests and multiple criminal convictions.",
        "Two busloads of detained immigrants were flown out of Phoenix.",
        "- [Two observers pepper-sprayed in car, detained 8 hours](#2026-01-11-observers) (Jan 11)",
    ],
)
def test_one_persons_record_loads_and_linked_items_are_not_counts(sentence: str) -> None:
    assert counts(sentence) == set()


def test_officers_who_made_arrests_are_not_one_persons_record() -> None:
    assert counts("Officers who have made 40 arrests this week said the operation continues.") == {
        ("arrests", 40, "people")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Deportations under Obama reached a record high of 409,849 in 2012.", {("deportations", 409849, "people")}),
        ("Detentions reached an all-time high of 55,000 last month.", {("detentions", 55000, "people")}),
        (
            "Of the 1,200 people arrested, 700 had criminal convictions.",
            {("arrests", 1200, "people"), ("convictions", 700, "people")},
        ),
    ],
)
def test_record_levels_and_a_breakdown_with_its_own_verb(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_n_of_them_is_a_part_of_the_count_before() -> None:
    facts = extract_counts("Agents arrested 212 people across North Texas, 97 of them in Dallas.", None)
    by_value = {f.value: (i, f) for i, f in enumerate(facts)}
    assert by_value[97][1].type == "arrests"
    assert by_value[97][1].part_of == by_value[212][0]
    assert by_value[97][1].places == ("Dallas, Texas",)


def test_times_count_removals_only_when_removal_is_what_repeats() -> None:
    assert counts("He had been deported to Mexico three times since 2009.") == {("deportations", 3, "incidents")}
    assert counts("Their client, a deportee, accidentally fired a gun three times, his lawyers said.") == set()


def test_a_mass_deportation_of_millions_is_a_plan_not_a_count() -> None:
    assert counts("The memos lay out a blueprint for the mass deportation of 11 million immigrants.") == set()


def test_travellers_held_at_an_airport_are_detentions_in_a_border_story() -> None:
    text = (
        "Border crossings fell at the southern border. The border wall rose. Border Patrol agents said so.\n\n"
        "In the first day of the order, 375 people had been detained on arrival at U.S. airports."
    )
    assert ("detentions", 375, "people") in counts(text)


def _places(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: f.places for f in extract_counts(text, None)}


def test_region_places_name_their_border_and_the_border_is_the_storys_border() -> None:
    got = _places(
        "Crossings are not limited to the southern border: in 2017 there were also 3,027 apprehensions "
        "along the Canadian border and 3,588 from the coastal border."
    )
    assert got[3027] == ("Canadian border",) and got[3588] == ("coastal border",)
    story = (
        "Border Patrol agents patrol the southern border day and night.\n\n"
        "Agents apprehended 4,200 migrants at the border in March, officials said."
    )
    assert _places(story)[4200] == ("southern border",)


def test_a_whole_country_is_never_the_storys_main_place() -> None:
    text = (
        "Mexico has stepped up its patrols. Mexico said it would do more, and Mexico's president agreed.\n\n"
        "Border Patrol agents made 29,200 apprehensions in January."
    )
    assert _places(text)[29200] == ()


def test_a_count_told_by_sector_metro_area_or_facility_keeps_that_region() -> None:
    got = _places("Agents in the Laredo sector apprehended 18,000 migrants in five months, Texas officials said.")
    assert got[18000] == ("Laredo sector",)
    got = _places("ICE officers arrested 51 people in the Houston area last week.")
    assert got[51] == ("Houston area",)
    got = _places("ICE is holding 1,300 detainees at the Adelanto ICE Processing Center, the agency said.")
    assert got[1300] == ("Adelanto ICE Processing Center",)


def test_origin_and_destination_countries_are_never_the_place() -> None:
    got = _places("Agents in Arizona apprehended 3,400 migrants from Honduras, Guatemala and El Salvador in May.")
    assert got[3400] == ("Arizona",)
    got = _places("ICE deported 1,200 people to Guatemala, Honduras or Mexico last month.")
    assert not {"Guatemala", "Honduras", "Mexico"} & set(got[1200])
    got = _places("Of the migrants from countries other than Mexico, 5,032 were apprehended in the Rio Grande Valley.")
    assert got[5032] == ("Rio Grande Valley",)


def test_a_state_that_says_where_a_region_is_does_not_replace_it() -> None:
    got = _places("Agents apprehended 4,150 people in Texas' Rio Grande Valley in June.")
    assert got[4150] == ("Rio Grande Valley",)
    got = _places("Agents apprehended 1,870 people in Arizona's Yuma sector in June.")
    assert got[1870] == ("Yuma sector",)
    # (a town that owns a site is the site's town, as with "the airport in Denver": both)
    got = _places("Agents detained 36 travelers at Denver's Centennial International Airport.")
    assert got[36] == ("Denver, Colorado", "Centennial International Airport")
    # a state of its own in the clause stays
    assert _places("Agents arrested 64 people in Texas and 12 in Oklahoma.")[64] == ("Texas",)


def test_away_from_the_border_is_not_the_border() -> None:
    got = _places("Interior removals, of people arrested away from the border, rose to 7,340 last year.")
    assert got[7340] == ()
    assert _places("Agents apprehended 61 migrants along the border in May.")[61] == ("the border",)


def test_a_foreign_country_is_never_the_place_of_who_the_people_were() -> None:
    # a country that refuses deportees, or that people came from, is not where their records were counted
    got = _places("Laos refused to take back 312 criminals last year, ICE said.")
    assert got[312] == ()
    got = _places("Among them, Nicaragua and Haiti refused 97 criminals and 58 noncriminals in 2015.")
    assert got[97] == got[58] == ()
    # removals to the one country they were sent to keep it (a GUIDELINES action, not who the people were)
    assert _places("ICE deported 40 people from the U.S. to Haiti on Friday.")[40] == ("Haiti",)


def test_border_apprehensions_the_sentence_does_not_place_are_at_the_storys_border() -> None:
    story = (
        "Crossings at the southwest border have fallen, officials in Dallas said.\n\n"
        "The southwest border saw fewer families.\n\n"
        "Border Patrol made 29,200 apprehensions in January."
    )
    assert _places(story)[29200] == ("southwest border",)
    # a story told in one town keeps that town for them
    story = (
        "Agents in Tijuana watched the border fence. Tijuana police helped. Tijuana shelters were full.\n\n"
        "Crossings at the border went on.\n\nBorder Patrol agents apprehended 25 migrants on Tuesday."
    )
    assert _places(story)[25] == ("Tijuana, Mexico",)


def test_no_place_rather_than_a_guess() -> None:
    # a count of who the arrested were, in a sentence that names no place, is not put in the story's city: a group
    # the story's stand-in places lends no place to its records
    story = (
        "Chicago aldermen met on Monday. Chicago police said they would not help.\n\nICE agents arrested 45 people "
        "on Tuesday.\n\nOf those arrested, 30 had criminal convictions."
    )
    assert _places(story)[30] == ()
    # where the text itself places the group, even in the paragraph before, its records are there (places18)
    story = "ICE agents arrested 45 people in Chicago on Tuesday.\n\nOf those arrested, 30 had criminal convictions."
    assert _places(story)[30] == ("Chicago, Illinois",)


def test_a_part_without_a_place_of_its_own_is_where_its_whole_is() -> None:
    got = _places("Agents detained 132,887 people at the southern border in May, including 11,507 children.")
    assert got[11507] == got[132887] == ("southern border",)


def test_n_of_them_with_a_verb_of_its_own_is_not_a_part_of_the_count_before() -> None:
    assert counts("Agents arrested 97 workers; 40 of them were later released.") == {("arrests", 97, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "| **A. Observer** | Jan 13, 2026 | Detained 9+ hours for filming agents |",
        "ICE agents detained a father of three outside his home on Tuesday.",
    ],
)
def test_hours_with_a_plus_and_family_sizes_are_not_counts(sentence: str) -> None:
    assert counts(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("An inspection found that 900 migrants had been crammed into the 125-person facility.", 900),
        ("Inspectors found 88 men held in a cell meant for 41.", 88),
        ("The station, built to hold 100, held 400 migrants.", 400),
    ],
)
def test_a_facilitys_headcount_is_a_detention_count_and_its_capacity_is_not(sentence: str, expected: int) -> None:
    assert counts(sentence) == {("detentions", expected, "people")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He had been deported five times, officials said.", {("deportations", 5, "incidents")}),
        ("ICE currently detains about 50,000 people.", {("detentions", 50000, "people")}),
        ("# CBP Detains Two Teenagers After Rear-Ending Their Vehicle", {("arrests", 2, "people")}),
        ("Border Patrol apprehends about 1,200 migrants in the sector.", {("border_apprehensions", 1200, "people")}),
    ],
)
def test_present_tense_verbs_and_a_comma_after_the_counted_word(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "removed" governing a number is a removal from the country; both ends of the comparison count
        (
            "The agency removed 267,258 people in fiscal 2019, compared to 256,085 the year before.",
            {("deportations", 267258.0, "people"), ("deportations", 256085.0, "people")},
        ),
        # a level told as the sentence after its count ("That is up from ...") restates that count's type
        (
            "Border Patrol recorded 76,103 apprehensions in February. That is up from 38,000 in January.",
            {("border_apprehensions", 76103.0, "people"), ("border_apprehensions", 38000.0, "people")},
        ),
        # a population that is the subject of a level
        ("The detention population stood at 39,000 in March.", {("detentions", 39000.0, "people")}),
        # Enforcement and Removal Operations is an agency, not a removal
        (
            "ICE Enforcement and Removal Operations officers arrested 150 people in Houston.",
            {("arrests", 150.0, "people")},
        ),
        # the total's own predicate comes before its list; the list item's record is the item's
        (
            "Officers took 118 people into custody, including 84 with criminal histories.",
            {("arrests", 118.0, "people"), ("convictions", 84.0, "people")},
        ),
        (
            "Federal prosecutors filed illegal entry charges against 1,300 people last month.",
            {("charged", 1300.0, "people")},
        ),
    ],
)
def test_governing_verbs_levels_and_list_totals(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 300 people showed up to protest the arrests.",
        "About 200 protesters gathered outside the detention center.",
    ],
)
def test_a_crowd_is_not_the_people_an_action_touched(sentence: str) -> None:
    assert counts(sentence) == set()


def test_detainees_who_sign_a_letter_are_still_held() -> None:
    assert counts("More than 70 detainees signed a letter about conditions at the center.") == {
        ("detentions", 70.0, "people")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Border Patrol agents arresting people in an inland city make arrests (GUIDELINES §2: inside the country)
        (
            "Border Patrol agents arrested 425 people in Charlotte, North Carolina, over the weekend.",
            {("arrests", 425.0, "people")},
        ),
        (
            "Bovino said Border Patrol agents had made more than 1,000 arrests in Chicago.",
            {("arrests", 1000.0, "people")},
        ),
        # a town near the border, or the border named as the place, keeps the apprehension at the border
        (
            "Border Patrol agents apprehended 1,200 migrants near El Paso, Texas, last week.",
            {("border_apprehensions", 1200.0, "people")},
        ),
        (
            "Border Patrol agents from Chicago apprehended 300 migrants at the southern border.",
            {("border_apprehensions", 300.0, "people")},
        ),
    ],
)
def test_an_inland_place_makes_an_arrest_not_a_border_apprehension(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The arrest rate among Latino residents is 3 times the national average.",
        "About 1 in 5 detainees have a criminal record.",
        "The new detention center will hold up to 5,000 people.",
        "The jail, which can house 800 detainees, was at capacity.",
        "Of the 130 jurisdictions, 12 refused to honor detainers.",
    ],
)
def test_ratios_capacities_and_parts_of_things_are_not_counts(sentence: str) -> None:
    assert counts(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # convicted in this story's prosecution: prosecuted (charged), GUIDELINES §2
        (
            "A jury trial ended with 40 workers being convicted of document fraud.",
            {("charged", 40.0, "people")},
        ),
        ("Federal prosecutors said 25 people pleaded guilty to smuggling charges.", {("charged", 25.0, "people")}),
        # the jury's verb, active: "convicted 12 defendants of smuggling" (a multi-digit number too)
        ("A jury convicted 12 defendants of smuggling migrants.", {("charged", 12.0, "people")}),
        ("A federal jury convicted five men of harboring workers.", {("charged", 5.0, "people")}),
        # convicted since, in the story's prosecution; a record stays a conviction count
        (
            "Of the 128 people charged with smuggling, 90 have been convicted.",
            {("charged", 128.0, "people"), ("charged", 90.0, "people")},
        ),
        ("ICE said 75 of those arrested have been convicted of crimes.", {("convictions", 75.0, "people")}),
        # a record the people in an action already had stays a conviction count
        (
            "ICE said 51 people were arrested; 23 of them had criminal convictions.",
            {("arrests", 51.0, "people"), ("convictions", 23.0, "people")},
        ),
    ],
)
def test_convicted_in_a_prosecution_is_charged_a_record_is_a_conviction(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown of the group counted before: a kind of person, in the same or the next sentence
        (
            "Border Patrol apprehended 1,800 people. Nine hundred of them were children.",
            {("border_apprehensions", 1800.0, "people"), ("border_apprehensions", 900.0, "people")},
        ),
        (
            "ICE arrested 680 people in the raids. Of those, 300 were women.",
            {("arrests", 680.0, "people"), ("arrests", 300.0, "people")},
        ),
        (
            "Of the 97 people arrested in Dallas, 40 were from Mexico.",
            {("arrests", 97.0, "people"), ("arrests", 40.0, "people")},
        ),
        # a share with its own verb does not lend its record to the total
        (
            "ICE arrested 1,000 people, 75% of whom had criminal records.",
            {("arrests", 1000.0, "people"), ("convictions", 75.0, "percent")},
        ),
        # an event noun labelling a list or table cell types its number; "2,000-plus" is 2,000
        (
            "Arrests: 143,000; removals: 256,000.",
            {("arrests", 143000.0, "people"), ("deportations", 256000.0, "people")},
        ),
        ("Agents arrested 2,000-plus people.", {("arrests", 2000.0, "people")}),
    ],
)
def test_breakdowns_shares_and_labels(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_a_breakdown_in_the_next_sentence_is_a_part_of_its_group() -> None:
    facts = facts_of("Border Patrol apprehended 1,800 people. Nine hundred of them were children.")
    by_value = {f.value: i for i, f in enumerate(facts)}
    assert facts[by_value[900]].part_of == by_value[1800]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a five-time deportee" is five removals of one person (GUIDELINES §2: deportations, incidents)
        ("Jose Garcia, a five-time deportee from Mexico, was acquitted.", {("deportations", 5.0, "incidents")}),
        # "there were N" restates the count before it
        (
            "Border Patrol apprehended 400,000 migrants in fiscal 2019. The year before there were 303,916, CBP said.",
            {("border_apprehensions", 400000.0, "people"), ("border_apprehensions", 303916.0, "people")},
        ),
        # a dash aside does not cut the count from its predicate; "11 more" is a count of its own, not a change
        (
            "11 more violent migrants — including 7 gang members — deported from US to El Salvador this weekend",
            {("deportations", 11.0, "people")},
        ),
    ],
)
def test_time_deportees_existentials_and_dash_asides(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_more_than_before_is_still_a_change() -> None:
    assert counts("ICE arrested 500 more people than the year before.") == set()


def test_a_passive_relative_clause_says_what_happened_to_an_unknown_noun() -> None:
    assert counts("Agents interviewed more than 200 non-Mexicans who were apprehended in the Rio Grande Valley.") == {
        ("border_apprehensions", 200.0, "people")
    }
    assert counts("Police questioned 30 Dreamers who had been arrested in the raids.") == {("arrests", 30.0, "people")}


def test_a_level_in_parentheses_after_its_period_takes_the_count_before() -> None:
    text = (
        "Border Patrol arrested 4,598 migrants at the southern border in July. "
        "That is a 97% decrease from July 2022 (181,834) and a 92% decrease from July 2024 (56,400)."
    )
    assert counts(text) == {
        ("border_apprehensions", 4598.0, "people"),
        ("border_apprehensions", 181834.0, "people"),
        ("border_apprehensions", 56400.0, "people"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ramirez estimates 70% of his clients are undocumented and fears agents will detain them.", set()),
        ("Only 10 percent of Border Patrol apprehensions were families or unaccompanied children.", set()),
        (
            "Only five of 161 people arrested in the sweep would not have been priorities, he said.",
            {("arrests", 161.0, "people")},
        ),
    ],
)
def test_what_a_group_is_made_of_is_not_a_count(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_a_share_whose_complement_says_what_happened_is_a_count() -> None:
    assert ("detentions", 65.0, "percent") in counts(
        "As of November, 65 percent of ICE detainees were held in facilities run by private companies."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The county is ranked fifth of 25 counties by the number of detainers it honours.",
        "DHS said approximately 120 people surrounded federal agents during the detention.",
        "HHS shelters were holding about 1,000 children in early June.",
    ],
)
def test_ranks_crowds_and_hhs_shelters_are_not_counts(sentence: str) -> None:
    assert counts(sentence) == set()


def test_children_hhs_holds_in_custody_are_detentions() -> None:
    assert counts("HHS had about 1,000 children in its custody in early June.") == {("detentions", 1000.0, "people")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE lodged detainers on 45 of those arrested.", {("detainers", 45.0, "requests")}),
        (
            "Those arrested include 19 gang members and 8 sex offenders.",
            {("arrests", 19.0, "people"), ("arrests", 8.0, "people")},
        ),
        ("Twelve defendants were sentenced to prison for smuggling migrants.", {("charged", 12.0, "people")}),
    ],
)
def test_detainers_on_people_coordinated_groups_and_sentences(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_the_figure_compares_with_restates_the_count_before() -> None:
    assert counts("Border Patrol apprehended 400,000 migrants. The figure compares with 303,916 in fiscal 2018.") == {
        ("border_apprehensions", 400000.0, "people"),
        ("border_apprehensions", 303916.0, "people"),
    }


def test_an_average_held_a_day_is_a_population_not_a_rate() -> None:
    assert counts("The agency held an average of 61,000 people a day in detention in September.") == {
        ("detentions", 61000.0, "people")
    }
    assert counts("ICE is arresting an average of 1,100 people per day.") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the verb before the number governs it past a relative clause on its noun; how the people once came
        # (crossed the border) is not where ICE arrested them
        (
            "ICE arrested 300 people in Texas who had crossed the border illegally years ago.",
            {("arrests", 300.0, "people")},
        ),
        (
            "ICE officers arrested 45 immigrants who had illegally crossed the southern border as children.",
            {("arrests", 45.0, "people")},
        ),
        (
            "Border Patrol agents arrested 300 people who had crossed the border illegally near El Paso.",
            {("border_apprehensions", 300.0, "people")},
        ),
    ],
)
def test_relative_clauses_and_past_crossings(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_an_action_that_only_dates_the_predicate_does_not_type_the_count() -> None:
    assert counts("At least four people were injured during the arrests.") == set()
    assert counts("Officials said 21 people were taken into ICE custody after the traffic stops.") == {
        ("arrests", 21.0, "people")
    }


def test_the_storys_own_headline_is_read_even_in_capitals() -> None:
    text = "ICE ARRESTS 680 IN MISSISSIPPI RAIDS\n\nAgents raided seven food processing plants on Wednesday."
    assert counts(text) == {("arrests", 680.0, "people")}
    # a capitalised label later in the story is still no sentence of its own
    assert counts("Agents raided seven plants on Wednesday.\n\nBY THE NUMBERS 2,000 ARRESTS\n\nMore soon.") == set()


def test_the_dateline_and_a_foreign_state_of_the_story() -> None:
    # the story is filed from the capital but happens in Chiapas: "the state of Chiapas" is no origin, and the
    # dateline is where the story was written
    story = (
        "MEXICO CITY (Reuters) - Soldiers blocked migrants in the town of Metapa, in the state of Chiapas.\n\n"
        "The operation in Chiapas went on. An official in Mexico City spoke.\n\n"
        "Migration officials detained 350 people, the official said."
    )
    assert _places(story)[350] == ("Chiapas, Mexico",)


def test_a_share_is_not_placed_by_guess() -> None:
    story = (
        "ICE runs the Farmville detention center. Farmville officials said Farmville was ready.\n\n"
        "As of November, 65 percent of ICE detainees were held in facilities run by private companies."
    )
    assert _places(story)[65] == ()


def test_a_list_item_of_another_type_is_where_its_list_head_is() -> None:
    got = _places("ICE arrested 72 people in the Rio Grande Valley area, including 61 criminal aliens, last week.")
    assert got[72] == got[61] == ("Rio Grande Valley area",)


def test_a_count_told_of_the_whole_country_gets_no_main_place() -> None:
    story = (
        "Agents in Chicago made arrests. Chicago officials objected and Chicago police stood by.\n\n"
        "In the first day, 375 people had been detained on arrival in the U.S., an official said."
    )
    assert _places(story)[375] == ()


def test_a_national_tally_the_sentence_does_not_place_gets_no_main_place() -> None:
    story = (
        "Agents in Omaha raided a meatpacking plant. Omaha officials objected and Omaha police stood by.\n\n"
        "ICE arrested 38 workers at the plant.\n\nThe agency released 41,250 detainees last year."
    )
    got = _places(story)
    assert got[38] == ("Omaha, Nebraska",)  # the story's event: its main place stands in
    assert got[41250] == ()  # an agency-wide tally is no event of the story's town
    # border apprehensions of any size still go to the story's border
    story = (
        "Crossings at the southwest border fell. The southwest border was quiet.\n\n"
        "Border Patrol made 41,250 apprehensions in January."
    )
    assert _places(story)[41250] == ("southwest border",)


def test_a_place_says_whether_the_sentence_states_it_or_the_story_stands_in() -> None:
    story = (
        "Agents raided a plant in Omaha. Omaha officials objected, and Omaha police stood by.\n\n"
        "ICE arrested 38 workers in Omaha on Tuesday.\n\n"
        "Agents detained 52 more people the next day, including 11 children."
    )
    got = {f.value: (f.places, f.place_source) for f in extract_counts(story, None)}
    assert got[38] == (("Omaha, Nebraska",), "sentence")
    assert got[52] == (("Omaha, Nebraska",), "story")  # the sentence names no place
    assert got[11] == (("Omaha, Nebraska",), "story")  # a part is placed as its whole is


def test_a_count_told_of_the_whole_country_before_a_lowercase_word_gets_no_main_place() -> None:
    story = (
        "Agents in Chicago made arrests. Chicago officials objected and Chicago police stood by.\n\n"
        "Of the children, 14 had been removed from the U.S. and 9 were placed with relatives."
    )
    assert _places(story)[14] == ()
    story = (
        "Agents in Chicago made arrests. Chicago officials objected and Chicago police stood by.\n\n"
        "A lawyer said that 23 parents held in custody had since left the country."
    )
    assert _places(story)[23] == ()
    # "the U.S. Border Patrol" names an agency, not the country: the story's place still stands in
    story = (
        "Agents in Chicago made arrests. Chicago officials objected and Chicago police stood by.\n\n"
        "The U.S. Border Patrol arrested 17 more people on Friday."
    )
    assert _places(story)[17] == ("Chicago, Illinois",)


def test_the_storys_main_town_counts_the_places_within_it() -> None:
    story = (
        "Agents arrested a man in south Minneapolis. He was held at the Whipple Building overnight, and his lawyer "
        "waited at the Whipple Building. The federal building in Minneapolis is guarded; Minneapolis police "
        "watched.\n\nAgents detained two people that afternoon."
    )
    assert _places(story)[2] == ("south Minneapolis, Minnesota",)


def test_a_count_told_twice_takes_the_place_of_the_telling_that_names_one() -> None:
    text = (
        "## Timeline\n- **Afternoon** - Agents arrest two people near 34th Street and Park Avenue\n\n"
        "## What Happened\n\nHe stood on the sidewalk watching agents arresting two people when officers "
        "began pushing bystanders back. He was taken to the Whipple Building and held at the Whipple Building."
    )
    assert _places(text)[2] == ("34th Street and Park Avenue",)


def test_a_country_people_fled_is_not_the_place() -> None:
    got = _places("Agents apprehended 300 migrants fleeing violence and poverty in Honduras, Guatemala and Peru.")
    assert got[300] == ()
    got = _places("Agents in Yuma apprehended 300 migrants fleeing gangs in Honduras.")
    assert got[300] == ("Yuma, Arizona",)


def test_a_count_without_a_noun_of_its_own_is_where_the_count_before_it_is() -> None:
    # the story names another border more often; the level sentence goes on counting the group before it
    story = (
        "Agents on the US-Mexico border are busy. The US-Mexico border is long, and the US-Mexico border is hot.\n\n"
        "Border Patrol made 41,200 apprehensions along the southwest border in 2019. The year before there were "
        "38,900, the agency said."
    )
    got = _places(story)
    assert got[41200] == got[38900] == ("southwest border",)


def test_removals_to_one_country_are_placed_there_but_origins_and_lists_are_not() -> None:
    got = _places("Agents deported 64 men from the U.S. to Guatemala on two flights over the weekend.")
    assert got[64] == ("Guatemala",)
    got = _places("ICE deported 310 people to Guatemala, Honduras or Mexico last month.")
    assert got[310] == ()
    got = _places("Mexico deported 45 migrants from Honduras to Guatemala.")
    assert "Honduras" not in got[45] and "Guatemala" not in got[45]
    got = _places("Agents in Yuma, Arizona, arrested 80 migrants from Honduras on Tuesday.")
    assert got[80] == ("Yuma, Arizona",)


def test_a_count_in_a_neighborhood_is_placed_there_not_at_the_whole_town() -> None:
    story = (
        "Chicago police stood by. Chicago officials objected.\n\n"
        "Agents arrested 41 people in Chicago's Pilsen neighborhood."
    )
    assert _places(story)[41] == ("Pilsen, Chicago, Illinois",)


def test_a_place_after_a_comma_that_tells_another_event_is_not_the_counts() -> None:
    assert _places("Agents arrested 30 people in Fort Worth, a week after a raid in Dallas.")[30] == (
        "Fort Worth, Texas",
    )
    got = _places("ICE agents, who arrested 45 people in Houston, said more raids were planned for Dallas.")
    assert got[45] == ("Houston, Texas",)
    # a list of places and a phrase that goes on telling the same group keep every place
    got = _places("Agents arrested 60 people in Houston, Dallas and Austin on Tuesday.")
    assert got[60] == ("Houston, Texas", "Dallas, Texas", "Austin, Texas")
    got = _places("Agents arrested 680 workers in Mississippi, including plants in Canton and Morton, Mississippi.")
    assert got[680][0] == "Mississippi" and "Morton, Mississippi" in got[680]


def test_a_place_pointed_back_to_by_its_kind_is_the_last_one_of_that_kind() -> None:
    story = (
        "Lawyers waited at O'Hare International Airport on Saturday. Chicago officials objected, and Chicago "
        "police stood by.\n\nLawyers said 45 people were detained at the airport overnight."
    )
    assert _places(story)[45] == ("O'Hare International Airport",)
    story = (
        "ICE runs the Northwest Detention Center in Tacoma, Washington. Seattle officials objected in Seattle.\n\n"
        "Advocates said 200 detainees at the facility had joined a hunger strike."
    )
    # written with its town, the site is both, as a site written with its town before a count is
    assert _places(story)[200] == ("Northwest Detention Center", "Tacoma, Washington")
    story = "DENVER (AP) — Federal agents arrested 44 people in raids across the city on Friday."
    assert _places(story)[44] == ("Denver, Colorado",)
    # "at the center of" points back to nothing: the story's main place stands in, not the last facility
    story = (
        "Omaha police stood by in Omaha. The Omaha Detention Center is nearby.\n\n"
        "Agents arrested 31 people at the center of the dispute, officials said."
    )
    assert _places(story)[31] == ("Omaha, Nebraska",)
    # nor does "the city council": the town named last before it is not where the count happened
    story = (
        "Chicago police watched. Chicago officials objected in Chicago. All was quiet in Evanston.\n\n"
        "At the city council meeting, residents said 45 people were detained by agents."
    )
    assert _places(story)[45] == ("Chicago, Illinois",)


def test_countries_given_as_examples_of_origin_or_fled_are_never_the_place() -> None:
    assert _places("Agents arrested 52 people from countries including Venezuela and Cuba.")[52] == ()
    assert _places("Agents arrested 52 people, many of whom had fled Nicaragua.")[52] == ()
    # a place where the count happened is still kept beside them
    got = _places("Agents in Tucson, Arizona, arrested 52 people from nations such as Honduras and Guatemala.")
    assert got[52] == ("Tucson, Arizona",)


def test_a_count_of_a_metro_area_adjective_is_placed_at_the_area() -> None:
    assert _places("Houston-area raids led to 45 arrests last week.")[45] == ("Houston area",)


def test_a_count_at_a_border_written_with_us_keeps_the_us() -> None:
    """As written: "U.S." inside a border phrase stays, so the count's place is the text's own."""
    assert _places("Agents caught 610 migrants at the southern U.S. border in June.")[610] == ("southern U.S. border",)
    # trap: without "U.S." the border is the plain phrase
    assert _places("Agents caught 610 migrants at the southern border in June.")[610] == ("southern border",)


def test_the_whole_united_states_is_no_counts_place() -> None:
    got = _places("Border agents stopped 261 migrants from entering the United States last week.")
    assert got[261] == ()
    got = _places("Agents in Laredo, Texas, stopped 261 migrants from entering the United States.")
    assert got[261] == ("Laredo, Texas",)


def test_nationwide_is_written_in_lower_case_wherever_it_stands() -> None:
    assert _places("Nationwide, ICE arrested 32,000 people in June.")[32000] == ("nationwide",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Border apprehensions saw an increase of 40 percent over last year.",
        "ICE reported a drop of 1,200 in arrests from the year before.",
        "Deportations showed a decline of nearly 15% in the first quarter.",
    ],
)
def test_a_change_named_as_a_noun_is_not_a_count(sentence: str) -> None:
    assert counts(sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 62% of Republicans said the deportations should continue.",
        "About 45 percent of adults think the arrests have gone too far.",
        "Nearly 70% of Latino residents worry that a relative will be deported.",
    ],
)
def test_a_share_whose_own_verb_is_an_opinion_is_a_poll_not_a_count(sentence: str) -> None:
    assert counts(sentence) == set()


def test_a_share_of_people_an_action_touched_is_still_a_count() -> None:
    got = counts("ICE said 62% of those arrested in the operation had criminal convictions.")
    assert got == {("convictions", 62.0, "percent")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Encounters at the southwest border numbered about 1.7 million in fiscal 2021.",
            {("border_apprehensions", 1_700_000.0, "people")},
        ),
        ("Arrests by ICE nearly tripled from 2024 to 2025, reaching 300,000.", {("arrests", 300_000.0, "people")}),
        ("ICE's detention population reached a record 66,000 in November.", {("detentions", 66_000.0, "people")}),
    ],
)
def test_level_verbs_numbered_reaching_and_a_record(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The raid netted 114 people, most of them from Guatemala.", {("arrests", 114.0, "people")}),
        ("Agents swept up 61 workers at a construction site in Omaha.", {("arrests", 61.0, "people")}),
        ("Officers handcuffed 12 men outside the courthouse in Denver.", {("arrests", 12.0, "people")}),
    ],
)
def test_verbs_of_seizing_people_are_arrests(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_n_more_in_a_series_counts_what_was_counted_before() -> None:
    got = counts("Agents arrested 25 people in Omaha on Tuesday, and 14 more on Wednesday.")
    assert got == {("arrests", 25.0, "people"), ("arrests", 14.0, "people")}


def test_an_elided_noun_after_through_or_since_counts_what_the_count_before_counts() -> None:
    got = counts("Mexico took back 878 deportees last year and nearly 400 through the first eight months of this year.")
    assert got == {("deportations", 878.0, "people"), ("deportations", 400.0, "people")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the whole of a partitive ends at its comma: its own words type it, the record is the part's
        (
            "Of the 2,000 people arrested in the operation, 1,400, or 70 percent, had no criminal record.",
            {
                ("arrests", 2000.0, "people"),
                ("no_criminal_record", 1400.0, "people"),
                ("no_criminal_record", 70.0, "percent"),
            },
        ),
        # the whole of a share: its own words name the action its people are in
        (
            "More than 70% of the 60,000 people ICE is holding have no criminal convictions.",
            {("no_criminal_record", 70.0, "percent"), ("detentions", 60000.0, "people")},
        ),
        # "made up" is no rise
        (
            "Mexicans made up 38 percent of those apprehended at the border.",
            {("border_apprehensions", 38.0, "percent")},
        ),
    ],
)
def test_the_whole_of_a_share_or_partitive_is_typed_by_its_own_words(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "ICE arrested 1,500 people, with 600 of them having criminal convictions.",
            {("arrests", 1500.0, "people"), ("convictions", 600.0, "people")},
        ),
        (
            "Agents arrested 84 people; more than half, 45, had no criminal record.",
            {("arrests", 84.0, "people"), ("no_criminal_record", 45.0, "people")},
        ),
    ],
)
def test_a_part_with_its_own_participle_or_in_apposition_keeps_its_own_predicate(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_a_sentence_naming_no_place_goes_on_inland_where_the_one_before_it_is() -> None:
    text = (
        "The border has been quiet since January. Border Patrol apprehensions at the southern border fell to 8,000 "
        "in March. Officials credit the wall and the troops at the border.\n\n"
        "Meanwhile, federal agents arrested 1,100 people in Chicago during a two-week operation. Agents arrested "
        "45 people at a Home Depot on Tuesday."
    )
    assert counts(text) == {
        ("border_apprehensions", 8000.0, "people"),
        ("arrests", 1100.0, "people"),
        ("arrests", 45.0, "people"),
    }


def test_travellers_detained_at_an_airport_by_customs_and_border_protection_are_detentions() -> None:
    got = counts("Customs and Border Protection officers at the Detroit airport detained 12 travelers on Saturday.")
    assert got == {("detentions", 12.0, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The prison was built to house 1,800 immigrants awaiting deportation.",
        "ICE leased a warehouse outfitted to detain up to 3,000 migrants.",
        "The camp is capable of holding 5,000 detainees.",
        "The new facility in Newark holds up to 1,000 detainees.",
    ],
)
def test_what_a_place_was_built_or_equipped_to_hold_is_a_capacity(sentence: str) -> None:
    assert counts(sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 2,551 children ages 5 to 17, 1,442 have been reunited with parents in ICE custody.",
        "Officials said 300 children held in custody were separated from their parents at the border.",
    ],
)
def test_children_reunited_or_separated_are_no_detentions(sentence: str) -> None:
    assert counts(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least two bystanders were arrested in Omaha.", {("arrests", 2.0, "people")}),
        ("About 300 Nicaraguans were detained in Omaha.", {("detentions", 300.0, "people")}),
        ("More than 1,000 Ecuadorians were deported last month.", {("deportations", 1000.0, "people")}),
    ],
)
def test_a_counted_noun_the_lexicon_does_not_know_takes_its_own_passive_verb(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the action is the antecedent's; the number is the object of the relative clause's own verb
        ("Police detained a pastor who had sheltered 12 migrants in his church.", set()),
        ("Agents arrested a volunteer who gave water to two migrants in the desert.", set()),
        # the verb just before the number governs it, whatever verb follows its noun
        ("The officer who arrested 14 people in the raid was suspended.", {("arrests", 14.0, "people")}),
    ],
)
def test_the_governing_verb_is_the_nearest_one_before_the_number(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_people_the_text_places_in_custody_are_held_sick_or_not() -> None:
    got = counts("More than 2,500 people in ICE custody have tested positive for COVID-19.")
    assert got == {("detentions", 2500.0, "people")}
    assert counts("As of Sunday, 42 migrants had tested positive for the virus.") == set()


def test_to_ends_a_level_only_after_a_verb_of_change_or_a_from() -> None:
    assert counts("Why arrest a volunteer who gave food and water to two ill and desperate migrants?") == set()
    got = counts("Arrests in the Houston area went from 1,200 in 2019 to 3,400 last year.")
    assert got == {("arrests", 1200.0, "people"), ("arrests", 3400.0, "people")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE detention numbers hit 61,000 in June.", {("detentions", 61000.0, "people")}),
        ("ICE took custody of 45 people from the county jail in Omaha.", {("detentions", 45.0, "people")}),
    ],
)
def test_a_level_of_detention_numbers_and_taking_custody_of_people(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Agents apprehended 14,000 migrants in Omaha. More than 3,000 of them were unaccompanied children.",
        "Agents apprehended 14,000 migrants in Omaha. Among them were 3,000 unaccompanied children.",
    ],
)
def test_a_breakdown_in_the_next_sentence_past_a_qualifier_or_inverted(text: str) -> None:
    facts = extract_counts(text, None)
    assert {(f.type, f.value) for f in facts} == {("arrests", 14000.0), ("arrests", 3000.0)}
    part = next(f for f in facts if f.value == 3000)
    assert facts[part.part_of].value == 14000


def test_a_whose_clause_tells_of_another_noun_not_of_the_people_counted() -> None:
    text = "Nurses cared for two young mothers whose infant children became sick while detained in Omaha."
    assert counts(text) == set()
    assert counts("Agents deported four fathers whose children stayed in Omaha.") == {("deportations", 4.0, "people")}


def test_a_share_whose_own_predicate_is_an_infinitive_of_no_action_is_not_a_count() -> None:
    assert counts("The arrest caused approximately 90% of Somali students to miss school.") == set()
    got = counts("The new rules caused 30% of those arrested to be deported.")
    assert got == {("deportations", 30.0, "percent")}


def test_an_action_on_the_noun_of_an_of_phrase_is_not_the_counted_peoples() -> None:
    assert counts("Neighbors took in the two children of a detained father in Omaha.") == set()
    got = counts("Agents detained two children of a man in Omaha.")
    assert got == {("arrests", 2.0, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The UN project reports that 170 migrants have died or are missing on the US-Mexico border this year.",
        "Border Patrol said 57 migrants died crossing the desert near Tucson last year.",
    ],
)
def test_deaths_on_the_way_are_not_deaths_in_custody(sentence: str) -> None:
    assert counts(sentence) == set()


def test_deaths_in_custody_still_count() -> None:
    assert counts("Eight people have died in ICE custody since October.") == {("deaths_in_custody", 8.0, "people")}


def test_children_in_hhs_shelters_are_not_called_detained_by_a_detention_center_named_further_off() -> None:
    text = (
        "ICE said it was detaining 184 children at the three family detention centers, which are separate from "
        "Health and Human Services shelters for unaccompanied children that were holding around 1,000 children."
    )
    assert counts(text) == {("detentions", 184.0, "people")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The contractor said 1,300 children have stayed for weeks at the Tornillo camp in Texas.",
            {("detentions", 1300.0, "people")},
        ),
        ("Officials tried to process 4,700 children at the Nogales center.", {("detentions", 4700.0, "people")}),
        ("Volunteers met about 200 family members at a Greyhound station in El Paso.", set()),
    ],
)
def test_people_at_a_detention_site_are_held_without_a_custody_word(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_migrants_who_turn_themselves_in_at_the_border_are_apprehended() -> None:
    got = counts("About 400 migrants turned themselves in to Border Patrol agents near Yuma.")
    assert got == {("border_apprehensions", 400.0, "people")}


@pytest.mark.parametrize(
    "text",
    [
        "ICE arrests by city in the first week of the operation:\n\n- Chicago: 1,100\n- Cicero: 230\n",
        "| City | Arrests |\n|---|---|\n| Chicago | 1,100 |\n| Cicero | 230 |\n",
    ],
)
def test_a_list_item_or_table_row_counts_what_its_lead_line_names(text: str) -> None:
    assert counts(text) == {("arrests", 1100.0, "people"), ("arrests", 230.0, "people")}


def test_a_list_item_with_a_sentence_of_its_own_is_not_a_cell_of_its_lead() -> None:
    text = (
        "Deportations by country last year:\n\n- One bystander asked the agents whether their mothers would be proud.\n"
    )
    assert counts(text) == set()


def test_a_people_count_with_no_verb_of_its_own_goes_on_with_the_count_of_the_sentence_before() -> None:
    text = "ICE arrested 1,200 people in Omaha in March. In April, about 1,500 people in the same neighborhoods."
    assert counts(text) == {("arrests", 1200.0, "people"), ("arrests", 1500.0, "people")}
    # a verb of its own, or a sentence further off, keeps it out
    assert counts("ICE arrested 1,200 people in Omaha. About 1,500 people marched downtown on Sunday.") == {
        ("arrests", 1200.0, "people")
    }


def test_people_another_countrys_agents_detain_are_no_us_border_apprehensions() -> None:
    text = (
        "Mexican immigration agents on Wednesday detained 213 Central American migrants near the border "
        "with Guatemala, officials said."
    )
    got = counts(text)
    assert len(got) == 1 and ("border_apprehensions", 213.0, "people") not in got


def test_a_death_count_in_a_story_about_people_held_is_a_death_in_custody() -> None:
    text = (
        "Conditions in immigration detention have worsened. Detainees describe crowded cells. "
        "Lawyers for people held in ICE custody have sued.\n\nAt least seven children have died in recent months."
    )
    assert counts(text) == {("deaths_in_custody", 7.0, "people")}
    assert counts("At least seven children have died in recent months.") == set()


def test_people_a_court_orders_released_are_held() -> None:
    got = counts("A federal judge ordered the government to release 101 children under five from custody.")
    assert got == {("detentions", 101.0, "people")}


def test_guidelines_verbs_of_holding_and_returning_type_a_count_in_every_inflection() -> None:
    # GUIDELINES §2: detentions are people held, deportations people returned
    assert counts("The agency now holds 61,000 people, a record.") == {("detentions", 61000.0, "people")}
    assert counts("About 59,000 people are behind bars awaiting hearings.") == {("detentions", 59000.0, "people")}
    assert counts("Some 2,400 people are now in ICE facilities in Texas.") == {("detentions", 2400.0, "people")}
    assert counts("Charter flights returned 1,300 Guatemalans last month.") == {("deportations", 1300.0, "people")}
    assert counts("Last year 271,000 people were sent home, the agency said.") == {("deportations", 271000.0, "people")}
    assert counts("The raid nets 45 workers, agents said.") == {("arrests", 45.0, "people")}
    # a capacity, and children given back to their families, stay out
    assert counts("The facility holds up to 900 detainees.") == set()
    assert counts("Agents returned 12 children to their parents on Friday.") == set()


def test_a_part_of_the_group_counted_before_told_by_where_it_was() -> None:
    text = "ICE arrested 212 people in the operation. Of those, 97 were in Dallas."
    assert counts(text) == {("arrests", 212.0, "people"), ("arrests", 97.0, "people")}
    # a lower-case word after "in" is no place: "97 were in shock" says nothing of where the part was
    assert counts("ICE arrested 212 people in the operation. Of those, 97 were in shock.") == {
        ("arrests", 212.0, "people")
    }


def test_a_bare_share_opening_its_sentence_with_a_breakdown_predicate_is_a_share_of_the_count_before() -> None:
    text = "ICE arrested 680 people in Mississippi.\n\nAbout 40 percent were women."
    assert counts(text) == {("arrests", 680.0, "people"), ("arrests", 40.0, "percent")}
    # a predicate that names no kind of person, origin or place is no breakdown
    assert counts("ICE arrested 680 people in Mississippi.\n\nAbout 40 percent were angry.") == {
        ("arrests", 680.0, "people")
    }


def test_a_bare_level_whose_subject_points_back_is_the_level_of_the_count_before() -> None:
    text = "Border agents apprehended 41,200 migrants in May. In April, it was 38,000."
    assert counts(text) == {("border_apprehensions", 41200.0, "people"), ("border_apprehensions", 38000.0, "people")}
    text = "ICE arrested 1,200 people in Omaha in March. The year before, the total was 850."
    assert counts(text) == {("arrests", 1200.0, "people"), ("arrests", 850.0, "people")}
    # a sentence in between, or a subject of its own ("the number of students"), keeps it out
    text = "ICE arrested 1,200 people in Omaha in March. Protests followed. The year before, the total was 850."
    assert counts(text) == {("arrests", 1200.0, "people")}
    text = "ICE arrested 1,200 people in Omaha in March. In April, the number of students absent was 850."
    assert counts(text) == {("arrests", 1200.0, "people")}


def test_people_sent_to_a_foreign_country_are_removed_though_no_removal_word_is_written() -> None:
    assert counts("About 238 Venezuelans were sent to El Salvador on Saturday.") == {("deportations", 238.0, "people")}
    assert counts("Charter flights carried 120 migrants to Guatemala last week.") == {("deportations", 120.0, "people")}
    # a move inside the country, or people who travel of their own accord, is no removal
    assert counts("The group sent 30 volunteers to Mexico City.") == set()
    assert counts("The agency transferred 300 people to Texas last week.") == set()


def test_people_in_custody_who_left_the_country_are_removed() -> None:
    text = "A government attorney said 19 fathers held in custody had left the U.S. without their children."
    assert counts(text) == {("deportations", 19.0, "people")}
    # leaving the country where no custody or agency is named is no enforcement count
    assert counts("About 300 nurses left the country last year, the union said.") == set()


def test_people_intercepted_at_the_border_are_border_apprehensions() -> None:
    assert counts("Border Patrol agents intercepted 300 migrants near the border with Mexico.") == {
        ("border_apprehensions", 300.0, "people")
    }


def test_a_negated_record_word_is_no_criminal_record() -> None:
    for predicate in ("had clean records", "were not criminals", "had no prior offenses", "had committed no crimes"):
        text = f"ICE arrested 680 people in Mississippi. Of those, 300 {predicate}."
        assert counts(text) == {("arrests", 680.0, "people"), ("no_criminal_record", 300.0, "people")}, predicate
    # a record stated, even beside a negation of something else, stays a conviction
    text = (
        "ICE arrested 680 people in Mississippi. Of those, 300 had criminal records, not only immigration violations."
    )
    assert ("convictions", 300.0, "people") in counts(text)


def test_people_on_a_removal_flight_are_removed() -> None:
    text = "About 120 migrants arrived in San Pedro Sula on a deportation flight from Texas."
    assert counts(text) == {("deportations", 120.0, "people")}
    assert counts("A deportation flight carrying 120 Guatemalans landed on Tuesday.") == {
        ("deportations", 120.0, "people")
    }
    # people who protest the flights are a crowd, not people removed
    assert counts("On Sunday, 40 people protested the deportation flights.") == set()


def test_people_held_told_as_a_population_without_the_custody_words() -> None:
    assert counts("About 61,000 people are in immigration jails, officials said.") == {
        ("detentions", 61000.0, "people")
    }
    assert counts("ICE data show the agency's daily population averaged 61,000 in June.") == {
        ("detentions", 61000.0, "people")
    }
    assert counts("ICE was housing 61,000 people in June.") == {("detentions", 61000.0, "people")}
    # a population of something else stays out
    assert counts("The daily population of Chicago commuters averaged 61,000.") == set()


def test_a_group_listed_after_criminals_is_no_conviction_without_a_record_word() -> None:
    # GUIDELINES §2 convictions: a record is told of each group by its own words; gang members are not convicted
    text = "Officers arrested 40 immigrants in Ohio, including 25 criminal aliens and three suspected gang members."
    assert counts(text) == {("arrests", 40, "people"), ("convictions", 25, "people")}


def test_a_raid_detaining_people_arrests_them_while_is_detaining_holds_them() -> None:
    # GUIDELINES §2: arrests are people "picked up in raids"; detentions are people held
    raid = "ICE agents raided a house in Omaha on Monday, breaking a window and detaining five people."
    held = "ICE said it was detaining 140 children at its two family detention centers in Texas."
    assert counts(raid) == {("arrests", 5, "people")}
    assert counts(held) == {("detentions", 140, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver was charged with smuggling 14 migrants hidden in a trailer.",
        "He faces up to 20 years in prison for smuggling 12 migrants.",
        "The woman pleaded guilty to transporting nine undocumented immigrants.",
    ],
)
def test_people_a_smuggler_moved_are_no_count(sentence: str) -> None:
    # the crime's objects, not people enforcement touched (GUIDELINES §2); "in prison" does not make them held
    assert counts(sentence) == set()


def test_a_crowd_told_in_the_present_tense_is_no_count() -> None:
    # a timeline writes in the present: "40 neighbors gather to protest" is a crowd, not more people detained
    text = (
        "## Timeline\n"
        "- **8:20 a.m.** - Agents arrest three workers outside a bakery in St. Cloud\n"
        "- **9:00 a.m.** - 40 neighbors gather outside to protest"
    )
    assert counts(text) == {("arrests", 3, "people")}


def test_a_verb_before_a_comma_belongs_to_the_count_before_it() -> None:
    # the governing predicate of the 2 is its own ("released"), not the 5's "detained" before the comma
    assert counts("Outcome: 5 people detained in Rochester, 2 U.S. citizens questioned and released") == {
        ("detentions", 5, "people")
    }


def test_the_whole_of_a_partitive_keeps_its_own_action_not_the_parts_record() -> None:
    # breakdown frame: the record is told of the part; the whole's own words say what was done to it
    text = "Officials said 1,800 of the 3,000 people detained in the Tampa sweep have no criminal record."
    assert counts(text) == {("detentions", 3000, "people"), ("no_criminal_record", 1800, "people")}


def test_a_number_governed_by_a_verb_of_its_own_is_not_carried_on_from_the_sentence_before() -> None:
    # the series carry-over is for verbless items ("In April, another 1,500 people."); "had lost track of" governs
    text = (
        "ICE was holding 300 migrants at the Nogales station in May. "
        "An official said the agency had lost track of 1,500 people it placed with relatives."
    )
    assert counts(text) == {("detentions", 300, "people")}
    series = "ICE arrested 1,200 people in Ohio in March. In April, another 1,500 people."
    assert counts(series) == {("arrests", 1200, "people"), ("arrests", 1500, "people")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Immigration detention hit a record 59,000 in June.", ("detentions", 59000, "people")),
        ("Detention numbers have climbed to more than 60,000.", ("detentions", 60000, "people")),
        (
            "Illegal crossings at the southern border dropped to 8,000 in February.",
            ("border_apprehensions", 8000, "people"),
        ),
    ],
)
def test_a_level_whose_subject_names_detention_or_crossings(sentence: str, expected: tuple) -> None:
    # level frame: the subject of "reached", "hit a record", "climbed to" says what the number counts
    assert counts(sentence) == {expected}


def test_detention_is_no_counted_noun_after_a_number() -> None:
    assert counts("ICE opened 12 detention centers in Texas last year.") == set()


def test_the_same_people_told_as_taken_and_as_held_are_one_fact() -> None:
    # GUIDELINES §2: the same number repeated in the same article is still one fact
    text = (
        "ICE agents raided a home in Ames on Monday, breaking down the door and detaining four people.\n\n"
        "Outcome: 4 people detained; two U.S. citizens were questioned."
    )
    got = counts(text)
    assert len(got) == 1 and next(iter(got))[1:] == (4, "people")


def test_a_total_keeps_its_verb_when_only_its_list_names_records() -> None:
    # breakdown frame: "including 12 convicted sex offenders" types the 12, not the 80 the verb governs
    text = "ICE arrested 80 people in Utah, including 12 convicted sex offenders and 5 people convicted of homicide."
    assert counts(text) == {("arrests", 80, "people"), ("convictions", 12, "people"), ("convictions", 5, "people")}


def test_defendants_convicted_in_the_storys_prosecution_are_charged() -> None:
    # convictions vs charged in a prosecution story: "defendants" are people prosecuted (GUIDELINES §2 charged)
    text = "Prosecutors charged 60 people in the smuggling case. So far, 45 of the defendants have been convicted."
    assert counts(text) == {("charged", 60, "people"), ("charged", 45, "people")}


def test_sick_people_the_sentence_places_in_a_detention_center_are_held() -> None:
    # GUIDELINES §2 detentions: people held; the medical trap is for the sick nobody says are held
    held = "ICE said 14 women and children have tested positive for the flu at the family detention center in Dilley."
    assert counts(held) == {("detentions", 14, "people")}
    assert counts("Doctors said 14 children in the town have tested positive for the flu.") == set()


def test_people_moved_to_a_facility_in_a_foreign_country_are_removed() -> None:
    # GUIDELINES §2 deportations: people a verb moves abroad, also when the text names the facility there first
    assert counts("Some 238 Venezuelans were transferred to a prison in El Salvador on Sunday.") == {
        ("deportations", 238, "people")
    }
    assert counts("Some 238 detainees were transferred to a prison in Louisiana on Sunday.") != {
        ("deportations", 238, "people")
    }


def test_a_listed_part_of_a_group_counted_in_words_takes_the_groups_action() -> None:
    # sub-count frame: "including two grandmothers" after "travelers held there" (no number for the whole)
    text = (
        "Crowds gathered at the airport in Denver to demand the release of travelers held there, "
        "including two grandmothers."
    )
    assert counts(text) == {("detentions", 2, "people")}
    assert counts("Crowds gathered at the airport in Denver, including two grandmothers.") == set()


def test_a_part_after_its_whole_takes_its_record_words_with_it() -> None:
    # breakdown frame: "320 of them without criminal records" is the part's; the 500 stays arrests
    text = "ICE arrested 500 people in Texas, 320 of them without criminal records."
    assert counts(text) == {("arrests", 500, "people"), ("no_criminal_record", 320, "people")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ICE arrested 3,000 people in the Dallas sweep, with 500 having criminal convictions.",
            {("arrests", 3000, "people"), ("convictions", 500, "people")},
        ),
        (
            "The agency deported 1,100 people to Mexico in May, most of them, about 900, with criminal records.",
            {("deportations", 1100, "people"), ("deportations", 900, "people")},
        ),
    ],
)
def test_a_whole_keeps_its_verb_when_a_part_with_its_own_words_follows(text: str, expected: set) -> None:
    # breakdown frame: "with 500 having ...", "most of them, about 900, ..." are the part's own words
    assert counts(text) == expected


# --- round 9: families the blind probes (bench/probes/counts.jsonl) exposed ------------------


def test_a_part_of_the_arrests_told_by_place_is_linked_to_its_whole() -> None:
    # breakdown frame (issue #7 item 4): "were in Plano" says where the part was, not what the group is made of
    text = "ICE said 64 of the 230 arrests in the operation were in Plano."
    facts = extract_counts(text, None)
    assert {(f.type, f.value, f.unit) for f in facts} == {("arrests", 64, "people"), ("arrests", 230, "people")}
    part, whole = sorted(facts, key=lambda f: f.value)
    assert facts[part.part_of] is whole and whole.part_of is None
    # a complement that names no place or action is still what a group is made of
    assert counts("ICE said 64 of the 230 people in the program were women.") == set()


def test_a_share_of_a_qualified_whole_keeps_the_share_and_the_whole() -> None:
    # share frame: "roughly" between "of the" and the whole's number does not cut the share off its predicate
    text = "About 64% of the roughly 900 people held at the Otay Mesa center had no criminal conviction."
    assert counts(text) == {("no_criminal_record", 64, "percent"), ("detentions", 900, "people")}


def test_a_gapped_verb_is_shared_with_the_count_before() -> None:
    # comparison/series frame: "and 11 with harboring" leaves out "were charged"
    text = "Prosecutors said 23 of the defendants were charged with illegal reentry, and 11 with harboring."
    assert counts(text) == {("charged", 23, "people"), ("charged", 11, "people")}


def test_level_after_a_tally_or_running_total() -> None:
    # level frame: "the tally of people deported ... stood at 2,315" names what the level counts
    text = "The tally of people deported from the Omaha office since March stood at 2,315 on Monday."
    assert counts(text) == {("deportations", 2315, "people")}
    text = "The running total of migrants arrested in the Denver operation reached 418 by Friday."
    assert counts(text) == {("arrests", 418, "people")}


def test_people_on_a_removal_flight_keep_it_when_a_part_has_a_record() -> None:
    # breakdown frame: "41 of whom had been convicted" is the part's record; the flight's people were removed
    text = "A deportation flight that left Mesa on Friday carried 131 people, 41 of whom had been convicted of theft."
    assert counts(text) == {("deportations", 131, "people"), ("convictions", 41, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators said the ring moved 300 migrants in 2022 and charged $6,000 a person.",
        "The smugglers guided 45 migrants across the river and charged them up to $9,000 each.",
    ],
)
def test_a_smuggling_fee_is_no_charge(sentence: str) -> None:
    # trap: "charged $6,000" is money asked, not a prosecution (GUIDELINES §2 charged: people criminally charged)
    assert counts(sentence) == set()


def test_a_rate_per_number_of_people_is_no_count() -> None:
    # trap: "per 100,000" makes a rate (GUIDELINES §2: rates are not counts)
    assert counts("Researchers found 9.4 deaths per 100,000 people held in ICE detention last year.") == set()
    assert counts("ICE detention saw 31 deaths per 1,000 detainees in the worst year.") == set()


def test_the_targets_of_an_operation_do_not_type_its_arrests() -> None:
    # type by predicate: "targeting people with criminal records" says whom the operation sought
    text = "ERO officers arrested 312 people in a three-day operation targeting people with criminal convictions."
    assert counts(text) == {("arrests", 312, "people")}


def test_people_do_not_go_on_with_a_count_of_requests() -> None:
    # series frame: a count of people after a count of detainer requests is not more requests
    text = (
        "The Dane County jail declined 640 ICE detainer requests in 2023, records show. "
        "Officials said 17 of the people released later committed new crimes."
    )
    assert counts(text) == {("detainers", 640, "requests")}


def test_bare_requests_in_a_detainer_story_are_detainers_and_a_part_is_linked() -> None:
    # breakdown frame: "honored 310 of 1,140 requests" after a sentence of detainers; both ends are detainers
    text = (
        "The Polk County jail received 2,050 ICE detainer requests last year. "
        "In 2019 it honored 310 of 1,140 requests, the audit found."
    )
    facts = extract_counts(text, None)
    got = {f.value: f for f in facts}
    assert {(f.type, f.value, f.unit) for f in facts} == {
        ("detainers", 2050, "requests"),
        ("detainers", 310, "requests"),
        ("detainers", 1140, "requests"),
    }
    assert facts[got[310].part_of] is got[1140]
    # without detainers in the story, "requests" count nothing
    assert counts("The office answered 310 of 1,140 requests for records in 2019.") == set()


def test_a_part_of_the_dead_held_somewhere_is_still_a_death_in_custody() -> None:
    # breakdown frame: "two of them were held at" says where those who died were held, not a new headcount
    text = "Five people have died in ICE custody this year, and two of them were held at the Otero County center."
    facts = extract_counts(text, None)
    assert {(f.type, f.value, f.unit) for f in facts} == {
        ("deaths_in_custody", 5, "people"),
        ("deaths_in_custody", 2, "people"),
    }
    assert [f.part_of for f in facts if f.value == 2] == [next(i for i, f in enumerate(facts) if f.value == 5)]


def test_police_arrests_at_a_protest_are_not_enforcement_counts() -> None:
    # trap (GUIDELINES §1: ordinary police arrests with no immigration angle)
    text = "After three nights of protests over the raids, Portland police arrested 84 people for curfew violations."
    assert counts(text) == set()
    # federal immigration agents arresting people at a protest still make arrests
    text = "ICE agents arrested 12 people at a protest outside the Broadview facility on Friday."
    assert counts(text) == {("arrests", 12, "people")}


def test_a_jails_own_population_is_not_immigration_detention() -> None:
    # trap: a county jail's inmates are held for any crime; GUIDELINES §2 detentions are immigration detention
    assert counts("The county audit found the jail held an average of 2,300 inmates a night in 2022.") == set()
    assert counts("The county jail's daily population was 1,450 inmates last year.") == set()
    # people the sentence says are held for immigration are detentions, in a jail or not
    assert counts("The county jail held 85 ICE detainees on Monday.") == {("detentions", 85, "people")}


def test_a_later_clause_with_its_own_subject_does_not_type_the_charged() -> None:
    # prosecution stories (issue #7: charged vs convicted): the jury's verb belongs to the part it convicted
    text = "Prosecutors charged 22 people with harboring, and a jury later convicted 15 of them."
    assert counts(text) == {("charged", 22, "people"), ("charged", 15, "people")}


def test_a_part_of_an_action_that_took_place_somewhere_is_a_breakdown() -> None:
    # breakdown frame (issue #7 item 4): "took place in Tulsa" says where that part of the arrests happened
    text = "Of the 140 arrests, 52 took place in Tulsa, the agency said."
    facts = extract_counts(text, None)
    assert {(f.type, f.value, f.unit) for f in facts} == {("arrests", 140, "people"), ("arrests", 52, "people")}
    part = next(f for f in facts if f.value == 52)
    assert facts[part.part_of].value == 140


def test_detainees_who_died_are_deaths_in_custody() -> None:
    # GUIDELINES §2 deaths_in_custody: a detainee is in custody by the word itself
    assert counts("Three detainees died at the Irwin County center last year.") == {("deaths_in_custody", 3, "people")}


def test_each_end_of_a_removal_series_by_country_is_a_removal() -> None:
    # series frame: "and 3,100 to Guatemala" shares "removed ... to" with the count before it
    text = "The agency removed 4,200 people to Honduras and 3,100 to Guatemala in the first quarter."
    assert counts(text) == {("deportations", 4200, "people"), ("deportations", 3100, "people")}


def test_two_ends_of_one_sentence_are_not_a_restatement() -> None:
    # comparison frame: a round "about 43,000" and an exact 39,500 in one sentence are two periods, two counts
    text = "About 43,000 people were removed in the first quarter; the year before, 39,500."
    assert counts(text) == {("deportations", 43000, "people"), ("deportations", 39500, "people")}


def test_people_who_face_charges_are_charged() -> None:
    # prosecution family: "face" is the part's own verb, not a modifier of "charges" (no count of things)
    text = "Of the 55 workers arrested at the plant, nine face federal charges of using false documents."
    assert counts(text) == {("arrests", 55, "people"), ("charged", 9, "people")}


def test_a_part_keeps_the_verb_before_it_when_its_whole_has_a_participle() -> None:
    # breakdown frame: "arrested" after the whole is the whole's; the 12 were deported
    text = "ICE deported 12 of the 40 people arrested in the Omaha raid."
    assert counts(text) == {("deportations", 12, "people"), ("arrests", 40, "people")}
    # a finite verb after the whole is still the part's own: the record is the 23's
    text = "ICE said 23 of the 51 people arrested had criminal convictions."
    assert counts(text) == {("convictions", 23, "people"), ("arrests", 51, "people")}


def test_defendants_in_an_immigration_prosecution_are_charged() -> None:
    # prosecution family: the whole of "11 of the 14 defendants" is prosecuted by its noun
    text = "A jury convicted 11 of the 14 defendants of conspiracy to smuggle migrants."
    facts = extract_counts(text, None)
    assert {(f.type, f.value, f.unit) for f in facts} == {("charged", 11, "people"), ("charged", 14, "people")}
    assert facts[next(f.part_of for f in facts if f.value == 11)].value == 14
    # defendants of a lawsuit are no prosecution
    assert counts("The lawsuit names 14 defendants, including the mayor.") == set()


def test_a_peak_pointed_back_to_is_the_other_end_of_the_comparison() -> None:
    # comparison frame: "That was down from a peak of 48,000" is the level of the count before
    text = "The agency held 37,500 people in detention in May. That was down from a peak of 48,000 in 2019."
    assert counts(text) == {("detentions", 37500, "people"), ("detentions", 48000, "people")}


def test_an_age_in_commas_after_a_person_is_no_count() -> None:
    # trap (ages are not counts): "his daughter, 8," is her age
    assert counts("The father, 41, and his daughter, 8, were detained by ICE agents in Provo.") == set()


def test_people_ordered_removed_are_not_removals() -> None:
    # trap (work-gold convention: removal orders are not removals carried out)
    assert counts("Immigration judges ordered 38,000 people deported in absentia last year.") == set()
    assert counts("About 900 people were ordered removed last year.") == set()
    # people removed who had earlier been ordered removed were removed
    text = "ICE deported 300 people who had been ordered removed by a judge."
    assert counts(text) == {("deportations", 300, "people")}


def test_an_average_booked_into_custody_a_day_is_a_rate() -> None:
    # trap (GUIDELINES §2: rates are not counts); the average held a day is still a population
    assert counts("An average of 410 people a day were booked into ICE custody in July.") == set()
    assert counts("ICE held an average of 58,000 people a day in detention in July.") == {
        ("detentions", 58000, "people")
    }


def test_level_of_the_number_in_custody() -> None:
    # level frame and custody population: "the number in custody" names what the level counts without "of"
    assert counts("The number in ICE custody was 6,850 at the end of the month.") == {("detentions", 6850, "people")}
    assert counts("The number deported climbed to 8,100 in June.") == {("deportations", 8100, "people")}
    assert counts("The number in the survey was 1,200.") == set()
