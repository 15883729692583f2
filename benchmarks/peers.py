"""Peer systems and shared helpers for the benchmarks.

The peer is textacy's ``textacy.extract.triples.direct_quotations`` (textacy 0.13): a rule
over spaCy parses that finds direct quotations with a speaker and a reporting verb. To run it
on the same annotations quoteattr reads, a spaCy ``Doc`` is built from the stanza Document
(words, whitespace from the character offsets, lemmas, UPOS, XPOS, heads, dependency labels)
on a blank ``spacy.blank("en")`` vocabulary: no spaCy model is used. UD v2 labels that
textacy's rules look for under their spaCy (ClearNLP) names are renamed (:data:`SPACY_DEPS`);
everything else is kept.

textacy raises ``ValueError`` on a document with an odd number of quotation marks; such a
document gets no predictions, and the refusal is counted (:attr:`PeerRun.error`).

Run from the repository root; the benchmarks import this file as ``peers``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere: import the checkout
    sys.path.insert(0, str(REPO))

#: UD v2 labels renamed to the labels textacy's rules (written for spaCy English) test.
SPACY_DEPS: dict[str, str] = {
    "root": "ROOT",
    "nsubj:pass": "nsubjpass",
    "csubj:pass": "csubjpass",
    "aux:pass": "auxpass",
    "obj": "dobj",
    "flat": "compound",  # textacy expands a speaker through `compound` children
    "compound:prt": "prt",
    "nmod:poss": "poss",
}
_NEGATIONS = frozenset({"not", "n't", "never", "n’t"})


# --------------------------------------------------------------------------- data


def data_dir(arg: str | None = None) -> Path:
    """The shared data folder: ``arg``, else ``$QUOTEATTR_DATA``, else ``<repo>/../shared/data``."""
    if arg:
        return Path(arg)
    env = os.environ.get("QUOTEATTR_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


def examples_dir(arg: str | None = None) -> Path:
    """The examples folder: ``arg``, else ``$QUOTEATTR_EXAMPLES``, else ``<repo>/../shared/examples``."""
    if arg:
        return Path(arg)
    env = os.environ.get("QUOTEATTR_EXAMPLES")
    return Path(env) if env else REPO.parent / "shared" / "examples"


def refuse_held_out(path: Path) -> None:
    """Stop when a path points into PolNeAR's held-out test split, which must stay unseen."""
    parts = [p.lower() for p in path.resolve().parts]
    if "test" in parts and any("polnear" in p for p in parts):
        raise SystemExit(
            f"refusing to read {path}: the PolNeAR test split is held out for the final "
            "evaluation and must not be opened by the benchmarks"
        )


def triples(folder: Path) -> list[tuple[str, Path, Path]]:
    """``(name, NAME.gold.json, NAME.conllu)`` for every document of a folder, sorted."""
    refuse_held_out(folder)
    out = []
    for gold in sorted(folder.glob("*.gold.json")):
        name = gold.name[: -len(".gold.json")]
        conllu = folder / (name + ".conllu")
        if conllu.is_file():
            out.append((name, gold, conllu))
    return out


def _reader() -> tuple[Callable[[Path], Any] | None, str]:
    try:
        import quoteattr
    except ImportError:
        return None, "stanza CoNLL.conll2doc"
    fn = getattr(quoteattr, "read_conllu", None)
    if callable(fn):
        return fn, "quoteattr.read_conllu"
    try:
        from quoteattr.conllu import read_conllu
    except ImportError:
        return None, "stanza CoNLL.conll2doc"
    return read_conllu, "quoteattr.conllu.read_conllu"


def reader_name() -> str:
    """Which CoNLL-U reader :func:`read_document` uses."""
    return _reader()[1]


def read_document(conllu: Path) -> Any:
    """Read ``NAME.conllu`` into a stanza Document whose ``text`` is ``NAME.txt``.

    Uses ``quoteattr.read_conllu`` when the package has it, else stanza's own reader.
    """
    refuse_held_out(conllu)
    fn = _reader()[0]
    doc = fn(conllu) if fn is not None else None
    if doc is None:
        from stanza.utils.conll import CoNLL

        doc = CoNLL.conll2doc(input_file=str(conllu))
    txt = conllu.with_suffix(".txt")
    if getattr(doc, "text", None) is None and txt.is_file():
        with txt.open(encoding="utf-8", newline="") as f:
            doc.text = f.read()
    return doc


def count_tokens(doc: Any) -> int:
    """Tokens of a stanza Document (multi-word tokens count once)."""
    return sum(len(s.tokens) for s in doc.sentences)


# --------------------------------------------------------------------------- textacy


def textacy_available() -> str | None:
    """``None`` when textacy and spaCy import, else why not."""
    try:
        import spacy  # noqa: F401
        import textacy.extract.triples  # noqa: F401
    except Exception as e:  # ImportError, or a broken install raising anything
        return f"textacy/spaCy not importable ({type(e).__name__}: {e}); pip install textacy spacy"
    return None


@attrs.frozen
class SpacyDoc:
    """A spaCy Doc built from a stanza Document, with the original offset of every word.

    Attributes:
        doc: the spaCy ``Doc`` (its own text may differ in whitespace from the original).
        offsets: ``(start, end)`` in the original text, one per spaCy token.
        text: the original text.
    """

    doc: Any
    offsets: tuple[tuple[int, int], ...]
    text: str


_VOCAB: list[Any] = []


def blank_vocab() -> Any:
    """A shared blank English vocabulary (no model)."""
    if not _VOCAB:
        import spacy

        _VOCAB.append(spacy.blank("en").vocab)
    return _VOCAB[0]


def to_spacy(document: Any, vocab: Any | None = None) -> SpacyDoc:
    """Build a spaCy ``Doc`` from a stanza Document (words, lemmas, POS, tags, heads, deps)."""
    from spacy.tokens import Doc

    text: str = document.text or ""
    words: list[str] = []
    lemmas: list[str] = []
    pos: list[str] = []
    tags: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    offsets: list[tuple[int, int]] = []
    for sentence in document.sentences:
        base = len(words)
        for token in sentence.tokens:
            for word in token.words:
                start = word.start_char if word.start_char is not None else token.start_char
                end = word.end_char if word.end_char is not None else token.end_char
                offsets.append((int(start), int(end)))
                words.append(word.text or "_")
                lemmas.append(word.lemma or word.text or "_")
                pos.append(word.upos or "X")
                tags.append(word.xpos or "")
                heads.append(base + (word.head - 1 if word.head else word.id - 1))
                dep = word.deprel or "dep"
                if dep == "advmod" and (word.text or "").lower() in _NEGATIONS:
                    dep = "neg"
                deps.append(SPACY_DEPS.get(dep, dep))
    spaces = [
        (offsets[i + 1][0] if i + 1 < len(offsets) else len(text)) > offsets[i][1]
        for i in range(len(offsets))
    ]
    doc = Doc(
        vocab if vocab is not None else blank_vocab(),
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        tags=tags,
        heads=heads,
        deps=deps,
    )
    return SpacyDoc(doc=doc, offsets=tuple(offsets), text=text)


@attrs.frozen
class PeerRun:
    """What a peer produced for one document.

    Attributes:
        quotes: predictions in the JSONL quote-dict form (``quoteattr.model.Quote.to_dict``).
        error: why the peer gave up on the document (textacy's exception), else ``None``.
    """

    quotes: tuple[dict[str, Any], ...]
    error: str | None = None


def _extent(sd: SpacyDoc, indices: Sequence[int]) -> tuple[int, int]:
    return sd.offsets[min(indices)][0], sd.offsets[max(indices)][1]


def _span_dict(sd: SpacyDoc, span: tuple[int, int]) -> dict[str, Any]:
    return {"text": sd.text[span[0] : span[1]], "start": span[0], "end": span[1]}


def textacy_quotes(sd: SpacyDoc) -> PeerRun:
    """Run ``direct_quotations`` on a built Doc and convert its triples to quote dicts.

    Content = the tokens between the two quotation marks (the contract keeps marks out);
    speaker and cue = the extent of textacy's token lists (a speaker with conjuncts spans
    them all). Every quote is ``kind="direct"``, ``rule="textacy"``, ``sieve="textacy"``.
    """
    from textacy.extract.triples import direct_quotations

    try:
        found = list(direct_quotations(sd.doc))
    except ValueError as e:
        return PeerRun(quotes=(), error=f"ValueError: {e}")
    quotes: list[dict[str, Any]] = []
    for speaker, cue, content in found:
        inner = list(range(content.start + 1, content.end - 1)) or [content.start]
        spans = _extent(sd, inner)
        speaker_span = _extent(sd, [t.i for t in speaker])
        cue_span = _extent(sd, [t.i for t in cue])
        quotes.append(
            {
                "kind": "direct",
                "text": sd.text[spans[0] : spans[1]],
                "spans": [list(spans)],
                "cue": _span_dict(sd, cue_span),
                "speaker": {
                    "name": sd.text[speaker_span[0] : speaker_span[1]],
                    "mention": _span_dict(sd, speaker_span),
                    "entity_type": None,
                    "chain": None,
                    "named": False,
                    "resolution": "mention",
                },
                "source": None,
                "rule": "textacy",
                "sieve": "textacy",
                "confidence": 1.0,
                "paragraph": 0,
                "repaired": False,
            }
        )
    quotes.sort(key=lambda q: (q["spans"][0][0], q["spans"][0][1]))
    return PeerRun(quotes=tuple(quotes))


def run_textacy(document: Any) -> PeerRun:
    """Build the spaCy Doc and run textacy on one stanza Document."""
    return textacy_quotes(to_spacy(document))


# --------------------------------------------------------------------------- quoteattr


def quoteattr_attribute() -> tuple[Callable[[Any], Any] | None, str | None]:
    """``(quoteattr.attribute, note)``, or ``(None, why it is unavailable)``.

    Falls back to ``quoteattr.api.attribute`` (with a note) while the package does not
    export ``attribute`` yet.
    """
    try:
        import quoteattr
    except Exception as e:
        return None, f"quoteattr not importable ({type(e).__name__}: {e}): only the peer is run"
    fn = getattr(quoteattr, "attribute", None)
    if callable(fn):
        return fn, None
    try:
        from quoteattr.api import attribute
    except Exception:
        return None, "quoteattr.attribute() does not exist yet: only the peer is run"
    return attribute, "quoteattr.attribute() is not exported yet: using quoteattr.api.attribute"


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best
