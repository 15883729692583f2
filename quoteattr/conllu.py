"""CoNLL-U in, ``stanza.Document`` out: offsets, text, NER, coreference and paragraphs kept.

Stanza's own reader (:meth:`stanza.utils.conll.CoNLL.conll2doc`) keeps the offsets it
wrote but leaves ``doc.text`` unset unless asked to rebuild it (and then rebuilds it
without looking at the offsets), never builds ``doc.coref`` and raises bare exceptions
on malformed input. This module reads the same files into the same kind of
``stanza.Document`` (written back with ``"{:C}"``, it is what Stanza's reader gives,
plus coreference), and:

* **Text and offsets.** When the tokens carry Stanza's MISC ``start_char=N|end_char=M``
  (on the range line of a multi-word token), ``doc.text`` is rebuilt so that
  ``doc.text[token.start_char:token.end_char] == token.text`` for every token. The gap
  before a token is the whitespace that ``SpaceAfter=No`` / ``SpacesAfter=`` on the
  token before it (or ``SpacesBefore=`` on the first token) says, with UD's escapes
  (``\\s``, ``\\t``, ``\\n``, ``\\\\``, ...), cut or padded with spaces to the length the
  offsets leave. A gap no annotation describes is spaces, except before a sentence
  marked ``# newpar``, where it is line breaks (``"\\n\\n"`` for a gap of two, as GUM
  separates paragraphs). Explicit ``SpacesAfter`` on the last token ends the text.
  Without offsets the text is rebuilt exactly as ``CoNLL.conll2doc(reconstruct_text=True)``
  does (using each sentence's ``# text`` when the tokens fit it) and the offsets follow
  from it. Offsets must be on every token or on none.
* **NER.** MISC ``ner=`` (BIOES) becomes ``token.ner`` and ``doc.ents`` is built. An
  invalid BIOES sequence is *tolerated*: it is decoded the way Stanza decodes its own
  tags (``stanza.models.ner.utils.decode_from_bioes``), never rejected.
* **Coreference.** ``doc.coref`` is set through its property setter, so every
  ``word.coref_chains`` gets its ``CorefAttachment`` as after Stanza's CorefProcessor,
  from either convention:

  - CorefUD brackets in MISC ``Entity=`` (``(e12-person``, ``e12)``, ``(e12-person)``,
    several per word), read in the attribute order of the ``# global.Entity`` header
    (default ``eid-etype-head-other``; GUM's ``GRP-etype-...`` works too). The entity
    type is kept: see :func:`entity_types`. Mentions of one entity may nest; mentions of
    different entities may even cross (CorefUD allows it, and PolNeAR has some).
  - Stanza's own MISC ``coref_chains=start-repr-id0,unit-id1,...`` as written by
    ``"{:C}".format(doc)``. When both conventions are present, ``coref_chains`` wins (it
    is what the Document held when it was written) and a chain gets the entity type of
    the ``Entity=`` entity with exactly its mentions.

  Chains are ordered, and numbered, by their first mention (ties: the order in which
  their entities first appear); mentions inside a chain are sorted as Stanza sorts them.
  The representative is the mention Stanza's CorefProcessor picks (the longest in words;
  on a tie, one with strictly more ``PROPN`` words; otherwise the earliest), unless a
  ``coref_chains`` annotation marks exactly one mention ``repr``; its text comes from
  Stanza's own ``stanza.pipeline.coref_processor.extract_text``.
  **Singletons** (chains of one mention, e.g. GUM's ``sgl`` entities) are kept.
  **Discontinuous** CorefUD mentions (``(e3[1/2]-person`` ... ``e3[1/2])`` ...
  ``(e3[2/2]-person)``) become one mention covering their extent, from the first word of
  the first part to the last word of the last part (Stanza's mentions are contiguous);
  all parts must be in one sentence. Exact duplicate mentions of a chain count once.
  Empty nodes (``5.1``) are skipped as Stanza skips them, and with them mentions of an
  empty node alone (zero anaphora); a bracket on an empty node opens at the next word
  or closes at the previous one. A document without any coreference annotation is left
  as Stanza leaves it (``doc.coref == []``, ``word.coref_chains is None``).
* **Paragraphs.** ``# newpar`` stays in ``sentence.comments``; :func:`paragraph_starts`
  reads it.
* **Documents.** One Document per ``# newdoc``, built while the file is read;
  :func:`document_id` gives its id.

Malformed input raises :class:`~quoteattr.errors.ConllUError` (a ``ValueError``) naming
the file and the 1-based line: a wrong column count, IDs that are not integers or out of
sequence, non-integer or out-of-range heads, heads that form a cycle, malformed DEPS, offsets that do not fit the
form, overlap or decrease, ``Entity=`` brackets left open at the end of a sentence
(mentions never cross sentences), closing an entity that is not open, or crossing
another mention of their own entity, malformed ``coref_chains``. A half-read document is
never returned.
"""

from __future__ import annotations

import gc
import io
import os
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate
from pathlib import Path
from typing import Any, Protocol

import stanza
from stanza.models.common.doc import split_comment
from stanza.models.common.utils import misc_to_space_after, misc_to_space_before
from stanza.models.coref.coref_chain import CorefChain, CorefMention
from stanza.pipeline.coref_processor import extract_text
from stanza.utils.conll import CoNLL, annotate_mwt_words

from quoteattr.errors import ConllUError


class Traversable(Protocol):
    """A file inside an installed package (``importlib.resources.files(pkg) / name``)."""

    @property
    def name(self) -> str: ...

    def read_text(self, encoding: str | None = None) -> str: ...


__all__ = [
    "document_id",
    "entity_types",
    "iter_conllu",
    "paragraph_starts",
    "read_conllu",
]

#: Attribute set on each Document read here: its ``# newdoc id`` (or file stem).
_DOC_ID_ATTR = "_quoteattr_doc_id"
#: Attribute set on each ``CorefChain`` built from ``Entity=``: its entity type.
_ETYPE_ATTR = "_quoteattr_etype"

_N_COLUMNS = 10
_DEFAULT_ENTITY_HEADER = "eid-etype-head-other"
_ENTITY_CHUNK = re.compile(r"\([^()]+\)?|[^()]+\)")
_DISCONTINUOUS = re.compile(r"^(.+)\[(\d+)/(\d+)\]$")
_COREF_CHAIN_PIECE = re.compile(r"^(start|end|unit|middle)-(repr-)?id(\d+)$")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_ENHANCED_DEPS = re.compile(r"^\d+(?:\.\d+)?:[^|]+(?:\|\d+(?:\.\d+)?:[^|]+)*$", re.ASCII)
# Stanza's own MISC keys at the end of MISC, in the order Stanza writes them
_STANZA_TAIL = re.compile(r"(?:^|\|)start_char=(\d+)\|end_char=(\d+)(?:\|ner=([^|]*))?$", re.ASCII)
# MISC items that need a closer look than passing them on to Stanza
_SPECIAL_MISC = re.compile(r"(?:^|\|)(?:start_char|end_char|ner|Entity|coref_chains)=")

# Stanza's MISC keys that it reads into attributes, taken out of MISC here instead.
_START_CHAR = "start_char"
_END_CHAR = "end_char"
_NER = "ner"
_COREF_CHAINS = "coref_chains"
_ENTITY = "Entity"


# ---------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------


def read_conllu(
    source: str | os.PathLike[str] | Traversable, *, name: str | None = None
) -> stanza.Document:
    """Read one CoNLL-U document into a ``stanza.Document``.

    Args:
        source: a path (``Path`` or any ``os.PathLike``, or a ``str`` without a newline
            that names an existing file), a file inside an installed package
            (``importlib.resources.files(...) / "x.conllu"``), or CoNLL-U text.
        name: the name used in error messages; defaults to the path, or ``"<string>"``.

    Returns:
        The ``stanza.Document``, with ``text``, offsets, ``ents`` and ``coref`` set as
        described in the module docstring.

    Raises:
        ConllUError: malformed input, no sentences, or several ``# newdoc`` documents
            (use :func:`iter_conllu` for those); also a ``str`` that is neither CoNLL-U
            text nor the name of an existing file.
        OSError: a path that cannot be opened (``FileNotFoundError``, ...).
    """
    return next(_iter_documents(source, name, single=True))


def iter_conllu(
    source: str | os.PathLike[str] | Traversable, *, name: str | None = None
) -> Iterator[stanza.Document]:
    """Yield one ``stanza.Document`` per ``# newdoc`` in a CoNLL-U file or text.

    A file without ``# newdoc`` is one document. Documents are built one at a time while
    the file is read, so a large file is never held in memory as a whole.

    Args:
        source: as for :func:`read_conllu`.
        name: as for :func:`read_conllu`.

    Raises:
        ConllUError: malformed input (raised when the reader reaches it), or input
            without any sentence.
        OSError: a path that cannot be opened, when the first document is asked for.
    """
    return _iter_documents(source, name, single=False)


def document_id(doc: stanza.Document) -> str | None:
    """The id of a document read here: its ``# newdoc id``, else the file stem, else None.

    For other Documents, the ``# newdoc id`` or ``# doc_id`` comment of the first
    sentence is used when there is one.
    """
    stored = getattr(doc, _DOC_ID_ATTR, None)
    if stored is not None:
        return str(stored)
    sentences = doc.sentences
    if not sentences:
        return None
    comments = sentences[0].comments
    value = comments.get("newdoc id")
    if value is None:
        value = sentences[0].doc_id
    return None if value is None else str(value)


def entity_types(doc: stanza.Document) -> dict[int, str]:
    """Map chain index to entity type (e.g. ``'person'``) for chains whose ``Entity=`` gave one."""
    types: dict[int, str] = {}
    for chain in doc.coref or ():
        etype = getattr(chain, _ETYPE_ATTR, None)
        if etype:
            types[chain.index] = str(etype)
    return types


def paragraph_starts(doc: stanza.Document) -> list[int]:
    """Indices of the sentences that start a paragraph, always including sentence 0.

    Sentences with a ``# newpar`` comment (``# newpar`` or ``# newpar id = ...``) start a
    paragraph. When no sentence has one, a sentence starts a paragraph when a blank line
    (two line breaks, possibly with other whitespace between them) separates it from the
    previous sentence in ``doc.text``.
    """
    sentences = doc.sentences
    if not sentences:
        return []
    marked = [
        index
        for index, sentence in enumerate(sentences)
        if any(_is_newpar(comment) for comment in sentence.comments)
    ]
    if marked:
        return sorted({0, *marked})
    starts = [0]
    text = doc.text
    if text is None:
        return starts
    for index in range(1, len(sentences)):
        previous_tokens = sentences[index - 1].tokens
        tokens = sentences[index].tokens
        if not previous_tokens or not tokens:
            continue
        gap_start = previous_tokens[-1].end_char
        gap_end = tokens[0].start_char
        if gap_start is None or gap_end is None:
            continue
        if _BLANK_LINE.search(text, gap_start, gap_end):
            starts.append(index)
    return starts


# ---------------------------------------------------------------------------
# sources and comments
# ---------------------------------------------------------------------------


def _iter_documents(
    source: str | os.PathLike[str] | Traversable, name: str | None, *, single: bool
) -> Iterator[Any]:
    if not isinstance(source, (str, os.PathLike)):
        # an importlib.resources Traversable (a file inside an installed package)
        stem = str(getattr(source, "name", "")).rsplit(".", 1)[0] or None
        text = source.read_text(encoding="utf-8")
        return _parse(io.StringIO(text.lstrip("\ufeff")), name or str(source), stem, single=single)
    display = _display_name(source, name)
    path = _as_path(source)
    if path is None:
        text = str(source)
        if text.startswith("\ufeff"):
            text = text[1:]
        return _parse(io.StringIO(text), display, None, single=single)
    return _parse_file(path, display, single=single)


def _as_path(source: str | os.PathLike[str]) -> Path | None:
    """The file to read, or None when ``source`` is CoNLL-U text."""
    if isinstance(source, str):
        if "\n" in source:
            return None
        if os.path.isfile(source):
            return Path(source)
        if "\t" in source:  # one token line without a final newline
            return None
        raise ConllUError(
            f"no such file: {source!r}; pass the path of an existing file, "
            "or CoNLL-U text (which always contains a newline)",
            source=source,
        )
    return Path(os.fspath(source))


def _display_name(source: str | os.PathLike[str], name: str | None) -> str:
    if name is not None:
        return name
    if isinstance(source, str):
        if "\n" in source or "\t" in source:
            return "<string>"
        return source
    return os.fspath(source)


def _parse_file(path: Path, display: str, *, single: bool) -> Iterator[Any]:
    with open(path, encoding="utf-8-sig", newline="\n") as lines:
        yield from _parse(lines, display, path.stem, single=single)


def _is_newdoc(line: str) -> bool:
    body = line[1:].lstrip()
    return body.startswith("newdoc") and (len(body) == 6 or body[6] in " \t=")


def _is_newpar(line: str) -> bool:
    body = line[1:].lstrip()
    return body.startswith("newpar") and (len(body) == 6 or body[6] in " \t=")


def _entity_header(line: str) -> str | None:
    body = line[1:].lstrip()
    if not body.startswith("global.Entity"):
        return None
    key, value = split_comment(line)
    if key != "global.Entity":
        return None
    return str(value)


# ---------------------------------------------------------------------------
# the line loop
# ---------------------------------------------------------------------------


def _parse(lines: Iterable[str], source: str, stem: str | None, *, single: bool) -> Iterator[Any]:
    """Parse CoNLL-U lines, yielding each document as soon as it is complete.

    Python's cyclic garbage collector is paused while a document is read and built, and
    never while the caller's code runs between two documents: reading creates hundreds
    of thousands of long-lived objects and no garbage cycles, and the collections their
    allocation triggers took about a third of the reading time. The collector is left
    alone when it is already disabled.
    """
    states = _read_documents(lines, source, stem, single=single)
    while True:
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            state = next(states, None)
            document = None if state is None else state.build()
        finally:
            if paused:
                gc.enable()
        if state is None:
            return
        yield document


def _read_documents(
    lines: Iterable[str], source: str, stem: str | None, *, single: bool
) -> Iterator[_DocumentState]:
    """Read the lines of each document, yielding it ready to be built."""
    document = _DocumentState(source, stem, None)
    pending_comments: list[str] = []
    sentence: _SentenceState | None = None
    produced = False
    lineno = 0
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line or line.isspace():
            if sentence is not None:
                document.end_sentence(sentence)
                sentence = None
            continue
        if line[0] == "#":
            if sentence is not None:
                if _is_newdoc(line):
                    raise ConllUError(
                        "`# newdoc` inside a sentence; end the sentence with a blank line first",
                        source=source,
                        line=lineno,
                    )
                # as in Stanza, a comment among the tokens belongs to their sentence
                sentence.comments.append(line)
                continue
            if _is_newdoc(line):
                if document.sentences:
                    if single:
                        raise ConllUError(
                            "a second document starts here (`# newdoc`) but read_conllu() reads "
                            "exactly one; use quoteattr.conllu.iter_conllu(), which yields one "
                            "Document per `# newdoc`",
                            source=source,
                            line=lineno,
                        )
                    yield document
                    produced = True
                    document = _DocumentState(source, stem, document.header)
                document.start_line = lineno
                key, value = split_comment(line)
                if key == "newdoc id" and value:
                    document.doc_id = value
            else:
                header = _entity_header(line)
                if header is not None:
                    document.set_header(header, lineno)
            pending_comments.append(line)
            continue
        if sentence is None:
            sentence = _SentenceState(pending_comments, lineno)
            pending_comments = []
        document.add_line(sentence, line, lineno)
    if sentence is not None:
        document.end_sentence(sentence)
    if document.sentences:
        yield document
    elif not produced:
        raise ConllUError(
            "no sentences: the input holds no token lines; "
            "check that this is a CoNLL-U file (ten tab-separated columns per token)",
            source=source,
            line=None if lineno == 0 else lineno,
        )


class _SentenceState:
    """What is collected for one sentence while its lines are read."""

    __slots__ = (
        "chain_open",
        "chain_spans",
        "comments",
        "dicts",
        "entity_open",
        "entity_spans",
        "first_line",
        "heads",
        "mwt_end",
        "mwt_line",
        "n_words",
        "newpar",
    )

    def __init__(self, comments: list[str], first_line: int) -> None:
        self.comments = comments
        self.newpar = any(_is_newpar(comment) for comment in comments)
        self.first_line = first_line
        self.dicts: list[dict[str, Any]] = []
        # (word, head, line) of every word with a head, checked at the sentence end
        self.heads: list[tuple[int, int, int]] = []
        self.n_words = 0
        self.mwt_end = 0
        self.mwt_line = 0
        # Entity=: key -> stack of (start, eid, etype, part, (line, position)); closed spans
        self.entity_open: dict[
            str, list[tuple[int, str, str | None, tuple[int, int] | None, tuple[int, int]]]
        ] = {}
        self.entity_spans: list[_Bracketed] = []
        # coref_chains=: chain id -> stack of (start, is_repr, line); closed spans
        self.chain_open: dict[int, list[tuple[int, bool, int]]] = {}
        self.chain_spans: list[tuple[int, int, int, bool]] = []


class _Bracketed:
    """One closed ``Entity=`` bracket pair: word span, inclusive end, and where it was."""

    __slots__ = ("close_line", "eid", "end", "etype", "open_line", "order", "part", "start")

    def __init__(
        self,
        eid: str,
        etype: str | None,
        part: tuple[int, int] | None,
        start: int,
        end: int,
        order: tuple[int, int],
        close_line: int,
    ) -> None:
        self.eid = eid
        self.etype = etype
        self.part = part
        self.start = start
        self.end = end
        # (line, position among the brackets of that line) of the opening bracket
        self.order = order
        self.open_line = order[0]
        self.close_line = close_line


class _DocumentState:
    """One document being read: sentence dicts, text pieces, coreference spans."""

    def __init__(
        self, source: str, stem: str | None, header: tuple[int, int | None] | None
    ) -> None:
        self.source = source
        self.doc_id: str | None = None
        self.stem = stem
        self.start_line = 0
        # (index of the eid field, index of the etype field or None)
        self.header = header
        self.has_coref_annotation = False
        self.sentences: list[list[dict[str, Any]]] = []
        self.comments: list[list[str]] = []
        # mentions per sentence: (eid, start, end exclusive, etype)
        self.entity_mentions: list[list[tuple[str, int, int, str | None]]] = []
        self.chain_mentions: list[list[tuple[int, int, int, bool]]] = []
        # text rebuilt from offsets: None until the first token decides
        self.with_offsets: bool | None = None
        self.pieces: list[str] = []
        self.position = 0
        self.previous_unit: dict[str, Any] | None = None
        # the words of the previous token when it is a multi-word token
        self.previous_words: list[dict[str, Any]] | None = None
        self.current_words: list[dict[str, Any]] = []
        self._propn_cache: dict[int, list[int]] = {}

    # -- header ------------------------------------------------------------

    def set_header(self, value: str, lineno: int) -> None:
        fields = value.split("-")
        eid_index = None
        for key in ("eid", "GRP"):
            if key in fields:
                eid_index = fields.index(key)
                break
        if eid_index is None:
            raise ConllUError(
                f"`# global.Entity = {value}` names no `eid` (or `GRP`) attribute; "
                "CorefUD headers look like `# global.Entity = eid-etype-head-other`",
                source=self.source,
                line=lineno,
            )
        etype_index = None
        for key in ("etype", "entity"):
            if key in fields:
                etype_index = fields.index(key)
                break
        self.header = (eid_index, etype_index)
        self.has_coref_annotation = True

    # -- token lines -------------------------------------------------------

    def error(self, reason: str, lineno: int | None) -> ConllUError:
        return ConllUError(reason, source=self.source, line=lineno)

    def add_line(self, sentence: _SentenceState, line: str, lineno: int) -> None:
        cols = line.split("\t")
        if len(cols) != _N_COLUMNS:
            raise self.error(
                f"expected {_N_COLUMNS} tab-separated columns, found {len(cols)}; "
                "CoNLL-U token lines need ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC "
                "(use _ for an empty field)",
                lineno,
            )
        token_id = cols[0]
        if token_id.isdigit() and token_id.isascii():
            self._add_word(sentence, cols, int(token_id), lineno)
        elif "-" in token_id:
            self._add_range(sentence, cols, token_id, lineno)
        elif "." in token_id:
            self._add_empty_node(sentence, cols, token_id, lineno)
        else:
            raise self.error(
                f"ID {token_id!r} is not an integer, a range like 3-4 or an empty node like 5.1",
                lineno,
            )

    def _add_word(
        self, sentence: _SentenceState, cols: list[str], word_id: int, lineno: int
    ) -> None:
        if word_id != sentence.n_words + 1:
            raise self.error(
                f"word ID {word_id} is out of sequence: expected {sentence.n_words + 1} "
                "(word IDs count 1, 2, 3, ... in every sentence)",
                lineno,
            )
        _, form, lemma, upos, xpos, feats, head_text, deprel, deps, misc = cols
        if not form:
            raise self.error("empty FORM column; use _ for an underscore or a missing form", lineno)
        # the fields Stanza's CoNLL.convert_conll_token keeps, with the same rules
        entry: dict[str, Any] = {"id": (word_id,), "text": form}
        if lemma != "_" or form == "_":
            entry["lemma"] = lemma
        if upos != "_":
            entry["upos"] = upos
        if xpos != "_":
            entry["xpos"] = xpos
        if feats != "_" and feats:
            entry["feats"] = feats
        if head_text != "_":
            if not (head_text.isdigit() and head_text.isascii()):
                raise self.error(
                    f"HEAD {head_text!r} is not a non-negative integer (or _ when unknown)",
                    lineno,
                )
            head = int(head_text)
            entry["head"] = head
            if head > 0:
                sentence.heads.append((word_id, head, lineno))
        if deprel != "_":
            entry["deprel"] = deprel
        if deps != "_" and deps:
            if _ENHANCED_DEPS.match(deps) is None:
                raise self.error(
                    f"DEPS {deps!r} is not a list of enhanced dependencies such as "
                    "2:nsubj|4.1:obj (or _)",
                    lineno,
                )
            entry["deps"] = deps
        sentence.n_words = word_id
        if misc != "_" and misc:
            self._read_misc(sentence, entry, misc, lineno, word_id - 1)
        sentence.dicts.append(entry)
        if word_id <= sentence.mwt_end:
            self.current_words.append(entry)
        else:
            self._add_unit(sentence, entry, lineno)

    def _add_range(
        self, sentence: _SentenceState, cols: list[str], token_id: str, lineno: int
    ) -> None:
        first_text, _, last_text = token_id.partition("-")
        if not (
            first_text.isdigit()
            and first_text.isascii()
            and last_text.isdigit()
            and last_text.isascii()
        ):
            raise self.error(
                f"ID {token_id!r} is not an integer, a range like 3-4 or an empty node like 5.1",
                lineno,
            )
        first, last = int(first_text), int(last_text)
        expected = sentence.n_words + 1
        if first != expected or last <= first:
            raise self.error(
                f"multi-word token range {token_id} does not fit here: it must start at the "
                f"next word ID ({expected}) and end after it",
                lineno,
            )
        if sentence.mwt_end > sentence.n_words:
            raise self.error(
                f"multi-word token range {token_id} starts before the words of the range on "
                f"line {sentence.mwt_line} are complete",
                lineno,
            )
        form = cols[1]
        if not form:
            raise self.error("empty FORM column on a multi-word token range line", lineno)
        entry: dict[str, Any] = {"id": (first, last), "text": form}
        misc = cols[9]
        if misc != "_" and misc:
            self._read_misc(sentence, entry, misc, lineno, None)
        sentence.mwt_end = last
        sentence.mwt_line = lineno
        sentence.dicts.append(entry)
        self._add_unit(sentence, entry, lineno)

    def _add_empty_node(
        self, sentence: _SentenceState, cols: list[str], token_id: str, lineno: int
    ) -> None:
        major, _, minor = token_id.partition(".")
        if not (major.isdigit() and major.isascii() and minor.isdigit() and minor.isascii()):
            raise self.error(
                f"ID {token_id!r} is not an integer, a range like 3-4 or an empty node like 5.1",
                lineno,
            )
        if int(major) != sentence.n_words:
            raise self.error(
                f"empty node {token_id} is out of sequence: it must follow word {major}",
                lineno,
            )
        # Stanza skips empty nodes; coreference brackets on one still count, at the
        # next word (opening) or the previous word (closing)
        misc = cols[9]
        if "Entity=" in misc:
            for item in misc.split("|"):
                if item.startswith("Entity="):
                    self._read_entity(
                        sentence, item[7:], lineno, sentence.n_words, sentence.n_words - 1
                    )
                    self.has_coref_annotation = True

    def _read_misc(
        self,
        sentence: _SentenceState,
        entry: dict[str, Any],
        misc: str,
        lineno: int,
        word_index: int | None,
    ) -> None:
        """Move Stanza's MISC keys into ``entry``; read coreference; keep the rest in MISC.

        ``word_index`` is None on a multi-word token's range line.
        """
        # fast path: Stanza writes its keys last, as start_char=N|end_char=M|ner=TAG
        match = _STANZA_TAIL.search(misc)
        if match is not None:
            entry[_START_CHAR] = int(match.group(1))
            entry[_END_CHAR] = int(match.group(2))
            if match.group(3) is not None:
                entry[_NER] = match.group(3)
            misc = misc[: match.start()]
            if not misc:
                return
        if not _SPECIAL_MISC.search(misc):
            entry["misc"] = misc
            return
        keep: list[str] = []
        for item in misc.split("|"):
            key, sep, value = item.partition("=")
            if not sep:
                keep.append(item)
            elif key in (_START_CHAR, _END_CHAR):
                if not (value.isdigit() and value.isascii()):
                    raise self.error(
                        f"{key}={value!r} is not a non-negative integer offset", lineno
                    )
                entry[key] = int(value)
            elif key == _NER:
                entry[_NER] = value
            elif key == _ENTITY:
                if word_index is None:
                    raise self.error(
                        "Entity= on a multi-word token range line; CorefUD puts mentions on "
                        "the words of the token (the lines after the range line)",
                        lineno,
                    )
                self._read_entity(sentence, value, lineno, word_index, word_index)
                self.has_coref_annotation = True
                keep.append(item)
            elif key == _COREF_CHAINS:
                if word_index is None:
                    raise self.error(
                        "coref_chains= on a multi-word token range line; Stanza writes it on words",
                        lineno,
                    )
                self._read_coref_chains(sentence, value, lineno, word_index)
                self.has_coref_annotation = True
            else:
                keep.append(item)
        if keep:
            entry["misc"] = "|".join(keep)

    # -- offsets and text --------------------------------------------------

    def _add_unit(self, sentence: _SentenceState, entry: dict[str, Any], lineno: int) -> None:
        """A token (range line or single word) starts: check its offsets, place its text.

        The gap before it is filled with the whitespace its predecessor's ``SpaceAfter`` /
        ``SpacesAfter`` (or its own ``SpacesBefore``, first in the document) gives, cut or
        padded with spaces to the gap's length. A gap that no annotation describes is
        spaces, except before a sentence marked ``# newpar``: there it is line breaks
        (a blank line, ``"\\n\\n"``, for a gap of two), as paragraph breaks are.
        """
        start = entry.get(_START_CHAR)
        end = entry.get(_END_CHAR)
        with_offsets = self.with_offsets
        if with_offsets is None:
            with_offsets = self.with_offsets = start is not None or end is not None
        if not with_offsets:
            if start is not None or end is not None:
                raise self.error(
                    "this token has start_char/end_char but earlier tokens of the document do "
                    "not; give offsets on every token or on none",
                    lineno,
                )
            return
        if start is None or end is None:
            raise self.error(
                "this token lacks start_char or end_char in MISC but earlier tokens have them; "
                "give both offsets on every token (on the range line of a multi-word token) "
                "or on none",
                lineno,
            )
        form: str = entry["text"]
        if end - start != len(form):
            raise self.error(
                f"offsets start_char={start}|end_char={end} span {end - start} characters but "
                f"the form {form!r} has {len(form)}; the offsets must index the form in the text",
                lineno,
            )
        position = self.position
        if start < position:
            raise self.error(
                f"start_char={start} lies before the end of the previous token ({position}); "
                "offsets must increase and tokens must not overlap",
                lineno,
            )
        previous = self.previous_unit
        previous_words = self.previous_words
        if previous is not None and previous_words:
            _offsets_for_words(previous, previous_words)
        gap = start - position
        if gap:
            if previous is None:
                spaces = _unit_space_before(entry)
            else:
                annotated = _unit_space_after(previous, previous_words)
                if annotated is not None:
                    spaces = annotated
                elif len(sentence.dicts) == 1 and sentence.newpar:
                    spaces = "\n" * min(gap, 2)
                else:
                    spaces = " "
            if len(spaces) != gap:
                spaces = spaces[:gap] + " " * (gap - len(spaces[:gap]))
            self.pieces.append(spaces)
        self.pieces.append(form)
        self.position = end
        self.previous_unit = entry
        if len(entry["id"]) > 1:
            self.previous_words = self.current_words = []
        else:
            self.previous_words = None

    # -- coreference ---------------------------------------------------------

    def _read_entity(
        self, sentence: _SentenceState, value: str, lineno: int, open_at: int, close_at: int
    ) -> None:
        chunks = _ENTITY_CHUNK.findall(value)
        if not value or sum(map(len, chunks)) != len(value):
            raise self.error(
                f"cannot read Entity={value!r}: expected CorefUD brackets such as "
                "(e1-person, e1) or (e1-person)",
                lineno,
            )
        if self.header is None:
            self.set_header(_DEFAULT_ENTITY_HEADER, lineno)
        assert self.header is not None
        eid_index, etype_index = self.header
        for position, chunk in enumerate(chunks):
            if chunk[0] == "(":
                closing = chunk[-1] == ")"
                body = chunk[1:-1] if closing else chunk[1:]
                values = body.split("-")
                if eid_index >= len(values) or not values[eid_index]:
                    raise self.error(f"Entity bracket {chunk!r} has no entity id", lineno)
                key = values[eid_index]
                etype = None
                if etype_index is not None and etype_index < len(values) and values[etype_index]:
                    etype = values[etype_index]
                eid, part = self._split_part(key, lineno)
                if closing:
                    sentence.entity_spans.append(
                        _Bracketed(eid, etype, part, open_at, close_at, (lineno, position), lineno)
                    )
                else:
                    sentence.entity_open.setdefault(key, []).append(
                        (open_at, eid, etype, part, (lineno, position))
                    )
            else:
                key = chunk[:-1]
                stack = sentence.entity_open.get(key)
                if not stack:
                    raise self.error(
                        f"Entity bracket {chunk!r} closes entity {key} but no mention of it is "
                        "open in this sentence",
                        lineno,
                    )
                start, eid, etype, part, order = stack.pop()
                sentence.entity_spans.append(
                    _Bracketed(eid, etype, part, start, close_at, order, lineno)
                )

    def _split_part(self, key: str, lineno: int) -> tuple[str, tuple[int, int] | None]:
        if not key.endswith("]"):
            return key, None
        match = _DISCONTINUOUS.match(key)
        if match is None:
            raise self.error(
                f"entity id {key!r} ends with ] but is not a discontinuous part such as e3[1/2]",
                lineno,
            )
        index, total = int(match.group(2)), int(match.group(3))
        if not 1 <= index <= total:
            raise self.error(f"discontinuous part {key!r}: part number must be 1..{total}", lineno)
        return match.group(1), (index, total)

    def _read_coref_chains(
        self, sentence: _SentenceState, value: str, lineno: int, word_index: int
    ) -> None:
        for piece in value.split(","):
            match = _COREF_CHAIN_PIECE.match(piece)
            if match is None:
                raise self.error(
                    f"cannot read coref_chains item {piece!r}: Stanza writes "
                    "start-id0, end-id0, unit-id0 or middle-id0, optionally with repr- before id",
                    lineno,
                )
            position, repr_flag, chain_text = match.groups()
            chain_id = int(chain_text)
            is_repr = repr_flag is not None
            if position == "unit":
                sentence.chain_spans.append((chain_id, word_index, word_index + 1, is_repr))
            elif position == "start":
                sentence.chain_open.setdefault(chain_id, []).append((word_index, is_repr, lineno))
            elif position == "end":
                stack = sentence.chain_open.get(chain_id)
                if not stack:
                    raise self.error(
                        f"coref_chains item {piece!r} ends a mention of chain {chain_id} that "
                        "was not started in this sentence",
                        lineno,
                    )
                start, start_repr, _ = stack.pop()
                sentence.chain_spans.append((chain_id, start, word_index + 1, start_repr))
            elif not sentence.chain_open.get(chain_id):
                raise self.error(
                    f"coref_chains item {piece!r} is inside no open mention of chain {chain_id}",
                    lineno,
                )

    # -- sentence end --------------------------------------------------------

    def _check_tree(self, sentence: _SentenceState) -> None:
        """Every word reaches the root through its heads: no cycle (``4 → 5 → 4``)."""
        head_of = {word: (head, lineno) for word, head, lineno in sentence.heads}
        rooted: set[int] = set()
        for word in head_of:
            path: list[int] = []
            k = word
            while k in head_of and k not in rooted:
                if k in path:
                    cycle = " -> ".join(map(str, [*path[path.index(k) :], k]))
                    raise self.error(
                        f"the HEADs of words {cycle} form a cycle; a sentence's words must "
                        "form a tree under the root (HEAD 0)",
                        head_of[k][1],
                    )
                path.append(k)
                k = head_of[k][0]
            rooted.update(path)

    def end_sentence(self, sentence: _SentenceState) -> None:
        n_words = sentence.n_words
        if n_words == 0:
            raise self.error(
                "sentence without words (only multi-word token ranges or empty nodes)",
                sentence.first_line,
            )
        if sentence.mwt_end > n_words:
            raise self.error(
                f"multi-word token range ends at word {sentence.mwt_end} but the sentence has "
                f"only {n_words} words",
                sentence.mwt_line,
            )
        for _, head, lineno in sentence.heads:
            if head > n_words:
                raise self.error(
                    f"HEAD {head} is out of range: the sentence has {n_words} words "
                    "(0 is the root)",
                    lineno,
                )
        self._check_tree(sentence)
        for stack in sentence.entity_open.values():
            if stack:
                raise self.error(
                    f"Entity mention of {stack[-1][1]} opened here is not closed before the end of "
                    "its sentence; mentions cannot cross sentence boundaries",
                    stack[-1][4][0],
                )
        for chain_stack in sentence.chain_open.values():
            if chain_stack:
                raise self.error(
                    "coref_chains mention started here does not end in its sentence",
                    chain_stack[-1][2],
                )
        self.entity_mentions.append(self._entity_mentions(sentence))
        self.chain_mentions.append(sentence.chain_spans)
        self.sentences.append(sentence.dicts)
        self.comments.append(sentence.comments)

    def _entity_mentions(self, sentence: _SentenceState) -> list[tuple[str, int, int, str | None]]:
        spans = [span for span in sentence.entity_spans if span.start <= span.end]
        if not spans:
            return []
        _check_crossing(spans, self)
        mentions: list[tuple[str, int, int, str | None]] = []
        groups: dict[tuple[str, int], list[dict[int, _Bracketed]]] = {}
        for span in sorted(spans, key=lambda span: span.order):
            if span.part is None:
                mentions.append((span.eid, span.start, span.end + 1, span.etype))
                continue
            index, total = span.part
            candidates = groups.setdefault((span.eid, total), [])
            if index == 1:
                candidates.append({1: span})
                continue
            for group in candidates:
                if index not in group:
                    group[index] = span
                    break
            else:
                raise self.error(
                    f"part {index}/{total} of a discontinuous mention of {span.eid} has no part 1 "
                    "before it in this sentence",
                    span.open_line,
                )
        for (eid, total), candidates in groups.items():
            for group in candidates:
                if len(group) != total:
                    raise self.error(
                        f"discontinuous mention of {eid} has {len(group)} of its {total} parts in "
                        "this sentence; all parts must be in the sentence of the first",
                        group[1].open_line,
                    )
                parts = list(group.values())
                etype = next((part.etype for part in parts if part.etype), None)
                start = min(part.start for part in parts)
                end = max(part.end for part in parts)
                mentions.append((eid, start, end + 1, etype))
        return mentions

    # -- the Document ------------------------------------------------------

    def build(self) -> Any:
        """The ``stanza.Document``: text, offsets, entities, chains and id set."""
        if self.with_offsets and self.previous_unit is not None:
            if self.previous_words:
                _offsets_for_words(self.previous_unit, self.previous_words)
            last = _unit_space_after(self.previous_unit, self.previous_words)
            if last and last != " ":  # as CoNLL.add_char_offsets does
                self.pieces.append(last)
            text = "".join(self.pieces)
        else:
            text = CoNLL.add_char_offsets(self.sentences, self.comments)
        try:
            doc = stanza.Document(self.sentences, text=None, comments=self.comments)
        except (ValueError, IndexError, AssertionError, KeyError) as exc:  # pragma: no cover
            # a safety net: the checks above are meant to leave Stanza nothing to reject
            raise self.error(
                f"Stanza could not build the document: {exc}", self.start_line or None
            ) from exc
        doc.text = text
        for sentence in doc.sentences:
            tokens = sentence.tokens
            sentence.text = text[tokens[0].start_char : tokens[-1].end_char]
        doc.build_ents()
        if self.has_coref_annotation:
            doc.coref = self._chains(doc)
        doc_id = self.doc_id if self.doc_id is not None else self.stem
        setattr(doc, _DOC_ID_ATTR, doc_id)
        return doc

    def _propn_before(self, sent: int) -> list[int]:
        """Running count of PROPN words in a sentence (cached): ``[0, ..., n_propn]``."""
        cached = self._propn_cache.get(sent)
        if cached is None:
            flags = (
                entry.get("upos") == "PROPN"
                for entry in self.sentences[sent]
                if len(entry["id"]) == 1
            )
            cached = self._propn_cache[sent] = list(accumulate(flags, initial=0))
        return cached

    def _chains(self, doc: Any) -> list[Any]:
        """The ``CorefChain`` list, from ``coref_chains=`` marks if any, else ``Entity=``."""
        entity_chains: dict[str, list[tuple[int, int, int]]] = {}
        entity_type: dict[str, str] = {}
        for sent_index, mentions in enumerate(self.entity_mentions):
            for eid, start, end, etype in mentions:
                entity_chains.setdefault(eid, []).append((sent_index, start, end))
                if etype and eid not in entity_type:
                    entity_type[eid] = etype
        has_chain_marks = any(self.chain_mentions)
        clusters: list[
            tuple[list[tuple[int, int, int]], tuple[int, int, int] | None, str | None]
        ] = []
        if has_chain_marks:
            etype_by_mentions = {
                frozenset(spans): entity_type.get(eid) for eid, spans in entity_chains.items()
            }
            marked: dict[int, list[tuple[int, int, int]]] = {}
            representatives: dict[int, list[tuple[int, int, int]]] = {}
            for sent_index, marks in enumerate(self.chain_mentions):
                for chain_id, start, end, is_repr in marks:
                    marked.setdefault(chain_id, []).append((sent_index, start, end))
                    if is_repr:
                        representatives.setdefault(chain_id, []).append((sent_index, start, end))
            for chain_id, spans in marked.items():
                chosen = representatives.get(chain_id, [])
                representative = chosen[0] if len(set(chosen)) == 1 else None
                clusters.append((spans, representative, etype_by_mentions.get(frozenset(spans))))
        else:
            for eid, spans in entity_chains.items():
                clusters.append((spans, None, entity_type.get(eid)))
        # mentions sorted as Stanza sorts them; chains ordered by their first mention, then
        # (same first mention) by the order their entities first appear in the file
        prepared = [
            (sorted(set(spans)), representative, etype) for spans, representative, etype in clusters
        ]
        order = sorted(range(len(prepared)), key=lambda index: (prepared[index][0][0], index))
        chains = []
        for index, (unique, representative, etype) in enumerate(prepared[i] for i in order):
            mentions = [CorefMention(sent, start, end) for sent, start, end in unique]
            if representative is not None:
                best: int | None = unique.index(representative)
            else:
                best = _representative_index(unique, self._propn_before)
            if best is None:  # pragma: no cover - every mention has words
                text = "_"
            else:
                sent, start, end = unique[best]
                text = extract_text(doc, sent, start, end)
            chain = CorefChain(index, mentions, text, best)
            setattr(chain, _ETYPE_ATTR, etype)
            chains.append(chain)
        return chains


def _check_crossing(spans: list[_Bracketed], document: _DocumentState) -> None:
    """Raise when two bracketed spans of one entity overlap without one containing the other.

    Mentions of *different* entities may cross (CorefUD allows it, and closing brackets
    name their entity, so nothing is ambiguous). Two crossing spans of the *same* entity
    cannot be written with well-formed brackets; they can only come from overlapping
    parts of discontinuous mentions, or from mixing ``e1`` and ``e1[1/2]`` brackets.
    """
    by_entity: dict[str, list[_Bracketed]] = {}
    for span in spans:
        by_entity.setdefault(span.eid, []).append(span)
    for same in by_entity.values():
        if len(same) < 2:
            continue
        stack: list[_Bracketed] = []
        for span in sorted(same, key=lambda span: (span.start, -span.end)):
            while stack and stack[-1].end < span.start:
                stack.pop()
            if stack and stack[-1].end < span.end:
                first, second = sorted((stack[-1], span), key=lambda item: item.close_line)
                raise document.error(
                    f"Entity brackets cross: the mention of {first.eid} opened on line "
                    f"{first.open_line} closes here, inside another mention of {second.eid} "
                    f"(opened on line {second.open_line}) that closes later; mentions of one "
                    "entity must nest",
                    first.close_line,
                )
            stack.append(span)


def _representative_index(
    spans: list[tuple[int, int, int]], propn_before: Callable[[int], list[int]]
) -> int | None:
    """The mention Stanza's CorefProcessor makes representative (see its ``process``).

    The longest mention (in words) wins; on a tie, one with strictly more PROPN words
    than the best so far; otherwise the earliest stays. ``propn_before(sent)[i]`` is the
    number of PROPN words before word ``i`` of sentence ``sent``.
    """
    max_len = 0
    max_propn = 0
    best = None
    for index, (sent, start, end) in enumerate(spans):
        length = end - start
        if length < max_len:
            continue
        counts = propn_before(sent)
        n_propn = counts[end] - counts[start]
        if length > max_len or n_propn > max_propn:
            max_len = length
            best = index
            max_propn = n_propn
    return best


def _offsets_for_words(token: dict[str, Any], words: list[dict[str, Any]]) -> None:
    """Give the words of a multi-word token offsets, as Stanza does, when they have none."""
    if any(_START_CHAR not in word for word in words):
        annotate_mwt_words(token, words, token[_START_CHAR])


def _unit_space_after(token: dict[str, Any], words: list[dict[str, Any]] | None) -> str | None:
    """Whitespace after a token, with Stanza's precedence (its last word, then the range line).

    None when no ``SpaceAfter`` / ``SpacesAfter`` annotation says anything (one space, by
    UD's convention).
    """
    for entry in (words[-1], token) if words else (token,):
        misc = entry.get("misc")
        if misc and "pace" in misc:
            for piece in misc.split("|"):
                if piece[:11].lower() == "spaceafter=" or piece[:12].lower() == "spacesafter=":
                    return str(misc_to_space_after(misc))
    return None


def _unit_space_before(token: dict[str, Any]) -> str:
    misc = token.get("misc")
    if misc and "SpacesBefore=" in misc:
        return str(misc_to_space_before(misc))
    return ""
