"""From a speaker mention to a canonical speaker, through Stanza's coreference chains.

The chain holding the mention's head is found; among the chain's mentions, the names
of PERSON / ORG / GPE / NORP entities (or, without NER, runs of proper nouns) are
candidates, and the fullest wins (most words, then earliest). ``he`` and ``the North
Korean ruler`` thus resolve to ``Kim Jong Un``. A chain without a name keeps its best
description (Stanza's representative mention); a mention in no chain keeps its own
name or text.
"""

from __future__ import annotations

from quoteattr.document import DocView
from quoteattr.model import Span, Speaker
from quoteattr.phrases import TITLE_WORDS, Mention, span_head

__all__ = ["NAME_TYPES", "canonical_speaker"]

#: Entity types whose names make canonical speaker names.
NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "PER", "ORGANIZATION"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


def _names_in(view: DocView, first: int, last: int) -> list[tuple[int, int, str | None]]:
    """Names heading words ``first..last``: (first, last, entity type).

    A name counts when it covers the phrase's head (``Vladimir Putin`` in ``Russian
    President Vladimir Putin``), not when it only modifies it (``Western`` in ``a
    Western official``).
    """
    out: list[tuple[int, int, str | None]] = []
    head = span_head(view, first, last)
    if view.has_ner:
        seen: set[int] = set()
        for w in range(first, last + 1):
            ent = view.entity_of(w)
            if ent is None or ent.type not in NAME_TYPES or ent.first in seen:
                continue
            seen.add(ent.first)
            if ent.first >= first and ent.last <= last and ent.first <= head <= ent.last:
                out.append((ent.first, ent.last, ent.type))
        if out or any(view.ner[w] != "O" for w in range(first, last + 1)):
            return out
    run: list[int] = []
    for w in range(first, last + 2):
        if w <= last and view.upos[w] == "PROPN":
            run.append(w)
            continue
        if run:
            if run[0] <= head <= run[-1]:
                # no NER to tell a title from a name: drop leading title words
                while len(run) > 1 and view.form[run[0]].lower().rstrip(".") in TITLE_WORDS:
                    run.pop(0)
                out.append((run[0], run[-1], None))
            run = []
    return out


def _best_name(
    view: DocView, mentions: list[tuple[int, int]]
) -> tuple[int, int, str | None] | None:
    best: tuple[int, int, str | None] | None = None
    best_key: tuple[int, int, int] | None = None
    for s, e in mentions:
        for f, la, typ in _names_in(view, s, e - 1):
            key = (la - f + 1, 1 if typ == "PERSON" else 0, -f)
            if best_key is None or key > best_key:
                best, best_key = (f, la, typ), key
    return best


def _chain_name(
    view: DocView, chain: int, mentions: list[tuple[int, int]]
) -> tuple[int, int, str | None] | None:
    """The best name of a chain, computed once per chain and document."""
    cache = view.cache.setdefault("chain_names", {})
    if chain not in cache:
        cache[chain] = _best_name(view, mentions)
    return cache[chain]  # type: ignore[no-any-return]


def _chain_for(view: DocView, mention: Mention) -> int | None:
    """The chain of the smallest chain mention holding the mention's head."""
    best: tuple[int, int] | None = None
    for chain, s, e in view.chains_of(mention.head):
        size = e - s
        if best is None or size < best[1]:
            best = (chain, size)
    return None if best is None else best[0]


def _description(view: DocView, first: int, last: int) -> str:
    return view.span_text(first, last)


def canonical_speaker(
    view: DocView, mention: Mention, *, name_from: Mention | None = None
) -> Speaker:
    """The :class:`Speaker` for a mention: canonical name through coreference, mention as written.

    ``name_from``, when given, is the mention the name is resolved from (a relative
    pronoun's antecedent); the written mention stays ``mention``.
    """
    m_start, m_end = mention.chars(view)
    written = Span(m_start, m_end, view.text[m_start:m_end])
    if name_from is not None:
        mention = name_from
    described = mention.text(view)  # the description when no name is known
    if mention.appos_name is not None:
        # "the company's chief, Dana Whitlock": the apposed name names the speaker
        app = mention.appos_name
        names = _names_in(view, app, max(app, _appos_end(view, app)))
        if names:
            f, la, typ = names[0]
            own = (f, la, typ)
        else:
            own = None
    else:
        own = _best_name(view, [(mention.first, mention.last + 1)])
    if not view.has_coref:
        if own is not None:
            f, la, typ = own
            return Speaker(view.span_text(f, la), written, typ, None, True, "no-coref")
        return Speaker(described, written, None, None, False, "no-coref")
    chain = _chain_for(view, mention)
    if chain is None:
        if own is not None:
            f, la, typ = own
            return Speaker(view.span_text(f, la), written, typ, None, True, "mention")
        return Speaker(described, written, None, None, False, "mention")
    mentions = list(view.chains[chain].mentions)
    best = _chain_name(view, chain, mentions)
    if best is None and own is not None:
        best = own
    if best is not None:
        f, la, typ = best
        return Speaker(view.span_text(f, la), written, typ, chain, True, "coref")
    rep_s, rep_e = mentions[view.chains[chain].representative]
    rep = _description(view, rep_s, rep_e - 1)
    if view.lemma[rep_s] in ("he", "she", "they", "it", "we", "i", "you"):
        rep = described
    return Speaker(rep, written, None, chain, False, "coref")


def _appos_end(view: DocView, w: int) -> int:
    last = w
    for c in view.children(w):
        if view.deprel[c] in ("flat", "compound", "flat:name") and c > last:
            last = c
    return last
