"""Hand-built CoNLL-U documents for the attribution tests, and the small builder behind them.

Every sentence here is invented for these tests. A sentence is written one token per
line, as whitespace-separated fields::

    id  form  lemma  UPOS  head  deprel  [ner=BIOES-TAG]  [ent=COREFUD-BRACKETS]  [xpos=TAG]

``id`` and ``head`` are 1-based within the sentence (head 0 for the root), as in
CoNLL-U; a lemma of ``=`` stands for the form (lowercased unless the word is a
``PROPN``); XPOS defaults from UPOS. The builder lays the tokens out as text (one space
between tokens, none before closing punctuation or after an opening quotation mark, one
space between sentences, a blank line between paragraphs), writes ``# newpar``,
``# text``, MISC ``SpaceAfter=No``, ``start_char``/``end_char`` computed from that text,
``ner=`` (``O`` unless given) and CorefUD ``Entity=`` brackets, and checks that each
sentence is a tree. :func:`document` reads the result with :func:`quoteattr.read_conllu`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from quoteattr import read_conllu

__all__ = ["DOCS", "conllu", "document", "sentence"]

# No space before these tokens, none after the opening ones.
_NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "?", "!", "”", "’", "'s", "’s", ")", "%"})
_NO_SPACE_AFTER = frozenset({"“", "‘", "("})
_XPOS = {
    "ADJ": "JJ",
    "ADP": "IN",
    "ADV": "RB",
    "AUX": "VBD",
    "CCONJ": "CC",
    "DET": "DT",
    "NOUN": "NN",
    "NUM": "CD",
    "PART": "POS",
    "PRON": "PRP",
    "PROPN": "NNP",
    "SCONJ": "IN",
    "VERB": "VBD",
}
_PUNCT_XPOS = {"“": "``", "”": "''", ",": ",", ".": ".", ":": ":", "?": ".", "!": "."}


@attrs.frozen
class Token:
    """One token of a sentence spec."""

    form: str
    lemma: str
    upos: str
    xpos: str
    head: int
    deprel: str
    ner: str = "O"
    entity: str | None = None


def sentence(spec: str) -> tuple[Token, ...]:
    """Parse a sentence spec (one token per line) and check that it forms one tree."""
    tokens: list[Token] = []
    for line in spec.strip().splitlines():
        ident, form, lemma, upos, head, deprel, *extras = line.split()
        if int(ident) != len(tokens) + 1:
            raise ValueError(f"token ids out of sequence at {line!r}")
        if lemma == "=":
            lemma = form if upos == "PROPN" else form.lower()
        options = dict(extra.split("=", 1) for extra in extras)
        unknown = set(options) - {"ner", "ent", "xpos"}
        if unknown:
            raise ValueError(f"unknown fields {sorted(unknown)} in token line {line!r}")
        xpos = options.get("xpos") or (
            _PUNCT_XPOS.get(form, ".") if upos == "PUNCT" else _XPOS.get(upos, upos)
        )
        tokens.append(
            Token(
                form,
                lemma,
                upos,
                xpos,
                int(head),
                deprel,
                options.get("ner", "O"),
                options.get("ent"),
            )
        )
    _check_tree(tokens, spec)
    return tuple(tokens)


def _check_tree(tokens: Sequence[Token], spec: str) -> None:
    roots = [i for i, t in enumerate(tokens) if t.head == 0]
    if len(roots) != 1 or tokens[roots[0]].deprel != "root":
        raise ValueError(f"a sentence needs exactly one root, labelled root: {spec!r}")
    for i, t in enumerate(tokens):
        if not 0 <= t.head <= len(tokens) or t.head == i + 1:
            raise ValueError(f"bad head {t.head} for {t.form!r} in {spec!r}")
        seen = {i}
        h = t.head
        while h:
            if h - 1 in seen:
                raise ValueError(f"cycle through {t.form!r} in {spec!r}")
            seen.add(h - 1)
            h = tokens[h - 1].head


def conllu(
    *paragraphs: Sequence[Sequence[Token]],
    doc_id: str = "doc",
    ner: bool = True,
    coref: bool = True,
) -> str:
    """A CoNLL-U document of ``paragraphs`` (each a sequence of parsed sentences).

    ``ner=False`` drops every ``ner=`` key and ``coref=False`` every ``Entity=``
    bracket, so one spec gives the document with and without those layers.
    """
    text = ""
    lines = [f"# newdoc id = {doc_id}"]
    has_entities = coref and any(t.entity for par in paragraphs for s in par for t in s)
    if has_entities:
        lines.append("# global.Entity = eid-etype-head-other")
    n = 0
    for par in paragraphs:
        for s, sent in enumerate(par):
            if text:
                text += "\n\n" if s == 0 else " "
            starts: list[int] = []
            for k, tok in enumerate(sent):
                if (
                    k
                    and tok.form not in _NO_SPACE_BEFORE
                    and sent[k - 1].form not in _NO_SPACE_AFTER
                ):
                    text += " "
                starts.append(len(text))
                text += tok.form
            n += 1
            if s == 0:
                lines.append("# newpar")
            lines.append(f"# sent_id = {doc_id}-{n}")
            lines.append(f"# text = {text[starts[0] :]}")
            for k, tok in enumerate(sent):
                misc = []
                last = k + 1 == len(sent)
                if not last and (
                    sent[k + 1].form in _NO_SPACE_BEFORE or tok.form in _NO_SPACE_AFTER
                ):
                    misc.append("SpaceAfter=No")
                if coref and tok.entity:
                    misc.append(f"Entity={tok.entity}")
                misc.append(f"start_char={starts[k]}|end_char={starts[k] + len(tok.form)}")
                if ner:
                    misc.append(f"ner={tok.ner}")
                lines.append(
                    "\t".join(
                        [
                            str(k + 1),
                            tok.form,
                            tok.lemma,
                            tok.upos,
                            tok.xpos,
                            "_",
                            str(tok.head),
                            tok.deprel,
                            "_",
                            "|".join(misc),
                        ]
                    )
                )
            lines.append("")
    return "\n".join(lines) + "\n"


def document(name: str, *, ner: bool = True, coref: bool = True) -> Any:
    """The ``stanza.Document`` of the named document of :data:`DOCS`."""
    return read_conllu(conllu(*DOCS[name], doc_id=name, ner=ner, coref=coref))


S = sentence
Sentence = tuple[Token, ...]
Paragraph = tuple[Sentence, ...]

# ------------------------------------------------------------------------- speaker sieves

# Leif Dahl said, “The new pier opens on Friday.”
SUBJECT_QUOTE_AFTER = S("""
1  Leif      =      PROPN  3   nsubj      ner=B-PERSON
2  Dahl      =      PROPN  1   flat       ner=E-PERSON
3  said      say    VERB   0   root
4  ,         ,      PUNCT  9   punct
5  “         “      PUNCT  9   punct
6  The       =      DET    8   det
7  new       =      ADJ    8   amod
8  pier      =      NOUN   9   nsubj
9  opens     open   VERB   3   ccomp      xpos=VBZ
10 on        =      ADP    11  case
11 Friday    =      PROPN  9   obl        ner=S-DATE
12 .         .      PUNCT  9   punct
13 ”         ”      PUNCT  9   punct
""")

# “The ferry will sail again in March,” Mara Quist said.
SUBJECT_QUOTE_FIRST = S("""
1  “         “      PUNCT  5   punct
2  The       =      DET    3   det
3  ferry     =      NOUN   5   nsubj
4  will      =      AUX    5   aux        xpos=MD
5  sail      =      VERB   13  ccomp      xpos=VB
6  again     =      ADV    5   advmod
7  in        =      ADP    8   case
8  March     =      PROPN  5   obl        ner=S-DATE
9  ,         ,      PUNCT  5   punct
10 ”         ”      PUNCT  5   punct
11 Mara      =      PROPN  13  nsubj      ner=B-PERSON
12 Quist     =      PROPN  11  flat       ner=E-PERSON
13 said      say    VERB   0   root
14 .         .      PUNCT  13  punct
""")

# “We have enough grain for the winter,” said Tomas Reyes.
INVERTED = S("""
1  “         “      PUNCT  3   punct
2  We        we     PRON   3   nsubj
3  have      =      VERB   11  ccomp      xpos=VBP
4  enough    =      ADJ    5   amod
5  grain     =      NOUN   3   obj
6  for       =      ADP    8   case
7  the       =      DET    8   det
8  winter    =      NOUN   3   obl
9  ,         ,      PUNCT  3   punct
10 ”         ”      PUNCT  3   punct
11 said      say    VERB   0   root
12 Tomas     =      PROPN  11  nsubj      ner=B-PERSON
13 Reyes     =      PROPN  12  flat       ner=E-PERSON
14 .         .      PUNCT  11  punct
""")

# Ines Varga left the hall, calling the vote “a sham.” (parser: the participle as dep)
PARTICIPLE_DEP = S("""
1  Ines      =      PROPN  3   nsubj      ner=B-PERSON
2  Varga     =      PROPN  1   flat       ner=E-PERSON
3  left      leave  VERB   0   root
4  the       =      DET    5   det
5  hall      =      NOUN   3   obj
6  ,         ,      PUNCT  7   punct
7  calling   call   VERB   3   dep        xpos=VBG
8  the       =      DET    9   det
9  vote      =      NOUN   7   obj
10 “         “      PUNCT  12  punct
11 a         =      DET    12  det
12 sham      =      NOUN   7   xcomp
13 .         .      PUNCT  12  punct
14 ”         ”      PUNCT  12  punct
""")

# The council did nothing after being warned by the ministry that the dam was weak.
AGENT_OF_ADJUNCT = S("""
1  The       =      DET    2   det
2  council   =      NOUN   3   nsubj
3  did       do     VERB   0   root
4  nothing   =      PRON   3   obj
5  after     =      SCONJ  7   mark
6  being     be     AUX    7   aux:pass
7  warned    warn   VERB   3   advcl      xpos=VBN
8  by        =      ADP    10  case
9  the       =      DET    10  det
10 ministry  =      NOUN   7   obl
11 that      =      SCONJ  15  mark
12 the       =      DET    13  det
13 dam       =      NOUN   15  nsubj
14 was       be     AUX    15  cop
15 weak      =      ADJ    7   ccomp
16 .         .      PUNCT  3   punct
""")

# As the crowd jeers, the harbour master says, “Please sit down.” (parser: "says" a dep of
# the noun before it, the quotation a parataxis of the first clause)
DEP_OF_NOUN = S("""
1  As        =      SCONJ  4   mark
2  the       =      DET    3   det
3  crowd     =      NOUN   4   nsubj
4  jeers     jeer   VERB   11  advcl      xpos=VBZ
5  ,         ,      PUNCT  4   punct
6  the       =      DET    8   det
7  harbour   =      NOUN   8   compound
8  master    =      NOUN   3   appos
9  says      say    VERB   8   dep        xpos=VBZ
10 ,         ,      PUNCT  8   punct
11 “         “      PUNCT  12  punct
12 Please    please VERB   0   root       xpos=VB
13 sit       =      VERB   12  xcomp      xpos=VB
14 down      =      ADV    13  advmod
15 .         .      PUNCT  12  punct
16 ”         ”      PUNCT  12  punct
""")

# The mayor vetoed the bill that funds the port, arguing it cost too much. (parser: the
# participle hung on the relative clause)
PARTICIPLE_ON_RELATIVE = S("""
1  The       =      DET    2   det
2  mayor     =      NOUN   3   nsubj
3  vetoed    veto   VERB   0   root
4  the       =      DET    5   det
5  bill      =      NOUN   3   obj
6  that      =      PRON   7   nsubj
7  funds     fund   VERB   5   acl:relcl  xpos=VBZ
8  the       =      DET    9   det
9  port      =      NOUN   7   obj
10 ,         ,      PUNCT  11  punct
11 arguing   argue  VERB   7   advcl      xpos=VBG
12 it        =      PRON   13  nsubj
13 cost      =      VERB   11  ccomp      xpos=VBD
14 too       =      ADV    15  advmod
15 much      =      ADJ    13  obj
16 .         .      PUNCT  3   punct
""")

# HARWICH, Mass. — Ada Okafor said the port would reopen. (parser: the dateline's state
# as the subject, the name after the dash hung on it)
DATELINE = S("""
1  HARWICH   Harwich PROPN 3   compound   ner=B-GPE
2  ,         ,      PUNCT  3   punct
3  Mass.     =      PROPN  7   nsubj      ner=E-GPE
4  —         —      PUNCT  3   punct
5  Ada       =      PROPN  6   compound   ner=B-PERSON
6  Okafor    =      PROPN  3   dep        ner=E-PERSON
7  said      say    VERB   0   root
8  the       =      DET    9   det
9  port      =      NOUN   11  nsubj
10 would     =      AUX    11  aux        xpos=MD
11 reopen    =      VERB   7   ccomp      xpos=VB
12 .         .      PUNCT  7   punct
""")

# Former harbour master Ada Okafor said the port would reopen. (parser: the title as the
# subject, the name a dep of it)
TITLE_SUBJECT = S("""
1  Former    =      ADJ    3   amod
2  harbour   =      NOUN   3   compound
3  master    =      NOUN   6   nsubj
4  Ada       =      PROPN  5   compound   ner=B-PERSON
5  Okafor    =      PROPN  3   dep        ner=E-PERSON
6  said      say    VERB   0   root
7  the       =      DET    8   det
8  port      =      NOUN   10  nsubj
9  would     =      AUX    10  aux        xpos=MD
10 reopen    =      VERB   6   ccomp      xpos=VB
11 .         .      PUNCT  6   punct
""")

# Ahead of the vote, the Okafor campaign said the port would reopen. (parser: the fronted
# phrase's noun as the subject, the real one its apposition)
FRONTED_SUBJECT = S("""
1  Ahead     =      ADV    4   advmod
2  of        =      ADP    4   case
3  the       =      DET    4   det
4  vote      =      NOUN   9   nsubj
5  ,         ,      PUNCT  4   punct
6  the       =      DET    8   det
7  Okafor    =      PROPN  8   compound   ner=S-PERSON
8  campaign  =      NOUN   4   appos
9  said      say    VERB   0   root
10 the       =      DET    11  det
11 port      =      NOUN   13  nsubj
12 would     =      AUX    13  aux        xpos=MD
13 reopen    =      VERB   9   ccomp      xpos=VB
14 .         .      PUNCT  9   punct
""")

# “Oh, the tide,” a young pilot exclaimed. (parser: "tide" a second subject, inside the
# quotation)
SUBJECT_INSIDE_TOO = S("""
1  “         “      PUNCT  9   punct
2  Oh        =      INTJ   9   discourse
3  ,         ,      PUNCT  9   punct
4  the       =      DET    5   det
5  tide      =      NOUN   9   nsubj
6  ,         ,      PUNCT  9   punct
7  ”         ”      PUNCT  9   punct
8  pilots    pilot  NOUN   9   nsubj      xpos=NNS
9  exclaimed exclaim VERB  0   root
10 .         .      PUNCT  9   punct
""")

# Ines Varga tweeted a warning. “Stay off the pier.”
TWEETED_A_WARNING = S("""
1  Ines      =      PROPN  3   nsubj      ner=B-PERSON
2  Varga     =      PROPN  1   flat       ner=E-PERSON
3  tweeted   tweet  VERB   0   root
4  a         =      DET    5   det
5  warning   =      NOUN   3   obj
6  .         .      PUNCT  3   punct
""")
STAY_OFF_THE_PIER = S("""
1  “         “      PUNCT  2   punct
2  Stay      stay   VERB   0   root       xpos=VB
3  off       =      ADP    5   case
4  the       =      DET    5   det
5  pier      =      NOUN   2   obl
6  .         .      PUNCT  2   punct
7  ”         ”      PUNCT  2   punct
""")
# Ines Varga did not reply. “Stay off the pier.”
DID_NOT_REPLY = S("""
1  Ines      =      PROPN  5   nsubj      ner=B-PERSON
2  Varga     =      PROPN  1   flat       ner=E-PERSON
3  did       do     AUX    5   aux
4  not       =      PART   5   advmod
5  reply     =      VERB   0   root       xpos=VB
6  .         .      PUNCT  5   punct
""")

# Hugh Marr, a doctor at the clinic, said the wards were full.
APPOSITION = S("""
1  Hugh      =      PROPN  10  nsubj      ner=B-PERSON
2  Marr      =      PROPN  1   flat       ner=E-PERSON
3  ,         ,      PUNCT  5   punct
4  a         =      DET    5   det
5  doctor    =      NOUN   1   appos
6  at        =      ADP    8   case
7  the       =      DET    8   det
8  clinic    =      NOUN   5   nmod
9  ,         ,      PUNCT  5   punct
10 said      say    VERB   0   root
11 the       =      DET    12  det
12 wards     ward   NOUN   14  nsubj      xpos=NNS
13 were      be     AUX    14  cop
14 full      =      ADJ    10  ccomp
15 .         .      PUNCT  10  punct
""")

# Harbour Commissioner Dana Whitlock said the dredging would start in May.
TITLE = S("""
1  Harbour      =      PROPN  2   compound
2  Commissioner =      PROPN  3   compound
3  Dana         =      PROPN  5   nsubj      ner=B-PERSON
4  Whitlock     =      PROPN  3   flat       ner=E-PERSON
5  said         say    VERB   0   root
6  the          =      DET    7   det
7  dredging     =      NOUN   9   nsubj
8  would        =      AUX    9   aux        xpos=MD
9  start        =      VERB   5   ccomp      xpos=VB
10 in           =      ADP    11  case
11 May          =      PROPN  9   obl        ner=S-DATE
12 .            .      PUNCT  5   punct
""")

# The bridge will close for repairs, according to Lena Park.
ACCORDING_PERSON = S("""
1  The       =       DET    2   det
2  bridge    =       NOUN   4   nsubj
3  will      =       AUX    4   aux        xpos=MD
4  close     =       VERB   0   root       xpos=VB
5  for       =       ADP    6   case
6  repairs   repair  NOUN   4   obl        xpos=NNS
7  ,         ,       PUNCT  10  punct
8  according accord  VERB   10  case       xpos=VBG
9  to        =       ADP    8   fixed
10 Lena      =       PROPN  4   obl        ner=B-PERSON
11 Park      =       PROPN  10  flat       ner=E-PERSON
12 .         .       PUNCT  4   punct
""")

# Fares will rise in June, according to Norland Rail.
ACCORDING_ORG = S("""
1  Fares     fare    NOUN   3   nsubj      xpos=NNS
2  will      =       AUX    3   aux        xpos=MD
3  rise      =       VERB   0   root       xpos=VB
4  in        =       ADP    5   case
5  June      =       PROPN  3   obl        ner=S-DATE
6  ,         ,       PUNCT  10  punct
7  according accord  VERB   10  case       xpos=VBG
8  to        =       ADP    7   fixed
9  Norland   =       PROPN  10  compound   ner=B-ORG
10 Rail      =       PROPN  3   obl        ner=E-ORG
11 .         .       PUNCT  3   punct
""")

# The border will reopen on Monday, according to the ministry.
ACCORDING_MINISTRY = S("""
1  The       =       DET    2   det
2  border    =       NOUN   4   nsubj
3  will      =       AUX    4   aux        xpos=MD
4  reopen    =       VERB   0   root       xpos=VB
5  on        =       ADP    6   case
6  Monday    =       PROPN  4   obl        ner=S-DATE
7  ,         ,       PUNCT  11  punct
8  according accord  VERB   11  case       xpos=VBG
9  to        =       ADP    8   fixed
10 the       =       DET    11  det
11 ministry  =       NOUN   4   obl
12 .         .       PUNCT  4   punct
""")

# It was announced by the harbour authority that the port would close for a week.
PASSIVE_AGENT = S("""
1  It        it       PRON   3   expl
2  was       be       AUX    3   aux:pass
3  announced announce VERB   0   root       xpos=VBN
4  by        =        ADP    7   case
5  the       =        DET    7   det
6  harbour   =        NOUN   7   compound
7  authority =        NOUN   3   obl:agent
8  that      =        SCONJ  12  mark
9  the       =        DET    10  det
10 port      =        NOUN   12  nsubj
11 would     =        AUX    12  aux        xpos=MD
12 close     =        VERB   3   ccomp      xpos=VB
13 for       =        ADP    15  case
14 a         =        DET    15  det
15 week      =        NOUN   12  obl
16 .         .        PUNCT  3   punct
""")

# Ruth Okafor, who said the pier was unsafe, resigned on Friday.
RELATIVE = S("""
1  Ruth      =       PROPN  11  nsubj      ner=B-PERSON
2  Okafor    =       PROPN  1   flat       ner=E-PERSON
3  ,         ,       PUNCT  5   punct
4  who       =       PRON   5   nsubj      xpos=WP
5  said      say     VERB   1   acl:relcl
6  the       =       DET    7   det
7  pier      =       NOUN   9   nsubj
8  was       be      AUX    9   cop
9  unsafe    =       ADJ    5   ccomp
10 ,         ,       PUNCT  5   punct
11 resigned  resign  VERB   0   root
12 on        =       ADP    13  case
13 Friday    =       PROPN  11  obl        ner=S-DATE
14 .         .       PUNCT  11  punct
""")

# Lina Kim’s statement that the talks had failed surprised the delegates.
NOUN_CUE = S("""
1  Lina      =         PROPN  4   nmod:poss  ner=B-PERSON
2  Kim       =         PROPN  1   flat       ner=E-PERSON
3  ’s        ’s        PART   1   case
4  statement =         NOUN   10  nsubj
5  that      =         SCONJ  9   mark
6  the       =         DET    7   det
7  talks     talk      NOUN   9   nsubj      xpos=NNS
8  had       have      AUX    9   aux
9  failed    fail      VERB   4   acl        xpos=VBN
10 surprised surprise  VERB   0   root
11 the       =         DET    12  det
12 delegates delegate  NOUN   10  obj        xpos=NNS
13 .         .         PUNCT  10  punct
""")

# Ruth Okafor manages the shelter in Dunmore.
OKAFOR_NAMED = S("""
1  Ruth      =       PROPN  3   nsubj      ner=B-PERSON  ent=(e1-person
2  Okafor    =       PROPN  1   flat       ner=E-PERSON  ent=e1)
3  manages   manage  VERB   0   root       xpos=VBZ
4  the       =       DET    5   det
5  shelter   =       NOUN   3   obj
6  in        =       ADP    7   case
7  Dunmore   =       PROPN  5   nmod       ner=S-GPE
8  .         .       PUNCT  3   punct
""")

# HOST: Where did you shelter during the storm?
HOST_TURN = S("""
1  HOST      host    NOUN   0   root
2  :         :       PUNCT  6   punct
3  Where     where   ADV    6   advmod     xpos=WRB
4  did       do      AUX    6   aux
5  you       you     PRON   6   nsubj
6  shelter   =       VERB   1   parataxis  xpos=VB
7  during    =       ADP    9   case
8  the       =       DET    9   det
9  storm     =       NOUN   6   obl
10 ?         ?       PUNCT  6   punct
""")

# OKAFOR: We stayed in the school gym until dawn.
OKAFOR_TURN = S("""
1  OKAFOR    Okafor  PROPN  0   root       ner=S-PERSON  ent=(e1-person)
2  :         :       PUNCT  4   punct
3  We        we      PRON   4   nsubj
4  stayed    stay    VERB   1   parataxis
5  in        =       ADP    8   case
6  the       =       DET    8   det
7  school    =       NOUN   8   compound
8  gym       =       NOUN   4   obl
9  until     =       ADP    10  case
10 dawn      =       NOUN   4   obl
11 .         .       PUNCT  4   punct
""")

# “The water rose faster than we expected,” Anna Velde said.
# “We lost three boats in one night.”
# “Nobody came to help us.”
CONTINUATION = (
    (
        S("""
1  “         “       PUNCT  4   punct
2  The       =       DET    3   det
3  water     =       NOUN   4   nsubj
4  rose      rise    VERB   13  ccomp
5  faster    fast    ADV    4   advmod     xpos=RBR
6  than      =       SCONJ  8   mark
7  we        =       PRON   8   nsubj
8  expected  expect  VERB   5   advcl
9  ,         ,       PUNCT  4   punct
10 ”         ”       PUNCT  4   punct
11 Anna      =       PROPN  13  nsubj      ner=B-PERSON
12 Velde     =       PROPN  11  flat       ner=E-PERSON
13 said      say     VERB   0   root
14 .         .       PUNCT  13  punct
"""),
    ),
    (
        S("""
1  “         “       PUNCT  3   punct
2  We        we      PRON   3   nsubj
3  lost      lose    VERB   0   root
4  three     =       NUM    5   nummod
5  boats     boat    NOUN   3   obj        xpos=NNS
6  in        =       ADP    8   case
7  one       =       NUM    8   nummod
8  night     =       NOUN   3   obl
9  .         .       PUNCT  3   punct
10 ”         ”       PUNCT  3   punct
"""),
    ),
    (
        S("""
1  “         “       PUNCT  3   punct
2  Nobody    nobody  PRON   3   nsubj      xpos=NN
3  came      come    VERB   0   root
4  to        =       PART   5   mark       xpos=TO
5  help      =       VERB   3   advcl      xpos=VB
6  us        we      PRON   5   obj
7  .         .       PUNCT  3   punct
8  ”         ”       PUNCT  3   punct
"""),
    ),
)

# “Is the boat ready?” Jonas Brell asked.
# “No, the engine still needs a new pump, two new belts and a full tank of diesel
#  before we can leave,” Solberg replied.
# “Then we wait for the tide.”
CONVERSATION = (
    (
        S("""
1  “         “       PUNCT  5   punct
2  Is        be      AUX    5   cop        xpos=VBZ
3  the       =       DET    4   det
4  boat      =       NOUN   5   nsubj
5  ready     =       ADJ    10  ccomp
6  ?         ?       PUNCT  5   punct
7  ”         ”       PUNCT  5   punct
8  Jonas     =       PROPN  10  nsubj      ner=B-PERSON
9  Brell     =       PROPN  8   flat       ner=E-PERSON
10 asked     ask     VERB   0   root
11 .         .       PUNCT  10  punct
"""),
    ),
    (
        S("""
1  “         “       PUNCT  7   punct
2  No        no      INTJ   7   discourse  xpos=UH
3  ,         ,       PUNCT  7   punct
4  the       =       DET    5   det
5  engine    =       NOUN   7   nsubj
6  still     =       ADV    7   advmod
7  needs     need    VERB   29  ccomp      xpos=VBZ
8  a         =       DET    10  det
9  new       =       ADJ    10  amod
10 pump      =       NOUN   7   obj
11 ,         ,       PUNCT  14  punct
12 two       =       NUM    14  nummod
13 new       =       ADJ    14  amod
14 belts     belt    NOUN   10  conj       xpos=NNS
15 and       =       CCONJ  18  cc
16 a         =       DET    18  det
17 full      =       ADJ    18  amod
18 tank      =       NOUN   10  conj
19 of        =       ADP    20  case
20 diesel    =       NOUN   18  nmod
21 before    =       SCONJ  24  mark
22 we        =       PRON   24  nsubj
23 can       =       AUX    24  aux        xpos=MD
24 leave     =       VERB   7   advcl      xpos=VB
25 ,         ,       PUNCT  7   punct
26 ”         ”       PUNCT  7   punct
27 Solberg   =       PROPN  28  nsubj      ner=S-PERSON
28 replied   reply   VERB   0   root
29 .         .       PUNCT  28  punct
"""),
    ),
    (
        S("""
1  “         “       PUNCT  4   punct
2  Then      then    ADV    4   advmod
3  we        =       PRON   4   nsubj
4  wait      =       VERB   0   root       xpos=VBP
5  for       =       ADP    7   case
6  the       =       DET    7   det
7  tide      =       NOUN   4   obl
8  .         .       PUNCT  4   punct
9  ”         ”       PUNCT  4   punct
"""),
    ),
)

# Pia Lund stood at the gate. “We waited here for six hours in the cold.”
# “Is the pier safe?” Ruth Okafor asked, turning to the crowd.  (the parser ended the
# sentence at the closing mark: the attribution is a sentence of its own)
NEXT_SENTENCE_PARTICIPLE = (
    S("""
1  “         “       PUNCT  5   punct
2  Is        be      AUX    5   cop        xpos=VBZ
3  the       =       DET    4   det
4  pier      =       NOUN   5   nsubj
5  safe      =       ADJ    0   root
6  ?         ?       PUNCT  5   punct
7  ”         ”       PUNCT  5   punct
"""),
    S("""
1  Ruth      =       PROPN  3   nsubj      ner=B-PERSON
2  Okafor    =       PROPN  1   flat       ner=E-PERSON
3  asked     ask     VERB   0   root
4  ,         ,       PUNCT  5   punct
5  turning   turn    VERB   3   xcomp      xpos=VBG
6  to        =       ADP    8   case
7  the       =       DET    8   det
8  crowd     =       NOUN   5   obl
9  .         .       PUNCT  3   punct
"""),
)

# “Is the pier safe?” Ruth Okafor shouted, half a question to the crowd.  (again a
# sentence of its own; the parser made "question" an xcomp of "shouted")
NEXT_SENTENCE_NOUN_XCOMP = (
    NEXT_SENTENCE_PARTICIPLE[0],
    S("""
1  Ruth      =       PROPN  3   nsubj      ner=B-PERSON
2  Okafor    =       PROPN  1   flat       ner=E-PERSON
3  shouted   shout   VERB   0   root
4  ,         ,       PUNCT  7   punct
5  half      =       DET    7   det:predet
6  a         =       DET    7   det
7  question  =       NOUN   3   xcomp
8  to        =       ADP    10  case
9  the       =       DET    10  det
10 crowd     =       NOUN   7   nmod
11 .         .       PUNCT  3   punct
"""),
)

# “Is the pier safe?” The crowd cried out, booing the mayor and her deputy and the rest
# of the harbour board members.  (a sentence of its own, too long to be a bare
# attribution, with a particle after the verb)
NEXT_SENTENCE_PARTICLE = (
    NEXT_SENTENCE_PARTICIPLE[0],
    S("""
1  The       =       DET    2   det
2  crowd     =       NOUN   3   nsubj
3  cried     cry     VERB   0   root
4  out       =       ADP    3   compound:prt
5  ,         ,       PUNCT  6   punct
6  booing    boo     VERB   3   advcl      xpos=VBG
7  the       =       DET    8   det
8  mayor     =       NOUN   6   obj
9  and       =       CCONJ  12  cc
10 her       she     PRON   12  nmod:poss
11 deputy    =       NOUN   8   conj
12 and       =       CCONJ  14  cc
13 the       =       DET    14  det
14 rest      =       NOUN   8   conj
15 of        =       ADP    19  case
16 the       =       DET    19  det
17 harbour   =       NOUN   18  compound
18 board     =       NOUN   19  compound
19 members   member  NOUN   14  nmod
20 .         .       PUNCT  3   punct
"""),
)

# “The tide will turn,” Velde notes.  (the tagger read "notes" as a plural noun)
NOUN_TAGGED_CUE = S("""
1  “         “       PUNCT  5   punct
2  The       =       DET    3   det
3  tide      =       NOUN   5   nsubj
4  will      =       AUX    5   aux        xpos=MD
5  turn      =       VERB   0   root       xpos=VB
6  ,         ,       PUNCT  5   punct
7  ”         ”       PUNCT  5   punct
8  Velde     =       PROPN  9   compound   ner=S-PERSON
9  notes     note    NOUN   5   dep        xpos=NNS
10 .         .       PUNCT  5   punct
""")

# Continued Okafor: “The pier will open in May.”  (the verb parsed as a modifier of the name)
COLON_INVERTED = S("""
1  Continued continue VERB   2   amod       xpos=VBN
2  Okafor    =        PROPN  0   root       ner=S-PERSON
3  :         :        PUNCT  2   punct
4  “         “        PUNCT  8   punct
5  The       =        DET    6   det
6  pier      =        NOUN   8   nsubj
7  will      =        AUX    8   aux        xpos=MD
8  open      =        VERB   2   parataxis  xpos=VB
9  in        =        ADP    10  case
10 May       =        PROPN  8   obl
11 .         .        PUNCT  8   punct
12 ”         ”        PUNCT  8   punct
""")

# Stated Okafor: “The pier will open in May.”  (the verb tagged as part of the name)
COLON_STATED = S("""
1  Stated    stated   PROPN  2   compound
2  Okafor    =        PROPN  0   root       ner=S-PERSON
3  :         :        PUNCT  2   punct
4  “         “        PUNCT  8   punct
5  The       =        DET    6   det
6  pier      =        NOUN   8   nsubj
7  will      =        AUX    8   aux        xpos=MD
8  open      =        VERB   2   parataxis  xpos=VB
9  in        =        ADP    10  case
10 May       =        PROPN  8   obl
11 .         .        PUNCT  8   punct
12 ”         ”        PUNCT  8   punct
""")

NEAREST = (
    S("""
1  Pia       =       PROPN  3   nsubj      ner=B-PERSON
2  Lund      =       PROPN  1   flat       ner=E-PERSON
3  stood     stand   VERB   0   root
4  at        =       ADP    6   case
5  the       =       DET    6   det
6  gate      =       NOUN   3   obl
7  .         .       PUNCT  3   punct
"""),
    S("""
1  “         “       PUNCT  3   punct
2  We        we      PRON   3   nsubj
3  waited    wait    VERB   0   root
4  here      =       ADV    3   advmod
5  for       =       ADP    7   case
6  six       =       NUM    7   nummod
7  hours     hour    NOUN   3   obl        xpos=NNS
8  in        =       ADP    10  case
9  the       =       DET    10  det
10 cold      =       NOUN   3   obl
11 .         .       PUNCT  3   punct
12 ”         ”       PUNCT  3   punct
"""),
)

# Okafor told Brandt: “We sold out by nine.”
ORDER = S("""
1  Okafor    =       PROPN  2   nsubj      ner=S-PERSON
2  told      tell    VERB   0   root
3  Brandt    =       PROPN  2   obj        ner=S-PERSON
4  :         :       PUNCT  7   punct
5  “         “       PUNCT  7   punct
6  We        we      PRON   7   nsubj
7  sold      sell    VERB   2   ccomp
8  out       =       ADP    7   compound:prt  xpos=RP
9  by        =       ADP    10  case
10 nine      =       NUM    7   obl
11 .         .       PUNCT  7   punct
12 ”         ”       PUNCT  7   punct
""")

# -------------------------------------------------------------------------- coreference

# Omar Haddad runs the only bakery in Tessel.
# “We bake through the night,” he said.
PRONOUN = (
    (
        S("""
1  Omar      =       PROPN  3   nsubj      ner=B-PERSON  ent=(e1-person
2  Haddad    =       PROPN  1   flat       ner=E-PERSON  ent=e1)
3  runs      run     VERB   0   root       xpos=VBZ
4  the       =       DET    6   det
5  only      =       ADJ    6   amod
6  bakery    =       NOUN   3   obj
7  in        =       ADP    8   case
8  Tessel    =       PROPN  6   nmod       ner=S-GPE
9  .         .       PUNCT  3   punct
"""),
    ),
    (
        S("""
1  “         “       PUNCT  3   punct
2  We        we      PRON   3   nsubj
3  bake      =       VERB   10  ccomp      xpos=VBP
4  through   =       ADP    6   case
5  the       =       DET    6   det
6  night     =       NOUN   3   obl
7  ,         ,       PUNCT  3   punct
8  ”         ”       PUNCT  3   punct
9  he        =       PRON   10  nsubj      ent=(e1)
10 said      say     VERB   0   root
11 .         .       PUNCT  10  punct
"""),
    ),
)

# Ivo Marek designed the new lock gates.
# “They will hold for a century,” the 60-year-old engineer added.
NOMINAL = (
    (
        S("""
1  Ivo       =       PROPN  3   nsubj      ner=B-PERSON  ent=(e1-person
2  Marek     =       PROPN  1   flat       ner=E-PERSON  ent=e1)
3  designed  design  VERB   0   root
4  the       =       DET    7   det
5  new       =       ADJ    7   amod
6  lock      =       NOUN   7   compound
7  gates     gate    NOUN   3   obj        xpos=NNS
8  .         .       PUNCT  3   punct
"""),
    ),
    (
        S("""
1  “           “       PUNCT  4   punct
2  They        they    PRON   4   nsubj
3  will        =       AUX    4   aux        xpos=MD
4  hold        =       VERB   13  ccomp      xpos=VB
5  for         =       ADP    7   case
6  a           =       DET    7   det
7  century     =       NOUN   4   obl
8  ,           ,       PUNCT  4   punct
9  ”           ”       PUNCT  4   punct
10 the         =       DET    12  det        ent=(e1
11 60-year-old =       ADJ    12  amod       ner=S-DATE
12 engineer    =       NOUN   13  nsubj      ent=e1)
13 added       add     VERB   0   root
14 .           .       PUNCT  13  punct
"""),
    ),
)

# A senior official briefed reporters on Tuesday.
# The official said the talks would resume in May.
# “Nobody wants another winter of this,” she said.
NAMELESS_CHAIN = (
    (
        S("""
1  A         a        DET    3   det        ent=(e1-person
2  senior    =        ADJ    3   amod
3  official  =        NOUN   4   nsubj      ent=e1)
4  briefed   brief    VERB   0   root
5  reporters reporter NOUN   4   obj        xpos=NNS
6  on        =        ADP    7   case
7  Tuesday   =        PROPN  4   obl        ner=S-DATE
8  .         .        PUNCT  4   punct
"""),
    ),
    (
        S("""
1  The       the      DET    2   det        ent=(e1
2  official  =        NOUN   3   nsubj      ent=e1)
3  said      say      VERB   0   root
4  the       =        DET    5   det
5  talks     talk     NOUN   7   nsubj      xpos=NNS
6  would     =        AUX    7   aux        xpos=MD
7  resume    =        VERB   3   ccomp      xpos=VB
8  in        =        ADP    9   case
9  May       =        PROPN  7   obl        ner=S-DATE
10 .         .        PUNCT  3   punct
"""),
    ),
    (
        S("""
1  “         “        PUNCT  3   punct
2  Nobody    nobody   PRON   3   nsubj      xpos=NN
3  wants     want     VERB   11  ccomp      xpos=VBZ
4  another   =        DET    5   det
5  winter    =        NOUN   3   obj
6  of        =        ADP    7   case
7  this      =        PRON   5   nmod       xpos=DT
8  ,         ,        PUNCT  3   punct
9  ”         ”        PUNCT  3   punct
10 she       =        PRON   11  nsubj      ent=(e1)
11 said      say      VERB   0   root
12 .         .        PUNCT  11  punct
"""),
    ),
)

# Residents said the water tasted of salt.
# “Nobody expected the tide to rise so fast,” a senior official said.
# Omar Haddad said he would reopen on Monday.
UNNAMED = (
    (
        S("""
1  Residents resident NOUN   2   nsubj      xpos=NNS
2  said      say      VERB   0   root
3  the       =        DET    4   det
4  water     =        NOUN   5   nsubj
5  tasted    taste    VERB   2   ccomp
6  of        =        ADP    7   case
7  salt      =        NOUN   5   obl
8  .         .        PUNCT  2   punct
"""),
    ),
    (
        S("""
1  “         “        PUNCT  3   punct
2  Nobody    nobody   PRON   3   nsubj      xpos=NN
3  expected  expect   VERB   15  ccomp
4  the       =        DET    5   det
5  tide      =        NOUN   3   obj
6  to        =        PART   7   mark       xpos=TO
7  rise      =        VERB   3   xcomp      xpos=VB
8  so        =        ADV    9   advmod
9  fast      =        ADV    7   advmod
10 ,         ,        PUNCT  3   punct
11 ”         ”        PUNCT  3   punct
12 a         =        DET    14  det
13 senior    =        ADJ    14  amod
14 official  =        NOUN   15  nsubj
15 said      say      VERB   0   root
16 .         .        PUNCT  15  punct
"""),
    ),
    (
        S("""
1  Omar      =        PROPN  3   nsubj      ner=B-PERSON  ent=(e1-person
2  Haddad    =        PROPN  1   flat       ner=E-PERSON  ent=e1)
3  said      say      VERB   0   root
4  he        =        PRON   6   nsubj      ent=(e1)
5  would     =        AUX    6   aux        xpos=MD
6  reopen    =        VERB   3   ccomp      xpos=VB
7  on        =        ADP    8   case
8  Monday    =        PROPN  6   obl        ner=S-DATE
9  .         .        PUNCT  3   punct
"""),
    ),
)

# “The strike will end soon,” Yuna Kim said.
# Residents said the buses had not run for a week.
# “We are close to a deal,” he added.
SPEAKERS = (
    (
        S("""
1  “         “        PUNCT  5   punct
2  The       =        DET    3   det
3  strike    =        NOUN   5   nsubj
4  will      =        AUX    5   aux        xpos=MD
5  end       =        VERB   11  ccomp      xpos=VB
6  soon      =        ADV    5   advmod
7  ,         ,        PUNCT  5   punct
8  ”         ”        PUNCT  5   punct
9  Yuna      =        PROPN  11  nsubj      ner=B-PERSON  ent=(e1-person
10 Kim       =        PROPN  9   flat       ner=E-PERSON  ent=e1)
11 said      say      VERB   0   root
12 .         .        PUNCT  11  punct
"""),
    ),
    (
        S("""
1  Residents resident NOUN   2   nsubj      xpos=NNS
2  said      say      VERB   0   root
3  the       =        DET    4   det
4  buses     bus      NOUN   7   nsubj      xpos=NNS
5  had       have     AUX    7   aux
6  not       =        PART   7   advmod     xpos=RB
7  run       =        VERB   2   ccomp      xpos=VBN
8  for       =        ADP    10  case
9  a         =        DET    10  det
10 week      =        NOUN   7   obl
11 .         .        PUNCT  2   punct
"""),
    ),
    (
        S("""
1  “         “        PUNCT  4   punct
2  We        we       PRON   4   nsubj
3  are       be       AUX    4   cop        xpos=VBP
4  close     =        ADJ    11  ccomp
5  to        =        ADP    7   case
6  a         =        DET    7   det
7  deal      =        NOUN   4   obl
8  ,         ,        PUNCT  4   punct
9  ”         ”        PUNCT  4   punct
10 he        =        PRON   11  nsubj      ent=(e1)
11 added     add      VERB   0   root
12 .         .        PUNCT  11  punct
"""),
    ),
)

# ------------------------------------------------------------------------------ sources

# The governor has resigned, according to the state-owned newswire Tass.
ACCORDING_TASS = S("""
1  The         =        DET    2   det
2  governor    =        NOUN   4   nsubj
3  has         have     AUX    4   aux        xpos=VBZ
4  resigned    resign   VERB   0   root       xpos=VBN
5  ,           ,        PUNCT  11  punct
6  according   accord   VERB   11  case       xpos=VBG
7  to          =        ADP    6   fixed
8  the         =        DET    11  det
9  state-owned =        ADJ    11  amod
10 newswire    =        NOUN   11  compound
11 Tass        =        PROPN  4   obl        ner=S-ORG
12 .           .        PUNCT  4   punct
""")

# The governor said he would resign, according to the state-owned newswire Tass.
SAID_ACCORDING_TASS = S("""
1  The         =        DET    2   det
2  governor    =        NOUN   3   nsubj
3  said        say      VERB   0   root
4  he          =        PRON   6   nsubj
5  would       =        AUX    6   aux        xpos=MD
6  resign      =        VERB   3   ccomp      xpos=VB
7  ,           ,        PUNCT  13  punct
8  according   accord   VERB   13  case       xpos=VBG
9  to          =        ADP    8   fixed
10 the         =        DET    13  det
11 state-owned =        ADJ    13  amod
12 newswire    =        NOUN   13  compound
13 Tass        =        PROPN  3   obl        ner=S-ORG
14 .           .        PUNCT  3   punct
""")

# “We will not raise fares this year,” Rolf Inge told Reuters.
TOLD_REUTERS = S("""
1  “         “        PUNCT  5   punct
2  We        we       PRON   5   nsubj
3  will      =        AUX    5   aux        xpos=MD
4  not       =        PART   5   advmod     xpos=RB
5  raise     =        VERB   13  ccomp      xpos=VB
6  fares     fare     NOUN   5   obj        xpos=NNS
7  this      =        DET    8   det
8  year      =        NOUN   5   obl:tmod
9  ,         ,        PUNCT  5   punct
10 ”         ”        PUNCT  5   punct
11 Rolf      =        PROPN  13  nsubj      ner=B-PERSON
12 Inge      =        PROPN  11  flat       ner=E-PERSON
13 told      tell     VERB   0   root
14 Reuters   =        PROPN  13  obj        ner=S-ORG
15 .         .        PUNCT  13  punct
""")

# The mining minister told Reuters that the mine would stay open.
TOLD_REUTERS_IOBJ = S("""
1  The       =        DET    3   det
2  mining    =        NOUN   3   compound
3  minister  =        NOUN   4   nsubj
4  told      tell     VERB   0   root
5  Reuters   =        PROPN  4   iobj       ner=S-ORG
6  that      =        SCONJ  10  mark
7  the       =        DET    8   det
8  mine      =        NOUN   10  nsubj
9  would     =        AUX    10  aux        xpos=MD
10 stay      =        VERB   4   ccomp      xpos=VB
11 open      =        ADJ    10  xcomp
12 .         .        PUNCT  4   punct
""")

# “The queue will be gone by noon,” Vera Holt told reporters.
TOLD_REPORTERS = S("""
1  “         “        PUNCT  6   punct
2  The       =        DET    3   det
3  queue     =        NOUN   6   nsubj
4  will      =        AUX    6   aux        xpos=MD
5  be        =        AUX    6   cop        xpos=VB
6  gone      =        ADJ    13  ccomp
7  by        =        ADP    8   case
8  noon      =        NOUN   6   obl
9  ,         ,        PUNCT  6   punct
10 ”         ”        PUNCT  6   punct
11 Vera      =        PROPN  13  nsubj      ner=B-PERSON
12 Holt      =        PROPN  11  flat       ner=E-PERSON
13 told      tell     VERB   0   root
14 reporters reporter NOUN   13  obj        xpos=NNS
15 .         .        PUNCT  13  punct
""")

# Nadia Ferro said in an interview with CNN that the dam was safe.
INTERVIEW = S("""
1  Nadia     =        PROPN  3   nsubj      ner=B-PERSON
2  Ferro     =        PROPN  1   flat       ner=E-PERSON
3  said      say      VERB   0   root
4  in        =        ADP    6   case
5  an        a        DET    6   det
6  interview =        NOUN   3   obl
7  with      =        ADP    8   case
8  CNN       =        PROPN  6   nmod       ner=S-ORG
9  that      =        SCONJ  13  mark
10 the       =        DET    11  det
11 dam       =        NOUN   13  nsubj
12 was       be       AUX    13  cop
13 safe      =        ADJ    3   ccomp
14 .         .        PUNCT  3   punct
""")

# The ministry said in a statement that the border would reopen on Monday.
STATEMENT = S("""
1  The       =        DET    2   det
2  ministry  =        NOUN   3   nsubj
3  said      say      VERB   0   root
4  in        =        ADP    6   case
5  a         =        DET    6   det
6  statement =        NOUN   3   obl
7  that      =        SCONJ  11  mark
8  the       =        DET    9   det
9  border    =        NOUN   11  nsubj
10 would     =        AUX    11  aux        xpos=MD
11 reopen    =        VERB   3   ccomp      xpos=VB
12 on        =        ADP    13  case
13 Monday    =        PROPN  11  obl        ner=S-DATE
14 .         .        PUNCT  3   punct
""")

# Senator Gail Brandt wrote on Twitter that the vote was rigged.
TWITTER = S("""
1  Senator   =        PROPN  2   compound
2  Gail      =        PROPN  4   nsubj      ner=B-PERSON
3  Brandt    =        PROPN  2   flat       ner=E-PERSON
4  wrote     write    VERB   0   root
5  on        =        ADP    6   case
6  Twitter   =        PROPN  4   obl        ner=S-ORG
7  that      =        SCONJ  11  mark
8  the       =        DET    9   det
9  vote      =        NOUN   11  nsubj:pass
10 was       be       AUX    11  aux:pass
11 rigged    rig      VERB   4   ccomp      xpos=VBN
12 .         .        PUNCT  4   punct
""")

# The governor posted on Telegram that the shelling had stopped.
TELEGRAM = S("""
1  The       =        DET    2   det
2  governor  =        NOUN   3   nsubj
3  posted    post     VERB   0   root
4  on        =        ADP    5   case
5  Telegram  =        PROPN  3   obl        ner=S-ORG
6  that      =        SCONJ  10  mark
7  the       =        DET    8   det
8  shelling  =        NOUN   10  nsubj
9  had       have     AUX    10  aux
10 stopped   stop     VERB   3   ccomp      xpos=VBN
11 .         .        PUNCT  3   punct
""")

# The energy minister was quoted by Interfax as saying that the pipeline was complete.
QUOTED_BY = S("""
1  The       =        DET    3   det
2  energy    =        NOUN   3   compound
3  minister  =        NOUN   5   nsubj:pass
4  was       be       AUX    5   aux:pass
5  quoted    quote    VERB   0   root       xpos=VBN
6  by        =        ADP    7   case
7  Interfax  =        PROPN  5   obl:agent  ner=S-ORG
8  as        =        SCONJ  9   mark
9  saying    say      VERB   5   advcl      xpos=VBG
10 that      =        SCONJ  14  mark
11 the       =        DET    12  det
12 pipeline  =        NOUN   14  nsubj
13 was       be       AUX    14  cop
14 complete  =        ADJ    9   ccomp
15 .         .        PUNCT  5   punct
""")

# The Courier reported that the mayor had resigned.
MEDIUM_SUBJECT = S("""
1  The       =        DET    2   det        ner=B-ORG
2  Courier   =        PROPN  3   nsubj      ner=E-ORG
3  reported  report   VERB   0   root
4  that      =        SCONJ  8   mark
5  the       =        DET    6   det
6  mayor     =        NOUN   8   nsubj
7  had       have     AUX    8   aux
8  resigned  resign   VERB   3   ccomp      xpos=VBN
9  .         .        PUNCT  3   punct
""")

# “Prices will fall in spring,” Ilse Brandt told Reuters.
# “Demand is already slowing,” she added.
# “Nothing has changed,” a trader said.
CARRYOVER = (
    (
        S("""
1  “         “        PUNCT  4   punct
2  Prices    price    NOUN   4   nsubj      xpos=NNS
3  will      =        AUX    4   aux        xpos=MD
4  fall      =        VERB   11  ccomp      xpos=VB
5  in        =        ADP    6   case
6  spring    =        NOUN   4   obl
7  ,         ,        PUNCT  4   punct
8  ”         ”        PUNCT  4   punct
9  Ilse      =        PROPN  11  nsubj      ner=B-PERSON  ent=(e1-person
10 Brandt    =        PROPN  9   flat       ner=E-PERSON  ent=e1)
11 told      tell     VERB   0   root
12 Reuters   =        PROPN  11  obj        ner=S-ORG
13 .         .        PUNCT  11  punct
"""),
    ),
    (
        S("""
1  “         “        PUNCT  5   punct
2  Demand    demand   NOUN   5   nsubj
3  is        be       AUX    5   aux        xpos=VBZ
4  already   =        ADV    5   advmod
5  slowing   slow     VERB   9   ccomp      xpos=VBG
6  ,         ,        PUNCT  5   punct
7  ”         ”        PUNCT  5   punct
8  she       =        PRON   9   nsubj      ent=(e1)
9  added     add      VERB   0   root
10 .         .        PUNCT  9   punct
"""),
    ),
    (
        S("""
1  “         “        PUNCT  4   punct
2  Nothing   nothing  PRON   4   nsubj      xpos=NN
3  has       have     AUX    4   aux        xpos=VBZ
4  changed   change   VERB   9   ccomp      xpos=VBN
5  ,         ,        PUNCT  4   punct
6  ”         ”        PUNCT  4   punct
7  a         =        DET    8   det
8  trader    =        NOUN   9   nsubj
9  said      say      VERB   0   root
10 .         .        PUNCT  9   punct
"""),
    ),
)


def _one(sentence: Sentence) -> tuple[Paragraph, ...]:
    return ((sentence,),)


#: Named documents: each a tuple of paragraphs, each paragraph a tuple of sentences.
DOCS: dict[str, tuple[Paragraph, ...]] = {
    "subject-quote-after": _one(SUBJECT_QUOTE_AFTER),
    "subject-quote-first": _one(SUBJECT_QUOTE_FIRST),
    "inverted": _one(INVERTED),
    "participle-dep": _one(PARTICIPLE_DEP),
    "agent-of-adjunct": _one(AGENT_OF_ADJUNCT),
    "dep-of-noun": _one(DEP_OF_NOUN),
    "participle-on-relative": _one(PARTICIPLE_ON_RELATIVE),
    "dateline": _one(DATELINE),
    "title-subject": _one(TITLE_SUBJECT),
    "fronted-subject": _one(FRONTED_SUBJECT),
    "subject-inside-too": _one(SUBJECT_INSIDE_TOO),
    "previous-sentence": ((TWEETED_A_WARNING, STAY_OFF_THE_PIER),),
    "previous-sentence-negated": ((DID_NOT_REPLY, STAY_OFF_THE_PIER),),
    "apposition": _one(APPOSITION),
    "title": _one(TITLE),
    "according-person": _one(ACCORDING_PERSON),
    "according-org": _one(ACCORDING_ORG),
    "according-ministry": _one(ACCORDING_MINISTRY),
    "passive-agent": _one(PASSIVE_AGENT),
    "relative": _one(RELATIVE),
    "noun-cue": _one(NOUN_CUE),
    "transcript-first": ((OKAFOR_TURN,), (OKAFOR_NAMED,)),
    "transcript-later": ((OKAFOR_NAMED,), (HOST_TURN,), (OKAFOR_TURN,)),
    "continuation": CONTINUATION,
    "conversation": CONVERSATION,
    "nearest": (NEAREST,),
    "next-sentence-participle": (NEXT_SENTENCE_PARTICIPLE,),
    "next-sentence-noun-xcomp": (NEXT_SENTENCE_NOUN_XCOMP,),
    "next-sentence-particle": (NEXT_SENTENCE_PARTICLE,),
    "noun-tagged-cue": _one(NOUN_TAGGED_CUE),
    "colon-inverted": _one(COLON_INVERTED),
    "colon-stated": ((COLON_STATED, NEAREST[0]),),
    "order": _one(ORDER),
    "pronoun": PRONOUN,
    "nominal": NOMINAL,
    "nameless-chain": NAMELESS_CHAIN,
    "unnamed": UNNAMED,
    "speakers": SPEAKERS,
    "according-tass": _one(ACCORDING_TASS),
    "said-according-tass": _one(SAID_ACCORDING_TASS),
    "told-reuters": _one(TOLD_REUTERS),
    "told-reuters-iobj": _one(TOLD_REUTERS_IOBJ),
    "told-reporters": _one(TOLD_REPORTERS),
    "interview": _one(INTERVIEW),
    "statement": _one(STATEMENT),
    "twitter": _one(TWITTER),
    "telegram": _one(TELEGRAM),
    "quoted-by": _one(QUOTED_BY),
    "medium-subject": _one(MEDIUM_SUBJECT),
    "carryover": CARRYOVER,
}
