"""Accuracy of quoteattr and of textacy's direct_quotations against gold attributions.

Usage (from the repository root)::

    python benchmarks/accuracy.py [--data DIR] [--examples DIR] [--datasets a,b,...]
                                  [--systems quoteattr,textacy] [--json OUT] [--misses OUT]

Datasets are folders of ``NAME.txt`` / ``NAME.conllu`` / ``NAME.gold.json`` triples under the
data folder (``--data``, else ``$QUOTEATTR_DATA``, else ``<repo>/../shared/data``):
``polnear/dev``, ``gum-news``, ``gum-interview``; ``seed`` is the hand-annotated seed
article in the examples folder (``--examples``, else ``<repo>/../shared/examples``). Any other
name is taken as a folder under the data folder. PolNeAR's test split is never read.

Both systems read the same annotations: the CoNLL-U is read once per document (with
``quoteattr.read_conllu``), quoteattr runs ``quoteattr.attribute(doc)``, textacy runs on a spaCy
Doc built from the same Document (see ``peers.py``). Scores follow ``quoteattr.evaluate``.
Printed: one row per dataset and system (precision, recall per gold category, in-scope F1,
kind accuracy, speaker, cue and source accuracy, end-to-end P/R/F1), then a per-rule and
per-sieve table. On GUM datasets a second quoteattr row, ``quoteattr/split``, scores the same
predictions in GUM's segmentation, where every stretch inside quotation marks is a quotation
of its own (a split quote is two, a quoted fragment of a mixed quote is one more): GUM and
PolNeAR (whose convention quoteattr follows) segment quotes differently, and one output
cannot meet both. ``--json`` writes every report's counts and metrics; ``--misses`` writes one
JSON line per error (unmatched gold or prediction, wrong speaker, cue, source or kind) with the
text involved, for inspection.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peers

from quoteattr.evaluate import (
    SPEECH_LEMMAS,
    GoldDocument,
    Report,
    evaluate,
    format_breakdown,
    format_table,
    load_gold,
    split_at_quotation_marks,
)

DEFAULT_DATASETS: tuple[str, ...] = ("polnear/dev", "gum-news", "gum-interview", "seed")
SYSTEMS: tuple[str, ...] = ("quoteattr", "textacy")
#: The row of quoteattr's predictions in GUM's segmentation (one quotation per quoted
#: stretch: ``quoteattr.evaluate.split_at_quotation_marks``), on GUM datasets only.
SPLIT_ROW = "quoteattr/split"
_CONTEXT = 80


def dataset_dir(name: str, data: Path, examples: Path) -> Path:
    """The folder of a dataset name (``seed`` is the examples folder)."""
    return examples if name == "seed" else data / name


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - _CONTEXT) : min(len(text), end + _CONTEXT)]


class _System:
    """One system's run over the datasets: its report per dataset, its errors."""

    def __init__(self, name: str, fn: Callable[[Any], Sequence[dict[str, Any]] | Any]) -> None:
        self.name = name
        self.fn = fn
        self.errors: dict[str, list[str]] = {}

    def predict(self, dataset: str, doc_name: str, document: Any) -> Any:
        try:
            return self.fn(document)
        except _Refused as e:
            self.errors.setdefault(dataset, []).append(f"{doc_name}: {e}")
            return []
        except Exception as e:
            self.errors.setdefault(dataset, []).append(f"{doc_name}: {type(e).__name__}: {e}")
            return []


def _textacy(document: Any) -> list[dict[str, Any]]:
    run = peers.run_textacy(document)
    if run.error is not None:
        raise _Refused(run.error)
    return list(run.quotes)


class _Refused(Exception):
    """textacy gave up on a document (no predictions for it)."""


def _count_mixed(gold: GoldDocument, report: Report, counts: dict[bool, list[int]]) -> None:
    """Tally mixed gold attributions by whether their cue is a speech lemma, and how
    many were matched: PolNeAR's mixed ones include beliefs and evaluations ("hailed",
    "sees X as “…”"), which a detector of reported speech does not look for."""
    missed = {m.gold_id for m in report.misses if m.problem == "unmatched-gold"}
    for g in gold.attributions:
        if g.kind != "mixed":
            continue
        tally = counts[g.cue_lemma in SPEECH_LEMMAS]
        tally[1] += 1
        tally[0] += g.id not in missed


def _mixed_note(counts: dict[bool, list[int]]) -> str:
    parts = []
    for speech, label in ((True, "speech cues"), (False, "other cues")):
        hit, total = counts[speech]
        parts.append(f"{label} {hit}/{total} = {hit / total:.3f}")
    return ", ".join(parts)


def build_systems(names: Sequence[str], notes: list[str]) -> list[_System]:
    """The systems that can run, with a note for each one that cannot."""
    out = []
    for name in names:
        if name == "quoteattr":
            fn, note = peers.quoteattr_attribute()
            if note:
                notes.append(note)
            if fn is not None:
                out.append(_System("quoteattr", fn))
        elif name == "textacy":
            why = peers.textacy_available()
            if why is None:
                out.append(_System("textacy", _textacy))
            else:
                notes.append(why + ": the textacy row is skipped")
        else:
            raise SystemExit(f"unknown system {name!r}; choose from {', '.join(SYSTEMS)}")
    return out


def run(
    datasets: Sequence[str],
    data: Path,
    examples: Path,
    systems: Sequence[_System],
    notes: list[str],
    misses_out: Any | None = None,
) -> dict[str, dict[str, Report]]:
    """Evaluate every system on every dataset; returns ``{dataset: {system: Report}}``."""
    results: dict[str, dict[str, Report]] = {}
    for ds in datasets:
        folder = dataset_dir(ds, data, examples)
        docs = peers.triples(folder) if folder.is_dir() else []
        if not docs:
            notes.append(f"{ds}: no NAME.gold.json + NAME.conllu documents in {folder}: skipped")
            continue
        split = ds.startswith("gum") and any(s.name == "quoteattr" for s in systems)
        mixed = {True: [0, 0], False: [0, 0]}  # speech cue? -> [matched, gold]
        reports = {s.name: Report() for s in systems}
        if split:
            reports[SPLIT_ROW] = Report()
        for name, gold_path, conllu in docs:
            gold = load_gold(gold_path)
            document = peers.read_document(conllu)
            for system in systems:
                predictions = system.predict(ds, name, document)
                report = evaluate(gold, predictions)
                reports[system.name] += report
                if system.name == "quoteattr":
                    _count_mixed(gold, report, mixed)
                if split and system.name == "quoteattr":
                    reports[SPLIT_ROW] += evaluate(gold, split_at_quotation_marks(predictions))
                if misses_out is not None:
                    for miss in report.misses:
                        row = {"dataset": ds, "system": system.name, **miss.to_dict()}
                        row["context"] = _context(gold.text, miss.start, miss.end)
                        misses_out.write(json.dumps(row, ensure_ascii=False) + "\n")
        results[ds] = reports
        if mixed[True][1] and mixed[False][1]:
            notes.append(f"{ds}: quoteattr mixed recall by gold cue: {_mixed_note(mixed)}")
    for system in systems:
        for ds, errors in system.errors.items():
            what = "refused" if system.name == "textacy" else "raised on"
            notes.append(
                f"{system.name} {what} {len(errors)} of {results[ds][system.name].documents} "
                f"{ds} documents (no predictions for them); first: {errors[0]}"
            )
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; returns the exit status (1 when no dataset could be read)."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", help="data folder (default $QUOTEATTR_DATA or ../shared/data)")
    parser.add_argument("--examples", help="examples folder (default ../shared/examples)")
    parser.add_argument(
        "--datasets",
        default=",".join(DEFAULT_DATASETS),
        help="comma-separated dataset names (default: %(default)s)",
    )
    parser.add_argument(
        "--systems", default=",".join(SYSTEMS), help="comma-separated (default: %(default)s)"
    )
    parser.add_argument("--json", metavar="OUT", help="write counts and metrics as JSON")
    parser.add_argument("--misses", metavar="OUT", help="write every error as JSON lines")
    args = parser.parse_args(argv)

    data, examples = peers.data_dir(args.data), peers.examples_dir(args.examples)
    datasets = [d for d in args.datasets.split(",") if d]
    if not any(dataset_dir(d, data, examples).is_dir() for d in datasets):
        print(
            f"No benchmark data found: none of {', '.join(datasets)} exists under {data} "
            f"(or {examples} for 'seed'). Point --data (or $QUOTEATTR_DATA) at the shared data "
            "folder described in shared/data/README.md.",
            file=sys.stderr,
        )
        return 1
    notes: list[str] = [f"CoNLL-U read with {peers.reader_name()}"]
    systems = build_systems([s for s in args.systems.split(",") if s], notes)
    misses_out = open(args.misses, "w", encoding="utf-8") if args.misses else None  # noqa: SIM115
    try:
        results = run(datasets, data, examples, systems, notes, misses_out)
    finally:
        if misses_out is not None:
            misses_out.close()
    rows = [((ds, sys_name), r) for ds, by in results.items() for sys_name, r in by.items()]
    print(format_table(rows, label_headers=("dataset", "system")))
    print()
    print(format_breakdown(rows, label_headers=("dataset", "system")))
    if notes:
        print()
        for note in notes:
            print("note:", note)
    if args.json:
        payload = {
            "datasets": {
                ds: {name: r.to_dict() for name, r in by.items()} for ds, by in results.items()
            },
            "errors": {s.name: {ds: len(e) for ds, e in s.errors.items()} for s in systems},
            "notes": notes,
        }
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(payload, f, ensure_ascii=False, indent=1)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
