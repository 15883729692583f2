"""Lexicons: word lists the rules and sieves read, kept as data and keyed by language.

``get_lexicon("en")`` returns the English :class:`Lexicon`. To extend it, build a new
one with :func:`attrs.evolve` (``evolve(lex, speech_verbs=lex.speech_verbs | {"huff"})``)
and pass it to :class:`quoteattr.Attributor`.
"""

from __future__ import annotations

import attrs

from quoteattr.errors import ConfigurationError
from quoteattr.lexicons import en

__all__ = ["Lexicon", "get_lexicon"]


@attrs.frozen
class Lexicon:
    """The word lists of one language.

    Attributes:
        language: ISO 639-1 code.
        speech_verbs: lemmas of verbs that report speech (``say``, ``tell``, ``warn``).
        speech_nouns: lemmas of nouns that report speech (``statement``, ``claim``).
        weak_speech_verbs: speech lemmas that need a clausal complement *and* a speaker to
            count (``call``, ``point``, ``indicate``), because they have frequent
            non-speech senses.
        media_names: lowercased names of news agencies, outlets and platforms, with
            their source type.
        media_nouns: lowercased head nouns that describe a medium (``newswire``,
            ``newspaper``), with their source type.
        social_platforms: lowercased names of social platforms.
        statement_nouns: nouns of written statements and texts (``statement``,
            ``release``, ``sign``).
        title_cues: lowercased words before a quoted phrase that make it a title or
            a name rather than a quotation (``called``, ``dubbed``, ``so-called``). A
            title is capitalised: lower-case quoted words after one are what someone
            called something, except after ``mention_nouns``.
        occasion_nouns: lemmas of nouns of the occasion on which something was said
            (``interview``, ``rally``): ``on``/``in``/``at`` such a noun after a phrase
            report is the writer's setting, not what was said.
        mention_nouns: the title cues that mention words (``term``, ``phrase``,
            ``so-called``): quoted words after them are not someone's in any case.
        pronouns: lowercased personal pronouns that can be speakers.
        quotation_verbs: speech lemmas that introduce quoted words but report nothing
            with a plain phrase (``thanked the crews for “…”``, not ``offered a plan``).
        comment_nouns: lemmas of nouns with which the writer sums up a reported act at
            the end of the sentence (``…, a swipe at his rivals``); such a phrase is
            left out of the report.
        time_nouns: lemmas of common nouns that name a time (``week``, ``morning``): a
            phrase headed by one tells when words were said, and never names a speaker.
        calendar_names: lowercased names of days and months (``monday``, ``march``), read
            like ``time_nouns``.
        text_verbs: lemmas of verbs that tell what a written text says (``“…,” the sign
            read``): cues of quotations, only when their subject is the text (one of
            ``statement_nouns``, or ``it``).
    """

    language: str
    speech_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    weak_speech_verbs: frozenset[str]
    media_names: dict[str, str] = attrs.field(hash=False)
    media_nouns: dict[str, str] = attrs.field(hash=False)
    social_platforms: frozenset[str]
    statement_nouns: frozenset[str]
    title_cues: frozenset[str]
    pronouns: frozenset[str]
    quotation_verbs: frozenset[str] = frozenset()
    comment_nouns: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    calendar_names: frozenset[str] = frozenset()
    text_verbs: frozenset[str] = frozenset()
    mention_nouns: frozenset[str] = frozenset()
    occasion_nouns: frozenset[str] = frozenset()


_ENGLISH = Lexicon(
    language="en",
    speech_verbs=en.SPEECH_VERBS,
    speech_nouns=en.SPEECH_NOUNS,
    weak_speech_verbs=en.WEAK_SPEECH_VERBS,
    media_names=dict(en.MEDIA_NAMES),
    media_nouns=dict(en.MEDIA_NOUNS),
    social_platforms=en.SOCIAL_PLATFORMS,
    statement_nouns=en.STATEMENT_NOUNS,
    title_cues=en.TITLE_CUES,
    pronouns=en.PRONOUNS,
    quotation_verbs=en.QUOTATION_VERBS,
    comment_nouns=en.COMMENT_NOUNS,
    time_nouns=en.TIME_NOUNS,
    calendar_names=en.CALENDAR_NAMES,
    text_verbs=en.TEXT_VERBS,
    mention_nouns=en.MENTION_NOUNS,
    occasion_nouns=en.OCCASION_NOUNS,
)

_LEXICONS = {"en": _ENGLISH}


def get_lexicon(language: str = "en") -> Lexicon:
    """The lexicon of ``language``; only English (``"en"``) ships today."""
    try:
        return _LEXICONS[language]
    except KeyError:
        raise ConfigurationError(
            f"no lexicon for language {language!r}; available: {sorted(_LEXICONS)}"
        ) from None
