"""Reports the parser attached to the wrong word or cut in two, recovered.

A statistical parser often misreads the short attribution set off by commas in the
middle of a sentence (``The ports, the minister said, will reopen``): the speech verb
becomes a modifier of the noun before it and the sentence has no report. The
``speech-verb-aside`` rule finds these from the commas, and the ``aside`` sieve takes the
speaker from the aside itself.

Every sentence is invented and annotated by hand in the style of UD v2 English EWT; the
parser's mistake each row needs is named. Each row is a document and the quotes expected
in it as ``(kind, content spans, rule, cue)``.
"""

from __future__ import annotations

from typing import Any

import pytest
from conllu_builder import Row, document, rows
from split_docs import OKAFOR_ABBREVIATION, SAID_PORT_REOPEN, WHY_NOW

from quoteattr import Attributor
from quoteattr.model import DocumentResult

Found = tuple[str, tuple[str, ...], str, str | None]


def _found(result: DocumentResult) -> list[Found]:
    return [
        (q.kind, tuple(s.text for s in q.spans), q.rule, None if q.cue is None else q.cue.text)
        for q in result.quotes
    ]


@pytest.fixture(scope="module")
def attributor() -> Attributor:
    """The default attributor, shared: it is stateless for Documents."""
    return Attributor()


# --- an aside the parser hung from the noun before it ------------------------------------

# parser's mistake: "said" is an acl of "minister", itself an apposition of "ports"
MINISTER_SAID_ACL = rows("""
1  The      the      DET    DT   3   det
2  two      two      NUM    CD   3   nummod
3  ports    port     NOUN   NNS  10  nsubj     nospace
4  ,        ,        PUNCT  ,    6   punct
5  the      the      DET    DT   6   det
6  minister minister NOUN   NN   3   appos
7  said     say      VERB   VBD  6   acl       nospace
8  ,        ,        PUNCT  ,    6   punct
9  will     will     AUX    MD   10  aux
10 reopen   reopen   VERB   VB   0   root
11 in       in       ADP    IN   12  case
12 May      May      PROPN  NNP  10  obl       nospace
13 .        .        PUNCT  .    10  punct
""")

# the same sentence as EWT parses it: the aside is a parataxis of the clause
MINISTER_SAID_PARATAXIS = rows("""
1  The      the      DET    DT   3   det
2  two      two      NUM    CD   3   nummod
3  ports    port     NOUN   NNS  10  nsubj     nospace
4  ,        ,        PUNCT  ,    7   punct
5  the      the      DET    DT   6   det
6  minister minister NOUN   NN   7   nsubj
7  said     say      VERB   VBD  10  parataxis nospace
8  ,        ,        PUNCT  ,    7   punct
9  will     will     AUX    MD   10  aux
10 reopen   reopen   VERB   VB   0   root
11 in       in       ADP    IN   12  case
12 May      May      PROPN  NNP  10  obl       nospace
13 .        .        PUNCT  .    10  punct
""")

# parser's mistake: "said" is an acl of "ports", its subject "Okafor" a second apposition
SAID_OKAFOR_ACL = rows("""
1  Both     both     DET    DT   2   det
2  ferries  ferry    NOUN   NNS  9   nsubj     nospace
3  ,        ,        PUNCT  ,    4   punct
4  said     say      VERB   VBD  2   acl
5  Ms.      Ms.      PROPN  NNP  6   compound
6  Okafor   Okafor   PROPN  NNP  4   obj       nospace ner=S-PERSON
7  ,        ,        PUNCT  ,    4   punct
8  were     be       AUX    VBD  9   aux:pass
9  damaged  damage   VERB   VBN  0   root
10 in       in       ADP    IN   12  case
11 the      the      DET    DT   12  det
12 storm    storm    NOUN   NN   9   obl       nospace
13 .        .        PUNCT  .    9   punct
""")

# parser's mistake: the final "she told reporters" hangs from "storm" as a relative clause
FINAL_SHE_TOLD_REPORTERS = rows("""
1  Both     both     DET    DT   2   det
2  ferries  ferry    NOUN   NNS  4   nsubj:pass
3  were     be       AUX    VBD  4   aux:pass
4  damaged  damage   VERB   VBN  0   root
5  in       in       ADP    IN   7   case
6  the      the      DET    DT   7   det
7  storm    storm    NOUN   NN   4   obl       nospace
8  ,        ,        PUNCT  ,    10  punct
9  she      she      PRON   PRP  10  nsubj
10 told     tell     VERB   VBD  7   acl:relcl
11 reporters reporter NOUN  NNS  10  obj       nospace
12 .        .        PUNCT  .    4   punct
""")

# a relative clause between commas is not an aside, even with a speech verb in it
WHICH_MINISTER_ANNOUNCED = rows("""
1  The       the       DET    DT   2   det
2  plan      plan      NOUN   NN   10  nsubj     nospace
3  ,         ,         PUNCT  ,    7   punct
4  which     which     PRON   WDT  7   obj
5  the       the       DET    DT   6   det
6  minister  minister  NOUN   NN   7   nsubj
7  announced announce  VERB   VBD  2   acl:relcl nospace
8  ,         ,         PUNCT  ,    7   punct
9  will      will      AUX    MD   10  aux
10 cost      cost      VERB   VB   0   root
11 more      more      ADJ    JJR  10  obj       nospace
12 .         .         PUNCT  .    10  punct
""")

# the same shape with a verb that reports no speech
MINISTER_HOPED_ACL = rows("""
1  The      the      DET    DT   3   det
2  two      two      NUM    CD   3   nummod
3  ports    port     NOUN   NNS  10  nsubj     nospace
4  ,        ,        PUNCT  ,    6   punct
5  the      the      DET    DT   6   det
6  minister minister NOUN   NN   3   appos
7  hoped    hope     VERB   VBD  6   acl       nospace
8  ,        ,        PUNCT  ,    6   punct
9  will     will     AUX    MD   10  aux
10 reopen   reopen   VERB   VB   0   root
11 in       in       ADP    IN   12  case
12 May      May      PROPN  NNP  10  obl       nospace
13 .        .        PUNCT  .    10  punct
""")

# an aside with more than a speaker in it ("said in a statement on Friday") is left alone:
# it could be the writer's own clause
MINISTER_SAID_IN_STATEMENT = rows("""
1  The       the       DET    DT   2   det
2  ports     port      NOUN   NNS  12  nsubj     nospace
3  ,         ,         PUNCT  ,    5   punct
4  Okafor    Okafor    PROPN  NNP  5   nsubj
5  said      say       VERB   VBD  2   acl
6  in        in        ADP    IN   8   case
7  a         a         DET    DT   8   det
8  statement statement NOUN   NN   5   obl       nospace
9  ,         ,         PUNCT  ,    5   punct
10 will      will      AUX    MD   12  aux
11 soon      soon      ADV    RB   12  advmod
12 reopen    reopen    VERB   VB   0   root
13 .         .         PUNCT  .    12  punct
""")

# parser's mistake: the words before the aside are a clause of their own ("the city
# owns"), a parataxis of the root, and the aside hangs from it
CITY_OWNS_SHE_ADDED = rows("""
1  The      the      DET    DT   2   det
2  boats    boat     NOUN   NNS  12  nsubj
3  the      the      DET    DT   4   det
4  city     city     NOUN   NN   5   nsubj
5  owns     own      VERB   VBZ  12  parataxis nospace
6  ,        ,        PUNCT  ,    5   punct
7  she      she      PRON   PRP  8   nsubj
8  added    add      VERB   VBD  5   dep       nospace
9  ,        ,        PUNCT  ,    5   punct
10 are      be       AUX    VBP  12  cop
11 very     very     ADV    RB   12  advmod
12 old      old      ADJ    JJ   0   root      nospace
13 .        .        PUNCT  .    12  punct
""")

ASIDES: list[Any] = [
    pytest.param(
        [MINISTER_SAID_ACL],
        [("indirect", ("The two ports", "will reopen in May"), "speech-verb-aside", "said")],
        id="mid-sentence-misparsed",
    ),
    pytest.param(
        [MINISTER_SAID_PARATAXIS],
        [("indirect", ("The two ports", "will reopen in May"), "speech-verb", "said")],
        id="mid-sentence-parsed-right",
    ),
    pytest.param(
        [SAID_OKAFOR_ACL],
        [
            (
                "indirect",
                ("Both ferries", "were damaged in the storm"),
                "speech-verb-aside",
                "said",
            )
        ],
        id="inverted-misparsed",
    ),
    pytest.param(
        [FINAL_SHE_TOLD_REPORTERS],
        [("indirect", ("Both ferries were damaged in the storm",), "speech-verb-aside", "told")],
        id="sentence-final-with-addressee",
    ),
    pytest.param(
        [CITY_OWNS_SHE_ADDED],
        [
            (
                "indirect",
                ("The boats the city owns", "are very old"),
                "speech-verb-aside",
                "added",
            )
        ],
        id="aside-hung-on-the-words-before-it",
    ),
    pytest.param([WHICH_MINISTER_ANNOUNCED], [], id="relative-clause-not-an-aside"),
    pytest.param([MINISTER_HOPED_ACL], [], id="not-a-speech-verb"),
]


class TestSpeechVerbAside:
    """``X, the minister said, Y``: the sentence around a misparsed aside is the report."""

    @pytest.mark.parametrize(("sentences", "expected"), ASIDES)
    def test_table(
        self, attributor: Attributor, sentences: list[list[Row]], expected: list[Found]
    ) -> None:
        """Each document gives exactly the expected quotes."""
        assert _found(attributor.attribute(document([sentences]))) == expected

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            (MINISTER_SAID_ACL, "the minister"),
            (SAID_OKAFOR_ACL, "Ms. Okafor"),
            (FINAL_SHE_TOLD_REPORTERS, "she"),
            (CITY_OWNS_SHE_ADDED, "she"),
        ],
    )
    def test_speaker_from_the_aside(
        self, attributor: Attributor, sentence: list[Row], speaker: str
    ) -> None:
        """The speaker is the noun phrase of the aside, decided by the ``aside`` sieve."""
        (quote,) = attributor.attribute(document([[sentence]])).quotes
        assert quote.speaker is not None
        assert (quote.speaker.mention.text, quote.sieve) == (speaker, "aside")

    def test_next_paragraph_opening_with_a_quotation(self, attributor: Attributor) -> None:
        """A quotation mark opening the next paragraph is not next to the aside."""
        quoted = rows("""
1  “        "        PUNCT  ``   2   punct     nospace
2  Never    never    ADV    RB   0   root      nospace
3  .        .        PUNCT  .    2   punct     nospace
4  ”        "        PUNCT  ''   2   punct
""")
        found = _found(attributor.attribute(document([[FINAL_SHE_TOLD_REPORTERS], [quoted]])))
        assert found[0] == (
            "indirect",
            ("Both ferries were damaged in the storm",),
            "speech-verb-aside",
            "told",
        )

    def test_longer_aside_left_alone(self, attributor: Attributor) -> None:
        """An aside holding more than its speaker (``said in a statement``) is not
        recovered: the rule keeps to the shape it can be sure of."""
        assert _found(attributor.attribute(document([[MINISTER_SAID_IN_STATEMENT]]))) == []


# --- a report the parser cut in two --------------------------------------------------------

# parser's mistake: the subject and the predicate of the fronted report both hang on
# "reported" as dep
FUND_RECEIVED_REPORTED = rows("""
1  The      the      DET    DT   2   det
2  fund     fund     NOUN   NN   12  dep
3  “        "        PUNCT  ``   4   punct     nospace
4  received receive  VERB   VBD  12  dep
5  two      two      NUM    CD   6   nummod
6  million  million  NUM    CD   7   nummod
7  dollars  dollar   NOUN   NNS  4   obj       nospace
8  ,        ,        PUNCT  ,    4   punct     nospace
9  ”        "        PUNCT  ''   4   punct
10 the      the      DET    DT   11  det
11 paper    paper    NOUN   NN   12  nsubj
12 reported report   VERB   VBD  0   root      nospace
13 .        .        PUNCT  .    12  punct
""")

# parser's mistake: the report ends at "had"; the quoted rest hangs on "said" as dep
TEAM_MADE_STRIDES = rows("""
1  The      the      DET    DT   2   det
2  coach    coach    NOUN   NN   3   nsubj
3  said     say      VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  team     team     NOUN   NN   6   nsubj
6  had      have     VERB   VBD  3   ccomp
7  “        "        PUNCT  ``   8   punct     nospace
8  made     make     VERB   VBN  3   dep
9  great    great    ADJ    JJ   10  amod
10 strides  stride   NOUN   NNS  8   obj       nospace
11 ”        "        PUNCT  ''   8   punct
12 in       in       ADP    IN   13  case
13 training training NOUN   NN   8   obl       nospace
14 .        .        PUNCT  .    3   punct
""")

# parser's mistake: the report is "he was", the quotation hangs on "Sunday"
HE_WAS_BECOMING = rows("""
1  The      the      DET    DT   2   det
2  mayor    mayor    NOUN   NN   3   nsubj
3  said     say      VERB   VBD  0   root
4  on       on       ADP    IN   5   case
5  Sunday   Sunday   PROPN  NNP  3   obl
6  that     that     SCONJ  IN   8   mark
7  he       he       PRON   PRP  8   nsubj
8  was      be       AUX    VBD  3   ccomp
9  “        "        PUNCT  ``   10  punct     nospace
10 becoming become   VERB   VBG  5   acl
11 a        a        DET    DT   12  det
12 liability liability NOUN NN   10  xcomp     nospace
13 .        .        PUNCT  .    3   punct     nospace
14 ”        "        PUNCT  ''   10  punct
""")

# parser's mistake: "he" is the object of "said", "resign" a second predicate of "said"
SAID_HE_OBJECT = rows("""
1  Okafor   Okafor   PROPN  NNP  2   nsubj
2  said     say      VERB   VBD  0   root
3  he       he       PRON   PRP  2   obj
4  would    would    AUX    MD   5   aux
5  resign   resign   VERB   VB   2   conj
6  in       in       ADP    IN   7   case
7  May      May      PROPN  NNP  5   obl       nospace
8  .        .        PUNCT  .    2   punct
""")

# parser's mistake: "folded" tagged as an adjective, the fronted report headed by "He"
HE_FOLDED_NOTES = rows("""
1  He       he       PRON   PRP  11  ccomp
2  later    later    ADV    RB   5   advmod
3  folded   folded   ADJ    JJ   5   amod
4  the      the      DET    DT   5   det
5  notes    note     NOUN   NNS  1   obj
6  into     into     ADP    IN   8   case
7  a        a        DET    DT   8   det
8  letter   letter   NOUN   NN   1   nmod      nospace
9  ,        ,        PUNCT  ,    11  punct
10 he       he       PRON   PRP  11  nsubj
11 said     say      VERB   VBD  0   root      nospace
12 .        .        PUNCT  .    11  punct
""")

CUT_IN_TWO: list[Any] = [
    pytest.param(
        [SAID_HE_OBJECT],
        [("indirect", ("he would resign in May",), "speech-verb-linear", "said")],
        id="subject-pronoun-as-object-opens-the-report",
    ),
    pytest.param(
        [HE_WAS_BECOMING],
        [("mixed", ("he was “becoming a liability.”",), "speech-verb", "said")],
        id="quotation-hung-elsewhere-goes-on-with-the-report",
    ),
    pytest.param(
        [FUND_RECEIVED_REPORTED],
        [("mixed", ("The fund “received two million dollars,”",), "speech-verb", "reported")],
        id="subject-stranded-before-a-fronted-report",
    ),
    pytest.param(
        [TEAM_MADE_STRIDES],
        [("mixed", ("the team had “made great strides” in training",), "speech-verb", "said")],
        id="report-goes-on-as-a-dep-of-the-verb",
    ),
    pytest.param(
        [HE_FOLDED_NOTES],
        [("indirect", ("He later folded the notes into a letter",), "speech-verb", "said")],
        id="fronted-report-headed-by-a-pronoun",
    ),
]


class TestReportCutInTwo:
    """A report the parser split is put back together: a noun phrase stranded before a
    fronted report is its subject, a ``dep`` that goes on from the report with no comma
    is the rest of it, and so is a lower-case quotation that opens right after it
    wherever the parser hung it; a subject pronoun the parser made the speech verb's
    object (``said he would resign``) opens the report."""

    @pytest.mark.parametrize(("sentences", "expected"), CUT_IN_TWO)
    def test_table(
        self, attributor: Attributor, sentences: list[list[Row]], expected: list[Found]
    ) -> None:
        """Each document gives exactly the expected quotes."""
        assert _found(attributor.attribute(document([sentences]))) == expected


# --- a naming verb's object and the quotation after it ------------------------------------

# parser's mistake: the quoted name hangs on the object noun as dep, not on "called"
CALLED_MAYOR_DANGER = rows("""
1  Okafor   Okafor   PROPN  NNP  2   nsubj
2  called   call     VERB   VBD  0   root
3  the      the      DET    DT   4   det
4  mayor    mayor    NOUN   NN   2   obj
5  “        "        PUNCT  ``   7   punct     nospace
6  a        a        DET    DT   7   det
7  danger   danger   NOUN   NN   4   dep
8  to       to       ADP    IN   10  case
9  the      the      DET    DT   10  det
10 port     port     NOUN   NN   7   nmod      nospace
11 .        .        PUNCT  .    2   punct     nospace
12 ”        "        PUNCT  ''   7   punct
""")


class TestNamedObject:
    """``called the mayor “a danger to the port”`` is one mixed quote of the object and
    the quotation, however the parser tied the quotation."""

    def test_named_object(self, attributor: Attributor) -> None:
        """The content runs from the object to the closing mark; the cue is the verb."""
        found = _found(attributor.attribute(document([[CALLED_MAYOR_DANGER]])))
        assert found == [
            ("mixed", ("the mayor “a danger to the port.”",), "partial-quote", "called")
        ]


# --- a quotation after the writer's words, attributed after it -----------------------------

# parser's mistake: "said" hangs inside the quotation (dep of "backslapper"), and the
# quotation from the writer's "is"; what follows the attribution is the writer's
JO_IS_NOT_A_BACKSLAPPER = rows("""
1  Jo       Jo       PROPN  NNP  2   nsubj
2  is       be       AUX    VBZ  0   root
3  “        "        PUNCT  ``   4   punct     nospace
4  not      not      PART   RB   2   advmod
5  a        a        DET    DT   6   det
6  backslapper backslapper NOUN NN 2 obj       nospace
7  ,        ,        PUNCT  ,    6   punct     nospace
8  ”        "        PUNCT  ''   6   punct
9  said     say      VERB   VBD  6   dep
10 Kim      Kim      PROPN  NNP  9   nsubj     nospace
11 ,        ,        PUNCT  ,    9   punct
12 but      but      CCONJ  CC   15  cc
13 she      she      PRON   PRP  15  nsubj
14 is       be       AUX    VBZ  15  cop
15 fair     fair     ADJ    JJ   2   conj      nospace
16 .        .        PUNCT  .    2   punct
""")


def test_writers_words_before_a_quotation_attributed_after(attributor: Attributor) -> None:
    """``Jo is “not a backslapper,” said Kim, but …``: the writer's words before the
    quotation are reported with it; nothing after the inverted attribution is."""
    found = _found(attributor.attribute(document([[JO_IS_NOT_A_BACKSLAPPER]])))
    assert found == [("mixed", ("Jo is “not a backslapper,”",), "partial-quote", "said")]


# --- a clause the parser hung on the wrong word --------------------------------------------

# parser's mistake: the aside "most analysts say" is a parataxis of "predict", a speech
# verb, as if it were what is predicted
ANALYSTS_SAY_UNDER_PREDICT = rows("""
1  The      the      DET    DT   2   det
2  costs    cost     NOUN   NNS  4   nsubj
3  are      be       AUX    VBP  4   cop
4  hard     hard     ADJ    JJ   0   root
5  to       to       PART   TO   6   mark
6  predict  predict  VERB   VB   4   xcomp     nospace
7  ,        ,        PUNCT  ,    10  punct
8  most     most     ADJ    JJS  9   amod
9  analysts analyst  NOUN   NNS  10  nsubj
10 say      say      VERB   VBP  6   parataxis nospace
11 ,        ,        PUNCT  ,    10  punct
12 because  because  SCONJ  IN   16  mark
13 the      the      DET    DT   14  det
14 plan     plan     NOUN   NN   16  nsubj
15 is       be       AUX    VBZ  16  cop
16 new      new      ADJ    JJ   6   advcl     nospace
17 .        .        PUNCT  .    4   punct
""")

# parser's mistake: the report is an adverbial clause of "said" (its "that" and the
# "although" both hang on "small"), and the main clause of the report a ccomp inside it
SAID_THAT_ALTHOUGH = rows("""
1  Okafor   Okafor   PROPN  NNP  2   nsubj
2  said     say      VERB   VBD  0   root
3  that     that     SCONJ  IN   8   mark
4  although although SCONJ  IN   8   mark
5  the      the      DET    DT   6   det
6  port     port     NOUN   NN   8   nsubj
7  is       be       AUX    VBZ  8   cop
8  small    small    ADJ    JJ   2   advcl
9  it       it       PRON   PRP  11  nsubj
10 will     will     AUX    MD   11  aux
11 grow     grow     VERB   VB   8   ccomp     nospace
12 .        .        PUNCT  .    2   punct
""")

# an adverbial clause with no "that" under a speech verb: the reason, not a report
SPOKE_BECAUSE = rows("""
1  Okafor   Okafor   PROPN  NNP  2   nsubj
2  spoke    speak    VERB   VBD  0   root
3  because  because  SCONJ  IN   6   mark
4  the      the      DET    DT   5   det
5  mayor    mayor    NOUN   NN   6   nsubj
6  asked    ask      VERB   VBD  2   advcl
7  her      she      PRON   PRP  6   obj       nospace
8  .        .        PUNCT  .    2   punct
""")

# parser's mistake: the "that" clause of "report" hangs on the verb "seized"
SEIZED_ON_A_REPORT_THAT = rows("""
1  The      the      DET    DT   2   det
2  mayor    mayor    NOUN   NN   3   nsubj
3  seized   seize    VERB   VBD  0   root
4  on       on       ADP    IN   7   case
5  a        a        DET    DT   7   det
6  newspaper newspaper NOUN NN   7   compound
7  report   report   NOUN   NN   3   obl
8  that     that     SCONJ  IN   11  mark
9  the      the      DET    DT   10  det
10 port     port     NOUN   NN   11  nsubj
11 lost     lose     VERB   VBD  3   ccomp
12 money    money    NOUN   NN   11  obj       nospace
13 .        .        PUNCT  .    3   punct
""")

# "that" opens a relative clause of the noun here: the report is not reported speech
THE_REPORT_THAT_THEY_WROTE = rows("""
1  The      the      DET    DT   2   det
2  mayor    mayor    NOUN   NN   3   nsubj
3  read     read     VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  report   report   NOUN   NN   3   obj
6  that     that     PRON   WDT  8   obj
7  they     they     PRON   PRP  8   nsubj
8  wrote    write    VERB   VBD  5   acl:relcl nospace
9  .        .        PUNCT  .    3   punct
""")

# parser's mistake: the speaker after an inverted "said" is its object, and the subject
# of the sentence before the comma its subject
SAID_OKAFOR_OBJECT = rows("""
1  The      the      DET    DT   2   det
2  mayor    mayor    NOUN   NN   7   nsubj
3  should   should   AUX    MD   4   aux
4  act      act      VERB   VB   2   acl:relcl
5  now      now      ADV    RB   4   advmod    nospace
6  ,        ,        PUNCT  ,    7   punct
7  said     say      VERB   VBD  0   root
8  Jo       Jo       PROPN  NNP  9   compound
9  Okafor   Okafor   PROPN  NNP  7   obj       nospace
10 ,        ,        PUNCT  ,    13  punct
11 a        a        DET    DT   13  det
12 former   former   ADJ    JJ   13  amod
13 aide     aide     NOUN   NN   9   appos     nospace
14 .        .        PUNCT  .    7   punct
""")

# the same order with a subject before the comma: the object is what is recalled
AIDE_RECALLED_OKAFOR = rows("""
1  Kim      Kim      PROPN  NNP  5   nsubj     nospace
2  ,        ,        PUNCT  ,    4   punct
3  an       a        DET    DT   4   det
4  aide     aide     NOUN   NN   1   appos     nospace
5  recalled recall   VERB   VBD  0   root
6  Okafor   Okafor   PROPN  NNP  5   obj
7  praising praise   VERB   VBG  6   acl
8  the      the      DET    DT   9   det
9  ferry    ferry    NOUN   NN   10  compound
10 crews    crew     NOUN   NNS  7   obj       nospace
11 .        .        PUNCT  .    5   punct
""")

# parser's mistake: what follows the closing mark is an xcomp of "remarked"
SURPRISED_TO_BE_DEBATING = rows("""
1  Okafor    Okafor    PROPN  NNP  2   nsubj
2  remarked  remark    VERB   VBD  0   root
3  that      that      SCONJ  IN   7   mark
4  she       she       PRON   PRP  7   nsubj
5  was       be        AUX    VBD  7   cop
6  “         "         PUNCT  ``   7   punct     nospace
7  surprised surprised ADJ    JJ   2   ccomp     nospace
8  ”         "         PUNCT  ''   7   punct
9  to        to        PART   TO   11  mark
10 be        be        AUX    VB   11  aux
11 debating  debate    VERB   VBG  2   xcomp
12 taxes     tax       NOUN   NNS  11  obj       nospace
13 .         .         PUNCT  .    2   punct
""")

# the same with a comma after the closing mark: what follows is the writer's
SURPRISED_COMMA_ADDING = rows("""
1  Okafor    Okafor    PROPN  NNP  2   nsubj
2  remarked  remark    VERB   VBD  0   root
3  that      that      SCONJ  IN   7   mark
4  she       she       PRON   PRP  7   nsubj
5  was       be        AUX    VBD  7   cop
6  “         "         PUNCT  ``   7   punct     nospace
7  surprised surprised ADJ    JJ   2   ccomp     nospace
8  ”         "         PUNCT  ''   7   punct     nospace
9  ,         ,         PUNCT  ,    10  punct
10 smiling   smile     VERB   VBG  2   advcl     nospace
11 .         .         PUNCT  .    2   punct
""")

# parser's mistake: the relative pronoun "that" tagged as a complementizer
A_CLAIM_THAT_WON = rows("""
1  It       it       PRON   PRP  2   nsubj
2  was      be       AUX    VBD  4   cop
3  a        a        DET    DT   4   det
4  claim    claim    NOUN   NN   0   root
5  that     that     SCONJ  IN   6   mark
6  won      win      VERB   VBD  4   acl
7  voters   voter    NOUN   NNS  6   obj
8  over     over     ADP    RP   6   compound:prt nospace
9  .        .        PUNCT  .    4   punct
""")

WRONG_HEAD: list[Any] = [
    pytest.param([A_CLAIM_THAT_WON], [], id="subjectless-that-clause-of-a-noun-is-relative"),
    pytest.param(
        [SURPRISED_TO_BE_DEBATING],
        [("mixed", ("she was “surprised” to be debating taxes",), "speech-verb", "remarked")],
        id="report-goes-on-past-the-closing-mark",
    ),
    pytest.param(
        [SURPRISED_COMMA_ADDING],
        [("mixed", ("she was “surprised”",), "speech-verb", "remarked")],
        id="comma-after-the-closing-mark-ends-the-report",
    ),
    pytest.param(
        [SAID_OKAFOR_OBJECT],
        [("indirect", ("The mayor should act now",), "speech-verb-aside", "said")],
        id="inverted-speaker-as-object-with-apposition-is-the-aside",
    ),
    pytest.param(
        [AIDE_RECALLED_OKAFOR],
        [
            ("indirect", ("Okafor praising the ferry crews",), "speech-verb-phrase", "recalled"),
        ],
        id="object-after-the-subjects-apposition-is-content",
    ),
    pytest.param(
        [ANALYSTS_SAY_UNDER_PREDICT],
        [
            (
                "indirect",
                ("The costs are hard to predict", "because the plan is new"),
                "speech-verb-aside",
                "say",
            )
        ],
        id="bare-attribution-is-not-a-complement",
    ),
    pytest.param(
        [SAID_THAT_ALTHOUGH],
        [("indirect", ("although the port is small it will grow",), "speech-verb", "said")],
        id="that-clause-parsed-as-adverbial",
    ),
    pytest.param([SPOKE_BECAUSE], [], id="adverbial-clause-without-that-is-no-report"),
    pytest.param(
        [SEIZED_ON_A_REPORT_THAT],
        [("indirect", ("the port lost money",), "speech-noun", "report")],
        id="noun-complement-hung-on-the-verb",
    ),
    pytest.param([THE_REPORT_THAT_THEY_WROTE], [], id="relative-that-is-no-report"),
]


class TestClauseOnTheWrongHead:
    """A reported clause the parser hung on the wrong word: a bare ``…, analysts say, …``
    under another speech verb is an attribution, not what that verb reports; a ``that``
    clause parsed as an adverbial clause of ``said`` is still its report; the ``that``
    clause right after ``report``/``claim`` is the noun's even when the parser hung it on
    the verb."""

    @pytest.mark.parametrize(("sentences", "expected"), WRONG_HEAD)
    def test_table(
        self, attributor: Attributor, sentences: list[list[Row]], expected: list[Found]
    ) -> None:
        """Each document gives exactly the expected quotes."""
        assert _found(attributor.attribute(document([sentences]))) == expected


# --- the writer's comment after a quoted name ---------------------------------------------

# parser's mistake: the name is an oblique of "called", and the writer's "a swipe at …"
# hangs inside the quotation, from "disaster"
CALLED_PLAN_RECKLESS_SWIPE = rows("""
1  Okafor   Okafor   PROPN  NNP  2   nsubj
2  called   call     VERB   VBD  0   root
3  the      the      DET    DT   5   det
4  new      new      ADJ    JJ   5   amod
5  plan     plan     NOUN   NN   2   obj
6  for      for      ADP    IN   9   case
7  the      the      DET    DT   9   det
8  two      two      NUM    CD   9   nummod
9  ports    port     NOUN   NNS  5   nmod
10 “        "        PUNCT  ``   12  punct     nospace
11 a        a        DET    DT   12  det
12 disaster disaster NOUN   NN   2   obl       nospace
13 ,        ,        PUNCT  ,    12  punct     nospace
14 ”        "        PUNCT  ''   12  punct
15 a        a        DET    DT   16  det
16 swipe    swipe    NOUN   NN   12  dep
17 at       at       ADP    IN   19  case
18 the      the      DET    DT   19  det
19 mayor    mayor    NOUN   NN   16  nmod      nospace
20 .        .        PUNCT  .    2   punct
""")


def test_writers_comment_after_a_quoted_name(attributor: Attributor) -> None:
    """``called the new plan for the two ports “a disaster,” a swipe at the mayor``: the
    mixed quote ends with the quotation; the comment after it is the writer's."""
    found = _found(attributor.attribute(document([[CALLED_PLAN_RECKLESS_SWIPE]])))
    assert found == [
        ("mixed", ("the new plan for the two ports “a disaster,”",), "partial-quote", "called")
    ]


# --- an inverted attribution parsed as a fronted complement --------------------------------

# parser's mistake: "says" is the root, and "said Okafor" a parataxis before it
SAID_OKAFOR_WHO_SAYS = rows("""
1  “        "        PUNCT  ``   2   punct     nospace
2  Yes      yes      INTJ   UH   5   discourse nospace
3  ,        ,        PUNCT  ,    2   punct     nospace
4  ”        "        PUNCT  ''   2   punct
5  said     say      VERB   VBD  9   parataxis
6  Okafor   Okafor   PROPN  NNP  5   nsubj     nospace
7  ,        ,        PUNCT  ,    8   punct
8  who      who      PRON   WP   9   nsubj
9  says     say      VERB   VBZ  0   root
10 her      she      PRON   PRP$ 11  nmod:poss
11 piece    piece    NOUN   NN   9   obj       nospace
12 .        .        PUNCT  .    9   punct
""")


def test_inverted_attribution_is_no_fronted_report(attributor: Attributor) -> None:
    """``“Yes,” said Okafor, who says her piece.``: ``said Okafor`` (the subject after
    the verb) attributes the quotation; it is not what ``says`` reports."""
    found = _found(attributor.attribute(document([[SAID_OKAFOR_WHO_SAYS]])))
    assert all("said Okafor" not in " ".join(spans) for _, spans, _, _ in found), found


# parser's mistake: a relative clause without "who" ("experts I spoke to") read as the
# root, with the sentence before it as its dependent
EXPERTS_I_SPOKE_TO = rows("""
1  The      the      DET    DT   2   det
2  views    view     NOUN   NNS  4   nsubj:pass
3  were     be       AUX    VBD  4   aux:pass
4  shared   share    VERB   VBN  8   dep
5  by       by       ADP    IN   6   case
6  experts  expert   NOUN   NNS  4   obl
7  I        I        PRON   PRP  8   nsubj
8  spoke    speak    VERB   VBD  0   root
9  to       to       ADP    IN   8   obl       nospace
10 .        .        PUNCT  .    8   punct
""")


def test_speak_reports_nothing_before_it(attributor: Attributor) -> None:
    """``… shared by experts I spoke to``: ``speak`` never has its report before it."""
    found = _found(attributor.attribute(document([[EXPERTS_I_SPOKE_TO]])))
    assert [f for f in found if f[3] == "spoke"] == []


# parser's mistake: the attribution hangs under the quotation's verb as a parataxis, and
# the writer's opening phrase with it
IN_A_CALL_OKAFOR_TOLD = rows("""
1  In       in       ADP    IN   3   case
2  a        a        DET    DT   3   det
3  call     call     NOUN   NN   13  obl       nospace
4  ,        ,        PUNCT  ,    3   punct
5  Okafor   Okafor   PROPN  NNP  6   nsubj
6  told     tell     VERB   VBD  13  parataxis
7  the      the      DET    DT   8   det
8  station  station  NOUN   NN   6   obj       nospace
9  ,        ,        PUNCT  ,    6   punct
10 “        "        PUNCT  ``   13  punct     nospace
11 It       it       PRON   PRP  13  nsubj
12 is       be       AUX    VBZ  13  cop
13 time     time     NOUN   NN   0   root
14 to       to       PART   TO   15  mark
15 act      act      VERB   VB   13  acl       nospace
16 .        .        PUNCT  .    13  punct     nospace
17 ”        "        PUNCT  ''   13  punct
""")


def test_attribution_under_the_quotation_keeps_out_the_writers_words(
    attributor: Attributor,
) -> None:
    """``In a call, Okafor told the station, “It is time to act.”``: the report is what
    follows the verb, not the writer's opening phrase and the speaker."""
    found = _found(attributor.attribute(document([[IN_A_CALL_OKAFOR_TOLD]])))
    assert [(k, s) for k, s, _, _ in found] == [("direct", ("It is time to act.",))]


# parser's mistake: the writer's next clause is a conjunct of the quotation's verb
FOLLOW_US_SHE_SAID_AND = rows("""
1  “        "        PUNCT  ``   3   punct     nospace
2  Follow   follow   VERB   VB   0   root
3  us       we       PRON   PRP  2   obj       nospace
4  ,        ,        PUNCT  ,    2   punct     nospace
5  ”        "        PUNCT  ''   2   punct
6  she      she      PRON   PRP  7   nsubj
7  said     say      VERB   VBD  2   parataxis nospace
8  ,        ,        PUNCT  ,    12  punct
9  and      and      CCONJ  CC   12  cc
10 the      the      DET    DT   11  det
11 boys     boy      NOUN   NNS  12  nsubj
12 trailed  trail    VERB   VBD  2   conj
13 behind   behind   ADV    RB   12  advmod    nospace
14 .        .        PUNCT  .    2   punct
""")


def test_writers_clause_after_the_attribution_is_not_reported(attributor: Attributor) -> None:
    """``“Follow us,” she said, and the boys trailed behind``: the quotation is the report;
    the clause after the attribution, coordinated with it by the parser, is the writer's."""
    found = _found(attributor.attribute(document([[FOLLOW_US_SHE_SAID_AND]])))
    assert [s for _, s, _, _ in found] == [("Follow us,",)]


# --- a sentence the tokenizer ended too early (the first parts: tests/split_docs.py) -------

# parser's mistake, on the fragment it was given: the speaker is the verb's object
ASKED_OKAFOR = rows("""
1  asked    ask      VERB   VBD  0  root
2  Okafor   Okafor   PROPN  NNP  1  obj       nospace
3  ,        ,        PUNCT  ,    6  punct
4  a        a        DET    DT   6  det
5  harbour  harbour  NOUN   NN   6  compound
6  pilot    pilot    NOUN   NN   2  appos     nospace
7  .        .        PUNCT  .    1  punct
""")
TIDE_IS_WRONG = rows("""
1  “        "        PUNCT  ``   5  punct     nospace
2  The      the      DET    DT   3  det
3  tide     tide     NOUN   NN   5  nsubj
4  is       be       AUX    VBZ  5  cop
5  wrong    wrong    ADJ    JJ   0  root      nospace
6  .        .        PUNCT  .    5  punct     nospace
7  ”        "        PUNCT  ''   5  punct
""")
# no tokenizer mistake: a one-word quotation opening the sentence, then its cue
NEVER_SHE_SAID = rows("""
1  “        "        PUNCT  ``   2  punct     nospace
2  Never    never    ADV    RB   5  ccomp     nospace
3  !        !        PUNCT  .    2  punct     nospace
4  ”        "        PUNCT  ''   2  punct
5  said     say      VERB   VBD  0  root
6  Okafor   Okafor   PROPN  NNP  5  nsubj     nospace
7  .        .        PUNCT  .    5  punct
""")

# tokenizer's mistake: the sentence ends at the "?" before a capitalised attribution
OKAFOR_ASKED_REPORTERS = rows("""
1  Okafor    Okafor    PROPN  NNP  2  nsubj
2  asked     ask       VERB   VBD  0  root
3  reporters reporter  NOUN   NNS  2  obj
4  on        on        ADP    IN   5  case
5  Friday    Friday    PROPN  NNP  2  obl       nospace
6  .         .         PUNCT  .    2  punct
""")

Spoken = tuple[str, tuple[str, ...], str | None, str | None, str | None]

SPLIT_TOO_EARLY = [
    pytest.param(
        [OKAFOR_ABBREVIATION, SAID_PORT_REOPEN],
        [("indirect", ("the port would reopen in May",), "said", "Sen. Ada Okafor", "subject")],
        id="abbreviation-in-parentheses",
    ),
    pytest.param(
        [WHY_NOW, ASKED_OKAFOR],
        [("direct", ("Why now?",), "asked", "Okafor", "inverted")],
        id="question-then-inverted-cue",
    ),
    pytest.param(
        [WHY_NOW, ASKED_OKAFOR, TIDE_IS_WRONG],
        [("direct", ("Why now?", "The tide is wrong."), "asked", "Okafor", "inverted")],
        id="split-quotation-around-inverted-cue",
    ),
    pytest.param(
        [WHY_NOW, OKAFOR_ASKED_REPORTERS, TIDE_IS_WRONG],
        [("direct", ("Why now?", "The tide is wrong."), "asked", "Okafor", "subject")],
        id="question-then-capitalised-attribution-then-more",
    ),
    pytest.param(
        [NEVER_SHE_SAID],
        [("direct", ("Never!",), "said", "Okafor", "inverted")],
        id="one-word-sentence-before-its-cue",
    ),
]


class TestSentenceEndedTooEarly:
    """A sentence the tokenizer ended at ``(D-Ore.)`` or at a quotation's ``?`` is read as
    one (also a quotation ending in "?" and a capitalised sentence that is only its
    attribution): the name before the parenthesis is the speech verb's subject, and a quotation
    that is a sentence of its own (``“Why now?” asked Okafor``) is a direct quote however
    short, its speaker after the cue even when the quotation goes on after it."""

    @pytest.mark.parametrize(("sentences", "expected"), SPLIT_TOO_EARLY)
    def test_table(
        self, attributor: Attributor, sentences: list[list[Row]], expected: list[Spoken]
    ) -> None:
        """Each document gives exactly the expected quotes, speakers and sieves."""
        found = [
            (
                q.kind,
                tuple(s.text for s in q.spans),
                None if q.cue is None else q.cue.text,
                None if q.speaker is None or q.speaker.mention is None else q.speaker.mention.text,
                q.sieve,
            )
            for q in attributor.attribute(document([sentences])).quotes
        ]
        assert found == expected
