"""Consistency checks for the bundled demo article (``quoteattr/demo``).

The three files are hand-made; these tests pin that they agree with each other, with
the shared data format (Stanza MISC keys, CorefUD ``Entity=`` brackets, BIOES NER) and
with stanza's own CoNLL-U reader, so the engine can be scored against them.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

DEMO = resources.files("quoteattr.demo")
SEED_TEXT = Path("/work/shared/examples/seed-article.txt")

UD_RELATIONS = {
    "acl",
    "acl:relcl",
    "advcl",
    "advmod",
    "amod",
    "appos",
    "aux",
    "aux:pass",
    "case",
    "cc",
    "ccomp",
    "compound",
    "conj",
    "cop",
    "csubj",
    "csubj:pass",
    "det",
    "expl",
    "fixed",
    "flat",
    "iobj",
    "mark",
    "nmod",
    "nmod:desc",
    "nmod:poss",
    "nsubj",
    "nsubj:pass",
    "nummod",
    "obj",
    "obl",
    "obl:unmarked",
    "parataxis",
    "punct",
    "root",
    "xcomp",
}
UPOS = {
    "ADJ",
    "ADP",
    "ADV",
    "AUX",
    "CCONJ",
    "DET",
    "INTJ",
    "NOUN",
    "NUM",
    "PART",
    "PRON",
    "PROPN",
    "PUNCT",
    "SCONJ",
    "SYM",
    "VERB",
    "X",
}
DOUBLE_MARKS = '“”"'
ENTITY_CHUNK = re.compile(r"\((e\d+)-([a-z]+)\)|\((e\d+)-([a-z]+)|(e\d+)\)")


# --------------------------------------------------------------------------- loading


def _read(name: str) -> str:
    return (DEMO / name).read_text(encoding="utf-8")


class Row:
    """One line of the CoNLL-U body: a word or a multi-word token range."""

    def __init__(self, line: str) -> None:
        self.cols = line.split("\t")
        self.id = self.cols[0]
        self.form = self.cols[1]
        self.misc: dict[str, str] = {}
        self.misc_keys: list[str] = []
        if self.cols[9] != "_":
            for item in self.cols[9].split("|"):
                key, _, value = item.partition("=")
                self.misc[key] = value
                self.misc_keys.append(key)

    @property
    def is_range(self) -> bool:
        return "-" in self.id

    @property
    def start(self) -> int:
        return int(self.misc["start_char"])

    @property
    def end(self) -> int:
        return int(self.misc["end_char"])


class Sentence:
    """A sentence block: its comments, word rows and token rows."""

    def __init__(self, comments: list[str], rows: list[Row]) -> None:
        self.comments = comments
        self.rows = rows
        self.words = [r for r in rows if not r.is_range]
        covered: set[str] = set()
        self.tokens: list[Row] = []
        for r in rows:
            if r.is_range:
                a, b = map(int, r.id.split("-"))
                covered.update(str(i) for i in range(a, b + 1))
                self.tokens.append(r)
            elif r.id not in covered:
                self.tokens.append(r)

    def comment(self, key: str) -> str | None:
        for c in self.comments:
            if c.startswith(f"# {key} = "):
                return c[len(f"# {key} = ") :]
        return None


def _sentences(conllu: str) -> list[Sentence]:
    out: list[Sentence] = []
    comments: list[str] = []
    rows: list[Row] = []
    for line in conllu.split("\n"):
        if not line:
            if rows:
                out.append(Sentence(comments, rows))
            comments, rows = [], []
        elif line.startswith("#"):
            comments.append(line)
        else:
            rows.append(Row(line))
    assert not rows, "the file must end with a blank line"
    return out


@pytest.fixture(scope="module")
def text() -> str:
    return _read("article.txt")


@pytest.fixture(scope="module")
def conllu() -> str:
    return _read("article.conllu")


@pytest.fixture(scope="module")
def sentences(conllu: str) -> list[Sentence]:
    return _sentences(conllu)


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_read("article.gold.json"))
    return data


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for par in text[:-1].split("\n\n"):
        spans.append((pos, pos + len(par)))
        pos += len(par) + 2
    return spans


def _mentions(sentence: Sentence) -> Iterator[tuple[str, str, int, int]]:
    """Yield (eid, etype, first word index, last word index) for each mention."""
    stack: list[tuple[str, str, int]] = []
    for i, word in enumerate(sentence.words):
        value = word.misc.get("Entity", "")
        pos = 0
        while pos < len(value):
            m = ENTITY_CHUNK.match(value, pos)
            assert m, f"bad Entity value {value!r}"
            if m.group(1):
                yield m.group(1), m.group(2), i, i
            elif m.group(3):
                stack.append((m.group(3), m.group(4), i))
            else:
                assert stack, f"closing bracket without opening in {value!r}"
                assert stack[-1][0] == m.group(5), f"ill-nested {value!r}"
                eid, etype, first = stack.pop()
                yield eid, etype, first, i
            pos = m.end()
    assert not stack, f"unclosed mentions {stack} in sentence {sentence.comment('sent_id')}"


def _all_mentions(sentences: list[Sentence]) -> list[tuple[str, int, int]]:
    """(eid, start_char, end_char) of every mention in the document."""
    out = []
    for s in sentences:
        for eid, _etype, a, b in _mentions(s):
            out.append((eid, s.words[a].start, s.words[b].end))
    return out


def _double_quoted_mask(text: str) -> list[bool]:
    """Characters inside double quotation marks, paired within each paragraph."""
    mask = [False] * len(text)
    for ps, pe in _paragraph_spans(text):
        marks = [i for i in range(ps, pe) if text[i] in DOUBLE_MARKS]
        opened: int | None = None
        for i in marks:
            ch = text[i]
            if opened is None and ch in '“"':
                opened = i
            elif opened is not None and ch in '”"':
                for k in range(opened + 1, i):
                    mask[k] = True
                opened = None
            elif opened is None and ch == "”":  # closing without opening: back to paragraph start
                for k in range(ps, i):
                    mask[k] = True
        if opened is not None:  # unclosed: runs to the paragraph end
            for k in range(opened + 1, pe):
                mask[k] = True
    return mask


def _gold_spans(gold: dict[str, Any]) -> Iterator[tuple[str, list[int], str]]:
    """Yield (label, span, expected text) for every span in the gold file."""
    for a in gold["attributions"]:
        for part in a["content"]:
            yield f"{a['id']}.content", part, ""
        for key in ("cue", "speaker_mention", "source"):
            if a[key] is not None:
                yield f"{a['id']}.{key}", a[key], a[f"{key}_text"]
    for n in gold["non_quotations"]:
        yield "non_quotation", n["span"], n["text"]


# --------------------------------------------------------------------------- tests


class TestArticleText:
    def test_paragraph_layout(self, text: str) -> None:
        """Paragraphs are separated by one blank line and the file ends with one newline."""
        assert text.endswith("\n")
        assert not text.endswith("\n\n")
        assert "\n\n\n" not in text
        assert all(p.strip() == p and "\n" not in p for p in text[:-1].split("\n\n"))
        assert 9 <= len(text[:-1].split("\n\n")) <= 12

    def test_size(self, sentences: list[Sentence]) -> None:
        """The article has 350-500 tokens."""
        assert 350 <= sum(len(s.tokens) for s in sentences) <= 500

    def test_quotation_mark_styles(self, text: str) -> None:
        """Curly and straight double quotes, nested single quotes and apostrophes all occur."""
        assert text.count("“") == text.count("”") + 1  # one multi-paragraph quotation
        assert text.count('"') == 2
        assert "‘high risk’" in text
        assert "'safe limit'" in text
        assert "don’t" in text
        assert "Bay’s" in text
        assert "company’s" in text

    def test_no_seed_shingles(self, text: str) -> None:
        """No run of eight words is shared with the seed article (it is someone else's text)."""
        if not SEED_TEXT.exists():
            pytest.skip("the seed article is not available here")

        def shingles(t: str) -> set[tuple[str, ...]]:
            words = re.findall(r"\w+", t.lower())
            return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}

        assert not shingles(text) & shingles(SEED_TEXT.read_text(encoding="utf-8"))


class TestConlluComments:
    def test_document_header(self, conllu: str) -> None:
        """The file opens with the newdoc id and the global.Entity declaration."""
        assert conllu.startswith("# newdoc id = demo-article\n# global.Entity = eid-etype\n")

    def test_sent_ids(self, sentences: list[Sentence]) -> None:
        """Sentence ids are 1, 2, 3, ... in order."""
        assert [s.comment("sent_id") for s in sentences] == [
            str(i) for i in range(1, len(sentences) + 1)
        ]

    def test_text_comment_is_slice(self, sentences: list[Sentence], text: str) -> None:
        """Each ``# text`` is exactly the text between its first and last token."""
        for s in sentences:
            assert s.comment("text") == text[s.tokens[0].start : s.tokens[-1].end]

    def test_newpar_marks_paragraph_starts(self, sentences: list[Sentence], text: str) -> None:
        """``# newpar`` is on exactly the sentences that start a paragraph."""
        starts = {ps for ps, _ in _paragraph_spans(text)}
        for s in sentences:
            assert ("# newpar" in s.comments) == (s.tokens[0].start in starts)

    def test_sentences_stay_in_paragraphs(self, sentences: list[Sentence], text: str) -> None:
        """No sentence crosses a paragraph break."""
        for s in sentences:
            assert "\n" not in text[s.tokens[0].start : s.tokens[-1].end]


class TestTokens:
    def test_ten_columns(self, sentences: list[Sentence]) -> None:
        """Every row has ten tab-separated columns."""
        for s in sentences:
            assert all(len(r.cols) == 10 for r in s.rows)

    def test_form_is_text_slice(self, sentences: list[Sentence], text: str) -> None:
        """FORM equals the text slice for every token and every word."""
        for s in sentences:
            for r in s.rows:
                assert r.form == text[r.start : r.end], (s.comment("sent_id"), r.id)

    def test_misc_ends_with_stanza_keys(self, sentences: list[Sentence]) -> None:
        """MISC ends with start_char, end_char and ner (words inside a multi-word token: no ner)."""
        for s in sentences:
            in_range = {w.id for w in s.words} - {t.id for t in s.tokens}
            for r in s.rows:
                tail = (
                    ["start_char", "end_char"]
                    if r.id in in_range
                    else ["start_char", "end_char", "ner"]
                )
                assert r.misc_keys[-len(tail) :] == tail, (s.comment("sent_id"), r.id)

    def test_whitespace_matches_space_after(self, sentences: list[Sentence], text: str) -> None:
        """The text between tokens is what SpaceAfter/SpacesAfter say, and nothing is skipped."""
        tokens = [t for s in sentences for t in s.tokens]
        assert tokens[0].start == 0
        for i, tok in enumerate(tokens):
            nxt = tokens[i + 1].start if i + 1 < len(tokens) else len(text)
            gap = text[tok.end : nxt]
            if "SpacesAfter" in tok.misc:
                expected = tok.misc["SpacesAfter"].replace("\\n", "\n").replace("\\s", " ")
            elif tok.misc.get("SpaceAfter") == "No":
                expected = ""
            else:
                expected = " "
            assert gap == expected, (tok.form, tok.start)
            assert tok.start < tok.end <= nxt

    def test_multiword_token(self, sentences: list[Sentence], text: str) -> None:
        """The contraction don’t is one token of two words, do + n’t."""
        ranges = [r for s in sentences for r in s.rows if r.is_range]
        assert [r.form for r in ranges] == ["don’t"]

    def test_apostrophe_tokens(self, sentences: list[Sentence]) -> None:
        """Possessive ’s is its own PART/POS word attached as case."""
        poss = [r for s in sentences for r in s.words if r.form == "’s"]
        assert len(poss) == 2
        assert all(r.cols[3:5] == ["PART", "POS"] and r.cols[7] == "case" for r in poss)


class TestTrees:
    def test_tags_are_known(self, sentences: list[Sentence]) -> None:
        """UPOS and DEPREL values come from UD v2."""
        for s in sentences:
            for w in s.words:
                assert w.cols[3] in UPOS
                assert w.cols[7] in UD_RELATIONS, w.cols[7]

    def test_one_root_and_acyclic(self, sentences: list[Sentence]) -> None:
        """Each sentence has exactly one root and every word reaches it without a cycle."""
        for s in sentences:
            heads = {int(w.id): int(w.cols[6]) for w in s.words}
            assert sorted(heads) == list(range(1, len(heads) + 1))
            roots = [i for i, h in heads.items() if h == 0]
            assert len(roots) == 1
            assert all(0 <= h <= len(heads) for h in heads.values())
            assert all(w.cols[7] == "root" for w in s.words if w.cols[6] == "0")
            for i in heads:
                seen = set()
                while i:
                    assert i not in seen, f"cycle in sentence {s.comment('sent_id')}"
                    seen.add(i)
                    i = heads[i]

    def test_cues_head_their_content(self, sentences: list[Sentence], gold: dict[str, Any]) -> None:
        """A speech verb heads a word of its content as ccomp; 'according to' is case of an obl."""
        words = {(w.start, w.end): (s, w) for s in sentences for w in s.words}
        for a in gold["attributions"]:
            s, cue = next(words[k] for k in words if k[0] == a["cue"][0])
            first = a["content"][0]
            inside = [w for w in s.words if first[0] <= w.start and w.end <= first[1]]
            if a["cue_lemma"] == "accord":
                obl = s.words[int(cue.cols[6]) - 1]
                assert cue.cols[7] == "case", a["id"]
                assert obl.cols[7] == "obl", a["id"]
                assert any(w.id == obl.cols[6] for w in inside), a["id"]
            elif inside:
                assert any(
                    w.cols[6] == cue.id and w.cols[7] in {"ccomp", "csubj:pass"} for w in inside
                ), a["id"]


class TestEntities:
    def test_brackets_balanced_and_nested(self, sentences: list[Sentence]) -> None:
        """Entity brackets are balanced and well nested inside every sentence."""
        assert sum(len(list(_mentions(s))) for s in sentences) == 40

    def test_canonical_chunk_order(self, sentences: list[Sentence]) -> None:
        """On one word: openings (longest first), then one-word mentions, then closings."""
        for s in sentences:
            mentions = list(_mentions(s))
            for i, w in enumerate(s.words):
                opens = sorted((b for _, _, a, b in mentions if a == i and b > i), reverse=True)
                singles = [a for _, _, a, b in mentions if a == i == b]
                closes = sorted(a for _, _, a, b in mentions if b == i and a < i)[::-1]
                value = w.misc.get("Entity", "")
                kinds = [
                    "s" if c.group(1) else "o" if c.group(3) else "c"
                    for c in ENTITY_CHUNK.finditer(value)
                ]
                assert kinds == ["o"] * len(opens) + ["s"] * len(singles) + ["c"] * len(closes)

    def test_one_type_per_entity(self, sentences: list[Sentence]) -> None:
        """Every mention of an entity carries the same etype."""
        types: dict[str, set[str]] = {}
        for s in sentences:
            for eid, etype, _, _ in _mentions(s):
                types.setdefault(eid, set()).add(etype)
        assert all(len(v) == 1 for v in types.values())

    def test_speakers_are_mentions(self, sentences: list[Sentence], gold: dict[str, Any]) -> None:
        """Each speaker mention starts a mention of its speaker entity."""
        mentions = _all_mentions(sentences)
        for a in gold["attributions"]:
            if a["speaker_entity"] is None:
                assert a["speaker_mention"] is None
                continue
            start, end = a["speaker_mention"]
            assert any(
                eid == a["speaker_entity"] and ms == start and me >= end for eid, ms, me in mentions
            ), a["id"]

    def test_sources_are_mentions(self, sentences: list[Sentence], gold: dict[str, Any]) -> None:
        """Each source span lies inside a mention of some entity."""
        mentions = _all_mentions(sentences)
        for a in gold["attributions"]:
            if a["source"] is not None:
                start, end = a["source"]
                assert any(ms <= start and end <= me for _, ms, me in mentions), a["id"]


class TestNer:
    def test_bioes_is_valid(self, sentences: list[Sentence]) -> None:
        """NER tags form valid BIOES sequences of one type inside each sentence."""
        for s in sentences:
            open_type: str | None = None
            for t in s.tokens:
                tag = t.misc["ner"]
                prefix, _, typ = tag.partition("-")
                if prefix in {"I", "E"}:
                    assert open_type == typ, (s.comment("sent_id"), t.form)
                else:
                    assert open_type is None, (s.comment("sent_id"), t.form)
                    assert prefix in {"O", "B", "S"}
                    assert (prefix == "O") == (typ == "")
                open_type = typ if prefix in {"B", "I"} else None
            assert open_type is None

    def test_names_are_tagged(self, sentences: list[Sentence]) -> None:
        """The people, organisations and media of the article carry NER types."""
        tagged = {(t.form, t.misc["ner"].partition("-")[2]) for s in sentences for t in s.tokens}
        for pair in [
            ("Whitlock", "PERSON"),
            ("Lund", "PERSON"),
            ("Wierzba", "PERSON"),
            ("Reuters", "ORG"),
            ("AFP", "ORG"),
            ("Twitter", "ORG"),
            ("Courier", "ORG"),
            ("Agency", "ORG"),
        ]:
            assert pair in tagged


class TestGold:
    def test_header(self, gold: dict[str, Any]) -> None:
        """The gold file names the document and has unique attribution ids."""
        assert gold["doc"] == "demo-article"
        ids = [a["id"] for a in gold["attributions"]]
        assert len(ids) == len(set(ids)) == 15

    def test_keys(self, gold: dict[str, Any]) -> None:
        """Every attribution has exactly the documented keys."""
        keys = [
            "id",
            "kind",
            "content",
            "content_text",
            "cue",
            "cue_text",
            "cue_lemma",
            "speaker_mention",
            "speaker_mention_text",
            "speaker",
            "speaker_entity",
            "source",
            "source_text",
            "notes",
        ]
        for a in gold["attributions"]:
            assert list(a) == keys

    def test_spans_match_text(self, gold: dict[str, Any], text: str) -> None:
        """Every span lies inside the text and its *_text field is the slice."""
        for label, (start, end), expected in _gold_spans(gold):
            assert 0 <= start < end <= len(text), label
            if expected:
                assert text[start:end] == expected, label
        for a in gold["attributions"]:
            assert a["content_text"] == " ".join(text[s:e] for s, e in a["content"])

    def test_sorted_by_content(self, gold: dict[str, Any]) -> None:
        """Attributions are sorted by the start of their content."""
        starts = [a["content"][0][0] for a in gold["attributions"]]
        assert starts == sorted(starts)

    def test_content_has_no_enclosing_marks(self, gold: dict[str, Any], text: str) -> None:
        """Content spans start and end on word characters or punctuation, never on a mark or space."""
        for a in gold["attributions"]:
            for s, e in a["content"]:
                part = text[s:e]
                assert part == part.strip()
                assert part[0] not in DOUBLE_MARKS, a["id"]
                if a["kind"] == "direct":
                    assert part[-1] not in DOUBLE_MARKS, a["id"]
                    assert text[s - 1] in DOUBLE_MARKS, a["id"]

    def test_kind_matches_marks(self, gold: dict[str, Any], text: str) -> None:
        """direct = all letters inside double quotes, mixed = some, indirect = none."""
        mask = _double_quoted_mask(text)
        for a in gold["attributions"]:
            flags = [mask[i] for s, e in a["content"] for i in range(s, e) if text[i].isalnum()]
            kind = "direct" if all(flags) else "mixed" if any(flags) else "indirect"
            assert kind == a["kind"], a["id"]

    def test_kind_counts(self, gold: dict[str, Any]) -> None:
        """The article has direct, mixed and indirect attributions."""
        kinds = [a["kind"] for a in gold["attributions"]]
        assert (kinds.count("direct"), kinds.count("mixed"), kinds.count("indirect")) == (6, 1, 8)

    def test_speaker_fields_agree(self, gold: dict[str, Any]) -> None:
        """Speaker, speaker mention and entity are all null or all set; sources come with text."""
        for a in gold["attributions"]:
            assert (
                (a["speaker_mention"] is None)
                == (a["speaker"] is None)
                == (a["speaker_entity"] is None)
            )
            assert (a["source"] is None) == (a["source_text"] is None)
            assert a["notes"]

    def test_non_quotations_are_quoted(self, gold: dict[str, Any], text: str) -> None:
        """Each non-quotation is a quoted stretch enclosed by a pair of marks."""
        pairs = {"“": "”", "‘": "’", "'": "'", '"': '"'}
        for n in gold["non_quotations"]:
            s, e = n["span"]
            assert pairs[text[s - 1]] == text[e]
            assert n["why"]


@pytest.fixture(scope="module")
def doc() -> Any:
    conll = pytest.importorskip("stanza.utils.conll")
    with resources.as_file(DEMO / "article.conllu") as path, warnings.catch_warnings():
        warnings.simplefilter("error")
        return conll.CoNLL.conll2doc(input_file=str(path))


class TestStanzaReader:
    def test_reads_without_error(self, doc: Any, sentences: list[Sentence]) -> None:
        """stanza's CoNLL.conll2doc reads the file with the same sentences and tokens."""
        assert len(doc.sentences) == len(sentences)
        assert doc.num_tokens == sum(len(s.tokens) for s in sentences)

    def test_offsets_and_ner(self, doc: Any, text: str) -> None:
        """Every stanza token has offsets matching its text and an ner tag."""
        for sent in doc.sentences:
            for tok in sent.tokens:
                assert text[tok.start_char : tok.end_char] == tok.text
                assert tok.ner

    def test_round_trip(self, doc: Any, conllu: str) -> None:
        """Writing the Document back with stanza reproduces the file."""
        assert f"{doc:C}".rstrip("\n") == conllu.rstrip("\n")
