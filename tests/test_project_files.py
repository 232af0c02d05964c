"""The project's own files agree: pyproject.toml names the pins of the requirements files."""
from __future__ import annotations

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

