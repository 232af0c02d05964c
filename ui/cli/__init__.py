"""The command line, the owner's second door beside the window: parse, run one command over
the Store, turn what went wrong into a one-line message and an exit code. No Qt.

Each module that command_modules() returns has `register(sub)`, which adds its subcommands
and gives each `set_defaults(handler=func)`: `func(store, args) -> int`. A command that must
work on a database that cannot be opened (restore, check) sets `on_path=True` and is given
the database's path (or shared-log URL) instead of a Store. A command that may start a new
database file sets `creates=True` (or a function of its arguments).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ui.cli.common import EXIT_BUG, EXIT_ERROR, EXIT_OK, CliError, acting

EXIT_CODES = """exit codes:
  0   done
  1   could not do it (the message says why)
  2   the command line is wrong (an unknown option, a missing argument, a bad value)
  3   a rule refused (the closing gate: required checklist steps are not done)
  4   the acting person may not decide this (an approval above their limit)
  70  a bug in Goodwill (its trace is in goodwill-errors.log in the data folder)

example:
  goodwill --db cafe.db list --overdue --sort severity
  goodwill COMMAND --help   (every command's options, with an example)"""


def command_modules() -> tuple:
    """The modules that register the commands, in --help's order. Imported here, not at the
    top: the window (no command) does not wait for them and the data and action modules
    only their commands use."""
    from ui.cli import cases, customers, files, letters, staff, trash, workflow

    return (cases, workflow, customers, letters, files, trash, staff)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="goodwill", description="Goodwill, a customer-care desk. With no command, opens "
        "the window.", epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    _global_options(p)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(sub)
    return p


class _Undecided(Exception):
    """The window's options alone cannot read the line: the full parser will."""


class _WindowOptions(argparse.ArgumentParser):
    def error(self, message):
        raise _Undecided(message)


def window_options(argv: list[str] | None):
    """The options when the line names no command and asks for no help (the window opens,
    or --version), read without loading the command modules; None when it does name one,
    or has a mistake: then build_parser() reads it and explains the mistake as always."""
    p = _WindowOptions(prog="goodwill", add_help=False)
    _global_options(p)
    p.set_defaults(command=None)
    try:
        args, rest = p.parse_known_args(_marked(argv))
    except _Undecided:
        return None
    return None if rest else _unmarked(args)


def _global_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", help="database file (default: the per-user data "
                   "folder)")
    p.add_argument("--smoke", action="store_true", help="open the window, print the first "
                   "paint time and exit")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    p.add_argument("--debug", action="store_true", help="on a bug, print its full trace too")
    p.add_argument("--as", dest="acting", default=None, metavar="NAME",
                   help="the person acting; needed for a write once there are staff records")
    p.set_defaults(handler=None, on_path=False, creates=False)


def db_path(args) -> Path | str:
    """The database file, or a postgresql:// URL (kept as text) for the shared log. An
    address given without its password takes the one the window keeps in the keyring."""
    if args.db:
        if args.db.strip().lower().startswith(("postgresql://", "postgres://")):
            from data.passwords import recall

            return recall(args.db)
        return Path(args.db).expanduser()
    from data.paths import default_db_path

    return default_db_path()


def run_cli(args) -> int:
    from data.backup import with_backup_offered
    from data.db import damage_behind
    from data.errors import DatabaseProblem, GoodwillError, ServerProblem
    from data.model import ImportFailed, ValidationError
    from data.store import Store
    from ui.cli import staff  # as in command_modules(): only a command needs it

    where = db_path(args)
    if isinstance(where, Path):
        from data.paths import shared_folder_warning

        creates = args.creates(args) if callable(args.creates) else args.creates
        if args.db and not where.exists() and not creates:
            raise CliError(f"{where} does not exist: there is no Goodwill database there. "
                           "Check the --db path (`import` and `demo` start a new database).")
        warning = shared_folder_warning(where)
        if warning:
            print(f"goodwill: warning: {warning}", file=sys.stderr)
    if args.on_path:
        try:
            return args.handler(db_path(args), args)
        except ServerProblem as exc:
            raise CliError(str(exc)) from None
    try:
        store = Store(db_path(args))
    except DatabaseProblem as exc:
        raise CliError(with_backup_offered(exc)) from None
    except ServerProblem as exc:
        raise CliError(str(exc)) from None
    try:
        # With staff records, who acts before a write must be named; history shows them.
        args.actor = acting(store, args, write=args.command in staff.WRITES
                            and not getattr(args, "check", False))
        code = args.handler(store, args)
        _daily_backup(store)
        return code
    except ImportFailed as exc:
        raise CliError(str(exc), *exc.lines()) from None
    except ValidationError as exc:
        raise CliError(*(f"{field}: {msg}" for field, msg in exc.problems.items())) from None
    except DatabaseProblem as exc:
        raise CliError(with_backup_offered(exc)) from None
    except GoodwillError as exc:
        raise CliError(str(exc), code=exc.exit_code) from None
    except Exception as exc:
        if store.shared and type(exc).__module__.startswith("psycopg"):
            from data.pg import explain

            raise CliError(explain(exc, store.url)) from None
        problem = None if store.shared else damage_behind(store.path, exc)
        if problem is not None:
            raise CliError(with_backup_offered(problem)) from None
        raise
    finally:
        store.close()


_DASHES = "\x00--"  # stands for an option's value "--" while argparse reads the line


def parse(parser, argv: list[str] | None):
    """parse_args, except that `--search=--` gives the text "--": Python 3.11's argparse
    drops a "--" even when it is an option's own value and hands back an empty list."""
    return _unmarked(parser.parse_args(_marked(argv)))


def _marked(argv: list[str] | None) -> list[str]:
    argv = list(sys.argv[1:] if argv is None else argv)
    return [a[:-2] + _DASHES if a.startswith("--") and a.endswith("=--") else a
            for a in map(str, argv)]


def _unmarked(args):
    for name, value in vars(args).items():
        if value == _DASHES:
            setattr(args, name, "--")
    return args


def _daily_backup(store) -> None:
    """A command that wrote to a database file makes the day's backup, as the window does
    when it opens (data.backup.backup_if_due: one rule for both)."""
    from data.backup import backup_if_due

    if store.shared or not store.changes:
        return
    try:
        backup_if_due(store)
    except Exception as exc:  # the command's own change is saved; say why there is no backup
        print(f"goodwill: warning: the daily backup was not made: {exc}", file=sys.stderr)


def main(argv: list[str] | None = None, *, window=None) -> int:
    """Run the command line; with no command, `window(where, smoke=, chosen=)` opens the
    window (main.py passes it, so this package never imports Qt itself)."""
    args = window_options(argv) if window is not None else None
    if args is None:
        parser = build_parser()
        args = parse(parser, argv)
    if args.version:
        from data.paths import APP_NAME, APP_VERSION

        print(f"{APP_NAME} {APP_VERSION}")
        return EXIT_OK
    try:
        if args.command is None:
            if window is None:
                parser.print_help()
                return EXIT_OK
            # Without --db the window opens the shared log chosen in its settings, if any.
            return window(db_path(args), smoke=args.smoke, chosen=bool(args.db))
        return run_cli(args)
    except CliError as exc:
        for line in exc.lines:
            print(f"goodwill: {line}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:  # `goodwill list | head`: the reader left; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"goodwill: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        return report_bug(exc, debug=args.debug)


def report_bug(exc: Exception, *, debug: bool) -> int:
    """Anything that is not a GoodwillError is a bug: one short line for the owner, the
    whole trace in a log file in the data folder (and on screen with --debug)."""
    import traceback
    from datetime import datetime

    from data.paths import APP_VERSION, default_db_path

    trace = "".join(traceback.format_exception(exc))
    log = default_db_path().parent / "goodwill-errors.log"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} Goodwill "
                     f"{APP_VERSION}: {' '.join(sys.argv[1:])}\n{trace}\n")
        where = f"the details are in {log}"
    except OSError:
        where = "the details could not be written to a log file"
        debug = True
    print(f"goodwill: this is a bug in Goodwill, not something you did "
          f"({type(exc).__name__}: {exc}); {where}.", file=sys.stderr)
    if debug:
        print(trace, file=sys.stderr, end="")
    return EXIT_BUG
