"""quoteattr: who said what in English news.

Finds direct, mixed and indirect quotes, resolves each speaker through Stanza's
coreference, and links quotes to the medium they came through.
"""

from __future__ import annotations

from quoteattr.errors import (
    ConfigurationError,
    ConllUError,
    GoldFormatError,
    InputError,
    ModelsUnavailableError,
    QuoteAttrError,
)
from quoteattr.model import DocumentResult, Quote, Rejected, Source, Span, Speaker, SpeakerQuotes

__version__ = "0.1.0"

__all__ = [
    "ConfigurationError",
    "ConllUError",
    "DocumentResult",
    "GoldFormatError",
    "InputError",
    "ModelsUnavailableError",
    "Quote",
    "QuoteAttrError",
    "Rejected",
    "Source",
    "Span",
    "Speaker",
    "SpeakerQuotes",
    "__version__",
]
