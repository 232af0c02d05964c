"""Goodwill's data layer: the database, its rules and its files. Never imports Qt or reports."""
