"""Cues: the speech verb or phrase that introduces each quote.

The syntax often gives the cue at detection (the verb a quote hangs from, ``according
to``). For the other quotes, these finders run in order and the first that answers wins:

* ``colon``: ``Putin said: “…”`` (the speech verb before the colon, in the same or the
  previous sentence), else the colon itself; in a headline such as ``Sanders: Clinton
  needs to …``, or after an inverted verb (``Continued Stone: “…”``, ``According to
  HuffPo: “…”``), the name before the colon is kept for the ``colon-name`` sieve;
* ``dash``: ``“…” ― Jo Bloggs`` (the epigraph convention), the dash itself;
* ``same-sentence``: a speech verb elsewhere in the quote's sentences, outside the quote
  (also ``“…,” Bozell notes.`` with the verb tagged as a plural noun);
* ``next-sentence``: a short sentence right after the quote in the same paragraph that
  is only an attribution (``He added.``), or one that opens with the attribution
  (``Ruth Okafor asked, turning to the crowd.``, when the parser ended the sentence at
  the closing mark).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from quoteattr.attribution.base import (
    AttributionContext,
    Work,
    sentence_range,
    speech_verb_as_noun,
)
from quoteattr.detect.base import (
    CLOSING_FORMS,
    OPENING_FORMS,
    PERSONAL_SUBJECTS,
    cue_words,
    introduces_words,
)
from quoteattr.document import DocView
from quoteattr.lexicons import Lexicon

__all__ = ["CUE_FINDERS", "find_cues"]

CueFinder = Callable[[AttributionContext, Work], bool]


def _is_speech_verb(view: DocView, w: int, lex: Lexicon) -> bool:
    """A verb that introduces someone's words (see :func:`introduces_words`)."""
    return introduces_words(view, w, lex) and (
        view.upos[w] in ("VERB", "AUX") or view.xpos[w].startswith("VB")
    )


def _issues_statement(view: DocView, w: int, lex: Lexicon) -> bool:
    """``Kim released a statement: “…”``, ``issued a statement``: a verb whose object is
    one of the lexicon's statement nouns introduces the statement's words."""
    return view.upos[w] == "VERB" and any(
        view.deprel[c] == "obj" and view.lemma[c] in lex.statement_nouns for c in view.children(w)
    )


def _inside(work: Work, w: int, view: DocView) -> bool:
    return any(s <= view.start[w] < e for s, e in work.cand.spans)


def colon(ctx: AttributionContext, work: Work) -> bool:
    """A quote introduced by a colon: the speech verb before it, else the colon itself."""
    view = ctx.view
    start = work.cand.spans[0][0]
    k = start - 1
    text = view.text
    while k >= 0 and (text[k].isspace() or text[k] in "\"“„«'‘`"):
        k -= 1
    if k < 0 or text[k] != ":":
        return False
    colon_word = view.word_at(k)
    if colon_word >= view.n_words:
        return False
    s = view.sent[colon_word]
    verbs = [
        w
        for w in range(view.sent_first[s], colon_word)
        if (_is_speech_verb(view, w, ctx.lexicon) or _issues_statement(view, w, ctx.lexicon))
        and not _inside(work, w, view)
    ]
    if verbs:
        w = verbs[-1]
        work.cue, work.frame = cue_words(view, w), w
        # "Continued Stone: “…”", "According to HuffPo: “…”": the name after the verb
        work.speaker_words = _name_after_verb(view, w, colon_word)
    else:
        work.cue_chars = (k, k + 1)
        before = [w for w in range(view.sent_first[s], colon_word) if view.upos[w] != "PUNCT"]
        if before and len(before) <= 4 and all(view.upos[w] == "PROPN" for w in before):
            # a headline's "Sanders: Clinton needs to …": the name before the colon speaks
            work.speaker_words = (before[0], before[-1])
            work.frame = None
            if len(before) > 1 and _past_form_of_speech_verb(view.form[before[0]], ctx.lexicon):
                # "Stated Stone: “…”" with the verb tagged as part of the name
                work.cue, work.cue_chars = (before[0],), None
                work.speaker_words = (before[1], before[-1])
        else:
            # the clause before the colon: its root carries the speaker as subject, and a
            # verb there is the act the quotation gives ("celebrated the attack on
            # Twitter: “…”")
            work.frame = next(
                (w for w in range(view.sent_first[s], colon_word) if view.head[w] < 0), None
            )
            f = work.frame
            if f is not None and view.upos[f] == "VERB" and _someone_acts(view, f):
                work.cue, work.cue_chars = cue_words(view, f), None
    work.cue_rule = "colon"
    return True


def _someone_acts(view: DocView, verb: int) -> bool:
    """The verb's subject is someone: a pronoun for a person, or a name the entity tagger
    marked as a person or organisation (``Trump gloated: “…”``, not ``The data were
    clear: “…”``)."""
    for c in view.children(verb):
        if view.deprel[c] != "nsubj" or c > verb:
            continue
        if view.lemma[c] in PERSONAL_SUBJECTS:
            return True
        return view.ner[c][2:] in ("PERSON", "ORG")
    return False


def _verb_tagged_noun(view: DocView, w: int, lex: Lexicon) -> bool:
    """``“…,” Bozell notes.`` with ``notes`` tagged as a plural noun: a speech lemma right
    after a name that follows a closing quotation mark, ending the sentence."""
    if not speech_verb_as_noun(view, w, lex) or w < 2:
        return False
    name = w - 1
    while name > 0 and view.upos[name] == "PROPN" and view.upos[name - 1] == "PROPN":
        name -= 1
    if view.upos[w - 1] != "PROPN" or name < 1:
        return False
    before = view.form[name - 1]
    after = view.form[w + 1] if w + 1 < view.n_words else "."
    return before[-1] in "”’\"'»" and after in (".", "!", "?")


def _name_after_verb(view: DocView, verb: int, colon_word: int) -> tuple[int, int] | None:
    """The speaker named between an inverted speech verb and the colon (``Continued
    Stone:``, ``According to HuffPo:``), when the verb has no subject of its own."""
    if any(view.deprel[c] in ("nsubj", "nsubj:pass") for c in view.children(verb)):
        return None
    first = verb + 1
    if first < colon_word and view.lemma[first] == "to" and view.lemma[verb] == "accord":
        first += 1
    words = [w for w in range(first, colon_word) if view.upos[w] != "PUNCT"]
    if not words or len(words) > 6 or view.upos[words[-1]] not in ("PROPN", "NOUN"):
        return None
    if not all(view.upos[w] in ("PROPN", "NOUN", "DET", "ADJ") for w in words):
        return None
    return words[0], words[-1]


def _past_form_of_speech_verb(form: str, lex: Lexicon) -> bool:
    """``Stated``, ``Added``: the past form of a speech verb (by its spelling)."""
    f = form.lower()
    return f.endswith("ed") and (f[:-1] in lex.speech_verbs or f[:-2] in lex.speech_verbs)


def same_sentence(ctx: AttributionContext, work: Work) -> bool:
    """The nearest speech verb in the quote's sentences, outside the quote."""
    view = ctx.view
    words = work.cand.words
    if not words:
        return False
    best: tuple[int, int] | None = None
    for w in sentence_range(view, words):
        if _inside(work, w, view) or not (
            _is_speech_verb(view, w, ctx.lexicon)
            or _verb_tagged_noun(view, w, ctx.lexicon)
            or _issues_statement(view, w, ctx.lexicon)
        ):
            continue
        if view.lemma[w] in ctx.lexicon.weak_speech_verbs and view.lemma[w] != "continue":
            continue
        dist = min(abs(view.start[w] - work.cand.end), abs(work.cand.start - view.end[w]))
        if best is None or dist < best[1]:
            best = (w, dist)
    if best is None:
        return False
    work.cue, work.frame, work.cue_rule = cue_words(view, best[0]), best[0], "same-sentence"
    return True


def next_sentence(ctx: AttributionContext, work: Work) -> bool:
    """``“…?” said Jo Bloggs, an economist.``: the next sentence is the attribution.

    The sentence right after the quote, in the same paragraph, that opens with the
    attribution (see :func:`_opening_attribution`), or a short one (at most 15 words)
    whose root is a speech verb that reports nothing else (no complement).
    """
    view = ctx.view
    words = work.cand.words
    if not words:
        return False
    s = view.sent[words[-1]] + 1
    if s >= view.n_sents or view.sent_par[s] != view.paragraph_of_word(words[-1]):
        return False
    rng = view.sentence_words(s)
    content = [w for w in rng if view.upos[w] != "PUNCT"]
    w = _opening_attribution(view, content, ctx.lexicon)
    if w is None and len(content) <= 15:
        w = next(
            (
                k
                for k in content
                if _is_speech_verb(view, k, ctx.lexicon)
                and view.head[k] < 0
                and not any(view.deprel[c] in ("ccomp", "xcomp") for c in view.children(k))
            ),
            None,
        )
    if w is None:
        return False
    work.cue, work.frame, work.cue_rule = cue_words(view, w), w, "next-sentence"
    return True


# Tags of an xcomp through which a speech verb reports something of its own.
_REPORTING_XCOMP = frozenset({"VB", "VBD", "VBN", "VBP", "VBZ", "TO"})

# What may follow an opening attribution: a comma (then a participle) or the sentence end.
_ENDS = frozenset({",", ".", "!", "?"})


def _opening_attribution(view: DocView, content: list[int], lex: Lexicon) -> int | None:
    """The speech verb of a sentence that opens with an attribution, ``Mr. Kim asked,
    turning to the crowd, …`` or ``Jo Bloggs notes.`` (the tagger's plural noun): a noun
    phrase of at most six words then the verb, or the verb then its speaker, followed by
    a comma or the end; a participle after the comma only describes the act."""
    for i, w in enumerate(content[:7]):
        if view.lemma[w] not in lex.speech_verbs:
            continue
        verb = _is_speech_verb(view, w, lex)
        # "Bozell notes." with "notes" tagged NNS: only as the last of two or three words
        if not verb and not (
            speech_verb_as_noun(view, w, lex) and i == len(content) - 1 and 1 <= i <= 2
        ):
            return None
        before = content[:i]
        if before and not all(
            view.upos[k] in ("PROPN", "NOUN", "DET", "PRON", "ADJ") for k in before
        ):
            return None
        if verb and any(
            view.deprel[c] == "ccomp"
            # "asked to …" reports; "shouted, shorthand for …" (a noun) does not
            or (view.deprel[c] == "xcomp" and view.xpos[c] in _REPORTING_XCOMP)
            for c in view.children(w)
        ):
            return None
        nxt = w + 1
        while nxt < view.n_words and view.head[nxt] == w and view.deprel[nxt] == "compound:prt":
            nxt += 1  # "the crowd cried out, booing."
        if not before:  # "said Ada Okafor, 41, a ferry pilot": the speaker after the verb
            start = nxt
            while nxt < view.n_words and view.upos[nxt] in ("PROPN", "NOUN", "DET", "ADJ"):
                nxt += 1
            if nxt == start:
                return None
        if nxt < view.n_words and view.sent[nxt] == view.sent[w] and view.form[nxt] not in _ENDS:
            return None
        return w
    return None


_DASH = regex.compile(r"[^\S\n]*[\"”’'»]?[^\S\n]*(―|—|–|--)[^\S\n]*(?=\p{Lu})")


# The same, in a paragraph of its own after a quotation that ends its paragraph, where a
# hyphen serves as the dash too: "“…”¶¶- Jo Bloggs, a nurse."
_DASH_PARAGRAPH = regex.compile(r"[^\S\n]*[\"”’'»]?[^\S\n]*\n\s*(―|—|–|--|-)[^\S\n]*(?=\p{Lu})")


def dash(ctx: AttributionContext, work: Work) -> bool:
    """``“…” ― Jo Bloggs``: a dash after the quote, then the speaker's name; or, after
    a quotation that ends its paragraph, a paragraph that is only the dash and the name
    (with a description after a comma): ``- Jo Bloggs, a nurse.``"""
    view = ctx.view
    end = work.cand.spans[-1][1]
    m = _DASH.match(view.text, end)
    own_paragraph = False
    if m is None:
        m = _DASH_PARAGRAPH.match(view.text, end)
        own_paragraph = True
    if m is None:
        return False
    first = view.word_at(m.end())
    if first >= view.n_words or view.start[first] != m.end():
        return False
    if view.upos[first] != "PROPN" and view.ner[first] in ("O", ""):
        return False
    last = first
    while (
        last + 1 < view.n_words
        and view.sent[last + 1] == view.sent[first]
        and (view.upos[last + 1] == "PROPN" or view.form[last + 1][:1].isupper())
        and view.start[last + 1] - view.end[last] <= 1
    ):
        last += 1
    if own_paragraph and not _only_a_name(view, last):
        return False  # "- Sanders won Iowa.": a list item, not an attribution
    work.cue_chars = (m.start(1), m.end(1))
    work.frame = None
    work.speaker_words = (first, last)
    work.cue_rule = "dash"
    return True


def _only_a_name(view: DocView, last: int) -> bool:
    """The name ending at word ``last`` ends its paragraph, or a comma follows it."""
    nxt = last + 1
    if nxt >= view.n_words or view.paragraph_of_word(nxt) != view.paragraph_of_word(last):
        return True
    if view.form[nxt] == ",":
        return True
    return view.form[nxt] in (".", "!") and (
        nxt + 1 >= view.n_words or view.paragraph_of_word(nxt + 1) != view.paragraph_of_word(last)
    )


def previous_sentence(ctx: AttributionContext, work: Work) -> bool:
    """``Cruz tweeted a warning. “Remember in November …”``: the sentence right before the
    quotation, in its paragraph, is a bare attribution: its root a speech verb with a
    subject of its own and no report of its own (no complement clause, no quotation)."""
    view = ctx.view
    words = work.cand.words
    if not words:
        return False
    s = view.sent[words[0]] - 1
    if s < 0 or view.sent_par[s] != view.paragraph_of_word(words[0]):
        return False
    opening = view.sent_first[s + 1]
    if any(view.upos[k] != "PUNCT" for k in range(opening, words[0])):
        return False  # the quotation does not open its sentence: the writer's words do
    rng = view.sentence_words(s)
    root = next((k for k in rng if view.head[k] < 0), None)
    if root is None or not _is_speech_verb(view, root, ctx.lexicon):
        return False
    kids = view.children(root)
    if not any(view.deprel[c] in ("nsubj", "nsubj:pass") and c < root for c in kids):
        return False
    if any(view.deprel[c] in ("ccomp", "xcomp", "parataxis", "csubj") for c in kids):
        return False
    if any(view.lemma[c] in ("not", "never") for c in kids):
        return False  # "He didn't suggest retaliation.": no act of speech
    if any(view.form[k] in OPENING_FORMS or view.form[k] in CLOSING_FORMS for k in rng):
        return False
    work.cue, work.frame, work.cue_rule = cue_words(view, root), root, "previous-sentence"
    return True


#: Cue finders for quotes whose cue the syntax did not give, in order.
CUE_FINDERS: tuple[CueFinder, ...] = (colon, dash, same_sentence, next_sentence, previous_sentence)


def find_cues(ctx: AttributionContext, finders: tuple[CueFinder, ...] = CUE_FINDERS) -> None:
    """Fill in the cue of every quote that has none."""
    for work in ctx.works:
        if work.cand.cue:
            work.cue = work.cand.cue
            work.frame = work.cand.frame
            work.cue_rule = "syntax"
            continue
        for finder in finders:
            if finder(ctx, work):
                break
