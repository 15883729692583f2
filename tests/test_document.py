"""Tests for quoteattr.document: the read-only view detection and attribution read."""

from __future__ import annotations

import pytest
import strategies
from conllu_builder import document, rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from split_docs import OKAFOR_ABBREVIATION, SAID_PORT_REOPEN, WHY_NOW

from quoteattr.document import build_view
from quoteattr.errors import InputError

SENTENCE = rows("""
1  Harbour     harbour     PROPN  NNP  4  compound  ner=B-PERSON
2  Chief       chief       PROPN  NNP  4  compound  ner=I-PERSON
3  Ada         Ada         PROPN  NNP  4  compound  ner=I-PERSON
4  Lovell      Lovell      PROPN  NNP  5  nsubj     ner=E-PERSON
5  thanked     thank       VERB   VBD  0  root
6  the         the         DET    DT   8  det
7  Port        Port        PROPN  NNP  8  compound  ner=B-ORG
8  Authority   Authority   PROPN  NNP  5  obj       ner=E-ORG
9  in          in          ADP    IN   10 case
10 Leeds       Leeds       PROPN  NNP  5  obl       ner=S-GPE  nospace
11 .           .           PUNCT  .    5  punct
""")

BIO = rows("""
1  Ada         Ada         PROPN  NNP  2  flat      ner=B-PERSON
2  Lovell      Lovell      PROPN  NNP  3  nsubj     ner=I-PERSON
3  spoke       speak       VERB   VBD  0  root      nospace
4  .           .           PUNCT  .    3  punct
""")

# the rest of a sentence ended at a quotation's question mark (tests/split_docs.py)
SHE_ASKED = rows("""
1  she      she      PRON   PRP  2  nsubj
2  asked    ask      VERB   VBD  0  root      nospace
3  .        .        PUNCT  .    2  punct
""")
# a bare attribution, and one with a report of its own
OKAFOR_ASKED = rows("""
1  Okafor   Okafor   PROPN  NNP  2  nsubj
2  asked    ask      VERB   VBD  0  root
3  reporters reporter NOUN  NNS  2  obj       nospace
4  .        .        PUNCT  .    2  punct
""")
OKAFOR_ASKED_WHETHER = rows("""
1  Okafor   Okafor   PROPN  NNP  2  nsubj
2  asked    ask      VERB   VBD  0  root
3  whether  whether  SCONJ  IN   6  mark
4  it       it       PRON   PRP  6  nsubj
5  was      be       AUX    VBD  6  cop
6  closed   closed   ADJ    JJ   2  ccomp     nospace
7  .        .        PUNCT  .    2  punct
""")
OKAFOR_ASKED_WHEN = rows("""
1  Okafor   Okafor   PROPN  NNP  2  nsubj
2  asked    ask      VERB   VBD  0  root      nospace
3  ,        ,        PUNCT  ,    2  punct
4  when     when     ADV    WRB  7  advmod
5  the      the      DET    DT   6  det
6  port     port     NOUN   NN   7  nsubj
7  closed   close    VERB   VBD  2  advcl     nospace
8  .        .        PUNCT  .    2  punct
""")
OKAFOR_ACCUSED_OF = rows("""
1  Okafor   Okafor   PROPN  NNP  2  nsubj
2  accused  accuse   VERB   VBD  0  root
3  them     they     PRON   PRP  2  obj
4  of       of       SCONJ  IN   5  mark
5  lying    lie      VERB   VBG  2  advcl     nospace
6  .        .        PUNCT  .    2  punct
""")
# a parenthesis with no abbreviation in it
OKAFOR_OREGON = rows("""
1  Okafor   Okafor   PROPN  NNP    0  root
2  (        (        PUNCT  -LRB-  3  punct     nospace
3  Oregon   Oregon   PROPN  NNP    1  appos     nospace
4  )        )        PUNCT  -RRB-  3  punct
""")
THE_PORT_REOPENED = rows("""
1  The      the      DET    DT   2  det
2  port     port     NOUN   NN   3  nsubj
3  reopened reopen   VERB   VBD  0  root      nospace
4  .        .        PUNCT  .    3  punct
""")


class TestEntities:
    """Named entities decoded from the NER tags."""

    @pytest.mark.parametrize(
        ("word", "expected"),
        [
            (0, ("PERSON", 0, 3)),
            (2, ("PERSON", 0, 3)),
            (3, ("PERSON", 0, 3)),
            (6, ("ORG", 6, 7)),
            (9, ("GPE", 9, 9)),
        ],
    )
    def test_bioes_spans(self, word: int, expected: tuple[str, int, int]) -> None:
        """Every word of a BIOES entity maps to the whole entity."""
        view = build_view(document([[SENTENCE]]))
        ent = view.entity_of(word)
        assert ent is not None
        assert (ent.type, ent.first, ent.last) == expected
        assert view.text[ent.start : ent.end] == view.span_text(ent.first, ent.last)

    @pytest.mark.parametrize("word", [4, 5, 8, 10])
    def test_outside_words_have_no_entity(self, word: int) -> None:
        """A word tagged O belongs to no entity."""
        assert build_view(document([[SENTENCE]])).entity_of(word) is None

    def test_bio_tags(self) -> None:
        """BIO tags (no E- or S-) are decoded too."""
        ent = build_view(document([[BIO]])).entity_of(1)
        assert ent is not None
        assert (ent.type, ent.first, ent.last) == ("PERSON", 0, 1)

    def test_entities_lists_each_once(self) -> None:
        """The entities property lists every entity once, in text order."""
        view = build_view(document([[SENTENCE]]))
        assert [(e.type, e.first, e.last) for e in view.entities] == [
            ("PERSON", 0, 3),
            ("ORG", 6, 7),
            ("GPE", 9, 9),
        ]


class TestTree:
    """Dependents and subtrees."""

    def test_children_in_word_order(self) -> None:
        """The dependents of the root come in word order."""
        view = build_view(document([[SENTENCE]]))
        assert view.children(4) == [3, 7, 9, 10]

    def test_subtree_with_exclusion(self) -> None:
        """A subtree leaves out an excluded branch."""
        view = build_view(document([[SENTENCE]]))
        assert view.subtree(4, exclude=(7, 10)) == [0, 1, 2, 3, 4, 8, 9]

    def test_heads_are_global(self) -> None:
        """Heads of a second sentence point into that sentence."""
        view = build_view(document([[SENTENCE, BIO]]))
        first = view.sent_first[1]
        assert view.head[first + 1] == first + 2
        assert view.head[first + 2] == -1


class TestParagraphs:
    """Paragraphs from ``# newpar`` or from the text."""

    def test_newpar_paragraphs(self) -> None:
        """Two paragraphs of the builder are two paragraphs of the view."""
        view = build_view(document([[SENTENCE], [BIO]]))
        assert view.sent_par == [0, 1]
        assert view.paragraph_at(view.start[view.sent_first[1]]) == 1

    def test_words_in_a_char_range(self) -> None:
        """words_in returns the words overlapping a character range."""
        view = build_view(document([[SENTENCE]]))
        start = view.text.index("Port")
        assert list(view.words_in(start, start + 4)) == [6]


class TestMendedSentenceSplits:
    """Sentences the tokenizer ended too early are one sentence of the view."""

    def test_abbreviation_in_parentheses(self) -> None:
        """``Sen. Ada Okafor (D-Ore.) | said …``: one sentence, the name the subject of the
        verb, its own words still its own."""
        doc = document([[OKAFOR_ABBREVIATION, SAID_PORT_REOPEN]])
        view = build_view(doc)
        said = view.form.index("said")
        assert view.n_sents == 1
        assert view.sent == [0] * view.n_words
        assert (view.head[2], view.deprel[2]) == (said, "nsubj")
        assert view.head[0] == 2
        assert view.head[4] == 2
        assert view.head[said] == -1
        # the caller's document is not touched
        assert len(doc.sentences) == 2
        assert doc.sentences[0].words[2].head == 0

    def test_quotation_ending_in_a_question_mark(self) -> None:
        """``“Why now?” | she asked.``: one sentence, the quotation the verb's complement."""
        view = build_view(document([[WHY_NOW, SHE_ASKED]]))
        asked = view.form.index("asked")
        assert view.n_sents == 1
        assert (view.head[2], view.deprel[2]) == (asked, "ccomp")
        assert view.sent_first == [0]
        assert view.sent_end == [view.n_words]

    def test_later_sentences_renumbered(self) -> None:
        """A sentence after a mended one keeps its words and its paragraph."""
        view = build_view(document([[WHY_NOW, SHE_ASKED, THE_PORT_REOPENED], [BIO]]))
        assert view.n_sents == 3
        assert view.sent_par == [0, 0, 1]
        assert list(view.sentence_words(1)) == list(range(8, 12))
        assert view.head[10] == -1
        assert view.head[9] == 10

    @pytest.mark.parametrize(
        "attribution",
        [
            pytest.param(OKAFOR_ASKED, id="object"),
            pytest.param(OKAFOR_ASKED_WHEN, id="when-clause"),
        ],
    )
    def test_bare_attribution_with_a_capital(self, attribution: list[tuple[object, ...]]) -> None:
        """``“Why now?” | Okafor asked reporters.``, ``… | Okafor asked, when the port
        closed.``: joined when ``ask`` is one of the attribution verbs, the quotation the
        verb's complement."""
        view = build_view(document([[WHY_NOW, attribution]]), attribution_verbs={"ask"})
        asked = view.form.index("asked")
        assert view.n_sents == 1
        assert (view.head[2], view.deprel[2]) == (asked, "ccomp")

    @pytest.mark.parametrize(
        ("sentences", "verbs"),
        [
            pytest.param([WHY_NOW, OKAFOR_ASKED], frozenset(), id="no-attribution-verbs"),
            pytest.param([WHY_NOW, OKAFOR_ASKED], frozenset({"say"}), id="not-one-of-them"),
            pytest.param([WHY_NOW, OKAFOR_ASKED_WHETHER], frozenset({"ask"}), id="own-report"),
            pytest.param(
                [WHY_NOW, OKAFOR_ACCUSED_OF], frozenset({"accuse"}), id="own-adverbial-report"
            ),
            pytest.param([WHY_NOW, THE_PORT_REOPENED], frozenset({"ask"}), id="no-attribution"),
        ],
    )
    def test_capitalised_sentence_left_apart(
        self, sentences: list[list[tuple[object, ...]]], verbs: frozenset[str]
    ) -> None:
        """A capitalised sentence after a question stays apart unless it is only an
        attribution by one of the attribution verbs."""
        view = build_view(document([sentences]), attribution_verbs=verbs)
        assert view.n_sents == 2

    @pytest.mark.parametrize(
        "paragraphs",
        [
            pytest.param([[OKAFOR_ABBREVIATION], [SAID_PORT_REOPEN]], id="next-paragraph"),
            pytest.param([[OKAFOR_ABBREVIATION, THE_PORT_REOPENED]], id="capitalised-next"),
            pytest.param([[OKAFOR_OREGON, SAID_PORT_REOPEN]], id="no-abbreviation"),
            pytest.param([[SENTENCE, SAID_PORT_REOPEN]], id="plain-full-stop"),
        ],
    )
    def test_left_apart(self, paragraphs: list[list[list[tuple[object, ...]]]]) -> None:
        """Sentence boundaries that are real stay: a new paragraph, a capital letter, a
        parenthesis with no abbreviation, a full stop outside parentheses."""
        view = build_view(document(paragraphs))
        assert view.n_sents == 2
        assert view.head.count(-1) == 2


class TestViewInvariants:
    """Properties of the view of random hand-built documents, sentences mended or not."""

    @settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        paragraphs=strategies.broken_paragraphs(),
        verbs=st.sampled_from([frozenset(), frozenset({"say", "ask", "tell"})]),
    )
    def test_sentences_and_trees(
        self, paragraphs: list[list[list[tuple[object, ...]]]], verbs: frozenset[str]
    ) -> None:
        """Sentences tile the words in order, within one paragraph each; every head lies
        in its word's sentence; every sentence is a forest (heads lead to a root)."""
        doc = document(paragraphs)
        view = build_view(doc, attribution_verbs=verbs)
        assert view.n_sents <= len(doc.sentences)
        assert view.sent_first[0] == 0
        assert view.sent_end[-1] == view.n_words
        for s in range(view.n_sents):
            assert view.sent_first[s] < view.sent_end[s]
            if s:
                assert view.sent_first[s] == view.sent_end[s - 1]
                assert view.sent_par[s] >= view.sent_par[s - 1]
            for w in view.sentence_words(s):
                assert view.sent[w] == s
                h = view.head[w]
                assert h == -1 or view.sent[h] == s
                seen = {w}
                while h != -1:
                    assert h not in seen
                    seen.add(h)
                    h = view.head[h]


class TestErrors:
    """What build_view refuses."""

    def test_not_a_document(self) -> None:
        """Something that is not a stanza.Document is an InputError naming its type."""
        with pytest.raises(InputError, match="int"):
            build_view(3)
