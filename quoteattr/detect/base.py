"""What detection rules share: the context they read and the candidates they return."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol

import attrs

from quoteattr.document import DocView
from quoteattr.lexicons import Lexicon
from quoteattr.marks import MarkScan
from quoteattr.phrases import NOMINAL_UPOS

__all__ = [
    "ASIDE_PUNCT",
    "CLOSING_CHARS",
    "CLOSING_FORMS",
    "NAMING_VERBS",
    "OPENING_CHARS",
    "OPENING_FORMS",
    "PERSONAL_SUBJECTS",
    "QUOTE_CHARS",
    "SUBJECT_RELATIONS",
    "Candidate",
    "DetectionContext",
    "Rejection",
    "Rule",
    "after_up_to_comma",
    "case_of",
    "clause_words",
    "cue_words",
    "has_subject",
    "in_headline",
    "noun_phrase",
    "stands_alone",
    "trim_words",
    "verb_above",
    "without_closing_comment",
]

#: Relations of a clause's subject (UD v2, and the older ``nsubjpass`` some converters write).
SUBJECT_RELATIONS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl", "nsubjpass"})

# Punctuation trimmed from the edges of a reported clause.
_EDGE_PUNCT = frozenset(",.;:!?—–-\"“”„'‘’«»()[]…")


@attrs.frozen
class Candidate:
    """A quote found by a detection rule, before attribution.

    Attributes:
        spans: content char spans, in text order, without enclosing quotation marks.
        rule: the name of the rule that found it.
        paragraph: paragraph index of the first span.
        quoted: the content lies inside quotation marks (a direct quotation or a
            quoted fragment).
        fragment: a quoted fragment embedded in the writer's sentence (a partial quote).
        cue: global word indices of the cue when the syntax gives one.
        clause_head: the head word of the reported clause, or of the quote's first root.
        frame: the word the attribution hangs from (the cue verb, the noun of
            ``according to X``, the speech noun), or ``None``.
        words: the global word indices of the content.
        repaired: built from unbalanced quotation marks.
    """

    spans: tuple[tuple[int, int], ...]
    rule: str
    paragraph: int
    quoted: bool = False
    fragment: bool = False
    cue: tuple[int, ...] = ()
    clause_head: int | None = None
    frame: int | None = None
    words: tuple[int, ...] = ()
    repaired: bool = False

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@attrs.frozen
class Rejection:
    """A quoted stretch a rule judged not to be a quotation."""

    span: tuple[int, int]
    rule: str
    reason: str
    words: tuple[int, ...] = ()


@attrs.define(eq=False)
class DetectionContext:
    """What every rule reads: the document view, the quotation marks, the lexicon."""

    view: DocView
    marks: MarkScan
    lexicon: Lexicon
    rejected: list[Rejection] = attrs.Factory(list)


class Rule(Protocol):
    """A detection rule: a named callable returning candidates."""

    @property
    def name(self) -> str: ...

    def __call__(self, ctx: DetectionContext) -> Sequence[Candidate]: ...


def has_subject(view: DocView, w: int, within: Collection[int] | None = None) -> bool:
    """Word ``w`` has a subject of its own (among ``within``, when given)."""
    return any(
        view.deprel[k] in SUBJECT_RELATIONS and (within is None or k in within)
        for k in view.children(w)
    )


def put_it(view: DocView, w: int) -> bool:
    """``As Kim put it: “…”``, ``Kim put it bluntly, “…”``: the idiom ``put it`` (with
    ``as``, or with only an adverb between it and a colon or comma) introduces words."""
    if view.lemma[w] != "put" or w + 1 >= view.n_words or view.form[w + 1].lower() != "it":
        return False
    if view.deprel[w + 1] != "obj" or view.head[w + 1] != w:
        return False
    if any(view.deprel[c] == "mark" and view.lemma[c] == "as" for c in view.children(w)):
        return True
    k = w + 2
    while k < view.n_words and view.upos[k] == "ADV":
        k += 1
    return k < view.n_words and view.form[k] in (":", ",")


def verb_cue(view: DocView, w: int) -> tuple[int, ...]:
    """The words of verb ``w`` as a cue: the verb, with ``it`` for the idiom ``put it``."""
    return (w, w + 1) if put_it(view, w) else (w,)


def cue_words(view: DocView, w: int) -> tuple[int, ...]:
    """The words of speech verb ``w`` as a report's cue: the verb with its particle
    (``pointed out``), or the idiom ``put it``."""
    prt = [c for c in view.children(w) if view.deprel[c] == "compound:prt"]
    return tuple(sorted({*verb_cue(view, w), *prt}))


#: Subjects that stand for a text already named: "“…,” it read".
_TEXT_PRONOUNS = frozenset({"it", "this", "one"})


def text_cue(view: DocView, w: int, lex: Lexicon) -> bool:
    """Word ``w`` is a verb of the lexicon's ``text_verbs`` whose subject is a text
    (``“…,” the sign read``, ``“…,” it reads``): the cue of the quotation it holds."""
    if view.lemma[w] not in lex.text_verbs or view.upos[w] != "VERB":
        return False
    return any(
        view.deprel[k] == "nsubj"
        and (view.lemma[k] in lex.statement_nouns or view.form[k].lower() in _TEXT_PRONOUNS)
        for k in view.children(w)
    )


def introduces_words(view: DocView, w: int, lex: Lexicon) -> bool:
    """Verb ``w`` can introduce someone's words: a speech verb of the lexicon, a text verb
    whose subject is a text (:func:`text_cue`), or the idiom ``put it`` (:func:`put_it`)."""
    return view.lemma[w] in lex.speech_verbs or text_cue(view, w, lex) or put_it(view, w)


def stands_alone(view: DocView, words: Sequence[int]) -> bool:
    """The words fill their sentences: nothing but punctuation before or after them."""
    if not words:
        return False
    s0 = view.sent_first[view.sent[words[0]]]
    s1 = view.sent_end[view.sent[words[-1]]]
    inside = set(words)
    return all(view.upos[w] == "PUNCT" or w in inside for w in range(s0, s1))


def noun_phrase(view: DocView, words: Sequence[int], max_words: int) -> bool:
    """A short run of nominal words with a noun or pronoun and no wh-word: ``the
    minister``, ``Xi``, ``Ms. Okafor`` (not ``which the minister``)."""
    return (
        0 < len(words) <= max_words
        and all(view.upos[k] in NOMINAL_UPOS and not view.xpos[k].startswith("W") for k in words)
        and any(view.upos[k] in ("PROPN", "NOUN", "PRON") for k in words)
    )


def trim_words(view: DocView, words: Sequence[int], *, drop_that: bool = True) -> list[int]:
    """Drop edge punctuation, a leading complementizer and leading conjunctions."""
    ws = list(words)
    while ws and (view.upos[ws[0]] == "PUNCT" or view.form[ws[0]] in _EDGE_PUNCT):
        ws.pop(0)
    while ws and (view.upos[ws[-1]] == "PUNCT" or view.form[ws[-1]] in _EDGE_PUNCT):
        ws.pop()
    while ws and (
        (drop_that and view.deprel[ws[0]] == "mark" and view.lemma[ws[0]].lower() == "that")
        or view.deprel[ws[0]] == "cc"
        or view.upos[ws[0]] == "PUNCT"
    ):
        ws.pop(0)
    while ws and (view.upos[ws[-1]] == "PUNCT" or view.form[ws[-1]] in _EDGE_PUNCT):
        ws.pop()
    return _close_open_quote(view, _open_closed_quote(view, ws), words)


_OPENING = {"“": "”", "‘": "’", "«": "»", "„": "“", '"': '"', "``": "''", "''": "''"}

#: Quotation marks as tokens: the opening forms, and the closing ones (a lone ``'``
#: closes British-style quotations).
OPENING_FORMS = frozenset(_OPENING)
CLOSING_FORMS = frozenset(_OPENING.values()) | {"'"}
#: Quotation marks as characters of the text: all of them, the opening and the closing.
OPENING_CHARS = frozenset("“‘«„‚\"'")
CLOSING_CHARS = frozenset("”’»\"'")
QUOTE_CHARS = OPENING_CHARS | CLOSING_CHARS | frozenset("`")


def _open_closed_quote(view: DocView, ws: list[int]) -> list[int]:
    """Keep the opening mark of a quotation the content closes (``“it hurts” every
    time …``): the mark right before the content, when its closing mark is unmatched in it."""
    if not ws or ws[0] == 0:
        return ws
    before = ws[0] - 1
    opening = view.form[before]
    if opening not in _OPENING or view.upos[before] != "PUNCT":
        return ws
    if view.sent[before] != view.sent[ws[0]]:
        return ws
    closing = _OPENING[opening]
    forms = [view.form[w] for w in ws]
    if opening == closing:
        unmatched = forms.count(closing) % 2 == 1
    else:
        unmatched = forms.count(closing) > forms.count(opening)
    return [before, *ws] if unmatched else ws


def _close_open_quote(view: DocView, ws: list[int], words: Sequence[int]) -> list[int]:
    """Keep the closing mark of a quotation the content opens (``were “within limits”``)."""
    if not ws:
        return ws
    opened: list[str] = []
    for w in ws:
        form = view.form[w]
        if opened and form == _OPENING.get(opened[-1]):
            opened.pop()
        elif form in _OPENING and view.upos[w] == "PUNCT":
            opened.append(form)
    if not opened:
        return ws
    closing = _OPENING[opened[-1]]
    nxt = ws[-1] + 1
    # the closing mark may follow the quote-final punctuation, attached elsewhere
    limit = max(max(words) if words else ws[-1], ws[-1] + 2)
    while nxt <= limit + 1 and nxt < view.n_words and view.upos[nxt] == "PUNCT":
        if view.form[nxt] == closing:
            return [*ws, *range(ws[-1] + 1, nxt + 1)]
        nxt += 1
    return ws


def _bridged(view: DocView, a: int, b: int) -> bool:
    """Words ``a`` < ``b`` are adjacent but for punctuation between them, or a
    parenthesis the parser hung elsewhere (``a “reflection” (it) is needed``)."""
    between = range(a + 1, b)
    if all(view.upos[w] == "PUNCT" for w in between):
        return True
    return _bracketed(view, between)


def _bracketed(view: DocView, between: range) -> bool:
    """``(it)``, ``((it))``: the words are one short stretch in brackets."""
    if len(between) > 8 or not between:
        return False
    depth = 0
    for w in between:
        if view.form[w] in ("(", "["):
            depth += 1
        elif view.form[w] in (")", "]"):
            depth -= 1
            if depth < 0:
                return False
        elif depth == 0:
            return False
    return depth == 0


_CONCESSIVE = frozenset({"although", "though", "whereas"})


#: Punctuation that sets off an aside: commas and dashes.
ASIDE_PUNCT = frozenset({",", "—", "–", "--"})

#: Speech verbs whose object is the addressee: "told the group", "warned voters".
TELLING_VERBS = frozenset("tell inform assure remind warn notify advise promise convince".split())

#: Verbs of giving something a name: "called the plan “a disaster”".
NAMING_VERBS = frozenset({"call", "dub", "label", "brand", "term"})


def after_comma(view: DocView, w: int) -> bool:
    """A comma or dash comes right before word ``w`` (``…, citing``), also inside a
    quotation that closes there (``…,” citing``)."""
    k = w - 1
    if k > 0 and view.form[k] in CLOSING_FORMS:
        k -= 1
    return k >= 0 and view.form[k] in ASIDE_PUNCT


def case_of(view: DocView, w: int) -> str | None:
    """The lemma of word ``w``'s preposition (its ``case`` dependent), if it has one."""
    return next((view.lemma[c] for c in view.children(w) if view.deprel[c] == "case"), None)


def misattached_participle(view: DocView, w: int) -> bool:
    """``Kim left the hall, calling the plan reckless`` with the comma participle parsed
    as a ``dep`` or ``ccomp`` of the verb: an adjunct that shares the verb's subject all
    the same."""
    return view.deprel[w] in ("dep", "ccomp") and view.xpos[w] == "VBG" and after_comma(view, w)


_HEADLINE_MAX_WORDS = 30


def in_headline(view: DocView, w: int) -> bool:
    """Word ``w`` lies in a headline: a paragraph of one short sentence in title case
    (``Mayor Calls the Plan ‘A Lifeline’ for Small Towns``), where capitals say nothing
    about names and quotation marks mark someone's words by convention. Title case here:
    of the words of four letters or more outside quotation marks (function words may be
    lower case), at least three and nine in ten are capitalised."""
    s = view.sent[w]
    memo = view.cache.setdefault("headline", {})
    if s not in memo:
        memo[s] = _is_headline(view, s)
    return memo[s]  # type: ignore[no-any-return]


def _is_headline(view: DocView, s: int) -> bool:
    p = view.sent_par[s]
    if (s > 0 and view.sent_par[s - 1] == p) or (
        s + 1 < view.n_sents and view.sent_par[s + 1] == p
    ):
        return False
    words = view.sentence_words(s)
    if len(words) > _HEADLINE_MAX_WORDS:
        return False
    depth = 0
    long_words: list[str] = []
    for k in words:
        form = view.form[k]
        if form in OPENING_FORMS:
            depth += 1
        elif form in CLOSING_FORMS:
            depth = max(0, depth - 1)
        elif depth == 0 and len(form) >= 4 and form[0].isalpha():
            long_words.append(form)
    capitalised = sum(1 for f in long_words if f[0].isupper())
    return capitalised >= 3 and capitalised * 10 >= len(long_words) * 9


#: Lower-cased subject pronouns that stand for people ("said he would …", "He gloated").
PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})


def _writer_asides(view: DocView, head: int) -> list[int]:
    """What the writer added after a comma at the end of a reported clause:

    * a concessive clause (``…, although he again refused …``);
    * the source (``…, according to the AP``, ``…, according to a poll``);
    * a participle with no subject of its own (``…, conceding the race``, ``…, citing
      the polls``): it describes the speaker's act, whatever the parser hung it from;
    * a comparison (``…, compared with 30 percent a year ago``).
    """
    out: list[int] = []
    for c in view.children(head):
        if c < head:
            continue
        rel = view.deprel[c]
        kids = view.children(c)
        if rel not in ("advcl", "parataxis") and not any(
            view.form[k].lower() == "according" for k in kids
        ):
            continue
        # the aside's first word (its comma may be attached to it or to the clause)
        first = next((k for k in view.subtree(c) if view.upos[k] != "PUNCT"), c)
        if not after_comma(view, first):
            continue
        if view.form[first].lower() == "according" and view.form[first + 1 : first + 2] == ["to"]:
            out.append(c)
            continue
        if rel not in ("advcl", "parataxis"):
            continue
        marks = [k for k in kids if view.deprel[k] == "mark"]
        concessive = bool(marks) and view.lemma[marks[0]] in _CONCESSIVE
        participle = (
            rel == "advcl"
            and not marks
            and first == c
            and view.xpos[c] == "VBG"
            and not has_subject(view, c)
        )
        # "X percent said Y, compared with Z percent who …": the writer's comparison
        compared = view.lemma[first] == "compare" and view.xpos[first] == "VBN"
        if concessive or participle or compared:
            out.append(c)
    return out


def clause_words(
    view: DocView,
    head: int,
    *,
    exclude: Sequence[int] = (),
    comment_nouns: Collection[str] = frozenset(),
) -> list[int]:
    """The continuous stretch of ``head``'s subtree that holds ``head`` (trimmed).

    A reported clause is continuous text; punctuation the parser attached elsewhere
    (a comma or closing mark inside it) does not break it. A closing comment headed by
    one of ``comment_nouns`` is left out (see :func:`without_closing_comment`).
    """
    sub = view.subtree(head, exclude=(*exclude, *_writer_asides(view, head)))
    pos = sub.index(head)
    lo = hi = pos
    while lo > 0 and _bridged(view, sub[lo - 1], sub[lo]):
        lo -= 1
    while hi + 1 < len(sub) and _bridged(view, sub[hi], sub[hi + 1]):
        hi += 1
    words = list(range(sub[lo], sub[hi] + 1))
    return trim_words(view, without_closing_comment(view, words, comment_nouns))


def without_closing_comment(
    view: DocView, words: list[int], comment_nouns: Collection[str]
) -> list[int]:
    """The words before a closing ``, a swipe at …`` (an indefinite noun phrase headed by
    one of ``comment_nouns`` that runs to the end): the writer's comment on the act. After
    a quotation and a dash (``“…” — a metaphor for …``) any indefinite noun phrase is,
    wherever the parser hung the words after it."""
    for i in range(1, len(words)):
        k = words[i]
        if view.lemma[k] not in ("a", "an"):
            continue
        comma = k - 1  # the comma before it, or before the closing mark before it
        while comma > 0 and view.form[comma] in CLOSING_FORMS:
            comma -= 1
        if view.form[comma] not in ASIDE_PUNCT and view.form[comma] != "-":
            continue
        h = view.head[k]
        # after a quotation and a dash ("“…” — a metaphor for …"), any noun sums it up
        dashed = (
            comma > 0
            and view.form[comma] in ("—", "–", "--")
            and view.form[comma - 1] in CLOSING_FORMS
        )
        if h < k or view.upos[h] != "NOUN" or not (dashed or view.lemma[h] in comment_nouns):
            continue
        tail = set(view.subtree(h))
        # after a quotation and a dash, however the parser hung the rest
        if dashed or all(x in tail or view.upos[x] == "PUNCT" for x in words[i:]):
            return [w for w in words[:i] if w != comma]
    return words


def verb_above(view: DocView, w: int, inside: Collection[int]) -> int | None:
    """The nearest verb governing word ``w`` from outside ``inside`` (a quotation's
    words), a few steps up at most: the verb a quoted fragment hangs from."""
    h = view.head[w]
    steps = 0
    while h >= 0 and steps < 6:
        if h not in inside and (view.upos[h] == "VERB" or view.xpos[h].startswith("VB")):
            return h
        h = view.head[h]
        steps += 1
    return None


def speech_verb_further_up(
    view: DocView, verb: int, first: int, speech_verbs: frozenset[str], reach: int = 2
) -> tuple[int, bool] | None:
    """The speech verb a quoted fragment's verb ``verb`` reports for, one or two verbs up:
    ``called what she saw “shameful”`` (the parser hangs the fragment on ``saw``), ``said
    the rules would keep voters “in the dark”`` read as ``said``, with ``False``.

    The speech verb comes before the fragment (whose first word is ``first``). Reached
    through a coordinated verb (``called it “a farce” and likened it to a “circus”``),
    that verb is the anchor, with ``True``: it shares the speaker, and what it says of its
    object is the content."""
    child, h = verb, view.head[verb]
    steps = 0
    while h >= 0 and steps < reach:  # the view's heads form trees (no cycle)
        if view.upos[h] == "VERB" or view.xpos[h].startswith("VB"):
            steps += 1
            if view.lemma[h] in speech_verbs and view.upos[h] == "VERB" and h < first:
                if view.deprel[child] == "conj" and view.head[child] == h:
                    return child, True
                return h, False
        child, h = h, view.head[h]
    return None


def after_up_to_comma(
    view: DocView, verb: int, last: int, speech_verbs: frozenset[str]
) -> list[int]:
    """The dependents of ``verb`` after word ``last``, up to the first comma or a
    coordinated speech verb."""
    out: list[int] = []
    for k in view.children(verb):
        if k <= last or view.upos[k] == "PUNCT" or view.deprel[k] in ("cc", "conj"):
            continue
        sub = view.subtree(k)
        if any(view.form[x] in (",", ";", "—") for x in range(last + 1, sub[0])):
            break
        if any(view.lemma[x] in speech_verbs and view.upos[x] == "VERB" for x in sub):
            break
        out.extend(sub)
    return out
