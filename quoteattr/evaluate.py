"""Scoring quote attributions against gold attributions given as character spans.

Gold comes as ``NAME.gold.json`` (the shared-data format: ``content`` spans, ``cue``,
``speaker_mention``, ``source``, ``kind``, ``cue_lemma``) or as brat standoff ``.ann`` as
PolNeAR ships it; predictions as a :class:`~quoteattr.model.DocumentResult`, its
``to_dict()`` form, or a list of quote dicts in that form.

Definitions (every figure of :class:`Report` follows from them):

* **Trimming.** Every span is trimmed at both ends of whitespace, quotation marks and the
  punctuation ``, . ; : ! ? — – - ( ) [ ] …`` (:data:`TRIM_CHARACTERS`). A quote's
  *content* is the set of character positions of its trimmed spans.
* **Matching.** A prediction matches a gold attribution when the Jaccard index of their
  contents is at least 0.5. The assignment is one-to-one and greedy: candidate pairs are
  taken by descending Jaccard (compared exactly, as fractions); ties go to the gold
  attribution whose trimmed content comes first in the text (first offset, then last
  offset, then its position in the gold file), then to the prediction whose trimmed content
  comes first (first offset, then last offset, then its position in the input). Contents
  that trim to nothing never match.
* **Scope.** Gold attributions of kind ``direct`` and ``mixed``, plus ``indirect`` ones whose
  ``cue_lemma`` is in :data:`SPEECH_LEMMAS` (category ``indirect``); other indirect
  attributions (beliefs, endorsements, cue-less reports) are category ``indirect-other``:
  their recall is shown but they are not in F1.
* **Precision** = matched predictions / all predictions (a match with any gold attribution,
  in scope or not, counts). **Recall** per category = matched gold of that category / gold of
  that category. **F1** from precision and in-scope recall.
* **Speaker correct**: on matched in-scope pairs whose gold has a speaker mention, the
  predicted speaker mention overlaps it by at least one character after trimming (a span that
  trims to nothing, such as a colon cue, is compared untrimmed). **Cue correct**: likewise.
  **Source correct**, only in gold documents that annotate media (some attribution has a
  non-null ``source``): the predicted source mention overlaps the gold source, or both are
  null.
* **End to end**: a matched in-scope pair whose speaker, cue and (where annotated) source are
  all correct; a component the gold lacks counts as correct. End-to-end precision = such
  pairs / all predictions, recall = such pairs / in-scope gold.
* **Kind accuracy**: on all matched pairs, predicted kind == gold kind.
* **Per rule** (the prediction's ``rule``): predictions, matched, precision. **Per sieve**
  (the prediction's ``sieve``, when not null): all decisions, the decisions judged (those on
  matched in-scope pairs whose gold has a speaker mention) and how many of those name a
  correct speaker.

:class:`Report` holds raw counts, so reports of several documents add up (``a + b``,
:func:`evaluate_corpus`); every metric is a property derived from the counts. Typical use::

    from quoteattr.evaluate import evaluate, evaluate_corpus, load_gold

    report = evaluate("data/gum-news/GUM_news_afghan.gold.json", result)
    print(report.format_table())
    for miss in report.misses:
        print(miss.problem, miss.content, miss.expected, miss.found)
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any, TypeAlias

import attrs

from quoteattr.errors import GoldFormatError, InputError
from quoteattr.model import DocumentResult

__all__ = [
    "CATEGORIES",
    "IN_SCOPE",
    "SPEECH_LEMMAS",
    "TRIM_CHARACTERS",
    "GoldAttribution",
    "GoldDocument",
    "KindCounts",
    "Miss",
    "Report",
    "RuleScore",
    "Score",
    "SieveScore",
    "crude_lemma",
    "evaluate",
    "evaluate_corpus",
    "format_breakdown",
    "format_table",
    "gold_from_dict",
    "load_gold",
    "split_at_quotation_marks",
    "trim_span",
]

Interval: TypeAlias = tuple[int, int]
PathLike: TypeAlias = str | os.PathLike[str]
Predictions: TypeAlias = DocumentResult | Mapping[str, Any] | Sequence[Mapping[str, Any]]

#: Speech lemmas: an ``indirect`` gold attribution is in scope when its ``cue_lemma`` is one.
SPEECH_LEMMAS: frozenset[str] = frozenset(
    """
    say tell add accord claim state announce write note explain argue insist warn deny admit
    acknowledge ask reply respond suggest report declare confirm comment describe promise
    pledge vow urge call tweet post testify recall predict complain estimate assert contend
    maintain concede stress emphasize emphasise point reveal disclose signal indicate mention
    remark observe inform continue agree caution threaten blast slam criticize criticise
    praise accuse charge quip joke boast exclaim shout yell whisper speak talk answer demand
    propose recommend advise order instruct hint imply allege assure brag chide counter cry
    dismiss echo lament muse mutter plead proclaim protest recount reiterate retort scoff
    sneer swear tout concur conclude elaborate grumble marvel object opine
    """.split()
)

#: Gold categories, in table order; the first three are in scope.
CATEGORIES: tuple[str, ...] = ("direct", "mixed", "indirect", "indirect-other")
#: The categories that count towards recall and F1.
IN_SCOPE: frozenset[str] = frozenset({"direct", "mixed", "indirect"})

_QUOTATION_MARKS = "\"'`“”„‟«»‘’‚‛‹›〝〞〟＂＇"
#: Characters trimmed from both ends of every span (besides whitespace).
TRIM_CHARACTERS: frozenset[str] = frozenset(_QUOTATION_MARKS + ",.;:!?—–-()[]…")


def _trimmable(ch: str) -> bool:
    return ch in TRIM_CHARACTERS or ch.isspace()


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim ``text[start:end]`` at both ends of whitespace, quotation marks and punctuation.

    Returns the trimmed ``(start, end)``; ``start == end`` when nothing is left.
    """
    while start < end and _trimmable(text[start]):
        start += 1
    while end > start and _trimmable(text[end - 1]):
        end -= 1
    return start, end


def _trim_or_keep(text: str, span: Interval) -> Interval:
    """The trimmed span, or the span untrimmed when trimming leaves nothing (a colon cue)."""
    start, end = trim_span(text, span[0], span[1])
    return (start, end) if start < end else span


def _content(text: str, spans: Iterable[Interval]) -> tuple[Interval, ...]:
    """Trimmed spans, sorted and merged into disjoint intervals."""
    parts = sorted(p for p in (trim_span(text, s, e) for s, e in spans) if p[0] < p[1])
    merged: list[Interval] = []
    for s, e in parts:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return tuple(merged)


def _size(intervals: Sequence[Interval]) -> int:
    return sum(e - s for s, e in intervals)


def _intersection(a: Sequence[Interval], b: Sequence[Interval]) -> int:
    """Number of positions shared by two sorted lists of disjoint intervals."""
    i = j = total = 0
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if hi > lo:
            total += hi - lo
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    return total


def _overlap(text: str, gold: Sequence[Interval], found: Interval | None) -> bool:
    """Whether ``found`` shares a character with any of ``gold`` (both trimmed or kept)."""
    if found is None:
        return False
    fs, fe = _trim_or_keep(text, found)
    for span in gold:
        gs, ge = _trim_or_keep(text, span)
        if max(gs, fs) < min(ge, fe):
            return True
    return False


# --------------------------------------------------------------------------- gold


def _category(kind: str, cue_lemma: str | None) -> str:
    if kind == "indirect":
        if cue_lemma is not None and cue_lemma.lower() in SPEECH_LEMMAS:
            return "indirect"
        return "indirect-other"
    return kind


@attrs.frozen
class GoldAttribution:
    """One gold attribution (a quotation or report with its speaker, cue and source).

    Attributes:
        id: the identifier in the gold file (``"E4"``, ``"Q1"``, ``"A3"``).
        kind: ``"direct"``, ``"mixed"`` or ``"indirect"``.
        content: the content spans, ``(start, end)`` each, sorted.
        speaker_mention: who is quoted, as written: ``(start, end)`` or ``None``.
        cue: the cue span or ``None``.
        cue_lemma: the lemma of the cue's head (decides the scope of indirect ones), or ``None``.
        source: the medium the words came through, ``(start, end)`` or ``None``.
        speaker_fragments: the parts of a discontinuous speaker mention, else ``()``.
        cue_fragments: the parts of a discontinuous cue, else ``()``.
        speaker: the canonical speaker name where the gold gives one, else ``None``.
    """

    id: str
    kind: str
    content: tuple[Interval, ...]
    speaker_mention: Interval | None = None
    cue: Interval | None = None
    cue_lemma: str | None = None
    source: Interval | None = None
    speaker_fragments: tuple[Interval, ...] = ()
    cue_fragments: tuple[Interval, ...] = ()
    speaker: str | None = None

    @property
    def category(self) -> str:
        """``direct``, ``mixed``, ``indirect`` (a speech lemma cues it) or ``indirect-other``."""
        return _category(self.kind, self.cue_lemma)

    @property
    def in_scope(self) -> bool:
        """Whether the attribution counts towards recall and F1."""
        return self.category in IN_SCOPE

    @property
    def speaker_spans(self) -> tuple[Interval, ...]:
        """The speaker mention as parts (one part unless discontinuous); ``()`` when none."""
        if self.speaker_fragments:
            return self.speaker_fragments
        return () if self.speaker_mention is None else (self.speaker_mention,)

    @property
    def cue_spans(self) -> tuple[Interval, ...]:
        """The cue as parts (one part unless discontinuous); ``()`` when none."""
        if self.cue_fragments:
            return self.cue_fragments
        return () if self.cue is None else (self.cue,)


@attrs.frozen
class GoldDocument:
    """A document's text with its gold attributions.

    Attributes:
        doc_id: the document's name.
        text: the text every offset indexes into.
        attributions: the gold attributions, in file order.
    """

    doc_id: str
    text: str = attrs.field(repr=False)
    attributions: tuple[GoldAttribution, ...] = ()

    @property
    def annotates_source(self) -> bool:
        """Whether media are annotated here (some attribution has a non-null ``source``)."""
        return any(a.source is not None for a in self.attributions)


def load_gold(
    path: PathLike,
    *,
    text: str | None = None,
    lemmatize: Callable[[str], str | None] | None = None,
) -> GoldDocument:
    """Read a gold file: ``NAME.gold.json`` or brat standoff ``NAME.ann``.

    The text is ``text`` when given, else read from the ``.txt`` file beside the gold file
    (``NAME.txt`` for ``NAME.gold.json`` and ``NAME.ann``; for PolNeAR's layout
    ``attributions/NAME_ANNO.ann`` also ``text/NAME.txt``).

    For brat files the attributions are read as the shared-data converter reads PolNeAR: every
    event with at least one ``Content`` role (``Content``, ``Content2``, ... all kept, sorted)
    is an attribution; ``Source`` is the speaker mention and ``Cue`` the cue (a discontinuous
    one becomes its extent plus fragments); events without content are skipped; ``kind`` is
    computed from the text with the quotation-mark rule of the shared data (see
    ``quoted_mask`` in ``tools/polnear_to_conllu.py``). ``cue_lemma`` needs a parse, which brat
    lacks: ``lemmatize(cue_text)`` gives it when passed; otherwise :func:`crude_lemma` is used.

    Raises:
        GoldFormatError: the file is missing, malformed, or its offsets do not fit the text.
    """
    p = Path(path)
    if not p.is_file():
        raise GoldFormatError(f"{p}: no such gold file; give the path of a NAME.gold.json or .ann")
    if p.suffix == ".ann":
        if text is None:
            text = _read_text_beside(p, _text_candidates_for_ann(p))
        return _load_brat(p, text, lemmatize or crude_lemma)
    if p.suffix == ".json":
        if text is None:
            stem = p.name[: -len(".gold.json")] if p.name.endswith(".gold.json") else p.stem
            text = _read_text_beside(p, [p.with_name(stem + ".txt")])
        return _load_json(p, text)
    raise GoldFormatError(f"{p}: unknown gold format {p.suffix!r}; expected .json or .ann")


def _text_candidates_for_ann(p: Path) -> list[Path]:
    candidates = [p.with_suffix(".txt")]
    stem, _, _annotator = p.stem.rpartition("_")
    if stem:
        candidates += [p.with_name(stem + ".txt"), p.parent.parent / "text" / (stem + ".txt")]
    return candidates


def _read_text_beside(p: Path, candidates: Sequence[Path]) -> str:
    for candidate in candidates:
        if candidate.is_file():
            with candidate.open(encoding="utf-8", newline="") as f:
                return f.read()
    tried = ", ".join(str(c) for c in candidates)
    raise GoldFormatError(f"{p}: the document text was not found (tried {tried}); pass text=")


def _interval(value: Any, where: str, text: str) -> Interval:
    if (
        not isinstance(value, (list, tuple))
        or len(value) != 2
        or not all(isinstance(x, int) and not isinstance(x, bool) for x in value)
    ):
        raise GoldFormatError(f"{where}: expected a [start, end] pair of integers, got {value!r}")
    start, end = int(value[0]), int(value[1])
    if not 0 <= start <= end <= len(text):
        raise GoldFormatError(
            f"{where}: span [{start}, {end}] is outside the text ({len(text)} characters); "
            "is this the right text file?"
        )
    return start, end


def _optional_interval(value: Any, where: str, text: str) -> Interval | None:
    return None if value is None else _interval(value, where, text)


def _check_slice(
    att: Mapping[str, Any], key: str, spans: Sequence[Interval], text: str, where: str
) -> None:
    expected = att.get(key)
    if expected is None or not spans:
        return
    found = " ".join(text[s:e] for s, e in spans)
    if found != expected:
        raise GoldFormatError(
            f"{where}: {key} is {expected!r} but the text has {found!r} there; "
            "the gold file and the text do not belong together"
        )


def _load_json(p: Path, text: str) -> GoldDocument:
    try:
        with p.open(encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GoldFormatError(f"{p}: not readable as JSON ({e})") from e
    return gold_from_dict(data, text, name=str(p), default_id=p.name.split(".")[0])


def gold_from_dict(
    data: Any, text: str, *, name: str = "<gold>", default_id: str = "doc"
) -> GoldDocument:
    """Build a :class:`GoldDocument` from the parsed ``NAME.gold.json`` layout and its text."""
    if not isinstance(data, Mapping) or not isinstance(data.get("attributions"), list):
        raise GoldFormatError(f"{name}: expected an object with an 'attributions' list")
    raw = data["attributions"]
    atts = [a for a in raw if isinstance(a, Mapping)]
    if not any("speaker_mention" in a for a in atts) and any(a.get("source") for a in atts):
        raise GoldFormatError(
            f"{name}: attributions have 'source' but no 'speaker_mention'; this is the "
            "converters' raw output (PolNeAR's Source role): run tools/unify_gold.py on it"
        )
    mask: bytearray | None = None
    out: list[GoldAttribution] = []
    for i, att in enumerate(raw):
        where = f"{name}: attribution {i}"
        if not isinstance(att, Mapping):
            raise GoldFormatError(f"{where}: expected an object, got {type(att).__name__}")
        where = f"{name}: attribution {att.get('id', i)}"
        content_raw = att.get("content")
        if not isinstance(content_raw, list) or not content_raw:
            raise GoldFormatError(f"{where}: 'content' must be a non-empty list of [start, end]")
        content = tuple(sorted(_interval(c, where + " content", text) for c in content_raw))
        speaker = _optional_interval(att.get("speaker_mention"), where + " speaker_mention", text)
        cue = _optional_interval(att.get("cue"), where + " cue", text)
        source = _optional_interval(att.get("source"), where + " source", text)
        speaker_fr = tuple(
            _interval(x, where, text) for x in att.get("speaker_mention_fragments") or ()
        )
        cue_fr = tuple(_interval(x, where, text) for x in att.get("cue_fragments") or ())
        _check_slice(att, "content_text", content, text, where)
        _check_slice(att, "speaker_mention_text", [speaker] if speaker else [], text, where)
        _check_slice(att, "cue_text", [cue] if cue else [], text, where)
        kind = att.get("kind")
        if kind is None:
            mask = _quoted_mask(text) if mask is None else mask
            kind = _quote_kind(content, text, mask)
        if kind not in ("direct", "mixed", "indirect"):
            raise GoldFormatError(f"{where}: kind {kind!r} is not direct, mixed or indirect")
        name_value = att.get("speaker")
        lemma = att.get("cue_lemma")
        out.append(
            GoldAttribution(
                id=str(att.get("id", i)),
                kind=str(kind),
                content=content,
                speaker_mention=speaker,
                cue=cue,
                cue_lemma=None if lemma is None else str(lemma),
                source=source,
                speaker_fragments=speaker_fr,
                cue_fragments=cue_fr,
                speaker=name_value if isinstance(name_value, str) else None,
            )
        )
    doc_id = data.get("doc")
    return GoldDocument(
        doc_id=str(doc_id) if doc_id is not None else default_id, text=text, attributions=tuple(out)
    )


# --------------------------------------------------------------------------- brat

_ANN_LINE = re.compile(r"^([TEARMN#*]\d*)\t")
_ROLE_DIGITS = re.compile(r"\d+$")


def _load_brat(p: Path, text: str, lemmatize: Callable[[str], str | None]) -> GoldDocument:
    try:
        lines = p.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as e:
        raise GoldFormatError(f"{p}: not readable as UTF-8 text ({e})") from e
    textbounds: dict[str, tuple[str, list[Interval]]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for number, line in enumerate(lines, 1):
        # Lines that start with no annotation id continue the text field of a T line
        # (brat writes span text holding line breaks verbatim).
        if not _ANN_LINE.match(line):
            continue
        fields = line.split("\t")
        aid = fields[0]
        where = f"{p}, line {number}"
        try:
            if aid.startswith("T"):
                label, offsets = fields[1].split(" ", 1)
                frags = []
                for fragment in offsets.split(";"):
                    start, end = (int(x) for x in fragment.split())
                    frags.append(_interval((start, end), where, text))
                textbounds[aid] = (label, frags)
            elif aid.startswith("E"):
                pairs = [x.split(":", 1) for x in fields[1].split()]
                if any(len(r) != 2 for r in pairs):
                    raise ValueError("a role without ':'")
                events.append((aid, [(r[0], r[1]) for r in pairs]))
        except GoldFormatError:
            raise
        except (IndexError, ValueError) as e:
            raise GoldFormatError(f"{where}: malformed brat line {line!r} ({e})") from e
    mask = _quoted_mask(text)
    attributions: list[GoldAttribution] = []
    for eid, roles in events:
        parts: dict[str, list[Interval]] = {"Source": [], "Cue": [], "Content": []}
        for role, tid in roles:
            base = _ROLE_DIGITS.sub("", role)
            if base in parts:
                if tid not in textbounds:
                    raise GoldFormatError(f"{p}: event {eid} names {tid}, which is not defined")
                parts[base].extend(textbounds[tid][1])
        content = tuple(sorted(set(parts["Content"])))
        if not content:
            continue
        extents: dict[str, tuple[Interval | None, tuple[Interval, ...]]] = {}
        for role in ("Source", "Cue"):
            frags = sorted(set(parts[role]))
            if not frags:
                extents[role] = (None, ())
            else:
                extent = (frags[0][0], max(e for _, e in frags))
                extents[role] = (extent, tuple(frags) if len(frags) > 1 else ())
        cue, cue_fr = extents["Cue"]
        speaker, speaker_fr = extents["Source"]
        attributions.append(
            GoldAttribution(
                id=eid,
                kind=_quote_kind(content, text, mask),
                content=content,
                speaker_mention=speaker,
                cue=cue,
                cue_lemma=None if cue is None else lemmatize(text[cue[0] : cue[1]]),
                speaker_fragments=speaker_fr,
                cue_fragments=cue_fr,
            )
        )
    attributions.sort(key=lambda a: (a.content[0][0], _id_number(a.id)))
    stem, _, _annotator = p.stem.rpartition("_")
    return GoldDocument(doc_id=stem or p.stem, text=text, attributions=tuple(attributions))


def _id_number(aid: str) -> int:
    digits = aid[1:]
    return int(digits) if digits.isdigit() else 0


_IRREGULAR = {
    "said": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
    "swore": "swear",
    "sworn": "swear",
    "thought": "think",
    "felt": "feel",
    "knew": "know",
    "known": "know",
    "saw": "see",
    "seen": "see",
    "heard": "hear",
    "found": "find",
    "held": "hold",
    "meant": "mean",
    "made": "make",
    "gave": "give",
    "given": "give",
    "is": "be",
    "are": "be",
    "was": "be",
    "were": "be",
    "been": "be",
    "has": "have",
    "had": "have",
    "did": "do",
    "does": "do",
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _lemma_candidates(word: str) -> list[str]:
    out = [word]
    if word.endswith("ies") or word.endswith("ied"):
        out.append(word[:-3] + "y")
    if word.endswith("es") or word.endswith("ed"):
        out += [word[:-1], word[:-2]]
    elif word.endswith("s"):
        out.append(word[:-1])
    if word.endswith("ing"):
        out += [word[:-3], word[:-3] + "e"]
    for suffix in ("ed", "ing"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    return out


def _crude_word_lemma(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for candidate in _lemma_candidates(word):
        if candidate in SPEECH_LEMMAS:
            return candidate
    return word


def crude_lemma(cue_text: str) -> str | None:
    """A parse-free guess at the lemma of a cue's head, enough to decide scope.

    The cue text is lowercased and split into words; each word is lemmatised crudely (a few
    irregular verbs, then stripping ``-s -es -ies -ed -ied -ing`` with the usual spelling
    repairs, keeping a candidate only when it is a speech lemma). The result is the lemma of
    the last word that gives a speech lemma (``"according to"`` -> ``accord``,
    ``"has announced"`` -> ``announce``), else of the last word (``"believes"`` ->
    ``believes``), else ``None`` when the cue has no word (a colon).
    """
    words = _WORD.findall(cue_text.lower())
    if not words:
        return None
    lemmas = [_crude_word_lemma(w.replace("’", "'")) for w in words]
    for lemma in reversed(lemmas):
        if lemma in SPEECH_LEMMAS:
            return lemma
    return lemmas[-1]


# The quotation-mark rule of the shared data (tools/polnear_to_conllu.py), reproduced.
_DQ_OPEN = "\u201c\u201e\u00ab\u301d"
_DQ_CLOSE = "\u201d\u00bb\u301e"
_DQ_BOTH = '"\uff02\u201f'
_SQ_OPEN = "\u2018'"
_SQ_CLOSE = "\u2019'"
_SQ_OPEN_BEFORE = frozenset(' \t\u00a0([{\u2014\u2013-/"\u201c')
_SQ_CLOSE_AFTER = frozenset(' \t\u00a0.,;:!?)]}\u2014\u2013-/"\u201d')
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def _quoted_mask(text: str) -> bytearray:
    """1 where a character lies inside quotation marks (marks included), paragraph by paragraph."""
    mask = bytearray(len(text))
    paras: list[Interval] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        paras.append((pos, m.start()))
        pos = m.end()
    paras.append((pos, len(text)))

    def mark(a: int, b: int) -> None:
        mask[a:b] = b"\x01" * (b - a)

    for p0, p1 in paras:
        inside, start, last_end = False, p0, p0
        for i in range(p0, p1):
            ch = text[i]
            if ch in _DQ_OPEN:
                if not inside:
                    inside, start = True, i
            elif ch in _DQ_CLOSE:
                if inside:
                    mark(start, i + 1)
                    inside = False
                else:
                    mark(last_end, i + 1)
                last_end = i + 1
            elif ch in _DQ_BOTH:
                prev = text[i - 1] if i > p0 else " "
                nxt = text[i + 1] if i + 1 < p1 else " "
                opener_like = (prev.isspace() or prev in "([{\u2014\u2013-/") and not nxt.isspace()
                closer_like = not prev.isspace() and (nxt.isspace() or nxt in _SQ_CLOSE_AFTER)
                if inside:
                    mark(start, i + 1)
                    inside = False
                    last_end = i + 1
                elif closer_like and not opener_like:
                    mark(last_end, i + 1)
                    last_end = i + 1
                else:
                    inside, start = True, i
        if inside:
            mark(start, p1)
        i = p0
        while i < p1:
            ch = text[i]
            if (
                ch in _SQ_OPEN
                and not mask[i]
                and (i == p0 or text[i - 1] in _SQ_OPEN_BEFORE or text[i - 1].isspace())
                and i + 1 < p1
                and not text[i + 1].isspace()
            ):
                j, found = i + 2, None
                while j < p1 and j - i <= 300 and not mask[j]:
                    if (
                        text[j] in _SQ_CLOSE
                        and not text[j - 1].isspace()
                        and (j + 1 == p1 or text[j + 1] in _SQ_CLOSE_AFTER or text[j + 1].isspace())
                    ):
                        found = j
                        break
                    j += 1
                if found is not None:
                    mark(i, found + 1)
                    i = found + 1
                    continue
            i += 1
    return mask


def _quote_kind(spans: Iterable[Interval], text: str, mask: bytearray) -> str:
    """direct / mixed / indirect from the share of the content's letters and digits quoted."""
    spans = list(spans)
    chars = [i for s, e in spans for i in range(s, e) if text[i].isalnum()]
    if not chars:
        chars = [i for s, e in spans for i in range(s, e) if not text[i].isspace()]
    if not chars:
        return "indirect"
    inside = sum(mask[i] for i in chars)
    if inside == len(chars):
        return "direct"
    if inside == 0:
        return "indirect"
    return "mixed"


# --------------------------------------------------------------------------- predictions


@attrs.frozen
class _Prediction:
    index: int
    kind: str
    spans: tuple[Interval, ...]
    cue: Interval | None
    has_speaker: bool
    speaker_mention: Interval | None
    has_source: bool
    source_mention: Interval | None
    rule: str
    sieve: str | None


def _quote_dicts(predictions: Predictions) -> tuple[list[Mapping[str, Any]], str | None, Any]:
    """(quote dicts, their text or None, their doc id or None)."""
    if isinstance(predictions, DocumentResult):
        return [q.to_dict() for q in predictions.quotes], predictions.text, predictions.doc_id
    if isinstance(predictions, Mapping):
        quotes = predictions.get("quotes")
        if not isinstance(quotes, list):
            raise InputError(
                "predictions given as a dict need a 'quotes' list (DocumentResult.to_dict() form)"
            )
        text = predictions.get("text")
        return quotes, text if isinstance(text, str) else None, predictions.get("doc")
    if isinstance(predictions, Sequence) and not isinstance(predictions, (str, bytes)):
        return list(predictions), None, None
    raise InputError(
        f"predictions must be a DocumentResult, its to_dict() form or a list of quote dicts, "
        f"not {type(predictions).__name__}"
    )


def _pred_interval(value: Any, where: str, text: str) -> Interval:
    if isinstance(value, Mapping):
        value = (value.get("start"), value.get("end"))
    if (
        not isinstance(value, (list, tuple))
        or len(value) != 2
        or not all(isinstance(x, int) and not isinstance(x, bool) for x in value)
    ):
        raise InputError(f"{where}: expected [start, end] or {{'start', 'end'}}, got {value!r}")
    start, end = int(value[0]), int(value[1])
    if not 0 <= start <= end <= len(text):
        raise InputError(
            f"{where}: span [{start}, {end}] is outside the gold text ({len(text)} characters); "
            "are the predictions for this document?"
        )
    return start, end


def _mention_of(value: Any, where: str, text: str) -> tuple[bool, Interval | None]:
    if value is None:
        return False, None
    if not isinstance(value, Mapping):
        raise InputError(f"{where}: expected an object or null, got {value!r}")
    mention = value.get("mention")
    return True, None if mention is None else _pred_interval(mention, where + " mention", text)


def _predictions(predictions: Predictions, gold: GoldDocument) -> list[_Prediction]:
    quotes, pred_text, pred_doc = _quote_dicts(predictions)
    text = gold.text
    if pred_doc is not None and str(pred_doc) != gold.doc_id:
        raise InputError(
            f"predictions are for document {pred_doc!r} but the gold is {gold.doc_id!r}; "
            "pair each result with its own gold file"
        )
    out: list[_Prediction] = []
    for i, q in enumerate(quotes):
        where = f"prediction {i}"
        if not isinstance(q, Mapping):
            raise InputError(f"{where}: expected a quote dict, got {type(q).__name__}")
        raw_spans = q.get("spans")
        if not isinstance(raw_spans, list):
            raise InputError(f"{where}: 'spans' must be a list of [start, end]")
        spans = tuple(_pred_interval(s, where + " spans", text) for s in raw_spans)
        cue_raw = q.get("cue")
        cue = None if cue_raw is None else _pred_interval(cue_raw, where + " cue", text)
        has_speaker, speaker = _mention_of(q.get("speaker"), where + " speaker", text)
        has_source, source = _mention_of(q.get("source"), where + " source", text)
        if pred_text is not None and pred_text != text:
            for span in (*spans, cue, speaker, source):
                if span is not None and pred_text[span[0] : span[1]] != text[span[0] : span[1]]:
                    raise InputError(
                        f"{where}: the prediction's text differs from the gold text at "
                        f"{list(span)} ({pred_text[span[0] : span[1]]!r} vs "
                        f"{text[span[0] : span[1]]!r}); offsets must index the same text"
                    )
        sieve = q.get("sieve")
        out.append(
            _Prediction(
                index=i,
                kind=str(q.get("kind", "")),
                spans=spans,
                cue=cue,
                has_speaker=has_speaker,
                speaker_mention=speaker,
                has_source=has_source,
                source_mention=source,
                rule=str(q.get("rule") or ""),
                sieve=None if sieve is None else str(sieve),
            )
        )
    return out


# --------------------------------------------------------------------------- results


@attrs.frozen
class Score:
    """A count of correct decisions out of a total.

    Attributes:
        correct: how many were right.
        total: how many were judged.
    """

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """``correct / total``; 0.0 when nothing was judged."""
        return self.correct / self.total if self.total else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.correct + other.correct, self.total + other.total)


@attrs.frozen
class KindCounts:
    """Counts per gold category (see :data:`CATEGORIES`).

    Attributes:
        direct: ``direct`` attributions.
        mixed: ``mixed`` attributions.
        indirect: ``indirect`` attributions cued by a speech lemma.
        indirect_other: the other ``indirect`` attributions.
    """

    direct: int = 0
    mixed: int = 0
    indirect: int = 0
    indirect_other: int = 0

    def __getitem__(self, category: str) -> int:
        if category not in CATEGORIES:
            raise KeyError(f"{category!r} is not one of {CATEGORIES}")
        value: int = getattr(self, category.replace("-", "_"))
        return value

    @property
    def in_scope(self) -> int:
        """``direct + mixed + indirect``."""
        return self.direct + self.mixed + self.indirect

    def to_dict(self) -> dict[str, int]:
        return {c: self[c] for c in CATEGORIES}

    def __add__(self, other: KindCounts) -> KindCounts:
        return KindCounts(*(self[c] + other[c] for c in CATEGORIES))

    @classmethod
    def of(cls, categories: Iterable[str]) -> KindCounts:
        """Count an iterable of category names."""
        counts = dict.fromkeys(CATEGORIES, 0)
        for c in categories:
            counts[c] += 1
        return cls(*(counts[c] for c in CATEGORIES))


@attrs.frozen
class RuleScore:
    """How a detection rule did.

    Attributes:
        name: the rule's name (``"(none)"`` for predictions without one).
        predictions: quotes it found.
        matched: how many of them matched a gold attribution.
    """

    name: str
    predictions: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predictions if self.predictions else 0.0


@attrs.frozen
class SieveScore:
    """How a speaker sieve did.

    Attributes:
        name: the sieve's name.
        decisions: every prediction it decided.
        judged: its decisions on matched in-scope pairs whose gold has a speaker mention.
        correct: how many of the judged ones name a correct speaker mention.
    """

    name: str
    decisions: int = 0
    judged: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.judged if self.judged else 0.0


@attrs.frozen
class Miss:
    """One error, for inspection.

    Attributes:
        doc: the document.
        problem: ``unmatched-gold``, ``unmatched-prediction``, ``wrong-speaker``,
            ``wrong-cue``, ``wrong-source`` or ``wrong-kind``.
        category: the gold category (``None`` for an unmatched prediction).
        gold_id: the gold attribution's id (``None`` for an unmatched prediction).
        prediction: the prediction's position in the input (``None`` for unmatched gold).
        start: where the content starts in the text.
        end: where it ends.
        content: the content text (gold's, or the prediction's when unmatched), parts joined
            by one space.
        expected: what the gold has (speaker, cue or source text, or kind), where it applies.
        found: what the prediction has, where it applies.
        rule: the prediction's rule, ``None`` for unmatched gold.
        sieve: the prediction's sieve.
        jaccard: the Jaccard index of the matched pair, ``None`` when unmatched.
    """

    doc: str
    problem: str
    category: str | None
    gold_id: str | None
    prediction: int | None
    start: int
    end: int
    content: str
    expected: str | None = None
    found: str | None = None
    rule: str | None = None
    sieve: str | None = None
    jaccard: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


def _merge_named(items: Iterable[Any], cls: Any, fields: Sequence[str]) -> tuple[Any, ...]:
    sums: dict[str, list[int]] = {}
    for item in items:
        acc = sums.setdefault(item.name, [0] * len(fields))
        for k, f in enumerate(fields):
            acc[k] += getattr(item, f)
    return tuple(cls(name, *sums[name]) for name in sorted(sums))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@attrs.frozen(repr=False)
class Report:
    """Raw counts of one or more evaluated documents, with the metrics derived from them.

    Reports add up (``a + b``): counts add, metrics are recomputed. See the module docstring
    for the definitions.

    Attributes:
        documents: documents evaluated.
        predictions: predicted quotes.
        matched: matched pairs (= matched predictions = matched gold).
        gold: gold attributions per category.
        gold_matched: matched gold attributions per category.
        kind: matched pairs whose predicted kind equals the gold kind, out of matched pairs.
        speaker: correct speaker mentions on matched in-scope pairs whose gold has one.
        cue: correct cues on matched in-scope pairs whose gold has one.
        source: correct sources on matched in-scope pairs of documents that annotate media.
        end_to_end: matched in-scope pairs with every applicable component correct.
        rules: per detection rule, sorted by name.
        sieves: per speaker sieve, sorted by name.
        misses: every error, for inspection (not compared by ``==``).
    """

    documents: int = 0
    predictions: int = 0
    matched: int = 0
    gold: KindCounts = KindCounts()
    gold_matched: KindCounts = KindCounts()
    kind: Score = Score()
    speaker: Score = Score()
    cue: Score = Score()
    source: Score = Score()
    end_to_end: int = 0
    rules: tuple[RuleScore, ...] = ()
    sieves: tuple[SieveScore, ...] = ()
    misses: tuple[Miss, ...] = attrs.field(default=(), eq=False)

    def __add__(self, other: Report) -> Report:
        return Report(
            documents=self.documents + other.documents,
            predictions=self.predictions + other.predictions,
            matched=self.matched + other.matched,
            gold=self.gold + other.gold,
            gold_matched=self.gold_matched + other.gold_matched,
            kind=self.kind + other.kind,
            speaker=self.speaker + other.speaker,
            cue=self.cue + other.cue,
            source=self.source + other.source,
            end_to_end=self.end_to_end + other.end_to_end,
            rules=_merge_named((*self.rules, *other.rules), RuleScore, ("predictions", "matched")),
            sieves=_merge_named(
                (*self.sieves, *other.sieves), SieveScore, ("decisions", "judged", "correct")
            ),
            misses=self.misses + other.misses,
        )

    def __repr__(self) -> str:
        return (
            f"<Report documents={self.documents} predictions={self.predictions} "
            f"P={self.precision:.3f} R={self.recall_in_scope:.3f} F1={self.f1:.3f} "
            f"e2e F1={self.e2e_f1:.3f}>"
        )

    @property
    def precision(self) -> float:
        """Matched predictions / all predictions (0.0 without predictions)."""
        return self.matched / self.predictions if self.predictions else 0.0

    def recall(self, category: str) -> float:
        """Matched gold / gold of one category (``direct``, ``mixed``, ``indirect``,
        ``indirect-other``) or of ``in-scope``; 0.0 when there is none."""
        if category == "in-scope":
            total, hits = self.gold.in_scope, self.gold_matched.in_scope
        else:
            total, hits = self.gold[category], self.gold_matched[category]
        return hits / total if total else 0.0

    @property
    def recall_in_scope(self) -> float:
        """Matched in-scope gold / in-scope gold."""
        return self.recall("in-scope")

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and in-scope recall."""
        return _f1(self.precision, self.recall_in_scope)

    @property
    def e2e_precision(self) -> float:
        """End-to-end correct pairs / all predictions."""
        return self.end_to_end / self.predictions if self.predictions else 0.0

    @property
    def e2e_recall(self) -> float:
        """End-to-end correct pairs / in-scope gold."""
        return self.end_to_end / self.gold.in_scope if self.gold.in_scope else 0.0

    @property
    def e2e_f1(self) -> float:
        return _f1(self.e2e_precision, self.e2e_recall)

    def to_dict(self) -> dict[str, Any]:
        """Counts and metrics, JSON-ready (misses are left out: see :attr:`misses`)."""

        def score(s: Score) -> dict[str, Any]:
            return {"correct": s.correct, "total": s.total, "accuracy": s.value}

        return {
            "documents": self.documents,
            "predictions": self.predictions,
            "matched": self.matched,
            "precision": self.precision,
            "recall": {c: self.recall(c) for c in (*CATEGORIES, "in-scope")},
            "f1": self.f1,
            "gold": self.gold.to_dict(),
            "gold_matched": self.gold_matched.to_dict(),
            "kind": score(self.kind),
            "speaker": score(self.speaker),
            "cue": score(self.cue),
            "source": score(self.source),
            "end_to_end": {
                "correct": self.end_to_end,
                "precision": self.e2e_precision,
                "recall": self.e2e_recall,
                "f1": self.e2e_f1,
            },
            "rules": {
                r.name: {
                    "predictions": r.predictions,
                    "matched": r.matched,
                    "precision": r.precision,
                }
                for r in self.rules
            },
            "sieves": {
                s.name: {
                    "decisions": s.decisions,
                    "judged": s.judged,
                    "correct": s.correct,
                    "precision": s.precision,
                }
                for s in self.sieves
            },
            "misses": len(self.misses),
        }

    def format_table(self, label: str = "all") -> str:
        """The summary row and the per-rule / per-sieve breakdown as plain-text tables."""
        return format_table([(label, self)]) + "\n\n" + format_breakdown([(label, self)])


# --------------------------------------------------------------------------- scoring


def _as_gold(gold: GoldDocument | PathLike) -> GoldDocument:
    if isinstance(gold, GoldDocument):
        return gold
    if isinstance(gold, (str, os.PathLike)):
        return load_gold(gold)
    raise InputError(f"gold must be a GoldDocument or a path, not {type(gold).__name__}")


def _match(
    gold: Sequence[tuple[Interval, ...]], preds: Sequence[tuple[Interval, ...]]
) -> dict[int, tuple[int, Fraction]]:
    """Greedy one-to-one matching: prediction index -> (gold index, Jaccard)."""

    def order(contents: Sequence[tuple[Interval, ...]]) -> list[int]:
        rank = sorted(
            (i for i in range(len(contents)) if contents[i]),
            key=lambda i: (contents[i][0][0], contents[i][-1][1], i),
        )
        out = [0] * len(contents)
        for r, i in enumerate(rank):
            out[i] = r
        return out

    gold_rank, pred_rank = order(gold), order(preds)
    candidates: list[tuple[Fraction, int, int]] = []
    for gi, g in enumerate(gold):
        if not g:
            continue
        g_size = _size(g)
        for pi, p in enumerate(preds):
            if not p or p[-1][1] <= g[0][0] or g[-1][1] <= p[0][0]:
                continue
            inter = _intersection(g, p)
            union = g_size + _size(p) - inter
            if inter and 2 * inter >= union:
                candidates.append((Fraction(inter, union), gi, pi))
    candidates.sort(key=lambda c: (-c[0], gold_rank[c[1]], pred_rank[c[2]]))
    taken_gold: set[int] = set()
    pairs: dict[int, tuple[int, Fraction]] = {}
    for jac, gi, pi in candidates:
        if gi in taken_gold or pi in pairs:
            continue
        taken_gold.add(gi)
        pairs[pi] = (gi, jac)
    return pairs


def _slice(text: str, span: Interval | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def _slices(text: str, spans: Sequence[Interval]) -> str:
    return " ".join(text[s:e] for s, e in spans)


def evaluate(gold: GoldDocument | PathLike, predictions: Predictions) -> Report:
    """Score one document's predictions against its gold attributions.

    Args:
        gold: a :class:`GoldDocument` or the path of a gold file (see :func:`load_gold`).
        predictions: a :class:`~quoteattr.model.DocumentResult`, its ``to_dict()`` form, or a
            list of quote dicts in that form (``spans``, ``kind``, ``cue``, ``speaker``,
            ``source``, ``rule``, ``sieve``).

    Raises:
        InputError: predictions of the wrong shape, for another document, or with offsets
            outside (or text differing from) the gold text.
        GoldFormatError: the gold file cannot be read.
    """
    doc = _as_gold(gold)
    text = doc.text
    preds = _predictions(predictions, doc)
    golds = doc.attributions
    gold_contents = [_content(text, g.content) for g in golds]
    pred_contents = [_content(text, p.spans) for p in preds]
    pairs = _match(gold_contents, pred_contents)
    annotates_source = doc.annotates_source
    name = doc.doc_id
    misses: list[Miss] = []

    def miss(problem: str, g: GoldAttribution, p: _Prediction, **kw: Any) -> Miss:
        return Miss(
            doc=name,
            problem=problem,
            category=g.category,
            gold_id=g.id,
            prediction=p.index,
            start=g.content[0][0],
            end=g.content[-1][1],
            content=_slices(text, g.content),
            rule=p.rule,
            sieve=p.sieve,
            **kw,
        )

    kind = speaker = cue = source = Score()
    end_to_end = 0
    matched_gold: dict[int, int] = {gi: pi for pi, (gi, _) in pairs.items()}
    sieve_counts: dict[str, list[int]] = {}
    for p in preds:
        if p.sieve is not None:
            sieve_counts.setdefault(p.sieve, [0, 0, 0])[0] += 1
    for pi in sorted(pairs, key=lambda k: pairs[k][0]):
        gi, jac = pairs[pi]
        g, p = golds[gi], preds[pi]
        jaccard = float(jac)
        kind_ok = p.kind == g.kind
        kind += Score(int(kind_ok), 1)
        if not kind_ok:
            misses.append(miss("wrong-kind", g, p, expected=g.kind, found=p.kind, jaccard=jaccard))
        if not g.in_scope:
            continue
        ok = True
        if g.speaker_spans:
            good = _overlap(text, g.speaker_spans, p.speaker_mention)
            speaker += Score(int(good), 1)
            if p.sieve is not None:
                counts = sieve_counts[p.sieve]
                counts[1] += 1
                counts[2] += int(good)
            if not good:
                ok = False
                misses.append(
                    miss(
                        "wrong-speaker",
                        g,
                        p,
                        expected=_slices(text, g.speaker_spans),
                        found=_slice(text, p.speaker_mention),
                        jaccard=jaccard,
                    )
                )
        if g.cue_spans:
            good = _overlap(text, g.cue_spans, p.cue)
            cue += Score(int(good), 1)
            if not good:
                ok = False
                misses.append(
                    miss(
                        "wrong-cue",
                        g,
                        p,
                        expected=_slices(text, g.cue_spans),
                        found=_slice(text, p.cue),
                        jaccard=jaccard,
                    )
                )
        if annotates_source:
            if g.source is None:
                good = not p.has_source
            else:
                good = _overlap(text, (g.source,), p.source_mention)
            source += Score(int(good), 1)
            if not good:
                ok = False
                misses.append(
                    miss(
                        "wrong-source",
                        g,
                        p,
                        expected=_slice(text, g.source),
                        found=_slice(text, p.source_mention) if p.has_source else None,
                        jaccard=jaccard,
                    )
                )
        end_to_end += int(ok)
    for gi, g in enumerate(golds):
        if gi not in matched_gold:
            misses.append(
                Miss(
                    doc=name,
                    problem="unmatched-gold",
                    category=g.category,
                    gold_id=g.id,
                    prediction=None,
                    start=g.content[0][0],
                    end=g.content[-1][1],
                    content=_slices(text, g.content),
                    expected=_slices(text, g.speaker_spans) if g.speaker_spans else None,
                )
            )
    for p in preds:
        if p.index not in pairs:
            misses.append(
                Miss(
                    doc=name,
                    problem="unmatched-prediction",
                    category=None,
                    gold_id=None,
                    prediction=p.index,
                    start=p.spans[0][0] if p.spans else 0,
                    end=p.spans[-1][1] if p.spans else 0,
                    content=_slices(text, p.spans),
                    found=_slice(text, p.speaker_mention),
                    rule=p.rule,
                    sieve=p.sieve,
                )
            )
    misses.sort(key=lambda m: (m.start, m.end, m.problem))
    rule_counts: dict[str, list[int]] = {}
    for p in preds:
        counts = rule_counts.setdefault(p.rule or "(none)", [0, 0])
        counts[0] += 1
        counts[1] += int(p.index in pairs)
    return Report(
        documents=1,
        predictions=len(preds),
        matched=len(pairs),
        gold=KindCounts.of(g.category for g in golds),
        gold_matched=KindCounts.of(golds[gi].category for gi in matched_gold),
        kind=kind,
        speaker=speaker,
        cue=cue,
        source=source,
        end_to_end=end_to_end,
        rules=tuple(RuleScore(n, *rule_counts[n]) for n in sorted(rule_counts)),
        sieves=tuple(SieveScore(n, *sieve_counts[n]) for n in sorted(sieve_counts)),
        misses=tuple(misses),
    )


def evaluate_corpus(pairs: Iterable[tuple[GoldDocument | PathLike, Predictions]]) -> Report:
    """Score many documents and sum their reports: ``pairs`` yields ``(gold, predictions)``."""
    return functools.reduce(lambda acc, pair: acc + evaluate(pair[0], pair[1]), pairs, Report())


def split_at_quotation_marks(predictions: Predictions) -> list[dict[str, Any]]:
    """Predictions in the segmentation of corpora where every stretch inside quotation
    marks is a quotation of its own (GUM): for comparing with such gold, not a metric.

    quoteattr follows PolNeAR and this library's definition: a split quote
    (``“…,” she said, “…”``) is one quote with two spans, and quoted words inside a
    report belong to one mixed quote. GUM annotates each quoted stretch separately. Here
    a direct quote becomes one direct prediction per span, and each quoted part of a
    mixed quote (``Quote.quoted``) is added as a direct prediction; every piece keeps the
    quote's cue, speaker and source. Indirect and mixed quotes are kept as they are.

    Args:
        predictions: as for :func:`evaluate`.

    Returns:
        Quote dicts, in text order.
    """
    quotes, _, _ = _quote_dicts(predictions)
    out: list[dict[str, Any]] = []
    for q in quotes:
        kind = q.get("kind")
        spans = list(q.get("spans") or ())
        if kind == "direct" and len(spans) > 1:
            out.extend({**q, "spans": [span]} for span in spans)
            continue
        out.append(dict(q))
        if kind == "mixed":
            out.extend({**q, "kind": "direct", "spans": [part]} for part in q.get("quoted") or ())
    out.sort(key=lambda q: tuple(q["spans"][0]) if q.get("spans") else (0, 0))
    return out


# --------------------------------------------------------------------------- tables

_Label: TypeAlias = str | Sequence[str]


def _labels(label: _Label) -> tuple[str, ...]:
    return (label,) if isinstance(label, str) else tuple(label)


def _render(headers: Sequence[str], rows: Sequence[Sequence[str]], left: int) -> str:
    widths = [max(len(r[k]) for r in (headers, *rows)) for k in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(widths[k]) if k < left else c.rjust(widths[k]) for k, c in enumerate(cells)
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def _fmt(value: float, defined: bool) -> str:
    return f"{value:.3f}" if defined else "—"


def format_table(
    rows: Iterable[tuple[_Label, Report]], *, label_headers: Sequence[str] = ("system",)
) -> str:
    """One line per report: documents, predictions, in-scope gold, precision, recall per
    category, F1, kind/speaker/cue/source accuracy and end-to-end P/R/F1. A label may be a string or a tuple of strings (one per
    ``label_headers`` column); ``—`` marks a figure with nothing to measure."""
    headers = [
        *label_headers,
        "docs",
        "pred",
        "in-scope",
        "P",
        "R dir",
        "R mix",
        "R ind",
        "R oth",
        "F1",
        "kind",
        "speaker",
        "cue",
        "source",
        "e2e P",
        "e2e R",
        "e2e F1",
    ]
    body: list[list[str]] = []
    for label, r in rows:
        cells = list(_labels(label))
        cells += [""] * (len(label_headers) - len(cells))
        has_pred, has_gold = r.predictions > 0, r.gold.in_scope > 0
        cells += [
            str(r.documents),
            str(r.predictions),
            str(r.gold.in_scope),
            _fmt(r.precision, has_pred),
            *(_fmt(r.recall(c), r.gold[c] > 0) for c in CATEGORIES),
            _fmt(r.f1, has_pred or has_gold),
            _fmt(r.kind.value, r.kind.total > 0),
            _fmt(r.speaker.value, r.speaker.total > 0),
            _fmt(r.cue.value, r.cue.total > 0),
            _fmt(r.source.value, r.source.total > 0),
            _fmt(r.e2e_precision, has_pred),
            _fmt(r.e2e_recall, has_gold),
            _fmt(r.e2e_f1, has_pred or has_gold),
        ]
        body.append(cells)
    return _render(headers, body, len(label_headers))


def format_breakdown(
    rows: Iterable[tuple[_Label, Report]], *, label_headers: Sequence[str] = ("system",)
) -> str:
    """Per detection rule (predictions, matched, precision) and per speaker sieve
    (decisions, judged, precision of the judged), one line each."""
    headers = [*label_headers, "by", "name", "decisions", "judged", "correct", "precision"]
    body: list[list[str]] = []
    for label, r in rows:
        cells = list(_labels(label))
        cells += [""] * (len(label_headers) - len(cells))
        for rule in r.rules:
            body.append(
                [
                    *cells,
                    "rule",
                    rule.name,
                    str(rule.predictions),
                    str(rule.predictions),
                    str(rule.matched),
                    _fmt(rule.precision, rule.predictions > 0),
                ]
            )
        for sieve in r.sieves:
            body.append(
                [
                    *cells,
                    "sieve",
                    sieve.name,
                    str(sieve.decisions),
                    str(sieve.judged),
                    str(sieve.correct),
                    _fmt(sieve.precision, sieve.judged > 0),
                ]
            )
    return _render(headers, body, len(label_headers) + 2)
