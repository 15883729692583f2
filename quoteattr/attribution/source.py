"""Sources: the medium through which a quote reached the text.

A phrase is a medium when its name is in the lexicon (agencies, outlets, platforms),
when its head or a modifier is a media noun (``newswire Ria Novosti``, ``the
broadcaster``), or when it is an organisation whose name looks like a news outlet
(``… News``, ``… Times``, ``… Post``). The lexicon helps; the construction decides.

Rules, in order (the first that answers wins):

* ``according-to-medium``: ``according to <medium>`` in the quote's sentence;
* ``told-medium``: ``X told Reuters`` (the medium as object of the ``tell`` cue);
* ``interview``: ``in an interview with CNN``;
* ``quoted-by``: ``quoted by Interfax``;
* ``platform``: ``wrote on Twitter``, ``posted on Telegram``, ``tweeted``;
* ``statement``: ``said in a statement``, ``in a letter``;
* ``medium-subject``: ``Interfax reported …`` (the medium is the cue's subject);
* ``carryover``: the same speaker's next quote, in the same or the next paragraph, with
  no medium of its own and a continuing cue (``added``) or none.

Reach: a source covers the sentence of the quote's cue. It carries over to the same
speaker's next quote only through ``carryover``.
"""

from __future__ import annotations

import attrs

from quoteattr.attribution.base import AttributionContext, Work
from quoteattr.document import DocView
from quoteattr.model import Source, Span
from quoteattr.phrases import medium_of, mention_at, name_text

__all__ = [
    "DEFAULT_SOURCE_RULES",
    "AccordingToMedium",
    "Carryover",
    "InterviewWith",
    "MediumSubject",
    "Platform",
    "QuotedBy",
    "Statement",
    "ToldMedium",
]


def _cue_sentence(ctx: AttributionContext, work: Work) -> range | None:
    view = ctx.view
    anchor = work.frame if work.frame is not None else (work.cue[0] if work.cue else None)
    if anchor is None:
        if not work.cand.words:
            return None
        anchor = work.cand.words[0]
    s = view.sent[anchor]
    return view.sentence_words(s)


def _mentions(view: DocView, words: range, needle: str) -> bool:
    """A quick look in the text of ``words`` before looking word by word."""
    return needle in view.text[view.start[words[0]] : view.end[words[-1]]] if words else False


def _case_of(view: DocView, w: int) -> str | None:
    for c in view.children(w):
        if view.deprel[c] == "case":
            return view.lemma[c]
    return None


@attrs.frozen
class AccordingToMedium:
    """``according to <medium>`` in the quote's cue sentence."""

    name: str = "according-to-medium"

    def __call__(self, ctx: AttributionContext, index: int) -> Source | None:
        view, work = ctx.view, ctx.works[index]
        rng = _cue_sentence(ctx, work)
        if rng is None or not _mentions(view, rng, "ccording"):
            return None
        for w in rng:
            if view.lemma[w] in ("accord", "according") and w + 1 < view.n_words:
                x = view.head[w]
                if x < 0 or x == w + 1:
                    kids = [c for c in view.children(w) + view.children(w + 1) if c > w + 1]
                    if not kids:
                        continue
                    x = kids[0]
                found = medium_of(view, x, ctx.lexicon)
                if found is not None:
                    return Source(found[0], found[1], found[2], self.name)
        return None


@attrs.frozen
class ToldMedium:
    """``X told Reuters``: the medium as the object of a ``tell`` cue (``told reporters`` is none)."""

    name: str = "told-medium"

    def __call__(self, ctx: AttributionContext, index: int) -> Source | None:
        view, work = ctx.view, ctx.works[index]
        for cue in work.cue:
            if view.lemma[cue] not in ("tell", "say", "confirm", "explain", "write"):
                continue
            for c in view.children(cue):
                if view.deprel[c] not in ("obj", "iobj", "obl", "dobj", "nmod"):
                    continue
                if view.deprel[c] in ("obl", "nmod") and _case_of(view, c) not in ("to",):
                    continue
                found = medium_of(view, c, ctx.lexicon)
                if found is not None:
                    return Source(found[0], found[1], found[2], self.name)
        return None


def _obl_children(view: DocView, verb: int) -> list[int]:
    return [
        c for c in view.children(verb) if view.deprel[c] in ("obl", "nmod", "advcl", "obl:tmod")
    ]


@attrs.frozen
class InterviewWith:
    """``in an interview with CNN`` (type ``interview``)."""

    name: str = "interview"

    def __call__(self, ctx: AttributionContext, index: int) -> Source | None:
        view, work = ctx.view, ctx.works[index]
        if work.frame is None:
            return None
        for c in _obl_children(view, work.frame):
            if view.lemma[c] != "interview":
                continue
            for x in view.children(c):
                if view.deprel[x] in ("nmod", "obl") and _case_of(view, x) == "with":
                    found = medium_of(view, x, ctx.lexicon)
                    if found is not None:
                        return Source(found[0], found[1], "interview", self.name)
                    m = mention_at(view, x)
                    if view.upos[m.head] == "PROPN":
                        text = view.span_text(m.first, m.last)
                        return Source(
                            text,
                            Span(view.start[m.first], view.end[m.last], text),
                            "interview",
                            self.name,
                        )
        return None


@attrs.frozen
class QuotedBy:
    """``was quoted by Interfax as saying``."""

    name: str = "quoted-by"

    def __call__(self, ctx: AttributionContext, index: int) -> Source | None:
        view, work = ctx.view, ctx.works[index]
        rng = _cue_sentence(ctx, work)
        if rng is None or not _mentions(view, rng, "quot"):
            return None
        for w in rng:
            if view.lemma[w] != "quote" or view.upos[w] != "VERB":
                continue
            for c in view.children(w):
                if _case_of(view, c) == "by":
                    found = medium_of(view, c, ctx.lexicon)
                    if found is not None:
                        return Source(found[0], found[1], found[2], self.name)
        return None


@attrs.frozen
class Platform:
    """``wrote on Twitter``, ``posted on Telegram``, ``said on CNN``; ``tweeted`` names Twitter."""

    name: str = "platform"

    def __call__(self, ctx: AttributionContext, index: int) -> Source | None:
        view, work = ctx.view, ctx.works[index]
        if work.frame is None:
            return None
        for c in _obl_children(view, work.frame):
            if _case_of(view, c) not in ("on", "via"):
                continue
            m = mention_at(view, c)
            key = name_text(view, m.first, m.last).lower()
            if key in ctx.lexicon.social_platforms:
                text = view.span_text(m.first, m.last)
                return Source(
                    name_text(view, m.first, m.last),
                    Span(view.start[m.first], view.end[m.last], text),
                    "social_media",
                    self.name,
                )
            found = medium_of(view, c, ctx.lexicon)
            if found is not None:
                return Source(found[0], found[1], found[2], self.name)
        if view.lemma[work.frame] == "tweet":
            return Source("Twitter", None, "social_media", self.name)
        return None


@attrs.frozen
class Statement:
    """``said in a statement``, ``in a letter``, ``in a post``."""

    name: str = "statement"

    def __call__(self, ctx: AttributionContext, index: int) -> Source | None:
        view, work = ctx.view, ctx.works[index]
        if work.frame is None:
            return None
        for c in _obl_children(view, work.frame):
            lemma = view.lemma[c]
            if lemma in ctx.lexicon.statement_nouns and _case_of(view, c) in (
                "in",
                "through",
                "via",
            ):
                m = mention_at(view, c)
                text = view.span_text(m.first, m.last)
                kind = "social_media" if lemma in ("post", "tweet") else "statement"
                return Source(
                    text, Span(view.start[m.first], view.end[m.last], text), kind, self.name
                )
        return None


@attrs.frozen
class MediumSubject:
    """``Interfax reported …``: the cue's subject is a medium."""

    name: str = "medium-subject"

    def __call__(self, ctx: AttributionContext, index: int) -> Source | None:
        view, work = ctx.view, ctx.works[index]
        if work.frame is None or view.lemma[work.frame] not in (
            "report",
            "say",
            "write",
            "quote",
            "cite",
        ):
            return None
        for c in view.children(work.frame):
            if view.deprel[c] in ("nsubj",):
                found = medium_of(view, c, ctx.lexicon)
                if found is not None:
                    return Source(found[0], found[1], found[2], self.name)
        return None


_CONTINUING = frozenset(
    {"add", "continue", "say", "go", "tell", "note", "insist", "stress", "explain"}
)


@attrs.frozen
class Carryover:
    """The same speaker's next quote, nearby, keeps the medium of the previous one."""

    max_paragraphs: int = 1
    name: str = "carryover"

    def __call__(self, ctx: AttributionContext, index: int) -> Source | None:
        view, works = ctx.view, ctx.works
        work = works[index]
        if work.speaker_chain is None:
            return None
        if work.cue and view.lemma[work.cue[0]].lower() not in _CONTINUING:
            return None
        for j in range(index - 1, -1, -1):
            prev = works[j]
            if work.cand.paragraph - prev.cand.paragraph > self.max_paragraphs:
                return None
            if prev.speaker_chain == work.speaker_chain:
                if prev.source is not None and prev.source.rule != self.name:
                    return attrs.evolve(prev.source, rule=self.name)
                return None
        return None


#: Source rules in order; the first that answers wins.
DEFAULT_SOURCE_RULES = (
    AccordingToMedium(),
    ToldMedium(),
    InterviewWith(),
    QuotedBy(),
    Platform(),
    Statement(),
    MediumSubject(),
    Carryover(),
)
