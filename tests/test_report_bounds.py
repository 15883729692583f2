"""Where a report of speech stops and where it goes on, and which quoted words are
someone's: closing participles and clauses with reports of their own, conjuncts, the
writer's time, occasion and comments, characterisations (``as “…”``), titles a speech
verb calls something, and reports the parser cut out of a quotation.

Every sentence is invented for these tests and annotated by hand in the style of UD v2
English EWT with :mod:`conllu_builder`, so no Stanza model runs. Where a rule exists to
cope with a parser's mistake, the tree makes that mistake on purpose, as the comment above
it says.
"""

from __future__ import annotations

import attrs
import pytest
from conllu_builder import Row, document, rows

from quoteattr import Attributor, DocumentResult, Quote, get_lexicon


def _one(*sentences: list[Row]) -> list[list[list[Row]]]:
    """A document of one paragraph."""
    return [list(sentences)]


def only_quote(result: DocumentResult) -> Quote:
    """The one quote of ``result``."""
    assert len(result.quotes) == 1, [q.text for q in result.quotes]
    return result.quotes[0]


@pytest.fixture(scope="module")
def attributor() -> Attributor:
    """The default attributor, shared: it is stateless for Documents."""
    return Attributor()


# ------------------------------------------- a speech participle closing a report

# Ortiz said the pier was unsafe, adding that it would close.
# The parser hung "adding" inside the reported clause, from "unsafe".
SAID_UNSAFE_ADDING = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj      ner=S-PERSON
2  said     say      VERB   VBD  0   root
3  the      the      DET    DT   4   det
4  pier     pier     NOUN   NN   6   nsubj
5  was      be       AUX    VBD  6   cop
6  unsafe   unsafe   ADJ    JJ   2   ccomp      nospace
7  ,        ,        PUNCT  ,    8   punct
8  adding   add      VERB   VBG  6   dep
9  that     that     SCONJ  IN   12  mark
10 it       it       PRON   PRP  12  nsubj
11 would    would    AUX    MD   12  aux
12 close    close    VERB   VB   8   ccomp      nospace
13 .        .        PUNCT  .    2   punct
"""


def test_speech_participle_closing_a_report(attributor: Attributor) -> None:
    """``said the pier was unsafe, adding that it would close``: the participle reports
    on its own, so the first report stops before its comma."""
    found = [
        (q.text, q.cue and q.cue.text)
        for q in attributor.attribute(document(_one(rows(SAID_UNSAFE_ADDING)))).quotes
    ]
    assert found == [("the pier was unsafe", "said"), ("it would close", "adding")]


# Ortiz said the pier was unsafe, which he called “a disgrace”.
SAID_UNSAFE_WHICH_CALLED = """
1  Ortiz     Ortiz     PROPN  NNP  2   nsubj      ner=S-PERSON
2  said      say       VERB   VBD  0   root
3  the       the       DET    DT   4   det
4  pier      pier      NOUN   NN   6   nsubj
5  was       be        AUX    VBD  6   cop
6  unsafe    unsafe    ADJ    JJ   2   ccomp      nospace
7  ,         ,         PUNCT  ,    10  punct
8  which     which     PRON   WDT  10  obj
9  he        he        PRON   PRP  10  nsubj
10 called    call      VERB   VBD  6   {rel}
11 “         "         PUNCT  ``   13  punct      nospace
12 a         a         DET    DT   13  det
13 disgrace  disgrace  NOUN   NN   10  xcomp      nospace
14 ”         "         PUNCT  ''   13  punct      nospace
15 .         .         PUNCT  .    2   punct
"""

# Ortiz said he had not read the plan, but called it “a start”.
# The parser hung "called" from "read", inside the reported clause.
SAID_NOT_READ_BUT_CALLED = """
1  Ortiz   Ortiz   PROPN  NNP  2   nsubj   ner=S-PERSON
2  said    say     VERB   VBD  0   root
3  {subj}  {subj}  {pos}  {tag}  6   nsubj
4  had     have    AUX    VBD  6   aux
5  not     not     PART   RB   6   advmod
6  read    read    VERB   VBN  2   ccomp
7  the     the     DET    DT   8   det
8  plan    plan    NOUN   NN   6   obj      nospace
9  ,       ,       PUNCT  ,    11  punct
10 but     but     CCONJ  CC   11  cc
11 called  call    VERB   VBD  6   conj
12 it      it      PRON   PRP  11  obj
13 “       "       PUNCT  ``   15  punct    nospace
14 a       a       DET    DT   15  det
15 start   start   NOUN   NN   11  xcomp    nospace
16 ”       "       PUNCT  ''   15  punct    nospace
17 .       .       PUNCT  .    2   punct
"""

# Ortiz said the pier was unsafe, which he described as unsound.
# No quoted words: the relative clause stays inside the report.
SAID_UNSAFE_WHICH_UNQUOTED = """
1  Ortiz      Ortiz      PROPN  NNP  2   nsubj      ner=S-PERSON
2  said       say        VERB   VBD  0   root
3  the        the        DET    DT   4   det
4  pier       pier       NOUN   NN   6   nsubj
5  was        be         AUX    VBD  6   cop
6  unsafe     unsafe     ADJ    JJ   2   ccomp      nospace
7  ,          ,          PUNCT  ,    10  punct
8  which      which      PRON   WDT  10  obj
9  he         he         PRON   PRP  10  nsubj
10 described  describe   VERB   VBD  6   acl:relcl
11 as         as         ADP    IN   12  case
12 unsound    unsound    ADJ    JJ   10  obl      nospace
13 .          .          PUNCT  .    2   punct
"""


# Ortiz described the plan as “reckless,” adding that it would fail.
# The parser hung "adding" from "reckless", inside the phrase the verb reports.
DESCRIBED_AS_ADDING = """
1  Ortiz      Ortiz     PROPN  NNP  2   nsubj   ner=S-PERSON
2  described  describe  VERB   VBD  0   root
3  the        the       DET    DT   4   det
4  plan       plan      NOUN   NN   2   obj
5  as         as        ADP    IN   7   case
6  “          "         PUNCT  ``   7   punct   nospace
7  reckless   reckless  ADJ    JJ   2   obl     nospace
8  ,          ,         PUNCT  ,    7   punct   nospace
9  ”          "         PUNCT  ''   7   punct
10 adding     add       VERB   VBG  7   advcl
11 that       that      SCONJ  IN   14  mark
12 it         it        PRON   PRP  14  nsubj
13 would      would     AUX    MD   14  aux
14 fail       fail      VERB   VB   10  ccomp   nospace
15 .          .         PUNCT  .    2   punct
"""


# Ortiz said the pier “will reopen by May,” referring to the festival, which starts then.
# The parser hung the participle and the relative clause on "May".
SAID_REOPEN_REFERRING = """
1  Ortiz      Ortiz     PROPN  NNP  2   nsubj      ner=S-PERSON
2  said       say       VERB   VBD  0   root
3  the        the       DET    DT   4   det
4  pier       pier      NOUN   NN   7   nsubj
5  “          "         PUNCT  ``   7   punct      nospace
6  will       will      AUX    MD   7   aux
7  reopen     reopen    VERB   VB   2   ccomp
8  by         by        ADP    IN   9   case
9  May        May       PROPN  NNP  7   obl        nospace
10 ,          ,         PUNCT  ,    9   punct      nospace
11 ”          "         PUNCT  ''   9   punct
12 referring  refer     VERB   VBG  9   acl
13 to         to        ADP    IN   15  case
14 the        the       DET    DT   15  det
15 festival   festival  NOUN   NN   12  obl        nospace
16 ,          ,         PUNCT  ,    19  punct
17 which      which     PRON   WDT  18  nsubj
18 starts     start     VERB   VBZ  9   acl:relcl
19 then       then      ADV    RB   18  advmod     nospace
20 .          .         PUNCT  .    2   punct
"""

# Ortiz said the pier was unsafe while {verb} that it would reopen.
SAID_UNSAFE_WHILE = """
1  Ortiz   Ortiz   PROPN  NNP  2   nsubj   ner=S-PERSON
2  said    say     VERB   VBD  0   root
3  the     the     DET    DT   4   det
4  pier    pier    NOUN   NN   6   nsubj
5  was     be      AUX    VBD  6   cop
6  unsafe  unsafe  ADJ    JJ   2   ccomp
7  while   while   SCONJ  IN   8   mark
8  {verb}  {lemma} VERB   VBG  6   advcl
9  that    that    SCONJ  IN   12  mark
10 it      it      PRON   PRP  12  nsubj
11 would   would   AUX    MD   12  aux
12 reopen  reopen  VERB   VB   8   ccomp   nospace
13 .       .       PUNCT  .    2   punct
"""


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        pytest.param(
            SAID_UNSAFE_WHILE.format(verb="adding", lemma="add"),
            [
                ("the pier was unsafe", "said", "speech-verb"),
                ("it would reopen", "adding", "speech-verb"),
            ],
            id="while-and-a-speech-participle",
        ),
        pytest.param(
            SAID_UNSAFE_WHILE.format(verb="hoping", lemma="hope"),
            [("the pier was unsafe while hoping that it would reopen", "said", "speech-verb")],
            id="while-and-another-participle",
        ),
        pytest.param(
            SAID_REOPEN_REFERRING,
            [("the pier “will reopen by May,”", "said", "speech-verb")],
            id="speech-participle-then-a-further-aside",
        ),
        pytest.param(
            SAID_UNSAFE_WHICH_CALLED.format(rel="acl:relcl"),
            [
                ("the pier was unsafe", "said", "speech-verb"),
                ("“a disgrace”", "called", "partial-quote"),
            ],
            id="relative-clause",
        ),
        pytest.param(
            # the relative clause left as "dep": not an aside "…, he called" either
            SAID_UNSAFE_WHICH_CALLED.format(rel="dep"),
            [
                ("the pier was unsafe", "said", "speech-verb"),
                ("“a disgrace”", "called", "partial-quote"),
            ],
            id="relative-clause-as-dep",
        ),
        pytest.param(
            SAID_NOT_READ_BUT_CALLED.format(subj="he", pos="PRON", tag="PRP"),
            [
                ("he had not read the plan", "said", "speech-verb"),
                ("it “a start”", "called", "speech-verb-phrase"),
            ],
            id="coordinated-speech-verb",
        ),
        pytest.param(
            # a name for the subject: "Kim … called it “a start”" goes on with Ortiz's report
            SAID_NOT_READ_BUT_CALLED.format(subj="Kim", pos="PROPN", tag="NNP"),
            [("Kim had not read the plan, but called it “a start”", "said", "speech-verb")],
            id="coordinated-with-a-named-subject",
        ),
        pytest.param(
            SAID_UNSAFE_WHICH_UNQUOTED,
            [("the pier was unsafe, which he described as unsound", "said", "speech-verb")],
            id="no-quoted-words",
        ),
        pytest.param(
            DESCRIBED_AS_ADDING,
            [
                ("the plan as “reckless,”", "described", "speech-verb-phrase"),
                ("it would fail", "adding", "speech-verb"),
            ],
            id="speech-participle-closing-a-phrase-report",
        ),
    ],
)
def test_closing_clause_with_its_own_quoted_words(
    attributor: Attributor, block: str, expected: list[tuple[str, str, str]]
) -> None:
    """``said the pier was unsafe, which he called “a disgrace”``: a speech participle, or a relative clause or a
    conjunct after a comma, around a speech verb with quoted words of its own, is that
    verb's report; the first report stops before its comma. Without quoted words the
    clause stays inside the report."""
    result = attributor.attribute(document(_one(rows(block))))
    found = [(q.text, q.cue and q.cue.text, q.rule) for q in result.quotes]
    assert found == expected


# Ortiz rejected the plan as “reckless” and a “grave threat” to the pier.
# The parser hung the second name, "threat", on the verb as a conjunct.
REJECTED_AS_AND = """
1  Ortiz      Ortiz      PROPN  NNP  2   nsubj   ner=S-PERSON
2  rejected   reject     VERB   VBD  0   root
3  the        the        DET    DT   4   det
4  plan       plan       NOUN   NN   2   obj
5  {prep}     {prep}     ADP    IN   7   case
6  “          "          PUNCT  ``   7   punct   nospace
7  reckless   reckless   ADJ    JJ   2   {rel}   nospace
8  ”          "          PUNCT  ''   7   punct
9  and        and        CCONJ  CC   13  cc
10 a          a          DET    DT   13  det
11 “          "          PUNCT  ``   13  punct   nospace
12 grave      grave      ADJ    JJ   13  amod
13 threat     threat     NOUN   NN   {head}  {conj}  nospace
14 ”          "          PUNCT  ''   13  punct
15 to         to         ADP    IN   17  case
16 the        the        DET    DT   17  det
17 pier       pier       NOUN   NN   13  nmod    nospace
18 .          .          PUNCT  .    2   punct
"""


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        pytest.param(
            REJECTED_AS_AND.format(prep="as", rel="advcl", head=2, conj="conj"),
            ["the plan as “reckless” and a “grave threat” to the pier"],
            id="second-name-hung-on-the-verb",
        ),
        pytest.param(
            REJECTED_AS_AND.format(prep="as", rel="advcl", head=7, conj="conj"),
            ["the plan as “reckless” and a “grave threat” to the pier"],
            id="second-name-coordinated-with-the-first",
        ),
        pytest.param(
            # "for", not "as": no name given, scare quotes in the writer's sentence
            REJECTED_AS_AND.format(prep="for", rel="obl", head=2, conj="conj"),
            [],
            id="no-as-phrase",
        ),
    ],
)
def test_coordinated_names_given(attributor: Attributor, block: str, expected: list[str]) -> None:
    """``rejected the plan as “reckless” and a “grave threat”``: a second quoted name
    coordinated with the first is part of the same characterisation, one mixed quote,
    wherever the parser hung it."""
    result = attributor.attribute(document(_one(rows(block))))
    assert [q.text for q in result.quotes if q.kind == "mixed"] == expected


# Ortiz visited a pier that Mayor Kim called “Grey Heron”.
# The parser hung "called" on "Kim" as a participle: it has no subject of its own.
PIER_THAT_KIM_CALLED = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj      ner=S-PERSON
2  visited  visit    VERB   VBD  0   root
3  a        a        DET    DT   4   det
4  pier     pier     NOUN   NN   2   obj
5  that     that     SCONJ  IN   4   dep
6  Mayor    Mayor    PROPN  NNP  7   compound
7  Kim      Kim      PROPN  NNP  5   dep        ner=S-PERSON
8  called   call     VERB   VBN  7   acl
9  “        "        PUNCT  ``   11  punct      nospace
10 Grey     Grey     PROPN  NNP  11  compound
11 Heron    Heron    PROPN  NNP  8   xcomp      nospace
12 ”        "        PUNCT  ''   11  punct      nospace
13 .        .        PUNCT  .    2   punct
"""

# Ortiz visited a pier called “Grey Heron”.
PIER_CALLED = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj      ner=S-PERSON
2  visited  visit    VERB   VBD  0   root
3  a        a        DET    DT   4   det
4  pier     pier     NOUN   NN   2   obj
5  called   call     VERB   VBN  4   acl
6  “        "        PUNCT  ``   8   punct      nospace
7  Grey     Grey     PROPN  NNP  8   compound
8  Heron    Heron    PROPN  NNP  5   xcomp      nospace
9  ”        "        PUNCT  ''   8   punct      nospace
10 .        .        PUNCT  .    2   punct
"""


@pytest.mark.parametrize(
    ("block", "quotes"),
    [
        pytest.param(PIER_THAT_KIM_CALLED, [("“Grey Heron”", "called")], id="relative-subject"),
        pytest.param(PIER_CALLED, [], id="participle-names-a-thing"),
    ],
)
def test_naming_verb_after_a_relative_subject(
    attributor: Attributor, block: str, quotes: list[tuple[str, str]]
) -> None:
    """``a pier that Mayor Kim called “Grey Heron”``: a relative word, a subject and the
    naming verb make a speech act (Kim's words) however the parser hung them; a participle
    right after the thing named gives its title."""
    result = attributor.attribute(document(_one(rows(block))))
    assert [(q.text, q.cue and q.cue.text) for q in result.quotes] == quotes
    assert [r.span.text for r in result.rejected] == ([] if quotes else ["Grey Heron"])


# Ortiz said the rise in tolls and fees means that the pier will close.
# The parser took "the rise in tolls and fees means" for the object of "said" ("means"
# a plural noun coordinated with "fees") and the that-clause for its complement.
SAID_OBJECT_THEN_THAT = """
1  Ortiz   Ortiz   PROPN  NNP  2   nsubj   ner=S-PERSON
2  {verb}  {lemma} VERB   VBD  0   root
3  the     the     DET    DT   4   det
4  {noun}  {noun}  NOUN   NN   2   obj
5  in      in      ADP    IN   6   case
6  tolls   toll    NOUN   NNS  4   nmod
7  and     and     CCONJ  CC   9   cc
8  fees    fee     NOUN   NNS  9   compound
9  means   means   NOUN   NNS  6   conj
10 that    that    SCONJ  IN   14  mark
11 the     the     DET    DT   12  det
12 pier    pier    NOUN   NN   14  nsubj
13 will    will    AUX    MD   14  aux
14 close   close   VERB   VB   2   ccomp   nospace
15 .       .       PUNCT  .    2   punct
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "noun", "content"),
    [
        pytest.param(
            "said",
            "say",
            "rise",
            "the rise in tolls and fees means that the pier will close",
            id="say-takes-no-object",
        ),
        pytest.param("told", "tell", "crew", "the pier will close", id="tell-takes-an-addressee"),
        pytest.param("cited", "cite", "rise", "the pier will close", id="cite-takes-an-object-too"),
    ],
)
def test_object_before_that_clause(
    attributor: Attributor, verb: str, lemma: str, noun: str, content: str
) -> None:
    """``said the rise in tolls and fees means that the pier will close``: ``say`` takes
    no object before its ``that`` clause, so a noun phrase the parser hung there is the
    start of what was said; ``told the crew that …`` and ``cited the rise … that …`` keep
    their objects out of the report."""
    block = SAID_OBJECT_THEN_THAT.format(verb=verb, lemma=lemma, noun=noun)
    quote = only_quote(attributor.attribute(document(_one(rows(block)))))
    assert (quote.text, quote.cue and quote.cue.text) == (content, verb)


# Ortiz said he was opposed to the toll and warned the council to drop it.
# The parser coordinated "warned" with "opposed", inside the reported clause.
SAID_OPPOSED_AND_WARNED = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj   ner=S-PERSON
2  said     say      VERB   VBD  0   root
3  {subj}   {subj}   {pos}   {tag}  5   nsubj
4  was      be       AUX    VBD  5   cop
5  opposed  opposed  ADJ    JJ   2   ccomp
6  to       to       ADP    IN   8   case
7  the      the      DET    DT   8   det
8  toll     toll     NOUN   NN   5   obl
9  and      and      CCONJ  CC   10  cc
10 {verb}   {lemma}  VERB   VBD  5   conj
11 the      the      DET    DT   12  det
12 council  council  NOUN   NN   10  obj
13 to       to       PART   TO   14  mark
14 drop     drop     VERB   VB   10  xcomp
15 it       it       PRON   PRP  14  obj     nospace
16 .        .        PUNCT  .    2   punct
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "subj", "expected"),
    [
        pytest.param(
            "warned",
            "warn",
            "he",
            [("he was opposed to the toll", "said"), ("the council to drop it", "warned")],
            id="telling-verb-reports-on-its-own",
        ),
        pytest.param(
            "asked",
            "ask",
            "he",
            [("he was opposed to the toll and asked the council to drop it", "said")],
            id="not-a-telling-verb",
        ),
        pytest.param(
            "warned",
            "warn",
            "Kim",
            [("Kim was opposed to the toll and warned the council to drop it", "said")],
            id="a-named-subject-is-not-the-speaker-again",
        ),
    ],
)
def test_coordinated_telling_verb_in_a_report(
    attributor: Attributor, verb: str, lemma: str, subj: str, expected: list[tuple[str, str]]
) -> None:
    """``said he was opposed to the toll and warned the council to drop it``: a telling
    verb with its addressee and what it urged, coordinated inside the reported clause, is
    the writer's second report, not part of the first, when its subject is a pronoun (most
    likely the speaker again); with a name (``said Kim was opposed … and warned …``) it is
    part of what was said."""
    pos, tag = ("PRON", "PRP") if subj == "he" else ("PROPN", "NNP")
    block = SAID_OPPOSED_AND_WARNED.format(verb=verb, lemma=lemma, subj=subj, pos=pos, tag=tag)
    result = attributor.attribute(document(_one(rows(block))))
    assert [(q.text, q.cue and q.cue.text) for q in result.quotes] == expected


# Ortiz blasted the toll as a “disgrace” Monday in an interview.
BLASTED_AS_WHEN_WHERE = """
1  Ortiz      Ortiz      PROPN  NNP  2   nsubj      ner=S-PERSON
2  blasted    blast      VERB   VBD  0   root
3  the        the        DET    DT   4   det
4  toll       toll       NOUN   NN   2   obj
5  as         as         ADP    IN   8   case
6  a          a          DET    DT   8   det
7  “          "          PUNCT  ``   8   punct      nospace
8  disgrace   disgrace   NOUN   NN   2   obl        nospace
9  ”          "          PUNCT  ''   8   punct
10 {when}     {when}     PROPN  NNP  8   nmod:tmod
11 in         in         ADP    IN   13  case
12 {det}      {det}      DET    DT   13  det
13 {noun}     {noun}     NOUN   NN   2   obl        nospace
14 .          .          PUNCT  .    2   punct
"""


@pytest.mark.parametrize(
    ("when", "det", "noun", "content"),
    [
        pytest.param(
            "Monday", "an", "interview", "the toll as a “disgrace”", id="time-and-occasion-left-out"
        ),
        pytest.param(
            "Monday",
            "the",
            "harbour",
            "the toll as a “disgrace” Monday in the harbour",
            id="a-place-is-not-an-occasion",
        ),
    ],
)
def test_phrase_report_without_when_and_where_said(
    attributor: Attributor, when: str, det: str, noun: str, content: str
) -> None:
    """``blasted the toll as a “disgrace” Monday in an interview``: when it was said
    (after the closing quotation mark) and the occasion or medium (``in an interview``,
    ``on Fox News``) are the writer's setting, not part of the phrase reported; once the
    phrase goes on past them, the time stays inside it."""
    block = BLASTED_AS_WHEN_WHERE.format(when=when, det=det, noun=noun)
    quote = only_quote(attributor.attribute(document(_one(rows(block)))))
    assert (quote.text, quote.kind) == (content, "mixed")


def test_occasion_nouns_come_from_the_lexicon() -> None:
    """The occasion nouns are lexicon data: without ``interview`` among them, ``in an
    interview`` after the phrase is no longer the writer's setting."""
    lexicon = attrs.evolve(get_lexicon(), occasion_nouns=frozenset())
    block = BLASTED_AS_WHEN_WHERE.format(when="Monday", det="an", noun="interview")
    quote = only_quote(Attributor(lexicon=lexicon).attribute(document(_one(rows(block)))))
    assert quote.text != "the toll as a “disgrace”"
    assert quote.text.endswith("in an interview")


# Ortiz went after the mayor as a “menace”.
WENT_AFTER_AS = """
1  Ortiz   Ortiz   PROPN  NNP  2   nsubj   ner=S-PERSON
2  {verb}  {lemma} VERB   VBD  0   root
3  {prep}  {prep}  ADP    IN   5   case
4  the     the     DET    DT   5   det
5  mayor   mayor   NOUN   NN   2   obl
6  as      as      ADP    IN   9   case
7  a       a       DET    DT   9   det
8  “       "       PUNCT  ``   9   punct   nospace
9  menace  menace  NOUN   NN   2   obl     nospace
10 ”       "       PUNCT  ''   9   punct   nospace
11 .       .       PUNCT  .    2   punct
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "prep", "quotes"),
    [
        pytest.param("went", "go", "after", [("the mayor as a “menace”", "went")], id="go-after"),
        pytest.param("sat", "sit", "behind", [], id="sat-behind"),
    ],
)
def test_characterised_behind_a_preposition(
    attributor: Attributor, verb: str, lemma: str, prep: str, quotes: list[tuple[str, str]]
) -> None:
    """``went after the mayor as a “menace”``: the one attacked, behind ``after``, is
    characterised by the quoted name, as an object is (``painted the mayor as a
    “menace”``); ``sat behind the mayor as a “guest”`` characterises no one."""
    block = WENT_AFTER_AS.format(verb=verb, lemma=lemma, prep=prep)
    result = attributor.attribute(document(_one(rows(block))))
    assert [(q.text, q.cue and q.cue.text) for q in result.quotes] == quotes


# Ortiz told the crew on Monday that “the pier is unsafe.”
TOLD_CREW_THAT_QUOTED = """
1  Ortiz   Ortiz   PROPN  NNP  2   nsubj   ner=S-PERSON
2  told    tell    VERB   VBD  0   root
3  the     the     DET    DT   4   det
4  crew    crew    NOUN   NN   2   obj
5  on      on      ADP    IN   6   case
6  Monday  Monday  PROPN  NNP  2   obl     ner=S-DATE
7  that    that    SCONJ  IN   12  mark
8  “       "       PUNCT  ``   12  punct   nospace
9  the     the     DET    DT   10  det
10 pier    pier    NOUN   NN   12  nsubj
11 is      be      AUX    VBZ  12  cop
12 unsafe  unsafe  ADJ    JJ   2   ccomp   nospace
13 .       .       PUNCT  .    2   punct   nospace
14 ”       "       PUNCT  ''   2   punct
"""


def test_addressee_left_out_of_a_quoted_clause(attributor: Attributor) -> None:
    """``told the crew on Monday that “the pier is unsafe.”``: before a quoted clause the
    object is whom it was said to, not part of what was said; the writer's ``that`` stays,
    and makes the quote mixed."""
    quote = only_quote(attributor.attribute(document(_one(rows(TOLD_CREW_THAT_QUOTED)))))
    assert (quote.text, quote.cue and quote.cue.text, quote.kind) == (
        "that “the pier is unsafe.”",
        "told",
        "mixed",
    )


# Ortiz referred to the pier as “Grey Heron”.
REFERRED_AS_TITLE_CASE = """
1  Ortiz     Ortiz     PROPN  NNP  2   nsubj   ner=S-PERSON
2  referred  refer     VERB   VBD  0   root
3  to        to        ADP    IN   5   case
4  the       the       DET    DT   5   det
5  pier      pier      NOUN   NN   2   obl
6  as        as        ADP    IN   9   case
7  “         "         PUNCT  ``   9   punct   nospace
8  Grey      Grey      PROPN  NNP  9   compound
9  Heron     Heron     PROPN  NNP  2   obl     nospace
10 ”         "         PUNCT  ''   9   punct   nospace
11 .         .         PUNCT  .    2   punct
"""

# Ortiz spoke to “Harbour Radio”.
SPOKE_TO_TITLE = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj   ner=S-PERSON
2  spoke    speak    VERB   VBD  0   root
3  to       to       ADP    IN   6   case
4  “        "        PUNCT  ``   6   punct   nospace
5  Harbour  Harbour  PROPN  NNP  6   compound
6  Radio    Radio    PROPN  NNP  2   obl     nospace
7  ”        "        PUNCT  ''   6   punct   nospace
8  .        .        PUNCT  .    2   punct
"""

# Ortiz added a photo from “Grey Heron”.
ADDED_PHOTO_FROM_TITLE = """
1  Ortiz   Ortiz   PROPN  NNP  2   nsubj   ner=S-PERSON
2  added   add     VERB   VBD  0   root
3  a       a       DET    DT   4   det
4  photo   photo   NOUN   NN   2   obj
5  from    from    ADP    IN   8   case
6  “       "       PUNCT  ``   8   punct   nospace
7  Grey    Grey    PROPN  NNP  8   compound
8  Heron   Heron   PROPN  NNP  4   nmod    nospace
9  ”       "       PUNCT  ''   8   punct   nospace
10 .       .       PUNCT  .    2   punct
"""


@pytest.mark.parametrize(
    ("block", "quotes"),
    [
        pytest.param(
            REFERRED_AS_TITLE_CASE,
            [("the pier as “Grey Heron”", "referred", "mixed")],
            id="what-a-speech-verb-calls-it",
        ),
        pytest.param(SPOKE_TO_TITLE, [], id="whom-it-was-said-to"),
        pytest.param(ADDED_PHOTO_FROM_TITLE, [], id="a-title-inside-the-object"),
    ],
)
def test_capitalised_words_a_speech_verb_calls_something(
    attributor: Attributor, block: str, quotes: list[tuple[str, str, str]]
) -> None:
    """Capitalised quoted words are a title or name unless a speech verb before them takes
    them as its object or its ``as`` (``by``, for ``refer`` also ``to``) phrase: then they
    are what someone called something, a mixed quote."""
    result = attributor.attribute(document(_one(rows(block))))
    assert [(q.text, q.cue and q.cue.text, q.kind) for q in result.quotes] == quotes


# Ortiz said the council “really is” in favor of the pier, but wants “lower” tolls.
# The parser hung "in favor …" and "wants" on "said".
SAID_REALLY_IS_BUT_WANTS = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj   ner=S-PERSON
2  said     say      VERB   VBD  0   root
3  the      the      DET    DT   4   det
4  council  council  NOUN   NN   7   nsubj
5  “        "        PUNCT  ``   7   punct   nospace
6  really   really   ADV    RB   7   advmod
7  is       be       VERB   VBZ  2   ccomp   nospace
8  ”        "        PUNCT  ''   7   punct
9  in       in       ADP    IN   10  case
10 favor    favor    NOUN   NN   2   obl
11 of       of       ADP    IN   13  case
12 the      the      DET    DT   13  det
13 pier     pier     NOUN   NN   10  nmod    nospace
14 ,        ,        PUNCT  ,    16  punct
15 but      but      CCONJ  CC   16  cc
16 wants    want     VERB   VBZ  2   conj
17 “        "        PUNCT  ``   18  punct   nospace
18 lower    lower    ADJ    JJR  20  amod    nospace
19 ”        "        PUNCT  ''   18  punct
20 tolls    toll     NOUN   NNS  16  obj     nospace
21 .        .        PUNCT  .    2   punct
"""


def test_shared_subject_conjunct_after_the_quotation_goes_on(attributor: Attributor) -> None:
    """``said the council “really is” in favor of the pier, but wants “lower” tolls``: the
    report goes on past the closing mark (``in favor of the pier``), then with the second
    predicate the parser coordinated with ``said``; one mixed quote."""
    result = attributor.attribute(document(_one(rows(SAID_REALLY_IS_BUT_WANTS))))
    assert [(q.text, q.cue and q.cue.text) for q in result.quotes] == [
        ("the council “really is” in favor of the pier, but wants “lower” tolls", "said")
    ]


# Ortiz said the pier is “a lifeline” — a view the council disputes.
SAID_LIFELINE_DASH = """
1  Ortiz     Ortiz     PROPN  NNP  2   nsubj      ner=S-PERSON
2  said      say       VERB   VBD  0   root
3  the       the       DET    DT   4   det
4  pier      pier      NOUN   NN   8   nsubj
5  is        be        AUX    VBZ  8   cop
6  {open}    {open}    PUNCT  ``   8   punct      {space}
7  a         a         DET    DT   8   det
8  lifeline  lifeline  NOUN   NN   2   ccomp      {space}
9  {close}   {close}   PUNCT  ''   8   punct
10 —         —         PUNCT  :    12  punct
11 a         a         DET    DT   12  det
12 view      view      NOUN   NN   8   appos
13 the       the       DET    DT   14  det
14 council   council   NOUN   NN   15  nsubj
15 disputes  dispute   VERB   VBZ  12  acl:relcl  nospace
16 .         .         PUNCT  .    2   punct
"""


@pytest.mark.parametrize(
    ("marks", "content"),
    [
        pytest.param(("“", "”"), "the pier is “a lifeline”", id="after-a-quotation"),
        pytest.param(
            ("(", ")"),
            "the pier is (a lifeline) — a view the council disputes",
            id="no-quotation-before-the-dash",
        ),
    ],
)
def test_closing_comment_after_a_quotation_and_a_dash(
    attributor: Attributor, marks: tuple[str, str], content: str
) -> None:
    """``said the pier is “a lifeline” — a view the council disputes``: after a quotation
    and a dash, an indefinite noun phrase running to the end sums up what was said, as the
    comment nouns do after a comma; it is the writer's, not the speaker's."""
    block = SAID_LIFELINE_DASH.format(open=marks[0], close=marks[1], space="nospace")
    if marks[0] == "(":
        block = block.replace("``", "-LRB-").replace("''", "-RRB-")
    quote = only_quote(attributor.attribute(document(_one(rows(block)))))
    assert quote.text == content


# “We are told all the time, ‘The pier is safe,’” Ortiz said.
# The parser left "told" without a complement and hung the inner quotation on "said".
TOLD_INSIDE_QUOTATION = """
1  “      "      PUNCT  ``   4   punct      nospace
2  We     we     PRON   PRP  4   nsubj:pass
3  are    be     AUX    VBP  4   aux:pass
4  told   tell   VERB   VBN  16  ccomp
5  all    all    DET    DT   6   det
6  time   time   NOUN   NN   4   obl:tmod   nospace
7  ,      ,      PUNCT  ,    4   punct
8  ‘      '      PUNCT  ``   12  punct      nospace
9  The    the    DET    DT   10  det
10 pier   pier   NOUN   NN   12  nsubj
11 is     be     AUX    VBZ  12  cop
12 safe   safe   ADJ    JJ   16  parataxis  nospace
13 ,      ,      PUNCT  ,    12  punct      nospace
14 ’”     '"     PUNCT  ''   12  punct
15 Ortiz  Ortiz  PROPN  NNP  16  nsubj      ner=S-PERSON
16 said   say    VERB   VBD  0   root       nospace
17 .      .      PUNCT  .    16  punct
"""


def test_linear_report_stays_inside_its_quotation(attributor: Attributor) -> None:
    """``“We are told all the time, ‘…,’” Ortiz said``: a speech verb inside someone's
    quoted words reports no further than the quotation, so no report runs on into the
    attribution; the quotation is Ortiz's."""
    result = attributor.attribute(document(_one(rows(TOLD_INSIDE_QUOTATION))))
    found = [(q.kind, q.cue and q.cue.text, q.speaker and q.speaker.name) for q in result.quotes]
    assert found == [("direct", "said", "Ortiz")]


# “Tell them they have to go to the pier,” Ortiz said to Kim, who called it “fine”.
# The parser hung "said" and "called" on "go", deep inside the quotation.
SAID_HUNG_INSIDE_QUOTATION = """
1  “      "      PUNCT  ``   2   punct      nospace
2  Tell   tell   VERB   VB   0   root
3  them   they   PRON   PRP  2   iobj
4  they   they   PRON   PRP  5   nsubj
5  have   have   VERB   VBP  2   ccomp
6  to     to     PART   TO   7   mark
7  go     go     VERB   VB   5   xcomp
8  to     to     ADP    IN   10  case
9  the    the    DET    DT   10  det
10 pier   pier   NOUN   NN   7   obl        nospace
11 ,      ,      PUNCT  ,    2   punct      nospace
12 ”      "      PUNCT  ''   2   punct
13 Ortiz  Ortiz  PROPN  NNP  14  nsubj      ner=S-PERSON
14 said   say    VERB   VBD  7   parataxis
15 to     to     ADP    IN   16  case
16 Kim    Kim    PROPN  NNP  14  obl        nospace ner=S-PERSON
17 ,      ,      PUNCT  ,    19  punct
18 who    who    PRON   WP   19  nsubj
19 called call   VERB   VBD  7   dep
20 it     it     PRON   PRP  19  obj
21 “      "      PUNCT  ``   22  punct      nospace
22 fine   fine   ADJ    JJ   19  xcomp      nospace
23 ”      "      PUNCT  ''   22  punct      nospace
24 .      .      PUNCT  .    2   punct
"""


def test_report_cutting_into_a_quotation(attributor: Attributor) -> None:
    """``“Tell them they have to go to the pier,” Ortiz said to Kim, who called it
    “fine”`` with ``said`` hung on a verb deep inside the quotation: the part of the
    quotation under that verb is no report of its own (it would overlap the quotation,
    and swallow Kim's words); it goes to the rejected list."""
    result = attributor.attribute(document(_one(rows(SAID_HUNG_INSIDE_QUOTATION))))
    found = [(q.text, q.kind, q.speaker and q.speaker.name) for q in result.quotes]
    assert found == [
        ("Tell them they have to go to the pier,", "direct", "Ortiz"),
        ("it “fine”", "mixed", "Kim"),
    ]
    assert [(r.span.text, r.rule) for r in result.rejected] == [
        ("to go to the pier", "speech-verb")
    ]


# ------------------------------------------- a speech verb further up than the fragment's verb

# Kim called what she saw “shameful.”
# The parser hung "shameful" on "saw", not on "called".
CALLED_WHAT_SHE_SAW = """
1  Kim       Kim       PROPN  NNP  2   nsubj   ner=S-PERSON
2  called    call      VERB   VBD  0   root
3  what      what      PRON   WP   5   obj
4  she       she       PRON   PRP  5   nsubj
5  saw       see       VERB   VBD  2   ccomp
6  “         "         PUNCT  ``   7   punct   nospace
7  shameful  shameful  ADJ    JJ   5   xcomp   nospace
8  .         .         PUNCT  .    2   punct   nospace
9  ”         "         PUNCT  ''   2   punct
"""

# Kim repaired what the storm left “broken.”
REPAIRED_WHAT_STORM_LEFT = """
1  Kim       Kim       PROPN  NNP  2   nsubj   ner=S-PERSON
2  repaired  repair    VERB   VBD  0   root
3  what      what      PRON   WP   6   obj
4  the       the       DET    DT   5   det
5  storm     storm     NOUN   NN   6   nsubj
6  left      leave     VERB   VBD  2   ccomp
7  “         "         PUNCT  ``   8   punct   nospace
8  broken    broken    ADJ    JJ   6   xcomp   nospace
9  .         .         PUNCT  .    2   punct   nospace
10 ”         "         PUNCT  ''   2   punct
"""

# The crew that fixed what the storm left “broken” spoke to Kim.
CREW_THAT_FIXED_SPOKE = """
1  The      the      DET    DT   2   det
2  crew     crew     NOUN   NN   12  nsubj
3  that     that     PRON   WDT  4   nsubj
4  fixed    fix      VERB   VBD  2   acl:relcl
5  what     what     PRON   WP   8   obj
6  the      the      DET    DT   7   det
7  storm    storm    NOUN   NN   8   nsubj
8  left     leave    VERB   VBD  4   ccomp
9  “        "        PUNCT  ``   10  punct      nospace
10 broken   broken   ADJ    JJ   8   xcomp      nospace
11 ”        "        PUNCT  ''   10  punct
12 spoke    speak    VERB   VBD  0   root
13 to       to       ADP    IN   14  case
14 Kim      Kim      PROPN  NNP  12  obl        nospace ner=S-PERSON
15 .        .        PUNCT  .    12  punct
"""

# Kim called the plan “a farce” and likened it to a “circus.”
CALLED_AND_LIKENED = """
1  Kim      Kim      PROPN  NNP  2   nsubj   ner=S-PERSON
2  called   call     VERB   VBD  0   root
3  the      the      DET    DT   4   det
4  plan     plan     NOUN   NN   2   obj
5  “        "        PUNCT  ``   7   punct   nospace
6  a        a        DET    DT   7   det
7  farce    farce    NOUN   NN   2   xcomp   nospace
8  ”        "        PUNCT  ''   7   punct
9  and      and      CCONJ  CC   10  cc
10 likened  liken    VERB   VBD  2   conj
11 it       it       PRON   PRP  10  obj
12 to       to       ADP    IN   15  case
13 a        a        DET    DT   15  det
14 “        "        PUNCT  ``   15  punct   nospace
15 circus   circus   NOUN   NN   10  obl     nospace
16 .        .        PUNCT  .    2   punct   nospace
17 ”        "        PUNCT  ''   2   punct
"""

# Kim declared the pier a landmark dedicated “to keep the memory of the town and its
# fishing fleet.” Ten words in marks after a word of the writer's: before, a quotation of
# its own.
DECLARED_DEDICATED = """
1  Kim        Kim        PROPN  NNP  2   nsubj   ner=S-PERSON
2  declared   declare    VERB   VBD  0   root
3  the        the        DET    DT   4   det
4  pier       pier       NOUN   NN   2   obj
5  a          a          DET    DT   6   det
6  landmark   landmark   NOUN   NN   2   xcomp
7  dedicated  dedicate   VERB   VBN  6   acl
8  “          "          PUNCT  ``   10  punct   nospace
9  to         to         PART   TO   10  mark
10 keep       keep       VERB   VB   7   xcomp
11 the        the        DET    DT   12  det
12 memory     memory     NOUN   NN   10  obj
13 of         of         ADP    IN   15  case
14 the        the        DET    DT   15  det
15 town       town       NOUN   NN   12  nmod
16 and        and        CCONJ  CC   19  cc
17 its        its        PRON   PRP$ 19  nmod:poss
18 fishing    fishing    NOUN   NN   19  compound
19 fleet      fleet      NOUN   NN   15  conj    nospace
20 .          .          PUNCT  .    2   punct   nospace
21 ”          "          PUNCT  ''   2   punct
"""


@pytest.mark.parametrize(
    ("block", "quotes"),
    [
        pytest.param(
            CALLED_WHAT_SHE_SAW,
            [("what she saw “shameful.”", "called", "mixed")],
            id="speech-verb-above-the-verb-it-hangs-from",
        ),
        pytest.param(
            CALLED_AND_LIKENED,
            [
                ("the plan “a farce”", "called", "mixed"),
                ("it to a “circus.”", "likened", "mixed"),
            ],
            id="verb-coordinated-with-a-speech-verb",
        ),
        pytest.param(
            DECLARED_DEDICATED,
            [
                (
                    "the pier a landmark dedicated “to keep the memory of the town and its "
                    "fishing fleet.”",
                    "declared",
                    "mixed",
                )
            ],
            id="long-fragment-under-a-speech-verb",
        ),
        pytest.param(REPAIRED_WHAT_STORM_LEFT, [], id="no-speech-verb-above"),
        pytest.param(CREW_THAT_FIXED_SPOKE, [], id="speech-verb-after-the-fragment"),
    ],
)
def test_fragment_under_a_speech_verb_further_up(
    attributor: Attributor, block: str, quotes: list[tuple[str, str, str]]
) -> None:
    """A quoted fragment whose own verb says nothing is anchored to a speech verb one or
    two verbs up (the parser often hangs the quoted words on the verb of a clause inside
    the report); through a coordinated verb that verb is the cue, and what it says of its
    object the content. A speech verb after the fragment reports something else."""
    result = attributor.attribute(document(_one(rows(block))))
    assert [(q.text, q.cue and q.cue.text, q.kind) for q in result.quotes] == quotes


# Gorab called the show “the best news show in town.”
# The parser hung "the show" on the quoted words.
CALLED_THE_SHOW_LOWERCASE = """
1  Gorab   Gorab   PROPN  NNP  2   nsubj   ner=S-PERSON
2  called  call    VERB   VBD  0   root
3  the     the     DET    DT   4   det
4  show    show    NOUN   NN   9   dep
5  “       "       PUNCT  ``   9   punct   nospace
6  the     the     DET    DT   9   det
7  best    good    ADJ    JJS  9   amod
8  news    news    NOUN   NN   9   compound
9  show    show    NOUN   NN   2   xcomp
10 in      in      ADP    IN   11  case
11 town    town    NOUN   NN   9   nmod    nospace
12 .       .       PUNCT  .    2   punct   nospace
13 ”       "       PUNCT  ''   2   punct
"""

# Gorab disliked the phrase “self-help.”
DISLIKED_THE_PHRASE = """
1  Gorab     Gorab      PROPN  NNP  2   nsubj   ner=S-PERSON
2  disliked  dislike    VERB   VBD  0   root
3  the       the        DET    DT   4   det
4  phrase    phrase     NOUN   NN   2   obj
5  “         "          PUNCT  ``   6   punct   nospace
6  self-help self-help  NOUN   NN   4   appos   nospace
7  .         .          PUNCT  .    2   punct   nospace
8  ”         "          PUNCT  ''   2   punct
"""

# Gorab opposed the so- called “reform.”
OPPOSED_SO_CALLED = """
1  Gorab    Gorab    PROPN  NNP  2   nsubj   ner=S-PERSON
2  opposed  oppose   VERB   VBD  0   root
3  the      the      DET    DT   7   det
4  so-      so       ADV    RB   5   advmod
5  called   call     VERB   VBN  7   amod
6  “        "        PUNCT  ``   7   punct   nospace
7  reform   reform   NOUN   NN   2   obj     nospace
8  .        .        PUNCT  .    2   punct   nospace
9  ”        "        PUNCT  ''   2   punct
"""


@pytest.mark.parametrize(
    ("block", "quotes", "rejected"),
    [
        pytest.param(
            CALLED_THE_SHOW_LOWERCASE,
            [("the show “the best news show in town.”", "called", "mixed")],
            [],
            id="lower-case-after-a-title-noun",
        ),
        pytest.param(DISLIKED_THE_PHRASE, [], ["self-help."], id="a-word-mentioned"),
        pytest.param(OPPOSED_SO_CALLED, [], ["reform."], id="so-called-in-two-tokens"),
    ],
)
def test_lower_case_words_after_a_title_cue(
    attributor: Attributor,
    block: str,
    quotes: list[tuple[str, str, str]],
    rejected: list[str],
) -> None:
    """A title or name is capitalised: lower-case quoted words after ``show``, ``called``
    and the like are what someone called something, unless the noun before them mentions
    a word (``the phrase``, ``the term``, ``so-called``)."""
    result = attributor.attribute(document(_one(rows(block))))
    assert [(q.text, q.cue and q.cue.text, q.kind) for q in result.quotes] == quotes
    assert [r.span.text for r in result.rejected if r.reason.startswith("title")] == rejected


# ------------------------------------------- the writer's comment closing a phrase report

# Ortiz urged them to stay calm — a message that went unheard.
URGED_CALM_A_MESSAGE = """
1  Ortiz    Ortiz    PROPN  NNP  2   nsubj      ner=S-PERSON
2  urged    urge     VERB   VBD  0   root
3  them     they     PRON   PRP  2   obj
4  to       to       PART   TO   6   mark
5  stay     stay     AUX    VB   6   cop
6  calm     calm     ADJ    JJ   2   xcomp
7  —        —        PUNCT  :    9   punct
8  a        a        DET    DT   9   det
9  message  message  NOUN   NN   6   appos
10 that     that     PRON   WDT  12  nsubj
11 went     go       VERB   VBD  9   acl:relcl
12 unheard  unheard  ADJ    JJ   11  xcomp      nospace
13 .        .        PUNCT  .    2   punct
"""

# Ortiz described the pier as “a ruin” — a word for years of neglect.
# The parser hung "for years of neglect" on the verb, not on "word".
DESCRIBED_RUIN_A_WORD = """
1  Ortiz      Ortiz      PROPN  NNP  2   nsubj   ner=S-PERSON
2  described  describe   VERB   VBD  0   root
3  the        the        DET    DT   4   det
4  pier       pier       NOUN   NN   2   obj
5  as         as         ADP    IN   8   case
6  “          "          PUNCT  ``   8   punct   nospace
7  a          a          DET    DT   8   det
8  ruin       ruin       NOUN   NN   2   obl     nospace
9  ”          "          PUNCT  ''   8   punct
10 —          —          PUNCT  :    12  punct
11 a          a          DET    DT   12  det
12 word       word       NOUN   NN   8   appos
13 for        for        ADP    IN   14  case
14 years      year       NOUN   NNS  2   obl
15 of         of         ADP    IN   16  case
16 neglect    neglect    NOUN   NN   14  nmod    nospace
17 .          .          PUNCT  .    2   punct
"""


@pytest.mark.parametrize(
    ("block", "content"),
    [
        pytest.param(URGED_CALM_A_MESSAGE, "them to stay calm", id="comment-noun-after-a-dash"),
        pytest.param(
            DESCRIBED_RUIN_A_WORD,
            "the pier as “a ruin”",
            id="after-a-quotation-however-the-parser-hung-the-rest",
        ),
    ],
)
def test_phrase_report_without_the_writers_comment(
    attributor: Attributor, block: str, content: str
) -> None:
    """A phrase report stops before the writer's closing comment on the act (``— a message
    that …``, and after a quotation and a dash any indefinite noun phrase, wherever the
    parser hung the words that follow it)."""
    assert only_quote(attributor.attribute(document(_one(rows(block))))).text == content
