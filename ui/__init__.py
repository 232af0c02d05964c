"""Goodwill's PySide6 window: thin views over data.store.Store. No SQL, no PDF drawing."""
