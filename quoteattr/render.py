"""Output formats for results: JSON Lines, JSON, CSV, a terminal table and HTML.

Every function takes :class:`~quoteattr.model.DocumentResult` objects and reads them
only; none needs anything beyond the standard library.

* :func:`to_jsonl` / :func:`from_jsonl`: one JSON object per document per line, the
  layout of :meth:`DocumentResult.to_dict` (the stable contract).
* :func:`to_json`: the same objects as one JSON array.
* :func:`to_csv`: one row per quote, the columns of :meth:`DocumentResult.to_records`.
* :func:`to_table`: an aligned plain-text table for a terminal.
* :func:`who_said_what`: each speaker once, with their quotes.
* :func:`to_html`: the document with its quotes highlighted, for a notebook or a page.
"""

from __future__ import annotations

import csv
import html
import io
import json
import shutil
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

import attrs

from quoteattr.errors import InputError
from quoteattr.model import DocumentResult, Quote, Span, Speaker

__all__ = [
    "RECORD_FIELDS",
    "from_jsonl",
    "to_csv",
    "to_html",
    "to_json",
    "to_jsonl",
    "to_table",
    "who_said_what",
]

#: The CSV columns, in order: the keys of each :meth:`DocumentResult.to_records` dict.
RECORD_FIELDS: tuple[str, ...] = (
    "doc",
    "index",
    "kind",
    "text",
    "start",
    "end",
    "cue",
    "speaker",
    "speaker_mention",
    "speaker_type",
    "source",
    "source_type",
    "rule",
    "sieve",
    "confidence",
)


def _documents(results: DocumentResult | Iterable[DocumentResult]) -> Iterator[DocumentResult]:
    """Yield the documents of ``results``, which may also be one document alone.

    A lone :class:`DocumentResult` is itself iterable (over its quotes), so it is
    recognised first rather than iterated.
    """
    if isinstance(results, DocumentResult):
        yield results
        return
    for i, result in enumerate(results):
        if not isinstance(result, DocumentResult):
            raise InputError(
                f"item {i} of the results is a {type(result).__name__}, not a DocumentResult; "
                "pass the documents quoteattr returned (or DocumentResult.from_dict(...) of them)"
            )
        yield result


# --------------------------------------------------------------------------- JSON

# Characters that str.splitlines() and some JSON Lines readers treat as line breaks
# but that json.dumps(ensure_ascii=False) leaves raw. They can occur only inside JSON
# strings, so writing them as escapes keeps each document on exactly one line.
_LINE_BREAKS_LEFT_RAW = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _one_line(data: Mapping[str, Any]) -> str:
    line = json.dumps(data, ensure_ascii=False)
    for raw, escaped in _LINE_BREAKS_LEFT_RAW.items():
        if raw in line:
            line = line.replace(raw, escaped)
    return line


def to_jsonl(
    results: DocumentResult | Iterable[DocumentResult],
    fp: IO[str] | None = None,
    *,
    include_text: bool = False,
) -> str | None:
    """Write one JSON object per document per line (JSON Lines).

    Each line is :meth:`DocumentResult.to_dict`: ``{"doc", "quotes", "rejected",
    "coref"}``, plus ``"text"`` with ``include_text=True`` (needed to rebuild the
    results with :meth:`DocumentResult.from_dict`). Non-ASCII text is written as is.

    Args:
        results: the documents (a single :class:`DocumentResult` is accepted too).
        fp: a text file to write to, line by line; when ``None`` the lines are returned.
        include_text: also write each document's text.

    Returns:
        The JSON Lines text (every line ending in ``"\\n"``), or ``None`` when ``fp``
        was given.
    """
    lines = (_one_line(r.to_dict(include_text=include_text)) + "\n" for r in _documents(results))
    if fp is None:
        return "".join(lines)
    for line in lines:
        fp.write(line)
    return None


def to_json(
    results: DocumentResult | Iterable[DocumentResult],
    *,
    include_text: bool = False,
    indent: int | None = 2,
) -> str:
    """Return the documents as one JSON array of :meth:`DocumentResult.to_dict` objects."""
    data = [r.to_dict(include_text=include_text) for r in _documents(results)]
    return json.dumps(data, ensure_ascii=False, indent=indent)


def from_jsonl(text_or_lines: str | Iterable[str]) -> list[dict[str, Any]]:
    """Read JSON Lines written by :func:`to_jsonl` back into dictionaries.

    Args:
        text_or_lines: the whole text, or its lines (an open file works). Blank lines
            are skipped.

    Returns:
        One dictionary per document; pass each to :meth:`DocumentResult.from_dict`
        when the text was included.

    Raises:
        InputError: a line is not JSON or not a JSON object (the line number is given).
    """
    # Split on "\n" only: str.splitlines() would also break on U+2028 and friends,
    # which other writers may leave raw inside strings.
    lines = text_or_lines.split("\n") if isinstance(text_or_lines, str) else text_or_lines
    out: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(
                f"JSON Lines line {number} is not valid JSON ({err.msg} at column "
                f"{err.colno}): {line[:60]!r}; each line must hold one document object"
            ) from err
        if not isinstance(data, dict):
            raise InputError(
                f"JSON Lines line {number} holds a {type(data).__name__}, not an object; "
                "each line must hold one document as written by to_jsonl"
            )
        out.append(data)
    return out


# ---------------------------------------------------------------------------- CSV


def to_csv(
    results: DocumentResult | Iterable[DocumentResult],
    fp: IO[str] | None = None,
) -> str | None:
    """Write one CSV row per quote, with a header row.

    The columns are :data:`RECORD_FIELDS`, the keys of
    :meth:`DocumentResult.to_records`; ``None`` becomes an empty cell. Newlines inside
    a quote are kept inside a quoted cell, so open ``fp`` with ``newline=""``.

    Returns:
        The CSV text, or ``None`` when ``fp`` was given.
    """
    out: IO[str] = io.StringIO(newline="") if fp is None else fp
    writer = csv.DictWriter(out, fieldnames=RECORD_FIELDS)
    writer.writeheader()
    for result in _documents(results):
        writer.writerows(result.to_records())
    return out.getvalue() if fp is None and isinstance(out, io.StringIO) else None


# -------------------------------------------------------------------------- table

_COLUMN_GAP = "  "
_ELLIPSIS = "…"


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _width(text: str) -> int:
    """The number of terminal columns ``text`` takes (combining marks take none)."""
    return sum(_char_width(c) for c in text)


def _one_row_text(text: str) -> str:
    """Collapse whitespace and control characters so a cell stays on one line."""
    cleaned = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    return " ".join(cleaned.split())


def _elide(text: str, width: int) -> str:
    """Cut ``text`` to at most ``width`` columns, ending in an ellipsis when cut."""
    if _width(text) <= width:
        return text
    if width <= 0:
        return ""
    kept: list[str] = []
    used = 0
    for char in text:
        w = _char_width(char)
        if used + w > width - 1:
            break
        kept.append(char)
        used += w
    return "".join(kept).rstrip() + _ELLIPSIS


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _fit_widths(natural: list[int], minimum: list[int], total: int) -> list[int]:
    """Narrow the widest columns one step at a time until the row fits ``total``."""
    widths = list(natural)
    excess = sum(widths) + len(_COLUMN_GAP) * (len(widths) - 1) - total
    while excess > 0:
        shrinkable = [i for i, w in enumerate(widths) if w > minimum[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: widths[i])
        widths[widest] -= 1
        excess -= 1
    return widths


def to_table(
    results: DocumentResult | Iterable[DocumentResult],
    *,
    width: int | None = None,
    max_quote: int = 60,
) -> str:
    """Return the quotes as an aligned plain-text table, one line per quote.

    The columns are speaker, kind, quote, cue and source (and doc first when there
    is more than one document). Each column is as wide as its content, the quote
    column at most ``max_quote`` columns; when the table is wider than ``width`` the
    widest columns are narrowed, and text that does not fit ends in "…". Every line
    is padded to the same width. Whitespace inside a cell is collapsed to one space.

    Args:
        results: the documents (a single :class:`DocumentResult` is accepted too).
        width: the width to fit, in terminal columns; ``None`` asks the terminal
            (80 when it cannot tell).
        max_quote: the widest the quote column may be, ellipsis included.

    Raises:
        InputError: ``width`` or ``max_quote`` is less than 1.
    """
    if max_quote < 1:
        raise InputError(f"max_quote must be at least 1, got {max_quote}")
    if width is None:
        width = shutil.get_terminal_size().columns
    if width < 1:
        raise InputError(f"width must be at least 1 terminal column, got {width}")
    documents = list(_documents(results))
    several = len(documents) > 1
    headers = (["doc"] if several else []) + ["speaker", "kind", "quote", "cue", "source"]
    rows: list[list[str]] = []
    for result in documents:
        for quote in result.quotes:
            cells = ([result.doc_id or ""] if several else []) + [
                "" if quote.speaker is None else quote.speaker.name,
                quote.kind,
                _elide(_one_row_text(quote.text), max_quote),
                "" if quote.cue is None else quote.cue.text,
                "" if quote.source is None else quote.source.name,
            ]
            rows.append([_one_row_text(cell) for cell in cells])
    natural = [max([_width(h)] + [_width(row[i]) for row in rows]) for i, h in enumerate(headers)]
    minimum = [min(n, max(_width(h), 3)) for n, h in zip(natural, headers, strict=True)]
    widths = _fit_widths(natural, minimum, width)
    lines = [_COLUMN_GAP.join(_pad(_elide(h, w), w) for h, w in zip(headers, widths, strict=True))]
    lines.append(_COLUMN_GAP.join("-" * w for w in widths))
    total = _width(lines[0])
    for row in rows:
        lines.append(
            _COLUMN_GAP.join(_pad(_elide(c, w), w) for c, w in zip(row, widths, strict=True))
        )
    if not rows:
        lines.append(_pad(_elide("(no quotes)", total), total))
    return "\n".join(lines)


def who_said_what(result: DocumentResult, *, max_quote: int = 60) -> str:
    """Return a summary: each speaker once, with how many quotes and the quotes, cut short.

    Speakers are grouped as in :attr:`DocumentResult.speakers` (by coreference chain,
    else by name) and listed in order of their first quote; quotes without a speaker
    come last, under "(no speaker)".
    """
    if max_quote < 1:
        raise InputError(f"max_quote must be at least 1, got {max_quote}")
    name = result.doc_id if result.doc_id is not None else "document"
    if not result.quotes:
        return f"{name}: no quotes"
    speakers = result.speakers
    lines = [f"{name}: {_count(len(result.quotes), 'quote')}, {_count(len(speakers), 'speaker')}"]
    groups: list[tuple[str, tuple[int, ...]]] = []
    for speaker in speakers:
        label = speaker.name
        if speaker.entity_type is not None:
            label += f" ({speaker.entity_type})"
        groups.append((label, speaker.quotes))
    unattributed = tuple(i for i, q in enumerate(result.quotes) if q.speaker is None)
    if unattributed:
        groups.append(("(no speaker)", unattributed))
    for label, indices in groups:
        lines.append(f"{_one_row_text(label)}: {_count(len(indices), 'quote')}")
        for i in indices:
            quote = result.quotes[i]
            text = _elide(_one_row_text(quote.text), max_quote)
            shown = f"“{text}”" if quote.kind == "direct" else text
            lines.append(f"  [{quote.kind}] {shown}")
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# --------------------------------------------------------------------------- HTML

# Light colours that keep dark text readable, one per speaker, in the manner of
# displaCy's entity colours.
_PALETTE: tuple[str, ...] = (
    "#7aecec",
    "#feca74",
    "#aa9cfc",
    "#bfeeb7",
    "#ff9561",
    "#f0d0ff",
    "#ffeb80",
    "#9cc9cc",
    "#ff8197",
    "#c887fb",
    "#bfe1d9",
    "#e4e7d2",
)
_NO_SPEAKER_COLOUR = "#dddddd"

_CSS = """\
.qa-doc{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;\
font-size:15px;line-height:2.3;max-width:60em}
.qa-doc .qa-head{font-weight:600;line-height:1.6;margin-bottom:.3em}
.qa-doc .qa-text{white-space:pre-wrap;overflow-wrap:break-word}
.qa-doc .qa-quote{color:#1a1a1a;padding:.2em .15em;border-radius:.3em;\
box-decoration-break:clone;-webkit-box-decoration-break:clone}
.qa-doc .qa-speaker,.qa-doc .qa-source{border-radius:.3em;padding:0 .15em}
.qa-doc .qa-cue{font-weight:600;text-decoration-thickness:2px;text-underline-offset:3px}
.qa-doc .qa-label{font-size:.6em;font-weight:700;line-height:1;color:#333;\
background:rgba(255,255,255,.65);border-radius:.25em;padding:.1em .3em;margin-left:.3em;\
vertical-align:middle;white-space:nowrap;user-select:none;-webkit-user-select:none}
.qa-doc .qa-legend{line-height:1.8;margin-top:.6em;font-size:.9em}
.qa-doc .qa-key{display:inline-block;margin-right:1.2em;white-space:nowrap}
.qa-doc .qa-swatch{display:inline-block;width:.9em;height:.9em;border-radius:.2em;\
margin-right:.35em;vertical-align:-.1em}
.qa-doc .qa-count{color:#777}
"""


def _colour_for(key: str, taken: set[int]) -> str:
    """A palette colour chosen from ``key`` (so a name keeps its colour across documents)."""
    slot = zlib.crc32(key.casefold().encode("utf-8")) % len(_PALETTE)
    if len(taken) < len(_PALETTE):
        while slot in taken:
            slot = (slot + 1) % len(_PALETTE)
    taken.add(slot)
    return _PALETTE[slot]


def _tint(colour: str, amount: float = 0.5) -> str:
    """``colour`` mixed with white: ``amount`` 0 leaves it, 1 gives white."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in rgb)


@attrs.define
class _Mark:
    """One stretch of text to wrap in an element, shared by the quotes it serves.

    Attributes:
        role: ``"quote"``, ``"cue"``, ``"speaker"`` or ``"source"``.
        start: offset of the first character.
        end: offset after the last character.
        classes: the element's CSS classes.
        style: the element's inline style: colour, border or underline.
        title: the hover text.
        label: the small label written at the mark's end, or ``None``.
        quotes: the 1-based numbers of the quotes the mark belongs to.
    """

    role: str
    start: int
    end: int
    classes: str
    style: str
    title: str
    label: str | None
    quotes: list[int]

    @property
    def rank(self) -> int:
        """Nesting order among marks over the same stretch: quotes outermost."""
        return _ROLES.index(self.role)

    def open(self) -> str:
        title = self.title
        if self.role != "quote":
            which = ", ".join(str(n) for n in self.quotes)
            title += f"\n{self.role} of quote{'s' if len(self.quotes) > 1 else ''} {which}"
        style = f' style="{html.escape(self.style)}"' if self.style else ""
        numbers = " ".join(str(n) for n in self.quotes)
        return (
            f'<{self._tag} class="{html.escape(self.classes)}"{style} title="{html.escape(title)}" '
            f'data-quote="{numbers}">'
        )

    def close(self, *, last: bool) -> str:
        label = ""
        if last and self.label:
            label = f'<span class="qa-label">{html.escape(self.label)}</span>'
        return f"{label}</{self._tag}>"

    @property
    def _tag(self) -> str:
        return "mark" if self.role == "quote" else "span"


_ROLES: tuple[str, ...] = ("quote", "source", "speaker", "cue")


def _describe_speaker(speaker: Speaker | None) -> str:
    if speaker is None:
        return "speaker: none decided"
    text = f"speaker: {speaker.name}"
    if speaker.entity_type:
        text += f" [{speaker.entity_type}]"
    if speaker.mention is not None and speaker.mention.text != speaker.name:
        text += f", written “{speaker.mention.text}”"
    if speaker.chain is not None:
        text += f", chain {speaker.chain}"
    return text + f" (resolved by {speaker.resolution})"


def _describe_quote(number: int, quote: Quote) -> str:
    lines = [f"quote {number} ({quote.kind})", _describe_speaker(quote.speaker)]
    lines.append(
        f"rule: {quote.rule or '?'} · sieve: {quote.sieve or '-'} · "
        f"confidence: {quote.confidence:.2f}"
    )
    if quote.cue is not None:
        lines.append(f"cue: {quote.cue.text}")
    if quote.source is not None:
        lines.append(f"source: {quote.source.name} ({quote.source.type})")
    if quote.repaired:
        lines.append("quotation marks repaired")
    return "\n".join(lines)


def _marks(result: DocumentResult, colours: list[str]) -> list[_Mark]:
    """Every mark of the document: one per distinct (role, start, end), empty ones left out.

    The inline style of each mark is enough to tell the roles apart even where the
    ``<style>`` element is stripped (as some notebook viewers do).

    Raises:
        InputError: a quote has no spans, or an offset lies outside the text.
    """
    found: dict[tuple[str, int, int], _Mark] = {}
    length = len(result.text)

    def add(what: str, span: Span, **fields: Any) -> None:
        if not 0 <= span.start <= span.end <= length:
            raise InputError(
                f"{what} [{span.start}, {span.end}) lies outside the document text "
                f"(length {length}); the result's offsets must index into its own text"
            )
        if span.start == span.end:
            return
        mark = _Mark(start=span.start, end=span.end, **fields)
        key = (mark.role, mark.start, mark.end)
        if key not in found:
            found[key] = mark
        elif mark.quotes[0] not in found[key].quotes:
            found[key].quotes.append(mark.quotes[0])

    for i, quote in enumerate(result.quotes):
        number, colour = i + 1, colours[i]
        if not quote.spans:
            raise InputError(f"quote {number} has no spans; every quote needs at least one")
        title = _describe_quote(number, quote)
        background = _tint(colour, 0.55) if quote.kind == "indirect" else colour
        who = "no speaker" if quote.speaker is None else quote.speaker.name
        for j, part in enumerate(quote.spans):
            add(
                f"quote {number}, span {j}",
                part,
                role="quote",
                classes=f"qa-quote qa-{quote.kind}",
                style=f"background:{background}",
                title=title,
                label=who if j == len(quote.spans) - 1 else None,
                quotes=[number],
            )
        if quote.cue is not None:
            add(
                f"quote {number}, cue",
                quote.cue,
                role="cue",
                classes="qa-cue",
                style=f"text-decoration:underline {colour}",
                title=f"cue: {quote.cue.text}",
                label="cue",
                quotes=[number],
            )
        speaker = quote.speaker
        if speaker is not None and speaker.mention is not None:
            add(
                f"quote {number}, speaker mention",
                speaker.mention,
                role="speaker",
                classes="qa-speaker",
                style=f"border:2px solid {colour}",
                title=_describe_speaker(speaker),
                label=speaker.name if speaker.mention.text != speaker.name else "speaker",
                quotes=[number],
            )
        source = quote.source
        if source is not None and source.mention is not None:
            add(
                f"quote {number}, source mention",
                source.mention,
                role="source",
                classes="qa-source",
                style="border:2px dashed #777",
                title=f"source: {source.name} ({source.type}), rule: {source.rule or '?'}",
                label=source.type.replace("_", " "),
                quotes=[number],
            )
    return list(found.values())


def _sweep(text: str, marks: list[_Mark]) -> str:
    """Write ``text`` with every mark as an element, by a sweep over the mark boundaries.

    At each boundary, marks ending there are closed together with every mark opened
    inside them; those still running are reopened, so a mark that partly overlaps
    another is split into fragments and the tags always nest. A mark's label is
    written once, inside its last fragment. Of marks starting together the longer
    opens first (outermost), which keeps splits rare.
    """
    starting: dict[int, list[_Mark]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    boundaries = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[_Mark] = []
    previous = 0
    for at in boundaries:
        out.append(html.escape(text[previous:at], quote=False))
        previous = at
        ending = [i for i, m in enumerate(stack) if m.end == at]
        reopen: list[_Mark] = []
        if ending:
            while len(stack) > ending[0]:
                mark = stack.pop()
                out.append(mark.close(last=mark.end == at))
                if mark.end != at:
                    reopen.append(mark)
        for mark in sorted(reopen + starting.get(at, []), key=lambda m: (-m.end, m.rank, m.start)):
            out.append(mark.open())
            stack.append(mark)
    return "".join(out)


def _legend(result: DocumentResult, colours: list[str]) -> str:
    keys: list[str] = []
    for speaker in result.speakers:
        colour = colours[speaker.quotes[0]]
        about = [speaker.entity_type] if speaker.entity_type else []
        about.append(_count(len(speaker.quotes), "quote"))
        keys.append(
            f'<span class="qa-key"><span class="qa-swatch" style="background:{colour}"></span>'
            f"{html.escape(speaker.name)} "
            f'<span class="qa-count">{html.escape(" · ".join(about))}</span></span>'
        )
    unattributed = sum(1 for q in result.quotes if q.speaker is None)
    if unattributed:
        keys.append(
            f'<span class="qa-key"><span class="qa-swatch" '
            f'style="background:{_NO_SPEAKER_COLOUR}"></span>no speaker '
            f'<span class="qa-count">{_count(unattributed, "quote")}</span></span>'
        )
    if not result.quotes:
        keys.append('<span class="qa-key">No quotes found.</span>')
    else:
        keys.append(
            '<span class="qa-key"><span class="qa-speaker" style="border:2px solid #999">'
            'speaker</span> <span class="qa-cue" style="text-decoration:underline #999">cue</span> '
            '<span class="qa-source" style="border:2px dashed #777">source</span> '
            "· lighter shade: indirect</span>"
        )
    return '<div class="qa-legend">' + "".join(keys) + "</div>"


def to_html(result: DocumentResult) -> str:
    """Return the document as a self-contained HTML fragment with its quotes highlighted.

    Each quote's content is highlighted in its speaker's colour (indirect quotes in a
    lighter shade) and labelled with the speaker's name; the speaker mention is boxed,
    the cue underlined and the source mention boxed with a dashed line, each with a
    small label. Hovering a quote shows its speaker, kind, rule, sieve and confidence.
    A legend lists the speakers. The styles are inline (a ``<style>`` element scoped by
    the ``qa-doc`` class, colours on the elements themselves): no external CSS or
    JavaScript, so it displays offline, in Jupyter too. Blank lines are kept
    (``white-space: pre-wrap``), and the text content of the ``qa-text`` element,
    without the ``qa-label`` elements, is exactly the document text.

    Raises:
        InputError: an offset of the result lies outside its text.
    """
    taken: set[int] = set()
    colours = [_NO_SPEAKER_COLOUR] * len(result.quotes)
    for speaker in result.speakers:
        colour = _colour_for(speaker.name, taken)
        for i in speaker.quotes:
            colours[i] = colour
    body = _sweep(result.text, _marks(result, colours))
    speakers = len(result.speakers)
    head = [html.escape(result.doc_id)] if result.doc_id is not None else []
    head.append(f"{_count(len(result.quotes), 'quote')}, {_count(speakers, 'speaker')}")
    return (
        '<div class="qa-doc">'
        f"<style>\n{_CSS}</style>\n"
        f'<div class="qa-head">{" · ".join(head)}</div>\n'
        f'<div class="qa-text" style="white-space:pre-wrap">{body}</div>\n'
        f"{_legend(result, colours)}"
        "</div>"
    )
