"""The documentation is tested: its Python examples run, and the site builds strictly.

Every fenced ```` ```python ```` block of ``docs/*.md`` is one test, named by page and
block number. The blocks of a page share one namespace and run in order, in a temporary
working directory of their own (running one block alone first runs the blocks before it).
A block is skipped when its fence says ``title="no-run"`` or the line before it is
``<!-- no-run -->`` (examples that need Stanza's models or a network).

Shown output is checked two ways:

* a line (a ``print(...)`` call) ending in ``# -> TEXT``: TEXT must appear in what the
  block printed;
* a ```` ```text ```` block right after a Python block, preceded by ``<!-- output -->``:
  it must equal what the Python block printed (trailing spaces and blank lines ignored).

When quoteattr's behaviour changes on purpose, refresh the ``<!-- output -->`` blocks with
``QUOTEATTR_DOCS_UPDATE=1 python -m pytest tests/test_docs.py`` and review the diff.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

_FENCE = re.compile(r"^(?P<indent>[ ]*)(?P<fence>`{3,}|~{3,})[ ]*(?P<info>[^\n`]*)$")
_NO_RUN = "<!-- no-run -->"
_OUTPUT = "<!-- output -->"
_EXPECT = re.compile(r"#\s*->\s?(?P<expected>.+?)\s*$")


@attrs.frozen
class Block:
    """A fenced code block of a documentation page."""

    page: str
    index: int
    language: str
    info: str
    code: str
    line: int
    marker: str | None

    @property
    def runs(self) -> bool:
        """Whether the block is executed (a Python block not marked no-run)."""
        return (
            self.language == "python"
            and 'title="no-run"' not in self.info
            and self.marker != _NO_RUN
        )


def read_blocks(path: Path) -> list[Block]:
    """All fenced blocks of a Markdown page, in order, with the comment line before each."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if match is None:
            i += 1
            continue
        fence, info, indent = match["fence"], match["info"].strip(), len(match["indent"])
        previous = next((lines[k].strip() for k in range(i - 1, -1, -1) if lines[k].strip()), "")
        marker = previous if previous in (_NO_RUN, _OUTPUT) else None
        start = i + 1
        end = start
        while end < len(lines) and not lines[end].strip().startswith(fence):
            end += 1
        body = "\n".join(line[indent:] for line in lines[start:end])
        language = info.split()[0].lstrip(".{").rstrip("}") if info else ""
        blocks.append(Block(path.name, len(blocks), language, info, body + "\n", start + 1, marker))
        i = end + 1
    return blocks


def _python_blocks() -> list[Block]:
    return [
        b for page in sorted(DOCS.glob("*.md")) for b in read_blocks(page) if b.language == "python"
    ]


def _output_after(block: Block) -> Block | None:
    """The block of expected output shown right after a Python block, if any."""
    blocks = read_blocks(DOCS / block.page)
    if block.index + 1 < len(blocks) and blocks[block.index + 1].marker == _OUTPUT:
        return blocks[block.index + 1]
    return None


def _update_output(shown: Block, printed: str) -> None:
    """Replace the body of an output block with what was printed (update mode)."""
    path = DOCS / shown.page
    lines = path.read_text(encoding="utf-8").splitlines()
    start = end = shown.line - 1
    while not _FENCE.match(lines[end]):
        end += 1
    lines[start:end] = _normalise(printed).splitlines()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _normalise(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


@attrs.define
class _Page:
    """The shared state of one page's blocks: namespace, working directory, progress."""

    directory: Path
    namespace: dict[str, Any] = attrs.Factory(lambda: {"__name__": "__docs__"})
    done: set[int] = attrs.Factory(set)
    failed: int | None = None


_PAGES: dict[str, _Page] = {}


def _run(block: Block, page: _Page) -> None:
    """Execute one block in the page's namespace and directory, and check what it printed."""
    out = io.StringIO()
    code = compile(block.code, f"{DOCS / block.page}:{block.line}", "exec")
    cwd = os.getcwd()
    os.chdir(page.directory)
    try:
        with contextlib.redirect_stdout(out):
            exec(code, page.namespace)
    except BaseException:
        page.failed = block.index
        raise
    finally:
        os.chdir(cwd)
    page.done.add(block.index)
    printed = out.getvalue()
    for line in block.code.splitlines():
        match = _EXPECT.search(line)
        if match:
            expected = match["expected"]
            assert expected in printed, f"{line.strip()!r} did not print {expected!r}:\n{printed}"
    shown = _output_after(block)
    if shown is not None and _normalise(printed) != _normalise(shown.code):
        if not os.environ.get("QUOTEATTR_DOCS_UPDATE"):
            pytest.fail(
                f"{block.page}:{block.line} printed other than the page shows "
                f"(QUOTEATTR_DOCS_UPDATE=1 rewrites the page):\n{printed}"
            )
        _update_output(shown, printed)


PYTHON_BLOCKS = _python_blocks()


@pytest.mark.parametrize(
    "block", PYTHON_BLOCKS, ids=[f"{b.page}-{b.index}-line{b.line}" for b in PYTHON_BLOCKS]
)
def test_example(block: Block, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A Python example of the docs runs, and prints what the page says it prints."""
    if not block.runs:
        pytest.skip("marked no-run (needs Stanza's models or a network)")
    page = _PAGES.get(block.page)
    if page is None:
        page = _PAGES[block.page] = _Page(tmp_path_factory.mktemp(Path(block.page).stem))
    for earlier in PYTHON_BLOCKS:
        if earlier.page == block.page and earlier.index <= block.index and earlier.runs:
            if page.failed is not None and page.failed != block.index:
                pytest.fail(f"block {page.failed} of {block.page} failed; this block needs it")
            if earlier.index not in page.done:
                _run(earlier, page)


def test_blocks_found() -> None:
    """The docs have Python examples, and most of them run."""
    assert len(PYTHON_BLOCKS) > 20
    skipped = [b for b in PYTHON_BLOCKS if not b.runs]
    assert len(skipped) <= len(PYTHON_BLOCKS) // 4, [(b.page, b.line) for b in skipped]


def test_concepts_names_every_default_step() -> None:
    """Every default rule, merge step, cue finder, sieve and source rule is described."""
    from quoteattr.attribution import CUE_FINDERS, DEFAULT_SIEVES, DEFAULT_SOURCE_RULES
    from quoteattr.detect import DEFAULT_RULES

    names = ["partial-quote"]
    for rule in DEFAULT_RULES:  # every *name field of a rule is a name quotes can carry
        fields = attrs.asdict(rule) if attrs.has(type(rule)) else {"name": rule.name}
        names += [value for key, value in fields.items() if key.endswith("name")]
    names += [finder.__name__.replace("_", "-") for finder in CUE_FINDERS]
    names += [step.name for step in (*DEFAULT_SIEVES, *DEFAULT_SOURCE_RULES)]
    text = (DOCS / "concepts.md").read_text(encoding="utf-8")
    assert [name for name in names if f"`{name}`" not in text] == []


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    """``mkdocs build --strict`` succeeds: no broken link, no griffe or autorefs warning."""
    for module in ("mkdocs", "mkdocstrings", "mkdocstrings_handlers.python"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed (pip install 'quoteattr[docs]')")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert (tmp_path / "site" / "api" / "index.html").is_file()
