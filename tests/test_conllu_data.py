"""quoteattr.conllu on the shared evaluation data (PolNeAR, GUM, the seed article).

The data is never part of the repository: it is found through ``$QUOTEATTR_DATA`` or
``<repo>/../shared/data`` (the seed article in the ``examples`` folder next to it), and
these tests skip with a message when it is not there. PolNeAR train (74 MB) is sampled,
every 10th file, unless ``QUOTEATTR_FULL_DATA=1``; everything else is read in full.
Only the dev and train splits of PolNeAR are listed: its test split is never opened.

Each file is checked against the files next to it and against a small re-parse of its
own ``Entity=`` brackets written here, independent of the reader.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from stanza.utils.conll import CoNLL

from quoteattr.conllu import document_id, entity_types, iter_conllu, paragraph_starts

REPO = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("QUOTEATTR_DATA") or REPO.parent / "shared" / "data")
EXAMPLES = DATA.parent / "examples"
FULL = os.environ.get("QUOTEATTR_FULL_DATA") == "1"
TRAIN_SAMPLE_EVERY = 10

# (folder, does NAME.txt hold exactly doc.text, or doc.text plus a final newline)
FOLDERS = {
    "polnear/dev": "exact",
    "polnear/train": "exact",
    "gum-news": "final-newline",
    "gum-interview": "final-newline",
}


def data_cases() -> list[Any]:
    """One pytest param per CoNLL-U file to read: (path, how its text compares)."""
    cases = []
    for folder, text_rule in FOLDERS.items():
        paths = sorted((DATA / folder).glob("*.conllu"))
        if folder == "polnear/train" and not FULL:
            paths = paths[::TRAIN_SAMPLE_EVERY]
        for path in paths:
            cases.append(pytest.param((path, text_rule), id=f"{folder}/{path.stem}"))
    seed = EXAMPLES / "seed-article.conllu"
    if seed.is_file():
        cases.append(pytest.param((seed, "exact"), id="examples/seed-article"))
    if not cases:
        cases.append(pytest.param((None, ""), id="no-data"))
    return cases


CASES = data_cases()


def skip_without_data(path: Path | None) -> Path:
    """The path to test, or a skip saying where the data was looked for."""
    if path is None:
        pytest.skip(
            f"shared evaluation data not found in {DATA}: set QUOTEATTR_DATA to the folder "
            "holding polnear/dev, gum-news, ... to run these tests"
        )
    return path


def reparse_entities(path: Path) -> tuple[dict[str, list[tuple[int, int, int]]], dict[str, str]]:
    """Mentions and etype of every entity, read straight from the file's Entity= brackets.

    A deliberately small reader: no empty nodes or discontinuous mentions occur in the
    shared data, so neither is handled here.
    """
    entities: dict[str, list[tuple[int, int, int]]] = {}
    etypes: dict[str, str] = {}
    fields = ["eid", "etype", "head", "other"]
    sentence = -1
    word = -1
    open_mentions: dict[str, list[int]] = {}
    in_sentence = False
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("# global.Entity = "):
            fields = line.split(" = ", 1)[1].split("-")
            continue
        if not line.strip():
            in_sentence = False
            continue
        if line.startswith("#"):
            continue
        if not in_sentence:
            in_sentence = True
            sentence += 1
            word = -1
            assert not any(open_mentions.values()), f"open mention before sentence {sentence}"
        columns = line.split("\t")
        if not columns[0].isdigit():
            continue
        word += 1
        for item in columns[9].split("|"):
            if not item.startswith("Entity="):
                continue
            for chunk in re.findall(r"\([^()]+\)?|[^()]+\)", item[len("Entity=") :]):
                if chunk.startswith("("):
                    body = chunk[1:].removesuffix(")")
                    values = dict(zip(fields, body.split("-"), strict=False))
                    eid = values.get("eid") or values["GRP"]
                    if values.get("etype"):
                        etypes.setdefault(eid, values["etype"])
                    if chunk.endswith(")"):
                        entities.setdefault(eid, []).append((sentence, word, word + 1))
                    else:
                        open_mentions.setdefault(eid, []).append(word)
                else:
                    eid = chunk[:-1]
                    start = open_mentions[eid].pop()
                    entities.setdefault(eid, []).append((sentence, start, word + 1))
    return entities, etypes


def newpar_sentences(path: Path) -> list[int]:
    """Indices of the sentences whose comments hold ``# newpar``."""
    starts = []
    sentence = 0
    newpar = False
    in_sentence = False
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("#"):
            newpar = newpar or line.strip() == "# newpar"
        elif line.strip():
            if not in_sentence:
                if newpar:
                    starts.append(sentence)
                newpar = False
                in_sentence = True
        elif in_sentence:
            in_sentence = False
            sentence += 1
    return starts


def read_one(path: Path) -> Any:
    """The only document of a data file."""
    documents = list(iter_conllu(path))
    assert len(documents) == 1
    return documents[0]


@pytest.fixture(scope="module", params=CASES)
def case(request: pytest.FixtureRequest) -> tuple[Path, str, Any]:
    """A data file, how its NAME.txt compares, and its Document (read once for all tests)."""
    path, text_rule = request.param
    path = skip_without_data(path)
    return path, text_rule, read_one(path)


class TestSharedData:
    """Every shared CoNLL-U file reads into a consistent Document."""

    def test_offsets_index_every_token(self, case: tuple[Path, str, Any]) -> None:
        """doc.text[start_char:end_char] is the form of every token."""
        _, _, doc = case
        for token in doc.iter_tokens():
            assert doc.text[token.start_char : token.end_char] == token.text

    def test_text_is_the_txt_file(self, case: tuple[Path, str, Any]) -> None:
        """doc.text is NAME.txt (GUM's NAME.txt adds a final newline no token covers)."""
        path, text_rule, doc = case
        expected = path.with_suffix(".txt").read_text(encoding="utf-8")
        if text_rule == "final-newline":
            expected = expected.removesuffix("\n")
        assert doc.text == expected

    def test_chains_match_the_entity_brackets(self, case: tuple[Path, str, Any]) -> None:
        """Every entity of the file is one chain, with its mentions and its etype."""
        path, _, doc = case
        entities, etypes = reparse_entities(path)
        expected = {frozenset(spans): etypes.get(eid) for eid, spans in entities.items()}
        got = {
            frozenset((m.sentence, m.start_word, m.end_word) for m in chain.mentions): chain.index
            for chain in doc.coref
        }
        assert set(got) == set(expected)
        types = entity_types(doc)
        assert {spans: types.get(index) for spans, index in got.items()} == expected

    def test_chains_in_first_mention_order(self, case: tuple[Path, str, Any]) -> None:
        """Chains are numbered in the order of their first mentions."""
        _, _, doc = case
        firsts = [
            (c.mentions[0].sentence, c.mentions[0].start_word, c.mentions[0].end_word)
            for c in doc.coref
        ]
        assert firsts == sorted(firsts)
        assert [c.index for c in doc.coref] == list(range(len(doc.coref)))

    def test_writes_what_stanzas_reader_writes(self, case: tuple[Path, str, Any]) -> None:
        """Written back, the Document is what Stanza's reader gives, plus coref_chains."""
        path, _, doc = case
        ours = re.sub(r"\|?coref_chains=[^\t|\n]*", "", f"{doc:C}")
        ours = re.sub(r"\t(?=\n|$)", "\t_", ours)
        assert ours == f"{CoNLL.conll2doc(input_file=str(path)):C}"

    def test_paragraphs_and_id(self, case: tuple[Path, str, Any]) -> None:
        """Paragraphs start at the # newpar sentences; the document id is the file name."""
        path, _, doc = case
        assert paragraph_starts(doc) == sorted({0, *newpar_sentences(path)})
        assert document_id(doc) == path.stem
