"""The vocabulary of quotes: the reporting verbs, the shapes of a name, a title, a pronoun and a document that
attribute a quotation (after its closing mark, before its opening one, "according to", a clause earlier in the
sentence), and the word lists that tell a person from a title, a body, a place or a thing, with the given names
and cue words that tell a person's gender.

They are kept apart from `quotes.py`, which attributes each quotation by ordered sieves, and `quote_people.py`,
which finds the people of a text, so that a reader of either sees the steps and not hundreds of lines of
patterns; both read them as `lex.NAME`. Each pattern keeps the comment that says which phrasing it catches, in the
order quotes.py had them.

Each idea is written once (the reporting verbs, a body's voices, the courtesy and abbreviated titles, the words of
an organisation and of a news outlet) and the lists that hold part of it are built from it by name, with a comment
saying why they differ; `places.py` reads `VERBS` and `wordset` from here too (this module imports only `re`).
"""

from __future__ import annotations

import re


def wordset(words: str) -> frozenset[str]:
    """The words of a list written as one string, as a set (the word lists here are written so)."""
    return frozenset(words.split())


VERBS = (
    r"said|says|say|told|tells|added|adds|asked|asks|stated|states|wrote|writes|tweeted|explained|explains|"
    r"noted|notes|argued|argues|continued|declared|insisted|insists|recalled|testified|warned|warns|remarked|"
    r"replied|responded|answered|answers|posted|acknowledged|admitted|announced|claimed|commented|complained|conceded|"
    r"contended|cautioned|emphasized|observed|predicted|promised|suggested|urged|vowed|shouted|yelled|"
    r"recounted|remembered|described|countered|concluded|maintained|wondered|lamented|charged|reiterated|"
    r"called|saying|adding|noting|declaring|insisting|calling|warning|arguing|telling|writing|continues|"
    r"shot back|fired back|"
    # Spanish: some agencies publish their releases in both languages
    r"dijo|afirmó|señaló|agregó|añadió|declaró|explicó|indicó|expresó|comentó|aseguró|manifestó"
)
#: Titles that stand right before a person's name ("County Commissioner Sally Heyman"); a school's head is titled so
#: as a sheriff is ("said Principal Ann Lee": the word is the role and no part of the name).
NAME_TITLES = wordset(
    """commissioner sheriff mayor judge director secretary attorney senator governor chief spokesman
    spokeswoman spokesperson councilmember councilman councilwoman superintendent prosecutor officer agent
    president chairman chairwoman representative congressman congresswoman administrator supervisor alderman
    alderwoman alderperson minister ambassador pastor rabbi imam reverend author reporter senators member
    principal headmaster headmistress warden counsel adviser advisor"""
)
#: Titles written in lower case before a name ("ICE director John Sandweg", "immigration attorney Ann Lee"):
#: those, and job words that are a title only so ("reporter Jane Doe").
LOWER_TITLES = "|".join(sorted(NAME_TITLES | wordset("lawyer reporter advocate professor researcher analyst")))
#: Courtesy titles and the gender each tells: no office, and no part of anyone's name ("said Mr. Goodlatte", "Mr
#: Trump" in British style). All but "Miss" are abbreviations, written with the full stop or without it.
COURTESY = {"Dr": None, "Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
#: Titles abbreviated before a name ("Rep. Ann Lee", "the Rev. Ana Ruiz"), and the suffixes after one ("Jr.").
ABBREVIATIONS = (
    ("Rep", "Sen", "Gov")
    + tuple(t for t in COURTESY if t != "Miss")
    + ("Lt", "Gen", "Sgt", "Capt", "Rev", "Jr", "Sr", "Col", "Maj", "Supt", "Det", "Insp", "Ald")
)
ABBREVIATED_TITLE = rf"(?:{'|'.join(ABBREVIATIONS)})\."


def courtesy_forms(*genders: str | None) -> frozenset[str]:
    """The courtesy titles telling one of `genders` (None: none) as a text writes them: "Mr." and "Mr", "Miss"."""
    return frozenset(f for t, g in COURTESY.items() if g in genders for f in (t, f"{t}.") if f != "Miss.")


#: A capital letter, accented ones too ("Ángel", "Óscar", "Élise").
UPPER = "A-ZÀ-ÖØ-Þ"
NAME_TOKEN = rf"(?:U\.S\.|[A-Z]\.[A-Z]\.|{ABBREVIATED_TITLE}|[A-Z]\.|[{UPPER}][\w'’\-]*)"
NAME = rf"{NAME_TOKEN}(?:[ ](?:(?:de|del|la|las|los|van|von|der|den|da|dos|di|bin|al)[ ]){{0,2}}{NAME_TOKEN}){{0,9}}"
#: Who speaks for a body on its record ("an ICE spokeswoman said"), a regex alternation like the lists below.
SPOKESPEOPLE = r"spokesperson|spokesman|spokeswoman"
#: The people, not documents, a body speaks through ("an ICE official", "a spokesman for the agency"); an official
#: unnamed is anonymous (GUIDELINES §2), so quotes.py keeps the two apart.
VOICES = rf"official|{SPOKESPEOPLE}"
#: Words that point back at the last person named: "he", "she", "the 36-year-old".
#: A document or body named by its kind: "the lawsuit said", "the company said" (-> the last organisation).
#: Three of `BODY_KINDS` only: "“...,” the group said." attributes its quotation to nobody.
PROXY_NOUNS = (
    rf"{VOICES}|agency|department|statement|report|memo|memorandum|"
    r"document|directive|guidance|company|lawsuit|complaint|ruling|filing"
)
#: Unnamed people who speak for the agency named before them ("an ICE attorney told", "DHS attorneys argued"):
#: the voices, plural too, and its counsel.
AGENCY_VOICES = rf"officials?|{SPOKESPEOPLE}|attorneys?|lawyers?"
#: A body named by whose it is and a common noun: "the Trump administration", "the Mexican government", "the
#: Colombian foreign ministry".
NAMED_BODY = re.compile(
    r"[Tt]he[ ](?P<body>(?:[A-Z][\w’'-]*[ ]){1,3}(?:[a-z]+[ ])?"
    r"(?:administration|government|ministry|embassy|consulate|military|campaign))"
)
#: Words that make an organisation a news outlet (never the body an unnamed official speaks for).
MEDIA_WORDS = wordset(
    "times post news journal tribune reuters ap cnn msnbc fox abc cbs nbc npr press herald chronicle gazette"
)
#: Words that make a capitalised run an organisation, not a person: a news outlet's too, but not a broadcaster's
#: ("Fox" is a surname too). With the broadcasters added, two corpus quotes change speaker ("CNN Senior Legal
#: Analyst Jeffrey Toobin" -> "Jeffrey Toobin").
ORG_WORDS = wordset(
    """department agency group inc. inc corp. corporation office administration service services university
    institute center centre council committee association union coalition project network alliance
    foundation court police patrol enforcement protection security campaign party republicans democrats
    congress senate house commission bureau ministry government aclu"""
) | (MEDIA_WORDS - wordset("cnn msnbc fox abc cbs nbc npr"))
#: Common nouns for a body, as in "the group’s report": whose document it is. Seven of `ORG_WORDS`, and three it
#: lacks: with them in `ORG_WORDS` one corpus quote changes speaker ("COMPANY McAfee" -> "John McAfee").
_BODY_KIND_LIST = sorted(ORG_WORDS & wordset("agency department group office administration commission council")) + [
    "organization",
    "organisation",
    "company",
]
BODY_KINDS = "|".join(_BODY_KIND_LIST)  # for patterns
BODY_KIND_WORDS = frozenset(_BODY_KIND_LIST)  # for one word ("a department spokeswoman")
DOCUMENT = (
    rf"{NAMED_BODY.pattern}"
    rf"|(?:[Tt]he|[Aa]n?)[ ](?:statement|report|memo|post|letter)[ ]"
    rf"(?:from|by|of|(?:issued|released|published)[ ]by)[ ](?:the[ ])?{NAME}"
    rf"(?:[ ]and[ ]{NAME})?"  # "a statement from U.S. Customs and Border Protection": the whole agency
    rf"|[Aa]n?[ ](?:{VOICES})[ ](?:with|for|from|at)[ ](?:the[ ])?{NAME}"
    rf"(?:[ ]and[ ]{NAME})?(?:[ ]in[ ]{NAME})?"  # "... for the Mexican Consulate in Chicago": the body where it is
    rf"|(?:[Tt]he|[Aa]n?|[Oo]ne)(?:[ ](?:senior|top|unnamed|former|written))?(?:[ ]{NAME}(?:[ ]and[ ]{NAME})?)?"
    rf"[ ](?:{PROXY_NOUNS})"  # "a U.S. Customs and Border Protection spokesperson": the whole agency's voice
    rf"|(?:(?:[Tt]he|[Aa]n?)[ ])?(?:U\.S\.[ ])?[A-Z]{{2,6}}[ ](?:{AGENCY_VOICES})"
    # a body's document, the body named by its kind: "the agency’s statement", "the group’s report"
    rf"|[Tt]he[ ](?:{BODY_KINDS})['’]s[ ](?:statement|report|memo|letter|filing|post|email)"
    # the same with the body's kind as a modifier: "a department statement", "an agency spokeswoman", "the
    # department memo" (an unnamed "department official" is anonymous, as any official)
    rf"|(?:[Tt]he|[Aa]n?)[ ](?:{BODY_KINDS})[ ](?:statement|report|memo|letter|filing|post|email|{VOICES})"
    # an office named with what it is for: "the U.S. Attorney’s Office for the Southern District of Texas"
    rf"|[Tt]he[ ](?:U\.S\.[ ])?(?:[A-Z][\w’'-]*[ ]){{0,3}}Office[ ](?:for|of)[ ](?:the[ ])?[A-Z][\w’'-]*"
    rf"(?:[ ](?:of[ ])?[A-Z][\w’'-]*){{0,4}}"
)
PRONOUN = r"[Hh]e|[Ss]he|[Tt]hey|[Tt]he \d+-year-old(?:[ ](?:man|woman|mother|father))?"
SUBJECT = rf"(?P<subj>{NAME}|{PRONOUN}|{DOCUMENT}|it)(?:[ ]\([^()]{{1,60}}\))?"
#: A party tag set off by commas after a name ("Rep. Ann Lee, R-Utah, whose office ..., said"): part of the name,
#: so an appositive after it still joins the name to its verb and the tag is never taken for the subject.
PARTY_AFTER = r"(?:,[ ][RDI]-[A-Z][A-Za-z.]*(?:[ ][A-Z][a-z]*\.?)?(?=,))?"
#: Adverbs between a subject and its verb ("Waldman partly blamed", "he again denied", "Lee on Monday told").
ADVERBS = (
    r"(?:also|has|have|had|later|previously|then|repeatedly|recently|earlier|once|still|again|long|always|often|never"
    r"|already|now|just|even|first|[a-z]{3,}ly"
    r"|on[ ][A-Z][a-z]+day|last[ ](?:week|month|year)|this[ ](?:week|month)"
    r"|in[ ]an?[ ](?:statement|letter|post|tweet|video|interview|email))"
)

#: Right after the closing mark a report is an attribution too ("," the Chronicle reports, "...").
AFTER_VERBS = rf"{VERBS}|reports|reported"
#: `," said X, role.` right after the closing mark.
#: `," said Ann Lee.` / `," said immigration attorney Ann Lee.` (a description in lower case before the name);
#: the verb in any case (`.” Said Ann Lee.`); "the" only before an abbreviated title (`," said the Rev. Ann Lee`)
#: or an acronym (`," said the ACLU.`).
AFTER_VERB_FIRST = re.compile(
    rf"^[,.!?…]?\s*(?i:{AFTER_VERBS})[ ](?:the[ ](?={ABBREVIATED_TITLE}|[A-Z]{{2,6}}\b))?"
    rf"(?:\d{{1,3}}-year-old[ ])?"  # an age before the description or name: `," said 14-year-old Ana Ruiz.`
    rf"(?P<pre>(?:(?!(?:in|on|at|to|of|by|for|with|from|that|the|a|an|he|she|it)\b)[a-z][\w’'-]*[ ]){{0,4}}?){SUBJECT}"
)
#: `," said her lawyer, Ann Lee.` / `," said the group's director, Ann Lee, who ...`: the verb, a description, then
#: the name set off by a comma.
AFTER_VERB_DESCRIPTION = re.compile(
    rf"^[,.!?…]?\s*(?i:{AFTER_VERBS})[ ](?P<desc>(?:his|her|their|its|the|an?)[ ](?:U\.S\.|[^,.“”\"]){{1,60}}),[ ]"
    rf"(?P<subj>{NAME})(?=[,.]|$)"
)
#: A title in lower case between an agency and a name: "ICE[ director ]John Sandweg".
TITLED_NAME = re.compile(
    rf"(?P<title>(?:[ ](?:acting|deputy|assistant|regional|field|office|press|chief|former))*[ ](?:{LOWER_TITLES}))"
    rf"[ ](?P<name>{NAME})"
)
#: `," X said.` / `," he said.` / `," X, a spokesman, said.` / `," X, 45, of Phoenix, said.` right after the
#: closing mark.
#: A person's body named right after the name: "Jane Doe of the Florida Immigrant Coalition said" ("the" required:
#: "Secretary of Homeland Security Kevin McAleenan said" is a title before the name).
OF_BODY = rf"[ ](?:of|from|with|at)[ ]the[ ]{NAME}(?:[ ](?:of|in)[ ]{NAME})?"
AFTER_SUBJECT_FIRST = re.compile(
    rf"^[,.!?…]?\s*(?P<desc>(?:(?!(?:{AFTER_VERBS}|that|who)\b|and[ ][a-z])[\w.’'-]+[ ]){{0,9}}?){SUBJECT}"
    rf"(?:,[^,“”\"]{{1,160}}(?:,[^,“”\"]{{1,60}}){{0,2}},|{OF_BODY})?[ ](?:{ADVERBS}[ ])*(?:{AFTER_VERBS})\b"
)
#: `," the lead attorney, Howard Cooper, told the Guardian.`: a description, then the name, then the verb, all in
#: the quotation's sentence (`" an agent yelled at Ramirez. In the footage, Ramirez yelled` is the agent's).
AFTER_DESCRIPTION_NAME = re.compile(
    rf"^[,.!?…]?\s*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)[ ](?:U\.S\.|(?![.!?][ ][A-Z])[^,“”\"]){{1,80}},"
    rf"[ ](?P<subj>{NAME}),?[ ](?:{ADVERBS}[ ])*(?:{AFTER_VERBS})\b"
)
#: `," according to an ICE statement.` / `," according to Sen. Ann Lee.`
#: An organisation's name with its joining words ("the Department of Homeland Security", "Customs and Border
#: Protection"): "according to" names bodies more often than people.
ORG_RUN = r"(?:U\.S\.[ ])?[A-Z][\w’'-]*(?:[ ](?:(?:of|and|for)[ ](?:the[ ])?)?(?:U\.S\.|[A-Z][\w’'-]*))*"
ORG_NAME = re.compile(ORG_RUN)
ACCORDING_TO = rf"according[ ]to[ ](?:[a-z]+[ ]){{0,4}}?(?:[a-z]+,[ ])?{SUBJECT}"
AFTER_ACCORDING = re.compile(rf"^[,.!?…]?\s*{ACCORDING_TO}")
#: `," Cristina Parker, of Grassroots Leadership.`: a name and its description, no verb, ending the paragraph.
AFTER_NAME_ONLY = re.compile(
    rf"^[,]?[ ]+(?P<subj>{NAME}),[ ](?P<role>(?:of|with|from|at|an?|the)[ ][^.“”\"\n]{{1,100}})[.]?[ ]*$"
)
#: `" amid ..., CNN reports.`: a news outlet's report named at the end of the quotation's sentence.
OUTLET_REPORTS = re.compile(rf"^[^“”\"\n]{{0,240}}?,[ ](?:the[ ])?(?P<subj>{NAME})[ ](?:reports|reported)[.]")
#: `X said: "` / `X, a spokesman, told reporters, "` / `X of the ACLU of Texas said "` right before the opening mark.
BEFORE = re.compile(
    rf"{SUBJECT}(?:,[^,“”\"]{{1,160}}(?:,[^,“”\"]{{1,60}}){{0,2}},|,|{OF_BODY})?[ ](?:{ADVERBS}[ ])*"
    rf"(?:{VERBS})\b[^.“”\"]{{0,120}}$"
)
#: `"Speechless." — Democrat Antonio Villaraigosa, former mayor`: a dash after the closing mark, a description
#: before the name but no clause (`" — directly contradicting DHS claims` names nobody who said it); or a credit
#: naming what it was and when (`" — tweet Sunday by actor Ann Lee`, `" — statement by ICE`).
AFTER_DASH = re.compile(
    rf"^[,.]?\s*(?:[—–]|[ ]-[ ])\s*(?:[a-z]+[ ](?:[A-Z][a-z]+day[ ])?by[ ])?"
    rf"(?P<desc>(?:(?![a-z]+(?:ing|ed|ly)[ ])[a-z][\w’'-]*[ ]|[A-Z][a-z]+[ ](?=[A-Z])){{0,3}}?){SUBJECT}"
)
#: Verbs whose subject owns a quotation later in the same sentence ("He praised the centres, insisting that
#: they “have the highest standards”"): the reporting verbs and verbs of judging and describing; in `CLAUSE`
#: any past tense too ("Lee shrugged off the result, calling it “...”").
CLAUSE_VERBS = (
    rf"{VERBS}|described|describing|praised|praising|accused|accusing|criticized|criticised|criticizing|"
    r"criticising|blasted|slammed|defended|denounced|demanded|objected|asserted|found|finds|reported|reports|alleges|"
    r"cited|continues|believes|hoped|hopes|pledged|threatened|touted|decried|dismissed|labeled|labelled|"
    r"characterized|branded|expressed|wants|wanted|pointed out|went on to|put it"
)
#: Past tenses that end in neither -ed nor -s ("Homan shrieked", but "Reed wrote", "Biden spoke").
IRREGULAR_PAST = r"wrote|told|said|spoke|gave|made|took|went|sent|put|held|drew|struck|threw|fought|sought|stood|led"
#: `SUBJECT (, appositive,) (adverbs) VERB` anywhere in the sentence before the quotation.
CLAUSE = re.compile(
    rf"(?<![\w’'])(?![A-Z][a-z]+ing\b){SUBJECT}{PARTY_AFTER}"
    rf"(?:,[^,“”\"]{{1,160}},|,?[ ]who|[ ]\([^()]{{1,30}}\))?[ ]"
    rf"(?:(?:{ADVERBS}|on[ ]\w+day|in[ ]a[ ]\w+|on[ ]Twitter)[ ])*(?:{CLAUSE_VERBS}|[a-z]+ed|{IRREGULAR_PAST})\b"
)
#: Titles and roles a reporter uses for someone already named ("the president said", "the Illinois Democrat").
#: What a reporter calls a private person already named ("the mother of two said", "the 45-year-old man"):
#: it points back only to someone introduced with the same word, never to the nearest person.
PERSON_NOUNS = (
    r"woman|man|mother|father|wife|husband|grandmother|grandfather|daughter|son|immigrant|migrant|veteran|"
    r"student|worker|resident|refugee|detainee|teenager|teen"
)
ROLE_NOUNS = (
    r"president|vice president|mayor|senator|governor|judge|secretary|sheriff|congressman|congresswoman|"
    r"lawmaker|Democrat|Republican|chief|director|commissioner|attorney|lawyer|pastor|priest|bishop|"
    r"professor|chairman|chairwoman|speaker|leader|candidate|first lady|minister|ambassador|councilman|"
    r"councilwoman|superintendent|prosecutor|activist|advocate|organizer|founder|owner|manager|teacher|"
    rf"principal|doctor|nurse|officer|agent|general|czar|commander|administrator|{PERSON_NOUNS}"
)
DESCRIBED = (
    rf"(?P<desc>[Tt]he(?:[ ](?!(?:{VERBS})\b)[\w’'-]+){{0,3}}?[ ](?:{ROLE_NOUNS})"
    rf"(?:[ ]of[ ](?:two|three|four|five|six|seven|eight|nine|ten|\d+))?)"
)
AFTER_DESCRIBED = re.compile(
    rf"^[,.!?…]?\s*(?:(?:{VERBS})[ ]{DESCRIBED}\b|{DESCRIBED}[ ](?:(?:also|later|then)[ ])*(?:{VERBS})\b)".replace(
        "(?P<desc>", "(?:", 1
    )
)
#: The subject of the quotation's sentence: its first words (after an opening phrase set off by a comma:
#: "However, in a statement, Waldman partly blamed ...", "At the debate, Mr. Biden didn't seek ...") are a
#: person and a verb, the person maybe set off as an appositive ("Earlier this year, one GOP hopeful, Michael
#: Williams, launched ..."). A partial quotation later in that sentence is theirs (Muzny et al.'s sentence sieve).
SENTENCE_SUBJECT = re.compile(
    rf"^(?:[^,“”\"]{{1,60}},[ ])?(?:[^,“”\"]{{1,60}},[ ])?(?![A-Z][a-z]+ing\b){SUBJECT}{PARTY_AFTER}"
    rf"(?:,[^,“”\"]{{1,160}},|[ ](?:of|from)[ ][A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)?,?[ ]"
    rf"(?:{ADVERBS}[ ])*(?:(?:didn[’']t|did[ ]not|doesn[’']t|does[ ]not|would|will|could|can)[ ][a-z]+"
    rf"|[a-z]+ed|{IRREGULAR_PAST}|{CLAUSE_VERBS})\b"
)
#: `," the asylum seeker said.`: a reporter's lower-case name for someone introduced with that noun ("Ana Ruiz, a
#: Honduran asylum seeker,"), whatever the noun; documents and bodies ("the statement", "the agency") are proxies.
AFTER_NOUN = re.compile(
    rf"^[,.!?…]?\s*(?:(?:{VERBS})[ ]the[ ](?P<np>(?:[a-z][\w-]*[ ]){{0,2}}(?P<noun>[a-z][\w-]+))"
    rf"|the[ ](?P<np2>(?:[a-z][\w-]*[ ]){{0,2}}(?P<noun2>[a-z][\w-]+))[ ](?:also[ ])?(?:{VERBS}))\b"
)
BEFORE_DESCRIBED = re.compile(
    rf"{DESCRIBED}(?:,[^,“”\"]{{1,160}},)?[ ](?:(?:also|later|then)[ ])*(?:{VERBS})\b[^.“”\"]{{0,120}}$"
)
#: `His lawyer, John Smith, said: "` / `A spokesman for Gov. Ann Lee, Tom Banks, said the governor "` / `Their
#: organizer, the Rev. Ana Ruiz of St. Mark's parish, said, "`: a description opening the clause, then the name set
#: off by commas (with the body it is of), then the verb: the name speaks, not a name inside the description.
BEFORE_APPOSITIVE = re.compile(
    rf"(?<![\w’'])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ ](?:(?!(?:{VERBS})\b)[^,“”\"]){{1,80}},[ ]"
    rf"(?:the[ ])?(?P<subj>{NAME})(?:[ ](?:of|from|at|with)[ ][^,“”\"]{{1,60}})?,[ ](?:{ADVERBS}[ ])*(?:{VERBS})\b"
    rf"[^.“”\"]{{0,120}}$"
)
SAID_FIRST = re.compile(rf"(?:^|[.:;]\s)(?:Said|Says|Added|Asked)[ ]{SUBJECT}[^“”\"]{{0,160}}$")
ACCORDING = re.compile(rf"(?:(?<=\s)|^)(?i:a){ACCORDING_TO[1:]}[^.“”\"]{{0,60}}$")
QUOTED_AS = re.compile(rf"quoted[ ]{SUBJECT}[ ]as[ ]saying[^.“”\"]{{0,20}}$")
#: `TRUMP: "` / `Sanchez: "`: a bare name introducing the quotation with a colon.
NAME_COLON = re.compile(rf"^(?:[-—–•*>#]\s*)*{SUBJECT}:$")
#: `Ann Lee, a staff attorney with the ACLU: "` / `Immigration attorney Julia Decker: "`: a name introducing
#: the quotation with a colon, after a few words of description or before an appositive.
DESCRIBED_NAME_COLON = re.compile(
    rf"^(?:[-—–•*>#]\s*)*(?:(?!(?:{VERBS}|that|who|and)\b)[\w’'-]+[ ]){{0,4}}?{SUBJECT}(?:,[^:“”\"]{{1,120}})?:$"
)
QUOTE_PAIR = re.compile(r"“([^“”\"]*)(?:[”\"]|$)|\"([^“”\"]*)(?:[”\"]|$)", re.M)
#: Abbreviations whose full stop ends no sentence: `ABBREVIATIONS`, and four that `NAME` does not read as a title
#: (a name after them starts after the stop): "St." ("St. Louis"), the plurals ("Sens. McCain and Graham") and "Prof.".
_NO_SENTENCE_END = (*ABBREVIATIONS, "St", "Sens", "Reps", "Prof")
#: An end mark that ends a sentence: not the full stop of an initial or an abbreviation ("Sens. McCain", "Rep.
#: Lee", "The U.S. Border Patrol"). Lookbehinds are fixed-width, hence one per length.
END_MARK = (
    r"(?<![A-Z])"
    + "".join(
        rf"(?<!\b(?:{'|'.join(a for a in _NO_SENTENCE_END if len(a) == n)}))"
        for n in sorted({len(a) for a in _NO_SENTENCE_END})
    )
    + r"[.!?]"
)
SENTENCE_END = re.compile(rf"{END_MARK}(?=\s+[A-Z“\"‘]|\s*$)")
#: The quotation's first sentence ("Mr. Smith ..." runs on past "Mr.").
FIRST_SENTENCE = re.compile(rf"^.*?{END_MARK}(?=\s+[A-Z“\"‘]|$)", re.S)

#: Title words stripped from the front of a speaker's name and kept as the role ("Acting ICE Director").
TITLE_WORDS = wordset(
    """u.s. us rep. rep sen. sen gov. gov lt. gen. dr. mr. mrs. ms. president vice mayor judge justice
    secretary
    attorney general chief director commissioner sheriff deputy acting officer agent pope prime minister
    senator representative congressman congresswoman councilmember council member speaker leader chairman
    chairwoman chair former state federal district circuit press spokesman spokeswoman spokesperson
    ice cbp dhs hsi ero doj fbi homeland security border patrol immigration customs enforcement protection
    white house democratic republican gop house senate assistant associate executive field office special
    sgt. capt. officer lawyer attorney professor rev. bishop father sister first lady minority majority whip
    county city police department governor lieutenant democrat republican superintendent inspector alderman
    alderwoman alderperson ald. minister ambassador pastor rabbi imam reverend author reporter senators
    principal headmaster headmistress councilman councilwoman warden counsel adviser advisor"""
)
#: Title words that name a body, not a person's office: "ICE" before one capitalised word is no title.
BODY_WORDS = wordset(
    """u.s. us ice cbp dhs hsi ero doj fbi homeland security border patrol immigration customs enforcement
    protection white house democratic republican gop house senate state federal district circuit county city
    police department office field"""
)
ANONYMOUS_START = re.compile(r"^(?:a|an|the|one|two|some|several|many|other|another|his|her|their)\b", re.I)
PERSON = re.compile(rf"\b{NAME}")
POSSESSIVE = re.compile(r"['’]s?$")
OBJECT_BEFORE = re.compile(
    r"\b(?:with|of|to|by|for|from|about|against|on|at|under|toward|than|among|between|into|including|like|without)"
    r"[ ](?:[\w'’-]+[ ])?$"
)
#: Capitalised words that start sentences or name times, never people.
NOT_NAMES = wordset(
    """The A An In On At But And It This That We I If When While After Before As For From To With He She They
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Twitter Facebook Instagram MORE Since Under Despite During
    Did Does Do Is Are Was Were What Who Why How Where Indeed Yet So Still Also However Then Now Even Meanwhile
    Although Though Instead Earlier Later Yes No Because Once Here There Some Many Most All Both These Those"""
)
#: Words that make a capitalised run a place ("Tucson Sector", "Rio Grande Valley").
PLACE_WORDS = wordset(
    """sector county city valley station street avenue river border state states island bay beach park
    mountain mountains lake road bridge airport base center district region america mexico"""
)


#: Nationalities: a person's name never holds one ("Central American claims"), an organisation's may.
DEMONYMS = wordset(
    """american americans mexican guatemalan honduran salvadoran venezuelan cuban haitian african asian
    european latino latina hispanic canadian"""
)
#: Capitalised words that make a run a thing, not a person ("Fourth Amendment", "Escalada Drive").
THING_WORDS = wordset(
    """amendment act acts drive college school church hospital stories culture convention treaty program
    programme policy law bill clause constitution embassy prize award avenue boulevard highway plan"""
)
#: Common given names by the gender a reporter's pronoun would use (ambiguous names left out).
FEMALE_NAMES = wordset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
    sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon
    laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine
    christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia
    victoria lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa
    ann anne sara madison frances kathryn janice abigail alice judy sophia grace denise amber doris
    marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
    alexandria kamala hillary melania ivanka
    susana ana rosa juana guadalupe carmen lucia sofia isabel elena marisol yolanda leticia veronica
    adriana claudia gabriela alejandra beatriz silvia norma blanca esperanza ruby elaine
    ellen erin fiona gina janet jill joanne jane kate katie kristen kristin leah lynn marcia maxine
    melanie mia molly monica naomi nina paula peggy priscilla rita roberta rose sonia stacey susanne
    sally jeanine kristi kristina tricia alicia angelica cristina patricia shelly stacey abigail mika
    tamara tanya tina valerie vanessa wendy yvonne zoe ilhan rashida ayanna pramila nydia ileana
    dianne kirsten tammy tulsi elise liz betsy condoleezza madeleine janet jeanne lourdes mercedes
    margarita dolores consuelo josefina francisca luz mariana daniela paola fernanda valeria camila
    julia alma irene priya nadia ramona lena corinne lydia miriam"""
)
MALE_NAMES = wordset(
    """james john robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose josé adam nathan henry
    douglas zachary peter kyle ethan walter noah jeremy christian keith roger gerald harold sean carl
    arthur lawrence dylan jesse bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah
    randy roy vincent ralph eugene russell bobby mason philip louis barack mitch chuck bernie ted marco
    rand mike jeff tom tim dick jeh kris jim bill hugo beto greg rick ron chad ken rudy reince steve newt
    carlos luis miguel jorge pedro manuel francisco antonio alejandro fernando ricardo rafael
    javier sergio roberto eduardo raul raúl enrique oscar óscar mario arturo hector héctor salvador cesar
    césar ramon ramón alberto andres andrés guillermo jesus jesús ernesto rodrigo adrian adrián edwin
    thomas tony matt dan dave nick chris joel lou marty neil omar ali ahmed mohammed muhammad
    hakeem jerrold elijah adam bob jared stephen kirk brett lamar marcus derek darren devin ross frankie
    howard reed orrin pat jon kurt lou sam sheldon stanley travis troy warren wesley woody
    victor lorenzo ivan ruben todd curtis leon shane cody lance clarence leonard harvey herbert felix julian
    gustavo armando alfredo julio"""
)
MALE_A_NAMES = wordset(
    """joshua ezra luca nikita mustafa hamza musa isa elisha jonah akiba dana sasha garcia costa mata
    peña pena silva souza acosta ochoa zuniga"""
)
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES
#: Words that tell a person's gender: the courtesy titles by `COURTESY`, in lower case, and these.
FEMALE_CUES = frozenset(t.casefold() for t in courtesy_forms("f")) | wordset(
    """she her woman mother wife sister daughter congresswoman spokeswoman chairwoman businesswoman grandmother
    girl widow actress queen lady madam"""
)
MALE_CUES = frozenset(t.casefold() for t in courtesy_forms("m")) | wordset(
    """he his man father husband brother son congressman spokesman chairman businessman grandfather boy widower
    actor king sir"""
)
#: Surname prefixes a capital follows inside one word ("McAleenan", "DeSantis"): no two words glued together.
SURNAME_PREFIX = r"(?:Mc|Mac|De|Di|Da|La|Le|Du|Van|Von)[A-Z]"
#: A word that glues two names together ("VargasHere"), unless a surname prefix does it ("McAleenan", "DeSantis").
CUT_NAME = re.compile(rf"^(?!{SURNAME_PREFIX}[a-z’'-]+$).*[a-z][A-Z]|^[A-Z]{{4,}}$")


# --- Label lines that name no one: "**Neighbor (video):**", "**Witness:**" over a quotation ---------------------
#: A label over a quotation (an incident tracker's "What Witnesses Reported" lines) that names its speaker by what
#: they saw, not who they are: anonymous (GUIDELINES §2), so no quote. Kin words are not here: "Mother:" under a
#: named family's entry is that family's mother.
UNNAMED_LABEL = re.compile(
    r"(?:(?:an?|the|one|another)[ ])?(?:neighbou?rs?|witness(?:es)?|bystanders?|passers?-?by|onlookers?|residents?|"
    r"observers?|co-?workers?|customers?)(?:[ ]*\([^()]{1,40}\))?",
    re.I,
)


# --- Quotations a colon introduces after a sentence naming what someone said ----------------------------------
#: What someone says or writes, named as a thing: "Ann Lee's message to ICE was simple:", "Her answer was blunt:",
#: "The warning from Sheriff Ann Lee was clear:", "Ann Lee's statement read in part:". The speaker is its owner (a
#: name or a pronoun) or who it came from.
SAYINGS = (
    r"message|response|answer|reply|advice|warning|reaction|explanation|plea|promise|request|demand|verdict|"
    r"statement|letter|post|tweet|note"
)
SAYING_WAS = re.compile(
    rf"(?:(?<![\w’'])(?P<owner>{NAME})['’]s|\b(?P<pron>[Hh]is|[Hh]er)|\b[Tt]he)[ ](?:[a-z][\w-]*[ ]){{0,2}}"
    rf"(?:{SAYINGS})(?:[ ]from[ ](?:the[ ])?(?P<source>{NAME}))?(?:[ ](?:to|for)[ ][^.“”\"]{{1,60}}?)?"
    rf"[ ](?:was|is|were|read|reads)\b[^.“”\"]{{0,40}}$"
)
#: Someone reading out what they wrote: "Sheriff Ann Lee read a statement to reporters:", "She read from a
#: prepared letter:" ("read" is no past tense the reporting patterns know: it is also the present).
READ_OUT = re.compile(
    rf"(?<![\w’'])(?P<subj>{NAME}|[Hh]e|[Ss]he)[ ](?:{ADVERBS}[ ])*read[ ](?:from[ ])?(?:a|an|his|her|the)[ ]"
    rf"(?:[a-z][\w-]*[ ]){{0,2}}(?:statement|letter|message|post|note|remarks)\b[^.“”\"]{{0,80}}$"
)


# --- A person named after a place or body and a description in lower case --------------------------------------
#: `," said Minneapolis resident Ana Ruiz.`, `," said St. Paul police spokesman Tom Lee.`: the words in lower case
#: between the place (or body) and the name are her description; none of them a word that ends the attribution
#: ("said Minneapolis on Tuesday"), and the name no day or month ("said Texas officials Monday").
DESCRIBED_AFTER_PLACE = re.compile(
    r"(?P<desc>(?:[ ](?!(?:in|on|at|to|of|by|for|with|from|that|the|a|an|and|or|but|who|which|as|after|before|"
    r"during|outside|near|since|when|while)\b)[a-z][\w’'-]*){1,3})"
    r"[ ](?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    rf"July|August|September|October|November|December)\b)(?P<name>{NAME})"
)


# --- A body the story named, called after the quotation by its short name in lower case ------------------------
#: `," the sheriff's office said.` after "the Hennepin County Sheriff's Office", `," the county attorney's office
#: said.`: an owner with a possessive and the kind of body, the tail of a name the story gave.
AFTER_OWNED_BODY = re.compile(
    rf"^[,.!?…]?\s*the[ ](?P<np>(?:[a-z][\w-]*[ ]){{0,2}}[a-z][\w-]*['’]s[ ][a-z]+)[ ](?:also[ ])?(?:{VERBS})\b"
)


# --- A private person's description written capitalised before the name -----------------------------------------
#: "Witness Abdi Hassan said:", "Volunteer Ana Ruiz has driven ...": the word opening the sentence describes the
#: person and is no part of their name (titles of office are `TITLE_WORDS`).
NAME_DESCRIPTIONS = wordset(
    """witness eyewitness volunteer observer neighbor neighbour resident organizer organiser activist advocate
    teacher student nurse tenant parent protester responder bystander"""
)


# --- A relative named by a given name alone -----------------------------------------------------------------------
#: The family words a reporter sets before a relative's given name ("his wife, Maria,", "said her son, Luis"): the
#: relative shares the family name of the person "his"/"her" points to.
KIN = (
    r"wife|husband|son|daughter|brother|sister|mother|father|stepson|stepdaughter|grandson|granddaughter|"
    r"grandmother|grandfather|nephew|niece|cousin|uncle|aunt"
)
KIN_GIVEN_NAME = re.compile(rf"\b(?P<owner>[Hh]is|[Hh]er)[ ](?:(?:\d+-year-old|older|younger|eldest)[ ])?(?:{KIN}),[ ]")


# --- A tracker entry's witness named after "Per" ------------------------------------------------------------------
#: `Per the reporting volunteer, Ann Lee: “...”`, `Per witness Ann Lee: “...”`: the person the entry credits with the
#: words, named after a description in lower case and introducing them with a colon.
PER_NAME_COLON = re.compile(
    rf"^(?:[-—–•*>]\s*)*[Pp]er[ ](?:(?:the|a|an|our)[ ])?(?:[a-z][\w’'-]*[ ]?){{0,3}},?[ ]?{SUBJECT}:$"
)


# --- A subject's statement introducing the quotation ----------------------------------------------------------
#: `The Department of Homeland Security defended the operation in a statement: “...”`: the subject of any verb in
#: the past whose statement the clause names, right before the quotation.
IN_A_STATEMENT = re.compile(
    rf"(?:^|[.!?][ ])(?:The[ ])?(?P<subj>{ORG_RUN})[ ][a-z]+ed\b[^.“”\"]{{0,80}}[ ]in[ ]an?[ ]"
    rf"(?:(?:written|emailed|brief|short)[ ])?statement[:,]$"
)


# --- A place name abbreviated inside a role -----------------------------------------------------------------------
#: "St. Paul Field Office Director", "the Ft. Worth police chief": the full stop of a place's abbreviation ends
#: neither the role nor the clause it sits in (all two letters: a fixed-width lookbehind reads them).
PLACE_ABBREVIATIONS = ("St", "Ft", "Mt")
PLACE_ABBREVIATION_STOP = rf"(?<=\b(?:{'|'.join(PLACE_ABBREVIATIONS)}))\."
PLACE_ABBREVIATION_BEFORE = re.compile(rf"\b(?:{'|'.join(PLACE_ABBREVIATIONS)})\.[ ]$")


# --- A long office before a person's name ---------------------------------------------------------------------------
#: Words that open an office's title besides `TITLE_WORDS`: "United States Attorney for ...", "Special Agent in
#: Charge of ...", "First Assistant U.S. Attorney for ...".
OFFICE_OPENING_WORDS = wordset("united states in charge first")
#: Words that qualify the body or district an office is of ("the Northern District of Georgia"): never a name's.
DISTRICT_QUALIFIERS = wordset("northern southern eastern western middle central")
#: The word closing an office written with "in" ("Special Agent in Charge Ann Lee"): `NAME` starts at it, so it is cut
#: from the front of the name with the titles.
OFFICE_CLOSING_WORDS = wordset("charge")


# --- A local government speaking as a body --------------------------------------------------------------------------
#: A county or city named as the government that speaks ("Hennepin County said in a statement", "the City of St.
#: Paul said"): a body, though its name is a place's (a place alone, "Minneapolis said", is no speaker).
LOCAL_GOVERNMENT = re.compile(r"(?:[A-Z][\w’'.-]*[ ]){1,3}County|(?:[Tt]he[ ])?(?:City|County|Town)[ ]of[ ].+")


# --- A quotation told to someone, its teller named after "by" ------------------------------------------------------
#: `," the council was told by Mayor Ann Lee.`, `," reporters were told by an ICE spokesman.`: the listener is the
#: passive's subject, the speaker the one after "by" (read as after "said").
TOLD_BY = re.compile(
    r"^[,.!?…]?\s*(?:[\w’'-]+[ ]){1,4}(?:was|were|is|are|(?:had|has|have)[ ]been)[ ]"
    r"(?:told|informed|warned|assured|reminded)[ ]by[ ]"
)


# --- A board's or committee's chair ---------------------------------------------------------------------------------
#: "Hennepin County Board Chair Ann Lee", "Committee Chair Tom Banks": a title right before a name, as "Chairwoman" is.
CHAIR_TITLES = wordset("chair co-chair vice-chair")


# --- A person described by how they spoke, then a colon ---------------------------------------------------------
#: `The owner, Ana Ruiz, was blunt: “...”`, `Ana Ruiz was more direct:`, `She was emphatic on the point:`: a clause
#: that names a person (maybe after a description set off by commas) and says only how they spoke, with no
#: reporting verb, introducing the quotation with a colon. The subject must be a person's name or a pronoun:
#: `The sign on the door was clear:` names nobody.
SPOKE_SO_COLON = re.compile(
    rf"^(?:(?P<desc>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ ](?:(?!(?:{VERBS})\b)[^,“”\"]){{1,80}}),[ ])?"
    rf"(?P<subj>{NAME}|[Hh]e|[Ss]he)(?(desc),)[ ](?:was|is|were|are|remained|sounded)[ ]"
    r"(?:(?:more|less|very|equally|just|as|also|even|far|still)[ ])?"
    # how they spoke, not what befell them ("She was arrested in March:"): no past participle but a manner's
    r"(?!(?!(?:pointed|measured|animated|heated|reserved|guarded|impassioned)\b)[a-z]+ed\b)[a-z][\w-]+"
    r"(?:[ ](?:about|on|in|with|than)[ ][^,:“”\"]{1,60})?:$"
)


# --- A body named by its kind and the place it serves ---------------------------------------------------------------
#: Words that head a body's name before "of" and the place it governs or serves ("the City of Fairhaven", "the
#: Archdiocese of Miami", "the County of Los Angeles"): the whole run is the body, never the place alone.
BODY_OF_PLACE_HEADS = wordset("city county town village borough township archdiocese diocese")
#: Nouns that end a body's name without "of" and are not in `ORG_WORDS` ("the Riverbend Unified School District",
#: "the Archdiocese"): with "the" before them, a body, not a description of a person ("the Illinois Democrat").
BODY_END_NOUNS = wordset("district archdiocese diocese")


# --- The parts of a body an office is of ----------------------------------------------------------------------------
#: Nouns naming a part of a body ("the Criminal Division", "the Civil Rights Section", "the El Paso Sector"): after
#: an office and its "of", they close the body's name, so the words after them are the person's ("... of the
#: Criminal Division Ann Lee").
BODY_PART_WORDS = wordset("division section unit branch sector")


# --- A news outlet's report quoted right after its verb ---------------------------------------------------------
#: `The Boston Globe reports that, “...”`, `As the Tribune reported, “...”`: the quotation is the outlet's own text,
#: quoted right after "reports (that)" (quotes.py keeps it only when the subject is an outlet); a quotation after more
#: of a clause ("The Globe reported that Ann Lee called it “...”") is not the outlet's.
OUTLET_REPORTS_BEFORE = re.compile(
    rf"(?:^|[.!?][ ]|,[ ])(?:[Aa]s[ ])?(?P<subj>(?:[Tt]he[ ])?{NAME})[ ](?:reports|reported)(?:[ ]that)?$"
)


# --- A person named after a long office, introducing the quotation with a colon ------------------------------------
#: `Special Agent in Charge of HSI Newark Ann Lee: "`, `U.S. Attorney for the District of Idaho Ann Lee: "`: a run
#: of capitalised words joined by "in", "of" or "for" up to the colon; quotes.py keeps it only when an office heads
#: it (`quote_people.office_tail`), so "Timeline of Events:" names no one.
OFFICE_NAME_COLON = re.compile(rf"^(?:[-—–•*>]\s*)*(?P<subj>{NAME}(?:[ ](?:in|of|for)[ ](?:the[ ])?{NAME})+):$")


# --- A report told with a helper verb before the quotation ----------------------------------------------------------
#: `Ann Lee had to add: “...”`, `Ann Lee went on to say, “...”`, `Mayor Ann Lee would later tell reporters: “...”`: the
#: subject of a reporting verb in its base form after a helper (`BEFORE` reads the verbs' own forms only).
HELPED_REPORT = re.compile(
    rf"{SUBJECT}(?:,[^,“”\"]{{1,160}},)?[ ](?:{ADVERBS}[ ])*"
    r"(?:(?:had|has|went[ ]on|wanted|was[ ]quick|were[ ]quick|hastened|paused)[ ]to|would|could)[ ]"
    r"(?:later[ ]|also[ ]|only[ ])?(?:say|add|tell|write|note|explain|insist|warn|stress|recall)\b[^.“”\"]{0,120}$"
)


# --- An attribution after the quotation opened by "as" ---------------------------------------------------------------
#: `," as the sheriff told reporters.`, `," as The Daily Ledger reported.`, `," as Sheriff Ann Lee put it.`: a
#: comparative "as" before the subject and its reporting verb; read without it, as `," the sheriff told ...`. Only a
#: subject that is a name, a title's "the", or a pronoun, and a verb within a few words: `," as he walked out` and
#: `," as the law requires` have no reporting verb and name no one.
AS_ATTRIBUTION = re.compile(
    rf"^(?P<lead>[,.!?…]?\s*)as[ ](?=(?:[Tt]he[ ]|[A-Z]|he[ ]|she[ ]|they[ ])"
    rf"(?:[\w.’'-]+[ ]){{0,6}}?(?:{ADVERBS}[ ])*(?:{AFTER_VERBS}|put[ ]it)\b)"
)
#: `as Ann Lee put it`: the idiom read as her saying it.
PUT_IT = re.compile(r"^(?P<subject>[,.!?…]?\s*(?:[\w.’'-]+[ ]){1,6}?)put[ ]it\b")


# --- A news outlet named by a word of its masthead ------------------------------------------------------------------
#: Masthead words that, capitalised, make a name a news outlet's ("The Lakeland Courier reports that, “...”", "the
#: Christian Science Monitor", "Politico"), beside `MEDIA_WORDS`. Read only where an outlet may report a quotation
#: (`quotes._is_outlet`), not in `ORG_WORDS`: in lower case several are a person's role ("a court monitor").
OUTLET_MASTHEAD_WORDS = wordset(
    """globe monitor sentinel courier inquirer dispatch examiner ledger bulletin telegraph guardian bee politico
    axios vox propublica univision telemundo"""
)


# --- Place words that are common surnames ----------------------------------------------------------------------------
#: Of `PLACE_WORDS`, those that are also a common surname ("Dr. Helen Park", "Ricki Lake", "Michael Bay"): the last
#: word of a run whose first is a given name names a person, not a park or a lake ("Lake Mary", "Grand Park" do not).
SURNAME_PLACE_WORDS = wordset("park lake bay beach")
