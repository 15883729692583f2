"""A read-only view over a ``stanza.Document``: flat word arrays, paragraphs, chains, entities.

Detection and attribution never touch stanza objects directly: they read this view,
built once per document. Words are numbered globally (0-based across the document);
``head[i]`` is the global index of word ``i``'s governor, or -1 for a root.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Collection, Sequence
from typing import Any

import attrs
import regex

from quoteattr.errors import InputError

__all__ = ["Chain", "DocView", "Entity", "build_view"]

_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n")


@attrs.frozen
class Chain:
    """A coreference chain with global word spans ``(start, end)``, end exclusive."""

    index: int
    mentions: tuple[tuple[int, int], ...]
    representative: int


@attrs.frozen
class Entity:
    """A named entity: char offsets, type, and the global words it covers."""

    start: int
    end: int
    type: str
    first: int
    last: int  # inclusive


@attrs.define(slots=True, eq=False)
class DocView:
    """Flat arrays over a document's words. Built by :func:`build_view`; never mutated after."""

    text: str
    form: list[str]
    lemma: list[str]  # lower-cased
    upos: list[str]
    xpos: list[str]
    deprel: list[str]
    head: list[int]
    start: list[int]
    end: list[int]
    sent: list[int]
    ner: list[str]
    sent_first: list[int]
    sent_end: list[int]
    sent_par: list[int]
    par_bounds: list[tuple[int, int]]
    chains: list[Chain]
    has_coref: bool
    has_ner: bool
    doc_id: str | None = None
    #: per-document memo for derived values (e.g. a chain's best name), by purpose
    cache: dict[str, dict[Any, Any]] = attrs.Factory(dict)
    _children: dict[int, list[list[int]]] = attrs.Factory(dict)
    _par_starts: list[int] | None = None
    _word_chains: dict[int, list[tuple[int, int, int]]] | None = None  # by sentence
    _entities: dict[int, Entity] = attrs.Factory(dict)

    # --- basic navigation -------------------------------------------------------------
    @property
    def n_words(self) -> int:
        return len(self.form)

    @property
    def n_sents(self) -> int:
        return len(self.sent_first)

    def _sentence_children(self, s: int) -> list[list[int]]:
        """Dependents of each word of sentence ``s`` (built on first use: most sentences are
        never looked into)."""
        kids = self._children.get(s)
        if kids is None:
            first, end = self.sent_first[s], self.sent_end[s]
            kids = [[] for _ in range(end - first)]
            head = self.head
            for w in range(first, end):
                h = head[w]
                if h >= 0:
                    kids[h - first].append(w)
            self._children[s] = kids
        return kids

    def children(self, i: int) -> list[int]:
        """Dependents of word ``i``, in word order."""
        s = self.sent[i]
        kids = self._children.get(s)
        if kids is None:
            kids = self._sentence_children(s)
        return kids[i - self.sent_first[s]]

    def sentence_words(self, s: int) -> range:
        return range(self.sent_first[s], self.sent_end[s])

    def paragraph_of_word(self, i: int) -> int:
        return self.sent_par[self.sent[i]]

    def paragraph_at(self, char: int) -> int:
        """Index of the paragraph holding character ``char`` (or the one before a gap)."""
        if self._par_starts is None:
            self._par_starts = [b[0] for b in self.par_bounds]
        return max(0, bisect.bisect_right(self._par_starts, char) - 1)

    def word_at(self, char: int) -> int:
        """The word covering ``char``, or the first word starting after it (may be n_words)."""
        i = bisect.bisect_right(self.start, char) - 1
        if i >= 0 and self.start[i] <= char < self.end[i]:
            return i
        return i + 1

    def words_in(self, start: int, end: int) -> range:
        """Words lying wholly or partly inside the char range ``[start, end)``."""
        lo = bisect.bisect_right(self.end, start)
        hi = bisect.bisect_left(self.start, end)
        return range(lo, max(lo, hi))

    def subtree(self, i: int, *, exclude: Sequence[int] = ()) -> list[int]:
        """Word ``i`` and all its descendants (not entering ``exclude``), in word order."""
        s = self.sent[i]
        kids = self._sentence_children(s)  # a tree never leaves its sentence
        first = self.sent_first[s]
        out = [i]
        stack = [c for c in kids[i - first] if c not in exclude]
        while stack:
            w = stack.pop()
            out.append(w)
            below = kids[w - first]
            if not below:
                continue
            if exclude:
                stack.extend(c for c in below if c not in exclude)
            else:
                stack.extend(below)
        out.sort()
        return out

    def span_text(self, first: int, last: int) -> str:
        """Text from word ``first`` to word ``last`` inclusive."""
        return self.text[self.start[first] : self.end[last]]

    # --- coreference and entities -----------------------------------------------------
    def chains_of(self, i: int) -> list[tuple[int, int, int]]:
        """``(chain, start, end)`` for every mention that contains word ``i``."""
        if self._word_chains is None:
            # mentions grouped by sentence: one entry per mention, not per word
            by_sentence: dict[int, list[tuple[int, int, int]]] = {}
            for chain in self.chains:
                for s, e in chain.mentions:
                    by_sentence.setdefault(self.sent[s], []).append((chain.index, s, e))
            self._word_chains = by_sentence
        return [m for m in self._word_chains.get(self.sent[i], ()) if m[1] <= i < m[2]]

    @property
    def entities(self) -> list[Entity]:
        """Every named entity of the document, in text order (decoded on first use)."""
        out: list[Entity] = []
        i = 0
        n = len(self.ner)
        while i < n:
            ent = self.entity_of(i)
            if ent is None:
                i += 1
                continue
            out.append(ent)
            i = ent.last + 1
        return out

    def entity_of(self, i: int) -> Entity | None:
        """The named entity covering word ``i``, if any, decoded from the BIOES (or BIO)
        ``ner`` tags around it."""
        tag = self.ner[i]
        if len(tag) < 3 or tag[1] != "-":
            return None
        cached = self._entities.get(i)
        if cached is not None:
            return cached
        kind = tag[2:]
        lo, hi = self.sent_first[self.sent[i]], self.sent_end[self.sent[i]] - 1
        ner = self.ner
        first = i
        while first > lo and ner[first][0] in "IE" and ner[first - 1][2:] == kind:
            first -= 1
            if ner[first][0] in "BS":
                break
        last = i
        while last < hi and ner[last][0] in "BI" and ner[last + 1][2:] == kind:
            last += 1
            if ner[last][0] in "ES":
                break
        ent = Entity(self.start[first], self.end[last], kind, first, last)
        for w in range(first, last + 1):
            self._entities[w] = ent
        return ent


def _paragraph_flags(
    doc: Any, text: str, sent_start_chars: list[int], sent_end_chars: list[int]
) -> list[bool]:
    sentences = doc.sentences
    flags = [False] * len(sentences)
    marked = False
    for s, sentence in enumerate(sentences):
        comments = sentence.comments or ()
        for c in comments:
            if c.startswith("# newpar"):
                flags[s] = True
                marked = True
                break
    if marked:
        if flags:
            flags[0] = True
        return flags
    # No "# newpar": paragraphs from the text. Blank lines separate paragraphs when the
    # text has any; otherwise every line break does.
    blank = _BLANK_LINE.search(text) is not None
    for s in range(len(sentences)):
        if s == 0:
            flags[s] = True
            continue
        gap = text[sent_end_chars[s - 1] : sent_start_chars[s]]
        flags[s] = _BLANK_LINE.search(gap) is not None if blank else "\n" in gap
    return flags


_NER = operator.attrgetter("_ner")

# Closing quotation marks as tokens, for mending "“Why?” she asked." split after the "?".
_CLOSING_QUOTES = frozenset({"”", '"', "''", "’", "'", "»", "“"})
# Relations that keep a word inside a name ("Sen.", "Jo", "Smith", "and Kim Lee").
_NAME_PARTS = frozenset({"compound", "flat", "flat:name", "name"})
# Relations of a name's dependents that stay with the name when it becomes a subject.
_NAME_DEPENDENTS = _NAME_PARTS | {"amod", "det", "nmod:poss", "nummod", "case", "punct", "cc"}


def _ends_in_abbreviation(form: Sequence[str], first: int, last: int) -> bool:
    """Sentence ``first..last`` (inclusive) ends with a parenthesised abbreviation:
    ``Sen. Jo Lee (R-Ky.)``."""
    return (
        last - first >= 1
        and form[last] == ")"
        and form[last - 1].endswith(".")
        and "(" in form[max(first, last - 6) : last]
    )


def _ends_in_question(form: Sequence[str], first: int, last: int) -> bool:
    """Sentence ``first..last`` (inclusive) ends with a quotation that ends in "?" or "!"."""
    return last - first >= 1 and form[last] in _CLOSING_QUOTES and form[last - 1] in ("?", "!")


# Relations of a verb that give it a report of its own: it is no bare attribution.
_OWN_REPORT = frozenset({"ccomp", "xcomp", "csubj", "parataxis", "advcl"})
# Subordinators of a clause that tells when something was said.
_WHEN = frozenset({"when", "as", "after", "before", "while", "since", "until", "once"})


def _bare_attribution(
    lemma: Sequence[str],
    head: Sequence[int],
    deprel: Sequence[str],
    words: range,
    attribution_verbs: Collection[str],
) -> bool:
    """Sentence ``words`` is only an attribution ("Trump asked reporters on Friday."): its
    root is one of ``attribution_verbs`` with its subject before it and no report of its
    own (a clause telling when, "…, when the company balked", is no report)."""
    roots = [k for k in words if head[k] == -1]
    if len(roots) != 1 or lemma[roots[0]] not in attribution_verbs:
        return False
    root = roots[0]
    kids = [k for k in words if head[k] == root]

    def own_report(k: int) -> bool:
        if deprel[k] != "advcl":
            return deprel[k] in _OWN_REPORT
        return not any(
            head[j] == k and deprel[j] in ("mark", "advmod") and lemma[j] in _WHEN for j in words
        )

    return any(deprel[k] == "nsubj" and k < root for k in kids) and not any(
        own_report(k) for k in kids
    )


def _ended_too_early(
    form: Sequence[str],
    lemma: Sequence[str],
    head: Sequence[int],
    deprel: Sequence[str],
    before: range,
    after: range,
    attribution_verbs: Collection[str],
) -> bool:
    """The tokenizer ended sentence ``before`` inside the sentence it and ``after`` make:
    at a parenthesised abbreviation or a quotation's "?" or "!" before a word in lower
    case ("Sen. Jo Lee (R-Ky.) | said …", "“Why?” | she asked."), or at such a quotation
    before a bare attribution ("“Why now?” | Okafor asked reporters.")."""
    first, last = before[0], before[-1]
    nxt = form[after[0]]
    lower = nxt[:1].isalpha() and nxt[:1].islower()
    if _ends_in_abbreviation(form, first, last):
        return lower
    if _ends_in_question(form, first, last):
        return lower or _bare_attribution(lemma, head, deprel, after, attribution_verbs)
    return False


def _join_trees(
    form: Sequence[str],
    upos: Sequence[str],
    head: list[int],
    deprel: list[str],
    before: range,
    after: range,
) -> None:
    """Make one tree of the two parts of a sentence split too early, in place.

    The second part's root stays the root. In "Sen. Jo Lee (R-Ky.) | said …" the name
    before the parenthesis becomes the subject of a root that has none, and what came
    before the name ("However,") goes to the new root; the first part's own root hangs on
    the second's root (``ccomp`` for the quoted clause of "“Why?” | she asked",
    ``parataxis`` otherwise). Parts with more than one root are left as they are.
    """
    first, last = before[0], before[-1]
    roots1 = [k for k in before if head[k] == -1]
    roots2 = [k for k in after if head[k] == -1]
    if len(roots1) != 1 or len(roots2) != 1:
        return
    r1, r2 = roots1[0], roots2[0]
    subject = None
    if form[last] == ")":
        q = next(k for k in range(last - 1, first - 1, -1) if form[k] == "(") - 1
        while q >= first and head[q] >= first and deprel[q] in _NAME_PARTS and q != r1:
            q = head[q]
        kids2 = [deprel[k] for k in after if head[k] == r2]
        if (
            q >= first
            and upos[q] in ("PROPN", "NOUN", "PRON")
            and upos[r2] in ("VERB", "AUX")
            and not any(r.startswith(("nsubj", "csubj", "expl")) for r in kids2)
        ):
            subject = q
    if subject is not None:
        passive = any(head[k] == r2 and deprel[k] == "aux:pass" for k in after)
        for k in range(first, subject):
            if head[k] == subject and deprel[k] not in _NAME_DEPENDENTS:
                head[k] = r2  # "However, Sen. Jo Lee …": the clause's, not the name's
        head[subject], deprel[subject] = r2, "nsubj:pass" if passive else "nsubj"
    if r1 != subject:
        head[r1] = r2
        deprel[r1] = "parataxis" if form[last] == ")" else "ccomp"


def _mend_sentence_splits(
    form: list[str],
    lemma: list[str],
    upos: list[str],
    head: list[int],
    deprel: list[str],
    sent: list[int],
    sent_first: list[int],
    sent_end: list[int],
    sent_par: list[int],
    attribution_verbs: Collection[str],
) -> None:
    """Join the sentences the tokenizer ended too early (:func:`_ended_too_early`) with
    the next one of their paragraph, their trees too (:func:`_join_trees`), in place.

    These are the view's own lists: the caller's document is not touched.
    """
    firsts, ends, pars = sent_first[:1], sent_end[:1], sent_par[:1]
    for s in range(1, len(sent_first)):
        before, after = range(firsts[-1], ends[-1]), range(sent_first[s], sent_end[s])
        if (
            before
            and after
            and sent_par[s] == pars[-1]
            and _ended_too_early(form, lemma, head, deprel, before, after, attribution_verbs)
        ):
            _join_trees(form, upos, head, deprel, before, after)
            ends[-1] = sent_end[s]
        else:
            firsts.append(sent_first[s])
            ends.append(sent_end[s])
            pars.append(sent_par[s])
    if len(firsts) == len(sent_first):
        return
    for s, (a, b) in enumerate(zip(firsts, ends, strict=True)):
        sent[a:b] = [s] * (b - a)
    sent_first[:], sent_end[:], sent_par[:] = firsts, ends, pars


def _check_heads(
    head: Sequence[int], sent: Sequence[int], sent_first: Sequence[int], sent_end: Sequence[int]
) -> None:
    """Every word's head is in its own sentence and the heads form trees: a stanza
    ``Document`` built by hand may break either (``read_conllu`` refuses both), and every
    walk up or down the tree would then go wrong or never end."""
    state = bytearray(len(head))  # 0 not seen, 1 on the current path, 2 reaches a root
    for i, h in enumerate(head):
        s = sent[i]
        if h != -1 and not sent_first[s] <= h < sent_end[s]:
            raise InputError(
                f"sentence {s + 1}: word {i - sent_first[s] + 1} has its head outside the sentence"
            )
    for i in range(len(head)):
        path: list[int] = []
        k = i
        while k != -1 and state[k] == 0:
            state[k] = 1
            path.append(k)
            k = head[k]
        if k != -1 and state[k] == 1:
            s = sent[k]
            ids = [w - sent_first[s] + 1 for w in path[path.index(k) :]]
            low = ids.index(min(ids))
            ids = ids[low:] + ids[:low]  # from its first word, whichever word led to it
            cycle = " -> ".join(map(str, [*ids, ids[0]]))
            raise InputError(
                f"sentence {s + 1}: the heads of words {cycle} form a cycle; a sentence's "
                "words must form a tree under its root"
            )
        for w in path:
            state[w] = 2


def _token_offsets(
    sent: Sequence[int],
    ws: Sequence[Any],
    starts: Sequence[int | None],
    ends: Sequence[int | None],
) -> tuple[list[int], list[int]]:
    """Offsets of words that have none of their own (words of a multi-word token)."""
    out_starts: list[int] = []
    out_ends: list[int] = []
    for k, w in enumerate(ws):
        s = sent[k]
        a, b = starts[k], ends[k]
        if a is None or b is None:
            a, b = w._parent._start_char, w._parent._end_char
            if a is None or b is None:
                raise InputError(
                    f"sentence {s + 1}, word {w.id} ({w._text!r}) has no character "
                    "offsets; quoteattr needs start_char/end_char on every token"
                )
        out_starts.append(a)
        out_ends.append(b)
    return out_starts, out_ends


def build_view(
    doc: Any, *, doc_id: str | None = None, attribution_verbs: Collection[str] = frozenset()
) -> DocView:
    """Read a ``stanza.Document`` into a :class:`DocView` (the document is not modified).

    ``attribution_verbs`` (lemmas) are the verbs of a bare attribution sentence the
    tokenizer split from the quotation before it (see :func:`_mend_sentence_splits`).
    """
    text = getattr(doc, "text", None)
    sentences = getattr(doc, "sentences", None)
    if sentences is None:
        raise InputError(f"expected a stanza.Document, got {type(doc).__name__}")
    if text is None:
        raise InputError(
            "the stanza.Document has no text (doc.text is None); quoteattr needs the original "
            "text for character offsets: read CoNLL-U with quoteattr.read_conllu, which rebuilds it"
        )
    form: list[str] = []
    lemma: list[str] = []
    upos: list[str] = []
    xpos: list[str] = []
    deprel: list[str] = []
    head: list[int] = []
    start: list[int] = []
    end: list[int] = []
    sent: list[int] = []
    ner: list[str] = []
    sent_first: list[int] = []
    sent_end: list[int] = []
    has_ner = False
    # Hot path: stanza's properties only return these private fields (pinned to 1.15).
    # All words of the document are read at once, a column per comprehension.
    words: list[Any] = []
    for s, sentence in enumerate(sentences):
        sent_first.append(len(words))
        ws = sentence.words
        words.extend(ws)
        sent.extend([s] * len(ws))
        sent_end.append(len(words))
    if words:
        texts = [w._text for w in words]
        lemmas = [w._lemma for w in words]
        uposs = [w._upos for w in words]
        xposs = [w._xpos for w in words]
        rels = [w._deprel for w in words]
        heads = [w._head for w in words]
        starts = [w._start_char for w in words]
        ends = [w._end_char for w in words]
        parents = [w._parent for w in words]
        form = texts
        if None in lemmas:
            lemmas = [lm or t for lm, t in zip(lemmas, texts, strict=True)]
        lemma = list(map(str.lower, lemmas))
        upos = [u or "X" for u in uposs] if None in uposs else uposs
        xpos = [x or "" for x in xposs] if None in xposs else xposs
        deprel = [r or "dep" for r in rels] if None in rels else rels
        first_of = sent_first
        head = [first_of[k] + h - 1 if h else -1 for k, h in zip(sent, heads, strict=True)]
        if None in starts or None in ends:
            start, end = _token_offsets(sent, words, starts, ends)
        else:
            start, end = starts, ends
        tags = list(map(_NER, parents))
        has_ner = tags.count(None) < len(tags)
        ner = [t or "O" for t in tags] if None in tags else tags
    _check_heads(head, sent, sent_first, sent_end)

    sent_start_chars = [start[f] if f < e else 0 for f, e in zip(sent_first, sent_end, strict=True)]
    sent_end_chars = [end[e - 1] if f < e else 0 for f, e in zip(sent_first, sent_end, strict=True)]
    flags = _paragraph_flags(doc, text, sent_start_chars, sent_end_chars)
    sent_par: list[int] = []
    par_starts: list[int] = []
    p = -1
    for s, flag in enumerate(flags):
        if flag or p < 0:
            p += 1
            par_starts.append(0 if s == 0 else sent_start_chars[s])
        sent_par.append(p)
    par_bounds = [
        (par_starts[k], par_starts[k + 1] if k + 1 < len(par_starts) else len(text))
        for k in range(len(par_starts))
    ]
    if not par_bounds:
        par_bounds = [(0, len(text))]

    chains: list[Chain] = []
    raw_chains = getattr(doc, "coref", None)
    has_coref = bool(raw_chains)
    for k, chain in enumerate(raw_chains or ()):
        mentions = tuple(
            (sent_first[m.sentence] + m.start_word, sent_first[m.sentence] + m.end_word)
            for m in chain.mentions
        )
        chains.append(Chain(k, mentions, int(chain.representative_index)))

    _mend_sentence_splits(
        form, lemma, upos, head, deprel, sent, sent_first, sent_end, sent_par, attribution_verbs
    )
    return DocView(
        text=text,
        form=form,
        lemma=lemma,
        upos=upos,
        xpos=xpos,
        deprel=deprel,
        head=head,
        start=start,
        end=end,
        sent=sent,
        ner=ner,
        sent_first=sent_first,
        sent_end=sent_end,
        sent_par=sent_par,
        par_bounds=par_bounds,
        chains=chains,
        has_coref=has_coref,
        has_ner=has_ner,
        doc_id=doc_id,
    )
