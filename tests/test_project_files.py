"""The project's own files agree: pyproject.toml names the pins of the requirements files,
and the README's commands are the ones CI runs."""
from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _pins(name: str) -> list[str]:
    """The requirement lines of a requirements file, without comments and `-r` includes."""
    lines = (line.split("#", 1)[0].strip() for line in (ROOT / name).read_text().splitlines())
    return [line for line in lines if line and not line.startswith("-")]


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_pyproject_dependencies_are_the_pins_of_requirements_txt():
    assert _pyproject()["project"]["dependencies"] == _pins("requirements.txt")


def test_pyproject_dev_group_is_the_pins_of_requirements_dev_txt():
    dev = _pyproject()["project"]["optional-dependencies"]["dev"]
    assert dev == _pins("requirements-dev.txt")
    assert any(pin.startswith("ruff") for pin in dev)


def test_pytest_settings_live_only_in_pyproject():
    assert not (ROOT / "pytest.ini").exists()
    settings = _pyproject()["tool"]["pytest"]["ini_options"]
    assert settings["testpaths"] == ["tests"] and settings["qt_api"] == "pyside6"


def _readme_commands() -> list[str]:
    """The indented one-line commands of the README's set-up section."""
    text = (ROOT / "README.md").read_text()
    section = text.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines() if line.startswith("    ")]


def test_ci_runs_exactly_the_readmes_test_command():
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    tests = [c for c in _readme_commands() if "pytest" in c]
    assert len(tests) == 1, _readme_commands()
    install, run = (part.strip() for part in tests[0].split("&&"))
    assert run in ci
    assert any(re.fullmatch(r"python3 -m pip install .*-r requirements-dev\.txt", line)
               for line in ci) and install.endswith("-r requirements-dev.txt")
    assert "python3 -m ruff check ." in ci


def test_readme_stays_short():
    assert len((ROOT / "README.md").read_text().splitlines()) <= 200


def test_documents_link_to_files_that_exist():
    # The data-safety and shared-log guides are written on other branches.
    pending = {"data-safety.md", "shared-log.md"}
    for doc in ("README.md", "CHANGELOG.md", "docs/manual.md", "docs/architecture.md",
                "docs/performance.md"):
        path = ROOT / doc
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", path.read_text()):
            if "://" not in target and Path(target).name not in pending:
                assert (path.parent / target).exists(), f"{doc} links to {target}"

def test_architecture_names_every_module():
    spec = importlib.util.spec_from_file_location("module_map", ROOT / "tools" / "module_map.py")
    module_map = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module_map)
    text = (ROOT / "docs" / "architecture.md").read_text()
    missing = [p.as_posix() for p in module_map.modules() if f"`{p.as_posix()}`" not in text]
    assert not missing, f"add to docs/architecture.md (python3 tools/module_map.py): {missing}"
