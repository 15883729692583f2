"""A griffe extension used only to build the documentation site (see ``mkdocs.yml``).

It does two things that the stock Python handler of mkdocstrings does not:

* **reStructuredText literal blocks.** ``text::`` before an indented block becomes
  ``text:`` (the indented block is already a Markdown code block), and a list nested two
  spaces in is nested four, as Markdown wants.
* **Sphinx roles become links.** quoteattr's docstrings cross-reference with Sphinx roles
  (``:class:`Attributor```, ``:func:`~quoteattr.conllu.iter_conllu```). Each role is
  resolved in the scope of the object that holds the docstring and replaced by an
  *optional* autoref: a link when the target is documented on the site, plain code
  otherwise (never a warning, so ``mkdocs build --strict`` stays quiet).
* **``#:`` comments become docstrings.** quoteattr documents constants the Sphinx way, with
  ``#:`` comment lines above the assignment; griffe reads only string docstrings below it.
* **attrs classes get their ``__init__``.** attrs writes ``__init__`` at run time, so static
  analysis sees a class without a signature, and the ``Args:`` section of a class docstring
  (``Attributor``) would name parameters that "do not appear in the signature". The
  signature is taken from the imported class (names, kinds, order, aliases) and the
  annotations and defaults from the source (``attrs.field(default=...)``).
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import re
import sys
from pathlib import Path
from typing import Any

import griffe

# reStructuredText's "::" before a literal block: a lone "::" line goes, a final "::" is ":"
_LONE_LITERAL_MARK = re.compile(r"^[ \t]*::[ \t]*\n", re.MULTILINE)
_FINAL_LITERAL_MARK = re.compile(r"::[ \t]*\n(?=[ \t]*\n)")
# reStructuredText nests a list two spaces in; Markdown needs four
_NESTED_ITEM = re.compile(r"^  ([-*] )", re.MULTILINE)
_ROLE = re.compile(r":(?:py:)?(class|func|meth|attr|data|mod|exc|obj|const):`(~?)([^`<>]+)`")
_KINDS: dict[Any, Any] = {
    inspect.Parameter.POSITIONAL_ONLY: griffe.ParameterKind.positional_only,
    inspect.Parameter.POSITIONAL_OR_KEYWORD: griffe.ParameterKind.positional_or_keyword,
    inspect.Parameter.VAR_POSITIONAL: griffe.ParameterKind.var_positional,
    inspect.Parameter.KEYWORD_ONLY: griffe.ParameterKind.keyword_only,
    inspect.Parameter.VAR_KEYWORD: griffe.ParameterKind.var_keyword,
}


def _walk(obj: griffe.Object) -> Any:
    yield obj
    for member in obj.members.values():
        if member.is_alias:
            continue
        yield from _walk(member)  # type: ignore[arg-type]


def _resolve(scope: griffe.Object, target: str) -> str | None:
    """The full path of ``target`` as written in a docstring of ``scope``, or None."""
    if target.startswith("quoteattr."):
        return target
    head, _, rest = target.partition(".")
    current: griffe.Object | None = scope
    while current is not None:
        try:
            path = current.resolve(head)
        except Exception:  # griffe raises NameResolutionError and others
            current = current.parent
            continue
        return f"{path}.{rest}" if rest else path
    return None


def _link(scope: griffe.Object, match: re.Match[str]) -> str:
    _kind, short, target = match.groups()
    target = target.strip()
    title = target.rsplit(".", 1)[-1] if short else target
    if match.group(1) in ("func", "meth"):
        title += "()"
    path = _resolve(scope, target)
    if path is None:
        return f"`{title}`"
    return f'<autoref identifier="{path}" optional><code>{title}</code></autoref>'


def _field_source(value: str) -> str | None:
    """The default of ``attrs.field(default=X)`` / ``attrs.field(factory=f)`` as source text."""
    try:
        node = ast.parse(value, mode="eval").body
    except SyntaxError:
        return value
    if not (isinstance(node, ast.Call) and ast.unparse(node.func).endswith("field")):
        return value
    for keyword in node.keywords:
        if keyword.arg == "default":
            return ast.unparse(keyword.value)
        if keyword.arg == "factory":
            return f"{ast.unparse(keyword.value)}()"
    return None


def _add_attrs_init(cls: griffe.Class) -> None:
    if "__init__" in cls.members or not any(
        "attrs." in str(d.value) or str(d.value).startswith(("define", "frozen"))
        for d in cls.decorators
    ):
        return
    try:
        runtime = getattr(importlib.import_module(cls.module.path), cls.name)
        signature = inspect.signature(runtime.__init__)
    except Exception:  # leave the class as static analysis saw it
        return
    parameters = []
    for parameter in list(signature.parameters.values())[1:]:  # skip self
        attribute: Any = next(
            (
                member
                for member in (
                    cls.members.get(parameter.name),
                    cls.members.get("_" + parameter.name),
                )
                if member is not None and not member.is_alias and member.is_attribute
            ),
            None,
        )
        annotation: Any = None
        default: Any = None
        if attribute is not None:
            annotation = attribute.annotation
            if attribute.value is not None:
                default = _field_source(str(attribute.value))
        if default is None and parameter.default is not inspect.Parameter.empty:
            default = repr(parameter.default)
        parameters.append(
            griffe.Parameter(
                parameter.name,
                annotation=annotation,
                kind=_KINDS[parameter.kind],
                default=default,
            )
        )
    init = griffe.Function(
        "__init__",
        parameters=griffe.Parameters(griffe.Parameter("self"), *parameters),
        returns="None",
        lineno=cls.lineno,
        endlineno=cls.lineno,
    )
    cls.set_member("__init__", init)


def _comment_docstring(attribute: griffe.Object) -> None:
    """Give an undocumented attribute the ``#:`` comment lines right above it."""
    if attribute.docstring is not None or attribute.lineno is None:
        return
    try:
        lines = attribute.module.lines
    except Exception:  # no source, nothing to read
        return
    comment: list[str] = []
    number = attribute.lineno - 2  # the line above, 0-based
    while number >= 0 and lines[number].lstrip().startswith("#:"):
        comment.insert(0, lines[number].lstrip()[2:].removeprefix(" "))
        number -= 1
    if comment:
        attribute.docstring = griffe.Docstring(
            "\n".join(comment), lineno=number + 2, endlineno=attribute.lineno - 1, parent=attribute
        )


class QuoteattrDocs(griffe.Extension):
    """Roles to links, ``#:`` comments, ``__init__`` of attrs classes (see the module docstring)."""

    def on_package(self, *, pkg: griffe.Module, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        if pkg.name != "quoteattr":
            return
        # the attrs signatures come from the imported classes: make the package importable
        root = str(Path(str(pkg.filepath)).parent.parent)
        if root not in sys.path:
            sys.path.append(root)
        for obj in list(_walk(pkg)):
            if obj.is_class:
                _add_attrs_init(obj)  # type: ignore[arg-type,unused-ignore]
            elif obj.is_attribute:
                _comment_docstring(obj)
        for obj in _walk(pkg):
            docstring = obj.docstring
            if docstring is None:
                continue
            value = _LONE_LITERAL_MARK.sub("", docstring.value)
            value = _FINAL_LITERAL_MARK.sub(":\n", value)
            value = _NESTED_ITEM.sub(r"    \1", value)
            docstring.value = _ROLE.sub(functools.partial(_link, obj), value)
