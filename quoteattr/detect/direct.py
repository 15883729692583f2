"""Direct quotations: stretches inside quotation marks that are someone's words.

:class:`QuotationMarks` turns every outermost quotation (multi-paragraph ones merged,
nested quotes left inside) into a candidate, then tells quotations apart from titles,
names and scare quotes:

* a quotation: linked to a speech cue by the syntax, introduced by a colon, a whole
  sentence or more, or long enough that it can only be someone's words;
* a partial quote (``fragment``): a short quoted stretch inside the writer's sentence
  that is not a title. It becomes part of a mixed quote when a report of speech holds
  it, or a quote of its own when the syntax makes it someone's words;
* rejected (kept with the reason): a title or name after a cue such as ``called`` or
  ``dubbed``, a capitalised short name, a scare quote of one or two words.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.detect.base import (
    CLOSING_FORMS,
    NAMING_VERBS,
    OPENING_FORMS,
    Candidate,
    DetectionContext,
    Rejection,
    has_subject,
    in_headline,
    introduces_words,
    speech_verb_further_up,
    stands_alone,
    verb_above,
    verb_cue,
)
from quoteattr.document import DocView
from quoteattr.lexicons import Lexicon
from quoteattr.marks import QuoteRun

__all__ = ["QuotationMarks", "speech_link"]

# Relations by which a quote hangs from its cue, or a cue from its quote.
_QUOTE_TO_CUE = frozenset(
    {"ccomp", "parataxis", "obj", "dep", "xcomp", "advcl", "nsubj", "root", "conj", "appos", "dobj"}
)
_CUE_TO_QUOTE = frozenset({"parataxis", "ccomp", "advcl", "dep", "conj", "acl", "acl:relcl"})
# Sentence-final punctuation that makes a quoted stretch a complete utterance.
_FINAL = frozenset(".!?…")


def _is_cue(view: DocView, w: int, lexicon: Lexicon) -> bool:
    lemma = view.lemma[w]
    if view.upos[w] in ("VERB", "AUX") or view.xpos[w].startswith("VB"):
        return introduces_words(view, w, lexicon)
    return view.upos[w] == "NOUN" and lemma in lexicon.speech_nouns


def speech_link(view: DocView, words: Sequence[int], lexicon: Lexicon) -> int | None:
    """The speech cue a quoted stretch is syntactically linked to, or ``None``.

    The quote's roots (its words governed from outside) hang from a speech verb; or
    a speech verb outside the quote hangs from a word inside it (``parataxis``). A
    speech participle of that verb right before the quotation takes over (see
    :func:`_introducing_participle`).
    """
    cue = _linked_cue(view, words, lexicon)
    return None if cue is None else _introducing_participle(view, cue, words, lexicon)


_PARTICIPLE_LINKS = frozenset({"xcomp", "advcl", "conj", "dep"})
_PARTICIPLE_MODIFIERS = frozenset({"obl", "obl:tmod", "advmod", "nmod"})


def _introducing_participle(view: DocView, cue: int, words: Sequence[int], lexicon: Lexicon) -> int:
    """``…, Kim said, adding, “…”``: the speech participle of cue ``cue`` that stands
    right before the quotation (with only punctuation, or its own modifier, between)
    introduces it, and is its cue; otherwise ``cue`` itself."""
    first = min(words)
    for p in view.children(cue):
        if not (cue < p < first and view.xpos[p] == "VBG" and view.deprel[p] in _PARTICIPLE_LINKS):
            continue
        if not _is_cue(view, p, lexicon):
            continue
        # "adding of the mayor, “…”", "adding later, “…”"; not "adding cranes, “…”"
        modifiers = {
            k
            for c in view.children(p)
            if view.deprel[c] in _PARTICIPLE_MODIFIERS
            for k in view.subtree(c)
        }
        if all(view.upos[k] == "PUNCT" or k in modifiers for k in range(p + 1, first)):
            return p
    return cue


def _linked_cue(view: DocView, words: Sequence[int], lexicon: Lexicon) -> int | None:
    inside = set(words)
    for w in words:
        h = view.head[w]
        if h < 0 or h in inside:
            continue
        if view.deprel[w] in _QUOTE_TO_CUE and _is_cue(view, h, lexicon):
            return h
        # one step up through a conjunction or a clause the quote belongs to
        hh = view.head[h]
        if (
            hh >= 0
            and hh not in inside
            and view.deprel[h] in ("conj", "xcomp")
            and view.deprel[w] in _QUOTE_TO_CUE
            and _is_cue(view, hh, lexicon)
        ):
            return hh
    # a speech verb outside hanging from the quote: the nearest one ("Asked about it,
    # Kim said, “…”" has both "Asked" and "said" on the quote's root)
    first, last = min(words), max(words)
    linked = [
        w
        for s in sorted({view.sent[w] for w in words})
        for w in view.sentence_words(s)
        if w not in inside
        and view.head[w] in inside
        and view.deprel[w] in _CUE_TO_QUOTE
        and _is_cue(view, w, lexicon)
    ]
    return min(linked, key=lambda w: first - w if w < first else w - last, default=None)


def _content_words(view: DocView, run: QuoteRun) -> list[int]:
    out: list[int] = []
    for r in run.regions:
        out.extend(w for w in view.words_in(r.start, r.end) if view.upos[w] != "PUNCT")
    return out


def _colon_before(view: DocView, run: QuoteRun) -> bool:
    first = run.regions[0]
    k = first.outer_start - 1
    text = view.text
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == ":"


def _words_before(view: DocView, pos: int, n: int) -> list[str]:
    i = view.word_at(pos) - 1
    out: list[str] = []
    while i >= 0 and len(out) < n:
        if view.upos[i] != "PUNCT":
            out.append(view.form[i].lower())
        i -= 1
    return out


def _opens_sentence(view: DocView, run: QuoteRun, words: list[int]) -> bool:
    """The quotation is the first thing in its sentence."""
    first = words[0]
    s0 = view.sent_first[view.sent[first]]
    return all(view.upos[w] == "PUNCT" for w in range(s0, first))


# The longest attribution between the two parts of a split quotation, in words.
_MAX_ATTRIBUTION = 12


def _second_part(view: DocView, words: list[int], speech_verbs: frozenset[str]) -> bool:
    """``“She is far behind,” said a delegate, “and the gap is growing.”``: the part of a
    quotation after the attribution that interrupts it (the first part closes on a comma,
    the attribution holds a speech verb and ends with a comma), whatever its first word."""
    k = words[0] - 1
    while k >= 0 and view.form[k] in OPENING_FORMS:
        k -= 1
    if k < 0 or view.form[k] != ",":
        return False
    gap: list[int] = []
    k -= 1
    while k >= 0 and view.form[k] not in CLOSING_FORMS and len(gap) <= _MAX_ATTRIBUTION:
        gap.append(k)
        k -= 1
    if k < 1 or not gap or view.form[k] not in CLOSING_FORMS or view.form[k - 1] != ",":
        return False
    if len({view.paragraph_of_word(w) for w in (k, words[0])}) > 1:
        return False
    return any(view.lemma[w] in speech_verbs and view.upos[w] == "VERB" for w in gap)


def _embedded(view: DocView, run: QuoteRun, words: list[int], cue: int) -> bool:
    """``had failed to “personalize their campaign”``: the quotation starts in lower case
    right after a word of the writer's sentence (no comma, colon or dash before it), and
    is not itself the clause the cue reports (``told reporters “we will win”`` is; ``said
    that “we will win”`` reports the writer's ``that`` clause holding quoted words)."""
    if not view.form[words[0]][:1].islower():
        return False
    inside = set(words)
    roots = [w for w in words if view.head[w] not in inside]
    if (
        len(roots) == 1
        and cue < words[0]
        and view.head[roots[0]] == cue
        and view.deprel[roots[0]] == "ccomp"
    ):
        that = any(view.deprel[k] == "mark" and k not in inside for k in view.children(roots[0]))
        # the report goes on after the closing mark: "said “it hurts” every time …"
        goes_on = any(k > words[-1] and view.upos[k] != "PUNCT" for k in view.children(cue))
        if has_subject(view, roots[0], within=inside) and not that and not goes_on:
            return False  # the whole reported clause, subject and all, is quoted
    return _after_writers_word(view, run, words)


def _after_writers_word(view: DocView, run: QuoteRun, words: list[int]) -> bool:
    """The quotation starts in lower case right after a word (no punctuation between)."""
    if not view.form[words[0]][:1].islower():
        return False
    k = run.regions[0].outer_start - 1
    text = view.text
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k >= 0 and (text[k].isalnum() or text[k] in "’'")


def _holding_verb(view: DocView, words: list[int]) -> tuple[int, int] | None:
    """The quotation's first root and the nearest verb governing it from outside (the verb
    a partial quote is anchored to, see :func:`quoteattr.detect.merge.anchor_fragments`)."""
    inside = set(words)
    roots = [w for w in words if view.head[w] not in inside]
    verb = verb_above(view, roots[0], inside) if roots else None
    return None if verb is None else (roots[0], verb)


def _speech_verb_above(view: DocView, words: list[int], lexicon: Lexicon) -> bool:
    """The nearest verb governing the quotation is a speech verb, or has one a verb or two
    further up (:func:`~quoteattr.detect.base.speech_verb_further_up`)."""
    held = _holding_verb(view, words)
    if held is None:
        return False
    if view.lemma[held[1]] in lexicon.speech_verbs:
        return True
    return speech_verb_further_up(view, held[1], words[0], lexicon.speech_verbs) is not None


def _named_by_speech_verb(view: DocView, words: list[int], lexicon: Lexicon) -> bool:
    """``called her by a pet name, “Skipper”``, ``labelled it “Old Tide”``: capitalised
    words that a speech verb before them takes as its object (the words themselves, not a
    title inside it) or its ``as``/``by`` phrase (for ``refer`` also ``to``) are what
    someone called something; ``said on ABC's “This Week”`` names a programme."""
    held = _holding_verb(view, words)
    if held is None:
        return False
    top, verb = held
    if verb > words[0] or view.lemma[verb] not in lexicon.speech_verbs:
        return False
    while view.head[top] != verb:
        top = view.head[top]
    if view.deprel[top] in ("obj", "dobj", "iobj", "xcomp"):
        # the quoted words are the object itself, not a title inside it ("added a clip
        # from “Harbour Lights”")
        return top in words
    cases = {view.lemma[k] for k in view.children(top) if view.deprel[k] == "case"}
    # "referred to the “Old Guard”": what it was referred to as; "spoke to “Face the
    # Nation”" names whom it was said to
    allowed = {"as", "by", "to"} if view.lemma[verb] == "refer" else {"as", "by"}
    return view.deprel[top] in ("obl", "nmod") and bool(cases & allowed)


def _ends_with_comma(view: DocView, run: QuoteRun) -> bool:
    """``“…,” he said``: a comma (or dash) just inside or just after the closing mark."""
    region = run.regions[-1]
    inner = view.text[region.start : region.end].rstrip()
    after = view.text[region.outer_end : region.outer_end + 2].lstrip()
    return inner[-1:] in (",", "—", "–") or after[:1] == ","


def _single_marked_paragraph(view: DocView, run: QuoteRun) -> bool:
    """The run is one region in single marks (``‘…’``, ``'…'``) that fills its paragraph."""
    if len(run.regions) != 1 or run.regions[0].family != "single":
        return False
    region = run.regions[0]
    lo, hi = view.par_bounds[view.paragraph_at(region.start)]
    text = view.text
    before = text[lo : region.start].strip()
    after = text[region.end : hi].strip()
    return len(before) <= 1 and all(ch in ".,!?'’" for ch in after)


def _names_with_subject(view: DocView, run: QuoteRun) -> bool:
    """``Trump called it “a hoax”``: a naming verb with a subject of its own is a speech act;
    ``a ship called “Grey Heron”`` (a participle) names a thing."""
    k = view.word_at(run.regions[0].outer_start) - 1
    while k >= 0 and view.upos[k] == "PUNCT":
        k -= 1
    # the naming verb is the word before the quote or the one before its object
    for v in (k, view.head[k] if k >= 0 else -1):
        if (
            v >= 0
            and view.upos[v] in ("VERB", "AUX")
            and (view.lemma[v] in NAMING_VERBS or view.lemma[v] == "name")
        ):
            return any(view.deprel[c] in ("nsubj",) for c in view.children(v)) or (
                _relative_subject_before(view, v)
            )
    return False


_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "what"})


def _relative_subject_before(view: DocView, v: int, reach: int = 12) -> bool:
    """``a port that the former mayor, Ada Okafor, called “…”``, ``the plan, which Kim
    on Monday called “…”``: a relative word, then a subject (a name or pronoun) and no
    verb, then the naming verb, however the parser hung them. ``a film called “…”`` has no
    relative word; ``what is today called “…”`` a verb between."""
    first = view.sent_first[view.sent[v]]
    for j in range(v - 1, max(first, v - reach) - 1, -1):
        if view.upos[j] in ("VERB", "AUX"):
            return False
        if view.form[j].lower() in _RELATIVE_WORDS:
            between = range(j + 1, v)
            return any(view.upos[k] in ("PROPN", "PRON") for k in between)
    return False


def _is_title_case(view: DocView, words: Sequence[int]) -> bool:
    content = [w for w in words if view.form[w][:1].isalpha()]
    if not content:
        return False
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "or", "vs."}
    return all(view.form[w][:1].isupper() or view.form[w].lower() in small for w in content) and (
        view.form[content[0]][:1].isupper()
    )


def _without_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``–``end`` without white space at either end (unchanged if that is all)."""
    a, b = start, end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else (start, end)


@attrs.frozen
class QuotationMarks:
    """Rule ``quotation-marks``: outermost quotations found by :mod:`quoteattr.marks`.

    Attributes:
        long_quote: a quoted stretch of at least this many words is a quotation
            whatever its surroundings.
        scare_max: a quoted stretch of at most this many words with no speech link is a
            scare quote or a name, not a quotation.
        subheading_max: a paragraph that is only a quotation in single marks of at most
            this many words, with no speech link, is a subheading (a pull quote).
    """

    long_quote: int = 8
    scare_max: int = 2
    subheading_max: int = 8
    name: str = "quotation-marks"

    def __call__(self, ctx: DetectionContext) -> Sequence[Candidate]:
        view = ctx.view
        out: list[Candidate] = []
        for run in ctx.marks.runs:
            words = _content_words(view, run)
            if not words:
                continue
            # the words inside the marks, without the spaces some writers leave after an
            # opening mark or before a closing one (“ I say …”)
            spans = tuple(_without_spaces(view.text, r.start, r.end) for r in run.regions)
            paragraph = view.paragraph_at(run.start)
            cue = speech_link(view, words, ctx.lexicon)
            verdict = self._classify(view, run, words, cue, ctx.lexicon)
            if verdict[0] == "reject":
                ctx.rejected.append(Rejection(spans[0], self.name, verdict[1], tuple(words)))
                continue
            inside = set(words)
            roots = [w for w in words if view.head[w] not in inside]
            out.append(
                Candidate(
                    spans=spans,
                    rule=self.name,
                    paragraph=paragraph,
                    quoted=True,
                    fragment=verdict[0] == "fragment",
                    cue=() if cue is None else verb_cue(view, cue),
                    clause_head=roots[0] if roots else None,
                    frame=cue,
                    words=tuple(words),
                    repaired=run.repaired,
                )
            )
        return out

    def _classify(
        self,
        view: DocView,
        run: QuoteRun,
        words: list[int],
        cue: int | None,
        lexicon: Lexicon,
    ) -> tuple[str, str]:
        n = len(words)
        before = _words_before(view, run.start, 2)
        titled = before and (
            before[0] in lexicon.title_cues or " ".join(before[::-1]) == "known as"
        )
        if (
            # a title is capitalised: "called the plan “a farce”" is someone's words,
            # "the phrase “self-help”" mentions a word all the same
            titled
            and view.form[words[0]][:1].islower()
            and before[0] not in lexicon.mention_nouns
            and before[1:] not in (["so"], ["so-"])
        ):
            titled = False
        if (
            titled
            and (cue is None or view.lemma[cue] == "call")
            and not _names_with_subject(view, run)
        ):
            return ("reject", f"title or name: follows {before[0]!r}")
        if cue is None and n <= self.subheading_max and _single_marked_paragraph(view, run):
            # "‘A healthy environment.’" alone between paragraphs: a subheading (pull
            # quotes are set in single marks, as headlines are)
            return (
                "reject",
                "subheading: a short paragraph that is only a quotation in single marks",
            )
        if len(run.regions) > 1:
            return ("quote", "multi-paragraph")
        if _second_part(view, words, lexicon.speech_verbs):
            return ("quote", "second part of a quotation split by its attribution")
        if _opens_sentence(view, run, words) and _ends_with_comma(view, run):
            return ("quote", "sentence-initial, ends with a comma")
        title_case = _is_title_case(view, words) and n <= 6
        if title_case and before[:1] in (["’s"], ["'s"], ["on"], ["of"], ["in"]):
            # NBC's “Meet the Press”, on “Face the Nation”: a title even where the parser
            # hangs it from the speech verb
            return ("reject", f"title or name: capitalised words after {before[0]!r}")
        region = run.regions[0]
        inner = view.text[region.start : region.end].rstrip(" ,\"'”’")
        if cue is not None:
            if (
                inner[-1:] in _FINAL
                and view.form[words[0]][:1].isupper()
                and _opens_sentence(view, run, words)
            ):
                return ("quote", "speech cue, a sentence of its own")  # “Why now?” she asked
            if n <= self.scare_max:
                return ("fragment", "short, cued")
            if _embedded(view, run, words, cue):
                return ("fragment", "cued, but continues the writer's clause")
            return ("quote", "speech cue")
        if _after_writers_word(view, run, words) and _speech_verb_above(view, words, lexicon):
            # "the mayor has “never once skipped a harbour meeting …”": however long, the quoted
            # words go on with the writer's clause that a speech verb reports
            return ("fragment", "continues the writer's clause under a speech verb")
        sentences = {view.sent[w] for w in words}
        if _colon_before(view, run) and n >= 2:
            return ("quote", "introduced by a colon")
        if n >= self.long_quote:
            return ("quote", "long")
        if inner[-1:] in _FINAL and view.form[words[0]][:1].isupper():
            if n >= 3:
                return ("quote", "complete sentence")
            if stands_alone(view, words):  # “Bodies everywhere.”
                return ("quote", "a sentence of its own")
        if len(sentences) > 1:
            return ("quote", "several sentences")
        if title_case and not in_headline(view, words[0]):
            if _named_by_speech_verb(view, words, lexicon):
                return ("fragment", "capitalised, but what a speech verb calls something")
            return ("reject", "title or name: capitalised words with no speech cue")
        if n <= self.scare_max:
            return ("fragment", "scare quote or short fragment")
        return ("fragment", "quoted fragment in the writer's sentence")
