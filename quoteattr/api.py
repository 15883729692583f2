"""The public entry points: :class:`Attributor` and the one-shot :func:`attribute`."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from quoteattr.attribution import (
    DEFAULT_SIEVES,
    DEFAULT_SOURCE_RULES,
    Sieve,
    SourceRule,
    check_named,
)
from quoteattr.attribution import attribute as _attribute
from quoteattr.detect import DEFAULT_RULES, Rule, check_rules, detect
from quoteattr.document import build_view
from quoteattr.errors import ConfigurationError, InputError
from quoteattr.lexicons import Lexicon, get_lexicon
from quoteattr.model import DocumentResult, Rejected, Span

__all__ = ["Attributor", "attribute"]


def _check_sieves(sieves: Sequence[object]) -> tuple[Sieve, ...]:
    return check_named(sieves, "sieve")  # type: ignore[return-value]


def _check_source_rules(rules: Sequence[object]) -> tuple[SourceRule, ...]:
    return check_named(rules, "source rule")  # type: ignore[return-value]


def _check_lexicon(_instance: object, _attribute: object, value: object) -> None:
    if not isinstance(value, Lexicon):
        raise ConfigurationError(
            f"lexicon must be a quoteattr.Lexicon, not {type(value).__name__}; "
            "use quoteattr.get_lexicon('en') or attrs.evolve() of it"
        )


def _check_download(_instance: object, _attribute: object, value: object) -> None:
    if value not in ("reuse", "force", "never"):
        raise ConfigurationError(f"download must be 'reuse', 'force' or 'never', not {value!r}")


def _is_document(obj: object) -> bool:
    return hasattr(obj, "sentences") and hasattr(obj, "text")


@attrs.define(repr=False)
class Attributor:
    """Finds and attributes quotes; reusable, builds its Stanza pipeline only when needed.

    Args:
        rules: detection rules, in order (default :data:`quoteattr.detect.DEFAULT_RULES`).
        sieves: speaker sieves, in order (default :data:`quoteattr.attribution.DEFAULT_SIEVES`).
        source_rules: source rules, in order.
        lexicon: word lists (default English).
        pipeline: an existing ``stanza.Pipeline`` to annotate raw text with.
        use_gpu: passed to Stanza when the pipeline is built here.
        download: ``"reuse"`` (download missing models), ``"force"`` or ``"never"``.
        resources_dir: Stanza's model folder (default ``$STANZA_RESOURCES_DIR``, else
            Stanza's cache, ``~/.cache/stanza/<version>/resources``).
    """

    rules: Sequence[Rule] = attrs.field(default=DEFAULT_RULES, converter=check_rules, kw_only=True)
    sieves: Sequence[Sieve] = attrs.field(
        default=DEFAULT_SIEVES, converter=_check_sieves, kw_only=True
    )
    source_rules: Sequence[SourceRule] = attrs.field(
        default=DEFAULT_SOURCE_RULES, converter=_check_source_rules, kw_only=True
    )
    lexicon: Lexicon = attrs.field(factory=get_lexicon, kw_only=True, validator=_check_lexicon)
    use_gpu: bool | None = attrs.field(default=None, kw_only=True)
    download: str = attrs.field(default="reuse", kw_only=True, validator=_check_download)
    resources_dir: str | os.PathLike[str] | None = attrs.field(default=None, kw_only=True)
    _pipeline: Any = attrs.field(default=None, alias="pipeline", kw_only=True)

    def __repr__(self) -> str:
        state = "ready" if self._pipeline is not None else "lazy"
        return (
            f"<Attributor rules={len(self.rules)} sieves={len(self.sieves)} "
            f"lang={self.lexicon.language} pipeline={state}>"
        )

    @property
    def pipeline(self) -> Any:
        """The Stanza pipeline, built on first use (raises ModelsUnavailableError)."""
        if self._pipeline is None:
            from quoteattr.pipeline import build_pipeline

            self._pipeline = build_pipeline(
                lang=self.lexicon.language,
                use_gpu=self.use_gpu,
                download=self.download,  # type: ignore[arg-type]
                resources_dir=self.resources_dir,
            )
        return self._pipeline

    def annotate(self, text: str) -> Any:
        """Annotate raw text with Stanza (tokens, syntax, NER, coreference)."""
        from quoteattr.pipeline import annotate

        return annotate(self.pipeline, text)

    def attribute(self, doc: str | Any, *, doc_id: str | None = None) -> DocumentResult:
        """Find and attribute the quotes of raw text or of a ``stanza.Document``.

        A ``stanza.Document`` is read as it is: never re-annotated, never modified.
        """
        if isinstance(doc, str):
            if not doc.strip():
                return DocumentResult(doc_id=doc_id, text=doc, quotes=(), coref=False)
            doc = self.annotate(doc)
        elif not _is_document(doc):
            raise InputError(
                f"attribute() takes a str or a stanza.Document, not {type(doc).__name__}"
            )
        return self._attribute_document(doc, doc_id)

    def _attribute_document(self, doc: Any, doc_id: str | None) -> DocumentResult:
        if doc_id is None:
            from quoteattr.conllu import document_id

            doc_id = document_id(doc)
        view = build_view(doc, doc_id=doc_id, attribution_verbs=self.lexicon.speech_verbs)
        detection = detect(view, self.lexicon, self.rules)
        quotes = _attribute(
            view, detection, self.lexicon, sieves=self.sieves, source_rules=self.source_rules
        )
        text = view.text
        rejected = tuple(
            Rejected(Span(r.span[0], r.span[1], text[r.span[0] : r.span[1]]), r.rule, r.reason)
            for r in detection.rejected
        )
        return DocumentResult(
            doc_id=doc_id, text=text, quotes=tuple(quotes), rejected=rejected, coref=view.has_coref
        )

    def attribute_many(
        self,
        docs: Iterable[str | Any],
        *,
        doc_ids: Iterable[str | None] | None = None,
        batch_size: int = 32,
        progress: bool | None = None,
    ) -> Iterator[DocumentResult]:
        """Attribute many texts or Documents, streaming results in input order.

        The input is consumed ``batch_size`` items at a time, so memory stays bounded
        however long the stream. Raw texts of a batch are annotated together, with
        coreference run document by document (Stanza 1.15's batched coreference would
        merge documents); Documents are used as they are. The pipeline is only built
        when a raw text comes. ``doc_ids`` names the results in input order. A progress
        bar counts documents on a terminal (``progress=None``), always (``True``) or
        never (``False``).
        """
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ConfigurationError(
                f"batch_size must be a whole number of at least 1, not {batch_size!r}"
            )
        return self._stream(docs, doc_ids, batch_size, progress)

    def _stream(
        self,
        docs: Iterable[str | Any],
        doc_ids: Iterable[str | None] | None,
        batch_size: int,
        progress: bool | None,
    ) -> Iterator[DocumentResult]:
        from quoteattr.pipeline import _progress_enabled, annotate_many

        items = iter(docs)
        ids = iter(doc_ids) if doc_ids is not None else None
        bar = None
        if _progress_enabled(progress):
            from tqdm.auto import tqdm

            bar = tqdm(desc="quoteattr", unit="doc")
        try:
            while True:
                chunk = list(itertools.islice(items, batch_size))
                if not chunk:
                    return
                names = [None if ids is None else next(ids, None) for _ in chunk]
                texts = [x for x in chunk if isinstance(x, str) and x.strip()]
                annotated = (
                    annotate_many(self.pipeline, texts, batch_size=batch_size, progress=False)
                    if texts
                    else iter(())
                )
                for item, name in zip(chunk, names, strict=True):
                    if isinstance(item, str):
                        if item.strip():
                            result = self._attribute_document(next(annotated), name)
                        else:
                            result = DocumentResult(doc_id=name, text=item, coref=False)
                    else:
                        result = self.attribute(item, doc_id=name)
                    if bar is not None:
                        bar.update(1)
                    yield result
        finally:
            if bar is not None:
                bar.close()


_DEFAULT: Attributor | None = None


def attribute(doc: str | Any, **options: Any) -> DocumentResult:
    """Find and attribute the quotes of raw text or a ``stanza.Document``.

    Uses a shared default :class:`Attributor`; with options, a new one built from them.
    """
    global _DEFAULT
    doc_id = options.pop("doc_id", None)
    if options:
        return Attributor(**options).attribute(doc, doc_id=doc_id)
    if _DEFAULT is None:
        _DEFAULT = Attributor()
    return _DEFAULT.attribute(doc, doc_id=doc_id)
