"""How far the content of a quote reaches, and which quotes there are: where detection
stops a report, where it goes on, what it joins and what it leaves out.

One table (or a few tests) per behaviour, among them:

* the writer's asides after a comma (``…, according to Reuters``, ``…, citing new
  polls``, ``…, although she gave no details``) stay out of the reported clause, while
  a participle with no comma before it and a ``because`` clause stay in;
* the content of a speech verb's phrase stops at a speech verb the parser coordinated
  inside it; phrase reports inside another quote's content are not quotes of their own;
  a direct object is content unless it is the addressee, the medium or another sense;
* a report whose content is only another report (``talked about the budget, saying
  that …``) gives way to it, unless the inner speech verb has a subject of its own;
* which complement a speech verb reports, parenthesis, ``as X reported``, colon blocks
  and the writer's set phrases with a speech verb.

Quotations and quoted fragments around reports (a report takes in the quotation it
opens, split quotes the parser did not link, adjacent quotations, coordinated fragments)
are in ``test_detect_quotations.py``.

Every sentence is invented and annotated by hand in the style of UD v2 English EWT (a
speech verb heads its report as ``ccomp``, ``that`` is ``mark``, ``according`` is the
``case`` of the source noun with ``to`` as ``fixed``, a comma setting off a phrase
hangs from that phrase's head); where a row needs a parser's mistake, the mistake is
named. Each row is a document and the quotes expected in it as ``(kind, content spans,
rule, cue)``. A row the engine gets wrong today is marked ``xfail(strict=True)`` with
the reason, never weakened.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from conllu_builder import Row, document, rows
from extent_rows import Expected, expected_rows, found_rows, one_paragraph, reattach

from quoteattr import Attributor, get_lexicon


@pytest.fixture(scope="module")
def attributor() -> Attributor:
    """The default attributor, shared: it is stateless for Documents."""
    return Attributor()


# --- the writer's asides after a reported clause -----------------------------------------
#
# Each sentence hangs the comma from the aside, as EWT does. A parser often hangs it from
# the reported clause's head instead; the "comma-on-clause" rows move it there.

ACCORDING_ASIDE = rows("""
1  Police    police   NOUN   NNS  2   nsubj
2  said      say      VERB   VBD  0   root
3  the       the      DET    DT   4   det
4  driver    driver   NOUN   NN   6   nsubj
5  had       have     AUX    VBD  6   aux
6  fled      flee     VERB   VBN  2   ccomp
7  the       the      DET    DT   8   det
8  scene     scene    NOUN   NN   6   obj       nospace
9  ,         ,        PUNCT  ,    12  punct
10 according accord   VERB   VBG  12  case
11 to        to       ADP    IN   10  fixed
12 Reuters   Reuters  PROPN  NNP  6   obl       nospace ner=S-ORG
13 .         .        PUNCT  .    2   punct
""")

CITING_ASIDE = rows("""
1  The      the      DET    DT   2   det
2  minister minister NOUN   NN   3   nsubj
3  said     say      VERB   VBD  0   root
4  turnout  turnout  NOUN   NN   7   nsubj
5  would    would    AUX    MD   7   aux
6  be       be       AUX    VB   7   cop
7  high     high     ADJ    JJ   3   ccomp     nospace
8  ,        ,        PUNCT  ,    9   punct
9  citing   cite     VERB   VBG  7   advcl
10 new      new      ADJ    JJ   11  amod
11 polls    poll     NOUN   NNS  9   obj       nospace
12 .        .        PUNCT  .    3   punct
""")

# the parser hung the participle from the reported clause, not from "said"
CONCEDING_ASIDE = rows("""
1  The       the      DET    DT   2   det
2  senator   senator  NOUN   NN   3   nsubj
3  said      say      VERB   VBD  0   root
4  the       the      DET    DT   5   det
5  count     count    NOUN   NN   8   nsubj
6  had       have     AUX    VBD  8   aux
7  been      be       AUX    VBN  8   cop
8  fair      fair     ADJ    JJ   3   ccomp     nospace
9  ,         ,        PUNCT  ,    10  punct
10 conceding concede  VERB   VBG  8   advcl
11 the       the      DET    DT   12  det
12 race      race     NOUN   NN   10  obj       nospace
13 .         .        PUNCT  .    3   punct
""")

ALTHOUGH_ASIDE = rows("""
1  The      the      DET    DT   2   det
2  mayor    mayor    NOUN   NN   3   nsubj
3  said     say      VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  tunnel   tunnel   NOUN   NN   7   nsubj
6  would    would    AUX    MD   7   aux
7  open     open     VERB   VB   3   ccomp
8  in       in       ADP    IN   9   case
9  June     June     PROPN  NNP  7   obl       nospace
10 ,        ,        PUNCT  ,    13  punct
11 although although SCONJ  IN   13  mark
12 she      she      PRON   PRP  13  nsubj
13 gave     give     VERB   VBD  7   advcl
14 no       no       DET    DT   15  det
15 details  detail   NOUN   NNS  13  obj       nospace
16 .        .        PUNCT  .    3   punct
""")

# an -ing participle with no comma before it belongs to the reported clause
PARTICIPLE_NO_COMMA = rows("""
1  The      the      DET    DT   2   det
2  coach    coach    NOUN   NN   3   nsubj
3  said     say      VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  players  player   NOUN   NNS  6   nsubj
6  arrived  arrive   VERB   VBD  3   ccomp
7  carrying carry    VERB   VBG  6   advcl
8  their    their    PRON   PRP$ 10  nmod:poss
9  own      own      ADJ    JJ   10  amod
10 kit      kit      NOUN   NN   7   obj       nospace
11 .        .        PUNCT  .    3   punct
""")

BECAUSE_CLAUSE = rows("""
1  The       the      DET    DT   2   det
2  airline   airline  NOUN   NN   3   nsubj
3  said      say      VERB   VBD  0   root
4  flights   flight   NOUN   NNS  6   nsubj:pass
5  were      be       AUX    VBD  6   aux:pass
6  cancelled cancel   VERB   VBN  3   ccomp     nospace
7  ,         ,        PUNCT  ,    12  punct
8  because   because  SCONJ  IN   12  mark
9  the       the      DET    DT   10  det
10 runway    runway   NOUN   NN   12  nsubj:pass
11 was       be       AUX    VBD  12  aux:pass
12 flooded   flood    VERB   VBN  6   advcl     nospace
13 .         .        PUNCT  .    3   punct
""")

# the concessive clause after a dash, parsed as a parataxis of the reported clause
THOUGH_AFTER_DASH = rows("""
1  The      the      DET    DT   2   det
2  mayor    mayor    NOUN   NN   3   nsubj
3  said     say      VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  port     port     NOUN   NN   7   nsubj
6  would    would    AUX    MD   7   aux
7  reopen   reopen   VERB   VB   3   ccomp
8  –        –        PUNCT  :    13  punct
9  though   though   SCONJ  IN   13  mark
10 no       no       DET    DT   11  det
11 date     date     NOUN   NN   13  nsubj:pass
12 was      be       AUX    VBD  13  aux:pass
13 set      set      VERB   VBN  7   parataxis nospace
14 .        .        PUNCT  .    3   punct
""")

COMPARED_WITH = rows("""
1  Officials official NOUN   NNS  2   nsubj
2  said      say      VERB   VBD  0   root
3  turnout   turnout  NOUN   NN   4   nsubj
4  rose      rise     VERB   VBD  2   ccomp
5  sharply   sharply  ADV    RB   4   advmod    nospace
6  ,         ,        PUNCT  ,    7   punct
7  compared  compare  VERB   VBN  4   advcl
8  with      with     ADP    IN   10  case
9  last      last     ADJ    JJ   10  amod
10 year      year     NOUN   NN   7   obl       nospace
11 .         .        PUNCT  .    2   punct
""")

# the writer's comment on the act, parsed as an apposition of the last noun
A_JAB_AT_THE_MAYOR = rows("""
1  Okafor   Okafor   PROPN  NNP  2   nsubj
2  said     say      VERB   VBD  0   root
3  the      the      DET    DT   4   det
4  port     port     NOUN   NN   6   nsubj
5  would    would    AUX    MD   6   aux
6  close    close    VERB   VB   2   ccomp
7  before   before   ADP    IN   8   case
8  winter   winter   NOUN   NN   6   obl       nospace
9  ,        ,        PUNCT  ,    12  punct
10 a        a        DET    DT   12  det
11 pointed  pointed  ADJ    JJ   12  amod
12 jab      jab      NOUN   NN   8   appos
13 at       at       ADP    IN   15  case
14 the      the      DET    DT   15  det
15 mayor    mayor    NOUN   NN   12  nmod      nospace
16 .        .        PUNCT  .    2   punct
""")

# the same shape with a noun that is no comment: an apposition inside the report
A_LAWYER_FROM_OHIO = rows("""
1  Okafor   Okafor   PROPN  NNP  2   nsubj
2  said     say      VERB   VBD  0   root
3  she      she      PRON   PRP  4   nsubj
4  met      meet     VERB   VBD  2   ccomp
5  Jo       Jo       PROPN  NNP  6   compound
6  Smith    Smith    PROPN  NNP  4   obj       nospace
7  ,        ,        PUNCT  ,    9   punct
8  a        a        DET    DT   9   det
9  lawyer   lawyer   NOUN   NN   6   appos
10 from     from     ADP    IN   11  case
11 Ohio     Ohio     PROPN  NNP  9   nmod      nospace
12 .        .        PUNCT  .    2   punct
""")

# the writer's comment after a dash, with a relative clause of its own
A_CLAIM_FEW_BELIEVE = rows("""
1  Okafor   Okafor   PROPN  NNP  2   nsubj
2  said     say      VERB   VBD  0   root
3  the      the      DET    DT   4   det
4  port     port     NOUN   NN   6   nsubj
5  would    would    AUX    MD   6   aux
6  close    close    VERB   VB   2   ccomp
7  –        –        PUNCT  :    9   punct
8  a        a        DET    DT   9   det
9  claim    claim    NOUN   NN   6   obj
10 few      few      ADJ    JJ   11  nsubj
11 believe  believe  VERB   VBP  9   acl:relcl nospace
12 .        .        PUNCT  .    2   punct
""")

ASIDES: list[Any] = [
    pytest.param(
        one_paragraph(A_CLAIM_FEW_BELIEVE),
        [("indirect", "the port would close", "speech-verb", "said")],
        id="comment-on-the-act-after-a-dash",
    ),
    pytest.param(
        one_paragraph(A_JAB_AT_THE_MAYOR),
        [("indirect", "the port would close before winter", "speech-verb", "said")],
        id="comment-on-the-act-after-a-comma",
    ),
    pytest.param(
        one_paragraph(A_LAWYER_FROM_OHIO),
        [("indirect", "she met Jo Smith, a lawyer from Ohio", "speech-verb", "said")],
        id="apposition-in-the-report-stays-in",
    ),
    pytest.param(
        one_paragraph(COMPARED_WITH),
        [("indirect", "turnout rose sharply", "speech-verb", "said")],
        id="comparison-after-a-comma",
    ),
    pytest.param(
        one_paragraph(THOUGH_AFTER_DASH),
        [("indirect", "the port would reopen", "speech-verb", "said")],
        id="concessive-parataxis-after-a-dash",
    ),
    pytest.param(
        one_paragraph(reattach(ACCORDING_ASIDE, 9, head=6)),
        [("indirect", "the driver had fled the scene", "speech-verb", "said")],
        id="according-to-comma-on-clause",
    ),
    pytest.param(
        one_paragraph(ACCORDING_ASIDE),
        [("indirect", "the driver had fled the scene", "speech-verb", "said")],
        id="according-to-comma-on-aside",
    ),
    pytest.param(
        one_paragraph(reattach(CITING_ASIDE, 8, head=7)),
        [
            ("indirect", "turnout would be high", "speech-verb", "said"),
            ("indirect", "new polls", "speech-verb-phrase", "citing"),
        ],
        id="citing-participle-comma-on-clause",
    ),
    pytest.param(
        one_paragraph(CITING_ASIDE),
        [
            ("indirect", "turnout would be high", "speech-verb", "said"),
            ("indirect", "new polls", "speech-verb-phrase", "citing"),
        ],
        id="citing-participle-comma-on-aside",
    ),
    pytest.param(
        # "conceding the race" is a speech act of the senator's of its own
        one_paragraph(reattach(CONCEDING_ASIDE, 9, head=8)),
        [
            ("indirect", "the count had been fair", "speech-verb", "said"),
            ("indirect", "the race", "speech-verb-phrase", "conceding"),
        ],
        id="conceding-participle-comma-on-clause",
    ),
    pytest.param(
        one_paragraph(reattach(ALTHOUGH_ASIDE, 10, head=7)),
        [("indirect", "the tunnel would open in June", "speech-verb", "said")],
        id="although-clause-comma-on-clause",
    ),
    pytest.param(
        one_paragraph(ALTHOUGH_ASIDE),
        [("indirect", "the tunnel would open in June", "speech-verb", "said")],
        id="although-clause-comma-on-aside",
    ),
    pytest.param(
        one_paragraph(PARTICIPLE_NO_COMMA),
        [("indirect", "the players arrived carrying their own kit", "speech-verb", "said")],
        id="participle-without-comma-stays-in",
    ),
    pytest.param(
        # the comma where the asides above are found, so only the "because" keeps it in
        one_paragraph(reattach(BECAUSE_CLAUSE, 7, head=6)),
        [
            (
                "indirect",
                "flights were cancelled, because the runway was flooded",
                "speech-verb",
                "said",
            )
        ],
        id="because-clause-after-comma-stays-in",
    ),
]


class TestWriterAsides:
    """The writer's asides after a comma are not part of the reported clause."""

    @pytest.mark.parametrize(("paragraphs", "expected"), ASIDES)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes, asides left out."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)


def test_comment_nouns_come_from_the_lexicon() -> None:
    """The comment nouns are lexicon data: without ``jab`` the comment stays in."""
    lexicon = get_lexicon()
    plain = Attributor(lexicon=attrs.evolve(lexicon, comment_nouns=frozenset()))
    found = found_rows(plain.attribute(document(one_paragraph(A_JAB_AT_THE_MAYOR))))
    assert [s for _, s, _, _ in found] == [
        ("the port would close before winter, a pointed jab at the mayor",)
    ]


def test_quotation_verbs_come_from_the_lexicon() -> None:
    """The quotation-only verbs are lexicon data: without ``offer`` in them, ``offered a
    plan`` is a phrase report like ``mentioned the budget``."""
    lexicon = get_lexicon()
    plain = Attributor(lexicon=attrs.evolve(lexicon, quotation_verbs=frozenset()))
    sentence = _verb_object("Officials", "offered", "offer", "a", "plan")
    found = found_rows(plain.attribute(document(one_paragraph(sentence))))
    assert [(s, r) for _, s, r, _ in found] == [(("a plan",), "speech-verb-phrase")]


# --- a speech verb's phrase stops at a coordinated speech verb ---------------------------

# the parser made "said" a conjunct of "crews", inside the object of "praised"
PRAISED_AND_SAID = rows("""
1  The     the     DET    DT   2   det
2  senator senator NOUN   NN   3   nsubj
3  praised praise  VERB   VBD  0   root
4  the     the     DET    DT   6   det
5  rescue  rescue  NOUN   NN   6   compound
6  crews   crew    NOUN   NNS  3   obj
7  and     and     CCONJ  CC   8   cc
8  said    say     VERB   VBD  6   conj
9  the     the     DET    DT   10  det
10 town    town    NOUN   NN   12  nsubj
11 would   would   AUX    MD   12  aux
12 rebuild rebuild VERB   VB   8   ccomp     nospace
13 .       .       PUNCT  .    3   punct
""")

PHRASES: list[Any] = [
    pytest.param(
        one_paragraph(PRAISED_AND_SAID),
        [
            ("indirect", "the rescue crews", "speech-verb-phrase", "praised"),
            ("indirect", "the town would rebuild", "speech-verb", "said"),
        ],
        id="praised-x-and-said-y",
    ),
]


class TestPhraseStopsAtSpeechVerb:
    """The content of ``praised X`` does not run on into ``and said Y``."""

    @pytest.mark.parametrize(("paragraphs", "expected"), PHRASES)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)

    def test_coordinated_report_outside_phrase(self, attributor: Attributor) -> None:
        """No word of ``said the town would rebuild`` is in the phrase's content."""
        result = attributor.attribute(document(one_paragraph(PRAISED_AND_SAID)))
        (phrase,) = [q for q in result.quotes if q.rule == "speech-verb-phrase"]
        (report,) = [q for q in result.quotes if q.rule == "speech-verb"]
        assert report.cue is not None
        assert phrase.end < report.cue.start


# --- a framing report gives way to the report it frames ----------------------------------

# the parser hung "saying" from "talked" as a complement (parataxis or ccomp), so "talked"
# reports the clause "saying that taxes would fall"
TALKED_SAYING = rows("""
1  The      the      DET    DT   2   det
2  governor governor NOUN   NN   3   nsubj
3  talked   talk     VERB   VBD  0   root
4  about    about    ADP    IN   6   case
5  the      the      DET    DT   6   det
6  budget   budget   NOUN   NN   3   obl       nospace
7  ,        ,        PUNCT  ,    8   punct
8  saying   say      VERB   VBG  3   parataxis
9  that     that     SCONJ  IN   12  mark
10 taxes    tax      NOUN   NNS  12  nsubj
11 would    would    AUX    MD   12  aux
12 fall     fall     VERB   VB   8   ccomp     nospace
13 .        .        PUNCT  .    3   punct
""")

SAID_MINISTER_TOLD = rows("""
1  Ms.       Ms.       PROPN  NNP  3   nsubj
2  Diaz      Diaz      PROPN  NNP  1   flat      ner=S-PERSON
3  said      say       VERB   VBD  0   root
4  the       the       DET    DT   5   det
5  minister  minister  NOUN   NN   6   nsubj
6  told      tell      VERB   VBD  3   ccomp
7  reporters reporter  NOUN   NNS  6   obj
8  that      that      SCONJ  IN   11  mark
9  taxes     tax       NOUN   NNS  11  nsubj
10 would     would     AUX    MD   11  aux
11 fall      fall      VERB   VB   6   ccomp     nospace
12 .         .         PUNCT  .    3   punct
""")


FRAMING: list[Any] = [
    pytest.param(
        one_paragraph(TALKED_SAYING),
        [("indirect", "taxes would fall", "speech-verb", "saying")],
        id="talked-about-saying-parataxis",
    ),
    pytest.param(
        one_paragraph(reattach(TALKED_SAYING, 8, deprel="ccomp")),
        [("indirect", "taxes would fall", "speech-verb", "saying")],
        id="talked-about-saying-ccomp",
    ),
    pytest.param(
        one_paragraph(SAID_MINISTER_TOLD),
        [
            (
                "indirect",
                "the minister told reporters that taxes would fall",
                "speech-verb",
                "said",
            ),
        ],
        # the outer report keeps its content; the inner one, a complement inside it, is
        # part of that content (see TestNestedPhrases)
        id="inner-verb-with-own-subject-stays-in-the-outer-report",
    ),
]


class TestFramingReports:
    """A report that only frames another report gives way to it."""

    @pytest.mark.parametrize(("paragraphs", "expected"), FRAMING)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)


# --- a phrase report inside another quote's content --------------------------------------

SAID_AGENCY_DENIED = rows("""
1  Ms.        Ms.        PROPN  NNP  3   nsubj
2  Diaz       Diaz       PROPN  NNP  1   flat      ner=E-PERSON
3  said       say        VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  agency     agency     NOUN   NN   6   nsubj
6  denied     deny       VERB   VBD  3   ccomp
7  the        the        DET    DT   8   det
8  claims     claim      NOUN   NNS  6   obj       nospace
9  .          .          PUNCT  .    3   punct
""")
AGENCY_DENIED = rows("""
1  The        the        DET    DT   2   det
2  agency     agency     NOUN   NN   3   nsubj
3  denied     deny       VERB   VBD  0   root
4  the        the        DET    DT   6   det
5  new        new        ADJ    JJ   6   amod
6  claims     claim      NOUN   NNS  3   obj       nospace
7  .          .          PUNCT  .    3   punct
""")


SAID_PANEL_ESTIMATED = rows("""
1  Officials  official   NOUN   NNS  2   nsubj
2  said       say        VERB   VBD  0   root
3  the        the        DET    DT   4   det
4  panel      panel      NOUN   NN   5   nsubj
5  estimated  estimate   VERB   VBD  2   ccomp
6  that       that       SCONJ  IN   9   mark
7  costs      cost       NOUN   NNS  9   nsubj
8  would      would      AUX    MD   9   aux
9  rise       rise       VERB   VB   5   ccomp     nospace
10 .          .          PUNCT  .    2   punct
""")

# the same report with its speech verb in a relative clause: a report of its own
SAID_PANEL_WHICH_ESTIMATED = rows("""
1  Officials  official   NOUN   NNS  2   nsubj
2  cited      cite       VERB   VBD  0   root
3  the        the        DET    DT   4   det
4  panel      panel      NOUN   NN   2   obj       nospace
5  ,          ,          PUNCT  ,    7   punct
6  which      which      PRON   WDT  7   nsubj
7  estimated  estimate   VERB   VBD  4   acl:relcl
8  that       that       SCONJ  IN   11  mark
9  costs      cost       NOUN   NNS  11  nsubj
10 would      would      AUX    MD   11  aux
11 rise       rise       VERB   VB   7   ccomp     nospace
12 .          .          PUNCT  .    2   punct
""")


class TestNestedPhrases:
    """A phrase report inside another quote's content is part of that content."""

    def test_nested_clausal_report_dropped(self, attributor: Attributor) -> None:
        """``said the panel estimated that …``: the inner report's verb is a word of the
        outer report's clause; only the outer one comes out, the inner is rejected."""
        result = attributor.attribute(document(one_paragraph(SAID_PANEL_ESTIMATED)))
        assert found_rows(result) == expected_rows(
            [("indirect", "the panel estimated that costs would rise", "speech-verb", "said")]
        )
        (nested,) = [r for r in result.rejected if r.rule == "speech-verb"]
        assert nested.span.text == "costs would rise"
        assert "inside the content of a speech-verb quote" in nested.reason

    def test_report_in_a_relative_clause_kept(self, attributor: Attributor) -> None:
        """``the panel, which estimated that …``: a report in a relative clause stays."""
        result = attributor.attribute(document(one_paragraph(SAID_PANEL_WHICH_ESTIMATED)))
        assert ("indirect", ("costs would rise",), "speech-verb", "estimated") in found_rows(result)

    def test_nested_phrase_dropped_and_kept_for_inspection(self, attributor: Attributor) -> None:
        """Only the outer report comes out; the inner phrase is rejected with the reason."""
        result = attributor.attribute(document(one_paragraph(SAID_AGENCY_DENIED)))
        assert found_rows(result) == expected_rows(
            [("indirect", "the agency denied the claims", "speech-verb", "said")]
        )
        (nested,) = [r for r in result.rejected if r.rule == "speech-verb-phrase"]
        assert nested.span.text == "the claims"
        assert "inside the content of a speech-verb quote" in nested.reason

    def test_phrase_on_its_own_kept(self, attributor: Attributor) -> None:
        """The same phrase report outside any other quote is a quote."""
        result = attributor.attribute(document(one_paragraph(AGENCY_DENIED)))
        assert found_rows(result) == expected_rows(
            [("indirect", "the new claims", "speech-verb-phrase", "denied")]
        )


# --- a second predicate the parser coordinated with the speech verb ----------------------

COACH_TRAINED = rows("""
1  The        the        DET    DT   2   det
2  coach      coach      NOUN   NN   3   nsubj
3  said       say        VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  team       team       NOUN   NN   7   nsubj
6  was        be         AUX    VBD  7   cop
7  ready      ready      ADJ    JJ   3   ccomp
8  and        and        CCONJ  CC   10  cc
9  had        have       AUX    VBD  10  aux
10 trained    train      VERB   VBN  3   conj
11 hard       hard       ADV    RB   10  advmod    nospace
12 .          .          PUNCT  .    3   punct
""")
COACH_PRAISED = rows("""
1  The        the        DET    DT   2   det
2  coach      coach      NOUN   NN   3   nsubj
3  said       say        VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  team       team       NOUN   NN   7   nsubj
6  was        be         AUX    VBD  7   cop
7  ready      ready      ADJ    JJ   3   ccomp
8  and        and        CCONJ  CC   9   cc
9  praised    praise     VERB   VBD  3   conj
10 the        the        DET    DT   11  det
11 fans       fan        NOUN   NNS  9   obj       nospace
12 .          .          PUNCT  .    3   punct
""")
COACH_LEFT = rows("""
1  The        the        DET    DT   2   det
2  coach      coach      NOUN   NN   3   nsubj
3  said       say        VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  team       team       NOUN   NN   7   nsubj
6  was        be         AUX    VBD  7   cop
7  ready      ready      ADJ    JJ   3   ccomp      nospace
8  ,          ,          PUNCT  ,    11  punct
9  and        and        CCONJ  CC   11  cc
10 she        she        PRON   PRP  11  nsubj
11 left       leave      VERB   VBD  3   conj       nospace
12 .          .          PUNCT  .    3   punct
""")

COACH_QUOTED_CONJUNCT = rows("""
1  The        the        DET    DT   2   det
2  coach      coach      NOUN   NN   3   nsubj
3  said       say        VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  team       team       NOUN   NN   7   nsubj
6  was        be         AUX    VBD  7   cop
7  ready      ready      ADJ    JJ   3   ccomp      nospace
8  ,          ,          PUNCT  ,    14  punct
9  and        and        CCONJ  CC   14  cc
10 the        the        DET    DT   11  det
11 fans       fan        NOUN   NNS  14  nsubj
12 were       be         AUX    VBD  14  cop
13 “          "          PUNCT  ``   14  punct      nospace
14 wonderful  wonderful  ADJ    JJ   3   conj       nospace
15 .          .          PUNCT  .    3   punct      nospace
16 ”          "          PUNCT  ''   14  punct
""")


def _coach_and(
    subject: str, upos: str, verb: str, lemma: str, subject_lemma: str | None = None
) -> list[Row]:
    """``The coach said the team was ready and <subject> <verb>.`` with the second clause
    coordinated with "said" (the parser's usual reading), no comma before "and"."""
    return rows(f"""
1  The        the        DET    DT   2   det
2  coach      coach      NOUN   NN   3   nsubj
3  said       say        VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  team       team       NOUN   NN   7   nsubj
6  was        be         AUX    VBD  7   cop
7  ready      ready      ADJ    JJ   3   ccomp
8  and        and        CCONJ  CC   10  cc
9  {subject}  {subject_lemma or subject.lower()}  {upos}  NN   10  nsubj
10 {verb}     {lemma}    VERB   VBD  3   conj       nospace
11 .          .          PUNCT  .    3   punct
""")


CONJUNCTS: list[Any] = [
    pytest.param(
        one_paragraph(_coach_and("fans", "NOUN", "cheered", "cheer")),
        [("indirect", "the team was ready and fans cheered", "speech-verb", "said")],
        id="and-clause-with-a-noun-subject-joins-the-report",
    ),
    pytest.param(
        # a noun sharing a speech verb's lemma is not a second report
        one_paragraph(_coach_and("reports", "NOUN", "erred", "err", subject_lemma="report")),
        [("indirect", "the team was ready and reports erred", "speech-verb", "said")],
        id="and-clause-with-a-speech-noun-subject-joins-the-report",
    ),
    pytest.param(
        one_paragraph(_coach_and("she", "PRON", "left", "leave")),
        [("indirect", "the team was ready", "speech-verb", "said")],
        id="and-clause-with-a-pronoun-subject-stays-out",
    ),
    pytest.param(
        one_paragraph(COACH_QUOTED_CONJUNCT),
        [
            (
                "mixed",
                "the team was ready, and the fans were “wonderful.”",
                "speech-verb",
                "said",
            )
        ],
        id="conjunct-with-its-own-subject-and-quoted-words-joins-the-report",
    ),
    pytest.param(
        one_paragraph(COACH_TRAINED),
        [("indirect", "the team was ready and had trained hard", "speech-verb", "said")],
        id="subjectless-conjunct-joins-the-report",
    ),
    pytest.param(
        one_paragraph(COACH_PRAISED),
        [
            ("indirect", "the team was ready", "speech-verb", "said"),
            ("indirect", "the fans", "speech-verb-phrase", "praised"),
        ],
        id="coordinated-speech-verb-reports-on-its-own",
    ),
    pytest.param(
        one_paragraph(COACH_LEFT),
        [("indirect", "the team was ready", "speech-verb", "said")],
        id="conjunct-with-its-own-subject-stays-out",
    ),
]


# parser's reading: the participle is a second ccomp of "said"
COACH_SECOND_COMPLEMENT = rows("""
1  The        the        DET    DT   2   det
2  coach      coach      NOUN   NN   3   nsubj
3  said       say        VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  team       team       NOUN   NN   7   nsubj
6  had        have       AUX    VBD  7   aux
7  improved   improve    VERB   VBN  3   ccomp      nospace
8  ,          ,          PUNCT  ,    9   punct
9  coming     come       VERB   VBG  3   ccomp
10 back       back       ADV    RB   9   advmod
11 to         to         ADP    IN   14  case
12 a          a          DET    DT   14  det
13 “          "          PUNCT  ``   14  punct      nospace
14 draw       draw       NOUN   NN   9   obl        nospace
15 ”          "          PUNCT  ''   14  punct
16 twice      twice      ADV    RB   9   advmod     nospace
17 .          .          PUNCT  .    3   punct
""")


def test_second_complement_with_quoted_words(attributor: Attributor) -> None:
    """``said the team had improved, coming back to a “draw” twice``: a participle the
    parser made a second complement goes on with the report when it holds quoted words."""
    found = found_rows(attributor.attribute(document(one_paragraph(COACH_SECOND_COMPLEMENT))))
    assert [(k, s) for k, s, _, _ in found] == [
        ("mixed", ("the team had improved, coming back to a “draw” twice",))
    ]


class TestSharedSubjectConjuncts:
    """A predicate coordinated with the speech verb that shares the report's subject."""

    @pytest.mark.parametrize(("paragraphs", "expected"), CONJUNCTS)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)


# --- the direct object of a speech verb: content or not ----------------------------------


def _verb_object(subject: str, verb: str, lemma: str, det: str, noun: str) -> list[Row]:
    """``<Subject> <verb> <det> <noun>.``: a speech verb with a direct object."""
    return rows(f"""
1  {subject}  {subject.lower()}  NOUN  NN   2   nsubj
2  {verb}     {lemma}            VERB  VBD  0   root
3  {det}      {det.lower()}      DET   DT   4   det
4  {noun}     {noun.lower()}     NOUN  NN   2   obj       nospace
5  .          .                  PUNCT .    2   punct
""")


OBJECTS: list[Any] = [
    pytest.param(
        _verb_object("Officials", "mentioned", "mention", "the", "budget"),
        [("indirect", "the budget", "speech-verb-phrase", "mentioned")],
        id="mentioned-the-budget",
    ),
    pytest.param(
        _verb_object("Officials", "confirmed", "confirm", "the", "closure"),
        [("indirect", "the closure", "speech-verb-phrase", "confirmed")],
        id="confirmed-the-closure",
    ),
    pytest.param(_verb_object("Officials", "told", "tell", "the", "crowd"), [], id="addressee"),
    pytest.param(_verb_object("Officials", "wrote", "write", "a", "letter"), [], id="medium"),
    pytest.param(_verb_object("Officials", "claimed", "claim", "the", "prize"), [], id="sense"),
    pytest.param(
        _verb_object("Officials", "offered", "offer", "a", "plan"), [], id="offered-a-plan"
    ),
    pytest.param(
        _verb_object("Officials", "denounced", "denounce", "the", "plan"), [], id="denounced-plan"
    ),
]

CRITICIZED_MAYOR_SINCE = rows("""
1  Okafor     Okafor     PROPN  NNP  2   nsubj
2  criticized criticize  VERB   VBD  0   root
3  the        the        DET    DT   4   det
4  mayor      mayor      NOUN   NN   2   obj
5  over       over       ADP    IN   7   case
6  the        the        DET    DT   7   det
7  delays     delay      NOUN   NNS  2   obl
8  since      since      ADP    IN   10  case
9  the        the        DET    DT   10  det
10 storm      storm      NOUN   NN   2   obl
11 on         on         ADP    IN   12  case
12 Monday     Monday     PROPN  NNP  2   obl       nospace
13 .          .          PUNCT  .    2   punct
""")


def test_phrase_leaves_out_when(attributor: Attributor) -> None:
    """``criticized the mayor over the delays since the storm on Monday``: what was
    criticized, without the modifiers that tell when."""
    found = found_rows(attributor.attribute(document(one_paragraph(CRITICIZED_MAYOR_SINCE))))
    assert [(k, s) for k, s, _, _ in found] == [("indirect", ("the mayor over the delays",))]


def _criticized_mayor(case: str, noun: str, lemma: str, upos: str) -> list[Row]:
    """``Okafor criticized the mayor <case> <noun>.`` with the phrase on the verb."""
    return rows(f"""
1  Okafor     Okafor     PROPN  NNP  2   nsubj
2  criticized criticize  VERB   VBD  0   root
3  the        the        DET    DT   4   det
4  mayor      mayor      NOUN   NN   2   obj
5  {case:10} {case:10} ADP    IN   6   case
6  {noun:10} {lemma:10} {upos:5}  NN   2   obl       nospace
7  .          .          PUNCT  .    2   punct
""")


WHEN_ROWS: list[Any] = [
    pytest.param("in", "March", "March", "PROPN", "the mayor", id="in-a-month"),
    pytest.param("on", "Friday", "Friday", "PROPN", "the mayor", id="on-a-day"),
    pytest.param("in", "minutes", "minute", "NOUN", "the mayor", id="in-minutes"),
    pytest.param("for", "weeks", "week", "NOUN", "the mayor for weeks", id="for-weeks-kept"),
    pytest.param("in", "Brussels", "Brussels", "PROPN", "the mayor in Brussels", id="place-kept"),
]


@pytest.mark.parametrize(("case", "noun", "lemma", "upos", "expected"), WHEN_ROWS)
def test_phrase_leaves_out_calendar_times(
    attributor: Attributor, case: str, noun: str, lemma: str, upos: str, expected: str
) -> None:
    """A day or month name, or a time noun, after ``in``/``on`` tells when the words were
    said (the lexicon's ``time_nouns`` and ``calendar_names``); other phrases stay."""
    found = found_rows(
        attributor.attribute(document(one_paragraph(_criticized_mayor(case, noun, lemma, upos))))
    )
    assert [(k, s) for k, s, _, _ in found] == [("indirect", (expected,))]


THANKED_CREWS_QUOTED = rows("""
1  Okafor   Okafor   PROPN  NNP  2   nsubj
2  thanked  thank    VERB   VBD  0   root
3  the      the      DET    DT   4   det
4  crews    crew     NOUN   NNS  2   obj
5  for      for      SCONJ  IN   7   mark
6  “        "        PUNCT  ``   7   punct     nospace
7  working  work     VERB   VBG  2   advcl
8  through  through  ADP    IN   10  case
9  the      the      DET    DT   10  det
10 night    night    NOUN   NN   7   obl       nospace
11 ”        "        PUNCT  ''   7   punct     nospace
12 .        .        PUNCT  .    2   punct
""")


DENOUNCED_PLAN_QUOTED = rows("""
1  Okafor    Okafor    PROPN  NNP  2   nsubj
2  denounced denounce  VERB   VBD  0   root
3  the       the       DET    DT   4   det
4  plan      plan      NOUN   NN   2   obj
5  as        as        ADP    IN   8   case
6  “         "         PUNCT  ``   8   punct     nospace
7  a         a         DET    DT   8   det
8  disgrace  disgrace  NOUN   NN   2   obl       nospace
9  ”         "         PUNCT  ''   8   punct     nospace
10 .         .         PUNCT  .    2   punct
""")


def test_denounced_with_quoted_words(attributor: Attributor) -> None:
    """``denounced the plan as “a disgrace”``: ``denounce`` is a quotation-only verb."""
    found = found_rows(attributor.attribute(document(one_paragraph(DENOUNCED_PLAN_QUOTED))))
    assert [(k, s, c) for k, s, _, c in found] == [
        ("mixed", ("the plan as “a disgrace”",), "denounced")
    ]


def test_quotation_only_verb_with_quoted_words(attributor: Attributor) -> None:
    """``thanked the crews for “working through the night”``: a verb that reports
    nothing with a plain phrase (``offered a plan``) still introduces quoted words."""
    found = found_rows(attributor.attribute(document(one_paragraph(THANKED_CREWS_QUOTED))))
    assert [(k, s, c) for k, s, _, c in found] == [
        ("mixed", ("the crews for “working through the night”",), "thanked")
    ]


class TestSpeechVerbObjects:
    """A speech verb's direct object is its content, unless it is the addressee, the
    medium or text, or the object of another sense of the verb."""

    @pytest.mark.parametrize(("sentence", "expected"), OBJECTS)
    def test_table(
        self, attributor: Attributor, sentence: list[Row], expected: list[Expected]
    ) -> None:
        """Each one-sentence document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(one_paragraph(sentence)))) == expected_rows(
            expected
        )


# --- the parts of a phrase report --------------------------------------------------------

CALLED_ON_MAYOR = rows("""
1  The      the      DET    DT   2   det
2  senator  senator  NOUN   NN   3   nsubj
3  called   call     VERB   VBD  0   root
4  on       on       ADP    IN   6   case
5  the      the      DET    DT   6   det
6  mayor    mayor    NOUN   NN   3   obl
7  to       to       PART   TO   8   mark
8  resign   resign   VERB   VB   3   xcomp     nospace
9  .        .        PUNCT  .    3   punct
""")

WARNED_CITY_AGAINST = rows("""
1  The      the      DET    DT   2   det
2  senator  senator  NOUN   NN   3   nsubj
3  warned   warn     VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  city     city     NOUN   NN   3   obj
6  against  against  ADP    IN   7   case
7  delays   delay    NOUN   NNS  3   obl       nospace
8  .        .        PUNCT  .    3   punct
""")

CALLED_PLAN_MISTAKE = rows("""
1  The      the      DET    DT   2   det
2  senator  senator  NOUN   NN   3   nsubj
3  called   call     VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  plan     plan     NOUN   NN   3   obj
6  a        a        DET    DT   7   det
7  mistake  mistake  NOUN   NN   3   xcomp     nospace
8  .        .        PUNCT  .    3   punct
""")

# the parser's reading of a double object: the first noun as iobj; the comma ends it
CALLED_THEM_LIARS_WAVING = rows("""
1  The      the      DET    DT   2   det
2  senator  senator  NOUN   NN   3   nsubj
3  called   call     VERB   VBD  0   root
4  them     they     PRON   PRP  3   iobj
5  liars    liar     NOUN   NNS  3   obj       nospace
6  ,        ,        PUNCT  ,    7   punct
7  waving   wave     VERB   VBG  3   advcl
8  a        a        DET    DT   9   det
9  letter   letter   NOUN   NN   7   obj       nospace
10 .        .        PUNCT  .    3   punct
""")

# the comma goes on with a list of what he was called
CALLED_HIM_CALM_AND_GENEROUS = rows("""
1  Okafor    Okafor    PROPN  NNP  2   nsubj
2  called    call      VERB   VBD  0   root
3  him       he        PRON   PRP  6   nsubj
4  a         a         DET    DT   6   det
5  patient   patient   ADJ    JJ   6   amod
6  pilot     pilot     NOUN   NN   2   xcomp     nospace
7  ,         ,         PUNCT  ,    6   punct
8  calm      calm      ADJ    JJ   11  amod
9  and       and       CCONJ  CC   10  cc
10 generous  generous  ADJ    JJ   8   conj
11 man       man       NOUN   NN   6   appos     nospace
12 .         .         PUNCT  .    2   punct
""")

# parser's mistake: the comma participle is a dep of the verb, not an advcl
LEFT_CALLING_PLAN_RECKLESS = rows("""
1  Okafor    Okafor    PROPN  NNP  2   nsubj
2  left      leave     VERB   VBD  0   root
3  the       the       DET    DT   4   det
4  meeting   meeting   NOUN   NN   2   obj       nospace
5  ,         ,         PUNCT  ,    6   punct
6  calling   call      VERB   VBG  2   dep
7  the       the       DET    DT   8   det
8  plan      plan      NOUN   NN   6   obj
9  reckless  reckless  ADJ    JJ   6   xcomp     nospace
10 .         .         PUNCT  .    2   punct
""")

# "for schools" hangs on the verb between the two parts
CALLED_FOR_MONEY = rows("""
1  The      the      DET    DT   2   det
2  mayor    mayor    NOUN   NN   3   nsubj
3  called   call     VERB   VBD  0   root
4  for      for      ADP    IN   6   case
5  more     more     ADJ    JJR  6   amod
6  money    money    NOUN   NN   3   obl
7  for      for      ADP    IN   8   case
8  schools  school   NOUN   NNS  3   obl
9  to       to       PART   TO   10  mark
10 hire     hire     VERB   VB   3   xcomp
11 teachers teacher  NOUN   NNS  10  obj       nospace
12 .        .        PUNCT  .    3   punct
""")

DENIED_TAKING = rows("""
1  Officials  official  NOUN   NNS  2   nsubj
2  denied     deny      VERB   VBD  0   root
3  taking     take      VERB   VBG  2   xcomp
4  the        the       DET    DT   5   det
5  money      money     NOUN   NN   3   obj       nospace
6  .          .         PUNCT  .    2   punct
""")

ANSWERED_STANDING = rows("""
1  The        the       DET    DT   2   det
2  mayor      mayor     NOUN   NN   3   nsubj
3  answered   answer    VERB   VBD  0   root
4  standing   stand     VERB   VBG  3   xcomp
5  on         on        ADP    IN   7   case
6  a          a         DET    DT   7   det
7  chair      chair     NOUN   NN   4   obl       nospace
8  .          .         PUNCT  .    3   punct
""")


def _to_verb(first_verb: str, first_lemma: str, verb: str, lemma: str) -> list[Row]:
    """``The mayor <first_verb> to <verb> the count.``"""
    return rows(f"""
1  The            the            DET    DT   2   det
2  mayor          mayor          NOUN   NN   3   nsubj
3  {first_verb}   {first_lemma}  VERB   VBD  0   root
4  to             to             PART   TO   5   mark
5  {verb}         {lemma}        VERB   VB   3   xcomp
6  the            the            DET    DT   7   det
7  count          count          NOUN   NN   5   obj       nospace
8  .              .              PUNCT  .    3   punct
""")


ASKED_FOR_FILE_WHICH = rows("""
1  The      the      DET    DT   2   det
2  panel    panel    NOUN   NN   3   nsubj
3  asked    ask      VERB   VBD  0   root
4  Okafor   Okafor   PROPN  NNP  3   obj
5  to       to       PART   TO   6   mark
6  release  release  VERB   VB   3   xcomp
7  the      the      DET    DT   8   det
8  file     file     NOUN   NN   6   obj       nospace
9  ,        ,        PUNCT  ,    12  punct
10 which    which    PRON   WDT  12  nsubj
11 would    would    AUX    MD   12  aux
12 settle   settle   VERB   VB   8   acl:relcl
13 the      the      DET    DT   14  det
14 matter   matter   NOUN   NN   12  obj       nospace
15 .        .        PUNCT  .    3   punct
""")


def _talked_about(prep: str, noun: str) -> list[Row]:
    """``The senator talked about risks <prep> the <noun>.`` with the second phrase hung on
    the verb, as parsers often do."""
    return rows(f"""
1  The      the      DET    DT   2   det
2  senator  senator  NOUN   NN   3   nsubj
3  talked   talk     VERB   VBD  0   root
4  about    about    ADP    IN   5   case
5  risks    risk     NOUN   NNS  3   obl
6  {prep}   {prep}   ADP    IN   8   case
7  the      the      DET    DT   8   det
8  {noun}   {noun}   NOUN   NN   3   obl       nospace
9  .        .        PUNCT  .    3   punct
""")


LIKENED_PLAN_TO_SHIP = rows("""
1  The      the      DET    DT   2   det
2  senator  senator  NOUN   NN   3   nsubj
3  likened  liken    VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  plan     plan     NOUN   NN   3   obj
6  to       to       ADP    IN   9   case
7  a        a        DET    DT   9   det
8  “        "        PUNCT  ``   9   punct     nospace
9  sinking  sinking  NOUN   NN   3   obl
10 ship     ship     NOUN   NN   9   flat      nospace
11 .        .        PUNCT  .    3   punct     nospace
12 ”        "        PUNCT  ''   9   punct
""")

COURT_RULED_THAT = rows("""
1  The      the      DET    DT   2   det
2  court    court    NOUN   NN   3   nsubj
3  ruled    rule     VERB   VBD  0   root
4  that     that     SCONJ  IN   8   mark
5  the      the      DET    DT   6   det
6  ban      ban      NOUN   NN   8   nsubj
7  was      be       AUX    VBD  8   cop
8  unlawful unlawful ADJ    JJ   3   ccomp     nospace
9  .        .        PUNCT  .    3   punct
""")
# a weak speech verb: without "that" its clause is not a ruling reported
KING_RULED_LAND = rows("""
1  The      the      DET    DT   2   det
2  king     king     NOUN   NN   3   nsubj
3  ruled    rule     VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  land     land     NOUN   NN   3   obj
6  while    while    SCONJ  IN   9   mark
7  his      his      PRON   PRP$ 8   nmod:poss
8  son      son      NOUN   NN   9   nsubj
9  fought   fight    VERB   VBD  3   advcl     nospace
10 .        .        PUNCT  .    3   punct
""")


def _praised_crews(mark: str, verb: str, lemma: str) -> list[Row]:
    """``The mayor praised the crews <mark> <verb> the pier.`` with the adverbial clause
    hung on "praised"."""
    return rows(f"""
1  The      the      DET    DT   2   det
2  mayor    mayor    NOUN   NN   3   nsubj
3  praised  praise   VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  crews    crew     NOUN   NNS  3   obj
6  {mark}   {mark}   SCONJ  IN   7   mark
7  {verb}   {lemma}  VERB   VBG  3   advcl
8  the      the      DET    DT   9   det
9  pier     pier     NOUN   NN   7   obj       nospace
10 .        .        PUNCT  .    3   punct
""")


PHRASE_PARTS: list[Any] = [
    pytest.param(
        _praised_crews("after", "touring", "tour"),
        [("indirect", "the crews", "speech-verb-phrase", "praised")],
        id="a-clause-that-tells-when-is-not-content",
    ),
    pytest.param(
        _praised_crews("for", "rebuilding", "rebuild"),
        [("indirect", "the crews for rebuilding the pier", "speech-verb-phrase", "praised")],
        id="a-clause-that-tells-what-for-is-content",
    ),
    pytest.param(
        COURT_RULED_THAT,
        [("indirect", "the ban was unlawful", "speech-verb", "ruled")],
        id="a-ruling-reported-with-that",
    ),
    pytest.param(KING_RULED_LAND, [], id="ruling-a-land-reports-nothing"),
    pytest.param(
        LIKENED_PLAN_TO_SHIP,
        [("mixed", "the plan to a “sinking ship.”", "speech-verb-phrase", "likened")],
        id="likening-says-what-something-is-like",
    ),
    pytest.param(
        _talked_about("to", "port"),
        [("indirect", "risks to the port", "speech-verb-phrase", "talked")],
        id="modifier-of-the-phrase-hung-on-the-verb",
    ),
    pytest.param(_talked_about("in", "morning"), [], id="circumstance-is-not-content"),
    pytest.param(
        _talked_about("as", "obstacle"),
        [("indirect", "risks as the obstacle", "speech-verb-phrase", "talked")],
        id="as-phrase-hung-on-the-verb",
    ),
    pytest.param(
        ASKED_FOR_FILE_WHICH,
        [("indirect", "Okafor to release the file", "speech-verb-phrase", "asked")],
        id="relative-clause-after-a-comma-is-the-writers",
    ),
    pytest.param(
        DENIED_TAKING,
        [("indirect", "taking the money", "speech-verb-phrase", "denied")],
        id="gerund-complement",
    ),
    pytest.param(ANSWERED_STANDING, [], id="gerund-after-a-verb-whose-object-is-not-content"),
    pytest.param(
        _to_verb("continued", "continue", "criticize", "criticize"),
        [("indirect", "the count", "speech-verb-phrase", "criticize")],
        id="infinitive-under-an-aspectual-verb",
    ),
    pytest.param(
        _to_verb("planned", "plan", "criticize", "criticize"), [], id="infinitive-under-plan"
    ),
    pytest.param(
        CALLED_ON_MAYOR,
        [("indirect", "the mayor to resign", "speech-verb-phrase", "called")],
        id="called-on-whom-to-do-what",
    ),
    pytest.param(
        WARNED_CITY_AGAINST,
        [("indirect", "the city against delays", "speech-verb-phrase", "warned")],
        id="object-before-the-preposition",
    ),
    pytest.param(
        CALLED_PLAN_MISTAKE,
        [("indirect", "the plan a mistake", "speech-verb-phrase", "called")],
        id="called-it-a-name",
    ),
    pytest.param(
        CALLED_THEM_LIARS_WAVING,
        [("indirect", "them liars", "speech-verb-phrase", "called")],
        id="called-them-names-up-to-the-comma",
    ),
    pytest.param(
        CALLED_HIM_CALM_AND_GENEROUS,
        [
            (
                "indirect",
                "him a patient pilot, calm and generous man",
                "speech-verb-phrase",
                "called",
            )
        ],
        id="called-names-in-a-list-past-the-comma",
    ),
    pytest.param(
        LEFT_CALLING_PLAN_RECKLESS,
        [("indirect", "the plan reckless", "speech-verb-phrase", "calling")],
        id="comma-participle-parsed-as-dep",
    ),
    pytest.param(
        [(*r[:5], "ccomp", *r[6:]) if r[0] == "calling" else r for r in LEFT_CALLING_PLAN_RECKLESS],
        [("indirect", "the plan reckless", "speech-verb-phrase", "calling")],
        id="comma-participle-parsed-as-ccomp",
    ),
    pytest.param(
        CALLED_FOR_MONEY,
        [("indirect", "more money for schools to hire teachers", "speech-verb-phrase", "called")],
        id="modifier-between-the-parts",
    ),
    pytest.param(
        _verb_object("Officials", "called", "call", "the", "mayor"), [], id="called-someone"
    ),
]


class TestPhraseParts:
    """What a phrase report holds: whom and what (``called on X to Y``, ``warned X
    against Y``), what something was called (``called X Y``, up to a comma unless a list
    of names goes on past it), the words between, a
    gerund (``denied taking X``), but not a relative clause set off by a comma; an infinitive speech verb reports only under an
    aspectual verb (``continued to criticize X``, not ``planned to criticize X``)."""

    @pytest.mark.parametrize(("sentence", "expected"), PHRASE_PARTS)
    def test_table(
        self, attributor: Attributor, sentence: list[Row], expected: list[Expected]
    ) -> None:
        """Each one-sentence document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(one_paragraph(sentence)))) == expected_rows(
            expected
        )


# --- which complement a speech verb reports ----------------------------------------------

# "Visiting the port on Monday, the mayor said the cranes were idle." with the fronted
# participle parsed as a second clausal complement of "said"
FRONTED_PARTICIPLE = rows("""
1  Visiting   visit      VERB   VBG  9   ccomp
2  the        the        DET    DT   3   det
3  port       port       NOUN   NN   1   obj
4  on         on         ADP    IN   5   case
5  Monday     Monday     PROPN  NNP  1   obl       nospace
6  ,          ,          PUNCT  ,    9   punct
7  the        the        DET    DT   8   det
8  mayor      mayor      NOUN   NN   9   nsubj
9  said       say        VERB   VBD  0   root
10 the        the        DET    DT   11  det
11 cranes     crane      NOUN   NNS  13  nsubj
12 were       be         AUX    VBD  13  cop
13 idle       idle       ADJ    JJ   9   ccomp     nospace
14 .          .          PUNCT  .    9   punct
""")
# "A reporter asked the mayor if the port would reopen." with the if-clause as advcl
ASKED_IF_ADVCL = rows("""
1  A          a          DET    DT   2   det
2  reporter   reporter   NOUN   NN   3   nsubj
3  asked      ask        VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  mayor      mayor      NOUN   NN   3   obj
6  if         if         SCONJ  IN   10  mark
7  the        the        DET    DT   8   det
8  port       port       NOUN   NN   10  nsubj
9  would      would      AUX    MD   10  aux
10 reopen     reopen     VERB   VB   3   advcl     nospace
11 .          .          PUNCT  .    3   punct
""")
# "The mayor knew if the port would reopen." is not a question anyone asked
KNEW_IF = rows("""
1  The        the        DET    DT   2   det
2  mayor      mayor      NOUN   NN   3   nsubj
3  knew       know       VERB   VBD  0   root
4  if         if         SCONJ  IN   8   mark
5  the        the        DET    DT   6   det
6  port       port       NOUN   NN   8   nsubj
7  would      would      AUX    MD   8   aux
8  reopen     reopen     VERB   VB   3   ccomp     nospace
9  .          .          PUNCT  .    3   punct
""")

COMPLEMENTS: list[Any] = [
    pytest.param(
        one_paragraph(FRONTED_PARTICIPLE),
        [("indirect", "the cranes were idle", "speech-verb", "said")],
        id="complement-after-the-verb-first",
    ),
    pytest.param(
        one_paragraph(ASKED_IF_ADVCL),
        [("indirect", "if the port would reopen", "speech-verb", "asked")],
        id="question-as-adverbial-clause",
    ),
    pytest.param(one_paragraph(KNEW_IF), [], id="if-clause-of-a-non-speech-verb"),
]


class TestReportedComplement:
    """The clause a speech verb reports, when the parser gives it more than one."""

    @pytest.mark.parametrize(("paragraphs", "expected"), COMPLEMENTS)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)


# --- a speech verb hanging from a clause it does not attribute ---------------------------

ANNOUNCED_ON_WEBSITE = rows("""
1  The        the        DET    DT   2   det
2  port       port       NOUN   NN   3   nsubj
3  reopens    reopen     VERB   VBZ  0   root
4  Monday     Monday     PROPN  NNP  3   obl:tmod  nospace
5  ,          ,          PUNCT  ,    6   punct
6  announced  announce   VERB   VBN  3   parataxis
7  on         on         ADP    IN   10  case
8  the        the        DET    DT   10  det
9  city       city       NOUN   NN   10  compound
10 website    website    NOUN   NN   6   obl       nospace
11 .          .          PUNCT  .    3   punct
""")
ANNOUNCED_THE_MAYOR = rows("""
1  The        the        DET    DT   2   det
2  port       port       NOUN   NN   3   nsubj
3  reopens    reopen     VERB   VBZ  0   root
4  Monday     Monday     PROPN  NNP  3   obl:tmod  nospace
5  ,          ,          PUNCT  ,    6   punct
6  announced  announce   VERB   VBD  3   parataxis
7  the        the        DET    DT   8   det
8  mayor      mayor      NOUN   NN   6   nsubj     nospace
9  .          .          PUNCT  .    3   punct
""")

# the speech verb inside the quotation hangs from the attribution as a parataxis
TOLD_STATION_REPLIED = rows("""
1  Jo         Jo         PROPN  NNP  2   nsubj
2  told       tell       VERB   VBD  0   root
3  the        the        DET    DT   4   det
4  station    station    NOUN   NN   2   obj       nospace
5  :          :          PUNCT  :    8   punct
6  “          "          PUNCT  ``   8   punct     nospace
7  I          I          PRON   PRP  8   nsubj
8  replied    reply      VERB   VBD  2   parataxis
9  to         to         ADP    IN   11  case
10 the        the        DET    DT   11  det
11 post       post       NOUN   NN   8   obl       nospace
12 .          .          PUNCT  .    2   punct     nospace
13 ”          "          PUNCT  ''   8   punct
""")

HOSTS: list[Any] = [
    pytest.param(
        one_paragraph(TOLD_STATION_REPLIED),
        [("direct", "I replied to the post.", "quotation-marks", "told")],
        id="an-attribution-is-not-the-host-of-its-quotation",
    ),
    pytest.param(
        one_paragraph(ANNOUNCED_THE_MAYOR),
        [("indirect", "The port reopens Monday", "speech-verb", "announced")],
        id="inverted-with-a-speaker",
    ),
    pytest.param(one_paragraph(ANNOUNCED_ON_WEBSITE), [], id="no-speaker-no-report"),
]


class TestParataxisHost:
    """``X, she said``: the clause a speech verb hangs from, only when it has a speaker."""

    @pytest.mark.parametrize(("paragraphs", "expected"), HOSTS)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)


# --- a report the parser made a relative clause of the addressee -------------------------

TOLD_COUNCIL_RELCL = rows("""
1  Ms.        Ms.        PROPN  NNP  3   nsubj
2  Diaz       Diaz       PROPN  NNP  1   flat      ner=E-PERSON
3  told       tell       VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  council    council    NOUN   NN   3   obj
6  that       that       PRON   WDT  10  obj
7  the        the        DET    DT   8   det
8  port       port       NOUN   NN   10  nsubj
9  would      would      AUX    MD   10  aux
10 reopen     reopen     VERB   VB   5   acl:relcl nospace
11 .          .          PUNCT  .    3   punct
""")
TOLD_COUNCIL_WHO_RUNS = rows("""
1  Ms.        Ms.        PROPN  NNP  3   nsubj
2  Diaz       Diaz       PROPN  NNP  1   flat      ner=E-PERSON
3  told       tell       VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  council    council    NOUN   NN   3   obj
6  that       that       PRON   WDT  7   nsubj
7  runs       run        VERB   VBZ  5   acl:relcl
8  the        the        DET    DT   9   det
9  port       port       NOUN   NN   7   obj       nospace
10 .          .          PUNCT  .    3   punct
""")

# parser's mistake: "that" as the subject of a gerund "relative clause"
TOLD_COUNCIL_THAT_REBUILDING = rows("""
1  Ms.        Ms.        PROPN  NNP  3   nsubj
2  Diaz       Diaz       PROPN  NNP  1   flat      ner=E-PERSON
3  told       tell       VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  council    council    NOUN   NN   3   obj
6  that       that       PRON   WDT  7   nsubj
7  rebuilding rebuild    VERB   VBG  5   acl:relcl
8  the        the        DET    DT   9   det
9  pier       pier       NOUN   NN   7   obj
10 took       take       VERB   VBD  7   ccomp
11 months     month      NOUN   NNS  10  obj       nospace
12 .          .          PUNCT  .    3   punct
""")

# parser's mistake: the question is a relative clause of the addressee
ASKED_MAYOR_WHY = rows("""
1  The        the        DET    DT   2   det
2  host       host       NOUN   NN   3   nsubj
3  asked      ask        VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  mayor      mayor      NOUN   NN   3   obj
6  why        why        ADV    WRB  9   advmod
7  the        the        DET    DT   8   det
8  port       port       NOUN   NN   9   nsubj
9  closed     close      VERB   VBD  5   acl:relcl nospace
10 .          .          PUNCT  .    3   punct
""")
# the same with "who" after a name
ASKED_ON_RADIO_WHO = rows("""
1  Asked      ask        VERB   VBN  8   advcl
2  on         on         ADP    IN   3   case
3  WNYC       WNYC       PROPN  NNP  1   obl
4  who        who        PRON   WP   5   nsubj
5  leads      lead       VERB   VBZ  3   acl:relcl
6  the        the        DET    DT   7   det
7  party      party      NOUN   NN   5   obj       nospace
8  ,          ,          PUNCT  ,    10  punct
9  she        she        PRON   PRP  10  nsubj
10 named      name       VERB   VBD  0   root
11 Okafor     Okafor     PROPN  NNP  10  obj       nospace
12 .          .          PUNCT  .    10  punct
""")
# a true relative clause: "who" after a common noun
ASKED_OFFICIAL_WHO = rows("""
1  The        the        DET    DT   2   det
2  host       host       NOUN   NN   3   nsubj
3  asked      ask        VERB   VBD  0   root
4  the        the        DET    DT   5   det
5  official   official   NOUN   NN   3   obj
6  who        who        PRON   WP   7   nsubj
7  led        lead       VERB   VBD  5   acl:relcl
8  the        the        DET    DT   9   det
9  inquiry    inquiry    NOUN   NN   7   obj       nospace
10 .          .          PUNCT  .    3   punct
""")

# UD 2.13+ (EWT, GUM): the question word is the object, the question its relative clause
ASKED_HOW_FREE_RELATIVE = rows("""
1  The        the        DET    DT   2   det
2  minister   minister   NOUN   NN   3   nsubj
3  asked      ask        VERB   VBD  0   root
4  officials  official   NOUN   NNS  3   iobj
5  how        how        ADV    WRB  3   obj
6  the        the        DET    DT   7   det
7  files      file       NOUN   NNS  8   nsubj
8  ended      end        VERB   VBD  5   advcl:relcl
9  up         up         ADP    RP   8   compound:prt
10 on         on         ADP    IN   12  case
11 the        the        DET    DT   12  det
12 street     street     NOUN   NN   8   obl       nospace
13 .          .          PUNCT  .    3   punct
""")

RELATIVES: list[Any] = [
    pytest.param(
        one_paragraph(TOLD_COUNCIL_THAT_REBUILDING),
        [("indirect", "rebuilding the pier took months", "speech-verb", "told")],
        id="that-before-a-gerund-is-the-complementizer",
    ),
    pytest.param(
        one_paragraph(ASKED_HOW_FREE_RELATIVE),
        [("indirect", "how the files ended up on the street", "speech-verb", "asked")],
        id="question-word-as-object-ud-2-13",
    ),
    pytest.param(
        one_paragraph(TOLD_COUNCIL_RELCL),
        [("indirect", "the port would reopen", "speech-verb", "told")],
        id="relative-clause-with-its-own-subject-is-the-report",
    ),
    pytest.param(one_paragraph(TOLD_COUNCIL_WHO_RUNS), [], id="a-true-relative-clause"),
    pytest.param(
        one_paragraph(ASKED_MAYOR_WHY),
        [("indirect", "why the port closed", "speech-verb", "asked")],
        id="question-misparsed-as-relative-clause",
    ),
    pytest.param(
        one_paragraph(ASKED_ON_RADIO_WHO),
        [("indirect", "who leads the party", "speech-verb", "Asked")],
        id="who-question-after-a-name",
    ),
    pytest.param(one_paragraph(ASKED_OFFICIAL_WHO), [], id="who-relative-after-a-common-noun"),
]


class TestRelativeClauseAsReport:
    """``told the council that …`` and ``asked the mayor why …`` parsed as a relative
    clause of the addressee: a report, unless it is a true relative clause."""

    @pytest.mark.parametrize(("paragraphs", "expected"), RELATIVES)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)


# --- a question reported without its asker -----------------------------------------------

WHEN_ASKED_ABOUT = rows("""
1  When       when       ADV    WRB  2   advmod
2  asked      ask        VERB   VBN  8   advcl
3  about      about      ADP    IN   5   case
4  the        the        DET    DT   5   det
5  closure    closure    NOUN   NN   2   obl       nospace
6  ,          ,          PUNCT  ,    8   punct
7  she        she        PRON   PRP  8   nsubj
8  smiled     smile      VERB   VBD  0   root      nospace
9  .          .          PUNCT  .    8   punct
""")
WHEN_EXPLAINING_ABOUT = rows("""
1  When       when       ADV    WRB  2   advmod
2  spoken     speak      VERB   VBN  8   advcl
3  about      about      ADP    IN   5   case
4  the        the        DET    DT   5   det
5  closure    closure    NOUN   NN   2   obl       nospace
6  ,          ,          PUNCT  ,    8   punct
7  she        she        PRON   PRP  8   nsubj
8  smiled     smile      VERB   VBD  0   root      nospace
9  .          .          PUNCT  .    8   punct
""")

ASKERLESS: list[Any] = [
    pytest.param(
        one_paragraph(WHEN_ASKED_ABOUT),
        [("indirect", "the closure", "speech-verb-phrase", "asked")],
        id="when-asked-about",
    ),
    pytest.param(one_paragraph(WHEN_EXPLAINING_ABOUT), [], id="other-verbs-need-a-speaker"),
]


class TestQuestionsWithoutAsker:
    """``when asked about X``: a question is reported even when its asker is not named."""

    @pytest.mark.parametrize(("paragraphs", "expected"), ASKERLESS)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(paragraphs))) == expected_rows(expected)


# --- a paragraph introduced by a colon ----------------------------------------------------

CLUB_DENIED_COLON = rows("""
1  The      the      DET    DT   2   det
2  club     club     NOUN   NN   3   nsubj
3  denied   deny     VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  claims   claim    NOUN   NNS  3   obj       nospace
6  :        :        PUNCT  :    3   punct
""")
NO_PLAYER_FORCED = rows("""
1  No       no       DET    DT   2   det
2  player   player   NOUN   NN   4   nsubj:pass
3  was      be       AUX    VBD  4   aux:pass
4  forced   force    VERB   VBN  0   root
5  to       to       PART   TO   6   mark
6  train    train    VERB   VB   4   xcomp     nospace
7  .        .        PUNCT  .    4   punct
""")
SEASON_STARTS = rows("""
1  The      the      DET    DT   2   det
2  season   season   NOUN   NN   3   nsubj
3  starts   start    VERB   VBZ  0   root
4  in       in       ADP    IN   5   case
5  May      May      PROPN  NNP  3   obl       nospace
6  .        .        PUNCT  .    3   punct
""")
THEY_ALSO_SAID = rows("""
1  They     they     PRON   PRP  3   nsubj
2  also     also     ADV    RB   3   advmod
3  said     say      VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  coach    coach    NOUN   NN   7   nsubj
6  would    would    AUX    MD   7   aux
7  stay     stay     VERB   VB   3   ccomp     nospace
8  .        .        PUNCT  .    3   punct
""")
QUOTED_NO_PLAYER = rows("""
1  “        "        PUNCT  ``   5   punct     nospace
2  No       no       DET    DT   3   det
3  player   player   NOUN   NN   5   nsubj:pass
4  was      be       AUX    VBD  5   aux:pass
5  forced   force    VERB   VBN  0   root      nospace
6  .        .        PUNCT  .    5   punct     nospace
7  ”        "        PUNCT  ''   5   punct
""")
STORIES_TALKED_ABOUT = rows("""
1  Here     here     ADV    RB   0   root
2  are      be       AUX    VBP  1   cop
3  the      the      DET    DT   4   det
4  stories  story    NOUN   NNS  1   nsubj
5  that     that     PRON   WDT  7   nsubj:pass
6  were     be       AUX    VBD  7   aux:pass
7  talked   talk     VERB   VBN  4   acl:relcl
8  about    about    ADP    IN   7   obl       nospace
9  :        :        PUNCT  :    1   punct
""")

COLON_BLOCKS: list[Any] = [
    pytest.param(
        [[CLUB_DENIED_COLON], [NO_PLAYER_FORCED, SEASON_STARTS, THEY_ALSO_SAID]],
        [
            (
                "indirect",
                "No player was forced to train. The season starts in May",
                "colon-block",
                "denied",
            ),
            ("indirect", "the coach would stay", "speech-verb", "said"),
        ],
        id="block-up-to-the-next-attribution",
    ),
    pytest.param(
        [[CLUB_DENIED_COLON], [QUOTED_NO_PLAYER]],
        [
            ("indirect", "the claims", "speech-verb-phrase", "denied"),
            ("direct", "No player was forced.", "quotation-marks", None),
        ],
        id="a-quotation-is-the-quotation-marks-rule",
    ),
    pytest.param([[STORIES_TALKED_ABOUT], [NO_PLAYER_FORCED, SEASON_STARTS]], [], id="no-speaker"),
]


class TestColonBlock:
    """A paragraph ending in a speech verb and a colon introduces the next paragraph's
    sentences, up to the next attribution; a quotation there is a quotation."""

    @pytest.mark.parametrize(("paragraphs", "expected"), COLON_BLOCKS)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        found = found_rows(attributor.attribute(document(paragraphs)))
        assert [(k, s, r) for k, s, r, _ in found] == [
            (k, s, r) for k, s, r, _ in expected_rows(expected)
        ]

    def test_speaker_and_cue(self, attributor: Attributor) -> None:
        """The block's cue is the verb before the colon and its speaker that verb's subject."""
        quote = attributor.attribute(
            document([[CLUB_DENIED_COLON], [NO_PLAYER_FORCED, SEASON_STARTS]])
        ).quotes[0]
        assert quote.cue is not None
        assert quote.speaker is not None
        assert (quote.cue.text, quote.speaker.mention.text) == ("denied", "The club")


# --- a parenthesis inside a reported clause -------------------------------------------------

# the parser (GUM's annotators too) hung the parenthesis on the speech verb
REVIEW_SIC_NEEDED = rows("""
1  Okafor     Okafor     PROPN  NNP  2   nsubj
2  said       say        VERB   VBD  0   root
3  a          a          DET    DT   7   det
4  “          "          PUNCT  ``   5   punct     nospace
5  broader    broad      ADJ    JJR  7   amod      nospace
6  ”          "          PUNCT  ''   5   punct
7  review     review     NOUN   NN   12  nsubj:pass
8  (          (          PUNCT  -LRB- 9  punct     nospace
9  sic        sic        ADV    RB   2   dep       nospace
10 )          )          PUNCT  -RRB- 9  punct
11 is         be         AUX    VBZ  12  aux:pass
12 needed     need       VERB   VBN  2   ccomp     nospace
13 .          .          PUNCT  .    2   punct
""")


class TestParenthesisInReport:
    """A short parenthesis the parser hung outside the reported clause does not cut it."""

    def test_report_goes_over_the_parenthesis(self, attributor: Attributor) -> None:
        """The content runs from the clause start over the parenthesis to its end."""
        found = found_rows(attributor.attribute(document(one_paragraph(REVIEW_SIC_NEEDED))))
        assert [(k, s) for k, s, _, _ in found] == [
            ("mixed", ("a “broader” review (sic) is needed",))
        ]


# --- "as X reported" ------------------------------------------------------------------------

AS_THE_POST_REPORTED = rows("""
1  As       as       SCONJ  IN   4   mark
2  the      the      DET    DT   3   det
3  Post     Post     PROPN  NNP  4   nsubj
4  reported report   VERB   VBD  8   advcl     nospace
5  ,        ,        PUNCT  ,    4   punct
6  the      the      DET    DT   7   det
7  talks    talk     NOUN   NNS  8   nsubj
8  failed   fail     VERB   VBD  0   root
9  on       on       ADP    IN   10  case
10 Friday   Friday   PROPN  NNP  8   obl       nospace
11 .        .        PUNCT  .    8   punct
""")
AS_THE_MINISTER_SAID_FINAL = rows("""
1  The      the      DET    DT   2   det
2  talks    talk     NOUN   NNS  3   nsubj
3  failed   fail     VERB   VBD  0   root
4  on       on       ADP    IN   5   case
5  Friday   Friday   PROPN  NNP  3   obl       nospace
6  ,        ,        PUNCT  ,    10  punct
7  as       as       SCONJ  IN   10  mark
8  the      the      DET    DT   9   det
9  minister minister NOUN   NN   10  nsubj
10 said     say      VERB   VBD  3   advcl     nospace
11 .        .        PUNCT  .    3   punct
""")
AS_REPORTED_BY_REUTERS = rows("""
1  As       as       SCONJ  IN   2   mark
2  reported report   VERB   VBN  7   advcl
3  by       by       ADP    IN   4   case
4  Reuters  Reuters  PROPN  NNP  2   obl       nospace
5  ,        ,        PUNCT  ,    2   punct
6  talks    talk     NOUN   NNS  7   nsubj
7  failed   fail     VERB   VBD  0   root
8  again    again    ADV    RB   7   advmod    nospace
9  .        .        PUNCT  .    7   punct
""")
AS_NOTED_ABOVE = rows("""
1  As       as       SCONJ  IN   2   mark
2  noted    note     VERB   VBN  7   advcl
3  above    above    ADV    RB   2   advmod    nospace
4  ,        ,        PUNCT  ,    2   punct
5  the      the      DET    DT   6   det
6  talks    talk     NOUN   NNS  7   nsubj
7  failed   fail     VERB   VBD  0   root      nospace
8  .        .        PUNCT  .    7   punct
""")
AS_HE_SPOKE = rows("""
1  As       as       SCONJ  IN   3   mark
2  he       he       PRON   PRP  3   nsubj
3  spoke    speak    VERB   VBD  7   advcl     nospace
4  ,        ,        PUNCT  ,    3   punct
5  the      the      DET    DT   6   det
6  crowd    crowd    NOUN   NN   7   nsubj
7  cheered  cheer    VERB   VBD  0   root      nospace
8  .        .        PUNCT  .    7   punct
""")

AS_CHEAP_AS_CLAIMED = rows("""
1  The      the      DET    DT   2   det
2  plan     plan     NOUN   NN   6   nsubj
3  is       be       AUX    VBZ  6   cop
4  not      not      PART   RB   6   advmod
5  as       as       ADV    RB   6   advmod
6  cheap    cheap    ADJ    JJ   0   root
7  as       as       SCONJ  IN   10  mark
8  the      the      DET    DT   9   det
9  mayor    mayor    NOUN   NN   10  nsubj
10 claimed  claim    VERB   VBD  6   advcl     nospace
11 .        .        PUNCT  .    6   punct
""")

AS_ENGINEERS_POINTED_OUT = rows("""
1  As        as        SCONJ  IN   5   mark
2  several   several   ADJ    JJ   3   amod
3  engineers engineer  NOUN   NNS  5   nsubj
4  have      have      AUX    VBP  5   aux
5  pointed   point     VERB   VBN  11  advcl
6  out       out       ADP    RP   5   compound:prt nospace
7  ,         ,         PUNCT  ,    5   punct
8  the       the       DET    DT   9   det
9  bridge    bridge    NOUN   NN   11  nsubj
10 still     still     ADV    RB   11  advmod
11 needs     need      VERB   VBZ  0   root
12 repairs   repair    NOUN   NNS  11  obj       nospace
13 .         .         PUNCT  .    11  punct
""")
AS_SHE_POINTED_AT_THE_SCREEN = rows("""
1  As        as        SCONJ  IN   3   mark
2  she       she       PRON   PRP  3   nsubj
3  pointed   point     VERB   VBD  11  advcl
4  at        at        ADP    IN   6   case
5  the       the       DET    DT   6   det
6  screen    screen    NOUN   NN   3   obl       nospace
7  ,         ,         PUNCT  ,    3   punct
8  the       the       DET    DT   9   det
9  lights    light     NOUN   NNS  11  nsubj
10 suddenly  suddenly  ADV    RB   11  advmod
11 failed    fail      VERB   VBD  0   root      nospace
12 .         .         PUNCT  .    11  punct
""")

# "as Kim said" attributes the quotation before it, not the writer's clause around it
SIGN_AS_KIM_SAID = rows("""
1  They      they      PRON   PRP  2   nsubj
2  carried   carry     VERB   VBD  0   root
3  a         a         DET    DT   4   det
4  sign      sign      NOUN   NN   2   obj
5  reading   read      VERB   VBG  4   acl
6  “         "         PUNCT  ``   8   punct     nospace
7  Never     never     ADV    RB   8   advmod
8  again     again     ADV    RB   5   obj       nospace
9  ,         ,         PUNCT  ,    8   punct     nospace
10 ”         "         PUNCT  ''   8   punct
11 as        as        SCONJ  IN   13  mark
12 Kim       Kim       PROPN  NNP  13  nsubj
13 said      say       VERB   VBD  2   advcl     nospace
14 .         .         PUNCT  .    2   punct
""")

WHETHER_AS_POLICE_SAID = rows("""
1  Nobody    nobody    PRON   NN   4   nsubj
2  could     could     AUX    MD   4   aux
3  not       not       PART   RB   4   advmod
4  confirm   confirm   VERB   VB   0   root
5  whether   whether   SCONJ  IN   7   mark
6  he        he        PRON   PRP  7   nsubj
7  had       have      VERB   VBD  4   ccomp
8  a         a         DET    DT   9   det
9  boat      boat      NOUN   NN   7   obj       nospace
10 ,         ,         PUNCT  ,    7   punct
11 as        as        SCONJ  IN   14  mark
12 police    police    NOUN   NNS  14  nsubj
13 have      have      AUX    VBP  14  aux
14 said      say       VERB   VBN  7   advcl     nospace
15 .         .         PUNCT  .    4   punct
""")

AS_ONE_AIDE_PUT_IT = rows("""
1  As       as       SCONJ  IN   4   mark
2  one      one      NUM    CD   3   nummod
3  aide     aide     NOUN   NN   4   nsubj
4  put      put      VERB   VBD  11  advcl
5  it       it       PRON   PRP  4   obj       nospace
6  ,        ,        PUNCT  ,    4   punct
7  the      the      DET    DT   8   det
8  plan     plan     NOUN   NN   11  nsubj
9  was      be       AUX    VBD  11  cop
10 “        "        PUNCT  ``   11  punct     nospace
11 dead     dead     ADJ    JJ   0   root
12 on       on       ADP    IN   13  case
13 arrival  arrival  NOUN   NN   11  obl       nospace
14 .        .        PUNCT  .    11  punct     nospace
15 ”        "        PUNCT  ''   11  punct
""")
AS_SHE_PUT_THE_BOX_DOWN = rows("""
1  As       as       SCONJ  IN   3   mark
2  she      she      PRON   PRP  3   nsubj
3  put      put      VERB   VBD  9   advcl
4  the      the      DET    DT   5   det
5  box      box      NOUN   NN   3   obj
6  down     down     ADV    RB   3   advmod    nospace
7  ,        ,        PUNCT  ,    3   punct
8  lights   light    NOUN   NNS  9   nsubj
9  failed   fail     VERB   VBD  0   root      nospace
10 .        .        PUNCT  .    9   punct
""")

# parser's mistake: the "as" clause's verb is the root and the sentence after the comma
# hangs from it
AS_KIM_OBSERVED_ROOT = rows("""
1  Yet      yet      ADV    RB   6   advmod    nospace
2  ,        ,        PUNCT  ,    6   punct
3  as       as       SCONJ  IN   6   mark
4  Ms.      Ms.      PROPN  NNP  5   compound
5  Kim      Kim      PROPN  NNP  6   nsubj
6  observed observe  VERB   VBD  0   root      nospace
7  ,        ,        PUNCT  ,    6   punct
8  the      the      DET    DT   10  det
9  first    first    ADJ    JJ   10  amod
10 weeks    week     NOUN   NNS  6   xcomp
11 were     be       AUX    VBD  13  cop
12 the      the      DET    DT   13  det
13 hardest  hardest  ADJ    JJS  6   parataxis nospace
14 .        .        PUNCT  .    6   punct
""")
# the same mistake with no speaker: the writer's own remark
AS_NOTED_ROOT = rows("""
1  As       as       SCONJ  IN   2   mark
2  noted    note     VERB   VBN  0   root      nospace
3  ,        ,        PUNCT  ,    2   punct
4  the      the      DET    DT   5   det
5  talks    talk     NOUN   NNS  6   nsubj
6  failed   fail     VERB   VBD  2   parataxis
7  again    again    ADV    RB   6   advmod    nospace
8  .        .        PUNCT  .    2   punct
""")

AS_REPORTED: list[Any] = [
    pytest.param(
        WHETHER_AS_POLICE_SAID,
        [],
        id="as-x-said-on-a-whether-clause-asserts-nothing",
    ),
    pytest.param(SIGN_AS_KIM_SAID, [], id="as-x-said-after-a-quotation-is-not-the-writers"),
    pytest.param(
        AS_ENGINEERS_POINTED_OUT,
        [("indirect", "the bridge still needs repairs", "as-reported", "pointed out")],
        id="as-x-pointed-out",
    ),
    pytest.param(AS_SHE_POINTED_AT_THE_SCREEN, [], id="as-she-pointed-at-shows-not-tells"),
    pytest.param(AS_CHEAP_AS_CLAIMED, [], id="as-cheap-as-claimed-is-a-comparison"),
    pytest.param(
        AS_THE_POST_REPORTED,
        [("indirect", "the talks failed on Friday", "as-reported", "reported")],
        id="as-x-reported-first",
    ),
    pytest.param(
        AS_THE_MINISTER_SAID_FINAL,
        [("indirect", "The talks failed on Friday", "as-reported", "said")],
        id="as-x-said-last",
    ),
    pytest.param(
        AS_REPORTED_BY_REUTERS,
        [("indirect", "talks failed again", "as-reported", "reported")],
        id="as-reported-by-x",
    ),
    pytest.param(
        AS_KIM_OBSERVED_ROOT,
        [("indirect", "the first weeks were the hardest", "as-reported", "observed")],
        id="as-clause-taken-for-the-root",
    ),
    pytest.param(AS_NOTED_ROOT, [], id="as-clause-taken-for-the-root-without-a-speaker"),
    pytest.param(
        AS_ONE_AIDE_PUT_IT,
        [("mixed", "the plan was “dead on arrival.”", "as-reported", "put it")],
        id="as-x-put-it",
    ),
    pytest.param(AS_SHE_PUT_THE_BOX_DOWN, [], id="as-she-put-the-box-down-is-no-idiom"),
    pytest.param(AS_NOTED_ABOVE, [], id="no-speaker-is-the-writer"),
    pytest.param(AS_HE_SPOKE, [], id="as-he-spoke-tells-when"),
]


class TestAsReported:
    """``As the Post reported, …``: the clause an ``as`` clause with a reporting verb and a
    speaker modifies is reported; ``as noted above`` and ``as he spoke`` are not."""

    @pytest.mark.parametrize(("sentence", "expected"), AS_REPORTED)
    def test_table(
        self, attributor: Attributor, sentence: list[Row], expected: list[Expected]
    ) -> None:
        """Each one-sentence document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(one_paragraph(sentence)))) == expected_rows(
            expected
        )

    @pytest.mark.parametrize(
        ("sentence", "speaker", "sieve"),
        [
            (AS_THE_POST_REPORTED, "the Post", "subject"),
            (AS_REPORTED_BY_REUTERS, "Reuters", "passive-agent"),
            (AS_KIM_OBSERVED_ROOT, "Ms. Kim", "subject"),
        ],
    )
    def test_speaker(
        self, attributor: Attributor, sentence: list[Row], speaker: str, sieve: str
    ) -> None:
        """The speaker is the ``as`` clause's subject, or the agent of ``reported by``."""
        (quote,) = attributor.attribute(document(one_paragraph(sentence))).quotes
        assert quote.speaker is not None
        assert (quote.speaker.mention.text, quote.sieve) == (speaker, sieve)


# --- the writer's set phrases with a speech verb -----------------------------------------

GOES_WITHOUT_SAYING = rows("""
1  It       it       PRON   PRP  2   expl
2  goes     go       VERB   VBZ  0   root
3  without  without  SCONJ  IN   4   mark
4  saying   say      VERB   VBG  2   advcl
5  that     that     SCONJ  IN   8   mark
6  the      the      DET    DT   7   det
7  port     port     NOUN   NN   8   nsubj
8  matters  matter   VERB   VBZ  4   ccomp     nospace
9  .        .        PUNCT  .    2   punct
""")
NEEDLESS_TO_SAY = rows("""
1  Needless needless ADJ    JJ   3   advmod
2  to       to       PART   TO   3   mark
3  say      say      VERB   VB   0   root      nospace
4  ,        ,        PUNCT  ,    7   punct
5  the      the      DET    DT   6   det
6  port     port     NOUN   NN   7   nsubj
7  matters  matter   VERB   VBZ  3   ccomp     nospace
8  .        .        PUNCT  .    3   punct
""")
HAVING_SAID_THAT = rows("""
1  Having   have     AUX    VBG  2   aux
2  said     say      VERB   VBN  6   advcl
3  that     that     PRON   DT   2   obj       nospace
4  ,        ,        PUNCT  ,    2   punct
5  there    there    PRON   EX   6   expl
6  are      be       VERB   VBP  0   root
7  risks    risk     NOUN   NNS  6   nsubj     nospace
8  .        .        PUNCT  .    6   punct
""")
THAT_SAID = rows("""
1  That     that     PRON   DT   2   nsubj
2  said     say      VERB   VBD  0   root      nospace
3  ,        ,        PUNCT  ,    6   punct
4  the      the      DET    DT   5   det
5  port     port     NOUN   NN   6   nsubj
6  matters  matter   VERB   VBZ  2   ccomp     nospace
7  .        .        PUNCT  .    2   punct
""")
SAFE_TO_SAY = rows("""
1  It       it       PRON   PRP  3   expl
2  is       be       AUX    VBZ  3   cop
3  safe     safe     ADJ    JJ   0   root
4  to       to       PART   TO   5   mark
5  say      say      VERB   VB   3   csubj
6  the      the      DET    DT   7   det
7  port     port     NOUN   NN   8   nsubj
8  matters  matter   VERB   VBZ  5   ccomp     nospace
9  .        .        PUNCT  .    3   punct
""")
LIKELY_TO_SAY = rows("""
1  Voters   voter    NOUN   NNS  3   nsubj
2  are      be       AUX    VBP  3   cop
3  likely   likely   ADJ    JJ   0   root
4  to       to       PART   TO   5   mark
5  say      say      VERB   VB   3   xcomp
6  the      the      DET    DT   7   det
7  port     port     NOUN   NN   8   nsubj
8  matters  matter   VERB   VBZ  5   ccomp     nospace
9  .        .        PUNCT  .    3   punct
""")
JO_SAID_THE_PORT_MATTERS = rows("""
1  Jo       Jo       PROPN  NNP  2   nsubj
2  said     say      VERB   VBD  0   root
3  the      the      DET    DT   4   det
4  port     port     NOUN   NN   5   nsubj
5  matters  matter   VERB   VBZ  2   ccomp     nospace
6  .        .        PUNCT  .    2   punct
""")

IDIOMS: list[Any] = [
    pytest.param(GOES_WITHOUT_SAYING, [], id="it-goes-without-saying"),
    pytest.param(NEEDLESS_TO_SAY, [], id="needless-to-say"),
    pytest.param(HAVING_SAID_THAT, [], id="having-said-that"),
    pytest.param(THAT_SAID, [], id="that-said"),
    pytest.param(SAFE_TO_SAY, [], id="it-is-safe-to-say"),
    pytest.param(
        LIKELY_TO_SAY,
        [("indirect", "the port matters", "speech-verb", "say")],
        id="voters-likely-to-say-is-a-report",
    ),
    pytest.param(
        JO_SAID_THE_PORT_MATTERS,
        [("indirect", "the port matters", "speech-verb", "said")],
        id="a-report-for-comparison",
    ),
]


class TestDiscourseIdioms:
    """The writer's set phrases with a speech verb (``it goes without saying``,
    ``needless to say``, ``having said that``, ``that said``, ``it is safe to say``)
    report no one."""

    @pytest.mark.parametrize(("sentence", "expected"), IDIOMS)
    def test_table(
        self, attributor: Attributor, sentence: list[Row], expected: list[Expected]
    ) -> None:
        """Each one-sentence document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(one_paragraph(sentence)))) == expected_rows(
            expected
        )


# --- a participle clause after quoted words ----------------------------------------------


def _fee_unfair(
    participle: str, lemma: str, *, marks: bool = True, comma_inside: bool = False
) -> list[Row]:
    """``The mayor said the fee was “unfair” to sailors, <participle> the council in a
    bind.`` with the participle a second complement of the reported clause (a parser's
    reading: as an adverbial clause it is one of the writer's asides whatever the marks);
    without quotation marks, or with the comma inside the closing mark."""
    op, cl = ('"', '"') if marks else ("", "")
    if comma_inside:
        return rows(f"""
1  The      the      DET    DT   2   det
2  mayor    mayor    NOUN   NN   3   nsubj
3  said     say      VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  fee      fee      NOUN   NN   10  nsubj
6  was      be       AUX    VBD  10  cop
7  “        "        PUNCT  ``   10  punct     nospace
8  too      too      ADV    RB   9   advmod
9  high     high     ADJ    JJ   10  amod
10 unfair   unfair   ADJ    JJ   3   ccomp     nospace
11 ,        ,        PUNCT  ,    13  punct     nospace
12 ”        "        PUNCT  ''   10  punct
13 {participle} {lemma} VERB VBG 10  ccomp
14 the      the      DET    DT   15  det
15 council  council  NOUN   NN   13  obj
16 in       in       ADP    IN   18  case
17 a        a        DET    DT   18  det
18 bind     bind     NOUN   NN   13  obl       nospace
19 .        .        PUNCT  .    3   punct
""")
    quote = (
        f"""7  “        {op}        PUNCT  ``   8   punct     nospace
8  unfair   unfair   ADJ    JJ   3   ccomp     nospace
9  ”        {cl}        PUNCT  ''   8   punct"""
        if marks
        else """7  very     very     ADV    RB   8   advmod
8  unfair   unfair   ADJ    JJ   3   ccomp
9  indeed   indeed   ADV    RB   8   advmod"""
    )
    return rows(f"""
1  The      the      DET    DT   2   det
2  mayor    mayor    NOUN   NN   3   nsubj
3  said     say      VERB   VBD  0   root
4  the      the      DET    DT   5   det
5  fee      fee      NOUN   NN   8   nsubj
6  was      be       AUX    VBD  8   cop
{quote}
10 to       to       ADP    IN   11  case
11 sailors  sailor   NOUN   NNS  8   obl       nospace
12 ,        ,        PUNCT  ,    13  punct
13 {participle} {lemma} VERB VBG 8   ccomp
14 the      the      DET    DT   15  det
15 council  council  NOUN   NN   13  obj
16 in       in       ADP    IN   18  case
17 a        a        DET    DT   18  det
18 bind     bind     NOUN   NN   13  obl       nospace
19 .        .        PUNCT  .    3   punct
""")


CLOSING_PARTICIPLES: list[Any] = [
    pytest.param(
        _fee_unfair("leaving", "leave"),
        [("mixed", "the fee was “unfair” to sailors", "speech-verb", "said")],
        id="after-quoted-words-the-participle-is-the-writers",
    ),
    pytest.param(
        _fee_unfair("leaving", "leave", marks=False),
        [
            (
                "indirect",
                "the fee was very unfair indeed to sailors, leaving the council in a bind",
                "speech-verb",
                "said",
            )
        ],
        id="without-quoted-words-it-goes-on-with-the-report",
    ),
    pytest.param(
        _fee_unfair("including", "include"),
        [
            (
                "mixed",
                "the fee was “unfair” to sailors, including the council in a bind",
                "speech-verb",
                "said",
            )
        ],
        id="including-goes-on-with-the-report",
    ),
    pytest.param(
        _fee_unfair("leaving", "leave", comma_inside=True),
        [
            (
                "mixed",
                "the fee was “too high unfair,” leaving the council in a bind",
                "speech-verb",
                "said",
            )
        ],
        id="comma-inside-the-closing-mark-may-go-on-with-the-quotation",
    ),
]


class TestClosingParticiples:
    """``said the fee was “unfair” to sailors, leaving …``: a participle clause after a
    comma that follows quoted words is the writer's."""

    @pytest.mark.parametrize(("sentence", "expected"), CLOSING_PARTICIPLES)
    def test_table(
        self, attributor: Attributor, sentence: list[Row], expected: list[Expected]
    ) -> None:
        """Each one-sentence document gives exactly the expected quotes."""
        assert found_rows(attributor.attribute(document(one_paragraph(sentence)))) == expected_rows(
            expected
        )
