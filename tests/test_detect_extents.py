"""How far the content of a quote reaches, and which quotes there are: where detection
stops a report, where it goes on, what it joins and what it leaves out.

One table (or a few tests) per behaviour, among them:

* the writer's asides after a comma (``…, according to Reuters``, ``…, citing new
  polls``, ``…, although she gave no details``) stay out of the reported clause, while
  a participle with no comma before it and a ``because`` clause stay in;
* a report that opens a quotation takes the whole quotation, to its closing mark, even
  where the parser ended the clause (and the sentence) inside it, unless the quotation
  has an attribution of its own; lower-case quoted words right after a report go on
  with it;
* the content of a speech verb's phrase stops at a speech verb the parser coordinated
  inside it; phrase reports inside another quote's content are not quotes of their own;
  a direct object is content unless it is the addressee, the medium or another sense;
* a report whose content is only another report (``talked about the budget, saying
  that …``) gives way to it, unless the inner speech verb has a subject of its own;
* split quotes the parser did not link, adjacent quotations, coordinated fragments.

Every sentence is invented and annotated by hand in the style of UD v2 English EWT (a
speech verb heads its report as ``ccomp``, ``that`` is ``mark``, ``according`` is the
``case`` of the source noun with ``to`` as ``fixed``, a comma setting off a phrase
hangs from that phrase's head); where a row needs a parser's mistake, the mistake is
named. Each row is a document and the quotes expected in it as ``(kind, content spans,
rule, cue)``. A row the engine gets wrong today is marked ``xfail(strict=True)`` with
the reason, never weakened.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs
import pytest
from conllu_builder import Row, document, rows

from quoteattr import Attributor, get_lexicon
from quoteattr.model import DocumentResult

Expected = tuple[str, str | tuple[str, ...], str, str | None]
Found = tuple[str, tuple[str, ...], str, str | None]


def _one(*sentences: list[Row]) -> list[list[list[Row]]]:
    """A document of one paragraph."""
    return [list(sentences)]


def _reattach(
    sentence: list[Row], word_id: int, *, head: int | None = None, deprel: str | None = None
) -> list[Row]:
    """The sentence with word ``word_id`` (1-based) given another head or relation: the
    same words as a parser would have attached them."""
    out = list(sentence)
    form, lemma, upos, xpos, old_head, old_rel, *misc = out[word_id - 1]
    out[word_id - 1] = (
        form,
        lemma,
        upos,
        xpos,
        old_head if head is None else head,
        old_rel if deprel is None else deprel,
        *misc,
    )
    return out


def _found(result: DocumentResult) -> list[Found]:
    """Each quote as ``(kind, content span texts, rule, cue text)``."""
    return [
        (q.kind, tuple(s.text for s in q.spans), q.rule, None if q.cue is None else q.cue.text)
        for q in result.quotes
    ]


def _expected(rows_: Sequence[Expected]) -> list[Found]:
    """Expected rows with a single content span given as a plain string."""
    return [(k, (s,) if isinstance(s, str) else tuple(s), r, c) for k, s, r, c in rows_]


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
        _one(A_CLAIM_FEW_BELIEVE),
        [("indirect", "the port would close", "speech-verb", "said")],
        id="comment-on-the-act-after-a-dash",
    ),
    pytest.param(
        _one(A_JAB_AT_THE_MAYOR),
        [("indirect", "the port would close before winter", "speech-verb", "said")],
        id="comment-on-the-act-after-a-comma",
    ),
    pytest.param(
        _one(A_LAWYER_FROM_OHIO),
        [("indirect", "she met Jo Smith, a lawyer from Ohio", "speech-verb", "said")],
        id="apposition-in-the-report-stays-in",
    ),
    pytest.param(
        _one(COMPARED_WITH),
        [("indirect", "turnout rose sharply", "speech-verb", "said")],
        id="comparison-after-a-comma",
    ),
    pytest.param(
        _one(THOUGH_AFTER_DASH),
        [("indirect", "the port would reopen", "speech-verb", "said")],
        id="concessive-parataxis-after-a-dash",
    ),
    pytest.param(
        _one(_reattach(ACCORDING_ASIDE, 9, head=6)),
        [("indirect", "the driver had fled the scene", "speech-verb", "said")],
        id="according-to-comma-on-clause",
    ),
    pytest.param(
        _one(ACCORDING_ASIDE),
        [("indirect", "the driver had fled the scene", "speech-verb", "said")],
        id="according-to-comma-on-aside",
    ),
    pytest.param(
        _one(_reattach(CITING_ASIDE, 8, head=7)),
        [
            ("indirect", "turnout would be high", "speech-verb", "said"),
            ("indirect", "new polls", "speech-verb-phrase", "citing"),
        ],
        id="citing-participle-comma-on-clause",
    ),
    pytest.param(
        _one(CITING_ASIDE),
        [
            ("indirect", "turnout would be high", "speech-verb", "said"),
            ("indirect", "new polls", "speech-verb-phrase", "citing"),
        ],
        id="citing-participle-comma-on-aside",
    ),
    pytest.param(
        # "conceding the race" is a speech act of the senator's of its own
        _one(_reattach(CONCEDING_ASIDE, 9, head=8)),
        [
            ("indirect", "the count had been fair", "speech-verb", "said"),
            ("indirect", "the race", "speech-verb-phrase", "conceding"),
        ],
        id="conceding-participle-comma-on-clause",
    ),
    pytest.param(
        _one(_reattach(ALTHOUGH_ASIDE, 10, head=7)),
        [("indirect", "the tunnel would open in June", "speech-verb", "said")],
        id="although-clause-comma-on-clause",
    ),
    pytest.param(
        _one(ALTHOUGH_ASIDE),
        [("indirect", "the tunnel would open in June", "speech-verb", "said")],
        id="although-clause-comma-on-aside",
    ),
    pytest.param(
        _one(PARTICIPLE_NO_COMMA),
        [("indirect", "the players arrived carrying their own kit", "speech-verb", "said")],
        id="participle-without-comma-stays-in",
    ),
    pytest.param(
        # the comma where the asides above are found, so only the "because" keeps it in
        _one(_reattach(BECAUSE_CLAUSE, 7, head=6)),
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
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)


def test_comment_nouns_come_from_the_lexicon() -> None:
    """The comment nouns are lexicon data: without ``jab`` the comment stays in."""
    lexicon = get_lexicon()
    plain = Attributor(lexicon=attrs.evolve(lexicon, comment_nouns=frozenset()))
    found = _found(plain.attribute(document(_one(A_JAB_AT_THE_MAYOR))))
    assert [s for _, s, _, _ in found] == [
        ("the port would close before winter, a pointed jab at the mayor",)
    ]


def test_quotation_verbs_come_from_the_lexicon() -> None:
    """The quotation-only verbs are lexicon data: without ``offer`` in them, ``offered a
    plan`` is a phrase report like ``mentioned the budget``."""
    lexicon = get_lexicon()
    plain = Attributor(lexicon=attrs.evolve(lexicon, quotation_verbs=frozenset()))
    sentence = _verb_object("Officials", "offered", "offer", "a", "plan")
    found = _found(plain.attribute(document(_one(sentence))))
    assert [(s, r) for _, s, r, _ in found] == [(("a plan",), "speech-verb-phrase")]


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
        _one(CLEANER, TESTED),
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
        _one(TASTED, TESTED),
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
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)

    def test_quotation_with_own_attribution_not_taken(self, attributor: Attributor) -> None:
        """``said the water tasted “… . We tested it twice,” she added``: the quotation is
        the words ``she added``, so the report stops where the parser ended it."""
        result = attributor.attribute(document(_one(TASTED, TESTED_SHE_ADDED)))
        reports = [found for found in _found(result) if found[2] == "speech-verb"]
        assert reports == _expected(
            [("mixed", "the water tasted “better than it has in years", "speech-verb", "said")]
        )

    def test_typewriter_closing_mark_whole(self, attributor: Attributor) -> None:
        """A report ending with a typewriter quotation keeps both apostrophes of its
        closing ``''``, never half a mark."""
        (quote,) = attributor.attribute(document(_one(TYPEWRITER_NOT_OURS))).quotes
        assert quote.spans[-1].text.endswith("the cost.''")

    def test_quotation_with_own_attribution_kept(self, attributor: Attributor) -> None:
        """The quotation the report does not take is a quote of its own, cued by ``added``."""
        result = attributor.attribute(document(_one(TASTED, TESTED_SHE_ADDED)))
        added = [
            tuple(s.text for s in q.spans)
            for q in result.quotes
            if q.cue is not None and q.cue.text == "added"
        ]
        assert added == [("better than it has in years. We tested it twice,",)]


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
        _one(PRAISED_AND_SAID),
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
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)

    def test_coordinated_report_outside_phrase(self, attributor: Attributor) -> None:
        """No word of ``said the town would rebuild`` is in the phrase's content."""
        result = attributor.attribute(document(_one(PRAISED_AND_SAID)))
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
        _one(TALKED_SAYING),
        [("indirect", "taxes would fall", "speech-verb", "saying")],
        id="talked-about-saying-parataxis",
    ),
    pytest.param(
        _one(_reattach(TALKED_SAYING, 8, deprel="ccomp")),
        [("indirect", "taxes would fall", "speech-verb", "saying")],
        id="talked-about-saying-ccomp",
    ),
    pytest.param(
        _one(SAID_MINISTER_TOLD),
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
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)


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
        result = attributor.attribute(document(_one(SAID_PANEL_ESTIMATED)))
        assert _found(result) == _expected(
            [("indirect", "the panel estimated that costs would rise", "speech-verb", "said")]
        )
        (nested,) = [r for r in result.rejected if r.rule == "speech-verb"]
        assert nested.span.text == "costs would rise"
        assert "inside the content of a speech-verb quote" in nested.reason

    def test_report_in_a_relative_clause_kept(self, attributor: Attributor) -> None:
        """``the panel, which estimated that …``: a report in a relative clause stays."""
        result = attributor.attribute(document(_one(SAID_PANEL_WHICH_ESTIMATED)))
        assert ("indirect", ("costs would rise",), "speech-verb", "estimated") in _found(result)

    def test_nested_phrase_dropped_and_kept_for_inspection(self, attributor: Attributor) -> None:
        """Only the outer report comes out; the inner phrase is rejected with the reason."""
        result = attributor.attribute(document(_one(SAID_AGENCY_DENIED)))
        assert _found(result) == _expected(
            [("indirect", "the agency denied the claims", "speech-verb", "said")]
        )
        (nested,) = [r for r in result.rejected if r.rule == "speech-verb-phrase"]
        assert nested.span.text == "the claims"
        assert "inside the content of a speech-verb quote" in nested.reason

    def test_phrase_on_its_own_kept(self, attributor: Attributor) -> None:
        """The same phrase report outside any other quote is a quote."""
        result = attributor.attribute(document(_one(AGENCY_DENIED)))
        assert _found(result) == _expected(
            [("indirect", "the new claims", "speech-verb-phrase", "denied")]
        )


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
    found = _found(attributor.attribute(document(_one(REFERRED_TO_HARBOUR_AS))))
    assert found == _expected(
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
        assert _found(attributor.attribute(document(_one(sentence)))) == _expected(expected)

    def test_rejected_with_reason(self, attributor: Attributor) -> None:
        """``A “historic” day``: no quote; the fragment is kept as rejected, with the reason."""
        result = attributor.attribute(document(_one(HISTORIC_DAY)))
        assert _found(result) == []
        (rejected,) = [r for r in result.rejected if r.span.text == "historic"]
        assert "no speech verb or cue" in rejected.reason


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


def _coach_and(subject: str, upos: str, verb: str, lemma: str) -> list[Row]:
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
9  {subject}  {subject.lower()}  {upos}  NN   10  nsubj
10 {verb}     {lemma}    VERB   VBD  3   conj       nospace
11 .          .          PUNCT  .    3   punct
""")


CONJUNCTS: list[Any] = [
    pytest.param(
        _one(_coach_and("fans", "NOUN", "cheered", "cheer")),
        [("indirect", "the team was ready and fans cheered", "speech-verb", "said")],
        id="and-clause-with-a-noun-subject-joins-the-report",
    ),
    pytest.param(
        _one(_coach_and("she", "PRON", "left", "leave")),
        [("indirect", "the team was ready", "speech-verb", "said")],
        id="and-clause-with-a-pronoun-subject-stays-out",
    ),
    pytest.param(
        _one(COACH_QUOTED_CONJUNCT),
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
        _one(COACH_TRAINED),
        [("indirect", "the team was ready and had trained hard", "speech-verb", "said")],
        id="subjectless-conjunct-joins-the-report",
    ),
    pytest.param(
        _one(COACH_PRAISED),
        [
            ("indirect", "the team was ready", "speech-verb", "said"),
            ("indirect", "the fans", "speech-verb-phrase", "praised"),
        ],
        id="coordinated-speech-verb-reports-on-its-own",
    ),
    pytest.param(
        _one(COACH_LEFT),
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
    found = _found(attributor.attribute(document(_one(COACH_SECOND_COMPLEMENT))))
    assert [(k, s) for k, s, _, _ in found] == [
        ("mixed", ("the team had improved, coming back to a “draw” twice",))
    ]


class TestSharedSubjectConjuncts:
    """A predicate coordinated with the speech verb that shares the report's subject."""

    @pytest.mark.parametrize(("paragraphs", "expected"), CONJUNCTS)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)


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
    found = _found(attributor.attribute(document(_one(CRITICIZED_MAYOR_SINCE))))
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
    found = _found(attributor.attribute(document(_one(_criticized_mayor(case, noun, lemma, upos)))))
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
    found = _found(attributor.attribute(document(_one(DENOUNCED_PLAN_QUOTED))))
    assert [(k, s, c) for k, s, _, c in found] == [
        ("mixed", ("the plan as “a disgrace”",), "denounced")
    ]


def test_quotation_only_verb_with_quoted_words(attributor: Attributor) -> None:
    """``thanked the crews for “working through the night”``: a verb that reports
    nothing with a plain phrase (``offered a plan``) still introduces quoted words."""
    found = _found(attributor.attribute(document(_one(THANKED_CREWS_QUOTED))))
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
        assert _found(attributor.attribute(document(_one(sentence)))) == _expected(expected)


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


PHRASE_PARTS: list[Any] = [
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
        assert _found(attributor.attribute(document(_one(sentence)))) == _expected(expected)


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
FERRY_SHE_SAID_NEVER_SAFE_STRANDED = _reattach(
    _reattach(
        _reattach(
            _reattach(FERRY_SHE_SAID_NEVER_SAFE, 2, head=5, deprel="dislocated"),
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
        assert _found(attributor.attribute(document(_one(sentence)))) == _expected(expected)


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
        _one(FRONTED_PARTICIPLE),
        [("indirect", "the cranes were idle", "speech-verb", "said")],
        id="complement-after-the-verb-first",
    ),
    pytest.param(
        _one(ASKED_IF_ADVCL),
        [("indirect", "if the port would reopen", "speech-verb", "asked")],
        id="question-as-adverbial-clause",
    ),
    pytest.param(_one(KNEW_IF), [], id="if-clause-of-a-non-speech-verb"),
]


class TestReportedComplement:
    """The clause a speech verb reports, when the parser gives it more than one."""

    @pytest.mark.parametrize(("paragraphs", "expected"), COMPLEMENTS)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)


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
        _one(CALLED_RECKLESS_AND_CRUEL),
        [("mixed", "the plan “reckless” and “cruel.”", "speech-verb-phrase", "called")],
        id="coordinated-inside-one-complement",
    ),
    pytest.param(
        _one(RAISED_GLASS),
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
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)


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
        _one(WAS_PORT_CLOSED, HE_TOLD_ME, WAS_IT_OPEN),
        [("direct", ("Was the port closed?", "Or was it open?"), "quotation-marks", "told")],
        id="told-me-between-two-questions",
    ),
    pytest.param(
        _one(WAS_PORT_CLOSED, MAYOR_ASKED_LOOKING, WAS_IT_OPEN),
        [("direct", ("Was the port closed?", "Or was it open?"), "quotation-marks", "asked")],
        id="asked-looking-worried-between-two-questions",
    ),
    pytest.param(
        _one(PORT_IS_CLOSED, MAYOR_TOLD_CREWS_CAPITALISED, WAS_IT_OPEN),
        [
            ("direct", "The port closed.", "quotation-marks", None),
            ("direct", "Or was it open?", "quotation-marks", None),
        ],
        id="an-object-that-is-not-a-pronoun-keeps-them-apart",
    ),
    pytest.param(
        # after a question, a sentence that is only an attribution goes on with it (the
        # tokenizer ended the sentence at the "?"): linked
        _one(WAS_PORT_CLOSED, MAYOR_TOLD_CREWS_CAPITALISED, WAS_IT_OPEN),
        [("direct", ("Was the port closed?", "Or was it open?"), "quotation-marks", "told")],
        id="a-bare-attribution-after-a-question-goes-on-with-it",
    ),
    pytest.param(
        # the lower-case attribution goes on with the quotation's sentence (the tokenizer
        # ended it at the "?"): the question is the verb's complement, so linked
        _one(WAS_PORT_CLOSED, MAYOR_TOLD_CREWS, WAS_IT_OPEN),
        [("direct", ("Was the port closed?", "Or was it open?"), "quotation-marks", "told")],
        id="an-attribution-in-lower-case-goes-on-with-the-question",
    ),
]


class TestUnlinkedSplitQuotes:
    """Two quotations around a short attribution the parser left unlinked are one quote."""

    @pytest.mark.parametrize(("paragraphs", "expected"), UNLINKED)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        found = _found(attributor.attribute(document(paragraphs)))
        assert [(k, s, r) for k, s, r, _ in found] == [
            (k, s, r) for k, s, r, _ in _expected(expected)
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
RIVER_ROSE_CALLED_FLOOD = _reattach(
    _reattach(_reattach(RIVER_ROSE_CALLED_FLOOD, 2, head=5), 4, head=5), 3, head=4
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
        _one(RIVER_ROSE_CALLED_FLOOD),
        [("direct", ("When the river rose,", "we called it a flood."), "quotation-marks", "said")],
        id="cue-inside-the-other-part-is-no-cue",
    ),
    pytest.param(
        _one(RIVER_ROSE_SHE_SAID_ADDING),
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
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)

    def test_speaker_from_the_attribution(self, attributor: Attributor) -> None:
        """The joined quote's speaker is the attribution's subject, not the subject of the
        verb inside the quotation that the parser linked the first part to."""
        (quote,) = attributor.attribute(document(_one(RIVER_ROSE_CALLED_FLOOD))).quotes
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
        result = attributor.attribute(document(_one(WE_WON, WIN_AGAIN_SHE_SAID)))
        assert _found(result) == _expected(
            [("direct", ("We won.", "We will win again,"), "quotation-marks", "said")]
        )

    def test_separate_paragraphs_not_joined(self, attributor: Attributor) -> None:
        """The same quotations in two paragraphs stay two quotes."""
        result = attributor.attribute(document([[WE_WON], [WIN_AGAIN_SHE_SAID]]))
        assert [q.text for q in result.quotes] == ["We won.", "We will win again,"]

    def test_coordinated_quotations_joined(self, attributor: Attributor) -> None:
        """``“Open the port,” and “Fix it now,” they chanted``: one quote, two spans."""
        result = attributor.attribute(document(_one(CHANTED_AND)))
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
        _one(TOLD_STATION_REPLIED),
        [("direct", "I replied to the post.", "quotation-marks", "told")],
        id="an-attribution-is-not-the-host-of-its-quotation",
    ),
    pytest.param(
        _one(ANNOUNCED_THE_MAYOR),
        [("indirect", "The port reopens Monday", "speech-verb", "announced")],
        id="inverted-with-a-speaker",
    ),
    pytest.param(_one(ANNOUNCED_ON_WEBSITE), [], id="no-speaker-no-report"),
]


class TestParataxisHost:
    """``X, she said``: the clause a speech verb hangs from, only when it has a speaker."""

    @pytest.mark.parametrize(("paragraphs", "expected"), HOSTS)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)


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
        result = attributor.attribute(document(_one(WORKED_THROUGH_THE_NIGHT)))
        assert _found(result) == _expected(
            [("mixed", "the divers had worked “through the night.”", "speech-verb", "said")]
        )


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
        _one(TOLD_COUNCIL_THAT_REBUILDING),
        [("indirect", "rebuilding the pier took months", "speech-verb", "told")],
        id="that-before-a-gerund-is-the-complementizer",
    ),
    pytest.param(
        _one(ASKED_HOW_FREE_RELATIVE),
        [("indirect", "how the files ended up on the street", "speech-verb", "asked")],
        id="question-word-as-object-ud-2-13",
    ),
    pytest.param(
        _one(TOLD_COUNCIL_RELCL),
        [("indirect", "the port would reopen", "speech-verb", "told")],
        id="relative-clause-with-its-own-subject-is-the-report",
    ),
    pytest.param(_one(TOLD_COUNCIL_WHO_RUNS), [], id="a-true-relative-clause"),
    pytest.param(
        _one(ASKED_MAYOR_WHY),
        [("indirect", "why the port closed", "speech-verb", "asked")],
        id="question-misparsed-as-relative-clause",
    ),
    pytest.param(
        _one(ASKED_ON_RADIO_WHO),
        [("indirect", "who leads the party", "speech-verb", "Asked")],
        id="who-question-after-a-name",
    ),
    pytest.param(_one(ASKED_OFFICIAL_WHO), [], id="who-relative-after-a-common-noun"),
]


class TestRelativeClauseAsReport:
    """``told the council that …`` and ``asked the mayor why …`` parsed as a relative
    clause of the addressee: a report, unless it is a true relative clause."""

    @pytest.mark.parametrize(("paragraphs", "expected"), RELATIVES)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)


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

CONTINUED: list[Any] = [
    pytest.param(
        _one(DIAZ_SAID_CLOSED, NO_RISKS),
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
        _one(DIAZ_SAID_CLOSED, NO_RISKS_SHE_ADDED),
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
]


class TestContinuedReports:
    """A quoted sentence with no attribution of its own, right after a report, goes on with it."""

    @pytest.mark.parametrize(("paragraphs", "expected"), CONTINUED)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)


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
        _one(WHEN_ASKED_ABOUT),
        [("indirect", "the closure", "speech-verb-phrase", "asked")],
        id="when-asked-about",
    ),
    pytest.param(_one(WHEN_EXPLAINING_ABOUT), [], id="other-verbs-need-a-speaker"),
]


class TestQuestionsWithoutAsker:
    """``when asked about X``: a question is reported even when its asker is not named."""

    @pytest.mark.parametrize(("paragraphs", "expected"), ASKERLESS)
    def test_table(self, attributor: Attributor, paragraphs: Any, expected: list[Expected]) -> None:
        """Each document gives exactly the expected quotes."""
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)


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
        _one(TOLD_REPORTERS_QUOTED),
        [("direct", "we will win", "quotation-marks", "told")],
        id="the-quoted-clause-is-the-report",
    ),
    pytest.param(
        _one(SAID_THAT_QUOTED),
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
        assert _found(attributor.attribute(document(paragraphs))) == _expected(expected)


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
        found = _found(attributor.attribute(document(paragraphs)))
        assert [(k, s, r) for k, s, r, _ in found] == [
            (k, s, r) for k, s, r, _ in _expected(expected)
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
        found = _found(attributor.attribute(document(_one(REVIEW_SIC_NEEDED))))
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
        assert _found(attributor.attribute(document(_one(sentence)))) == _expected(expected)

    @pytest.mark.parametrize(
        ("sentence", "speaker", "sieve"),
        [
            (AS_THE_POST_REPORTED, "the Post", "subject"),
            (AS_REPORTED_BY_REUTERS, "Reuters", "passive-agent"),
        ],
    )
    def test_speaker(
        self, attributor: Attributor, sentence: list[Row], speaker: str, sieve: str
    ) -> None:
        """The speaker is the ``as`` clause's subject, or the agent of ``reported by``."""
        (quote,) = attributor.attribute(document(_one(sentence))).quotes
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
        assert _found(attributor.attribute(document(_one(sentence)))) == _expected(expected)
