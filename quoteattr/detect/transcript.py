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

from quoteattr.detect.base import Candidate, DetectionContext, in_headline

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
        "NOTICE",
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
        "BYLINE",
        "DATELINE",
        "CREDIT",
        "CREDITS",
        "CAPTION",
        # newsroom labels of a paragraph: "LOOK: …", "EMAIL: …", "STAT OF THE WEEK: …"
        "LOOK",
        "LISTEN",
        "BOOM",
        "EMAIL",
        "E-MAIL",
        "CONTACT",
        "STAT",
        "STATS",
        # a copula makes the label a headline ("FIX IS IN: …"), never a name
        "IS",
        "ARE",
        "WAS",
        "WERE",
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


@attrs.frozen
class HeadlineLabel:
    """Rule ``headline-label``: a one-sentence paragraph ``Sanders: Clinton needs to …``.

    News headlines name the speaker before a colon and give the words after it. Only a
    paragraph that is a single sentence opening with at most four proper nouns and a
    colon counts, so ``Note: …`` or an ordinary sentence with a colon does not; nor does a
    list of names under a heading (``Iowa: Jo Bloggs, Kim Lee, …``, no verb). In a title-case
    headline, where the tagger takes capitalised names for verbs and nouns, the label may be
    any capitalised words that end in a name, with no article or preposition among them
    (``Rush Haldane: …``, not ``Big Win For Haldane: …``).
    """

    max_label_words: int = 4
    min_words: int = 3
    name: str = "headline-label"

    def __call__(self, ctx: DetectionContext) -> Sequence[Candidate]:
        view = ctx.view
        out: list[Candidate] = []
        by_paragraph: dict[int, list[int]] = {}
        for s, p in enumerate(view.sent_par):
            by_paragraph.setdefault(p, []).append(s)
        for p, sentences in by_paragraph.items():
            if len(sentences) != 1:
                continue
            words = list(view.sentence_words(sentences[0]))
            colon = next((k for k, w in enumerate(words) if view.form[w] == ":"), None)
            if colon is None or not 0 < colon <= self.max_label_words:
                continue
            label = words[:colon]
            if not all(view.upos[w] == "PROPN" for w in label) and not (
                # title case misleads the tagger ("Rush Haldane: …" with "Rush" a verb):
                # capitalised words ending in a name, no article or preposition among them
                in_headline(view, words[0])
                and all(view.form[w][:1].isupper() and view.form[w].isalpha() for w in label)
                and not any(view.upos[w] in ("DET", "ADP") for w in label)
                and (view.upos[label[-1]] == "PROPN" or view.ner[label[-1]][2:] == "PERSON")
            ):
                continue
            if {view.form[w].upper() for w in label} & _NOT_SPEAKERS:
                continue
            content = [w for w in words[colon + 1 :] if view.upos[w] != "PUNCT"]
            commas = sum(1 for w in words[colon + 1 :] if view.form[w] == ",")
            if commas >= 3 and not any(view.upos[w] in ("VERB", "AUX") for w in content):
                continue  # "Iowa: Tim Albrecht, Brad Anderson, …": a list, not words said
            if len(content) < self.min_words:
                continue
            start, end = _headline_content(
                view.text, view.start[words[colon + 1]], view.end[words[-1]]
            )
            out.append(
                Candidate(
                    spans=((start, end),),
                    rule=self.name,
                    paragraph=p,
                    quoted=False,
                    cue=(words[colon],),
                    frame=label[-1],
                    words=tuple(words[colon + 1 :]),
                )
            )
        return out


_OPENERS = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}


def _headline_content(text: str, start: int, end: int) -> tuple[int, int]:
    """The words after a headline's colon: without the final full stop, and without the
    quotation marks when they enclose it all; a closing mark of quoted words inside stays."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?"):
        end -= 1
    opening = text[start] if start < end else ""
    if opening in _OPENERS:
        inner_end = end
        if text[inner_end - 1] == _OPENERS[opening] and inner_end - 1 > start:
            inner_end -= 1
        inner = (start + 1, inner_end)
        while inner[1] > inner[0] and text[inner[1] - 1] in ".,;:!?":
            inner = (inner[0], inner[1] - 1)
        return inner
    while end > start and text[end - 1] in ".,;:!?":
        end -= 1
    return start, end
