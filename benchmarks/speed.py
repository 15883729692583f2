"""Speed of quoteattr's attribution next to textacy's direct_quotations.

Usage (from the repository root)::

    python benchmarks/speed.py [--data DIR] [--dataset polnear/dev] [--repeat 3] [--json OUT]

Measured on one dataset (default ``polnear/dev``), pinned to one CPU core where the system
allows it (``os.sched_setaffinity``):

* reading: CoNLL-U -> stanza Document for every document (best of ``--repeat``), shown
  separately since both systems start from the same Documents;
* quoteattr: ``quoteattr.attribute(doc)`` over the Documents already read (best of
  ``--repeat``);
* textacy: ``direct_quotations`` over spaCy Docs built beforehand; building those Docs
  (stanza Document -> spaCy Doc) is timed and reported on its own line, not in textacy's time;
* throughput in tokens per second (stanza tokens), the ratio of the two attribution times,
  and peak memory: the peak of Python allocations during one extra traced pass of each step
  (``tracemalloc``) and the process's maximum resident size (``resource.getrusage``).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peers


def pin_one_core() -> str:
    """Pin the process to one CPU core where possible; say what was done."""
    setaffinity = getattr(os, "sched_setaffinity", None)
    getaffinity = getattr(os, "sched_getaffinity", None)
    if setaffinity is None or getaffinity is None:
        return "not pinned (os.sched_setaffinity unavailable)"
    core = min(getaffinity(0))
    try:
        setaffinity(0, {core})
    except OSError as e:
        return f"not pinned ({e})"
    return f"pinned to core {core}"


def traced_peak(fn: Callable[[], object]) -> int:
    """Peak bytes of Python allocations while ``fn`` runs."""
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def max_rss_bytes() -> int | None:
    """The process's maximum resident set size, or None where unknown."""
    try:
        import resource
    except ImportError:
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(rss if sys.platform == "darwin" else rss * 1024)


def _mb(n: int | None) -> str:
    return "—" if n is None else f"{n / 2**20:.1f} MB"


def _row(label: str, seconds: float, tokens: int, docs: int, peak: int | None) -> dict[str, Any]:
    return {
        "step": label,
        "seconds": seconds,
        "tokens_per_second": tokens / seconds if seconds > 0 else None,
        "documents_per_second": docs / seconds if seconds > 0 else None,
        "peak_traced_bytes": peak,
    }


def measure(folder: Path, repeat: int, notes: list[str]) -> dict[str, Any]:
    """Time reading, quoteattr and textacy on every document of ``folder``."""
    docs = peers.triples(folder)
    paths = [conllu for _, _, conllu in docs]
    documents: list[Any] = []

    def read_all() -> None:
        documents.clear()
        documents.extend(peers.read_document(p) for p in paths)

    rows: list[dict[str, Any]] = []
    seconds = peers.best_of(repeat, read_all)
    tokens = sum(peers.count_tokens(d) for d in documents)
    rows.append(
        _row(f"reading CoNLL-U ({peers.reader_name()})", seconds, tokens, len(documents), None)
    )
    rows[-1]["peak_traced_bytes"] = traced_peak(read_all)

    timings: dict[str, float] = {}
    attribute, note = peers.quoteattr_attribute()
    if note:
        notes.append(note)
    if attribute is not None:
        fn = attribute
        try:
            fn(documents[0])
        except Exception as e:
            notes.append(f"quoteattr.attribute raised ({type(e).__name__}: {e}): not timed")
        else:

            def run_quoteattr() -> None:
                for d in documents:
                    fn(d)

            seconds = peers.best_of(repeat, run_quoteattr)
            timings["quoteattr"] = seconds
            rows.append(
                _row(
                    "quoteattr.attribute",
                    seconds,
                    tokens,
                    len(documents),
                    traced_peak(run_quoteattr),
                )
            )

    why = peers.textacy_available()
    if why is not None:
        notes.append(why + ": textacy not timed")
    else:
        built: list[peers.SpacyDoc] = []
        vocab = peers.blank_vocab()

        def build_all() -> None:
            built.clear()
            built.extend(peers.to_spacy(d, vocab) for d in documents)

        seconds = peers.best_of(repeat, build_all)
        rows.append(
            _row(
                "building spaCy Docs (not in textacy's time)",
                seconds,
                tokens,
                len(documents),
                traced_peak(build_all),
            )
        )
        refused = [0]

        def run_textacy() -> None:
            refused[0] = sum(peers.textacy_quotes(sd).error is not None for sd in built)

        seconds = peers.best_of(repeat, run_textacy)
        timings["textacy"] = seconds
        rows.append(
            _row(
                "textacy direct_quotations",
                seconds,
                tokens,
                len(documents),
                traced_peak(run_textacy),
            )
        )
        notes.append(
            f"textacy refused {refused[0]} of {len(documents)} documents (odd number of "
            "quotation marks); the time includes those refusals"
        )
    ratio = None
    if "quoteattr" in timings and "textacy" in timings and timings["textacy"] > 0:
        ratio = timings["quoteattr"] / timings["textacy"]
    return {
        "dataset": str(folder),
        "documents": len(documents),
        "tokens": tokens,
        "repeat": repeat,
        "rows": rows,
        "quoteattr_time_over_textacy_time": ratio,
        "max_rss_bytes": max_rss_bytes(),
    }


def format_result(result: dict[str, Any]) -> str:
    """The measurements as a plain-text table."""
    headers = ["step", "seconds", "tokens/s", "docs/s", "peak (traced)"]
    body = [
        [
            r["step"],
            f"{r['seconds']:.3f}",
            "—" if r["tokens_per_second"] is None else f"{r['tokens_per_second']:,.0f}",
            "—" if r["documents_per_second"] is None else f"{r['documents_per_second']:,.1f}",
            _mb(r["peak_traced_bytes"]),
        ]
        for r in result["rows"]
    ]
    widths = [max(len(x[k]) for x in (headers, *body)) for k in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(widths[k]) if k == 0 else c.rjust(widths[k]) for k, c in enumerate(cells)
        )

    out = [
        f"{result['dataset']}: {result['documents']} documents, {result['tokens']:,} tokens, "
        f"best of {result['repeat']}",
        line(headers),
        "  ".join("-" * w for w in widths),
        *(line(b) for b in body),
    ]
    ratio = result["quoteattr_time_over_textacy_time"]
    if ratio is not None:
        how = f"{ratio:.2f}x textacy's time" if ratio >= 1 else f"{1 / ratio:.2f}x faster"
        out.append(f"quoteattr attribution time / textacy time = {ratio:.2f} ({how})")
    out.append(f"process max resident size: {_mb(result['max_rss_bytes'])}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the speed benchmark; returns the exit status (1 when the data is missing)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="data folder (default $QUOTEATTR_DATA or ../shared/data)")
    parser.add_argument("--dataset", default="polnear/dev", help="default: %(default)s")
    parser.add_argument("--repeat", type=int, default=3, help="best of N (default: %(default)s)")
    parser.add_argument("--json", metavar="OUT", help="write the measurements as JSON")
    parser.add_argument("--no-pin", action="store_true", help="do not pin to one core")
    args = parser.parse_args(argv)

    folder = peers.data_dir(args.data) / args.dataset
    if not folder.is_dir() or not peers.triples(folder):
        print(
            f"No benchmark data found in {folder}. Point --data (or $QUOTEATTR_DATA) at the "
            "shared data folder described in shared/data/README.md.",
            file=sys.stderr,
        )
        return 1
    notes = ["not pinned (--no-pin)" if args.no_pin else pin_one_core()]
    result = measure(folder, args.repeat, notes)
    result["notes"] = notes
    print(format_result(result))
    for note in notes:
        print("note:", note)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
