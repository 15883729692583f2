"""Combining the candidates of all rules: labelled turns, split, mixed and partial quotes,
duplicates.

Each step is a named function over the candidate list, so the order is explicit
(:func:`quoteattr.detect.detect` runs them in this order):

1. :func:`prefer_transcript_turns`: transcript turns and labelled headlines replace the
   candidates that overlap them;
2. :func:`join_split_quotes`: ``“…,” Kim said, “…”`` becomes one quote with two spans;
3. :func:`drop_reports_cutting_into_quotations`: a report whose content the parser cut
   out of a quotation, with its speech verb outside it, is rejected;
4. :func:`absorb_into_reports`: a report of speech holding quoted words becomes a mixed
   quote; a report that is the same as a quotation gives the quotation its cue;
5. :func:`extend_quoted_predicates`: ``said the harbour fees “do little …”`` takes in the
   report's subject written outside the marks, ``The ferry, she said, “was never
   safe”`` the writer's words before the aside, and ``called the mayor “a danger”`` the
   named object (mixed quotes);
6. :func:`anchor_fragments` (``partial-quote``): a quoted fragment under a speech verb
   becomes a mixed quote with the verb's complement as content;
7. :func:`join_split_mixed`: a mixed quote that ends in quoted words, then its
   attribution, then a quotation with no attribution of its own, becomes one split quote;
8. :func:`continue_reports`: a quoted sentence right after a report, with no attribution
   of its own, goes on with it;
9. :func:`drop_framing_reports`: a report that only frames another report
   (``talked about X, saying that …``) gives way to it, and so does the phrase of a verb
   that introduces a ``colon-block``;
10. :func:`cut_closing_participles`: a mixed quote ends before a participle clause after
   a comma that follows its quoted words (``…“neutral” at the final, drawing …``);
11. :func:`drop_nested_phrases`: a phrase report inside another quote's content is part
   of that content;
12. :func:`drop_duplicates`: candidates of different rules over the same content.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from quoteattr.detect.base import (
    CLOSING_CHARS,
    NAMING_VERBS,
    OPENING_CHARS,
    QUOTE_CHARS,
    SUBJECT_RELATIONS,
    TELLING_VERBS,
    Candidate,
    Rejection,
    after_up_to_comma,
    case_of,
    has_subject,
    in_headline,
    noun_phrase,
    speech_verb_further_up,
    stands_alone,
    verb_above,
    without_closing_comment,
)
from quoteattr.document import DocView

__all__ = [
    "absorb_into_reports",
    "anchor_fragments",
    "continue_reports",
    "cut_closing_participles",
    "drop_duplicates",
    "drop_framing_reports",
    "drop_nested_phrases",
    "extend_quoted_predicates",
    "join_split_mixed",
    "join_split_quotes",
    "prefer_transcript_turns",
]

_MAX_INTERRUPTION_WORDS = 30
# two quotations joined with no cue between them (“…” “…”)
_NO_CUE = -1
# letters and digits a report may have outside a quotation and still be that quotation
_SAME_REPORT_MAX_OUTSIDE = 0


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _length(c: Candidate) -> int:
    return sum(e - s for s, e in c.spans)


def _overlap_c(a: Candidate, b: Candidate) -> int:
    if a.spans[-1][1] <= b.spans[0][0] or b.spans[-1][1] <= a.spans[0][0]:
        return 0
    return sum(_overlap(x, y) for x in a.spans for y in b.spans)


def join_split_quotes(
    view: DocView, cands: list[Candidate], speech_verbs: frozenset[str] = frozenset()
) -> list[Candidate]:
    """Join two quotations interrupted only by their attribution (``“…,” X said, “…”``)."""
    quoted = sorted((c for c in cands if c.quoted and not c.fragment), key=lambda c: c.start)
    others = [c for c in cands if not (c.quoted and not c.fragment)]
    out: list[Candidate] = []
    i = 0
    while i < len(quoted):
        cur = quoted[i]
        while i + 1 < len(quoted):
            nxt = quoted[i + 1]
            cue_word = _interrupted_by_attribution(view, cur, nxt, speech_verbs)
            if cue_word is None:
                break
            found = () if cue_word == _NO_CUE else (cue_word,)
            own = tuple(k for k in cur.cue if k not in nxt.words)
            cue = own or tuple(k for k in nxt.cue if k not in cur.words) or found
            frames = [f for f in (cur.frame, nxt.frame) if f is not None]
            frame = next((f for f in frames if f not in cur.words + nxt.words), None)
            if frame is None and cue_word != _NO_CUE:
                frame = cue_word
            cur = attrs.evolve(
                cur,
                spans=cur.spans + nxt.spans,
                cue=cue,
                frame=frame,
                words=cur.words + nxt.words,
                repaired=cur.repaired or nxt.repaired,
            )
            i += 1
        out.append(cur)
        i += 1
    return sorted(out + others, key=lambda c: (c.start, c.end))


def _interrupted_by_attribution(
    view: DocView, a: Candidate, b: Candidate, speech_verbs: frozenset[str]
) -> int | None:
    """``“…,” X said, “…”`` and ``“…,” X said. “…”``: the gap is only the attribution.

    Also ``“…” “…”`` with nothing between them, and ``“…” and “…”``. Returns the cue
    word of the joined quote (in the gap, or one of the parts' own; :data:`_NO_CUE` when
    there is none), or ``None`` when the two quotes are not one.
    """
    if view.paragraph_at(a.end) != view.paragraph_at(b.start):
        return None
    # a "cue" inside the other part's quoted words is a parse across the interruption
    # ("“When I look at her,” he said, “I call it …”"), not an attribution
    if set(a.cue) & set(b.words) or set(b.cue) & set(a.words):
        a = attrs.evolve(a, cue=tuple(k for k in a.cue if k not in b.words))
        b = attrs.evolve(b, cue=tuple(k for k in b.cue if k not in a.words))
    gap_words = [w for w in view.words_in(a.end, b.start) if view.upos[w] != "PUNCT"]
    if not gap_words:
        if (a.cue and b.cue and set(a.cue) != set(b.cue)) or a.repaired or b.repaired:
            return None
        # “… we won.” “We will win again.”: one speaker's quotation goes on
        return _either_cue(a, b)
    if len(gap_words) > _MAX_INTERRUPTION_WORDS:
        return None
    if [view.lemma[w] for w in gap_words] in (["and"], ["or"]) and not (
        a.cue and b.cue and set(a.cue) != set(b.cue)
    ):
        # “Open the pier,” and “Fix the crane”: one list of someone's words
        return _either_cue(a, b)
    if b.cue and a.cue and set(b.cue) != set(a.cue):
        return None  # the second part has a cue of its own
    gap = set(gap_words)
    linked = (set(a.cue) | set(b.cue)) & gap
    if not linked:
        return _loose_attribution(view, a, b, gap_words, speech_verbs)
    if len({view.sent[w] for w in gap_words}) > 1:
        return None
    if a.cue and not b.cue and stands_alone(view, b.words):
        # “…,” X said as …, while … . “…”: the next quoted sentence, with no attribution
        # of its own, goes on with the same speaker, however long the interruption
        return min(linked)
    # the interruption holds the cue of one of the parts, and nothing else: one clause
    cue = min(linked)
    if any(w > cue and view.lemma[w] in speech_verbs and view.upos[w] == "VERB" for w in gap_words):
        return None  # "“…,” she said, adding, “…”": the second part has a speech verb of its own
    if not all(w == cue or view.head[w] == cue or view.head[w] in gap for w in gap_words):
        return None
    # a long interruption may only describe the speaker ("said Jo Bloggs, an economist at …")
    if len(gap_words) > 10 and any(
        view.deprel[w] in ("ccomp", "obj", "xcomp") and view.head[w] == cue for w in gap_words
    ):
        return None
    return cue


# Verbs whose object is the addressee ("told reporters"), not the words.
_ADDRESSING = TELLING_VERBS | {"ask"}
# Rules whose candidates may be the first, mixed part of a split quote.
_MIXED_FIRST_PARTS = frozenset({"partial-quote", "speech-verb"})


def join_split_mixed(
    view: DocView, cands: list[Candidate], speech_verbs: frozenset[str] = frozenset()
) -> list[Candidate]:
    """``Rubio “apologized many times,” Jo said. “It is time to move on.”``: a mixed quote
    that ends in quoted words, then its attribution, then a quotation with no attribution
    of its own are one split quote (mixed, with several spans), as two quotations are in
    :func:`join_split_quotes`."""
    ordered = sorted(cands, key=lambda c: (c.start, c.end))
    out: list[Candidate] = []
    i = 0
    while i < len(ordered):
        c = ordered[i]
        while (
            c.rule in _MIXED_FIRST_PARTS
            and c.cue
            and c.cue[0] > c.words[-1]
            and i + 1 < len(ordered)
            and _ends_quoted(view, c)
        ):
            q = ordered[i + 1]
            if not (q.quoted and not q.fragment and q.rule == "quotation-marks") or q.cue:
                break
            cue = _interrupted_by_attribution(view, c, q, speech_verbs)
            if cue is None or cue not in c.cue:
                break
            gap = view.words_in(c.end, q.start)
            if view.lemma[cue] not in _ADDRESSING and any(
                view.head[w] == cue and view.deprel[w] in ("obj", "iobj") for w in gap
            ):
                break  # "…, she added the words, “…”": the quotation is the verb's object
            c = attrs.evolve(
                c,
                spans=c.spans + q.spans,
                words=c.words + q.words,
                quoted=True,
                repaired=c.repaired or q.repaired,
            )
            i += 1
        out.append(c)
        i += 1
    return out


def _ends_quoted(view: DocView, c: Candidate) -> bool:
    """The candidate's content ends with quoted words (its last span closes a quotation)."""
    end = c.end
    text = view.text
    if end > 0 and text[end - 1] in CLOSING_CHARS:
        return True  # the closing mark inside the content
    while end < len(text) and text[end] in ",.;:!?":
        end += 1
    return end < len(text) and text[end] in CLOSING_CHARS


def _either_cue(a: Candidate, b: Candidate) -> int:
    """The cue of two parts with nothing but a conjunction between them: the first one's,
    else the second one's, else :data:`_NO_CUE`."""
    cue = a.cue or b.cue
    return cue[0] if cue else _NO_CUE


def _loose_attribution(
    view: DocView, a: Candidate, b: Candidate, gap_words: list[int], speech_verbs: frozenset[str]
) -> int | None:
    """A gap the parser broke up (``Rep. Jo Bloggs (D-Md.) | said.``): neither quote is
    linked to it, but it is a short name-and-speech-verb attribution all the same."""
    if a.cue or b.cue or len(gap_words) > 12:
        return None
    verbs = [w for w in gap_words if view.upos[w] in ("VERB", "AUX")]
    spoken = [w for w in verbs if view.lemma[w] in speech_verbs]
    if len(spoken) != 1 or (len(verbs) > 1 and not stands_alone(view, b.words)):
        return None  # other verbs in the gap: only before a quoted sentence of its own
    verb = spoken[0]
    for c in view.children(verb):
        rel = view.deprel[c]
        participle = rel == "xcomp" and view.xpos[c] == "VBG"  # "asked, looking pleased"
        if rel == "ccomp" or (rel == "xcomp" and not participle):
            return None  # a report of its own
        if rel == "obj" and view.upos[c] != "PRON":
            return None  # an object ("he told me" is fine)
    return verb


def _outside_chars(view: DocView, rep: Candidate, quotes: Sequence[Candidate]) -> int:
    """Letters and digits of ``rep``'s content that lie outside every quote of ``quotes``."""
    text = view.text
    n = 0
    inside = sorted(span for q in quotes for span in q.spans)
    for s, e in rep.spans:
        pos = s
        for qs, qe in inside:
            if qe <= pos or qs >= e:
                continue
            n += sum(1 for ch in text[pos:qs] if ch.isalnum()) if qs > pos else 0
            pos = max(pos, qe)
        n += sum(1 for ch in text[pos:e] if ch.isalnum())
    return n


def absorb_into_reports(view: DocView, cands: list[Candidate]) -> list[Candidate]:
    """Merge quotations with the reports of speech that hold them or that they are.

    A report whose content is (nearly) all inside a quotation is that quotation: the
    quotation keeps its marks and takes the report's cue. A report that holds quoted
    words and words of its own is a mixed quote: it absorbs the quotations inside it.
    """
    quoted = sorted((c for c in cands if c.quoted), key=lambda c: c.start)
    reports = [c for c in cands if not c.quoted]
    starts = [q.start for q in quoted]
    absorbed: set[int] = set()
    out_reports: list[Candidate] = []
    for rep in reports:
        touching, after = [], []
        # only quotations that start before the report ends (or just after) can touch it
        for k in range(bisect.bisect_right(starts, rep.end + 4)):
            q = quoted[k]
            if q.end <= rep.start:
                continue
            if rep.end <= q.start:
                after.append(k)
            elif _overlap_c(rep, q):
                touching.append(k)
        if not touching and after:
            # quoted words right after the report may go on with its clause
            rep = _through_quotations(view, rep, [quoted[k] for k in after])
            touching = [k for k in after if _overlap_c(rep, quoted[k])]
        if not touching:
            out_reports.append(rep)
            continue
        outside = _outside_chars(view, rep, [quoted[k] for k in touching])
        if outside <= _SAME_REPORT_MAX_OUTSIDE:
            # the report is the quotation (or the quotations) itself
            for k in touching:
                q = quoted[k]
                cue_outside = rep.cue and not any(
                    s <= view.start[rep.cue[0]] < e for s, e in q.spans
                )
                if not q.cue and cue_outside:
                    quoted[k] = attrs.evolve(q, cue=rep.cue, frame=rep.frame)
                # a report inside the quotation ("… and I say we …") is the speaker's own
                # words, not the quotation's attribution
            continue
        rep = _through_quotations(view, rep, [quoted[k] for k in touching])
        inside = [k for k in touching if _overlap_c(rep, quoted[k]) >= 0.8 * _length(quoted[k])]
        if inside:
            absorbed.update(inside)
            out_reports.append(attrs.evolve(rep, quoted=True, fragment=True))
        else:
            out_reports.append(rep)
    kept_quotes = [q for k, q in enumerate(quoted) if k not in absorbed]
    return sorted(kept_quotes + out_reports, key=lambda c: (c.start, c.end))


def _attributed_elsewhere(view: DocView, q: Candidate, rep: Candidate) -> bool:
    """The quotation has a cue of its own, outside its words, that is not the report's
    (a cue inside it, ``“he said this”``, is the speaker's own words)."""
    own = [w for w in q.cue if not any(s <= view.start[w] < e for s, e in q.spans)]
    return bool(own) and set(own) != set(rep.cue)


def _through_quotations(view: DocView, rep: Candidate, quotes: Sequence[Candidate]) -> Candidate:
    """``said heroin is now “cheaper than candy. It is everywhere.”``: a quotation the report
    opens belongs to it whole, however the parser cut the clause."""
    end = rep.end
    text = view.text
    for q in sorted(quotes, key=lambda q: q.start):
        if _attributed_elsewhere(view, q, rep):
            continue
        if view.paragraph_at(q.end) != view.paragraph_at(end) or q.end <= end:
            continue
        opened = rep.start <= q.start < end
        # "served at sea “for the harbour's sake”": quoted words that go on with
        # the report's clause, right after it
        goes_on = (
            q.start >= end
            and not text[end : q.start].strip(" \"“‘'`")
            and text[q.start : q.start + 1].islower()
        )
        if opened or goes_on:
            end = q.end
    if end == rep.end:
        return rep
    end = _past_closing_mark(text, end)  # the content ends with the quoted words
    return attrs.evolve(rep, spans=(*rep.spans[:-1], (rep.spans[-1][0], end)))


def _past_closing_mark(text: str, end: int, most: int = 2) -> int:
    """``end`` moved past the closing mark right after it, at most ``most`` characters
    (``''`` is two)."""
    k = end
    while k < len(text) and text[k] in CLOSING_CHARS and k - end < most:
        k += 1
    return k


_CONTINUED = frozenset({"speech-verb", "speech-verb-phrase", "speech-verb-linear", "partial-quote"})


def continue_reports(view: DocView, cands: list[Candidate]) -> list[Candidate]:
    """``He said he was staying in the race. “We are staying until the final vote.”``: a
    quotation that follows a report of speech at once, fills its sentence and has no
    attribution of its own goes on with the report (one quote with two spans); so does a
    quotation in lower case after the report and a comma, in its sentence (``said the
    vote would be close, “closer than anyone thinks.”``)."""
    ordered = sorted(cands, key=lambda c: (c.start, c.end))
    out: list[Candidate] = []
    taken: set[int] = set()
    for i, c in enumerate(ordered):
        if i in taken:
            continue
        nxt = i + 1
        while c.rule in _CONTINUED and nxt < len(ordered) and _continues(view, c, ordered[nxt]):
            q = ordered[nxt]
            c = attrs.evolve(
                c, spans=c.spans + q.spans, words=c.words + q.words, quoted=True, fragment=True
            )
            taken.add(nxt)
            nxt += 1
        out.append(c)
    return out


def _continues(view: DocView, rep: Candidate, q: Candidate) -> bool:
    if not q.quoted or q.fragment or q.start < rep.end or not q.words:
        return False
    if view.paragraph_at(q.start) != view.paragraph_at(rep.end):
        return False
    between = view.text[rep.end : q.start]
    if any(ch.isalnum() for ch in between):
        return False  # words between them: an attribution or the writer's own
    if _attributed_elsewhere(view, q, rep):
        return False
    if stands_alone(view, q.words):
        return True
    if not rep.words or "," not in between or not view.form[q.words[0]][:1].islower():
        return False
    # "…, “closer than anyone thinks.”": the report's sentence goes on in quoted words;
    # after "telling her," they are what was told
    last = rep.words[-1]
    addressee = view.deprel[last] in ("obj", "iobj") and view.lemma[view.head[last]] in _ADDRESSING
    return view.sent[last] == view.sent[q.words[0]] and not addressee


# participles that go on with what was said after a comma (", including …")
_LISTING_PARTICIPLES = frozenset({"include", "accord"})


def cut_closing_participles(
    view: DocView, cands: list[Candidate], quotations: Sequence[tuple[int, int]]
) -> list[Candidate]:
    """``asked whether the referees would be “neutral” at the final, drawing …``: in a
    mixed quote, a participle clause after a comma outside the quotation marks, running
    to the end of the content, is the writer's account of the speaker (what they were
    doing, what it led to), not their words; the content ends before the comma.

    Only after quoted words (``said the fee was “unfair” to sailors, leaving …``): in a
    report with no quoted words the participle often goes on with the report (``said
    prices would rise, hurting exporters``); so may one after a comma inside the closing
    mark (``“a fair deal,” giving …``). ``including …`` goes on with what
    was said.
    ``quotations`` are the char ranges of the document's quotations, marks included.
    """
    out: list[Candidate] = []
    for c in cands:
        cut = _closing_participle(view, c, quotations) if c.quoted and c.fragment else None
        if cut is None:
            out.append(c)
            continue
        end = view.start[cut]
        while end > c.start and view.text[end - 1].isspace():
            end -= 1
        out.append(
            attrs.evolve(c, spans=((c.start, end),), words=tuple(w for w in c.words if w < cut))
        )
    return out


def _closing_participle(
    view: DocView, c: Candidate, quotations: Sequence[tuple[int, int]]
) -> int | None:
    """The comma before the closing participle clause of mixed quote ``c``, if any."""
    if len(c.spans) != 1 or c.rule == "quotation-marks":
        return None
    words = [k for k in c.words if c.start <= view.start[k] and view.end[k] <= c.end]
    for i, k in enumerate(words[:-1]):
        if view.form[k] != ",":
            continue
        p = words[i + 1]
        if view.xpos[p] != "VBG" or view.lemma[p] in _LISTING_PARTICIPLES:
            continue
        # the comma is outside the quotations, and quoted words come before it
        comma = view.start[k]
        if any(a < comma < b for a, b in quotations):
            continue
        if not any(c.start - 2 <= a and b <= comma for a, b in quotations):
            continue
        sub = view.subtree(p)
        if sub[0] >= k and sub[-1] >= words[-1] - 1:
            return k
    return None


def drop_framing_reports(view: DocView, cands: list[Candidate]) -> list[Candidate]:
    """``talked about the crisis, saying that heroin is cheap``: a report whose content is
    only another speech verb's report (the verb without a subject of its own, its report
    inside) frames that report; the inner one is the quote. Likewise the phrase of a
    verb that introduces a ``colon-block`` (``denied the claims:``) frames the block."""
    cues = {c.cue[0]: c for c in cands if c.cue and not c.quoted}
    # "denied the claims:" and then the block it introduces: the block is what was said
    blocks = {c.frame for c in cands if c.rule == "colon-block"}
    out: list[Candidate] = []
    for c in cands:
        if c.rule != "colon-block" and c.rule in _THIN_RULES and c.frame in blocks:
            continue
        h = c.clause_head
        inner = cues.get(h) if h is not None and not c.quoted else None
        if (
            h is not None
            and inner is not None
            and inner is not c
            and c.start <= inner.start
            and inner.end <= c.end
            and not has_subject(view, h)
        ):
            continue
        out.append(c)
    return out


_THIN_RULES = frozenset({"speech-verb-phrase", "speech-verb-linear"})


_REPORT_RULES = frozenset({"speech-verb", "speech-verb-phrase", "according-to", "as-reported"})


def _nested_report(view: DocView, c: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The report whose content holds report ``c`` and its speech verb, when that verb is
    a complement (``ccomp``) of the clause around it (``said the commission estimated
    that …``). A report in a relative clause (``a panel, which estimated that …``) is
    not nested: it stays a report of its own."""
    if c.rule != "speech-verb" or c.frame is None or c.quoted:
        return None
    if view.deprel[c.frame] != "ccomp":
        return None
    verb_start = view.start[c.frame]
    return next(
        (
            o
            for o in cands
            if o is not c
            and o.rule in _REPORT_RULES
            and not o.quoted
            and o.start <= min(c.start, verb_start)
            and max(c.end, view.end[c.frame]) <= o.end
            and any(s <= verb_start < e for s, e in o.spans)
        ),
        None,
    )


def _quotation_straddled(
    view: DocView, c: Candidate, quotations: Sequence[Candidate]
) -> Candidate | None:
    """``“Tell the crews they must meet at the pier,” Ortiz says to Lund,
    who answers: “Right away!”`` with ``answers`` hung on a verb inside the first quotation: a
    report whose speech verb is outside a quotation but whose first stretch of content
    lies inside it, past its first word, is a misparse that would overlap the quotation;
    the quotation holds it. (A report that starts inside and runs on past the closing mark
    is left alone: ``“We sat and listened” to the fishermen, he said``.)"""
    if c.rule == "quotation-marks" or c.frame is None or c.frame < 0:
        return None
    verb_at = view.start[c.frame]
    a, b = c.spans[0]
    for q in quotations:
        if any(qs <= verb_at < qe for qs, qe in q.spans):
            continue  # the verb is inside this quotation: a report within someone's words
        if any(qs + 1 < a and b <= qe for qs, qe in q.spans):
            return q
    return None


def drop_reports_cutting_into_quotations(
    view: DocView, cands: list[Candidate], rejected: list[Rejection]
) -> list[Candidate]:
    """A report whose first stretch of content lies inside a quotation, past its first
    word, while its speech verb is outside (see :func:`_quotation_straddled`), is the
    parser's misreading of the attribution; it goes to the rejected list before it can
    take in quoted words that are someone else's report."""
    quotations = [q for q in cands if q.quoted and not q.fragment and q.rule == "quotation-marks"]
    out: list[Candidate] = []
    for c in cands:
        q = _quotation_straddled(view, c, quotations)
        if q is None:
            out.append(c)
            continue
        reason = "content cut out of a quotation, its speech verb outside it"
        rejected.append(Rejection(c.spans[0], c.rule, reason, c.words))
    return out


def drop_nested_phrases(
    view: DocView, cands: list[Candidate], rejected: list[Rejection]
) -> list[Candidate]:
    """``said the agency denied the claims``: a phrase report (or one read off the word
    order) inside another quote's content is part of what that quote says, not a quote of
    its own; so is a clausal report whose speech verb is itself a complement inside
    another report (``said the panel estimated that a new tax would add …``, ``said he
    never said he wanted …``). They go to the rejected list."""
    out: list[Candidate] = []
    for c in cands:
        host = _nested_report(view, c, cands)
        if host is None and c.rule in _THIN_RULES:
            host = next(
                (
                    o
                    for o in cands
                    if o is not c
                    and o.start <= c.start
                    and c.end <= o.end
                    and _length(o) > _length(c)
                    and _overlap_c(o, c) >= _length(c)
                ),
                None,
            )
        if host is None:
            out.append(c)
            continue
        rejected.append(
            Rejection(
                c.spans[0],
                c.rule,
                f"inside the content of a {host.rule} quote",
                c.words,
            )
        )
    return out


def drop_duplicates(
    view: DocView, cands: Sequence[Candidate], order: Sequence[str]
) -> list[Candidate]:
    """Of candidates with nearly the same content, keep the one of the earlier rule."""
    rank = {name: i for i, name in enumerate(order)}
    ranked = sorted(cands, key=lambda c: (rank.get(c.rule, len(rank)), c.start))
    kept: list[tuple[Candidate, int]] = []
    for c in ranked:
        clen = max(1, _length(c))
        start, end = c.start, c.end
        dup = False
        for k, klen in kept:
            if k.end <= start or end <= k.start:
                continue
            ov = _overlap_c(c, k)
            if ov and ov / (clen + klen - ov) >= 0.8:
                dup = True
                break
        if not dup:
            kept.append((c, _length(c)))
    return sorted((c for c, _ in kept), key=lambda c: (c.start, c.end))


_RIGHT_COMPLEMENTS = frozenset(
    {"obj", "dobj", "iobj", "obl", "xcomp", "ccomp", "nmod", "advcl", "dep", "acl", "attr"}
)


def _own_preposition(view: DocView, conjunct: int) -> bool:
    """``toasting the “new partnership” and to “lasting peace”``: a conjunct with a
    preposition of its own is a second complement (a second quote), where ``called it
    “pathetic” and “dangerous”`` coordinates inside one."""
    return any(view.deprel[k] == "case" and k < conjunct for k in view.children(conjunct))


def anchor_fragments(
    view: DocView,
    cands: list[Candidate],
    speech_verbs: frozenset[str],
    rejected: list[Rejection],
    comment_nouns: frozenset[str] = frozenset(),
    speech_nouns: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Step ``partial-quote``: a quoted fragment no report holds becomes a mixed quote.

    Only when the verb it hangs from is a speech verb (``toasting the “new
    partnership”``, ``called him “a liar”``) or one or two verbs under one (``called what
    she saw “shameful”``, see :func:`~quoteattr.detect.base.speech_verb_further_up`), or
    says what its object was called
    (``hailed the deal as a “breakthrough”``, see :func:`_characterised_as`; ``the
    harbour was known as the “graveyard of ships”``, see :func:`_known_as`), or when it
    lies in the complement of a speech noun (``her pledge to be “neutral”``, see
    :func:`_speech_noun_above`; the noun is its cue); other fragments are scare quotes in
    the writer's own narrative and go to the rejected list.

    Its content is the complement of the verb it hangs from that holds it (``blasted the
    media for being “dishonest”`` gives ``the media for being “dishonest”``), and that
    verb is its cue candidate; a naming verb's relative clause adds the noun it hangs
    from (see :func:`_with_named_antecedent`). A fragment hanging from no verb stays a
    quote when the syntax links it to a cue; without one it is rejected too.
    """
    out: list[Candidate] = []
    for c in cands:
        if not (c.quoted and c.fragment and c.rule == "quotation-marks") or not c.words:
            out.append(c)
            continue
        inside = set(c.words)
        roots = [w for w in c.words if view.head[w] not in inside]
        noun = _speech_noun_above(view, roots[0], inside, speech_nouns) if roots else None
        if noun is not None:
            # "his pledge to be “neutral” in the talks": the noun's complement is reported
            complement = set(view.subtree(noun[1]))
            out.append(_partial_quote(view, c, complement, noun[0], comment_nouns))
            continue
        verb = verb_above(view, roots[0], inside) if roots else None
        conjunct = False
        if verb is None:
            if (
                c.cue
                and c.cue[0] > c.words[-1]
                and c.words[0] > view.sent_first[view.sent[c.words[0]]]
            ):
                # "The port is “back in business,” the mayor said" with the quotation as
                # the clause the cue hangs from: the writer's words before it go with it
                out.append(_with_words_before(view, c, comment_nouns))
            elif c.cue:
                out.append(c)
            elif in_headline(view, c.words[0]):
                # "Senators Rip the Mayor As A ‘Disgrace’", the parser lost in title case
                out.append(_headline_fragment(view, c, speech_verbs, comment_nouns))
            else:
                reason = "quoted fragment with no speech verb or cue: a scare quote or a term"
                rejected.append(Rejection(c.spans[0], "partial-quote", reason, c.words))
            continue
        # "hailed the deal as a “breakthrough”" says what its object was called; "Mayor
        # Calls the Plan ‘A Lifeline’": in a headline quoted words are someone's
        known = _known_as(view, verb, roots[0])
        called = _characterised_as(view, verb, roots[0]) or in_headline(view, c.words[0]) or known
        if (
            not called
            and view.lemma[verb] not in speech_verbs
            and not (c.cue and c.cue[0] > c.words[-1])
        ):
            # "called what she saw “shameful”": the speech verb the parser did not hang it
            # on; a fragment with an attribution of its own after it ("…,” she added) keeps it
            higher = speech_verb_further_up(view, verb, c.words[0], speech_verbs)
            if higher is not None:
                verb, conjunct = higher
        if not (called or conjunct or view.lemma[verb] in speech_verbs):
            first = view.sent_first[view.sent[c.words[0]]]
            if (
                c.cue
                and c.cue[0] > c.words[-1]
                and verb < c.words[0]
                and first < c.words[0]
                and view.sent[c.words[-1]] == view.sent[c.cue[0]] == view.sent[c.words[0]]
                and _attribution_follows(view, c.words[-1], c.cue[0])
            ):
                # "Jo is “not a backslapper,” said Kim": the writer's words before the
                # quotation in its sentence go with it
                out.append(_with_words_before(view, c, comment_nouns))
                continue
            if c.cue and len(c.words) > 2:
                # linked to a speech cue of its own (“… twice,” she added): a quotation
                out.append(attrs.evolve(c, fragment=False))
                continue
            rejected.append(
                Rejection(
                    c.spans[0],
                    "partial-quote",
                    f"quoted fragment hanging from {view.form[verb]!r}, not a speech verb",
                    c.words,
                )
            )
            continue
        # the verb's dependent on the path down to the fragment, coordinated fragments
        # included (called it “pathetic” and “dangerous”: one quote), but not a
        # coordinated speech verb, which reports on its own
        path = [roots[0]]
        while view.head[path[-1]] != verb:
            path.append(view.head[path[-1]])
        on_path = set(path)
        skip = [
            k
            for p in path
            for k in view.children(p)
            if view.deprel[k] == "conj"
            and k not in on_path
            and (view.lemma[k] in speech_verbs or _own_preposition(view, k))
        ]
        own = next(
            (p for p in path if view.deprel[p] == "conj" and _own_preposition(view, p)), None
        )
        if own is not None:
            # "… and to “lasting peace”": the fragment's own conjunct is its content
            cc = [k for k in view.children(own) if view.deprel[k] == "cc"]
            words: set[int] = set(view.subtree(own, exclude=cc))
        else:
            words = set(view.subtree(path[-1], exclude=skip))
            # with the object before it: "blamed the police on “bias”", "urged voters to “…”";
            # before a clause it is whom it was said to ("told the crew that “…”")
            for k in view.children(verb):
                if (
                    verb < k < path[-1]
                    and view.deprel[k] in ("obj", "iobj", "dobj")
                    and view.deprel[path[-1]] != "ccomp"
                ):
                    words.update(view.subtree(k))
            if _as_phrase(view, path[-1]):
                # "referred to the governor as “Chris”": whom it was said of, without "to"
                named = [
                    k
                    for k in view.children(verb)
                    if verb < k < path[-1] and view.deprel[k] in ("obl", "nmod")
                ]
                for n in named:
                    words.update(
                        k
                        for k in view.subtree(n)
                        if not (n == named[0] and view.head[k] == n and view.deprel[k] == "case")
                    )
            if verb > c.words[-1]:
                # "The port is “back in business,” the mayor said": the cue comes after,
                # so the writer's words before the quotation in its sentence are reported too
                first = view.sent_first[view.sent[c.words[0]]]
                words.update(range(first, c.words[0]))
            elif view.deprel[path[-1]] == "ccomp":
                # "said “it hurts” every time …": the report goes on after the closing mark
                words.update(after_up_to_comma(view, verb, c.words[-1], speech_verbs))
        if known:
            # "the harbour was known as the “graveyard”": the subject is what was called so
            words.update(range(min(view.subtree(known)), path[-1]))
        if conjunct:
            # "called it “a farce” and likened it to a “circus”": the coordinated verb's
            # own words after it, which it says of its object
            words = {
                x
                for k in view.children(verb)
                if k > verb and view.deprel[k] not in ("cc", "conj", "punct")
                for x in view.subtree(k)
            }
        quote = _partial_quote(view, c, words, verb, comment_nouns)
        out.append(_with_named_antecedent(view, quote, verb))
    return _join_overlapping_partials(out)


def _with_named_antecedent(view: DocView, c: Candidate, verb: int) -> Candidate:
    """``a fire that the chief described as “a deliberate act”``: the noun a
    naming verb's relative clause hangs from (with ``that`` or no relative word) is what
    was called so; it opens the content, and the attribution between (``the chief
    described``) is left out, as an aside is. ``whom he called …`` is left as it is."""
    if view.deprel[verb] not in ("acl:relcl", "relcl") or not (
        view.lemma[verb] in NAMING_VERBS or view.lemma[verb] == "describe"
    ):
        return c
    noun = view.head[verb]
    opener = view.subtree(verb)[0]
    if not (
        0 <= noun < verb
        and view.upos[noun] in ("NOUN", "PROPN")
        and opener == noun + 1
        and (view.lemma[opener] == "that" or view.xpos[opener] not in _WH_TAGS)
        and c.start > view.end[noun]
        and len(c.spans) == 1
        and verb + 1 < view.n_words
        and view.start[verb + 1] < c.end
    ):
        return c
    left = [
        k
        for k in view.children(noun)
        if k < noun and view.deprel[k] not in ("case", "punct", "cc", "mark")
    ]
    first = min([noun, *(x for k in left for x in view.subtree(k))])
    last = opener if view.lemma[opener] == "that" else noun
    # what was called, after the verb ("called “distasteful”", "described as “…”"),
    # without the speaker
    after = verb + 1
    if view.lemma[after] == "as" and after + 1 < view.n_words and view.start[after + 1] < c.end:
        after += 1
    rest = (max(c.start, view.start[after]), c.end)
    return attrs.evolve(
        c,
        spans=((view.start[first], view.end[last]), rest),
        words=(*range(first, last + 1), *(k for k in c.words if k > verb)),
    )


_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _join_overlapping_partials(cands: list[Candidate]) -> list[Candidate]:
    """Two partial quotes of one verb whose contents overlap (``condemned the test as
    “reckless” and a “grave threat”``, the second name hung on the verb, each taking the
    object) are one: the union of the two."""
    out: list[Candidate] = []
    latest: dict[int, int] = {}  # frame -> index in out of its latest partial quote
    for c in cands:
        if c.rule != "partial-quote" or c.frame is None or len(c.spans) != 1:
            out.append(c)
            continue
        i = latest.get(c.frame)
        if i is None or not (out[i].start < c.end and c.start < out[i].end):
            latest[c.frame] = len(out)
            out.append(c)
            continue
        prev = out[i]
        out[i] = attrs.evolve(
            prev,
            spans=((min(prev.start, c.start), max(prev.end, c.end)),),
            words=tuple(sorted(set(prev.words) | set(c.words))),
            repaired=prev.repaired or c.repaired,
        )
    return out


# Relations through which a speech noun takes what was said: "pledge to …", "claim that …".
_NOUN_COMPLEMENTS = frozenset({"acl", "ccomp", "xcomp"})


def _speech_noun_above(
    view: DocView, root: int, inside: set[int], speech_nouns: frozenset[str]
) -> tuple[int, int] | None:
    """The speech noun whose complement holds a quoted fragment, a few steps up, and that
    complement: ``claim that “thousands” gathered``, ``pledge to be “neutral”``. A fragment
    that modifies the noun itself (``the “1960s” comment``) reports nothing more than its
    words."""
    child, h = root, view.head[root]
    for _ in range(4):
        if h < 0 or h in inside:
            return None
        if view.lemma[h] in speech_nouns and view.upos[h] == "NOUN" and h < root:
            if view.deprel[child] in _NOUN_COMPLEMENTS:
                return h, child
            return None
        child, h = h, view.head[h]
    return None


def _as_phrase(view: DocView, w: int) -> bool:
    """Word ``w`` heads an ``as`` phrase (``as “rapists”``)."""
    return any(
        view.deprel[k] in ("case", "mark") and view.lemma[k] == "as" for k in view.children(w)
    )


def _characterised_as(view: DocView, verb: int, root: int) -> bool:
    """``heralded the deal as a “breakthrough”``, ``portrayed himself as a “skeptic”``: the
    quoted words are what someone called a thing, in an ``as`` phrase after the object of
    the verb before them; the verb reports how they characterised it."""
    if verb > root or view.lemma[verb] in ("be", "have"):
        return False
    top = root
    while view.head[top] != verb:
        top = view.head[top]
    if view.deprel[top] == "conj" and view.upos[top] in ("NOUN", "ADJ"):
        # "… as “reckless” and a “grave threat”", the second name hung on the verb
        earlier = [k for k in view.children(verb) if verb < k < top and _as_phrase(view, k)]
        if not earlier:
            return False
        top = earlier[-1]
    return _as_phrase(view, top) and any(
        (
            view.deprel[k] in ("obj", "iobj", "dobj")
            # "went after the mayor as “…”": the one characterised behind a preposition
            or (view.deprel[k] in ("obl", "nmod") and case_of(view, k) == "after")
        )
        and verb < k < top
        for k in view.children(verb)
    )


def _known_as(view: DocView, verb: int, root: int) -> int | None:
    """``the harbour was known as the “graveyard of ships”``: what people call a thing,
    with the thing as the subject of ``known``. Returns that subject; ``a genre known as
    “beach reads”`` (no subject) names a thing."""
    if view.lemma[verb] != "know" or view.xpos[verb] != "VBN" or verb > root:
        return None
    top = root
    while view.head[top] != verb:
        top = view.head[top]
    if not _as_phrase(view, top):
        return None
    return next(
        (k for k in view.children(verb) if k < verb and view.deprel[k] in SUBJECT_RELATIONS),
        None,
    )


def _attribution_follows(view: DocView, last: int, cue: int) -> bool:
    """Between word ``last`` and the cue there is only punctuation and, at most, the
    speaker's noun phrase: ``…,” Jo Bloggs said`` (or ``…,” said Jo Bloggs``)."""
    between = [w for w in range(last + 1, cue) if view.upos[w] != "PUNCT"]
    return has_subject(view, cue) and (not between or noun_phrase(view, between, 6))


def _headline_fragment(
    view: DocView, c: Candidate, speech_verbs: frozenset[str], comment_nouns: frozenset[str]
) -> Candidate:
    """A quoted fragment in a headline that hangs from no verb: what follows the last
    word before it that reads as a speech verb (``Calls``, ``Says``; the parser often tags
    them as nouns in title case) is reported, else the whole headline is."""
    first = view.sent_first[view.sent[c.words[0]]]
    last = view.sent_end[view.sent[c.words[0]]] - 1
    cue = next(
        (
            k
            for k in range(c.words[0] - 1, first, -1)
            if view.lemma[k] in speech_verbs
            or view.form[k].lower() in speech_verbs
            or view.form[k].lower().removesuffix("s") in speech_verbs
        ),
        None,
    )
    lo = first if cue is None else cue + 1
    partial = _partial_quote(view, c, set(range(lo, last + 1)), first, comment_nouns)
    return attrs.evolve(partial, cue=() if cue is None else (cue,), frame=cue)


def _with_words_before(view: DocView, c: Candidate, comment_nouns: frozenset[str]) -> Candidate:
    """The mixed quote of fragment ``c`` with the writer's words before it in its sentence,
    attributed by its cue (which comes after it)."""
    first = view.sent_first[view.sent[c.words[0]]]
    return _partial_quote(view, c, set(range(first, c.words[-1] + 1)), c.cue[0], comment_nouns)


def _partial_quote(
    view: DocView, c: Candidate, words: set[int], verb: int, comment_nouns: frozenset[str]
) -> Candidate:
    """The mixed quote made of fragment ``c`` and the reported ``words`` around it."""
    words.update(c.words)
    inside = set(c.words)
    ordered = sorted(w for w in words if view.upos[w] != "PUNCT" or w in inside)
    ordered = without_closing_comment(view, ordered, comment_nouns)
    lo, hi = ordered[0], ordered[-1]
    start = min(view.start[lo], c.start)
    end = max(view.end[hi], c.end)
    text = view.text
    if end == c.end:
        end = _past_closing_mark(text, end)  # the content ends with the quoted words
    if start == c.start:
        # it starts with them: keep their opening mark
        while start > 0 and text[start - 1] in OPENING_CHARS and c.start - start < 2:
            start -= 1
    # keep the content trimmed of edge punctuation
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return attrs.evolve(
        c,
        spans=((start, end),),
        rule="partial-quote",
        cue=c.cue or (verb,),
        frame=c.frame if c.frame is not None else verb,
        words=tuple(range(lo, hi + 1)),
    )


_LABELLED = frozenset({"transcript-turn", "headline-label"})


def prefer_transcript_turns(view: DocView, cands: list[Candidate]) -> list[Candidate]:
    """Transcript turns and labelled headlines replace the candidates that overlap them."""
    turns = [c for c in cands if c.rule in _LABELLED]
    if not turns:
        return cands
    out = list(turns)
    for c in cands:
        if c.rule in _LABELLED:
            continue
        if any(_overlap_c(c, t) for t in turns):
            continue
        out.append(c)
    return sorted(out, key=lambda c: (c.start, c.end))


def extend_quoted_predicates(view: DocView, cands: list[Candidate]) -> list[Candidate]:
    """``Ortiz said the harbour fees “do little for the ferry trade”``: the quotation
    is the predicate of a report whose subject the writer gave in their own words.

    When a quotation starts in lower case after its cue and the words between the cue and
    the quotation are one noun phrase hanging from the cue (the parser made the
    report's subject the verb's object), the content runs from that noun phrase to the
    end of the quotation, a mixed quote.

    ``The ferry, she said, “was never safe”``: a quotation starting in lower case right
    after an aside attribution continues the writer's words before the aside; the content
    is those words and the quotation (two spans), a mixed quote.
    """
    out: list[Candidate] = []
    for c in cands:
        extended = None
        if c.quoted and c.rule == "quotation-marks":
            extended = _named_object(view, c)
        if extended is None and c.quoted and not c.fragment:
            extended = _with_written_subject(view, c) or _around_an_aside(view, c)
        out.append(c if extended is None else extended)
    return out


def _named_object(view: DocView, c: Candidate) -> Candidate | None:
    """``called the frontrunner “the best recruiter”`` where the parser tied the quotation
    to nothing: a naming verb with a subject, a short noun phrase, then the quotation is
    one mixed quote of the noun phrase and the quotation."""
    if len(c.spans) != 1 or not c.words:
        return None
    first = c.words[0]
    k = first - 1
    while k >= 0 and view.upos[k] == "PUNCT" and view.form[k] not in (",", ";", ":"):
        k -= 1
    np_end = k
    while k >= 0 and view.sent[k] == view.sent[first] and view.upos[k] != "VERB":
        k -= 1
    if k < 0 or view.sent[k] != view.sent[first] or view.lemma[k] not in NAMING_VERBS:
        return None
    phrase = range(k + 1, np_end + 1)
    if not noun_phrase(view, phrase, 6) or not has_subject(view, k):
        return None
    after = c.words[-1] + 1
    while after < view.n_words and view.upos[after] == "PUNCT":
        after += 1
    if after < view.n_words and view.upos[after] in ("NOUN", "PROPN"):
        return None  # "called X's “reckless” actions": the quotation modifies a noun
    start, end = view.start[k + 1], _past_closing_mark(view.text, c.spans[0][1])
    return attrs.evolve(
        c,
        spans=((start, end),),
        fragment=True,
        rule="partial-quote",
        cue=(k,),
        frame=k,
        words=(*phrase, *c.words),
    )


def _around_an_aside(view: DocView, c: Candidate) -> Candidate | None:
    if len(c.cue) != 1 or len(c.spans) != 1 or not c.words:
        return None
    cue, first = c.cue[0], c.words[0]
    s = view.sent[first]
    if view.sent[cue] != s or not cue < first or not view.form[first][:1].islower():
        return None
    if any(view.upos[k] != "PUNCT" for k in range(cue + 1, first)):
        return None  # only the comma (and the opening mark) between the cue and the quotation
    comma = cue - 1
    while comma >= view.sent_first[s] and view.form[comma] != ",":
        comma -= 1
    if comma < view.sent_first[s] or not noun_phrase(view, range(comma + 1, cue), 5):
        return None
    before = [k for k in range(view.sent_first[s], comma) if view.upos[k] != "PUNCT"]
    if not before or any(
        ch in QUOTE_CHARS for ch in view.text[view.start[before[0]] : view.end[comma]]
    ):
        return None
    span = (view.start[before[0]], view.end[before[-1]])
    return attrs.evolve(
        c, spans=(span, *c.spans), fragment=True, words=(*before, *c.words), rule="partial-quote"
    )


def _with_written_subject(view: DocView, c: Candidate) -> Candidate | None:
    if len(c.cue) != 1 or len(c.spans) != 1 or not c.words:
        return None
    cue, first = c.cue[0], c.words[0]
    if not view.form[first][:1].islower() or not cue < first:
        return None
    inside = set(c.words)
    roots = {w for w in c.words if view.head[w] not in inside}
    if any(has_subject(view, r, within=inside) for r in roots):
        return None  # "told reporters “we will win”": the quotation has its own subject
    between = [w for w in range(cue + 1, first) if view.upos[w] != "PUNCT"]
    if not between or len(between) > 15:
        return None
    if view.lemma[between[0]] == "that":
        between = between[1:]
    heads = {w for w in between if view.head[w] not in between}
    if len(heads) != 1:
        return None
    head = heads.pop()
    if view.head[head] != cue or view.deprel[head] not in ("obj", "dobj", "nsubj", "iobj"):
        return None
    if view.upos[head] not in ("NOUN", "PROPN", "PRON"):
        return None
    start = view.start[between[0]]
    return attrs.evolve(c, spans=((start, c.spans[0][1]),), fragment=True)
