"""Smoke tests: the benchmark scripts run end to end on the tiny hand-made fixture."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "benchmarks"
FIXTURES = Path(__file__).parent / "fixtures"


def load_script(name: str) -> ModuleType:
    """Import ``benchmarks/NAME.py`` under a private module name."""
    spec = importlib.util.spec_from_file_location(f"_quoteattr_bench_{name}", BENCH / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def accuracy() -> ModuleType:
    """The accuracy benchmark script as a module."""
    return load_script("accuracy")


@pytest.fixture(scope="module")
def speed() -> ModuleType:
    """The speed benchmark script as a module."""
    return load_script("speed")


@pytest.fixture(scope="module")
def peers(accuracy: ModuleType) -> ModuleType:
    """The peers helper module, as the scripts import it."""
    module: ModuleType = accuracy.peers
    return module


@pytest.fixture
def textacy_ready() -> None:
    """Skip when textacy or spaCy cannot be imported."""
    pytest.importorskip("spacy")
    pytest.importorskip("textacy.extract.triples")


def run_accuracy(accuracy: ModuleType, tmp_path: Path, systems: str) -> dict[str, Any]:
    out, misses = tmp_path / "acc.json", tmp_path / "misses.jsonl"
    status = accuracy.main(
        [
            "--data",
            str(FIXTURES),
            "--examples",
            str(tmp_path / "none"),
            "--datasets",
            "bench",
            "--systems",
            systems,
            "--json",
            str(out),
            "--misses",
            str(misses),
        ]
    )
    assert status == 0
    payload: dict[str, Any] = json.loads(out.read_text())
    payload["_misses"] = [json.loads(line) for line in misses.read_text().splitlines()]
    return payload


class TestAccuracyScript:
    @pytest.mark.usefixtures("textacy_ready")
    def test_textacy_on_the_fixture(
        self, accuracy: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """textacy finds the two said-quotes of the fixture and the quoted phrase of the storm."""
        payload = run_accuracy(accuracy, tmp_path, "textacy")
        report = payload["datasets"]["bench"]["textacy"]
        assert (report["documents"], report["predictions"], report["matched"]) == (2, 3, 3)
        assert report["recall"]["direct"] == pytest.approx(2 / 3)
        assert report["recall"]["indirect"] == 0.0
        assert report["speaker"] == {"correct": 3, "total": 3, "accuracy": 1.0}
        assert report["source"]["total"] == 1  # only the storm document annotates media
        assert report["end_to_end"]["correct"] == 2
        problems = {(m["doc"], m["problem"], m.get("gold_id")) for m in payload["_misses"]}
        assert ("harbour", "unmatched-gold", "Q2") in problems
        assert all(m["context"] for m in payload["_misses"])
        printed = capsys.readouterr().out
        assert "bench" in printed
        assert "textacy" in printed

    def test_quoteattr_row_or_note(self, accuracy: ModuleType, tmp_path: Path) -> None:
        """quoteattr either gets a row or a note saying why not; the script still succeeds."""
        payload = run_accuracy(accuracy, tmp_path, "quoteattr")
        rows = payload["datasets"].get("bench", {})
        assert "quoteattr" in rows or any("quoteattr" in n for n in payload["notes"])

    def test_missing_data(
        self, accuracy: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Without data the script says where it looked and exits with 1."""
        status = accuracy.main(["--data", str(tmp_path), "--examples", str(tmp_path / "x")])
        assert status == 1
        assert "No benchmark data found" in capsys.readouterr().err

    def test_unknown_system(self, accuracy: ModuleType) -> None:
        """An unknown system name stops the script with a message."""
        with pytest.raises(SystemExit, match="unknown system"):
            accuracy.main(["--data", str(FIXTURES), "--datasets", "bench", "--systems", "nope"])


class TestPeers:
    def test_held_out_split_is_refused(self, peers: ModuleType, tmp_path: Path) -> None:
        """Any path inside PolNeAR's test split is refused before it is read."""
        with pytest.raises(SystemExit, match="held out"):
            peers.triples(tmp_path / "polnear" / "test")

    @pytest.mark.usefixtures("textacy_ready")
    def test_spacy_doc_keeps_offsets(self, peers: ModuleType) -> None:
        """The spaCy Doc has one token per stanza word, with the original offsets."""
        doc = peers.read_document(FIXTURES / "bench" / "harbour.conllu")
        sd = peers.to_spacy(doc)
        assert len(sd.doc) == sum(len(s.words) for s in doc.sentences) == len(sd.offsets)
        assert all(sd.text[s:e] == tok.text for (s, e), tok in zip(sd.offsets, sd.doc, strict=True))
        assert [t.dep_ for t in sd.doc][:3] == ["compound", "nsubjpass", "ROOT"]
        assert len(list(sd.doc.sents)) == len(doc.sentences)

    @pytest.mark.usefixtures("textacy_ready")
    def test_textacy_triples(self, peers: ModuleType) -> None:
        """textacy's triples become quote dicts with content, speaker and cue offsets."""
        run = peers.run_textacy(peers.read_document(FIXTURES / "bench" / "harbour.conllu"))
        assert run.error is None
        got = [(q["text"], q["speaker"]["mention"]["text"], q["cue"]["text"]) for q in run.quotes]
        assert got == [
            ("We will build the new bridge before the winter,", "mayor", "said"),
            ("It is too late for us,", "Tom Reed", "said"),
        ]
        assert {q["rule"] for q in run.quotes} == {"textacy"}

    @pytest.mark.usefixtures("textacy_ready")
    def test_odd_quotation_marks_are_counted(self, peers: ModuleType) -> None:
        """A document textacy refuses yields no quotes and the refusal is recorded."""
        from stanza.utils.conll import CoNLL

        conllu = (
            '# text = He said "no.\n'
            "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tstart_char=0|end_char=2\n"
            "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\tstart_char=3|end_char=7\n"
            '3\t"\t"\tPUNCT\t``\t_\t4\tpunct\t_\tSpaceAfter=No|start_char=8|end_char=9\n'
            "4\tno\tno\tINTJ\tUH\t_\t2\tccomp\t_\tSpaceAfter=No|start_char=9|end_char=11\n"
            "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tstart_char=11|end_char=12\n\n"
        )
        doc = CoNLL.conll2doc(input_str=conllu)
        doc.text = 'He said "no.'
        run = peers.run_textacy(doc)
        assert run.quotes == ()
        assert run.error is not None
        assert "quotation marks" in run.error


class TestSpeedScript:
    def test_runs_on_the_fixture(
        self, speed: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The speed script times reading and whatever systems are available."""
        out = tmp_path / "speed.json"
        status = speed.main(
            [
                "--data",
                str(FIXTURES),
                "--dataset",
                "bench",
                "--repeat",
                "1",
                "--no-pin",
                "--json",
                str(out),
            ]
        )
        assert status == 0
        result = json.loads(out.read_text())
        assert (result["documents"], result["tokens"]) == (2, 97)
        steps = [r["step"] for r in result["rows"]]
        assert steps[0].startswith("reading CoNLL-U")
        if importlib.util.find_spec("textacy") is not None:
            assert "textacy direct_quotations" in steps
        assert "tokens/s" in capsys.readouterr().out

    def test_missing_data(self, speed: ModuleType, tmp_path: Path) -> None:
        """Without data the speed script exits with 1."""
        assert speed.main(["--data", str(tmp_path), "--no-pin"]) == 1
