"""Tests for quoteattr.render: JSON Lines, JSON, CSV, the terminal table and HTML."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
import strategies
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.errors import InputError
from quoteattr.model import DocumentResult, Quote, Source, Span, Speaker
from quoteattr.render import (
    RECORD_FIELDS,
    from_jsonl,
    to_csv,
    to_html,
    to_json,
    to_jsonl,
    to_table,
    who_said_what,
)

# ------------------------------------------------------------------------ helpers


def span(text: str, needle: str, occurrence: int = 0) -> Span:
    """The span of the ``occurrence``-th (0-based) ``needle`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


BRIEFING = (
    '"We will not sign this treaty," the foreign minister, Ana Lorca, told reporters '
    "on Tuesday.\n\n"
    "She added that talks would resume in spring, according to Agence Meridian.\n\n"
    '"Nobody wins a <script>alert(1)</script> war," a senior diplomat said.'
)


def briefing() -> DocumentResult:
    """Three quotes: two by one coreference chain (name, then pronoun), one unnamed."""
    text = BRIEFING
    lorca = Speaker("Ana Lorca", span(text, "Ana Lorca"), "PERSON", 0, True, "coref")
    she = Speaker("Ana Lorca", span(text, "She"), "PERSON", 0, True, "coref")
    diplomat = Speaker("a senior diplomat", span(text, "a senior diplomat"), None, None)
    meridian = Source("Agence Meridian", span(text, "Agence Meridian"), "news_agency", "acc")
    return DocumentResult(
        doc_id="briefing-1",
        text=text,
        quotes=(
            Quote(
                "direct",
                (span(text, "We will not sign this treaty,"),),
                cue=span(text, "told"),
                speaker=lorca,
                rule="direct.marks",
                sieve="tri",
                confidence=0.95,
            ),
            Quote(
                "indirect",
                (span(text, "talks would resume in spring"),),
                cue=span(text, "added"),
                speaker=she,
                source=meridian,
                rule="indirect.verb",
                sieve="dep",
                confidence=0.8,
                paragraph=1,
            ),
            Quote(
                "direct",
                (span(text, "Nobody wins a <script>alert(1)</script> war,"),),
                cue=span(text, "said"),
                speaker=diplomat,
                rule="direct.marks",
                sieve="tri",
                confidence=0.9,
                paragraph=2,
            ),
        ),
    )


def empty() -> DocumentResult:
    """A document in which nothing was quoted."""
    return DocumentResult("quiet", "Markets were calm on Monday.\n\nNothing was said.")


def unattributed(text: str, needle: str, doc_id: str | None = "doc") -> DocumentResult:
    """A document with one direct quote (``needle``) that no sieve attributed."""
    return DocumentResult(doc_id, text, (Quote("direct", (span(text, needle),)),))


class _Tree(HTMLParser):
    """Checks that tags balance and collects the text the reader sees.

    Attributes:
        text: the character data inside the ``qa-text`` element, labels left out.
        quotes: for each quote number, the text inside its ``qa-quote`` marks.
        labels: the text of every ``qa-label`` element.
        errors: every mismatch found.
    """

    VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.text = ""
        self.quotes: dict[int, str] = {}
        self.labels: list[str] = []
        self.errors: list[str] = []
        self.tags: list[str] = []

    def _classes(self, attrs: dict[str, str]) -> set[str]:
        return set(attrs.get("class", "").split())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else None}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        classes = [self._classes(a) for _, a in self.stack]
        if any("qa-label" in c for c in classes):
            self.labels.append(data)
            return
        if not any("qa-text" in c for c in classes):
            return
        self.text += data
        for tag, attrs in self.stack:
            if tag == "mark" and "qa-quote" in self._classes(attrs):
                number = int(attrs["data-quote"])
                self.quotes[number] = self.quotes.get(number, "") + data

    def close(self) -> None:
        super().close()
        if self.stack:
            self.errors.append(f"left open: {[t for t, _ in self.stack]}")


def parse(markup: str) -> _Tree:
    """Parse ``markup`` and fail the test when its tags do not balance."""
    tree = _Tree()
    tree.feed(markup)
    tree.close()
    assert tree.errors == []
    return tree


def quote_text(result: DocumentResult, quote: Quote) -> str:
    """What the HTML should show inside a quote's marks: its spans, back to back."""
    return "".join(result.text[s.start : s.end] for s in quote.spans)


def display_width(line: str) -> int:
    """Terminal columns of ``line``: combining marks and format characters take none,
    wide (East Asian) characters two."""
    return sum(
        0
        if unicodedata.category(c) in ("Mn", "Me", "Cf")
        else 2
        if unicodedata.east_asian_width(c) in ("W", "F")
        else 1
        for c in line
    )


def record_as_csv(record: dict[str, object]) -> dict[str, str]:
    """A record as csv.DictReader gives it back: every value a string, None empty."""
    return {k: "" if v is None else str(v) for k, v in record.items()}


# -------------------------------------------------------------------------- JSON


class TestToJsonl:
    def test_one_line_per_document(self) -> None:
        """Each document is written as exactly one line, ending in a newline."""
        out = to_jsonl([briefing(), empty()])
        assert out is not None
        assert out.endswith("\n")
        lines = out.split("\n")[:-1]
        assert [json.loads(line)["doc"] for line in lines] == ["briefing-1", "quiet"]

    def test_line_is_to_dict_without_text(self) -> None:
        """By default a line is the document's to_dict() without the text."""
        out = to_jsonl([briefing()])
        assert out is not None
        assert json.loads(out) == briefing().to_dict(include_text=False)

    def test_round_trips_with_text(self) -> None:
        """With include_text the documents are rebuilt equal by DocumentResult.from_dict."""
        results = [briefing(), empty()]
        out = to_jsonl(results, include_text=True)
        assert out is not None
        assert [DocumentResult.from_dict(d) for d in from_jsonl(out)] == results

    def test_writes_to_file_and_returns_none(self) -> None:
        """Given a file, it writes the lines there and returns None."""
        fp = io.StringIO()
        assert to_jsonl(iter([briefing()]), fp, include_text=True) is None
        assert fp.getvalue() == to_jsonl([briefing()], include_text=True)

    def test_accepts_a_single_document(self) -> None:
        """A lone DocumentResult is written as one document, not iterated as quotes."""
        assert to_jsonl(briefing()) == to_jsonl([briefing()])

    def test_empty_input_gives_empty_text(self) -> None:
        """No documents give an empty string."""
        assert to_jsonl([]) == ""

    def test_document_without_quotes(self) -> None:
        """A document with no quotes still gets a line, with an empty quote list."""
        out = to_jsonl([empty()])
        assert out is not None
        assert json.loads(out)["quotes"] == []

    def test_unicode_line_separators_stay_on_one_line(self) -> None:
        """U+2028, U+2029 and U+0085 are escaped, so splitlines() sees one line per document."""
        text = "He said:\u2028“Fine\u2029done\x85ok.”"
        result = unattributed(text, "Fine\u2029done\x85ok.")
        out = to_jsonl([result, result], include_text=True)
        assert out is not None
        assert len(out.splitlines()) == 2
        assert DocumentResult.from_dict(json.loads(out.splitlines()[0])) == result

    def test_non_ascii_written_as_is(self) -> None:
        """Accented letters and curly quotation marks are written unescaped."""
        result = unattributed("Zoë said “très bien”.", "très bien")
        out = to_jsonl([result], include_text=True)
        assert out is not None
        assert "Zoë said “très bien”." in out

    def test_rejects_items_that_are_not_documents(self) -> None:
        """An item that is not a DocumentResult raises InputError naming its type."""
        with pytest.raises(InputError, match=r"item 1 .* dict"):
            to_jsonl([briefing(), {"doc": "x"}])  # type: ignore[list-item]

    @settings(deadline=None)
    @given(strategies.document_results())
    def test_any_result_round_trips(self, result: DocumentResult) -> None:
        """Any valid result survives to_jsonl, from_jsonl and from_dict unchanged."""
        out = to_jsonl([result, result], include_text=True)
        assert out is not None
        assert len(out.splitlines()) == 2
        assert [DocumentResult.from_dict(d) for d in from_jsonl(out)] == [result, result]


class TestFromJsonl:
    def test_reads_lines_of_an_open_file(self) -> None:
        """An iterable of lines (an open file) is read like the whole text."""
        out = to_jsonl([briefing(), empty()])
        assert out is not None
        assert from_jsonl(io.StringIO(out)) == from_jsonl(out)

    def test_skips_blank_lines(self) -> None:
        """Blank lines and a missing final newline are accepted."""
        assert from_jsonl('\n{"doc": "a"}\n\n  \n{"doc": "b"}') == [{"doc": "a"}, {"doc": "b"}]

    def test_empty_text(self) -> None:
        """An empty text holds no documents."""
        assert from_jsonl("") == []

    def test_bad_json_names_the_line(self) -> None:
        """A line that is not JSON raises InputError with its line number."""
        with pytest.raises(InputError, match="line 2 is not valid JSON"):
            from_jsonl('{"doc": "a"}\n{"doc": \n')

    def test_non_object_line(self) -> None:
        """A line holding a JSON array instead of an object raises InputError."""
        with pytest.raises(InputError, match="line 1 holds a list"):
            from_jsonl("[1, 2]\n")


class TestToJson:
    def test_array_of_documents(self) -> None:
        """The output is one JSON array of to_dict() objects."""
        data = json.loads(to_json([briefing(), empty()]))
        assert data == [
            briefing().to_dict(include_text=False),
            empty().to_dict(include_text=False),
        ]

    def test_round_trips_with_text(self) -> None:
        """With include_text every document is rebuilt equal."""
        data = json.loads(to_json([briefing()], include_text=True))
        assert [DocumentResult.from_dict(d) for d in data] == [briefing()]

    def test_indent_none_is_one_line(self) -> None:
        """indent=None writes compact JSON on one line."""
        assert "\n" not in to_json([briefing()], indent=None)

    def test_empty(self) -> None:
        """No documents give an empty array."""
        assert json.loads(to_json([])) == []


# --------------------------------------------------------------------------- CSV


class TestToCsv:
    def test_record_fields_match_to_records(self) -> None:
        """RECORD_FIELDS lists the keys of to_records(), in order."""
        assert tuple(briefing().to_records()[0]) == RECORD_FIELDS

    def test_header_then_one_row_per_quote(self) -> None:
        """The header is RECORD_FIELDS and the rows equal the records of every document."""
        results = [briefing(), empty(), briefing()]
        out = to_csv(results)
        assert out is not None
        reader = csv.DictReader(io.StringIO(out, newline=""))
        assert tuple(reader.fieldnames or ()) == RECORD_FIELDS
        expected = [record_as_csv(r) for d in results for r in d.to_records()]
        assert list(reader) == expected

    def test_newlines_inside_a_quote_are_kept(self) -> None:
        """A quote running over a line break comes back with the line break."""
        text = 'She said: "First line,\nsecond line, and a ""quoted"" word."'
        result = unattributed(text, 'First line,\nsecond line, and a ""quoted"" word.')
        out = to_csv([result])
        assert out is not None
        rows = list(csv.DictReader(io.StringIO(out, newline="")))
        assert rows[0]["text"] == 'First line,\nsecond line, and a ""quoted"" word.'

    def test_writes_to_file_and_returns_none(self) -> None:
        """Given a file, it writes the CSV there and returns None."""
        fp = io.StringIO(newline="")
        assert to_csv([briefing()], fp) is None
        assert fp.getvalue() == to_csv([briefing()])

    @settings(deadline=None)
    @given(strategies.document_results())
    def test_any_result_round_trips(self, result: DocumentResult) -> None:
        """For any valid result the CSV reads back as its records, as strings."""
        out = to_csv([result])
        assert out is not None
        rows = list(csv.DictReader(io.StringIO(out, newline="")))
        assert rows == [record_as_csv(r) for r in result.to_records()]

    def test_no_quotes_gives_header_only(self) -> None:
        """Documents without quotes give the header row alone."""
        out = to_csv([empty()])
        assert out is not None
        assert list(csv.reader(io.StringIO(out, newline=""))) == [list(RECORD_FIELDS)]


# ------------------------------------------------------------------------- table


class TestToTable:
    def test_columns_and_rows(self) -> None:
        """There is a header, a rule and one row per quote with speaker, kind, quote, cue, source."""
        lines = to_table([briefing()], width=200).split("\n")
        assert lines[0].split() == ["speaker", "kind", "quote", "cue", "source"]
        assert set(lines[1]) == {"-", " "}
        assert len(lines) == 2 + 3
        assert lines[3].split()[:3] == ["Ana", "Lorca", "indirect"]
        assert lines[3].rstrip().endswith("added  Agence Meridian")

    def test_every_line_has_the_same_width(self) -> None:
        """For ASCII text every line, header and rule included, is equally wide."""
        lines = to_table([briefing()], width=200).split("\n")
        assert len({len(line) for line in lines}) == 1

    def test_long_quote_is_elided(self) -> None:
        """A quote longer than max_quote is cut to max_quote columns ending in an ellipsis."""
        quote = "Tariffs-will-rise-for-every-importer-before-the-autumn-session-ends"
        result = unattributed(f'"{quote}," he said.', quote)
        lines = to_table([result], width=200, max_quote=20).split("\n")
        cell = quote[:19] + "…"
        assert cell in lines[2]
        assert quote[:20] not in lines[2]
        assert lines[1].split()[2] == "-" * 20
        assert len({len(line) for line in lines}) == 1

    def test_fits_the_given_width(self) -> None:
        """A narrow width narrows the widest columns so no line is wider than it."""
        lines = to_table([briefing()], width=50).split("\n")
        assert {len(line) for line in lines} == {50}
        assert any("…" in line for line in lines)

    def test_width_defaults_to_the_terminal(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without width it fits the terminal width (from COLUMNS here)."""
        monkeypatch.setenv("COLUMNS", "44")
        lines = to_table([briefing()]).split("\n")
        assert max(len(line) for line in lines) == 44

    def test_combining_characters_keep_alignment(self) -> None:
        """Combining accents take no column, so lines stay aligned."""
        text = 'Jose\u0301 said: "Cafe\u0301 prices re\u0301ached records." Anna agreed.'
        result = DocumentResult(
            "d",
            text,
            (
                Quote(
                    "direct",
                    (span(text, "Cafe\u0301 prices re\u0301ached records."),),
                    speaker=Speaker("Jose\u0301", span(text, "Jose\u0301")),
                ),
                Quote("indirect", (span(text, "agreed"),), speaker=Speaker("Anna", None)),
            ),
        )
        lines = to_table([result], width=200).split("\n")
        assert len({display_width(line) for line in lines}) == 1

    def test_line_breaks_in_a_quote_are_flattened(self) -> None:
        """A quote over several lines is shown on one row, its whitespace collapsed."""
        text = '"Prices\n\n   rose\tagain," she said.'
        lines = to_table([unattributed(text, "Prices\n\n   rose\tagain,")], width=200)
        assert "Prices rose again," in lines
        assert len(lines.split("\n")) == 3

    def test_doc_column_for_several_documents(self) -> None:
        """With more than one document a first column names each row's document."""
        lines = to_table([briefing(), unattributed('"Yes," he said.', "Yes,", "b")], width=200)
        rows = lines.split("\n")
        assert rows[0].split()[0] == "doc"
        assert rows[-1].startswith("b ")
        assert len({len(line) for line in rows}) == 1

    def test_no_quotes(self) -> None:
        """A document without quotes gives the header and a '(no quotes)' line."""
        lines = to_table([empty()], width=80).split("\n")
        assert lines[0].split() == ["speaker", "kind", "quote", "cue", "source"]
        assert lines[2].strip() == "(no quotes)"
        assert len({len(line) for line in lines}) == 1

    @settings(deadline=None)
    @given(strategies.document_results(), st.integers(1, 120), st.integers(1, 80))
    def test_any_result_aligns(self, result: DocumentResult, width: int, max_quote: int) -> None:
        """For any result, width and max_quote, every line takes the same display width."""
        lines = to_table([result, result], width=width, max_quote=max_quote).split("\n")
        assert len({display_width(line) for line in lines}) == 1
        assert len(lines) == 2 + max(1, 2 * len(result.quotes))

    def test_rejects_nonsense_sizes(self) -> None:
        """A max_quote or width below 1 raises InputError."""
        with pytest.raises(InputError, match="max_quote"):
            to_table([briefing()], max_quote=0)
        with pytest.raises(InputError, match="width"):
            to_table([briefing()], width=0)


class TestWhoSaidWhat:
    def test_each_speaker_once_with_count(self) -> None:
        """Speakers of one coreference chain are listed once, with their number of quotes."""
        summary = who_said_what(briefing())
        assert summary.split("\n") == [
            "briefing-1: 3 quotes, 2 speakers",
            "Ana Lorca (PERSON): 2 quotes",
            "  [direct] “We will not sign this treaty,”",
            "  [indirect] talks would resume in spring",
            "a senior diplomat: 1 quote",
            "  [direct] “Nobody wins a <script>alert(1)</script> war,”",
        ]

    def test_quotes_are_shortened(self) -> None:
        """Long quotes are cut to max_quote columns with an ellipsis."""
        summary = who_said_what(briefing(), max_quote=12)
        assert "  [indirect] talks would…" in summary.split("\n")

    def test_unattributed_quotes_come_last(self) -> None:
        """Quotes without a speaker are listed under '(no speaker)'."""
        summary = who_said_what(unattributed('"Maybe," someone said.', "Maybe,", None))
        assert summary.split("\n") == [
            "document: 1 quote, 0 speakers",
            "(no speaker): 1 quote",
            "  [direct] “Maybe,”",
        ]

    def test_no_quotes(self) -> None:
        """A document without quotes says so."""
        assert who_said_what(empty()) == "quiet: no quotes"


# -------------------------------------------------------------------------- HTML


class TestToHtml:
    def test_well_formed(self) -> None:
        """Tags balance, and the fragment parses as XML too."""
        markup = to_html(briefing())
        parse(markup)
        ET.fromstring(markup)

    def test_text_content_is_the_document(self) -> None:
        """Without the labels, the text shown is exactly the document text."""
        assert parse(to_html(briefing())).text == BRIEFING

    def test_every_quote_is_highlighted(self) -> None:
        """Each quote's escaped text appears, and its marks hold exactly its text."""
        result = briefing()
        markup = to_html(result)
        tree = parse(markup)
        for number, quote in enumerate(result.quotes, start=1):
            assert html.escape(quote.text, quote=False) in markup
            assert tree.quotes[number] == quote_text(result, quote)

    def test_markup_in_the_text_stays_inert(self) -> None:
        """A <script> in the document is escaped, so no script element appears."""
        markup = to_html(briefing())
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
        assert "<script" not in markup
        assert "script" not in parse(markup).tags

    def test_self_contained(self) -> None:
        """Styles are inline: no external stylesheet, script or URL."""
        markup = to_html(briefing())
        assert "<style>" in markup
        for outside in ("<link", "<script", "src=", "http:", "https:", "@import"):
            assert outside not in markup

    def test_paragraphs_are_kept(self) -> None:
        """Blank lines stay in the text, shown by white-space: pre-wrap."""
        markup = to_html(briefing())
        assert 'class="qa-text" style="white-space:pre-wrap"' in markup
        assert "\n\n" in parse(markup).text

    def test_hover_shows_speaker_kind_rule_sieve_confidence(self) -> None:
        """A quote's title names the canonical speaker, kind, rule, sieve and confidence."""
        markup = to_html(briefing())
        title = re.search(r'<mark class="qa-quote qa-indirect"[^>]* title="([^"]*)"', markup)
        assert title is not None
        shown = html.unescape(title.group(1))
        for part in ("Ana Lorca", "indirect", "indirect.verb", "dep", "0.80", "“She”"):
            assert part in shown

    def test_marks_and_labels(self) -> None:
        """Cue, speaker mention and source mention each get their own class and label."""
        markup = to_html(briefing())
        labels = parse(markup).labels
        assert 'class="qa-cue"' in markup
        assert 'class="qa-speaker"' in markup
        assert 'class="qa-source"' in markup
        assert labels.count("cue") == 3
        assert "news agency" in labels
        assert "speaker" in labels  # "Ana Lorca" mentioned by name
        assert labels.count("Ana Lorca") == 3  # two quote labels and "She"

    def test_one_colour_per_speaker(self) -> None:
        """Quotes of one chain share a colour; another speaker gets a different one."""
        markup = to_html(briefing())
        colours = re.findall(r'<mark class="qa-quote qa-direct" style="background:(#\w+)"', markup)
        assert len(colours) == 2
        assert colours[0] != colours[1]
        speaker_boxes = re.findall(r'class="qa-speaker" style="border:2px solid (#\w+)"', markup)
        assert speaker_boxes[0] == speaker_boxes[1] == colours[0]

    def test_colour_follows_the_name_across_documents(self) -> None:
        """The same speaker name gets the same colour in unrelated documents."""
        first = DocumentResult(
            "a",
            'Ana Lorca said: "Yes."',
            (Quote("direct", (Span(17, 21, "Yes."),), speaker=Speaker("Ana Lorca", None)),),
        )
        second = DocumentResult(
            "b",
            '"No," said Ana Lorca.',
            (Quote("direct", (Span(1, 4, "No,"),), speaker=Speaker("Ana Lorca", None)),),
        )
        colour = re.compile(r'qa-quote qa-direct" style="background:(#\w+)"')
        assert colour.findall(to_html(first)) == colour.findall(to_html(second))

    def test_legend_lists_speakers(self) -> None:
        """The legend names every speaker once with the number of their quotes."""
        legend = to_html(briefing()).split('class="qa-legend"')[1]
        assert legend.count("Ana Lorca") == 1
        assert "2 quotes" in legend
        assert "a senior diplomat" in legend

    def test_speaker_mention_inside_another_quote(self) -> None:
        """A speaker mention lying inside another quote's span nests inside its mark."""
        text = '"Ask Mira Sol about it," he said. She said the plan was dead.'
        result = DocumentResult(
            "nested",
            text,
            (
                Quote("direct", (span(text, "Ask Mira Sol about it,"),), cue=span(text, "said")),
                Quote(
                    "indirect",
                    (span(text, "the plan was dead"),),
                    cue=span(text, "said", 1),
                    speaker=Speaker("Mira Sol", span(text, "Mira Sol"), "PERSON", 2),
                ),
            ),
        )
        markup = to_html(result)
        tree = parse(markup)
        assert tree.text == text
        assert tree.quotes[1] == "Ask Mira Sol about it,"
        assert re.search(r'<mark class="qa-quote[^>]*>Ask <span class="qa-speaker"', markup)

    def test_partly_overlapping_marks_are_split(self) -> None:
        """A cue overlapping the end of a quote span is split so tags still nest."""
        text = '"We shall see," she warned them.'
        quote = Quote(
            "direct",
            (span(text, "We shall see,"),),
            cue=Span(text.index("see"), text.index("warned") + 6, 'see," she warned'),
            speaker=Speaker("Ines Vidal", span(text, "she")),
        )
        result = DocumentResult("overlap", text, (quote,))
        markup = to_html(result)
        tree = parse(markup)
        ET.fromstring(markup)
        assert tree.text == text
        assert tree.quotes[1] == "We shall see,"
        assert tree.labels.count("cue") == 1
        body = markup.split('class="qa-legend"')[0]
        assert body.count('class="qa-cue"') == 2

    def test_cue_touching_a_span(self) -> None:
        """A cue starting where a quote span ends opens after the quote's mark closes."""
        text = "He said that prices rose."
        quote = Quote("indirect", (span(text, "He said"),), cue=span(text, " that"))
        markup = to_html(DocumentResult(None, text, (quote,)))
        assert re.search(r"He said<span class=\"qa-label\">[^<]*</span></mark><span", markup)
        assert parse(markup).text == text

    def test_quote_in_several_spans_labelled_once(self) -> None:
        """A quote interrupted by its attribution is marked twice and labelled once."""
        text = '"We tried," Teo Ruiz said, "and we failed."'
        quote = Quote(
            "direct",
            (span(text, "We tried,"), span(text, "and we failed.")),
            speaker=Speaker("Teo Ruiz", span(text, "Teo Ruiz")),
            cue=span(text, "said"),
        )
        tree = parse(to_html(DocumentResult("split", text, (quote,))))
        assert tree.quotes[1] == "We tried,and we failed."
        assert tree.labels.count("Teo Ruiz") == 1

    def test_shared_speaker_mention_marked_once(self) -> None:
        """One mention that is the speaker of two quotes is boxed once, naming both."""
        text = 'Lia Moss said "yes" and "no".'
        lia = Speaker("Lia Moss", span(text, "Lia Moss"))
        result = DocumentResult(
            "shared",
            text,
            (
                Quote("direct", (span(text, "yes"),), speaker=lia),
                Quote("direct", (span(text, "no"),), speaker=lia),
            ),
        )
        body = to_html(result).split('class="qa-legend"')[0]
        assert body.count('class="qa-speaker"') == 1
        assert "speaker of quotes 1, 2" in body

    def test_no_quotes(self) -> None:
        """A document without quotes shows its text and says no quotes were found."""
        markup = to_html(empty())
        tree = parse(markup)
        assert tree.text == empty().text
        assert "No quotes found." in markup
        assert "<mark" not in markup

    def test_empty_text(self) -> None:
        """An empty document renders a well-formed fragment."""
        tree = parse(to_html(DocumentResult(None, "")))
        assert tree.text == ""

    def test_offsets_outside_the_text(self) -> None:
        """A span beyond the end of the text raises InputError naming it."""
        result = DocumentResult("bad", "Short.", (Quote("direct", (Span(2, 40, "x"),)),))
        with pytest.raises(InputError, match=r"quote 1, span 0 \[2, 40\)"):
            to_html(result)

    @settings(deadline=None)
    @given(strategies.document_results())
    def test_any_result_is_well_formed(self, result: DocumentResult) -> None:
        """For any valid result the HTML balances, shows the exact text and every quote."""
        markup = to_html(result)
        tree = parse(markup)
        assert tree.text == result.text
        for number, quote in enumerate(result.quotes, start=1):
            assert tree.quotes[number] == quote_text(result, quote)
            for part in quote.spans:
                escaped = html.escape(part.text, quote=False)
                if part.text and not _has_inner_mark(result, part):
                    assert escaped in markup


def _has_inner_mark(result: DocumentResult, part: Span) -> bool:
    """Whether a cue or mention starts or ends strictly inside ``part``."""
    inner: list[Span] = []
    for quote in result.quotes:
        inner.extend(s for s in (quote.cue,) if s is not None)
        if quote.speaker is not None and quote.speaker.mention is not None:
            inner.append(quote.speaker.mention)
        if quote.source is not None and quote.source.mention is not None:
            inner.append(quote.source.mention)
    return any(
        part.start < s.start < part.end or part.start < s.end < part.end
        for s in inner
        if s.start != s.end
    )
