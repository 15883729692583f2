"""Shared helpers of the detection-extent tests (``test_detect_extents.py`` and
``test_detect_quotations.py``): rows of expected quotes, and parser mistakes made on purpose."""

from __future__ import annotations

from collections.abc import Sequence

from conllu_builder import Row

from quoteattr.model import DocumentResult

Expected = tuple[str, str | tuple[str, ...], str, str | None]
Found = tuple[str, tuple[str, ...], str, str | None]


def one_paragraph(*sentences: list[Row]) -> list[list[list[Row]]]:
    """A document of one paragraph."""
    return [list(sentences)]


def reattach(
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


def found_rows(result: DocumentResult) -> list[Found]:
    """Each quote as ``(kind, content span texts, rule, cue text)``."""
    return [
        (q.kind, tuple(s.text for s in q.spans), q.rule, None if q.cue is None else q.cue.text)
        for q in result.quotes
    ]


def expected_rows(rows_: Sequence[Expected]) -> list[Found]:
    """Expected rows with a single content span given as a plain string."""
    return [(k, (s,) if isinstance(s, str) else tuple(s), r, c) for k, s, r, c in rows_]
