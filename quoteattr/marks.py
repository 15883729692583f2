"""Quotation marks: scanning with ``regex``, telling apostrophes apart, pairing.

Styles handled: straight ``"…"``, curly ``“…”``, single ``‘…’`` and ``'…'``, guillemets
``«…»`` and ``»…«`` (and single ``‹…›``), low-high ``„…“`` and ``‚…‘``, typewriter
``''…''`` (doubled apostrophes as both marks) and PTB ``` ``…'' ```.

Pairing works paragraph by paragraph with a stack, so marks never pair across a
paragraph break (detection also treats a line that ends a sentence or a quotation as a
paragraph: :func:`split_lines`). What cannot be paired is repaired, never raised:

* an opening double mark left open at the end of its paragraph runs to the paragraph
  end (``unclosed``); when the next paragraph opens with a new opening mark, the two
  are one multi-paragraph quotation (the journalistic convention);
* a closing double mark with no opening one runs back to the paragraph start or the
  end of the previous quotation in the paragraph (``repaired``);
* single marks pair only inside one paragraph, at most :data:`MAX_SINGLE_SPAN`
  characters apart, opening before a word and closing after one; an unpaired single
  mark is an apostrophe.

Marks inside an HTML or XML tag left in the text (``<tweet id="123">``) are markup,
not quotation marks, and are skipped.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

__all__ = [
    "MAX_SINGLE_SPAN",
    "Mark",
    "MarkScan",
    "QuoteRun",
    "Region",
    "quoted_mask",
    "scan",
    "split_lines",
    "text_paragraphs",
]

#: The longest stretch (in characters) a pair of single quotation marks may enclose.
MAX_SINGLE_SPAN = 300

_MARK_RE = regex.compile(r"``|''|[\"“”„‟«»‹›‘’‚‛'`]")
_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n")
# an HTML/XML tag left in the text (``<tweet tweet-id="123">``): its attribute values are
# markup, not quotations
_MARKUP_TAG = regex.compile(
    r"""</?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s"'<>]+))?)*\s*/?>"""
)
_OPEN_CONTEXT = set("([{<—–-/") | set("\"“”„‟«»‹›‘’‚‛'`")
_CLOSE_CONTEXT = set(".,;:!?)]}>—–-…/") | set("\"“”„‟«»‹›‘’‚‛'`")

# Inherent direction of each mark: "open", "close" or "either".
_DIRECTION = {
    '"': "either",
    "''": "either",
    "``": "open",
    "“": "open",
    "”": "close",
    "„": "open",
    "‟": "open",
    "«": "open",
    "»": "close",
    "‹": "open",
    "›": "close",
    "‘": "open",
    "’": "close",
    "‚": "open",
    "‛": "open",
    "'": "either",
    "`": "open",
}
_FAMILY = {
    '"': "double",
    "''": "double",
    "``": "double",
    "“": "double",
    "”": "double",
    "„": "double",
    "‟": "double",
    "«": "double",
    "»": "double",
    "‹": "single",
    "›": "single",
    "‘": "single",
    "’": "single",
    "‚": "single",
    "‛": "single",
    "'": "single",
    "`": "single",
}
# Which closing marks an opening mark accepts.
_CLOSERS = {
    '"': {'"', "”", "“"},
    "''": {"''", "”", '"'},
    "``": {"''", "”", '"'},
    "“": {"”", "“", '"'},
    "”": {"”", '"'},
    "„": {"“", "”", '"'},
    "‟": {"”", "“", '"'},
    "«": {"»"},
    "»": {"«"},
    "‹": {"›"},
    "›": {"‹"},
    "‘": {"’", "'"},
    "’": {"’"},
    "‚": {"‘", "’"},
    "‛": {"’", "'"},
    "'": {"'", "’"},
    "`": {"'", "’"},
}


@attrs.frozen
class Mark:
    """One quotation mark: its char offsets and its characters."""

    start: int
    end: int
    char: str

    @property
    def family(self) -> str:
        return _FAMILY[self.char]


@attrs.frozen
class Region:
    """A stretch enclosed by quotation marks, inside one paragraph.

    Attributes:
        start: first character inside the marks.
        end: offset after the last character inside the marks.
        opening: the opening mark, or ``None`` when repaired from an orphan closing mark.
        closing: the closing mark, or ``None`` when left open at the paragraph end.
        paragraph: index of the paragraph.
        depth: 0 for an outermost quotation, 1 for a quote inside it, ...
        repaired: the marks were unbalanced and this region was paired by repair.
    """

    start: int
    end: int
    opening: Mark | None
    closing: Mark | None
    paragraph: int
    depth: int = 0
    repaired: bool = False

    @property
    def family(self) -> str:
        mark = self.opening or self.closing
        return "double" if mark is None else mark.family

    @property
    def outer_start(self) -> int:
        return self.start if self.opening is None else self.opening.start

    @property
    def outer_end(self) -> int:
        return self.end if self.closing is None else self.closing.end


@attrs.frozen
class QuoteRun:
    """An outermost quotation: one region, or several for a multi-paragraph quote."""

    regions: tuple[Region, ...]

    @property
    def start(self) -> int:
        return self.regions[0].start

    @property
    def end(self) -> int:
        return self.regions[-1].end

    @property
    def repaired(self) -> bool:
        return any(r.repaired for r in self.regions)


@attrs.frozen
class MarkScan:
    """The result of :func:`scan`.

    Attributes:
        regions: every paired region, outermost and nested, in text order.
        runs: the outermost quotations (multi-paragraph ones merged), in text order.
        apostrophes: offsets of single marks judged to be apostrophes.
    """

    regions: tuple[Region, ...]
    runs: tuple[QuoteRun, ...]
    apostrophes: tuple[int, ...]


def text_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph char ranges: split at blank lines when the text has any, else at line breaks."""
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else regex.compile(r"\n")
    bounds: list[tuple[int, int]] = []
    pos = 0
    for m in splitter.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    return bounds


_LINE_END = regex.compile(r"""[.!?:”"’'»)\]…][^\S\n]*\n""")


def split_lines(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs further split at line breaks that end a sentence or a quotation.

    Some texts mark paragraphs with one line break and keep blank lines for larger
    breaks; a line that ends with ``.``, ``?``, ``”`` ... is then a paragraph of its own
    for pairing quotation marks. A hard-wrapped line (ending mid-sentence) is not split.
    """
    out: list[tuple[int, int]] = []
    for lo, hi in paragraphs:
        start = lo
        for m in _LINE_END.finditer(text, lo, hi):
            if text[m.end() : hi].strip():
                out.append((start, m.end() - 1))
                start = m.end()
        out.append((start, hi))
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _contexts(text: str, m: Mark, lo: int, hi: int) -> tuple[bool, bool]:
    """(can open, can close) from the characters around the mark (flanking, as in CommonMark)."""
    prev = text[m.start - 1] if m.start > lo else " "
    nxt = text[m.end] if m.end < hi else " "
    prev_space = prev.isspace() or prev in _OPEN_CONTEXT
    next_space = nxt.isspace() or nxt in _CLOSE_CONTEXT
    can_open = not nxt.isspace() and (prev_space or not _is_word(prev)) and m.end < hi
    can_close = not prev.isspace() and (next_space or not _is_word(nxt)) and m.start > lo
    return can_open, can_close


def _is_apostrophe(text: str, m: Mark, lo: int, hi: int) -> bool:
    """Single marks that cannot be quotation marks: ``don’t``, ``’90s``, ``rock ’n’ roll``."""
    if m.family != "single" or m.char in "‘‚‛‹›`":
        return False
    prev = text[m.start - 1] if m.start > lo else " "
    nxt = text[m.end] if m.end < hi else " "
    if _is_word(prev) and _is_word(nxt):
        return True  # inside a word: don't, Russia’s, O'Brien
    if m.char == "’" and not _is_word(prev) and nxt.isdigit():
        return True  # ’90s
    if text[m.start : m.start + 3] in ("’n’", "'n'") or text[max(lo, m.start - 2) : m.end] in (
        "’n’",
        "'n'",
    ):
        return True  # rock ’n’ roll
    return m.char == "’" and not _is_word(prev) and _is_word(nxt)  # ’tis, ’em


def scan(text: str, paragraphs: Sequence[tuple[int, int]] | None = None) -> MarkScan:
    """Find and pair the quotation marks of ``text``.

    Args:
        text: the document text.
        paragraphs: char ranges of the paragraphs, in order; by default
            :func:`text_paragraphs`.
    """
    if paragraphs is None:
        paragraphs = text_paragraphs(text)
    regions: list[Region] = []
    apostrophes: list[int] = []
    for p, (lo, hi) in enumerate(paragraphs):
        if lo >= hi:
            continue
        marks = [Mark(mm.start(), mm.end(), mm.group()) for mm in _MARK_RE.finditer(text, lo, hi)]
        if marks and "<" in text[lo:hi]:
            tags = [(t.start(), t.end()) for t in _MARKUP_TAG.finditer(text, lo, hi)]
            marks = [m for m in marks if not any(s <= m.start < e for s, e in tags)]
        if marks:
            regions.extend(_pair_paragraph(text, marks, p, lo, hi, apostrophes))
    regions.sort(key=lambda r: (r.outer_start, -r.outer_end))
    regions = _set_depths(regions)
    runs = _merge_runs(text, regions, paragraphs)
    return MarkScan(tuple(regions), tuple(runs), tuple(apostrophes))


def _pair_paragraph(
    text: str, marks: list[Mark], p: int, lo: int, hi: int, apostrophes: list[int]
) -> list[Region]:
    out: list[Region] = []
    stack: list[Mark] = []
    last_top_end = lo  # end of the last outermost region closed in this paragraph
    for k, m in enumerate(marks):
        if _is_apostrophe(text, m, lo, hi):
            apostrophes.append(m.start)
            continue
        can_open, can_close = _contexts(text, m, lo, hi)
        direction = _DIRECTION[m.char]
        opener = _find_opener(stack, m)
        role: str
        if direction == "open":
            # “ closes „…“ (German) and can close when used for both ends.
            role = "close" if opener is not None and can_close and not can_open else "open"
        elif direction == "close":
            if opener is not None:
                role = "close"
            elif can_open and not can_close and m.char in "”»›":
                role = "open"  # ”…” (Swedish), »…« (German)
            else:
                role = "close"
        elif opener is not None and (can_close or not can_open):
            role = "close"
        elif can_open:
            role = "open"
        elif can_close:
            role = "close"
        else:
            role = "open" if opener is None else "close"

        if role == "open":
            if m.family == "single" and not can_open:
                apostrophes.append(m.start)
                continue
            stack.append(m)
            continue
        # closing
        if (
            opener is not None
            and opener.family == "single"
            and _plural_possessive(text, m, marks[k + 1 :], lo, hi)
        ):
            apostrophes.append(m.start)
            continue
        if opener is None:
            if m.char == '"' and m.start > lo and text[m.start - 1].isdigit():
                continue  # 6" (inches), not a quotation mark
            if m.family == "double":
                start = _skip_space(text, last_top_end, m.start)
                if start < m.start and not any(s.family == "double" for s in stack):
                    out.append(Region(start, m.start, None, m, p, repaired=True))
                    last_top_end = m.end
                    stack.clear()
            else:
                apostrophes.append(m.start)
            continue
        j = len(stack) - 1 - stack[::-1].index(opener)
        dropped = stack[j + 1 :]
        for d in dropped:
            if d.family == "single":
                apostrophes.append(d.start)
        del stack[j:]
        if opener.family == "single" and (
            m.start - opener.end > MAX_SINGLE_SPAN or not can_close or m.start == opener.end
        ):
            apostrophes.append(opener.start)
            apostrophes.append(m.start)
            continue
        repaired = any(d.family == "double" for d in dropped)
        out.append(Region(opener.end, m.start, opener, m, p, repaired=repaired))
        if not stack:
            last_top_end = m.end
    # Unclosed marks at the paragraph end: the outermost double one runs to the end.
    doubles = [s for s in stack if s.family == "double"]
    for s in stack:
        if s.family == "single":
            apostrophes.append(s.start)
    if doubles:
        first = doubles[0]
        end = _strip_end(text, first.end, hi)
        if end > first.end:
            out.append(Region(first.end, end, first, None, p, repaired=len(doubles) > 1))
    return out


def _plural_possessive(text: str, m: Mark, later: list[Mark], lo: int, hi: int) -> bool:
    """``the students' union``: an s-final word, a space, a lower-case word, and a later
    single mark in the paragraph that can close the quote instead."""
    if m.family != "single" or m.start - 1 < lo or text[m.start - 1] not in "sz":
        return False
    after = text[m.end : m.end + 2]
    if len(after) < 2 or not after[0].isspace() or not after[1].islower():
        return False
    nxt = next((x for x in later if x.family == "single"), None)
    if nxt is None or nxt.start - m.start > MAX_SINGLE_SPAN:
        return False
    can_open, can_close = _contexts(text, nxt, lo, hi)
    return can_close and not can_open


def _find_opener(stack: list[Mark], m: Mark) -> Mark | None:
    """The nearest open mark on the stack that ``m`` could close."""
    for s in reversed(stack):
        if m.char in _CLOSERS[s.char]:
            return s
        if s.family == "double" and m.family == "single":
            return None  # a single mark never closes past an open double quote
    return None


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _set_depths(regions: list[Region]) -> list[Region]:
    out: list[Region] = []
    open_ends: list[int] = []
    for r in regions:
        while open_ends and open_ends[-1] <= r.outer_start:
            open_ends.pop()
        depth = len(open_ends)
        out.append(r if depth == r.depth else attrs.evolve(r, depth=depth))
        open_ends.append(r.outer_end)
    return out


def _merge_runs(
    text: str, regions: list[Region], paragraphs: Sequence[tuple[int, int]]
) -> list[QuoteRun]:
    top = [r for r in regions if r.depth == 0]
    runs: list[QuoteRun] = []
    i = 0
    while i < len(top):
        parts = [top[i]]
        while (
            parts[-1].closing is None
            and i + 1 < len(top)
            and top[i + 1].paragraph == parts[-1].paragraph + 1
            and top[i + 1].family == "double"
            and _same_style(parts[-1], top[i + 1])
            and _skip_space(text, paragraphs[top[i + 1].paragraph][0], top[i + 1].outer_start)
            == top[i + 1].outer_start
        ):
            # the next paragraph opens with a new opening mark (the convention), or runs
            # from its start to an orphan closing mark (a paragraph break inside a quote)
            i += 1
            parts.append(top[i])
        if parts[-1].closing is None and not parts[-1].repaired:
            # left open with no paragraph continuing it: unbalanced, paired by repair
            parts[-1] = attrs.evolve(parts[-1], repaired=True)
        runs.append(QuoteRun(tuple(parts)))
        i += 1
    return runs


def _same_style(a: Region, b: Region) -> bool:
    """Both parts of a multi-paragraph quote use the same marks (straight or typographic)."""
    ma = a.opening or a.closing
    mb = b.opening or b.closing
    if ma is None or mb is None:
        return True
    return (ma.char in ('"', "''", "``")) == (mb.char in ('"', "''", "``"))


def quoted_mask(scan_result: MarkScan, length: int) -> bytearray:
    """A byte per character of the text: 1 where the character lies inside quotation marks."""
    mask = bytearray(length)
    for r in scan_result.regions:
        if r.depth == 0:
            mask[r.start : r.end] = b"\x01" * (r.end - r.start)
    return mask
