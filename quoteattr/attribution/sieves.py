"""Speaker sieves: an ordered cascade, from the most precise to the least.

Each sieve is a small frozen callable with a ``name``. The cascade runs sieve by sieve
over all quotes (so that later sieves, such as paragraph continuation, see every
decision of the precise ones); a sieve only looks at quotes no earlier sieve decided,
and each decision records the sieve's name. Pass your own order as
``Attributor(sieves=...)``.

Titles and appositions are handled by the mention extent
(:func:`quoteattr.attribution.mention.mention_at`): ``Russian President Vladimir Putin``
keeps the title, ``Hugh Hill, a doctor,`` drops the apposition.
"""

from __future__ import annotations

import attrs

from quoteattr.attribution.base import (
    AttributionContext,
    Decision,
    Work,
    names_a_time,
    speech_verb_as_noun,
)
from quoteattr.attribution.coref import NAME_TYPES
from quoteattr.detect.base import (
    PERSONAL_SUBJECTS,
    TELLING_VERBS,
    after_comma,
    misattached_participle,
    stands_alone,
    verb_above,
)
from quoteattr.document import DocView
from quoteattr.phrases import NOMINAL_UPOS, Mention, medium_of, mention_at, span_head

__all__ = [
    "DEFAULT_SIEVES",
    "AccordingToSpeaker",
    "AdjacentName",
    "AsideSpeaker",
    "Conversation",
    "CueSubject",
    "EnclosingSubject",
    "InvertedSubject",
    "NameAtCue",
    "NearestMention",
    "NounCue",
    "ParagraphContinuation",
    "ParticipleHead",
    "PassiveAgent",
    "RelativeAntecedent",
    "TranscriptLabel",
]

_SUBJ = ("nsubj", "nsubj:pass", "nsubjpass")
# Passive verbs whose subject is the speaker of the report they frame.
_QUOTING = frozenset({"quote", "cite", "hear", "record", "film", "overhear"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# Relations through which a cue without its own subject borrows its head's subject.
_CLIMB = frozenset({"xcomp", "conj", "advcl", "ccomp"})


def _subject(view: DocView, verb: int) -> int | None:
    for c in view.children(verb):
        if view.deprel[c] in ("nsubj", "csubj"):
            return c
    return None


def _climbing_subject(view: DocView, verb: int) -> int | None:
    """The subject of ``verb``, or of the verb it is an xcomp/conj of ("declined to say")."""
    v = verb
    for step in range(3):
        s = _subject(view, v)
        if s is not None:
            return s
        if step and view.lemma[v] in _QUOTING:
            # "The minister was quoted by Interfax as saying …"
            for c in view.children(v):
                if view.deprel[c] in ("nsubj:pass", "nsubjpass"):
                    return c
        climbs = view.deprel[v] in _CLIMB or misattached_participle(view, v)
        if not climbs or view.head[v] < 0:
            return None
        if view.deprel[v] == "advcl" and view.upos[v] != "VERB":
            return None
        v = view.head[v]
    return None


def _usable(view: DocView, w: int, work: Work) -> bool:
    """A speaker mention may not lie inside the quote's own content."""
    return not any(s <= view.start[w] < e for s, e in work.cand.spans)


@attrs.frozen
class AccordingToSpeaker:
    """``according to X``: X is the speaker.

    When X is a medium (``according to Reuters``) it is also the quote's source. The
    ``according-to`` rule leaves ``X said Y, according to <medium>`` to the speech verb,
    so there the speaker is X and the medium only the source.
    """

    name: str = "according-to"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        view, work = ctx.view, ctx.works[index]
        if work.cand.rule != "according-to" or work.cand.frame is None:
            return None
        x = work.cand.frame
        if medium_of(view, x, ctx.lexicon) is not None:
            # "According to Reuters, the talks failed": no one else is reported as
            # speaking, so the medium is the speaker as well as the source
            return Decision(mention_at(view, x), 0.7)
        return Decision(mention_at(view, x), 0.85)


@attrs.frozen
class AsideSpeaker:
    """``The ports, the minister said, will reopen``: the noun phrase of the aside the
    ``speech-verb-aside`` rule found, before the cue or (``, said the minister,``) after it.
    """

    name: str = "aside"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        view, work = ctx.view, ctx.works[index]
        if work.cand.rule != "speech-verb-aside" or work.cand.frame is None:
            return None
        cue = work.cand.frame
        first = cue
        while (
            first - 1 >= 0
            and view.upos[first - 1] in NOMINAL_UPOS
            and _usable(view, first - 1, work)
        ):
            first -= 1
        if first < cue:
            last = cue - 1
        else:
            last = cue
            while last + 1 < view.n_words and view.upos[last + 1] in NOMINAL_UPOS:
                last += 1
            first = cue + 1
            if last < first or not _usable(view, first, work):
                return None
        heads = [w for w in range(first, last + 1) if view.upos[w] in ("PROPN", "NOUN", "PRON")]
        if not heads:
            return None
        return Decision(Mention(first, last, heads[-1]), 0.85)


@attrs.frozen
class TranscriptLabel:
    """``PENCE: …``: the label of a transcript turn (or of a headline) names its speaker."""

    name: str = "transcript-label"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        view, work = ctx.view, ctx.works[index]
        if work.cand.rule not in ("transcript-turn", "headline-label") or work.cand.frame is None:
            return None
        last = work.cand.frame
        first = last
        while first > view.sent_first[view.sent[last]] and view.form[first - 1][:1].isupper():
            first -= 1
        return Decision(Mention(first, last, last), 0.9)


@attrs.frozen
class NameAtCue:
    """A name the cue finder itself found next to the cue.

    ``dash-name``: ``“…” ― Jo Bloggs`` (the name after the dash that follows the quote);
    ``colon-name``: a headline's ``Sanders: Clinton needs to …`` (the name before the
    colon).

    Attributes:
        cue_rule: the cue finder whose name this sieve trusts (``"dash"``, ``"colon"``).
    """

    name: str = "dash-name"
    cue_rule: str = "dash"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        work = ctx.works[index]
        if work.cue_rule != self.cue_rule or work.speaker_words is None:
            return None
        first, last = work.speaker_words
        return Decision(Mention(first, last, last), 0.85)


@attrs.frozen
class CueSubject:
    """The subject of the cue, written before it: ``Kim told reporters``, ``she added``."""

    name: str = "subject"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        view, work = ctx.view, ctx.works[index]
        if work.frame is None:
            return None
        s = _repaired_subject(view, work)
        if s is None or not _usable(view, s, work):
            return None
        if _subject(view, work.frame) is None and _agent(view, work.frame) is not None:
            return None  # "…, after being warned by the ministry that …": the agent speaks
        if s > work.frame and not _fronted_adjunct(view, work.frame, s):
            return None
        if view.lemma[s] in _RELATIVE or view.upos[s] == "SCONJ":
            return None
        if names_a_time(view, s, ctx.lexicon):
            return None  # "Sunday on Fox News, Rep. Jo Bloggs said": a misparsed time
        if view.deprel[s] == "expl" or (
            view.form[s].lower() == "it" and _passive(view, work.frame)
        ):
            return None
        return Decision(mention_at(view, s), 0.9)


def _repaired_subject(view: DocView, work: Work) -> int | None:
    """The subject of the cue (or of the verb it borrows one from), with the parser's
    usual mistakes about it undone, in this order:

    * a second subject inside the quotation (``“Look at the pier,” a fisherman shouted``):
      the one outside it;
    * none, for a finite cue hung on the noun right before it: that noun
      (:func:`_noun_before_finite_cue`);
    * a relative pronoun, for a comma participle hung on a relative clause: the subject
      of the clause around it (:func:`_past_the_relative_clause`);
    * a dateline's place: the name after its dash (:func:`_past_the_dateline`);
    * a title or a fronted phrase with the name hung on it: the name
      (:func:`_name_next_to_the_cue`).
    """
    frame = work.frame
    if frame is None:
        return None
    s = _climbing_subject(view, frame)
    if s is not None and not _usable(view, s, work):
        s = next(
            (
                c
                for c in view.children(frame)
                if view.deprel[c] in ("nsubj", "csubj") and _usable(view, c, work)
            ),
            s,
        )
    if s is None:
        s = _noun_before_finite_cue(view, frame)
    elif view.lemma[s] in _RELATIVE:
        s = _past_the_relative_clause(view, frame, s)
    if s is None:
        return None
    return _name_next_to_the_cue(view, _past_the_dateline(view, s), frame)


def _past_the_relative_clause(view: DocView, cue: int, relative: int) -> int:
    """``Ortiz vowed to block the plan that moves the ferry, arguing …``: a comma participle
    the parser hung on a relative clause is the adjunct of the clause that holds the
    noun the relative clause describes; its subject is that clause's. Otherwise the
    relative pronoun stays (the relative-antecedent sieve reads it)."""
    rel = view.head[cue]
    if (
        view.xpos[cue] != "VBG"
        or not after_comma(view, cue)
        or rel < 0
        or not view.deprel[rel].startswith("acl")
    ):
        return relative
    v = view.head[rel]
    for _ in range(3):
        if v < 0:
            return relative
        if view.upos[v] in ("VERB", "AUX"):
            found = _climbing_subject(view, v)
            return found if found is not None and view.lemma[found] not in _RELATIVE else relative
        v = view.head[v]
    return relative


_DASHES = frozenset({"—", "–", "-", "--"})


def _past_the_dateline(view: DocView, subject: int) -> int:
    """``DECATUR, Ill. — Sen. Jo Bloggs said …`` with the dateline's place parsed as the
    subject and the name after the dash hung on it: the name is the subject. A dateline
    opens its paragraph with a place in capitals and ends with a dash."""
    s = view.sent[subject]
    first = view.sent_first[s]
    opens_paragraph = s == 0 or view.sent_par[s - 1] != view.sent_par[s]
    if not opens_paragraph or not view.form[first].isupper() or len(view.form[first]) < 2:
        return subject
    dash = next((k for k in range(first, subject + 3) if view.form[k] in _DASHES), None)
    if dash is None or dash < subject:
        return subject
    return next(
        (
            c
            for c in view.children(subject)
            if c > dash and view.deprel[c] in ("dep", "appos") and view.upos[c] in ("PROPN", "NOUN")
        ),
        subject,
    )


def _name_next_to_the_cue(view: DocView, subject: int, cue: int) -> int:
    """``Ahead of the Iowa primary, the Okafor campaign said …`` with the fronted phrase
    parsed as the subject and the real one hung on it (``appos`` after a comma, or
    ``dep``) right before the cue: the noun phrase next to the cue is the subject."""
    if subject > cue:
        return subject
    for c in view.children(subject):
        if c < subject or c > cue or view.deprel[c] not in ("appos", "dep"):
            continue
        if view.upos[c] != "PROPN" and not (view.deprel[c] == "appos" and view.upos[c] == "NOUN"):
            continue
        sub = view.subtree(c)
        if view.form[sub[0] - 1] in ("(", *_DASHES) or view.form[sub[0]] in ("(", *_DASHES):
            continue  # "Democrats — and some Republicans — say": an aside
        between = range(sub[-1] + 1, cue)
        if any(view.upos[k] != "PUNCT" or view.form[k] in (",", ";") for k in between):
            continue  # "Jo Bloggs, the mayor, said": an apposition set off on both sides
        if view.deprel[c] == "appos" and view.form[sub[0] - 1] != ",":
            continue
        if view.deprel[c] == "appos" and view.upos[subject] == "PROPN" and view.ner[c] == "O":
            continue  # "Jo Bloggs, the mayor said": the name is the subject
        return c
    return subject


def _noun_before_finite_cue(view: DocView, cue: int) -> int | None:
    """``…, the executive says, “…”`` with ``says`` parsed as a ``dep`` of the noun right
    before it: a finite cue with no subject hung from the noun phrase that ends just
    before it has that noun as its subject."""
    h = view.head[cue]
    if (
        h < 0
        or view.xpos[cue] not in ("VBZ", "VBD", "VBP")
        or view.deprel[cue] not in ("dep", "acl", "appos")
        or view.upos[h] not in ("NOUN", "PROPN")
        or any(view.deprel[c] in _SUBJ or view.deprel[c] == "mark" for c in view.children(cue))
    ):
        return None
    phrase = [k for k in view.subtree(h, exclude=(cue,)) if view.upos[k] != "PUNCT"]
    return h if phrase[-1] == cue - 1 else None


def _fronted_adjunct(view: DocView, cue: int, subject: int) -> bool:
    """``After saying he was nervous, the man …``: the cue is a participle adjunct set
    before the clause whose subject (written after the cue) it borrows."""
    v = cue
    while view.deprel[v] == "conj" and view.head[v] > v:
        v = view.head[v]
    head = view.head[v]
    return (
        view.xpos[cue] == "VBG"
        and view.deprel[v] == "advcl"
        and v < subject < head
        and view.head[subject] == head
    )


def _passive(view: DocView, verb: int) -> bool:
    kids = view.children(verb)
    if any(view.deprel[c] in ("aux:pass", "auxpass", "nsubj:pass") for c in kids):
        return True
    # a participle with no auxiliary: "As reported by Reuters, …", "a plan announced by …"
    return view.xpos[verb] == "VBN" and not any(view.deprel[c] == "aux" for c in kids)


@attrs.frozen
class InvertedSubject:
    """The subject after the cue: ``“…,” said Kim.``"""

    name: str = "inverted"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        view, work = ctx.view, ctx.works[index]
        if work.frame is None:
            return None
        s = _subject(view, work.frame)
        if s is None or (s < work.frame and not _usable(view, s, work)):
            # none, or one the parser found inside the quotation before the cue
            s = _misparsed_inverted_subject(view, work, work.frame)
        if s is None or s < work.frame or not _usable(view, s, work):
            return None
        return Decision(mention_at(view, s), 0.9)


# Relations a parser gives the speaker after an inverted cue when it misses the subject.
_INVERTED_MISPARSES = frozenset({"obj", "dep", "iobj", "nsubj:pass", "appos"})


def _misparsed_inverted_subject(view: DocView, work: Work, cue: int) -> int | None:
    """``“…,” said Sherman.`` with ``Sherman`` parsed as the object (or ``dep``) of a cue
    that has no subject: right after a quotation that ends just before the cue, the
    noun phrase right after the cue is its speaker."""
    before = [e for _, e in work.cand.spans if e <= view.start[cue]]
    if not before or any(view.upos[w] != "PUNCT" for w in range(view.word_at(before[-1]), cue)):
        return None  # not "“…,” said X": the cue does not follow (a part of) the quotation
    for c in view.children(cue):
        if c < cue:
            continue
        if view.deprel[c] == "ccomp":
            # "“…,” said Mr. Burr, adding …" with the name as the subject of a clause
            c = next((k for k in view.children(c) if view.deprel[k] == "nsubj"), c)
        elif view.deprel[c] not in _INVERTED_MISPARSES:
            continue
        if view.deprel[c] in ("obj", "iobj") and view.lemma[cue] in TELLING_VERBS:
            return None  # "“…,” told reporters": the addressee
        nominal = view.upos[c] in ("PROPN", "NOUN", "PRON") or _name_word(view, c)
        if not nominal or view.subtree(c)[0] != cue + 1:
            return None
        return c
    return None


@attrs.frozen
class PassiveAgent:
    """The agent of a passive cue: ``it was announced by the ministry``."""

    name: str = "passive-agent"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        view, work = ctx.view, ctx.works[index]
        if work.frame is None:
            return None
        c = _agent(view, work.frame)
        if c is not None and _usable(view, c, work):
            return Decision(mention_at(view, c), 0.85)
        return None


def _agent(view: DocView, verb: int) -> int | None:
    """The ``by`` agent of a passive verb (``warned by the ministry``), if any."""
    for c in view.children(verb):
        if view.deprel[c] in ("obl:agent", "nmod:agent") or (
            view.deprel[c] in ("obl", "nmod")
            and _passive(view, verb)
            and any(view.lemma[k] == "by" for k in view.children(c))
        ):
            return c
    return None


@attrs.frozen
class ParticipleHead:
    """A speech participle the parser hung from a noun (``acl``), or coordinated with one:

    * right after the noun, the noun's phrase says the words: ``an article stating …``,
      ``911 calls saying …``, ``with Sen. Jo Bloggs telling reporters …``; but a
      statement noun is the medium, and the subject of its clause speaks (``she
      released a statement saying …``), and a noun in any other prepositional phrase
      (``at one point calling …``) says nothing;
    * after a comma, it is the writer's adjunct to the whole clause, misattached to the
      clause's last noun (``Kim criticised the plan, saying …``): the subject of the
      clause above it says them.
    """

    name: str = "participle"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        view, work = ctx.view, ctx.works[index]
        p = work.frame
        if p is None or view.xpos[p] != "VBG":
            return None
        # "…, telling CNN that … and questioning how …": the first participle's noun
        while view.deprel[p] == "conj" and view.head[p] >= 0 and view.xpos[view.head[p]] == "VBG":
            p = view.head[p]
        if view.deprel[p] != "acl":
            return None
        noun = view.head[p]
        if noun < 0 or noun > p or view.upos[noun] not in ("NOUN", "PROPN", "PRON"):
            return None
        if any(view.deprel[c] in ("mark", "case") for c in view.children(p)):
            return None  # "in addition to stating …": a gerund, not a modifier
        if not after_comma(view, p):
            cases = [view.lemma[c] for c in view.children(noun) if view.deprel[c] == "case"]
            if cases and cases != ["with"]:
                return None  # "at one point calling …": a time or place, not a sayer
            if view.lemma[noun] in ctx.lexicon.statement_nouns:
                # "she released a statement saying …": the statement is the medium
                return _clause_subject(view, work, view.head[noun], p, 0.75)
            if _usable(view, noun, work):
                return Decision(mention_at(view, noun), 0.75)
            return None
        return _clause_subject(view, work, view.head[noun], p, 0.8)


def _clause_subject(
    view: DocView, work: Work, h: int, before: int, confidence: float
) -> Decision | None:
    """The subject of the nearest finite clause from word ``h`` up, written before word
    ``before`` and outside the quote."""
    for _ in range(6):
        if h < 0:
            return None
        s = _subject(view, h)
        infinitive = any(view.lemma[c] == "to" for c in view.children(h))
        if s is not None and not infinitive:
            if s > before or not _usable(view, s, work) or view.lemma[s] in _RELATIVE:
                return None
            return Decision(mention_at(view, s), confidence)
        h = view.head[h]
    return None


@attrs.frozen
class RelativeAntecedent:
    """``Smith, who said …``: the antecedent of the cue's relative-pronoun subject."""

    name: str = "relative-antecedent"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        view, work = ctx.view, ctx.works[index]
        if work.frame is None:
            return None
        v = work.frame
        if view.deprel[v] == "conj" and view.head[v] >= 0:
            v = view.head[v]
        if view.deprel[v] not in ("acl:relcl", "relcl") or view.head[v] < 0:
            return None
        subj = _subject(view, v)
        if subj is None or view.lemma[subj] not in _RELATIVE:
            return None
        ant = view.head[v]
        if not _usable(view, ant, work):
            return None
        # the mention as written is the pronoun; the name comes from its antecedent
        return Decision(Mention(subj, subj, subj), 0.8, name_from=mention_at(view, ant))


@attrs.frozen
class NounCue:
    """Possessive and noun cues: ``Kim's statement that …``, ``a statement from the ministry``."""

    name: str = "noun-cue"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        view, work = ctx.view, ctx.works[index]
        noun = work.frame
        if noun is None or view.upos[noun] != "NOUN":
            return None
        for c in view.children(noun):
            owner = view.deprel[c] == "nmod:poss" or (
                view.deprel[c] == "nmod"
                and any(view.lemma[k] in ("from", "by", "of") for k in view.children(c))
            )
            if owner and _usable(view, c, work):
                return Decision(mention_at(view, c), 0.8)
        # "X issued a statement that ...": the subject of the verb holding the noun
        h = view.head[noun]
        if h >= 0 and view.deprel[noun] in ("obj", "dobj"):
            s = _subject(view, h)
            if s is not None and _usable(view, s, work):
                return Decision(mention_at(view, s), 0.75)
        return None


def _name_word(view: DocView, w: int) -> bool:
    """Word ``w`` is part of a name: a proper noun, or a word the entity tagger put in a
    name the part-of-speech tagger missed (``“…,” Devine added`` with ``Devine`` read as
    an adjective)."""
    if view.upos[w] == "PROPN":
        return True
    tag = view.ner[w] if view.has_ner else "O"
    return tag not in ("O", "") and tag[2:] in NAME_TYPES and view.form[w][:1].isupper()


@attrs.frozen
class AdjacentName:
    """A name written just before a cue the parser left without subject.

    ``Rep. Jo Bloggs (D-Md.) said``: parentheses and punctuation between the name
    and the cue are skipped; the quote itself is never entered.
    """

    max_words: int = 8
    name: str = "adjacent-name"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        view, work = ctx.view, ctx.works[index]
        cue = work.frame if work.frame is not None else (work.cue[0] if work.cue else None)
        if cue is None:
            return None
        # "“…,” Bozell notes." with the verb tagged as a plural noun counts as a verb
        if view.upos[cue] not in ("VERB", "AUX") and not speech_verb_as_noun(
            view, cue, ctx.lexicon
        ):
            return None
        if any(view.deprel[c] in ("expl", "nsubj:pass", "nsubjpass") for c in view.children(cue)):
            return None  # "It was announced that …": no speaker is written
        lo = view.par_bounds[work.cand.paragraph][0]
        w = cue - 1
        depth = 0
        seen = 0
        while w >= 0 and view.start[w] >= lo and seen < self.max_words:
            if not _usable(view, w, work):
                return None  # reached the quote's own words
            if view.end[w] <= work.cand.end <= view.start[cue]:
                return None  # walked back past a quote that precedes its cue
            form = view.form[w]
            ends_earlier_sentence = (
                view.sent[w] != view.sent[cue] and w == view.sent_end[view.sent[w]] - 1
            )
            if ends_earlier_sentence and form in (".", "!", "?", "”", '"', "''"):
                return None  # a finished earlier sentence: no name next to the cue
            if form == ")":
                depth += 1
            elif form == "(":
                depth = max(0, depth - 1)
            elif depth == 0 and view.upos[w] != "PUNCT":
                if _name_word(view, w) and names_a_time(view, w, ctx.lexicon):
                    pass  # "on Tuesday, telling CNN": when, not who; walk on
                elif _name_word(view, w):
                    last = w
                    first = w
                    while (
                        first - 1 >= 0
                        and _name_word(view, first - 1)
                        and _usable(view, first - 1, work)
                    ):
                        first -= 1
                    if medium_of(view, span_head(view, first, last), ctx.lexicon) is not None:
                        return None  # "quoted by Interfax": the medium, not the speaker
                    return Decision(Mention(first, last, last), 0.7)
                possessive = view.xpos[w] == "PRP$" or view.deprel[w] == "nmod:poss"
                if view.lemma[w] in PERSONAL_SUBJECTS and not possessive:
                    # "his" in "stepped up his emphasis, saying …" owns, it does not speak
                    return Decision(Mention(w, w, w), 0.7)
                seen += 1
            w -= 1
        return None


def _only_quote_paragraph(ctx: AttributionContext, work: Work) -> bool:
    """The quote covers (nearly) all the words of its paragraph."""
    view = ctx.view
    lo, hi = view.par_bounds[work.cand.paragraph]
    words = [w for w in view.words_in(lo, hi) if view.upos[w] != "PUNCT"]
    if not words:
        return False
    inside = sum(1 for w in words if any(s <= view.start[w] < e for s, e in work.cand.spans))
    return inside >= 0.9 * len(words)


@attrs.frozen
class Conversation:
    """Two speakers alternating over paragraphs made only of quotes."""

    name: str = "conversation"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        works = ctx.works
        if (
            index < 2
            or not works[index].cand.quoted
            or not _only_quote_paragraph(ctx, works[index])
        ):
            return None
        a, b = works[index - 2], works[index - 1]
        if a.decision is None or b.decision is None or a.decision.mention is None:
            return None
        if not (
            _only_quote_paragraph(ctx, b)
            and a.cand.paragraph < b.cand.paragraph < works[index].cand.paragraph
        ):
            return None
        if a.speaker_chain is not None and a.speaker_chain == b.speaker_chain:
            return None
        if b.decision.inherited_from is not None:
            return None
        return Decision(a.decision.mention, 0.5, inherited_from=index - 2)


@attrs.frozen
class EnclosingSubject:
    """A quotation set inside a sentence of the writer's, with no cue: the subject of the
    verb it hangs from, written before it (``Ryan worried that the net was becoming “a
    hammock”``, ``she wants the candidates “to admit it”``)."""

    name: str = "enclosing-subject"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        view, work = ctx.view, ctx.works[index]
        if work.cue or work.cue_chars or not work.cand.words:
            return None
        words = work.cand.words
        if stands_alone(view, words):
            return None
        inside = set(words)
        roots = [w for w in words if view.head[w] not in inside]
        if not roots:
            return None
        verb = verb_above(view, roots[0], inside)
        if verb is None or verb > words[0]:
            return None
        s = _climbing_subject(view, verb)
        if s is None or s > words[0] or not _usable(view, s, work):
            return None
        if view.deprel[s] == "expl" or view.lemma[s] in _RELATIVE or view.form[s].lower() == "it":
            return None
        if view.upos[s] not in ("PROPN", "NOUN", "PRON") or names_a_time(view, s, ctx.lexicon):
            return None
        return Decision(mention_at(view, s), 0.55)


@attrs.frozen
class ParagraphContinuation:
    """A quote with no attribution of its own continues the running speaker's turn.

    Applies to a quote in the same paragraph as an attributed one, or to a paragraph
    made only of a quote right after an attributed quote.
    """

    max_gap_paragraphs: int = 1
    name: str = "paragraph-continuation"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        works = ctx.works
        work = works[index]
        if work.cue and work.cue_rule != "colon":
            return None  # a cue of its own whose subject was not found: not a continuation
        for j in range(index - 1, -1, -1):
            prev = works[j]
            gap = work.cand.paragraph - prev.cand.paragraph
            if gap > self.max_gap_paragraphs:
                return None
            if prev.decision is None or prev.decision.mention is None:
                continue
            if (
                gap == 0
                or (work.cand.quoted and _only_quote_paragraph(ctx, work))
                or prev.cand.quoted
            ):
                src = (
                    prev.decision.inherited_from if prev.decision.inherited_from is not None else j
                )
                return Decision(prev.decision.mention, 0.6, inherited_from=src)
            return None
        return None


_PERSONAL = frozenset({"he", "she", "they"})


@attrs.frozen
class NearestMention:
    """Fallback: the nearest person before the quote in its paragraph (low confidence)."""

    confidence: float = 0.3
    name: str = "nearest-mention"

    def __call__(self, ctx: AttributionContext, index: int) -> Decision | None:
        view, work = ctx.view, ctx.works[index]
        if not work.cand.quoted:
            return None
        lo, _ = view.par_bounds[work.cand.paragraph]
        words = [w for w in view.words_in(lo, work.cand.start) if _usable(view, w, work)]
        for w in reversed(words):
            ent = view.entity_of(w)
            if ent is not None and ent.type in ("PERSON", "PER"):
                head = span_head(view, ent.first, ent.last)
                return Decision(mention_at(view, head), self.confidence)
            if view.deprel[w] in _SUBJ and view.lemma[w] in _PERSONAL:
                return Decision(mention_at(view, w), self.confidence)
        return None


#: The speaker sieves, from the most precise to the least.
DEFAULT_SIEVES = (
    TranscriptLabel(),
    NameAtCue("dash-name", "dash"),
    NameAtCue("colon-name", "colon"),
    AccordingToSpeaker(),
    AsideSpeaker(),
    CueSubject(),
    InvertedSubject(),
    PassiveAgent(),
    RelativeAntecedent(),
    NounCue(),
    ParticipleHead(),
    AdjacentName(),
    Conversation(),
    EnclosingSubject(),
    ParagraphContinuation(),
    NearestMention(),
)
