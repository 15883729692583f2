"""MkDocs hooks used only to build the documentation site (see ``mkdocs.yml``).

``<!-- quoteattr: demo html -->`` in a page becomes the demo article rendered by
:func:`quoteattr.render.to_html` at build time, so the page always shows what the current
code draws in a notebook.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

_PLACEHOLDER = "<!-- quoteattr: demo html -->"


def _demo_html() -> str:
    root = str(Path(__file__).resolve().parent.parent)
    if root not in sys.path:
        sys.path.append(root)
    from importlib.resources import files

    import quoteattr
    from quoteattr import render

    conllu = (files("quoteattr.demo") / "article.conllu").read_text(encoding="utf-8")
    doc = quoteattr.read_conllu(conllu)
    return render.to_html(quoteattr.attribute(doc))


def on_page_content(html: str, **kwargs: Any) -> str:
    """Replace the placeholder with the rendered demo article."""
    if _PLACEHOLDER not in html:
        return html
    return html.replace(_PLACEHOLDER, '<div class="quoteattr-demo">' + _demo_html() + "</div>")
