"""Quotations and quoted fragments around reports: a report takes in the quotation it
opens; quoted fragments nothing reports; quotations that go on with the writer's clause;
coordinated fragments; split quotations the parser did not link and the cues of their
parts; adjacent quotations; quoted words and sentences that go on with a report; quoted
clauses in lower case.

Every sentence is invented and annotated by hand in the style of UD v2 English EWT (a
speech verb heads its report as ``ccomp``, ``that`` is ``mark``); where a row needs a
parser's mistake, the mistake is named. Each row is a document and the quotes expected in
it as ``(kind, content spans, rule, cue)``. A row the engine gets wrong today is marked
``xfail(strict=True)`` with the reason, never weakened.
"""

from __future__ import annotations

from typing import Any

import pytest
from conllu_builder import Row, document, rows
from extent_rows import Expected, expected_rows, found_rows, one_paragraph, reattach

from quoteattr import Attributor


@pytest.fixture(scope="module")
def attributor() -> Attributor:
    """The default attributor, shared: it is stateless for Documents."""
    return Attributor()


# --- a report takes in the quotation it opens --------------------------------------------
#
# The parser ended the sentence (and the reported clause) at "years."; the quotation goes
# on in a sentence of its own, in the same paragraph.

CLEANER = rows("""
1  The     the     DET    DT   2   det
2  mayor   mayor   NOUN   NN   3   nsubj
3  said    say     VERB   VBD  0   root
4  the     the     DET    DT   5   det
5  water   water   NOUN   NN   8   nsubj
6  was     be      AUX    VBD  8   cop
7  “       "       PUNCT  ``   8   punct     nospace
8  cleaner clean   ADJ    JJR  3   ccomp
9  than    than    SCONJ  IN   12  mark
10 it      it      PRON   PRP  12  nsubj
11 has     have    AUX    VBZ  12  aux
12 been    be      AUX    VBN  8   advcl
13 in      in      ADP    IN   14  case
14 years   year    NOUN   NNS  12  obl       nospace
15 .       .       PUNCT  .    3   punct
""")

# the quotation starts below the reported clause's head, so no speech verb links it
TASTED = rows("""
1  The     the     DET    DT   2   det
2  mayor   mayor   NOUN   NN   3   nsubj
3  said    say     VERB   VBD  0   root
4  the     the     DET    DT   5   det
5  water   water   NOUN   NN   6   nsubj
6  tasted  taste   VERB   VBD  3   ccomp
7  “       "       PUNCT  ``   8   punct     nospace
8  better  good    ADJ    JJR  6   xcomp
9  than    than    SCONJ  IN   11  mark
10 it      it      PRON   PRP  11  nsubj
11 has     have    AUX    VBZ  8   advcl
12 in      in      ADP    IN   13  case
13 years   year    NOUN   NNS  11  obl       nospace
14 .       .       PUNCT  .    3   punct
""")

TESTED = rows("""
1  We      we      PRON   PRP  2   nsubj
2  tested  test    VERB   VBD  0   root
3  it      it      PRON   PRP  2   obj
4  twice   twice   ADV    RB   2   advmod    nospace
5  .       .       PUNCT  .    2   punct     nospace
6  ”       "       PUNCT  ''   2   punct
""")

TESTED_SHE_ADDED = rows("""
1  We      we      PRON   PRP  2   nsubj
2  tested  test    VERB   VBD  8   ccomp
3  it      it      PRON   PRP  2   obj
4  twice   twice   ADV    RB   2   advmod    nospace
5  ,       ,       PUNCT  ,    2   punct     nospace
6  ”       "       PUNCT  ''   2   punct
7  she     she     PRON   PRP  8   nsubj
8  added   add     VERB   VBD  0   root      nospace
9  .       .       PUNCT  .    8   punct
""")

THROUGH_QUOTATIONS: list[Any] = [
    pytest.param(
        one_paragraph(CLEANER, TESTED),
        [
            (
                "mixed",
                "the water was “cleaner than it has been in years. We tested it twice.”",
                "speech-verb",
                "said",
            )
        ],
        id="quotation-linked-to-the-report",
    ),
    pytest.param(
        one_paragraph(TASTED, TESTED),
        [
            (
                "mixed",
                "the water tasted “better than it has in years. We tested it twice.”",
                "speech-verb",
                "said",
            )
        ],
        id="quotation-with-no-cue-of-its-own",
    ),
]


# typewriter quotes (''…''), the last one opened by the report and closed after the stop
TYPEWRITER_NOT_OURS = rows("""
1  She      she      PRON   PRP  2   nsubj
2  said     say      VERB   VBD  0   root
3  that     that     SCONJ  IN   8   mark
4  ''       ''       PUNCT  ''   2   punct     nospace
5  this     this     PRON   DT   8   nsubj
6  is       be       AUX    VBZ  8   cop
7  not      not      PART   RB   8   advmod
8  ours     ours     PRON   PRP  2   ccomp     nospace
9  ''       ''       PUNCT  ''   15  punct
10 and      and      CCONJ  CC   15  cc
11 that     that     SCONJ  IN   15  mark
12 the      the      DET    DT   13  det
13 city     city     NOUN   NN   15  nsubj
14 should   should   AUX    MD   15  aux
15 bear     bear     VERB   VB   8   conj
16 ''       ''       PUNCT  ''   18  punct     nospace
17 the      the      DET    DT   18  det
18 cost     cost     NOUN   NN   15  obj       nospace
19 .        .        PUNCT  .    2   punct     nospace
20 ''       ''       PUNCT  ''   2   punct
""")


class TestThroughQuotations:
    """A report of speech that opens a quotation runs to the quotation's end."""

    @pytest.mark.parametrize(("paragraphs", "expected"), THROUGH_QUOTATIONS)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly one mixed quote, running to the quotation's end."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)

    def test_quotation_with_own_attribution_not_taken(self, attributor: Attributor) -> None:
        """``said the water tasted “… . We tested it twice,” she added``: the quotation is
        the words ``she added``, so the report stops where the parser ended it."""
        result = attributor.attribute(document(one_paragraph(TASTED, TESTED_SHE_ADDED)))
        reports = [found for found in found_rows(result) if found[2] == "speech-verb"]
        assert reports == expected_rows(
            [("mixed", "the water tasted “better than it has in years", "speech-verb", "said")]
        )

    def test_typewriter_closing_mark_whole(self, attributor: Attributor) -> None:
        """A report ending with a typewriter quotation keeps both apostrophes of its
        closing ``''``, never half a mark."""
        (quote,) = attributor.attribute(document(one_paragraph(TYPEWRITER_NOT_OURS))).quotes
        assert quote.spans[-1].text.endswith("the cost.''")

    def test_quotation_with_own_attribution_kept(self, attributor: Attributor) -> None:
        """The quotation the report does not take is a quote of its own, cued by ``added``."""
        result = attributor.attribute(document(one_paragraph(TASTED, TESTED_SHE_ADDED)))
        added = [
            tuple(s.text for s in q.spans)
            for q in result.quotes
            if q.cue is not None and q.cue.text == "added"
        ]
        assert added == [("better than it has in years. We tested it twice,",)]


# --- quoted fragments that nothing reports -----------------------------------------------

HISTORIC_DAY = rows("""
1  A          a          DET    DT   5   det
2  “          "          PUNCT  ``   3   punct     nospace
3  historic   historic   ADJ    JJ   5   amod      nospace
4  ”          "          PUNCT  ''   3   punct
5  day        day        NOUN   NN   0   root
6  for        for        ADP    IN   8   case
7  the        the        DET    DT   8   det
8  harbour    harbour    NOUN   NN   5   nmod      nospace
9  .          .          PUNCT  .    5   punct
""")


# a characterisation: the object, then "as" and the quoted words
PORTRAYED_LEVY_AS = rows("""
1  Okafor     Okafor     PROPN  NNP  2   nsubj
2  portrayed  portray    VERB   VBD  0   root
3  the        the        DET    DT   4   det
4  levy       levy       NOUN   NN   2   obj
5  as         as         ADP    IN   9   case
6  a          a          DET    DT   9   det
7  “          "          PUNCT  ``   9   punct     nospace
8  fair       fair       ADJ    JJ   9   amod
9  share      share      NOUN   NN   2   obl       nospace
10 .          .          PUNCT  .    2   punct     nospace
11 ”          "          PUNCT  ''   9   punct
""")
# an "as" phrase with no object before it: a role, not a characterisation
WORKED_AS_FIXER = rows("""
1  Okafor     Okafor     PROPN  NNP  2   nsubj
2  worked     work       VERB   VBD  0   root
3  as         as         ADP    IN   6   case
4  a          a          DET    DT   6   det
5  “          "          PUNCT  ``   6   punct     nospace
6  fixer      fixer      NOUN   NN   2   obl       nospace
7  ”          "          PUNCT  ''   6   punct
8  for        for        ADP    IN   9   case
9  years      year       NOUN   NNS  2   obl       nospace
10 .          .          PUNCT  .    2   punct
""")

# a speech noun's complement holds the quoted words
STOOD_BY_PLEDGE = rows("""
1  Okafor     Okafor     PROPN  NNP  2   nsubj
2  stood      stand      VERB   VBD  0   root
3  by         by         ADP    IN   5   case
4  her        her        PRON   PRP$ 5   nmod:poss
5  pledge     pledge     NOUN   NN   2   obl
6  to         to         PART   TO   7   mark
7  keep       keep       VERB   VB   5   acl
8  the        the        DET    DT   9   det
9  port       port       NOUN   NN   7   obj
10 “          "          PUNCT  ``   11  punct     nospace
11 open       open       ADJ    JJ   7   xcomp
12 to         to         ADP    IN   13  case
13 all        all        DET    DT   11  obl       nospace
14 .          .          PUNCT  .    2   punct     nospace
15 ”          "          PUNCT  ''   11  punct
""")
# the quoted word modifies the speech noun itself
DEFENDED_HISTORIC_PLEDGE = rows("""
1  Okafor     Okafor     PROPN  NNP  2   nsubj
2  defended   defend     VERB   VBD  0   root
3  the        the        DET    DT   7   det
4  “          "          PUNCT  ``   5   punct     nospace
5  historic   historic   ADJ    JJ   7   amod      nospace
6  ”          "          PUNCT  ''   5   punct
7  pledge     pledge     NOUN   NN   2   obj       nospace
8  .          .          PUNCT  .    2   punct
""")

REFERRED_TO_HARBOUR_AS = rows("""
1  Okafor     Okafor     PROPN  NNP  2   nsubj
2  referred   refer      VERB   VBD  0   root
3  to         to         ADP    IN   5   case
4  the        the        DET    DT   5   det
5  harbour    harbour    NOUN   NN   2   obl
6  as         as         ADP    IN   9   case
7  a          a          DET    DT   9   det
8  “          "          PUNCT  ``   9   punct     nospace
9  graveyard  graveyard  NOUN   NN   2   obl       nospace
10 .          .          PUNCT  .    2   punct     nospace
11 ”          "          PUNCT  ''   9   punct
""")


def test_as_phrase_takes_in_whom_it_names(attributor: Attributor) -> None:
    """``referred to the harbour as a “graveyard”``: the content is what was named and
    what it was called, without the preposition before it."""
    found = found_rows(attributor.attribute(document(one_paragraph(REFERRED_TO_HARBOUR_AS))))
    assert found == expected_rows(
        [("mixed", "the harbour as a “graveyard.”", "partial-quote", "referred")]
    )


class TestUnanchoredFragments:
    """A quoted fragment with no speech verb above it and no cue is not a quote, unless it
    is what the object of the verb before it was called (``portrayed the levy as a “fair
    share”``) or in the complement of a speech noun (``her pledge to keep the port “open to
    all”``)."""

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            pytest.param(
                PORTRAYED_LEVY_AS,
                [("mixed", "the levy as a “fair share.”", "partial-quote", "portrayed")],
                id="object-characterised-as",
            ),
            pytest.param(WORKED_AS_FIXER, [], id="as-with-no-object"),
            pytest.param(
                STOOD_BY_PLEDGE,
                [("mixed", "to keep the port “open to all.”", "partial-quote", "pledge")],
                id="in-a-speech-noun-complement",
            ),
            pytest.param(DEFENDED_HISTORIC_PLEDGE, [], id="modifying-the-speech-noun"),
        ],
    )
    def test_anchored_without_a_speech_verb(
        self, attributor: Attributor, sentence: list[Row], expected: list[Expected]
    ) -> None:
        """Each one-sentence document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(one_paragraph(sentence)))) == expected_rows(
            expected
        )

    def test_rejected_with_reason(self, attributor: Attributor) -> None:
        """``A “historic” day``: no quote; the fragment is kept as rejected, with the reason."""
        result = attributor.attribute(document(one_paragraph(HISTORIC_DAY)))
        assert found_rows(result) == []
        (rejected,) = [r for r in result.rejected if r.span.text == "historic"]
        assert "no speech verb or cue" in rejected.reason


# --- quotations that go on with the writer's clause ---------------------------------------

# EWT: the attribution after the quotation is a parataxis of the clause it reports
PORT_BACK_IN_BUSINESS = rows("""
1  The      the      DET    DT   2   det
2  port     port     NOUN   NN   7   nsubj
3  is       be       AUX    VBZ  7   cop
4  “        "        PUNCT  ``   7   punct     nospace
5  back     back     ADV    RB   7   advmod
6  in       in       ADP    IN   7   case
7  business business NOUN   NN   0   root      nospace
8  ,        ,        PUNCT  ,    7   punct     nospace
9  ”        "        PUNCT  ''   7   punct
10 the      the      DET    DT   11  det
11 mayor    mayor    NOUN   NN   12  nsubj
12 said     say      VERB   VBD  7   parataxis nospace
13 .        .        PUNCT  .    7   punct
""")

# the parser's reading: "said" is the root and the quoted clause its complement
PORT_BACK_IN_BUSINESS_CCOMP = rows("""
1  The      the      DET    DT   2   det
2  port     port     NOUN   NN   7   nsubj
3  is       be       AUX    VBZ  7   cop
4  “        "        PUNCT  ``   7   punct     nospace
5  back     back     ADV    RB   7   advmod
6  in       in       ADP    IN   7   case
7  business business NOUN   NN   12  ccomp     nospace
8  ,        ,        PUNCT  ,    7   punct     nospace
9  ”        "        PUNCT  ''   7   punct
10 the      the      DET    DT   11  det
11 mayor    mayor    NOUN   NN   12  nsubj
12 said     say      VERB   VBD  0   root      nospace
13 .        .        PUNCT  .    12  punct
""")

# the parser hung "every time …" on "said": the report goes on after the closing mark
IT_HURTS_EVERY_TIME = rows("""
1  The      the      DET    DT   2   det
2  mayor    mayor    NOUN   NN   3   nsubj
3  said     say      VERB   VBD  0   root
4  “        "        PUNCT  ``   6   punct     nospace
5  it       it       PRON   PRP  6   nsubj
6  hurts    hurt     VERB   VBZ  3   ccomp     nospace
7  ”        "        PUNCT  ''   6   punct
8  every    every    DET    DT   9   det
9  time     time     NOUN   NN   3   obl:tmod
10 the      the      DET    DT   11  det
11 port     port     NOUN   NN   12  nsubj
12 floods   flood    VERB   VBZ  9   acl:relcl nospace
13 .        .        PUNCT  .    3   punct
""")

# the same quotation as the whole reported clause stays direct
IT_HURTS = rows("""
1  The      the      DET    DT   2   det
2  mayor    mayor    NOUN   NN   3   nsubj
3  said     say      VERB   VBD  0   root
4  “        "        PUNCT  ``   6   punct     nospace
5  it       it       PRON   PRP  6   nsubj
6  hurts    hurt     VERB   VBZ  3   ccomp
7  everyone everyone PRON   NN   6   obj       nospace
8  .        .        PUNCT  .    3   punct     nospace
9  ”        "        PUNCT  ''   6   punct
""")

# the parser's reading: the quotation is the complement of "said", itself a parataxis of
# the writer's clause, which the speech-verb rule therefore does not report
AND_THAT_WILL_BE_JO = rows("""
1  Voters   voter    NOUN   NNS  3   nsubj
2  will     will     AUX    MD   3   aux
3  choose   choose   VERB   VB   0   root
4  the      the      DET    DT   5   det
5  winner   winner   NOUN   NN   3   obj
6  “        "        PUNCT  ``   11  punct     nospace
7  and      and      CCONJ  CC   11  cc
8  that     that     PRON   DT   11  nsubj
9  will     will     AUX    MD   11  aux
10 be       be       AUX    VB   11  cop
11 Jo       Jo       PROPN  NNP  15  ccomp     nospace
12 ,        ,        PUNCT  ,    11  punct     nospace
13 ”        "        PUNCT  ''   11  punct
14 he       he       PRON   PRP  15  nsubj
15 said     say      VERB   VBD  3   parataxis nospace
16 .        .        PUNCT  .    3   punct
""")

# a long quotation under "told … about", which no report rule covers
TOLD_ABOUT_GAMBLE = rows("""
1  Officials  official  NOUN   NNS  2   nsubj
2  told       tell      VERB   VBD  0   root
3  residents  resident  NOUN   NNS  2   obj
4  about      about     ADP    IN   7   case
5  “          "         PUNCT  ``   7   punct     nospace
6  a          a         DET    DT   7   det
7  gamble     gamble    NOUN   NN   2   obl
8  with       with      ADP    IN   10  case
9  the        the       DET    DT   10  det
10 savings    savings   NOUN   NNS  7   nmod
11 of         of        ADP    IN   13  case
12 every      every     DET    DT   13  det
13 family     family    NOUN   NN   10  nmod
14 in         in        ADP    IN   16  case
15 the        the       DET    DT   16  det
16 county     county    NOUN   NN   13  nmod      nospace
17 .          .         PUNCT  .    2   punct     nospace
18 ”          "         PUNCT  ''   7   punct
""")

# a long quotation with no cue of its own, in a clause a speech verb governs
DESCRIBED_AS_GAMBLE = rows("""
1  Officials  official  NOUN   NNS  2   nsubj
2  described  describe  VERB   VBD  0   root
3  the        the       DET    DT   4   det
4  plan       plan      NOUN   NN   2   obj
5  as         as        ADP    IN   8   case
6  “          "         PUNCT  ``   8   punct     nospace
7  a          a         DET    DT   8   det
8  gamble     gamble    NOUN   NN   2   obl
9  with       with      ADP    IN   11  case
10 the        the       DET    DT   11  det
11 savings    savings   NOUN   NNS  8   nmod
12 of         of        ADP    IN   14  case
13 every      every     DET    DT   14  det
14 family     family    NOUN   NN   11  nmod
15 in         in        ADP    IN   17  case
16 the        the       DET    DT   17  det
17 county     county    NOUN   NN   14  nmod      nospace
18 .          .         PUNCT  .    2   punct     nospace
19 ”          "         PUNCT  ''   8   punct
""")

# the same long quotation under a verb that is not speech stays a quotation
HOUSED_IN_SHED = rows("""
1  Officials  official  NOUN   NNS  2   nsubj
2  found      find      VERB   VBD  0   root
3  the        the       DET    DT   4   det
4  plan       plan      NOUN   NN   2   obj
5  in         in        ADP    IN   8   case
6  “          "         PUNCT  ``   8   punct     nospace
7  a          a         DET    DT   8   det
8  box        box       NOUN   NN   2   obl
9  with       with      ADP    IN   11  case
10 the        the       DET    DT   11  det
11 savings    savings   NOUN   NNS  8   nmod
12 of         of        ADP    IN   14  case
13 every      every     DET    DT   14  det
14 family     family    NOUN   NN   11  nmod
15 in         in        ADP    IN   17  case
16 the        the       DET    DT   17  det
17 county     county    NOUN   NN   14  nmod      nospace
18 .          .         PUNCT  .    2   punct     nospace
19 ”          "         PUNCT  ''   8   punct
""")

# the quoted predicate after an aside attribution; the subject is the writer's. EWT
# makes "said" a parataxis of the quoted clause, and the report of that clause holds both
FERRY_SHE_SAID_NEVER_SAFE = rows("""
1  The      the      DET    DT   2   det
2  ferry    ferry    NOUN   NN   10  nsubj     nospace
3  ,        ,        PUNCT  ,    5   punct
4  she      she      PRON   PRP  5   nsubj
5  said     say      VERB   VBD  10  parataxis nospace
6  ,        ,        PUNCT  ,    5   punct
7  “        "        PUNCT  ``   10  punct     nospace
8  was      be       AUX    VBD  10  cop
9  never    never    ADV    RB   10  advmod
10 safe     safe     ADJ    JJ   0   root      nospace
11 .        .        PUNCT  .    10  punct     nospace
12 ”        "        PUNCT  ''   10  punct
""")

# parser's mistake: "said" is the root with the quoted clause as its complement, and the
# writer's subject is stranded as a dislocated phrase of "said"
FERRY_SHE_SAID_NEVER_SAFE_STRANDED = reattach(
    reattach(
        reattach(
            reattach(FERRY_SHE_SAID_NEVER_SAFE, 2, head=5, deprel="dislocated"),
            5,
            head=0,
            deprel="root",
        ),
        10,
        head=5,
        deprel="ccomp",
    ),
    11,
    head=5,
)

# a quoted sentence of its own after the same aside, the parser's reading as above
WE_WERE_LUCKY = rows("""
1  Even     even     ADV    RB   2   advmod
2  then     then     ADV    RB   4   advmod    nospace
3  ,        ,        PUNCT  ,    4   punct
4  she      she      PRON   PRP  5   nsubj
5  said     say      VERB   VBD  0   root      nospace
6  ,        ,        PUNCT  ,    5   punct
7  “        "        PUNCT  ``   10  punct     nospace
8  We       we       PRON   PRP  10  nsubj
9  were     be       AUX    VBD  10  cop
10 lucky    lucky    ADJ    JJ   5   ccomp     nospace
11 .        .        PUNCT  .    5   punct     nospace
12 ”        "        PUNCT  ''   10  punct
""")

IN_THE_WRITERS_CLAUSE: list[Any] = [
    pytest.param(
        FERRY_SHE_SAID_NEVER_SAFE,
        [("mixed", ("The ferry", "was never safe.”"), "speech-verb", "said")],
        id="quoted-predicate-after-an-aside",
    ),
    pytest.param(
        FERRY_SHE_SAID_NEVER_SAFE_STRANDED,
        [("mixed", ("The ferry", "was never safe."), "partial-quote", "said")],
        id="quoted-predicate-after-an-aside-subject-stranded",
    ),
    pytest.param(
        WE_WERE_LUCKY,
        [("direct", "We were lucky.", "quotation-marks", "said")],
        id="quoted-sentence-after-an-aside",
    ),
    pytest.param(
        PORT_BACK_IN_BUSINESS,
        [("mixed", "The port is “back in business,”", "speech-verb", "said")],
        id="cue-after-parataxis",
    ),
    pytest.param(
        PORT_BACK_IN_BUSINESS_CCOMP,
        [("mixed", "The port is “back in business,”", "speech-verb", "said")],
        id="cue-after-ccomp",
    ),
    pytest.param(
        AND_THAT_WILL_BE_JO,
        [
            (
                "mixed",
                "Voters will choose the winner “and that will be Jo,”",
                "partial-quote",
                "said",
            )
        ],
        id="cue-after-writers-clause-not-reported",
    ),
    pytest.param(
        IT_HURTS_EVERY_TIME,
        [("mixed", "“it hurts” every time the port floods", "speech-verb", "said")],
        id="report-goes-on-after-the-quotation",
    ),
    pytest.param(
        IT_HURTS,
        [("direct", "it hurts everyone.", "quotation-marks", "said")],
        id="whole-report-quoted",
    ),
    pytest.param(
        DESCRIBED_AS_GAMBLE,
        [
            (
                "mixed",
                "the plan as “a gamble with the savings of every family in the county.”",
                "speech-verb-phrase",
                "described",
            )
        ],
        id="long-quotation-in-a-phrase-report",
    ),
    pytest.param(
        TOLD_ABOUT_GAMBLE,
        [
            (
                "mixed",
                "residents about “a gamble with the savings of every family in the county.”",
                "partial-quote",
                "told",
            )
        ],
        id="long-quotation-under-a-speech-verb",
    ),
    pytest.param(
        HOUSED_IN_SHED,
        [
            (
                "direct",
                "a box with the savings of every family in the county.",
                "quotation-marks",
                None,
            )
        ],
        id="long-quotation-under-another-verb",
    ),
]


class TestQuotationsInTheWritersClause:
    """A quotation that starts in lower case after the writer's words is part of a mixed
    quote: with the writer's words before it when its cue comes after it or sits in an
    aside between them, with the words after it when the report goes on past the closing
    mark, and however long it is when a speech verb governs it. Quoted as the whole
    report, or as a sentence of its own, it stays direct."""

    @pytest.mark.parametrize(("sentence", "expected"), IN_THE_WRITERS_CLAUSE)
    def test_table(
        self, attributor: Attributor, sentence: list[Row], expected: list[Expected]
    ) -> None:
        """Each one-sentence document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(one_paragraph(sentence)))) == expected_rows(
            expected
        )


# --- coordinated quoted fragments --------------------------------------------------------

CALLED_RECKLESS_AND_CRUEL = rows("""
1  The        the        DET    DT   2   det
2  senator    senator    NOUN   NN   3   nsubj
3  called     call       VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  plan       plan       NOUN   NN   3   obj
6  “          "          PUNCT  ``   7   punct     nospace
7  reckless   reckless   ADJ    JJ   3   xcomp     nospace
8  ”          "          PUNCT  ''   7   punct
9  and        and        CCONJ  CC   11  cc
10 “          "          PUNCT  ``   11  punct     nospace
11 cruel      cruel      ADJ    JJ   7   conj      nospace
12 .          .          PUNCT  .    3   punct     nospace
13 ”          "          PUNCT  ''   11  punct
""")
RAISED_GLASS = rows("""
1  The        the        DET    DT   2   det
2  mayor      mayor      NOUN   NN   3   nsubj
3  raised     raise      VERB   VBD  0   root
4  a          a          DET    DT   5   det
5  glass      glass      NOUN   NN   3   obj       nospace
6  ,          ,          PUNCT  ,    7   punct
7  toasting   toast      VERB   VBG  3   advcl
8  the        the        DET    DT   11  det
9  “          "          PUNCT  ``   11  punct     nospace
10 new        new        ADJ    JJ   11  amod
11 partnership partnership NOUN NN   7   obj       nospace
12 ”          "          PUNCT  ''   11  punct
13 and        and        CCONJ  CC   17  cc
14 to         to         ADP    IN   17  case
15 “          "          PUNCT  ``   17  punct     nospace
16 lasting    lasting    ADJ    JJ   17  amod
17 peace      peace      NOUN   NN   11  conj      nospace
18 .          .          PUNCT  .    3   punct     nospace
19 ”          "          PUNCT  ''   17  punct
""")

COORDINATED: list[Any] = [
    pytest.param(
        one_paragraph(CALLED_RECKLESS_AND_CRUEL),
        [("mixed", "the plan “reckless” and “cruel.”", "speech-verb-phrase", "called")],
        id="coordinated-inside-one-complement",
    ),
    pytest.param(
        one_paragraph(RAISED_GLASS),
        [
            ("mixed", "the “new partnership”", "partial-quote", "toasting"),
            ("mixed", "to “lasting peace.”", "partial-quote", "toasting"),
        ],
        id="a-preposition-of-its-own-is-a-second-quote",
    ),
]


class TestCoordinatedFragments:
    """Quoted fragments in coordination: one quote, unless each has its own preposition."""

    @pytest.mark.parametrize(("paragraphs", "expected"), COORDINATED)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)


# --- what a naming verb's relative clause hangs from ---------------------------------------


def _pier_the_mayor_called(relative: str | None, lemma: str, xpos: str) -> list[Row]:
    """``Crews repaired the pier <relative> the mayor called “a disgrace.”``, with the
    relative word (``that``, ``which``) as the object of "called", or none."""
    rel = [f"5  {relative}  {lemma}  PRON  {xpos}  8  obj"] if relative is not None else []
    n = 1 if relative is not None else 0
    body = [
        "1  Crews     crew      NOUN   NNS  2   nsubj",
        "2  repaired  repair    VERB   VBD  0   root",
        "3  the       the       DET    DT   4   det",
        "4  pier      pier      NOUN   NN   2   obj",
        *rel,
        f"{5 + n}  the       the       DET    DT   {6 + n}   det",
        f"{6 + n}  mayor     mayor     NOUN   NN   {7 + n}   nsubj",
        f"{7 + n}  called    call      VERB   VBD  4   acl:relcl",
        f'{8 + n}  “         "         PUNCT  ``   {10 + n}  punct     nospace',
        f"{9 + n}  a         a         DET    DT   {10 + n}  det",
        f"{10 + n} disgrace  disgrace  NOUN   NN   {7 + n}   xcomp     nospace",
        f"{11 + n} .         .         PUNCT  .    2   punct     nospace",
        f"{12 + n} ”         \"         PUNCT  ''   {10 + n}  punct",
    ]
    return rows("\n".join(body))


NAMED_ANTECEDENTS: list[Any] = [
    pytest.param(
        one_paragraph(_pier_the_mayor_called("that", "that", "WDT")),
        [("mixed", ("the pier that", "“a disgrace.”"), "partial-quote", "called")],
        id="that-clause-names-its-noun",
    ),
    pytest.param(
        one_paragraph(_pier_the_mayor_called(None, "", "")),
        [("mixed", ("the pier", "“a disgrace.”"), "partial-quote", "called")],
        id="clause-without-relative-word-names-its-noun",
    ),
    pytest.param(
        one_paragraph(_pier_the_mayor_called("which", "which", "WDT")),
        [("mixed", "“a disgrace.”", "partial-quote", "called")],
        id="which-clause-does-not-take-its-noun",
    ),
]


class TestNamedAntecedents:
    """``the pier that the mayor called “a disgrace”``: the noun is what was called so, and
    the attribution between is left out of the content."""

    @pytest.mark.parametrize(("paragraphs", "expected"), NAMED_ANTECEDENTS)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)

    def test_speaker_is_the_relative_clauses_subject(self, attributor: Attributor) -> None:
        """The speaker left out of the content is still the speaker."""
        doc = document(one_paragraph(_pier_the_mayor_called("that", "that", "WDT")))
        (quote,) = attributor.attribute(doc).quotes
        assert quote.speaker is not None
        assert quote.speaker.mention.text == "the mayor"


# --- "known as" --------------------------------------------------------------------------

HARBOUR_KNOWN_AS = rows("""
1  The      the      DET    DT   2   det
2  harbour  harbour  NOUN   NN   4   nsubj:pass
3  was      be       AUX    VBD  4   aux:pass
4  known    know     VERB   VBN  0   root
5  as       as       ADP    IN   8   case
6  the      the      DET    DT   8   det
7  “        "        PUNCT  ``   8   punct     nospace
8  graveyard graveyard NOUN NN   4   obl
9  of       of       ADP    IN   10  case
10 ships    ship     NOUN   NNS  8   nmod      nospace
11 .        .        PUNCT  .    4   punct     nospace
12 ”        "        PUNCT  ''   8   punct
""")
GENRE_KNOWN_AS = rows("""
1  She      she      PRON   PRP  2   nsubj
2  works    work     VERB   VBZ  0   root
3  in       in       ADP    IN   5   case
4  a        a        DET    DT   5   det
5  genre    genre    NOUN   NN   2   obl
6  known    know     VERB   VBN  5   acl
7  as       as       ADP    IN   10  case
8  “        "        PUNCT  ``   10  punct     nospace
9  beach    beach    NOUN   NN   10  compound
10 reads    read     NOUN   NNS  6   obl       nospace
11 .        .        PUNCT  .    2   punct     nospace
12 ”        "        PUNCT  ''   10  punct
""")

KNOWN_AS: list[Any] = [
    pytest.param(
        one_paragraph(HARBOUR_KNOWN_AS),
        [
            (
                "mixed",
                "The harbour was known as the “graveyard of ships.”",
                "partial-quote",
                "known",
            )
        ],
        id="what-a-subject-was-known-as-is-someones-words",
    ),
    pytest.param(one_paragraph(GENRE_KNOWN_AS), [], id="a-thing-known-as-is-a-name"),
]


class TestKnownAs:
    """``The harbour was known as the “graveyard of ships”``: what people called the
    subject; ``a genre known as “beach reads”`` only names a thing."""

    @pytest.mark.parametrize(("paragraphs", "expected"), KNOWN_AS)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)


# --- quotations the parser did not link to the attribution between them ------------------

WAS_PORT_CLOSED = rows("""
1  “          "          PUNCT  ``   5   punct     nospace
2  Was        be         AUX    VBD  5   cop
3  the        the        DET    DT   4   det
4  port       port       NOUN   NN   5   nsubj
5  closed     closed     ADJ    JJ   0   root      nospace
6  ?          ?          PUNCT  .    5   punct     nospace
7  ”          "          PUNCT  ''   5   punct
""")
PORT_IS_CLOSED = rows("""
1  “          "          PUNCT  ``   4   punct     nospace
2  The        the        DET    DT   3   det
3  port       port       NOUN   NN   4   nsubj
4  closed     closed     ADJ    JJ   0   root      nospace
5  .          .          PUNCT  .    4   punct     nospace
6  ”          "          PUNCT  ''   4   punct
""")
HE_TOLD_ME = rows("""
1  he         he         PRON   PRP  2   nsubj
2  told       tell       VERB   VBD  0   root
3  me         I          PRON   PRP  2   obj       nospace
4  .          .          PUNCT  .    2   punct
""")
MAYOR_ASKED_LOOKING = rows("""
1  the        the        DET    DT   2   det
2  mayor      mayor      NOUN   NN   3   nsubj
3  asked      ask        VERB   VBD  0   root      nospace
4  ,          ,          PUNCT  ,    5   punct
5  looking    look       VERB   VBG  3   xcomp
6  worried    worried    ADJ    JJ   5   xcomp     nospace
7  .          .          PUNCT  .    3   punct
""")
WAS_IT_OPEN = rows("""
1  “          "          PUNCT  ``   5   punct     nospace
2  Or         or         CCONJ  CC   5   cc
3  was        be         AUX    VBD  5   cop
4  it         it         PRON   PRP  5   nsubj
5  open       open       ADJ    JJ   0   root      nospace
6  ?          ?          PUNCT  .    5   punct     nospace
7  ”          "          PUNCT  ''   5   punct
""")
MAYOR_TOLD_CREWS = rows("""
1  the        the        DET    DT   2   det
2  mayor      mayor      NOUN   NN   3   nsubj
3  told       tell       VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  crews      crew       NOUN   NNS  3   obj       nospace
6  .          .          PUNCT  .    3   punct
""")
# the same attribution as a sentence of its own
MAYOR_TOLD_CREWS_CAPITALISED = rows("""
1  The        the        DET    DT   2   det
2  mayor      mayor      NOUN   NN   3   nsubj
3  told       tell       VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  crews      crew       NOUN   NNS  3   obj       nospace
6  .          .          PUNCT  .    3   punct
""")

UNLINKED: list[Any] = [
    pytest.param(
        one_paragraph(WAS_PORT_CLOSED, HE_TOLD_ME, WAS_IT_OPEN),
        [("direct", ("Was the port closed?", "Or was it open?"), "quotation-marks", "told")],
        id="told-me-between-two-questions",
    ),
    pytest.param(
        one_paragraph(WAS_PORT_CLOSED, MAYOR_ASKED_LOOKING, WAS_IT_OPEN),
        [("direct", ("Was the port closed?", "Or was it open?"), "quotation-marks", "asked")],
        id="asked-looking-worried-between-two-questions",
    ),
    pytest.param(
        one_paragraph(PORT_IS_CLOSED, MAYOR_TOLD_CREWS_CAPITALISED, WAS_IT_OPEN),
        [
            ("direct", "The port closed.", "quotation-marks", None),
            ("direct", "Or was it open?", "quotation-marks", None),
        ],
        id="an-object-that-is-not-a-pronoun-keeps-them-apart",
    ),
    pytest.param(
        # after a question, a sentence that is only an attribution goes on with it (the
        # tokenizer ended the sentence at the "?"): linked
        one_paragraph(WAS_PORT_CLOSED, MAYOR_TOLD_CREWS_CAPITALISED, WAS_IT_OPEN),
        [("direct", ("Was the port closed?", "Or was it open?"), "quotation-marks", "told")],
        id="a-bare-attribution-after-a-question-goes-on-with-it",
    ),
    pytest.param(
        # the lower-case attribution goes on with the quotation's sentence (the tokenizer
        # ended it at the "?"): the question is the verb's complement, so linked
        one_paragraph(WAS_PORT_CLOSED, MAYOR_TOLD_CREWS, WAS_IT_OPEN),
        [("direct", ("Was the port closed?", "Or was it open?"), "quotation-marks", "told")],
        id="an-attribution-in-lower-case-goes-on-with-the-question",
    ),
]


class TestUnlinkedSplitQuotes:
    """Two quotations around a short attribution the parser left unlinked are one quote."""

    @pytest.mark.parametrize(("paragraphs", "expected"), UNLINKED)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        found = found_rows(attributor.attribute(document(paragraphs)))
        assert [(k, s, r) for k, s, r, _ in found] == [
            (k, s, r) for k, s, r, _ in expected_rows(expected)
        ]


# --- which cue a split quotation's parts have ---------------------------------------------

# the parser hung the first part on "called", a word of the second part
RIVER_ROSE_CALLED_FLOOD = rows("""
1  “        "        PUNCT  ``   4   punct     nospace
2  When     when     ADV    WRB  4   advmod
3  the      the      DET    DT   4   det
4  river    river    NOUN   NN   13  nsubj
5  rose     rise     VERB   VBD  13  advcl     nospace
6  ,        ,        PUNCT  ,    5   punct     nospace
7  ”        "        PUNCT  ''   5   punct
8  he       he       PRON   PRP  9   nsubj
9  said     say      VERB   VBD  13  parataxis nospace
10 ,        ,        PUNCT  ,    9   punct
11 “        "        PUNCT  ``   13  punct     nospace
12 we       we       PRON   PRP  13  nsubj
13 called   call     VERB   VBD  0   root
14 it       it       PRON   PRP  13  obj
15 a        a        DET    DT   16  det
16 flood    flood    NOUN   NN   13  xcomp     nospace
17 .        .        PUNCT  .    13  punct     nospace
18 ”        "        PUNCT  ''   13  punct
""")
# heads fixed: "When" hangs from "rose", "the river" is its subject
RIVER_ROSE_CALLED_FLOOD = reattach(
    reattach(reattach(RIVER_ROSE_CALLED_FLOOD, 2, head=5), 4, head=5), 3, head=4
)

RIVER_ROSE_SHE_SAID_ADDING = rows("""
1  “        "        PUNCT  ``   4   punct     nospace
2  The      the      DET    DT   3   det
3  river    river    NOUN   NN   4   nsubj
4  rose     rise     VERB   VBD  0   root      nospace
5  ,        ,        PUNCT  ,    4   punct     nospace
6  ”        "        PUNCT  ''   4   punct
7  she      she      PRON   PRP  8   nsubj
8  said     say      VERB   VBD  4   parataxis nospace
9  ,        ,        PUNCT  ,    10  punct
10 adding   add      VERB   VBG  8   advcl     nospace
11 ,        ,        PUNCT  ,    10  punct
12 “        "        PUNCT  ``   15  punct     nospace
13 We       we       PRON   PRP  15  nsubj
14 were     be       AUX    VBD  15  cop
15 ready    ready    ADJ    JJ   10  ccomp     nospace
16 .        .        PUNCT  .    4   punct     nospace
17 ”        "        PUNCT  ''   15  punct
""")

SPLIT_CUES: list[Any] = [
    pytest.param(
        one_paragraph(RIVER_ROSE_CALLED_FLOOD),
        [("direct", ("When the river rose,", "we called it a flood."), "quotation-marks", "said")],
        id="cue-inside-the-other-part-is-no-cue",
    ),
    pytest.param(
        one_paragraph(RIVER_ROSE_SHE_SAID_ADDING),
        [
            ("direct", "The river rose,", "quotation-marks", "said"),
            ("direct", "We were ready.", "quotation-marks", "adding"),
        ],
        id="a-second-speech-verb-in-the-gap-starts-a-quote",
    ),
]


class TestSplitQuoteCues:
    """A split quotation is joined across its attribution, even where the parser linked
    one part to a verb inside the other; a second speech verb in the gap (``she said,
    adding, “…”``) starts a quote of its own."""

    @pytest.mark.parametrize(("paragraphs", "expected"), SPLIT_CUES)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)

    def test_speaker_from_the_attribution(self, attributor: Attributor) -> None:
        """The joined quote's speaker is the attribution's subject, not the subject of the
        verb inside the quotation that the parser linked the first part to."""
        (quote,) = attributor.attribute(document(one_paragraph(RIVER_ROSE_CALLED_FLOOD))).quotes
        assert quote.speaker is not None
        assert (quote.speaker.mention.text, quote.sieve) == ("he", "subject")


# --- quotations that follow each other with nothing between them -------------------------

WE_WON = rows("""
1  “          "          PUNCT  ``   3   punct     nospace
2  We         we         PRON   PRP  3   nsubj
3  won        win        VERB   VBD  0   root      nospace
4  .          .          PUNCT  .    3   punct     nospace
5  ”          "          PUNCT  ''   3   punct
""")
WIN_AGAIN_SHE_SAID = rows("""
1  “          "          PUNCT  ``   4   punct     nospace
2  We         we         PRON   PRP  4   nsubj
3  will       will       AUX    MD   4   aux
4  win        win        VERB   VB   8   ccomp
5  again      again      ADV    RB   4   advmod    nospace
6  ,          ,          PUNCT  ,    4   punct     nospace
7  ”          "          PUNCT  ''   4   punct
8  she        she        PRON   PRP  9   nsubj
9  said       say        VERB   VBD  0   root      nospace
10 .          .          PUNCT  .    9   punct
""")


class TestAdjacentQuotations:
    """Quotations with nothing but space between them are one speaker's words."""

    def test_joined(self, attributor: Attributor) -> None:
        """``“We won.” “We will win again,” she said.``: one quote, two spans."""
        result = attributor.attribute(document(one_paragraph(WE_WON, WIN_AGAIN_SHE_SAID)))
        assert found_rows(result) == expected_rows(
            [("direct", ("We won.", "We will win again,"), "quotation-marks", "said")]
        )

    def test_separate_paragraphs_not_joined(self, attributor: Attributor) -> None:
        """The same quotations in two paragraphs stay two quotes."""
        result = attributor.attribute(document([[WE_WON], [WIN_AGAIN_SHE_SAID]]))
        assert [q.text for q in result.quotes] == ["We won.", "We will win again,"]

    def test_coordinated_quotations_joined(self, attributor: Attributor) -> None:
        """``“Open the port,” and “Fix it now,” they chanted``: one quote, two spans."""
        result = attributor.attribute(document(one_paragraph(CHANTED_AND)))
        assert [tuple(s.text for s in q.spans) for q in result.quotes] == [
            ("Open the port,", "Fix it now,")
        ]


# parser's reading: the second quotation is a conjunct of "chanted", not of the first
CHANTED_AND = rows("""
1  “          "          PUNCT  ``   2   punct     nospace
2  Open       open       VERB   VB   15  ccomp
3  the        the        DET    DT   4   det
4  port       port       NOUN   NN   2   obj       nospace
5  ,          ,          PUNCT  ,    2   punct     nospace
6  ”          "          PUNCT  ''   2   punct
7  and        and        CCONJ  CC   9   cc
8  “          "          PUNCT  ``   9   punct     nospace
9  Fix        fix        VERB   VB   15  conj
10 it         it         PRON   PRP  9   obj
11 now        now        ADV    RB   9   advmod    nospace
12 ,          ,          PUNCT  ,    9   punct     nospace
13 ”          "          PUNCT  ''   9   punct
14 they       they       PRON   PRP  15  nsubj
15 chanted    chant      VERB   VBD  0   root      nospace
16 .          .          PUNCT  .    15  punct
""")


# --- quoted words right after a report go on with it -------------------------------------

WORKED_THROUGH_THE_NIGHT = rows("""
1  The        the        DET    DT   2   det
2  mayor      mayor      NOUN   NN   3   nsubj
3  said       say        VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  divers     diver      NOUN   NNS  7   nsubj
6  had        have       AUX    VBD  7   aux
7  worked     work       VERB   VBN  3   ccomp
8  “          "          PUNCT  ``   10  punct     nospace
9  through    through    ADP    IN   11  case
10 the        the        DET    DT   11  det
11 night      night      NOUN   NN   3   obl       nospace
12 .          .          PUNCT  .    3   punct     nospace
13 ”          "          PUNCT  ''   3   punct
""")


class TestQuotedWordsAfterTheReport:
    """Quoted words right after a report, in lower case, go on with its clause."""

    def test_joined_into_a_mixed_quote(self, attributor: Attributor) -> None:
        """The parser hung “through the night” on ``said``: still one mixed quote."""
        result = attributor.attribute(document(one_paragraph(WORKED_THROUGH_THE_NIGHT)))
        assert found_rows(result) == expected_rows(
            [("mixed", "the divers had worked “through the night.”", "speech-verb", "said")]
        )


# --- a quoted sentence that goes on with a report ----------------------------------------

DIAZ_SAID_CLOSED = rows("""
1  Ms.        Ms.        PROPN  NNP  3   nsubj
2  Diaz       Diaz       PROPN  NNP  1   flat      ner=E-PERSON
3  said       say        VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  port       port       NOUN   NN   8   nsubj
6  would      would      AUX    MD   8   aux
7  stay       stay       AUX    VB   8   cop
8  closed     closed     ADJ    JJ   3   ccomp     nospace
9  .          .          PUNCT  .    3   punct
""")
NO_RISKS = rows("""
1  “          "          PUNCT  ``   5   punct     nospace
2  We         we         PRON   PRP  5   nsubj
3  will       will       AUX    MD   5   aux
4  not        not        PART   RB   5   advmod
5  take       take       VERB   VB   0   root
6  risks      risk       NOUN   NNS  5   obj       nospace
7  .          .          PUNCT  .    5   punct     nospace
8  ”          "          PUNCT  ''   5   punct
""")
NO_RISKS_SHE_ADDED = rows("""
1  “          "          PUNCT  ``   5   punct     nospace
2  We         we         PRON   PRP  5   nsubj
3  will       will       AUX    MD   5   aux
4  not        not        PART   RB   5   advmod
5  take       take       VERB   VB   11  ccomp
6  risks      risk       NOUN   NNS  5   obj       nospace
7  ,          ,          PUNCT  ,    5   punct     nospace
8  ”          "          PUNCT  ''   5   punct
9  she        she        PRON   PRP  11  nsubj
10 then       then       ADV    RB   11  advmod
11 added      add        VERB   VBD  0   root      nospace
12 .          .          PUNCT  .    11  punct
""")

# Diaz said the vote would be close, “closer than anyone thinks.”
# The parser hung the quoted words on "said" as a loose dependent.
SAID_CLOSE_COMMA_QUOTED = rows("""
1  Diaz       Diaz       PROPN  NNP  2   nsubj     ner=S-PERSON
2  said       say        VERB   VBD  0   root
3  the        the        DET    DT   4   det
4  vote       vote       NOUN   NN   7   nsubj
5  would      would      AUX    MD   7   aux
6  be         be         AUX    VB   7   cop
7  close      close      ADJ    JJ   2   ccomp     nospace
8  ,          ,          PUNCT  ,    11  punct
9  “          "          PUNCT  ``   11  punct     nospace
10 closer     close      ADJ    JJR  11  amod
11 than       than       ADP    IN   2   dep
12 anyone     anyone     PRON   NN   13  nsubj
13 thinks     think      VERB   VBZ  11  advcl     nospace
14 .          .          PUNCT  .    2   punct     nospace
15 ”          "          PUNCT  ''   2   punct
""")

# Diaz said she was proud of them and told them, “you saved the pier.”
# The parser hung the quoted clause on "said" as parataxis.
TOLD_THEM_COMMA_QUOTED = rows("""
1  Diaz       Diaz       PROPN  NNP  2   nsubj     ner=S-PERSON
2  said       say        VERB   VBD  0   root
3  she        she        PRON   PRP  5   nsubj
4  was        be         AUX    VBD  5   cop
5  proud      proud      ADJ    JJ   2   ccomp
6  of         of         ADP    IN   7   case
7  them       they       PRON   PRP  5   obl
8  and        and        CCONJ  CC   9   cc
9  told       tell       VERB   VBD  5   conj
10 them       they       PRON   PRP  9   obj       nospace
11 ,          ,          PUNCT  ,    14  punct
12 “          "          PUNCT  ``   14  punct     nospace
13 you        you        PRON   PRP  14  nsubj
14 saved      save       VERB   VBD  2   parataxis
15 the        the        DET    DT   16  det
16 pier       pier       NOUN   NN   14  obj       nospace
17 .          .          PUNCT  .    2   punct     nospace
18 ”          "          PUNCT  ''   2   punct
""")

CONTINUED: list[Any] = [
    pytest.param(
        one_paragraph(DIAZ_SAID_CLOSED, NO_RISKS),
        [
            (
                "mixed",
                ("the port would stay closed", "We will not take risks."),
                "speech-verb",
                "said",
            )
        ],
        id="quoted-sentence-goes-on-with-the-report",
    ),
    pytest.param(
        one_paragraph(DIAZ_SAID_CLOSED, NO_RISKS_SHE_ADDED),
        [
            ("indirect", "the port would stay closed", "speech-verb", "said"),
            ("direct", "We will not take risks,", "quotation-marks", "added"),
        ],
        id="a-quotation-with-its-own-cue-stays-apart",
    ),
    pytest.param(
        [[DIAZ_SAID_CLOSED], [NO_RISKS]],
        [
            ("indirect", "the port would stay closed", "speech-verb", "said"),
            # apart, but continuing the same act of speech: it shares the cue
            ("direct", "We will not take risks.", "quotation-marks", "said"),
        ],
        id="next-paragraph-stays-apart",
    ),
    pytest.param(
        one_paragraph(SAID_CLOSE_COMMA_QUOTED),
        [
            (
                "mixed",
                ("the vote would be close", "closer than anyone thinks."),
                "speech-verb",
                "said",
            )
        ],
        id="lower-case-quotation-after-a-comma-goes-on-with-the-report",
    ),
    pytest.param(
        one_paragraph(TOLD_THEM_COMMA_QUOTED),
        [
            ("indirect", "she was proud of them and told them", "speech-verb", "said"),
            ("direct", "you saved the pier.", "quotation-marks", "said"),
        ],
        id="after-the-addressee-it-is-what-was-told",
    ),
]


class TestContinuedReports:
    """A quoted sentence with no attribution of its own right after a report, or quoted words
    in lower case after its comma, go on with it."""

    @pytest.mark.parametrize(("paragraphs", "expected"), CONTINUED)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)


# --- a quoted clause in lower case: the whole report, or words inside the writer's --------

TOLD_REPORTERS_QUOTED = rows("""
1  Ms.        Ms.        PROPN  NNP  3   nsubj
2  Diaz       Diaz       PROPN  NNP  1   flat      ner=E-PERSON
3  told       tell       VERB   VBD  0   root
4  reporters  reporter   NOUN   NNS  3   obj
5  “          "          PUNCT  ``   8   punct     nospace
6  we         we         PRON   PRP  8   nsubj
7  will       will       AUX    MD   8   aux
8  win        win        VERB   VB   3   ccomp     nospace
9  ”          "          PUNCT  ''   8   punct     nospace
10 .          .          PUNCT  .    3   punct
""")
SAID_THAT_QUOTED = rows("""
1  Ms.        Ms.        PROPN  NNP  3   nsubj
2  Diaz       Diaz       PROPN  NNP  1   flat      ner=E-PERSON
3  said       say        VERB   VBD  0   root
4  that       that       SCONJ  IN   8   mark
5  “          "          PUNCT  ``   8   punct     nospace
6  we         we         PRON   PRP  8   nsubj
7  will       will       AUX    MD   8   aux
8  win        win        VERB   VB   3   ccomp     nospace
9  ”          "          PUNCT  ''   8   punct     nospace
10 .          .          PUNCT  .    3   punct
""")

LOWER_CASE: list[Any] = [
    pytest.param(
        one_paragraph(TOLD_REPORTERS_QUOTED),
        [("direct", "we will win", "quotation-marks", "told")],
        id="the-quoted-clause-is-the-report",
    ),
    pytest.param(
        one_paragraph(SAID_THAT_QUOTED),
        [("mixed", "that “we will win”", "partial-quote", "said")],
        id="a-that-clause-holding-quoted-words",
    ),
]


class TestLowerCaseQuotedClauses:
    """A lower-case quotation right after the writer's words: direct when it is the whole
    reported clause, mixed when the writer's ``that`` introduces it."""

    @pytest.mark.parametrize(("paragraphs", "expected"), LOWER_CASE)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)
