"""Noun phrases shared by detection and attribution: mention extents and media.

Mention extents: the noun phrase a speaker or medium is written as.

Titles stay in the mention (``Russian President Vladimir Putin``); appositions,
relative clauses and other clausal modifiers do not (``Hugh Hill, a doctor,`` gives
``Hugh Hill``; ``The Russian president, who was ...,`` gives ``The Russian president``).
When the head is a common noun whose apposition is a name (``the company's chief,
Dana Whitlock,``) the name is kept as :attr:`Mention.name_word`.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from quoteattr.document import DocView
from quoteattr.lexicons import Lexicon
from quoteattr.model import Span

__all__ = [
    "NOMINAL_UPOS",
    "TITLE_WORDS",
    "Mention",
    "medium_of",
    "mention_at",
    "name_text",
    "span_head",
]

#: The parts of speech a short noun phrase is made of (``the minister``, ``Ms. Okafor``).
NOMINAL_UPOS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PART"})

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


#: Words of titles and offices that precede a name ("Harbour Commissioner Dana Whitlock").
TITLE_WORDS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "senator",
        "sen",
        "rep",
        "representative",
        "governor",
        "gov",
        "mayor",
        "commissioner",
        "chairman",
        "chairwoman",
        "chair",
        "chief",
        "director",
        "general",
        "gen",
        "col",
        "colonel",
        "lt",
        "lieutenant",
        "capt",
        "captain",
        "sgt",
        "sergeant",
        "judge",
        "justice",
        "attorney",
        "ambassador",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "rev",
        "reverend",
        "father",
        "sister",
        "sheikh",
        "speaker",
        "leader",
        "ceo",
        "cfo",
        "coo",
        "executive",
        "officer",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "councillor",
        "councilman",
        "councilwoman",
        "deputy",
        "assistant",
        "harbour",
        "harbor",
        "port",
        "police",
        "fire",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "state",
        "federal",
        "former",
        "acting",
    ]
)


def span_head(view: DocView, first: int, last: int) -> int:
    """The word of ``first..last`` governed from outside the span (the first such word)."""
    for w in range(first, last + 1):
        h = view.head[w]
        if h < first or h > last:
            return w
    return last


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


_JOINERS = frozenset({"-", "–", "/", "&", "'", "’"})


def _joined(view: DocView, a: int, b: int) -> bool:
    """Words ``a`` < ``b`` are adjacent, or separated only by hyphens and the like."""
    return all(view.form[w] in _JOINERS for w in range(a + 1, b))


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
    # (hyphens and slashes inside the phrase do not break it: "the 54-year-old engineer")
    pos = words.index(head)
    lo = hi = pos
    while lo > 0 and _joined(view, words[lo - 1], words[lo]):
        lo -= 1
    while hi + 1 < len(words) and _joined(view, words[hi], words[hi + 1]):
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


_OUTLET_NAME = regex.compile(
    r"\b(News|Times|Post|Journal|Press|TV|Television|Radio|Agency|Herald|Tribune|Gazette|"
    r"Daily|Broadcasting|Media|Network|Magazine|Channel|Telegraph|Chronicle|Observer|"
    r"Newswire|Wire|Report|Review|Weekly|Monitor|Register|Courier|Examiner|Inquirer|"
    r"Bulletin|Dispatch)\b"
)
_DETS = frozenset({"the", "a", "an"})


def name_text(view: DocView, first: int, last: int) -> str:
    while first < last and view.form[first].lower() in _DETS:
        first += 1
    return view.span_text(first, last)


def _words_span(view: DocView, first: int, last: int) -> Span:
    """The text of words ``first..last`` as a :class:`Span`."""
    return Span(view.start[first], view.end[last], view.span_text(first, last))


def _name_ranges(propn: list[int]) -> Iterator[tuple[int, int]]:
    """All the proper nouns of a phrase, then each run of adjacent ones."""
    if not propn:
        return
    yield propn[0], propn[-1]
    start = propn[0]
    for prev, w in zip(propn, [*propn[1:], -1], strict=True):
        if w != prev + 1:
            yield start, prev
            start = w


def medium_of(view: DocView, head: int, lex: Lexicon) -> tuple[str, Span, str] | None:
    """If the phrase headed by ``head`` names a medium: (name, mention span, type)."""
    m = mention_at(view, head)
    span = _words_span(view, m.first, m.last)
    key = name_text(view, m.first, m.last)
    if key.lower() in lex.media_names:
        return key, span, lex.media_names[key.lower()]
    propn = [w for w in range(m.first, m.last + 1) if view.upos[w] == "PROPN"]
    # a known name: all the proper nouns of the phrase ("state-owned newswire Ria
    # Novosti"), or one run of them ("Fox News's show")
    for first, last in _name_ranges(propn):
        name = view.span_text(first, last)
        if name.lower() in lex.media_names:
            return name, _words_span(view, first, last), lex.media_names[name.lower()]
    names = _words_span(view, propn[0], propn[-1]) if propn else None
    # "news agency", "press agency": an agency only with news or press before it
    for w in range(m.first + 1, m.last + 1):
        if view.lemma[w] == "agency" and view.lemma[w - 1] in ("news", "press", "wire"):
            return (names.text, names, "news_agency") if names else (span.text, span, "news_agency")
    # a media noun in the phrase: "newswire Ria Novosti", "the broadcaster"
    for w in range(m.first, m.last + 1):
        lemma = view.lemma[w]
        if view.upos[w] == "NOUN" and lemma in lex.media_nouns:
            if names is not None:
                return names.text, names, lex.media_nouns[lemma]
            if w == m.head:
                return span.text, span, lex.media_nouns[lemma]
    # an organisation whose name looks like an outlet
    ent = view.entity_of(head)
    if ent is not None and ent.type in ("ORG", "ORGANIZATION"):
        org = view.text[ent.start : ent.end]
        if _OUTLET_NAME.search(org):
            return org, Span(ent.start, ent.end, org), "outlet"
    if names is not None and not view.has_ner and _OUTLET_NAME.search(names.text):
        return names.text, names, "outlet"
    return None
