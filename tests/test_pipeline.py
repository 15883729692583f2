"""Tests for quoteattr.pipeline and the offline test pipeline (tests/offline_pipeline.py)."""

from __future__ import annotations

import io
import json
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import stanza
from offline_pipeline import (
    NER_PROCESSOR,
    FixtureMismatchError,
    conllu,
    fixture_options,
    fixture_text,
    offline_pipeline,
    parse_fixture,
    write_resources,
)
from stanza.models.common.doc import Document
from stanza.pipeline.core import LanguageNotDownloadedError, UnsupportedProcessorError
from stanza.pipeline.registry import PIPELINE_NAMES
from stanza.resources.common import (
    ResourcesFileNotFoundError,
    UnknownLanguageError,
    UnknownProcessorError,
)

from quoteattr.errors import ConfigurationError, InputError, ModelsUnavailableError
from quoteattr.pipeline import (
    PROCESSORS,
    annotate,
    annotate_many,
    build_pipeline,
    check_pipeline,
    download_models,
    pipeline_provides,
    resolve_resources_dir,
)

QUAY = conllu(
    """
    # newpar
    # text = Harbour master Lena Okafor closed the old quay on Monday.
    1   Harbour  harbour  NOUN   NN   Number=Sing             2  compound  _  Entity=(e1-person
    2   master   master   NOUN   NN   Number=Sing             4  compound  _  _
    3   Lena     Lena     PROPN  NNP  Number=Sing             4  compound  _  ner=B-PERSON
    4   Okafor   Okafor   PROPN  NNP  Number=Sing             5  nsubj     _  Entity=e1)|ner=E-PERSON
    5   closed   close    VERB   VBD  Mood=Ind|Tense=Past     0  root      _  _
    6   the      the      DET    DT   Definite=Def            8  det       _  Entity=(e2-place
    7   old      old      ADJ    JJ   Degree=Pos              8  amod      _  _
    8   quay     quay     NOUN   NN   Number=Sing             5  obj       _  Entity=e2)
    9   on       on       ADP    IN   _                      10  case      _  _
    10  Monday   Monday   PROPN  NNP  Number=Sing             5  obl       _  SpaceAfter=No|ner=S-DATE
    11  .        .        PUNCT  .    _                       5  punct     _  _

    # text = "It's not safe for the boats," she told reporters.
    1    "          "         PUNCT  ``   _             5   punct      _  SpaceAfter=No
    2-3  It's       _         _      _    _             _   _          _  _
    2    It         it        PRON   PRP  Case=Nom      5   nsubj      _  Entity=(e2-place)
    3    's         be        AUX    VBZ  Mood=Ind      5   cop        _  _
    4    not        not       PART   RB   Polarity=Neg  5   advmod     _  _
    5    safe       safe      ADJ    JJ   Degree=Pos    12  ccomp      _  _
    6    for        for       ADP    IN   _             8   case       _  _
    7    the        the       DET    DT   Definite=Def  8   det        _  Entity=(e3-object
    8    boats      boat      NOUN   NNS  Number=Plur   5   obl        _  Entity=e3)|SpaceAfter=No
    9    ,          ,         PUNCT  ,    _             5   punct      _  SpaceAfter=No
    10   "          "         PUNCT  ''   _             5   punct      _  _
    11   she        she       PRON   PRP  Case=Nom      12  nsubj      _  Entity=(e1-person)
    12   told       tell      VERB   VBD  Tense=Past    0   root       _  _
    13   reporters  reporter  NOUN   NNS  Number=Plur   12  obj        _  SpaceAfter=No
    14   .          .         PUNCT  .    _             12  punct      _  _

    # newpar
    # text = Okafor said the quay would reopen in spring.
    1  Okafor  Okafor  PROPN  NNP  Number=Sing    2  nsubj   _  Entity=(e1-person)|ner=S-PERSON
    2  said    say     VERB   VBD  Tense=Past     0  root    _  _
    3  the     the     DET    DT   Definite=Def   4  det     _  Entity=(e2-place
    4  quay    quay    NOUN   NN   Number=Sing    6  nsubj   _  Entity=e2)
    5  would   would   AUX    MD   VerbForm=Fin   6  aux     _  _
    6  reopen  reopen  VERB   VB   VerbForm=Inf   2  ccomp   _  _
    7  in      in      ADP    IN   _              8  case    _  _
    8  spring  spring  NOUN   NN   Number=Sing    6  obl     _  SpaceAfter=No|ner=S-DATE
    9  .       .       PUNCT  .    _              2  punct   _  _
    """
)

QUAY_TEXT = (
    "Harbour master Lena Okafor closed the old quay on Monday. "
    '"It\'s not safe for the boats," she told reporters.\n\n'
    "Okafor said the quay would reopen in spring."
)

# A sentence of another fixture, to check that pipelines keep their own data.
KITE = conllu(
    """
    # text = Kites flew.
    1  Kites  kite  NOUN   NNS  Number=Plur  2  nsubj  _  Entity=(e1-object)
    2  flew   fly   VERB   VBD  Tense=Past   0  root   _  SpaceAfter=No
    3  .      .     PUNCT  .    _            2  punct  _  _
    """
)


def ward_sentences(number: int) -> list[str]:
    """The CoNLL-U sentences of the invented document ``number`` (1 to 3 sentences)."""
    person, depot = f"e{2 * number + 1}", f"e{2 * number + 2}"
    first = f"""
    # text = Councillor Ada Tovar of ward {number} opened the depot.
    1   Councillor  councillor  PROPN  NNP  Number=Sing  3  compound  _  Entity=({person}-person
    2   Ada         Ada         PROPN  NNP  Number=Sing  3  compound  _  ner=B-PERSON
    3   Tovar       Tovar       PROPN  NNP  Number=Sing  7  nsubj     _  ner=E-PERSON
    4   of          of          ADP    IN   _            5  case      _  _
    5   ward        ward        NOUN   NN   Number=Sing  3  nmod      _  _
    6   {number}    {number}    NUM    CD   NumType=Card 5  nummod    _  Entity={person})|ner=S-CARDINAL
    7   opened      open        VERB   VBD  Tense=Past   0  root      _  _
    8   the         the         DET    DT   Definite=Def 9  det       _  Entity=({depot}-place
    9   depot       depot       NOUN   NN   Number=Sing  7  obj       _  Entity={depot})|SpaceAfter=No
    10  .           .           PUNCT  .    _            7  punct     _  _
    """
    second = f"""
    # text = She said ward {number} needed the depot.
    1  She       she       PRON   PRP  Case=Nom      2  nsubj    _  Entity=({person}-person)
    2  said      say       VERB   VBD  Tense=Past    0  root     _  _
    3  ward      ward      NOUN   NN   Number=Sing   5  nsubj    _  _
    4  {number}  {number}  NUM    CD   NumType=Card  3  nummod   _  ner=S-CARDINAL
    5  needed    need      VERB   VBD  Tense=Past    2  ccomp    _  _
    6  the       the       DET    DT   Definite=Def  7  det      _  Entity=({depot}-place
    7  depot     depot     NOUN   NN   Number=Sing   5  obj      _  Entity={depot})|SpaceAfter=No
    8  .         .         PUNCT  .    _             2  punct    _  _
    """
    third = f"""
    # text = Tovar thanked the crews of ward {number}.
    1  Tovar     Tovar     PROPN  NNP  Number=Sing   2  nsubj    _  Entity=({person}-person)|ner=S-PERSON
    2  thanked   thank     VERB   VBD  Tense=Past    0  root     _  _
    3  the       the       DET    DT   Definite=Def  4  det      _  _
    4  crews     crew      NOUN   NNS  Number=Plur   2  obj      _  _
    5  of        of        ADP    IN   _             6  case     _  _
    6  ward      ward      NOUN   NN   Number=Sing   4  nmod     _  _
    7  {number}  {number}  NUM    CD   NumType=Card  6  nummod   _  SpaceAfter=No|ner=S-CARDINAL
    8  .         .         PUNCT  .    _             2  punct    _  _
    """
    return [first, second, third][: 1 + number % 3]


def ward_text(number: int) -> str:
    """The raw text of the invented document ``number``."""
    sentences = [
        f"Councillor Ada Tovar of ward {number} opened the depot.",
        f"She said ward {number} needed the depot.",
        f"Tovar thanked the crews of ward {number}.",
    ]
    return " ".join(sentences[: 1 + number % 3])


WARD_COUNT = 200
WARDS = conllu("\n".join(s for n in range(WARD_COUNT) for s in ward_sentences(n)))


@pytest.fixture(name="quay_nlp")
def fixture_quay_nlp(tmp_path: Path) -> Any:
    """An offline pipeline for the QUAY fixture."""
    return offline_pipeline(QUAY, tmp_path)


@pytest.fixture(name="ward_nlp", scope="module")
def fixture_ward_nlp(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """An offline pipeline for the 200 invented ward documents."""
    return offline_pipeline(WARDS, tmp_path_factory.mktemp("wards"))


@pytest.fixture(name="no_network")
def fixture_no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every network access fail, and record the attempts."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[:2]))
        raise OSError("network access is disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr("stanza.resources.common.request_file", refuse)
    return attempts


def chain_summary(document: Any) -> list[tuple[str, list[tuple[int, int, int]], int]]:
    """Each chain as (representative text, mentions, representative index)."""
    return [
        (
            chain.representative_text,
            [(m.sentence, m.start_word, m.end_word) for m in chain.mentions],
            chain.representative_index,
        )
        for chain in document.coref
    ]


# --------------------------------------------------------------------------- offline pipeline


class TestOfflinePipeline:
    def test_is_a_real_stanza_pipeline(self, quay_nlp: Any) -> None:
        """The helper builds stanza's own Pipeline class, not a stand-in."""
        assert type(quay_nlp) is stanza.Pipeline

    def test_word_annotations_come_from_the_fixture(self, quay_nlp: Any) -> None:
        """Every word gets the fixture's text, lemma, UPOS, XPOS, FEATS, HEAD and DEPREL."""
        expected = stanza.utils.conll.CoNLL.conll2doc(input_str=QUAY)
        document = quay_nlp(QUAY_TEXT)
        fields = ("text", "lemma", "upos", "xpos", "feats", "head", "deprel")
        got = [[tuple(getattr(w, f) for f in fields) for w in s.words] for s in document.sentences]
        want = [[tuple(getattr(w, f) for f in fields) for w in s.words] for s in expected.sentences]
        assert got == want

    def test_tokens_carry_offsets_into_the_raw_text(self, quay_nlp: Any) -> None:
        """Each token's start_char/end_char slice the given text to the token's text."""
        document = quay_nlp(QUAY_TEXT)
        tokens = [t for s in document.sentences for t in s.tokens]
        assert all(QUAY_TEXT[t.start_char : t.end_char] == t.text for t in tokens)
        assert tokens[-1].end_char == len(QUAY_TEXT)

    def test_multi_word_token_is_split_into_its_words(self, quay_nlp: Any) -> None:
        """A multi-word token of the fixture becomes one token with two words."""
        token = quay_nlp(QUAY_TEXT).sentences[1].tokens[1]
        assert (token.text, [w.text for w in token.words]) == ("It's", ["It", "'s"])

    def test_named_entities_come_from_the_fixture(self, quay_nlp: Any) -> None:
        """NER tags land on tokens and doc.ents holds the entities they spell."""
        document = quay_nlp(QUAY_TEXT)
        assert [(e.text, e.type) for e in document.ents] == [
            ("Lena Okafor", "PERSON"),
            ("Monday", "DATE"),
            ("Okafor", "PERSON"),
            ("spring", "DATE"),
        ]
        assert document.sentences[0].tokens[0].ner == "O"

    def test_coref_chains_come_from_entity_brackets(self, quay_nlp: Any) -> None:
        """Entity= brackets become CorefChains with 0-based, end-exclusive word spans."""
        assert chain_summary(quay_nlp(QUAY_TEXT)) == [
            ("Harbour master Lena Okafor", [(0, 0, 4), (1, 10, 11), (2, 0, 1)], 0),
            ("the old quay", [(0, 5, 8), (1, 1, 2), (2, 2, 4)], 0),
            ("the boats", [(1, 6, 8)], 0),
        ]

    def test_words_point_to_their_chains(self, quay_nlp: Any) -> None:
        """Setting doc.coref attaches each chain to the words of its mentions."""
        document = quay_nlp(QUAY_TEXT)
        she = document.sentences[1].words[10]
        assert [a.chain.representative_text for a in she.coref_chains] == [
            "Harbour master Lena Okafor"
        ]

    def test_sentences_may_come_in_any_order_and_repeat(self, quay_nlp: Any) -> None:
        """Text made of fixture sentences in another order, one twice, is annotated."""
        text = "Okafor said the quay would reopen in spring. Okafor said the quay would reopen in spring."
        document = quay_nlp(text)
        assert [len(s.words) for s in document.sentences] == [9, 9]
        assert chain_summary(document)[0] == ("Okafor", [(0, 0, 1), (1, 0, 1)], 0)

    def test_whitespace_between_tokens_is_free(self, quay_nlp: Any) -> None:
        """Pre-tokenised text (spaces around every token) matches the fixture too."""
        document = quay_nlp("Okafor  said the quay would reopen in spring .")
        assert document.sentences[0].tokens[-1].text == "."

    def test_unknown_text_raises(self, quay_nlp: Any) -> None:
        """Text that is no fixture sentence raises FixtureMismatchError naming the offset."""
        with pytest.raises(FixtureMismatchError, match="offset 45"):
            quay_nlp("Okafor said the quay would reopen in spring. The tide turned.")

    def test_fixture_text_rebuilds_the_raw_text(self) -> None:
        """fixture_text joins tokens by SpaceAfter and paragraphs by a blank line."""
        assert fixture_text(QUAY) == QUAY_TEXT

    def test_pipelines_keep_their_own_fixture(self, quay_nlp: Any, tmp_path: Path) -> None:
        """Two offline pipelines alive at once each annotate from their own fixture."""
        kites = offline_pipeline(KITE, tmp_path / "kites")
        assert chain_summary(kites("Kites flew.")) == [("Kites", [(0, 0, 1)], 0)]
        with pytest.raises(FixtureMismatchError):
            quay_nlp("Kites flew.")

    def test_registration_is_idempotent(self, tmp_path: Path) -> None:
        """Building many pipelines registers the NER processor once in stanza's registry."""
        for number in range(3):
            offline_pipeline(KITE, tmp_path / str(number))
        assert PIPELINE_NAMES.count(NER_PROCESSOR) == 1

    def test_processors_can_be_left_out(self, tmp_path: Path) -> None:
        """Without ner and coref, tokens get no NER tags and the document no chains."""
        nlp = offline_pipeline(QUAY, tmp_path, processors="tokenize,mwt,pos,lemma,depparse")
        document = nlp(QUAY_TEXT)
        assert document.coref == []
        assert document.sentences[0].tokens[2].ner is None

    def test_bulk_coref_reproduces_stanzas_trap(self, quay_nlp: Any) -> None:
        """Pipeline.bulk_process leaves each document's coref empty, as stanza 1.15 does."""
        documents = quay_nlp.bulk_process(
            [QUAY_TEXT, "Okafor said the quay would reopen in spring."]
        )
        assert [d.coref for d in documents] == [[], []]


class TestParseFixture:
    def test_nested_and_one_word_mentions(self) -> None:
        """Nested brackets and one-word mentions on one word are all read."""
        text = conllu(
            """
            # text = Mayor Dunn's dog barked.
            1  Mayor   mayor  PROPN  NNP  _  2  compound  _  Entity=(e1-person(e2-person
            2  Dunn    Dunn   PROPN  NNP  _  4  nmod:poss _  Entity=e2)|SpaceAfter=No
            3  's      's     PART   POS  _  2  case      _  Entity=e1)
            4  dog     dog    NOUN   NN   _  5  nsubj     _  Entity=(e3-animal)
            5  barked  bark   VERB   VBD  _  0  root      _  SpaceAfter=No
            6  .       .      PUNCT  .    _  5  punct     _  _
            """
        )
        fixture = parse_fixture(text)
        assert fixture.sentences[0].mentions == (("e1", 0, 3), ("e2", 0, 2), ("e3", 3, 4))
        assert fixture.entities == ("e1", "e2", "e3")

    @pytest.mark.parametrize(
        ("misc", "message"),
        [
            ("Entity=(e1-person", "not closed"),
            ("Entity=e1)", "closes nothing"),
            ("Entity=(e1-person)x", "cannot read"),
        ],
    )
    def test_malformed_brackets_raise(self, misc: str, message: str) -> None:
        """Unbalanced or unreadable Entity brackets raise ValueError."""
        text = conllu(
            f"""
            1  Rain  rain  NOUN  NN  _  0  root  _  {misc}
            """
        )
        with pytest.raises(ValueError, match=message):
            parse_fixture(text)

    @pytest.mark.parametrize(
        ("words", "spans", "expected"),
        [
            # the longest mention wins, wherever it is
            (
                "She/PRON saw/VERB the/DET old/ADJ ferry/NOUN",
                [(0, 1), (2, 5)],
                ("the old ferry", 1),
            ),
            # same length: strictly more PROPN words win
            (
                "the/DET captain/NOUN met/VERB Captain/PROPN Ross/PROPN",
                [(0, 2), (3, 5)],
                ("Captain Ross", 1),
            ),
            # same length, same PROPN count: the earliest stays
            ("She/PRON said/VERB she/PRON left/VERB", [(0, 1), (2, 3)], ("She", 0)),
        ],
    )
    def test_representative_is_picked_like_stanza(
        self,
        tmp_path: Path,
        words: str,
        spans: list[tuple[int, int]],
        expected: tuple[str, int],
    ) -> None:
        """The representative mention is the longest, then the most PROPN, then the earliest."""
        pairs = [word.split("/") for word in words.split()]
        brackets = [""] * len(pairs)
        for start, end in spans:
            if end - start == 1:
                brackets[start] += "(e1-x)"
            else:
                brackets[start] += "(e1-x"
                brackets[end - 1] = "e1)" + brackets[end - 1]
        rows = [
            f"{n + 1} {form} {form.lower()} {upos} _ _ {0 if n == 2 else 3} "
            f"{'root' if n == 2 else 'dep'} _ {'Entity=' + brackets[n] if brackets[n] else '_'}"
            for n, (form, upos) in enumerate(pairs)
        ]
        nlp = offline_pipeline(conllu("\n".join(rows)), tmp_path)
        chain = nlp(" ".join(form for form, _ in pairs)).coref[0]
        assert (chain.representative_text, chain.representative_index) == expected


# --------------------------------------------------------------------------- building


class TestResolveResourcesDir:
    def test_explicit_directory_wins(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """An explicit resources_dir beats STANZA_RESOURCES_DIR."""
        monkeypatch.setenv("STANZA_RESOURCES_DIR", "/elsewhere")
        assert resolve_resources_dir(tmp_path) == tmp_path

    def test_environment_is_read_at_call_time(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """STANZA_RESOURCES_DIR set after import is honoured."""
        monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
        assert resolve_resources_dir() == tmp_path

    def test_default_is_stanzas_cache(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without either, the directory is stanza's default under its cache directory."""
        monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
        directory = resolve_resources_dir()
        assert directory.name == "resources"
        assert "stanza" in directory.parts


class TestBuildPipeline:
    def test_never_with_empty_directory_gives_advice(
        self, tmp_path: Path, no_network: list[str]
    ) -> None:
        """download='never' on an empty directory fails with every way out in the message."""
        with pytest.raises(ModelsUnavailableError) as caught:
            build_pipeline(download="never", resources_dir=tmp_path)
        message = str(caught.value)
        for advice in (
            "quoteattr download",
            "python -m quoteattr download",
            "STANZA_RESOURCES_DIR",
            "resources_dir=",
            "quoteattr.read_conllu",
            str(tmp_path),
            "download='never'",
        ):
            assert advice in message
        assert no_network == []

    def test_never_with_resources_for_another_language(
        self, tmp_path: Path, no_network: list[str]
    ) -> None:
        """download='never' with a resources.json lacking the language names the language."""
        (tmp_path / "resources.json").write_text(json.dumps({"fr": {}}), encoding="utf-8")
        with pytest.raises(ModelsUnavailableError, match="no models for language 'en'"):
            build_pipeline(download="never", resources_dir=tmp_path)
        assert no_network == []

    def test_never_with_missing_model_files(self, tmp_path: Path, no_network: list[str]) -> None:
        """download='never' when resources.json lists models that are not there chains stanza's error."""
        resources = {
            "en": {
                "lang_name": "English",
                "packages": {"default": {"tokenize": "combined"}},
                "tokenize": {"combined": {"md5": "0"}},
            }
        }
        (tmp_path / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
        with pytest.raises(ModelsUnavailableError) as caught:
            build_pipeline(download="never", resources_dir=tmp_path, processors="tokenize")
        assert isinstance(caught.value.__cause__, FileNotFoundError)
        assert "quoteattr download" in str(caught.value)
        assert no_network == []

    def test_unreachable_network_while_reusing(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """download='reuse' with no resources.json and no network fails fast, chaining the cause."""

        def unreachable(*args: Any, **kwargs: Any) -> None:
            raise requests.exceptions.ConnectionError("Name or service not known")

        monkeypatch.setattr("stanza.resources.common.request_file", unreachable)
        with pytest.raises(ModelsUnavailableError, match="download failed") as caught:
            build_pipeline(resources_dir=tmp_path)
        assert isinstance(caught.value.__cause__, requests.exceptions.ConnectionError)

    def test_builds_an_offline_pipeline(self, tmp_path: Path, no_network: list[str]) -> None:
        """With the models in place, download='never' builds a working pipeline offline."""
        nlp = build_pipeline(
            download="never", resources_dir=write_resources(tmp_path), **fixture_options(QUAY)
        )
        assert chain_summary(annotate(nlp, QUAY_TEXT))[0][0] == "Harbour master Lena Okafor"
        assert no_network == []

    def test_unknown_download_policy(self, tmp_path: Path) -> None:
        """A download policy other than reuse/force/never is a ConfigurationError."""
        with pytest.raises(ConfigurationError, match="'sometimes'"):
            build_pipeline(download="sometimes", resources_dir=tmp_path)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("option", "instead"),
        [("dir", "resources_dir"), ("model_dir", "resources_dir"), ("download_method", "download")],
    )
    def test_reserved_options(self, tmp_path: Path, option: str, instead: str) -> None:
        """Stanza options that build_pipeline sets itself are refused, naming the keyword to use."""
        options: dict[str, Any] = {option: "x"}
        with pytest.raises(ConfigurationError, match=f"pass {instead}="):
            build_pipeline(resources_dir=tmp_path, **options)

    @pytest.mark.parametrize(
        ("error", "expected"),
        [
            (ResourcesFileNotFoundError("/nowhere/resources.json"), ModelsUnavailableError),
            (
                LanguageNotDownloadedError("en", "/nowhere/en", "/nowhere/en/x.pt"),
                ModelsUnavailableError,
            ),
            (FileNotFoundError("pos model"), ModelsUnavailableError),
            (requests.exceptions.ConnectionError("down"), ModelsUnavailableError),
            (ImportError("No module named 'peft'"), ModelsUnavailableError),
            (UnsupportedProcessorError("sentiment", "en"), ConfigurationError),
            (UnknownProcessorError("coreference"), ConfigurationError),
            (UnknownLanguageError("xx"), ConfigurationError),
        ],
    )
    def test_stanza_failures_are_translated(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        error: BaseException,
        expected: type[Exception],
    ) -> None:
        """Each of stanza's failures becomes the matching quoteattr error, chained."""

        def fail(**kwargs: Any) -> None:
            raise error

        monkeypatch.setattr(stanza, "Pipeline", fail)
        with pytest.raises(expected) as caught:
            build_pipeline(resources_dir=tmp_path)
        assert caught.value.__cause__ is error

    def test_missing_transformers_library_is_explained(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An ImportError from the coref model names the libraries to install."""

        def fail(**kwargs: Any) -> None:
            raise ImportError("Please install the transformers and peft libraries")

        monkeypatch.setattr(stanza, "Pipeline", fail)
        with pytest.raises(ModelsUnavailableError, match=r"stanza\[transformers\]"):
            build_pipeline(resources_dir=tmp_path)

    def test_other_errors_propagate(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """An error that has nothing to do with models is not disguised."""

        def fail(**kwargs: Any) -> None:
            raise RuntimeError("CUDA out of memory")

        monkeypatch.setattr(stanza, "Pipeline", fail)
        with pytest.raises(RuntimeError, match="CUDA"):
            build_pipeline(resources_dir=tmp_path)

    def test_options_reach_stanza(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Policy, directory, processors, GPU choice and extra options are passed to stanza.Pipeline."""
        seen: dict[str, Any] = {}
        monkeypatch.setattr(stanza, "Pipeline", lambda **kwargs: seen.update(kwargs))
        build_pipeline(
            download="force", resources_dir=tmp_path, use_gpu=False, tokenize_no_ssplit=True
        )
        assert seen["download_method"].name == "DOWNLOAD_RESOURCES"
        assert (seen["dir"], seen["processors"], seen["use_gpu"]) == (
            str(tmp_path),
            PROCESSORS,
            False,
        )
        assert seen["tokenize_no_ssplit"] is True


class TestDownloadModels:
    def test_unreachable_network_fails_fast(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A connection error during the download becomes ModelsUnavailableError at once."""

        def unreachable(*args: Any, **kwargs: Any) -> None:
            raise requests.exceptions.ConnectionError("Network is unreachable")

        monkeypatch.setattr("stanza.resources.common.request_file", unreachable)
        started = time.monotonic()
        with pytest.raises(ModelsUnavailableError, match="Could not download") as caught:
            download_models(resources_dir=tmp_path, progress=False)
        assert time.monotonic() - started < 5
        assert isinstance(caught.value.__cause__, requests.exceptions.ConnectionError)
        assert str(tmp_path) in str(caught.value)

    def test_httpx_transport_errors_count_as_network_failures(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An httpx-style transport error from the Hugging Face client is a failed download too."""
        httpx = pytest.importorskip("httpx2" if "httpx2" in sys.modules else "httpx")

        def unreachable(*args: Any, **kwargs: Any) -> None:
            raise httpx.ConnectError("connection refused")

        monkeypatch.setattr("stanza.resources.common.request_file", unreachable)
        with pytest.raises(ModelsUnavailableError):
            download_models(resources_dir=tmp_path, progress=False)

    def test_downloads_the_requested_processors(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """stanza.download gets the language, directory and processors, and the directory is returned."""
        seen: dict[str, Any] = {}
        monkeypatch.setattr(stanza, "download", lambda **kwargs: seen.update(kwargs))
        directory = download_models(resources_dir=tmp_path, progress=False, fetch_transformer=False)
        assert directory == tmp_path
        assert (seen["lang"], seen["model_dir"], seen["processors"]) == (
            "en",
            str(tmp_path),
            PROCESSORS,
        )

    def test_missing_transformers_library_warns(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without transformers/peft the coref transformer cannot be fetched, and a warning says so."""
        monkeypatch.setattr(stanza, "download", lambda **kwargs: None)

        def no_transformers(**kwargs: Any) -> None:
            raise ImportError("Please install the transformers and peft libraries")

        monkeypatch.setattr(stanza, "Pipeline", no_transformers)
        with pytest.warns(UserWarning, match="transformers"):
            download_models(resources_dir=tmp_path, progress=False)

    def test_transformer_download_failure(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A network failure while fetching the coref transformer is a ModelsUnavailableError."""
        monkeypatch.setattr(stanza, "download", lambda **kwargs: None)

        def offline(**kwargs: Any) -> None:
            raise OSError("We couldn't connect to 'https://huggingface.co'")

        monkeypatch.setattr(stanza, "Pipeline", offline)
        with pytest.raises(ModelsUnavailableError, match="Hugging Face"):
            download_models(resources_dir=tmp_path, progress=False)

    def test_no_transformer_without_coref(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without coref in processors no transformer is fetched."""
        monkeypatch.setattr(stanza, "download", lambda **kwargs: None)
        monkeypatch.setattr(stanza, "Pipeline", lambda **kwargs: pytest.fail("built a pipeline"))
        download_models(resources_dir=tmp_path, processors="tokenize,pos", progress=False)

    def test_unknown_language(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A language stanza does not know is a ConfigurationError."""

        def unknown(**kwargs: Any) -> None:
            raise UnknownLanguageError("xx")

        monkeypatch.setattr(stanza, "download", unknown)
        with pytest.raises(ConfigurationError, match="'xx'"):
            download_models(lang="xx", resources_dir=tmp_path, progress=False)


# --------------------------------------------------------------------------- checking


class TestCheckPipeline:
    def test_full_pipeline_passes_silently(
        self, quay_nlp: Any, recwarn: pytest.WarningsRecorder
    ) -> None:
        """A pipeline with every annotation passes and returns what it provides."""
        assert check_pipeline(quay_nlp) == {"tokenize", "pos", "lemma", "depparse", "ner", "coref"}
        assert len(recwarn) == 0

    def test_custom_processor_counts_by_what_it_provides(self, quay_nlp: Any) -> None:
        """A processor registered under another name that provides ner counts as ner."""
        assert NER_PROCESSOR in quay_nlp.processors
        assert "ner" in pipeline_provides(quay_nlp)

    def test_missing_optional_annotations_warn(self, tmp_path: Path) -> None:
        """Without ner and coref the check warns, naming both."""
        nlp = offline_pipeline(QUAY, tmp_path, processors="tokenize,pos,lemma,depparse")
        with pytest.warns(UserWarning, match="coref or ner"):
            check_pipeline(nlp)

    def test_missing_required_annotation_raises(self, tmp_path: Path) -> None:
        """Without depparse the check raises, naming it."""
        nlp = offline_pipeline(QUAY, tmp_path, processors="tokenize,pos,lemma,ner,coref")
        with pytest.raises(ConfigurationError, match="lacks depparse"):
            check_pipeline(nlp)

    def test_not_a_pipeline(self) -> None:
        """Something that is not a pipeline is a ConfigurationError naming its type."""
        with pytest.raises(ConfigurationError, match="got str"):
            check_pipeline("en")


# --------------------------------------------------------------------------- running


class TestAnnotate:
    def test_returns_an_annotated_document(self, quay_nlp: Any) -> None:
        """annotate runs every processor on the text."""
        document = annotate(quay_nlp, QUAY_TEXT)
        assert isinstance(document, Document)
        assert document.text == QUAY_TEXT
        assert len(document.sentences) == 3
        assert len(document.coref) == 3

    @pytest.mark.parametrize(
        ("value", "named"),
        [
            (b"bytes", "bytes; decode it first"),
            (42, "int"),
            (None, "NoneType"),
            (Document([], text="x"), "Document; it looks already annotated"),
        ],
    )
    def test_non_text_raises_input_error(self, quay_nlp: Any, value: object, named: str) -> None:
        """Anything but a str raises InputError naming its type."""
        with pytest.raises(InputError, match=f"got {named}"):
            annotate(quay_nlp, value)  # type: ignore[arg-type]

    @pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
    def test_blank_text_skips_stanza(
        self, quay_nlp: Any, monkeypatch: pytest.MonkeyPatch, text: str
    ) -> None:
        """Empty or whitespace-only text gives a Document with no sentences, without running stanza."""
        monkeypatch.setattr(quay_nlp, "process", lambda *a, **k: pytest.fail("stanza ran"))
        document = annotate(quay_nlp, text)
        assert (document.text, document.sentences, document.coref) == (text, [], [])

    def test_not_a_pipeline(self) -> None:
        """A pipeline argument that is not a pipeline raises ConfigurationError."""
        with pytest.raises(ConfigurationError, match="got NoneType"):
            annotate(None, "text")


class TestAnnotateMany:
    def test_many_documents_keep_order_and_boundaries(self, ward_nlp: Any) -> None:
        """200 documents come back in order, each with its own sentences and coref chains."""
        documents = list(annotate_many(ward_nlp, (ward_text(n) for n in range(WARD_COUNT))))
        assert len(documents) == WARD_COUNT
        for number, document in enumerate(documents):
            sentences = 1 + number % 3
            assert document.text == ward_text(number)
            assert len(document.sentences) == sentences
            assert [s.index for s in document.sentences] == list(range(sentences))
            assert [s.sent_id for s in document.sentences] == [str(i) for i in range(sentences)]
            person, depot = document.coref
            assert person.representative_text == f"Councillor Ada Tovar of ward {number}"
            assert len(person.mentions) == sentences
            assert depot.representative_text == "the depot"
            assert len(depot.mentions) == min(sentences, 2)
            assert all(m.sentence < sentences for c in document.coref for m in c.mentions)
            attached = {
                id(attachment.chain)
                for sentence in document.sentences
                for word in sentence.words
                for attachment in word.coref_chains or ()
            }
            assert attached == {id(person), id(depot)}

    def test_same_result_as_one_at_a_time(self, ward_nlp: Any) -> None:
        """Batched annotation gives exactly what annotate gives for each text."""
        texts = [ward_text(n) for n in range(7)]
        batched = list(annotate_many(ward_nlp, texts, batch_size=3))
        single = [annotate(ward_nlp, text) for text in texts]
        assert [f"{d:C}" for d in batched] == [f"{d:C}" for d in single]
        assert [chain_summary(d) for d in batched] == [chain_summary(d) for d in single]

    def test_input_is_consumed_lazily(self, ward_nlp: Any) -> None:
        """Texts are pulled one batch at a time, only as documents are asked for."""
        pulled = 0

        def texts() -> Iterator[str]:
            nonlocal pulled
            for number in range(10):
                pulled += 1
                yield ward_text(number)

        documents = annotate_many(ward_nlp, texts(), batch_size=3)
        assert pulled == 0
        next(documents)
        assert pulled == 3
        next(documents)
        next(documents)
        assert pulled == 3
        next(documents)
        assert pulled == 6
        assert len(list(documents)) == 6
        assert pulled == 10

    def test_blank_texts_keep_their_place(self, ward_nlp: Any) -> None:
        """Empty and whitespace-only texts give empty Documents in their positions."""
        texts = ["", ward_text(1), "  \n", ward_text(2), ""]
        documents = list(annotate_many(ward_nlp, texts, batch_size=2))
        assert [len(d.sentences) for d in documents] == [0, 2, 0, 3, 0]
        assert [d.text for d in documents] == texts

    def test_non_text_item_raises_input_error(self, ward_nlp: Any) -> None:
        """An item that is not a str raises InputError naming its position and type."""
        texts: list[Any] = [ward_text(0), 7]
        documents = annotate_many(ward_nlp, texts, batch_size=5)
        with pytest.raises(InputError, match="Item 1 of texts must be a str, got int"):
            next(documents)

    def test_single_string_is_refused(self, ward_nlp: Any) -> None:
        """A lone str (an iterable of characters) is refused at the call."""
        with pytest.raises(InputError, match="use annotate"):
            annotate_many(ward_nlp, ward_text(0))

    @pytest.mark.parametrize("batch_size", [0, -3, True, 2.5])
    def test_bad_batch_size(self, ward_nlp: Any, batch_size: Any) -> None:
        """A batch size that is not a positive int is refused at the call."""
        with pytest.raises(ConfigurationError, match="batch_size"):
            annotate_many(ward_nlp, [], batch_size=batch_size)

    def test_without_coref(self, tmp_path: Path) -> None:
        """A pipeline without coref is batched whole and gives documents without chains."""
        nlp = offline_pipeline(WARDS, tmp_path, processors="tokenize,pos,lemma,depparse,ner")
        documents = list(annotate_many(nlp, [ward_text(n) for n in range(4)], batch_size=3))
        assert [len(d.sentences) for d in documents] == [1, 2, 3, 1]
        assert all(d.coref == [] for d in documents)
        assert documents[3].ents[0].text == "Ada Tovar"

    def test_empty_input(self, ward_nlp: Any) -> None:
        """No texts, no documents."""
        assert list(annotate_many(ward_nlp, [])) == []


class TestProgress:
    def test_off_when_stderr_is_not_a_terminal(
        self, ward_nlp: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """With progress=None and stderr redirected, nothing is drawn."""
        stderr = io.StringIO()
        monkeypatch.setattr(sys, "stderr", stderr)
        list(annotate_many(ward_nlp, [ward_text(n) for n in range(4)]))
        assert stderr.getvalue() == ""

    def test_on_when_asked(self, ward_nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        """With progress=True a bar is drawn on stderr even when it is not a terminal."""
        stderr = io.StringIO()
        monkeypatch.setattr(sys, "stderr", stderr)
        list(annotate_many(ward_nlp, [ward_text(n) for n in range(4)], progress=True))
        assert "Annotating" in stderr.getvalue()
        assert "4/4" in stderr.getvalue()

    def test_off_when_refused(self, ward_nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        """With progress=False nothing is drawn even on a terminal."""

        class Terminal(io.StringIO):
            def isatty(self) -> bool:
                return True

        stderr = Terminal()
        monkeypatch.setattr(sys, "stderr", stderr)
        list(annotate_many(ward_nlp, [ward_text(0)], progress=False))
        assert stderr.getvalue() == ""
