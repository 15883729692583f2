"""Quotation-mark scanning and pairing (:mod:`quoteattr.marks`), on plain text.

Each table row is a text and its outermost quoted stretches, in text order: a string
for a quotation inside one paragraph, a tuple of strings for one running over several
paragraphs (one region per paragraph). Stretches are the text inside the marks.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
import regex
import strategies
from hypothesis import given, settings

from quoteattr.marks import MarkScan, quoted_mask, scan, text_paragraphs

_PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*\n")


def _runs(text: str) -> list[str | tuple[str, ...]]:
    """The outermost quoted stretches of ``text``, as in the tables."""
    out: list[str | tuple[str, ...]] = []
    for run in scan(text).runs:
        parts = tuple(text[r.start : r.end] for r in run.regions)
        out.append(parts[0] if len(parts) == 1 else parts)
    return out


def _inner(text: str) -> list[tuple[str, int]]:
    """The nested quoted stretches of ``text`` with their depth."""
    return [(text[r.start : r.end], r.depth) for r in scan(text).regions if r.depth > 0]


STYLES: list[Any] = [
    # straight double marks
    pytest.param('"The port is closed," he said.', ["The port is closed,"], id="straight"),
    pytest.param(
        'He said "the port is closed" on Monday.', ["the port is closed"], id="straight-mid"
    ),
    pytest.param('"Yes" and "no" were heard.', ["Yes", "no"], id="straight-two"),
    # curly double marks
    pytest.param("“The port is closed,” he said.", ["The port is closed,"], id="curly"),
    pytest.param("He said “yes” and “no”.", ["yes", "no"], id="curly-two"),
    # single marks, British style
    pytest.param("‘The port is closed,’ she said.", ["The port is closed,"], id="single-curly"),
    pytest.param("He called it ‘a disgrace’ and left.", ["a disgrace"], id="single-curly-mid"),
    pytest.param("He said ‘yes’ and ‘no’.", ["yes", "no"], id="single-curly-two"),
    pytest.param("'The port is closed,' she said.", ["The port is closed,"], id="single-straight"),
    pytest.param("The word 'no' was heard.", ["no"], id="single-straight-mid"),
    pytest.param("‘We don’t know,’ she said.", ["We don’t know,"], id="single-with-apostrophe"),
    pytest.param("'We don't know,' she said.", ["We don't know,"], id="single-straight-apostrophe"),
    pytest.param("'O'Brien's team won,' he said.", ["O'Brien's team won,"], id="single-o-brien"),
    pytest.param(
        "‘Rock ’n’ roll is dead,’ he said.", ["Rock ’n’ roll is dead,"], id="single-rock-n-roll"
    ),
    pytest.param(
        "'The students' union is closed,' he said.",
        ["The students' union is closed,"],
        id="single-plural-possessive",
    ),
    pytest.param(
        "‘The Joneses’ house is empty,’ she said.",
        ["The Joneses’ house is empty,"],
        id="single-curly-plural-possessive",
    ),
    # guillemets
    pytest.param("«Le port est fermé», a-t-il dit.", ["Le port est fermé"], id="guillemets"),
    pytest.param("»Der Hafen ist zu«, sagte er.", ["Der Hafen ist zu"], id="guillemets-reversed"),
    pytest.param("‹Oui›, dit-il.", ["Oui"], id="single-guillemets"),
    # German low-high marks
    pytest.param("„Der Hafen ist zu“, sagte er.", ["Der Hafen ist zu"], id="german"),
    pytest.param("‚Der Hafen ist zu‘, sagte er.", ["Der Hafen ist zu"], id="german-single"),
    # doubled apostrophes as both marks, and PTB
    pytest.param(
        "''The port is closed,'' he said.", ["The port is closed,"], id="doubled-apostrophes"
    ),
    pytest.param("He said ''no'' twice.", ["no"], id="doubled-apostrophes-mid"),
    pytest.param("``The port is closed,'' he said.", ["The port is closed,"], id="ptb"),
    pytest.param("He said ``the port is closed'' on Monday.", ["the port is closed"], id="ptb-mid"),
]

NESTED: list[Any] = [
    pytest.param(
        "“She told me ‘never again’ twice,” he said.",
        ["She told me ‘never again’ twice,"],
        [("never again", 1)],
        id="single-in-double",
    ),
    pytest.param(
        "‘He told me “never”,’ she said.",
        ["He told me “never”,"],
        [("never", 1)],
        id="double-in-single",
    ),
    pytest.param(
        "'She told me \"never again\" twice,' he said.",
        ['She told me "never again" twice,'],
        [("never again", 1)],
        id="straight-double-in-straight-single",
    ),
    pytest.param(
        "“He told me, ‘It’s over,’” she said.",
        ["He told me, ‘It’s over,’"],
        [("It’s over,", 1)],
        id="inner-closing-next-to-outer",
    ),
    pytest.param(
        "„Er sagte ‚nein‘ dazu“, sagte sie.",
        ["Er sagte ‚nein‘ dazu"],
        [("nein", 1)],
        id="german",
    ),
    pytest.param(
        "«Il a dit ‹non›», dit-elle.",
        ["Il a dit ‹non›"],
        [("non", 1)],
        id="guillemets",
    ),
    pytest.param(
        "“Where is ‘the boat’?” she asked.",
        ["Where is ‘the boat’?"],
        [("the boat", 1)],
        id="question",
    ),
]

MULTI_PARAGRAPH: list[Any] = [
    pytest.param(
        "“The port is closed.\n\n“It will reopen soon.”",
        [("The port is closed.", "It will reopen soon.")],
        id="two-paragraphs",
    ),
    pytest.param(
        "He said: “The port is closed.\n\n“It will reopen,” she added.",
        [("The port is closed.", "It will reopen,")],
        id="opened-mid-paragraph",
    ),
    pytest.param(
        "“One.\n\n“Two.\n\n“Three.”",
        [("One.", "Two.", "Three.")],
        id="three-paragraphs",
    ),
    pytest.param(
        "“One.\n“Two.”",
        [("One.", "Two.")],
        id="line-breaks-as-paragraphs",
    ),
    pytest.param(
        '"One.\n\n"Two."',
        [("One.", "Two.")],
        id="straight-marks",
    ),
    pytest.param(
        "“We are ready,\n\nand willing.”",
        [("We are ready,", "and willing.")],
        id="break-inside-a-quote",
    ),
    pytest.param(
        "“First.\n\nHe left.\n\n“Last.”",
        ["First.", "Last."],
        id="not-across-an-unquoted-paragraph",
    ),
    pytest.param(
        '"One.\n\n“Two.”',
        ["One.", "Two."],
        id="not-across-a-change-of-style",
    ),
    pytest.param(
        "“We are ready,” she said.\n\n“We are not,” he said.",
        ["We are ready,", "We are not,"],
        id="closed-quotes-stay-apart",
    ),
]

UNBALANCED: list[Any] = [
    pytest.param("He said: “We are ready.", ["We are ready."], id="unclosed-runs-to-end"),
    pytest.param(
        "He said: “We are ready.\n\nThe end.", ["We are ready."], id="unclosed-stops-at-paragraph"
    ),
    pytest.param("The port is “closed.\n\nThe end.", ["closed."], id="unclosed-one-word"),
    pytest.param("He wrote “yes” and then “no", ["yes", "no"], id="unclosed-after-closed"),
    pytest.param("The end.” Then he left.", ["The end."], id="orphan-closing"),
    pytest.param(
        "We are ready,” she said.\n\nThe end.", ["We are ready,"], id="orphan-closing-par"
    ),
    pytest.param("He said ”yes.", ["yes."], id="closing-mark-used-to-open"),
]

APOSTROPHES: list[Any] = [
    pytest.param("Russia’s navy sailed.", id="possessive"),
    pytest.param("We don’t know.", id="contraction"),
    pytest.param("It was the ’90s.", id="decade"),
    pytest.param("They played rock ’n’ roll all night.", id="rock-n-roll"),
    pytest.param("They played rock 'n' roll all night.", id="rock-n-roll-straight"),
    pytest.param("The Joneses’ house burned.", id="plural-possessive"),
    pytest.param("O'Brien left early.", id="o-brien"),
    pytest.param("The students' union met.", id="students-union"),
    pytest.param("He played ’90s hits, O'Brien's band and the Smiths' songs.", id="several"),
    pytest.param("’Tis the season.", id="tis"),
]


class TestStyles:
    """Every style of quotation mark pairs into the stretch it encloses."""

    @pytest.mark.parametrize(("text", "expected"), STYLES)
    def test_table(self, text: str, expected: list[str]) -> None:
        """The outermost quoted stretches are the expected ones."""
        assert _runs(text) == expected

    @pytest.mark.parametrize(("text", "expected"), [p for p in STYLES if not p.marks])
    def test_marks_enclose_the_stretch(self, text: str, expected: list[str]) -> None:
        """Every region has an opening and a closing mark right around it, and is not repaired."""
        for region in scan(text).regions:
            assert region.opening is not None
            assert region.closing is not None
            assert region.opening.end == region.start
            assert region.closing.start == region.end
            assert text[region.opening.start : region.opening.end] == region.opening.char
            assert not region.repaired


class TestNested:
    """A quotation inside a quotation stays inside the outer one."""

    @pytest.mark.parametrize(("text", "outer", "inner"), NESTED)
    def test_outer_kept_inner_at_depth_one(
        self, text: str, outer: list[str], inner: list[tuple[str, int]]
    ) -> None:
        """The outer quotation is the run; the inner one is a region at depth 1."""
        assert _runs(text) == outer
        assert _inner(text) == inner


class TestMultiParagraph:
    """A quotation over several paragraphs is one run with one region per paragraph."""

    @pytest.mark.parametrize(("text", "expected"), MULTI_PARAGRAPH)
    def test_table(self, text: str, expected: list[str | tuple[str, ...]]) -> None:
        """The runs are the expected ones."""
        assert _runs(text) == expected

    def test_regions_in_consecutive_paragraphs(self) -> None:
        """The regions of a run lie in consecutive paragraphs; all but the last stay open."""
        (run,) = scan("“One.\n\n“Two.\n\n“Three.”").runs
        assert [r.paragraph for r in run.regions] == [0, 1, 2]
        assert [r.closing is None for r in run.regions] == [True, True, False]
        assert not run.repaired


class TestUnbalanced:
    """Unbalanced marks are repaired, never raised, and never cross a paragraph break."""

    @pytest.mark.parametrize(("text", "expected"), UNBALANCED)
    def test_table(self, text: str, expected: list[str]) -> None:
        """The runs are the expected ones."""
        assert _runs(text) == expected

    def test_unclosed_runs_to_paragraph_end(self) -> None:
        """An opening mark never closed runs to the end of its paragraph, without a closing mark."""
        text = "He said: “We are ready.\n\nThe end."
        (region,) = scan(text).regions
        assert region.closing is None
        assert region.end == text.index("\n")

    def test_orphan_closing_is_repaired(self) -> None:
        """A closing mark without an opening one runs back to the paragraph start, repaired."""
        (run,) = scan("Intro.\n\nThe end.” Then he left.").runs
        (region,) = run.regions
        assert region.opening is None
        assert region.repaired
        assert run.repaired
        assert region.start == len("Intro.\n\n")

    def test_unclosed_without_continuation_is_repaired(self) -> None:
        """A quotation whose opening mark is never closed, nor continued, is flagged repaired."""
        (run,) = scan("He said: “We are ready.\n\nThe end.").runs
        assert run.repaired

    def test_balanced_is_not_repaired(self) -> None:
        """Balanced marks give runs that are not repaired."""
        assert not any(run.repaired for run in scan("“Yes,” he said. “No.”").runs)


class TestApostrophes:
    """Apostrophes are never quotation marks."""

    @pytest.mark.parametrize("text", APOSTROPHES)
    def test_no_quotation(self, text: str) -> None:
        """No quoted stretch is found, and every single mark is listed as an apostrophe."""
        result = scan(text)
        assert result.runs == ()
        assert result.regions == ()
        singles = {i for i, ch in enumerate(text) if ch in "'’"}
        assert set(result.apostrophes) == singles

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("“Russia’s navy didn’t sail,” he said.", ["Russia’s navy didn’t sail,"]),
            ("“It’s the ’90s again,” she said.", ["It’s the ’90s again,"]),
            ("“Rock ’n’ roll,” he said.", ["Rock ’n’ roll,"]),
            ("The Joneses’ ‘new’ house.", ["new"]),
        ],
    )
    def test_apostrophes_inside_quotations(self, text: str, expected: list[str]) -> None:
        """Apostrophes inside or next to a quotation neither end nor start one."""
        assert _runs(text) == expected


class TestInches:
    """A straight double mark after a digit is an inch sign."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ('A 6" pipe burst.', []),
            ('A 6" pipe and a 12" board.', []),
            ('The 6" pipe burst, he said "again" today.', ["again"]),
        ],
    )
    def test_table(self, text: str, expected: list[str]) -> None:
        """Inch signs pair with nothing."""
        assert _runs(text) == expected


class TestMarkup:
    """Attribute values of HTML/XML tags left in a text are markup, not quotations."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("<post post-id=\"1234\" author='ana'></post>", []),
            ('He wrote:\n\n<post id="9" lang="en">“We won,” she said.</post>', ["We won,"]),
            ('<br/> “Stay,” he said. <img src="a.png" alt="a dog"/>', ["Stay,"]),
            # not tags: a comparison, a lone angle bracket
            ('If a < b, "c" wins; b > a.', ["c"]),
            ('The ratio was <1 "in theory," he said.', ["in theory,"]),
        ],
        ids=["tag-attributes", "quote-inside-element", "void-tags", "comparison", "lone-bracket"],
    )
    def test_table(self, text: str, expected: list[str]) -> None:
        """Quoted attribute values are skipped; quotations around or between tags are kept."""
        assert _runs(text) == expected


class TestProperties:
    """Invariants of :func:`quoteattr.marks.scan` on random text full of quotation marks."""

    @settings(max_examples=300, deadline=None)
    @given(text=strategies.quote_texts())
    def test_invariants(self, text: str) -> None:
        """Regions lie inside one paragraph; runs are ordered and disjoint; no region holds a break."""
        result = scan(text)
        bounds = text_paragraphs(text)
        for region in result.regions:
            lo, hi = bounds[region.paragraph]
            assert lo <= region.outer_start <= region.start <= region.end <= region.outer_end <= hi
            assert _PARAGRAPH_BREAK.search(text, region.start, region.end) is None
            if len(bounds) > 1 and _PARAGRAPH_BREAK.search(text) is None:
                assert "\n" not in text[region.start : region.end]
        for run in result.runs:
            assert all(r.depth == 0 for r in run.regions)
            paragraphs = [r.paragraph for r in run.regions]
            assert paragraphs == list(range(paragraphs[0], paragraphs[0] + len(paragraphs)))
        outer = [(r.outer_start, r.outer_end) for run in result.runs for r in run.regions]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(outer))
        for apostrophe in result.apostrophes:
            assert text[apostrophe] in "'’‘‚‛`‹›"

    @settings(max_examples=100, deadline=None)
    @given(text=strategies.quote_texts())
    def test_deterministic(self, text: str) -> None:
        """The same text always scans the same way."""
        assert scan(text) == scan(text)

    @settings(max_examples=100, deadline=None)
    @given(text=strategies.quote_texts())
    def test_quoted_mask(self, text: str) -> None:
        """The mask has a byte per character, set exactly inside the outermost regions."""
        result: MarkScan = scan(text)
        mask = quoted_mask(result, len(text))
        assert len(mask) == len(text)
        inside = {k for run in result.runs for r in run.regions for k in range(r.start, r.end)}
        assert {k for k, flag in enumerate(mask) if flag} == inside


class TestSplitLines:
    """Paragraphs given as single lines inside a larger block."""

    def test_lines_ending_a_sentence_are_paragraphs(self) -> None:
        """A line ending with a full stop or a closing mark starts a new pairing paragraph."""
        from quoteattr.marks import split_lines

        text = "“We are ready,” she said.\n“It was not.”\nThe end."
        assert split_lines(text, [(0, len(text))]) == [(0, 25), (26, 39), (40, len(text))]

    def test_hard_wrapped_lines_stay_together(self) -> None:
        """A line broken mid-sentence is not a paragraph of its own."""
        from quoteattr.marks import split_lines

        text = "“We will rebuild the\npier this year,” she said."
        assert split_lines(text, [(0, len(text))]) == [(0, len(text))]

    def test_unclosed_quote_stops_at_its_line(self) -> None:
        """An unclosed quote in a one-line paragraph does not swallow the next lines' quotes."""
        from quoteattr.marks import scan, split_lines

        text = "“It was unclosed, she said.\n“Next quote,” he said.\n“Last,” they said."
        result = scan(text, split_lines(text, [(0, len(text))]))
        assert [text[r.start : r.end] for r in result.regions if r.depth == 0][-2:] == [
            "Next quote,",
            "Last,",
        ]
