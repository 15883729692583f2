"""Tests for quoteattr.cli: the ``quoteattr`` command (extract, demo, download)."""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from offline_pipeline import conllu, fixture_text, offline_pipeline

import quoteattr
import quoteattr.pipeline
from quoteattr import cli
from quoteattr.api import Attributor
from quoteattr.errors import ModelsUnavailableError

# ------------------------------------------------------------------------ fixtures

# A ferry report: a direct quote (quote first, attribution after) and an indirect one
# whose pronoun speaker corefers with "the captain". Offsets as Stanza writes them.
FERRY = conllu(
    """
    # newpar
    # text = “The fog will lift by noon,” the captain said.
    1   “        "        PUNCT  ``   _                       5   punct  _  SpaceAfter=No|start_char=0|end_char=1|ner=O
    2   The      the      DET    DT   Definite=Def            3   det    _  start_char=1|end_char=4|ner=O
    3   fog      fog      NOUN   NN   Number=Sing             5   nsubj  _  start_char=5|end_char=8|ner=O
    4   will     will     AUX    MD   VerbForm=Fin            5   aux    _  start_char=9|end_char=13|ner=O
    5   lift     lift     VERB   VB   VerbForm=Inf            12  ccomp  _  start_char=14|end_char=18|ner=O
    6   by       by       ADP    IN   _                       7   case   _  start_char=19|end_char=21|ner=O
    7   noon     noon     NOUN   NN   Number=Sing             5   obl    _  SpaceAfter=No|start_char=22|end_char=26|ner=S-TIME
    8   ,        ,        PUNCT  ,    _                       5   punct  _  SpaceAfter=No|start_char=26|end_char=27|ner=O
    9   ”        "        PUNCT  ''   _                       5   punct  _  start_char=27|end_char=28|ner=O
    10  the      the      DET    DT   Definite=Def            11  det    _  Entity=(e1-person|start_char=29|end_char=32|ner=O
    11  captain  captain  NOUN   NN   Number=Sing             12  nsubj  _  Entity=e1)|start_char=33|end_char=40|ner=O
    12  said     say      VERB   VBD  Tense=Past|VerbForm=Fin 0   root   _  SpaceAfter=No|start_char=41|end_char=45|ner=O
    13  .        .        PUNCT  .    _                       12  punct  _  start_char=45|end_char=46|ner=O

    # text = She added that the harbour would reopen.
    1   She      she      PRON   PRP  Case=Nom|PronType=Prs   2   nsubj  _  Entity=(e1-person)|start_char=47|end_char=50|ner=O
    2   added    add      VERB   VBD  Tense=Past|VerbForm=Fin 0   root   _  start_char=51|end_char=56|ner=O
    3   that     that     SCONJ  IN   _                       7   mark   _  start_char=57|end_char=61|ner=O
    4   the      the      DET    DT   Definite=Def            5   det    _  Entity=(e2-place|start_char=62|end_char=65|ner=O
    5   harbour  harbour  NOUN   NN   Number=Sing             7   nsubj  _  Entity=e2)|start_char=66|end_char=73|ner=O
    6   would    would    AUX    MD   VerbForm=Fin            7   aux    _  start_char=74|end_char=79|ner=O
    7   reopen   reopen   VERB   VB   VerbForm=Inf            2   ccomp  _  SpaceAfter=No|start_char=80|end_char=86|ner=O
    8   .        .        PUNCT  .    _                       2   punct  _  start_char=86|end_char=87|ner=O
    """
)

FERRY_QUOTE = "The fog will lift by noon"

# Two documents in one file, each with its own `# newdoc id`.
BAKERY = conllu(
    """
    # newdoc id = bakery-one
    # text = “Bread is back,” the baker said.
    1  “      "      PUNCT  ``   _           4  punct  _  SpaceAfter=No
    2  Bread  bread  NOUN   NN   Number=Sing 4  nsubj  _  _
    3  is     be     AUX    VBZ  _           4  cop    _  _
    4  back   back   ADV    RB   _           8  ccomp  _  SpaceAfter=No
    5  ,      ,      PUNCT  ,    _           4  punct  _  SpaceAfter=No
    6  ”      "      PUNCT  ''   _           4  punct  _  _
    7  the    the    DET    DT   _           8  det    _  _
    8  baker  baker  NOUN   NN   Number=Sing 9  nsubj  _  _
    9  said   say    VERB   VBD  Tense=Past  0  root   _  SpaceAfter=No
    10 .      .      PUNCT  .    _           9  punct  _  _

    # newdoc id = bakery-two
    # text = Flour prices rose.
    1  Flour   flour  NOUN   NN   Number=Sing  2  compound  _  _
    2  prices  price  NOUN   NNS  Number=Plur  3  nsubj     _  _
    3  rose    rise   VERB   VBD  Tense=Past   0  root      _  SpaceAfter=No
    4  .       .      PUNCT  .    _            3  punct     _  _
    """
)

CONTRACT_KEYS = {"kind", "text", "spans", "cue", "speaker", "source"}
SCORE_LINE = re.compile(
    r"gold: \d+ attributions; found \d+, precision \d\.\d\d, recall \d\.\d\d, "
    r"end-to-end F1 \d\.\d\d"
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run ``quoteattr argv`` in-process; return the exit code, stdout and stderr."""
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def jsonl(text: str) -> list[dict[str, Any]]:
    """Parse JSON Lines output (every line must be one object)."""
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def ferry_file(tmp_path: Path) -> Path:
    """The ferry report as a one-document CoNLL-U file without a `# newdoc id`."""
    path = tmp_path / "ferry.conllu"
    path.write_text(FERRY, encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A directory: two CoNLL-U files (one nested), a note that is not news, a README."""
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    (folder / "ferry.conllu").write_text(FERRY, encoding="utf-8")
    (folder / "nested" / "bakery.conllu").write_text(BAKERY, encoding="utf-8")
    (folder / "notes.md").write_text("not news\n", encoding="utf-8")
    return folder


@pytest.fixture
def offline_models(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[dict[str, Any]]:
    """Make every pipeline quoteattr builds an offline one that knows the ferry report.

    Returns the list of the keyword arguments each build was called with.
    """
    calls: list[dict[str, Any]] = []

    def build(**options: Any) -> Any:
        calls.append(options)
        return offline_pipeline(FERRY, tmp_path / "resources")

    monkeypatch.setattr(quoteattr.pipeline, "build_pipeline", build)
    return calls


@pytest.fixture
def no_models(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Make quoteattr find no models: an empty resources folder, downloads forbidden."""
    real = quoteattr.pipeline.build_pipeline
    empty = tmp_path / "no-models"
    empty.mkdir()

    def build(**options: Any) -> Any:
        options.update(download="never", resources_dir=empty)
        return real(**options)

    monkeypatch.setattr(quoteattr.pipeline, "build_pipeline", build)


@pytest.fixture(scope="module")
def demo_speakers() -> set[str]:
    """The gold canonical speaker names of the demo article that the engine also finds."""
    folder = resources.files("quoteattr.demo")
    gold = json.loads((folder / "article.gold.json").read_text(encoding="utf-8"))
    gold_names = {a["speaker"] for a in gold["attributions"] if a["speaker"]}
    document = quoteattr.read_conllu((folder / "article.conllu").read_text(encoding="utf-8"))
    found = {speaker.name for speaker in Attributor().attribute(document).speakers}
    return gold_names & found


# ------------------------------------------------------------------------ tests


class TestMain:
    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the program name and version and exits 0."""
        code, out, _ = run(["--version"], capsys)
        assert code == 0
        assert out.strip() == f"quoteattr {quoteattr.__version__}"

    def test_no_command_prints_help_and_exits_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without a subcommand the help goes to stderr and the exit code is 2."""
        code, out, err = run([], capsys)
        assert code == cli.EXIT_USAGE
        assert out == ""
        assert "usage: quoteattr" in err
        for command in ("extract", "demo", "download"):
            assert command in err

    def test_help_exits_0(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--help prints the usage with the exit codes and returns 0 instead of exiting."""
        code, out, _ = run(["extract", "--help"], capsys)
        assert code == 0
        assert "FILE_OR_DIR" in out
        assert "exit codes" in out

    def test_unknown_option_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An option the command does not know exits 2 with argparse's message."""
        code, _, err = run(["extract", "--colour", "x.conllu"], capsys)
        assert code == cli.EXIT_USAGE
        assert "unrecognized arguments" in err

    @pytest.mark.parametrize("size", ["0", "-3", "many"])
    def test_batch_size_must_be_positive(
        self, capsys: pytest.CaptureFixture[str], ferry_file: Path, size: str
    ) -> None:
        """--batch-size takes whole numbers from 1 up."""
        code, _, err = run(["extract", "--batch-size", size, str(ferry_file)], capsys)
        assert code == cli.EXIT_USAGE
        assert "--batch-size" in err

    def test_ctrl_c_exits_130_quietly(
        self, capsys: pytest.CaptureFixture[str], ferry_file: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A KeyboardInterrupt during the work exits 130 without a traceback."""

        def interrupted(self: Attributor, doc: Any, *, doc_id: str | None = None) -> Any:
            raise KeyboardInterrupt

        monkeypatch.setattr(Attributor, "attribute", interrupted)
        code, _, err = run(["extract", str(ferry_file)], capsys)
        assert code == cli.EXIT_INTERRUPTED
        assert err == ""

    def test_module_entry_point_runs_the_demo(self, tmp_path: Path) -> None:
        """`python -m quoteattr demo` runs in a fresh interpreter and prints the score."""
        root = Path(quoteattr.__file__).resolve().parent.parent
        path = os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])
        env = dict(os.environ, PYTHONPATH=path)
        completed = subprocess.run(
            [sys.executable, "-m", "quoteattr", "demo"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            check=False,
        )
        assert completed.returncode == 0, completed.stderr
        assert SCORE_LINE.search(completed.stdout)
        assert "Traceback" not in completed.stderr


class TestExtractConllu:
    def test_one_file_gives_one_jsonl_line_named_after_the_file(
        self, capsys: pytest.CaptureFixture[str], ferry_file: Path
    ) -> None:
        """A one-document file without `# newdoc id` is one line named by its stem."""
        code, out, err = run(["extract", str(ferry_file)], capsys)
        assert code == 0, err
        (document,) = jsonl(out)
        assert document["doc"] == "ferry"
        assert "text" not in document

    def test_quotes_follow_the_contract(
        self, capsys: pytest.CaptureFixture[str], ferry_file: Path
    ) -> None:
        """Every quote has kind, text, spans, cue, speaker and source in the documented shapes."""
        _, out, _ = run(["extract", str(ferry_file)], capsys)
        (document,) = jsonl(out)
        assert document["quotes"]
        for quote in document["quotes"]:
            assert quote.keys() >= CONTRACT_KEYS
            assert quote["kind"] in ("direct", "mixed", "indirect")
            assert all(len(span) == 2 and span[0] < span[1] for span in quote["spans"])
            if quote["cue"] is not None:
                assert {"text", "start", "end"} <= quote["cue"].keys()
            for who in (quote["speaker"], quote["source"]):
                if who is not None:
                    assert {"name", "mention"} <= who.keys()

    def test_the_direct_quote_is_found_and_attributed(
        self, capsys: pytest.CaptureFixture[str], ferry_file: Path
    ) -> None:
        """The fixture's quoted sentence comes out as a direct quote of the captain, cue said."""
        _, out, _ = run(["extract", str(ferry_file)], capsys)
        (document,) = jsonl(out)
        direct = [q for q in document["quotes"] if FERRY_QUOTE in q["text"]]
        assert len(direct) == 1
        assert direct[0]["kind"] == "direct"
        assert direct[0]["cue"]["text"] == "said"
        assert "captain" in direct[0]["speaker"]["mention"]["text"]

    def test_include_text(self, capsys: pytest.CaptureFixture[str], ferry_file: Path) -> None:
        """--include-text adds the text, so the line rebuilds a DocumentResult."""
        _, out, _ = run(["extract", "--include-text", str(ferry_file)], capsys)
        (document,) = jsonl(out)
        result = quoteattr.DocumentResult.from_dict(document)
        assert result.text.startswith("“The fog")
        assert result.quotes

    def test_several_documents_in_one_file_are_named_by_newdoc_id(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Each `# newdoc` of a file is its own line, named by its id."""
        path = tmp_path / "bakery.conllu"
        path.write_text(BAKERY, encoding="utf-8")
        code, out, _ = run(["extract", str(path)], capsys)
        assert code == 0
        assert [d["doc"] for d in jsonl(out)] == ["bakery-one", "bakery-two"]

    def test_several_documents_without_ids_are_numbered(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Documents of one file that have no id get the stem and their position."""
        path = tmp_path / "loaves.conllu"
        path.write_text(re.sub(r"# newdoc id = \S+", "# newdoc", BAKERY), encoding="utf-8")
        _, out, _ = run(["extract", str(path)], capsys)
        assert [d["doc"] for d in jsonl(out)] == ["loaves#1", "loaves#2"]

    def test_the_demo_article_is_named_by_its_newdoc_id(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A file's `# newdoc id` names it, so the output pairs with the gold of that id."""
        with resources.as_file(resources.files("quoteattr.demo") / "article.conllu") as path:
            code, out, _ = run(["extract", str(path)], capsys)
        assert code == 0
        (document,) = jsonl(out)
        assert document["doc"] == "demo-article"
        assert document["quotes"]

    def test_output_file(
        self, capsys: pytest.CaptureFixture[str], ferry_file: Path, tmp_path: Path
    ) -> None:
        """-o writes the output to the file and nothing to stdout."""
        target = tmp_path / "out.jsonl"
        code, out, _ = run(["extract", str(ferry_file), "-o", str(target)], capsys)
        assert code == 0
        assert out == ""
        assert jsonl(target.read_text(encoding="utf-8"))[0]["doc"] == "ferry"

    def test_documents_are_written_as_they_are_done(
        self,
        monkeypatch: pytest.MonkeyPatch,
        corpus: Path,
    ) -> None:
        """Each document's line is out before the next document is attributed."""
        stdout = io.StringIO()
        monkeypatch.setattr(sys, "stdout", stdout)
        lines_before: list[int] = []
        real = Attributor.attribute

        def attribute(self: Attributor, doc: Any, *, doc_id: str | None = None) -> Any:
            lines_before.append(stdout.getvalue().count("\n"))
            return real(self, doc, doc_id=doc_id)

        monkeypatch.setattr(Attributor, "attribute", attribute)
        assert cli.main(["extract", str(corpus)]) == 0
        assert lines_before == [0, 1, 2]


class TestExtractInputs:
    def test_directory_is_walked_recursively_and_sorted(
        self, capsys: pytest.CaptureFixture[str], corpus: Path
    ) -> None:
        """A directory gives its matching files, nested ones included, in sorted order."""
        code, out, err = run(["extract", str(corpus)], capsys)
        assert code == 0, err
        assert [d["doc"] for d in jsonl(out)] == ["ferry", "bakery-one", "bakery-two"]

    def test_glob_chooses_the_files(self, capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
        """--glob keeps only the files whose path matches the pattern."""
        code, out, _ = run(["extract", str(corpus), "--glob", "nested/*.conllu"], capsys)
        assert code == 0
        assert [d["doc"] for d in jsonl(out)] == ["bakery-one", "bakery-two"]

    def test_glob_matching_nothing_is_an_error(
        self, capsys: pytest.CaptureFixture[str], corpus: Path
    ) -> None:
        """A directory with no file matching --glob exits 2 and names the pattern."""
        code, out, err = run(["extract", str(corpus), "--glob", "*.xml"], capsys)
        assert code == cli.EXIT_USAGE
        assert out == ""
        assert "*.xml" in err

    def test_raw_text_beside_its_conllu_is_read_once(
        self, capsys: pytest.CaptureFixture[str], corpus: Path, offline_models: list[Any]
    ) -> None:
        """NAME.txt beside NAME.conllu in a directory is the same document: only the .conllu is read."""
        (corpus / "ferry.txt").write_text(fixture_text(FERRY), encoding="utf-8")
        code, out, _ = run(["extract", str(corpus)], capsys)
        assert code == 0
        assert [d["doc"] for d in jsonl(out)] == ["ferry", "bakery-one", "bakery-two"]
        assert offline_models == []

    def test_same_file_twice_is_read_once(
        self, capsys: pytest.CaptureFixture[str], corpus: Path
    ) -> None:
        """A file named directly and again through its directory is one document."""
        _, out, _ = run(["extract", str(corpus / "ferry.conllu"), str(corpus)], capsys)
        assert [d["doc"] for d in jsonl(out)] == ["ferry", "bakery-one", "bakery-two"]

    def test_missing_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A path that does not exist exits 2 with one error line naming it."""
        missing = tmp_path / "nowhere.conllu"
        code, out, err = run(["extract", str(missing)], capsys)
        assert code == cli.EXIT_USAGE
        assert out == ""
        assert err.count("\n") == 1
        assert err.startswith("quoteattr: error: ")
        assert str(missing) in err

    def test_malformed_conllu_names_file_and_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Malformed CoNLL-U exits 2 with one line naming the file and the line."""
        bad = tmp_path / "broken.conllu"
        bad.write_text("# text = Gulls cried.\n1\tGulls\tgull\n", encoding="utf-8")
        code, _, err = run(["extract", str(bad)], capsys)
        assert code == cli.EXIT_USAGE
        assert err.count("\n") == 1
        assert err.startswith("quoteattr: error: ")
        assert str(bad) in err
        assert "line 2" in err
        assert "Traceback" not in err

    def test_text_that_is_not_utf8(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, offline_models: list[Any]
    ) -> None:
        """A raw text file that is not UTF-8 exits 2 and says so."""
        latin = tmp_path / "latin.txt"
        latin.write_bytes("Caf\u00e9 owners said so.".encode("latin-1"))
        code, _, err = run(["extract", str(latin)], capsys)
        assert code == cli.EXIT_USAGE
        assert "UTF-8" in err
        assert str(latin) in err

    def test_unwritable_output(
        self, capsys: pytest.CaptureFixture[str], ferry_file: Path, tmp_path: Path
    ) -> None:
        """An output path in a missing folder exits 2 with one line."""
        target = tmp_path / "missing" / "out.jsonl"
        code, _, err = run(["extract", str(ferry_file), "-o", str(target)], capsys)
        assert code == cli.EXIT_USAGE
        assert err.count("\n") == 1
        assert str(target) in err


class TestExtractRawText:
    def test_stdin_is_annotated_through_the_pipeline(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        offline_models: list[dict[str, Any]],
    ) -> None:
        """`-` reads raw text from stdin, annotates it with Stanza and names it stdin."""
        monkeypatch.setattr(sys, "stdin", io.StringIO(fixture_text(FERRY)))
        code, out, err = run(["extract", "-"], capsys)
        assert code == 0, err
        (document,) = jsonl(out)
        assert document["doc"] == "stdin"
        assert any(FERRY_QUOTE in q["text"] for q in document["quotes"])
        assert len(offline_models) == 1

    def test_raw_files_share_one_pipeline_and_keep_their_order(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        corpus: Path,
        offline_models: list[dict[str, Any]],
    ) -> None:
        """Raw files and CoNLL-U files mix, in input order, with one pipeline for all raw text."""
        first = tmp_path / "first.txt"
        last = tmp_path / "last.txt"
        for path in (first, last):
            path.write_text(fixture_text(FERRY), encoding="utf-8")
        argv = ["extract", str(first), str(corpus), str(last), "--batch-size", "2"]
        code, out, err = run(argv, capsys)
        assert code == 0, err
        documents = jsonl(out)
        expected = ["first", "ferry", "bakery-one", "bakery-two", "last"]
        assert [d["doc"] for d in documents] == expected
        assert len(offline_models) == 1
        by_name = {d["doc"]: d for d in documents}
        # the same text gives the same quotes, annotated or read as CoNLL-U
        assert by_name["first"]["quotes"] == by_name["ferry"]["quotes"]

    def test_resources_dir_reaches_the_pipeline(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path,
        offline_models: list[dict[str, Any]],
    ) -> None:
        """--resources-dir is where the pipeline looks for models."""
        monkeypatch.setattr(sys, "stdin", io.StringIO(fixture_text(FERRY)))
        code, _, _ = run(["extract", "-", "--resources-dir", str(tmp_path)], capsys)
        assert code == 0
        assert offline_models[0]["resources_dir"] == str(tmp_path)

    def test_models_unavailable_exits_3_with_advice(
        self,
        capsys: pytest.CaptureFixture[str],
        ferry_file: Path,
        tmp_path: Path,
        no_models: None,
    ) -> None:
        """Raw text without models exits 3 before any output, printing the whole advice."""
        raw = tmp_path / "story.txt"
        raw.write_text(fixture_text(FERRY), encoding="utf-8")
        code, out, err = run(["extract", str(ferry_file), str(raw)], capsys)
        assert code == cli.EXIT_MODELS
        assert out == ""
        assert err.startswith("quoteattr: error: ")
        assert "quoteattr download" in err
        assert "CoNLL-U" in err
        assert "Traceback" not in err


class TestExtractFormats:
    @pytest.fixture
    def inputs(self, corpus: Path) -> list[str]:
        """Two files, three documents."""
        return [str(corpus / "ferry.conllu"), str(corpus / "nested" / "bakery.conllu")]

    def test_jsonl_and_json_hold_the_same_documents(
        self, capsys: pytest.CaptureFixture[str], inputs: list[str]
    ) -> None:
        """json is one array holding exactly the objects of the jsonl lines."""
        _, lines, _ = run(["extract", *inputs], capsys)
        code, array, _ = run(["extract", "--format", "json", *inputs], capsys)
        assert code == 0
        data = json.loads(array)
        assert isinstance(data, list)
        assert data == jsonl(lines)

    def test_csv_has_a_header_and_a_row_per_quote(
        self, capsys: pytest.CaptureFixture[str], inputs: list[str]
    ) -> None:
        """csv has the record columns and one row per quote of every document."""
        _, lines, _ = run(["extract", *inputs], capsys)
        code, table, _ = run(["extract", "--format", "csv", *inputs], capsys)
        assert code == 0
        rows = list(csv.reader(io.StringIO(table)))
        assert tuple(rows[0]) == quoteattr.render.RECORD_FIELDS
        quotes = [(d["doc"], q["text"]) for d in jsonl(lines) for q in d["quotes"]]
        assert [(row[0], row[3]) for row in rows[1:]] == quotes

    def test_table_shows_each_document_and_who_said_what(
        self, capsys: pytest.CaptureFixture[str], inputs: list[str]
    ) -> None:
        """table prints a table and a who-said-what summary for every document."""
        code, out, _ = run(["extract", "--format", "table", *inputs], capsys)
        assert code == 0
        assert out.count("speaker  ") == 3
        for name in ("ferry", "bakery-one", "bakery-two"):
            assert re.search(rf"^{name}: ", out, re.MULTILINE)

    def test_csv_output_file(
        self, capsys: pytest.CaptureFixture[str], inputs: list[str], tmp_path: Path
    ) -> None:
        """-o with csv writes rows that a csv reader reads back, with no blank lines."""
        target = tmp_path / "quotes.csv"
        code, _, _ = run(["extract", "-f", "csv", "-o", str(target), *inputs], capsys)
        assert code == 0
        with open(target, encoding="utf-8", newline="") as fp:
            rows = list(csv.reader(fp))
        assert rows[0][0] == "doc"
        assert all(rows)


class TestProgress:
    def test_bar_on_a_terminal_with_several_inputs(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        corpus: Path,
    ) -> None:
        """With several inputs and stderr a terminal, a bar counts the files on stderr."""
        monkeypatch.setattr(cli, "_stderr_is_terminal", lambda: True)
        code, out, err = run(["extract", str(corpus)], capsys)
        assert code == 0
        assert "2/2" in err
        assert len(jsonl(out)) == 3

    def test_no_progress_turns_it_off(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        corpus: Path,
    ) -> None:
        """--no-progress keeps stderr empty even on a terminal."""
        monkeypatch.setattr(cli, "_stderr_is_terminal", lambda: True)
        _, _, err = run(["extract", "--no-progress", str(corpus)], capsys)
        assert err == ""

    def test_no_bar_when_stderr_is_not_a_terminal(
        self, capsys: pytest.CaptureFixture[str], corpus: Path
    ) -> None:
        """Redirected stderr gets no bar."""
        _, _, err = run(["extract", str(corpus)], capsys)
        assert err == ""


class TestDemo:
    def test_table_has_speakers_summary_and_score(
        self, capsys: pytest.CaptureFixture[str], demo_speakers: set[str]
    ) -> None:
        """The default table names the speakers found, sums up who said what and scores it."""
        code, out, err = run(["demo"], capsys)
        assert code == 0, err
        assert demo_speakers
        for name in demo_speakers:
            assert name in out
        assert "demo-article: " in out
        lines = out.rstrip("\n").splitlines()
        assert SCORE_LINE.fullmatch(lines[-1])

    def test_jsonl_is_data_with_the_score_on_stderr(
        self, capsys: pytest.CaptureFixture[str], demo_speakers: set[str]
    ) -> None:
        """jsonl writes one parseable line; the score goes to stderr."""
        code, out, err = run(["demo", "--format", "jsonl"], capsys)
        assert code == 0
        (document,) = jsonl(out)
        assert document["doc"] == "demo-article"
        names = {q["speaker"]["name"] for q in document["quotes"] if q["speaker"]}
        assert demo_speakers <= names
        assert SCORE_LINE.search(err)

    def test_html_page(
        self, capsys: pytest.CaptureFixture[str], demo_speakers: set[str], tmp_path: Path
    ) -> None:
        """html writes a whole page with the article's quotes highlighted."""
        target = tmp_path / "demo.html"
        code, out, err = run(["demo", "--format", "html", "-o", str(target)], capsys)
        assert code == 0
        assert out == ""
        page = target.read_text(encoding="utf-8")
        assert page.startswith("<!DOCTYPE html>")
        assert 'class="qa-doc"' in page
        for name in demo_speakers:
            assert name in html.unescape(page)
        assert SCORE_LINE.search(err)

    @pytest.mark.parametrize("fmt", ["json", "csv"])
    def test_other_formats(self, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
        """json and csv write the demo's data."""
        code, out, _ = run(["demo", "--format", fmt], capsys)
        assert code == 0
        assert "Dana Whitlock" in out or "Marit Lund" in out

    def test_text_without_models_exits_3(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, no_models: None
    ) -> None:
        """--text needs Stanza's models; without them the advice says to run `quoteattr download`."""
        story = tmp_path / "story.txt"
        story.write_text("“We sail at dawn,” the skipper said.\n", encoding="utf-8")
        code, out, err = run(["demo", "--text", str(story)], capsys)
        assert code == cli.EXIT_MODELS
        assert out == ""
        assert err.startswith("quoteattr: error: ")
        assert "quoteattr download" in err

    def test_text_with_models(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, offline_models: list[Any]
    ) -> None:
        """--text runs on the user's text, named after the file, with no gold score."""
        story = tmp_path / "story.txt"
        story.write_text(fixture_text(FERRY), encoding="utf-8")
        code, out, _ = run(["demo", "--text", str(story)], capsys)
        assert code == 0
        assert FERRY_QUOTE in out
        assert "story: " in out
        assert not SCORE_LINE.search(out)

    def test_text_file_missing(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A missing --text file exits 2."""
        code, _, err = run(["demo", "--text", str(tmp_path / "gone.txt")], capsys)
        assert code == cli.EXIT_USAGE
        assert "gone.txt" in err


class TestDownload:
    def test_failure_exits_3_with_advice(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A failed download exits 3 and prints the whole (multi-line) advice."""
        advice = "Could not download Stanza's models.\nSet HTTPS_PROXY, or copy a resources folder."

        def fail(**options: Any) -> Path:
            raise ModelsUnavailableError(advice)

        monkeypatch.setattr(quoteattr.pipeline, "download_models", fail)
        code, out, err = run(["download", "--no-progress"], capsys)
        assert code == cli.EXIT_MODELS
        assert out == ""
        assert err == f"quoteattr: error: {advice}\n"

    def test_success_prints_the_folder(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """A download into --resources-dir says where the models are and how to use them."""
        calls: list[dict[str, Any]] = []

        def download(**options: Any) -> Path:
            calls.append(options)
            return Path(options["resources_dir"])

        monkeypatch.setattr(quoteattr.pipeline, "download_models", download)
        code, out, _ = run(["download", "--resources-dir", str(tmp_path), "--no-progress"], capsys)
        assert code == 0
        assert calls == [{"resources_dir": str(tmp_path), "progress": False}]
        assert str(tmp_path) in out
        assert "STANZA_RESOURCES_DIR" in out
