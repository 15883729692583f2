"""Canonical speakers against gold coreference: is the speaker's chain the gold entity?

For corpora whose gold attributions carry ``speaker_cluster`` (GUM: the gold entity id
of the speaker), this checks, for every such attribution that a predicted quote matches
(Jaccard >= 0.5 on trimmed content, the best-overlapping prediction), whether the
predicted speaker's coreference chain is that entity. The chain -> entity map is read
independently of quoteattr's reader: straight from the ``Entity=`` brackets.

    python benchmarks/speakers.py [--data DIR] [--datasets gum-news,gum-interview]
"""

from __future__ import annotations

import argparse
import collections
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peers

from quoteattr import Attributor, read_conllu
from quoteattr.evaluate import load_gold, trim_span

# one-word mention "(e3-person)", opening "(e3-person", closing "e3)"
_BRACKET = regex.compile(r"\(([^()]+)\)|\(([^()]+)|([^()]+)\)")


def entity_spans(conllu: Path) -> dict[tuple[int, int, int], str]:
    """(sentence, first word, end word) -> entity id, from the ``Entity=`` brackets."""
    spans: dict[tuple[int, int, int], str] = {}
    sent = -1
    word = 0
    opened: dict[str, list[int]] = collections.defaultdict(list)
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if word:
                word = 0
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        if cols[0] == "1":
            sent += 1
            word = 0
            opened.clear()
        for item in cols[9].split("|"):
            if not item.startswith("Entity="):
                continue
            for m in _BRACKET.finditer(item[len("Entity=") :]):
                single, opening, closing = m.groups()
                if single is not None:
                    spans[(sent, word, word + 1)] = single.split("-")[0]
                elif opening is not None:
                    opened[opening.split("-")[0]].append(word)
                else:
                    eid = closing.split("-")[0]
                    if opened[eid]:
                        spans[(sent, opened[eid].pop(), word + 1)] = eid
        word += 1
    return spans


def chain_entities(document: Any, spans: dict[tuple[int, int, int], str]) -> dict[int, str]:
    """Chain index -> the entity id most of its mentions carry."""
    out: dict[int, str] = {}
    for chain in document.coref or ():
        votes = collections.Counter(
            spans[(m.sentence, m.start_word, m.end_word)]
            for m in chain.mentions
            if (m.sentence, m.start_word, m.end_word) in spans
        )
        if votes:
            out[chain.index] = votes.most_common(1)[0][0]
    return out


def _content(text: str, spans: Sequence[Sequence[int]]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        a, b = trim_span(text, s, e)
        out.update(range(a, b))
    return out


def score(folder: Path, attributor: Attributor) -> tuple[int, int, int]:
    """(gold quotes with a speaker cluster, of them matched, of those with the right chain)."""
    total = matched = right = 0
    for _name, gold_path, conllu in peers.triples(folder):
        gold = load_gold(gold_path)
        raw = {a["id"]: a for a in _raw_gold(gold_path)}
        document = read_conllu(conllu)
        result = attributor.attribute(document)
        entities = chain_entities(document, entity_spans(conllu))
        predicted = [(_content(gold.text, [(s.start, s.end) for s in q.spans]), q) for q in result]
        for attribution in gold.attributions:
            cluster = raw.get(attribution.id, {}).get("speaker_cluster")
            if cluster is None:
                continue
            total += 1
            content = _content(gold.text, attribution.content)
            best, best_j = None, 0.0
            for pcontent, q in predicted:
                union = len(content | pcontent)
                j = len(content & pcontent) / union if union else 0.0
                if j > best_j:
                    best, best_j = q, j
            if best is None or best_j < 0.5:
                continue
            matched += 1
            if best.speaker is not None and best.speaker.chain is not None:
                right += entities.get(best.speaker.chain) == str(cluster)
    return total, matched, right


def _raw_gold(path: Path) -> list[dict[str, Any]]:
    import json

    data = json.loads(path.read_text(encoding="utf-8"))
    return list(data.get("attributions", ()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="data folder (default $QUOTEATTR_DATA or ../shared/data)")
    parser.add_argument("--datasets", default="gum-news,gum-interview")
    args = parser.parse_args(argv)
    data = peers.data_dir(args.data)
    attributor = Attributor()
    print(f"{'dataset':<15} {'with cluster':>12} {'matched':>8} {'right chain':>11} {'share':>6}")
    found = False
    for ds in [d for d in args.datasets.split(",") if d]:
        folder = data / ds
        if not folder.is_dir():
            print(f"{ds:<15} (no data at {folder})")
            continue
        found = True
        total, matched, right = score(folder, attributor)
        share = f"{right / matched:.3f}" if matched else "—"
        print(f"{ds:<15} {total:>12} {matched:>8} {right:>11} {share:>6}")
    if not found:
        print("No data found: point --data (or $QUOTEATTR_DATA) at shared/data.", file=sys.stderr)
        return 1
    print("share = right chain / matched (the speaker's chain is the gold speaker_cluster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
