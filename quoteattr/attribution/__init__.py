"""Attribution: cue, speaker (a cascade of sieves), canonical speaker, source.

Data flow for the candidates of one document:
:func:`quoteattr.attribution.cue.find_cues` -> speaker sieves (:data:`DEFAULT_SIEVES`, run
sieve by sieve over all quotes) -> :func:`quoteattr.attribution.coref.canonical_speaker`
-> source rules (:data:`DEFAULT_SOURCE_RULES`) -> :class:`quoteattr.model.Quote`.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quoteattr.attribution.base import AttributionContext, Decision, Sieve, SourceRule, Work
from quoteattr.attribution.coref import canonical_speaker
from quoteattr.attribution.cue import CUE_FINDERS, find_cues
from quoteattr.attribution.sieves import (
    DEFAULT_SIEVES,
    AccordingToSpeaker,
    AdjacentName,
    AsideSpeaker,
    Conversation,
    CueSubject,
    EnclosingSubject,
    InvertedSubject,
    NameAtCue,
    NearestMention,
    NounCue,
    ParagraphContinuation,
    ParticipleHead,
    PassiveAgent,
    RelativeAntecedent,
    TranscriptLabel,
)
from quoteattr.attribution.source import DEFAULT_SOURCE_RULES
from quoteattr.cascade import check_named as _check_named
from quoteattr.detect import Detection
from quoteattr.detect.base import Candidate
from quoteattr.document import DocView
from quoteattr.lexicons import Lexicon
from quoteattr.marks import quoted_mask
from quoteattr.model import Quote, Span, Speaker

__all__ = [
    "CUE_FINDERS",
    "DEFAULT_SIEVES",
    "DEFAULT_SOURCE_RULES",
    "AccordingToSpeaker",
    "AdjacentName",
    "AsideSpeaker",
    "AttributionContext",
    "Conversation",
    "CueSubject",
    "Decision",
    "EnclosingSubject",
    "InvertedSubject",
    "NameAtCue",
    "NearestMention",
    "NounCue",
    "ParagraphContinuation",
    "ParticipleHead",
    "PassiveAgent",
    "RelativeAntecedent",
    "Sieve",
    "SourceRule",
    "TranscriptLabel",
    "attribute",
    "check_named",
]


def check_named(items: Sequence[object], what: str) -> tuple[object, ...]:
    """Validate a user-given sieve or source-rule sequence: named callables, unique names."""
    return _check_named(items, what, example=f"({what},)", call=f"{what}(ctx, index)")


_ALNUM = regex.compile(r"[\p{L}\p{N}]+")


def _kind(
    mask: bytearray, text: str, spans: Sequence[tuple[int, int]], fragment: bool, quoted: bool
) -> str:
    """direct: every letter/digit inside quotation marks; mixed: some; indirect: none.

    A quoted candidate with no marks around it (a transcript turn) is direct.
    """
    marked = [mask.count(1, s, e) for s, e in spans]
    if all(m == e - s for m, (s, e) in zip(marked, spans, strict=True)):
        return "mixed" if fragment else "direct"  # every character inside the marks
    if not any(marked):
        return "direct" if quoted and not fragment else "indirect"
    inside = outside = 0
    for s, e in spans:
        for run in _ALNUM.finditer(text, s, e):
            a, b = run.span()
            n = mask.count(1, a, b)
            inside += n
            outside += b - a - n
    if inside and outside:
        return "mixed"
    if inside or (quoted and not fragment):
        return "mixed" if fragment else "direct"
    return "indirect"


def _reported_with_that(view: DocView, cand: Candidate) -> bool:
    """``Jo said that “we will rebuild”``: a quotation introduced by the complementizer of
    a reported clause is that clause, in quoted words: a mixed quote (whose content, as
    always, leaves the ``that`` out)."""
    if not cand.words:
        return False
    first = cand.words[0]
    k = first - 1
    while k >= 0 and view.upos[k] == "PUNCT" and view.start[k] >= cand.start - 2:
        k -= 1  # the opening mark
    return (
        k >= 0
        and view.lemma[k] == "that"
        and view.deprel[k] == "mark"
        and view.head[k] in cand.words
        and view.end[k] <= cand.start
    )


def _continued_cues(view: DocView, works: list[Work]) -> None:
    """A quote that continues a speaker's turn (``… she said. “…”``, or a quotation
    opening the next paragraph) shares the cue of the quote it continues: the words
    reach the text through the same act of speech."""
    for work in works:
        decision = work.decision
        if work.cue or work.cue_chars or decision is None or decision.inherited_from is None:
            continue
        source = works[decision.inherited_from]
        if source.cand.paragraph != work.cand.paragraph and work.sieve != "paragraph-continuation":
            continue  # an exchange of turns ("conversation") is no continued act of speech
        work.cue, work.cue_chars, work.frame = source.cue, source.cue_chars, source.frame
        work.cue_rule = "continued"


_EDGE = " \t\n,.;:!?…—–-"


def _quoted_parts(
    mask: bytearray, text: str, spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The stretches of ``spans`` inside quotation marks, trimmed, each with a letter or
    digit: the quoted words of a mixed quote."""
    parts: list[tuple[int, int]] = []
    for s, e in spans:
        i = s
        while i < e:
            if not mask[i]:
                i += 1
                continue
            j = i
            while j < e and mask[j]:
                j += 1
            a, b = i, j
            while a < b and text[a] in _EDGE:
                a += 1
            while b > a and text[b - 1] in _EDGE:
                b -= 1
            if _ALNUM.search(text, a, b):
                parts.append((a, b))
            i = j
    return parts


def attribute(
    view: DocView,
    detection: Detection,
    lexicon: Lexicon,
    *,
    sieves: Sequence[Sieve] = DEFAULT_SIEVES,
    source_rules: Sequence[SourceRule] = DEFAULT_SOURCE_RULES,
) -> list[Quote]:
    """Attribute every detected candidate; return the quotes in text order."""
    works = [Work(c) for c in detection.candidates]
    ctx = AttributionContext(view=view, lexicon=lexicon, works=works)
    find_cues(ctx)
    speakers: list[Speaker | None] = [None] * len(works)
    for sieve in sieves:
        for i, work in enumerate(works):
            if work.decision is not None:
                continue
            decision = sieve(ctx, i)
            if decision is None:
                continue
            work.decision, work.sieve = decision, sieve.name
            if decision.mention is not None:
                speaker = canonical_speaker(view, decision.mention, name_from=decision.name_from)
                speakers[i] = speaker
                work.speaker_chain = speaker.chain if speaker.chain is not None else -1 - i
    _continued_cues(view, works)
    for i, work in enumerate(works):
        for rule in source_rules:
            found = rule(ctx, i)
            if found is not None:
                work.source = found
                break
    mask = quoted_mask(detection.marks, len(view.text))
    text = view.text
    quotes: list[Quote] = []
    for i, work in enumerate(works):
        c = work.cand
        spans = tuple(Span(s, e, text[s:e]) for s, e in c.spans)
        cue: Span | None = None
        if work.cue:
            a, b = view.start[work.cue[0]], view.end[work.cue[-1]]
            cue = Span(a, b, text[a:b])
        elif work.cue_chars is not None:
            a, b = work.cue_chars
            cue = Span(a, b, text[a:b])
        confidence = work.decision.confidence if work.decision is not None else 0.0
        kind = _kind(mask, text, c.spans, c.fragment, c.quoted)
        if kind == "direct" and _reported_with_that(view, c):
            kind = "mixed"
        if kind == "direct":
            quoted = spans
        elif kind == "mixed":
            quoted = tuple(Span(a, b, text[a:b]) for a, b in _quoted_parts(mask, text, c.spans))
        else:
            quoted = ()
        quotes.append(
            Quote(
                kind=kind,
                spans=spans,
                quoted=quoted,
                cue=cue,
                speaker=speakers[i],
                source=work.source,
                rule=c.rule,
                sieve=work.sieve,
                confidence=confidence,
                paragraph=c.paragraph,
                repaired=c.repaired,
            )
        )
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes
