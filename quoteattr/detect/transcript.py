"""Transcript turns: ``PENCE: Well, look, …`` and ``Q: …`` paragraphs.

A paragraph that opens (possibly after an opening quotation mark) with a speaker label
(a name in capitals, or ``Q``/``A``) and a colon is a turn of a transcript: direct speech
by the labelled speaker. The turn runs over the following paragraphs until the next
label, when they continue it (they open with a quotation mark, the convention of
quoted transcripts).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quoteattr.detect.base import Candidate, DetectionContext

__all__ = ["TranscriptTurn"]

_LABEL = regex.compile(
    r"""[^\S\n]*["“'‘«]?[^\S\n]*
        (?P<label>(?:\p{Lu}[\p{Lu}.'’\-]+|Q|A)(?:[^\S\n]+\p{Lu}[\p{Lu}.'’\-]+){0,3})
        [^\S\n]*:[^\S\n]+""",
    regex.VERBOSE,
)
# Capitalised labels that head a paragraph but name no speaker.
_NOT_SPEAKERS = frozenset(
    [
        "UPDATE",
        "UPDATED",
        "NOTE",
        "CORRECTION",
        "CLARIFICATION",
        "WATCH",
        "READ",
        "RELATED",
        "PHOTOS",
        "PHOTO",
        "VIDEO",
        "BREAKING",
        "EXCLUSIVE",
        "ADVERTISEMENT",
        "SOURCE",
        "SOURCES",
        "DISCLAIMER",
        "WARNING",
        "ALERT",
        "FACT",
        "CHECK",
        "TRANSCRIPT",
        "ANALYSIS",
        "OPINION",
        "EDITOR'S",
        "EDITOR’S",
        "EDITORS",
        "PS",
        "P.S.",
        "NB",
        "N.B.",
        "TL;DR",
        "FILE",
    ]
)
_CONTINUES = regex.compile(r"""[^\S\n]*["“«]""")
_CLOSING = "\"”»'’ \t\n"


@attrs.frozen
class TranscriptTurn:
    """Rule ``transcript-turn``: labelled turns of a transcript."""

    name: str = "transcript-turn"

    def __call__(self, ctx: DetectionContext) -> Sequence[Candidate]:
        view = ctx.view
        text = view.text
        out: list[Candidate] = []
        bounds = view.par_bounds
        p = 0
        while p < len(bounds):
            lo, hi = bounds[p]
            m = _LABEL.match(text, lo, hi)
            if m is None or set(m.group("label").upper().split()) & _NOT_SPEAKERS:
                p += 1
                continue
            spans = [(m.end(), _strip(text, m.end(), hi))]
            q = p + 1
            while q < len(bounds):
                qlo, qhi = bounds[q]
                if _LABEL.match(text, qlo, qhi) or not _CONTINUES.match(text, qlo, qhi):
                    break
                start = _CONTINUES.match(text, qlo, qhi).end()  # type: ignore[union-attr]
                spans.append((start, _strip(text, start, qhi)))
                q += 1
            spans = [(s, e) for s, e in spans if e > s]
            label = view.words_in(m.start("label"), m.end("label"))
            colon = view.words_in(m.end("label"), m.end())
            if spans and len(label):
                words = tuple(w for s, e in spans for w in view.words_in(s, e))
                out.append(
                    Candidate(
                        spans=tuple(spans),
                        rule=self.name,
                        paragraph=p,
                        quoted=True,
                        cue=tuple(w for w in colon if view.form[w] == ":"),
                        frame=label[-1],
                        words=words,
                    )
                )
            p = q
        return out


def _strip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _CLOSING:
        end -= 1
    return end
