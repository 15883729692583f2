"""Result objects: frozen attrs classes holding character offsets and strings only.

Nothing here refers to a stanza object, so results pickle, compare, hash and
serialise cleanly. ``DocumentResult.to_dict()`` / ``DocumentResult.from_dict()``
round-trip losslessly through JSON; the dictionary layout is the stable contract
that ``quoteattr extract --format jsonl`` writes and evaluation tools read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, Literal

import attrs

from quoteattr.errors import InputError

__all__ = [
    "QUOTE_KINDS",
    "SOURCE_TYPES",
    "DocumentResult",
    "Quote",
    "QuoteKind",
    "Rejected",
    "Source",
    "Span",
    "Speaker",
    "SpeakerQuotes",
]

QuoteKind = Literal["direct", "indirect", "mixed"]
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
#: The media types a :class:`Source` can have.
SOURCE_TYPES: tuple[str, ...] = (
    "news_agency",
    "outlet",
    "statement",
    "social_media",
    "interview",
    "document",
)


@attrs.frozen
class Span:
    """A stretch of the document text.

    Attributes:
        start: offset of the first character (0-based, code points).
        end: offset after the last character.
        text: ``document_text[start:end]``.
    """

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(start=int(data["start"]), end=int(data["end"]), text=str(data["text"]))


def _span_or_none(data: Mapping[str, Any] | None) -> Span | None:
    return None if data is None else Span.from_dict(data)


@attrs.frozen
class Speaker:
    """Who a quote is attributed to.

    Attributes:
        name: the canonical name chosen from the speaker's coreference chain
            ("Kim Jong Un"), or, when no proper name is known, the best description
            ("a Western official").
        mention: the mention the attribution rests on, as written ("the North Korean
            ruler", "he"); ``None`` only when the speaker was not written near the quote.
        entity_type: the named-entity type of the name (``PERSON``, ``ORG``, ``GPE``,
            ``NORP``, ...) or ``None`` when unknown.
        chain: index of the Stanza coreference chain in ``doc.coref``, or ``None``.
        named: whether a proper name is known for the speaker.
        resolution: how ``name`` was found: ``"coref"`` (through a coreference chain),
            ``"mention"`` (the mention itself: no chain holds it) or ``"no-coref"``
            (the document carried no coreference at all).
    """

    name: str
    mention: Span | None
    entity_type: str | None = None
    chain: int | None = None
    named: bool = False
    resolution: str = "mention"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": None if self.mention is None else self.mention.to_dict(),
            "entity_type": self.entity_type,
            "chain": self.chain,
            "named": self.named,
            "resolution": self.resolution,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Speaker:
        return cls(
            name=str(data["name"]),
            mention=_span_or_none(data.get("mention")),
            entity_type=data.get("entity_type"),
            chain=data.get("chain"),
            named=bool(data.get("named", False)),
            resolution=str(data.get("resolution", "mention")),
        )


@attrs.frozen
class Source:
    """The medium through which a quote reached the text.

    Attributes:
        name: the medium's name ("Ria Novosti", "Reuters", "a statement").
        mention: the medium as written in the text.
        type: one of :data:`SOURCE_TYPES`.
        rule: the name of the source rule that linked it.
    """

    name: str
    mention: Span | None
    type: str
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": None if self.mention is None else self.mention.to_dict(),
            "type": self.type,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Source:
        return cls(
            name=str(data["name"]),
            mention=_span_or_none(data.get("mention")),
            type=str(data.get("type", "outlet")),
            rule=str(data.get("rule", "")),
        )


@attrs.frozen
class Quote:
    """One quotation or report of speech, with its attribution.

    Attributes:
        kind: ``"direct"`` (all of the content is inside quotation marks),
            ``"mixed"`` (a reported clause with quoted words, also ``said that “…”``
            with the whole clause quoted) or ``"indirect"``.
        spans: the content, one span per part (a quote interrupted by its attribution,
            or running over several paragraphs, has several), without the enclosing
            quotation marks, in text order.
        quoted: the parts of the content inside quotation marks, the speaker's own words:
            ``spans`` itself for a direct quote, the quoted fragments of a mixed one
            (``“genuine”`` in ``her flaws were “genuine”``), none for an indirect one.
        cue: the speech verb or phrase ("said", "told", "according to"), or ``None``.
        speaker: who said it, or ``None`` when no sieve decided.
        source: the medium it came through, or ``None``.
        rule: the name of the detection rule that found the quote.
        sieve: the name of the speaker sieve that decided the speaker, or ``None``.
        confidence: how sure the deciding sieve is, from 0 to 1.
        paragraph: 0-based index of the paragraph where the quote starts.
        repaired: the quotation marks around it were unbalanced and were paired by repair.
    """

    kind: str
    spans: tuple[Span, ...]
    quoted: tuple[Span, ...] = ()
    cue: Span | None = None
    speaker: Speaker | None = None
    source: Source | None = None
    rule: str = ""
    sieve: str | None = None
    confidence: float = 0.0
    paragraph: int = 0
    repaired: bool = False

    @property
    def text(self) -> str:
        """The content: the text of every span, joined by one space."""
        return " ".join(s.text for s in self.spans)

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "spans": [[s.start, s.end] for s in self.spans],
            "quoted": [[s.start, s.end] for s in self.quoted],
            "cue": None if self.cue is None else self.cue.to_dict(),
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "source": None if self.source is None else self.source.to_dict(),
            "rule": self.rule,
            "sieve": self.sieve,
            "confidence": self.confidence,
            "paragraph": self.paragraph,
            "repaired": self.repaired,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str) -> Quote:
        """Rebuild a quote; ``text`` is the document text its offsets index into."""
        spans = tuple(Span(int(s), int(e), text[int(s) : int(e)]) for s, e in data["spans"])
        quoted = tuple(
            Span(int(s), int(e), text[int(s) : int(e)]) for s, e in data.get("quoted", ())
        )
        speaker = data.get("speaker")
        source = data.get("source")
        return cls(
            kind=str(data["kind"]),
            spans=spans,
            quoted=quoted,
            cue=_span_or_none(data.get("cue")),
            speaker=None if speaker is None else Speaker.from_dict(speaker),
            source=None if source is None else Source.from_dict(source),
            rule=str(data.get("rule", "")),
            sieve=data.get("sieve"),
            confidence=float(data.get("confidence", 0.0)),
            paragraph=int(data.get("paragraph", 0)),
            repaired=bool(data.get("repaired", False)),
        )


@attrs.frozen
class Rejected:
    """A quoted stretch that detection looked at and decided is not a quotation.

    Attributes:
        span: the stretch inside the quotation marks.
        rule: the rule that rejected it.
        reason: why, in words ("title: short capitalised phrase with no speech cue").
    """

    span: Span
    rule: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_dict(), "rule": self.rule, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Rejected:
        return cls(Span.from_dict(data["span"]), str(data["rule"]), str(data["reason"]))


@attrs.frozen
class SpeakerQuotes:
    """One speaker of a document with every quote attributed to them.

    Attributes:
        name: the canonical name.
        entity_type: named-entity type, or ``None``.
        chain: coreference chain index, or ``None``.
        named: whether a proper name is known.
        quotes: indices into :attr:`DocumentResult.quotes`.
    """

    name: str
    entity_type: str | None
    chain: int | None
    named: bool
    quotes: tuple[int, ...]


def _speaker_key(speaker: Speaker) -> tuple[str, int | str]:
    if speaker.chain is not None:
        return ("chain", speaker.chain)
    return ("name", speaker.name.casefold())


@attrs.frozen
class DocumentResult:
    """Everything quoteattr found in one document.

    Attributes:
        doc_id: the document's name (file stem or ``# newdoc id``), or ``None``.
        text: the document text every offset indexes into.
        quotes: the quotes, in text order.
        rejected: quoted stretches judged not to be quotations (titles, scare quotes).
        coref: whether the document carried coreference.
    """

    doc_id: str | None
    text: str = attrs.field(repr=False)
    quotes: tuple[Quote, ...] = ()
    rejected: tuple[Rejected, ...] = ()
    coref: bool = True

    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    @property
    def speakers(self) -> tuple[SpeakerQuotes, ...]:
        """Each speaker once (grouped by coreference chain, else by name), with their quotes."""
        order: list[tuple[str, int | str]] = []
        groups: dict[tuple[str, int | str], list[int]] = {}
        first: dict[tuple[str, int | str], Speaker] = {}
        for i, quote in enumerate(self.quotes):
            if quote.speaker is None:
                continue
            key = _speaker_key(quote.speaker)
            if key not in groups:
                order.append(key)
                groups[key] = []
                first[key] = quote.speaker
            groups[key].append(i)
        return tuple(
            SpeakerQuotes(
                name=first[k].name,
                entity_type=first[k].entity_type,
                chain=first[k].chain,
                named=first[k].named,
                quotes=tuple(groups[k]),
            )
            for k in order
        )

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """The JSON-ready form: ``{"doc", "quotes", "rejected", "coref"[, "text"]}``."""
        out: dict[str, Any] = {
            "doc": self.doc_id,
            "quotes": [q.to_dict() for q in self.quotes],
            "rejected": [r.to_dict() for r in self.rejected],
            "coref": self.coref,
        }
        if include_text:
            out["text"] = self.text
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DocumentResult:
        """Rebuild from :meth:`to_dict` output (which must include the text)."""
        if "text" not in data:
            raise InputError(
                "DocumentResult.from_dict needs the document text under 'text'; "
                "write it with to_dict(include_text=True)"
            )
        text = str(data["text"])
        return cls(
            doc_id=data.get("doc"),
            text=text,
            quotes=tuple(Quote.from_dict(q, text) for q in data.get("quotes", ())),
            rejected=tuple(Rejected.from_dict(r) for r in data.get("rejected", ())),
            coref=bool(data.get("coref", True)),
        )

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    @classmethod
    def from_json(cls, text: str) -> DocumentResult:
        return cls.from_dict(json.loads(text))

    def _repr_html_(self) -> str:
        """Notebook display: the text with quotes, cues, speakers and sources highlighted."""
        from quoteattr.render import to_html

        return to_html(self)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per quote, ready for ``pandas.DataFrame(result.to_records())``."""
        return [_record(self.doc_id, i, q) for i, q in enumerate(self.quotes)]


def _record(doc_id: str | None, index: int, q: Quote) -> dict[str, Any]:
    sp, src = q.speaker, q.source
    return {
        "doc": doc_id,
        "index": index,
        "kind": q.kind,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "cue": None if q.cue is None else q.cue.text,
        "speaker": None if sp is None else sp.name,
        "speaker_mention": None if sp is None or sp.mention is None else sp.mention.text,
        "speaker_type": None if sp is None else sp.entity_type,
        "source": None if src is None else src.name,
        "source_type": None if src is None else src.type,
        "rule": q.rule,
        "sieve": q.sieve,
        "confidence": q.confidence,
    }
