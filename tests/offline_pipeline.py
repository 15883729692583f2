"""A real ``stanza.Pipeline`` that needs no downloaded model, for tests.

Its processors copy their annotations from a CoNLL-U fixture instead of predicting
them, so tests can run quoteattr end to end on raw text, offline::

    from offline_pipeline import conllu, fixture_text, offline_pipeline

    CONLLU = conllu('''
        # text = Rain fell.
        1  Rain  rain  NOUN   NN   Number=Sing  2  nsubj  _  Entity=(e1-event)
        2  fell  fall  VERB   VBD  Tense=Past   0  root   _  SpaceAfter=No
        3  .     .     PUNCT  .    _            2  punct  _  _
    ''')                                  # columns may be aligned with spaces

    def test_something(tmp_path):
        nlp = offline_pipeline(CONLLU, tmp_path)
        doc = nlp(fixture_text(CONLLU))     # or any text made of the fixture's sentences
        doc = quoteattr.pipeline.annotate(nlp, "Rain fell.")

What each processor does:

* ``tokenize`` (variant ``qafixture``): finds the fixture's sentences, token by token, in
  the raw text (skipping whitespace, control and format characters between tokens), with
  offsets into that text, multi-word tokens split into their words. Sentences may come in
  any order and any number of times; text that matches no fixture sentence raises
  :class:`FixtureMismatchError`. Like Stanza's tokenizer, ``bulk_process`` numbers
  sentences across the whole batch (``sentence.index`` 5 may be a document's first).
* ``pos``, ``lemma``, ``depparse`` (variants ``qafixture``): copy UPOS, XPOS, FEATS, LEMMA,
  HEAD and DEPREL from the fixture sentence with the same token texts (when several
  fixture sentences have the same tokens, the first one after the previous sentence's).
* ``ner`` (processor ``qafixturener``, which provides ``ner``; a NER *variant* crashes in
  Stanza 1.15): copies ``ner=`` tags to ``token.ner`` and builds ``doc.ents``.
* ``coref`` (variant ``qafixture``): builds ``CorefChain``s from the CorefUD ``Entity=``
  brackets of the sentences present in the document, and sets ``doc.coref``; the
  representative mention is picked as Stanza's ``CorefProcessor`` picks it. Its
  ``bulk_process`` reproduces Stanza's real behaviour (documents merged into one, each
  document's ``.coref`` left empty), so tests notice code that batches coref.
* ``mwt`` is accepted in ``processors`` and ignored (the tokenizer already splits words).

Registration in Stanza's global registry happens once, at import; the fixture itself
travels in the pipeline's config, so pipelines built from different fixtures never
see each other's data.
"""

from __future__ import annotations

import json
import os
import re
import textwrap
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import stanza
from stanza.models.common.doc import Document
from stanza.models.coref.coref_chain import CorefChain, CorefMention
from stanza.pipeline.coref_processor import extract_text
from stanza.pipeline.processor import (
    Processor,
    ProcessorVariant,
    register_processor,
    register_processor_variant,
)
from stanza.pipeline.registry import NAME_TO_PROCESSOR_CLASS, PIPELINE_NAMES
from stanza.utils.conll import CoNLL

__all__ = [
    "DEFAULT_PROCESSORS",
    "NER_PROCESSOR",
    "VARIANT",
    "Fixture",
    "FixtureMismatchError",
    "conllu",
    "fixture_options",
    "fixture_text",
    "offline_pipeline",
    "parse_fixture",
    "write_resources",
]

#: The variant name registered for tokenize, pos, lemma, depparse and coref.
VARIANT = "qafixture"
#: The processor registered to provide ``ner`` (no ``_`` in processor names).
NER_PROCESSOR = "qafixturener"
#: What :func:`offline_pipeline` builds by default: everything quoteattr uses.
DEFAULT_PROCESSORS = "tokenize,pos,lemma,depparse,ner,coref"

_VARIANT_PROCESSORS = ("tokenize", "pos", "lemma", "depparse", "coref")
_BRACKET = re.compile(r"\(([^()]+)\)|\(([^()]+)|([^()]+)\)")
_BRACKETS = re.compile(r"(?:\([^()]+\)|\([^()]+|[^()]+\))+")


class FixtureMismatchError(LookupError):
    """Text or tokens that the fixture has no sentence for."""


# --------------------------------------------------------------------------- the fixture


@dataclass(frozen=True)
class FixtureWord:
    """One syntactic word of a fixture sentence."""

    text: str
    lemma: str | None
    upos: str | None
    xpos: str | None
    feats: str | None
    head: int | None
    deprel: str | None


@dataclass(frozen=True)
class FixtureToken:
    """One token of a fixture sentence; ``words`` indexes its words (0-based, end exclusive)."""

    text: str
    words: tuple[int, int]
    ner: str


@dataclass(frozen=True)
class FixtureSentence:
    """A fixture sentence: tokens, words, and its mentions as ``(entity id, start, end)``."""

    tokens: tuple[FixtureToken, ...]
    words: tuple[FixtureWord, ...]
    mentions: tuple[tuple[str, int, int], ...]

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(token.text for token in self.tokens)


@dataclass(frozen=True)
class Fixture:
    """A parsed CoNLL-U fixture, and the lookups the offline processors need."""

    sentences: tuple[FixtureSentence, ...]
    #: entity ids in order of first mention
    entities: tuple[str, ...]
    _by_key: dict[tuple[str, ...], list[int]] = field(repr=False, compare=False)

    def match(self, sentences: Sequence[Any]) -> list[int]:
        """Return the fixture sentence index of each of ``sentences`` (Stanza Sentences)."""
        indices: list[int] = []
        previous = -1
        for sentence in sentences:
            key = tuple(token.text for token in sentence.tokens)
            candidates = self._by_key.get(key)
            if not candidates:
                raise FixtureMismatchError(f"No fixture sentence has the tokens {key!r}.")
            previous = next((c for c in candidates if c > previous), candidates[0])
            indices.append(previous)
        return indices

    def _match_at(self, text: str, position: int, index: int) -> list[tuple[int, int]] | None:
        offsets: list[tuple[int, int]] = []
        for token in self.sentences[index].tokens:
            if not text.startswith(token.text, position):
                position = _skip_gap(text, position)
                if not text.startswith(token.text, position):
                    return None
            offsets.append((position, position + len(token.text)))
            position += len(token.text)
        return offsets

    def tokenize(self, text: str) -> Document:
        """Find the fixture's sentences in ``text``; return a Document with tokens and words."""
        sentences: list[list[dict[str, Any]]] = []
        position = 0
        following = 0
        count = len(self.sentences)
        while _skip_gap(text, position) < len(text):
            for index in [*range(following, count), *range(following)]:
                offsets = self._match_at(text, position, index)
                if offsets:
                    break
            else:
                position = _skip_gap(text, position)
                raise FixtureMismatchError(
                    f"No fixture sentence matches the text at offset {position}: "
                    f"{text[position : position + 60]!r}"
                )
            sentences.append(_token_entries(self.sentences[index], offsets))
            position = offsets[-1][1]
            following = index + 1
        return Document(sentences, text=text)

    def chains(self, document: Any) -> list[CorefChain]:
        """Build the coref chains of ``document`` from the fixture's mentions."""
        spans: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        for position, index in enumerate(self.match(document.sentences)):
            for entity, start, end in self.sentences[index].mentions:
                spans[entity].append((position, start, end))
        chains: list[CorefChain] = []
        # chains in order of first mention (an outer mention before the inner one)
        first = {entity: min((s, b, -e) for s, b, e in found) for entity, found in spans.items()}
        for entity in sorted(spans, key=first.__getitem__):
            mentions = [CorefMention(*span) for span in sorted(spans[entity])]
            best = _representative(document, mentions)
            representative = mentions[best]
            text = extract_text(
                document,
                representative.sentence,
                representative.start_word,
                representative.end_word,
            )
            chains.append(CorefChain(len(chains), mentions, text, best))
        return chains


def _skip_gap(text: str, position: int) -> int:
    """Skip what may lie between tokens: whitespace, control and format characters."""
    while position < len(text) and (
        text[position].isspace() or unicodedata.category(text[position]) in ("Cc", "Cf")
    ):
        position += 1
    return position


def _token_entries(
    sentence: FixtureSentence, offsets: list[tuple[int, int]]
) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for token, (start, end) in zip(sentence.tokens, offsets, strict=True):
        first, last = token.words
        if last - first == 1:
            entries.append(
                {"id": (first + 1,), "text": token.text, "start_char": start, "end_char": end}
            )
            continue
        entries.append(
            {"id": (first + 1, last), "text": token.text, "start_char": start, "end_char": end}
        )
        entries.extend(
            {"id": number + 1, "text": sentence.words[number].text} for number in range(first, last)
        )
    return entries


def _representative(document: Any, mentions: list[CorefMention]) -> int:
    """Pick the representative as stanza's CorefProcessor does (mentions are sorted).

    The longest mention wins; on a tie, one with strictly more PROPN words; otherwise
    the earliest.
    """
    best, best_length, best_propn = 0, 0, 0
    for number, mention in enumerate(mentions):
        words = document.sentences[mention.sentence].words[mention.start_word : mention.end_word]
        length = mention.end_word - mention.start_word
        propn = sum(word.pos == "PROPN" for word in words)
        if length > best_length or (length == best_length and propn > best_propn):
            best, best_length, best_propn = number, length, propn
    return best


def _misc_value(misc: str | None, key: str) -> str | None:
    for item in (misc or "").split("|"):
        name, _, value = item.partition("=")
        if name == key:
            return value
    return None


def _parse_mentions(words: Sequence[Any], where: str) -> tuple[tuple[str, int, int], ...]:
    """Read CorefUD ``Entity=`` brackets from the words' MISC."""
    mentions: list[tuple[str, int, int]] = []
    open_: list[tuple[str, int]] = []
    for number, word in enumerate(words):
        value = _misc_value(word.misc, "Entity")
        if not value:
            continue
        if not _BRACKETS.fullmatch(value):
            raise ValueError(f"{where}, word {number + 1}: cannot read Entity={value}")
        for single, opening, closing in _BRACKET.findall(value):
            if single:
                mentions.append((_entity_id(single, where), number, number + 1))
            elif opening:
                open_.append((_entity_id(opening, where), number))
            else:
                entity = _entity_id(closing, where)
                for depth in range(len(open_) - 1, -1, -1):
                    if open_[depth][0] == entity:
                        mentions.append((entity, open_.pop(depth)[1], number + 1))
                        break
                else:
                    raise ValueError(f"{where}, word {number + 1}: {entity}) closes nothing")
    if open_:
        raise ValueError(f"{where}: mentions of {[e for e, _ in open_]} are not closed")
    # outer mentions first, as CorefUD opens them
    return tuple(sorted(mentions, key=lambda m: (m[1], -m[2])))


def _entity_id(bracket: str, where: str) -> str:
    entity = bracket.split("-", 1)[0]
    if not entity or "[" in entity:
        raise ValueError(f"{where}: unsupported Entity bracket {bracket!r}")
    return entity


def parse_fixture(conllu_text: str) -> Fixture:
    """Parse a CoNLL-U fixture (Stanza MISC ``ner=``, CorefUD ``Entity=``)."""
    document = CoNLL.conll2doc(input_str=conllu_text)
    sentences: list[FixtureSentence] = []
    for number, sentence in enumerate(document.sentences):
        words = tuple(
            FixtureWord(
                text=word.text,
                lemma=word.lemma,
                upos=word.upos,
                xpos=word.xpos,
                feats=word.feats,
                head=word.head,
                deprel=word.deprel,
            )
            for word in sentence.words
        )
        tokens: list[FixtureToken] = []
        first = 0
        for token in sentence.tokens:
            ner = token.ner or next(
                (tag for word in token.words if (tag := _misc_value(word.misc, "ner"))), "O"
            )
            tokens.append(FixtureToken(token.text, (first, first + len(token.words)), ner))
            first += len(token.words)
        mentions = _parse_mentions(sentence.words, f"fixture sentence {number + 1}")
        sentences.append(FixtureSentence(tuple(tokens), words, mentions))
    by_key: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for number, fixture_sentence in enumerate(sentences):
        by_key[fixture_sentence.key].append(number)
    entities = dict.fromkeys(entity for s in sentences for entity, _, _ in s.mentions)
    return Fixture(tuple(sentences), tuple(entities), dict(by_key))


def conllu(columns: str) -> str:
    """Turn a fixture written with spaces between its columns into CoNLL-U (tabs).

    Comment lines are kept, blank lines end sentences, indentation is ignored; no column
    may contain a space (CoNLL-U forms of English news never do).
    """
    lines = []
    for line in textwrap.dedent(columns).strip("\n").splitlines():
        line = line.strip()
        lines.append(line if not line or line.startswith("#") else "\t".join(line.split()))
    return "\n".join(lines) + "\n\n"


def fixture_text(conllu_text: str) -> str:
    """Rebuild the fixture's raw text from its tokens and their SpaceAfter / SpacesAfter.

    A ``# newpar`` sentence starts after a blank line unless SpacesAfter already put a
    line break there; trailing whitespace is dropped.
    """
    document = CoNLL.conll2doc(input_str=conllu_text)
    pieces: list[str] = []
    for sentence in document.sentences:
        newpar = any(comment.strip() == "# newpar" for comment in sentence.comments)
        if pieces and newpar and "\n" not in pieces[-1]:
            pieces[-1] = "\n\n"
        for token in sentence.tokens:
            pieces.append(token.text)
            pieces.append(token.spaces_after if token.spaces_after is not None else " ")
    return "".join(pieces).rstrip()


# --------------------------------------------------------------------------- processors


def _fixture_of(config: dict[str, Any], name: str) -> Fixture:
    fixture = config.get("fixture")
    if not isinstance(fixture, Fixture):
        raise ValueError(f"pass {name}_fixture=parse_fixture(...) with {name}_with_{VARIANT}=True")
    return fixture


class _FixtureVariant(ProcessorVariant):  # type: ignore[misc]
    OVERRIDE = True
    NAME = ""

    def __init__(self, config: dict[str, Any]) -> None:
        self.fixture = _fixture_of(config, self.NAME)

    def pairs(self, document: Any) -> list[tuple[Any, FixtureSentence]]:
        indices = self.fixture.match(document.sentences)
        return [
            (sentence, self.fixture.sentences[index])
            for sentence, index in zip(document.sentences, indices, strict=True)
        ]


@register_processor_variant("tokenize", VARIANT)
class FixtureTokenizer(_FixtureVariant):
    """Finds the fixture's sentences in raw text."""

    NAME = "tokenize"
    REQUIRES_DEFAULT: ClassVar[set[str]] = set()

    def process(self, document: Any) -> Document:
        text = document.text if isinstance(document, Document) else document
        return self.fixture.tokenize(text)

    def bulk_process(self, docs: list[Any]) -> list[Document]:
        # Like stanza's tokenizer, number sentences across the whole batch.
        documents = [self.process(document) for document in docs]
        number = 0
        for document in documents:
            for sentence in document.sentences:
                sentence.index = number
                sentence.sent_id = str(number)
                number += 1
        return documents


@register_processor_variant("pos", VARIANT)
class FixtureTagger(_FixtureVariant):
    """Copies UPOS, XPOS and FEATS."""

    NAME = "pos"
    REQUIRES_DEFAULT: ClassVar[set[str]] = {"tokenize"}

    def process(self, document: Any) -> Any:
        for sentence, fixture in self.pairs(document):
            for word, source in zip(sentence.words, fixture.words, strict=True):
                word.upos, word.xpos, word.feats = source.upos, source.xpos, source.feats
        return document


@register_processor_variant("lemma", VARIANT)
class FixtureLemmatizer(_FixtureVariant):
    """Copies LEMMA."""

    NAME = "lemma"
    REQUIRES_DEFAULT: ClassVar[set[str]] = {"tokenize"}

    def process(self, document: Any) -> Any:
        for sentence, fixture in self.pairs(document):
            for word, source in zip(sentence.words, fixture.words, strict=True):
                word.lemma = source.lemma
        return document


@register_processor_variant("depparse", VARIANT)
class FixtureParser(_FixtureVariant):
    """Copies HEAD and DEPREL and builds the dependencies."""

    NAME = "depparse"
    REQUIRES_DEFAULT: ClassVar[set[str]] = {"tokenize", "pos", "lemma"}

    def process(self, document: Any) -> Any:
        for sentence, fixture in self.pairs(document):
            for word, source in zip(sentence.words, fixture.words, strict=True):
                word.head, word.deprel = source.head, source.deprel
            sentence.build_dependencies()
        return document


@register_processor_variant("coref", VARIANT)
class FixtureCoref(_FixtureVariant):
    """Sets ``doc.coref`` from the fixture's Entity brackets."""

    NAME = "coref"
    REQUIRES_DEFAULT: ClassVar[set[str]] = {"tokenize"}

    def process(self, document: Any) -> Any:
        document.coref = self.fixture.chains(document)
        return document

    def bulk_process(self, docs: list[Any]) -> list[Any]:
        # What stanza 1.15's CorefProcessor really does (UDProcessor.bulk_process): merge
        # the batch into one Document, so chains cross documents and every document's
        # .coref stays empty. quoteattr.pipeline.annotate_many must never come here.
        combined = Document([])
        combined.sentences = [sentence for doc in docs for sentence in doc.sentences]
        combined.num_tokens = sum(doc.num_tokens for doc in docs)
        combined.num_words = sum(doc.num_words for doc in docs)
        self.process(combined)
        return docs


class FixtureNER(Processor):  # type: ignore[misc]
    """Copies ``ner=`` tags to tokens and builds ``doc.ents``; provides ``ner``."""

    PROVIDES_DEFAULT: ClassVar[set[str]] = {"ner"}
    REQUIRES_DEFAULT: ClassVar[set[str]] = {"tokenize"}

    def __init__(self, config: dict[str, Any], pipeline: Any, device: Any) -> None:
        self.fixture = _fixture_of(config, NER_PROCESSOR)
        super().__init__(config, pipeline, device)

    def process(self, document: Any) -> Any:
        indices = self.fixture.match(document.sentences)
        for sentence, index in zip(document.sentences, indices, strict=True):
            for token, source in zip(
                sentence.tokens, self.fixture.sentences[index].tokens, strict=True
            ):
                token.ner = source.ner
                token.multi_ner = (source.ner,)
        document.build_ents()
        return document


def _register_ner_processor() -> None:
    # register_processor appends to PIPELINE_NAMES on every call, which would run the
    # processor twice; register the name once and only refresh the class afterwards
    # (this module may be imported under two names).
    if NER_PROCESSOR in NAME_TO_PROCESSOR_CLASS and NER_PROCESSOR in PIPELINE_NAMES:
        NAME_TO_PROCESSOR_CLASS[NER_PROCESSOR] = FixtureNER
    else:
        register_processor(NER_PROCESSOR)(FixtureNER)


_register_ner_processor()


# --------------------------------------------------------------------------- pipelines


def write_resources(tmp_dir: str | os.PathLike[str]) -> Path:
    """Write the minimal ``resources.json`` (``{}``) Stanza insists on reading; return the dir."""
    directory = Path(tmp_dir)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "resources.json").write_text(json.dumps({}), encoding="utf-8")
    return directory


def fixture_options(
    conllu_text: str | Fixture, *, processors: str = DEFAULT_PROCESSORS
) -> dict[str, Any]:
    """Return the ``stanza.Pipeline`` options for a fixture pipeline.

    They include ``processors`` and ``allow_unknown_language``, so they can be given to
    ``quoteattr.pipeline.build_pipeline(download="never", resources_dir=dir, **options)``
    once :func:`write_resources` has written ``dir``.
    """
    fixture = conllu_text if isinstance(conllu_text, Fixture) else parse_fixture(conllu_text)
    names: list[str] = []
    options: dict[str, Any] = {"allow_unknown_language": True}
    for name in (part.strip().lower() for part in processors.split(",")):
        if name in ("", "mwt"):
            continue
        if name == "ner":
            names.append(NER_PROCESSOR)
            options[f"{NER_PROCESSOR}_fixture"] = fixture
        elif name in _VARIANT_PROCESSORS:
            names.append(name)
            options[f"{name}_with_{VARIANT}"] = True
            options[f"{name}_fixture"] = fixture
        else:
            raise ValueError(
                f"offline pipelines have no {name!r} processor; use some of {DEFAULT_PROCESSORS}"
            )
    options["processors"] = ",".join(names)
    return options


def offline_pipeline(
    conllu_text: str | Fixture,
    tmp_dir: str | os.PathLike[str],
    *,
    processors: str = DEFAULT_PROCESSORS,
    **options: Any,
) -> stanza.Pipeline:
    """Build a real ``stanza.Pipeline`` whose annotations come from ``conllu_text``.

    Args:
        conllu_text: the fixture, CoNLL-U text (or an already parsed :class:`Fixture`).
        tmp_dir: a directory for the ``resources.json`` Stanza reads (pytest's ``tmp_path``).
        processors: which annotations to provide (``mwt`` is accepted and ignored).
        **options: more ``stanza.Pipeline`` options.
    """
    settings: dict[str, Any] = {"logging_level": "ERROR"}
    settings.update(fixture_options(conllu_text, processors=processors))
    settings.update(options)
    return stanza.Pipeline(
        lang="en", dir=str(write_resources(tmp_dir)), download_method=None, **settings
    )
