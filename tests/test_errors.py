"""One error hierarchy: what the owner is told is a GoodwillError, anything else is a bug."""
from __future__ import annotations

import importlib
import inspect
import io
import pkgutil
from contextlib import redirect_stderr, redirect_stdout

import data
from data.errors import GoodwillError


def test_every_public_error_in_data_is_a_goodwill_error():
    strays = []
    for info in pkgutil.iter_modules(data.__path__):
        module = importlib.import_module(f"data.{info.name}")
        for name, obj in vars(module).items():
            if (inspect.isclass(obj) and issubclass(obj, BaseException)
                    and obj.__module__ == module.__name__ and not name.startswith("_")
                    and not issubclass(obj, GoodwillError)):
                strays.append(f"{module.__name__}.{name}")
    assert strays == ["data.csvio.ImportCancelled"]  # the owner's own cancel, not an error


def test_a_bug_is_one_line_for_the_owner_and_a_trace_in_the_log(tmp_path, monkeypatch):
    import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    err = io.StringIO()
    try:
        [][1]
    except IndexError as exc:
        with redirect_stderr(err):
            code = main._report_bug(exc, debug=False)
    assert code == main.EXIT_BUG == 70
    [line] = err.getvalue().splitlines()
    assert "this is a bug in Goodwill" in line and "IndexError" in line
    [log] = (tmp_path / "data").rglob("goodwill-errors.log")
    assert str(log) in line
    assert "Traceback" in log.read_text() and "[][1]" in log.read_text()


def test_with_debug_the_trace_is_shown_too(tmp_path, monkeypatch):
    import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    err = io.StringIO()
    try:
        {}["x"]
    except KeyError as exc:
        with redirect_stderr(err):
            main._report_bug(exc, debug=True)
    assert "Traceback" in err.getvalue()


def test_an_unknown_reference_is_a_one_line_message_not_a_bug(tmp_path):
    import main

    db = tmp_path / "shop.db"
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        main.main(["--db", str(db), "demo"])
    err = io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main.main(["--db", str(db), "show", "GW-1999-99999"])
    assert code == 1
    [line] = err.getvalue().splitlines()
    assert line.startswith("goodwill: ") and "GW-1999-99999" in line and "bug" not in line
