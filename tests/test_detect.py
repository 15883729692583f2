"""Quote detection on hand-built news sentences: direct, mixed and indirect, and what is not a quote.

Every sentence is invented and annotated by hand in the style of UD v2 English EWT (a
speech verb heads its report as ``ccomp``, also when the quote comes first; ``according``
is the ``case`` of the source noun with ``to`` as ``fixed``; ``that`` is ``mark``), so
no Stanza model is needed. Each table row is a document and the quotes expected in it
as ``(kind, content spans, rule)``. A row the engine gets wrong today is marked
``xfail(strict=True)`` with the reason, never weakened.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import pytest
import strategies
from conllu_builder import Row, build, document, rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteattr import Attributor
from quoteattr.conllu import read_conllu
from quoteattr.detect import QuotationMarks
from quoteattr.errors import ConfigurationError, QuoteAttrError
from quoteattr.model import QUOTE_KINDS, DocumentResult

Expected = tuple[str, str | tuple[str, ...], str]


def _one(*sentences: list[Row]) -> list[list[list[Row]]]:
    """A document of one paragraph."""
    return [list(sentences)]


def _restyle(sentence: list[Row], opening: str, closing: str) -> list[Row]:
    """The sentence with its curly double quotation marks swapped for other marks."""
    swap = {"“": opening, "”": closing}
    return [(swap.get(row[0], row[0]), *row[1:]) for row in sentence]


def _found(result: DocumentResult) -> list[tuple[str, tuple[str, ...], str]]:
    return [(q.kind, tuple(s.text for s in q.spans), q.rule) for q in result.quotes]


def _expected(rows_: Sequence[Expected]) -> list[tuple[str, tuple[str, ...], str]]:
    return [(k, (s,) if isinstance(s, str) else tuple(s), r) for k, s, r in rows_]


@pytest.fixture(scope="module")
def attributor() -> Attributor:
    """The default attributor, shared: it is stateless for Documents."""
    return Attributor()


# --- direct quotations -------------------------------------------------------------------

QUOTE_FIRST = rows("""
1  “       "       PUNCT  ``   5   punct     nospace
2  We      we      PRON   PRP  5   nsubj
3  will    will    AUX    MD   5   aux
4  not     not     PART   RB   5   advmod
5  raise   raise   VERB   VB   12  ccomp
6  taxes   tax     NOUN   NNS  5   obj
7  this    this    DET    DT   8   det
8  year    year    NOUN   NN   5   obl:tmod  nospace
9  ,       ,       PUNCT  ,    5   punct     nospace
10 ”       "       PUNCT  ''   5   punct
11 Smith   Smith   PROPN  NNP  12  nsubj     ner=S-PERSON
12 said    say     VERB   VBD  0   root      nospace
13 .       .       PUNCT  .    12  punct
""")

# the same with a space inside each mark, as some feeds print them: “ We will … year, ”
QUOTE_FIRST_SPACED = rows("""
1  “       "       PUNCT  ``   5   punct
2  We      we      PRON   PRP  5   nsubj
3  will    will    AUX    MD   5   aux
4  not     not     PART   RB   5   advmod
5  raise   raise   VERB   VB   12  ccomp
6  taxes   tax     NOUN   NNS  5   obj
7  this    this    DET    DT   8   det
8  year    year    NOUN   NN   5   obl:tmod  nospace
9  ,       ,       PUNCT  ,    5   punct
10 ”       "       PUNCT  ''   5   punct
11 Smith   Smith   PROPN  NNP  12  nsubj     ner=S-PERSON
12 said    say     VERB   VBD  0   root      nospace
13 .       .       PUNCT  .    12  punct
""")

INVERTED = rows("""
1  “       "       PUNCT  ``   5   punct     nospace
2  The     the     DET    DT   3   det
3  harbour harbour NOUN   NN   5   nsubj
4  will    will    AUX    MD   5   aux
5  reopen  reopen  VERB   VB   10  ccomp
6  on      on      ADP    IN   7   case
7  Friday  Friday  PROPN  NNP  5   obl       nospace
8  ,       ,       PUNCT  ,    5   punct     nospace
9  ”       "       PUNCT  ''   5   punct
10 said    say     VERB   VBD  0   root
11 Smith   Smith   PROPN  NNP  10  nsubj     nospace ner=S-PERSON
12 .       .       PUNCT  .    10  punct
""")

TOLD_REUTERS = rows("""
1  “       "       PUNCT  ``   4   punct     nospace
2  We      we      PRON   PRP  4   nsubj
3  are     be      AUX    VBP  4   cop
4  ready   ready   ADJ    JJ   8   ccomp     nospace
5  ,       ,       PUNCT  ,    4   punct     nospace
6  ”       "       PUNCT  ''   4   punct
7  he      he      PRON   PRP  8   nsubj
8  told    tell    VERB   VBD  0   root
9  Reuters Reuters PROPN  NNP  8   obj       nospace ner=S-ORG
10 .       .       PUNCT  .    8   punct
""")

COLON = rows("""
1  Smith   Smith   PROPN  NNP  2   nsubj     ner=S-PERSON
2  said    say     VERB   VBD  0   root      nospace
3  :       :       PUNCT  :    8   punct
4  “       "       PUNCT  ``   8   punct     nospace
5  The     the     DET    DT   6   det
6  bridge  bridge  NOUN   NN   8   nsubj
7  is      be      AUX    VBZ  8   cop
8  safe    safe    ADJ    JJ   2   ccomp
9  for     for     ADP    IN   10  case
10 traffic traffic NOUN   NN   8   obl       nospace
11 .       .       PUNCT  .    8   punct     nospace
12 ”       "       PUNCT  ''   8   punct
""")

TWO_SENTENCES_A = rows("""
1  “       "       PUNCT  ``   5   punct     nospace
2  The     the     DET    DT   3   det
3  bridge  bridge  NOUN   NN   5   nsubj
4  is      be      AUX    VBZ  5   cop
5  safe    safe    ADJ    JJ   0   root      nospace
6  .       .       PUNCT  .    5   punct
""")
TWO_SENTENCES_B = rows("""
1  We       we       PRON   PRP  2   nsubj
2  tested   test     VERB   VBD  9   ccomp
3  it       it       PRON   PRP  2   obj
4  twice    twice    ADV    RB   2   advmod    nospace
5  ,        ,        PUNCT  ,    2   punct     nospace
6  ”        "        PUNCT  ''   2   punct
7  the      the      DET    DT   8   det
8  engineer engineer NOUN   NN   9   nsubj
9  said     say      VERB   VBD  0   root      nospace
10 .        .        PUNCT  .    9   punct
""")

SPLIT = rows("""
1  “       "       PUNCT  ``   4   punct     nospace
2  Prices  price   NOUN   NNS  4   nsubj
3  will    will    AUX    MD   4   aux
4  rise    rise    VERB   VB   8   ccomp     nospace
5  ,       ,       PUNCT  ,    4   punct     nospace
6  ”       "       PUNCT  ''   4   punct
7  she     she     PRON   PRP  8   nsubj
8  said    say     VERB   VBD  0   root      nospace
9  ,       ,       PUNCT  ,    14  punct
10 “       "       PUNCT  ``   14  punct     nospace
11 and     and     CCONJ  CC   14  cc
12 wages   wage    NOUN   NNS  14  nsubj
13 will    will    AUX    MD   14  aux
14 follow  follow  VERB   VB   8   parataxis nospace
15 .       .       PUNCT  .    14  punct     nospace
16 ”       "       PUNCT  ''   14  punct
""")

# the parser's reading: the second part a conjunct of the first, the attribution a dep
SPLIT_CONJUNCT = rows("""
1  “       "       PUNCT  ``   4   punct     nospace
2  Prices  price   NOUN   NNS  4   nsubj
3  will    will    AUX    MD   4   aux
4  rise    rise    VERB   VB   0   root      nospace
5  ,       ,       PUNCT  ,    4   punct     nospace
6  ”       "       PUNCT  ''   4   punct
7  said    say     VERB   VBD  4   dep
8  Ada     Ada     PROPN  NNP  7   nsubj     nospace
9  ,       ,       PUNCT  ,    7   punct
10 “       "       PUNCT  ``   14  punct     nospace
11 and     and     CCONJ  CC   14  cc
12 wages   wage    NOUN   NNS  14  nsubj
13 will    will    AUX    MD   14  aux
14 follow  follow  VERB   VB   4   conj      nospace
15 .       .       PUNCT  .    4   punct     nospace
16 ”       "       PUNCT  ''   4   punct
""")

# a mixed first part, its attribution, then a quoted sentence
BROKE_EVERY_PROMISE = rows("""
1  Okafor   Okafor   PROPN  NNP  3   nsubj
2  “        "        PUNCT  ``   3   punct     nospace
3  broke    break    VERB   VBD  9   ccomp
4  every    every    DET    DT   5   det
5  promise  promise  NOUN   NN   3   obj       nospace
6  ,        ,        PUNCT  ,    3   punct     nospace
7  ”        "        PUNCT  ''   3   punct
8  Ada      Ada      PROPN  NNP  9   nsubj
9  said     say      VERB   VBD  0   root      nospace
10 .        .        PUNCT  .    9   punct
""")
BROKE_EVERY_PROMISE_WORDS = [
    *BROKE_EVERY_PROMISE[:8],
    ("added", "add", "VERB", "VBD", 0, "root"),
    ("the", "the", "DET", "DT", 11, "det"),
    ("words", "word", "NOUN", "NNS", 9, "obj", {"space": False}),
    (".", ".", "PUNCT", ".", 9, "punct"),
]
IT_IS_OVER = rows("""
1  “        "        PUNCT  ``   4   punct     nospace
2  It       it       PRON   PRP  4   nsubj
3  is       be       AUX    VBZ  4   cop
4  over     over     ADV    RB   0   root      nospace
5  .        .        PUNCT  .    4   punct     nospace
6  ”        "        PUNCT  ''   4   punct
""")

SPLIT_SENTENCES_A = rows("""
1  “       "       PUNCT  ``   5   punct     nospace
2  The     the     DET    DT   3   det
3  port    port    NOUN   NN   5   nsubj
4  is      be      AUX    VBZ  5   cop
5  closed  closed  ADJ    JJ   9   ccomp     nospace
6  ,       ,       PUNCT  ,    5   punct     nospace
7  ”       "       PUNCT  ''   5   punct
8  she     she     PRON   PRP  9   nsubj
9  said    say     VERB   VBD  0   root      nospace
10 .       .       PUNCT  .    9   punct
""")
SPLIT_SENTENCES_B = rows("""
1  “       "       PUNCT  ``   4   punct     nospace
2  It      it      PRON   PRP  4   nsubj
3  will    will    AUX    MD   4   aux
4  reopen  reopen  VERB   VB   0   root
5  on      on      ADP    IN   6   case
6  Monday  Monday  PROPN  NNP  4   obl       nospace
7  .       .       PUNCT  .    4   punct     nospace
8  ”       "       PUNCT  ''   4   punct
""")

LONG_INTERRUPTION = rows("""
1  “          "          PUNCT  ``   4   punct     nospace
2  We         we         PRON   PRP  4   nsubj
3  will       will       AUX    MD   4   aux
4  appeal     appeal     VERB   VB   9   ccomp     nospace
5  ,          ,          PUNCT  ,    4   punct     nospace
6  ”          "          PUNCT  ''   4   punct
7  Ms.        Ms.        PROPN  NNP  9   nsubj
8  Okafor     Okafor     PROPN  NNP  7   flat      ner=S-PERSON
9  told       tell       VERB   VBD  0   root
10 reporters  reporter   NOUN   NNS  9   obj
11 outside    outside    ADP    IN   13  case
12 the        the        DET    DT   13  det
13 courthouse courthouse NOUN   NN   9   obl
14 after      after      SCONJ  IN   17  mark
15 the        the        DET    DT   16  det
16 judge      judge      NOUN   NN   17  nsubj
17 read       read       VERB   VBD  9   advcl
18 the        the        DET    DT   19  det
19 verdict    verdict    NOUN   NN   17  obj       nospace
20 .          .          PUNCT  .    9   punct
""")
STANDS_ALONE = rows("""
1  “          "          PUNCT  ``   5   punct     nospace
2  This       this       PRON   DT   5   nsubj
3  is         be         AUX    VBZ  5   cop
4  not        not        PART   RB   5   advmod
5  over       over       ADJ    JJ   0   root      nospace
6  .          .          PUNCT  .    5   punct     nospace
7  ”          "          PUNCT  ''   5   punct
""")
HAS_OWN_CUE = rows("""
1  “          "          PUNCT  ``   5   punct     nospace
2  This       this       PRON   DT   5   nsubj
3  is         be         AUX    VBZ  5   cop
4  not        not        PART   RB   5   advmod
5  over       over       ADJ    JJ   10  ccomp     nospace
6  ,          ,          PUNCT  ,    5   punct     nospace
7  ”          "          PUNCT  ''   5   punct
8  her        she        PRON   PRP$ 9   nmod:poss
9  client     client     NOUN   NN   10  nsubj
10 added      add        VERB   VBD  0   root      nospace
11 .          .          PUNCT  .    10  punct
""")
ROOF_FELL = rows("""
1  “          "          PUNCT  ``   4   punct     nospace
2  The        the        DET    DT   3   det
3  roof       roof       NOUN   NN   4   nsubj
4  fell       fall       VERB   VBD  8   ccomp     nospace
5  ,          ,          PUNCT  ,    4   punct     nospace
6  ”          "          PUNCT  ''   4   punct
7  a          a          DET    DT   8   det
8  guard      guard      NOUN   NN   9   nsubj
9  said       say        VERB   VBD  0   root      nospace
10 .          .          PUNCT  .    9   punct
""")
TWO_WORDS = rows("""
1  “          "          PUNCT  ``   3   punct     nospace
2  Total      total      ADJ    JJ   3   amod
3  chaos      chaos      NOUN   NN   0   root      nospace
4  .          .          PUNCT  .    3   punct     nospace
5  ”          "          PUNCT  ''   3   punct
""")

SAID_ON_SHOW = rows("""
1  “          "          PUNCT  ``   4   punct     nospace
2  Prices     price      NOUN   NNS  4   nsubj
3  will       will       AUX    MD   4   aux
4  rise       rise       VERB   VB   8   ccomp     nospace
5  ,          ,          PUNCT  ,    4   punct     nospace
6  ”          "          PUNCT  ''   4   punct
7  she        she        PRON   PRP  8   nsubj
8  said       say        VERB   VBD  0   root
9  on         on         ADP    IN   11  case
10 “          "          PUNCT  ``   11  punct     nospace
11 Face       face       VERB   VB   8   parataxis
12 the        the        DET    DT   13  det
13 Nation     Nation     PROPN  NNP  11  obj       nospace
14 .          .          PUNCT  .    8   punct     nospace
15 ”          "          PUNCT  ''   8   punct
""")

PARAGRAPH_OPENS = rows("""
1  Smith   Smith   PROPN  NNP  2   nsubj     ner=S-PERSON
2  said    say     VERB   VBD  0   root      nospace
3  :       :       PUNCT  :    8   punct
4  “       "       PUNCT  ``   8   punct     nospace
5  The     the     DET    DT   6   det
6  port    port    NOUN   NN   8   nsubj
7  is      be      AUX    VBZ  8   cop
8  closed  closed  ADJ    JJ   2   ccomp     nospace
9  .       .       PUNCT  .    8   punct
""")
PARAGRAPH_CONTINUES = rows("""
1  “       "       PUNCT  ``   4   punct     nospace
2  It      it      PRON   PRP  4   nsubj
3  will    will    AUX    MD   4   aux
4  reopen  reopen  VERB   VB   0   root
5  when    when    SCONJ  WRB  9   mark
6  the     the     DET    DT   7   det
7  leak    leak    NOUN   NN   9   nsubj:pass
8  is      be      AUX    VBZ  9   aux:pass
9  sealed  seal    VERB   VBN  4   advcl     nospace
10 .       .       PUNCT  .    4   punct     nospace
11 ”       "       PUNCT  ''   4   punct
""")

NESTED = rows("""
1  “        "        PUNCT  ``   3   punct     nospace
2  They     they     PRON   PRP  3   nsubj
3  told     tell     VERB   VBD  15  ccomp
4  us       we       PRON   PRP  3   iobj
5  ‘        '        PUNCT  ``   6   punct     nospace
6  stay     stay     VERB   VB   3   ccomp
7  indoors  indoors  ADV    RB   6   advmod    nospace
8  ’        '        PUNCT  ''   6   punct
9  all      all      DET    DT   10  det
10 night    night    NOUN   NN   3   obl:tmod  nospace
11 ,        ,        PUNCT  ,    3   punct     nospace
12 ”        "        PUNCT  ''   3   punct
13 the      the      DET    DT   14  det
14 resident resident NOUN   NN   15  nsubj
15 said     say      VERB   VBD  0   root      nospace
16 .        .        PUNCT  .    15  punct
""")

DIRECT: list[Any] = [
    pytest.param(
        _one(QUOTE_FIRST),
        [("direct", "We will not raise taxes this year,", "quotation-marks")],
        id="quote-first",
    ),
    pytest.param(
        _one(QUOTE_FIRST_SPACED),
        [("direct", "We will not raise taxes this year,", "quotation-marks")],
        id="spaces-inside-the-marks-are-not-content",
    ),
    pytest.param(
        _one(_restyle(QUOTE_FIRST, '"', '"')),
        [("direct", "We will not raise taxes this year,", "quotation-marks")],
        id="quote-first-straight-marks",
    ),
    pytest.param(
        _one(_restyle(QUOTE_FIRST, "‘", "’")),
        [("direct", "We will not raise taxes this year,", "quotation-marks")],
        id="quote-first-british-single-marks",
    ),
    pytest.param(
        _one(INVERTED),
        [("direct", "The harbour will reopen on Friday,", "quotation-marks")],
        id="inverted-said-smith",
    ),
    pytest.param(
        _one(TOLD_REUTERS),
        [("direct", "We are ready,", "quotation-marks")],
        id="short-quote-he-told-reuters",
    ),
    pytest.param(
        _one(COLON),
        [("direct", "The bridge is safe for traffic.", "quotation-marks")],
        id="colon",
    ),
    pytest.param(
        _one(TWO_SENTENCES_A, TWO_SENTENCES_B),
        [("direct", "The bridge is safe. We tested it twice,", "quotation-marks")],
        id="two-sentences",
    ),
    pytest.param(
        _one(SPLIT),
        [("direct", ("Prices will rise,", "and wages will follow."), "quotation-marks")],
        id="split-by-she-said",
    ),
    pytest.param(
        _one(SPLIT_CONJUNCT),
        [("direct", ("Prices will rise,", "and wages will follow."), "quotation-marks")],
        id="split-second-part-in-lower-case-not-linked-to-the-cue",
    ),
    pytest.param(
        _one(BROKE_EVERY_PROMISE, IT_IS_OVER),
        [("mixed", ("Okafor “broke every promise,”", "It is over."), "speech-verb")],
        id="split-with-a-mixed-first-part",
    ),
    pytest.param(
        _one(BROKE_EVERY_PROMISE_WORDS, IT_IS_OVER),
        [
            ("mixed", "Okafor “broke every promise,”", "speech-verb"),
            ("direct", "It is over.", "quotation-marks"),
        ],
        id="mixed-part-then-a-verb-with-its-own-object-not-joined",
    ),
    pytest.param(
        _one(SPLIT_SENTENCES_A, SPLIT_SENTENCES_B),
        [("direct", ("The port is closed,", "It will reopen on Monday."), "quotation-marks")],
        id="split-across-sentences",
    ),
    pytest.param(
        _one(LONG_INTERRUPTION, STANDS_ALONE),
        [("direct", ("We will appeal,", "This is not over."), "quotation-marks")],
        id="split-long-interruption-then-quoted-sentence",
    ),
    pytest.param(
        _one(LONG_INTERRUPTION, HAS_OWN_CUE),
        [
            ("direct", "We will appeal,", "quotation-marks"),
            ("direct", "This is not over,", "quotation-marks"),
        ],
        id="next-quote-with-its-own-cue-not-joined",
    ),
    pytest.param(
        [[LONG_INTERRUPTION], [STANDS_ALONE]],
        [
            ("direct", "We will appeal,", "quotation-marks"),
            ("direct", "This is not over.", "quotation-marks"),
        ],
        id="quoted-sentence-in-next-paragraph-not-joined",
    ),
    pytest.param(
        _one(ROOF_FELL, TWO_WORDS),
        [("direct", ("The roof fell,", "Total chaos."), "quotation-marks")],
        id="two-word-quoted-sentence-continues-split",
    ),
    pytest.param(
        _one(TWO_WORDS),
        [("direct", "Total chaos.", "quotation-marks")],
        id="two-word-quoted-sentence-alone",
    ),
    pytest.param(
        _one(SAID_ON_SHOW),
        [("direct", "Prices will rise,", "quotation-marks")],
        id="show-title-after-on-not-a-split-part",
    ),
    pytest.param(
        [[PARAGRAPH_OPENS], [PARAGRAPH_CONTINUES]],
        [
            (
                "direct",
                ("The port is closed.", "It will reopen when the leak is sealed."),
                "quotation-marks",
            )
        ],
        id="multi-paragraph",
    ),
    pytest.param(
        _one(NESTED),
        [("direct", "They told us ‘stay indoors’ all night,", "quotation-marks")],
        id="nested-quote-kept-whole",
    ),
]


class TestDirect:
    """Quotations inside quotation marks."""

    @pytest.mark.parametrize(("paragraphs", "expected"), DIRECT)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected direct quotes."""
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)


# --- mixed quotes ------------------------------------------------------------------------

REPORTED_CLAUSE = rows("""
1  The       the       DET    DT   2   det
2  agency    agency    NOUN   NN   3   nsubj
3  said      say       VERB   VBD  0   root
4  the       the       DET    DT   6   det
5  radiation radiation NOUN   NN   6   compound
6  levels    level     NOUN   NNS  11  nsubj
7  were      be        AUX    VBD  11  cop
8  “         "         PUNCT  ``   11  punct     nospace
9  well      well      ADV    RB   11  advmod
10 within    within    ADP    IN   11  case
11 limits    limit     NOUN   NNS  3   ccomp     nospace
12 ”         "         PUNCT  ''   11  punct     nospace
13 .         .         PUNCT  .    3   punct
""")

REPORTED_CLAUSE_MIDDLE = rows("""
1  The       the       DET    DT   2   det
2  agency    agency    NOUN   NN   3   nsubj
3  said      say       VERB   VBD  0   root
4  the       the       DET    DT   6   det
5  radiation radiation NOUN   NN   6   compound
6  levels    level     NOUN   NNS  11  nsubj
7  were      be        AUX    VBD  11  cop
8  “         "         PUNCT  ``   11  punct     nospace
9  well      well      ADV    RB   11  advmod
10 within    within    ADP    IN   11  case
11 limits    limit     NOUN   NNS  3   ccomp     nospace
12 ”         "         PUNCT  ''   11  punct
13 on        on        ADP    IN   14  case
14 Monday    Monday    PROPN  NNP  11  obl       nospace
15 .         .         PUNCT  .    3   punct
""")

TOASTED = rows("""
1  The         the         DET    DT   3   det
2  two         two         NUM    CD   3   nummod
3  ministers   minister    NOUN   NNS  4   nsubj
4  toasted     toast       VERB   VBD  0   root
5  the         the         DET    DT   8   det
6  “           "           PUNCT  ``   8   punct     nospace
7  new         new         ADJ    JJ   8   amod
8  partnership partnership NOUN   NN   4   obj       nospace
9  ”           "           PUNCT  ''   8   punct
10 at          at          ADP    IN   12  case
11 a           a           DET    DT   12  det
12 dinner      dinner      NOUN   NN   4   obl
13 in          in          ADP    IN   14  case
14 Oslo        Oslo        PROPN  NNP  12  nmod      nospace
15 .           .           PUNCT  .    4   punct
""")

MIXED: list[Any] = [
    pytest.param(
        _one(REPORTED_CLAUSE_MIDDLE),
        [("mixed", "the radiation levels were “well within limits” on Monday", "speech-verb")],
        id="reported-clause-with-quoted-words",
    ),
    pytest.param(
        _one(REPORTED_CLAUSE),
        [("mixed", "the radiation levels were “well within limits”", "speech-verb")],
        id="reported-clause-ending-in-quoted-words",
    ),
    pytest.param(
        _one(TOASTED),
        [("mixed", "the “new partnership”", "partial-quote")],
        id="toasted-the-new-partnership",
    ),
]


class TestMixed:
    """Reports of speech holding quoted words, and quoted fragments in the writer's sentence."""

    @pytest.mark.parametrize(("paragraphs", "expected"), MIXED)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly one mixed quote, with the expected content."""
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)

    @pytest.mark.parametrize(
        ("paragraphs", "quoted"),
        [
            pytest.param(_one(REPORTED_CLAUSE), ["well within limits"], id="one-fragment"),
            pytest.param(_one(TOASTED), ["new partnership"], id="fragment-in-an-object"),
        ],
    )
    def test_quoted_words(self, attributor: Attributor, paragraphs: Any, quoted: list[str]) -> None:
        """``Quote.quoted`` gives the quoted words of a mixed quote, without their marks."""
        (quote,) = attributor.attribute(document(paragraphs)).quotes
        assert [part.text for part in quote.quoted] == quoted


# --- indirect speech ---------------------------------------------------------------------

SAID_THAT = rows("""
1  Smith   Smith   PROPN  NNP  2   nsubj     ner=S-PERSON
2  said    say     VERB   VBD  0   root
3  that    that    SCONJ  IN   7   mark
4  the     the     DET    DT   5   det
5  port    port    NOUN   NN   7   nsubj
6  would   would   AUX    MD   7   aux
7  reopen  reopen  VERB   VB   2   ccomp
8  on      on      ADP    IN   9   case
9  Friday  Friday  PROPN  NNP  7   obl       nospace
10 .       .       PUNCT  .    2   punct
""")

SAID_NO_THAT = rows("""
1  The      the      DET    DT   2   det
2  ministry ministry NOUN   NN   3   nsubj
3  said     say      VERB   VBD  0   root
4  fuel     fuel     NOUN   NN   5   compound
5  prices   price    NOUN   NNS  7   nsubj
6  would    would    AUX    MD   7   aux
7  fall     fall     VERB   VB   3   ccomp
8  next     next     ADJ    JJ   9   amod
9  month    month    NOUN   NN   7   obl:tmod  nospace
10 .        .        PUNCT  .    3   punct
""")

TOLD_THAT = rows("""
1  The      the      DET    DT   2   det
2  minister minister NOUN   NN   3   nsubj
3  told     tell     VERB   VBD  0   root
4  Reuters  Reuters  PROPN  NNP  3   iobj      ner=S-ORG
5  that     that     SCONJ  IN   9   mark
6  the      the      DET    DT   7   det
7  talks    talk     NOUN   NNS  9   nsubj
8  had      have     AUX    VBD  9   aux
9  stalled  stall    VERB   VBN  3   ccomp     nospace
10 .        .        PUNCT  .    3   punct
""")

TOLD_NO_THAT = rows("""
1  The       the       DET    DT   2   det
2  coach     coach     NOUN   NN   3   nsubj
3  told      tell      VERB   VBD  0   root
4  reporters reporter  NOUN   NNS  3   obj
5  the       the       DET    DT   6   det
6  team      team      NOUN   NN   8   nsubj
7  was       be        AUX    VBD  8   cop
8  ready     ready     ADJ    JJ   3   ccomp
9  for       for       ADP    IN   11  case
10 the       the       DET    DT   11  det
11 final     final     NOUN   NN   8   obl       nospace
12 .         .         PUNCT  .    3   punct
""")

NEGATED = rows("""
1  The     the     DET    DT   2   det
2  company company NOUN   NN   5   nsubj
3  did     do      AUX    VBD  5   aux
4  not     not     PART   RB   5   advmod
5  say     say     VERB   VB   0   root
6  that    that    SCONJ  IN   10  mark
7  the     the     DET    DT   8   det
8  plant   plant   NOUN   NN   10  nsubj
9  would   would   AUX    MD   10  aux
10 close   close   VERB   VB   5   ccomp     nospace
11 .       .       PUNCT  .    5   punct
""")

MODAL = rows("""
1  Critics critic  NOUN   NNS  3   nsubj
2  would   would   AUX    MD   3   aux
3  argue   argue   VERB   VB   0   root
4  that    that    SCONJ  IN   9   mark
5  the     the     DET    DT   6   det
6  plan    plan    NOUN   NN   9   nsubj
7  is      be      AUX    VBZ  9   cop
8  too     too     ADV    RB   9   advmod
9  costly  costly  ADJ    JJ   3   ccomp     nospace
10 .       .       PUNCT  .    3   punct
""")

PASSIVE = rows("""
1  It        it        PRON   PRP  3   expl
2  was       be        AUX    VBD  3   aux:pass
3  announced announce  VERB   VBN  0   root
4  that      that      SCONJ  IN   9   mark
5  the       the       DET    DT   7   det
6  ferry     ferry     NOUN   NN   7   compound
7  service   service   NOUN   NN   9   nsubj
8  would     would     AUX    MD   9   aux
9  resume    resume    VERB   VB   3   csubj:pass
10 in        in        ADP    IN   11  case
11 May       May       PROPN  NNP  9   obl       nospace
12 .         .         PUNCT  .    3   punct
""")

PARATAXIS = rows("""
1  The     the     DET    DT   2   det
2  port    port    NOUN   NN   4   nsubj
3  will    will    AUX    MD   4   aux
4  reopen  reopen  VERB   VB   0   root
5  on      on      ADP    IN   6   case
6  Friday  Friday  PROPN  NNP  4   obl       nospace
7  ,       ,       PUNCT  ,    9   punct
8  she     she     PRON   PRP  9   nsubj
9  said    say     VERB   VBD  4   parataxis nospace
10 .       .       PUNCT  .    4   punct
""")

ACCORDING_FIRST = rows("""
1  According accord   VERB   VBG  5   case
2  to        to       ADP    IN   1   fixed
3  the       the      DET    DT   5   det
4  coast     coast    NOUN   NN   5   compound
5  guard     guard    NOUN   NN   10  obl       nospace
6  ,         ,        PUNCT  ,    10  punct
7  the       the      DET    DT   8   det
8  tanker    tanker   NOUN   NN   10  nsubj
9  was       be       AUX    VBD  10  aux
10 carrying  carry    VERB   VBG  0   root
11 40        40       NUM    CD   12  nummod
12 tonnes    tonne    NOUN   NNS  10  obj
13 of        of       ADP    IN   14  case
14 fuel      fuel     NOUN   NN   12  nmod      nospace
15 .         .        PUNCT  .    10  punct
""")

ACCORDING_LAST = rows("""
1  The       the      DET    DT   2   det
2  tanker    tanker   NOUN   NN   4   nsubj
3  was       be       AUX    VBD  4   aux
4  carrying  carry    VERB   VBG  0   root
5  40        40       NUM    CD   6   nummod
6  tonnes    tonne    NOUN   NNS  4   obj
7  of        of       ADP    IN   8   case
8  fuel      fuel     NOUN   NN   6   nmod      nospace
9  ,         ,        PUNCT  ,    14  punct
10 according accord   VERB   VBG  14  case
11 to        to       ADP    IN   10  fixed
12 the       the      DET    DT   14  det
13 coast     coast    NOUN   NN   14  compound
14 guard     guard    NOUN   NN   4   obl       nospace
15 .         .        PUNCT  .    4   punct
""")

# parser's mistake: the source's relative clause hangs on the sentence's verb
ACCORDING_WHO = rows("""
1  The       the      DET    DT   2   det
2  tanker    tanker   NOUN   NN   3   nsubj
3  sank      sink     VERB   VBD  0   root      nospace
4  ,         ,        PUNCT  ,    7   punct
5  according accord   VERB   VBG  7   case
6  to        to       ADP    IN   5   fixed
7  witnesses witness  NOUN   NNS  3   obl       nospace
8  ,         ,        PUNCT  ,    11  punct
9  who       who      PRON   WP   11  nsubj
10 were      be       AUX    VBD  11  aux
11 watching  watch    VERB   VBG  3   advcl
12 from      from     ADP    IN   14  case
13 the       the      DET    DT   14  det
14 pier      pier     NOUN   NN   11  obl       nospace
15 .         .        PUNCT  .    3   punct
""")

NOUN_CLAIM = rows("""
1  The        the        DET    DT   2   det
2  mayor      mayor      NOUN   NN   4   nmod:poss  nospace
3  's         's         PART   POS  2   case
4  claim      claim      NOUN   NN   11  nsubj:pass
5  that       that       SCONJ  IN   9   mark
6  the        the        DET    DT   7   det
7  water      water      NOUN   NN   9   nsubj
8  is         be         AUX    VBZ  9   cop
9  safe       safe       ADJ    JJ   4   acl
10 was        be         AUX    VBD  11  aux:pass
11 challenged challenge  VERB   VBN  0   root
12 by         by         ADP    IN   13  case
13 residents  resident   NOUN   NNS  11  obl:agent  nospace
14 .          .          PUNCT  .    11  punct
""")

URGED = rows("""
1  The     the     DET    DT   2   det
2  union   union   NOUN   NN   3   nsubj
3  urged   urge    VERB   VBD  0   root
4  members member  NOUN   NNS  3   obj
5  to      to      PART   TO   6   mark
6  reject  reject  VERB   VB   3   xcomp
7  the     the     DET    DT   9   det
8  pay     pay     NOUN   NN   9   compound
9  offer   offer   NOUN   NN   6   obj       nospace
10 .       .       PUNCT  .    3   punct
""")

CALLED_FOR = rows("""
1  The         the         DET    DT   2   det
2  opposition  opposition  NOUN   NN   3   nsubj
3  called      call        VERB   VBD  0   root
4  for         for         ADP    IN   7   case
5  an          a           DET    DT   7   det
6  independent independent ADJ    JJ   7   amod
7  inquiry     inquiry     NOUN   NN   3   obl
8  into        into        ADP    IN   10  case
9  the         the         DET    DT   10  det
10 spill       spill       NOUN   NN   7   nmod      nospace
11 .           .           PUNCT  .    3   punct
""")

ASKED_WHETHER = rows("""
1  Reporters reporter NOUN   NNS  2   nsubj
2  asked     ask      VERB   VBD  0   root
3  whether   whether  SCONJ  IN   7   mark
4  the       the      DET    DT   5   det
5  port      port     NOUN   NN   7   nsubj
6  would     would    AUX    MD   7   aux
7  reopen    reopen   VERB   VB   2   ccomp     nospace
8  .         .        PUNCT  .    2   punct
""")


# "Asked whether …": a question reported with no one asking in the sentence (PolNeAR
# annotates these as attributions, with the question word in the content)
ASKED_WHETHER_PARTICIPLE = rows("""
1  Asked     ask      VERB   VBN  6   advcl
2  whether   whether  SCONJ  IN   5   mark
3  the       the      DET    DT   4   det
4  port      port     NOUN   NN   5   nsubj
5  reopens   reopen   VERB   VBZ  1   ccomp
6  stays     stay     VERB   VBZ  0   root
7  unclear   unclear  ADJ    JJ   6   xcomp     nospace
8  .         .        PUNCT  .    6   punct
""")

INDIRECT: list[Any] = [
    pytest.param(
        _one(ASKED_WHETHER_PARTICIPLE),
        [("indirect", "whether the port reopens", "speech-verb")],
        id="asked-whether-participle",
    ),
    pytest.param(
        _one(SAID_THAT),
        [("indirect", "the port would reopen on Friday", "speech-verb")],
        id="said-that",
    ),
    *[
        pytest.param(
            _one([(form, lemma, *r[2:]) if r[1] == "say" else r for r in SAID_THAT]),
            [("indirect", "the port would reopen on Friday", "speech-verb")],
            id=f"{lemma}-that",
        )
        for form, lemma in [
            ("vented", "vent"),
            ("intimated", "intimate"),
            ("groused", "grouse"),
            ("confessed", "confess"),
        ]
    ],
    pytest.param(
        _one(SAID_NO_THAT),
        [("indirect", "fuel prices would fall next month", "speech-verb")],
        id="said-without-that",
    ),
    pytest.param(
        _one(TOLD_THAT),
        [("indirect", "the talks had stalled", "speech-verb")],
        id="told-reuters-that",
    ),
    pytest.param(
        _one(TOLD_NO_THAT),
        [("indirect", "the team was ready for the final", "speech-verb")],
        id="told-reporters-without-that",
    ),
    pytest.param(
        _one(NEGATED),
        [("indirect", "the plant would close", "speech-verb")],
        id="did-not-say-that",
    ),
    pytest.param(
        _one(MODAL),
        [("indirect", "the plan is too costly", "speech-verb")],
        id="would-argue-that",
    ),
    pytest.param(
        _one(PASSIVE),
        [("indirect", "the ferry service would resume in May", "speech-verb")],
        id="it-was-announced-that",
    ),
    pytest.param(
        _one(PARATAXIS),
        [("indirect", "The port will reopen on Friday", "speech-verb")],
        id="clause-comma-she-said",
    ),
    pytest.param(
        _one(ACCORDING_FIRST),
        [("indirect", "the tanker was carrying 40 tonnes of fuel", "according-to")],
        id="according-to-x-first",
    ),
    pytest.param(
        _one(ACCORDING_LAST),
        [("indirect", "The tanker was carrying 40 tonnes of fuel", "according-to")],
        id="according-to-x-last",
    ),
    pytest.param(
        _one(ACCORDING_WHO),
        [("indirect", "The tanker sank", "according-to")],
        id="according-to-x-who-describes-the-source",
    ),
    pytest.param(
        _one(NOUN_CLAIM),
        [("indirect", "the water is safe", "speech-noun")],
        id="noun-claim-that",
    ),
    pytest.param(
        _one(URGED),
        [("indirect", "members to reject the pay offer", "speech-verb-phrase")],
        id="urged-x-to",
    ),
    pytest.param(
        _one(CALLED_FOR),
        [("indirect", "an independent inquiry into the spill", "speech-verb-phrase")],
        id="called-for",
    ),
    pytest.param(
        _one(ASKED_WHETHER),
        [("indirect", "whether the port would reopen", "speech-verb")],
        id="asked-whether",
    ),
]


class TestIndirect:
    """Reported speech: speech verbs and nouns with their complements, ``according to``."""

    @pytest.mark.parametrize(("paragraphs", "expected"), INDIRECT)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected indirect quote."""
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)


# --- transcripts -------------------------------------------------------------------------

TURN_HOST = rows("""
1  HOST    host    PROPN  NNP  0   root      nospace
2  :       :       PUNCT  :    4   punct
3  What    what    PRON   WP   4   nsubj
4  happens happen  VERB   VBZ  1   parataxis
5  next    next    ADV    RB   4   advmod    nospace
6  ?       ?       PUNCT  .    4   punct
""")
TURN_SMITH = rows("""
1  SMITH       Smith      PROPN  NNP  0   root      nospace ner=S-PERSON
2  :           :          PUNCT  :    4   punct
3  We          we         PRON   PRP  4   nsubj
4  wait        wait       VERB   VBP  1   parataxis
5  for         for        ADP    IN   7   case
6  the         the        DET    DT   7   det
7  inspectors  inspector  NOUN   NNS  4   obl       nospace
8  .           .          PUNCT  .    4   punct
""")


TURN_Q = rows("""
1  Q       q       PROPN  NNP  0   root      nospace
2  :       :       PUNCT  :    5   punct
3  Will    will    AUX    MD   5   aux
4  prices  price   NOUN   NNS  5   nsubj
5  rise    rise    VERB   VB   1   parataxis nospace
6  ?       ?       PUNCT  .    5   punct
""")

# BYLINE: Jo Bloggs   (a byline, no one speaking)
BYLINE = rows("""
1  BYLINE  byline  PROPN  NNP  0   root      nospace
2  :       :       PUNCT  :    4   punct
3  Jo      Jo      PROPN  NNP  4   compound
4  Bloggs  Bloggs  PROPN  NNP  1   appos     nospace
5  .       .       PUNCT  .    1   punct
""")
# LOOK: the port closes early   (a newsroom label, not a speaker)
LOOK_LABEL = rows("""
1  LOOK    look    VERB   VB   0   root      nospace
2  :       :       PUNCT  :    4   punct
3  the     the     DET    DT   4   det
4  port    port    NOUN   NN   5   nsubj
5  closes  close   VERB   VBZ  1   parataxis
6  early   early   ADV    RB   5   advmod    nospace
7  .       .       PUNCT  .    1   punct
""")
# STAT OF THE WEEK: 40 ships a day   (a newsroom label, not a speaker)
STAT_LABEL = rows("""
1  STAT    stat    NOUN   NN   0   root
2  OF      of      ADP    IN   4   case
3  THE     the     DET    DT   4   det
4  WEEK    week    NOUN   NN   1   nmod      nospace
5  :       :       PUNCT  :    7   punct
6  40      40      NUM    CD   7   nummod
7  ships   ship    NOUN   NNS  1   appos
8  a       a       DET    DT   9   det
9  day     day     NOUN   NN   7   nmod:npmod nospace
10 .       .       PUNCT  .    1   punct
""")
# TIDE IS OUT: the port closes early   (a headline with a copula)
TIDE_IS_OUT = rows("""
1  TIDE    tide    NOUN   NN   3   nsubj
2  IS      be      AUX    VBZ  3   cop
3  OUT     out     ADV    RB   0   root      nospace
4  :       :       PUNCT  :    7   punct
5  the     the     DET    DT   6   det
6  port    port    NOUN   NN   7   nsubj
7  closes  close   VERB   VBZ  3   parataxis
8  early   early   ADV    RB   7   advmod    nospace
9  .       .       PUNCT  .    3   punct
""")

# “Why now?” Ada pressed.   ("press" is a speech verb next to a quotation only)
WHY_NOW_ADA_PRESSED = rows("""
1  “        "        PUNCT  ``   3   punct     nospace
2  Why      why      ADV    WRB  3   advmod
3  now      now      ADV    RB   7   ccomp     nospace
4  ?        ?        PUNCT  .    3   punct     nospace
5  ”        "        PUNCT  ''   3   punct
6  Ada      Ada      PROPN  NNP  7   nsubj
7  pressed  press    VERB   VBD  0   root      nospace
8  .        .        PUNCT  .    7   punct
""")
# Ada pressed the button.
ADA_PRESSED_BUTTON = rows("""
1  Ada      Ada      PROPN  NNP  2   nsubj
2  pressed  press    VERB   VBD  0   root
3  the      the      DET    DT   4   det
4  button   button   NOUN   NN   2   obj       nospace
5  .        .        PUNCT  .    2   punct
""")


def test_press_cues_only_a_quotation(attributor: Attributor) -> None:
    """``“Why now?” Ada pressed.`` is cued by ``pressed``; ``Ada pressed the button``
    reports nothing."""
    (quote,) = attributor.attribute(document(_one(WHY_NOW_ADA_PRESSED))).quotes
    assert (quote.kind, quote.text, quote.cue and quote.cue.text) == (
        "direct",
        "Why now?",
        "pressed",
    )
    assert attributor.attribute(document(_one(ADA_PRESSED_BUTTON))).quotes == ()


TRANSCRIPT: list[Any] = [
    pytest.param(
        [[BYLINE], [TURN_SMITH]],
        [("direct", "We wait for the inspectors.", "transcript-turn")],
        id="byline-is-no-turn",
    ),
    pytest.param(
        [[LOOK_LABEL], [TURN_SMITH]],
        [("direct", "We wait for the inspectors.", "transcript-turn")],
        id="LOOK-label-is-no-turn",
    ),
    pytest.param(
        [[STAT_LABEL], [TURN_SMITH]],
        [("direct", "We wait for the inspectors.", "transcript-turn")],
        id="STAT-OF-THE-WEEK-label-is-no-turn",
    ),
    pytest.param(
        [[TIDE_IS_OUT], [TURN_SMITH]],
        [("direct", "We wait for the inspectors.", "transcript-turn")],
        id="headline-with-a-copula-is-no-turn",
    ),
    pytest.param(
        [[TURN_SMITH]],
        [("direct", "We wait for the inspectors.", "transcript-turn")],
        id="one-turn",
    ),
    pytest.param(
        [[TURN_HOST], [TURN_SMITH]],
        [
            ("direct", "What happens next?", "transcript-turn"),
            ("direct", "We wait for the inspectors.", "transcript-turn"),
        ],
        id="two-turns",
    ),
    pytest.param(
        [[SAID_THAT], [TURN_SMITH]],
        [
            ("indirect", "the port would reopen on Friday", "speech-verb"),
            ("direct", "We wait for the inspectors.", "transcript-turn"),
        ],
        id="turn-after-a-report",
    ),
    pytest.param(
        [[TURN_Q], [TURN_SMITH]],
        [
            ("direct", "Will prices rise?", "transcript-turn"),
            ("direct", "We wait for the inspectors.", "transcript-turn"),
        ],
        id="q-label",
    ),
]


class TestTranscript:
    """Transcript turns: paragraphs opening with a speaker label and a colon."""

    @pytest.mark.parametrize(("paragraphs", "expected"), TRANSCRIPT)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each labelled paragraph is one direct quote of the transcript-turn rule."""
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)


# --- what is not a quote -----------------------------------------------------------------

APOSTROPHES = rows("""
1  The     the     DET    DT   2   det
2  nation  nation  NOUN   NN   4   nmod:poss  nospace
3  ’s      's      PART   POS  2   case
4  ports   port    NOUN   NNS  7   nsubj
5  did     do      AUX    VBD  7   aux        nospace
6  n’t     not     PART   RB   7   advmod
7  reopen  reopen  VERB   VB   0   root
8  until   until   ADP    IN   10  case
9  the     the     DET    DT   10  det
10 ’90s    '90s    NOUN   NNS  7   obl        nospace
11 .       .       PUNCT  .    7   punct
""")

SHIP_NAMED = rows("""
1  The     the     DET    DT   3   det
2  coast   coast   NOUN   NN   3   compound
3  guard   guard   NOUN   NN   4   nsubj
4  towed   tow     VERB   VBD  0   root
5  a       a       DET    DT   6   det
6  trawler trawler NOUN   NN   4   obj
7  named   name    VERB   VBN  6   acl
8  “       "       PUNCT  ``   10  punct     nospace
9  Sea     Sea     PROPN  NNP  10  compound
10 Spirit  Spirit  PROPN  NNP  7   xcomp     nospace
11 ”       "       PUNCT  ''   10  punct
12 to      to      ADP    IN   13  case
13 port    port    NOUN   NN   4   obl       nospace
14 .       .       PUNCT  .    4   punct
""")

BOOK_TITLED = rows("""
1  She     she     PRON   PRP  2   nsubj
2  wrote   write   VERB   VBD  0   root
3  a       a       DET    DT   4   det
4  book    book    NOUN   NN   2   obj
5  titled  title   VERB   VBN  4   acl
6  “       "       PUNCT  ``   9   punct     nospace
7  The     the     DET    DT   9   det
8  Long    long    ADJ    JJ   9   amod
9  Tide    Tide    PROPN  NNP  5   xcomp
10 of      of      ADP    IN   11  case
11 Memory  Memory  PROPN  NNP  9   nmod      nospace
12 ”       "       PUNCT  ''   9   punct
13 last    last    ADJ    JJ   14  amod
14 year    year    NOUN   NN   2   obl:tmod  nospace
15 .       .       PUNCT  .    2   punct
""")

SHOW_TITLE = rows("""
1  Tickets tickets NOUN   NNS  8   nsubj
2  for     for     ADP    IN   6   case
3  “       "       PUNCT  ``   6   punct     nospace
4  The     the     DET    DT   6   det
5  Harbour Harbour PROPN  NNP  6   compound
6  Lights  Lights  PROPN  NNPS 1   nmod      nospace
7  ”       "       PUNCT  ''   6   punct
8  sold    sell    VERB   VBD  0   root
9  out     out     ADP    RP   8   compound:prt
10 within  within  ADP    IN   12  case
11 an      a       DET    DT   12  det
12 hour    hour    NOUN   NN   8   obl       nospace
13 .       .       PUNCT  .    8   punct
""")

SCARE_QUOTE = rows("""
1  The       the       DET    DT   5   det
2  “         "         PUNCT  ``   3   punct     nospace
3  temporary temporary ADJ    JJ   5   amod      nospace
4  ”         "         PUNCT  ''   3   punct
5  repairs   repair    NOUN   NNS  6   nsubj
6  lasted    last      VERB   VBD  0   root
7  ten       ten       NUM    CD   8   nummod
8  years     year      NOUN   NNS  6   obl:tmod  nospace
9  .         .         PUNCT  .    6   punct
""")


KNEW_THAT = rows("""
1  He      he      PRON   PRP  2   nsubj
2  knew    know    VERB   VBD  0   root
3  that    that    SCONJ  IN   7   mark
4  the     the     DET    DT   5   det
5  port    port    NOUN   NN   7   nsubj
6  was     be      AUX    VBD  7   cop
7  closed  closed  ADJ    JJ   2   ccomp     nospace
8  .       .       PUNCT  .    2   punct
""")

ACCORDING_TO_PLAN = rows("""
1  The       the      DET    DT   2   det
2  repairs   repair   NOUN   NNS  3   nsubj
3  went      go       VERB   VBD  0   root
4  according accord   VERB   VBG  6   case
5  to        to       ADP    IN   4   fixed
6  plan      plan     NOUN   NN   3   obl       nospace
7  .         .        PUNCT  .    3   punct
""")

# (document, the stretch expected among result.rejected, or None)
NEGATIVE: list[Any] = [
    pytest.param(_one(APOSTROPHES), None, id="apostrophes-only"),
    pytest.param(_one(SHIP_NAMED), "Sea Spirit", id="ship-named"),
    pytest.param(_one(BOOK_TITLED), "The Long Tide of Memory", id="book-titled"),
    pytest.param(_one(SHOW_TITLE), "The Harbour Lights", id="capitalised-title-no-cue"),
    pytest.param(_one(SCARE_QUOTE), None, id="one-word-scare-quote"),
    pytest.param(_one(KNEW_THAT), None, id="knew-that"),
    pytest.param(
        _one(ACCORDING_TO_PLAN),
        None,
        id="according-to-plan",
    ),
]


class TestNegative:
    """Documents without any quote."""

    @pytest.mark.parametrize(("paragraphs", "rejected"), NEGATIVE)
    def test_no_quote(self, attributor: Attributor, paragraphs: Any, rejected: str | None) -> None:
        """No quote is produced; a rejected title is kept in ``result.rejected`` with its reason."""
        result = attributor.attribute(document(paragraphs))
        assert _found(result) == []
        if rejected is not None:
            (found,) = [r for r in result.rejected if r.span.text == rejected]
            assert "title" in found.reason


MAYOR_OPENED = rows("""
1  The     the     DET    DT   2   det
2  mayor   mayor   NOUN   NN   3   nsubj
3  opened  open    VERB   VBD  0   root
4  the     the     DET    DT   5   det
5  pier    pier    NOUN   NN   3   obj       nospace
6  .       .       PUNCT  .    3   punct
""")


def _one_paragraph_quote(opening: str, closing: str) -> list[Row]:
    """``‘A new start for the port.’`` as a sentence of its own."""
    return rows(f"""
1  {opening}  {opening}  PUNCT  ``   3   punct     nospace
2  A       a       DET    DT   3   det
3  start   start   NOUN   NN   0   root
4  for     for     ADP    IN   6   case
5  the     the     DET    DT   6   det
6  port    port    NOUN   NN   3   nmod      nospace
7  .       .       PUNCT  .    3   punct     nospace
8  {closing}  {closing}  PUNCT  ''   3   punct
""")


class TestSubheadings:
    """A short paragraph that is only a quotation in single marks is a subheading."""

    @pytest.mark.parametrize(("opening", "closing"), [("‘", "’"), ("'", "'")])
    def test_single_marks_rejected(
        self, attributor: Attributor, opening: str, closing: str
    ) -> None:
        """``‘A start for the port.’`` alone between paragraphs: rejected, with the reason."""
        paragraphs = [[MAYOR_OPENED], [_one_paragraph_quote(opening, closing)], [MAYOR_OPENED]]
        result = attributor.attribute(document(paragraphs))
        assert _found(result) == []
        assert any("subheading" in r.reason for r in result.rejected)

    def test_double_marks_kept(self, attributor: Attributor) -> None:
        """In double marks the same paragraph is a quotation."""
        paragraphs = [[MAYOR_OPENED], [_one_paragraph_quote("“", "”")], [MAYOR_OPENED]]
        result = attributor.attribute(document(paragraphs))
        assert [q.kind for q in result.quotes] == ["direct"]


# --- the caller's document, rule configuration, invariants --------------------------------

HE_LEFT = rows("""
1  He      he      PRON   PRP  2   nsubj     entity=(e1-person)
2  left    leave   VERB   VBD  0   root
3  the     the     DET    DT   4   det
4  room    room    NOUN   NN   2   obj       nospace
5  .       .       PUNCT  .    2   punct
""")
SMITH_QUOTED = [
    (*row[:6], {**row[6], "entity": "(e1-person)"}) if row[0] == "Smith" else row
    for row in QUOTE_FIRST
]


def _chains(doc: Any) -> list[tuple[Any, ...]]:
    return [
        (
            chain.index,
            chain.representative_index,
            chain.representative_text,
            tuple((m.sentence, m.start_word, m.end_word) for m in chain.mentions),
        )
        for chain in doc.coref
    ]


class TestDocumentUntouched:
    """Detection and attribution read the caller's ``stanza.Document`` and never change it."""

    def test_conllu_text_and_coref_unchanged(self, attributor: Attributor) -> None:
        """The Document's CoNLL-U (with coref), text, comments and chains are the same afterwards."""
        doc = document([[SMITH_QUOTED, HE_LEFT], [SAID_THAT]])
        assert doc.coref, "the test document must carry coreference to be meaningful"
        before = (f"{doc:C}", doc.text, _chains(doc), [s.comments for s in doc.sentences])
        attributor.attribute(doc)
        after = (f"{doc:C}", doc.text, _chains(doc), [s.comments for s in doc.sentences])
        assert after == before

    def test_same_result_twice(self, attributor: Attributor) -> None:
        """Attributing the same Document twice gives equal results."""
        doc = document([[SMITH_QUOTED, HE_LEFT], [SAID_THAT]])
        assert attributor.attribute(doc) == attributor.attribute(doc)


class _Nameless:
    """A callable rule without a ``name``."""

    def __call__(self, ctx: Any) -> list[Any]:
        return []


class TestRuleConfiguration:
    """A user's tuple of detection rules replaces the default one."""

    def test_only_quotation_marks(self) -> None:
        """With only the quotation-mark rule, the direct quote is found and the indirect one is not."""
        result = Attributor(rules=(QuotationMarks(),)).attribute(
            document([[QUOTE_FIRST], [SAID_THAT]])
        )
        assert _found(result) == _expected(
            [("direct", "We will not raise taxes this year,", "quotation-marks")]
        )

    def test_no_rules(self) -> None:
        """An empty rule tuple finds nothing."""
        assert Attributor(rules=()).attribute(document([[QUOTE_FIRST], [SAID_THAT]])).quotes == ()

    @pytest.mark.parametrize("rule", [_Nameless(), lambda ctx: []], ids=["object", "function"])
    def test_rule_without_name(self, rule: Any) -> None:
        """A rule without a ``name`` is refused with ConfigurationError, also a TypeError."""
        with pytest.raises(ConfigurationError, match="name") as info:
            Attributor(rules=(QuotationMarks(), rule))
        assert isinstance(info.value, TypeError)
        assert isinstance(info.value, QuoteAttrError)

    def test_duplicate_names(self) -> None:
        """Two rules with the same name are refused."""
        with pytest.raises(ConfigurationError, match="quotation-marks"):
            Attributor(rules=(QuotationMarks(), QuotationMarks(long_quote=4)))


class TestInvariants:
    """Properties of detection on random hand-built documents."""

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(paragraphs=st.one_of(strategies.annotated_paragraphs(), strategies.broken_paragraphs()))
    def test_random_documents(self, attributor: Attributor, paragraphs: Any) -> None:
        """Never raises; spans lie in the text, in order; quotes are sorted; results repeat."""
        built = build(paragraphs)
        text = built.text
        result = attributor.attribute(read_conllu(built.conllu))
        assert result.text == text
        for quote in result.quotes:
            assert quote.kind in QUOTE_KINDS
            for span in quote.spans:
                assert 0 <= span.start <= span.end <= len(text)
                assert span.text == text[span.start : span.end]
                assert span.text == span.text.strip()
            bounds = [(s.start, s.end) for s in quote.spans]
            assert all(a[1] <= b[0] for a, b in itertools.pairwise(bounds))
            # the quoted words lie inside the content; all of it for a direct quote
            for part in quote.quoted:
                assert part.text == text[part.start : part.end]
                assert any(s.start <= part.start <= part.end <= s.end for s in quote.spans)
            if quote.kind == "direct":
                assert quote.quoted == quote.spans
            elif quote.kind == "indirect":
                assert quote.quoted == ()
            else:
                assert quote.quoted
        for rejected in result.rejected:
            assert rejected.span.text == text[rejected.span.start : rejected.span.end]
        keys = [(q.start, q.end) for q in result.quotes]
        assert keys == sorted(keys)
        # quotations never overlap one another, and no content is reported twice
        direct = [(s.start, s.end) for q in result.quotes if q.kind == "direct" for s in q.spans]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(sorted(direct)))
        contents = [tuple((s.start, s.end) for s in q.spans) for q in result.quotes]
        assert len(contents) == len(set(contents))
        assert attributor.attribute(read_conllu(built.conllu)) == result


# The mayor sniped that the budget was unfair.  (and the same with other verbs)
VERB_THAT_CLAUSE = """
1  The       the       DET    DT   2   det
2  mayor     mayor     NOUN   NN   3   nsubj
3  {form:9} {lemma:9} VERB   VBD  0   root
4  that      that      SCONJ  IN   8   mark
5  the       the       DET    DT   6   det
6  budget    budget    NOUN   NN   8   nsubj
7  was       be        AUX    VBD  8   cop
8  unfair    unfair    ADJ    JJ   3   ccomp     nospace
9  .         .         PUNCT  .    3   punct
"""


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("sniped", "snipe"),
        ("scolded", "scold"),
        ("condemned", "condemn"),
        ("bemoaned", "bemoan"),
        ("emailed", "email"),
        ("retweeted", "retweet"),
    ],
)
def test_verbs_of_speaking_report_their_clause(
    attributor: Attributor, form: str, lemma: str
) -> None:
    """Verbs that name a way of speaking or writing are speech verbs: each reports its
    ``that`` clause."""
    sentence = rows(VERB_THAT_CLAUSE.format(form=form, lemma=lemma))
    found = [
        (q.kind, q.text, q.cue and q.cue.text)
        for q in attributor.attribute(document(_one(sentence))).quotes
    ]
    assert found == [("indirect", "the budget was unfair", form)]
