"""Print (or --write into docs/architecture.md) the module table: one line per module, from its
docstring."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("data", "reports", "ui", "ui/actions", "ui/cli", "tools", "bench", "tests")


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


def write(doc: Path = ROOT / "docs" / "architecture.md") -> None:
    """Replace the module table in `doc` with the current one."""
    lines = doc.read_text(encoding="utf-8").splitlines()
    start = lines.index("| module | job |")
    end = start
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    lines[start:end] = table().splitlines()
    doc.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write()
    else:
        sys.stdout.write(table() + "\n")
