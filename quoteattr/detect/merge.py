"""Combining the candidates of all rules: split quotes, mixed quotes, duplicates.

Each step is a named function over the candidate list, so the order is explicit:

1. :func:`join_split_quotes`: ``“…,” Kim said, “…”`` becomes one quote with two spans;
2. :func:`absorb_into_reports`: a report of speech holding quoted words becomes a mixed
   quote; a report that is the same as a quotation gives the quotation its cue;
3. :func:`drop_duplicates`: candidates of different rules over the same content.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.detect.base import Candidate
from quoteattr.document import DocView

__all__ = ["absorb_into_reports", "drop_duplicates", "join_split_quotes"]

_MAX_INTERRUPTION_WORDS = 10


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _length(c: Candidate) -> int:
    return sum(e - s for s, e in c.spans)


def _overlap_c(a: Candidate, b: Candidate) -> int:
    return sum(_overlap(x, y) for x in a.spans for y in b.spans)


def join_split_quotes(view: DocView, cands: list[Candidate]) -> list[Candidate]:
    """Join two quotations interrupted only by their attribution (``“…,” X said, “…”``)."""
    quoted = sorted((c for c in cands if c.quoted and not c.fragment), key=lambda c: c.start)
    others = [c for c in cands if not (c.quoted and not c.fragment)]
    out: list[Candidate] = []
    i = 0
    while i < len(quoted):
        cur = quoted[i]
        while i + 1 < len(quoted):
            nxt = quoted[i + 1]
            if not _interrupted_by_attribution(view, cur, nxt):
                break
            cue = cur.cue or nxt.cue
            cur = attrs.evolve(
                cur,
                spans=cur.spans + nxt.spans,
                cue=cue,
                frame=cur.frame if cur.frame is not None else nxt.frame,
                words=cur.words + nxt.words,
                repaired=cur.repaired or nxt.repaired,
            )
            i += 1
        out.append(cur)
        i += 1
    return sorted(out + others, key=lambda c: (c.start, c.end))


def _interrupted_by_attribution(view: DocView, a: Candidate, b: Candidate) -> bool:
    if view.paragraph_at(a.end) != view.paragraph_at(b.start):
        return False
    gap = view.text[a.end : b.start]
    gap_words = [w for w in view.words_in(a.end, b.start) if view.upos[w] != "PUNCT"]
    if not gap_words or len(gap_words) > _MAX_INTERRUPTION_WORDS:
        return False
    # the first part ends with a comma (inside or just outside its closing mark) and the
    # interruption ends with a comma or colon before the next opening mark
    tail_a = view.text[max(a.start, a.end - 2) : a.end] + gap[:2]
    if "," not in tail_a and "—" not in tail_a and "–" not in tail_a:
        return False
    if gap.rstrip(" \"“”'‘’«»„").rstrip()[-1:] not in (",", ":", "—", "–"):
        return False
    # the interruption holds the cue of one of the parts (or a speech verb)
    cue_words = set(a.cue) | set(b.cue)
    return bool(cue_words & set(gap_words)) or a.frame in gap_words or b.frame in gap_words


def absorb_into_reports(view: DocView, cands: list[Candidate]) -> list[Candidate]:
    """Merge quotations with the reports of speech that hold them or that they are."""
    quoted = [c for c in cands if c.quoted]
    reports = [c for c in cands if not c.quoted]
    absorbed: set[int] = set()
    out_reports: list[Candidate] = []
    for rep in reports:
        inside: list[int] = []
        same: int | None = None
        rlen = max(1, _length(rep))
        for k, q in enumerate(quoted):
            ov = _overlap_c(rep, q)
            if ov == 0:
                continue
            if not q.fragment and ov >= 0.5 * rlen:
                same = k
                break
            if ov >= 0.8 * _length(q):
                inside.append(k)
        if same is not None:
            q = quoted[same]
            if not q.cue and rep.cue:
                quoted[same] = attrs.evolve(q, cue=rep.cue, frame=rep.frame)
            continue
        if inside:
            absorbed.update(inside)
            out_reports.append(attrs.evolve(rep, quoted=True, fragment=True))
        else:
            out_reports.append(rep)
    kept_quotes = [q for k, q in enumerate(quoted) if k not in absorbed]
    return sorted(kept_quotes + out_reports, key=lambda c: (c.start, c.end))


def drop_duplicates(view: DocView, cands: Sequence[Candidate], order: Sequence[str]) -> list[Candidate]:
    """Of candidates with nearly the same content, keep the one of the earlier rule."""
    rank = {name: i for i, name in enumerate(order)}
    ranked = sorted(cands, key=lambda c: (rank.get(c.rule, len(rank)), c.start))
    kept: list[Candidate] = []
    for c in ranked:
        clen = max(1, _length(c))
        dup = False
        for k in kept:
            ov = _overlap_c(c, k)
            if ov and ov / (clen + _length(k) - ov) >= 0.8:
                dup = True
                break
        if not dup:
            kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))
