"""The newer detection rules and sieves: headline labels, linear reports, dashes, colons,
adjacent names, relative antecedents and repaired quotations.

Every sentence is invented for these tests and annotated by hand in the style of UD v2
English EWT with :mod:`conllu_builder`, so no Stanza model runs. Where a rule exists to
cope with a parser's mistake (a speech verb left without its complement, a cue left
without its subject), the tree makes that mistake on purpose, as the comment above it
says. A row the engine gets wrong today is kept and marked ``xfail(strict=True)`` with
the cause.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from conllu_builder import Row, document, rows

from quoteattr import Attributor, DocumentResult, Quote
from quoteattr.attribution import AdjacentName
from quoteattr.detect import DEFAULT_RULES
from quoteattr.detect.base import in_headline
from quoteattr.document import build_view

# ------------------------------------------------------------------------------ helpers


def _one(*sentences: list[Row]) -> list[list[list[Row]]]:
    """A document of one paragraph."""
    return [list(sentences)]


def xfail(reason: str) -> Any:
    """A strict xfail mark: the row is right, the engine is not (yet)."""
    return pytest.mark.xfail(reason=reason, strict=True)


@attrs.frozen
class Got:
    """What a row asserts about one quote: rule, content, cue, speaker, mention and sieve."""

    rule: str
    text: str
    cue: str | None
    speaker: str | None
    mention: str | None
    sieve: str | None


def got(quote: Quote) -> Got:
    """The :class:`Got` of a quote as the engine produced it."""
    sp = quote.speaker
    return Got(
        rule=quote.rule,
        text=quote.text,
        cue=None if quote.cue is None else quote.cue.text,
        speaker=None if sp is None else sp.name,
        mention=None if sp is None or sp.mention is None else sp.mention.text,
        sieve=quote.sieve,
    )


def only_quote(result: DocumentResult) -> Quote:
    """The one quote of ``result``."""
    assert len(result.quotes) == 1, [q.text for q in result.quotes]
    return result.quotes[0]


def rules_of(result: DocumentResult) -> list[str]:
    """The detection rule of every quote of ``result``, in text order."""
    return [q.rule for q in result.quotes]


@pytest.fixture(scope="module")
def attributor() -> Attributor:
    """The default attributor, shared: it is stateless for Documents."""
    return Attributor()


@pytest.fixture(scope="module")
def adjacent_only() -> Attributor:
    """An attributor whose only speaker sieve is ``adjacent-name``."""
    return Attributor(sieves=(AdjacentName(),))


@pytest.fixture(scope="module")
def no_headline_rule() -> Attributor:
    """An attributor without the ``headline-label`` detection rule."""
    return Attributor(rules=tuple(r for r in DEFAULT_RULES if r.name != "headline-label"))


# ------------------------------------------------------------------- rule headline-label

# Haldane: Harbour needs new cranes
HEADLINE = rows("""
1  Haldane  Haldane  PROPN  NNP  0  root       nospace ner=S-PERSON
2  :        :        PUNCT  :    4  punct
3  Harbour  harbour  NOUN   NN   4  nsubj
4  needs    need     VERB   VBZ  1  parataxis
5  new      new      ADJ    JJ   6  amod
6  cranes   crane    NOUN   NNS  4  obj
""")

# Mayor Ortiz: Pier repairs will start in May
HEADLINE_TITLED = rows("""
1  Mayor    Mayor    PROPN  NNP  2  compound
2  Ortiz    Ortiz    PROPN  NNP  0  root       nospace ner=S-PERSON
3  :        :        PUNCT  :    7  punct
4  Pier     pier     NOUN   NN   5  compound
5  repairs  repair   NOUN   NNS  7  nsubj
6  will     will     AUX    MD   7  aux
7  start    start    VERB   VB   2  parataxis
8  in       in       ADP    IN   9  case
9  May      May      PROPN  NNP  7  obl        ner=S-DATE
""")

# Haldane: Harbour needs new cranes. The board meets on Friday.
HEADLINE_THEN_SENTENCE = rows("""
1  The      the      DET    DT   2  det
2  board    board    NOUN   NN   3  nsubj
3  meets    meet     VERB   VBZ  0  root
4  on       on       ADP    IN   5  case
5  Friday   Friday   PROPN  NNP  3  obl        nospace ner=S-DATE
6  .        .        PUNCT  .    3  punct
""")
HEADLINE_WITH_STOP = rows("""
1  Haldane  Haldane  PROPN  NNP  0  root       nospace ner=S-PERSON
2  :        :        PUNCT  :    4  punct
3  Harbour  harbour  NOUN   NN   4  nsubj
4  needs    need     VERB   VBZ  1  parataxis
5  new      new      ADJ    JJ   6  amod
6  cranes   crane    NOUN   NNS  4  obj        nospace
7  .        .        PUNCT  .    1  punct
""")

# Residents: Harbour needs new cranes
HEADLINE_NOUN_LABEL = rows("""
1  Residents resident NOUN  NNS  0  root       nospace
2  :        :        PUNCT  :    4  punct
3  Harbour  harbour  NOUN   NN   4  nsubj
4  needs    need     VERB   VBZ  1  parataxis
5  new      new      ADJ    JJ   6  amod
6  cranes   crane    NOUN   NNS  4  obj
""")

# NOTE: Harbour offices close at noon
HEADLINE_NOTE = rows("""
1  NOTE     note     PROPN  NNP  0  root       nospace
2  :        :        PUNCT  :    5  punct
3  Harbour  harbour  NOUN   NN   4  compound
4  offices  office   NOUN   NNS  5  nsubj
5  close    close    VERB   VBP  1  parataxis
6  at       at       ADP    IN   7  case
7  noon     noon     NOUN   NN   5  obl
""")

# Update: Harbour offices close at noon
HEADLINE_UPDATE = [
    ("Update", "update", *row[2:]) if row[0] == "NOTE" else row for row in HEADLINE_NOTE
]

# Haldane: No comment
HEADLINE_SHORT = rows("""
1  Haldane  Haldane  PROPN  NNP  0  root       nospace ner=S-PERSON
2  :        :        PUNCT  :    4  punct
3  No       no       DET    DT   4  det
4  comment  comment  NOUN   NN   1  parataxis
""")

# Harbour: Jo Bloggs, Kim Lee, Pat Smith, Lee Chan   (a list of names under a heading)
HEADLINE_LIST = rows("""
1  Harbour  Harbour  PROPN  NNP  0  root       nospace
2  :        :        PUNCT  :    4  punct
3  Jo       Jo       PROPN  NNP  4  compound
4  Bloggs   Bloggs   PROPN  NNP  1  appos      nospace
5  ,        ,        PUNCT  ,    7  punct
6  Kim      Kim      PROPN  NNP  7  compound
7  Lee      Lee      PROPN  NNP  4  conj       nospace
8  ,        ,        PUNCT  ,    10 punct
9  Pat      Pat      PROPN  NNP  10 compound
10 Smith    Smith    PROPN  NNP  4  conj       nospace
11 ,        ,        PUNCT  ,    13 punct
12 Lee      Lee      PROPN  NNP  13 compound
13 Chan     Chan     PROPN  NNP  4  conj
""")

# Rush Haldane: Harbour Needs New Cranes
# Lost in title case, the parser tagged "Rush" as a verb and made it the root.
HEADLINE_LABEL_MISTAGGED = rows("""
1  Rush     rush     VERB   VB   0  root       ner=B-PERSON
2  Haldane  Haldane  PROPN  NNP  1  obj        nospace ner=E-PERSON
3  :        :        PUNCT  :    2  punct
4  Harbour  Harbour  PROPN  NNP  5  nsubj
5  Needs    need     VERB   VBZ  2  dep
6  New      new      ADJ    JJ   7  amod
7  Cranes   crane    NOUN   NNS  5  obj
""")

# Big Win For Haldane: Harbour Gets New Cranes
HEADLINE_LABEL_PHRASE = rows("""
1  Big      big      ADJ    JJ   2  amod
2  Win      win      NOUN   NN   0  root
3  For      for      ADP    IN   4  case
4  Haldane  Haldane  PROPN  NNP  2  nmod       nospace ner=S-PERSON
5  :        :        PUNCT  :    2  punct
6  Harbour  Harbour  PROPN  NNP  7  nsubj
7  Gets     get      VERB   VBZ  2  parataxis
8  New      new      ADJ    JJ   9  amod
9  Cranes   crane    NOUN   NNS  7  obj
""")

# Paid Notice: Deaths HALDANE, JO
HEADLINE_PAID_NOTICE = rows("""
1  Paid     pay      VERB   VBN  2  amod
2  Notice   Notice   PROPN  NNP  0  root       nospace
3  :        :        PUNCT  :    4  punct
4  Deaths   death    NOUN   NNS  2  appos
5  HALDANE  Haldane  PROPN  NNP  4  appos      nospace
6  ,        ,        PUNCT  ,    7  punct
7  JO       Jo       PROPN  NNP  5  appos
""")

HEADLINE_ROWS = [
    pytest.param(
        _one(HEADLINE),
        Got(
            "headline-label",
            "Harbour needs new cranes",
            ":",
            "Haldane",
            "Haldane",
            "transcript-label",
        ),
        id="one-word-label",
    ),
    pytest.param(
        _one(HEADLINE_TITLED),
        Got(
            "headline-label",
            "Pier repairs will start in May",
            ":",
            "Ortiz",
            "Mayor Ortiz",
            "transcript-label",
        ),
        id="title-and-name-label",
    ),
    pytest.param(
        _one(HEADLINE_WITH_STOP),
        Got(
            "headline-label",
            "Harbour needs new cranes",
            ":",
            "Haldane",
            "Haldane",
            "transcript-label",
        ),
        id="final-full-stop-left-out",
    ),
    pytest.param(
        _one(HEADLINE_LABEL_MISTAGGED),
        Got(
            "headline-label",
            "Harbour Needs New Cranes",
            ":",
            "Rush Haldane",
            "Rush Haldane",
            "transcript-label",
        ),
        id="name-label-the-tagger-got-wrong",
    ),
]

NOT_HEADLINE_ROWS = [
    pytest.param(_one(HEADLINE_WITH_STOP, HEADLINE_THEN_SENTENCE), id="two-sentence-paragraph"),
    pytest.param(_one(HEADLINE_NOUN_LABEL), id="label-is-a-common-noun"),
    pytest.param(_one(HEADLINE_NOTE), id="NOTE-label"),
    pytest.param(_one(HEADLINE_UPDATE), id="Update-label"),
    pytest.param(_one(HEADLINE_SHORT), id="fewer-than-three-words"),
    pytest.param(_one(HEADLINE_LIST), id="a-list-of-names-under-a-heading"),
    pytest.param(_one(HEADLINE_LABEL_PHRASE), id="capitalised-phrase-with-a-preposition"),
    pytest.param(_one(HEADLINE_PAID_NOTICE), id="Paid-Notice-label"),
]


class TestHeadlineLabel:
    """Rule ``headline-label``: ``Name: words`` as a paragraph of one sentence."""

    @pytest.mark.parametrize(("paragraphs", "expected"), HEADLINE_ROWS)
    def test_label_speaks(self, attributor: Attributor, paragraphs: Any, expected: Got) -> None:
        """The words after the colon are one quote, spoken by the label, with the colon as cue."""
        assert got(only_quote(attributor.attribute(document(paragraphs)))) == expected

    def test_kind_is_indirect(self, attributor: Attributor) -> None:
        """A headline's words are not in quotation marks, so the quote is indirect."""
        assert only_quote(attributor.attribute(document(_one(HEADLINE)))).kind == "indirect"

    @pytest.mark.parametrize("paragraphs", NOT_HEADLINE_ROWS)
    def test_not_a_headline(self, attributor: Attributor, paragraphs: Any) -> None:
        """The paragraph gives no quote at all."""
        assert rules_of(attributor.attribute(document(paragraphs))) == []


# ----------------------------------------------------- quoted words inside a headline

# Mayor Calls Pier Plan ‘A Disgrace’
# The parser, lost in title case, tagged "Calls" as a plural noun: no verb above.
HEADLINE_CALLS_NOUN = rows("""
1  Mayor     Mayor     PROPN  NNP  2  compound
2  Calls     call      NOUN   NNS  0  root
3  Pier      Pier      PROPN  NNP  4  compound
4  Plan      Plan      PROPN  NNP  2  nmod
5  ‘         '         PUNCT  ``   7  punct      nospace
6  A         a         DET    DT   7  det
7  Disgrace  disgrace  NOUN   NN   4  dep        nospace
8  ’         '         PUNCT  ''   7  punct
""")

# Mayor Sees ‘Bright Future’ for Pier
HEADLINE_SEES = rows("""
1  Mayor   Mayor   PROPN  NNP  2  nsubj      ner=S-PERSON
2  Sees    see     VERB   VBZ  0  root
3  ‘       '       PUNCT  ``   5  punct      nospace
4  Bright  bright  ADJ    JJ   5  amod
5  Future  future  NOUN   NN   2  obj        nospace
6  ’       '       PUNCT  ''   5  punct
7  for     for     ADP    IN   8  case
8  Pier    Pier    PROPN  NNP  5  nmod
""")

# The mayor sees a ‘Bright Future’ for the pier.
SENTENCE_SEES = rows("""
1  The     the     DET    DT   2  det
2  mayor   mayor   NOUN   NN   3  nsubj
3  sees    see     VERB   VBZ  0  root
4  a       a       DET    DT   7  det
5  ‘       '       PUNCT  ``   7  punct      nospace
6  Bright  bright  ADJ    JJ   7  amod
7  Future  future  NOUN   NN   3  obj        nospace
8  ’       '       PUNCT  ''   7  punct
9  for     for     ADP    IN   11 case
10 the     the     DET    DT   11 det
11 pier    pier    NOUN   NN   7  nmod       nospace
12 .       .       PUNCT  .    3  punct
""")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            [[HEADLINE_CALLS_NOUN], [SENTENCE_SEES]],
            ("Pier Plan ‘A Disgrace’", "Calls"),
            id="no-verb-above-speech-word-before",
        ),
        pytest.param(
            [[HEADLINE_SEES], [SENTENCE_SEES]],
            ("‘Bright Future’ for Pier", "Sees"),
            id="any-verb-above",
        ),
    ],
)
def test_quoted_words_in_a_headline(
    attributor: Attributor, paragraphs: Any, expected: tuple[str, str]
) -> None:
    """In a headline (a one-sentence paragraph in title case) capitals say nothing about
    titles and quotation marks mark someone's words: the quoted words are a mixed quote,
    whatever verb they hang from; with none (title case misleads the parser), the word
    before them that reads as a speech verb is the cue and what follows it the content.
    The same words in the body's sentence (lower case around them) stay a title."""
    result = attributor.attribute(document(paragraphs))
    assert [(q.text, q.cue and q.cue.text, q.kind) for q in result.quotes] == [(*expected, "mixed")]
    assert [r.span.text for r in result.rejected] == ["Bright Future"]


@pytest.mark.parametrize(
    ("paragraphs", "headline"),
    [
        pytest.param([[HEADLINE_SEES]], True, id="title-case-one-sentence"),
        pytest.param([[SENTENCE_SEES]], False, id="sentence-case"),
        pytest.param([[HEADLINE_SEES, SENTENCE_SEES]], False, id="two-sentences"),
        pytest.param([[HEADLINE_SHORT]], False, id="fewer-than-three-long-words"),
    ],
)
def test_in_headline(paragraphs: Any, headline: bool) -> None:
    """A headline is a paragraph of one short sentence in title case (three or more long
    words outside quotation marks, nine in ten of them capitalised)."""
    view = build_view(document(paragraphs))
    assert in_headline(view, 0) is headline


# --------------------------------------------------------------- rule speech-verb-linear

# The council closed the beach, saying the tide had damaged the wall.
# The parser left "saying" a bare advcl and hung "damaged" from "closed" as parataxis.
SAYING_DETACHED = rows("""
1  The      the      DET    DT   2   det
2  council  council  NOUN   NN   3   nsubj
3  closed   close    VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  beach    beach    NOUN   NN   3   obj        nospace
6  ,        ,        PUNCT  ,    7   punct
7  saying   say      VERB   VBG  3   advcl
8  the      the      DET    DT   9   det
9  tide     tide     NOUN   NN   11  nsubj
10 had      have     AUX    VBD  11  aux
11 damaged  damage   VERB   VBN  3   parataxis
12 the      the      DET    DT   13  det
13 wall     wall     NOUN   NN   11  obj        nospace
14 .        .        PUNCT  .    3   punct
""")

# The same sentence parsed right: "damaged" is the ccomp of "saying".
SAYING_ATTACHED = [
    (*row[:4], 7, "ccomp", *row[6:]) if row[0] == "damaged" else row for row in SAYING_DETACHED
]

# The ferry line cut its timetable, saying that fuel costs had doubled.
# "saying" is a bare advcl; "doubled" hangs from "cut" as dep.
SAYING_THAT_DETACHED = rows("""
1  The      the      DET    DT   3   det
2  ferry    ferry    NOUN   NN   3   compound
3  line     line     NOUN   NN   4   nsubj
4  cut      cut      VERB   VBD  0   root
5  its      its      PRON   PRP$ 6   nmod:poss
6  timetable timetable NOUN NN   4   obj        nospace
7  ,        ,        PUNCT  ,    8   punct
8  saying   say      VERB   VBG  4   advcl
9  that     that     SCONJ  IN   13  mark
10 fuel     fuel     NOUN   NN   11  compound
11 costs    cost     NOUN   NNS  13  nsubj
12 had      have     AUX    VBD  13  aux
13 doubled  double   VERB   VBN  4   dep        nospace
14 .        .        PUNCT  .    4   punct
""")

# The mayor issued a statement saying the pier would reopen in May.
# "saying" is a bare acl of "statement"; "reopen" hangs from "issued" as parataxis.
STATEMENT_SAYING = rows("""
1  The      the      DET    DT   2   det
2  mayor    mayor    NOUN   NN   3   nsubj
3  issued   issue    VERB   VBD  0   root
4  a        a        DET    DT   5   det
5  statement statement NOUN NN   3   obj
6  saying   say      VERB   VBG  5   acl
7  the      the      DET    DT   8   det
8  pier     pier     NOUN   NN   10  nsubj
9  would    would    AUX    MD   10  aux
10 reopen   reopen   VERB   VB   3   parataxis
11 in       in       ADP    IN   12  case
12 May      May      PROPN  NNP  10  obl        nospace ner=S-DATE
13 .        .        PUNCT  .    3   punct
""")

# The pier will reopen, as the mayor said on Tuesday.
AS_SAID_ON_TUESDAY = rows("""
1  The      the      DET    DT   2   det
2  pier     pier     NOUN   NN   4   nsubj
3  will     will     AUX    MD   4   aux
4  reopen   reopen   VERB   VB   0   root       nospace
5  ,        ,        PUNCT  ,    9   punct
6  as       as       SCONJ  IN   9   mark
7  the      the      DET    DT   8   det
8  mayor    mayor    NOUN   NN   9   nsubj
9  said     say      VERB   VBD  4   advcl
10 on       on       ADP    IN   11  case
11 Tuesday  Tuesday  PROPN  NNP  9   obl        nospace ner=S-DATE
12 .        .        PUNCT  .    4   punct
""")

# The pier will reopen, as the mayor said last week.
AS_SAID_LAST_WEEK = rows("""
1  The      the      DET    DT   2   det
2  pier     pier     NOUN   NN   4   nsubj
3  will     will     AUX    MD   4   aux
4  reopen   reopen   VERB   VB   0   root       nospace
5  ,        ,        PUNCT  ,    9   punct
6  as       as       SCONJ  IN   9   mark
7  the      the      DET    DT   8   det
8  mayor    mayor    NOUN   NN   9   nsubj
9  said     say      VERB   VBD  4   advcl
10 last     last     ADJ    JJ   11  amod
11 week     week     NOUN   NN   9   obl:tmod   nospace
12 .        .        PUNCT  .    4   punct
""")

# Her lead in pledged delegates will be hard to overcome.
PLEDGED_DELEGATES = rows("""
1  Her      her      PRON   PRP$ 2   nmod:poss
2  lead     lead     NOUN   NN   10  nsubj
3  in       in       ADP    IN   5   case
4  pledged  pledge   VERB   VBN  5   amod
5  delegates delegate NOUN  NNS  2   nmod
6  will     will     AUX    MD   10  aux
7  be       be       AUX    VB   10  cop
8  hard     hard     ADJ    JJ   10  advmod
9  to       to       PART   TO   10  mark
10 overcome overcome VERB   VB   0   root       nospace
11 .        .        PUNCT  .    10  punct
""")

# Meet Ortiz, who says it is closed.
# The parser made "it" the object of "says" and hung "closed" from "Meet".
SAYS_IT_IS = rows("""
1  Meet     meet     VERB   VB   0   root
2  Ortiz    Ortiz    PROPN  NNP  1   obj        nospace ner=S-PERSON
3  ,        ,        PUNCT  ,    5   punct
4  who      who      PRON   WP   5   nsubj
5  says     say      VERB   VBZ  2   acl:relcl
6  it       it       PRON   PRP  5   obj
7  is       be       AUX    VBZ  8   cop
8  closed   closed   ADJ    JJ   1   conj       nospace
9  .        .        PUNCT  .    1   punct
""")

# Meet Ortiz, who said it the day the pier closed.
SAID_IT_THE_DAY = rows("""
1  Meet     meet     VERB   VB   0   root
2  Ortiz    Ortiz    PROPN  NNP  1   obj        nospace ner=S-PERSON
3  ,        ,        PUNCT  ,    5   punct
4  who      who      PRON   WP   5   nsubj
5  said     say      VERB   VBD  2   acl:relcl
6  it       it       PRON   PRP  5   obj
7  the      the      DET    DT   8   det
8  day      day      NOUN   NN   5   obl:tmod
9  the      the      DET    DT   10  det
10 pier     pier     NOUN   NN   11  nsubj
11 closed   close    VERB   VBD  8   acl:relcl  nospace
12 .        .        PUNCT  .    1   punct
""")

LINEAR_ROWS = [
    pytest.param(
        _one(SAYING_DETACHED),
        ("speech-verb-linear", "the tide had damaged the wall", "saying"),
        id="participle-advcl",
    ),
    pytest.param(
        _one(SAYING_THAT_DETACHED),
        ("speech-verb-linear", "fuel costs had doubled", "saying"),
        id="participle-advcl-with-that",
    ),
    pytest.param(
        _one(STATEMENT_SAYING),
        ("speech-verb-linear", "the pier would reopen in May", "saying"),
        id="participle-acl-of-a-noun",
    ),
    pytest.param(
        _one(SAYS_IT_IS),
        ("speech-verb-linear", "it is closed", "says"),
        id="it-taken-for-the-object",
    ),
    pytest.param(
        _one(SAYING_ATTACHED),
        ("speech-verb", "the tide had damaged the wall", "saying"),
        id="own-ccomp-is-not-linear",
    ),
]

NOT_LINEAR_ROWS = [
    pytest.param(_one(AS_SAID_ON_TUESDAY), id="said-on-tuesday"),
    pytest.param(_one(AS_SAID_LAST_WEEK), id="said-last-week-no-verb"),
    pytest.param(_one(PLEDGED_DELEGATES), id="participle-as-adjective"),
]


class TestSpeechVerbLinear:
    """Rule ``speech-verb-linear``: a speech verb left without complement, then a clause."""

    @pytest.mark.parametrize(("paragraphs", "expected"), LINEAR_ROWS)
    def test_report(
        self, attributor: Attributor, paragraphs: Any, expected: tuple[str, str, str]
    ) -> None:
        """The sentence gives one indirect quote with the expected rule, content and cue."""
        quote = only_quote(attributor.attribute(document(paragraphs)))
        assert quote.kind == "indirect"
        assert (quote.rule, quote.text, None if quote.cue is None else quote.cue.text) == expected

    @pytest.mark.parametrize("paragraphs", NOT_LINEAR_ROWS)
    def test_nothing_reported(self, attributor: Attributor, paragraphs: Any) -> None:
        """A speech verb followed by no clause gives no linear report (``as the mayor
        said on Tuesday`` attributes the clause before it: the ``as-reported`` rule's)."""
        rules = rules_of(attributor.attribute(document(paragraphs)))
        assert "speech-verb-linear" not in rules
        assert set(rules) <= {"as-reported"}

    def test_it_the_object_indeed(self, attributor: Attributor) -> None:
        """``said it the day the pier closed``: ``it`` before anything but a verb is the
        object, and the clause after it is the writer's: no linear report."""
        rules = rules_of(attributor.attribute(document(_one(SAID_IT_THE_DAY))))
        assert "speech-verb-linear" not in rules

    @pytest.mark.parametrize("sentence", [AS_SAID_ON_TUESDAY, AS_SAID_LAST_WEEK])
    def test_as_clause_attributes_the_clause_before(
        self, attributor: Attributor, sentence: list[Any]
    ) -> None:
        """``The pier will reopen, as the mayor said …``: the clause is the report."""
        quote = only_quote(attributor.attribute(document(_one(sentence))))
        assert (quote.rule, quote.text) == ("as-reported", "The pier will reopen")

    def test_speaker_through_the_participle(self, attributor: Attributor) -> None:
        """The participle's speaker is the subject of the clause it modifies."""
        quote = only_quote(attributor.attribute(document(_one(SAYING_DETACHED))))
        assert (quote.speaker and quote.speaker.name, quote.sieve) == ("The council", "subject")


# ------------------------------------------------------------ cue dash + sieve dash-name


# “We will rebuild the pier.” ― Lena Ortiz
EPIGRAPH = rows("""
1  “        "        PUNCT  ``   4   punct      nospace
2  We       we       PRON   PRP  4   nsubj
3  will     will     AUX    MD   4   aux
4  rebuild  rebuild  VERB   VB   0   root
5  the      the      DET    DT   6   det
6  pier     pier     NOUN   NN   4   obj        nospace
7  .        .        PUNCT  .    4   punct      nospace
8  ”        "        PUNCT  ''   4   punct
9  ―        ―        PUNCT  :    10  punct
10 Lena     Lena     PROPN  NNP  4   parataxis  ner=B-PERSON
11 Ortiz    Ortiz    PROPN  NNP  10  flat       ner=E-PERSON
""")

# “We will rebuild the pier.” ― Lena Ortiz, harbour master
EPIGRAPH_APPOSITION = rows("""
1  “        "        PUNCT  ``   4   punct      nospace
2  We       we       PRON   PRP  4   nsubj
3  will     will     AUX    MD   4   aux
4  rebuild  rebuild  VERB   VB   0   root
5  the      the      DET    DT   6   det
6  pier     pier     NOUN   NN   4   obj        nospace
7  .        .        PUNCT  .    4   punct      nospace
8  ”        "        PUNCT  ''   4   punct
9  ―        ―        PUNCT  :    10  punct
10 Lena     Lena     PROPN  NNP  4   parataxis  ner=B-PERSON
11 Ortiz    Ortiz    PROPN  NNP  10  flat       nospace ner=E-PERSON
12 ,        ,        PUNCT  ,    14  punct
13 harbour  harbour  NOUN   NN   14  compound
14 master   master   NOUN   NN   10  appos
""")

# “We will rebuild the pier.” ― the mayor
EPIGRAPH_LOWER_CASE = rows("""
1  “        "        PUNCT  ``   4   punct      nospace
2  We       we       PRON   PRP  4   nsubj
3  will     will     AUX    MD   4   aux
4  rebuild  rebuild  VERB   VB   0   root
5  the      the      DET    DT   6   det
6  pier     pier     NOUN   NN   4   obj        nospace
7  .        .        PUNCT  .    4   punct      nospace
8  ”        "        PUNCT  ''   4   punct
9  ―        ―        PUNCT  :    11  punct
10 the      the      DET    DT   11  det
11 mayor    mayor    NOUN   NN   4   parataxis
""")


def _dashed(sentence: list[Row], dash: str) -> list[Row]:
    """The sentence with its horizontal bar (or hyphen) swapped for another dash."""
    return [(dash, dash, *row[2:]) if row[0] in ("―", "-") else row for row in sentence]


DASH_ROWS = [
    pytest.param(
        _one(EPIGRAPH),
        Got(
            "quotation-marks",
            "We will rebuild the pier.",
            "―",
            "Lena Ortiz",
            "Lena Ortiz",
            "dash-name",
        ),
        id="horizontal-bar",
    ),
    pytest.param(
        _one(_dashed(EPIGRAPH, "—")),
        Got(
            "quotation-marks",
            "We will rebuild the pier.",
            "—",
            "Lena Ortiz",
            "Lena Ortiz",
            "dash-name",
        ),
        id="em-dash",
    ),
    pytest.param(
        _one(_dashed(EPIGRAPH, "–")),
        Got(
            "quotation-marks",
            "We will rebuild the pier.",
            "–",
            "Lena Ortiz",
            "Lena Ortiz",
            "dash-name",
        ),
        id="en-dash",
    ),
    pytest.param(
        _one(_dashed(EPIGRAPH, "--")),
        Got(
            "quotation-marks",
            "We will rebuild the pier.",
            "--",
            "Lena Ortiz",
            "Lena Ortiz",
            "dash-name",
        ),
        id="double-hyphen",
    ),
    pytest.param(
        _one(EPIGRAPH_APPOSITION),
        Got(
            "quotation-marks",
            "We will rebuild the pier.",
            "―",
            "Lena Ortiz",
            "Lena Ortiz",
            "dash-name",
        ),
        id="apposition-after-the-name-left-out",
    ),
    pytest.param(
        _one(EPIGRAPH_LOWER_CASE),
        Got("quotation-marks", "We will rebuild the pier.", None, None, None, None),
        id="no-name-after-the-dash",
    ),
]


# “We will rebuild the pier.”
QUOTED_PARAGRAPH = EPIGRAPH[:8]

# - Lena Ortiz, harbour master.
HYPHEN_NAME = rows("""
1  -        -        PUNCT  :    3   punct
2  Lena     Lena     PROPN  NNP  3   compound   ner=B-PERSON
3  Ortiz    Ortiz    PROPN  NNP  0   root       nospace ner=E-PERSON
4  ,        ,        PUNCT  ,    6   punct
5  harbour  harbour  NOUN   NN   6   compound
6  master   master   NOUN   NN   3   appos      nospace
7  .        .        PUNCT  .    3   punct
""")

# - Ortiz rebuilt the pier.
HYPHEN_ITEM = rows("""
1  -        -        PUNCT  :    3   punct
2  Ortiz    Ortiz    PROPN  NNP  3   nsubj      ner=S-PERSON
3  rebuilt  rebuild  VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  pier     pier     NOUN   NN   3   obj        nospace
6  .        .        PUNCT  .    3   punct
""")

DASH_ROWS += [
    pytest.param(
        [[QUOTED_PARAGRAPH], [HYPHEN_NAME]],
        Got(
            "quotation-marks",
            "We will rebuild the pier.",
            "-",
            "Lena Ortiz",
            "Lena Ortiz",
            "dash-name",
        ),
        id="name-in-a-paragraph-of-its-own",
    ),
    pytest.param(
        [[QUOTED_PARAGRAPH], [_dashed(HYPHEN_NAME, "—")]],
        Got(
            "quotation-marks",
            "We will rebuild the pier.",
            "—",
            "Lena Ortiz",
            "Lena Ortiz",
            "dash-name",
        ),
        id="em-dash-in-a-paragraph-of-its-own",
    ),
    pytest.param(
        [[QUOTED_PARAGRAPH], [HYPHEN_ITEM]],
        Got("quotation-marks", "We will rebuild the pier.", None, None, None, None),
        id="list-item-is-no-attribution",
    ),
]


class TestDashName:
    """Cue finder ``dash`` and sieve ``dash-name``: ``“…” ― Jo Bloggs``."""

    @pytest.mark.parametrize(("paragraphs", "expected"), DASH_ROWS)
    def test_row(self, attributor: Attributor, paragraphs: Any, expected: Got) -> None:
        """The quote gets the dash as cue and the name after it as speaker."""
        assert got(only_quote(attributor.attribute(document(paragraphs)))) == expected


# ------------------------------------------------ cue colon (headline) + sieve colon-name

# Ortiz: council “ignored the warnings”
COLON_FRAGMENT = rows("""
1  Ortiz    Ortiz    PROPN  NNP  0   root       nospace ner=S-PERSON
2  :        :        PUNCT  :    5   punct
3  council  council  NOUN   NN   5   nsubj
4  “        "        PUNCT  ``   5   punct      nospace
5  ignored  ignore   VERB   VBD  1   parataxis
6  the      the      DET    DT   7   det
7  warnings warning  NOUN   NNS  5   obj        nospace
8  ”        "        PUNCT  ''   5   punct
""")

# Ortiz: “The council ignored the warnings.”
COLON_QUOTE = rows("""
1  Ortiz    Ortiz    PROPN  NNP  0   root       nospace ner=S-PERSON
2  :        :        PUNCT  :    6   punct
3  “        "        PUNCT  ``   6   punct      nospace
4  The      the      DET    DT   5   det
5  council  council  NOUN   NN   6   nsubj
6  ignored  ignore   VERB   VBD  1   parataxis
7  the      the      DET    DT   8   det
8  warnings warning  NOUN   NNS  6   obj        nospace
9  .        .        PUNCT  .    6   punct      nospace
10 ”        "        PUNCT  ''   6   punct
""")

# The vote is on Friday.
VOTE_ON_FRIDAY = rows("""
1  The      the      DET    DT   2   det
2  vote     vote     NOUN   NN   5   nsubj
3  is       be       AUX    VBZ  5   cop
4  on       on       ADP    IN   5   case
5  Friday   Friday   PROPN  NNP  0   root       nospace ner=S-DATE
6  .        .        PUNCT  .    5   punct
""")

COLON_ROWS = [
    pytest.param(
        "attributor",
        _one(COLON_FRAGMENT),
        Got(
            "headline-label",
            "council “ignored the warnings”",
            ":",
            "Ortiz",
            "Ortiz",
            "transcript-label",
        ),
        id="headline-with-quoted-words-taken-by-headline-label",
    ),
    pytest.param(
        "attributor",
        _one(COLON_QUOTE),
        Got(
            "headline-label",
            "The council ignored the warnings",
            ":",
            "Ortiz",
            "Ortiz",
            "transcript-label",
        ),
        id="headline-all-quoted-taken-by-headline-label",
    ),
    pytest.param(
        "attributor",
        _one(COLON_QUOTE, VOTE_ON_FRIDAY),
        Got(
            "quotation-marks",
            "The council ignored the warnings.",
            ":",
            "Ortiz",
            "Ortiz",
            "colon-name",
        ),
        id="two-sentence-paragraph-colon-name",
    ),
    pytest.param(
        "no_headline_rule",
        _one(COLON_QUOTE),
        Got(
            "quotation-marks",
            "The council ignored the warnings.",
            ":",
            "Ortiz",
            "Ortiz",
            "colon-name",
        ),
        id="headline-rule-off-colon-name",
    ),
]


class TestColonName:
    """Cue finder ``colon`` in a headline, and sieve ``colon-name``.

    A one-sentence paragraph ``Ortiz: …`` is taken first by the detection rule
    ``headline-label`` (its quote replaces the quotation inside it), so its speaker comes
    from sieve ``transcript-label``; the colon cue finder and sieve ``colon-name`` name the
    same speaker when the paragraph has another sentence, or without that rule.
    """

    @pytest.mark.parametrize(("which", "paragraphs", "expected"), COLON_ROWS)
    def test_row(
        self, request: pytest.FixtureRequest, which: str, paragraphs: Any, expected: Got
    ) -> None:
        """The name before the colon speaks the words after it, through the expected sieve."""
        engine: Attributor = request.getfixturevalue(which)
        assert got(only_quote(engine.attribute(document(paragraphs)))) == expected

    @pytest.mark.parametrize(
        "sentence",
        [
            pytest.param(COLON_FRAGMENT, id="quoted-words"),
            pytest.param(COLON_QUOTE, id="all-quoted"),
        ],
    )
    def test_headline_speaker(self, attributor: Attributor, sentence: list[Row]) -> None:
        """Whatever its content, a one-sentence ``Ortiz: …`` is Ortiz's, by ``transcript-label``."""
        quote = only_quote(attributor.attribute(document(_one(sentence))))
        assert (quote.rule, got(quote).cue, got(quote).speaker, quote.sieve) == (
            "headline-label",
            ":",
            "Ortiz",
            "transcript-label",
        )


# -------------------------------------------------------------------- sieve adjacent-name

# “The levee will hold,” Rep. Ana Diaz (D-Calif.) said.
# The parser left "said" without subject and hung "Diaz" from it as dep.
NAME_IN_PARENTHESES = rows("""
1  “        "        PUNCT  ``   5   punct      nospace
2  The      the      DET    DT   3   det
3  levee    levee    NOUN   NN   5   nsubj
4  will     will     AUX    MD   5   aux
5  hold     hold     VERB   VB   14  ccomp      nospace
6  ,        ,        PUNCT  ,    5   punct      nospace
7  ”        "        PUNCT  ''   5   punct
8  Rep.     Rep.     PROPN  NNP  10  compound
9  Ana      Ana      PROPN  NNP  10  compound   ner=B-PERSON
10 Diaz     Diaz     PROPN  NNP  14  dep        ner=E-PERSON
11 (        (        PUNCT  -LRB- 12 punct     nospace
12 D-Calif. D-Calif. PROPN  NNP  10  appos      nospace
13 )        )        PUNCT  -RRB- 12 punct
14 said     say      VERB   VBD  0   root       nospace
15 .        .        PUNCT  .    14  punct
""")

# “The levee will hold,” Ana Diaz, 54, said.
# Again "Diaz" hangs from "said" as dep.
NAME_AND_AGE = rows("""
1  “        "        PUNCT  ``   5   punct      nospace
2  The      the      DET    DT   3   det
3  levee    levee    NOUN   NN   5   nsubj
4  will     will     AUX    MD   5   aux
5  hold     hold     VERB   VB   13  ccomp      nospace
6  ,        ,        PUNCT  ,    5   punct      nospace
7  ”        "        PUNCT  ''   5   punct
8  Ana      Ana      PROPN  NNP  9   compound   ner=B-PERSON
9  Diaz     Diaz     PROPN  NNP  13  dep        nospace ner=E-PERSON
10 ,        ,        PUNCT  ,    11  punct
11 54       54       NUM    CD   9   appos      nospace
12 ,        ,        PUNCT  ,    11  punct
13 said     say      VERB   VBD  0   root       nospace
14 .        .        PUNCT  .    13  punct
""")

# After Ana Diaz spoke, it was announced that the levee would be raised.
EXPLETIVE = rows("""
1  After    after    SCONJ  IN   4   mark
2  Ana      Ana      PROPN  NNP  4   nsubj      ner=B-PERSON
3  Diaz     Diaz     PROPN  NNP  2   flat       ner=E-PERSON
4  spoke    speak    VERB   VBD  8   advcl      nospace
5  ,        ,        PUNCT  ,    8   punct
6  it       it       PRON   PRP  8   expl
7  was      be       AUX    VBD  8   aux:pass
8  announced announce VERB  VBN  0   root
9  that     that     SCONJ  IN   14  mark
10 the      the      DET    DT   11  det
11 levee    levee    NOUN   NN   14  nsubj:pass
12 would    would    AUX    MD   14  aux
13 be       be       AUX    VB   14  aux:pass
14 raised   raise    VERB   VBN  8   csubj:pass nospace
15 .        .        PUNCT  .    8   punct
""")

# The same sentence with "it" parsed as the passive subject.
PASSIVE_IT = [(*row[:5], "nsubj:pass", *row[6:]) if row[0] == "it" else row for row in EXPLETIVE]

# On Monday the levee was inspected by Karl Brandt. Added one engineer: “It will hold.”
# The parser made "engineer" the object of "Added", leaving the cue without subject.
INSPECTED_BY = rows("""
1  On       on       ADP    IN   2   case
2  Monday   Monday   PROPN  NNP  6   obl        ner=S-DATE
3  the      the      DET    DT   4   det
4  levee    levee    NOUN   NN   6   nsubj:pass
5  was      be       AUX    VBD  6   aux:pass
6  inspected inspect VERB   VBN  0   root
7  by       by       ADP    IN   8   case
8  Karl     Karl     PROPN  NNP  6   obl:agent  ner=B-PERSON
9  Brandt   Brandt   PROPN  NNP  8   flat       nospace ner=E-PERSON
10 .        .        PUNCT  .    6   punct
""")
ADDED_ONE_ENGINEER = rows("""
1  Added    add      VERB   VBD  0   root
2  one      one      NUM    CD   3   nummod
3  engineer engineer NOUN   NN   1   obj        nospace
4  :        :        PUNCT  :    8   punct
5  “        "        PUNCT  ``   8   punct      nospace
6  It       it       PRON   PRP  8   nsubj
7  will     will     AUX    MD   8   aux
8  hold     hold     VERB   VB   1   ccomp      nospace
9  .        .        PUNCT  .    8   punct      nospace
10 ”        "        PUNCT  ''   8   punct
""")

# “The levee will hold,” the engineer was quoted by Reuters as saying.
QUOTED_BY_REUTERS = rows("""
1  “        "        PUNCT  ``   5   punct      nospace
2  The      the      DET    DT   3   det
3  levee    levee    NOUN   NN   5   nsubj
4  will     will     AUX    MD   5   aux
5  hold     hold     VERB   VB   15  ccomp      nospace
6  ,        ,        PUNCT  ,    5   punct      nospace
7  ”        "        PUNCT  ''   5   punct
8  the      the      DET    DT   9   det
9  engineer engineer NOUN   NN   11  nsubj:pass
10 was      be       AUX    VBD  11  aux:pass
11 quoted   quote    VERB   VBN  0   root
12 by       by       ADP    IN   13  case
13 Reuters  Reuters  PROPN  NNP  11  obl:agent  ner=S-ORG
14 as       as       SCONJ  IN   15  mark
15 saying   say      VERB   VBG  11  advcl      nospace
16 .        .        PUNCT  .    11  punct
""")

# “The levee will hold,” Diaz added.
# The tagger read "Diaz" as an adjective, the object of "hold", and hung "added" from it;
# only the entity tagger saw a name.
NAME_TAGGED_ADJECTIVE = rows("""
1  “        "        PUNCT  ``   5   punct      nospace
2  The      the      DET    DT   3   det
3  levee    levee    NOUN   NN   5   nsubj
4  will     will     AUX    MD   5   aux
5  hold     hold     VERB   VB   0   root       nospace
6  ,        ,        PUNCT  ,    5   punct      nospace
7  ”        "        PUNCT  ''   5   punct
8  Diaz     diaz     ADJ    JJ   5   obj        ner=S-PERSON
9  added    add      VERB   VBN  8   acl        nospace
10 .        .        PUNCT  .    5   punct
""")

# The same without entity tags.
ADJECTIVE_UNTAGGED = rows("""
1  “        "        PUNCT  ``   5   punct      nospace
2  The      the      DET    DT   3   det
3  levee    levee    NOUN   NN   5   nsubj
4  will     will     AUX    MD   5   aux
5  hold     hold     VERB   VB   0   root       nospace
6  ,        ,        PUNCT  ,    5   punct      nospace
7  ”        "        PUNCT  ''   5   punct
8  Diaz     diaz     ADJ    JJ   5   obj
9  added    add      VERB   VBN  8   acl        nospace
10 .        .        PUNCT  .    5   punct
""")

# Diaz stepped up his criticism, saying that the levee would hold.
# The parser hung "saying" from "criticism" as dep: the cue has no subject to climb to.
POSSESSIVE_BEFORE_CUE = rows("""
1  Diaz     Diaz     PROPN  NNP  2   nsubj      ner=S-PERSON
2  stepped  step     VERB   VBD  0   root
3  up       up       ADP    RP   2   compound:prt
4  his      he       PRON   PRP$ 5   nmod:poss
5  criticism criticism NOUN NN   2   obj        nospace
6  ,        ,        PUNCT  ,    7   punct
7  saying   say      VERB   VBG  5   dep
8  that     that     SCONJ  IN   12  mark
9  the      the      DET    DT   10  det
10 levee    levee    NOUN   NN   12  nsubj
11 would    would    AUX    MD   12  aux
12 hold     hold     VERB   VB   7   ccomp      nospace
13 .        .        PUNCT  .    2   punct
""")

ADJACENT_ROWS = [
    pytest.param(
        _one(NAME_IN_PARENTHESES),
        Got(
            "quotation-marks",
            "The levee will hold,",
            "said",
            "Ana Diaz",
            "Rep. Ana Diaz",
            "adjacent-name",
        ),
        id="name-before-parentheses",
    ),
    pytest.param(
        _one(NAME_AND_AGE),
        Got(
            "quotation-marks",
            "The levee will hold,",
            "said",
            "Ana Diaz",
            "Ana Diaz",
            "adjacent-name",
        ),
        id="name-before-age-between-commas",
    ),
    pytest.param(
        _one(NAME_TAGGED_ADJECTIVE),
        Got("quotation-marks", "The levee will hold,", "added", "Diaz", "Diaz", "adjacent-name"),
        id="name-the-tagger-read-as-adjective",
    ),
    pytest.param(
        _one(POSSESSIVE_BEFORE_CUE),
        Got("speech-verb", "the levee would hold", "saying", "Diaz", "Diaz", "adjacent-name"),
        id="possessive-pronoun-walked-past",
    ),
]

NOT_ADJACENT_ROWS = [
    pytest.param(_one(EXPLETIVE), "the levee would be raised", id="it-was-announced-expletive"),
    pytest.param(
        _one(PASSIVE_IT), "the levee would be raised", id="it-was-announced-passive-subject"
    ),
    pytest.param(
        _one(INSPECTED_BY, ADDED_ONE_ENGINEER), "It will hold.", id="name-in-earlier-sentence"
    ),
    pytest.param(_one(QUOTED_BY_REUTERS), "The levee will hold,", id="medium-before-the-cue"),
    pytest.param(
        _one(ADJECTIVE_UNTAGGED), "The levee will hold,", id="adjective-without-entity-tag"
    ),
]


class TestAdjacentName:
    """Sieve ``adjacent-name``: a name right before a cue that has no subject."""

    @pytest.mark.parametrize(("paragraphs", "expected"), ADJACENT_ROWS)
    def test_row(self, attributor: Attributor, paragraphs: Any, expected: Got) -> None:
        """The name before the cue, across parentheses and commas, is the speaker."""
        assert got(only_quote(attributor.attribute(document(paragraphs)))) == expected

    @pytest.mark.parametrize(("paragraphs", "needle"), NOT_ADJACENT_ROWS)
    def test_no_name(self, adjacent_only: Attributor, paragraphs: Any, needle: str) -> None:
        """With only this sieve in the cascade, the quote is left without speaker."""
        quote = only_quote(adjacent_only.attribute(document(paragraphs)))
        assert (quote.text, quote.speaker, quote.sieve) == (needle, None, None)


# ------------------------------------------------------ a participle introduces the quote


def _said_then(participle: str) -> list[Row]:
    """``The pier will reopen soon, Ortiz said, <participle>, “It needs new cranes.”`` as
    the parser gave a sentence like it: the quotation is the root, ``said`` its
    parataxis, and the participle phrase (one to three words) hangs from ``said``."""
    words = participle.split()
    # form: (lemma, upos, xpos, head as an offset from the word itself, or None/0 for
    # the participle (or, for the first word, "said"), deprel)
    table = {
        "adding": ("add", "VERB", "VBG", None, "xcomp"),
        "smiling": ("smile", "VERB", "VBG", None, "xcomp"),
        "noting": ("note", "VERB", "VBG", None, "advcl"),
        "of": ("of", "ADP", "IN", 2, "case"),
        "the": ("the", "DET", "DT", 1, "det"),
        "mayor": ("mayor", "NOUN", "NN", 0, "obl"),
        "cranes": ("crane", "NOUN", "NNS", 0, "obj"),
    }
    p = 10  # the participle's id
    lines = []
    for i, form in enumerate(words):
        lemma, upos, xpos, up, rel = table[form]
        wid = p + i
        head = 8 if i == 0 else (p + i + up if up else p)
        lines.append(f"{wid} {form} {lemma} {upos} {xpos} {head} {rel}")
    lines[-1] += " nospace"
    n = p + len(words)
    rest = f"""
{n} , , PUNCT , 8 punct
{n + 1} “ " PUNCT `` {n + 3} punct nospace
{n + 2} It it PRON PRP {n + 3} nsubj
{n + 3} needs need VERB VBZ 0 root
{n + 4} new new ADJ JJ {n + 5} amod
{n + 5} cranes crane NOUN NNS {n + 3} obj nospace
{n + 6} . . PUNCT . {n + 3} punct nospace
{n + 7} ” " PUNCT '' {n + 3} punct
"""
    head = f"""
1 The the DET DT 2 det
2 pier pier NOUN NN 4 nsubj
3 will will AUX MD 4 aux
4 reopen reopen VERB VB {n + 3} advcl
5 soon soon ADV RB 4 advmod nospace
6 , , PUNCT , 8 punct
7 Ortiz Ortiz PROPN NNP 8 nsubj ner=S-PERSON
8 said say VERB VBD {n + 3} parataxis nospace
9 , , PUNCT , 8 punct
"""
    return rows(head + "\n".join(lines) + rest)


PARTICIPLE_ROWS = [
    pytest.param("adding", "adding", id="adding"),
    pytest.param("noting", "noting", id="noting"),
    pytest.param("adding of the mayor", "adding", id="adding-with-its-modifier"),
    pytest.param("smiling", "said", id="not-a-speech-verb"),
    pytest.param("adding cranes", "said", id="participle-with-its-own-object"),
]


@pytest.mark.parametrize(("participle", "cue"), PARTICIPLE_ROWS)
def test_participle_introduces_the_quotation(
    attributor: Attributor, participle: str, cue: str
) -> None:
    """``…, Ortiz said, adding, “…”``: the speech participle right before the quotation
    is its cue; the speaker is still the subject of ``said``."""
    quote = only_quote(attributor.attribute(document(_one(_said_then(participle)))))
    assert got(quote) == Got(
        "quotation-marks", "It needs new cranes.", cue, "Ortiz", "Ortiz", "subject"
    )


# ---------------------------------------------- sieve inverted: a misparsed inverted subject


def _inverted(verb: str, lemma: str, name: list[tuple[str, str, str]], rel: str) -> list[Row]:
    """``“The pier is closed,” <verb> <name>.`` with the cue as root, the quotation its
    ccomp and the name parsed as ``rel`` (not as the subject); ``name`` is a list of
    (form, upos, xpos), its last word the head."""
    n = len(name)
    lines = [
        '1 “ " PUNCT `` 5 punct nospace',
        "2 The the DET DT 3 det",
        "3 pier pier NOUN NN 5 nsubj:pass",
        "4 is be AUX VBZ 5 aux:pass",
        "5 closed close VERB VBN 8 ccomp nospace",
        "6 , , PUNCT , 5 punct nospace",
        "7 ” \" PUNCT '' 5 punct",
        f"8 {verb} {lemma} VERB VBD 0 root",
    ]
    for i, (form, upos, xpos) in enumerate(name):
        head, deprel = (8, rel) if i == n - 1 else (8 + n, "compound")
        flags = " nospace" if i == n - 1 else ""
        lines.append(f"{9 + i} {form} {form.lower()} {upos} {xpos} {head} {deprel}{flags}")
    lines.append(f"{9 + n} . . PUNCT . 8 punct")
    return rows("\n".join(lines))


ORTIZ = [("Ortiz", "PROPN", "NNP")]
LENA_ORTIZ = [("Lena", "PROPN", "NNP"), ("Ortiz", "PROPN", "NNP")]
REPORTERS = [("reporters", "NOUN", "NNS")]


def _subject_in_quotation(sentence: list[Row]) -> list[Row]:
    """The same sentence with "pier", inside the quotation, parsed as the cue's subject."""
    return [(*row[:4], 8, "nsubj", *row[6:]) if row[0] == "pier" else row for row in sentence]


INVERTED_ROWS = [
    pytest.param(_inverted("said", "say", ORTIZ, "obj"), "Ortiz", id="name-parsed-as-object"),
    pytest.param(
        _subject_in_quotation(_inverted("said", "say", ORTIZ, "obj")),
        "Ortiz",
        id="subject-found-inside-the-quotation",
    ),
    pytest.param(_inverted("said", "say", LENA_ORTIZ, "dep"), "Lena Ortiz", id="name-as-dep"),
    pytest.param(_inverted("wrote", "write", ORTIZ, "obj"), "Ortiz", id="wrote-name"),
    pytest.param(_inverted("told", "tell", REPORTERS, "obj"), None, id="addressee-of-told"),
]


# “The pier is closed,” said Mayor Ortiz, adding that it would reopen.
# The parser made "adding" a clause "said" reports, with "Ortiz" as its subject.
SAID_ORTIZ_ADDING = rows("""
1  “        "        PUNCT  ``   5   punct      nospace
2  The      the      DET    DT   3   det
3  pier     pier     NOUN   NN   5   nsubj:pass
4  is       be       AUX    VBZ  5   aux:pass
5  closed   close    VERB   VBN  8   ccomp      nospace
6  ,        ,        PUNCT  ,    5   punct      nospace
7  ”        "        PUNCT  ''   5   punct
8  said     say      VERB   VBD  0   root
9  Mayor    Mayor    PROPN  NNP  10  compound
10 Ortiz    Ortiz    PROPN  NNP  12  nsubj      nospace ner=S-PERSON
11 ,        ,        PUNCT  ,    12  punct
12 adding   add      VERB   VBG  8   ccomp
13 that     that     SCONJ  IN   16  mark
14 it       it       PRON   PRP  16  nsubj
15 would    would    AUX    MD   16  aux
16 reopen   reopen   VERB   VB   12  ccomp      nospace
17 .        .        PUNCT  .    8   punct
""")


def test_speaker_taken_for_the_subject_of_a_report(attributor: Attributor) -> None:
    """``“…,” said Mayor Ortiz, adding that …`` with the name parsed as the subject of a
    clause ``said`` reports: ``said`` reports nothing (it attributes the quotation), the
    name is the quotation's speaker, and ``adding`` reports its own clause."""
    found = [got(q) for q in attributor.attribute(document(_one(SAID_ORTIZ_ADDING))).quotes]
    assert found == [
        Got("quotation-marks", "The pier is closed,", "said", "Ortiz", "Mayor Ortiz", "inverted"),
        Got("speech-verb", "it would reopen", "adding", "Ortiz", "Mayor Ortiz", "subject"),
    ]


@pytest.mark.parametrize(("sentence", "mention"), INVERTED_ROWS)
def test_misparsed_inverted_subject(
    attributor: Attributor, sentence: list[Row], mention: str | None
) -> None:
    """``“…,” said Ortiz.`` with ``Ortiz`` parsed as the object (or ``dep``) of a cue
    without subject: the name right after the cue is the speaker (sieve ``inverted``);
    the object of ``told`` is the addressee, never the speaker."""
    quote = only_quote(attributor.attribute(document(_one(sentence))))
    found = quote.speaker and quote.speaker.mention and quote.speaker.mention.text
    assert (found, quote.sieve if mention else None) == (mention, "inverted" if mention else None)


# ------------------------------------------------------------------------ the idiom put it

# As Ortiz put it: “The pier stays closed.”
AS_ORTIZ_PUT_IT = """
1  As       as       SCONJ  IN   3   mark
2  Ortiz    Ortiz    PROPN  NNP  3   nsubj      ner=S-PERSON
3  put      put      VERB   VBD  9   advcl
4  it       it       PRON   PRP  3   obj        nospace
5  :        :        PUNCT  :    9   punct
6  “        "        PUNCT  ``   9   punct      nospace
7  The      the      DET    DT   8   det
8  pier     pier     NOUN   NN   9   nsubj
9  stays    stay     VERB   VBZ  0   root
10 closed   closed   ADJ    JJ   9   xcomp      nospace
11 .        .        PUNCT  .    9   punct      nospace
12 ”        "        PUNCT  ''   9   punct
"""

# Ortiz put it bluntly: “The pier stays closed.”
ORTIZ_PUT_IT_BLUNTLY = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj      ner=S-PERSON
2  put      put      VERB   VBD  0   root
3  it       it       PRON   PRP  2   obj
4  bluntly  bluntly  ADV    RB   2   advmod     nospace
5  :        :        PUNCT  :    9   punct
6  “        "        PUNCT  ``   9   punct      nospace
7  The      the      DET    DT   8   det
8  pier     pier     NOUN   NN   9   nsubj
9  stays    stay     VERB   VBZ  2   parataxis
10 closed   closed   ADJ    JJ   9   xcomp      nospace
11 .        .        PUNCT  .    9   punct      nospace
12 ”        "        PUNCT  ''   9   punct
"""

# Ortiz put it on the table: “The pier stays closed.”
ORTIZ_PUT_IT_ON_THE_TABLE = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj      ner=S-PERSON
2  put      put      VERB   VBD  0   root
3  it       it       PRON   PRP  2   obj
4  on       on       ADP    IN   6   case
5  the      the      DET    DT   6   det
6  table    table    NOUN   NN   2   obl        nospace
7  :        :        PUNCT  :    11  punct
8  “        "        PUNCT  ``   11  punct      nospace
9  The      the      DET    DT   10  det
10 pier     pier     NOUN   NN   11  nsubj
11 stays    stay     VERB   VBZ  2   parataxis
12 closed   closed   ADJ    JJ   11  xcomp      nospace
13 .        .        PUNCT  .    11  punct      nospace
14 ”        "        PUNCT  ''   11  punct
"""

PUT_IT_ROWS = [
    pytest.param(AS_ORTIZ_PUT_IT, "put it", id="as-ortiz-put-it"),
    pytest.param(ORTIZ_PUT_IT_BLUNTLY, "put it", id="put-it-bluntly"),
    pytest.param(ORTIZ_PUT_IT_ON_THE_TABLE, "put", id="put-it-somewhere-is-no-idiom"),
]


# ------------------------------------------------------------- a verb issuing a statement


def _issued(verb: str, lemma: str, noun: str) -> str:
    """``Ortiz <verb> a <noun>: “The pier stays closed.”``"""
    return f"""
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj      ner=S-PERSON
2  {verb}   {lemma}  VERB   VBD  0   root
3  a        a        DET    DT   4   det
4  {noun}   {noun}   NOUN   NN   2   obj        nospace
5  :        :        PUNCT  :    9   punct
6  “        "        PUNCT  ``   9   punct      nospace
7  The      the      DET    DT   8   det
8  pier     pier     NOUN   NN   9   nsubj
9  stays    stay     VERB   VBZ  2   parataxis
10 closed   closed   ADJ    JJ   9   xcomp      nospace
11 .        .        PUNCT  .    9   punct      nospace
12 ”        "        PUNCT  ''   9   punct
"""


ISSUED_ROWS = [
    pytest.param(
        _issued("released", "release", "statement"), "released", id="released-a-statement"
    ),
    pytest.param(_issued("issued", "issue", "statement"), "issued", id="issued-a-statement"),
    pytest.param(
        _issued("repaired", "repair", "fence"), "repaired", id="no-statement-someone-s-act"
    ),
    pytest.param(
        _issued("repaired", "repair", "fence").replace("ner=S-PERSON", ""),
        ":",
        id="no-statement-no-one-known-the-colon",
    ),
]


@pytest.mark.parametrize(("block", "cue"), [*PUT_IT_ROWS, *ISSUED_ROWS])
def test_cue_before_the_colon(attributor: Attributor, block: str, cue: str) -> None:
    """``As Ortiz put it: “…”``: the idiom is the quotation's cue (its subject the
    speaker), and ``put it on the table`` is no idiom; ``Ortiz released a statement:
    “…”``: a verb whose object is a statement noun is the cue too. Any other verb before
    the colon is the cue when its subject is someone (a person's or an organisation's
    name, or a personal pronoun); otherwise the colon is."""
    quote = only_quote(attributor.attribute(document(_one(rows(block)))))
    assert (quote.text, quote.cue and quote.cue.text) == ("The pier stays closed.", cue)
    assert (quote.speaker and quote.speaker.name) == "Ortiz"


# ---------------------------------------------------- two speech verbs on the quote's root

# Asked about the pier, Ortiz said, “It stays closed.”
# The parser hung both "Asked" (dep) and "said" (parataxis) from the quotation's root.
ASKED_ORTIZ_SAID = """
1  Asked    ask      VERB   VBN  11  dep
2  about    about    ADP    IN   4   case
3  the      the      DET    DT   4   det
4  pier     pier     NOUN   NN   1   obl        nospace
5  ,        ,        PUNCT  ,    7   punct
6  Ortiz    Ortiz    PROPN  NNP  7   nsubj      ner=S-PERSON
7  said     say      VERB   VBD  11  parataxis  nospace
8  ,        ,        PUNCT  ,    7   punct
9  “        "        PUNCT  ``   11  punct      nospace
10 It       it       PRON   PRP  11  nsubj
11 stays    stay     VERB   VBZ  0   root
12 closed   closed   ADJ    JJ   11  xcomp      nospace
13 .        .        PUNCT  .    11  punct      nospace
14 ”        "        PUNCT  ''   11  punct
"""


def test_nearest_of_two_cues_on_the_quotation(attributor: Attributor) -> None:
    """``Asked about the pier, Ortiz said, “…”`` with both verbs hung from the quotation:
    the nearer one, ``said``, is its cue."""
    quotes = attributor.attribute(document(_one(rows(ASKED_ORTIZ_SAID)))).quotes
    quote = next(q for q in quotes if q.rule == "quotation-marks")
    assert (quote.text, quote.cue and quote.cue.text) == ("It stays closed.", "said")
    assert (quote.speaker and quote.speaker.name) == "Ortiz"


# ------------------------------------------------ a report inside someone's quoted words

# “Kim says the pier is safe,” Ortiz said, “but it is wrong.”
# The parser made "says" (inside the quotation) the root, with "said" as its dep and the
# second part as its conj.
KIM_SAYS_ORTIZ_SAID = """
1  “        "        PUNCT  ``   3   punct      nospace
2  Kim      Kim      PROPN  NNP  3   nsubj      ner=S-PERSON
3  says     say      VERB   VBZ  0   root
4  the      the      DET    DT   5   det
5  pier     pier     NOUN   NN   7   nsubj
6  is       be       AUX    VBZ  7   cop
7  safe     safe     ADJ    JJ   3   ccomp      nospace
8  ,        ,        PUNCT  ,    11  punct      nospace
9  ”        "        PUNCT  ''   11  punct
10 Ortiz    Ortiz    PROPN  NNP  11  nsubj      ner=S-PERSON
11 said     say      VERB   VBD  3   dep        nospace
12 ,        ,        PUNCT  ,    11  punct
13 “        "        PUNCT  ``   17  punct      nospace
14 but      but      CCONJ  CC   17  cc
15 it       it       PRON   PRP  17  nsubj
16 is       be       AUX    VBZ  17  cop
17 wrong    wrong    ADJ    JJ   3   conj       nospace
18 .        .        PUNCT  .    3   punct      nospace
19 ”        "        PUNCT  ''   3   punct
"""


# “Kim denied the plan,” Ortiz said, “but when you look again, it is wrong.”
# The parser hung "said" and the second part from "plan", the object of "denied".
KIM_DENIED_ORTIZ_SAID = """
1  “        "        PUNCT  ``   3   punct      nospace
2  Kim      Kim      PROPN  NNP  3   nsubj      ner=S-PERSON
3  denied   deny     VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  plan     plan     NOUN   NN   3   obj        nospace
6  ,        ,        PUNCT  ,    9   punct      nospace
7  ”        "        PUNCT  ''   9   punct
8  Ortiz    Ortiz    PROPN  NNP  9   nsubj      ner=S-PERSON
9  said     say      VERB   VBD  5   dep        nospace
10 ,        ,        PUNCT  ,    9   punct
11 “        "        PUNCT  ``   20  punct      nospace
12 but      but      CCONJ  CC   20  cc
13 when     when     ADV    WRB  15  advmod
14 you      you      PRON   PRP  15  nsubj
15 look     look     VERB   VBP  20  advcl
16 again    again    ADV    RB   15  advmod     nospace
17 ,        ,        PUNCT  ,    20  punct
18 it       it       PRON   PRP  20  nsubj
19 is       be       AUX    VBZ  20  cop
20 wrong    wrong    ADJ    JJ   5   conj       nospace
21 .        .        PUNCT  .    3   punct      nospace
22 ”        "        PUNCT  ''   3   punct
"""


@pytest.mark.parametrize(
    ("block", "text"),
    [
        pytest.param(
            KIM_SAYS_ORTIZ_SAID, "Kim says the pier is safe, but it is wrong.", id="clause-report"
        ),
        pytest.param(
            KIM_DENIED_ORTIZ_SAID,
            "Kim denied the plan, but when you look again, it is wrong.",
            id="phrase-report",
        ),
    ],
)
def test_report_inside_a_quotation_ends_with_it(
    attributor: Attributor, block: str, text: str
) -> None:
    """``“Kim says the pier is safe,” Ortiz said, “but …”``: the report of ``says`` (or
    the phrase report of ``denied``) is Ortiz's quoted words and ends at the closing
    mark; the split quotation is Ortiz's alone."""
    quotes = [got(q) for q in attributor.attribute(document(_one(rows(block)))).quotes]
    assert quotes == [Got("quotation-marks", text, "said", "Ortiz", "Ortiz", "subject")]


# ------------------------------------------------ a quotation introduced by "that"

# Ortiz said that “the pier stays closed.”
SAID_THAT_QUOTED = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj      ner=S-PERSON
2  said     say      VERB   VBD  0   root
3  that     that     SCONJ  IN   8   mark
4  “        "        PUNCT  ``   8   punct      nospace
5  the      the      DET    DT   6   det
6  pier     pier     NOUN   NN   7   nsubj
7  stays    stay     VERB   VBZ  2   ccomp
8  closed   closed   ADJ    JJ   7   xcomp      nospace
9  .        .        PUNCT  .    2   punct      nospace
10 ”        "        PUNCT  ''   2   punct
"""

# Ortiz said: “The pier stays closed.”
SAID_COLON_QUOTED = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj      ner=S-PERSON
2  said     say      VERB   VBD  0   root       nospace
3  :        :        PUNCT  :    6   punct
4  “        "        PUNCT  ``   6   punct      nospace
5  The      the      DET    DT   6   det
6  pier     pier     NOUN   NN   7   nsubj
7  stays    stay     VERB   VBZ  2   ccomp
8  closed   closed   ADJ    JJ   7   xcomp      nospace
9  .        .        PUNCT  .    2   punct      nospace
10 ”        "        PUNCT  ''   2   punct
"""


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        pytest.param(SAID_THAT_QUOTED, "mixed", id="said-that-quoted-clause"),
        pytest.param(SAID_COLON_QUOTED, "direct", id="said-colon-quotation"),
    ],
)
def test_quotation_introduced_by_that_is_mixed(
    attributor: Attributor, block: str, kind: str
) -> None:
    """``Ortiz said that “…”``: the reported clause is in quoted words, a mixed quote
    whose content leaves ``that`` out; after a colon the same words are a quotation."""
    quote = only_quote(attributor.attribute(document(_one(rows(block)))))
    assert (quote.kind, quote.cue and quote.cue.text) == (kind, "said")
    assert quote.text.lower().startswith("the pier stays closed")


# ------------------------------------------------------------ sieve enclosing-subject

# Ortiz worried that “This pier will not survive another winter.”
WORRIED_THAT_QUOTED = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj      ner=S-PERSON
2  worried  worry    VERB   VBD  0   root
3  that     that     SCONJ  IN   8   mark
4  “        "        PUNCT  ``   8   punct      nospace
5  This     this     DET    DT   6   det
6  pier     pier     NOUN   NN   8   nsubj
7  will     will     AUX    MD   8   aux
8  survive  survive  VERB   VB   2   ccomp
9  another  another  DET    DT   10  det
10 winter   winter   NOUN   NN   8   obj        nospace
11 .        .        PUNCT  .    2   punct      nospace
12 ”        "        PUNCT  ''   2   punct
"""

# It seemed that “This pier will survive another winter.”
IT_SEEMED_THAT_QUOTED = """
1  It       it       PRON   PRP  2   expl
2  seemed   seem     VERB   VBD  0   root
3  that     that     SCONJ  IN   8   mark
4  “        "        PUNCT  ``   8   punct      nospace
5  This     this     DET    DT   6   det
6  pier     pier     NOUN   NN   8   nsubj
7  will     will     AUX    MD   8   aux
8  survive  survive  VERB   VB   2   ccomp
9  another  another  DET    DT   10  det
10 winter   winter   NOUN   NN   8   obj        nospace
11 .        .        PUNCT  .    2   punct      nospace
12 ”        "        PUNCT  ''   2   punct
"""


@pytest.mark.parametrize(
    ("block", "speaker", "sieve"),
    [
        pytest.param(WORRIED_THAT_QUOTED, "Ortiz", "enclosing-subject", id="worried-that"),
        pytest.param(IT_SEEMED_THAT_QUOTED, None, None, id="expletive-subject"),
    ],
)
def test_enclosing_subject(
    attributor: Attributor, block: str, speaker: str | None, sieve: str | None
) -> None:
    """A quotation inside a sentence of the writer's, with no speech cue: the subject of
    the verb it hangs from, written before it, is the speaker; never an expletive ``it``."""
    quote = only_quote(attributor.attribute(document(_one(rows(block)))))
    assert (quote.speaker and quote.speaker.name, quote.sieve) == (speaker, sieve)


# ------------------------------------------------------------- what a written text says


def _text_read(subject: list[tuple[str, str, str, str]], verb: str = "read") -> list[Row]:
    """``“The pier is closed,” <subject> read.`` with the quotation as the verb's ccomp;
    ``subject`` is a list of (form, lemma, upos, xpos), its last word the head."""
    n = len(subject)
    v = 8 + n
    lines = [
        '1 “ " PUNCT `` 5 punct nospace',
        "2 The the DET DT 3 det",
        "3 pier pier NOUN NN 5 nsubj:pass",
        "4 is be AUX VBZ 5 aux:pass",
        f"5 closed close VERB VBN {v} ccomp nospace",
        "6 , , PUNCT , 5 punct nospace",
        "7 ” \" PUNCT '' 5 punct",
    ]
    for i, (form, lemma, upos, xpos) in enumerate(subject):
        wid = 8 + i
        head, rel = (v, "nsubj") if i == n - 1 else (8 + n - 1, "det")
        lines.append(f"{wid} {form} {lemma} {upos} {xpos} {head} {rel}")
    lines.append(f"{v} {verb} read VERB {'VBZ' if verb == 'reads' else 'VBD'} 0 root nospace")
    lines.append(f"{v + 1} . . PUNCT . {v} punct")
    return rows("\n".join(lines))


THE_SIGN = [("the", "the", "DET", "DT"), ("sign", "sign", "NOUN", "NN")]
THE_STATEMENT = [("the", "the", "DET", "DT"), ("statement", "statement", "NOUN", "NN")]
IT = [("it", "it", "PRON", "PRP")]
SHE = [("she", "she", "PRON", "PRP")]
THE_CLERK = [("the", "the", "DET", "DT"), ("clerk", "clerk", "NOUN", "NN")]

TEXT_ROWS = [
    pytest.param(THE_SIGN, "read", "the sign", id="the-sign-read"),
    pytest.param(THE_STATEMENT, "read", "the statement", id="the-statement-read"),
    pytest.param(IT, "reads", "it", id="it-reads"),
    pytest.param(SHE, None, None, id="a-person-reading-is-no-text"),
    pytest.param(THE_CLERK, None, None, id="a-noun-that-is-no-text"),
]


@pytest.mark.parametrize(("subject", "cue", "mention"), TEXT_ROWS)
def test_text_verb_with_a_text_subject(
    attributor: Attributor, subject: Any, cue: str | None, mention: str | None
) -> None:
    """``“…,” the sign read``: a text verb of the lexicon is the quotation's cue when its
    subject is a text, and the text is the speaker mention; ``she read`` is not a cue."""
    verb = "reads" if cue == "reads" else "read"
    quote = only_quote(attributor.attribute(document(_one(_text_read(subject, verb)))))
    found = quote.speaker and quote.speaker.mention and quote.speaker.mention.text
    assert (quote.text, quote.cue and quote.cue.text, found) == (
        "The pier is closed,",
        cue,
        mention,
    )


def test_text_verbs_come_from_the_lexicon() -> None:
    """The text verbs are lexicon data: without ``read`` the sign's words have no cue."""
    from quoteattr import get_lexicon

    lexicon = attrs.evolve(get_lexicon(), text_verbs=frozenset())
    quote = only_quote(Attributor(lexicon=lexicon).attribute(document(_one(_text_read(THE_SIGN)))))
    assert quote.cue is None


# ------------------------------------------------------------ times are never speakers

# Sunday on Radio Harbour, Mayor Lena Ortiz said the pier was unsafe.
# The parser took the fronted "Sunday" for the subject and hung "Ortiz" from "said" as dep.
SUNDAY_ON_RADIO = """
1  Sunday   Sunday   PROPN  NNP  9   nsubj      ner=S-DATE
2  on       on       ADP    IN   4   case
3  Radio    Radio    PROPN  NNP  4   compound   ner=B-ORG
4  Harbour  Harbour  PROPN  NNP  1   nmod       nospace ner=E-ORG
5  ,        ,        PUNCT  ,    1   punct
6  Mayor    Mayor    PROPN  NNP  8   compound
7  Lena     Lena     PROPN  NNP  8   compound   ner=B-PERSON
8  Ortiz    Ortiz    PROPN  NNP  9   dep        ner=E-PERSON
9  said     say      VERB   VBD  0   root
10 the      the      DET    DT   11  det
11 pier     pier     NOUN   NN   13  nsubj
12 was      be       AUX    VBD  13  cop
13 unsafe   unsafe   ADJ    JJ   9   ccomp      nospace
14 .        .        PUNCT  .    9   punct
"""

# Ortiz toured the pier on Tuesday, telling reporters that it was unsafe.
# The parser hung "telling" from "pier" as dep, so the cue has no subject to climb to.
TOURED_ON_TUESDAY = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj      ner=S-PERSON
2  toured   tour     VERB   VBD  0   root
3  the      the      DET    DT   4   det
4  pier     pier     NOUN   NN   2   obj
5  on       on       ADP    IN   6   case
6  Tuesday  Tuesday  PROPN  NNP  4   nmod       nospace ner=S-DATE
7  ,        ,        PUNCT  ,    8   punct
8  telling  tell     VERB   VBG  4   dep
9  reporters reporter NOUN  NNS  8   obj
10 that     that     SCONJ  IN   13  mark
11 it       it       PRON   PRP  13  nsubj
12 was      be       AUX    VBD  13  cop
13 unsafe   unsafe   ADJ    JJ   8   ccomp      nospace
14 .        .        PUNCT  .    2   punct
"""

# Last week the mayor said the pier was unsafe. ("week" parsed as the subject)
LAST_WEEK = """
1  Last     last     ADJ    JJ   2   amod
2  week     week     NOUN   NN   5   nsubj
3  the      the      DET    DT   4   det
4  mayor    mayor    NOUN   NN   5   dep
5  said     say      VERB   VBD  0   root
6  the      the      DET    DT   7   det
7  pier     pier     NOUN   NN   9   nsubj
8  was      be       AUX    VBD  9   cop
9  unsafe   unsafe   ADJ    JJ   5   ccomp      nospace
10 .        .        PUNCT  .    5   punct
"""

# Tom Day said the pier was unsafe.
TOM_DAY = """
1  Tom      Tom      PROPN  NNP  2   compound   ner=B-PERSON
2  Day      Day      PROPN  NNP  3   nsubj      ner=E-PERSON
3  said     say      VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  pier     pier     NOUN   NN   7   nsubj
6  was      be       AUX    VBD  7   cop
7  unsafe   unsafe   ADJ    JJ   3   ccomp      nospace
8  .        .        PUNCT  .    3   punct
"""

# April said the pier was unsafe. (April the person)
APRIL_SAID = """
1  April    April    PROPN  NNP  2   nsubj      ner=S-PERSON
2  said     say      VERB   VBD  0   root
3  the      the      DET    DT   4   det
4  pier     pier     NOUN   NN   6   nsubj
5  was      be       AUX    VBD  6   cop
6  unsafe   unsafe   ADJ    JJ   2   ccomp      nospace
7  .        .        PUNCT  .    2   punct
"""


def _without_ner(block: str) -> str:
    """The same sentence with no entity tags: the lexicon alone decides."""
    return "\n".join(
        " ".join(c for c in line.split() if not c.startswith("ner=")) for line in block.splitlines()
    )


TIME_ROWS = [
    pytest.param(
        SUNDAY_ON_RADIO,
        Got(
            "speech-verb",
            "the pier was unsafe",
            "said",
            "Lena Ortiz",
            "Mayor Lena Ortiz",
            "adjacent-name",
        ),
        id="fronted-day-parsed-as-subject",
    ),
    pytest.param(
        _without_ner(SUNDAY_ON_RADIO),
        Got(
            "speech-verb",
            "the pier was unsafe",
            "said",
            "Lena Ortiz",
            "Mayor Lena Ortiz",
            "adjacent-name",
        ),
        id="fronted-day-without-entities",
    ),
    pytest.param(
        TOURED_ON_TUESDAY,
        Got("speech-verb", "it was unsafe", "telling", "Ortiz", "Ortiz", "adjacent-name"),
        id="day-between-name-and-cue",
    ),
    pytest.param(
        LAST_WEEK,
        Got("speech-verb", "the pier was unsafe", "said", None, None, None),
        id="time-noun-parsed-as-subject",
    ),
    pytest.param(
        TOM_DAY,
        Got("speech-verb", "the pier was unsafe", "said", "Tom Day", "Tom Day", "subject"),
        id="surname-day",
    ),
    pytest.param(
        _without_ner(TOM_DAY),
        Got("speech-verb", "the pier was unsafe", "said", "Tom Day", "Tom Day", "subject"),
        id="surname-day-without-entities",
    ),
    pytest.param(
        APRIL_SAID,
        Got("speech-verb", "the pier was unsafe", "said", "April", "April", "subject"),
        id="person-named-april",
    ),
]


def test_time_words_come_from_the_lexicon() -> None:
    """The calendar names are lexicon data: without them (and without entity tags) the
    fronted ``Sunday`` is the subject again."""
    from quoteattr import get_lexicon

    lexicon = attrs.evolve(get_lexicon(), calendar_names=frozenset())
    doc = document(_one(rows(_without_ner(SUNDAY_ON_RADIO))))
    quote = only_quote(Attributor(lexicon=lexicon).attribute(doc))
    assert (
        quote.sieve,
        quote.speaker and quote.speaker.mention and quote.speaker.mention.text,
    ) == (
        "subject",
        "Sunday on Radio Harbour",
    )


class TestTimesAreNotSpeakers:
    """A day, a month or a time noun is never the speaker: ``subject`` passes over one
    the parser took for the subject, ``adjacent-name`` walks past one to the name."""

    @pytest.mark.parametrize(("block", "expected"), TIME_ROWS)
    def test_row(self, attributor: Attributor, block: str, expected: Got) -> None:
        """The speaker (or none) for each sentence."""
        assert got(only_quote(attributor.attribute(document(_one(rows(block)))))) == expected


# ------------------------------------------------------------------------ sieve participle

# The council published an article stating that the pier was unsafe.
ARTICLE_STATING = """
1  The      the      DET    DT   2   det
2  council  council  NOUN   NN   3   nsubj
3  published publish VERB   VBD  0   root
4  an       a        DET    DT   5   det
5  article  article  NOUN   NN   3   obj
6  stating  state    VERB   VBG  5   acl
7  that     that     SCONJ  IN   11  mark
8  the      the      DET    DT   9   det
9  pier     pier     NOUN   NN   11  nsubj
10 was      be       AUX    VBD  11  cop
11 unsafe   unsafe   ADJ    JJ   6   ccomp      nospace
12 .        .        PUNCT  .    3   punct
"""

# The vote was close, with Ortiz telling reporters that the pier was unsafe.
WITH_ORTIZ_TELLING = """
1  The      the      DET    DT   2   det
2  vote     vote     NOUN   NN   4   nsubj
3  was      be       AUX    VBD  4   cop
4  close    close    ADJ    JJ   0   root       nospace
5  ,        ,        PUNCT  ,    7   punct
6  with     with     ADP    IN   7   case
7  Ortiz    Ortiz    PROPN  NNP  4   obl        ner=S-PERSON
8  telling  tell     VERB   VBG  7   acl
9  reporters reporter NOUN  NNS  8   obj
10 that     that     SCONJ  IN   14  mark
11 the      the      DET    DT   12  det
12 pier     pier     NOUN   NN   14  nsubj
13 was      be       AUX    VBD  14  cop
14 unsafe   unsafe   ADJ    JJ   8   ccomp      nospace
15 .        .        PUNCT  .    4   punct
"""

# Ortiz closed the pier, saying that it was unsafe. ("saying" hung from "pier")
CLOSED_THE_PIER_SAYING = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj      ner=S-PERSON
2  closed   close    VERB   VBD  0   root
3  the      the      DET    DT   4   det
4  pier     pier     NOUN   NN   2   obj        nospace
5  ,        ,        PUNCT  ,    6   punct
6  saying   say      VERB   VBG  4   acl
7  that     that     SCONJ  IN   10  mark
8  it       it       PRON   PRP  10  nsubj
9  was      be       AUX    VBD  10  cop
10 unsafe   unsafe   ADJ    JJ   6   ccomp      nospace
11 .        .        PUNCT  .    2   punct
"""

# Ortiz waited at the gate saying that the pier was unsafe. ("saying" hung from "gate")
AT_THE_GATE_SAYING = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj      ner=S-PERSON
2  waited   wait     VERB   VBD  0   root
3  at       at       ADP    IN   5   case
4  the      the      DET    DT   5   det
5  gate     gate     NOUN   NN   2   obl
6  saying   say      VERB   VBG  5   acl
7  that     that     SCONJ  IN   11  mark
8  the      the      DET    DT   9   det
9  pier     pier     NOUN   NN   11  nsubj
10 was      be       AUX    VBD  11  cop
11 unsafe   unsafe   ADJ    JJ   6   ccomp      nospace
12 .        .        PUNCT  .    2   punct
"""

# Ortiz closed the pier, saying that it was unsafe and adding that it would reopen.
# ("saying" hung from "pier", "adding" coordinated with it)
CLOSED_SAYING_AND_ADDING = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj      ner=S-PERSON
2  closed   close    VERB   VBD  0   root
3  the      the      DET    DT   4   det
4  pier     pier     NOUN   NN   2   obj        nospace
5  ,        ,        PUNCT  ,    6   punct
6  saying   say      VERB   VBG  4   acl
7  that     that     SCONJ  IN   10  mark
8  it       it       PRON   PRP  10  nsubj
9  was      be       AUX    VBD  10  cop
10 unsafe   unsafe   ADJ    JJ   6   ccomp
11 and      and      CCONJ  CC   12  cc
12 adding   add      VERB   VBG  6   conj
13 that     that     SCONJ  IN   16  mark
14 it       it       PRON   PRP  16  nsubj
15 would    would    AUX    MD   16  aux
16 reopen   reopen   VERB   VB   12  ccomp      nospace
17 .        .        PUNCT  .    2   punct
"""

# After saying that the pier was unsafe, Ortiz closed it.
AFTER_SAYING = """
1  After    after    SCONJ  IN   2   mark
2  saying   say      VERB   VBG  10  advcl
3  that     that     SCONJ  IN   7   mark
4  the      the      DET    DT   5   det
5  pier     pier     NOUN   NN   7   nsubj
6  was      be       AUX    VBD  7   cop
7  unsafe   unsafe   ADJ    JJ   2   ccomp      nospace
8  ,        ,        PUNCT  ,    10  punct
9  Ortiz    Ortiz    PROPN  NNP  10  nsubj      ner=S-PERSON
10 closed   close    VERB   VBD  0   root
11 it       it       PRON   PRP  10  obj        nospace
12 .        .        PUNCT  .    10  punct
"""


def test_coordinated_participle_shares_the_speaker(attributor: Attributor) -> None:
    """``…, saying that … and adding that …``: the second participle is said by whoever
    says the first."""
    found = [
        got(q) for q in attributor.attribute(document(_one(rows(CLOSED_SAYING_AND_ADDING)))).quotes
    ]
    assert found == [
        Got("speech-verb", "it was unsafe", "saying", "Ortiz", "Ortiz", "participle"),
        Got("speech-verb", "it would reopen", "adding", "Ortiz", "Ortiz", "participle"),
    ]


def test_fronted_participle_takes_the_clause_subject(attributor: Attributor) -> None:
    """``After saying that …, Ortiz closed it``: a participle adjunct before its clause is
    said by the clause's subject, written after it (sieve ``subject``)."""
    quote = only_quote(attributor.attribute(document(_one(rows(AFTER_SAYING)))))
    assert got(quote) == Got(
        "speech-verb", "the pier was unsafe", "saying", "Ortiz", "Ortiz", "subject"
    )


PARTICIPLE_HEAD_ROWS = [
    pytest.param(
        ARTICLE_STATING,
        Got(
            "speech-verb",
            "the pier was unsafe",
            "stating",
            "The council",
            "The council",
            "participle",
        ),
        id="statement-noun-its-publisher-speaks",
    ),
    pytest.param(
        WITH_ORTIZ_TELLING,
        Got("speech-verb", "the pier was unsafe", "telling", "Ortiz", "Ortiz", "participle"),
        id="with-name-telling",
    ),
    pytest.param(
        CLOSED_THE_PIER_SAYING,
        Got("speech-verb", "it was unsafe", "saying", "Ortiz", "Ortiz", "participle"),
        id="after-comma-the-clause-subject",
    ),
    pytest.param(
        AT_THE_GATE_SAYING,
        Got("speech-verb", "the pier was unsafe", "saying", "Ortiz", "Ortiz", "adjacent-name"),
        id="place-is-no-sayer",
    ),
]


@pytest.mark.parametrize(("block", "expected"), PARTICIPLE_HEAD_ROWS)
def test_participle_head(attributor: Attributor, block: str, expected: Got) -> None:
    """Sieve ``participle``: a speech participle hung from a noun is said by that noun
    (or by whoever issued it, for a statement noun), or, after a comma, by the subject
    of the clause; never by a place or time in a prepositional phrase."""
    assert got(only_quote(attributor.attribute(document(_one(rows(block)))))) == expected


# -------------------------------------------------------------- sieve relative-antecedent

# Mayor Lena Ortiz, who said that the pier was unsafe, closed it on Monday.
RELATIVE_NAMED = rows("""
1  Mayor    Mayor    PROPN  NNP  2   compound
2  Lena     Lena     PROPN  NNP  13  nsubj      ner=B-PERSON
3  Ortiz    Ortiz    PROPN  NNP  2   flat       nospace ner=E-PERSON
4  ,        ,        PUNCT  ,    6   punct
5  who      who      PRON   WP   6   nsubj
6  said     say      VERB   VBD  2   acl:relcl
7  that     that     SCONJ  IN   11  mark
8  the      the      DET    DT   9   det
9  pier     pier     NOUN   NN   11  nsubj
10 was      be       AUX    VBD  11  cop
11 unsafe   unsafe   ADJ    JJ   6   ccomp      nospace
12 ,        ,        PUNCT  ,    6   punct
13 closed   close    VERB   VBD  0   root
14 it       it       PRON   PRP  13  obj
15 on       on       ADP    IN   16  case
16 Monday   Monday   PROPN  NNP  13  obl        nospace ner=S-DATE
17 .        .        PUNCT  .    13  punct
""")

# The harbour master, who said the cranes were too old, resigned.
RELATIVE_NOUN = rows("""
1  The      the      DET    DT   3   det
2  harbour  harbour  NOUN   NN   3   compound
3  master   master   NOUN   NN   13  nsubj      nospace
4  ,        ,        PUNCT  ,    6   punct
5  who      who      PRON   WP   6   nsubj
6  said     say      VERB   VBD  3   acl:relcl
7  the      the      DET    DT   8   det
8  cranes   crane    NOUN   NNS  11  nsubj
9  were     be       AUX    VBD  11  cop
10 too      too      ADV    RB   11  advmod
11 old      old      ADJ    JJ   6   ccomp      nospace
12 ,        ,        PUNCT  ,    6   punct
13 resigned resign   VERB   VBD  0   root       nospace
14 .        .        PUNCT  .    13  punct
""")

# Ana Diaz, who toured the pier and said it was unsafe, closed it.
RELATIVE_CONJ = rows("""
1  Ana      Ana      PROPN  NNP  14  nsubj      ner=B-PERSON
2  Diaz     Diaz     PROPN  NNP  1   flat       nospace ner=E-PERSON
3  ,        ,        PUNCT  ,    5   punct
4  who      who      PRON   WP   5   nsubj
5  toured   tour     VERB   VBD  1   acl:relcl
6  the      the      DET    DT   7   det
7  pier     pier     NOUN   NN   5   obj
8  and      and      CCONJ  CC   9   cc
9  said     say      VERB   VBD  5   conj
10 it       it       PRON   PRP  12  nsubj
11 was      be       AUX    VBD  12  cop
12 unsafe   unsafe   ADJ    JJ   9   ccomp      nospace
13 ,        ,        PUNCT  ,    5   punct
14 closed   close    VERB   VBD  0   root
15 it       it       PRON   PRP  14  obj        nospace
16 .        .        PUNCT  .    14  punct
""")

# The pier, which officials said was unsafe for boats, closed.
RELATIVE_OBJECT = rows("""
1  The      the      DET    DT   2   det
2  pier     pier     NOUN   NN   12  nsubj      nospace
3  ,        ,        PUNCT  ,    6   punct
4  which    which    PRON   WDT  8   nsubj
5  officials official NOUN  NNS  6   nsubj
6  said     say      VERB   VBD  2   acl:relcl
7  was      be       AUX    VBD  8   cop
8  unsafe   unsafe   ADJ    JJ   6   ccomp
9  for      for      ADP    IN   10  case
10 boats    boat     NOUN   NNS  8   obl        nospace
11 ,        ,        PUNCT  ,    6   punct
12 closed   close    VERB   VBD  0   root       nospace
13 .        .        PUNCT  .    12  punct
""")

RELATIVE_ROWS = [
    pytest.param(
        _one(RELATIVE_NAMED),
        Got(
            "speech-verb", "the pier was unsafe", "said", "Lena Ortiz", "who", "relative-antecedent"
        ),
        id="named-antecedent",
    ),
    pytest.param(
        _one(RELATIVE_NOUN),
        Got(
            "speech-verb",
            "the cranes were too old",
            "said",
            "The harbour master",
            "who",
            "relative-antecedent",
        ),
        id="common-noun-antecedent",
    ),
    pytest.param(
        _one(RELATIVE_CONJ),
        Got("speech-verb", "it was unsafe", "said", "Ana Diaz", "who", "relative-antecedent"),
        id="cue-coordinated-in-the-relative-clause",
    ),
    pytest.param(
        _one(RELATIVE_OBJECT),
        Got("speech-verb", "was unsafe for boats", "said", "officials", "officials", "subject"),
        id="relative-clause-with-its-own-subject",
    ),
]


class TestRelativeAntecedent:
    """Sieve ``relative-antecedent``: ``X, who said …`` is spoken by X."""

    @pytest.mark.parametrize(("paragraphs", "expected"), RELATIVE_ROWS)
    def test_row(self, attributor: Attributor, paragraphs: Any, expected: Got) -> None:
        """The mention is the relative pronoun and the name comes from its antecedent."""
        assert got(only_quote(attributor.attribute(document(paragraphs)))) == expected


# ------------------------------------------------------------------------ Quote.repaired

# The mayor said: “The pier will reopen in May.   (never closed)
UNCLOSED = rows("""
1  The      the      DET    DT   2   det
2  mayor    mayor    NOUN   NN   3   nsubj
3  said     say      VERB   VBD  0   root       nospace
4  :        :        PUNCT  :    9   punct
5  “        "        PUNCT  ``   9   punct      nospace
6  The      the      DET    DT   7   det
7  pier     pier     NOUN   NN   9   nsubj
8  will     will     AUX    MD   9   aux
9  reopen   reopen   VERB   VB   3   ccomp
10 in       in       ADP    IN   11  case
11 May      May      PROPN  NNP  9   obl        nospace ner=S-DATE
12 .        .        PUNCT  .    9   punct
""")

# The mayor said: “The pier will reopen in May.”
CLOSED = [
    *[(*row[:6], {**row[6], "space": False}) if row[0] == "." else row for row in UNCLOSED],
    ("”", '"', "PUNCT", "''", 9, "punct", {}),
]

# “The crane arrives first.”   (a paragraph continuing the quotation, closed)
CONTINUED = rows("""
1  “        "        PUNCT  ``   4   punct      nospace
2  The      the      DET    DT   3   det
3  crane    crane    NOUN   NN   4   nsubj
4  arrives  arrive   VERB   VBZ  0   root
5  first    first    ADV    RB   4   advmod     nospace
6  .        .        PUNCT  .    4   punct      nospace
7  ”        "        PUNCT  ''   4   punct
""")

# “The crane arrives first.   (a paragraph continuing the quotation, never closed)
CONTINUED_UNCLOSED = CONTINUED[:-1]

# Residents were pleased.
PLEASED = rows("""
1  Residents resident NOUN  NNS  3   nsubj
2  were     be       AUX    VBD  3   cop
3  pleased  pleased  ADJ    JJ   0   root       nospace
4  .        .        PUNCT  .    3   punct
""")

REPAIRED_ROWS = [
    pytest.param([[UNCLOSED]], [True], id="unclosed-at-the-end-of-the-text"),
    pytest.param([[CLOSED]], [False], id="closed"),
    pytest.param([[UNCLOSED], [PLEASED]], [True], id="unclosed-before-a-plain-paragraph"),
    pytest.param([[UNCLOSED], [CONTINUED]], [False], id="continued-and-closed-next-paragraph"),
    pytest.param([[UNCLOSED], [CONTINUED_UNCLOSED]], [True], id="continued-never-closed"),
]


class TestRepaired:
    """``Quote.repaired``: a quotation whose marks were unbalanced says so."""

    @pytest.mark.parametrize(("paragraphs", "expected"), REPAIRED_ROWS)
    def test_row(self, attributor: Attributor, paragraphs: Any, expected: list[bool]) -> None:
        """Every quote carries the expected repaired flag."""
        result = attributor.attribute(document(paragraphs))
        assert [q.repaired for q in result.quotes] == expected

    def test_unclosed_content_runs_to_the_end(self, attributor: Attributor) -> None:
        """The unclosed quotation runs to the end of the text and keeps its speaker."""
        quote = only_quote(attributor.attribute(document([[UNCLOSED]])))
        assert (quote.kind, quote.text, quote.speaker and quote.speaker.name) == (
            "direct",
            "The pier will reopen in May.",
            "The mayor",
        )

    def test_repaired_in_json(self, attributor: Attributor) -> None:
        """The flag survives the JSON round trip of the result."""
        result = attributor.attribute(document([[UNCLOSED]]))
        assert DocumentResult.from_json(result.to_json()).quotes[0].repaired is True


# ------------------------------------------------------------------ quoted predicates

# "Ortiz said the new cranes “cost too much to run”." with the parser's usual mistake:
# the report's subject made the object of "said", the quoted predicate a conjunct of it.
QUOTED_PREDICATE = rows("""
1  Ortiz   Ortiz   PROPN  NNP  2  nsubj   ner=S-PERSON
2  said    say     VERB   VBD  0  root
3  the     the     DET    DT   5  det
4  new     new     ADJ    JJ   5  amod
5  cranes  crane   NOUN   NNS  2  obj
6  “       "       PUNCT  ``   7  punct   nospace
7  cost    cost    VERB   VBP  2  conj
8  too     too     ADV    RB   9  advmod
9  much    much    ADJ    JJ   7  obj
10 to      to      PART   TO   11 mark
11 run     run     VERB   VB   9  advcl   nospace
12 ”       "       PUNCT  ''   2  punct   nospace
13 .       .       PUNCT  .    2  punct
""")


class TestQuotedPredicate:
    """A quotation whose subject the writer gave outside the marks becomes a mixed quote."""

    def test_subject_outside_the_marks_is_taken_in(self) -> None:
        """The content runs from the written subject to the end of the quotation."""
        result = Attributor().attribute(document([[QUOTED_PREDICATE]]))
        assert [(q.kind, q.text) for q in result.quotes] == [
            ("mixed", "the new cranes “cost too much to run”")
        ]
        assert result.quotes[0].speaker is not None
        assert result.quotes[0].speaker.name == "Ortiz"
