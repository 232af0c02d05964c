"""Goodwill's PySide6 window: thin views over data.store.Store. No SQL, no PDF drawing."""
import sys

# PySide6 6.12 (abi3 wheels) on CPython 3.11 drops one reference to None on every call of a
# Qt method returning void (setText, addItem, ...): after a few thousand calls Python
# aborts with "none_dealloc: deallocating None". CPython 3.12+ makes None immortal, which
# hides it; on older CPython we give None the same effectively endless reference count.
if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
