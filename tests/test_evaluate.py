"""Tests for quoteattr.evaluate: scoring predictions against gold attribution spans."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.errors import GoldFormatError, InputError
from quoteattr.evaluate import (
    SPEECH_LEMMAS,
    GoldAttribution,
    GoldDocument,
    KindCounts,
    Report,
    Score,
    crude_lemma,
    evaluate,
    evaluate_corpus,
    format_breakdown,
    format_table,
    gold_from_dict,
    load_gold,
    split_at_quotation_marks,
    trim_span,
)
from quoteattr.model import DocumentResult, Quote, Source, Span, Speaker

FIXTURES = Path(__file__).parent / "fixtures" / "bench"

# A text made of letters only, so that spans are never trimmed: Jaccard arithmetic is plain.
LETTERS = "abcdefghijklmnopqrstuvwxyz" * 4


def at(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    """The ``nth`` occurrence of ``sub`` in ``text`` as ``(start, end)``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def ga(
    content: list[tuple[int, int]],
    kind: str = "direct",
    *,
    aid: str = "G",
    speaker: tuple[int, int] | None = None,
    cue: tuple[int, int] | None = None,
    lemma: str | None = "say",
    source: tuple[int, int] | None = None,
) -> GoldAttribution:
    """A gold attribution."""
    return GoldAttribution(
        id=aid,
        kind=kind,
        content=tuple(content),
        speaker_mention=speaker,
        cue=cue,
        cue_lemma=lemma,
        source=source,
    )


def gdoc(text: str, *atts: GoldAttribution, doc_id: str = "d") -> GoldDocument:
    """A gold document."""
    return GoldDocument(doc_id=doc_id, text=text, attributions=atts)


def mention(span: tuple[int, int] | None) -> dict[str, Any] | None:
    return None if span is None else {"text": "", "start": span[0], "end": span[1]}


def pq(
    spans: list[tuple[int, int]],
    kind: str = "direct",
    *,
    speaker: tuple[int, int] | None = None,
    cue: tuple[int, int] | None = None,
    source: tuple[int, int] | None = None,
    has_speaker: bool = True,
    rule: str = "r",
    sieve: str | None = "s",
) -> dict[str, Any]:
    """A predicted quote dict in the JSONL contract form."""
    return {
        "kind": kind,
        "text": "",
        "spans": [list(s) for s in spans],
        "cue": mention(cue),
        "speaker": {"name": "x", "mention": mention(speaker)} if has_speaker else None,
        "source": None
        if source is None
        else {"name": "m", "mention": mention(source), "type": "outlet", "rule": "t"},
        "rule": rule,
        "sieve": sieve,
        "confidence": 1.0,
    }


def gold_as_predictions(doc: GoldDocument) -> list[dict[str, Any]]:
    """Every gold attribution turned into a prediction that should score perfectly."""
    return [
        pq(
            list(a.content),
            a.kind,
            speaker=a.speaker_mention,
            cue=a.cue,
            source=a.source,
            has_speaker=a.speaker_mention is not None,
        )
        for a in doc.attributions
    ]


class TestTrimSpan:
    @pytest.mark.parametrize(
        ("raw", "trimmed"),
        [
            ("“Stop the war now.”", "Stop the war now"),
            ('"We will win," ', "We will win"),
            ("  (maybe) ", "maybe"),
            ("[sic] — and then…", "sic] — and then"),
            ("‘fine’", "fine"),
            ("--well; ", "well"),
            (":", ""),
            (" , ", ""),
            ("plain", "plain"),
        ],
    )
    def test_table(self, raw: str, trimmed: str) -> None:
        """Whitespace, quotation marks and the listed punctuation go from both ends only."""
        text = "xx" + raw + "yy"
        s, e = trim_span(text, 2, 2 + len(raw))
        assert text[s:e] == trimmed


class TestCrudeLemma:
    @pytest.mark.parametrize(
        ("cue", "lemma"),
        [
            ("said", "say"),
            ("told", "tell"),
            ("has announced", "announce"),
            ("also stressed", "stress"),
            ("’s said", "say"),
            ("according to", "accord"),
            ("replied", "reply"),
            ("admitted", "admit"),
            ("noting", "note"),
            ("urges", "urge"),
            ("believes", "believes"),
            ("thinks", "thinks"),
            (":", None),
        ],
    )
    def test_table(self, cue: str, lemma: str | None) -> None:
        """The crude lemma finds the speech verb of a cue, or leaves a non-speech word alone."""
        assert crude_lemma(cue) == lemma

    def test_speech_lemmas_are_lowercase_words(self) -> None:
        """The speech lexicon holds the listed verbs as lowercase single words."""
        assert {"say", "accord", "opine", "tweet"} <= SPEECH_LEMMAS
        assert all(w.isalpha() and w.islower() for w in SPEECH_LEMMAS)


class TestMatching:
    @pytest.mark.parametrize(
        ("pred_span", "matched"),
        [
            ((0, 10), True),  # exact
            ((0, 5), True),  # 5/10 = 0.5, the threshold itself
            ((0, 4), False),  # 4/10
            ((2, 12), True),  # 8/12
            ((5, 15), False),  # 5/15
            ((5, 14), False),  # 5/14
            ((30, 40), False),  # disjoint
        ],
    )
    def test_jaccard_threshold(self, pred_span: tuple[int, int], matched: bool) -> None:
        """A prediction matches when the Jaccard index of the contents is at least 0.5."""
        r = evaluate(gdoc(LETTERS, ga([(0, 10)])), [pq([pred_span])])
        assert r.matched == int(matched)
        assert r.precision == float(matched)
        assert r.recall("direct") == float(matched)

    def test_two_predictions_for_one_gold(self) -> None:
        """Only the better of two predictions for one gold attribution matches."""
        r = evaluate(gdoc(LETTERS, ga([(0, 10)])), [pq([(0, 8)]), pq([(0, 10)])])
        assert (r.matched, r.predictions) == (1, 2)
        assert r.precision == 0.5
        assert r.recall_in_scope == 1.0
        [miss] = [m for m in r.misses if m.problem == "unmatched-prediction"]
        assert miss.prediction == 0

    def test_one_prediction_over_two_golds_goes_to_the_better(self) -> None:
        """A prediction covering two gold attributions matches the one it overlaps most."""
        doc = gdoc(LETTERS, ga([(0, 10)], aid="A"), ga([(10, 30)], aid="B"))
        r = evaluate(doc, [pq([(8, 30)])])  # A: 2/30, B: 20/22
        assert r.matched == 1
        assert [m.gold_id for m in r.misses if m.problem == "unmatched-gold"] == ["A"]

    def test_tie_between_golds_goes_to_the_first_in_the_text(self) -> None:
        """A prediction with equal Jaccard to two gold attributions matches the earlier one."""
        doc = gdoc(LETTERS, ga([(10, 20)], aid="B"), ga([(0, 10)], aid="A"))
        r = evaluate(doc, [pq([(0, 20)])])  # 0.5 with each
        assert r.matched == 1
        assert [m.gold_id for m in r.misses if m.problem == "unmatched-gold"] == ["B"]

    def test_tie_between_predictions_goes_to_the_first_in_the_text(self) -> None:
        """Of two predictions with equal Jaccard, the one starting first matches."""
        r = evaluate(gdoc(LETTERS, ga([(0, 10)])), [pq([(1, 10)]), pq([(0, 9)])])  # 0.9 each
        [miss] = [m for m in r.misses if m.problem == "unmatched-prediction"]
        assert miss.prediction == 0

    def test_greedy_assignment_is_one_to_one(self) -> None:
        """Each gold attribution and each prediction is used at most once."""
        doc = gdoc(LETTERS, ga([(0, 10)], aid="A"), ga([(0, 12)], aid="B"))
        r = evaluate(doc, [pq([(0, 10)]), pq([(0, 11)])])
        # (A, p0) = 1 first; then (B, p1) = 11/12; (B, p0) and (A, p1) are blocked.
        assert r.matched == 2

    @pytest.mark.parametrize(
        ("pred_spans", "matched"),
        [
            ([(20, 30), (0, 10)], True),  # same parts, other order
            ([(0, 30)], True),  # 20/30
            ([(0, 10)], True),  # 10/20
            ([(0, 9)], False),  # 9/20
            ([(0, 5), (20, 25)], True),  # 10/20
        ],
    )
    def test_discontinuous_spans(self, pred_spans: list[tuple[int, int]], matched: bool) -> None:
        """A discontinuous content is the union of its parts."""
        r = evaluate(gdoc(LETTERS, ga([(0, 10), (20, 30)])), [pq(pred_spans)])
        assert r.matched == int(matched)

    def test_trimming_quotes_and_punctuation(self) -> None:
        """Gold with marks and punctuation matches a prediction without them exactly."""
        text = "He said: “Stop the war now,” and left."
        doc = gdoc(text, ga([at(text, "“Stop the war now,”")]))
        r = evaluate(doc, [pq([at(text, "Stop the war now")])])
        assert r.matched == 1
        assert r.misses == ()

    def test_content_that_trims_to_nothing_never_matches(self) -> None:
        """A content made of punctuation only matches nothing, not even itself."""
        text = "a “...” b"
        r = evaluate(gdoc(text, ga([at(text, "“...”")])), [pq([at(text, "“...”")])])
        assert r.matched == 0


class TestScope:
    TEXT = "“We win,” he said. She added that taxes fall. Critics think it fails. They hope so."

    def doc(self) -> GoldDocument:
        t = self.TEXT
        return gdoc(
            t,
            ga([at(t, "“We win,”")], "direct", aid="D"),
            ga([at(t, "that taxes fall")], "indirect", aid="I", lemma="add"),
            ga([at(t, "it fails")], "indirect", aid="O1", lemma="think"),
            ga([at(t, "so")], "indirect", aid="O2", lemma=None),
        )

    @pytest.mark.parametrize(
        ("aid", "category"),
        [("D", "direct"), ("I", "indirect"), ("O1", "indirect-other"), ("O2", "indirect-other")],
    )
    def test_categories(self, aid: str, category: str) -> None:
        """Indirect attributions are in scope only when a speech lemma cues them."""
        [a] = [a for a in self.doc().attributions if a.id == aid]
        assert a.category == category
        assert a.in_scope == (category != "indirect-other")

    def test_counts_and_recall(self) -> None:
        """Recall is per category; F1 uses in-scope recall; out-of-scope matches count for P."""
        t = self.TEXT
        preds = [pq([at(t, "We win")]), pq([at(t, "it fails")], "indirect"), pq([at(t, "he said")])]
        r = evaluate(self.doc(), preds)
        assert r.gold == KindCounts(direct=1, mixed=0, indirect=1, indirect_other=2)
        assert r.gold_matched == KindCounts(direct=1, indirect_other=1)
        assert r.precision == pytest.approx(2 / 3)
        assert r.recall("direct") == 1.0
        assert r.recall("indirect") == 0.0
        assert r.recall("indirect-other") == 0.5
        assert r.recall_in_scope == 0.5
        assert r.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))

    def test_out_of_scope_pairs_are_not_judged_for_speaker(self) -> None:
        """Speaker, cue and end-to-end look only at in-scope pairs."""
        t = self.TEXT
        r = evaluate(
            gdoc(t, ga([at(t, "it fails")], "indirect", lemma="think", speaker=at(t, "Critics"))),
            [pq([at(t, "it fails")], "indirect")],
        )
        assert r.speaker.total == 0
        assert r.end_to_end == 0
        assert r.kind == Score(1, 1)


class TestComponents:
    TEXT = "“We will build it,” the mayor said: “Soon.” Reuters reported it."

    def test_all_correct(self) -> None:
        """Overlapping speaker and cue mentions are correct and the pair is end-to-end right."""
        t = self.TEXT
        doc = gdoc(
            t, ga([at(t, "We will build it,")], speaker=at(t, "the mayor"), cue=at(t, "said"))
        )
        r = evaluate(
            doc, [pq([at(t, "We will build it")], speaker=at(t, "mayor"), cue=at(t, "said"))]
        )
        assert (r.speaker, r.cue, r.end_to_end) == (Score(1, 1), Score(1, 1), 1)
        assert (r.e2e_precision, r.e2e_recall, r.e2e_f1) == (1.0, 1.0, 1.0)

    @pytest.mark.parametrize(
        ("pred_speaker", "has_speaker", "correct"),
        [
            ("the mayor", True, True),
            ("mayor said", True, True),
            ("said", True, False),
            (None, True, False),  # a speaker with no mention
            (None, False, False),  # no speaker at all
        ],
    )
    def test_speaker(self, pred_speaker: str | None, has_speaker: bool, correct: bool) -> None:
        """The speaker is correct when the predicted mention overlaps the gold one."""
        t = self.TEXT
        doc = gdoc(
            t, ga([at(t, "We will build it,")], speaker=at(t, "the mayor"), cue=at(t, "said"))
        )
        speaker = None if pred_speaker is None else at(t, pred_speaker)
        pred = pq([at(t, "We will build it")], speaker=speaker, has_speaker=has_speaker)
        r = evaluate(doc, [{**pred, "cue": mention(at(t, "said"))}])
        assert r.speaker == Score(int(correct), 1)
        assert r.end_to_end == int(correct)
        assert any(m.problem == "wrong-speaker" for m in r.misses) != correct

    def test_overlap_is_after_trimming(self) -> None:
        """A mention touching the gold one only by a quotation mark or space does not count."""
        t = "“Go,” she said."
        doc = gdoc(t, ga([at(t, "Go,")], speaker=at(t, "she")))
        r = evaluate(doc, [pq([at(t, "Go")], speaker=at(t, "” "))])
        assert r.speaker == Score(0, 1)

    def test_missing_gold_speaker_counts_as_correct_for_end_to_end(self) -> None:
        """Without a gold speaker the speaker is not judged, and end-to-end does not need it."""
        t = self.TEXT
        doc = gdoc(t, ga([at(t, "Soon.")], cue=at(t, ":")))
        r = evaluate(doc, [pq([at(t, "Soon")], speaker=at(t, "Reuters"), cue=at(t, ":"))])
        assert r.speaker == Score(0, 0)
        assert r.end_to_end == 1

    def test_null_gold_cue_is_not_judged(self) -> None:
        """A gold attribution without a cue leaves the cue unjudged."""
        t = self.TEXT
        doc = gdoc(t, ga([at(t, "Soon.")], speaker=at(t, "the mayor")))
        r = evaluate(doc, [pq([at(t, "Soon")], speaker=at(t, "mayor"))])
        assert r.cue == Score(0, 0)
        assert r.end_to_end == 1

    def test_null_predicted_cue_is_wrong(self) -> None:
        """A missing predicted cue is wrong when the gold has one."""
        t = self.TEXT
        doc = gdoc(t, ga([at(t, "Soon.")], cue=at(t, "said")))
        r = evaluate(doc, [pq([at(t, "Soon")])])
        assert r.cue == Score(0, 1)
        assert r.end_to_end == 0

    @pytest.mark.parametrize(
        ("pred_cue", "correct"),
        [
            (":", True),
            (": “", True),  # trims to nothing too: compared as it is
            ("said:", False),  # trims to "said", which does not reach the colon
            ("said", False),
        ],
    )
    def test_colon_cue_is_compared_untrimmed(self, pred_cue: str, correct: bool) -> None:
        """A cue that trims to nothing (a colon) is compared as it is."""
        t = self.TEXT
        doc = gdoc(t, ga([at(t, "Soon.")], cue=at(t, ":")))
        r = evaluate(doc, [pq([at(t, "Soon")], cue=at(t, pred_cue))])
        assert r.cue == Score(int(correct), 1)

    def test_source_is_judged_only_where_media_are_annotated(self) -> None:
        """Documents without any gold source leave the source unjudged."""
        t = self.TEXT
        doc = gdoc(t, ga([at(t, "Soon.")]))
        r = evaluate(doc, [pq([at(t, "Soon")], source=at(t, "Reuters"))])
        assert r.source == Score(0, 0)
        assert r.end_to_end == 1

    @pytest.mark.parametrize(
        ("gold_source", "pred_source", "correct"),
        [
            (None, None, True),  # null / null
            (None, "Reuters", False),
            ("Reuters", "Reuters", True),
            ("Reuters", None, False),
            ("Reuters", "reported", False),
        ],
    )
    def test_source(self, gold_source: str | None, pred_source: str | None, correct: bool) -> None:
        """In a media-annotating document the source must overlap, or both be null."""
        t = self.TEXT
        other = ga([at(t, "it")], "indirect", aid="X", lemma="report", source=at(t, "Reuters"))
        g_src = None if gold_source is None else at(t, gold_source)
        doc = gdoc(t, ga([at(t, "Soon.")], source=g_src), other)
        p_src = None if pred_source is None else at(t, pred_source)
        r = evaluate(doc, [pq([at(t, "Soon")], source=p_src)])
        assert r.source == Score(int(correct), 1)
        assert r.end_to_end == int(correct)

    def test_source_without_mention_is_not_null(self) -> None:
        """A predicted source with no mention is wrong against a null gold source."""
        t = self.TEXT
        other = ga([at(t, "it")], "indirect", aid="X", lemma="report", source=at(t, "Reuters"))
        doc = gdoc(t, ga([at(t, "Soon.")]), other)
        pred = pq([at(t, "Soon")])
        pred["source"] = {"name": "a statement", "mention": None, "type": "statement", "rule": "t"}
        assert evaluate(doc, [pred]).source == Score(0, 1)

    def test_kind_accuracy(self) -> None:
        """Kind accuracy compares the predicted and gold kinds on every matched pair."""
        r = evaluate(
            gdoc(LETTERS, ga([(0, 10)], "mixed"), ga([(20, 30)], "indirect", lemma="believe")),
            [pq([(0, 10)], "direct"), pq([(20, 30)], "indirect")],
        )
        assert r.kind == Score(1, 2)
        [miss] = [m for m in r.misses if m.problem == "wrong-kind"]
        assert (miss.expected, miss.found) == ("mixed", "direct")


class TestRulesAndSieves:
    def test_per_rule_and_per_sieve(self) -> None:
        """Rules count predictions and matches; sieves count decisions and judged decisions."""
        t = "“Yes,” Ann said. “No,” Bob said. “Maybe,” Cy said. Dee thinks so."
        doc = gdoc(
            t,
            ga([at(t, "Yes,")], speaker=at(t, "Ann")),
            ga([at(t, "No,")], speaker=at(t, "Bob")),
            ga([at(t, "Maybe,")]),
            ga([at(t, "so")], "indirect", lemma="think", speaker=at(t, "Dee")),
        )
        preds = [
            pq([at(t, "Yes")], speaker=at(t, "Ann"), rule="marks", sieve="tri"),
            pq([at(t, "No")], speaker=at(t, "Ann"), rule="marks", sieve="tri"),
            pq([at(t, "Maybe")], speaker=at(t, "Cy"), rule="marks", sieve="dep"),
            pq([at(t, "so")], "indirect", speaker=at(t, "Dee"), rule="ccomp", sieve="dep"),
            pq([at(t, "Ann said")], rule="colon", sieve=None),
        ]
        r = evaluate(doc, preds)
        rules = {x.name: (x.predictions, x.matched) for x in r.rules}
        assert rules == {"marks": (3, 3), "ccomp": (1, 1), "colon": (1, 0)}
        sieves = {x.name: (x.decisions, x.judged, x.correct) for x in r.sieves}
        assert sieves == {"tri": (2, 2, 1), "dep": (2, 0, 0)}
        assert {x.name: x.precision for x in r.sieves} == {"dep": 0.0, "tri": 0.5}


class TestInputs:
    TEXT = "“Go home,” she said."

    def doc(self) -> GoldDocument:
        t = self.TEXT
        return gdoc(t, ga([at(t, "“Go home,”")], speaker=at(t, "she"), cue=at(t, "said")))

    def result(self, doc_id: str | None = "d", text: str | None = None) -> DocumentResult:
        t = self.TEXT
        s, e = at(t, "Go home")
        ss, se = at(t, "she")
        cs, ce = at(t, "said")
        quote = Quote(
            kind="direct",
            spans=(Span(s, e, t[s:e]),),
            cue=Span(cs, ce, "said"),
            speaker=Speaker(name="She", mention=Span(ss, se, "she")),
            source=Source("AP", None, "news_agency", "agency"),
            rule="marks",
            sieve="tri",
        )
        return DocumentResult(doc_id=doc_id, text=t if text is None else text, quotes=(quote,))

    @pytest.mark.parametrize("form", ["result", "dict", "list"])
    def test_prediction_forms(self, form: str) -> None:
        """A DocumentResult, its dict form and a list of quote dicts score alike."""
        res = self.result()
        preds: Any = {
            "result": res,
            "dict": res.to_dict(),
            "list": res.to_dict()["quotes"],
        }[form]
        r = evaluate(self.doc(), preds)
        assert (r.matched, r.speaker, r.cue, r.end_to_end) == (1, Score(1, 1), Score(1, 1), 1)

    def test_other_document_is_refused(self) -> None:
        """Predictions naming another document raise InputError."""
        with pytest.raises(InputError, match="other"):
            evaluate(self.doc(), self.result(doc_id="other"))

    def test_text_differing_where_it_matters_is_refused(self) -> None:
        """A prediction whose text differs from the gold text at its spans raises InputError."""
        with pytest.raises(InputError, match="differs"):
            evaluate(self.doc(), self.result(text="“Go hoMe,” she said."))

    def test_text_differing_elsewhere_is_accepted(self) -> None:
        """A trailing difference outside every span (a final newline) is harmless."""
        assert evaluate(self.doc(), self.result(text=self.TEXT + "\n")).matched == 1

    @pytest.mark.parametrize(
        "bad",
        [
            [{"kind": "direct", "spans": [[0, 999]]}],
            [{"kind": "direct", "spans": "0-3"}],
            [{"kind": "direct", "spans": [[0, 3]], "cue": "said"}],
            [{"kind": "direct", "spans": [[0, 3]], "speaker": "she"}],
            [7],
            {"doc": "d"},
            42,
        ],
    )
    def test_malformed_predictions(self, bad: Any) -> None:
        """Malformed predictions raise InputError with a message."""
        with pytest.raises(InputError):
            evaluate(self.doc(), bad)

    def test_gold_must_be_a_document_or_a_path(self) -> None:
        """Anything else as gold raises InputError."""
        with pytest.raises(InputError, match="GoldDocument"):
            evaluate(42, [])  # type: ignore[arg-type]


class TestReport:
    def test_reports_add_up(self) -> None:
        """Adding reports adds counts; metrics follow from the sums."""
        a = evaluate(gdoc(LETTERS, ga([(0, 10)])), [pq([(0, 10)], rule="x")])
        b = evaluate(gdoc(LETTERS, ga([(0, 10)]), ga([(20, 30)])), [pq([(50, 60)], rule="x")])
        total = a + b
        assert (total.documents, total.predictions, total.matched) == (2, 2, 1)
        assert total.gold.direct == 3
        assert total.precision == 0.5
        assert total.recall_in_scope == pytest.approx(1 / 3)
        assert total.rules[0].name == "x"
        assert (total.rules[0].predictions, total.rules[0].matched) == (2, 1)
        assert len(total.misses) == len(a.misses) + len(b.misses)
        assert Report() + a == a

    def test_evaluate_corpus_sums(self) -> None:
        """evaluate_corpus equals the sum of per-document reports."""
        pairs = [
            (gdoc(LETTERS, ga([(0, 10)])), [pq([(0, 10)])]),
            (gdoc(LETTERS, ga([(5, 10)])), [pq([(0, 10)])]),
        ]
        assert evaluate_corpus(pairs) == evaluate(*pairs[0]) + evaluate(*pairs[1])
        assert evaluate_corpus([]) == Report()

    def test_empty_report_metrics_are_zero(self) -> None:
        """Every metric of an empty report is 0.0 rather than an error."""
        r = Report()
        assert (r.precision, r.recall_in_scope, r.f1, r.e2e_f1, r.kind.value) == (0, 0, 0, 0, 0)

    def test_to_dict_is_json_ready(self) -> None:
        """to_dict holds counts and metrics and serialises to JSON."""
        r = evaluate(gdoc(LETTERS, ga([(0, 10)])), [pq([(0, 10)], rule="x", sieve="y")])
        d = json.loads(json.dumps(r.to_dict()))
        assert d["precision"] == 1.0
        assert d["recall"]["direct"] == 1.0
        assert d["recall"]["in-scope"] == 1.0
        assert d["gold"] == {"direct": 1, "mixed": 0, "indirect": 0, "indirect-other": 0}
        assert d["rules"] == {"x": {"predictions": 1, "matched": 1, "precision": 1.0}}
        assert d["sieves"]["y"]["decisions"] == 1
        assert d["end_to_end"]["f1"] == 1.0

    def test_tables(self) -> None:
        """The tables name every column and mark figures with nothing to measure."""
        r = evaluate(gdoc(LETTERS, ga([(0, 10)])), [pq([(0, 10)], rule="x", sieve="y")])
        table = format_table([(("gum", "quoteattr"), r)], label_headers=("dataset", "system"))
        head, _rule, row = table.splitlines()
        assert head.split()[:4] == ["dataset", "system", "docs", "pred"]
        assert row.split()[:2] == ["gum", "quoteattr"]
        assert "—" in row  # no mixed gold: its recall is not measured
        breakdown = format_breakdown([("q", r)])
        assert "rule" in breakdown
        assert "sieve" in breakdown
        assert "precision" in r.format_table()

    def test_repr_is_short(self) -> None:
        """The repr shows the headline figures on one line."""
        r = evaluate(gdoc(LETTERS, ga([(0, 10)])), [pq([(0, 10)])])
        assert repr(r).startswith("<Report documents=1 predictions=1 P=1.000")

    def test_kind_counts_index(self) -> None:
        """KindCounts is indexed by category name and refuses unknown ones."""
        k = KindCounts.of(["direct", "indirect-other", "indirect-other"])
        assert (k["direct"], k["indirect-other"], k.in_scope) == (1, 2, 1)
        with pytest.raises(KeyError):
            k["quoted"]


class TestMisses:
    def test_miss_listing(self) -> None:
        """Misses list unmatched gold, unmatched predictions and wrong components with text."""
        t = "“Go,” she said. “Stay,” he said. Nonsense here."
        doc = gdoc(
            t,
            ga([at(t, "“Go,”")], aid="A", speaker=at(t, "she"), cue=at(t, "said")),
            ga([at(t, "“Stay,”")], aid="B", speaker=at(t, "he")),
        )
        preds = [
            pq([at(t, "Go")], speaker=at(t, "he", 1), cue=at(t, "said", 1)),
            pq([at(t, "Nonsense")]),
        ]
        r = evaluate(doc, preds)
        problems = {(m.problem, m.gold_id): m for m in r.misses}
        assert set(problems) == {
            ("wrong-speaker", "A"),
            ("wrong-cue", "A"),
            ("unmatched-gold", "B"),
            ("unmatched-prediction", None),
        }
        wrong = problems[("wrong-speaker", "A")]
        assert (wrong.content, wrong.expected, wrong.found) == ("“Go,”", "she", "he")
        assert wrong.jaccard == 1.0
        assert problems[("unmatched-prediction", None)].content == "Nonsense"
        assert problems[("unmatched-gold", "B")].expected == "he"
        assert r.misses[0].to_dict()["doc"] == "d"


class TestLoadGold:
    def test_json_fixture(self) -> None:
        """A NAME.gold.json is read with its text from NAME.txt beside it."""
        doc = load_gold(FIXTURES / "harbour.gold.json")
        assert doc.doc_id == "harbour"
        assert [a.category for a in doc.attributions] == [
            "direct",
            "indirect",
            "direct",
            "indirect-other",
        ]
        first = doc.attributions[0]
        assert first.speaker_mention is not None
        assert doc.text[slice(*first.speaker_mention)] == "the mayor"
        assert not doc.annotates_source
        assert load_gold(FIXTURES / "storm.gold.json").annotates_source

    def test_fixtures_score_perfectly_against_themselves(self) -> None:
        """Gold turned into predictions gets every figure right."""
        for name in ("harbour", "storm"):
            doc = load_gold(FIXTURES / f"{name}.gold.json")
            r = evaluate(doc, gold_as_predictions(doc))
            assert (r.precision, r.recall_in_scope, r.kind.value) == (1.0, 1.0, 1.0)
            assert r.speaker.value == r.cue.value == 1.0
            assert r.e2e_recall == 1.0

    def test_evaluate_accepts_a_path(self) -> None:
        """evaluate loads the gold itself when given a path."""
        doc = load_gold(FIXTURES / "harbour.gold.json")
        assert evaluate(FIXTURES / "harbour.gold.json", gold_as_predictions(doc)).f1 == 1.0

    def test_kind_computed_when_absent(self) -> None:
        """A missing kind is computed from the quotation marks in the text."""
        text = 'He said "yes, really" and that it was "fine" for him.'
        data = {
            "attributions": [
                {"id": "1", "content": [list(at(text, '"yes, really"'))]},
                {"id": "2", "content": [list(at(text, 'it was "fine" for him'))]},
                {"id": "3", "content": [list(at(text, "He said"))]},
            ]
        }
        kinds = [a.kind for a in gold_from_dict(data, text).attributions]
        assert kinds == ["direct", "mixed", "indirect"]

    def test_text_argument(self, tmp_path: Path) -> None:
        """An explicit text is used when no .txt lies beside the gold file."""
        path = tmp_path / "x.gold.json"
        path.write_text(json.dumps({"doc": "x", "attributions": [{"content": [[0, 2]]}]}))
        with pytest.raises(GoldFormatError, match="text="):
            load_gold(path)
        doc = load_gold(path, text="“Hi”")
        assert doc.attributions[0].kind == "direct"

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ("{not json", "JSON"),
            ('{"doc": "x"}', "attributions"),
            ('{"attributions": [{"content": []}]}', "content"),
            ('{"attributions": [{"content": [[0, 99]]}]}', "outside the text"),
            ('{"attributions": [{"content": [[0, "1"]]}]}', "integers"),
            ('{"attributions": [{"content": [[0, 4]], "content_text": "nope"}]}', "belong"),
            ('{"attributions": [{"content": [[0, 4]], "kind": "quoted"}]}', "kind"),
            ('{"attributions": [{"content": [[0, 4]], "source": [0, 1]}]}', "unify_gold"),
        ],
    )
    def test_malformed_json(self, tmp_path: Path, data: str, message: str) -> None:
        """Malformed gold JSON raises GoldFormatError saying what is wrong."""
        path = tmp_path / "x.gold.json"
        path.write_text(data)
        with pytest.raises(GoldFormatError, match=message):
            load_gold(path, text="some text here")

    def test_missing_file_and_unknown_suffix(self, tmp_path: Path) -> None:
        """A missing file or an unknown format raises GoldFormatError."""
        with pytest.raises(GoldFormatError, match="no such"):
            load_gold(tmp_path / "none.gold.json")
        other = tmp_path / "x.xml"
        other.write_text("<x/>")
        with pytest.raises(GoldFormatError, match="unknown"):
            load_gold(other)


class TestBrat:
    ANN = FIXTURES / "brat" / "attributions" / "budget_ab12.ann"

    def test_polnear_layout(self) -> None:
        """A PolNeAR-style .ann is read with text/NAME.txt, as the data converter reads it."""
        doc = load_gold(self.ANN)
        assert doc.doc_id == "budget"
        t = doc.text
        rows = [
            (
                a.id,
                [t[s:e] for s, e in a.content],
                a.kind,
                a.category,
                None if a.speaker_mention is None else t[slice(*a.speaker_mention)],
                a.cue_lemma,
            )
            for a in doc.attributions
        ]
        assert rows == [
            (
                "E1",
                ["“The budget is fair,”", "“and it will pass.”", "“Nobody is left out.”"],
                "direct",
                "direct",
                "the minister",
                "say",
            ),
            ("E2", ["that it favoured the rich"], "indirect", "indirect", "Critics", "argue"),
            ("E3", ["the vote will fail"], "indirect", "indirect-other", "The union", "thinks"),
        ]  # E4 has no content: skipped

    def test_lemmatize_callable(self) -> None:
        """A lemmatize callable replaces the crude lemma."""
        doc = load_gold(self.ANN, lemmatize=lambda cue: "say")
        assert [a.category for a in doc.attributions] == ["direct", "indirect", "indirect"]

    def test_text_beside(self, tmp_path: Path) -> None:
        """NAME.txt beside NAME.ann is found too, and an explicit text wins."""
        (tmp_path / "n.ann").write_text("T1\tContent 0 2\tHi\nE1\tAttribution:T1 Content:T1\n")
        (tmp_path / "n.txt").write_text("Hi there")
        assert load_gold(tmp_path / "n.ann").attributions[0].content == ((0, 2),)
        assert load_gold(tmp_path / "n.ann", text="“H”").attributions[0].kind == "direct"

    @pytest.mark.parametrize(
        ("ann", "message"),
        [
            ("T1\tContent zero 2\tHi\n", "malformed"),
            ("T1\tContent 0 99\tHi\n", "outside"),
            ("E1\tAttribution:T1 Content:T9\n", "not defined"),
            ("E1\tAttribution\n", "malformed"),
        ],
    )
    def test_malformed(self, tmp_path: Path, ann: str, message: str) -> None:
        """Malformed brat lines raise GoldFormatError naming the problem."""
        (tmp_path / "n.ann").write_text(ann)
        with pytest.raises(GoldFormatError, match=message):
            load_gold(tmp_path / "n.ann", text="Hi there")


# --------------------------------------------------------------------------- independent check

BRUTE_TRIM = set(" \t\n\u00a0\"'`“”„‟«»‘’‚‛‹›,.;:!?—–-()[]…")


def brute_force(
    text: str,
    gold: list[tuple[str, str | None, list[tuple[int, int]]]],
    preds: list[list[tuple[int, int]]],
) -> dict[str, float]:
    """A separate, straightforward implementation of matching and P/R/F1 with Python sets."""

    def positions(spans: list[tuple[int, int]]) -> set[int]:
        out: set[int] = set()
        for s, e in spans:
            chars = list(range(s, e))
            while chars and text[chars[0]] in BRUTE_TRIM:
                chars.pop(0)
            while chars and text[chars[-1]] in BRUTE_TRIM:
                chars.pop()
            out.update(chars)
        return out

    def category(kind: str, lemma: str | None) -> str:
        if kind != "indirect":
            return kind
        return "indirect" if lemma in SPEECH_LEMMAS else "indirect-other"

    gsets = [positions(spans) for _, _, spans in gold]
    psets = [positions(spans) for spans in preds]
    pairs = []
    for gi, g in enumerate(gsets):
        for pi, p in enumerate(psets):
            if g and p:
                j = Fraction(len(g & p), len(g | p))
                if j >= Fraction(1, 2):
                    pairs.append((-j, min(g), max(g), gi, min(p), max(p), pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    for *_, gi, _a, _b, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    cats = [category(k, lemma) for k, lemma, _ in gold]
    out = {"precision": len(used_p) / len(preds) if preds else 0.0}
    for c in ("direct", "mixed", "indirect", "indirect-other"):
        n = cats.count(c)
        out[c] = sum(1 for gi in used_g if cats[gi] == c) / n if n else 0.0
    scope = [gi for gi, c in enumerate(cats) if c != "indirect-other"]
    rec = sum(1 for gi in scope if gi in used_g) / len(scope) if scope else 0.0
    prec = out["precision"]
    out["f1"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return out


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[str, list[Any], list[Any]]:
    """A short text with punctuation, random gold attributions and random predictions."""
    text = draw(st.text(alphabet="ab c“”,.", min_size=10, max_size=40))

    def spans() -> st.SearchStrategy[list[tuple[int, int]]]:
        bounds = st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(
            lambda t: (min(t), max(t))
        )
        return st.lists(bounds, min_size=1, max_size=3)

    gold = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["direct", "mixed", "indirect"]),
                st.sampled_from(["say", "think", None]),
                spans(),
            ),
            max_size=5,
        )
    )
    preds = draw(st.lists(spans(), max_size=5))
    return text, gold, preds


class TestAgainstBruteForce:
    @settings(max_examples=300, deadline=None)
    @given(scenarios())
    def test_agrees(self, scenario: tuple[str, list[Any], list[Any]]) -> None:
        """The module and the brute-force implementation agree to 3 decimals."""
        text, gold, preds = scenario
        doc = gdoc(
            text,
            *(
                ga(spans, kind, aid=f"G{i}", lemma=lemma)
                for i, (kind, lemma, spans) in enumerate(gold)
            ),
        )
        r = evaluate(doc, [pq(spans) for spans in preds])
        expected = brute_force(text, gold, preds)
        got = {
            "precision": r.precision,
            **{c: r.recall(c) for c in ("direct", "mixed", "indirect", "indirect-other")},
            "f1": r.f1,
        }
        assert {k: round(v, 3) for k, v in got.items()} == {
            k: round(v, 3) for k, v in expected.items()
        }


class TestSplitAtQuotationMarks:
    """Predictions in the segmentation where every quoted stretch is a quotation (GUM)."""

    TEXT = "“We won,” she said, “and we will win again.” He said the vote was “fair” and “clean”."

    def _quotes(self) -> list[dict[str, Any]]:
        t = self.TEXT
        split = pq([at(t, "We won,"), at(t, "and we will win again.")], cue=at(t, "said"))
        mixed = pq([at(t, "the vote was “fair” and “clean”")], "mixed", cue=at(t, "said", 1))
        mixed["quoted"] = [list(at(t, "fair")), list(at(t, "clean"))]
        indirect = pq([at(t, "the vote was")], "indirect")
        return [split, mixed, indirect]

    def test_pieces_keep_the_attribution(self) -> None:
        """Every piece keeps its quote's cue; indirect quotes pass through unchanged."""
        t = self.TEXT
        out = split_at_quotation_marks(self._quotes())
        cues = [None if q["cue"] is None else t[q["cue"]["start"] : q["cue"]["end"]] for q in out]
        starts = [None if q["cue"] is None else q["cue"]["start"] for q in out]
        assert cues == ["said", "said", None, "said", "said", "said"]
        assert starts[:2] == [at(t, "said")[0]] * 2
        assert starts[3:] == [at(t, "said", 1)[0]] * 3
        assert out[2] == self._quotes()[2]

    def test_scores_against_split_gold(self) -> None:
        """Against gold that splits the quote, each piece matches its own quotation."""
        t = self.TEXT
        gold = gdoc(
            t, ga([at(t, "We won,")], aid="A"), ga([at(t, "and we will win again.")], aid="B")
        )
        assert evaluate(gold, self._quotes()).recall("direct") == 0.5
        assert evaluate(gold, split_at_quotation_marks(self._quotes())).recall("direct") == 1.0

    def test_order_and_kinds(self) -> None:
        """The pieces come in text order (by start, then end), with their kinds and texts."""
        t = self.TEXT
        out = split_at_quotation_marks(self._quotes())
        assert [(q["kind"], t[q["spans"][0][0] : q["spans"][0][1]]) for q in out] == [
            ("direct", "We won,"),
            ("direct", "and we will win again."),
            ("indirect", "the vote was"),
            ("mixed", "the vote was “fair” and “clean”"),
            ("direct", "fair"),
            ("direct", "clean"),
        ]
