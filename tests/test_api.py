"""Tests for quoteattr.api: :class:`Attributor`, :func:`quoteattr.attribute` and streaming.

Raw text runs through a real ``stanza.Pipeline`` built offline from the CoNLL-U fixtures
below (tests/offline_pipeline.py), so no model is downloaded; the same fixtures read with
:func:`quoteattr.read_conllu` give the ``stanza.Document`` inputs. Every story is an
invented news item with a direct quote and an indirect report whose speaker is resolved
through CorefUD ``Entity=`` coreference.
"""

from __future__ import annotations

import gc
import re
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from offline_pipeline import conllu, offline_pipeline

import quoteattr
import quoteattr.api
import quoteattr.pipeline
from quoteattr import Attributor, ConfigurationError, DocumentResult, InputError, Quote
from quoteattr.attribution import DEFAULT_SIEVES, CueSubject
from quoteattr.detect import DEFAULT_RULES

# ------------------------------------------------------------------------ fixtures

BRIDGE = conllu(
    """
    # newdoc id = bridge
    # newpar
    # text = Engineer Tomas Reyes inspected the bridge on Friday.
    1  Engineer   engineer  NOUN   NN   Number=Sing                       3  compound  _  Entity=(e11-person
    2  Tomas      Tomas     PROPN  NNP  Number=Sing                       3  compound  _  ner=B-PERSON
    3  Reyes      Reyes     PROPN  NNP  Number=Sing                       4  nsubj     _  Entity=e11)|ner=E-PERSON
    4  inspected  inspect   VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  0  root      _  _
    5  the        the       DET    DT   Definite=Def|PronType=Art         6  det       _  Entity=(e12-object
    6  bridge     bridge    NOUN   NN   Number=Sing                       4  obj       _  Entity=e12)
    7  on         on        ADP    IN   _                                 8  case      _  _
    8  Friday     Friday    PROPN  NNP  Number=Sing                       4  obl       _  SpaceAfter=No|ner=S-DATE
    9  .          .         PUNCT  .    _                                 4  punct     _  _

    # text = "The cables are sound," he said.
    1   "       "      PUNCT  ``   _                                 5  punct  _  SpaceAfter=No
    2   The     the    DET    DT   Definite=Def|PronType=Art         3  det    _  _
    3   cables  cable  NOUN   NNS  Number=Plur                       5  nsubj  _  _
    4   are     be     AUX    VBP  Mood=Ind|Tense=Pres|VerbForm=Fin  5  cop    _  _
    5   sound   sound  ADJ    JJ   Degree=Pos                        9  ccomp  _  SpaceAfter=No
    6   ,       ,      PUNCT  ,    _                                 5  punct  _  SpaceAfter=No
    7   "       "      PUNCT  ''   _                                 5  punct  _  _
    8   he      he     PRON   PRP  Case=Nom|Gender=Masc|Number=Sing  9  nsubj  _  Entity=(e11-person)
    9   said    say    VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  0  root   _  SpaceAfter=No
    10  .       .      PUNCT  .    _                                 9  punct  _  _

    # text = He added that traffic would return next week.
    1  He       he       PRON   PRP  Case=Nom|Gender=Masc|Number=Sing  2  nsubj     _  Entity=(e11-person)
    2  added    add      VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  0  root      _  _
    3  that     that     SCONJ  IN   _                                 6  mark      _  _
    4  traffic  traffic  NOUN   NN   Number=Sing                       6  nsubj     _  _
    5  would    would    AUX    MD   VerbForm=Fin                      6  aux       _  _
    6  return   return   VERB   VB   VerbForm=Inf                      2  ccomp     _  _
    7  next     next     ADJ    JJ   Degree=Pos                        8  amod      _  ner=B-DATE
    8  week     week     NOUN   NN   Number=Sing                       6  obl:tmod  _  SpaceAfter=No|ner=E-DATE
    9  .        .        PUNCT  .    _                                 2  punct     _  _
    """
)

LIBRARY = conllu(
    """
    # newdoc id = library
    # newpar
    # text = Librarian Mei Tanaka opened the new reading room.
    1  Librarian  librarian  NOUN   NN   Number=Sing                       3  compound  _  Entity=(e21-person
    2  Mei        Mei        PROPN  NNP  Number=Sing                       3  compound  _  ner=B-PERSON
    3  Tanaka     Tanaka     PROPN  NNP  Number=Sing                       4  nsubj     _  Entity=e21)|ner=E-PERSON
    4  opened     open       VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  0  root      _  _
    5  the        the        DET    DT   Definite=Def|PronType=Art         8  det       _  Entity=(e22-place
    6  new        new        ADJ    JJ   Degree=Pos                        8  amod      _  _
    7  reading    reading    NOUN   NN   Number=Sing                       8  compound  _  _
    8  room       room       NOUN   NN   Number=Sing                       4  obj       _  Entity=e22)|SpaceAfter=No
    9  .          .          PUNCT  .    _                                 4  punct     _  _

    # text = “Everyone is welcome here,” she told reporters.
    1   “          "          PUNCT  ``   _                                 4  punct   _  SpaceAfter=No
    2   Everyone   everyone   PRON   NN   Number=Sing|PronType=Tot          4  nsubj   _  _
    3   is         be         AUX    VBZ  Mood=Ind|Tense=Pres|VerbForm=Fin  4  cop     _  _
    4   welcome    welcome    ADJ    JJ   Degree=Pos                        9  ccomp   _  _
    5   here       here       ADV    RB   PronType=Dem                      4  advmod  _  SpaceAfter=No
    6   ,          ,          PUNCT  ,    _                                 4  punct   _  SpaceAfter=No
    7   ”          "          PUNCT  ''   _                                 4  punct   _  _
    8   she        she        PRON   PRP  Case=Nom|Gender=Fem|Number=Sing   9  nsubj   _  Entity=(e21-person)
    9   told       tell       VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  0  root    _  _
    10  reporters  reporter   NOUN   NNS  Number=Plur                       9  obj     _  SpaceAfter=No
    11  .          .          PUNCT  .    _                                 9  punct   _  _

    # text = Tanaka said the room would stay open late.
    1  Tanaka  Tanaka  PROPN  NNP  Number=Sing                       2  nsubj   _  Entity=(e21-person)|ner=S-PERSON
    2  said    say     VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  0  root    _  _
    3  the     the     DET    DT   Definite=Def|PronType=Art         4  det     _  Entity=(e22-place
    4  room    room    NOUN   NN   Number=Sing                       6  nsubj   _  Entity=e22)
    5  would   would   AUX    MD   VerbForm=Fin                      6  aux     _  _
    6  stay    stay    VERB   VB   VerbForm=Inf                      2  ccomp   _  _
    7  open    open    ADJ    JJ   Degree=Pos                        6  xcomp   _  _
    8  late    late    ADV    RB   Degree=Pos                        6  advmod  _  SpaceAfter=No
    9  .       .       PUNCT  .    _                                 2  punct   _  _
    """
)

ORCHARD = conllu(
    """
    # newdoc id = orchard
    # newpar
    # text = Farmer Idris Bello counted the frost damage on Tuesday.
    1   Farmer   farmer   NOUN   NN   Number=Sing                       3  compound  _  Entity=(e31-person
    2   Idris    Idris    PROPN  NNP  Number=Sing                       3  compound  _  ner=B-PERSON
    3   Bello    Bello    PROPN  NNP  Number=Sing                       4  nsubj     _  Entity=e31)|ner=E-PERSON
    4   counted  count    VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  0  root      _  _
    5   the      the      DET    DT   Definite=Def|PronType=Art         7  det       _  _
    6   frost    frost    NOUN   NN   Number=Sing                       7  compound  _  _
    7   damage   damage   NOUN   NN   Number=Sing                       4  obj       _  _
    8   on       on       ADP    IN   _                                 9  case      _  _
    9   Tuesday  Tuesday  PROPN  NNP  Number=Sing                       4  obl       _  SpaceAfter=No|ner=S-DATE
    10  .        .        PUNCT  .    _                                 4  punct     _  _

    # text = He said the harvest would be small.
    1  He       he       PRON   PRP  Case=Nom|Gender=Masc|Number=Sing  2  nsubj  _  Entity=(e31-person)
    2  said     say      VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  0  root   _  _
    3  the      the      DET    DT   Definite=Def|PronType=Art         4  det    _  _
    4  harvest  harvest  NOUN   NN   Number=Sing                       7  nsubj  _  _
    5  would    would    AUX    MD   VerbForm=Fin                      7  aux    _  _
    6  be       be       AUX    VB   VerbForm=Inf                      7  cop    _  _
    7  small    small    ADJ    JJ   Degree=Pos                        2  ccomp  _  SpaceAfter=No
    8  .        .        PUNCT  .    _                                 2  punct  _  _

    # newpar
    # text = "We will plant again," said Bello.
    1   "      "      PUNCT  ``   _                                 4  punct   _  SpaceAfter=No
    2   We     we     PRON   PRP  Case=Nom|Number=Plur|Person=1     4  nsubj   _  _
    3   will   will   AUX    MD   VerbForm=Fin                      4  aux     _  _
    4   plant  plant  VERB   VB   VerbForm=Inf                      8  ccomp   _  _
    5   again  again  ADV    RB   _                                 4  advmod  _  SpaceAfter=No
    6   ,      ,      PUNCT  ,    _                                 4  punct   _  SpaceAfter=No
    7   "      "      PUNCT  ''   _                                 4  punct   _  _
    8   said   say    VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  0  root    _  _
    9   Bello  Bello  PROPN  NNP  Number=Sing                       8  nsubj   _  Entity=(e31-person)|SpaceAfter=No|ner=S-PERSON
    10  .      .      PUNCT  .    _                                 8  punct   _  _
    """
)

MURAL = conllu(
    """
    # newdoc id = mural
    # newpar
    # text = Curator Ana Silva unveiled the restored mural.
    1  Curator   curator   NOUN   NN   Number=Sing                       3  compound  _  Entity=(e41-person
    2  Ana       Ana       PROPN  NNP  Number=Sing                       3  compound  _  ner=B-PERSON
    3  Silva     Silva     PROPN  NNP  Number=Sing                       4  nsubj     _  Entity=e41)|ner=E-PERSON
    4  unveiled  unveil    VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  0  root      _  _
    5  the       the       DET    DT   Definite=Def|PronType=Art         7  det       _  Entity=(e42-object
    6  restored  restore   VERB   VBN  Tense=Past|VerbForm=Part          7  amod      _  _
    7  mural     mural     NOUN   NN   Number=Sing                       4  obj       _  Entity=e42)|SpaceAfter=No
    8  .         .         PUNCT  .    _                                 4  punct     _  _

    # text = “It took two years,” Silva said.
    1   “      "      PUNCT  ``   _                                 3  punct  _  SpaceAfter=No
    2   It     it     PRON   PRP  Case=Nom|Number=Sing|Person=3     3  nsubj  _  Entity=(e42-object)
    3   took   take   VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  9  ccomp  _  _
    4   two    two    NUM    CD   NumForm=Word|NumType=Card         5  nummod _  ner=B-DATE
    5   years  year   NOUN   NNS  Number=Plur                       3  obj    _  SpaceAfter=No|ner=E-DATE
    6   ,      ,      PUNCT  ,    _                                 3  punct  _  SpaceAfter=No
    7   ”      "      PUNCT  ''   _                                 3  punct  _  _
    8   Silva  Silva  PROPN  NNP  Number=Sing                       9  nsubj  _  Entity=(e41-person)|ner=S-PERSON
    9   said   say    VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  0  root   _  SpaceAfter=No
    10  .      .      PUNCT  .    _                                 9  punct  _  _

    # text = She said visitors could see it from Saturday.
    1  She       she       PRON   PRP  Case=Nom|Gender=Fem|Number=Sing  2  nsubj  _  Entity=(e41-person)
    2  said      say       VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  0  root   _  _
    3  visitors  visitor   NOUN   NNS  Number=Plur                       5  nsubj  _  _
    4  could     could     AUX    MD   VerbForm=Fin                      5  aux    _  _
    5  see       see       VERB   VB   VerbForm=Inf                      2  ccomp  _  _
    6  it        it        PRON   PRP  Case=Acc|Number=Sing|Person=3     5  obj    _  Entity=(e42-object)
    7  from      from      ADP    IN   _                                 8  case   _  _
    8  Saturday  Saturday  PROPN  NNP  Number=Sing                       5  obl    _  SpaceAfter=No|ner=S-DATE
    9  .         .         PUNCT  .    _                                 2  punct  _  _
    """
)

#: The stories, by their ``# newdoc id``.
STORIES = {"bridge": BRIDGE, "library": LIBRARY, "orchard": ORCHARD, "mural": MURAL}
#: The one speaker each story quotes, as coreference resolves it.
SPEAKERS = {
    "bridge": "Tomas Reyes",
    "library": "Mei Tanaka",
    "orchard": "Idris Bello",
    "mural": "Ana Silva",
}
STORY_NAMES = tuple(STORIES)

#: How many raw documents the streaming tests attribute.
MANY = 300
#: The batch size the streaming tests use.
BATCH = 16


def bulletin(number: int) -> str:
    """The CoNLL-U of the one-sentence dateline ``Bulletin <number>.``."""
    return f"""
    # text = Bulletin {number}.
    1  Bulletin  bulletin  NOUN   NN  Number=Sing   0  root    _  _
    2  {number}  {number}  NUM    CD  NumType=Card  1  nummod  _  SpaceAfter=No|ner=S-CARDINAL
    3  .         .         PUNCT  .   _             1  punct   _  _
    """


#: Every sentence the offline pipeline knows: the four stories and MANY datelines.
NEWS = "".join(STORIES.values()) + conllu("\n".join(bulletin(n) for n in range(MANY)))


def sentences(story: str) -> list[str]:
    """The sentence texts of a story, in order."""
    return re.findall(r"^# text = (.*)$", STORIES[story], flags=re.MULTILINE)


def story_of(number: int) -> str:
    """The story that raw document ``number`` is made of."""
    return STORY_NAMES[number % len(STORY_NAMES)]


def raw_document(number: int) -> str:
    """Raw document ``number``: its own dateline plus all or the first two sentences of a story.

    The dateline makes every document's text unique; it comes first or last, and the
    story is whole or cut, so documents differ in length, offsets and quote count.
    """
    body = sentences(story_of(number))
    if (number // 4) % 2:
        body = body[:2]
    dateline = f"Bulletin {number}."
    parts = [dateline, *body] if (number // 8) % 2 == 0 else [*body, dateline]
    return " ".join(parts)


RAW = [raw_document(n) for n in range(MANY)]


def summary(quote: Quote) -> tuple[Any, ...]:
    """What two runs must agree on: kind, spans, speaker name and cue."""
    return (
        quote.kind,
        tuple((s.start, s.end, s.text) for s in quote.spans),
        None if quote.speaker is None else quote.speaker.name,
        None if quote.cue is None else (quote.cue.start, quote.cue.end, quote.cue.text),
    )


def assert_offsets_inside(result: DocumentResult) -> None:
    """Every span of every quote (content, cue, speaker mention) indexes ``result.text``."""
    for quote in result.quotes:
        spans = [*quote.spans, quote.cue]
        if quote.speaker is not None:
            spans.append(quote.speaker.mention)
        for span in spans:
            if span is None:
                continue
            assert 0 <= span.start < span.end <= len(result.text), (result.doc_id, span)
            assert result.text[span.start : span.end] == span.text


def chains(doc: Any) -> list[tuple[Any, ...]]:
    """A Document's coreference chains, as plain values."""
    return [
        (
            chain.index,
            [(m.sentence, m.start_word, m.end_word) for m in chain.mentions],
            chain.representative_text,
            chain.representative_index,
        )
        for chain in doc.coref
    ]


def snapshot(doc: Any) -> tuple[Any, ...]:
    """Everything attribution could change in a Document: CoNLL-U, text, coref, entities."""
    return (
        f"{doc:C}",
        doc.text,
        chains(doc),
        [(e.text, e.type, e.start_char, e.end_char) for e in doc.ents],
        sorted(vars(doc)),
    )


@pytest.fixture(name="no_build")
def fixture_no_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if quoteattr tries to build a Stanza pipeline."""

    def build(**options: Any) -> Any:
        pytest.fail(f"build_pipeline was called with {options}")

    monkeypatch.setattr(quoteattr.pipeline, "build_pipeline", build)


@pytest.fixture(name="news_nlp", scope="module")
def fixture_news_nlp(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """An offline Stanza pipeline that knows every story and dateline sentence."""
    return offline_pipeline(NEWS, tmp_path_factory.mktemp("news"))


@pytest.fixture(name="attributor")
def fixture_attributor(news_nlp: Any) -> Attributor:
    """An Attributor that annotates raw text with the offline pipeline."""
    return Attributor(pipeline=news_nlp)


@pytest.fixture(name="many_results", scope="module")
def fixture_many_results(news_nlp: Any) -> list[DocumentResult]:
    """The results of streaming the MANY raw documents in batches of BATCH."""
    attributor = Attributor(pipeline=news_nlp)
    return list(attributor.attribute_many(RAW, batch_size=BATCH, progress=False))


def read(story: str) -> Any:
    """A story read from its CoNLL-U into a fresh ``stanza.Document``."""
    return quoteattr.read_conllu(STORIES[story])


class Pulls:
    """An iterable over ``items`` that counts how many items have been taken from it."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items
        self.pulled = 0

    def __iter__(self) -> Iterator[Any]:
        for item in self.items:
            self.pulled += 1
            yield item


# ------------------------------------------------------------------------ tests


class TestAttributor:
    def test_repr_is_short_and_says_lazy(self) -> None:
        """A new Attributor's repr is one short line that says its pipeline is not built."""
        text = repr(Attributor())
        assert "lazy" in text
        assert "\n" not in text
        assert len(text) < 100

    def test_repr_says_ready_with_a_pipeline(self, news_nlp: Any) -> None:
        """An Attributor given a pipeline says it is ready."""
        assert "ready" in repr(Attributor(pipeline=news_nlp))

    def test_pipeline_is_built_once_on_first_raw_text(
        self, monkeypatch: pytest.MonkeyPatch, news_nlp: Any
    ) -> None:
        """The pipeline is built on the first raw text only, and reused afterwards."""
        calls: list[dict[str, Any]] = []

        def build(**options: Any) -> Any:
            calls.append(options)
            return news_nlp

        monkeypatch.setattr(quoteattr.pipeline, "build_pipeline", build)
        attributor = Attributor()
        attributor.attribute(read("bridge"))
        assert calls == []
        attributor.attribute(RAW[0])
        attributor.attribute(RAW[1])
        assert len(calls) == 1
        assert "ready" in repr(attributor)

    def test_options_are_keyword_only(self) -> None:
        """Options cannot be passed by position."""
        with pytest.raises(TypeError):
            Attributor(DEFAULT_RULES)  # type: ignore[misc]

    def test_doc_id_is_keyword_only(self, no_build: None) -> None:
        """attribute() and attribute_many() take their options by keyword only."""
        attributor = Attributor()
        with pytest.raises(TypeError):
            attributor.attribute(read("bridge"), "bridge")  # type: ignore[misc]
        with pytest.raises(TypeError):
            attributor.attribute_many([read("bridge")], ["bridge"])  # type: ignore[misc]

    @pytest.mark.parametrize(
        ("option", "value", "message"),
        [
            ("rules", [object()], "detection rule"),
            ("rules", [lambda ctx: ()], "detection rule"),
            ("rules", [DEFAULT_RULES[0], DEFAULT_RULES[0]], "two detection rules"),
            ("sieves", ["subject"], "sieve"),
            ("sieves", [CueSubject(), CueSubject()], "two sieves"),
            ("source_rules", [42], "source rule"),
        ],
        ids=[
            "rule-not-callable",
            "rule-without-name",
            "rule-twice",
            "sieve-name-only",
            "sieve-twice",
            "source-rule-int",
        ],
    )
    def test_bad_rule_or_sieve_is_a_configuration_error(
        self, option: str, value: object, message: str
    ) -> None:
        """A rule, sieve or source rule that is not a uniquely named callable is refused."""
        with pytest.raises(ConfigurationError, match=message):
            Attributor(**{option: value})

    @pytest.mark.parametrize(
        ("option", "value", "type_name"),
        [
            ("sieves", CueSubject(), "CueSubject"),
            ("rules", DEFAULT_RULES[0], type(DEFAULT_RULES[0]).__name__),
            ("sieves", None, "NoneType"),
            ("source_rules", "according", "str"),
        ],
        ids=["one-sieve", "one-rule", "sieves-none", "source-rules-str"],
    )
    def test_one_item_instead_of_a_sequence_is_a_configuration_error(
        self, option: str, value: object, type_name: str
    ) -> None:
        """A single sieve or rule, None or a str where a sequence belongs is refused by type."""
        with pytest.raises(ConfigurationError, match=f"sequence.*not {type_name}"):
            Attributor(**{option: value})

    def test_lexicon_of_the_wrong_kind_is_a_configuration_error(self) -> None:
        """A language code given as the lexicon is refused at construction, with advice."""
        with pytest.raises(ConfigurationError, match="get_lexicon"):
            Attributor(lexicon="en")  # type: ignore[arg-type]

    def test_defaults_are_the_library_defaults(self) -> None:
        """Without options, the default rules and sieves are used in their order."""
        attributor = Attributor()
        assert tuple(attributor.rules) == tuple(DEFAULT_RULES)
        assert tuple(attributor.sieves) == tuple(DEFAULT_SIEVES)


class TestAttribute:
    @pytest.mark.parametrize(
        ("value", "type_name"),
        [(b"Rain fell.", "bytes"), (42, "int"), (None, "NoneType"), (["Rain fell."], "list")],
    )
    def test_input_of_the_wrong_type(self, no_build: None, value: object, type_name: str) -> None:
        """Anything but a str or a Document is an InputError that names its type."""
        with pytest.raises(InputError, match=type_name):
            Attributor().attribute(value)

    @pytest.mark.parametrize(
        ("heads", "message"),
        [
            pytest.param(
                {2: 3, 3: 2},
                r"sentence 1: the heads of words 2 -> 3 -> 2 form a cycle",
                id="two-word-cycle",
            ),
            pytest.param({2: 2}, r"sentence 1: the heads of words 2 -> 2 form a cycle", id="self"),
            pytest.param(
                {2: 40}, r"sentence 1: word 2 has its head outside the sentence", id="out"
            ),
        ],
    )
    def test_document_whose_heads_are_no_tree(
        self, no_build: None, heads: dict[int, int], message: str
    ) -> None:
        """A stanza Document built by hand whose heads form a cycle or leave the sentence
        (``read_conllu`` refuses both) is an InputError naming the sentence and the words,
        never a walk up the tree that does not end."""
        doc = read(STORY_NAMES[0])
        words = doc.sentences[0].words
        assert 3 < len(words) < 40
        for word_id, head in heads.items():
            words[word_id - 1].head = head
        with pytest.raises(InputError, match=message):
            Attributor().attribute(doc)

    @pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\n "])
    def test_blank_text_gives_an_empty_result(self, no_build: None, text: str) -> None:
        """Empty or whitespace-only text gives an empty result and builds no pipeline."""
        result = Attributor().attribute(text, doc_id="blank")
        assert result == DocumentResult(doc_id="blank", text=text, quotes=(), coref=False)
        assert list(result) == []

    @pytest.mark.parametrize("story", STORY_NAMES)
    def test_document_is_not_annotated_or_changed(self, no_build: None, story: str) -> None:
        """A Document is read as it is: no pipeline, and nothing in it changes."""
        doc = read(story)
        before = snapshot(doc)
        coref = doc.coref
        result = Attributor().attribute(doc)
        assert snapshot(doc) == before
        assert doc.coref is coref
        assert {q.speaker.name for q in result if q.speaker} == {SPEAKERS[story]}

    @pytest.mark.parametrize("story", STORY_NAMES)
    def test_raw_text_and_conllu_agree(self, attributor: Attributor, story: str) -> None:
        """Raw text annotated by the pipeline gives the quotes of the same text read as CoNLL-U."""
        doc = read(story)
        from_conllu = [summary(q) for q in Attributor().attribute(doc)]
        from_text = [summary(q) for q in attributor.attribute(doc.text)]
        assert from_text == from_conllu
        assert sorted(kind for kind, *_ in from_text) == ["direct", "indirect"]
        assert {name for _, _, name, _ in from_text} == {SPEAKERS[story]}

    def test_result_text_is_the_input(self, attributor: Attributor) -> None:
        """The result of raw text holds that text, and its offsets index into it."""
        result = attributor.attribute(RAW[0])
        assert result.text == RAW[0]
        assert result.coref
        assert_offsets_inside(result)

    def test_doc_id_comes_from_newdoc_id(self, no_build: None) -> None:
        """A Document's result is named by its ``# newdoc id``."""
        assert Attributor().attribute(read("library")).doc_id == "library"

    def test_doc_id_option_wins(self, no_build: None) -> None:
        """An explicit doc_id names the result instead of the ``# newdoc id``."""
        assert Attributor().attribute(read("library"), doc_id="lib-7").doc_id == "lib-7"

    def test_raw_text_has_no_doc_id(self, attributor: Attributor) -> None:
        """Raw text without a doc_id gives a result without one."""
        assert attributor.attribute(RAW[3]).doc_id is None


class TestModuleAttribute:
    @pytest.fixture(autouse=True)
    def fresh_default(self, monkeypatch: pytest.MonkeyPatch, no_build: None) -> None:
        """Start each test without the shared default Attributor, and build no pipeline."""
        monkeypatch.setattr(quoteattr.api, "_DEFAULT", None)

    def test_attributes_a_document(self) -> None:
        """quoteattr.attribute() on a Document gives the same result as an Attributor."""
        assert quoteattr.attribute(read("mural")) == Attributor().attribute(read("mural"))

    def test_reuses_one_default_attributor(self) -> None:
        """Calls without options share one default Attributor."""
        quoteattr.attribute(read("mural"))
        shared = quoteattr.api._DEFAULT
        quoteattr.attribute(read("bridge"), doc_id="b")
        assert shared is not None
        assert quoteattr.api._DEFAULT is shared

    def test_options_build_a_new_attributor(self) -> None:
        """With options, a new Attributor is used and the shared default keeps its own."""
        without_sieves = quoteattr.attribute(read("mural"), sieves=())
        assert len(without_sieves) == 2
        assert all(q.speaker is None and q.sieve is None for q in without_sieves)
        default = quoteattr.attribute(read("mural"))
        assert {q.speaker.name for q in default if q.speaker} == {"Ana Silva"}

    def test_pipeline_option_annotates_raw_text(self, news_nlp: Any) -> None:
        """quoteattr.attribute(text, pipeline=...) annotates with that pipeline."""
        result = quoteattr.attribute(RAW[2], pipeline=news_nlp, doc_id="orchard-2")
        assert result.doc_id == "orchard-2"
        assert {q.speaker.name for q in result if q.speaker} == {"Idris Bello"}

    def test_doc_id_and_blank_text(self) -> None:
        """A blank text gives an empty result named by doc_id, with no pipeline built."""
        assert quoteattr.attribute("  ", doc_id="x") == DocumentResult(
            doc_id="x", text="  ", coref=False
        )

    def test_input_of_the_wrong_type(self) -> None:
        """quoteattr.attribute() refuses bytes with an InputError naming the type."""
        with pytest.raises(InputError, match="bytes"):
            quoteattr.attribute(b"text")


class TestAttributeMany:
    def test_results_come_in_input_order(self, many_results: list[DocumentResult]) -> None:
        """One result per input, in input order, each holding its own input text."""
        assert [r.text for r in many_results] == RAW

    def test_offsets_stay_inside_their_document(self, many_results: list[DocumentResult]) -> None:
        """Every span of every result indexes that result's own text."""
        for result in many_results:
            assert_offsets_inside(result)

    def test_speakers_never_cross_documents(self, many_results: list[DocumentResult]) -> None:
        """Each document's speakers are its own story's, resolved through its own chains."""
        for number, result in enumerate(many_results):
            story = story_of(number)
            assert result.coref, number
            assert len(result) >= 1, number
            assert {q.speaker.name for q in result if q.speaker} == {SPEAKERS[story]}, number
            assert all(q.speaker and q.speaker.resolution == "coref" for q in result), number

    def test_same_as_one_by_one(
        self, attributor: Attributor, many_results: list[DocumentResult]
    ) -> None:
        """Streaming gives exactly what attributing each document alone gives."""
        assert many_results == [attributor.attribute(text) for text in RAW]

    @pytest.mark.parametrize("batch_size", [1, 7, 1000])
    def test_batch_size_does_not_change_results(
        self, attributor: Attributor, many_results: list[DocumentResult], batch_size: int
    ) -> None:
        """Any batch size gives the same results."""
        results = list(attributor.attribute_many(RAW[:40], batch_size=batch_size, progress=False))
        assert results == many_results[:40]

    def test_doc_ids_name_the_results(self, attributor: Attributor) -> None:
        """doc_ids, any iterable, names the results in input order."""
        ids = (f"bulletin-{n}" for n in range(50))
        results = attributor.attribute_many(RAW[:50], doc_ids=ids, progress=False)
        assert [r.doc_id for r in results] == [f"bulletin-{n}" for n in range(50)]

    def test_input_is_consumed_lazily(self, attributor: Attributor) -> None:
        """The first result comes after at most one batch has been taken from the input."""
        source = Pulls(RAW)
        results = attributor.attribute_many(source, batch_size=BATCH, progress=False)
        assert source.pulled == 0
        first = next(results)
        assert first.text == RAW[0]
        assert 1 <= source.pulled <= BATCH
        assert len(list(results)) == MANY - 1
        assert source.pulled == MANY

    def test_mixed_input_keeps_its_order(self, attributor: Attributor) -> None:
        """Raw texts, Documents and blank strings come back in the order they went in."""
        items: list[Any] = [RAW[0], read("library"), "", RAW[5], " \n", read("mural"), RAW[2]]
        results = list(attributor.attribute_many(items, batch_size=3, progress=False))
        assert [r.text for r in results] == [
            item if isinstance(item, str) else item.text for item in items
        ]
        assert [r.doc_id for r in results] == [None, "library", None, None, None, "mural", None]
        assert results == [attributor.attribute(item) for item in items]

    def test_documents_only_never_build_a_pipeline(self, no_build: None) -> None:
        """A stream of Documents is attributed without building a pipeline."""
        docs = quoteattr.iter_conllu("".join(STORIES.values()))
        results = list(Attributor().attribute_many(docs, batch_size=2, progress=False))
        assert [r.doc_id for r in results] == list(STORY_NAMES)
        assert [{q.speaker.name for q in r if q.speaker} for r in results] == [
            {SPEAKERS[story]} for story in STORY_NAMES
        ]

    def test_blank_strings_never_build_a_pipeline(self, no_build: None) -> None:
        """Blank strings give empty results without building a pipeline."""
        results = list(Attributor().attribute_many(["", "  "], progress=False))
        assert results == [
            DocumentResult(doc_id=None, text="", coref=False),
            DocumentResult(doc_id=None, text="  ", coref=False),
        ]

    def test_empty_input_gives_nothing(self, no_build: None) -> None:
        """No input, no results and no pipeline."""
        assert list(Attributor().attribute_many([], progress=False)) == []

    @pytest.mark.parametrize("batch_size", [0, -3])
    def test_batch_size_must_be_positive(self, attributor: Attributor, batch_size: int) -> None:
        """A batch size below 1 is a ConfigurationError, raised at the call."""
        with pytest.raises(ConfigurationError, match=str(batch_size)):
            attributor.attribute_many(RAW[:2], batch_size=batch_size)

    def test_item_of_the_wrong_type(self, attributor: Attributor) -> None:
        """An item that is neither text nor Document is an InputError naming its type."""
        results = attributor.attribute_many([RAW[0], 3.5], progress=False)
        with pytest.raises(InputError, match="float"):
            list(results)

    def test_earlier_results_are_not_kept(self, attributor: Attributor) -> None:
        """The stream holds on to no result the caller has let go of."""
        results = attributor.attribute_many(RAW, batch_size=BATCH, progress=False)
        alive: list[weakref.ref[Any]] = []
        for number, result in enumerate(results):
            alive.append(weakref.ref(result))
            alive.append(weakref.ref(result.quotes[0]))
            del result
            if number == MANY - 2:
                break
        gc.collect()
        held = sum(ref() is not None for ref in alive)
        # the generator may keep its last result and quote alive; never the earlier ones
        assert held <= 2
        assert next(results).text == RAW[-1]

    def test_no_progress_prints_nothing(
        self, attributor: Attributor, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """progress=False writes nothing to stderr."""
        capsys.readouterr()
        assert len(list(attributor.attribute_many(RAW[:20], progress=False))) == 20
        assert capsys.readouterr().err == ""

    def test_progress_bar_on_stderr(
        self, attributor: Attributor, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """progress=True draws a bar on stderr that counts the documents."""
        capsys.readouterr()
        assert len(list(attributor.attribute_many(RAW[:20], progress=True))) == 20
        captured = capsys.readouterr()
        assert captured.out == ""
        assert "quoteattr" in captured.err
        assert "20" in captured.err
