"""quoteattr: who said what in English news.

Finds direct, mixed and indirect quotes in a ``stanza.Document`` (or raw text, which
Stanza annotates), resolves each speaker through Stanza's coreference, and links quotes
to the medium they came through::

    import quoteattr

    doc = quoteattr.read_conllu("article.conllu")     # or raw text with Stanza's models
    result = quoteattr.attribute(doc)
    for quote in result.quotes:
        print(quote.speaker.name if quote.speaker else None, quote.kind, quote.text)

Data flow (one module each): ``conllu`` / ``pipeline`` (input) -> ``document`` (a
read-only view) -> ``marks`` and ``detect`` (quote candidates) -> ``attribution`` (cue,
speaker sieves, coreference, source) -> ``model`` (frozen results) -> ``render``
(JSON, CSV, table, HTML); ``evaluate`` scores results against gold spans.
"""

from __future__ import annotations

from quoteattr.api import Attributor, attribute
from quoteattr.conllu import document_id, iter_conllu, read_conllu
from quoteattr.errors import (
    ConfigurationError,
    ConllUError,
    GoldFormatError,
    InputError,
    ModelsUnavailableError,
    QuoteAttrError,
)
from quoteattr.lexicons import Lexicon, get_lexicon
from quoteattr.model import DocumentResult, Quote, Rejected, Source, Span, Speaker, SpeakerQuotes

__version__ = "0.1.0"

__all__ = [
    "Attributor",
    "ConfigurationError",
    "ConllUError",
    "DocumentResult",
    "GoldFormatError",
    "InputError",
    "Lexicon",
    "ModelsUnavailableError",
    "Quote",
    "QuoteAttrError",
    "Rejected",
    "Source",
    "Span",
    "Speaker",
    "SpeakerQuotes",
    "__version__",
    "attribute",
    "document_id",
    "get_lexicon",
    "iter_conllu",
    "read_conllu",
]
