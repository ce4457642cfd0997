"""The less common count types as news, ICE releases, prosecutors' releases and White House fact sheets write them
(issue #7, round 14; GUIDELINES §2 `deaths_in_custody`, `charged`, `convictions`, `no_criminal_record`, `detainers`,
`assaults_on_officers`). Every sentence is invented from a list of forms written blind from GUIDELINES before it was
run through the code:
- deaths: died / have died / to die in ICE custody, in immigration detention, at a processing center, while held;
  deaths in custody reached N, in-custody deaths, detention deaths (a compound whose head is the deaths), people held
  at a site who died. Traps: drownings and heat deaths crossing, a crash, a fire in a foreign migrant center, agents
  who died, an ordinal ("the 12th person to die": it ranks one death, GUIDELINES §2 takes nothing the text does not
  state).
- prosecutions: charged with illegal reentry, indicted on smuggling charges, pleaded guilty, were sentenced, charges
  filed against N, prosecutions rose to N; a noun the lexicon does not know takes its own plea or sentence ("four
  smugglers pleaded guilty to transporting ..."). Traps: a sentence in months or years, other crimes' charges (drugs,
  assaulting officers, tax evasion, Medicare or wire fraud; visa fraud stays), people a smuggler moved, one
  defendant's counts.
- records: of those arrested N had convictions, N% had criminal records, convicted criminals, criminal aliens,
  "convicted or charged with crimes" (a record with pending charges, not this story's prosecution), a number set
  off after a share ("more than half, or 1,100, had criminal convictions"). Traps: one person's prior convictions, a
  state's convictions.
- no record: had no criminal record / history / convictions, noncriminal immigrants, a bare number "with no
  criminal record" or "without criminal convictions". Traps: one person's clean record.
- detainers: lodged, issued, declined, honored, ignored, refused; a share of requests not honored; a part of the
  requests told by what became of it ("Of the 450 detainers lodged, 300 were declined"); "declined 35% of detainer
  requests" (a refusal, not a decline). Traps: 287(g) agreements, a jail's headcount.
- assaults: assaults against officers rose to N, officers were assaulted N times, attacks on officers climbed to N.
  Traps: rises in percent, assaults with no officer, people charged with assaulting officers."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

DEATH = "deaths_in_custody"
CHARGED = "charged"
RECORD = "convictions"
NO_RECORD = "no_criminal_record"
DETAINER = "detainers"
ASSAULT = "assaults_on_officers"
ARREST = "arrests"
HELD = "detentions"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Deaths in ICE custody reached 23 in fiscal 2025, the highest since 2004.", {(DEATH, 23, "people")}),
        (
            "At least 31 people died in immigration detention during the fiscal year that ended in September.",
            {(DEATH, 31, "people")},
        ),
        ("A total of 17 detainees have died in ICE facilities since January.", {(DEATH, 17, "people")}),
        ("The agency disclosed that 11 people died in its custody last year.", {(DEATH, 11, "people")}),
        ("ICE said four detainees died by suicide at its facilities in 2025.", {(DEATH, 4, "people")}),
        ("Advocates counted 25 deaths in immigration detention this year.", {(DEATH, 25, "people")}),
        (
            "Since Jan. 20, 19 people have died while in ICE custody, according to agency records.",
            {(DEATH, 19, "people")},
        ),
        ("The number of people who have died in ICE custody this fiscal year climbed to 21.", {(DEATH, 21, "people")}),
        ("Two Border Patrol detainees died in Texas last week.", {(DEATH, 2, "people")}),
        ("Three men died at the Krome detention center in Miami over six months.", {(DEATH, 3, "people")}),
        ("Six migrants died in CBP custody in May, the inspector general found.", {(DEATH, 6, "people")}),
        (
            "In-custody deaths rose to 14 in fiscal 2024, up from 4 the year before.",
            {(DEATH, 4, "people"), (DEATH, 14, "people")},
        ),
        ("Eight people have died in ICE detention centers in New Jersey since 2020.", {(DEATH, 8, "people")}),
        ("ICE detention deaths totaled 12 last year.", {(DEATH, 12, "people")}),
        ("Federal prosecutors charged 42 people with illegal reentry after deportation.", {(CHARGED, 42, "people")}),
        ("A grand jury indicted 15 people on human smuggling charges.", {(CHARGED, 15, "people")}),
        ("Twenty-two defendants were charged with illegally reentering the United States.", {(CHARGED, 22, "people")}),
        (
            "The U.S. Attorney's Office filed illegal entry charges against 310 migrants in May.",
            {(CHARGED, 310, "people")},
        ),
        ("Nine men pleaded guilty to illegal reentry in federal court on Tuesday.", {(CHARGED, 9, "people")}),
        (
            "Prosecutors brought immigration charges against more than 1,000 people in the district last month.",
            {(CHARGED, 1000, "people")},
        ),
        ("Eleven people were indicted for harboring undocumented immigrants.", {(CHARGED, 11, "people")}),
        ("Of those arrested, 14 face federal charges of illegal reentry.", {(CHARGED, 14, "people")}),
        (
            "Seven people were sentenced for illegal reentry this week, the U.S. Attorney said.",
            {(CHARGED, 7, "people")},
        ),
        (
            "The Justice Department prosecuted 8,000 people for illegal entry in the first quarter.",
            {(CHARGED, 8000, "people")},
        ),
        ("Four defendants were convicted of conspiracy to smuggle aliens.", {(CHARGED, 4, "people")}),
        (
            "The office charged 26 individuals with immigration offenses during the operation.",
            {(CHARGED, 26, "people")},
        ),
        ("Sixty-three percent of those arrested had criminal convictions, ICE said.", {(RECORD, 63, "percent")}),
        ("ICE said 80% of the detainees had criminal records.", {(RECORD, 80, "percent")}),
        ("Among those arrested were 112 convicted criminals.", {(RECORD, 112, "people")}),
        (
            "Of the people arrested, 58 had been convicted of crimes and 40 had pending charges.",
            {(RECORD, 58, "people")},
        ),
        ("About 70 percent of those detained had no criminal convictions.", {(NO_RECORD, 70, "percent")}),
        (
            "ICE arrested 200 people, 130 of whom had criminal histories.",
            {(ARREST, 200, "people"), (RECORD, 130, "people")},
        ),
        ("Nearly half of them, 48, had convictions for violent crimes.", {(RECORD, 48, "people")}),
        ("More than 40 percent of those arrested had no criminal convictions.", {(NO_RECORD, 40, "percent")}),
        ("ICE data show 65% of detainees have no criminal record.", {(NO_RECORD, 65, "percent")}),
        ("Nineteen of the workers arrested had no criminal history, their lawyers said.", {(NO_RECORD, 19, "people")}),
        ("The agency arrested 300 people without criminal records in June.", {(NO_RECORD, 300, "people")}),
        ("Some 5,000 noncriminal immigrants were arrested in the sweep.", {(NO_RECORD, 5000, "people")}),
        ("ICE lodged 1,500 detainers with the county jail last year.", {(DETAINER, 1500, "requests")}),
        ("The sheriff declined 140 ICE detainer requests since 2019.", {(DETAINER, 140, "requests")}),
        ("The county honored 62 immigration detainers in 2024.", {(DETAINER, 62, "requests")}),
        ("ICE issued 12,000 detainers in the first three months of the year.", {(DETAINER, 12000, "requests")}),
        ("Local jails ignored more than 8,000 detainers, ICE said.", {(DETAINER, 8000, "requests")}),
        ("The jail received 330 detainer requests from ICE in fiscal 2025.", {(DETAINER, 330, "requests")}),
        ("Sanctuary jurisdictions refused to honor 2,000 detainers last year.", {(DETAINER, 2000, "requests")}),
        ("Of the 450 detainers lodged, 300 were declined.", {(DETAINER, 300, "requests"), (DETAINER, 450, "requests")}),
        ("About 35% of detainer requests were not honored.", {(DETAINER, 35, "percent")}),
        (
            "Sheriff's deputies declined nearly 60 percent of the detainers they received in 2022.",
            {(DETAINER, 60, "percent")},
        ),
        ("The jail released 97 inmates despite ICE detainers.", {(DETAINER, 97, "requests")}),
        ("Assaults against ICE officers rose to 79 this year, DHS said.", {(ASSAULT, 79, "incidents")}),
        ("DHS reported 1,000 assaults on immigration officers since January.", {(ASSAULT, 1000, "incidents")}),
        ("There have been 275 assaults against ICE agents this year, officials said.", {(ASSAULT, 275, "incidents")}),
        ("Officers were assaulted 60 times during the operation, the agency said.", {(ASSAULT, 60, "incidents")}),
        ("CBP recorded 500 assaults on Border Patrol agents in fiscal 2024.", {(ASSAULT, 500, "incidents")}),
        ("Attacks on ICE officers have climbed to 830, according to DHS.", {(ASSAULT, 830, "incidents")}),
        ("ICE has reported 9 deaths of people in its custody so far in fiscal 2026.", {(DEATH, 9, "people")}),
        ("At least 5 people in ICE custody have died since the start of the year.", {(DEATH, 5, "people")}),
        ("Two women held at the Adelanto facility died within a week of each other.", {(DEATH, 2, "people")}),
        (
            "According to the agency, 16 detainees have died this year, more than in all of 2024.",
            {(DEATH, 16, "people")},
        ),
        ("Deaths in immigration detention doubled to 30 in the last fiscal year.", {(DEATH, 30, "people")}),
        ("The report examined the deaths of 52 people in ICE custody between 2017 and 2021.", {(DEATH, 52, "people")}),
        (
            "Three people died in ICE custody in Louisiana and two in Georgia.",
            {(DEATH, 2, "people"), (DEATH, 3, "people")},
        ),
        ("Seven of the deaths were suicides, the report found.", {(DEATH, 7, "people")}),
        (
            "The Justice Department announced charges against 27 people accused of smuggling migrants.",
            {(CHARGED, 27, "people")},
        ),
        (
            "In all, 138 defendants were charged with immigration-related crimes in the district in March.",
            {(CHARGED, 138, "people")},
        ),
        ("Thirty-one people were indicted on charges of reentry of a removed alien.", {(CHARGED, 31, "people")}),
        ("Prosecutions for illegal reentry rose to 2,300 in June.", {(CHARGED, 2300, "people")}),
        ("The border district brought 4,800 immigration prosecutions in fiscal 2025.", {(CHARGED, 4800, "people")}),
        ("A federal grand jury returned indictments against 9 people for harboring aliens.", {(CHARGED, 9, "people")}),
        ("Two employers were charged with hiring undocumented workers.", {(CHARGED, 2, "people")}),
        (
            "ICE said 62 of the 104 people arrested were convicted criminals.",
            {(ARREST, 104, "people"), (RECORD, 62, "people")},
        ),
        (
            "The White House said 70% of the illegal aliens arrested by ICE "
            "have criminal convictions or pending charges.",
            {(RECORD, 70, "percent")},
        ),
        ("Only 28 percent of the people ICE detained had been convicted of a crime.", {(RECORD, 28, "percent")}),
        (
            "Among the 150 arrested, 87 had criminal convictions or pending criminal charges.",
            {(ARREST, 150, "people"), (RECORD, 87, "people")},
        ),
        ("Some 4,200 of those in detention had criminal convictions, agency data show.", {(RECORD, 4200, "people")}),
        ("About 72% of people in ICE detention have no criminal conviction.", {(NO_RECORD, 72, "percent")}),
        ("The agency acknowledged that 1,800 of those arrested had no criminal record.", {(NO_RECORD, 1800, "people")}),
        ("Data show 30,000 detainees had neither a conviction nor pending charges.", {(NO_RECORD, 30000, "people")}),
        (
            "Most of the 84 workers detained, 70, had no criminal records.",
            {(HELD, 84, "people"), (NO_RECORD, 70, "people")},
        ),
        ("Fewer than 10% of those arrested had violent convictions, the study found.", {(RECORD, 10, "percent")}),
        ("ICE has issued more than 3,000 detainers to the state's jails this year.", {(DETAINER, 3000, "requests")}),
        ("The county turned down 45 requests from ICE to hold inmates.", {(DETAINER, 45, "requests")}),
        ("Since the ordinance passed, the jail has declined 210 detainers.", {(DETAINER, 210, "requests")}),
        ("ICE placed detainers on 87 inmates at the jail.", {(DETAINER, 87, "requests")}),
        (
            "The department complied with 19 of 22 detainer requests last year.",
            {(DETAINER, 19, "requests"), (DETAINER, 22, "requests")},
        ),
        ("Nationwide, ICE lodged 150,000 detainers in fiscal 2025.", {(DETAINER, 150000, "requests")}),
        ("The state prison system honored every one of its 400 detainers.", {(DETAINER, 400, "requests")}),
        ("The number of declined detainers grew to 12,000, according to ICE.", {(DETAINER, 12000, "requests")}),
        ("The sheriff said the jail has 12 inmates with ICE holds.", {(DETAINER, 12, "requests")}),
        ("DHS said its officers faced 1,150 assaults between January and November.", {(ASSAULT, 1150, "incidents")}),
        ("There were 68 assaults against agents in Portland during the protests.", {(ASSAULT, 68, "incidents")}),
        (
            "ERO Houston arrested 212 criminal aliens during a five-day operation. "
            "Of those arrested, 148 had prior criminal convictions.",
            {(ARREST, 212, "people"), (RECORD, 148, "people")},
        ),
        (
            "ICE officers arrested 84 illegal aliens in the operation. Fifty-one had "
            "criminal convictions and 12 had pending criminal charges.",
            {(ARREST, 84, "people"), (RECORD, 51, "people")},
        ),
        (
            "During fiscal year 2025, ICE lodged 130,000 detainers with state and local jails.",
            {(DETAINER, 130000, "requests")},
        ),
        (
            "ICE reported that 9,400 detainers were declined by sanctuary jurisdictions in fiscal 2025.",
            {(DETAINER, 9400, "requests")},
        ),
        (
            "Since January, jurisdictions in California have refused 1,300 ICE detainers.",
            {(DETAINER, 1300, "requests")},
        ),
        (
            "The U.S. Attorney's Office for the Southern District of Texas charged "
            "275 people with immigration and related crimes this week.",
            {(CHARGED, 275, "people")},
        ),
        (
            "Of those, 180 face charges of illegally reentering the country after deportation.",
            {(CHARGED, 180, "people")},
        ),
        ("Another 60 were charged with illegal entry, a misdemeanor.", {(CHARGED, 60, "people")}),
        (
            "Federal prosecutors have filed criminal immigration charges against 1,900 people since the surge began.",
            {(CHARGED, 1900, "people")},
        ),
        (
            "Three men were sentenced Thursday for their roles in smuggling undocumented immigrants.",
            {(CHARGED, 3, "people")},
        ),
        (
            "ICE has arrested more than 300,000 illegal aliens, 70 percent of "
            "whom have been convicted or charged with crimes.",
            {(ARREST, 300000, "people"), (RECORD, 70, "percent")},
        ),
        (
            "There were 79 assaults on ICE officers in the first half of the year, compared with 10 a year earlier.",
            {(ASSAULT, 10, "incidents"), (ASSAULT, 79, "incidents")},
        ),
        ("Agents faced 830 assaults between Jan. 21 and July 14.", {(ASSAULT, 830, "incidents")}),
        (
            "The agency's own records show 6,500 of the people it held last month had no criminal record.",
            {(NO_RECORD, 6500, "people")},
        ),
        (
            "Nearly half of the 59,000 people in ICE detention, about 28,000, have no criminal convictions.",
            {(HELD, 59000, "people"), (NO_RECORD, 28000, "people")},
        ),
        ("Of the 1,000 detainees, 30% had criminal convictions.", {(RECORD, 30, "percent"), (HELD, 1000, "people")}),
        (
            "ICE's detention population reached 61,000, and 71.5 percent of those held had no criminal conviction.",
            {(HELD, 61000, "people"), (NO_RECORD, 71.5, "percent")},
        ),
        (
            "The family of one of the 32 people who died in ICE custody last year sued the agency.",
            {(DEATH, 32, "people")},
        ),
        (
            "Four smugglers pleaded guilty to transporting undocumented immigrants through Laredo.",
            {(CHARGED, 4, "people")},
        ),
        ("Six recruiters were sentenced for harboring illegal aliens at a farm.", {(CHARGED, 6, "people")}),
        ("Three drivers pled guilty to smuggling migrants in a tractor-trailer.", {(CHARGED, 3, "people")}),
        ("Eight contractors pleaded guilty to hiring unauthorized workers.", {(CHARGED, 8, "people")}),
        ("Three coyotes were indicted on charges of smuggling migrants into Arizona.", {(CHARGED, 3, "people")}),
        (
            "In March alone, 1,450 people were prosecuted for illegal entry in the Tucson sector.",
            {(CHARGED, 1450, "people")},
        ),
        ("Prosecutors have charged 95 people with entering a military zone at the border.", {(CHARGED, 95, "people")}),
        ("Ten people were charged with visa fraud.", {(CHARGED, 10, "people")}),
        ("Jails nationwide declined about 11,000 detainers in fiscal 2019.", {(DETAINER, 11000, "requests")}),
        ("The sheriff stopped honoring detainers after the county rejected 70 requests.", {(DETAINER, 70, "requests")}),
        ("ICE said 2,500 people with detainers had been released by local jails.", {(DETAINER, 2500, "requests")}),
        ("At least 8 immigrants died in ICE custody in the first three months of the year.", {(DEATH, 8, "people")}),
        ("That brings the number of deaths in ICE custody this fiscal year to 15.", {(DEATH, 15, "people")}),
        ("The man was one of 10 people who have died in ICE custody since October.", {(DEATH, 10, "people")}),
        (
            "The agency's officers were assaulted 1,100 times this year, the secretary said.",
            {(ASSAULT, 1100, "incidents")},
        ),
        ("Assaults on CBP officers fell to 600 last year.", {(ASSAULT, 600, "incidents")}),
        (
            "Of the 180 people arrested in the raid, 40 had no criminal history and 95 had prior convictions.",
            {(ARREST, 180, "people"), (NO_RECORD, 40, "people"), (RECORD, 95, "people")},
        ),
        ("About 60% of the people deported last year had criminal convictions.", {(RECORD, 60, "percent")}),
        ("The detainees included 16 who had been convicted of violent crimes.", {(RECORD, 16, "people")}),
        ("- Deaths in ICE custody this year: 21", {(DEATH, 21, "people")}),
        ("- Detainers lodged: 4,300", {(DETAINER, 4300, "requests")}),
        ("- Assaults on officers: 275", {(ASSAULT, 275, "incidents")}),
        ("ICE custody deaths hit 25, a two-decade high.", {(DEATH, 25, "people")}),
        ("The death toll in ICE custody this fiscal year stands at 18.", {(DEATH, 18, "people")}),
        (
            "Twenty-three people died in ICE custody in fiscal 2025, agency "
            "figures show, compared with 12 the year before.",
            {(DEATH, 12, "people"), (DEATH, 23, "people")},
        ),
        ("ICE has confirmed the deaths of 11 detainees since January.", {(DEATH, 11, "people")}),
        ("Eleven people who were in ICE custody have died this year.", {(DEATH, 11, "people")}),
        (
            "A total of 14 men and women have died in immigration detention since the fiscal year began.",
            {(DEATH, 14, "people")},
        ),
        ("Officials confirmed two more deaths at the Otero County Processing Center.", {(DEATH, 2, "people")}),
        ("Assaults on ICE agents numbered 230 in the first six months.", {(ASSAULT, 230, "incidents")}),
        ("There have been 54 vehicular assaults on ICE officers this year.", {(ASSAULT, 54, "incidents")}),
        ("Agents were attacked 14 times during the week-long operation.", {(ASSAULT, 14, "incidents")}),
        ("The prosecutors said 31 defendants have pleaded guilty so far.", {(CHARGED, 31, "people")}),
        ("A total of 67 people were charged in the smuggling investigation.", {(CHARGED, 67, "people")}),
        (
            "In total, 215 people were charged federally with illegal reentry during the surge.",
            {(CHARGED, 215, "people")},
        ),
        (
            "The jail received 800 detainers and honored 610 of them.",
            {(DETAINER, 610, "requests"), (DETAINER, 800, "requests")},
        ),
        (
            "ICE data show 43% of those in detention had no criminal conviction and 29% had only a pending charge.",
            {(NO_RECORD, 43, "percent")},
        ),
        (
            "Under Operation Streamline, a judge sentenced 75 migrants in a single afternoon hearing.",
            {(CHARGED, 75, "people")},
        ),
        ("Forty-two migrants were convicted of illegal entry in a mass hearing in Tucson.", {(CHARGED, 42, "people")}),
        ("The jail placed immigration holds on 58 inmates last year.", {(DETAINER, 58, "requests")}),
        ("ICE filed 200 requests to hold inmates past their release dates.", {(DETAINER, 200, "requests")}),
        ("The company's CEO and 3 managers were charged with harboring illegal aliens.", {(CHARGED, 3, "people")}),
        ("About 12 percent of those arrested had been convicted of violent crimes.", {(RECORD, 12, "percent")}),
        (
            "The 48 people detained at the plant included 30 with no criminal record.",
            {(HELD, 48, "people"), (NO_RECORD, 30, "people")},
        ),
        ("Two men died at the processing center in El Paso.", {(DEATH, 2, "people")}),
        (
            "ICE arrested 48 people, including 30 with no criminal record.",
            {(ARREST, 48, "people"), (NO_RECORD, 30, "people")},
        ),
        (
            "ICE arrested 48 people, 30 of them without criminal convictions.",
            {(ARREST, 48, "people"), (NO_RECORD, 30, "people")},
        ),
        (
            "Of the 2,000 arrested, more than half, or 1,100, had criminal convictions.",
            {(ARREST, 2000, "people"), (RECORD, 1100, "people")},
        ),
        (
            "Of the 500 detained, about a third, or 160, had no criminal record.",
            {(HELD, 500, "people"), (NO_RECORD, 160, "people")},
        ),
    ],
)
def test_a_rare_count_is_read_with_its_type(sentence: str, expected: set) -> None:
    """Each form of a less common count gives that count, typed as GUIDELINES §2 says, and nothing else."""
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve migrants drowned trying to cross the Rio Grande last month.",
        "Fifty-three migrants died in a sweltering tractor-trailer in San Antonio.",
        "Three inmates died at the county jail this year, the sheriff said.",
        "The crash killed seven people, including two children.",
        "He died at the age of 54 after a long illness.",
        "He was sentenced to 46 months in prison for illegal reentry.",
        "Prosecutors charged 12 people with drug trafficking in the county.",
        "Three protesters were charged with assaulting federal officers.",
        "The man was charged with smuggling 14 migrants in a truck.",
        "He faces up to 20 years in prison if convicted.",
        "The smuggler was sentenced to 10 years.",
        "The man had 12 prior convictions, including for burglary.",
        "She had three convictions for drunken driving.",
        "The state recorded 4,000 felony convictions last year.",
        "He had no criminal record, his family said.",
        "The 24-year-old had no criminal history.",
        "The county has 287(g) agreements with 12 agencies.",
        "The jail holds 1,200 inmates.",
        "The city recorded 79 assaults in the downtown district last year.",
        "Assaults on officers rose 1,000 percent, DHS said.",
        "He was the 14th person to die in ICE custody this fiscal year.",
        "His death marks the 20th death in ICE custody since October.",
        "Four Border Patrol agents died in the line of duty last year.",
        "Nearly 900 migrants died crossing the southwest border in fiscal 2022.",
        "The man, 34, pleaded guilty to one count of illegal reentry.",
        "He was indicted on two counts of smuggling.",
        "He was sentenced to 18 months and three years of supervised release.",
        "The ring smuggled more than 200 migrants, prosecutors said.",
        "About three-quarters of those arrested had criminal records.",
        "A majority of those detained had no criminal record, the lawyers said.",
        "Assaults against ICE officers are up 1,000% this year.",
        "Officers have faced 413% more assaults this year, DHS said.",
        "Six officers were injured in attacks, DHS said.",
        "Ten people were charged with assaulting ICE officers outside the facility.",
        "Assaults against ICE officers have increased by more than 1,000 percent.",
        "Fewer than one in 10 of those arrested had violent records, data show.",
        "She became the 12th person to die in ICE custody this year.",
        "The defendant faces a maximum sentence of 20 years in prison.",
        "He was sentenced to 37 months for illegal reentry and will be deported after serving his sentence.",
        "The sheriff's office has 287(g) agreements covering 14 deputies.",
        "Five correctional officers were injured in the jail riot.",
        "Prosecutors said the ring moved more than 1,000 migrants across the border.",
        "The jail releases about 40 inmates a day.",
        "Five landlords pleaded guilty to tax evasion.",
        "Two dealers pleaded guilty to drug trafficking.",
        "Four guards were sentenced for assaulting inmates.",
        "Seven traffickers pleaded guilty to weapons charges.",
        "Two doctors pleaded guilty to Medicare fraud.",
        "DHS reported a 690% increase in assaults against ICE officers.",
        "Seventy migrants were referred for prosecution after the crossing.",
        "Prosecutors declined to charge 30 of the migrants.",
        "About 300 migrants left the processing center on Tuesday.",
        "Officials said 25 people died at the processing plant fire.",
        "Detainer requests to the jail declined 40% last year.",
    ],
)
def test_a_trap_of_a_rare_type_gives_no_count(sentence: str) -> None:
    """A close sentence of no count (a sentence length, one person's record, deaths outside custody, another crime's
    charges, a jail's headcount, a rise in percent) gives none."""
    assert counts(sentence) == set()
