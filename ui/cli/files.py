"""The log as files on the command line: import, export, backup, restore, copy-to, check, demo."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from data.import_reading import DATE_ORDERS
from ui.actions import files
from ui.cli.common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, CliError, add_command


def register(sub) -> None:
    s = add_command(sub, "import", cmd_import, help="add cases from a CSV, Excel or "
                    "LibreOffice file, or a CSV on stdin (all rows or none)",
                    example="goodwill import cases.xlsx --check\n  "
                    "some-tool --csv | goodwill import -")
    s.set_defaults(creates=True)
    s.add_argument("file", metavar="FILE.csv|.xlsx|.xls|.ods|-",
                   help="the file; - reads a CSV from stdin")
    s.add_argument("--sheet", default=None, metavar="NAME", help="the workbook's sheet to read "
                   "(default: the first)")
    s.add_argument("--map", dest="mapping", default="", metavar="HEADER=column,...",
                   help="read other tools' columns: \"Created=occurred_at,Requester="
                   "customer_name\"; HEADER= leaves a column out")
    s.add_argument("--check", action="store_true", help="read and check the whole file, "
                   "report what would be imported, write nothing")
    s.add_argument("--dates", choices=DATE_ORDERS, default=None,
                   help="how the file writes dates with slashes: 03/10/2026 is 3 October "
                   "(day-first, as en_GB) or 10 March (month-first, as en_US); needed when "
                   "the file itself does not show it")

    s = add_command(sub, "export", cmd_export, help="write every case to a CSV file or an "
                    "Excel workbook", example="goodwill export --out cases.csv")
    s.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx")

    s = add_command(sub, "demo", cmd_demo, help="fill an empty database with six months of "
                    "café demo data", example="goodwill --db try.db demo")
    s.set_defaults(creates=True)

    s = add_command(sub, "backup", cmd_backup, help="make a verified backup now",
                    example="goodwill backup --out /media/usb/goodwill.backup")
    s.add_argument("--out", default=None, metavar="FILE")

    s = add_command(sub, "restore", cmd_restore, help="replace the database with a backup "
                    "(the current file is backed up first)",
                    example="goodwill restore goodwill-2026-12-01.backup")
    s.set_defaults(creates=True, on_path=True)
    s.add_argument("file", metavar="FILE")

    s = add_command(sub, "copy-to", cmd_copy_to, help="copy the whole log (cases, customers, "
                    "history, checklists, letters, profile, templates) into an empty "
                    "PostgreSQL database, verified; the source is not changed",
                    example="goodwill copy-to postgresql://desk@server/goodwill")
    s.add_argument("url", metavar="postgresql://USER@HOST/DBNAME")

    s = add_command(sub, "check", cmd_check, help="integrity and foreign-key check; non-zero "
                    "exit on a problem", example="goodwill check --full")
    s.set_defaults(creates=True, on_path=True)
    s.add_argument("--full", action="store_true", help="also the slow checks: indexes against "
                   "their tables, CHECK constraints, the search index against every case")


def cmd_import(store, args) -> int:
    from data.csvio import parse_map
    from data.model import ImportFailed

    try:
        mapping = parse_map(args.mapping)
    except ValueError as exc:
        raise CliError(str(exc), code=EXIT_USAGE) from None
    if args.file != "-":
        return _import(store, Path(args.file), args.file, args, mapping)
    if args.sheet:
        raise CliError("import -: stdin is read as CSV; --sheet is for a workbook file",
                       code=EXIT_USAGE)
    # The importer reads a file (twice over, for its all-or-nothing check): stdin goes to a
    # private temporary folder first, and is gone when the import is done.
    with tempfile.TemporaryDirectory(prefix="goodwill-import-") as folder:
        path = Path(folder) / "stdin.csv"
        path.write_bytes(sys.stdin.buffer.read())
        try:
            return _import(store, path, "stdin", args, mapping)
        except ImportFailed as exc:
            raise ImportFailed("stdin", exc.problems, exc.more) from None


def _import(store, path: Path, name: str, args, mapping) -> int:
    if args.check:
        result = files.check_import(store, path, mapping=mapping, sheet=args.sheet,
                                     dates=args.dates)
        print(f"{name} is fine: importing it would add {result.cases} cases and "
              f"{result.new_customers} new customers. Nothing was written.")
        return EXIT_OK
    result = files.import_cases(store, path, mapping=mapping, sheet=args.sheet,
                                dates=args.dates)
    print(f"Imported {result.cases} cases and {result.new_customers} new customers "
          f"from {name}.")
    return EXIT_OK


def cmd_export(store, args) -> int:
    count = files.export_cases(store, Path(args.out))
    print(f"Exported {count} cases to {args.out}.")
    return EXIT_OK


def cmd_demo(store, args) -> int:
    from data.demo import load_demo

    count = load_demo(store)
    print(f"Added {count} demo cases to {store.path}.")
    return EXIT_OK


def cmd_backup(store, args) -> int:
    path = files.backup(store, Path(args.out) if args.out else None)
    print(f"Backed up to {path} ({path.stat().st_size:,} bytes, {store.case_list.total()} cases, "
          "verified).")
    return EXIT_OK


def cmd_copy_to(store, args) -> int:
    from data.pg import is_url, redact

    if not is_url(args.url):
        raise CliError(f"copy-to needs a postgresql:// URL, not {args.url!r}", code=EXIT_USAGE)
    counts = store.transfer.copy_to(args.url.strip())
    print(f"Copied {counts['cases']} cases, {counts['customers']} customers, "
          f"{counts['case_history']} history lines, {counts['case_checklists']} checklists, "
          f"{counts['letters']} archived letters and {counts['attachments']} attachments to "
          f"{redact(args.url.strip())}; every table was read back and matches.")
    return EXIT_OK


def cmd_restore(db_path: Path, args) -> int:
    """Works on the file itself, so it can replace a database that no longer opens."""
    from data.backup import RestoreRefused

    if isinstance(db_path, str):
        raise CliError("restore replaces a database file; a shared PostgreSQL log is not "
                       "replaced from here. Open the backup with --db FILE, or put it on a "
                       "new empty database with: --db FILE copy-to postgresql://…")
    # The window's own lock file (Qt's QLockFile), so an open window and a restore exclude
    # each other: the one command that loads Qt's core library (no widgets).
    from ui.single_instance import SingleInstance

    lock = SingleInstance(db_path)
    if not lock.acquire():
        raise CliError(f"Goodwill is open on {db_path}; close it before restoring.")
    try:
        kept = files.restore(db_path, Path(args.file))
    except RestoreRefused as exc:
        raise CliError(f"{args.file}: {exc}") from None
    finally:
        lock.release()
    print(f"Restored {db_path} from {args.file}.")
    if kept:
        print(f"The previous database was kept as {kept}.")
    return EXIT_OK


def cmd_check(db_path: Path, args) -> int:
    """Works on the file itself: a database that fails to open is a problem to report."""
    from data.check import check_database

    if isinstance(db_path, str):
        return _check_shared(db_path)
    problems, report = check_database(db_path, full=args.full)
    for line in report:
        print(line)
    if problems:
        raise CliError(*problems)
    return EXIT_OK


def _check_shared(url: str) -> int:
    """`check` on a shared log: the server answers, the schema is ours, the records hang
    together (the server keeps its own files sound)."""
    from data.store import Store

    with Store(url, readonly=True) as store:
        report, problems = store.transfer.check_shared()
    for line in report:
        print(line)
    for line in problems:
        print(f"goodwill: {line}", file=sys.stderr)
    return EXIT_ERROR if problems else EXIT_OK
