"""Quote detection: an ordered, replaceable tuple of named rules, then merging.

Data flow: ``DocView`` + quotation marks -> each rule of :data:`DEFAULT_RULES` returns
candidates -> :mod:`quoteattr.detect.merge` joins split quotes, builds mixed quotes and
drops duplicates -> :class:`Detection` (candidates and rejected quoted stretches).

A rule is any object with a ``name`` and ``__call__(ctx) -> Sequence[Candidate]``;
pass your own tuple as ``Attributor(rules=...)``.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.cascade import check_named
from quoteattr.detect.base import Candidate, DetectionContext, Rejection, Rule
from quoteattr.detect.direct import QuotationMarks, speech_link
from quoteattr.detect.indirect import (
    AccordingTo,
    AsReported,
    ColonBlock,
    SpeechNounComplement,
    SpeechVerbAside,
    SpeechVerbComplement,
    SpeechVerbLinear,
    SpeechVerbPhrase,
)
from quoteattr.detect.merge import (
    absorb_into_reports,
    anchor_fragments,
    continue_reports,
    cut_closing_participles,
    drop_duplicates,
    drop_framing_reports,
    drop_nested_phrases,
    drop_reports_cutting_into_quotations,
    extend_quoted_predicates,
    join_split_mixed,
    join_split_quotes,
    prefer_transcript_turns,
)
from quoteattr.detect.transcript import HeadlineLabel, TranscriptTurn
from quoteattr.document import DocView
from quoteattr.lexicons import Lexicon
from quoteattr.marks import MarkScan, scan, split_lines

__all__ = [
    "DEFAULT_RULES",
    "AccordingTo",
    "AsReported",
    "Candidate",
    "ColonBlock",
    "Detection",
    "DetectionContext",
    "HeadlineLabel",
    "QuotationMarks",
    "Rejection",
    "Rule",
    "SpeechNounComplement",
    "SpeechVerbAside",
    "SpeechVerbComplement",
    "SpeechVerbLinear",
    "SpeechVerbPhrase",
    "TranscriptTurn",
    "detect",
    "speech_link",
]

#: The detection rules, in order of precedence (an earlier rule wins a duplicate).
DEFAULT_RULES: tuple[Rule, ...] = (
    TranscriptTurn(),
    HeadlineLabel(),
    QuotationMarks(),
    SpeechVerbComplement(),
    SpeechVerbPhrase(),
    SpeechVerbLinear(),
    SpeechVerbAside(),
    AccordingTo(),
    AsReported(),
    SpeechNounComplement(),
    ColonBlock(),
)


@attrs.frozen
class Detection:
    """What detection found in one document."""

    candidates: tuple[Candidate, ...]
    rejected: tuple[Rejection, ...]
    marks: MarkScan


def check_rules(rules: Sequence[object]) -> tuple[Rule, ...]:
    """Validate a user-given rule sequence: each needs a ``name`` and must be callable."""
    return check_named(
        rules,
        "detection rule",
        example="(QuotationMarks(),)",
        call="rule(ctx) -> Sequence[Candidate]",
    )


def detect(view: DocView, lexicon: Lexicon, rules: Sequence[Rule] = DEFAULT_RULES) -> Detection:
    """Run the detection rules over a document view and merge their candidates."""
    marks = scan(view.text, split_lines(view.text, view.par_bounds))
    ctx = DetectionContext(view=view, marks=marks, lexicon=lexicon)
    cands: list[Candidate] = []
    for rule in rules:
        cands.extend(rule(ctx))
    cands = prefer_transcript_turns(view, cands)
    cands = join_split_quotes(view, cands, lexicon.speech_verbs)
    cands = drop_reports_cutting_into_quotations(view, cands, ctx.rejected)
    cands = absorb_into_reports(view, cands)
    cands = extend_quoted_predicates(view, cands)
    cands = anchor_fragments(
        view,
        cands,
        lexicon.speech_verbs,
        ctx.rejected,
        lexicon.comment_nouns,
        lexicon.speech_nouns,
    )
    cands = join_split_mixed(view, cands, lexicon.speech_verbs)
    cands = continue_reports(view, cands)
    cands = drop_framing_reports(view, cands)
    cands = cut_closing_participles(view, cands, [(r.start, r.end) for r in marks.runs])
    cands = drop_nested_phrases(view, cands, ctx.rejected)
    cands = drop_duplicates(view, cands, [r.name for r in rules])
    return Detection(tuple(cands), tuple(ctx.rejected), marks)
