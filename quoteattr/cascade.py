"""What detection rules, speaker sieves and source rules share: a named, ordered cascade."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from quoteattr.errors import ConfigurationError

__all__ = ["check_named"]


def check_named(items: Sequence[object], what: str, *, example: str, call: str) -> tuple[Any, ...]:
    """Validate a user-given cascade: a sequence of callables with unique ``str`` names.

    Args:
        items: the sequence given.
        what: what one item is, for messages ("sieve", "detection rule").
        example: a tuple to suggest when a single item was given ("(CueSubject(),)").
        call: how an item is called, for messages ("sieve(ctx, index)").
    """
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable) or hasattr(items, "name"):
        raise ConfigurationError(
            f"{what}s must be a sequence of named callables, not {type(items).__name__}; "
            f"pass a tuple, e.g. {example}"
        )
    names: set[str] = set()
    for item in items:
        name = getattr(item, "name", None)
        if not isinstance(name, str) or not callable(item):
            raise ConfigurationError(
                f"{what} {item!r} needs a str 'name' attribute and must be callable as {call}"
            )
        if name in names:
            raise ConfigurationError(f"two {what}s are named {name!r}")
        names.add(name)
    return tuple(items)
