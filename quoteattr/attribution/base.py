"""The working record attribution fills in for each detected quote."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import attrs

from quoteattr.detect.base import Candidate
from quoteattr.document import DocView
from quoteattr.lexicons import Lexicon
from quoteattr.model import Source
from quoteattr.phrases import Mention

__all__ = [
    "AttributionContext",
    "Decision",
    "Sieve",
    "SourceRule",
    "Work",
    "names_a_time",
    "sentence_range",
    "speech_verb_as_noun",
]


@attrs.frozen
class Decision:
    """A sieve's answer for one quote.

    Attributes:
        mention: the speaker mention the decision rests on, or ``None`` to decide that
            the quote has no speaker: later sieves then skip the quote, and the sieve's
            name is still recorded.
        confidence: from 0 to 1.
        inherited_from: index of the quote whose speaker was taken over, if any.
        name_from: the mention to resolve the canonical name from, when it is not the
            written one (``who`` in ``Smith, who said …`` is named through ``Smith``).
    """

    mention: Mention | None
    confidence: float
    inherited_from: int | None = None
    name_from: Mention | None = None


@attrs.define(eq=False)
class Work:
    """Attribution state of one candidate (mutable while the cascade runs)."""

    cand: Candidate
    cue: tuple[int, ...] = ()
    cue_chars: tuple[int, int] | None = None
    frame: int | None = None
    cue_rule: str | None = None
    decision: Decision | None = None
    sieve: str | None = None
    source: Source | None = None
    speaker_chain: int | None = None
    #: words of a speaker named by the cue finder itself (``“…” ― Jo Bloggs``)
    speaker_words: tuple[int, int] | None = None


@attrs.define(eq=False)
class AttributionContext:
    """What sieves and source rules read: the document view, the lexicon, all quotes."""

    view: DocView
    lexicon: Lexicon
    works: list[Work]


class Sieve(Protocol):
    """A speaker sieve: a named callable deciding the speaker of one quote, or not."""

    @property
    def name(self) -> str: ...

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None: ...


class SourceRule(Protocol):
    """A source rule: a named callable linking one quote to a medium, or not."""

    @property
    def name(self) -> str: ...

    def __call__(self, ctx: AttributionContext, index: int) -> Source | None: ...


def speech_verb_as_noun(view: DocView, w: int, lex: Lexicon) -> bool:
    """A speech lemma the tagger read as a plural noun (``“…,” Bozell notes.``)."""
    return view.xpos[w] == "NNS" and view.lemma[w] in lex.speech_verbs


#: Entity types of times; a mention of one tells when, never who.
TIME_TYPES = frozenset({"DATE", "TIME"})


def names_a_time(view: DocView, w: int, lex: Lexicon) -> bool:
    """Word ``w`` heads a time, not a speaker: ``Tuesday`` in ``on Tuesday, telling CNN``,
    ``last week`` or a fronted ``Sunday on Fox News`` the parser took for the subject.

    A day or month name, or a common time noun (a proper noun such as the surname
    ``Day`` or ``USA TODAY`` is not one); an entity tag other than a time overrules both
    (``April`` the person).
    """
    lemma = view.lemma[w]
    if lemma not in lex.calendar_names and (lemma not in lex.time_nouns or view.upos[w] == "PROPN"):
        return False
    tag = view.ner[w] if view.has_ner else "O"
    return tag in ("O", "") or tag[2:] in TIME_TYPES


def sentence_range(view: DocView, words: Sequence[int]) -> range:
    """Global word range of the sentences holding ``words``."""
    sents = [view.sent[w] for w in words]
    return range(view.sent_first[min(sents)], view.sent_end[max(sents)])
