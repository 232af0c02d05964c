"""Goodwill's PySide6 window: thin views over data.store.Store. No SQL, no PDF drawing."""
import sys

# PySide6 6.12 (abi3 wheels) on CPython 3.11 drops references it does not own: one to None
# on every call of a Qt method returning void (setText, addItem, ...), and one to True on
# every Signal.emit() made from Python (emit returns True without a reference of its own).
# After a few thousand calls Python aborts with "none_dealloc" / "bool_dealloc". CPython
# 3.12+ makes these objects immortal, which hides it; on older CPython we give them the
# same effectively endless reference count (tests/test_workers.py replays both).
if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
    import ctypes

    for _immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_immortal)).value += 1 << 48


def quicken_pyside_imports() -> None:
    """Load PySide6 (the package: shiboken and its import hook, no Qt module yet) and make
    its per-import check cheap. From `import PySide6` on, shiboken looks at
    every module imported afterwards for the text "PySide6" (for its `from __feature__`
    switches, PYSIDE-2029) through inspect.getsource, which keeps every source file's lines
    in linecache: about 130 modules, 4 MB held for good and 30-60 ms of start-up. The same
    question is answered here by reading the file's bytes once. Call it before the window's
    modules are imported (ui.app.run_gui); a PySide without the hook (or a bundle without
    .py sources) keeps its own check."""
    import PySide6  # noqa: F401  (here, not at the top: the command line runs without Qt)

    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "quick", False):
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return check(module)

    uses_pyside.quick = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
