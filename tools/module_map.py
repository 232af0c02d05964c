"""Print the module table of docs/architecture.md: one line per module, from its docstring."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("data", "reports", "ui", "tools", "bench", "tests")


def modules() -> list[Path]:
    """Every Python module of the project, relative to its root, main.py first."""
    found = [Path("main.py")]
    for folder in FOLDERS:
        found += sorted(p.relative_to(ROOT) for p in (ROOT / folder).glob("*.py"))
    return found


def job(path: Path) -> str:
    """The first paragraph of a module's docstring, on one line."""
    doc = ast.get_docstring(ast.parse((ROOT / path).read_text(encoding="utf-8"))) or ""
    return " ".join(doc.split("\n\n", 1)[0].split()).replace("|", "\\|") or "(no docstring)"


def table() -> str:
    rows = ["| module | job |", "|---|---|"]
    rows += [f"| `{path.as_posix()}` | {job(path)} |" for path in modules()]
    return "\n".join(rows)


if __name__ == "__main__":
    sys.stdout.write(table() + "\n")
