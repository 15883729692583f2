"""Hypothesis strategies for quoteattr's result objects.

Every object drawn is valid: offsets index into the document text
(``0 <= start <= end <= len(text)``, ``span.text == text[start:end]``), a quote has
one or more non-empty spans in text order, and the quotes of a document are in text
order and do not overlap one another. Cues, speaker mentions and source mentions are
any non-empty spans of the text, so they may overlap quotes and each other: renderers
must cope with that.

The main entry point is :func:`document_results`; the smaller strategies it is built
from take the document text so they can be reused for other objects::

    @given(strategies.document_results())
    def test_something(result: DocumentResult) -> None: ...

    @given(st.data())
    def test_other(data: st.DataObject) -> None:
        text = data.draw(strategies.texts(min_size=1))
        span = data.draw(strategies.spans(text))
"""

from __future__ import annotations

import re

from hypothesis import strategies as st

from quoteattr.model import (
    QUOTE_KINDS,
    SOURCE_TYPES,
    DocumentResult,
    Quote,
    Rejected,
    Source,
    Span,
    Speaker,
)

__all__ = [
    "TRICKY_CHARACTERS",
    "document_results",
    "names",
    "quotes",
    "rejected",
    "sources",
    "spans",
    "speakers",
    "texts",
]

#: Characters that break naive output code: markup, quotation marks, line and
#: paragraph breaks, Unicode line separators, a combining accent, a wide character.
TRICKY_CHARACTERS = "<>&\"'“”‘’«»\n\n\r\t\u2028\u2029\x85\u0301é中 ,."

_NAMES = ("Kim Jong Un", "a Western official", "Angela Merkel", "the ministry", "he", "Reuters")
_ENTITY_TYPES = (None, "PERSON", "ORG", "GPE", "NORP")
_RULES = ("direct.marks", "mixed.clause", "indirect.verb", "according_to")
_SIEVES = (None, "tri", "dep", "onename", "voc", "paraend", "conv", "sup", "loose")


def texts(*, min_size: int = 0, max_size: int = 120) -> st.SearchStrategy[str]:
    """Document texts: plain words mixed with :data:`TRICKY_CHARACTERS` and any other
    encodable character (no lone surrogates)."""
    alphabet = st.one_of(
        st.sampled_from("abcdefghij klmnop Said said."),
        st.sampled_from(TRICKY_CHARACTERS),
        st.characters(codec="utf-8"),
    )
    return st.text(alphabet, min_size=min_size, max_size=max_size)


def names() -> st.SearchStrategy[str]:
    """Speaker and source names: a few recurring ones, so speakers group, and odd text."""
    return st.one_of(st.sampled_from(_NAMES), texts(min_size=1, max_size=12))


@st.composite
def spans(draw: st.DrawFn, text: str, *, allow_empty: bool = False) -> Span:
    """A span of ``text`` (non-empty unless ``allow_empty``; ``text`` must then be non-empty)."""
    least = 0 if allow_empty else 1
    start = draw(st.integers(0, len(text) - least))
    end = draw(st.integers(start + least, len(text)))
    return Span(start, end, text[start:end])


def _optional_span(text: str) -> st.SearchStrategy[Span | None]:
    if not text:
        return st.none()
    return st.none() | spans(text)


@st.composite
def speakers(draw: st.DrawFn, text: str) -> Speaker:
    """A speaker whose mention (when there is one) is a span of ``text``."""
    chain = draw(st.none() | st.integers(0, 3))
    return Speaker(
        name=draw(names()),
        mention=draw(_optional_span(text)),
        entity_type=draw(st.sampled_from(_ENTITY_TYPES)),
        chain=chain,
        named=draw(st.booleans()),
        resolution=draw(st.sampled_from(("coref", "mention", "no-coref"))),
    )


@st.composite
def sources(draw: st.DrawFn, text: str) -> Source:
    """A source whose mention (when there is one) is a span of ``text``."""
    return Source(
        name=draw(names()),
        mention=draw(_optional_span(text)),
        type=draw(st.sampled_from(SOURCE_TYPES)),
        rule=draw(st.sampled_from(_RULES)),
    )


def _paragraph(text: str, offset: int) -> int:
    return len(re.findall(r"\n[ \t]*\n", text[:offset]))


@st.composite
def quotes(draw: st.DrawFn, text: str, parts: tuple[Span, ...]) -> Quote:
    """A quote of ``text`` made of the spans ``parts``, with optional cue, speaker, source."""
    return Quote(
        kind=draw(st.sampled_from(QUOTE_KINDS)),
        spans=parts,
        cue=draw(_optional_span(text)),
        speaker=draw(st.none() | speakers(text)),
        source=draw(st.none() | sources(text)),
        rule=draw(st.sampled_from(_RULES)),
        sieve=draw(st.sampled_from(_SIEVES)),
        confidence=draw(st.floats(0.0, 1.0)),
        paragraph=_paragraph(text, parts[0].start),
        repaired=draw(st.booleans()),
    )


@st.composite
def rejected(draw: st.DrawFn, text: str) -> Rejected:
    """A rejected stretch of ``text`` (which must be non-empty)."""
    return Rejected(
        span=draw(spans(text)),
        rule=draw(st.sampled_from(("title", "scare", "too_short"))),
        reason=draw(texts(max_size=20)),
    )


@st.composite
def document_results(
    draw: st.DrawFn,
    *,
    text: st.SearchStrategy[str] | None = None,
    max_quotes: int = 5,
    max_spans_per_quote: int = 3,
) -> DocumentResult:
    """A valid :class:`DocumentResult`: quotes with disjoint spans in text order.

    Args:
        text: the strategy for the document text (default :func:`texts`).
        max_quotes: the most quotes drawn (fewer when the text is short).
        max_spans_per_quote: the most spans one quote is made of.
    """
    document = draw(texts() if text is None else text)
    # Disjoint non-empty intervals in text order: pairs of distinct sorted offsets.
    most = max_quotes * max_spans_per_quote
    offsets = sorted(draw(st.sets(st.integers(0, len(document)), max_size=2 * most)))
    intervals = [
        Span(s, e, document[s:e]) for s, e in zip(offsets[0::2], offsets[1::2], strict=False)
    ]
    found: list[Quote] = []
    while intervals and len(found) < max_quotes:
        size = draw(st.integers(1, min(max_spans_per_quote, len(intervals))))
        parts, intervals = tuple(intervals[:size]), intervals[size:]
        found.append(draw(quotes(document, parts)))
    refused = draw(st.lists(rejected(document), max_size=2)) if document else []
    return DocumentResult(
        doc_id=draw(st.none() | texts(min_size=1, max_size=10)),
        text=document,
        quotes=tuple(found),
        rejected=tuple(refused),
        coref=draw(st.booleans()),
    )


# --- quotation marks and hand-built documents (tests/test_marks.py, tests/test_detect.py) --

#: Every quotation mark :mod:`quoteattr.marks` knows, with the doubled-apostrophe and PTB
#: pairs as single pieces.
QUOTATION_MARKS = (
    '"',
    "“",
    "”",
    "„",
    "‟",
    "«",
    "»",
    "‹",
    "›",
    "‘",
    "’",
    "‚",
    "‛",
    "'",
    "`",
    "``",
    "''",
)

_QUOTE_TEXT_PIECES = (
    "port",
    "Said",
    "said",
    "O",
    "90s",
    "6",
    "n",
    "s",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\n \n",
    ",",
    ".",
    ":",
    "?",
    "-",
    "(",
    ")",
)


def quote_texts(*, max_pieces: int = 60) -> st.SearchStrategy[str]:
    """Texts for the quotation-mark scanner: words, spaces, line breaks and blank lines,
    punctuation, digits and every kind of quotation mark, in any order."""
    piece = st.one_of(
        st.sampled_from(_QUOTE_TEXT_PIECES),
        st.sampled_from(QUOTATION_MARKS),
        st.sampled_from(QUOTATION_MARKS).map(lambda m: m + "word"),
        st.sampled_from(QUOTATION_MARKS).map(lambda m: "word" + m),
    )
    return st.lists(piece, max_size=max_pieces).map("".join)


#: (form, lemma, upos, xpos): a small vocabulary of speech cues, function words,
#: names, transcript labels and quotation-mark tokens.
_VOCABULARY = (
    ("said", "say", "VERB", "VBD"),
    ("told", "tell", "VERB", "VBD"),
    ("urged", "urge", "VERB", "VBD"),
    ("called", "call", "VERB", "VBD"),
    ("named", "name", "VERB", "VBN"),
    ("knew", "know", "VERB", "VBD"),
    ("asked", "ask", "VERB", "VBD"),
    ("announced", "announce", "VERB", "VBN"),
    ("claim", "claim", "NOUN", "NN"),
    ("According", "accord", "VERB", "VBG"),
    ("according", "accord", "VERB", "VBG"),
    ("to", "to", "ADP", "IN"),
    ("for", "for", "ADP", "IN"),
    ("that", "that", "SCONJ", "IN"),
    ("whether", "whether", "SCONJ", "IN"),
    ("it", "it", "PRON", "PRP"),
    ("she", "she", "PRON", "PRP"),
    ("was", "be", "AUX", "VBD"),
    ("not", "not", "PART", "RB"),
    ("the", "the", "DET", "DT"),
    ("port", "port", "NOUN", "NN"),
    ("closed", "closed", "ADJ", "JJ"),
    ("Smith", "Smith", "PROPN", "NNP"),
    ("Reuters", "Reuters", "PROPN", "NNP"),
    ("SMITH", "Smith", "PROPN", "NNP"),
    ("Q", "q", "PROPN", "NNP"),
    ("’s", "'s", "PART", "POS"),
    ("n’t", "not", "PART", "RB"),
    (",", ",", "PUNCT", ","),
    (".", ".", "PUNCT", "."),
    (":", ":", "PUNCT", ":"),
    ("?", "?", "PUNCT", "."),
    ("!", "!", "PUNCT", "."),
    ("(", "(", "PUNCT", "-LRB-"),
    (")", ")", "PUNCT", "-RRB-"),
    ("D-Ore.", "D-Ore.", "PROPN", "NNP"),
    *((mark, mark, "PUNCT", "``") for mark in QUOTATION_MARKS),
)
_DEPRELS = (
    "nsubj",
    "obj",
    "iobj",
    "ccomp",
    "parataxis",
    "xcomp",
    "csubj:pass",
    "expl",
    "mark",
    "case",
    "fixed",
    "obl",
    "nmod",
    "nmod:poss",
    "acl",
    "conj",
    "cc",
    "det",
    "advmod",
    "dep",
    "appos",
    "punct",
)


@st.composite
def annotated_sentences(draw: st.DrawFn, *, max_words: int = 10) -> list[tuple[object, ...]]:
    """One sentence as rows for ``tests/conllu_builder.py``: random words from a small
    vocabulary, a random (valid) dependency tree, random spacing and single-word
    coreference mentions."""
    n = draw(st.integers(1, max_words))
    words = draw(st.lists(st.sampled_from(_VOCABULARY), min_size=n, max_size=n))
    order = draw(st.permutations(range(n)))
    heads = [0] * n
    deprels = ["root"] * n
    for k in range(1, n):
        heads[order[k]] = order[draw(st.integers(0, k - 1))] + 1
        deprels[order[k]] = draw(st.sampled_from(_DEPRELS))
    out: list[tuple[object, ...]] = []
    for i, (form, lemma, upos, xpos) in enumerate(words):
        misc: dict[str, object] = {"space": draw(st.booleans())}
        if upos in ("PROPN", "PRON") and draw(st.booleans()):
            misc["entity"] = f"(e{draw(st.integers(1, 2))}-person)"
        out.append((form, lemma, upos, xpos, heads[i], deprels[i], misc))
    return out


def annotated_paragraphs(
    *, max_paragraphs: int = 3, max_sentences: int = 3
) -> st.SearchStrategy[list[list[list[tuple[object, ...]]]]]:
    """Paragraphs of :func:`annotated_sentences`, for ``conllu_builder.document``."""
    paragraph = st.lists(annotated_sentences(), min_size=1, max_size=max_sentences)
    return st.lists(paragraph, min_size=1, max_size=max_paragraphs)


_BREAKS = (
    (("?", "?", "PUNCT", ".", "punct"), ("”", '"', "PUNCT", "''", "punct")),
    (("!", "!", "PUNCT", ".", "punct"), ("'", "'", "PUNCT", "''", "punct")),
    (
        ("(", "(", "PUNCT", "-LRB-", "punct"),
        ("D-Ore.", "D-Ore.", "PROPN", "NNP", "appos"),
        (")", ")", "PUNCT", "-RRB-", "punct"),
    ),
)
_OPENERS = (
    ("said", "say", "VERB", "VBD"),
    ("asked", "ask", "VERB", "VBD"),
    ("and", "and", "CCONJ", "CC"),
    ("Smith", "Smith", "PROPN", "NNP"),
)


@st.composite
def broken_paragraphs(draw: st.DrawFn) -> list[list[list[tuple[object, ...]]]]:
    """:func:`annotated_paragraphs` whose sentences often end the way a tokenizer ends
    one too early (``?”``, ``!’``, ``(D-Ore.)``) before a sentence that opens with a
    lower-case word or a bare attribution: the view's sentence mending is exercised."""
    paragraphs = draw(annotated_paragraphs(max_sentences=4))
    out: list[list[list[tuple[object, ...]]]] = []
    for paragraph in paragraphs:
        sentences: list[list[tuple[object, ...]]] = []
        for k, sentence in enumerate(paragraph):
            rows = list(sentence)
            if k and draw(st.booleans()):
                # open with another word, hung on the root
                form, lemma, upos, xpos = draw(st.sampled_from(_OPENERS))
                rows = [(r[0], r[1], r[2], r[3], r[4] + 1 if r[4] else 0, *r[5:]) for r in rows]
                root = next(i for i, r in enumerate(rows) if r[4] == 0) + 1
                rows.insert(0, (form, lemma, upos, xpos, root + 1, "dep", {"space": True}))
            if k + 1 < len(paragraph) and draw(st.booleans()):
                root = next(i for i, r in enumerate(rows) if r[4] == 0) + 1
                for form, lemma, upos, xpos, rel in draw(st.sampled_from(_BREAKS)):
                    rows.append((form, lemma, upos, xpos, root, rel, {"space": False}))
            sentences.append(rows)
        out.append(sentences)
    return out


__all__ += [
    "QUOTATION_MARKS",
    "annotated_paragraphs",
    "annotated_sentences",
    "broken_paragraphs",
    "quote_texts",
]
