"""Behaviour of the enforcement tagger (tasks/analysis/tag.py), and its quality floor on the dev set (issue #3)."""

from __future__ import annotations

import json
import sys

import pytest
from conftest import REPO_DIR, require_shared

from tasks.analysis.tag import TAGGER_VERSION, THRESHOLD, _analyse, tag_article

RAID = (
    "Immigration agents arrest dozens in weekend raids",
    "U.S. Immigration and Customs Enforcement agents arrested 41 immigrants in raids across Houston this "
    "weekend, officials said. Most of those detained were taken to a detention center in Conroe.\n\n"
    "ICE said 12 of the people arrested had final orders of removal and would be deported to Mexico and "
    "Honduras within days. Advocates said families were separated when parents were taken into custody.",
)


def test_seed_article_is_enforcement_about_arrests_and_sanctuary_cities() -> None:
    seed = require_shared("seed", "operation-safe-city.txt").read_text(encoding="utf-8")
    title = "Trump administration targets ‘sanctuary’ cities in latest wave of immigration arrests"
    result = tag_article(title, seed)
    assert result.is_enforcement
    assert {"arrests", "sanctuary_policy"} <= set(result.topics)
    assert result.tagger_version == TAGGER_VERSION


def test_raid_story_is_enforcement_about_arrests_with_evidence() -> None:
    result = tag_article(*RAID)
    assert result.is_enforcement
    assert "arrests" in result.topics
    assert result.evidence and all(isinstance(e, str) and e for e in result.evidence)


def test_deportation_flight_story_is_enforcement_about_deportation() -> None:
    result = tag_article(
        "Deportation flight returns 130 Guatemalans",
        "A deportation flight chartered by ICE returned 130 Guatemalan nationals to Guatemala City on "
        "Thursday. Most had been held at a detention center in Louisiana after their removal orders became "
        "final.\n\nImmigration officials said the removals were part of a weekly schedule. Advocates said "
        "several of those deported had pending asylum appeals.",
    )
    assert result.is_enforcement
    assert "deportation" in result.topics
    assert result.evidence


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "ICE shares rise as exchange volumes climb",
            "IntercontinentalExchange Inc, known as ICE, said on Tuesday that volumes on ICE Futures Europe "
            "rose 20 percent. ICE Brent crude futures rose $1 to $88 a barrel. Analysts said ICE could bid "
            "for a rival exchange. Intercontinental Exchange shares rose 3 percent on the NYSE.",
        ),
        (
            "Rangers beat Bruins on the ice",
            "The New York Rangers beat the Boston Bruins 3-2 in overtime on Saturday. The ice was soft after "
            "a warm week, and the NHL said the rink would be resurfaced. The hockey season resumes Tuesday.",
        ),
        (
            "Ice storm knocks out power to thousands",
            "An ice storm swept across Oklahoma and Kansas, leaving 200,000 homes without power and roads "
            "coated in ice. Police arrested no one, but officials urged drivers to stay home.",
        ),
        (
            "Ice Cube announces new film",
            "Ice Cube will star in a new comedy about a family road trip, the studio said. The rapper and "
            "actor also produced the film, which opens in theaters next summer.",
        ),
    ],
    ids=["ice-exchange", "ice-hockey", "ice-storm", "ice-cube"],
)
def test_ice_that_is_not_the_agency_is_not_enforcement(title: str, text: str) -> None:
    assert not tag_article(title, text).is_enforcement


def test_ordinary_police_arrest_is_not_enforcement() -> None:
    result = tag_article(
        "Man arrested after downtown shooting",
        "Police arrested a 34-year-old man on Friday after a shooting outside a downtown bar left two people "
        "injured. He was taken into custody without incident and charged with aggravated assault. Detectives "
        "said the suspect and victims knew each other. He is being held at the county jail on $50,000 bail.",
    )
    assert not result.is_enforcement
    assert result.topics == () and result.evidence == ()


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Senate bill would double H-1B visas for tech workers",
            "A bipartisan Senate bill would double the number of H-1B visas and speed green cards for "
            "foreign graduates in science and engineering. Tech companies said the visa cap leaves jobs "
            "unfilled.\n\n"
            "Critics said the legislation would hold down wages. The bill faces a vote next month, and "
            "lawmakers in the House have introduced a companion version.",
        ),
        (
            "Lawmakers near DACA deal",
            "Senators said Tuesday they were close to a deal that would give Dreamers a path to citizenship "
            "in exchange for border wall funding. The DACA program protects about 700,000 young "
            "immigrants.\n\n"
            "Republicans want the bill to curb family-based visas; Democrats want a clean vote. Negotiations "
            "continue this week, and the legislation could reach the Senate floor by Friday.",
        ),
    ],
    ids=["h1b-visas", "daca-legislation"],
)
def test_legal_immigration_and_legislation_are_not_enforcement(title: str, text: str) -> None:
    assert not tag_article(title, text).is_enforcement


@pytest.mark.parametrize(
    ("title", "text"),
    [RAID, ("", ""), ("Weather", "Sunny."), ("ICE ICE ICE", "deported " * 500)],
    ids=["raid", "empty", "tiny", "repetitive"],
)
def test_score_is_a_probability_consistent_with_the_decision(title: str, text: str) -> None:
    result = tag_article(title, text)
    assert 0.0 <= result.score <= 1.0
    assert result.is_enforcement == (result.score >= THRESHOLD)


def test_topics_and_evidence_only_for_enforcement() -> None:
    result = tag_article("Markets", "Stocks rose on Tuesday as oil prices fell. The dollar was flat.")
    assert not result.is_enforcement
    assert result.topics == () and result.evidence == ()


def test_drug_seizure_at_a_port_of_entry_without_migrants_is_not_enforcement() -> None:
    result = tag_article(
        "CBP officers seize 200 pounds of fentanyl at Nogales port",
        "U.S. Customs and Border Protection officers seized 200 pounds of fentanyl hidden in a tractor-trailer at "
        "the Nogales port of entry on Friday. The driver, a U.S. citizen, was arrested and turned over to Homeland "
        "Security Investigations.\n\nOfficials said it was the largest fentanyl seizure at the port this year.",
    )
    assert not result.is_enforcement


def test_daca_ruling_that_mentions_deportation_risk_once_is_not_enforcement() -> None:
    result = tag_article(
        "Judge orders DACA renewals to continue",
        "A federal judge ordered the administration to keep accepting renewal applications for the DACA program, "
        "which protects about 700,000 young immigrants from deportation. The ruling is a setback for the "
        "administration's plan to end the program.\n\nDreamers said they were relieved but still anxious.",
    )
    assert not result.is_enforcement


def test_state_status_check_law_is_enforcement() -> None:
    result = tag_article(
        "State law lets police check immigration status",
        "A new state law allows police officers to check the immigration status of people they stop and punishes "
        "sheriffs who refuse to honor federal detainer requests. Critics call it a 'show me your papers' law.\n\n"
        "Several cities sued to block it, arguing it would make immigrant communities afraid to report crimes.",
    )
    assert result.is_enforcement


def _dev_figures() -> dict[str, tuple[float, float]]:
    shared = require_shared("gold", "labels-dev.jsonl").parent.parent
    sys.path.insert(0, str(REPO_DIR))
    from bench.devset import is_check, labelled_articles
    from bench.tagging import precision_recall

    rows = [r for r in labelled_articles(shared) if is_check(r["id"])]
    predicted = {r["id"]: tag_article(r["title"], r["text"]).is_enforcement for r in rows}
    sample1 = [r for r in rows if r["sample"] == 1]
    return {
        "tagging": precision_recall(sample1, predicted)[:2],
        "tagging_all": precision_recall(rows, predicted)[:2],
    }


def test_dev_set_precision_and_recall_floors() -> None:
    """On the check part of the dev set (bench/devset.py is_check; the tagger is fitted on the work part only)
    tag-1.7 (as tag-1.6) scores P 1.000 / R 1.000 on sample 1 (16 enforcement stories) and on all samples (35 stories);
    issue #3 asks sample-1 precision >= 0.95 and recall >= 0.92. The floors sit a hair below those figures:
    one error on either side still passes (15/16 = 0.94, 34/35 = 0.97), a second one fails."""
    figures = _dev_figures()
    precision, recall = figures["tagging"]
    assert precision >= 0.93, figures
    assert recall >= 0.93, figures
    precision_all, recall_all = figures["tagging_all"]
    assert precision_all >= 0.97, figures
    assert recall_all >= 0.97, figures


# Families of borderline enforcement stories the tagger used to miss (issue #7, item 7), and the near-miss traps
# that must stay out. Made-up short articles: each family is found by its vocabulary and structure, not by a phrase.

FAMILIES = {
    "force-at-the-border": (
        "Agents fire tear gas across border at migrants",
        "U.S. Customs and Border Protection said on Tuesday that about 150 migrants tried to climb the fence "
        "near Tijuana overnight.\n\nAgents responded with pepper spray and tear gas, the agency said, and 25 "
        "migrants were detained. Others crawled back through a hole under the fence.\n\nA photographer saw "
        "volleys of gas land on the Mexican side, where families with small children were waiting.",
    ),
    "state-enforcement-law-in-court": (
        "State agrees to drop parts of strict immigration law",
        "Opponents of Georgia's strict immigration law declared victory on Tuesday after the state agreed not "
        "to enforce its key provisions. Critics had called it a 'show me your papers' law.\n\nA federal court "
        "had blocked the provisions that required police to check the immigration status of people they stop "
        "and made it a crime to give a ride to undocumented immigrants.\n\nThe state will pay the "
        "plaintiffs' legal costs.",
    ),
    "death-in-custody": (
        "Boy, 8, dies in Border Patrol custody",
        "An eight-year-old boy from Guatemala died in Border Patrol custody early on Christmas Day, the second "
        "child to die in U.S. custody this month.\n\nThe boy and his father had been apprehended near El Paso "
        "and held at a station for six days before he fell ill. Officials said he was taken to a hospital "
        "twice.\n\nThe agency said it would review its medical checks for children in its care.",
    ),
    "smuggling-prosecution": (
        "Driver sentenced for smuggling migrants",
        "A Laredo man was sentenced to five years in federal prison on Thursday for smuggling seven people who "
        "had crossed the Rio Grande illegally.\n\nBorder Patrol agents stopped his pickup at a checkpoint on "
        "Interstate 35 and found the men hidden under a tarp. The migrants told agents they had paid $8,000 "
        "each to be smuggled.\n\nHe pleaded guilty in March to transporting undocumented immigrants.",
    ),
    "release-with-notices-to-appear": (
        "Memo: families caught at the border are released with court dates",
        "Central American families caught crossing the Rio Grande are being released with notices to appear "
        "because stations are full, according to an internal Border Patrol memo.\n\nAgents interviewed more "
        "than 200 people apprehended near McAllen last month.\n\nThe memo says most were told to report to an "
        "immigration court within weeks.",
    ),
    "custody-told-in-one-sentence-paragraphs": (
        "Undocumented mother of two held for weeks after a traffic stop",
        "A Guatemalan mother of two who has lived in Nashville for 15 years was pulled over for a broken taillight "
        "on Monday.\n\nShe had no driver's license, and the sheriff's office called immigration officials.\n\n"
        "She was taken to a county jail that night and has been held there since.\n\nHer children, both U.S. "
        "citizens, are staying with a neighbour.\n\nHer lawyer said she was brought to a hearing in handcuffs and "
        "shackles on Thursday.\n\nThe lawyer said he expects an immigration judge to rule next month on whether "
        "she can stay in the country.",
    ),
    "enforcement-lead-then-politics": (
        "Pastor's case returns to Washington debate",
        "Federal immigration agents arrested a Honduran pastor outside his church in Columbus on Sunday, and he "
        "was taken to a detention center in Michigan.\n\nHis congregation gathered outside the jail on Monday. "
        "His lawyer said ICE plans to deport him within weeks.\n\nAgents handcuffed him in front of his two "
        "children, his wife said.\n\nThe arrest came as lawmakers in Washington resumed talks on an immigration "
        "overhaul.\n\nSenators from both parties said a bill could reach the floor next month, with a path to "
        "citizenship for Dreamers.\n\nThe House speaker said any legislation must also include money for the "
        "border wall.\n\nDemocrats said they would not vote for wall funding without protections for DACA "
        "recipients.\n\nThe Senate majority leader said the votes were not yet there.",
    ),
    "enforcement-section-inside-a-politics-story": (
        "Governor's race turns on the economy",
        "The two candidates for governor met for their second debate on Tuesday night in Des Moines.\n\nThe "
        "Republican spent most of the hour on taxes and the price of farm land; her Democratic rival talked about "
        "schools and hospitals.\n\nBoth said the state's economy would decide the race, and both promised to cut "
        "property taxes.\n\nImmigration came up only once, when the moderator asked about last month's events in "
        "Marshalltown.\n\nImmigration and Customs Enforcement agents arrested more than 300 workers in raids on "
        "two meatpacking plants there in September.\n\nMost of those detained were taken to a detention center "
        "in Louisiana, and dozens have already been deported to Guatemala, according to ICE.\n\nLawyers for the "
        "workers said children were left at school with no one to pick them up after their parents were taken "
        "into custody.\n\nThe Democrat said the plants would struggle to find workers; the Republican said the "
        "law had to be respected.\n\nNeither candidate has said much about the issue on the campaign trail.\n\n"
        "Polls show the race within three points, with the economy far ahead of any other issue for likely "
        "voters.\n\nThe third and last debate is scheduled for Oct. 20 in Cedar Rapids.",
    ),
}


def test_an_enforcement_section_counts_where_one_passing_sentence_does_not() -> None:
    """GUIDELINES §1: "in a substantial part (a paragraph or more, not one passing sentence)". The politics story
    of FAMILIES with its three-paragraph raid section is enforcement (tag-1.6 scored it 0.30: the shares and
    the lead diluted the section; tag-1.7 0.42, just over its 0.41); cut to the section's first sentence, it is
    not (0.02)."""
    title, text = FAMILIES["enforcement-section-inside-a-politics-story"]
    paragraphs = text.split("\n\n")
    passing = "\n\n".join(paragraphs[:5] + paragraphs[7:])
    assert tag_article(title, text).is_enforcement
    assert not tag_article(title, passing).is_enforcement, tag_article(title, passing).score


#: A long county-budget story (the jail's cost, roof, staff pay, taxes) ...
JAIL_BUDGET = [
    "Supervisors in Harlan County meet on Tuesday to vote on next year's budget, and the jail is the biggest line.",
    "The county spends about $14 million a year to run the jail, more than on roads and parks combined.",
    "Two of the five supervisors are up for re-election in November, and both have made the budget their issue.",
    "The sheriff says the building is 40 years old and needs a new roof and heating system.",
    "A consultant hired last year said the county could save money by closing one wing.",
    "The county's farm economy has struggled since the plant in Milton closed in 2019.",
    "Residents packed a hearing last week, and most of the speakers talked about property taxes.",
    "The chairman said he expected a close vote.",
    "Supervisors will also decide whether to raise the pay of jail staff, who earn less than guards nearby.",
    "The meeting starts at 6 p.m. at the courthouse.",
    "The county also faces a lawsuit over the jail's food contract, which a judge will hear in March.",
    "Supervisors last raised the sales tax in 2016, and voters rejected a second increase in 2021.",
    "The jail's kitchen and laundry are run by a private company from Des Moines.",
    "A state inspection in June found the building met most standards, with some repairs due.",
    "One supervisor has proposed a study of a new jail, which would cost at least $60 million.",
    "The sheriff's budget request also asks for four new patrol cars and a radio system.",
]
#: ... and its immigration-detention paragraphs, one in every three of the story's.
JAIL_DETENTION = [
    "Since 2018 the jail has held people for Immigration and Customs Enforcement under a contract that pays $90 a "
    "day for each detainee.",
    "On an average night about 120 ICE detainees sleep there, most of them arrested in raids in Iowa and Nebraska.",
    "Immigrant advocates say detainees held in the jail have been denied medical care, and two have died there "
    "since 2020.",
    "Last month ICE transferred 40 detainees out of the jail to a detention center in Louisiana ahead of their "
    "deportation.",
]


def _jail_story(detention_paragraphs: int) -> str:
    paragraphs = []
    for i, paragraph in enumerate(JAIL_BUDGET):
        paragraphs.append(paragraph)
        if i % 3 == 2 and i // 3 < detention_paragraphs:
            paragraphs.append(JAIL_DETENTION[i // 3])
    return "\n\n".join(paragraphs)


def test_enforcement_paragraphs_scattered_through_a_long_story_add_up() -> None:
    """GUIDELINES §1: "a paragraph or more". Four detention paragraphs spread through a 20-paragraph budget story
    (no section, not the lead) make it an enforcement story; one is a passing mention. Each added paragraph raises
    the score: enforcement paragraphs are also counted without dividing by the length (`enf_paragraph_count`;
    tag-1.7 0.007 / 0.05 / 0.32 / 0.69, tag-1.6 0.007 / 0.05 / 0.28 / 0.63)."""
    title = "A county divided over its jail"
    scores = [tag_article(title, _jail_story(n)).score for n in range(1, 5)]
    assert scores == sorted(scores) and len(set(scores)) == 4, scores
    assert not tag_article(title, _jail_story(1)).is_enforcement
    assert tag_article(title, _jail_story(4)).is_enforcement


def test_officers_named_without_their_agency_act_for_the_agency_the_story_names() -> None:
    """'Agents' and 'officers' are immigration officers in a story that names ICE twice, not in a police story."""
    actions = (
        "\n\nAgents arrested the man outside his home at dawn and handcuffed him in front of his children."
        "\n\nOfficers held him for two days before a hearing."
    )
    ice = tag_article(
        "Father of three taken at dawn",
        "ICE confirmed the arrest of a Honduran father of three in Durham on Monday." + actions + "\n\nAn ICE "
        "spokesman said he had a final order of removal.",
    )
    police = tag_article(
        "Father of three taken at dawn",
        "Police confirmed the arrest of a Durham father of three on Monday in a fraud case." + actions,
    )
    assert ice.is_enforcement and not police.is_enforcement, (ice.score, police.score)


@pytest.mark.parametrize("family", FAMILIES, ids=list(FAMILIES))
def test_borderline_enforcement_families_are_enforcement(family: str) -> None:
    result = tag_article(*FAMILIES[family])
    assert result.is_enforcement, (family, result.score)
    assert result.evidence


TRAPS = {
    "census-question": (
        "Court blocks citizenship question on census",
        "A federal judge blocked the Commerce Department from adding a citizenship question to the 2020 census, "
        "ruling that officials broke federal law.\n\nStates with large immigrant populations said the question "
        "would scare households into not responding and cost them seats in Congress and federal money.",
    ),
    "ice-futures-volumes": (
        "ICE reports record futures volumes",
        "Intercontinental Exchange said on Wednesday that average daily volume on ICE Futures U.S. rose 12 "
        "percent in May. Officers of the exchange said energy contracts led the gains.\n\nICE shares rose 2 "
        "percent on the NYSE; the company has made three acquisitions this year.",
    ),
    "hockey-arrest": (
        "Hockey player arrested after brawl outside arena",
        "A minor-league hockey player was arrested early Sunday after a fight outside the arena, police said. "
        "Officers took him into custody and he was held overnight on an assault charge.\n\nThe team said it "
        "was aware of the arrest. He is due back on the ice next week if released.",
    ),
    "h1b-lottery": (
        "H-1B lottery draws record applications",
        "U.S. Citizenship and Immigration Services said it received 300,000 H-1B visa registrations for the "
        "lottery this year. Employers say the cap of 85,000 visas is too low for their needs.\n\nLawmakers from "
        "both parties have proposed bills to raise the cap and change how visas are allotted.",
    ),
    "drug-seizure-at-a-checkpoint": (
        "Border agents seize record meth load",
        "Border Patrol agents at a checkpoint near Laredo seized 1,200 pounds of methamphetamine hidden in a "
        "shipment of limes, the agency said.\n\nThe driver, a U.S. citizen, was arrested and handed to the Drug "
        "Enforcement Administration. Agents said it was the largest seizure at the checkpoint this year.",
    ),
    "tps-extension": (
        "Administration extends TPS for Venezuelans",
        "The administration extended Temporary Protected Status for about 300,000 Venezuelans for 18 months, "
        "letting them live and work legally in the United States.\n\nAdvocates had lobbied for the extension "
        "for months. Republicans in Congress said the program was meant to be temporary.",
    ),
    "daca-bill": (
        "Senators unveil bipartisan Dreamers bill",
        "A bipartisan group of senators unveiled legislation on Tuesday that would give Dreamers brought to the "
        "country as children a path to citizenship. The bill would also fund new technology at ports of "
        "entry.\n\nSupporters said about 1.8 million young immigrants who fear deportation could qualify. The "
        "Senate is expected to vote on it next month.",
    ),
    "police-story-with-an-immigrant-bystander": (
        "Man held after bar fight",
        "A 32-year-old man was arrested after a fight outside a bar in Nashville on Saturday, police said.\n\n"
        "He was taken to the county jail and has been held there since.\n\nThe owner of the bar, an immigrant "
        "from Ireland, said the fight started over a football game.\n\nHe was brought to a hearing in handcuffs on "
        "Monday.\n\nA judge set bail at $5,000.",
    ),
    "politics-story-that-mentions-an-arrest-late": (
        "Immigration talks resume in Washington",
        "Lawmakers in Washington resumed talks on an immigration overhaul on Tuesday.\n\nSenators from both "
        "parties said a bill could reach the floor next month, with a path to citizenship for Dreamers.\n\nThe "
        "House speaker said any legislation must also include money for the border wall.\n\nDemocrats said they "
        "would not vote for wall funding without protections for DACA recipients.\n\nA poll released on Tuesday "
        "found most voters support a deal.\n\nNegotiators plan to meet again on Thursday, and the White House "
        "said the president would sign a bipartisan bill.\n\nAdvocates noted last week's arrest of a pastor by "
        "immigration agents in Columbus, which has drawn protests.\n\nThe Senate majority leader said the votes "
        "were not yet there.",
    ),
}


@pytest.mark.parametrize("trap", TRAPS, ids=list(TRAPS))
def test_near_miss_traps_stay_out(trap: str) -> None:
    result = tag_article(*TRAPS[trap])
    assert not result.is_enforcement, (trap, result.score)


# One story in the two layouts the tagger is given: as the labelled texts write it (blank lines between paragraphs,
# hard-wrapped lines, a list and a heading inside a block) and as the pipeline's extraction does (one paragraph, list
# item or heading per line, no blank lines). Invented: a policy briefing whose enforcement part is a bulleted list.
BRIEFING_PARAGRAPHS = (
    "The Governor met with county officials on Monday to discuss the state budget,",
    "school funding and the new highway plan for the coming year.",
)
BRIEFING_LIST = (
    "## What the sheriffs reported",
    "- ICE agents arrested 40 immigrants at a packing plant in the county.",
    "- Deputies held 12 people on federal immigration detainers.",
    "- Two families were separated when parents were taken into custody.",
)
BRIEFING_TAIL = (
    "Officials said the budget vote is expected next week, and the highway plan will",
    "go to public hearings in the spring. Lawmakers praised the school funding deal.",
)
LABELLED_LAYOUT = "\n\n".join(
    ["\n".join(BRIEFING_PARAGRAPHS), "The sheriffs also briefed the Governor:\n" + "\n".join(BRIEFING_LIST)]
    + ["\n".join(BRIEFING_TAIL)]
)
PIPELINE_LAYOUT = "\n".join(
    [" ".join(BRIEFING_PARAGRAPHS), "The sheriffs also briefed the Governor:", *BRIEFING_LIST, " ".join(BRIEFING_TAIL)]
)


def test_one_story_gets_the_same_verdict_and_score_in_both_layouts() -> None:
    """Users get the pipeline's layout; the labelled texts (and the held-out bar) the blank-line one. tag-1.7 read
    the list block above as one paragraph in the labelled layout and as five in the pipeline's: score 0.09 (not
    enforcement) vs 0.69. Paragraphs are now read as the pipeline's extraction lays them out, whatever the layout
    given; a list of three enforcement items under a heading is "a substantial part" (GUIDELINES §1) in both."""
    labelled = tag_article("County officials brief the Governor", LABELLED_LAYOUT)
    pipeline = tag_article("County officials brief the Governor", PIPELINE_LAYOUT)
    assert labelled.score == pytest.approx(pipeline.score, abs=1e-12), (labelled.score, pipeline.score)
    assert labelled.is_enforcement and pipeline.is_enforcement


def test_a_line_that_is_only_a_link_does_not_merge_the_pipeline_paragraphs() -> None:
    """A URL alone on a line of extracted text is dropped as a link; tag-1.7 dropped it before splitting, so its
    empty line read as a blank line and the whole one-paragraph-per-line text became a few blank-line blocks
    (score 0.69 -> 0.84 for the briefing above)."""
    with_link = PIPELINE_LAYOUT.replace("\n- Deputies", "\nhttps://example.org/sheriffs-report\n- Deputies")
    assert with_link != PIPELINE_LAYOUT
    plain = tag_article("County officials brief the Governor", PIPELINE_LAYOUT)
    linked = tag_article("County officials brief the Governor", with_link)
    assert linked.score == pytest.approx(plain.score, abs=1e-12), (linked.score, plain.score)


def _sentence_strengths(title: str, text: str) -> dict[str, float]:
    """Each body sentence's enforcement strength (0, 0.5, 1 or 2) after the story's context is read."""
    return {s.text: s.enforcement for s in _analyse(title, text).sentences}


def test_people_in_or_entering_the_country_unlawfully_are_the_subject_of_an_arrest() -> None:
    """GUIDELINES §1: "state and local police acting for immigration purposes". A state law that lets troopers
    arrest "people suspected of crossing illegally" names no immigrant, migrant or agency; the unlawful crossing or
    presence is what makes the arrest an immigration one (tag-1.8 read only "crossing the border illegally", and
    no "illegal-entry" prosecution: those sentences scored 0)."""
    arrests = "The bill lets state troopers arrest people suspected of {}."
    for unlawful in ("crossing illegally", "being in the country illegally", "entering the United States unlawfully"):
        sentence = arrests.format(unlawful)
        assert _sentence_strengths("A bill", sentence)[sentence] >= 1.0, unlawful
    ordinary = arrests.format("stealing cattle")
    assert _sentence_strengths("A bill", ordinary)[ordinary] == 0.0
    docket = "Prosecutors have filed 400 illegal-entry cases since the spring."
    assert _sentence_strengths("A court", docket)[docket] == 2.0


def test_a_death_in_custody_is_held_by_the_agency_the_story_names() -> None:
    """GUIDELINES §1: "deaths or medical neglect in custody". "Any death in custody is a failure" names no custodian:
    in a story that names ICE it is a death in immigration custody (full strength, as officers named without their
    agency are; tag-1.8 gave it half, from the ICE sentence after it), in a sheriff's story it is not. "Her death is
    the 12th in ICE custody this year" is one on its own (tag-1.8 read only "died in ICE custody")."""
    story = (
        "The family of a woman who died last month asked for an independent autopsy.\n"
        "{who} said she had pneumonia.\n"
        'Her daughter said she had asked for a doctor twice. "Any death in custody is a failure," a congressman said.\n'
        "{who} said it would publish a report within 90 days."
    )
    failure = '"Any death in custody is a failure," a congressman said.'
    assert _sentence_strengths("A death", story.format(who="ICE"))[failure] == 1.0
    assert _sentence_strengths("A death", story.format(who="The sheriff's office"))[failure] == 0.0
    twelfth = "Her death is the 12th in ICE custody this year."
    assert _sentence_strengths("A death", twelfth)[twelfth] == 2.0


def test_the_title_is_read_in_the_story_s_context_like_the_sentence_before_the_lead() -> None:
    """A headline names officers without their agency ("Agents detain three cooks at a taqueria") as often as a body
    sentence does: in a story that names ICE twice they are immigration agents (tag-1.8 marked the title alone and
    read nothing there); in a police story they are not."""
    title = "Agents detain three cooks at a Houston taqueria"
    ice = "The owner said ICE came with a warrant for one man.\nAn ICE spokesman said the men had no papers."
    police = "The owner said police came with a warrant for one man.\nA police spokesman said the men were charged."
    assert _analyse(title, ice).title.enforcement == 1.0
    assert _analyse(title, police).title.enforcement == 0.0


def test_la_migra_is_an_immigration_enforcement_agency() -> None:
    """Spanish-English copy keeps "la migra" for immigration agents ("Rumors of la migra and real arrests keep
    families indoors"): an immigration agency beside a custody action, as "ICE" is; tag-1.8 read nothing there."""
    sentence = "Rumors of la migra and real arrests keep families indoors on 26th Street."
    assert _sentence_strengths("A street", sentence)[sentence] >= 1.0
    market = "Rumors of a price war and real losses keep vendors indoors on 26th Street."
    assert _sentence_strengths("A street", market)[market] == 0.0


def test_a_custody_action_in_the_headline_of_an_agency_story_is_half_an_enforcement_title() -> None:
    """ "Months after the raid, a meatpacker is still short of workers" names no actor: in a story that names HSI and
    ICE it is most likely their raid, so the title reads at half strength (as a sentence beside an immigration one
    does); in a story about a police drug raid it reads nothing. tag-1.8 read nothing in both."""
    title = "Months after the raid, a meatpacker is still short of workers"
    lead = "The line at the plant used to run two shifts a day.\n"
    hsi = lead + "Homeland Security Investigations agents came in June.\nAn ICE spokesman said the case is open."
    police = lead + "Sheriff's deputies came in June looking for drugs.\nA police spokesman said the case is open."
    assert _analyse(title, hsi).title.enforcement == 0.5
    assert _analyse(title, police).title.enforcement == 0.0


def test_a_related_link_line_is_another_story_s_headline() -> None:
    """GUIDELINES §2: headlines of *other* stories (related-link lists) are not the story's. A "Related: ..." or
    "Read more: ..." line under a visa story adds nothing to it, however much enforcement it names (tag-1.8 read
    them as paragraphs of the story: 0.0002 -> 0.65 for the two lines below, a false positive)."""
    title, text = TRAPS["h1b-lottery"]
    links = (
        "\n\nRelated: ICE agents arrest 40 immigrants in raids across Texas"
        "\n\nRead more: Deportation flights to Guatemala resume"
    )
    assert tag_article(title, text + links).score == pytest.approx(tag_article(title, text).score, abs=1e-12)


def test_a_dateline_with_the_ap_state_abbreviation_stays_with_its_sentence() -> None:
    """ "OMAHA, Neb. — Immigration agents detained nine workers ..." is one sentence: tag-1.8 split it after "Neb."
    (its abbreviations had only a few states), so the lead's first sentence was a two-word stub that diluted every
    share and left the lead without its enforcement sentence. Titles of address end no sentence either ("Ald.",
    "Rev.")."""
    for dateline in ("OMAHA, Neb. —", "JACKSON, Miss. (AP) —", "NORFOLK, Va. —", "DENVER, Colo. —"):
        text = f"{dateline} Immigration agents detained nine workers at a meatpacking plant on Tuesday."
        assert list(_sentence_strengths("A raid", text)) == [text], dateline
    quote = "Ald. Michael Rodriguez said sales had fallen by half."
    assert list(_sentence_strengths("A street", quote)) == [quote]


def test_a_passive_custody_action_in_an_agency_story_is_the_agency_s() -> None:
    """ "Some residents were detained in the parking lot" hides who acted: in a story that names ICE twice it was ICE
    (half strength, as a sentence beside an immigration one; tag-1.8 read nothing unless a neighbouring sentence was
    about immigration), in a police story it was not."""
    passive = "Some residents were detained in the parking lot as they left for work, a neighbour said."
    story = (
        "{who} confirmed the operation on Tuesday.\n{who} gave no figures.\nThe city council met on Wednesday.\n"
        + passive
        + "\nThe council will meet again next week."
    )
    assert _sentence_strengths("Raids", story.format(who="ICE"))[passive] == 0.5
    assert _sentence_strengths("Raids", story.format(who="The police department"))[passive] == 0.0


# bench/fit_tagger.py --extra: invented probe stories fitted beside the work part (issue #7, item 7).


def test_fit_tagger_refuses_a_neutral_judge_as_an_extra(capsys) -> None:
    """A `heldout*` probe file is read in aggregate only (bench/probes.py): fitting on it would leave no judge."""
    from bench import fit_tagger

    with pytest.raises(SystemExit) as exit_info:
        fit_tagger.main(["--extra", str(REPO_DIR / "bench" / "probes" / "heldout9-tagging.jsonl")])
    assert exit_info.value.code == 2
    assert "refuses the neutral judges" in capsys.readouterr().err


def test_extra_stories_are_labelled_enforcement_or_not_and_ambiguous_ones_left_out(tmp_path) -> None:
    from bench import fit_tagger

    story = {"title": "Agents arrest 12 in raid", "text": "ICE agents arrested 12 people in a raid on Monday."}
    probes = [
        {**story, "id": "a", "family": "raid", "label": "enforcement"},
        {**story, "id": "b", "family": "raid", "label": "enforcement", "ambiguous": True},
        {**story, "id": "c", "family": "visa", "label": "immigration_other", "ambiguous": False},
        {**story, "id": "d", "family": "storm", "label": "unrelated"},
    ]
    path = tmp_path / "mine.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in probes), encoding="utf-8")
    names = list(_analyse(story["title"], story["text"]).features)
    x, y, rows = fit_tagger.load_extras([path], names)
    assert [r["id"] for r in rows] == ["a", "c", "d"]
    assert y.tolist() == [1, 0, 0]
    assert all(r["extra"] == "mine.jsonl" and r["sample"] == 0 for r in rows)
    assert x["labelled"].shape == x["extracted"].shape == (3, len(names))
    assert fit_tagger.extra_mask(rows).all()


def test_extra_rows_leave_the_work_part_s_folds_as_they_were() -> None:
    """The work figures with extras are comparable with those without: the work rows fall in the same folds, and
    each extra row is held out exactly once."""
    import numpy as np

    from bench import fit_tagger

    rng = np.random.default_rng(7)
    y_work, sample1 = rng.integers(0, 2, 60), rng.integers(0, 2, 60).astype(bool)
    ambiguous = np.zeros(60, dtype=bool)
    ambiguous[:9] = True
    y_extra = np.array([1] * 20 + [0] * 3)
    y = np.concatenate([y_work, y_extra])
    extra = np.arange(len(y)) >= 60
    alone = fit_tagger._folds(y_work, sample1, 5, 3, ambiguous)
    joined = fit_tagger._folds(
        y, np.concatenate([sample1, np.zeros(23, dtype=bool)]), 5, 3, np.pad(ambiguous, (0, 23)), extra
    )
    for (train, test), (train_j, test_j) in zip(alone, joined, strict=True):
        assert train_j[train_j < 60].tolist() == train.tolist()
        assert test_j[test_j < 60].tolist() == test.tolist()
    held_out = np.concatenate([test for _, test in joined])
    assert sorted(held_out[held_out >= 60].tolist()) == list(range(60, 83))


def test_fit_tagger_fits_extras_and_prints_their_recall_and_false_positives(capsys) -> None:
    require_shared("gold", "labels-dev.jsonl")
    from bench import fit_tagger

    probes = REPO_DIR / "bench" / "probes" / "tagging.jsonl"
    shared = str(REPO_DIR.parent / "shared")
    assert fit_tagger.main(["--shared", shared, "--repeats", "1", "--folds", "3", "--extra", str(probes)]) == 0
    out = capsys.readouterr().out
    clear = [json.loads(line) for line in probes.open() if line.strip() and not json.loads(line).get("ambiguous")]
    enforcement = sum(p["label"] == "enforcement" for p in clear)
    assert f"{len(clear)} extra probe stories ({enforcement} enforcement, {len(clear) - enforcement} other" in out
    assert "and the extra stories at weight 0.5" in out
    # once per layout in CV and once per layout in sample
    assert out.count("extras tagging.jsonl") == 4
    assert f"(n {enforcement})" in out and f"(n {len(clear) - enforcement})" in out


def test_an_agency_s_own_officers_and_assaults_on_them_are_enforcement() -> None:
    """ "CBP said its agents faced 40 assaults" names the agency's officers by the possessive: they are that agency's
    officers as surely as "CBP agents" (strength 2, as _ACTORS). tag-1.9 read neither "its agents" nor "assaults",
    so a brief on assaults against immigration officers (a GUIDELINES fact type) had no enforcement sentence. A
    possessive that refers to something else than the agency is no actor."""
    own = "CBP said on Monday its agents had faced 40 assaults since October."
    assault = "The agency reported 40 assaults on CBP staff since October."
    other = "The airline said its officers would meet on Monday."
    strengths = _sentence_strengths("Figures", f"{own}\n{assault}\n{other}")
    assert strengths[own] == 2.0
    assert strengths[assault] == 1.0
    assert strengths[other] == 0.0


def test_custody_populations_and_solitary_confinement_are_detention() -> None:
    """GUIDELINES §1 counts detention numbers, facilities and conditions: "lets ICE house up to 600 people" (a custody
    population or capacity) and "ICE placed people in solitary confinement" were no action for tag-1.9. Holding a
    news conference or a stadium holding fans is none."""
    house = "The contract lets ICE house up to 600 people at the former prison."
    solitary = "A report found ICE placed people in solitary confinement 900 times."
    conference = "ICE said it would hold a news conference on Friday."
    stadium = "The stadium will hold up to 60,000 fans."
    strengths = _sentence_strengths("A report", f"{house}\n\n{solitary}\n\nThe weather was fine.\n\n{stadium}")
    assert strengths[house] == 1.0
    assert strengths[solitary] == 1.0
    assert strengths[stadium] == 0.0
    assert _sentence_strengths("Briefing", conference)[conference] == 0.0


def test_custody_changing_hands_and_processing_are_custody_actions() -> None:
    """Custody passing from one force to another ("troopers turned 30 migrants over to Border Patrol"), a booking
    and a processing center are custody actions: tag-1.9 read none of them, so a state-police brief that hands
    migrants to the Border Patrol had no enforcement sentence. Without an immigration actor or subject they stay
    nothing ("turned the keys over to the new owner")."""
    handover = "State troopers stopped 30 migrants and turned them over to Border Patrol on Sunday."
    processing = "The migrants were taken to a processing center in Laredo."
    keys = "The family turned the keys over to the new owner on Sunday."
    strengths = _sentence_strengths("A stop", f"{handover}\n\n{processing}\n\nThe weather was fine.\n\n{keys}")
    assert strengths[handover] == 1.0
    assert strengths[processing] == 1.0
    assert strengths[keys] == 0.0


def test_a_link_line_inside_the_story_is_read_by_neither_the_tagger_nor_the_facts() -> None:
    """A "Related: ..." line between two paragraphs (not only in a trailing list) is another story's headline: the
    facts read it as no sentence (its 97 was a spurious count on an invented worksite brief) and the next paragraph
    keeps the number it had without the line, in both layouts, as the tagger leaves the line out too."""
    from datetime import date

    from tasks.analysis.facts import extract_facts
    from tasks.analysis.sentences import split_sentences

    lines = [
        "HSI agents arrested 312 workers in worksite operations in the first half of the fiscal year.",
        "Related: Meatpacking plant fined $2.1 million after 97 workers detained",
        "Business groups say the audits are costly.",
    ]
    without = [lines[0], lines[2]]
    for separator in ("\n", "\n\n"):
        text = separator.join(lines)
        sentences = split_sentences(text)
        assert [(s.text, s.paragraph) for s in sentences] == [(line, i) for i, line in enumerate(without)]
        assert 97 not in {f.value for f in extract_facts("", text, date(2026, 12, 1)).facts}
        assert tag_article("", text).score == pytest.approx(tag_article("", separator.join(without)).score, abs=1e-12)


def test_worksite_enforcement_hiring_unauthorised_workers_and_i9_audits() -> None:
    """GUIDELINES §1 names worksite E-Verify enforcement and harbouring among immigration crimes: employing
    undocumented workers and audits of an employer's hiring records are worksite enforcement; tag-1.9 read neither.
    Hiring or audits with no immigration angle are not."""
    hiring = "Prosecutors said the company knowingly employed undocumented workers for years."
    i9 = "Investigators opened 200 I-9 audits at meatpacking plants this spring."
    audit = "The agency opened 410 audits of hiring paperwork at farms."
    plain_hiring = "The company hired 40 seasonal workers for the harvest."
    tax = "The firm faces an audit of its tax records."
    text = "\n\n".join([hiring, "Sales rose.", i9, "Sales rose.", plain_hiring, "Sales rose.", tax])
    strengths = _sentence_strengths("A plant", text)
    assert strengths[hiring] == 1.0
    assert strengths[i9] == 2.0
    assert strengths[plain_hiring] == 0.0
    assert strengths[tax] == 0.0
    # an audit of hiring records is an action: enforcement beside an immigration agency
    assert _sentence_strengths("Farms", f"ICE said it had shifted its focus to employers. {audit}")[audit] == 0.5


def test_ice_and_cbp_officers_named_in_full_are_immigration_officers() -> None:
    """ "Customs and Border Protection officers" and "Immigration and Customs Enforcement agents" are the officers
    "CBP officers" and "ICE agents" are (tag-1.10 read the acronyms only): enforcement on their own, as actors.
    A customs officer of another country, or the agency named without its officers, is not."""
    cbp = "Customs and Border Protection officers at the airport held 22 arriving travelers on Saturday."
    ice = "Immigration and Customs Enforcement agents questioned workers at the plant."
    mexican = "Mexican customs officers inspected the trucks at the crossing."
    agency = "Customs and Border Protection published its monthly report."
    strengths = _sentence_strengths(
        "Airport", "\n\n".join([cbp, "Lines were long.", ice, "It rained.", mexican, agency])
    )
    assert strengths[cbp] == 2.0
    assert strengths[ice] == 2.0
    assert strengths[mexican] == 0.0
    assert strengths[agency] == 0.0


def test_the_sentences_of_a_brief_that_point_back_at_its_enforcement_sentence_go_on_with_it() -> None:
    """A brief with one enforcement sentence whose other sentences point back at it (a pronoun, "The agency", a
    quantifier "All nine", a noun repeated, "The facility") is about that enforcement throughout; the same sentences
    with no pointing back (a new subject each) stay unmarked. Quotations and legislative sentences are not carried."""
    lead = "Immigration agents detained four farmworkers at a packing shed outside Yuma on Tuesday, officials said."
    back = [
        "The agency said the men had missed court dates.",
        "All four were taken to the facility in Florence.",
        "They remain there, their lawyer said.",
        "The facility is run by a private contractor.",
    ]
    other = [
        "A growers' group said the harvest had started.",
        "Prices for lettuce fell this week.",
        "Shed owners want more trucks.",
        "A private contractor runs a facility in Florence.",
    ]
    carried = _analyse("Farm raid", "\n\n".join([lead, *back])).sentences
    assert [s.enforcement for s in carried[1:]] == [0.5, 0.5, 0.5, 0.5]
    assert [s.enforcement for s in _analyse("Farm raid", "\n\n".join([lead, *other])).sentences[1:]] == [0, 0, 0, 0]
    assert tag_article("Farm raid", "\n\n".join([lead, *back])).is_enforcement
    assert not tag_article("Farm raid", "\n\n".join([lead, *other])).is_enforcement
    quoted = _analyse("", lead + '\n\n"They came at dawn," a worker said.\n\nThey voted for the bill on Friday.')
    assert [s.enforcement for s in quoted.sentences[1:]] == [0, 0]


def test_a_repeated_noun_points_back_only_at_the_enforcement_it_repeats() -> None:
    """GUIDELINES §1 "not one passing sentence": a definite noun phrase goes on with an enforcement sentence when the
    noun it repeats is that sentence's (or of the sentences carried from it), not any noun of the story around it. A
    library story with one sentence on raid rumours: "The county commission" repeats "county" of a sentence before
    the rumour, so it and the next sentence stay the library's (tag-1.12 carried both, and so tagged partial.jsonl's
    library story). The trap: "The raid ..." and "The shed ..." repeat the enforcement sentence's own nouns and are
    still carried."""
    story = [
        "The public library's free English classes have a waiting list of more than 200 adults this winter.",
        "Teachers said enrollment rose after the county's largest employer began offering raises for the course.",
        "Attendance dipped for weeks after rumors of an immigration raid spread, though no arrests were reported.",
        "The county commission will consider the library's request at its budget hearing next month.",
        "The library also lends laptops to students who do not have a computer at home.",
    ]
    sentences = _analyse("English classes fill up", "\n\n".join(story)).sentences
    assert [s.enforcement for s in sentences] == [0, 0, 2.0, 0, 0]
    lead = "Immigration agents raided a packing shed outside Yuma on Tuesday and detained four farmworkers."
    back = ["The raid lasted three hours, a grower said.", "The shed reopened on Wednesday."]
    assert [s.enforcement for s in _analyse("Yuma", "\n\n".join([lead, *back])).sentences[1:]] == [0.5, 0.5]


def test_a_brief_that_opens_on_a_police_case_keeps_its_officers_local() -> None:
    """GUIDELINES §1: ordinary police arrests with no immigration angle are unrelated. A brief names its immigration
    agency once and calls its officers "agents" after that, so one agency sentence makes its bare officers the
    agency's; but a brief whose lead opens on a local force's case (police, a sheriff, detectives) has officers of its
    own, and one passing sentence about an immigration hold does not make them ICE's (tag-1.12 read "Officers arrested
    them" as an immigration arrest). The trap: the same brief opening on bare agents, and a brief that names the city
    police only further down ("city police took no part"), still resolve them."""
    lead = "Two men were charged Thursday with stealing catalytic converters from 60 vehicles, police said."
    rest = [
        "Officers arrested them Wednesday outside a grocery store.",
        "The thefts cost owners about $2,000 each.",
        "The older man had been released in March after an immigration hold lapsed and federal officers did not pick"
        " him up.",
    ]
    police = _analyse("Two charged in converter thefts", "\n\n".join([lead, *rest])).sentences
    assert police[1].enforcement == 0
    agents = "Agents detained two men Wednesday outside a grocery store, a spokesman said."
    federal = _analyse("Two detained", "\n\n".join([agents, *rest])).sentences
    assert federal[0].enforcement == 1.0 and federal[1].enforcement == 1.0
    later = [
        agents,
        "Relatives gathered outside.",
        "A Homeland Security official said the operation targeted people in the country unlawfully.",
        "The mayor said city police took no part.",
    ]
    assert _analyse("Two detained", "\n\n".join(later)).sentences[0].enforcement == 1.0


def test_a_paragraph_of_enforcement_under_an_off_topic_headline_is_a_substantial_part() -> None:
    """GUIDELINES §1: "mainly, or in a substantial part (a paragraph or more, not one passing sentence)". A sports
    story with a paragraph on the star's father's arrest and detention: the paragraph's other sentences (his absence,
    the team's wristbands) go on with its two enforcement sentences (partial.jsonl's version: tag-1.12 scored it 0.32,
    tag-1.13 0.49, tagged). Traps: the same paragraph with one enforcement sentence is a passing mention (nothing is
    lent); a paragraph that is most of the story is the story, not a part of it; under a headline that reads as
    enforcement nothing is lent (the story is mainly about it already)."""
    title = "Rams win first state soccer title behind Ortega's two goals"
    lead = "The Eastbrook Rams won the state boys soccer championship Saturday, beating Central 2-1 on two late goals."
    game = [
        "Central led at halftime after a header off a corner kick. Ortega tied it in the 58th minute with a shot from"
        " the edge of the box. Goalkeeper Sam Pruitt made seven saves.",
        "Coach Dan Reyes said the defense had carried the team all season.",
    ]
    father = [
        "Ortega played the season without his father in the stands.",
        "Immigration officers arrested Jorge Ortega in September outside the family's apartment, and he has been held"
        " since then at a detention center two hours away.",
        "The family's lawyer said the government is seeking to deport him to El Salvador and that a request to release"
        " him on bond was denied last month.",
        "Teammates wore wristbands with his initials all season.",
    ]
    end = "Eastbrook finished the season 21-2-1."
    story = "\n\n".join([lead, *game, " ".join(father), end])
    sentences = _analyse(title, story).sentences
    section = [s.enforcement for s in sentences if s.paragraph == 3]
    assert section == [0.5, 2.0, 1.0, 0.5]
    passing = " ".join([father[0], father[1], "He was released a week later.", father[3]])
    story_passing = "\n\n".join([lead, *game, passing, end])
    assert [s.enforcement for s in _analyse(title, story_passing).sentences if s.paragraph == 3][::3] == [0, 0]
    block = _analyse(title, " ".join([lead, *father])).sentences
    assert block[0].enforcement == 0 and block[-1].enforcement == 0
    headline = "Immigration officers arrest soccer star's father"
    assert [s.enforcement for s in _analyse(headline, story).sentences if s.paragraph == 3][::3] == [0, 0]


def test_a_287g_agreement_is_enforcement_on_its_own_however_it_is_punctuated() -> None:
    """GUIDELINES §1 cooperation fights name 287(g) agreements. The name ends on ")", where a lexicon's closing word
    bound never holds before a space or a full stop, so tag-1.12 never read "287(g)" as the phrase it lists (only the
    agency beside it, when named). The trap: another section of the same law, and a highway numbered 287, are not."""
    for sentence in (
        "The bill requires every county sheriff to sign a 287(g) agreement.",
        "Commissioners voted to end the county's 287g program.",
        "The county joined 287 (g) in 2019.",
    ):
        assert _sentence_strengths("A county vote", sentence)[sentence] == 2.0, sentence
    for sentence in ("The board cited section 287(h) of the act.", "Crews repaved Highway 287 near the county line."):
        assert _sentence_strengths("A county vote", sentence)[sentence] == 0.0, sentence


def test_a_brief_s_sentence_that_points_back_at_an_enforcement_paragraph_goes_on_with_it() -> None:
    """A section (`_section`) is read before a brief's pointing back (`_carried`), so a sentence that opens on "the
    raid" right after an enforcement paragraph goes on with it even where that paragraph ends on a sentence of its own
    reading none ("No managers were charged."). The trap: after a paragraph with one enforcement sentence (a passing
    mention), the same sentence is not carried."""
    title = "Poultry workers push for higher pay"
    lead = "Workers at a chicken plant in Morton have begun collecting signatures for a union, organizers said."
    pay = "Line workers earn $14.25 an hour on average. The company said it pays above the local average."
    raid = [
        "Agents from Homeland Security Investigations surrounded the plant in 2023 and arrested about 140 workers.",
        "Buses took them to a hangar for processing, and dozens were later deported to Guatemala.",
        "No managers were charged.",
    ]
    after = "Organizers say the raid left workers afraid to complain."
    end = "The company said it respects workers' right to decide."
    section = _analyse(title, "\n\n".join([lead, pay, " ".join(raid), after, end])).sentences
    assert [s.enforcement for s in section][-5:] == [1.0, 1.0, 0.5, 0.5, 0]
    once = " ".join([raid[0], "The plant reopened a week later.", raid[2]])
    passing = _analyse(title, "\n\n".join([lead, pay, once, after, end])).sentences
    assert [s.enforcement for s in passing][-3:] == [0, 0, 0]


def test_pointing_back_is_read_in_briefs_only() -> None:
    """A long story weighs its enforcement section by `enf_window` and `enf_paragraph_count`: briefs only."""
    lead = "Immigration agents detained four farmworkers at a packing shed outside Yuma on Tuesday, officials said."
    filler = [f"Growers met on day {n} to talk about water rights and prices." for n in range(1, 7)]
    long_story = "\n\n".join([lead, "They were taken to Florence.", *filler])
    assert _analyse("", long_story).sentences[1].enforcement == 0


def test_homeland_security_officers_by_the_department_s_short_name_are_immigration_officers() -> None:
    """ "Homeland Security agents detained four farmworkers" names the department that runs ICE and CBP by its short
    name (tag-1.10 knew only "Department of Homeland Security", "DHS" and HSI): its agents, officers or officials are
    an immigration actor beside a custody action. A Homeland Security committee holding a hearing is no officer."""
    agents = "Homeland Security agents detained four cooks at a diner east of town on Thursday, the owner said."
    assert _sentence_strengths("A diner", agents)[agents] >= 1.0
    committee = "The Homeland Security committee held a hearing on the diner's permits on Thursday, the owner said."
    assert _sentence_strengths("A diner", committee)[committee] == 0.0


def test_custody_handed_over_with_the_particle_first_is_a_custody_action() -> None:
    """English puts the particle before a long object as often as after it: "turned over 212 drivers to federal
    immigration authorities" hands custody over as "turned them over to" does (tag-1.10 read only the latter).
    Documents turned over to tax authorities are no custody."""
    drivers = "Troopers turned over 212 drivers to federal immigration authorities in the first three months."
    assert _sentence_strengths("Troopers", drivers)[drivers] >= 1.0
    records = "The company turned over 212 payroll records to federal tax authorities in the first three months."
    assert _sentence_strengths("Troopers", records)[records] == 0.0


def test_removal_in_plain_words_is_a_deportation() -> None:
    """GUIDELINES §1: deportation / removal / expulsion, however it is worded. "Migrants were flown back to
    Guatemala", "repatriated", "ordered to leave the country" are removals beside an immigration subject (tag-1.10
    read only deport-, remove-, expel-). Fans flown back home after a game are not."""
    for removal in (
        "Forty-two migrants were flown back to Guatemala City on Wednesday, officials said.",
        "The immigration judge ordered the couple to leave the country by the end of the month.",
        "Nine asylum seekers were repatriated to Honduras on Friday.",
    ):
        assert _sentence_strengths("A flight", removal)[removal] >= 1.0, removal
    fans = "Forty-two fans were flown back to Boston on Wednesday after the game, officials said."
    assert _sentence_strengths("A flight", fans)[fans] == 0.0


def test_checkpoints_and_vehicle_stops_by_immigration_agents_are_enforcement() -> None:
    """Checkpoint and highway stops are where Border Patrol and troopers acting for immigration purposes arrest
    people (GUIDELINES §1: state and local police acting for immigration purposes). Beside an immigration actor they
    are a custody action (tag-1.10 knew only "pulled over"); a police sobriety checkpoint names none."""
    border = "Border Patrol agents at the Highway 77 checkpoint stopped a tractor-trailer on Saturday."
    assert _sentence_strengths("A stop", border)[border] >= 1.0
    federal = "At dawn, federal agents stopped cars on the roads leading out of town."
    assert _sentence_strengths("A stop", federal)[federal] >= 1.0
    sobriety = "Police at the Highway 77 sobriety checkpoint stopped 300 cars on Saturday night."
    assert _sentence_strengths("A stop", sobriety)[sobriety] == 0.0


def test_a_brief_that_names_its_agency_once_at_work_calls_its_officers_agents_after_that() -> None:
    """A brief names its agency once ("A DHS official said the operation targeted people in the country unlawfully")
    and calls its officers "agents" elsewhere: in a brief, one agency sentence that reads as enforcement is enough to
    read the bare agents as immigration agents (tag-1.10 asked for two agency sentences, so "Masked agents detained
    workers" read nothing). An agency named once in a drug seizure, which reads as no enforcement, is not enough."""
    agents = "Masked agents swept through five car washes on Saturday, detaining workers who ran, witnesses said."
    story = agents + "\nOwners said the shops were closed on Sunday.\n{tail}"
    immigration = "A DHS official said the operation targeted people in the country unlawfully."
    assert _sentence_strengths("Car washes", story.format(tail=immigration))[agents] == 1.0
    drugs = "A DHS official said officers seized 40 pounds of fentanyl from one of the shops."
    assert _sentence_strengths("Car washes", story.format(tail=drugs))[agents] < 1.0


def test_people_sent_back_from_the_united_states_are_removed_whatever_they_are_called() -> None:
    """A removal story may call the people only by their nationality ("1,900 Salvadorans were repatriated from the
    United States"): no migrant, immigrant or agency is named, but people sent back from or by the United States are
    removed (GUIDELINES §1 deportation; tag-1.10 read nothing). Diplomats expelled by the United States and profits
    repatriated to it are not."""
    for removal in (
        "Some 1,900 Salvadorans were repatriated from the United States in the first three months of the year.",
        "A chartered flight landed on Wednesday carrying 42 Guatemalans sent back by the United States.",
        "A chartered flight landed on Wednesday carrying 42 Guatemalans sent back by the U.S.",
        "Some 300 Hondurans were flown home from the U.S. on Friday.",
    ):
        assert _sentence_strengths("Returns", removal)[removal] == 2.0, removal
    for trap in (
        "Two Russian diplomats were expelled by the United States last year.",
        "The companies repatriated $300 billion in profits from overseas to the United States.",
    ):
        assert _sentence_strengths("Returns", trap)[trap] == 0.0, trap


def test_people_said_to_lack_legal_status_are_the_subject_of_an_arrest() -> None:
    """Being in the country unlawfully is also said by what a person lacks: "the man, who is in the country without
    legal status, was arrested by agents" names no immigrant, migrant or agency, as "crossing illegally" does not
    (tag-1.10 read only the latter). A driver without a valid licence is no immigration subject."""
    status = "The man, who is in the country without legal status, was arrested by agents on Monday."
    assert _sentence_strengths("An arrest", status)[status] >= 1.0
    licence = "The man, who was driving without a valid license, was arrested by deputies on Monday."
    assert _sentence_strengths("An arrest", licence)[licence] == 0.0


def test_a_departure_deadline_from_an_immigration_judge_is_a_removal() -> None:
    """A removal order is often told by its deadline: "the family has until Dec. 30 to leave the country after an
    immigration judge denied their claim" (before this rule, "ordered to leave the country" only). Tourists hurrying
    to leave the country before a storm are no removal."""
    deadline = "The family has until Dec. 30 to leave the country after an immigration judge denied their claim."
    assert _sentence_strengths("A family", deadline)[deadline] >= 1.0
    storm = "The family has until Friday to leave the country before the storm reaches the coast, the airline said."
    assert _sentence_strengths("A family", storm)[storm] == 0.0


def test_the_detention_system_as_money_capacity_and_conditions_is_detention() -> None:
    """GUIDELINES §1 detention: detention contracts, conditions, detainee numbers. A budget or court story says it
    with the system's nouns ("detention beds", "detention standards", "the detention population") and no custody verb
    (tag-1.11 read them only beside an immigration actor). A juvenile or pretrial detention is a criminal one."""
    for detention in (
        "The bill pays for 100,000 detention beds a day.",
        "Monitors found the center fell short of federal detention standards.",
        "Nurses at the immigration jail said care was delayed for weeks.",
    ):
        assert _sentence_strengths("A budget", detention)[detention] == 2.0, detention
    juvenile = "The county's juvenile detention population fell by a third last year."
    assert _sentence_strengths("A budget", juvenile)[juvenile] == 0.0


def test_the_enforcement_agency_s_contracts_agreements_policies_and_stations_are_enforcement() -> None:
    """What ICE or Border Patrol pays for, signs, issues and runs is enforcement without a custody verb: a prison
    company's "revenue from ICE", a 287(g) agreement "countersigned by Immigration and Customs Enforcement", "a memo
    by the director of ICE", "Border Patrol stations" (GUIDELINES §1: detention contracts, 287(g) agreements,
    enforcement memos). ICE the exchange is none of them."""
    for business in (
        "Revenue from ICE now makes up 41 percent of the company's total, its chief executive said.",
        "The agreement takes effect once it is countersigned by Immigration and Customs Enforcement.",
        "A memo signed by the acting director of Immigration and Customs Enforcement rolls back a 2021 policy.",
        "Monitors found children sleeping on the floors of Border Patrol stations.",
    ):
        assert _sentence_strengths("A county", business)[business] == 1.0, business
    exchange = "Revenue from ICE Futures Europe rose 9 percent, the exchange said."
    assert _sentence_strengths("A county", exchange)[exchange] == 0.0


def test_cooperation_with_the_agency_said_in_plain_words_is_a_cooperation_fight() -> None:
    """GUIDELINES §1 cooperation fights, told without "sanctuary", "detainer" or "287(g)": deputies screening inmates
    for immigration status, a jail holding inmates past their release for the agency, telling it of a release,
    sharing records with it, helping its agents, ignoring its requests (tag-1.11 read none of them). A clinic that
    does not ask about immigration status and a call on immigration officials to speed up visas are no cooperation."""
    for cooperation in (
        "The board voted to let deputies screen inmates for immigration status.",
        "The city refused 90 requests from federal immigration authorities to hold inmates past their release dates.",
        "Deputies will notify ICE before an inmate with a felony record is released.",
        "The prohibition on sharing student records with immigration authorities stays in place.",
        "The mayor said police should help federal immigration agents when they ask.",
        "The jail ignored 40 requests from ICE last year, the sheriff said.",
    ):
        assert _sentence_strengths("A county", cooperation)[cooperation] >= 1.0, cooperation
    for trap in (
        "The clinic does not ask patients about their immigration status, its director said.",
        "Lawmakers called on immigration officials to speed up visas for nurses.",
    ):
        assert _sentence_strengths("A county", trap)[trap] == 0.0, trap


def test_a_person_s_custody_check_ins_and_sanctuary_in_a_church_are_enforcement() -> None:
    """One person's enforcement story (GUIDELINES §1: check-ins that end in arrest, individual deportation cases)
    is told by its steps: a routine check-in at the ICE office, sanctuary taken in a church, a deputy pulling someone
    over, a bond hearing before an immigration judge (tag-1.11 read "check-ins with ICE" only, and no sanctuary
    without an immigration word). A bird sanctuary, a church's sanctuary as its room and bail in a criminal court
    are none of them."""
    for step in (
        "She was detained on Tuesday after a routine check-in at the ICE field office.",
        "For a year she has lived in sanctuary at First Unitarian Church with her three children.",
        "Her lawyer will ask an immigration judge to release her on bond next week.",
        "A sheriff's deputy pulled the migrant over for a broken taillight.",
    ):
        assert _sentence_strengths("A mother", step)[step] >= 1.0, step
    for trap in (
        "The birds found sanctuary in the marshes behind the church.",
        "The sanctuary of the church was full for the Christmas service.",
        "He is free on bail while he appeals his conviction.",
        "A sheriff's deputy pulled the driver over for a broken taillight.",
    ):
        assert _sentence_strengths("A mother", trap)[trap] == 0.0, trap


def test_enforcement_policy_terms_and_troops_at_the_southern_border_are_enforcement() -> None:
    """GUIDELINES §1 enforcement policy and militarised border operations, in their own terms: courthouse and
    collateral arrests, guidance on sensitive locations and "catch and release" beside an immigration actor or subject,
    Guard troops sent to the southern border, employers hiring unauthorized workers in a raid story (tag-1.11 read none
    of them). Troops on another country's border, catch-and-release fishing and unauthorized access are none."""
    for policy in (
        "The mayor and the field director met again but reached no deal on courthouse arrests.",
        "Advocates expect more collateral arrests of relatives who happen to be home.",
        "ICE noted that its guidance on sensitive locations had changed this year.",
        "The president vowed to end catch and release for migrant families.",
        "The governor ordered 400 National Guard troops to the southern border on Monday.",
        "He said employers who hire unauthorized workers deserve the raids.",
    ):
        assert _sentence_strengths("A memo", policy)[policy] >= 1.0, policy
    for trap in (
        "Russia moved 40,000 troops to the Ukrainian border on Monday.",
        "The lake is open for catch and release fishing through October.",
        "The bank said unauthorized access to 300 accounts was found in a raid on the servers.",
    ):
        assert _sentence_strengths("A memo", trap)[trap] == 0.0, trap


def test_arrests_and_removals_in_plain_verbs_are_custody_actions() -> None:
    """Custody is also told in plain verbs: officers "pick up" people, agents "swept up" workers, a deportee is "put on
    a plane", the government "holds" asylum seekers "indefinitely" (tag-1.11 read none of them). Picking up the phone
    and supplies, or a fan put on a plane home, are none."""
    for custody in (
        "ICE picked up 30 men outside a hardware store on Tuesday.",
        "Agents swept up dozens of immigrant farmworkers in the raid.",
        "The migrant was put on a plane to Guatemala two days later.",
        "The judge ruled that the government cannot hold asylum seekers indefinitely.",
    ):
        assert _sentence_strengths("A raid", custody)[custody] >= 1.0, custody
    for trap in (
        "An immigrant who picked up the phone at the store declined to comment.",
        "Immigrant contractors were picking up supplies before a day of work.",
        "The fan was put on a plane home after the game.",
    ):
        assert _sentence_strengths("A raid", trap)[trap] == 0.0, trap


def test_custody_under_the_agency_s_own_names_is_detention_or_removal() -> None:
    """The agency names its custody itself: "family residential centers" (its family detention), "alternatives to
    detention" (supervision in place of it), a contract's price "per detainee", the "voluntary departure" an
    immigration judge grants instead of a removal order (GUIDELINES §1 detention and removal; tag-1.11 read them only
    beside an immigration actor). A residential center for seniors and a voluntary departure from a board are none."""
    for custody in (
        "Lawyers toured the family residential center in Dilley on Friday.",
        "The agency cut spending on alternatives to detention by a third.",
        "The county is paid $88 per detainee per day.",
        "The judge granted him voluntary departure, giving him 60 days.",
    ):
        assert _sentence_strengths("A center", custody)[custody] == 2.0, custody
    for trap in (
        "The residential center for seniors opened a new wing on Friday.",
        "Her departure from the board was voluntary, the company said.",
    ):
        assert _sentence_strengths("A center", trap)[trap] == 0.0, trap


def test_custody_places_roundups_and_attacks_on_officers_are_enforcement() -> None:
    """More of GUIDELINES §1 told in its own words: a named processing centre and its "detained population", the
    "roundups", "attacks on officers" of CBP, a jail that "holds people for the federal government", the White House
    "border czar" (tag-1.11 read none of them). A passport processing centre and cattle roundups are none."""
    for custody in (
        "The Joe Corley Processing Center was holding 812 men on Friday, according to the county.",
        "The detained population reached 61,000 this week, an agency spokesman said.",
        "Customs and Border Protection recorded 1,004 attacks on its officers last year.",
        "Most were driven to a county jail that holds immigrants for the federal government.",
        "The border czar said the roundups of migrants would continue.",
    ):
        assert _sentence_strengths("A center", custody)[custody] >= 1.0, custody
    for trap in (
        "The National Passport Processing Center was holding 812 applications on Friday.",
        "Ranchers finished the fall cattle roundups on Friday.",
    ):
        assert _sentence_strengths("A center", trap)[trap] == 0.0, trap


def test_federal_officers_are_read_like_federal_agents() -> None:
    """Copy says "federal officers" as often as "federal agents" for the immigration agencies' people ("plainclothes
    federal officers arrested a man in the courthouse hallway"): both are an immigration actor for a custody action
    (tag-1.11 read only the agents). Federal officers seizing drugs enforce no immigration law, as agents do not."""
    arrest = "Plainclothes federal officers arrested a man in a hallway of the county courthouse on Monday."
    assert _sentence_strengths("A courthouse", arrest)[arrest] == 1.0
    drugs = "Federal officers seized 40 pounds of cocaine and arrested two men at the port on Monday."
    assert _sentence_strengths("A port", drugs)[drugs] == 0.0


def test_state_troopers_acting_in_an_agency_story_are_its_officers() -> None:
    """GUIDELINES §1: state and local police acting for immigration purposes. In a story that names an immigration
    agency twice, troopers who stop or arrest people act with it, as its bare "agents" and "deputies" do (tag-1.11
    read deputies only). In a story that names no immigration agency, troopers' arrests are ordinary police work."""
    troopers = "Troopers made 312 traffic stops along the corridor in the first week."
    story = f"ICE said the operation would last a month.\n{troopers}\nICE said 40 people were held."
    assert _sentence_strengths("An operation", story)[troopers] == 1.0
    plain = f"The state police said the crackdown on speeding would last a month.\n{troopers}\nFines rose."
    assert _sentence_strengths("An operation", plain)[troopers] == 0.0


def test_border_patrol_jargon_for_evasions_and_mass_prosecutions_is_enforcement() -> None:
    """GUIDELINES §1 border enforcement and prosecutions for illegal entry in the agencies' own jargon: "got-aways"
    (people seen crossing but not caught) and "Operation Streamline" (illegal-entry cases heard en masse), which name
    no migrant or agency (tag-1.11 read neither). A getaway car is none."""
    for jargon in (
        "The sector logged 3,000 got-aways in March, officials said.",
        "Under Operation Streamline, 70 defendants were sentenced in one hearing.",
    ):
        assert _sentence_strengths("A sector", jargon)[jargon] == 2.0, jargon
    getaway = "The robbers fled in a getaway car, police said."
    assert _sentence_strengths("A sector", getaway)[getaway] == 0.0


def test_immigration_crimes_named_by_their_statutes_are_enforcement() -> None:
    """GUIDELINES §1 prosecutions for immigration crimes, as prosecutors' releases name them: the federal counts
    ("conspiracy to transport aliens", "harboring illegal aliens", "reentry of a removed alien", "returning to the
    United States after deportation") and Texas's "smuggling of persons", which name no migrant and no agency
    (tag-1.13 read "illegal re-entry" and "human smuggling" only). A film's aliens, a sports comeback and a drug count
    are none."""
    for count in (
        "Both men pleaded guilty to conspiracy to transport aliens for private financial gain.",
        "She was charged with harboring illegal aliens at two rental houses.",
        "He admitted one count of reentry of a removed alien in federal court.",
        "He was sentenced for unlawfully returning to the United States after deportation.",
        "A grand jury indicted the driver on six counts of smuggling of persons.",
    ):
        assert _sentence_strengths("A case", count)[count] == 2.0, count
    for trap in (
        "The sequel follows a crew that discovers aliens aboard a derelict freighter.",
        "The pitcher returned to the United States after a season in Japan.",
        "A grand jury indicted the driver on six counts of possession of a controlled substance.",
    ):
        assert _sentence_strengths("A case", trap)[trap] == 0.0, trap


def test_custody_handed_to_an_immigration_agency_is_enforcement() -> None:
    """A state or local arrest that ends with the people given to the immigration agency ("the passengers were
    handed to the Border Patrol", "transferred to ICE", "referred to federal immigration authorities") is custody
    changing hands for immigration purposes (GUIDELINES §1), as "turned over to" is (tag-1.13 read "turned over" and
    "handed over" only). A file referred to a committee, or a case handed to a county court, is none."""
    for handover in (
        "The nine passengers were handed to the Border Patrol at the checkpoint.",
        "After his sentence he was transferred to ICE at the jail's sally port.",
        "The deputy referred the two women to federal immigration authorities.",
    ):
        assert _sentence_strengths("A stop", handover)[handover] >= 1.0, handover
    for trap in (
        "The bill was referred to the Senate Judiciary Committee on Tuesday.",
        "The burglary case was handed to the county court after the hearing.",
    ):
        assert _sentence_strengths("A stop", trap)[trap] == 0.0, trap


def test_arrests_told_as_people_taken_away_are_custody_actions() -> None:
    """Witnesses and briefings tell arrests in plain verbs: people "led away", "taken from" a sidewalk or "whisked
    away" (tag-1.13 read "picked up" and "swept up" but none of these). Beside an immigration actor they read as
    enforcement; a team led away by its captain or a painting taken from a wall is none."""
    for taken in (
        "ICE officers led away four workers in handcuffs, a foreman said.",
        "Two women were taken from a bus stop by immigration agents, neighbors said.",
    ):
        assert _sentence_strengths("A raid", taken)[taken] >= 1.0, taken
    for trap in (
        "The painting was taken from the museum wall for cleaning on Monday.",
        "The captain led the team away from the locker room after the loss.",
    ):
        assert _sentence_strengths("A raid", trap)[trap] == 0.0, trap


def test_agency_arrests_in_a_drug_or_abuse_case_with_no_immigrant_are_not_enforcement() -> None:
    """GUIDELINES §1 traps: HSI and CBP also make drug, weapons and child-exploitation arrests, and without a migrant
    or any immigration matter those are not immigration enforcement. Sentence marking caught only the contraband of
    the sentence itself, so "Agents arrested them after a CBP officer flagged the truck" after a fentanyl lead read as
    enforcement (tag-1.13 tagged such stories). In a story with no immigration vocabulary that names such a crime, the
    agency's arrests do not count; an HSI story about smuggled migrants, or one naming an immigrant arrested, does."""
    drugs = tag_article(
        "Two men charged after agents find fentanyl in pickup",
        "TUCSON — Two men were indicted on drug trafficking charges after Homeland Security Investigations agents "
        "found 30 kilograms of fentanyl pills in a pickup, prosecutors said.\n\nAgents arrested both men at a gas "
        "station after a CBP officer at the port of entry flagged the truck. They face 10 years in prison.",
    )
    assert not drugs.is_enforcement
    abuse = tag_article(
        "Homeland Security Investigations arrests coach on child exploitation charges",
        "A swim coach was arrested Tuesday by Homeland Security Investigations agents on charges of distributing "
        "child sexual abuse material.\n\nAgents seized two laptops at his home. He was held in the county jail.",
    )
    assert not abuse.is_enforcement
    migrants = tag_article(
        "Homeland Security Investigations arrests driver hauling migrants and drugs",
        "Homeland Security Investigations agents arrested a driver who was carrying 14 migrants and a bag of "
        "methamphetamine in a box truck, prosecutors said.\n\nThe migrants were turned over to the Border Patrol.",
    )
    assert migrants.is_enforcement
    checkpoint = tag_article(
        "Border Patrol finds meth in tanker at checkpoint",
        "Border Patrol agents at the Interstate 19 checkpoint found 90 pounds of methamphetamine in a tanker truck on "
        "Friday.\n\nAgents arrested the driver, a U.S. citizen, at the checkpoint. He was booked into the county jail.",
    )
    assert not checkpoint.is_enforcement
    ice = tag_article(
        "ICE arrests 12 in Omaha operation",
        "ICE officers arrested 12 people in Omaha on Tuesday, the agency said.\n\nAgents arrested two of them at a "
        "house where they also seized a rifle and drugs. All 12 were held at the county jail.",
    )
    assert ice.is_enforcement


def test_a_criminal_case_is_read_by_its_crime_its_people_and_its_enforcer() -> None:
    """What `_crime_doc` reads, each part on its own: a crime the agencies also investigate with no drug named (a
    child-exploitation case with no seizure is still a criminal case), a migrant named only by nationality (a
    Honduran national arrested at a checkpoint is an immigration matter), and immigration agents or officers by name
    (their arrests in a cocaine case are still immigration enforcement). Each case fails with its pattern disabled."""
    abuse = tag_article(
        "HSI arrests Dallas man in child exploitation case",
        "Homeland Security Investigations agents arrested a Dallas man on Tuesday on child sexual abuse material "
        "charges, prosecutors said.\nAgents took him into custody at his home after a months-long investigation.\nHe "
        "faces up to 20 years in prison.",
    )
    assert not abuse.is_enforcement
    national = tag_article(
        "Border Patrol agents seize meth at checkpoint",
        "Border Patrol agents seized 40 pounds of methamphetamine at the Falfurrias checkpoint on Friday and arrested "
        "the driver, a Honduran national.\nThe driver was taken into custody and the drugs were turned over to the "
        "DEA.",
    )
    assert national.is_enforcement
    enforcer = tag_article(
        "Agents seize cocaine, arrest two",
        "Immigration agents seized 12 kilograms of cocaine in a stash house in Laredo and arrested two men, officials "
        "said.\nThe men were taken into custody by immigration officers.",
    )
    assert enforcer.is_enforcement


def test_people_stopped_held_in_a_jail_and_officers_attacked_in_an_agency_story() -> None:
    """Three more custody classes that briefings and witness logs use, read in a story that names an immigration
    agency twice: people stopped on the street ("agents stop people based on race"), people held in a custody place
    in the passive ("the men are being held at the county jail"), and officers attacked ("officers who have been
    attacked"). Stopping people from voting, talks held in a city and a team attacked on a court are none."""
    agency = "ICE said the operation would go on.\nICE said it arrested 40 people in the city.\nThe mayor spoke Monday."
    for sentence in (
        "Agents stop people based on reasonable suspicion, the spokesman said.",
        "Relatives said the two men were being held at the county jail in Elk River.",
        "The Guard is there to protect federal officers who have been attacked.",
    ):
        story = f"{agency}\n{sentence}"
        assert _sentence_strengths("An operation", story)[sentence] >= 0.5, sentence
    for trap in (
        "The new rules stop people from voting by mail, the clerk said.",
        "The trade talks were held in Geneva last week.",
        "The guards were attacked on the baseline all night, the coach said.",
    ):
        story = f"{agency}\n{trap}"
        assert _sentence_strengths("An operation", story)[trap] == 0.0, trap


def test_a_prosecution_release_credits_its_case_to_the_agency_that_investigated_it() -> None:
    """Prosecutors' releases close on a credit line ("The case was investigated by Homeland Security Investigations
    and the Border Patrol"): in a release about an immigration crime, the agency's own case, a second part of the
    story beside the count (tag-1.13 read it as nothing). The FBI's or a county's case is none, and HSI's credit in a
    drug case with no immigrant stays that case's (`_crime_doc`)."""
    credit = "The case was investigated by Homeland Security Investigations and the Border Patrol."
    assert _sentence_strengths("A plea", credit)[credit] == 1.0
    other = "The case was investigated by the FBI and county detectives."
    assert _sentence_strengths("A plea", other)[other] == 0.0
    drugs = tag_article(
        "Two men sentenced for fentanyl trafficking",
        "Two Yuma men were sentenced to 12 years in prison for trafficking fentanyl pills, prosecutors said.\n\n"
        "The case was investigated by Homeland Security Investigations. Both men are U.S. citizens.",
    )
    assert not drugs.is_enforcement


def test_a_check_in_that_ends_in_custody_is_enforcement_without_the_agency_named() -> None:
    """GUIDELINES §1 names "check-ins that end in arrest". Trackers and families tell them without the agency ("A woman
    was detained at her check-in appointment"): tag-1.13 read a check-in only beside ICE or "immigration". An arrest
    at a hotel's check-in desk is none."""
    checkin = "A woman was detained at her check-in appointment on Tuesday, her attorney said."
    assert _sentence_strengths("A log", checkin)[checkin] == 2.0
    desk = "Police said the man was arrested at the hotel check-in desk on Tuesday."
    assert _sentence_strengths("A log", desk)[desk] == 0.0


def test_a_dateline_in_capitals_does_not_end_a_sentence() -> None:
    """AP datelines write the place in capitals ("ST. PAUL, Minn. —"): "ST." is an abbreviation as "St." is, so the
    lead stays one sentence (tag-1.13 cut "ST." off as a sentence of its own, which diluted the story's shares)."""
    lead = "ST. PAUL, Minn. — Immigration agents arrested four men at a bus stop on Tuesday."
    assert list(_sentence_strengths("A lead", lead)) == [lead]


def test_the_agency_sighted_at_work_is_enforcement_on_its_own() -> None:
    """Tracker entries and community alerts open on a sighting ("ICE vehicles spotted near the laundromat"): the
    agency at work at a place, as its officers named as actors are (`_ACTORS`); tag-1.14 read no action there, so a
    two-line alert scored as nothing. Ice seen on a road, or a sighting that names no immigration agency, is none."""
    for sighting in (
        "Two ICE vehicles were spotted near the laundromat on Ninth Street before dawn.",
        "Parents at the bus stop said they saw immigration agents in an unmarked sedan.",
        "Border Patrol agents sighted at the feed store again, a volunteer wrote.",
    ):
        assert _sentence_strengths("Alert", sighting)[sighting] == 2.0, sighting
    for trap in (
        "Black ice was spotted on the bridge deck before dawn, the county said.",
        "Two coyotes were spotted near the laundromat on Ninth Street before dawn.",
    ):
        assert _sentence_strengths("Alert", trap)[trap] == 0.0, trap
    alert = tag_article("Neighborhood alert", "ICE agents seen on Grove Street at 7 a.m. They took a man from his car.")
    assert alert.is_enforcement


_BRIEFING = (
    "Q: Is the governor coming to the bill signing on Monday?\n\n"
    "PRESS SECRETARY: He is.\n\n"
    "Q: {first}\n\n"
    "PRESS SECRETARY: {answer}\n\n"
    "Q: {second}\n\n"
    "PRESS SECRETARY: We are reviewing it.\n\n"
    "Q: Anything on the highway budget?\n\n"
    "PRESS SECRETARY: Later this week."
)


def test_a_transcript_reads_each_question_with_its_answer() -> None:
    """In a briefing transcript the question names the subject and the answer goes on about it in its own words
    ("They will continue."): read line by line the answer lost its subject, and a briefing that spends two of four
    exchanges on arrests and removals read as one with passing lines (GUIDELINES §1: "a substantial part"). The same
    briefing on tariffs and a visa backlog stays out, and a text with one "Q:" line is no transcript."""
    enforcement = _BRIEFING.format(
        first="Immigration agents detained nine workers at a poultry plant yesterday. Will there be more raids?",
        answer="They will continue. Nobody in the state is above the law.",
        second="A judge has halted the deportation of one of the workers. Will you appeal?",
    )
    result = tag_article("Briefing transcript, Oct. 9", enforcement)
    assert result.is_enforcement
    other = _BRIEFING.format(
        first="Farmers say the new tariffs are hurting exports. Will the governor ask for relief?",
        answer="He will raise it in Washington. Nobody in the state wants a trade war.",
        second="Students say visa appointments take months. Will you write to the State Department?",
    )
    assert not tag_article("Briefing transcript, Oct. 9", other).is_enforcement
    sentences = {s.text: s.paragraph for s in _analyse("Briefing transcript", enforcement).sentences}
    assert sentences["PRESS SECRETARY: They will continue."] == sentences["Will there be more raids?"]
    one_question = "Q: what next?\n\nThe mayor said the city would wait.\n\nThe council meets in May."
    assert len({s.paragraph for s in _analyse("A column", one_question).sentences}) == 3


def test_a_custody_verb_in_the_present_tense_is_the_action() -> None:
    """Headlines and the agency's releases write the action in the present tense ("ERO Denver removes ...", "Agents
    round up ...", "Border Patrol turns back ..."): tag-1.14's lexicon had "removed" and "rounded up" but not these,
    so a release's title read as nothing. Without an immigration actor or subject the verb stays no enforcement."""
    for sentence in (
        "ERO Denver removes Honduran national convicted of robbery.",
        "Immigration agents round up day laborers outside a lumber yard.",
        "Border Patrol turns back a group of migrants at the river.",
        "The agency sends back 60 migrants to Guatemala on a charter flight, ICE said.",
    ):
        assert _sentence_strengths("A release", sentence)[sentence] >= 1.0, sentence
    for trap in (
        "The school board removes two books from the library list.",
        "The ranger turns back hikers at the flooded trail.",
    ):
        assert _sentence_strengths("A note", trap)[trap] == 0.0, trap


def test_officers_known_by_the_agency_name_on_their_gear_are_the_agency_at_work() -> None:
    """Witnesses and trackers name the agency by what its officers wear ("men in vests marked ICE", "Border Patrol
    on their jackets"): the agency at work, as its officers named as actors are. A shop selling jackets and ice on a
    jacket are none."""
    for sentence in (
        "A cashier said four men in vests marked ICE waited by the loading dock.",
        "Witnesses described officers with Border Patrol on their jackets at the corner of Pine and 3rd.",
    ):
        assert _sentence_strengths("A log", sentence)[sentence] == 2.0, sentence
    for trap in (
        "The store sells vests marked with reflective tape and jackets for the ice season.",
        "Skaters with ice on their jackets came in from the rink.",
    ):
        assert _sentence_strengths("A log", trap)[trap] == 0.0, trap


def test_a_juvenile_or_pretrial_detention_center_is_a_criminal_one() -> None:
    """ "Detention center" is immigration custody on its own (GUIDELINES §1 facilities), but a county's juvenile or
    pretrial detention centre is a criminal one: a budget story about replacing it read as enforcement at full strength
    (the detention money beside it already left those out)."""
    held = "The migrants were moved to a detention center in Conroe on Friday."
    assert _sentence_strengths("A move", held)[held] == 2.0
    for trap in (
        "The county will replace its aging juvenile detention center on Fifth Street next year.",
        "The pretrial detention facility has too few beds for the women it holds.",
    ):
        assert _sentence_strengths("A budget", trap)[trap] == 0.0, trap
    assert not tag_article(
        "Budget includes money for new youth detention center",
        "The county budget sets aside $40 million for a youth detention center.\n\n"
        "The old building floods every spring and has two classrooms for 50 teenagers.",
    ).is_enforcement


def test_money_sent_home_is_a_remittance_not_a_removal() -> None:
    """Removal in plain words ("sent back", "sent home") is a custody action beside an immigration subject, but money
    sent home by immigrant workers is a remittance: an economics story read as two half-strength enforcement
    paragraphs. People sent back stay a removal."""
    for removal in (
        "Agents sent back 40 Guatemalan migrants on a charter flight on Tuesday.",
        "The migrants were sent home to Honduras after a night in a holding cell, ICE said.",
    ):
        assert _sentence_strengths("A flight", removal)[removal] >= 1.0, removal
    for trap in (
        "Immigrant workers in Texas sent home $3 billion to Honduras last year.",
        "Many migrants send back part of their wages every Friday, the bank said.",
    ):
        assert _sentence_strengths("Remittances", trap)[trap] == 0.0, trap


def test_a_judge_ruling_on_bond_is_custody_before_a_judge() -> None:
    """An immigration judge denying or granting bond rules on custody, as a bond hearing does (GUIDELINES §1 court
    rulings on detention): tag-1.15 read "bond hearing" and "released on bond" only, so "An immigration judge denied
    him bond" read as nothing. A criminal court's bond names no immigration actor or subject and stays none."""
    for ruling in (
        "An immigration judge denied her bond on Friday, her lawyer said.",
        "The detained migrant was granted bond of $7,500 after three months.",
    ):
        assert _sentence_strengths("A hearing", ruling)[ruling] >= 1.0, ruling
    for trap in (
        "A judge denied the robbery suspect bond at his arraignment on Monday.",
        "The court granted bond to the driver charged in the crash.",
    ):
        assert _sentence_strengths("A hearing", trap)[trap] == 0.0, trap


def test_worksite_audit_notices_and_missing_work_authorization_are_worksite_enforcement() -> None:
    """Worksite enforcement (GUIDELINES §1) from a business's side: the agency's audit starts with "notices of
    inspection" served on employers, and the workers it finds are those who "lack work authorization" (tag-1.15 read
    "I-9 audits" and "without legal status" but neither). A health inspector's notice names no immigration actor, and
    asylum seekers waiting for work permits are acted on by no one."""
    for worksite in (
        "ICE served notices of inspection on 40 restaurants in the county last month.",
        "Agents arrested 12 workers who lacked work authorization at the construction site.",
    ):
        assert _sentence_strengths("A site", worksite)[worksite] >= 1.0, worksite
    for trap in (
        "Health inspectors served notices of inspection on 40 restaurants in the county last month.",
        "Asylum seekers who lack work authorization cannot take jobs while their cases are pending.",
    ):
        assert _sentence_strengths("A site", trap)[trap] == 0.0, trap


def test_people_driven_away_are_taken_into_custody() -> None:
    """Witnesses tell an arrest by the vehicle it ends in ("were driven away in an unmarked van", "bused to a
    processing site"): beside an immigration subject a custody action, as "led away" is. Fans driven away by the rain
    and a bus that drove away are none."""
    for taken in (
        "The four migrants were driven away in an unmarked van, a neighbor said.",
        "The undocumented workers were bused away from the plant by noon.",
    ):
        assert _sentence_strengths("A raid", taken)[taken] >= 1.0, taken
    for trap in (
        "The fans were driven away by the rain before the second half.",
        "The school bus drove away from the curb at 7:40 a.m.",
    ):
        assert _sentence_strengths("A raid", trap)[trap] == 0.0, trap


def test_a_holding_cell_is_any_lockup_and_custody_beside_an_immigration_subject() -> None:
    """A holding cell is a police station's or a county jail's as well as the Border Patrol's: custody beside an
    immigration actor or subject (`_ACTION`), not enforcement on its own."""
    jail = _analyse(
        "Inmate found dead in a holding cell",
        "A man arrested for shoplifting was found dead in a holding cell at the Ridgeway police station on Sunday.\n\n"
        "The state police will investigate, the chief said.",
    )
    assert jail.sentences[0].enforcement == 0.0
    assert not tag_article(
        "Inmate found dead in a holding cell",
        "A man arrested for shoplifting was found dead in a holding cell at the Ridgeway police station on Sunday.\n\n"
        "The state police will investigate, the chief said. His family asked for the video.",
    ).is_enforcement
    station = _analyse(
        "Migrants kept for days at a station",
        "Border Patrol agents kept 60 migrants in holding cells at the Yuma station for four days, a lawyer said.",
    )
    assert station.sentences[0].enforcement >= 1.0


def test_a_death_told_after_the_custody_that_held_it_is_a_death_in_custody() -> None:
    """GUIDELINES §1: "deaths or medical neglect in custody", told custody first ("While in ICE custody, he ... died"):
    a death in immigration custody on its own, as "died in ICE custody" is; without the custodian, the agency the story
    names holds it, as "died in custody" does. A relative who died while the person was held, and a man who died
    after his release, died in no custody."""
    own = "While in ICE custody, the Ghanaian tailor lost 30 pounds and died of a stroke in May."
    assert _sentence_strengths("A death", own)[own] == 2.0
    story = (
        "{who} confirmed the death on Friday.\n"
        "While in custody at the Otero facility, he complained of chest pain for days and died on a Sunday.\n"
        "{who} said it had notified his consulate."
    )
    unnamed = "While in custody at the Otero facility, he complained of chest pain for days and died on a Sunday."
    assert _sentence_strengths("A death", story.format(who="ICE"))[unnamed] == 1.0
    for told in (
        "While in Border Patrol custody the boy ran a fever for two days and died at a clinic in Yuma.",
        "While in immigration custody, Mr. Haile, 51, went without his heart medicine and died.",
    ):
        assert _sentence_strengths("A death", told)[told] == 2.0, told
    for trap in (
        "While in ICE custody, he learned that his mother had died in Accra.",
        "While in ICE custody for a year, Ortiz watched as a cellmate died.",
        "He was released from ICE custody in June and died of cancer two years later.",
        "While in federal custody awaiting trial for wire fraud, the broker died of a stroke.",
    ):
        assert _sentence_strengths("A death", trap)[trap] < 2.0, trap


def test_requests_a_jail_declines_point_back_at_the_detainers_named_before() -> None:
    """GUIDELINES §1 cooperation fights: a jail's answer to detainer requests named in the sentence before ("Sheriffs
    in two counties decline those requests") goes on with that sentence, as a custody action beside an immigration
    sentence does. The same answer to a library's or a school's requests is no cooperation fight."""
    detainers = (
        "The bill would make every jail honor detainer requests from federal immigration agents.\n"
        "Sheriffs in two mountain counties now refuse such requests unless a judge signs a warrant.\n"
        "The bill faces a vote in March."
    )
    refuse = "Sheriffs in two mountain counties now refuse such requests unless a judge signs a warrant."
    assert _sentence_strengths("A bill", detainers)[refuse] >= 0.5
    library = (
        "Parents asked the library board to remove 14 books from the teen shelves.\n"
        "Librarians in two branches now refuse such requests unless a committee reviews the book.\n"
        "The board meets in March."
    )
    refuse_books = "Librarians in two branches now refuse such requests unless a committee reviews the book."
    assert _sentence_strengths("A board", library)[refuse_books] == 0.0


def test_a_raid_told_by_its_verb_in_a_story_of_deportations_is_the_immigration_agents() -> None:
    """GUIDELINES §1 raids, told by the verb alone in a piece that never names the agency ("When agents descended on
    the poultry plant ..." in a column on the workers later deported): the agents of that story's enforcement, as
    officers named without their agency are in a story that names it. The same verb in a story of the FBI, of the
    police, or with no immigration enforcement in it is theirs."""
    column = (
        "When agents descended on the poultry plant in Grove Hill last fall, the company lost half its night shift.\n\n"
        "Most of the 90 people arrested that day have since been deported to Guatemala.\n\n"
        "The town should ask what it gained."
    )
    raid = "When agents descended on the poultry plant in Grove Hill last fall, the company lost half its night shift."
    assert _sentence_strengths("Editorial: The plant raid helped no one", column)[raid] >= 1.0
    for trap in (
        column.replace("The town should ask", "The FBI said the owners would be charged. The town should ask"),
        column.replace("since been deported to Guatemala", "since been charged with theft"),
    ):
        assert _sentence_strengths("Editorial: The plant raid helped no one", trap)[raid] < 1.0, trap


def test_presence_without_papers_or_inspection_is_unlawful_presence() -> None:
    """GUIDELINES §1: local copy tells unlawful presence in plain words ("has lived in Reno without papers", "she has no
    papers", "crossed near Del Rio without inspection", "could not legally work in the country"): the subject of a
    custody action beside it, as "in the country illegally" is. Papers a contract is signed without, a horse with no
    papers, an inspection a restaurant opened without, and a minor's working hours are none."""
    for told in (
        "The cook, who has lived in Reno without papers since 2008, was arrested outside his home on Friday.",
        "His wife said she has no papers and was detained at the same stop.",
        "The nine men, who had crossed near Del Rio without inspection, were held at the station overnight.",
        "The review found that the workers could not legally work in the country, and six were arrested.",
    ):
        assert _sentence_strengths("A raid", told)[told] >= 1.0, told
    for trap in (
        "The broker was arrested for selling the building without papers from the county.",
        "The breeder was arrested after selling a horse that had no papers.",
        "The diner opened without inspection and its owner was arrested for fraud.",
        "Under state law a 15-year-old cannot legally work past 7 p.m., and the manager was arrested.",
    ):
        assert _sentence_strengths("A case", trap)[trap] == 0.0, trap


def test_deportation_officers_are_immigration_officers() -> None:
    """Local papers name the agency's officers by their job ("federal deportation officers picked him up", "a
    deportation agent said"): immigration officers named as actors, enforcement on their own as "ICE agents" are. A
    deportation order a judge signs names no officer, and other officers stay bare."""
    told = "Federal deportation officers waited outside the jail and took him to a van."
    assert _sentence_strengths("A release", told)[told] == 2.0
    trap = "Federal officers waited outside the courthouse and took the senator to a van."
    assert _sentence_strengths("A trial", trap)[trap] < 2.0


def test_spanish_loanwords_name_the_custody_action() -> None:
    """Spanish kept in English copy names the custody action too: "la migra se lo llevó" (immigration took him), "las
    redadas" (the raids), "deportado": beside la migra or an immigrant, a custody action as "took him away" is. "Se
    lo llevó" of a grandmother taking a cake home, with no immigration actor, is none."""
    for told in (
        "His daughter wrote one line in the group: 'La migra se lo llevó.'",
        "After the redadas, the undocumented vendors stayed home from the market.",
    ):
        assert _sentence_strengths("A market", told)[told] >= 1.0, told
    trap = "Her grandmother baked the tres leches cake, and 'se lo llevó' home before the party ended."
    assert _sentence_strengths("A party", trap)[trap] == 0.0


def test_detentions_in_the_plural_are_a_custody_action() -> None:
    """The plural "detentions" counts custody actions as "detention" names one: beside immigrants or the agency,
    enforcement. A school's after-class detentions are none."""
    told = "Volunteers have logged 14 detentions of immigrants in Dalton since September."
    assert _sentence_strengths("A tally", told)[told] >= 1.0
    trap = "The middle school handed out 14 detentions to students who skipped class in September."
    assert _sentence_strengths("A tally", trap)[trap] == 0.0


def test_a_removal_told_with_its_object_pronoun_is_a_removal() -> None:
    """A removal in plain words may name the one removed between the verb and "back" ("an order to send him back to
    Cuba", "they flew her home to Guatemala"): beside an immigration subject a custody action, as "sent back" is. A
    nurse sending a feverish pupil home names no immigration subject."""
    told = "The asylum seeker fought an order to send him back to Cuba for five months."
    assert _sentence_strengths("A death", told)[told] >= 1.0
    trap = "The school nurse sent her home with a fever and called her parents."
    assert _sentence_strengths("A school", trap)[trap] == 0.0


def test_a_case_to_stay_in_the_country_names_a_person_facing_removal() -> None:
    """A removal case told by its stake ("a hearing on whether he can stay in the country", "his bid to remain in the
    United States"): the person whose case it is, the subject of a custody action beside it, as "detainees" are. A
    team's bid to stay in the country's top league and a tourist's plans are none."""
    told = "The center holds about 1,500 people waiting for hearings on whether they can stay in the country."
    assert _sentence_strengths("A center", told)[told] >= 1.0
    for trap in (
        "The club was held to a draw in its bid to stay in the country's top league.",
        "The tourists were held up at the airport and will stay in the country for ten days.",
    ):
        assert _sentence_strengths("A match", trap)[trap] == 0.0, trap


def test_processing_for_removal_is_enforcement() -> None:
    """A tracker's line "he is at the federal building, processing for removal": the agency's removal processing,
    enforcement on its own as "removal proceedings" are. A tree processed for removal of its limbs is not a person
    processed for removal."""
    told = "Family of Jorge confirms he is at the federal building downtown, processing for removal."
    assert _sentence_strengths("Log", told)[told] == 2.0
    trap = "The old oak was flagged by the city and is awaiting removal next week."
    assert _sentence_strengths("Log", trap)[trap] == 0.0


def test_an_order_to_leave_the_country_is_a_removal_order() -> None:
    """A removal order in plain words ("has an old order to leave the country", "a final order to leave the United
    States"): enforcement on its own, as "an order of removal" is. A ministry ordering diplomats to leave in the verb,
    and an order to leave the building, are no removal order."""
    for told in (
        "His lawyer says he has an old order to leave the country that was never carried out.",
        "She received a final order to leave the United States in 2015.",
    ):
        assert _sentence_strengths("A check-in", told)[told] == 2.0, told
    for trap in (
        "The ministry ordered two diplomats to leave the country within 72 hours.",
        "Firefighters gave an order to leave the building at 9 p.m.",
    ):
        assert _sentence_strengths("A ministry", trap)[trap] < 2.0, trap


def test_papers_checked_by_officers_are_a_status_check() -> None:
    """GUIDELINES §1 arrests and status checks: officers checking people's papers or asking where they were born
    ("federal agents checked their papers one by one", "agents asked drivers where they were born"): beside the agency
    a custody action. A teacher checking her students' papers names no agency."""
    for told in (
        "The workers were lined up while federal agents checked their papers one by one.",
        "Callers said Border Patrol agents stopped cars and asked drivers where they were born.",
    ):
        assert _sentence_strengths("A sweep", told)[told] >= 1.0, told
    trap = "The teacher checked their papers one by one before the bell rang."
    assert _sentence_strengths("A class", trap)[trap] == 0.0


def test_cooperation_with_deportation_efforts_is_a_sanctuary_fight() -> None:
    """GUIDELINES §1 cooperation fights, said of deportation rather than of the agency ("cities that refuse to cooperate
    with federal deportation efforts"): enforcement as cooperation "with ICE" is, though the sentence is a bill's.
    Cooperation with federal tax auditors is none."""
    told = "A bill would cut state aid to cities that refuse to cooperate with federal deportation efforts."
    assert _sentence_strengths("A council", told)[told] >= 1.0
    trap = "A bill would cut state aid to cities that refuse to cooperate with federal tax auditors."
    assert _sentence_strengths("A council", trap)[trap] == 0.0


def test_a_charge_of_bringing_people_into_the_country_is_a_smuggling_prosecution() -> None:
    """GUIDELINES §1 prosecutions for smuggling, told without the statute's words ("charged with bringing 23 people into
    the country", "pleaded guilty to sneaking six men across the border"): enforcement on its own, as "alien
    smuggling" is. An airline bringing passengers in and a charge of bringing guns across the border are none."""
    for told in (
        "Two Tijuana men were charged Thursday with bringing 23 people into the country in a panga boat.",
        "The driver pleaded guilty to sneaking six men across the border in a water tanker.",
    ):
        assert _sentence_strengths("A case", told)[told] == 2.0, told
    for trap in (
        "The airline said it brought 30,000 passengers into the country over the holiday.",
        "The driver pleaded guilty to bringing six rifles across the border in a water tanker.",
    ):
        assert _sentence_strengths("A case", trap)[trap] < 2.0, trap


def test_an_order_to_send_someone_back_is_a_removal_order() -> None:
    """A removal order told by what it does ("fought an order to send him back to Cuba", "a final order to return her
    to Honduras"): enforcement on its own, as "an order to leave the country" is. A family court's order to send a
    boy back to his mother, and a coach's order to send the team home, are none."""
    for told in (
        "He had been held at the center for five months while he fought an order to send him back to Cuba.",
        "She lost her appeal of a final order to return her to Honduras.",
    ):
        assert _sentence_strengths("A death", told)[told] == 2.0, told
    for trap in (
        "The judge issued an order to send him back to his mother in Madrid under the treaty.",
        "The coach gave an order to send the team home after the loss.",
    ):
        assert _sentence_strengths("A court", trap)[trap] < 2.0, trap


def test_the_lead_of_a_short_story_goes_on_with_its_enforcement_headline() -> None:
    """A two-paragraph brief names its subject once, in the headline, and tells its figures with the agency or a custody
    word alone ("ICE chartered a plane that took 118 Hondurans home", "Eleven people were taken into custody"): read
    sentence by sentence it is nothing, though every sentence is the headline's (tag-1.18 tagged neither story). The
    same lead under a headline that reads as nothing else, and the body of a longer story, keep their own reading."""
    flight = (
        "Removal flight leaves Harlingen for Honduras",
        "HARLINGEN, Texas — ICE chartered a plane that took 118 Hondurans to San Pedro Sula on Friday.\n\n"
        "The flight was the third from the airport this month.",
    )
    stop = (
        "Agents detain 11 migrants in van stop near Deming",
        "DEMING, N.M. — Agents stopped a van on Interstate 10 west of Deming early Sunday.\n\n"
        "Eleven people were taken into custody and the driver was booked into the county jail.",
    )
    for title, text in (flight, stop):
        assert tag_article(title, text).is_enforcement, title
    festival = (
        "Border town's chili festival draws a crowd",
        "NOGALES, Ariz. — The fall chili festival drew 9,000 visitors on Saturday.\n\n"
        "The Border Patrol ran a booth on careers with the agency, and ICE sponsored the water station.",
    )
    futures = (
        "ICE Brent futures slide as supply fears ease",
        "LONDON — ICE said trading volume in Brent futures rose 12% on Friday as prices fell.\n\n"
        "Traders said the exchange's margin change had little effect.",
    )
    for title, text in (festival, futures):
        assert not tag_article(title, text).is_enforcement, title
    long_story = "\n\n".join(
        [flight[1].split("\n\n")[0], "The mayor spoke at the opening.", "Rain is forecast.", "The park reopens Monday."]
    )
    lead = flight[1].split("\n\n")[0]
    assert _sentence_strengths(flight[0], long_story)[lead] == _sentence_strengths("A town", long_story)[lead]


def test_a_transcript_speaker_label_in_capitals_stays_with_its_line() -> None:
    """The White House writes its transcripts with speaker labels in capitals ("MS. HARLOW: Good morning."): read as
    prose, "MS." ended a sentence of its own, a one-word sentence that diluted every share of the briefing and split
    the label from its answer. The label stays on its line's sentence, as "Ms." does in prose."""
    transcript = (
        "MS. HARLOW: Good morning, everyone.\n\n"
        "Q: Border Patrol agents detained 60 men at a bus depot in Laredo on Monday. Will they be deported?\n\n"
        "MS. HARLOW: They will. Every one of them crossed illegally.\n\n"
        "Q: And the trip to Ohio?\n\n"
        "MR. DALE: Later this week."
    )
    texts = [s.text for s in _analyse("Press Briefing by Press Secretary Ana Harlow", transcript).sentences]
    assert "MS." not in texts and "MR." not in texts
    assert {"MS. HARLOW: They will.", "MR. DALE: Later this week."} <= set(texts)


def test_a_list_under_an_enforcement_headline_is_one_block_of_a_short_story() -> None:
    """A tracker's entries come as a list, often under place subheadings ("## Aurora" over "- Two men detained at a
    bus stop"): counted as paragraphs, the items and headings made a two-line story look long, and its entries, which
    name a custody action but no agency, were never read with the headline that names it. A list is one block, a
    heading none. A story with several prose paragraphs stays long, and a list under a headline that reads as nothing
    is still nothing."""
    tracker = (
        "Immigration agents detain nine across Denver suburbs",
        "Volunteers confirmed these detentions on Thursday.\n\n## Aurora\n\n- Two men detained at a bus stop\n\n"
        "- One woman arrested outside a laundromat\n\n## Lakewood\n\n- Four painters detained at a job site\n\n"
        "- Two brothers taken from their car",
    )
    assert tag_article(*tracker).is_enforcement
    sale = (
        "Weekend yard sales across Denver suburbs",
        "Volunteers listed these sales on Thursday.\n\n## Aurora\n\n- Two bikes held for pickup at a bus stop\n\n"
        "- Books outside a laundromat\n\n## Lakewood\n\n- Paint at a job site\n\n- Tools from a car",
    )
    assert not tag_article(*sale).is_enforcement
    long_story = "\n\n".join(
        [
            "Immigration agents detain nine across Denver suburbs",
            "The council met on Thursday.",
            "It approved a park budget.",
            "Rain is forecast for the weekend.",
            "- Two men detained at a bus stop",
        ]
    )
    item = "- Two men detained at a bus stop"
    assert _sentence_strengths("A town", long_story)[item] == _sentence_strengths(tracker[0], long_story)[item]


def test_a_question_without_a_colon_is_a_reporters_question() -> None:
    """The White House's transcripts write a reporter's turn as a bare "Q" before the question ("Q Thank you. Will
    the raids go on?"): read as prose, each answer lost the question that names its subject, as with "Q:". A street
    named Q is no question: its lines stay paragraphs of their own."""
    briefing = _BRIEFING.replace("Q: ", "Q ").format(
        first="Immigration agents detained nine workers at a poultry plant yesterday. Will there be more raids?",
        answer="They will continue. Nobody in the state is above the law.",
        second="A judge has halted the deportation of one of the workers. Will you appeal?",
    )
    assert tag_article("Briefing transcript, Oct. 9", briefing).is_enforcement
    sentences = {s.text: s.paragraph for s in _analyse("Briefing transcript", briefing).sentences}
    assert sentences["PRESS SECRETARY: They will continue."] == sentences["Will there be more raids?"]
    street = "Q Street was closed for the parade.\n\nThe mayor spoke.\n\nQ Street reopens Monday.\n\nThe council met."
    assert len({s.paragraph for s in _analyse("A street", street).sentences}) == 4


def test_a_border_patrol_sector_is_the_agency() -> None:
    """The Border Patrol reports by sector, and copy names the agency by it ("Agents in the Tucson Sector
    apprehended ...", "the Rio Grande Valley Sector's chief patrol agent"), as "ERO Boston" names ICE: without the
    agency's name the agents read as nobody's. A city's business sector is no agency."""
    for sentence in (
        "Agents in the Yuma Sector apprehended 2,340 migrants in March.",
        "The chief patrol agent said agents took 600 people into custody near the river.",
    ):
        assert _sentence_strengths("A sector", sentence)[sentence] >= 1.0, sentence
    trap = "Agents in the Yuma office seized 40 pounds of cocaine and arrested two men."
    assert _sentence_strengths("A sector", trap)[trap] == 0.0


def test_bare_agents_taking_people_in_a_short_story_are_the_immigration_agency() -> None:
    """A local outlet's or a tracker's pick-up brief names no agency in headline or lead: "agents" detain people at a
    car lot or a bus shelter, and the rest is reaction. Police have officers and deputies, not agents, and the FBI's or
    the DEA's agents come with their bureau's name or their drug case: those briefs, and short items that only mention
    ice, the border, a visa or DACA, stay untagged."""
    pickups = [
        (
            "Seven detained at a car lot in Greeley",
            "GREELEY, Colo. — Agents in plain clothes detained seven men at a used-car lot on 8th Avenue on Tuesday, "
            "neighbors said.\n\nThe lot's owner said he had not been told why.",
        ),
        (
            "Bus shelter arrests",
            "Masked agents arrested 12 people waiting at a bus shelter near the flea market in Pasadena on Friday, a "
            "church volunteer said.\n\nA hotline for families has been set up.",
        ),
    ]
    for title, text in pickups:
        assert tag_article(title, text).is_enforcement, title
    traps = [
        (
            "Eight arrested in Tulsa fraud case",
            "TULSA, Okla. — FBI agents arrested eight people accused of a mortgage fraud scheme on Tuesday.\n\n"
            "Their lawyers declined to comment.",
        ),
        (
            "Arrests after mall fight",
            "Officers arrested four teenagers after a fight at the Westgate mall on Saturday, a spokeswoman said.\n\n"
            "The mall reopened an hour later.",
        ),
        (
            "Pill mill raided",
            "Agents arrested five people and seized 20,000 oxycodone pills at a clinic in Dayton on Monday.\n\n"
            "The clinic's doctor surrendered his license.",
        ),
        (
            "Travel agents brace for slow winter",
            "Travel agents in Duluth said bookings fell 15% this fall as ice storms closed the airport twice.\n\n"
            "One agency said it would cut staff.",
        ),
        (
            "Ice hockey: Wolves beat Rockets",
            "The Wolves scored twice in the third period to beat the Rockets 4-2 on the ice in Rockford.\n\n"
            "The Wolves host Texas on Friday.",
        ),
        (
            "DACA renewals resume",
            "USCIS said it would resume processing DACA renewals next week after a court order.\n\n"
            "Recipients with visas pending should check their mail.",
        ),
    ]
    for title, text in traps:
        assert not tag_article(title, text).is_enforcement, title


def test_the_reaction_in_a_short_story_goes_on_with_its_enforcement_lead() -> None:
    """Under an enforcement headline, a two-paragraph brief whose lead reads as enforcement closes on a reaction that
    names neither agency nor action ("The bakery closed for the day"): it is the same story, and the brief is all
    enforcement. Under a headline of another subject, or after a lead that reads as nothing, the reaction keeps its
    own reading."""
    brief = (
        "ICE detains five at Yakima orchard",
        "YAKIMA, Wash. — ICE officers detained five orchard workers at a farm east of Yakima on Thursday.\n\n"
        "A church in Union Gap opened its hall to families.",
    )
    assert tag_article(*brief).is_enforcement
    reaction = "A church in Union Gap opened its hall to families."
    assert _sentence_strengths(*brief)[reaction] == 0.5
    assert _sentence_strengths("Apple harvest begins", brief[1])[reaction] == 0.0
    weather = (
        "ICE storm closes Yakima schools",
        "YAKIMA, Wash. — Freezing rain coated roads across the valley on Thursday.\n\n"
        "The district said classes would resume Monday.",
    )
    assert not tag_article(*weather).is_enforcement
    assert _sentence_strengths(*weather)["The district said classes would resume Monday."] == 0.0
