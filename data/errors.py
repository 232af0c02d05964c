"""Everything Goodwill may tell the owner went wrong: one base class, subclasses by meaning.

The command line turns a GoodwillError into one line and an exit code (its `exit_code`);
the window shows it as a message. Any other exception is a bug, shown as one with its
trace logged. Each class also derives from the built-in exception older callers catch
(LookupError, ValueError, RuntimeError), so `except ValueError` around a validation still
holds.
"""
from __future__ import annotations

from pathlib import Path


class Message(str):
    """An English sentence that keeps its template and values, so the window can say it in
    the owner's language (ui/i18n.data_text translates the template through its catalogue)
    while the command line and the logs print it as it is. data/ never words for a language."""

    template: str
    values: dict

    def __new__(cls, template: str, **values):
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template, text.values = template, values
        return text


def message_of(exc: BaseException) -> str:
    """The exception's message: the Message it was raised with, or its text."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)


class GoodwillError(Exception):
    """A problem the owner can act on; the message says what is wrong and where."""

    exit_code = 1  # the command line's exit status; a rule with its own code overrides it


class NotFound(GoodwillError, LookupError):
    """No case, customer, letter, attachment or backup by that name."""


class Invalid(GoodwillError, ValueError):
    """The input does not fit: a field's value, a file's content, an option."""


class Refused(GoodwillError):
    """A rule says no: the closing gate, an authority limit, a restore that would lose data."""


class Conflict(GoodwillError, RuntimeError):
    """The record was changed elsewhere after it was read; nothing was saved. `theirs` is
    the record as it is now, `mine` the values that were to be saved, `fields` the fields
    both changed; the caller lets the owner choose."""

    def __init__(self, theirs, mine: dict, fields: list[str]):
        self.theirs, self.mine, self.fields = theirs, mine, fields
        super().__init__(f"{theirs.ref} was changed elsewhere since it was opened "
                         f"({', '.join(fields) or 'no overlapping fields'}); nothing was saved.")


class DatabaseProblem(GoodwillError):
    """A database file that cannot be opened; `kind` tells the window which help to offer."""

    kind = "problem"

    def __init__(self, path: Path | str, message: str):
        self.path = Path(path)
        super().__init__(message)


class ServerProblem(GoodwillError, RuntimeError):
    """The PostgreSQL server cannot be reached or refused us; the message says what to do."""


class WriteFailed(GoodwillError, RuntimeError):
    """A write could not be saved (disk full, read-only file, locked, server gone); nothing
    was changed."""
