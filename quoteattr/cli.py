"""The ``quoteattr`` command: ``extract``, ``demo`` and ``download``.

::

    quoteattr extract news/ -o quotes.jsonl        # .conllu read as annotated, .txt via Stanza
    quoteattr extract story.txt --format table
    quoteattr demo                                 # the bundled article, scored against its gold
    quoteattr download                             # Stanza's English models, once

Exit codes: 0 done; 2 a usage error or bad input (a missing file, malformed CoNLL-U, text
that is not UTF-8, an output file that cannot be written); 3 Stanza's models are not
available (the message says how to get them); 130 interrupted (Ctrl-C); 141 the reader of
the output went away (a closed pipe). An expected error prints ``quoteattr: error:
<message>`` on stderr, on one line except for the advice about missing models, and never a
traceback.

:func:`main` takes the arguments (default ``sys.argv[1:]``) and returns the exit code.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import html
import logging
import os
import re
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

import attrs

from quoteattr import __version__, render
from quoteattr.api import Attributor
from quoteattr.conllu import iter_conllu, read_conllu
from quoteattr.errors import InputError, ModelsUnavailableError, QuoteAttrError
from quoteattr.model import DocumentResult

__all__ = [
    "EXIT_BROKEN_PIPE",
    "EXIT_INTERRUPTED",
    "EXIT_MODELS",
    "EXIT_OK",
    "EXIT_USAGE",
    "build_parser",
    "main",
]

#: Everything went well.
EXIT_OK = 0
#: A usage error or bad input.
EXIT_USAGE = 2
#: Stanza's models are not available.
EXIT_MODELS = 3
#: Interrupted by Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED = 130
#: The output pipe was closed by its reader (128 + SIGPIPE).
EXIT_BROKEN_PIPE = 141

PROG = "quoteattr"
EXTRACT_FORMATS = ("jsonl", "json", "csv", "table")
DEMO_FORMATS = ("table", "jsonl", "json", "csv", "html")
DEFAULT_GLOBS = ("*.conllu", "*.txt")
#: The argument that means standard input, and the document name it gets.
STDIN = "-"
STDIN_NAME = "stdin"
#: Table width when writing to a file or a pipe (a terminal is asked for its own width).
FILE_TABLE_WIDTH = 120

_NEWDOC_ID = re.compile(r"#\s*newdoc\s+id\s*=\s*(\S.*?)\s*$")

_EXIT_CODES_HELP = """\
exit codes:
  0    done
  2    usage error or bad input (missing file, malformed CoNLL-U, ...)
  3    Stanza's models are not available (run `quoteattr download`)
  130  interrupted (Ctrl-C)
  141  the output pipe was closed
"""


# --------------------------------------------------------------------------- inputs


@attrs.frozen
class _Input:
    """One input of ``extract``.

    Attributes:
        path: the file, or ``None`` for standard input.
        name: the document name (the file stem, or ``stdin``).
        conllu: whether it is read as annotated CoNLL-U (else raw text for Stanza).
    """

    path: Path | None
    name: str
    conllu: bool


def _collect_inputs(arguments: Sequence[str], patterns: Sequence[str]) -> list[_Input]:
    """Resolve files, directories and ``-`` into inputs, in order, each file once.

    Raises:
        InputError: a path that does not exist, or a directory with no matching file.
    """
    inputs: list[_Input] = []
    seen: set[Path] = set()
    for argument in arguments:
        if argument == STDIN:
            if any(item.path is None for item in inputs):
                raise InputError("standard input (-) is given twice; give it once")
            inputs.append(_Input(None, STDIN_NAME, conllu=False))
            continue
        path = Path(argument)
        if path.is_dir():
            found = _walk(path, patterns)
            if not found:
                raise InputError(
                    f"{argument}: no file in this directory matches {' or '.join(patterns)}; "
                    "choose other patterns with --glob"
                )
        elif path.is_file():
            found = [path]
        elif path.exists():
            raise InputError(f"{argument}: not a regular file or a directory")
        else:
            raise InputError(f"{argument}: no such file or directory")
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                inputs.append(_Input(file, file.stem, conllu=file.suffix.lower() == ".conllu"))
    return inputs


def _walk(directory: Path, patterns: Sequence[str]) -> list[Path]:
    """The files under ``directory`` (recursively) whose path matches a pattern, sorted.

    A pattern is matched from the right of the path relative to ``directory``, as
    :meth:`pathlib.PurePath.match` does: ``*.txt`` matches every ``.txt`` file, and
    ``2024/*.txt`` those directly in a ``2024`` folder. A raw text file with a
    ``.conllu`` twin is left out (see :func:`_has_annotated_twin`).
    """
    found: set[Path] = set()
    for root, _dirs, files in os.walk(directory):
        for name in files:
            path = Path(root, name)
            relative = path.relative_to(directory)
            if any(relative.match(pattern) for pattern in patterns):
                found.add(path)
    return sorted(path for path in found if not _has_annotated_twin(path, found))


def _has_annotated_twin(path: Path, found: set[Path]) -> bool:
    """Whether ``path`` is raw text with a selected ``.conllu`` of the same name beside it.

    The shared data layout keeps ``NAME.txt`` beside ``NAME.conllu``: the same document,
    which is read once, from the annotated file.
    """
    return path.suffix.lower() != ".conllu" and path.with_suffix(".conllu") in found


def _read_text(item: _Input) -> str:
    """The raw text of a file or of standard input (line endings become ``\\n``)."""
    where = "standard input" if item.path is None else str(item.path)
    try:
        if item.path is None:
            return sys.stdin.read()
        return item.path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{where}: not UTF-8 text ({error.reason} at byte {error.start}); "
            "convert it to UTF-8 first"
        ) from error
    except OSError as error:
        raise InputError(f"{where}: cannot be read ({error.strerror or error})") from error


def _newdoc_id(document: Any) -> str | None:
    """The ``# newdoc id`` of a Document read from CoNLL-U, or ``None``."""
    if not document.sentences:
        return None
    for comment in document.sentences[0].comments:
        match = _NEWDOC_ID.match(comment)
        if match:
            return match.group(1)
    return None


def _conllu_documents(path: Path) -> Iterator[tuple[str, Any]]:
    """Yield ``(name, Document)`` for each document of a CoNLL-U file, one at a time.

    The name is the ``# newdoc id``; without one it is the file stem, numbered
    (``stem#2``) when the file holds several documents.
    """
    documents = iter_conllu(path)
    current = next(documents, None)
    number = 1
    while current is not None:
        following = next(documents, None)
        name = _newdoc_id(current)
        if name is None:
            single = number == 1 and following is None
            name = path.stem if single else f"{path.stem}#{number}"
        yield name, current
        current = following
        number += 1


def _results(
    attributor: Attributor,
    inputs: Sequence[_Input],
    *,
    batch_size: int,
    advance: Callable[[int], None],
) -> Iterator[DocumentResult]:
    """Attribute every document of ``inputs``, in order, one result at a time.

    CoNLL-U documents are used as annotated; raw texts go through the attributor's
    Stanza pipeline in batches of ``batch_size``. ``advance(i)`` is called before the
    result of a document of input ``i`` is yielded.
    """
    names: collections.deque[tuple[int, str]] = collections.deque()

    def documents() -> Iterator[Any]:
        for index, item in enumerate(inputs):
            if item.conllu and item.path is not None:
                for name, document in _conllu_documents(item.path):
                    names.append((index, name))
                    yield document
            else:
                text = _read_text(item)
                names.append((index, item.name))
                yield text

    stream: Iterable[DocumentResult]
    if all(item.conllu for item in inputs):
        stream = (attributor.attribute(document) for document in documents())
    else:
        stream = attributor.attribute_many(documents(), batch_size=batch_size, progress=False)
    for result in stream:
        index, name = names.popleft()
        advance(index)
        yield attrs.evolve(result, doc_id=name)


# --------------------------------------------------------------------------- output


@contextlib.contextmanager
def _opened(output: str | None, *, newline: str | None = None) -> Iterator[TextIO]:
    """Standard output (``None`` or ``-``), or ``output`` opened for writing in UTF-8."""
    if output is None or output == STDIN:
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        fp = open(output, "w", encoding="utf-8", newline=newline)  # noqa: SIM115
    except OSError as error:
        raise InputError(f"{output}: cannot be written ({error.strerror or error})") from error
    with fp:
        yield fp


def _table_width(output: str | None) -> int | None:
    """``None`` (the terminal's width) when writing to a terminal, else a fixed width."""
    to_stdout = output is None or output == STDIN
    isatty = getattr(sys.stdout, "isatty", None)
    if to_stdout and isatty is not None and isatty():
        return None
    return FILE_TABLE_WIDTH


def _flushing(results: Iterable[DocumentResult], out: TextIO) -> Iterator[DocumentResult]:
    """Pass ``results`` on, flushing ``out`` once each has been written."""
    for result in results:
        yield result
        out.flush()


def _report(result: DocumentResult, width: int | None) -> str:
    """The table of a document's quotes followed by its who-said-what summary."""
    return render.to_table(result, width=width) + "\n\n" + render.who_said_what(result)


def _write(
    fmt: str,
    results: Iterable[DocumentResult],
    out: TextIO,
    *,
    include_text: bool,
    width: int | None,
) -> None:
    """Write ``results`` in ``fmt``, each document as soon as it comes (except ``json``)."""
    if fmt == "jsonl":
        render.to_jsonl(_flushing(results, out), out, include_text=include_text)
    elif fmt == "csv":
        render.to_csv(_flushing(results, out), out)
    elif fmt == "json":
        out.write(render.to_json(list(results), include_text=include_text) + "\n")
    elif fmt == "table":
        for number, result in enumerate(results):
            if number:
                out.write("\n")
            out.write(_report(result, width) + "\n")
            out.flush()
    else:  # pragma: no cover - argparse checks the choices
        raise InputError(f"unknown format {fmt!r}")


def _html_page(result: DocumentResult) -> str:
    """A complete HTML page around :func:`quoteattr.render.to_html`."""
    title = html.escape(result.doc_id or "document")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} · quoteattr</title>\n</head>\n<body>\n"
        f"{render.to_html(result)}\n</body>\n</html>\n"
    )


@contextlib.contextmanager
def _progress(total: int, *, show: bool) -> Iterator[Callable[[int], None]]:
    """A tqdm bar over ``total`` inputs on stderr; yields ``advance(index)``."""
    if not show:
        yield lambda index: None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="file", desc=PROG, file=sys.stderr) as bar:

        def advance(index: int) -> None:
            # the inputs before ``index`` are done
            if index > bar.n:
                bar.update(index - bar.n)

        yield advance
        bar.update(total - bar.n)


@contextlib.contextmanager
def _quiet_stanza() -> Iterator[None]:
    """Keep Stanza's INFO messages (models loaded, resources checked) off stderr."""
    logger = logging.getLogger("stanza")
    level = logger.level
    logger.setLevel(max(level, logging.WARNING))
    try:
        yield
    finally:
        logger.setLevel(level)


def _stderr_is_terminal() -> bool:
    isatty = getattr(sys.stderr, "isatty", None)
    return bool(isatty is not None and isatty())


# --------------------------------------------------------------------------- commands


def _extract(args: argparse.Namespace) -> int:
    patterns = tuple(args.glob) if args.glob else DEFAULT_GLOBS
    inputs = _collect_inputs(args.inputs, patterns)
    attributor = Attributor(resources_dir=args.resources_dir)
    if not all(item.conllu for item in inputs):
        # build the pipeline first: missing models fail before any output is written
        with _quiet_stanza():
            _ = attributor.pipeline
    show = not args.no_progress and len(inputs) > 1 and _stderr_is_terminal()
    newline = "" if args.format == "csv" else None
    with (
        _quiet_stanza(),
        _opened(args.output, newline=newline) as out,
        _progress(len(inputs), show=show) as bar,
    ):
        results = _results(attributor, inputs, batch_size=args.batch_size, advance=bar)
        _write(
            args.format,
            results,
            out,
            include_text=args.include_text,
            width=_table_width(args.output),
        )
    return EXIT_OK


def _demo_result(text_file: str | None, resources_dir: str | None) -> DocumentResult:
    """The result on ``text_file`` (``-``: stdin), or on the bundled article."""
    attributor = Attributor(resources_dir=resources_dir)
    if text_file is None:
        folder = resources.files("quoteattr.demo")
        conllu = (folder / "article.conllu").read_text(encoding="utf-8")
        return attributor.attribute(read_conllu(conllu, name="article.conllu"))
    if text_file == STDIN:
        item = _Input(None, STDIN_NAME, conllu=False)
    else:
        path = Path(text_file)
        if not path.is_file():
            raise InputError(f"{text_file}: no such file")
        item = _Input(path, path.stem, conllu=path.suffix.lower() == ".conllu")
    if item.conllu and item.path is not None:
        return attributor.attribute(read_conllu(item.path), doc_id=item.name)
    return attributor.attribute(_read_text(item), doc_id=item.name)


def _demo_score(result: DocumentResult) -> str:
    """One line: the result scored against the bundled article's gold attributions."""
    from quoteattr.evaluate import evaluate, load_gold

    folder = resources.files("quoteattr.demo")
    text = (folder / "article.txt").read_text(encoding="utf-8")
    with resources.as_file(folder / "article.gold.json") as gold_path:
        gold = load_gold(gold_path, text=text)
    report = evaluate(gold, result)
    return (
        f"gold: {len(gold.attributions)} attributions; found {report.predictions}, "
        f"precision {report.precision:.2f}, recall {report.recall_in_scope:.2f}, "
        f"end-to-end F1 {report.e2e_f1:.2f}"
    )


def _demo(args: argparse.Namespace) -> int:
    with _quiet_stanza():
        result = _demo_result(args.text, args.resources_dir)
    score = _demo_score(result) if args.text is None else None
    newline = "" if args.format == "csv" else None
    with _opened(args.output, newline=newline) as out:
        if args.format == "html":
            out.write(_html_page(result))
        elif args.format == "table":
            out.write(_report(result, _table_width(args.output)) + "\n")
            if score is not None:
                out.write("\n" + score + "\n")
        else:
            _write(args.format, [result], out, include_text=False, width=None)
    if score is not None and args.format != "table":
        # the data stays machine-readable; the score goes beside it
        print(score, file=sys.stderr)
    return EXIT_OK


def _download(args: argparse.Namespace) -> int:
    from quoteattr.pipeline import download_models, resolve_resources_dir

    directory = download_models(resources_dir=args.resources_dir, progress=not args.no_progress)
    print(f"Stanza's English models are in {directory}")
    if directory != resolve_resources_dir():
        print(
            f"quoteattr finds them there with --resources-dir {directory}, "
            f"or when STANZA_RESOURCES_DIR={directory} is set"
        )
    return EXIT_OK


# --------------------------------------------------------------------------- parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _wrap(text: str) -> str:
    """A description filled to the width help text gets (descriptions are kept as given)."""
    return textwrap.fill(text, width=79)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quoteattr`` command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=_wrap(
            "Find direct, mixed and indirect quotes in English news, "
            "and who said them, through which medium."
        ),
        epilog=_EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        help="find and attribute the quotes of files",
        description=_wrap(
            "Find and attribute the quotes of files. A .conllu file is read as "
            "annotated (one document per `# newdoc`); any other file, and - (standard input), is "
            "raw UTF-8 text that Stanza annotates (its models are needed: `quoteattr download`). "
            "Directories are searched recursively. Each document is named by its `# newdoc id`, "
            "else by its file stem."
        ),
        epilog=_EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument(
        "inputs",
        nargs="+",
        metavar="FILE_OR_DIR",
        help="a .conllu file, a text file, a directory, or - for standard input",
    )
    extract.add_argument(
        "-f",
        "--format",
        choices=EXTRACT_FORMATS,
        default="jsonl",
        help="jsonl: one JSON object per document per line (default); json: one array; "
        "csv: one row per quote; table: a table and a who-said-what summary per document",
    )
    extract.add_argument(
        "-o", "--output", metavar="OUT", help="write to OUT instead of standard output"
    )
    extract.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="which files to take from directories; may be repeated "
        f"(default: {' and '.join(DEFAULT_GLOBS)})",
    )
    extract.add_argument(
        "--include-text",
        action="store_true",
        help="jsonl and json: also write each document's text (what "
        "DocumentResult.from_dict needs to read the results back)",
    )
    extract.add_argument(
        "--batch-size",
        type=_positive_int,
        default=32,
        metavar="N",
        help="raw texts Stanza annotates together (default: 32)",
    )
    extract.add_argument(
        "--resources-dir",
        metavar="DIR",
        help="Stanza's model folder (default: $STANZA_RESOURCES_DIR, else Stanza's cache)",
    )
    extract.add_argument(
        "--no-progress",
        action="store_true",
        help="no progress bar (one is shown on a terminal when there are several inputs)",
    )
    extract.set_defaults(run=_extract)

    demo = commands.add_parser(
        "demo",
        help="run on the bundled news article and score the result",
        description=_wrap(
            "Run quoteattr on the bundled demo article (hand-annotated CoNLL-U, no "
            "models needed), print who said what, and score it against the article's gold "
            "attributions. With --text, run on your own text instead (Stanza's models needed)."
        ),
        epilog=_EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    demo.add_argument(
        "-f",
        "--format",
        choices=DEMO_FORMATS,
        default="table",
        help="table (default): quotes, who said what and the score; html: the article with "
        "its quotes highlighted; jsonl, json, csv: the data (the score goes to stderr)",
    )
    demo.add_argument(
        "--text",
        metavar="FILE",
        help="your own text file instead (- for standard input; a .conllu file is read as "
        "annotated)",
    )
    demo.add_argument(
        "-o", "--output", metavar="OUT", help="write to OUT instead of standard output"
    )
    demo.add_argument("--resources-dir", metavar="DIR", help="Stanza's model folder, for --text")
    demo.set_defaults(run=_demo)

    download = commands.add_parser(
        "download",
        help="download Stanza's English models (network access needed)",
        description=_wrap(
            "Download the Stanza models quoteattr uses for raw text (tokenize, mwt, "
            "pos, lemma, depparse, ner, coref; the coref transformer is about 2 GB)."
        ),
        epilog=_EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    download.add_argument(
        "--resources-dir",
        metavar="DIR",
        help="where to put them (default: $STANZA_RESOURCES_DIR, else Stanza's cache)",
    )
    download.add_argument("--no-progress", action="store_true", help="no download progress")
    download.set_defaults(run=_download)
    return parser


# --------------------------------------------------------------------------- main


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def _one_line(message: str) -> str:
    return " ".join(message.split("\n"))


def _exit_code(code: str | int | None) -> int:
    if code is None:
        return EXIT_OK
    return code if isinstance(code, int) else EXIT_USAGE


def _silence_stdout() -> None:
    """After a broken pipe: send what is left for stdout nowhere, so exiting stays quiet."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``quoteattr`` command with ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return _exit_code(exit_.code)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code: int = args.run(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except ModelsUnavailableError as error:
        _error(str(error))
        return EXIT_MODELS
    except QuoteAttrError as error:
        _error(_one_line(str(error)))
        return EXIT_USAGE
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        _error(_one_line(f"{where}{error.strerror or error}"))
        return EXIT_USAGE
    return code
