"""The Store made of parts: a facade that composes one repository per subject, no mixins,
no repository importing the Store back, and no import cycle among the project's modules
(function-level imports included)."""
from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest

from data.checklists import ClosingGateRefused
from data.staff import AuthorityRefused
from data.store import Store

ROOT = Path(__file__).resolve().parent.parent


def _module_imports() -> dict[str, set[str]]:
    """Each tracked module (tests excepted) -> the project modules it imports, wherever
    in the file the import stands."""
    files = subprocess.run(["git", "-C", str(ROOT), "ls-files", "*.py"], capture_output=True,
                           text=True, check=True).stdout.split()
    names = {f[:-3].replace("/", ".").removesuffix(".__init__"): f for f in files
             if not f.startswith("tests/")}
    graph: dict[str, set[str]] = {}
    for name, file in names.items():
        package = name if file.endswith("__init__.py") else name.rpartition(".")[0]
        found = set()
        for node in ast.walk(ast.parse((ROOT / file).read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                    base = ".".join(parts + ([base] if base else []))
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in names else base
                           for a in node.names]
            for target in targets:
                while target and target not in names:
                    target = target.rpartition(".")[0]
                if target and target != name and not name.startswith(target + "."):
                    found.add(target)
        graph[name] = found
    return graph


def test_no_repository_imports_the_store_back():
    """What the Store is built from (every module it imports, directly or not) never
    imports data.store: a repository gets what it needs in its constructor."""
    graph = _module_imports()
    parts, todo = set(), ["data.store"]
    while todo:
        for dep in graph[todo.pop()]:
            if dep not in parts:
                parts.add(dep)
                todo.append(dep)
    assert "data.cases" in parts and "data.checklists" in parts
    assert sorted(m for m in parts if "data.store" in graph[m]) == []


def test_the_import_graph_has_no_cycle():
    graph = _module_imports()
    state: dict[str, int] = {}  # 1 on the path being walked, 2 done

    def walk(module: str, path: list[str]) -> list[str] | None:
        state[module] = 1
        for dep in sorted(graph[module]):
            if state.get(dep) == 1:
                return path + [module, dep]
            if dep not in state:
                cycle = walk(dep, path + [module])
                if cycle:
                    return cycle
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state:
            assert walk(module, []) is None


def test_the_store_is_a_facade_over_repositories_not_a_mixin(store):
    assert Store.__bases__ == (object,)
    for name in ("profile", "customers", "history", "cases", "case_list", "checklists",
                 "staff", "authority", "letters", "attachments", "reminders", "trash",
                 "undo", "privacy", "backups", "transfer", "desks"):
        repository = getattr(store, name)
        assert type(repository).__module__.startswith("data.")
        assert not hasattr(repository, "transaction") and not hasattr(repository, "conn")


def test_a_save_passes_the_closing_gate_and_then_the_approval_rule(store):
    """Cases does not import the checklists or the authority: their rules reach a save
    through Cases.save_checks, in the order the Store builds them."""
    case = store.cases.add(kind="complaint", summary="Cold soup", customer={"name": "Ann"},
                           remedy="refund", remedy_cost="80")
    store.checklists.start(case.ref, "General")
    store.staff.add("Olga", "owner", pin="1234")
    store.staff.add("Sam", "staff", pin="1234", by="Olga")
    with pytest.raises(ClosingGateRefused):
        store.cases.update(case.ref, {"status": "resolved", "approved_by": "Sam"})
    with pytest.raises(AuthorityRefused):
        store.cases.update(case.ref, {"approved_by": "Sam"})
    assert store.cases.get(case.ref).approved_by == ""
    assert store.cases.update(case.ref, {"approved_by": "Olga"}).approved_by == "Olga"
