"""Hand-built CoNLL-U for tests, without counting character offsets by hand.

A sentence is a list of rows, one per word, as in CoNLL-U (heads are 1-based within
the sentence, 0 for the root; ids are implicit)::

    (form, lemma, upos, xpos, head, deprel)
    (form, lemma, upos, xpos, head, deprel, misc)

where ``misc`` is a dict with any of ``space`` (``False``: no space after the word),
``ner`` (a BIOES tag, default ``"O"``) and ``entity`` (a CorefUD ``Entity=`` value such
as ``"(e1-person"``, ``"e1)"`` or ``"(e1-person)"``). :func:`rows` reads the same rows
from a compact block, one word a line with its id, which reads like CoNLL-U::

    sentence = rows('''
        1  “       "       PUNCT  ``   4  punct   nospace
        2  Prices  price   NOUN   NNS  4  nsubj
        ...
        7  Smith   Smith   PROPN  NNP  8  nsubj   ner=S-PERSON entity=(e1-person)
    ''')

:func:`build` joins the words of a sentence with single spaces (none after a word
marked ``nospace``), the sentences of a paragraph with one space and the paragraphs
with a blank line; it writes ``# newpar``, ``# text`` and Stanza's
``start_char``/``end_char`` for every word and returns the CoNLL-U with the text it
stands for. :func:`document` reads it back with :func:`quoteattr.read_conllu` and
checks the text survived the round trip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from quoteattr.conllu import read_conllu

__all__ = ["Built", "Row", "build", "document", "rows"]

#: One word: ``(form, lemma, upos, xpos, head, deprel)`` with an optional misc dict.
Row = tuple[Any, ...]
Sentence = Sequence[Row]
Paragraph = Sequence[Sentence]


@attrs.frozen
class Built:
    """A hand-built document: its CoNLL-U and the text the offsets index into."""

    conllu: str
    text: str


def rows(block: str) -> list[Row]:
    """Read a sentence from a block with one word a line.

    Columns, separated by whitespace: id, form, lemma, upos, xpos, head, deprel, then
    any of ``nospace``, ``ner=TAG`` and ``entity=VALUE``. Blank lines are skipped. The
    ids must count 1, 2, 3, ...: they are there to keep hand-written heads honest.
    """
    out: list[Row] = []
    for line in block.strip("\n").splitlines():
        cols = line.split()
        if not cols:
            continue
        if len(cols) < 7:
            raise ValueError(
                f"a row needs seven columns (id form lemma upos xpos head deprel): {line!r}"
            )
        word_id, form, lemma, upos, xpos, head, deprel, *flags = cols
        if int(word_id) != len(out) + 1:
            raise ValueError(f"row {line!r} should have id {len(out) + 1}")
        misc: dict[str, Any] = {}
        for flag in flags:
            if flag == "nospace":
                misc["space"] = False
            elif flag.startswith("ner="):
                misc["ner"] = flag[4:]
            elif flag.startswith("entity="):
                misc["entity"] = flag[7:]
            else:
                raise ValueError(f"unknown flag {flag!r} in row {line!r}")
        out.append((form, lemma, upos, xpos, int(head), deprel, misc))
    return out


def _misc(row: Row) -> Mapping[str, Any]:
    return row[6] if len(row) > 6 else {}


def build(paragraphs: Sequence[Paragraph], *, doc_id: str | None = None) -> Built:
    """The CoNLL-U of ``paragraphs`` (each a list of sentences) and its text."""
    lines = [] if doc_id is None else [f"# newdoc id = {doc_id}"]
    text = ""
    sent_id = 0
    for p, paragraph in enumerate(paragraphs):
        for s, sentence in enumerate(paragraph):
            if s == 0 and p > 0:
                text += "\n\n"
            elif s > 0:
                text += " "
            sent_id += 1
            words: list[str] = []
            first = len(text)
            for i, row in enumerate(sentence, start=1):
                form, lemma, upos, xpos, head, deprel = row[:6]
                misc = _misc(row)
                last = i == len(sentence)
                space = misc.get("space", True) and not last
                items = [f"Entity={misc['entity']}"] if misc.get("entity") else []
                if not space and not last:
                    items.append("SpaceAfter=No")
                if last and s + 1 == len(paragraph) and p + 1 < len(paragraphs):
                    items.append("SpacesAfter=\\n\\n")
                start = len(text)
                text += form + (" " if space else "")
                items.append(
                    f"start_char={start}|end_char={start + len(form)}|ner={misc.get('ner', 'O')}"
                )
                cols = (i, form, lemma, upos, xpos, "_", head, deprel, "_", "|".join(items))
                words.append("\t".join(map(str, cols)))
            if s == 0:
                lines.append("# newpar")
            lines.append(f"# sent_id = {sent_id}")
            lines.append(f"# text = {text[first:]}")
            lines.extend(words)
            lines.append("")
    return Built("\n".join(lines) + "\n", text)


def document(paragraphs: Sequence[Paragraph], *, doc_id: str | None = None) -> Any:
    """The ``stanza.Document`` of ``paragraphs``, read back through :func:`read_conllu`."""
    built = build(paragraphs, doc_id=doc_id)
    doc = read_conllu(built.conllu)
    if doc.text != built.text:
        raise AssertionError(f"CoNLL-U round trip changed the text: {built.text!r} -> {doc.text!r}")
    return doc
