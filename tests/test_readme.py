"""The README's Python example runs and prints what the README shows."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def _blocks(text: str, lang: str) -> list[str]:
    """Fenced blocks of one info string (``""`` for plain fences), in order."""
    return [m.group(2) for m in _FENCE.finditer(text) if m.group(1) == lang]


_FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", flags=re.S | re.M)


class TestReadmeExample:
    """The example under "## Example"."""

    def test_example_prints_the_output_shown(self) -> None:
        """Running the first Python block prints exactly the block shown after it."""
        text = README.read_text(encoding="utf-8")
        section = text.split("## Example", 1)[1].split("\n## ", 1)[0]
        code = _blocks(section, "python")[0]
        shown = _blocks(section, "")[0]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, str(README), "exec"), {"__name__": "readme"})
        assert out.getvalue() == shown

    def test_commands_install_the_cpu_torch_first(self) -> None:
        """Both fresh-machine commands pin torch to the CPU build before installing quoteattr."""
        text = README.read_text(encoding="utf-8")
        commands = [c for c in _blocks(text, "sh") if "python3 -m venv" in c]
        assert len(commands) == 2
        for command in commands:
            assert command.index("pip install torch==2.13.0") < command.index("pip install -e")
