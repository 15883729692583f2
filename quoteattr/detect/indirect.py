"""Indirect (reported) speech: speech verbs and nouns with clausal complements, ``according to``.

Each rule is a frozen callable with a ``name``; the content it returns is the reported
clause without the complementizer ``that``, without the attribution itself and without
edge punctuation. Besides the readings of a correct parse, several rules recover reports
from the parser's usual mistakes on news text (an aside attribution hung on the noun
before it, a subject pronoun made the object of ``said``, a report cut in two, a question
made a relative clause), each named where it is handled.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.detect.base import (
    ASIDE_PUNCT,
    CLOSING_CHARS,
    CLOSING_FORMS,
    OPENING_FORMS,
    PERSONAL_SUBJECTS,
    QUOTE_CHARS,
    SUBJECT_RELATIONS,
    TELLING_VERBS,
    Candidate,
    DetectionContext,
    after_comma,
    after_up_to_comma,
    case_of,
    clause_words,
    cue_words,
    has_subject,
    misattached_participle,
    noun_phrase,
    put_it,
    trim_words,
    without_closing_comment,
)
from quoteattr.document import DocView
from quoteattr.lexicons import Lexicon
from quoteattr.phrases import medium_of

__all__ = [
    "AccordingTo",
    "AsReported",
    "ColonBlock",
    "SpeechNounComplement",
    "SpeechVerbAside",
    "SpeechVerbComplement",
    "SpeechVerbLinear",
    "SpeechVerbPhrase",
]

# "it was announced that …" has the report as the passive clausal subject (csubj:pass)
_COMPLEMENTS = frozenset({"ccomp", "dep", "parataxis", "csubj:pass", "csubjpass"})
# Speech verbs whose report never comes before them ("spoke about how …", not "…, she
# spoke"): a clause the parser hangs on them from before is someone else's.
_NO_CLAUSE = frozenset({"speak", "talk"})
# Tags of a finite verb (a participle or infinitive is never an inverted attribution).
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NON_SPEECH_MARKS = frozenset({"whether", "if", "how", "why", "what", "when", "where", "who"})
# Verbs that report a question: with a subject, "X asked whether …" is reported speech
# (a participle without one, "Asked whether …, she said", is the writer's framing).
_ACCORDING = frozenset({"according", "According", "ACCORDING"})
_QUESTIONING = frozenset({"ask", "question", "inquire", "enquire", "query", "wonder"})


# Verbs whose infinitive complement reports what was asked or promised ("urged X to ...").
_DIRECTIVE = frozenset(
    """
    promise vow pledge threaten urge ask tell warn call exhort demand order instruct
    advise encourage beg plead propose offer agree refuse decline swear implore invite
    challenge
    """.split()
)
# Verbs whose prepositional object reports the content ("called for ...", "spoke about ...").
_PHRASE_OBL: dict[str, frozenset[str]] = {
    "call": frozenset({"for", "on"}),
    "speak": frozenset({"about", "of"}),
    "talk": frozenset({"about", "of"}),
    "write": frozenset({"about", "of"}),
    "comment": frozenset({"on"}),
    "testify": frozenset({"about", "on"}),
    "warn": frozenset({"of", "about", "against"}),
    "complain": frozenset({"about", "of"}),
    "argue": frozenset({"for", "against"}),
    "ask": frozenset({"for", "about"}),
    "point": frozenset({"to"}),
    "agree": frozenset({"to", "with", "on"}),
    "boast": frozenset({"about", "of"}),
    "brag": frozenset({"about"}),
    "joke": frozenset({"about"}),
    "insist": frozenset({"on"}),
    "plead": frozenset({"for"}),
    "push": frozenset({"for"}),
    "advocate": frozenset({"for"}),
}
# Verbs of calling something a name or a quality: "called the plan a mistake" reports
# the object with what it was called, though "called the mayor" is not speech.
_NAMING = frozenset({"call"})


# Speech verbs whose direct object is not what was said: the addressee ("told
# reporters", "toasted the couple"), the medium or text ("wrote a letter", "posted a
# video"), whom the speaker repeats ("echoed the minister"), or another sense of the
# verb ("claimed victory", "maintained a lead").
_OBJECT_NOT_CONTENT = frozenset(
    """
    tell ask advise remind inform assure notify brief thank contact email text phone call
    write post publish issue release tweet maintain claim continue respond speak pledge
    declare point address answer add toast salute echo press
    """.split()
)


def _comma_participle(view: DocView, w: int) -> bool:
    """``asked, looking pleased``: a participle set off by a comma describes the act."""
    return view.xpos[w] == "VBG" and w > 0 and view.form[w - 1] == ","


def _mark(view: DocView, w: int) -> str | None:
    for c in view.children(w):
        if view.deprel[c] == "mark":
            return view.lemma[c]
    return None


def _has_speaking_subject(view: DocView, verb: int) -> bool:
    """The verb has a subject of its own, or shares one through coordination (``… and
    criticized X``) or as a participle (``the mayor revised her plan, promising to …``, also
    when the parser made a comma participle a ``dep`` or ``ccomp`` of the verb)."""
    v = verb
    for _ in range(3):
        if any(view.deprel[c] in ("nsubj", "nsubj:pass") for c in view.children(v)):
            return True
        shares = (
            view.deprel[v] == "conj"
            or (view.deprel[v] in ("advcl", "xcomp") and view.xpos[v] == "VBG")
            or misattached_participle(view, v)
            or _aspectual_infinitive(view, v)
        )
        if not shares or view.head[v] < 0:
            return False
        v = view.head[v]
    return False


# Verbs whose infinitive complement is the subject's own act: "continued to question X".
_ASPECTUAL = frozenset({"continue", "begin", "start", "resume", "proceed", "go"})


def _aspectual_infinitive(view: DocView, v: int) -> bool:
    """``Trump continued to question X``: an infinitive under an aspectual verb is an act
    of that verb's subject (where ``plans to announce`` or ``was told to deny`` is not)."""
    h = view.head[v]
    return (
        h >= 0
        and view.deprel[v] == "xcomp"
        and view.lemma[h] in _ASPECTUAL
        and any(view.deprel[c] == "mark" and view.lemma[c] == "to" for c in view.children(v))
    )


def _mark_of(view: DocView, clause: int) -> str | None:
    for c in view.children(clause):
        if view.deprel[c] == "mark":
            return view.lemma[c]
        if c > clause:
            break
    return None


def _is_clause(view: DocView, w: int) -> bool:
    if view.upos[w] in ("VERB", "AUX"):
        return True
    # copular clauses: "the plan was a failure" has the noun/adjective as head
    return any(view.deprel[c] in ("cop", "nsubj", "nsubj:pass") for c in view.children(w))


def _verb_tagged_other(view: DocView, c: int) -> bool:
    """``He later condensed the notes into a letter, he said`` with ``condensed`` tagged
    as an adjective and the fronted report headed by ``He``: a fronted complement whose
    head has an object of its own is a clause all the same."""
    return any(view.deprel[k] in ("obj", "iobj") for k in view.children(c))


_NP_START = frozenset({"DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ"})


def _linear_report(view: DocView, verb: int) -> list[int] | None:
    """``…, saying it shows he would be awake.``: the parser left the speech verb without a
    complement, but what follows it to the end of the sentence is a clause.

    Only for a verb with no object, complement or subject after it (a subject pronoun the
    parser made its object, ``said he …``, ``says it's …``, opens the clause), followed
    (after an optional ``that``) by a noun phrase and then a verb, up to the sentence end.
    """
    end = view.sent_end[view.sent[verb]]
    k = verb + 1
    if k < end and view.lemma[k] == "that":
        k += 1
    if any(
        view.deprel[c]
        in ("obj", "dobj", "ccomp", "xcomp", "iobj", "csubj:pass", *SUBJECT_RELATIONS)
        and not (c == k and _opens_clause(view, c))
        for c in view.children(verb)
        if c > verb
    ):
        return None
    if k >= end or view.upos[k] not in _NP_START:
        return None
    words = trim_words(view, list(range(k, end)))
    if not any(view.upos[x] in ("VERB", "AUX") for x in words):
        return None
    if any(view.upos[x] == "PUNCT" and view.form[x] in ("“", '"', "‘") for x in words[:1]):
        return None
    return words


def _opens_clause(view: DocView, k: int) -> bool:
    """Word ``k``, which the parser made the speech verb's object, is the subject of the
    clause after it: a personal pronoun (``said he …``), or ``it`` right before a verb
    (``says it's “disastrous”``; ``said it again`` keeps its object)."""
    form = view.form[k].lower()
    if form in PERSONAL_SUBJECTS:
        return True
    nxt = k + 1
    return form == "it" and nxt < view.n_words and view.upos[nxt] in ("AUX", "VERB")


def _with_stray_subject(view: DocView, verb: int, clause: int, words: list[int]) -> list[int]:
    """``says Trump's tweets were “unhinged”``: a parser that made the report's subject the
    object of the speech verb leaves the clause subjectless; the object belongs to it.
    Likewise a noun phrase the parser hung on the verb right before a fronted report
    (``The fund “received $2 million,” the paper reported``)."""
    if not words:
        return words
    if has_subject(view, clause):
        return _with_object_taken_for_content(view, verb, clause, words)
    if clause < verb:
        for o in view.children(verb):
            if o >= clause or view.deprel[o] not in ("dep", "nsubj", "obj", "appos"):
                continue
            if view.upos[o] not in ("NOUN", "PROPN", "PRON"):
                continue
            sub = view.subtree(o)
            between = range(sub[-1] + 1, words[0])
            if sub[-1] < words[0] and all(
                view.upos[k] == "PUNCT" and view.form[k] not in (",", ";", ":") for k in between
            ):
                return trim_words(view, list(range(sub[0], words[-1] + 1)))
        return words
    for o in view.children(verb):
        if view.deprel[o] in ("obj", "dobj") and verb < o < clause:
            sub = view.subtree(o)
            if sub[-1] < words[0]:
                return trim_words(view, list(range(sub[0], words[-1] + 1)))
    return words


#: Speech verbs that never take a noun phrase object before a ``that`` clause (``say``,
#: unlike ``tell reporters that``, ``express concern that``, ``dismiss the idea that``).
_NO_OBJECT_BEFORE_THAT = frozenset({"say", "add", "insist", "argue", "claim"})


def _with_object_taken_for_content(
    view: DocView, verb: int, clause: int, words: list[int]
) -> list[int]:
    """``said the string of floods and closures demands that all of us act``: a
    verb like ``say`` has no object before its ``that`` clause (see
    ``_NO_OBJECT_BEFORE_THAT``); a noun phrase the parser hung there as its object is the
    start of what was said."""
    if (
        clause < verb
        or view.lemma[verb] not in _NO_OBJECT_BEFORE_THAT
        or _mark_of(view, clause) != "that"
    ):
        return words
    for o in view.children(verb):
        if view.deprel[o] not in ("obj", "dobj") or not verb < o < clause:
            continue
        if view.upos[o] not in ("NOUN", "PROPN"):
            continue
        sub = view.subtree(o)
        if sub[0] == verb + 1 and sub[-1] + 1 == words[0] - 1 and view.form[words[0] - 1] == "that":
            return list(range(sub[0], words[-1] + 1))
    return words


_FRONTED = frozenset({"obl", "advmod", "advcl", "nmod", "obl:tmod", "obl:npmod"})


def _with_fronted_modifiers(view: DocView, verb: int, clause: int, words: list[int]) -> list[int]:
    """``With X, “…,” he said``: a modifier of the verb fronted before its report belongs to it."""
    if not words:
        return words
    extra: list[int] = []
    for d in view.children(verb):
        if d < clause and view.deprel[d] in _FRONTED and d < words[0]:
            extra.extend(view.subtree(d))
    if not extra:
        return words
    merged = sorted(set(extra) | set(range(min(extra), words[-1] + 1)))
    return trim_words(view, merged)


def _span(view: DocView, words: Sequence[int]) -> tuple[tuple[int, int], ...]:
    return ((view.start[words[0]], view.end[words[-1]]),)


def _speech_verbs(view: DocView, lex: Lexicon) -> list[int]:
    """The words that are speech verbs (``according`` has its own rule).

    The three speech-verb rules ask the same questions of the same verbs; the answers
    are kept for the document in ``view.cache``, keyed by the lexicon.
    """
    memo = view.cache.setdefault("speech-verbs", {})
    key = id(lex.speech_verbs)
    if key not in memo:
        verbs, upos = lex.speech_verbs, view.upos
        memo[key] = [
            w
            for w, lemma in enumerate(view.lemma)
            if lemma in verbs
            and lemma != "accord"
            and upos[w] in ("VERB", "AUX")
            and not _discourse_idiom(view, w)
        ]
    return memo[key]  # type: ignore[no-any-return]


# Set phrases with a speech verb that organise the writer's text and report no one:
# the words before the verb (lowercased forms), and the word right after it, if any.
_IDIOMS_BEFORE = (
    ("goes", "without"),
    ("go", "without"),
    ("went", "without"),
    ("needless", "to"),
    ("suffice", "to"),
    ("suffice", "it", "to"),
    ("so", "to"),
    ("is", "to"),
    ("not", "to"),
    ("having",),
)
_IDIOM_VERBS = frozenset({"say", "speak", "mention"})


def _discourse_idiom(view: DocView, w: int) -> bool:
    """``It goes without saying that …``, ``Needless to say, …``, ``Having said that,
    …``, ``That said, …``, ``so to speak``, ``not to mention …``, ``it's safe to say
    …``: the writer's idiom."""
    if view.lemma[w] not in _IDIOM_VERBS:
        return False
    first = view.sent_first[view.sent[w]]
    forms = [view.form[k].lower() for k in range(max(first, w - 3), w)]
    nxt = view.form[w + 1].lower() if w + 1 < view.n_words else ""
    for before in _IDIOMS_BEFORE:
        if tuple(forms[-len(before) :]) != before:
            continue
        if before == ("having",):
            return nxt == "that"  # "Having said that, …" (not "having said he would …")
        if before == ("not", "to"):
            return view.lemma[w] == "mention"
        if before == ("is", "to"):
            return forms[-3:-2] == ["that"]  # "that is to say"
        return True
    # "it's safe to say …", "it is too soon to say …": the writer's own hedge (not
    # "voters are more likely to say …", which reports them)
    if (
        view.lemma[w] == "say"
        and forms[-1:] == ["to"]
        and w >= 2
        and view.upos[w - 2] in ("ADJ", "ADV")
        and view.head[w] == w - 2
        and any(view.form[k].lower() == "it" and k < w - 2 for k in view.children(w - 2))
    ):
        return True
    # "That said, …" / "That being said, …" opening a sentence
    opening = [view.form[k].lower() for k in range(first, w)]
    return opening in (["that"], ["that", "being"]) and nxt == ","


def _clausal_report(
    view: DocView, w: int, lex: Lexicon, min_words: int
) -> tuple[int, list[int]] | None:
    """The clause a speech verb reports (its ``ccomp``, ``csubj:pass``, ...): (head, words)."""
    memo = view.cache.setdefault("clausal-report", {})
    key = (w, min_words, id(lex))
    if key not in memo:
        memo[key] = _find_clausal_report(view, w, lex, min_words)
    return memo[key]  # type: ignore[no-any-return]


def _find_clausal_report(
    view: DocView, w: int, lex: Lexicon, min_words: int
) -> tuple[int, list[int]] | None:
    lemma = view.lemma[w]
    weak = lemma in lex.weak_speech_verbs
    kids = view.children(w)
    if (
        view.xpos[w] != "VBG"
        and not has_subject(view, w)
        and any(view.deprel[k] == "mark" and view.lemma[k] == "as" and k < w for k in kids)
    ):
        # "As noted, the talks failed": the writer's remark, whatever the parse; but
        # "quoted her as saying that …" reports
        return None
    # a complement after the verb first: "Making the rounds on TV, Jo said he …" has the
    # fronted phrase parsed as a second complement
    after_ccomp = [k for k in kids if k > w and view.deprel[k] == "ccomp"]
    before = [k for k in kids if k < w]
    for c in after_ccomp + before + [k for k in kids if k > w and k not in after_ccomp]:
        rel = view.deprel[c]
        if c < w and lemma in _NO_CLAUSE:
            continue  # "the views of the experts I spoke to": not what was spoken
        if rel not in _COMPLEMENTS and not (
            rel == "advcl"
            and c > w
            and (
                (lemma in _QUESTIONING and _mark_of(view, c) in ("whether", "if"))
                or _mark_of(view, c) == "that"
            )
        ):
            # "asked Jo if …" may come as an adverbial clause, and so may "said that
            # because they lost, …" when a second conjunction follows "that"
            continue
        if not _is_clause(view, c) and not (
            c < w and rel == "ccomp" and _verb_tagged_other(view, c)
        ):
            continue
        if _bare_attribution(view, c, lex, before=c < w):
            continue  # "… hard to foresee, most harbour pilots say, because …"
        mark = _mark_of(view, c)
        if mark in _NON_SPEECH_MARKS and lemma not in _QUESTIONING:
            continue  # "knew why …"; but "asked whether …" reports a question
        if weak and mark != "that":
            continue
        if view.deprel[c] == "dep" and view.sent[c] != view.sent[w]:
            continue
        if c > w and _speaker_taken_for_subject(view, w, c):
            continue  # "“…,” said Mr. Burr, adding …" with "Burr" as the clause's subject
        # a speech verb coordinated inside the report belongs to the writer's sentence
        # ("said it was opposed and warned …"), not to the report
        coordinated = [
            k
            for k in _coordinated_speech_verbs(view, view.sent[c], lex)
            if k > w
            and (view.head[k] == c or not has_subject(view, k))
            and _descends_from(view, k, c)
            and (_clausal_complement(view, k) or _phrase_of_its_own(view, k, lex))
        ]
        words = clause_words(view, c, exclude=(w, *coordinated), comment_nouns=lex.comment_nouns)
        words = _with_stray_subject(view, w, c, words)
        if c < w:
            words = _with_fronted_modifiers(view, w, c, words)
        else:
            words = _with_split_continuation(view, w, words)
            words = _with_second_complement(view, w, c, words)
            words = _with_shared_subject_conjunct(view, w, words, lex)
        if words and _quotation_follows(view, words[-1]):
            words = _with_quoted_continuation(view, words)
        if c > w and words:
            longer = _past_the_quotation(view, w, words, lex)
            if longer != words:
                # "said Kim “really is” keen on the deal, but wants …": the conjunct
                # after what the quotation went on with
                longer = _with_shared_subject_conjunct(view, w, longer, lex)
            words = longer
        if len(words) >= min_words:
            return c, words
    if lemma in TELLING_VERBS:
        return _relative_as_report(view, w, min_words, lex)
    if lemma in _QUESTIONING:
        return _relative_as_question(view, w, min_words)
    return None


def _speaker_taken_for_subject(view: DocView, verb: int, clause: int) -> bool:
    """``“…,” said Mr. Burr, adding …`` parsed with ``Mr. Burr`` as the subject of a clause
    ``clause`` that ``said`` reports: a verb right after a quotation's closing mark, with no
    subject of its own, whose complement starts with its subject right after the verb,
    is the quotation's inverted attribution, and reports nothing."""
    return (
        verb > 0
        and view.form[verb - 1] in CLOSING_FORMS
        and view.upos[verb - 1] == "PUNCT"
        and view.xpos[verb] in _FINITE  # not "…,” claiming he had …"
        and not has_subject(view, verb)
        and any(
            view.deprel[k] in SUBJECT_RELATIONS
            and view.upos[k] in ("PROPN", "NOUN")  # not "…,” says she warned …"
            and view.subtree(k)[0] == verb + 1
            for k in view.children(clause)
        )
    )


def _past_the_quotation(view: DocView, verb: int, words: list[int], lex: Lexicon) -> list[int]:
    """``noted that she was “rather pleased” to be meeting …``: a report that
    ends with a quotation goes on with what the parser hung from the speech verb right
    after the closing mark, up to a comma."""
    last = words[-1]
    if view.form[last] not in CLOSING_FORMS:
        if last + 1 < view.n_words and view.form[last + 1] in CLOSING_FORMS:
            last += 1
        else:
            return words
    if last + 1 >= view.n_words or view.form[last + 1] in (*ASIDE_PUNCT, ";", ":", "-"):
        return words
    more = [k for k in after_up_to_comma(view, verb, last, lex.speech_verbs) if k > last]
    if not more or min(more) != last + 1:
        return words
    return _through(view, words, max(more))


def _bare_attribution(view: DocView, c: int, lex: Lexicon, *, before: bool = False) -> bool:
    """``…, many economists say, …``: a speech verb set off by commas with its subject and
    nothing it reports is an attribution of the words around it, not a complement; so
    is ``said Jo Smith`` (the subject after the verb) parsed as a fronted complement."""
    if view.lemma[c] not in lex.speech_verbs or not has_subject(view, c):
        return False
    kids = view.children(c)
    if any(view.deprel[k] in _COMPLEMENTS or view.deprel[k] in ("obj", "iobj") for k in kids):
        return False
    if before:
        return any(view.deprel[k] in SUBJECT_RELATIONS and k > c for k in kids)
    first = min(k for k in view.subtree(c) if view.upos[k] != "PUNCT")
    return first > 0 and view.form[first - 1] == "," and view.sent[first - 1] == view.sent[c]


_RELATIVE_CLAUSES = frozenset({"acl:relcl", "advcl:relcl", "acl", "relcl"})
_WH_QUESTION = frozenset({"what", "why", "how", "when", "where", "whether", "if", "who", "which"})


def _relative_as_question(view: DocView, w: int, min_words: int) -> tuple[int, list[int]] | None:
    """``asked the mayor why the port closed``, ``Asked on TV who leads the party``: the
    parser made the question a relative clause of the noun before it. A "relative
    clause" of the verb's object or oblique that opens with a question word, right after
    the noun (no comma), is the question; with ``who`` or ``which``, which also open
    true relative clauses, only after a name or a pronoun."""
    for o in view.children(w):
        if o < w or view.deprel[o] not in ("obj", "iobj", "obl"):
            continue
        if view.lemma[o].lower() in _WH_QUESTION:
            # UD 2.13+ (and Stanza on it): "asked how X happened" has "how" as the
            # object and the question as its relative clause
            for r in view.children(o):
                if r > o and view.deprel[r] in _RELATIVE_CLAUSES:
                    words = trim_words(view, list(range(o, view.subtree(r)[-1] + 1)))
                    if len(words) >= min_words:
                        return r, words
            continue
        for r in view.children(o):
            if r < o or view.deprel[r] not in _RELATIVE_CLAUSES:
                continue
            sub = view.subtree(r)
            first = sub[0]
            if view.lemma[first].lower() not in _WH_QUESTION or view.form[first - 1] == ",":
                continue
            if view.lemma[first].lower() in ("who", "which") and view.upos[o] not in (
                "PROPN",
                "PRON",
            ):
                continue
            words = trim_words(view, [k for k in sub if k >= first], drop_that=False)
            if len(words) >= min_words:
                return r, words
    return None


def _quotation_follows(view: DocView, w: int) -> bool:
    """``said he was “becoming a liability”``: a lower-case quotation opens right after
    word ``w``, in its sentence (the report goes on in it, see
    :func:`quoteattr.detect.merge.absorb_into_reports`)."""
    k = w + 1
    end = view.sent_end[view.sent[w]]
    return (
        k + 1 < end
        and view.upos[k] == "PUNCT"
        and view.form[k] in OPENING_FORMS
        and view.form[k + 1][:1].islower()
    )


def _with_quoted_continuation(view: DocView, words: list[int]) -> list[int]:
    """``said on Sunday that he was “becoming a liability”`` where the parser hung the
    quotation elsewhere: the phrase the quotation opens (its words and what they govern)
    goes on with the report."""
    k = words[-1] + 1
    h = k + 1
    s = view.sent[h]
    for _ in range(view.sent_end[s] - view.sent_first[s]):
        up = view.head[h]
        if up < 0 or view.sent[up] != s or view.subtree(up)[0] < k:
            break
        h = up
    close = next(
        (
            x
            for x in range(k + 1, view.sent_end[s])
            if view.upos[x] == "PUNCT" and view.form[x] in CLOSING_FORMS
        ),
        None,
    )
    if close is None:
        return words
    # at least the whole quotation, to its closing mark
    end = max(view.subtree(h)[-1], close)
    return _through(view, words, end)


def _relative_as_report(
    view: DocView, w: int, min_words: int, lex: Lexicon
) -> tuple[int, list[int]] | None:
    """``told the council that her view has not changed``: the parser made the reported
    clause a relative clause of the addressee. A "relative clause" right after the
    object, with a subject of its own that is not a relative pronoun, is the report."""
    for o in view.children(w):
        if o < w or view.deprel[o] not in ("obj", "iobj"):
            continue
        for r in view.children(o):
            if r < o or view.deprel[r] != "acl:relcl":
                continue
            subjects = [k for k in view.children(r) if view.deprel[k] in SUBJECT_RELATIONS]
            # "told the crowd that helping them was hard": a non-finite "relative clause"
            # cannot have "that" as its subject, so "that" is the complementizer
            complementizer = view.xpos[r] in ("VBG", "VB") and any(
                view.lemma[k] == "that" and k == o + 1 for k in subjects
            )
            if not complementizer and (
                not subjects or any(view.xpos[k] in ("WDT", "WP") for k in subjects)
            ):
                continue
            # "told the radio her crew never met with them and said …": a speech verb
            # coordinated in it reports on its own
            own = [
                k
                for k in view.children(r)
                if view.deprel[k] == "conj" and k > r and _clausal_complement(view, k)
            ]
            words = [
                k
                for k in clause_words(view, r, exclude=own, comment_nouns=lex.comment_nouns)
                if k > o
            ]
            while words and (view.lemma[words[0]] == "that" or view.upos[words[0]] == "PUNCT"):
                words = words[1:]
            if len(words) >= min_words:
                return r, words
    return None


def _through(view: DocView, words: list[int], last: int) -> list[int]:
    """The report ``words`` run on to word ``last`` (trimmed)."""
    return trim_words(view, list(range(words[0], last + 1)), drop_that=False)


def _coordinating(view: DocView, gap: Sequence[int]) -> bool:
    """Nothing but punctuation and a coordinating conjunction between two parts."""
    return all(view.upos[x] in ("PUNCT", "CCONJ") or view.deprel[x] == "cc" for x in gap)


def _with_split_continuation(view: DocView, verb: int, words: list[int]) -> list[int]:
    """``said the port had “come a long way” in …``: the parser cut the report in
    two and hung the second half on the speech verb as ``dep``; it goes on with no comma
    between (quotation marks at most)."""
    if not words:
        return words
    for k in view.children(verb):
        if k <= words[-1] or view.deprel[k] != "dep" or view.upos[k] not in ("VERB", "AUX"):
            continue
        sub = view.subtree(k)
        between = range(words[-1] + 1, sub[0])
        if sub[0] > words[-1] and all(
            view.upos[x] == "PUNCT" and view.form[x] not in (",", ";", ":", "—", "--", ".")
            for x in between
        ):
            return _through(view, words, sub[-1])
        return words
    return words


def _with_shared_subject_conjunct(
    view: DocView, verb: int, words: list[int], lex: Lexicon
) -> list[int]:
    """``said he was the first to act and has the most experience``: a second predicate
    sharing the report's subject, which the parser coordinated with the speech verb.

    Only a conjunct right after the report, with no subject of its own, that is not
    itself a speech verb (``said … and praised …`` is a second report); or one with a
    subject of its own and quoted words (``said the team was ready, and the fans were
    “wonderful”``), which show whose words it is; or one joined by a bare ``and``/``but``
    with a noun subject (``said the team was ready and fans cheered``; after a comma, or
    with a pronoun subject, ``and she left`` is the writer's narrative).
    """
    if not words:
        return words
    for k in view.children(verb):
        if k <= words[-1] or view.deprel[k] != "conj":
            continue
        if view.lemma[k] in lex.speech_verbs:
            return words
        sub = view.subtree(k)
        if has_subject(view, k) and not _speakers_clause(view, k, sub, words[-1], lex):
            return words
        between = range(words[-1] + 1, sub[0])
        if _coordinating(view, between):
            return _through(view, words, sub[-1])
        return words
    return words


def _speakers_clause(view: DocView, k: int, sub: list[int], last: int, lex: Lexicon) -> bool:
    """Whether conjunct ``k`` (words ``sub``), a clause with a subject of its own after a
    report ending at word ``last``, is still the speaker's: it has no speech verb of its
    own (a noun such as ``comment`` is no report: ``and his comment was a joke``) and
    holds quoted words (``…, and he had access that “was like …”``), or follows a bare
    ``and``/``but`` with a noun subject (``… and fans cheered``)."""
    if any(view.lemma[x] in lex.speech_verbs and view.upos[x] in ("VERB", "AUX") for x in sub):
        return False
    if any(view.form[x] in OPENING_FORMS for x in sub):
        return True
    return (
        view.lemma[sub[0]] in ("and", "but")
        and all(view.upos[x] != "PUNCT" for x in range(last + 1, sub[0] + 1))
        and not any(
            view.deprel[x] in SUBJECT_RELATIONS and view.upos[x] == "PRON" for x in view.children(k)
        )
    )


def _coordinated_speech_verbs(view: DocView, s: int, lex: Lexicon) -> list[int]:
    """The speech verbs of sentence ``s`` that are conjuncts (memoised per document)."""
    memo = view.cache.setdefault("coordinated-speech-verbs", {})
    key = (s, id(lex.speech_verbs))
    if key not in memo:
        verbs = lex.speech_verbs
        memo[key] = [
            k for k in view.sentence_words(s) if view.deprel[k] == "conj" and view.lemma[k] in verbs
        ]
    return memo[key]  # type: ignore[no-any-return]


def _descends_from(view: DocView, k: int, ancestor: int) -> bool:
    h = view.head[k]
    for _ in range(view.sent_end[view.sent[k]] - view.sent_first[view.sent[k]]):
        if h < 0:
            return False
        if h == ancestor:
            return True
        h = view.head[h]
    return False  # a longer walk than the sentence: not a tree


def _phrase_of_its_own(view: DocView, w: int, lex: Lexicon) -> bool:
    """A telling verb with its addressee and what it urged (``warned Kim to stop``), not
    inside quoted words (``won't “close your pier” or “raise your fees”``)."""
    kids = view.children(w)
    if (w > 0 and view.form[w - 1] in OPENING_FORMS) or not _speaker_again(view, w):
        return False
    return (
        view.lemma[w] in TELLING_VERBS
        and any(view.deprel[k] in ("obj", "iobj") for k in kids)
        and any(view.deprel[k] == "xcomp" for k in kids)
    )


def _clausal_complement(view: DocView, w: int) -> bool:
    return any(view.deprel[k] in _COMPLEMENTS for k in view.children(w))


def _with_second_complement(view: DocView, verb: int, clause: int, words: list[int]) -> list[int]:
    """``said that A but that B``: a second ``that`` clause the parser coordinated with the
    speech verb (not with the first clause) is reported too; so is a participle with
    quoted words the parser made a second complement (``…, coming back to a “draw”``)."""
    if not words:
        return words
    for k in view.children(verb):
        if k <= words[-1]:
            continue
        sub = view.subtree(k)
        between = range(words[-1] + 1, sub[0])
        if view.deprel[k] == "conj" and _mark_of(view, k) == "that":
            if _coordinating(view, between):
                return _through(view, words, sub[-1])
        elif (
            view.deprel[k] == "ccomp"
            and view.xpos[k] == "VBG"
            and not has_subject(view, k)
            and all(view.form[x] == "," for x in between)
            and any(view.form[x] in OPENING_FORMS for x in sub)
        ):
            # "said Jo has been tested, coming from behind to a “dead heat”": a second
            # complement, a participle holding quoted words, goes on with the report
            return _through(view, words, sub[-1])
    return words


def _parataxis_host(view: DocView, w: int, lex: Lexicon) -> int | None:
    """``X, she said, Y``: the clause a speech verb hangs from as ``parataxis``."""
    h = view.head[w]
    if (
        h >= 0
        and view.deprel[w] in ("parataxis", "dep")
        and view.lemma[w] not in lex.weak_speech_verbs
        # "Jo told the station: “I answered the letter”": the verb inside the quotation hangs
        # from the attribution, which reports it, not the other way round
        and not (view.lemma[h] in lex.speech_verbs and view.upos[h] == "VERB" and h < w)
        and _is_clause(view, h)
        and view.sent[h] == view.sent[w]
        # "X, she said": the verb has a speaker of its own; without one ("Speaking on TV,
        # Jo said …", "…, touting the plan") it frames the writer's sentence instead
        and has_subject(view, w)
        # "…, which he described as …": a relative clause the parser left as "dep"
        and not _opens_with_relative(view, w)
    ):
        return h
    return None


_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def _opens_with_relative(view: DocView, w: int) -> bool:
    """Word ``w``'s clause opens with a relative pronoun (``which he called …``)."""
    first = next((k for k in view.subtree(w) if view.upos[k] != "PUNCT"), w)
    return first < w and view.xpos[first] in _RELATIVE_TAGS


def _subjects(view: DocView, w: int) -> list[int]:
    return [k for k in view.children(w) if view.deprel[k] in SUBJECT_RELATIONS]


def _parataxis_report(view: DocView, w: int, host: int) -> list[int]:
    """What speech verb ``w`` reports of the clause it hangs from as ``parataxis``: the
    host's words, without the verb and what hangs from it, and without

    * a clause coordinated with the host after a closed quotation and its attribution
      (``“Follow us,” she said, and the boys trailed behind``: the writer's narrative);
    * the words before the verb when the verb has its subject before it and the host's
      subject comes after (``In a call, Jo told the station, “It is time …”``, the verb
      parsed under the quotation), where ``The port, he said, will reopen`` keeps them.
    """
    closed = any(view.form[k] in CLOSING_FORMS for k in range(host, w))
    after = [k for k in view.children(host) if closed and k > w and view.deprel[k] == "conj"]
    words = trim_words(view, view.subtree(host, exclude=(w, *after)))
    if (
        host > w
        and all(k > w for k in _subjects(view, host))
        and any(k < w for k in _subjects(view, w))
    ):
        words = trim_words(view, [k for k in words if k > w])
    return words


def _report_candidate(
    view: DocView, verb: int, clause: int, words: Sequence[int], rule: str
) -> Candidate:
    """A candidate whose content is ``words``, one span per continuous run."""
    runs: list[list[int]] = []
    for x in words:
        if runs and x == runs[-1][-1] + 1:
            runs[-1].append(x)
        else:
            runs.append([x])
    trimmed = [trim_words(view, r, drop_that=False) for r in runs]
    spans = tuple((view.start[r[0]], view.end[r[-1]]) for r in trimmed if r)
    return Candidate(
        spans=spans,
        rule=rule,
        paragraph=view.paragraph_of_word(verb),
        cue=cue_words(view, verb),
        clause_head=clause,
        frame=verb,
        words=tuple(words),
    )


def _without_closing_speech_clause(
    view: DocView, verb: int, words: list[int], lex: Lexicon
) -> list[int]:
    """A clause at the end of the report that is a report of its own, whatever the parser
    hung it from; the report stops before it:

    * a speech participle after a comma, running to the end or followed by a further
      aside (``said the plan would fail, adding that …``, ``…,” referring to the
      convention, where …``), or after ``while``, ``before``, ``after``, comma or not, with
      a complement of its own (``… while adding that …``);
    * after a comma, a relative clause around a speech verb with quoted words of its own
      (``said he backs the bill, which he called “a lifeline”``), or such a conjunct whose
      subject is a pronoun, the speaker again (``said he had not read it, but called it
      “a start”``; see :func:`_speaker_again`): the quoted words are that verb's report.
    """
    pos = {k: i for i, k in enumerate(words)}
    last = max((k for k in words if view.upos[k] != "PUNCT"), default=words[-1] if words else -1)
    for i, k in enumerate(words):
        if i == 0 or k <= verb or view.lemma[k] not in lex.speech_verbs:
            continue
        sub = view.subtree(k)
        if sub[-1] < last and not (
            # "…,” referring to the convention, where …": a further aside after it
            view.xpos[k] == "VBG" and sub[-1] + 1 < view.n_words and view.form[sub[-1] + 1] == ","
        ):
            continue
        if view.xpos[k] == "VBG" and not has_subject(view, k):
            first = k
            marks = [x for x in view.children(k) if x < k and view.deprel[x] == "mark"]
            if (
                marks
                and view.lemma[marks[0]] in _TEMPORAL_MARKS
                and marks[0] + 1 == k
                and (
                    _clausal_complement(view, k)
                    or any(view.form[x] in OPENING_FORMS for x in sub if x > k)
                )
                and pos.get(marks[0], 0) > 0
            ):
                # "… while adding that …", "… before claiming that …": a report of its own
                # after a comma or not
                return trim_words(view, words[: pos[marks[0]]], drop_that=False)
        elif (
            view.deprel[k] in ("acl:relcl", "relcl")
            or (view.deprel[k] == "conj" and _speaker_again(view, k))
            or (view.deprel[k] == "dep" and _opens_with_relative(view, k))
        ) and any(view.form[x] in OPENING_FORMS for x in sub if x > k):
            first = next((x for x in sub if view.upos[x] != "PUNCT"), k)
        else:
            continue
        if first not in pos or pos[first] == 0 or not after_comma(view, first):
            continue
        return trim_words(view, words[: pos[first]], drop_that=False)
    return words


#: Conjunctions that set a speech participle beside the report: "…, while adding that …".
_TEMPORAL_MARKS = frozenset({"while", "before", "after"})


def _speaker_again(view: DocView, k: int) -> bool:
    """Conjunct ``k`` inside a report has a pronoun for its subject, its own or the one it
    shares with the clause it is coordinated with (``said he had not read it, but called
    it …``): most likely the speaker again, acting on their own; with a name
    (``said Kim walked in and told the police …``) it goes on with what was said."""
    subjects = [c for c in view.children(k) if view.deprel[c] in SUBJECT_RELATIONS]
    if not subjects and view.head[k] >= 0:
        subjects = [c for c in view.children(view.head[k]) if view.deprel[c] in SUBJECT_RELATIONS]
    return bool(subjects) and all(
        view.form[c].lower() in PERSONAL_SUBJECTS or view.form[c].lower() == "it" for c in subjects
    )


def _within_its_quotation(
    view: DocView, ctx: DetectionContext, verb: int, words: list[int]
) -> list[int]:
    """``“Kim says he is with us,” Jo said, “but …”``: a report whose speech verb is
    someone's quoted words ends where the quotation does, whatever the parser hung on it
    from beyond the closing mark."""
    start = view.start[verb]
    for region in ctx.marks.regions:
        if region.depth == 0 and region.start <= start < region.end:
            return [w for w in words if region.start <= view.start[w] < region.end]
    return words


def _has_phrase(view: DocView, w: int, lex: Lexicon, min_words: int = 2) -> bool:
    phrase = _cached_phrase(view, w, lex)
    return phrase is not None and len(phrase) >= min_words


def _cached_phrase(view: DocView, w: int, lex: Lexicon) -> list[int] | None:
    memo = view.cache.setdefault("phrase-complement", {})
    key = (w, id(lex))  # the phrase reads the whole lexicon (time, occasion, comment nouns)
    if key not in memo:
        memo[key] = _phrase_complement(view, w, view.lemma[w], lex)
    return memo[key]  # type: ignore[no-any-return]


@attrs.frozen
class SpeechVerbComplement:
    """Rule ``speech-verb``: a speech verb with a clausal complement.

    ``X said (that) ...``, ``X told Y ...``, ``..., X said`` (the report as the verb's
    ``ccomp``, or the verb as a ``parataxis`` of the report: ``X, she said, Y`` gives two
    spans), negated, modal and passive forms (``it was announced that ...``).

    Attributes:
        min_words: the shortest content accepted, in words.
    """

    min_words: int = 3
    name: str = "speech-verb"

    def __call__(self, ctx: DetectionContext) -> Sequence[Candidate]:
        view, lex = ctx.view, ctx.lexicon
        out: list[Candidate] = []
        for w in _speech_verbs(view, lex):
            report = _clausal_report(view, w, lex, self.min_words)
            if report is not None:
                words = _within_its_quotation(view, ctx, w, report[1])
                words = _without_closing_speech_clause(view, w, words, lex)
                if len(words) >= self.min_words:
                    out.append(_report_candidate(view, w, report[0], words, self.name))
                continue
            if _has_phrase(view, w, lex):
                continue  # the speech-verb-phrase rule's
            host = _parataxis_host(view, w, lex)
            if host is not None and not _host_cut_by_aside(
                view, w, host, _aside_bounds(view, w, _ASIDE_MAX_WORDS)
            ):
                words = _parataxis_report(view, w, host)
                if len(words) >= self.min_words:
                    out.append(_report_candidate(view, w, host, words, self.name))
        return out


@attrs.frozen
class SpeechVerbPhrase:
    """Rule ``speech-verb-phrase``: a speech verb whose content is a phrase, not a clause.

    ``urged voters to stay home``, ``called for a ban``, ``denied the allegations``,
    ``described the plan as reckless``; only for a verb with no clausal complement. A
    direct object is content unless the verb takes it as the addressee (``told
    reporters``), the medium (``wrote a letter``) or in another sense (``claimed
    victory``): see ``_OBJECT_NOT_CONTENT``.

    Attributes:
        min_words: the shortest content accepted, in words.
    """

    min_words: int = 2
    name: str = "speech-verb-phrase"

    def __call__(self, ctx: DetectionContext) -> Sequence[Candidate]:
        view, lex = ctx.view, ctx.lexicon
        out: list[Candidate] = []
        for w in _speech_verbs(view, lex):
            if _clausal_report(view, w, lex, 3) is not None:
                continue
            phrase = _cached_phrase(view, w, lex)
            if phrase is not None:
                phrase = _within_its_quotation(view, ctx, w, phrase)
                phrase = _without_closing_speech_clause(view, w, phrase, lex)
            if phrase is None or len(phrase) < self.min_words:
                continue
            if view.lemma[w] in lex.quotation_verbs and not any(
                view.form[k] in OPENING_FORMS or view.form[k] in CLOSING_FORMS for k in phrase
            ):
                continue  # "offered a plan", "blamed the weather": no one's words
            out.append(_report_candidate(view, w, phrase[0], phrase, self.name))
        return out


@attrs.frozen
class SpeechVerbLinear:
    """Rule ``speech-verb-linear``: ``…, saying it shows he would be awake.``

    A speech verb the parser left without any complement, followed by a clause to the
    end of the sentence (see :func:`_linear_report`).

    Attributes:
        min_words: the shortest content accepted, in words.
    """

    min_words: int = 3
    name: str = "speech-verb-linear"

    def __call__(self, ctx: DetectionContext) -> Sequence[Candidate]:
        view, lex = ctx.view, ctx.lexicon
        out: list[Candidate] = []
        for w in _speech_verbs(view, lex):
            if view.lemma[w] in lex.weak_speech_verbs:
                continue
            if _clausal_report(view, w, lex, 3) is not None:
                continue
            if _has_phrase(view, w, lex) or _parataxis_host(view, w, lex) is not None:
                continue
            if view.deprel[w] in ("amod", "compound"):
                continue  # "pledged delegates", "added security": no one speaks
            noun_says = view.deprel[w] == "acl" and view.xpos[w] == "VBG"  # "a statement saying"
            if not noun_says and not _has_speaking_subject(view, w):
                continue
            linear = _linear_report(view, w)
            if linear is not None:
                # "“We are told all the time, ‘…,’” Putin said": no further than the quotation
                linear = _within_its_quotation(view, ctx, w, linear)
            if linear is not None and len(linear) >= self.min_words:
                out.append(_report_candidate(view, w, linear[0], linear, self.name))
        return out


_ASIDE_END = frozenset({".", "!", "?", ";"})


def _aside_bounds(view: DocView, verb: int, max_words: int) -> tuple[int, int] | None:
    """The punctuation around ``, Xi said,``: the comma (or dash) before the aside and
    the one after it, which may be the sentence's final stop.

    The aside is the verb with its speaker before it (``, the minister said,``; an
    addressee may follow: ``, she told reporters,``) or after it (``, said the
    minister,``), the speaker a noun phrase of at most ``max_words`` words.
    """
    s = view.sent[verb]
    first, end = view.sent_first[s], view.sent_end[s]
    a = verb - 1
    while a >= first and view.form[a] not in ASIDE_PUNCT:
        a -= 1
    b = verb + 1
    while b < end and view.form[b] not in ASIDE_PUNCT and view.form[b] not in _ASIDE_END:
        b += 1
    if a < first or b >= end:
        return None
    pre, post = range(a + 1, verb), range(verb + 1, b)
    # "…, said Jo Okafor, a former aide.": the speaker's apposition is part of the aside
    while post and b < end and view.form[b] == ",":
        c = b + 1
        while c < end and view.form[c] not in ASIDE_PUNCT and view.form[c] not in _ASIDE_END:
            c += 1
        if not any(view.deprel[k] == "appos" and view.head[k] in post for k in range(b + 1, c)):
            break
        b = c
    if b >= end:
        return None
    if pre:
        if not noun_phrase(view, pre, max_words) or not (not post or noun_phrase(view, post, 2)):
            return None
    elif not noun_phrase(view, post, max_words):
        return None
    text = view.text
    # a comma inside or next to a quotation mark belongs to a split quotation (looking
    # within the line: the next paragraph's opening mark is no part of the aside)
    for k in (a, b):
        before = text[max(0, view.start[k] - 2) : view.start[k]].rsplit("\n", 1)[-1]
        after = text[view.start[k] : view.end[k] + 3].split("\n", 1)[0]
        if any(ch in QUOTE_CHARS for ch in before + after):
            return None
    return a, b


# the most words of the speaker's noun phrase in an aside (", the city's new mayor said,")
_ASIDE_MAX_WORDS = 6


def _host_cut_by_aside(view: DocView, verb: int, host: int, bounds: tuple[int, int] | None) -> bool:
    """``The boats the city owns, she added, are …`` with the aside (between ``bounds``,
    see :func:`_aside_bounds`) hung on a clause the parser made of the words before it:
    that clause ends at the aside while the sentence goes on after it, so it is not all
    that was reported."""
    if bounds is None or host > verb:
        return False
    b = bounds[1]
    if view.form[b] in _ASIDE_END:
        return False
    sub = [k for k in view.subtree(host, exclude=(verb,)) if view.upos[k] != "PUNCT"]
    return sub[-1] < verb and view.head[host] >= 0


@attrs.frozen
class SpeechVerbAside:
    """Rule ``speech-verb-aside``: ``The two ports, the minister said, will reopen in May.``

    A speech verb set off by commas (or dashes) with only its speaker around it, that the
    parser linked to nothing it reports (often as a modifier of the word before it), or
    only to a clause it made of the words before the aside (see
    :func:`_host_cut_by_aside`). The sentence around the aside is the report; an aside
    at the end of a sentence (``…, the minister said.``) reports what comes before it.

    Attributes:
        min_words: the shortest content accepted, in words.
        max_words: the most words of the speaker's noun phrase.
    """

    min_words: int = 4
    max_words: int = _ASIDE_MAX_WORDS
    name: str = "speech-verb-aside"

    def __call__(self, ctx: DetectionContext) -> Sequence[Candidate]:
        view, lex = ctx.view, ctx.lexicon
        out: list[Candidate] = []
        for w in _speech_verbs(view, lex):
            if view.lemma[w] in lex.weak_speech_verbs or view.xpos[w] not in _FINITE:
                continue
            if _clausal_report(view, w, lex, 3) is not None or _has_phrase(view, w, lex):
                continue
            bounds = _aside_bounds(view, w, self.max_words)
            host = _parataxis_host(view, w, lex)
            if host is not None and not _host_cut_by_aside(view, w, host, bounds):
                continue
            if bounds is None:
                continue
            a, b = bounds
            s = view.sent[w]
            words = list(range(view.sent_first[s], a))
            if view.form[b] not in _ASIDE_END:
                words += range(b + 1, view.sent_end[s])
            words = trim_words(view, words, drop_that=False)
            if len(words) < self.min_words or not any(
                view.upos[x] in ("VERB", "AUX") for x in words
            ):
                continue
            inside = set(words)
            head = next((x for x in words if view.head[x] not in inside), words[0])
            out.append(_report_candidate(view, w, head, words, self.name))
        return out


def _inverted(view: DocView, verb: int, obj: int) -> bool:
    """Whether the verb opens an inverted attribution (``“…,” said Jo``, ``…, said an
    official who …``) whose speaker the parser made its object ``obj``: a finite verb
    right after a comma or closing mark, with no subject of its own or a name after it
    (the parser takes a subject from the garbled words before)."""
    k = verb - 1
    return (
        k >= 0
        and view.sent[k] == view.sent[verb]
        and (view.form[k] == "," or view.form[k][-1] in CLOSING_CHARS)
        and view.xpos[verb] in _FINITE  # not "…, calling it a mistake"
        and not any(view.deprel[c] in ("aux", "aux:pass") for c in view.children(verb))
        and (
            not has_subject(view, verb)
            # "…, said David Axelrod, a strategist.": a name and nothing after it
            or (
                view.lemma[verb] == "say"
                and view.upos[obj] == "PROPN"
                and all(c <= obj or view.upos[c] == "PUNCT" for c in view.children(verb))
            )
        )
    )


_TEMPORAL_CASES = frozenset({"since", "during", "after", "before", "until", "throughout"})
_TEMPORAL_MARKS = frozenset({"since", "after", "before", "until", "while"})


def _when(view: DocView, c: int, lex: Lexicon) -> bool:
    """A modifier that tells when (``since the debate``, ``on Monday``, ``last week``,
    ``after touring the pier``): the time of the speech act, not part of what was said
    (the lexicon's time nouns and calendar names; ``when …`` may be what was said)."""
    if view.deprel[c] in ("obl:tmod", "nmod:tmod"):
        return True
    if view.deprel[c] == "advcl":
        # "… after meeting the mayor", "… while driving"
        return _mark(view, c) in _TEMPORAL_MARKS
    case = case_of(view, c)
    lemma = view.lemma[c]
    return case in _TEMPORAL_CASES or (
        case in ("on", "in", None) and (lemma in lex.time_nouns or lemma in lex.calendar_names)
    )


def _phrase_complement(view: DocView, verb: int, lemma: str, lex: Lexicon) -> list[int] | None:
    """``urged X to …``, ``called for …``, ``acknowledged the problem``, ``described X as Y``."""
    speech_verbs = lex.speech_verbs
    kids = view.children(verb)
    if view.deprel[verb] in ("amod", "compound"):
        return None  # "pledged delegates": an adjective
    if not _has_speaking_subject(view, verb) and lemma not in _QUESTIONING:
        # "to disclose their assets": no one is reported as saying anything; but "when
        # asked about the merger" reports a question without its asker
        return None
    if any(view.deprel[c] == "mark" and view.lemma[c] == "to" for c in kids) and not (
        _aspectual_infinitive(view, verb)
    ):
        return None
    rels = {view.deprel[c]: c for c in kids if c > verb}
    parts: list[int] = []
    obl = next(
        (
            c
            for c in kids
            if c > verb
            and lemma in _PHRASE_OBL
            and view.deprel[c] in ("obl", "nmod", "advcl")
            and (case_of(view, c) in _PHRASE_OBL[lemma] or _mark(view, c) in _PHRASE_OBL[lemma])
        ),
        None,
    )
    obj = next((c for c in kids if c > verb and view.deprel[c] in ("obj", "iobj", "dobj")), None)
    if obj is not None and _inverted(view, verb, obj):
        # "“…,” said Jo Smith, a former mayor": the parser's object is the speaker
        return None
    if "xcomp" in rels and lemma in _DIRECTIVE and not _comma_participle(view, rels["xcomp"]):
        # "urged voters to …", "called on the mayor to …": whom, then what
        if obj is not None and obj < rels["xcomp"]:
            parts.append(obj)
        elif obl is not None and obl < rels["xcomp"]:
            parts.append(obl)
        parts.append(rels["xcomp"])
    elif obl is not None:
        # "warned the city against delays", "called out Jo for …": the object goes with it
        if obj is not None and obj < obl:
            parts.append(obj)
        parts.append(obl)
        x = rels.get("xcomp")
        if x is not None and not _comma_participle(view, x):
            parts.append(x)
        else:
            # "talked about vulnerability to hackers" with "to hackers" hung on the verb:
            # a modifier right after the phrase, with no comma, goes on with it
            end = view.subtree(obl)[-1]
            for c in kids:
                if c <= end:
                    continue
                sub = view.subtree(c)
                if sub[0] != end + 1 or view.deprel[c] not in ("obl", "nmod"):
                    break
                if case_of(view, c) not in (
                    "to",
                    "of",
                    "for",
                    "on",
                    "with",
                    "against",
                    "from",
                    "as",
                ):
                    break
                parts.append(c)
                end = sub[-1]
    if not parts and lemma in _NAMING:
        # "called the plan a mistake", "calling them liars": what the speaker called it
        nominal = [c for c in kids if c > verb and view.deprel[c] in ("obj", "iobj", "dobj")]
        second = [c for c in kids if c > verb and view.deprel[c] in ("xcomp", "obj", "dobj")]
        if nominal and any(c > nominal[0] for c in second):
            parts = [nominal[0], next(c for c in second if c > nominal[0])]
    if not parts and "xcomp" in rels and lemma not in _OBJECT_NOT_CONTENT:
        x = rels["xcomp"]
        if (
            view.xpos[x] == "VBG"
            and "obj" not in rels
            and all(view.upos[k] in ("ADV", "PART") for k in range(verb + 1, x))
        ):
            # "denied taking the money", "reported spending $2 million": a gerund
            parts.append(x)
    if not parts and "obj" in rels and lemma not in _OBJECT_NOT_CONTENT:
        # the object and what the verb says of it, up to a comma ("slammed X's comments
        # about immigrants", "described X as Y"; the parser often hangs these on the verb)
        parts.append(rels["obj"])
        for c in kids:
            if c > rels["obj"] and (
                view.deprel[c] == "xcomp"
                or (
                    view.deprel[c] in ("obl", "nmod", "advcl")
                    and view.form[view.subtree(c)[0] - 1] not in (",", "—", "--", "–", ";")
                    and not _when(view, c, lex)
                    and not _occasion(view, c, lex)
                )
            ):
                parts.append(c)
    if not parts:
        return None
    words: list[int] = []
    for p in parts:
        sub = view.subtree(p)
        # "praised the raid and said she …": a speech verb coordinated inside the phrase
        # starts a report of its own
        own = [
            k for k in sub if k != p and view.deprel[k] == "conj" and view.lemma[k] in speech_verbs
        ]
        # "asked Jo to hand over the file, which would …": a relative clause set off by a
        # comma at the end of the phrase describes what was asked for; it is the writer's
        own += [
            k
            for k in sub
            if view.deprel[k] in ("acl:relcl", "relcl") and _set_off(view, k, sub[-1])
        ]
        words.extend(view.subtree(p, exclude=own) if own else sub)
    words = sorted(set(words))
    if len(parts) > 1:
        # "called for more aid for the region to rebuild": a modifier the parser hung on
        # the verb between two parts belongs to the content, unless a comma sets it off
        gap = [k for k in range(words[0], words[-1] + 1) if k not in words]
        if (
            gap
            and all(view.form[k] != "," and view.head[k] != -1 for k in gap)
            and all(_descends_from(view, k, verb) for k in gap)
        ):
            words = list(range(words[0], words[-1] + 1))
    words = _contiguous(words, parts[0])
    words = _without_closing_time(view, words, lex)
    if lemma in _NAMING:
        # "calling Jo his friend, meeting with him": what follows a comma is the writer's
        cut = next((k for k in words if k > parts[-1] and view.form[k] == ","), None)
        if cut is not None and not _list_goes_on(view, cut, words):
            words = [k for k in words if k < cut]
    words = trim_words(view, without_closing_comment(view, words, lex.comment_nouns))
    # "called for X": the content is X, without the preposition
    while words and view.deprel[words[0]] in ("case", "mark") and view.head[words[0]] in parts:
        words = words[1:]
    return words


_TEMPORAL = frozenset({"obl:tmod", "nmod:tmod", "obl:npmod", "nmod:npmod"})


def _without_closing_time(view: DocView, words: list[int], lex: Lexicon) -> list[int]:
    """``blasted Kim as a “disgrace” Wednesday``: a time after the closing quotation mark
    at the end of the phrase says when it was said, whatever the parser hung it from."""
    if len(words) < 3:
        return words
    tail = words[-1]
    for k in words:
        sub = view.subtree(k)
        if sub[-1] != tail or sub[0] <= words[0] or view.form[sub[0] - 1] not in CLOSING_FORMS:
            continue
        if view.deprel[k] in _TEMPORAL or _when(view, k, lex):
            return [w for w in words if w < sub[0] - 1] + [sub[0] - 1]
    return words


def _occasion(view: DocView, c: int, lex: Lexicon) -> bool:
    """``on Fox News``, ``in an interview``, ``at a rally``: where or through what it was
    said, the writer's setting, not what was said."""
    if case_of(view, c) not in ("on", "in", "at", "during"):
        return False
    return view.lemma[c] in lex.occasion_nouns or medium_of(view, c, lex) is not None


def _list_goes_on(view: DocView, comma: int, words: list[int]) -> bool:
    """``called her a calm, patient and fair captain``: the comma is inside a list of
    modifiers (no verb after it, a conjunction before the end), not the writer's."""
    rest = [k for k in words if k > comma]
    return (
        bool(rest)
        and view.upos[rest[0]] in ("ADJ", "NOUN", "PROPN", "DET", "ADV")
        and not any(view.upos[k] in ("VERB", "AUX") for k in rest)
        and any(view.upos[k] == "CCONJ" for k in rest)
    )


@attrs.frozen
class AccordingTo:
    """Rule ``according-to``: ``according to X, ...`` and ``..., according to X``.

    The content is the rest of the sentence (``According to X, …`` at its start or
    ``…, according to X.`` at its end), or else the clause the phrase modifies, without
    the phrase. ``X said Y, according to <medium>`` is left to the speech verb: the
    medium is that report's source.
    """

    min_words: int = 3
    name: str = "according-to"

    def __call__(self, ctx: DetectionContext) -> Sequence[Candidate]:
        view = ctx.view
        out: list[Candidate] = []
        for w, form in enumerate(view.form):
            if form not in _ACCORDING or w + 1 >= view.n_words:
                continue
            if view.form[w + 1].lower() != "to":
                continue
            s = view.sent[w]
            first, end = view.sent_first[s], view.sent_end[s]
            # the phrase: up to the next comma, semicolon or dash, or the sentence end
            last = w + 1
            while last + 1 < end and view.form[last + 1] not in (
                ",",
                ";",
                "—",
                "--",
                "–",
                "(",
                ")",
            ):
                last += 1
            while last > w + 1 and view.upos[last] == "PUNCT":
                last -= 1
            phrase = range(w, last + 1)
            x = view.head[w]
            if x not in phrase:
                nouns = [y for y in phrase if view.upos[y] in ("PROPN", "NOUN", "PRON")]
                if not nouns:
                    continue
                x = nouns[-1]
            if _bare_noun(view, x):
                continue  # "according to plan", "according to tradition": no one speaks
            before = [
                y for y in range(first, w) if view.upos[y] != "PUNCT" and view.deprel[y] != "cc"
            ]
            after = [y for y in range(last + 1, end) if view.upos[y] != "PUNCT"]
            if not before:
                words = list(range(last + 1, end))
            elif not after:
                words = list(range(first, w))
            else:
                clause = self._clause(view, x, phrase)
                if clause is None:
                    continue
                if view.lemma[clause] in ctx.lexicon.speech_verbs and any(
                    view.deprel[c] in _COMPLEMENTS for c in view.children(clause)
                ):
                    continue  # "X said Y, according to Z" mid-sentence: Z frames the report
                words = [y for y in view.subtree(clause) if y not in phrase]
                if view.lemma[after[0]] in ("who", "which", "whose", "whom"):
                    # "…, according to his supporters, who …": the relative clause
                    # describes the source, wherever the parser hung it
                    words = [y for y in words if y < w]
            words = trim_words(view, words, drop_that=False)
            if len(words) < self.min_words:
                continue
            if self._frames_speech(view, words, ctx) and medium_of(view, x, ctx.lexicon):
                continue  # "X said Y, according to <medium>": the medium is the source
            out.append(
                Candidate(
                    spans=_runs(view, words),
                    rule=self.name,
                    paragraph=view.paragraph_of_word(w),
                    cue=(w, w + 1),
                    clause_head=None,
                    frame=x,
                    words=tuple(words),
                )
            )
        return out

    @staticmethod
    def _clause(view: DocView, x: int, phrase: range) -> int | None:
        clause = view.head[x]
        if clause < 0 or clause in phrase:
            return None
        # climb the clause spine: "…, according to X" attached inside an xcomp
        while view.deprel[clause] in ("xcomp", "conj", "ccomp") and view.head[clause] >= 0:
            clause = view.head[clause]
        return clause

    @staticmethod
    def _frames_speech(view: DocView, words: list[int], ctx: DetectionContext) -> bool:
        """The content is itself a report of speech (``X said …``), so the phrase frames it."""
        for y in words:
            if view.head[y] not in words and view.lemma[y] in ctx.lexicon.speech_verbs:
                return any(view.deprel[c] in _COMPLEMENTS for c in view.children(y))
        return False


def _bare_noun(view: DocView, x: int) -> bool:
    """A singular common noun with no determiner, possessor or name: ``plan``, ``schedule``."""
    if view.upos[x] != "NOUN" or view.ner[x] not in ("O", ""):
        return False
    if view.xpos[x] in ("NNS",) or view.form[x].lower().endswith("s"):
        return False  # "according to officials", "according to analysts"
    return not any(
        view.deprel[c] in ("det", "nmod:poss", "compound", "amod", "nummod", "flat")
        for c in view.children(x)
    )


def _runs(view: DocView, words: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """Char spans of the contiguous runs of ``words`` (sorted), each trimmed."""
    runs: list[list[int]] = []
    for x in sorted(words):
        if runs and x == runs[-1][-1] + 1:
            runs[-1].append(x)
        else:
            runs.append([x])
    trimmed = [trim_words(view, r, drop_that=False) for r in runs]
    return tuple((view.start[r[0]], view.end[r[-1]]) for r in trimmed if r)


def _set_off(view: DocView, k: int, last: int) -> bool:
    """``k``'s phrase follows a comma (whichever word the parser hung the comma on) and
    runs to word ``last``."""
    sub = view.subtree(k)
    first = next((x for x in sub if view.upos[x] != "PUNCT"), k)
    return sub[-1] == last and first > 0 and view.form[first - 1] == ","


def _contiguous(words: list[int], anchor: int) -> list[int]:
    if not words:
        return words
    if anchor not in words:
        anchor = words[0]
    pos = words.index(anchor)
    lo = hi = pos
    while lo > 0 and words[lo - 1] == words[lo] - 1:
        lo -= 1
    while hi + 1 < len(words) and words[hi + 1] == words[hi] + 1:
        hi += 1
    return words[lo : hi + 1]


def _misattached_clause(view: DocView, w: int) -> tuple[int, ...]:
    """``seizing on a report that X lost``: the parser hung the noun's ``that`` clause on
    the verb the noun belongs to. The clause right after the noun is the noun's."""
    h = view.head[w]
    if h < 0 or w + 2 >= view.n_words or view.lemma[w + 1] != "that":
        return ()
    c = view.head[w + 1]
    if c <= w or view.head[c] != h or view.deprel[w + 1] != "mark":
        return ()
    return (c,)


@attrs.frozen
class SpeechNounComplement:
    """Rule ``speech-noun``: ``X's claim that ...``, ``a statement that ...``."""

    min_words: int = 3
    name: str = "speech-noun"

    def __call__(self, ctx: DetectionContext) -> Sequence[Candidate]:
        view, lex = ctx.view, ctx.lexicon
        out: list[Candidate] = []
        nouns = lex.speech_nouns
        for w, lemma in enumerate(view.lemma):
            if lemma not in nouns or view.upos[w] != "NOUN":
                continue
            for c in (*view.children(w), *_misattached_clause(view, w)):
                if view.deprel[c] not in ("acl", "ccomp", "dep") or not _is_clause(view, c):
                    continue
                if _mark_of(view, c) != "that" or not has_subject(view, c):
                    continue  # "the claim that won them over": a relative clause
                words = clause_words(view, c, comment_nouns=lex.comment_nouns)
                if len(words) >= self.min_words:
                    out.append(
                        Candidate(
                            spans=_span(view, words),
                            rule=self.name,
                            paragraph=view.paragraph_of_word(w),
                            cue=(w,),
                            clause_head=c,
                            frame=w,
                            words=tuple(words),
                        )
                    )
                    break
        return out


@attrs.frozen
class ColonBlock:
    """Rule ``colon-block``: ``In a statement, the club denied the claims:`` and then, in
    the next paragraph and without quotation marks, the words introduced.

    A paragraph that ends with a colon after a speech verb with a subject of its own
    introduces the next paragraph, when that one does not open with a quotation mark (a
    quotation is the ``quotation-marks`` rule's) or markup. The content is that
    paragraph's sentences up to the first one with an attribution of its own or opening
    with a quotation mark (``They also said …`` is the writer again).

    Attributes:
        min_words: the shortest content accepted, in words.
    """

    min_words: int = 4
    name: str = "colon-block"

    def __call__(self, ctx: DetectionContext) -> Sequence[Candidate]:
        view, lex = ctx.view, ctx.lexicon
        out: list[Candidate] = []
        text = view.text
        for p in range(len(view.par_bounds) - 1):
            lo, hi = view.par_bounds[p]
            if not text[lo:hi].rstrip().endswith(":"):
                continue
            words = view.words_in(lo, hi)
            if not words:
                continue
            s = view.sent[words[-1]]
            verb = next(
                (
                    w
                    for w in reversed(view.sentence_words(s))
                    if w in words
                    and view.upos[w] == "VERB"
                    and view.lemma[w] in lex.speech_verbs
                    and view.lemma[w] != "accord"
                    and view.deprel[w] not in ("acl", "acl:relcl", "amod")
                    and any(view.deprel[c] == "nsubj" for c in view.children(w))
                ),
                None,
            )
            if verb is None or _clausal_report(view, verb, lex, 3) is not None:
                continue
            nlo, nhi = view.par_bounds[p + 1]
            block = text[nlo:nhi].lstrip()
            if not block or block[0] in QUOTE_CHARS or block[0] == "<":
                continue
            content = _block_sentences(view, nlo, nhi, lex)
            if len([w for w in content if view.upos[w] != "PUNCT"]) < self.min_words:
                continue
            content = trim_words(view, content, drop_that=False)
            out.append(
                Candidate(
                    spans=_runs(view, content),
                    rule=self.name,
                    paragraph=p + 1,
                    cue=cue_words(view, verb),
                    clause_head=None,
                    frame=verb,
                    words=tuple(content),
                )
            )
        return out


def _block_sentences(view: DocView, lo: int, hi: int, lex: Lexicon) -> list[int]:
    """The words of the sentences of paragraph ``[lo, hi)`` up to the first sentence with a
    speech verb that has a subject, or that opens with a quotation mark."""
    out: list[int] = []
    words = view.words_in(lo, hi)
    for s in sorted({view.sent[w] for w in words}):
        sent = [w for w in view.sentence_words(s) if w in words]
        if view.form[sent[0]] in QUOTE_CHARS or any(
            view.upos[w] == "VERB" and view.lemma[w] in lex.speech_verbs and has_subject(view, w)
            for w in sent
        ):
            break
        out.extend(sent)
    return out


def _as_clause_taken_for_root(
    view: DocView, w: int, kids: Sequence[int], min_words: int
) -> list[int] | None:
    """``So, as Kim observed, the first weeks “were the hardest”``: the parser
    made the ``as`` clause's verb the root and hung the sentence after the comma on it.
    The words after the comma that ends the ``as`` clause are the report."""
    if not any(view.deprel[k] == "mark" and view.lemma[k] == "as" and k < w for k in kids):
        return None
    if not has_subject(view, w):
        return None
    k = w + 1
    while k < view.sent_end[view.sent[w]] and view.lemma[k] in ("out", "it"):
        k += 1  # "as she pointed out,", "as he put it,"
    if k >= view.sent_end[view.sent[w]] or view.form[k] != ",":
        return None
    words = trim_words(view, list(range(k + 1, view.sent_end[view.sent[w]])), drop_that=False)
    if len(words) < min_words or not any(view.upos[x] in ("VERB", "AUX") for x in words):
        return None
    return words


@attrs.frozen
class AsReported:
    """Rule ``as-reported``: ``As the Post reported, the talks failed.``, ``…, as the
    minister said``, ``As reported by Reuters, …``.

    A speech verb in an ``as`` clause with a speaker (its subject, or the agent of
    ``reported by``) attributes the clause it modifies; the content is that clause
    without the ``as`` clause. The idiom ``as one aide put it`` is such a clause too.
    When the parser made the ``as`` clause's verb the root, the words after the comma
    that closes it are the report (see :func:`_as_clause_taken_for_root`). ``As noted
    above`` (no speaker) is the writer's.

    Attributes:
        min_words: the shortest content accepted, in words.
        verbs: the reporting verbs (lemmas) of the ``as`` clause; ``as he spoke`` or ``as
            the crowd chanted`` tell when, not who says so.
    """

    min_words: int = 3
    verbs: frozenset[str] = frozenset(
        """
        report say note write tell explain reveal describe observe argue predict suggest
        claim state announce confirm indicate detail document recount recall acknowledge
        point warn stress emphasize emphasise admit concede testify insist contend disclose
        """.split()
    )
    name: str = "as-reported"

    def __call__(self, ctx: DetectionContext) -> Sequence[Candidate]:
        view, lex = ctx.view, ctx.lexicon
        out: list[Candidate] = []
        put = {w for w, lemma in enumerate(view.lemma) if lemma == "put" and put_it(view, w)}
        for w in sorted({*_speech_verbs(view, lex), *put}):
            idiom = w in put  # "as one aide put it"
            if (view.lemma[w] not in self.verbs and not idiom) or view.xpos[w] == "VBG":
                continue  # "as he was speaking": the time of the act, not its source
            kids = view.children(w)
            if view.head[w] < 0:
                root = _as_clause_taken_for_root(view, w, kids, self.min_words)
                if root is not None:
                    out.append(_report_candidate(view, w, root[0], root, self.name))
                continue
            if view.deprel[w] not in ("advcl", "parataxis", "dep"):
                continue
            if view.lemma[w] == "point" and not any(view.lemma[k] == "out" for k in kids):
                continue  # "as she pointed to the map" shows, "as she pointed out" tells
            mark = next(
                (k for k in kids if view.deprel[k] == "mark" and view.lemma[k] == "as" and k < w),
                None,
            )
            if mark is None:
                continue
            if any(view.lemma[k] in ("as", "so", "such") for k in range(max(0, mark - 3), mark)):
                continue  # "as wealthy as he claims": a comparison, not a source
            agent = any(
                view.deprel[k] in ("obl", "obl:agent", "nmod:agent") and case_of(view, k) == "by"
                for k in kids
            )
            if not (has_subject(view, w) or agent):
                continue
            if any(
                view.deprel[k] in _COMPLEMENTS or (view.deprel[k] == "obj" and not idiom)
                for k in kids
            ):
                continue  # "as she told the court that …" reports its own clause
            host = view.head[w]
            if view.sent[host] != view.sent[w] or not _is_clause(view, host):
                continue
            if view.xpos[host] in ("VBG", "VBN") and not has_subject(view, host):
                continue  # "wearing a shirt with the words …, as X said": not a report
            if _mark_of(view, host) in ("whether", "if"):
                continue  # "did not say whether he had a gun, as police said": no assertion
            k = min(view.subtree(w)) - 1
            while k >= 0 and view.form[k] in (",", "(", "—", "–"):
                k -= 1
            if (
                k >= 0
                and view.sent[k] == view.sent[w]
                and (view.xpos[k] == "''" or view.form[k][-1] in "”»")
            ):
                continue  # "the words “Never again,” as he said": the quotation's
            aside = set(view.subtree(w))
            words = [k for k in view.subtree(host) if k not in aside]
            words = trim_words(view, words, drop_that=False)
            if len([k for k in words if view.upos[k] != "PUNCT"]) < self.min_words:
                continue
            out.append(_report_candidate(view, w, host, words, self.name))
        return out
