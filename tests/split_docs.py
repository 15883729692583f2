"""Sentences a tokenizer ended too early, shared by the view's and detection's tests.

Each is hand-annotated in the style of UD v2 English EWT; the mistake is named above it.
"""

from __future__ import annotations

from conllu_builder import rows

__all__ = ["OKAFOR_ABBREVIATION", "SAID_PORT_REOPEN", "WHY_NOW"]

# tokenizer's mistake: the sentence ends at the full stop inside "(D-Ore.)" ...
OKAFOR_ABBREVIATION = rows("""
1  Sen.     Sen.     PROPN  NNP    3  compound
2  Ada      Ada      PROPN  NNP    3  compound
3  Okafor   Okafor   PROPN  NNP    0  root
4  (        (        PUNCT  -LRB-  5  punct     nospace
5  D-Ore.   D-Ore.   PROPN  NNP    3  appos     nospace
6  )        )        PUNCT  -RRB-  5  punct
""")
# ... and the rest of it
SAID_PORT_REOPEN = rows("""
1  said     say      VERB   VBD  0  root
2  the      the      DET    DT   3  det
3  port     port     NOUN   NN   5  nsubj
4  would    would    AUX    MD   5  aux
5  reopen   reopen   VERB   VB   1  ccomp
6  in       in       ADP    IN   7  case
7  May      May      PROPN  NNP  5  obl       nospace
8  .        .        PUNCT  .    1  punct
""")

# tokenizer's mistake: the sentence ends at the quotation's question mark
WHY_NOW = rows("""
1  “        "        PUNCT  ``   3  punct     nospace
2  Why      why      ADV    WRB  3  advmod
3  now      now      ADV    RB   0  root      nospace
4  ?        ?        PUNCT  .    3  punct     nospace
5  ”        "        PUNCT  ''   3  punct
""")
