"""Typed counts with evidence (../shared/gold/GUIDELINES.md §2): the seed article, each type, each
exclusion rule, and the dev-set floor."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tasks.facts import extract_counts, extract_facts, split_sentences, story_end
from tests.conftest import REPO_DIR, require_shared


def counts(text: str, published: date | None = None) -> set[tuple[str, float, str]]:
    return {(f.type, f.value, f.unit) for f in extract_counts(text, published)}


# --- the seed article -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[str, dict]:
    text = require_shared("seed", "operation-safe-city.txt").read_text(encoding="utf-8")
    expected = json.loads(
        require_shared("seed", "operation-safe-city.expected.json").read_text(encoding="utf-8")
    )
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
    text = (
        "ICE arrested 680 immigrants in Mississippi.\n\nThe 680 immigrants arrested worked at seven plants."
    )
    assert counts(text) == {("arrests", 680, "people")}


def test_rounded_restatement_is_the_same_fact() -> None:
    text = "ICE released 2,226 detainees.\n\nIn releasing more than 2,200 detainees, the agency ..."
    assert counts(text) == {("detentions", 2226, "people")}


def test_related_link_headlines_are_dropped() -> None:
    text = (
        "ICE agents arrested 45 immigrants in Chicago on Tuesday, officials said.\n\n"
        "Read more:\n\nEleven undocumented immigrants, stripped to their underwear\n\nICE arrests 9 in raid"
    )
    assert counts(text) == {("arrests", 45, "people")}


# --- the dev set ------------------------------------------------------------------------------

#: A little below the figure bench/evaluate.py measured when this floor was set (0.69): raise it
#: with the figure, never lower it to make a change pass.
COUNTS_F1_FLOOR = 0.65


def test_dev_set_counts_f1_floor(tmp_path: Path) -> None:
    require_shared("gold", "facts-dev.jsonl")
    out = tmp_path / "pred.jsonl"
    subprocess.run(
        [sys.executable, str(REPO_DIR / "bench" / "evaluate.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    score = subprocess.run(
        [
            sys.executable,
            str(REPO_DIR.parent / "shared" / "gold" / "score.py"),
            "--labels",
            str(REPO_DIR.parent / "shared" / "gold" / "labels-dev.jsonl"),
            "--facts",
            str(REPO_DIR.parent / "shared" / "gold" / "facts-dev.jsonl"),
            "--pred",
            str(out),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    assert json.loads(score.stdout)["counts"]["f1"] >= COUNTS_F1_FLOOR
