"""Mention extents: the noun phrase a speaker or medium is written as.

Titles stay in the mention (``Russian President Vladimir Putin``); appositions,
relative clauses and other clausal modifiers do not (``Hugh Hill, a doctor,`` gives
``Hugh Hill``; ``The Russian president, who was ...,`` gives ``The Russian president``).
When the head is a common noun whose apposition is a name (``the company's chief,
Dana Whitlock,``) the name is kept as :attr:`Mention.name_word`.
"""

from __future__ import annotations

import attrs

from quoteattr.document import DocView

__all__ = ["Mention", "mention_at"]

_CUT = frozenset(
    {
        "appos",
        "acl",
        "acl:relcl",
        "relcl",
        "punct",
        "parataxis",
        "advcl",
        "dep",
        "ccomp",
        "discourse",
        "vocative",
    }
)


@attrs.frozen
class Mention:
    """A noun phrase by its words: ``first``..``last`` inclusive, ``head`` its head word."""

    first: int
    last: int
    head: int
    appos_name: int | None = None

    def text(self, view: DocView) -> str:
        return view.span_text(self.first, self.last)

    def chars(self, view: DocView) -> tuple[int, int]:
        return view.start[self.first], view.end[self.last]


def mention_at(view: DocView, head: int) -> Mention:
    """The mention headed by ``head``: its subtree without clausal modifiers and appositions."""
    words = [head]
    stack = [
        c for c in view.children(head) if view.deprel[c] not in _CUT and view.deprel[c] != "case"
    ]
    while stack:
        w = stack.pop()
        words.append(w)
        stack.extend(c for c in view.children(w) if view.deprel[c] not in ("punct", "acl:relcl"))
    words.sort()
    # keep the contiguous run around the head
    pos = words.index(head)
    lo = hi = pos
    while lo > 0 and words[lo - 1] == words[lo] - 1:
        lo -= 1
    while hi + 1 < len(words) and words[hi + 1] == words[hi] + 1:
        hi += 1
    first, last = words[lo], words[hi]
    while last > first and view.upos[last] == "PUNCT":
        last -= 1
    while first < last and view.upos[first] == "PUNCT":
        first += 1
    appos = None
    if view.upos[head] != "PROPN":
        for c in view.children(head):
            if view.deprel[c] == "appos" and view.upos[c] == "PROPN":
                appos = c
                break
    return Mention(first, last, head, appos)
