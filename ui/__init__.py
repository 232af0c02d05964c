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
