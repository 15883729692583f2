"""Tests for quoteattr.conllu: CoNLL-U into stanza.Document, on hand-written input.

Every sentence here is invented for these tests. Token lines are written with their
columns separated by spaces in the order ID FORM LEMMA UPOS HEAD DEPREL MISC; the
``conllu`` helper turns them into ten tab-separated CoNLL-U columns (XPOS, FEATS and
DEPS are ``_``). Line numbers in the expected errors count from the first line of the
triple-quoted text.
"""

from __future__ import annotations

import gc
import re
import warnings
from pathlib import Path
from typing import Any

import pytest
import stanza
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stanza.models.common.utils import space_after_to_misc, space_before_to_misc
from stanza.models.coref.coref_chain import CorefChain, CorefMention
from stanza.pipeline.coref_processor import extract_text
from stanza.utils.conll import CoNLL

from quoteattr.conllu import (
    document_id,
    entity_types,
    iter_conllu,
    paragraph_starts,
    read_conllu,
)
from quoteattr.errors import ConllUError, InputError, QuoteAttrError


def conllu(text: str) -> str:
    """Turn the compact notation of these tests into CoNLL-U text."""
    lines = []
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            lines.append(line)
            continue
        token_id, form, lemma, upos, head, deprel, misc = line.split()
        lines.append("\t".join([token_id, form, lemma, upos, "_", "_", head, deprel, "_", misc]))
    return "\n".join(lines) + "\n"


def mentions(chain: Any) -> list[tuple[int, int, int]]:
    """The mentions of a chain as (sentence, start word, end word) triples."""
    return [(m.sentence, m.start_word, m.end_word) for m in chain.mentions]


def chain_summary(doc: Any) -> list[tuple[int, list[tuple[int, int, int]], int, str]]:
    """Index, mentions, representative index and text of every chain."""
    return [
        (c.index, mentions(c), c.representative_index, c.representative_text) for c in doc.coref
    ]


HARBOUR = conllu("""
# newdoc id = harbour-notice
# global.Entity = eid-etype-head-other
# newpar
# sent_id = h1
# text = Mara Velk closed her harbour.
1 Mara Mara PROPN 2 compound Entity=(e1-person|start_char=0|end_char=4|ner=B-PERSON
2 Velk Velk PROPN 3 nsubj Entity=e1)|start_char=5|end_char=9|ner=E-PERSON
3 closed close VERB 0 root start_char=10|end_char=16|ner=O
4 her she PRON 5 nmod:poss Entity=(e2-place(e1-person)|start_char=17|end_char=20|ner=O
5 harbour harbour NOUN 3 obj Entity=e2)|SpaceAfter=No|start_char=21|end_char=28|ner=O
6 . . PUNCT 3 punct SpacesAfter=\\n\\n|start_char=28|end_char=29|ner=O

# newpar
# sent_id = h2
# text = She left Brenn on Tuesday.
1 She she PRON 2 nsubj Entity=(e1-person)|start_char=31|end_char=34|ner=O
2 left leave VERB 0 root start_char=35|end_char=39|ner=O
3 Brenn Brenn PROPN 2 obj Entity=(e3-place)|start_char=40|end_char=45|ner=S-GPE
4 on on ADP 5 case start_char=46|end_char=48|ner=O
5 Tuesday Tuesday PROPN 2 obl SpaceAfter=No|start_char=49|end_char=56|ner=S-DATE
6 . . PUNCT 2 punct start_char=56|end_char=57|ner=O
""")
HARBOUR_TEXT = "Mara Velk closed her harbour.\n\nShe left Brenn on Tuesday."


# ---------------------------------------------------------------------------
# sources
# ---------------------------------------------------------------------------


class TestSources:
    """read_conllu and iter_conllu take paths or CoNLL-U text."""

    @pytest.mark.parametrize("kind", ["str", "path"])
    def test_reads_a_file(self, tmp_path: Path, kind: str) -> None:
        """A path given as a str or as a Path is read as a file."""
        path = tmp_path / "notice.conllu"
        path.write_text(HARBOUR, encoding="utf-8")
        doc = read_conllu(str(path) if kind == "str" else path)
        assert doc.text == HARBOUR_TEXT

    def test_reads_text(self) -> None:
        """A str holding a newline is CoNLL-U text."""
        assert read_conllu(HARBOUR).text == HARBOUR_TEXT

    def test_strips_a_byte_order_mark(self, tmp_path: Path) -> None:
        """A UTF-8 byte order mark before the first line is not part of the first comment."""
        path = tmp_path / "bom.conllu"
        path.write_text("\ufeff" + HARBOUR, encoding="utf-8")
        assert document_id(read_conllu(path)) == "harbour-notice"
        assert document_id(read_conllu("\ufeff" + HARBOUR)) == "harbour-notice"

    def test_missing_file_named_as_str(self) -> None:
        """A str without a newline that names no file is an error saying so."""
        with pytest.raises(ConllUError, match="no such file"):
            read_conllu("no/such/notice.conllu")

    def test_missing_file_named_as_path(self, tmp_path: Path) -> None:
        """A Path to a missing file raises the usual FileNotFoundError."""
        with pytest.raises(FileNotFoundError):
            read_conllu(tmp_path / "absent.conllu")

    def test_error_names_the_file(self, tmp_path: Path) -> None:
        """Errors in a file name the file and the line."""
        path = tmp_path / "broken.conllu"
        path.write_text("1\tOnly\tthree\n", encoding="utf-8")
        with pytest.raises(ConllUError) as caught:
            read_conllu(path)
        assert caught.value.source == str(path)
        assert caught.value.line == 1
        assert str(caught.value).startswith(f"{path}, line 1: ")

    def test_name_replaces_the_source_in_errors(self) -> None:
        """The name argument is what errors call the input."""
        with pytest.raises(ConllUError) as caught:
            read_conllu("1\tOnly\tthree\n", name="pasted.conllu")
        assert caught.value.source == "pasted.conllu"

    def test_text_is_called_string_in_errors(self) -> None:
        """Errors in text without a name call it <string>."""
        with pytest.raises(ConllUError) as caught:
            read_conllu("1\tOnly\tthree\n")
        assert caught.value.source == "<string>"

    @pytest.mark.parametrize(
        "text",
        ["\n", "\n\n  \n", "# newdoc id = nothing\n# newpar\n\n"],
        ids=["newline", "blank-lines", "comments-only"],
    )
    def test_no_sentences(self, text: str) -> None:
        """Input without token lines is an error, for reading and for iterating."""
        with pytest.raises(ConllUError, match="no sentences"):
            read_conllu(text)
        with pytest.raises(ConllUError, match="no sentences"):
            list(iter_conllu(text))

    def test_error_is_in_the_exception_tree(self) -> None:
        """ConllUError is a QuoteAttrError, an InputError and a ValueError."""
        with pytest.raises(ConllUError) as caught:
            read_conllu("\n")
        assert isinstance(caught.value, QuoteAttrError)
        assert isinstance(caught.value, InputError)
        assert isinstance(caught.value, ValueError)

    @pytest.mark.parametrize("collector_on", [True, False])
    def test_garbage_collector_state_is_restored(self, collector_on: bool) -> None:
        """Reading leaves the garbage collector as it found it, also mid-iteration."""
        was = gc.isenabled()
        try:
            if collector_on:
                gc.enable()
            else:
                gc.disable()
            read_conllu(HARBOUR)
            assert gc.isenabled() is collector_on
            documents = iter_conllu(HARBOUR + "\n" + HARBOUR)
            next(documents)
            assert gc.isenabled() is collector_on
            with pytest.raises(ConllUError):
                read_conllu("1\tOnly\tthree\n")
            assert gc.isenabled() is collector_on
        finally:
            if was:
                gc.enable()
            else:  # pragma: no cover
                gc.disable()


# ---------------------------------------------------------------------------
# text and offsets
# ---------------------------------------------------------------------------


def two_tokens(first_misc: str, second_start: int, second_misc: str = "_") -> str:
    """A one-sentence document: 'Ash' at 0 and 'fell' at second_start."""
    second = f"start_char={second_start}|end_char={second_start + 4}"
    if second_misc != "_":
        second = f"{second_misc}|{second}"
    return conllu(f"""
1 Ash ash NOUN 2 nsubj {first_misc}start_char=0|end_char=3
2 fell fall VERB 0 root {second}
""")


class TestOffsets:
    """With start_char/end_char, doc.text is rebuilt so every token indexes itself."""

    def test_harbour_text(self) -> None:
        """Tokens, SpaceAfter=No and SpacesAfter=\\n\\n give back the original text."""
        doc = read_conllu(HARBOUR)
        assert doc.text == HARBOUR_TEXT
        for token in doc.iter_tokens():
            assert doc.text[token.start_char : token.end_char] == token.text

    @pytest.mark.parametrize(
        ("first_misc", "second_start", "expected"),
        [
            ("", 4, "Ash fell"),
            ("SpaceAfter=No|", 3, "Ashfell"),
            ("SpacesAfter=\\n|", 4, "Ash\nfell"),
            ("SpacesAfter=\\s\\s|", 5, "Ash  fell"),
            ("SpacesAfter=\\t|", 4, "Ash\tfell"),
            ("SpacesAfter=\\\\|", 4, "Ash\\fell"),
            ("SpacesAfter=\\r\\n|", 5, "Ash\r\nfell"),
            ("SpacesAfter=\\u00A0|", 4, "Ash\u00a0fell"),
            ("", 6, "Ash   fell"),
            ("SpaceAfter=No|", 5, "Ash  fell"),
            ("SpacesAfter=\\n|", 6, "Ash\n  fell"),
            ("SpacesAfter=\\n\\n\\n|", 5, "Ash\n\nfell"),
        ],
        ids=[
            "default-space",
            "no-space",
            "newline",
            "escaped-spaces",
            "tab",
            "backslash",
            "crlf",
            "nbsp",
            "unannotated-gap-is-spaces",
            "offsets-win-over-spaceafter-no",
            "padded-with-spaces",
            "cut-to-the-gap",
        ],
    )
    def test_gap_filling(self, first_misc: str, second_start: int, expected: str) -> None:
        """The gap between two tokens is the annotated whitespace, fitted to the offsets."""
        doc = read_conllu(two_tokens(first_misc, second_start))
        assert doc.text == expected
        assert [t.start_char for t in doc.iter_tokens()] == [0, second_start]

    def test_spaces_before_the_first_token(self) -> None:
        """SpacesBefore on the first token fills the text before it."""
        text = conllu("""
1 Ash ash NOUN 2 nsubj SpacesBefore=\\n\\s|start_char=2|end_char=5
2 fell fall VERB 0 root start_char=6|end_char=10
""")
        assert read_conllu(text).text == "\n Ash fell"

    def test_unannotated_text_before_the_first_token(self) -> None:
        """Without SpacesBefore the text before the first token is spaces."""
        text = conllu("""
1 Ash ash NOUN 2 nsubj start_char=3|end_char=6
2 fell fall VERB 0 root start_char=7|end_char=11
""")
        assert read_conllu(text).text == "   Ash fell"

    @pytest.mark.parametrize(
        ("last_misc", "expected"),
        [
            ("", "Ash fell"),
            ("SpaceAfter=No|", "Ash fell"),
            ("SpacesAfter=\\n|", "Ash fell\n"),
            ("SpacesAfter=\\s|", "Ash fell"),
        ],
        ids=["default", "no-space", "newline-kept", "single-space-dropped"],
    )
    def test_whitespace_after_the_last_token(self, last_misc: str, expected: str) -> None:
        """Explicit SpacesAfter on the last token ends the text, as in Stanza's reader."""
        text = conllu(f"""
1 Ash ash NOUN 2 nsubj start_char=0|end_char=3
2 fell fall VERB 0 root {last_misc}start_char=4|end_char=8
""")
        assert read_conllu(text).text == expected

    @pytest.mark.parametrize(
        ("gap", "expected_break"),
        [(2, "\n\n"), (1, "\n"), (3, "\n\n ")],
        ids=["two", "one", "three"],
    )
    def test_unannotated_gap_before_newpar_is_line_breaks(
        self, gap: int, expected_break: str
    ) -> None:
        """A paragraph break the annotation leaves out is line breaks, as in GUM."""
        start = 4 + gap
        text = conllu(f"""
# newpar
1 Ash ash NOUN 0 root start_char=0|end_char=3
2 . . PUNCT 1 punct start_char=3|end_char=4

# newpar
1 Rain rain NOUN 0 root start_char={start}|end_char={start + 4}
""")
        assert read_conllu(text).text == "Ash." + expected_break + "Rain"

    def test_gap_within_a_paragraph_stays_spaces(self) -> None:
        """Without # newpar an unannotated gap between sentences is spaces."""
        text = conllu("""
1 Ash ash NOUN 0 root start_char=0|end_char=3

1 Rain rain NOUN 0 root start_char=5|end_char=9
""")
        assert read_conllu(text).text == "Ash  Rain"

    def test_sentence_text_is_its_slice(self) -> None:
        """Every sentence's text is the slice of doc.text its tokens cover."""
        doc = read_conllu(HARBOUR)
        assert [s.text for s in doc.sentences] == [
            "Mara Velk closed her harbour.",
            "She left Brenn on Tuesday.",
        ]

    def test_token_whitespace_matches_stanza(self) -> None:
        """Tokens carry spaces_after as Stanza's own reader sets it."""
        ours = read_conllu(HARBOUR)
        stanzas = CoNLL.conll2doc(input_str=HARBOUR)
        assert [t.spaces_after for t in ours.iter_tokens()] == [
            t.spaces_after for t in stanzas.iter_tokens()
        ]

    def test_offsets_leave_misc(self) -> None:
        """start_char, end_char and ner are attributes, not MISC items, as in Stanza."""
        doc = read_conllu(HARBOUR)
        word = doc.sentences[0].words[0]
        assert word.misc == "Entity=(e1-person"
        assert (word.start_char, word.end_char) == (0, 4)

    def test_writes_back_what_stanza_writes(self) -> None:
        """Without coreference, the Document writes the CoNLL-U Stanza's reader would."""
        text = conllu("""
# newdoc id = plain
# sent_id = p1
# text = Ash fell, slowly.
1 Ash ash NOUN 2 nsubj start_char=0|end_char=3|ner=O
2 fell fall VERB 0 root SpaceAfter=No|start_char=4|end_char=8|ner=O
3 , , PUNCT 4 punct Odd=Item|start_char=8|end_char=9|ner=O
4 slowly slowly ADV 2 advmod SpaceAfter=No|start_char=10|end_char=16|ner=O
5 . . PUNCT 2 punct start_char=16|end_char=17|ner=O
""")
        assert f"{read_conllu(text):C}" == f"{CoNLL.conll2doc(input_str=text):C}"


class TestTextWithoutOffsets:
    """Without offsets the text is rebuilt as conll2doc(reconstruct_text=True) does."""

    NO_OFFSETS = conllu("""
# text = Rain came, then sleet.
1 Rain rain NOUN 2 nsubj _
2 came come VERB 0 root SpaceAfter=No
3 , , PUNCT 5 punct _
4 then then ADV 5 advmod _
5 sleet sleet NOUN 2 conj SpaceAfter=No
6 . . PUNCT 2 punct _

1 Snow snow NOUN 2 nsubj _
2 stayed stay VERB 0 root SpacesAfter=\\n
""")

    def test_matches_stanza(self) -> None:
        """doc.text and every token's offsets equal Stanza's reconstruction."""
        ours = read_conllu(self.NO_OFFSETS)
        stanzas = CoNLL.conll2doc(input_str=self.NO_OFFSETS, reconstruct_text=True)
        assert ours.text == stanzas.text == "Rain came, then sleet. Snow stayed\n"
        assert [(t.start_char, t.end_char) for t in ours.iter_tokens()] == [
            (t.start_char, t.end_char) for t in stanzas.iter_tokens()
        ]

    def test_every_token_indexes_itself(self) -> None:
        """The rebuilt offsets index each token in the rebuilt text."""
        doc = read_conllu(self.NO_OFFSETS)
        for token in doc.iter_tokens():
            assert doc.text[token.start_char : token.end_char] == token.text

    def test_text_comment_that_does_not_fit_warns_like_stanza(self) -> None:
        """A # text the tokens do not fit is ignored with Stanza's warning."""
        text = conllu("""
# text = Rain came down.
1 Rain rain NOUN 2 nsubj _
2 went go VERB 0 root _
""")
        with pytest.warns(UserWarning, match="Could not align"):
            doc = read_conllu(text)
        assert doc.text == "Rain went"


# ---------------------------------------------------------------------------
# multi-word tokens and empty nodes
# ---------------------------------------------------------------------------


class TestMultiWordTokens:
    """Range lines carry the token's offsets and NER; their words come after them."""

    MWT = conllu("""
# text = Velk's boat sank.
1-2 Velk's _ _ _ _ start_char=0|end_char=6|ner=S-PERSON
1 Velk Velk PROPN 3 nmod:poss Entity=(e1-person)
2 's 's PART 1 case _
3 boat boat NOUN 4 nsubj start_char=7|end_char=11|ner=O
4 sank sink VERB 0 root SpaceAfter=No|start_char=12|end_char=16|ner=O
5 . . PUNCT 4 punct start_char=16|end_char=17|ner=O
""")

    def test_tokens_and_words(self) -> None:
        """The range line is one token of two words."""
        doc = read_conllu(self.MWT)
        sentence = doc.sentences[0]
        assert [t.text for t in sentence.tokens] == ["Velk's", "boat", "sank", "."]
        assert [w.text for w in sentence.words] == ["Velk", "'s", "boat", "sank", "."]
        assert sentence.tokens[0].ner == "S-PERSON"
        assert doc.text == "Velk's boat sank."

    def test_words_get_offsets_inside_the_token(self) -> None:
        """Words of a multi-word token get offsets inside it, as Stanza assigns them."""
        doc = read_conllu(self.MWT)
        words = doc.sentences[0].words
        assert [(w.start_char, w.end_char) for w in words[:2]] == [(0, 4), (4, 6)]

    def test_word_offsets_in_the_file_are_kept(self) -> None:
        """Offsets written on the words themselves are kept."""
        text = self.MWT.replace(
            "\tEntity=(e1-person)\n", "\tEntity=(e1-person)|start_char=0|end_char=4\n"
        ).replace("\tcase\t_\t_\n", "\tcase\t_\tstart_char=4|end_char=6\n")
        words = read_conllu(text).sentences[0].words
        assert [(w.start_char, w.end_char) for w in words[:2]] == [(0, 4), (4, 6)]

    def test_entity_on_a_word_of_the_token(self) -> None:
        """A mention on a word of a multi-word token counts in words."""
        doc = read_conllu(self.MWT)
        assert chain_summary(doc) == [(0, [(0, 0, 1)], 0, "Velk")]

    def test_without_offsets(self) -> None:
        """Multi-word tokens without offsets are rebuilt as Stanza rebuilds them."""
        text = re.sub(r"start_char=\d+\|end_char=\d+\|?", "", self.MWT)
        text = re.sub(r"\t(?=\n)", "\t_", text)
        ours = read_conllu(text)
        stanzas = CoNLL.conll2doc(input_str=text, reconstruct_text=True)
        assert ours.text == stanzas.text == "Velk's boat sank."
        assert [(w.start_char, w.end_char) for w in ours.sentences[0].words] == [
            (w.start_char, w.end_char) for w in stanzas.sentences[0].words
        ]


class TestEmptyNodes:
    """Empty nodes (5.1) are skipped like Stanza skips them."""

    ELLIPSIS = conllu("""
1 Ona Ona PROPN 2 nsubj Entity=(e1-person)|start_char=0|end_char=3
2 rowed row VERB 0 root start_char=4|end_char=9
3 and and CCONJ 4 cc start_char=10|end_char=13
4 Ivo Ivo PROPN 2 conj start_char=14|end_char=17
4.1 rowed row VERB _ _ Entity=(e2-event
5 too too ADV 4 advmod Entity=e2)|start_char=18|end_char=21
""")

    def test_skipped(self) -> None:
        """The empty node is neither a token nor a word."""
        doc = read_conllu(self.ELLIPSIS)
        assert [w.text for w in doc.sentences[0].words] == ["Ona", "rowed", "and", "Ivo", "too"]
        assert doc.text == "Ona rowed and Ivo too"

    def test_bracket_on_an_empty_node_opens_at_the_next_word(self) -> None:
        """A mention opened on an empty node starts at the word after it."""
        doc = read_conllu(self.ELLIPSIS)
        assert [mentions(c) for c in doc.coref] == [[(0, 0, 1)], [(0, 4, 5)]]

    def test_mention_of_only_an_empty_node_is_dropped(self) -> None:
        """A zero mention (only on an empty node) is dropped with the node."""
        text = self.ELLIPSIS.replace("Entity=(e2-event", "Entity=(e2-event)").replace(
            "Entity=e2)|", ""
        )
        doc = read_conllu(text)
        assert [mentions(c) for c in doc.coref] == [[(0, 0, 1)]]

    def test_empty_node_out_of_place(self) -> None:
        """An empty node must follow the word its number names."""
        text = self.ELLIPSIS.replace("4.1\t", "2.1\t")
        with pytest.raises(ConllUError, match="out of sequence") as caught:
            read_conllu(text)
        assert caught.value.line == 5


# ---------------------------------------------------------------------------
# NER
# ---------------------------------------------------------------------------


def ner_sentence(tags: list[str]) -> str:
    """A sentence of one-letter tokens with the given NER tags."""
    rows = []
    for index, tag in enumerate(tags):
        start = index * 2
        rows.append(
            f"{index + 1} {chr(65 + index)} x X {0 if index == 0 else 1} "
            f"{'root' if index == 0 else 'dep'} start_char={start}|end_char={start + 1}|ner={tag}"
        )
    return conllu("\n".join(rows))


class TestNer:
    """MISC ner= becomes token.ner and doc.ents."""

    def test_token_ner_and_ents(self) -> None:
        """BIOES tags become entities with their text."""
        doc = read_conllu(HARBOUR)
        assert [t.ner for t in doc.sentences[0].tokens][:3] == ["B-PERSON", "E-PERSON", "O"]
        assert [(e.text, e.type) for e in doc.ents] == [
            ("Mara Velk", "PERSON"),
            ("Brenn", "GPE"),
            ("Tuesday", "DATE"),
        ]
        assert doc.ents[0].start_char == 0

    @pytest.mark.parametrize(
        ("tags", "expected"),
        [
            (["B-ORG", "I-ORG", "E-ORG"], [("A B C", "ORG")]),
            (["S-GPE", "O", "S-LOC"], [("A", "GPE"), ("C", "LOC")]),
            (["I-ORG", "E-ORG", "O"], [("A B", "ORG")]),
            (["B-ORG", "O", "O"], [("A", "ORG")]),
            (["B-ORG", "E-GPE", "O"], [("A B", "GPE")]),
            (["PERSON", "O", "O"], []),
        ],
        ids=["valid", "singles", "no-begin", "no-end", "type-change", "no-prefix"],
    )
    def test_invalid_bioes_is_tolerated(
        self, tags: list[str], expected: list[tuple[str, str]]
    ) -> None:
        """Any tag sequence is accepted and decoded as Stanza decodes its own tags."""
        doc = read_conllu(ner_sentence(tags))
        assert [(e.text, e.type) for e in doc.ents] == expected

    def test_without_ner(self) -> None:
        """Tokens without ner= have ner None and there are no entities."""
        doc = read_conllu(two_tokens("", 4))
        assert [t.ner for t in doc.iter_tokens()] == [None, None]
        assert doc.ents == []


# ---------------------------------------------------------------------------
# coreference: CorefUD Entity=
# ---------------------------------------------------------------------------


class TestEntityBrackets:
    """CorefUD Entity= brackets become doc.coref."""

    def test_harbour_chains(self) -> None:
        """Multi-word, single-word and same-word mentions form chains in first-mention order."""
        doc = read_conllu(HARBOUR)
        assert chain_summary(doc) == [
            (0, [(0, 0, 2), (0, 3, 4), (1, 0, 1)], 0, "Mara Velk"),
            (1, [(0, 3, 5)], 0, "her harbour"),
            (2, [(1, 2, 3)], 0, "Brenn"),
        ]

    def test_entity_types(self) -> None:
        """entity_types maps chain index to the etype of its entity."""
        assert entity_types(read_conllu(HARBOUR)) == {0: "person", 1: "place", 2: "place"}

    def test_attachments_as_stanza_sets_them(self) -> None:
        """Every word of a mention gets a CorefAttachment through Stanza's setter."""
        doc = read_conllu(HARBOUR)
        words = doc.sentences[0].words
        flags = [
            [(a.chain.index, a.is_start, a.is_end, a.is_representative) for a in w.coref_chains]
            for w in words
        ]
        assert flags == [
            [(0, True, False, True)],
            [(0, False, True, True)],
            [],
            [(0, True, True, False), (1, True, False, True)],
            [(1, False, True, True)],
            [],
        ]

    NESTED = conllu("""
# global.Entity = eid-etype-head-other
1 the the DET 2 det Entity=(e4-other(e1-person
2 keeper keeper NOUN 0 root _
3 of of ADP 5 case _
4 the the DET 5 det Entity=(e3-place
5 lighthouse lighthouse NOUN 2 nmod Entity=e3)
6 who who PRON 7 nsubj Entity=(e1-person)
7 sang sing VERB 2 acl:relcl Entity=e4)e1)
""")

    def test_nested_and_several_per_word(self) -> None:
        """Same-entity mentions nest; several brackets open or close on one word."""
        doc = read_conllu(self.NESTED)
        assert [mentions(c) for c in doc.coref] == [
            [(0, 0, 7)],
            [(0, 0, 7), (0, 5, 6)],
            [(0, 3, 5)],
        ]
        assert entity_types(doc) == {0: "other", 1: "person", 2: "place"}

    def test_same_first_mention_keeps_file_order(self) -> None:
        """Chains whose first mentions coincide keep the order their brackets open in."""
        text = self.NESTED.replace("Entity=(e4-other(e1-person", "Entity=(e1-person(e4-other")
        assert entity_types(read_conllu(text)) == {0: "person", 1: "other", 2: "place"}

    def test_closing_order_within_a_word_does_not_matter(self) -> None:
        """e1)e4) closes the same mentions as e4)e1)."""
        text = self.NESTED.replace("Entity=e4)e1)", "Entity=e1)e4)")
        assert chain_summary(read_conllu(text)) == chain_summary(read_conllu(self.NESTED))

    def test_mentions_of_different_entities_may_cross(self) -> None:
        """Crossing mentions of two entities are accepted, as CorefUD allows."""
        text = conllu("""
1 old old ADJ 2 amod Entity=(e1-person
2 friends friend NOUN 0 root Entity=(e2-person
3 of of ADP 4 case Entity=e1)
4 Ivo Ivo PROPN 2 nmod Entity=e2)
""")
        doc = read_conllu(text)
        assert [mentions(c) for c in doc.coref] == [[(0, 0, 3)], [(0, 1, 4)]]

    def test_gum_style_header(self) -> None:
        """Numeric GRP ids and the attribute order of the header are understood."""
        text = conllu("""
# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity
1 Kesi Kesi PROPN 2 nsubj Entity=(72-person-new-sssss-cf1-1,2-coref-Kesi_Arvo
2 Arvo Arvo PROPN 3 flat Entity=72)
3 waved wave VERB 0 root _
4 at at ADP 5 case _
5 us we PRON 3 obl Entity=(73-person-acc:aggr-nnnnn-cf2-1-sgl)
""")
        doc = read_conllu(text)
        assert [mentions(c) for c in doc.coref] == [[(0, 0, 2)], [(0, 4, 5)]]
        assert entity_types(doc) == {0: "person", 1: "person"}

    def test_header_order_is_followed(self) -> None:
        """With etype before eid in the header, brackets are read in that order."""
        text = conllu("""
# global.Entity = etype-eid
1 Kesi Kesi PROPN 2 nsubj Entity=(person-k1)
2 waved wave VERB 0 root _
""")
        doc = read_conllu(text)
        assert entity_types(doc) == {0: "person"}

    def test_default_header(self) -> None:
        """Without a header the CorefUD default eid-etype-head-other applies."""
        text = conllu("""
1 Kesi Kesi PROPN 2 nsubj Entity=(k1-person-1)
2 waved wave VERB 0 root _
""")
        assert entity_types(read_conllu(text)) == {0: "person"}

    def test_missing_etype(self) -> None:
        """An entity without an etype is simply absent from entity_types."""
        text = conllu("""
1 Kesi Kesi PROPN 2 nsubj Entity=(k1)
2 waved wave VERB 0 root Entity=(k2-event)
""")
        assert entity_types(read_conllu(text)) == {1: "event"}

    def test_singletons_are_kept(self) -> None:
        """A chain with one mention is a chain."""
        doc = read_conllu(HARBOUR)
        assert [len(c.mentions) for c in doc.coref] == [3, 1, 1]

    def test_chains_ordered_by_first_mention(self) -> None:
        """Chain order follows the first mention, not the entity ids."""
        text = conllu("""
1 Ivo Ivo PROPN 2 nsubj Entity=(z9-person)
2 met meet VERB 0 root _
3 Ona Ona PROPN 2 obj Entity=(a1-person)
4 and and CCONJ 5 cc _
5 Ivo Ivo PROPN 3 conj Entity=(z9-person)

1 Ona Ona PROPN 2 nsubj Entity=(a1-person)
2 smiled smile VERB 0 root _
""")
        doc = read_conllu(text)
        assert [(c.index, mentions(c)) for c in doc.coref] == [
            (0, [(0, 0, 1), (0, 4, 5)]),
            (1, [(0, 2, 3), (1, 0, 1)]),
        ]

    def test_duplicate_mentions_are_dropped(self) -> None:
        """Two identical mentions of one entity count once."""
        text = conllu("""
1 Ona Ona PROPN 2 nsubj Entity=(a1-person(a1-person
2 rowed row VERB 0 root Entity=a1)a1)
""")
        assert [mentions(c) for c in read_conllu(text).coref] == [[(0, 0, 2)]]

    def test_discontinuous_mention_becomes_its_extent(self) -> None:
        """The parts of a discontinuous mention make one mention from first to last word."""
        text = conllu("""
1 the the DET 2 det Entity=(e5[1/2]-object
2 red red ADJ 5 amod Entity=e5[1/2])
3 and and CCONJ 4 cc _
4 blue blue ADJ 2 conj _
5 flags flag NOUN 0 root Entity=(e5[2/2]-object)
""")
        doc = read_conllu(text)
        assert [mentions(c) for c in doc.coref] == [[(0, 0, 5)]]
        assert entity_types(doc) == {0: "object"}

    def test_no_coreference_annotation(self) -> None:
        """A document without any coreference annotation is left as Stanza leaves it."""
        doc = read_conllu(two_tokens("", 4))
        assert doc.coref == []
        assert all(w.coref_chains is None for w in doc.iter_words())

    def test_header_without_mentions(self) -> None:
        """A header without mentions means coreference was annotated and found nothing."""
        doc = read_conllu("# global.Entity = eid-etype\n" + two_tokens("", 4))
        assert doc.coref == []
        assert all(w.coref_chains == [] for w in doc.iter_words())


class TestRepresentative:
    """The representative is chosen as Stanza's CorefProcessor chooses it."""

    @staticmethod
    def chain_of(words: list[tuple[str, str, str]]) -> Any:
        """One sentence with each word's (form, upos, Entity value); the doc's only chain."""
        rows = []
        for index, (form, upos, entity) in enumerate(words):
            misc = f"Entity={entity}" if entity else "_"
            head, rel = ("0", "root") if index == 0 else ("1", "dep")
            rows.append(f"{index + 1} {form} {form.lower()} {upos} {head} {rel} {misc}")
        doc = read_conllu(conllu("\n".join(rows)))
        assert len(doc.coref) == 1
        return doc.coref[0]

    def test_longest_wins(self) -> None:
        """The mention with the most words is representative, wherever it is."""
        chain = self.chain_of(
            [
                ("she", "PRON", "(e1-person)"),
                ("met", "VERB", ""),
                ("the", "DET", "(e1-person"),
                ("old", "ADJ", ""),
                ("pilot", "NOUN", "e1)"),
            ]
        )
        assert chain.representative_index == 1
        assert chain.representative_text == "the old pilot"

    def test_tie_goes_to_more_proper_nouns(self) -> None:
        """On a length tie, strictly more PROPN words wins."""
        chain = self.chain_of(
            [
                ("the", "DET", "(e1-person"),
                ("pilot", "NOUN", "e1)"),
                ("is", "AUX", ""),
                ("Ona", "PROPN", "(e1-person"),
                ("Brask", "PROPN", "e1)"),
            ]
        )
        assert chain.representative_index == 1
        assert chain.representative_text == "Ona Brask"

    def test_equal_tie_keeps_the_earliest(self) -> None:
        """On a tie in length and PROPN count, the earliest stays."""
        chain = self.chain_of(
            [
                ("Ona", "PROPN", "(e1-person"),
                ("Brask", "PROPN", "e1)"),
                ("is", "AUX", ""),
                ("Brask", "PROPN", "(e1-person"),
                ("Ona", "PROPN", "e1)"),
            ]
        )
        assert chain.representative_index == 0

    def test_propn_only_breaks_ties(self) -> None:
        """A shorter mention with more PROPN words does not beat a longer one."""
        chain = self.chain_of(
            [
                ("Ona", "PROPN", "(e1-person"),
                ("Brask", "PROPN", "e1)"),
                ("is", "AUX", ""),
                ("a", "DET", "(e1-person"),
                ("tired", "ADJ", ""),
                ("pilot", "NOUN", "e1)"),
            ]
        )
        assert chain.representative_index == 1

    @pytest.mark.parametrize("text", [HARBOUR, "NESTED"], ids=["harbour", "nested"])
    def test_text_is_stanzas_extract_text(self, text: str) -> None:
        """The representative text is what Stanza's extract_text gives for the mention."""
        doc = read_conllu(TestEntityBrackets.NESTED if text == "NESTED" else text)
        for chain in doc.coref:
            mention = chain.mentions[chain.representative_index]
            assert chain.representative_text == extract_text(
                doc, mention.sentence, mention.start_word, mention.end_word
            )

    @pytest.mark.parametrize(
        ("first", "last", "expected"),
        [(1, 2, "Velk's"), (2, 3, "'s boat"), (1, 3, "Velk's boat")],
        ids=["whole-token", "part-of-token", "token-and-more"],
    )
    def test_text_over_a_multi_word_token(self, first: int, last: int, expected: str) -> None:
        """A whole multi-word token in a mention gives its text; a part gives the word's."""
        lines = TestMultiWordTokens.MWT.replace("Entity=(e1-person)", "_").split("\n")
        word_lines = [i for i, line in enumerate(lines) if re.match(r"\d+\t", line)]
        for word, bracket in ((first, "(e9-object"), (last, "e9)")):
            cols = lines[word_lines[word - 1]].split("\t")
            cols[9] = f"Entity={bracket}" if cols[9] == "_" else f"Entity={bracket}|{cols[9]}"
            lines[word_lines[word - 1]] = "\t".join(cols)
        if first == last:  # pragma: no cover - not in the table
            raise AssertionError
        doc = read_conllu("\n".join(lines))
        assert [c.representative_text for c in doc.coref] == [expected]


# ---------------------------------------------------------------------------
# coreference: Stanza's coref_chains=
# ---------------------------------------------------------------------------


def strip_entity(conllu_text: str) -> str:
    """Remove the Entity= items from MISC, keeping Stanza's coref_chains=."""
    text = re.sub(r"Entity=[^|\t\n]*\|?", "", conllu_text)
    return re.sub(r"\t(?=\n|$)", "\t_", text)


class TestStanzaCorefChains:
    """Stanza's own MISC coref_chains= (as "{:C}" writes it) becomes doc.coref."""

    def test_round_trip_through_stanza_output(self) -> None:
        """Chains written by "{:C}" read back identical."""
        doc = read_conllu(HARBOUR)
        again = read_conllu(strip_entity(f"{doc:C}") + "\n")
        assert chain_summary(again) == chain_summary(doc)
        assert f"{again:C}" == strip_entity(f"{doc:C}")

    def test_round_trip_of_a_stanza_built_document(self) -> None:
        """A Document whose chains Stanza attached itself reads back with the same chains."""
        sentences = [
            [
                {"id": (1,), "text": "Ivo", "upos": "PROPN", "head": 2, "deprel": "nsubj"},
                {"id": (2,), "text": "called", "upos": "VERB", "head": 0, "deprel": "root"},
                {"id": (3,), "text": "his", "upos": "PRON", "head": 4, "deprel": "nmod:poss"},
                {"id": (4,), "text": "sister", "upos": "NOUN", "head": 2, "deprel": "obj"},
            ],
            [
                {"id": (1,), "text": "She", "upos": "PRON", "head": 2, "deprel": "nsubj"},
                {"id": (2,), "text": "answered", "upos": "VERB", "head": 0, "deprel": "root"},
            ],
        ]
        built = stanza.Document(sentences)
        ivo = CorefChain(0, [CorefMention(0, 0, 1), CorefMention(0, 2, 3)], "Ivo", 0)
        sister = CorefChain(1, [CorefMention(0, 2, 4), CorefMention(1, 0, 1)], "his sister", 0)
        built.coref = [ivo, sister]
        doc = read_conllu(f"{built:C}\n")
        assert chain_summary(doc) == [
            (0, [(0, 0, 1), (0, 2, 3)], 0, "Ivo"),
            (1, [(0, 2, 4), (1, 0, 1)], 0, "his sister"),
        ]
        assert entity_types(doc) == {}

    def test_marked_representative_is_kept(self) -> None:
        """A repr- mark on one mention makes it representative, even if shorter."""
        text = conllu("""
1 Ivo Ivo PROPN 2 nsubj coref_chains=unit-repr-id0
2 met meet VERB 0 root _
3 the the DET 4 det coref_chains=start-id0
4 tall tall ADJ 5 amod coref_chains=middle-id0
5 man man NOUN 2 obj coref_chains=end-id0
""")
        assert chain_summary(read_conllu(text)) == [(0, [(0, 0, 1), (0, 2, 5)], 0, "Ivo")]

    def test_unmarked_representative_is_computed(self) -> None:
        """Without repr- marks the representative is chosen as Stanza chooses it."""
        text = conllu("""
1 Ivo Ivo PROPN 2 nsubj coref_chains=unit-id0
2 met meet VERB 0 root _
3 the the DET 4 det coref_chains=start-id0
4 tall tall ADJ 5 amod coref_chains=middle-id0
5 man man NOUN 2 obj coref_chains=end-id0
""")
        assert chain_summary(read_conllu(text)) == [(0, [(0, 0, 1), (0, 2, 5)], 1, "the tall man")]

    def test_chains_renumbered_by_first_mention(self) -> None:
        """Chain ids in the file give way to first-mention order."""
        text = conllu("""
1 Ivo Ivo PROPN 2 nsubj coref_chains=unit-repr-id1
2 met meet VERB 0 root _
3 Ona Ona PROPN 2 obj coref_chains=unit-repr-id0
""")
        assert [mentions(c) for c in read_conllu(text).coref] == [[(0, 0, 1)], [(0, 2, 3)]]

    def test_nested_mentions_of_one_chain(self) -> None:
        """Nested start/end marks of one chain pair up innermost first."""
        text = conllu("""
1 the the DET 2 det coref_chains=start-repr-id0
2 man man NOUN 0 root coref_chains=middle-repr-id0
3 who who PRON 4 nsubj coref_chains=middle-repr-id0,unit-id0
4 rowed row VERB 2 acl:relcl coref_chains=end-repr-id0
""")
        assert chain_summary(read_conllu(text)) == [
            (0, [(0, 0, 4), (0, 2, 3)], 0, "the man who rowed")
        ]

    def test_coref_chains_wins_over_entity(self) -> None:
        """With both conventions, coref_chains gives the chains and Entity= the types."""
        doc = read_conllu(HARBOUR)
        both = read_conllu(f"{doc:C}\n")
        assert chain_summary(both) == chain_summary(doc)
        assert entity_types(both) == entity_types(doc)

    def test_entity_types_only_for_identical_chains(self) -> None:
        """An Entity= entity gives its type only to the chain with exactly its mentions."""
        text = conllu("""
1 Ivo Ivo PROPN 2 nsubj Entity=(e1-person)|coref_chains=unit-repr-id0
2 met meet VERB 0 root _
3 Ona Ona PROPN 2 obj Entity=(e1-person)|coref_chains=unit-repr-id1
""")
        doc = read_conllu(text)
        assert len(doc.coref) == 2
        assert entity_types(doc) == {}

    def test_coref_chains_leaves_misc(self) -> None:
        """coref_chains= is read into attachments and not kept as a raw MISC string."""
        doc = read_conllu(strip_entity(f"{read_conllu(HARBOUR):C}") + "\n")
        word = doc.sentences[0].words[0]
        assert word.misc is None
        assert [a.chain.index for a in word.coref_chains] == [0]


# ---------------------------------------------------------------------------
# paragraphs
# ---------------------------------------------------------------------------


def three_sentences(comments: tuple[str, str, str], gaps: tuple[str, str]) -> str:
    """Three one-word sentences with the given comments and whitespace between them."""
    first, second = gaps
    starts = [0, 3 + len(first), 6 + len(first) + len(second)]
    misc = [f"{space_after_to_misc(gap)}|" if gap != " " else "" for gap in gaps] + [""]
    blocks = []
    for index, (comment, form) in enumerate(zip(comments, ["Sun", "Fog", "Ice"], strict=True)):
        lines = [comment] if comment else []
        start = starts[index]
        lines.append(f"1 {form} x NOUN 0 root {misc[index]}start_char={start}|end_char={start + 3}")
        blocks.append("\n".join(lines))
    return conllu("\n\n".join(blocks))


class TestParagraphs:
    """# newpar survives on sentence.comments; paragraph_starts reads it or the text."""

    def test_newpar_comments_survive(self) -> None:
        """The # newpar comment stays on the sentence that starts the paragraph."""
        doc = read_conllu(HARBOUR)
        assert ["# newpar" in s.comments for s in doc.sentences] == [True, True]
        assert "# newpar" in f"{doc:C}"

    @pytest.mark.parametrize(
        ("comments", "gaps", "expected"),
        [
            (("# newpar", "", "# newpar"), (" ", " "), [0, 2]),
            (("", "# newpar id = p2", ""), ("\n\n", "\n\n"), [0, 1]),
            (("# newpar", "# newpar_block = head", ""), (" ", " "), [0]),
            (("", "", ""), ("\n\n", " "), [0, 1]),
            (("", "", ""), (" \n \n", "\n"), [0, 1]),
            (("", "", ""), ("\n", "\n \t\n"), [0, 2]),
            (("", "", ""), (" ", " "), [0]),
        ],
        ids=[
            "newpar",
            "newpar-with-id",
            "newpar-block-is-not-newpar",
            "blank-line",
            "blank-line-with-spaces",
            "single-newline-is-not",
            "no-breaks",
        ],
    )
    def test_paragraph_starts(
        self, comments: tuple[str, str, str], gaps: tuple[str, str], expected: list[int]
    ) -> None:
        """Sentences with # newpar start paragraphs; without any, blank lines do."""
        doc = read_conllu(three_sentences(comments, gaps))
        assert paragraph_starts(doc) == expected

    def test_empty_document(self) -> None:
        """A Document without sentences has no paragraphs."""
        assert paragraph_starts(stanza.Document([])) == []


# ---------------------------------------------------------------------------
# documents
# ---------------------------------------------------------------------------


TWO_DOCUMENTS = conllu("""
# newdoc id = first-notice
1 Ash ash NOUN 2 nsubj start_char=0|end_char=3
2 fell fall VERB 0 root start_char=4|end_char=8

1 Rain rain NOUN 0 root start_char=9|end_char=13

# newdoc id = second-notice
1 Snow snow NOUN 0 root start_char=0|end_char=4

# newdoc
1 Hail hail NOUN 0 root start_char=0|end_char=4
""")


class TestDocuments:
    """One Document per # newdoc, with its id."""

    def test_iterates_per_newdoc(self) -> None:
        """Each # newdoc starts a new Document with its own text."""
        docs = list(iter_conllu(TWO_DOCUMENTS))
        assert [d.text for d in docs] == ["Ash fell Rain", "Snow", "Hail"]
        assert [document_id(d) for d in docs] == ["first-notice", "second-notice", None]

    def test_file_stem_when_no_id(self, tmp_path: Path) -> None:
        """A document without # newdoc id read from a file is named after the file."""
        path = tmp_path / "weather-report.conllu"
        path.write_text(TWO_DOCUMENTS, encoding="utf-8")
        assert [document_id(d) for d in iter_conllu(path)] == [
            "first-notice",
            "second-notice",
            "weather-report",
        ]

    def test_no_newdoc_is_one_document(self) -> None:
        """A file without # newdoc is one document."""
        docs = list(iter_conllu(TestTextWithoutOffsets.NO_OFFSETS))
        assert len(docs) == 1
        assert document_id(docs[0]) is None

    def test_read_conllu_refuses_several_documents(self) -> None:
        """read_conllu points to iter_conllu at the second # newdoc."""
        with pytest.raises(ConllUError, match="iter_conllu") as caught:
            read_conllu(TWO_DOCUMENTS)
        assert caught.value.line == 7

    def test_iteration_is_lazy(self) -> None:
        """Documents are yielded before the rest of the input is read."""
        broken = TWO_DOCUMENTS.replace("1\tSnow\tsnow", "x\tSnow\tsnow")
        documents = iter_conllu(broken)
        assert next(documents).text == "Ash fell Rain"
        with pytest.raises(ConllUError) as caught:
            next(documents)
        assert caught.value.line == 8

    def test_document_id_of_other_documents(self) -> None:
        """For Documents not read here, the first sentence's newdoc or doc_id comment is used."""
        doc = CoNLL.conll2doc(input_str=TWO_DOCUMENTS.split("\n\n# newdoc id = second")[0])
        assert document_id(doc) == "first-notice"
        assert document_id(stanza.Document([])) is None
        plain = stanza.Document([[{"id": (1,), "text": "Fog"}]])
        assert document_id(plain) is None
        plain.sentences[0].doc_id = "fog-report"
        assert document_id(plain) == "fog-report"

    def test_document_id_survives_pickling(self) -> None:
        """The stored id travels with the Document."""
        import pickle

        doc = read_conllu(HARBOUR)
        assert document_id(pickle.loads(pickle.dumps(doc))) == "harbour-notice"

    def test_header_carries_over_to_later_documents(self) -> None:
        """A # global.Entity header applies to the documents after it in the file."""
        text = conllu("""
# newdoc id = a
# global.Entity = etype-eid
1 Ona Ona PROPN 0 root Entity=(person-o1)

# newdoc id = b
1 Ivo Ivo PROPN 0 root Entity=(person-i1)
""")
        assert [entity_types(d) for d in iter_conllu(text)] == [{0: "person"}, {0: "person"}]


# ---------------------------------------------------------------------------
# malformed input
# ---------------------------------------------------------------------------

GOOD_LINE = "1\tAsh\tash\tNOUN\t_\t_\t0\troot\t_\t_"

MALFORMED = [
    # (id, text, line, message fragment)
    ("too-few-columns", "1\tAsh\tash\tNOUN\t_\t_\t0\troot\t_\n", 1, "expected 10 tab-separated"),
    ("too-many-columns", GOOD_LINE + "\t_\n", 1, "found 11"),
    ("spaces-not-tabs", "1 Ash ash NOUN _ _ 0 root _ _\n", 1, "found 1"),
    ("id-not-integer", "one\tAsh\tash\tNOUN\t_\t_\t0\troot\t_\t_\n", 1, "ID 'one'"),
    (
        "id-out-of-sequence",
        GOOD_LINE + "\n3\tfell\tfall\tVERB\t_\t_\t1\tdep\t_\t_\n",
        2,
        "expected 2",
    ),
    ("id-does-not-start-at-1", "2\tAsh\tash\tNOUN\t_\t_\t0\troot\t_\t_\n", 1, "expected 1"),
    ("bad-range", "1-x\tAsh\t_\t_\t_\t_\t_\t_\t_\t_\n" + GOOD_LINE + "\n", 1, "ID '1-x'"),
    ("range-backwards", "2-1\tAsh\t_\t_\t_\t_\t_\t_\t_\t_\n", 1, "does not fit"),
    (
        "range-past-sentence-end",
        "1-2\tAsh\t_\t_\t_\t_\t_\t_\t_\t_\n" + GOOD_LINE + "\n",
        1,
        "only 1 words",
    ),
    ("bad-empty-node", GOOD_LINE + "\n1.x\tAsh\t_\t_\t_\t_\t_\t_\t_\t_\n", 2, "ID '1.x'"),
    ("empty-form", "1\t\tash\tNOUN\t_\t_\t0\troot\t_\t_\n", 1, "empty FORM"),
    ("head-not-integer", "1\tAsh\tash\tNOUN\t_\t_\troot\troot\t_\t_\n", 1, "HEAD 'root'"),
    ("head-negative", "1\tAsh\tash\tNOUN\t_\t_\t-1\troot\t_\t_\n", 1, "HEAD '-1'"),
    (
        "head-out-of-range",
        GOOD_LINE + "\n2\tfell\tfall\tVERB\t_\t_\t5\tdep\t_\t_\n",
        2,
        "HEAD 5 is out of range",
    ),
    (
        "head-cycle",
        GOOD_LINE
        + "\n2\tfell\tfall\tVERB\t_\t_\t3\tdep\t_\t_\n3\tdown\tdown\tADV\t_\t_\t2\tdep\t_\t_\n",
        2,
        "words 2 -> 3 -> 2 form a cycle",
    ),
    (
        "head-self-loop",
        GOOD_LINE + "\n2\tfell\tfall\tVERB\t_\t_\t2\tdep\t_\t_\n",
        2,
        "words 2 -> 2 form a cycle",
    ),
    ("deps-without-relation", "1\tAsh\tash\tNOUN\t_\t_\t0\troot\t0\t_\n", 1, "DEPS '0'"),
    ("deps-bad-head", "1\tAsh\tash\tNOUN\t_\t_\t0\troot\tx:root\t_\n", 1, "DEPS 'x:root'"),
    ("newdoc-inside-sentence", GOOD_LINE + "\n# newdoc id = x\n", 2, "inside a sentence"),
    (
        "sentence-of-only-empty-nodes",
        "1.1\tAsh\tash\tNOUN\t_\t_\t_\t_\t_\t_\n",
        1,
        "empty node 1.1 is out of sequence",
    ),
]

# hand-written cases in the compact notation: (id, compact text, line, fragment)
MALFORMED_COMPACT = [
    (
        "bracket-left-open",
        """
1 Ona Ona PROPN 2 nsubj Entity=(e1-person
2 rowed row VERB 0 root _

1 Ivo Ivo PROPN 0 root Entity=e1)
""",
        1,
        "not closed before the end of its sentence",
    ),
    (
        "closing-unopened",
        """
1 Ona Ona PROPN 2 nsubj _
2 rowed row VERB 0 root Entity=e1)
""",
        2,
        "no mention of it is open",
    ),
    (
        "closing-other-entity",
        """
1 Ona Ona PROPN 2 nsubj Entity=(e1-person
2 rowed row VERB 0 root Entity=e2)
""",
        2,
        "closes entity e2",
    ),
    (
        "crossing-parts-of-one-entity",
        """
1 the the DET 2 det Entity=(e5[1/2]-object
2 red red ADJ 3 amod Entity=(e5[2/2]-object
3 flags flag NOUN 0 root Entity=e5[1/2])
4 waved wave VERB 3 acl Entity=e5[2/2])
""",
        3,
        "brackets cross",
    ),
    (
        "missing-discontinuous-part",
        """
1 the the DET 2 det Entity=(e5[1/2]-object)
2 flags flag NOUN 0 root _
""",
        1,
        "1 of its 2 parts",
    ),
    (
        "discontinuous-without-first-part",
        """
1 the the DET 2 det Entity=(e5[2/2]-object)
2 flags flag NOUN 0 root _
""",
        1,
        "has no part 1",
    ),
    (
        "discontinuous-part-out-of-range",
        """
1 the the DET 2 det Entity=(e5[3/2]-object)
2 flags flag NOUN 0 root _
""",
        1,
        "part number must be",
    ),
    (
        "bad-discontinuous-id",
        """
1 the the DET 2 det Entity=(e5[a]-object)
2 flags flag NOUN 0 root _
""",
        1,
        "not a discontinuous part",
    ),
    (
        "entity-without-brackets",
        """
1 Ona Ona PROPN 0 root Entity=e1
""",
        1,
        "cannot read Entity",
    ),
    (
        "entity-empty",
        """
1 Ona Ona PROPN 0 root Entity=
""",
        1,
        "cannot read Entity",
    ),
    (
        "entity-without-id",
        """
1 Ona Ona PROPN 0 root Entity=(-person)
""",
        1,
        "has no entity id",
    ),
    (
        "header-without-eid",
        """
# global.Entity = etype-head
1 Ona Ona PROPN 0 root _
""",
        1,
        "names no `eid`",
    ),
    (
        "entity-on-range-line",
        """
1-2 Ona's _ _ _ _ Entity=(e1-person)
1 Ona Ona PROPN 0 root _
2 's 's PART 1 case _
""",
        1,
        "range line",
    ),
    (
        "coref-chains-on-range-line",
        """
1-2 Ona's _ _ _ _ coref_chains=unit-id0
1 Ona Ona PROPN 0 root _
2 's 's PART 1 case _
""",
        1,
        "range line",
    ),
    (
        "coref-chains-malformed",
        """
1 Ona Ona PROPN 0 root coref_chains=begin-id0
""",
        1,
        "cannot read coref_chains",
    ),
    (
        "coref-chains-end-without-start",
        """
1 Ona Ona PROPN 2 nsubj _
2 rowed row VERB 0 root coref_chains=end-id0
""",
        2,
        "was not started",
    ),
    (
        "coref-chains-middle-without-start",
        """
1 Ona Ona PROPN 0 root coref_chains=middle-id0
""",
        1,
        "inside no open mention",
    ),
    (
        "coref-chains-left-open",
        """
1 Ona Ona PROPN 2 nsubj coref_chains=start-id0
2 rowed row VERB 0 root _
""",
        1,
        "does not end in its sentence",
    ),
    (
        "offsets-length-mismatch",
        """
1 Ona Ona PROPN 2 nsubj start_char=0|end_char=3
2 rowed row VERB 0 root start_char=4|end_char=8
""",
        2,
        "span 4 characters but the form 'rowed' has 5",
    ),
    (
        "offsets-overlap",
        """
1 Ona Ona PROPN 2 nsubj start_char=0|end_char=3
2 rowed row VERB 0 root start_char=2|end_char=7
""",
        2,
        "before the end of the previous token",
    ),
    (
        "offsets-decrease-across-sentences",
        """
1 Ona Ona PROPN 0 root start_char=10|end_char=13

1 Ivo Ivo PROPN 0 root start_char=0|end_char=3
""",
        3,
        "offsets must increase",
    ),
    (
        "offsets-missing-later",
        """
1 Ona Ona PROPN 2 nsubj start_char=0|end_char=3
2 rowed row VERB 0 root _
""",
        2,
        "lacks start_char or end_char",
    ),
    (
        "offsets-only-start",
        """
1 Ona Ona PROPN 2 nsubj start_char=0|end_char=3
2 rowed row VERB 0 root start_char=4
""",
        2,
        "lacks start_char or end_char",
    ),
    (
        "offsets-appear-later",
        """
1 Ona Ona PROPN 2 nsubj _
2 rowed row VERB 0 root start_char=4|end_char=9
""",
        2,
        "earlier tokens of the document do not",
    ),
    (
        "offset-not-integer",
        """
1 Ona Ona PROPN 0 root ner=O|start_char=zero|end_char=3
""",
        1,
        "start_char='zero'",
    ),
    (
        "range-inside-range",
        """
1-2 Ona's _ _ _ _ _
1-2 Ona's _ _ _ _ _
1 Ona Ona PROPN 0 root _
2 's 's PART 1 case _
""",
        2,
        "are complete",
    ),
]


class TestMalformed:
    """Malformed input raises ConllUError naming the 1-based line; nothing is half-read."""

    @pytest.mark.parametrize(
        ("text", "line", "fragment"),
        [case[1:] for case in MALFORMED],
        ids=[case[0] for case in MALFORMED],
    )
    def test_raw_lines(self, text: str, line: int, fragment: str) -> None:
        """Each malformed input is rejected at its line, with a message that says why."""
        with pytest.raises(ConllUError) as caught:
            read_conllu(text)
        assert caught.value.line == line
        assert fragment in caught.value.reason

    @pytest.mark.parametrize(
        ("compact", "line", "fragment"),
        [case[1:] for case in MALFORMED_COMPACT],
        ids=[case[0] for case in MALFORMED_COMPACT],
    )
    def test_annotations(self, compact: str, line: int, fragment: str) -> None:
        """Each malformed annotation is rejected at its line, with a message that says why."""
        with pytest.raises(ConllUError) as caught:
            read_conllu(conllu(compact))
        assert caught.value.line == line
        assert fragment in caught.value.reason

    def test_error_in_a_later_document_of_a_file(self, tmp_path: Path) -> None:
        """Line numbers count from the top of the file, across documents."""
        path = tmp_path / "two.conllu"
        path.write_text(
            TWO_DOCUMENTS.replace("\tHail\thail\tNOUN\t_\t_\t0", "\tHail\thail\tNOUN\t_\t_\t9")
        )
        with pytest.raises(ConllUError, match="HEAD 9") as caught:
            list(iter_conllu(path))
        assert (caught.value.source, caught.value.line) == (str(path), 11)

    def test_enhanced_dependencies_are_kept(self) -> None:
        """Well-formed DEPS, with empty-node heads too, reach Stanza's words."""
        text = "1\tAsh\tash\tNOUN\t_\t_\t0\troot\t0:root|1.1:nsubj\t_\n"
        assert read_conllu(text).sentences[0].words[0].deps == "0:root|1.1:nsubj"

    def test_crlf_line_endings(self) -> None:
        """Windows line endings are read like Unix ones."""
        assert read_conllu(HARBOUR.replace("\n", "\r\n")).text == HARBOUR_TEXT


# ---------------------------------------------------------------------------
# property: offsets always index their tokens
# ---------------------------------------------------------------------------

FORM_CHARACTERS = st.characters(
    blacklist_categories=("Zs", "Zl", "Zp", "Cc", "Cs", "Cf"), blacklist_characters="\ufeff"
)
forms = st.text(FORM_CHARACTERS, min_size=1, max_size=6)
gaps = st.text(st.sampled_from(" \t\n\u00a0\r"), max_size=3)


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, str]:
    """A CoNLL-U document with offsets and whitespace annotations, and its text."""
    n_sentences = draw(st.integers(1, 3))
    leading = draw(gaps)
    text = leading
    blocks = []
    for sentence_index in range(n_sentences):
        n_tokens = draw(st.integers(1, 4))
        rows = []
        for token_index in range(n_tokens):
            form = draw(forms)
            gap = draw(gaps)
            start = len(text)
            text += form
            misc = []
            if sentence_index == 0 and token_index == 0 and leading:
                misc.append(space_before_to_misc(leading))
            spaces = space_after_to_misc(gap)
            if spaces:
                misc.append(spaces)
            misc.append(f"start_char={start}|end_char={len(text)}")
            head = 0 if token_index == 0 else 1
            rows.append(
                "\t".join(
                    [
                        str(token_index + 1),
                        form,
                        "_",
                        "X",
                        "_",
                        "_",
                        str(head),
                        "dep",
                        "_",
                        "|".join(misc),
                    ]
                )
            )
            text += gap
        blocks.append("\n".join(rows))
    # as in Stanza, whitespace after the last token is kept only when it is not one space
    last_gap = text[len(text.rstrip(" \t\n\u00a0\r")) :]
    expected = text if last_gap != " " else text[:-1]
    return "\n\n".join(blocks) + "\n", expected


class TestOffsetProperty:
    """Whatever the tokens and whitespace, offsets index the rebuilt text."""

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(documents())
    def test_every_token_indexes_itself(self, document: tuple[str, str]) -> None:
        """doc.text[start:end] == token.text for every token, and the text is the original."""
        text, expected = document
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            doc = read_conllu(text)
        for token in doc.iter_tokens():
            assert doc.text[token.start_char : token.end_char] == token.text
        assert doc.text == expected
