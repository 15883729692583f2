"""Exceptions raised by quoteattr.

Every exception quoteattr raises on purpose derives from :class:`QuoteAttrError`, and
each also derives from the builtin that fits, so callers can catch either::

    QuoteAttrError(Exception)
     +-- InputError(QuoteAttrError, ValueError)        bad input given to quoteattr
     |    +-- ConllUError(InputError)                  malformed CoNLL-U (file and line named)
     |    +-- GoldFormatError(InputError)              malformed gold file (JSON or brat .ann)
     +-- ModelsUnavailableError(QuoteAttrError, RuntimeError)
     |                                                 Stanza models missing and not downloadable
     +-- ConfigurationError(QuoteAttrError, TypeError) an option or rule/sieve of the wrong kind

Messages say what went wrong, with the value that caused it, and what to do.
"""

from __future__ import annotations

__all__ = [
    "ConfigurationError",
    "ConllUError",
    "GoldFormatError",
    "InputError",
    "ModelsUnavailableError",
    "QuoteAttrError",
]


class QuoteAttrError(Exception):
    """Root of every exception quoteattr raises on purpose."""


class InputError(QuoteAttrError, ValueError):
    """Input that quoteattr cannot use: wrong type, malformed text or file."""


class ConllUError(InputError):
    """Malformed CoNLL-U.

    Attributes:
        source: the file name (or ``"<string>"``) the text came from.
        line: 1-based line number of the offending line, or ``None`` when the problem
            is not tied to one line.
        reason: what is wrong, in words.
    """

    def __init__(self, reason: str, *, source: str = "<string>", line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.reason = reason
        where = source if line is None else f"{source}, line {line}"
        super().__init__(f"{where}: {reason}")


class GoldFormatError(InputError):
    """A gold attribution file (``NAME.gold.json`` or brat ``.ann``) that cannot be read."""


class ModelsUnavailableError(QuoteAttrError, RuntimeError):
    """Stanza's English models are not installed and could not be downloaded."""


class ConfigurationError(QuoteAttrError, TypeError):
    """An option, rule or sieve of the wrong kind was given."""
