"""How fast quoteattr reads CoNLL-U, next to Stanza's own reader.

Reads every ``*.conllu`` file in a folder (by default the PolNeAR dev split of the
shared evaluation data) with :func:`quoteattr.conllu.read_conllu` and with
``stanza.utils.conll.CoNLL.conll2doc`` (plain; with ``reconstruct_text=True``, which is
what it takes to get ``doc.text`` from Stanza; and plain with the garbage collector
paused, as ``read_conllu`` pauses it while it builds a document), in the same process,
and prints the best of three runs for each as a small table. ``read_conllu`` also builds
the text, ``doc.ents`` and ``doc.coref``, which ``conll2doc`` does not.

Usage::

    python benchmarks/read_speed.py [FOLDER_OR_FILE ...] [--repeat N]

The shared data is found through ``$QUOTEATTR_DATA`` or ``<repo>/../shared/data``.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def default_folder() -> Path:
    """The PolNeAR dev split of the shared data."""
    root = os.environ.get("QUOTEATTR_DATA")
    data = Path(root) if root else REPO.parent / "shared" / "data"
    return data / "polnear" / "dev"


def conllu_files(paths: Sequence[Path]) -> list[Path]:
    """Every ``.conllu`` file named, or inside a folder named."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.conllu")))
        elif path.is_file():
            files.append(path)
    return files


def best_of(repeat: int, read: Callable[[Path], Any], files: list[Path]) -> tuple[float, int]:
    """Best wall time over ``repeat`` runs reading all files, and the number of words."""
    best = float("inf")
    words = 0
    for _ in range(repeat):
        words = 0
        gc.collect()  # so that no reader pays for the garbage of the one before
        began = time.perf_counter()
        for path in files:
            words += read(path).num_words
        best = min(best, time.perf_counter() - began)
    return best, words


def gc_paused(read: Callable[[Path], Any]) -> Callable[[Path], Any]:
    """``read`` with the cyclic garbage collector paused, as read_conllu pauses it."""

    def paused(path: Path) -> Any:
        gc.disable()
        try:
            return read(path)
        finally:
            gc.enable()

    return paused


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="folders or .conllu files")
    parser.add_argument("--repeat", type=int, default=3, help="runs per reader (best is kept)")
    args = parser.parse_args(argv)
    paths = args.paths or [default_folder()]
    files = conllu_files(paths)
    if not files:
        where = ", ".join(str(path) for path in paths)
        print(
            f"no .conllu files found in {where}; pass a folder or file, or set QUOTEATTR_DATA "
            "to the shared data folder (the one holding polnear/dev)",
            file=sys.stderr,
        )
        return 2

    if str(REPO) not in sys.path:  # run from a checkout without installing
        sys.path.insert(0, str(REPO))
    from stanza.utils.conll import CoNLL

    from quoteattr.conllu import read_conllu

    readers: list[tuple[str, Callable[[Path], Any]]] = [
        ("quoteattr.conllu.read_conllu", read_conllu),
        ("CoNLL.conll2doc", lambda path: CoNLL.conll2doc(input_file=str(path))),
        (
            "CoNLL.conll2doc(reconstruct_text=True)",
            lambda path: CoNLL.conll2doc(input_file=str(path), reconstruct_text=True),
        ),
        (
            "CoNLL.conll2doc, GC paused like ours",
            gc_paused(lambda path: CoNLL.conll2doc(input_file=str(path))),
        ),
    ]
    print(f"{len(files)} files, best of {args.repeat} runs\n")
    print(f"| {'reader':<40} | {'words':>7} | {'seconds':>7} | {'words/s':>8} |")
    print(f"|{'-' * 42}|{'-' * 9}|{'-' * 9}|{'-' * 10}|")
    with warnings.catch_warnings():
        # conll2doc(reconstruct_text=True) warns about `# text` it cannot align
        warnings.simplefilter("ignore")
        for label, read in readers:
            seconds, words = best_of(args.repeat, read, files)
            print(f"| {label:<40} | {words:>7} | {seconds:>7.3f} | {words / seconds:>8.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
