"""Goodwill: with no arguments, the desk window; with a subcommand, the command line."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ui.cli import staff

# Exit codes (documented in --help): 0 done; 1 the command could not do it (the message
# says why); 2 the command line itself is wrong; 3 a rule refused (the closing gate);
# 70 a bug in Goodwill (its trace is in the log file named).
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_GATE, EXIT_BUG = 0, 1, 2, 3, 70


class CliError(Exception):
    """A message for the user; `lines` are printed to stderr, one per line."""

    def __init__(self, *lines: str, code: int = EXIT_ERROR):
        self.lines = lines
        self.code = code
        super().__init__(lines[0] if lines else "")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="goodwill", description="Goodwill, a customer-care desk. With no command, opens "
        "the window.")
    p.add_argument("--db", metavar="PATH", help="database file (default: the per-user data "
                   "folder)")
    p.add_argument("--smoke", action="store_true", help="open the window, print the first "
                   "paint time and exit")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    p.add_argument("--debug", action="store_true", help="on a bug, print its full trace too")
    p.add_argument("--as", dest="acting", default=None, metavar="NAME",
                   help="the person acting; needed for a write once there are staff records")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    staff.register(sub)

    s = sub.add_parser("import", help="add cases from a CSV, Excel or LibreOffice file (all "
                       "rows or none)")
    s.add_argument("file", metavar="FILE.csv|.xlsx|.xls|.ods")
    s.add_argument("--sheet", default=None, metavar="NAME", help="the workbook's sheet to read "
                   "(default: the first)")
    s.add_argument("--map", dest="mapping", default="", metavar="HEADER=column,...",
                   help="read other tools' columns: \"Created=occurred_at,Requester="
                   "customer_name\"; HEADER= leaves a column out")
    s.add_argument("--check", action="store_true", help="read and check the whole file, "
                   "report what would be imported, write nothing")
    s = sub.add_parser("export", help="write every case to a CSV file or an Excel workbook")
    s.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx")

    s = sub.add_parser("list", help="list cases, newest first")
    s.add_argument("--search", default="", metavar="TEXT")
    s.add_argument("--kind", default="")
    s.add_argument("--status", default="")
    s.add_argument("--from", dest="date_from", default="", metavar="DATE")
    s.add_argument("--to", dest="date_to", default="", metavar="DATE")
    s.add_argument("--limit", type=int, default=None, metavar="N")
    s.add_argument("--json", action="store_true")
    staff.add_list_filters(s)

    s = sub.add_parser("show", help="one case with its customer and history")
    s.add_argument("ref", metavar="REF")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("profile", help="show (as JSON) or set the business profile")
    for flag, dest in (("--name", "name"), ("--address", "address"), ("--phone", "phone"),
                       ("--email", "email"), ("--owner", "owner"), ("--title", "title"),
                       ("--currency", "currency"), ("--paper", "paper"),
                       ("--ack-hours", "ack_hours"), ("--resolve-days", "resolve_days"),
                       ("--refund-limit", "refund_limit"), ("--locale", "locale")):
        s.add_argument(flag, dest=dest, default=None)

    sub.add_parser("demo", help="fill an empty database with six months of café demo data")

    s = sub.add_parser("checklist", help="resolution checklists on a case")
    csub = s.add_subparsers(dest="checklist_command", metavar="ACTION", required=True)
    csub.add_parser("list", help="the checklists and when to use each")
    c = csub.add_parser("start", help="start a checklist on a case")
    c.add_argument("ref", metavar="REF")
    c.add_argument("name", metavar="NAME")
    for action in ("tick", "untick"):
        c = csub.add_parser(action, help=f"{action} a step (numbered as `show` lists them)")
        c.add_argument("ref", metavar="REF")
        c.add_argument("step", type=int, metavar="STEP_NUMBER")
        c.add_argument("--by", default=None, metavar="NAME")
        c.add_argument("--note", default=None, metavar="TEXT")
    s = sub.add_parser("close", help="close a case (refused, exit 3, while required steps "
                       "are open, unless a reason is given)")
    s.add_argument("ref", metavar="REF")
    s.add_argument("--reason", default=None, metavar="TEXT")

    s = sub.add_parser("letter", help="render a letter for a case to PDF")
    s.add_argument("ref", metavar="REF")
    s.add_argument("--kind", required=True,
                   choices=["apology", "thank-you", "follow-up", "acknowledgement"])
    s.add_argument("--out", default=None, metavar="FILE.pdf")
    s.add_argument("--eml", default=None, metavar="FILE.eml",
                   help="also (or instead) write an unsent e-mail draft carrying the PDF")
    s.add_argument("--paper", choices=["a4", "letter"], default=None)
    s.add_argument("--language", default=None, metavar="xx",
                   help="write the letter in this language (en, de, fr, es, it, nl, pt), fresh "
                   "from its template; default: the customer's language, else the business's")
    s.add_argument("--check", action="store_true", help="print the letter check's warnings "
                   "on stderr")
    s.add_argument("--description", default=None, metavar="TEXT",
                   help="first record what happened, written for the customer (the only account "
                   "of the case a letter quotes; the case's summary and details are the desk's "
                   "own notes and never printed)")
    s.add_argument("--finding", default=None, choices=["open", "ours", "not-ours"],
                   help="first record what was found about the cause: open (under "
                   "investigation), ours (our fault), not-ours. An apology admits fault only "
                   "for ours, and never for health, safety or damage; unrecorded counts as open "
                   "there and as ours elsewhere. Both are kept with the case and shape a draft "
                   "made fresh from the template, not one you edited")

    s = sub.add_parser("attach", help="keep a file (photo, receipt, PDF) with a case")
    s.add_argument("ref", metavar="REF")
    s.add_argument("file", metavar="FILE")

    s = sub.add_parser("followups", help="open checklist follow-ups, soonest first")
    s.add_argument("--ics", default=None, metavar="FILE",
                   help="write them as an iCalendar file instead")

    s = sub.add_parser("customer", help="customers: list them, merge two records")
    csub = s.add_subparsers(dest="customer_command", metavar="ACTION", required=True)
    c = csub.add_parser("list", help="customers with their ids")
    c.add_argument("--search", default="", metavar="TEXT")
    c = csub.add_parser("merge", help="move every case of B to A and remove B")
    c.add_argument("keep", metavar="A", help="the customer who stays (id, or #id)")
    c.add_argument("other", metavar="B", help="the customer merged into A (id, or #id)")
    c.add_argument("--take", default="", metavar="FIELDS",
                   help="comma-separated fields to take from B (name,email,phone,address,"
                   "notes,flag); by default A's values stay and A's blanks are filled from B")

    s = sub.add_parser("report", help="the monthly service report as JSON and/or PDF")
    s.add_argument("--month", required=True, metavar="YYYY-MM")
    s.add_argument("--json", dest="json_out", default=None, metavar="FILE")
    s.add_argument("--out", default=None, metavar="FILE.pdf")

    s = sub.add_parser("backup", help="make a verified backup now")
    s.add_argument("--out", default=None, metavar="FILE")
    s = sub.add_parser("restore", help="replace the database with a backup (the current file "
                       "is backed up first)")
    s.add_argument("file", metavar="FILE")
    s = sub.add_parser("copy-to", help="copy the whole log (cases, customers, history, "
                       "checklists, letters, profile, templates) into an empty PostgreSQL "
                       "database, verified; the source is not changed")
    s.add_argument("url", metavar="postgresql://USER@HOST/DBNAME")
    s = sub.add_parser("check", help="integrity and foreign-key check; non-zero exit on a "
                       "problem")
    s.add_argument("--full", action="store_true", help="also the slow checks: indexes against "
                   "their tables, CHECK constraints, the search index against every case")
    return p


# ---- handlers ----------------------------------------------------------------------------

def cmd_import(store, args) -> int:
    from data.csvio import check_file, import_file, parse_map

    try:
        mapping = parse_map(args.mapping)
    except ValueError as exc:
        raise CliError(str(exc), code=EXIT_USAGE) from None
    if args.check:
        result = check_file(store, Path(args.file), mapping=mapping, sheet=args.sheet)
        print(f"{args.file} is fine: importing it would add {result.cases} cases and "
              f"{result.new_customers} new customers. Nothing was written.")
        return EXIT_OK
    result = import_file(store, Path(args.file), mapping=mapping, sheet=args.sheet)
    print(f"Imported {result.cases} cases and {result.new_customers} new customers "
          f"from {args.file}.")
    return EXIT_OK


def cmd_export(store, args) -> int:
    from data.csvio import export_file

    count = export_file(store, Path(args.out))
    print(f"Exported {count} cases to {args.out}.")
    return EXIT_OK


def cmd_list(store, args) -> int:
    from data.csvio import case_fields
    from data.model import CaseFilter, KINDS, STATUSES, enum_value

    try:
        flt = CaseFilter(
            search=args.search,
            kind=enum_value(args.kind, KINDS, "kind") if args.kind else "",
            status=enum_value(args.status, STATUSES, "status") if args.status else "",
            date_from=_date_arg(args.date_from, "--from"), date_to=_date_arg(args.date_to, "--to"),
            **staff.list_filters(store, args))
    except ValueError as exc:
        raise CliError(str(exc), code=EXIT_USAGE) from None
    if args.limit is not None and args.limit < 0:
        raise CliError("--limit must be 0 or more", code=EXIT_USAGE)
    ids = store.case_ids(flt, limit=args.limit)
    if args.json:
        json.dump([case_fields(store.case_by_id(i)) for i in ids], sys.stdout,
                  ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for start in range(0, len(ids), 500):
        for row in store.case_rows(ids[start:start + 500]):
            when = row.occurred_at[:16].replace("T", " ")
            print(f"{row.ref}  {when}  {row.kind:<10}  {row.status:<11}  "
                  f"{row.customer_name}  -  {row.summary}")
    return EXIT_OK


def _date_arg(text: str, flag: str) -> str:
    from data.model import parse_when

    if not text:
        return ""
    try:
        parse_when(text)
    except ValueError as exc:
        raise ValueError(f"{flag}: {exc}") from None
    return text


def case_json(store, case) -> dict:
    """`show --json`: the CSV columns, the history, and what later parts attach to a case."""
    from data.csvio import case_fields

    out = case_fields(case)
    out["history"] = [h.as_json() for h in store.history(case.id)]
    out["letters"] = [letter.as_json() for letter in store.letters(case.ref)]
    out["close_reason"] = case.close_reason
    out["checklists"] = store.checklists_json(case.id)
    out["attachments"] = [a.as_json() for a in store.attachments(case.id)]
    out.update(store.authority_json(case))
    return out


def cmd_show(store, args) -> int:
    case = store.case(args.ref)
    data = case_json(store, case)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for key, value in data.items():
        if isinstance(value, list):
            continue
        if isinstance(value, str) and "\n" in value:
            value = value.replace("\n", "\n    ")
        print(f"{key}: {'' if value is None else value}")
    _print_checklists(store.case_checklists(case.id))
    if data["attachments"]:
        from data.attachments import size_text

        print("files:")
        for a in data["attachments"]:
            print(f"  {a['name']}  {size_text(a['size'])}  added {a['added_at']}  "
                  f"sha256 {a['sha256']}")
    print("history:")
    for h in data["history"]:
        print(f"  {h['at']}  {h['field']}: {h['old'] if h['old'] is not None else ''} -> "
              f"{h['new'] if h['new'] is not None else ''}")
    return EXIT_OK


PROFILE_KEYS = ("name", "address", "phone", "email", "owner", "title", "currency", "paper",
                "ack_hours", "resolve_days", "locale", "refund_limit")


def cmd_profile(store, args) -> int:
    changes = {k: getattr(args, k) for k in PROFILE_KEYS if getattr(args, k) is not None}
    profile = store.update_profile(**changes) if changes else store.profile()
    json.dump(profile.as_json(), sys.stdout, ensure_ascii=False, indent=2)
    print()
    return EXIT_OK


def cmd_demo(store, args) -> int:
    from data.demo import load_demo

    count = load_demo(store)
    print(f"Added {count} demo cases to {store.path}.")
    return EXIT_OK


def _not_yet(name: str) -> int:
    raise CliError(f"'{name}' is not available in this version yet")


def cmd_checklist(store, args) -> int:
    action = args.checklist_command
    if action == "list":
        for template in store.checklist_templates():
            print(template.name + ("" if template.builtin else "  (your own)"))
            print(f"    {template.when_to_use}")
        return EXIT_OK
    if action == "start":
        checklist = store.start_checklist(args.ref, args.name)
        print(f"Started '{checklist.name}' on {store.case(args.ref).ref}.")
        _print_checklists(store.case_checklists(store.case(args.ref).id))
        return EXIT_OK
    change = store.tick_step if action == "tick" else store.untick_step
    step = change(args.ref, args.step, by=args.by or "", note=args.note)
    print(_step_line(step))
    open_required = len(store.missing_required_steps(store.case(args.ref).id))
    print(f"{open_required} required step(s) still to do." if open_required
          else "All required steps are done.")
    return EXIT_OK


def _step_line(step) -> str:
    line = f"{step.number:>3}. [{'x' if step.done else ' '}] {step.text}"
    if step.required:
        line += "  (required)"
    if step.done:
        line += f"  - done by {step.done_by or '?'} at {step.done_at}"
    if step.follow_up_at and not step.done:
        line += f"  - follow up by {step.follow_up_at}"
    if step.note:
        line += f"  - note: {step.note}"
    return line


def _print_checklists(checklists) -> None:
    """Steps numbered 1..N across the case's checklists, the numbers `checklist tick` takes."""
    for checklist in checklists:
        print(f"checklist: {checklist.name} ({checklist.done_count} of "
              f"{len(checklist.steps)} done; started {checklist.started_at} by "
              f"{checklist.started_by or '?'})")
        for step in checklist.steps:
            print(_step_line(step))


def cmd_close(store, args) -> int:
    from data.checklists import ClosingGateRefused

    case = store.case(args.ref)
    if case.status == "closed":
        print(f"{case.ref} is already closed.")
        return EXIT_OK
    changes = {"status": "closed"}
    if args.reason is not None:
        if not args.reason.strip():
            raise CliError("--reason needs some text: why is the case closed anyway?",
                           code=EXIT_USAGE)
        changes["close_reason"] = args.reason
    try:
        case = store.update_case(case.ref, changes)
    except ClosingGateRefused:
        missing = store.missing_required_steps(case.id)
        raise CliError(f"{case.ref} cannot be closed: {len(missing)} required step(s) not done:",
                       *(f"  step {s.number}: {s.text}" for s in missing),
                       "tick them with `checklist tick`, or close anyway with --reason TEXT",
                       code=EXIT_GATE) from None
    print(f"Closed {case.ref}." + (f" Reason: {case.close_reason}" if case.close_reason else ""))
    return EXIT_OK


def cmd_letter(store, args) -> int:
    from data.files import write_bytes_atomically
    from reports.letter import render_case_letter
    from reports.letter_check import check_letter
    from data.l10n import DOCUMENT_LANGUAGES, language_of
    from data.letters import check_context, check_sender, letter_language

    if not args.out and not args.eml:
        raise CliError("letter: give --out FILE.pdf, --eml FILE.eml, or both", code=EXIT_USAGE)
    if args.language is not None and language_of(args.language) != args.language.split("_")[0].lower():
        raise CliError(f"letter: --language '{args.language}' is not one of "
                       f"{', '.join(DOCUMENT_LANGUAGES)}", code=EXIT_USAGE)
    profile = store.profile()
    check_sender(profile)
    case = store.case(args.ref)
    store.check_letter_allowed(case.ref, args.kind)
    changes = {k: v for k, v in (("customer_description", args.description),
                                 ("cause_finding", args.finding)) if v is not None}
    if changes:
        case = store.update_case(case.ref, changes, by="command line")
    language = letter_language(case, profile, args.language)
    draft = store.letter_draft(case.ref, args.kind, args.language and language)
    letter = render_case_letter(case, profile, args.kind, draft.text, logo=store.logo(),
                                paper=args.paper, language=language)
    source = "your edited draft" if draft.edited else "the template"
    pages = f"{letter.pages} page{'s' if letter.pages != 1 else ''}"
    if args.out:
        out = Path(args.out)
        write_bytes_atomically(out, letter.pdf)
        store.archive_letter(case.ref, args.kind, letter.pdf, pages=letter.pages,
                             paper=letter.paper, action="saved", by="command line")
        print(f"Wrote the {args.kind} letter for {case.ref} to {out} ({pages}, "
              f"{len(letter.pdf):,} bytes, from {source}).")
    if args.eml:
        eml = store.email_letter(case.ref, args.kind, draft.text, letter.pdf,
                                 pages=letter.pages, paper=letter.paper, by="command line")
        write_bytes_atomically(Path(args.eml), eml)
        if not case.customer.email or case.customer.erased:
            print(f"goodwill: warning: {case.customer.name} has no e-mail address: the draft "
                  "has no recipient; add it in the mail program", file=sys.stderr)
        print(f"Wrote an e-mail draft of the {args.kind} letter for {case.ref} to {args.eml} "
              f"({pages} PDF attached, from {source}).")
    if args.check:
        for warning in check_letter(args.kind, draft.text, case, pages=letter.pages,
                                    language=language,
                                    **check_context(case, store.profile())):
            print(f"goodwill: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def cmd_attach(store, args) -> int:
    from data.attachments import size_text

    path = Path(args.file)
    if not path.exists():
        raise CliError(f"{args.file}: no such file")
    attachment = store.add_attachment_file(args.ref, path, by="command line")
    print(f"Attached {attachment.name} ({size_text(attachment.size)}, sha256 "
          f"{attachment.sha256[:12]}…) to {store.case(args.ref).ref}.")
    return EXIT_OK


def cmd_followups(store, args) -> int:
    from data.model import now

    follow_ups = store.open_follow_ups()
    if args.ics:
        from data.files import write_bytes_atomically
        from data.reminders import follow_ups_ics

        write_bytes_atomically(Path(args.ics),
                               follow_ups_ics(follow_ups, store.profile().name, now()))
        print(f"Wrote {len(follow_ups)} open follow-up(s) to {args.ics}.")
        return EXIT_OK
    for r in follow_ups:
        print(f"{r.due_at[:16].replace('T', ' ')}  {r.ref}  {r.step_text}  ({r.customer_name})")
    return EXIT_OK


def _customer_arg(store, text: str, name: str):
    from data.store import NotFound

    raw = text.strip().lstrip("#")
    if not raw.isdigit():
        raise CliError(f"customer {name}: '{text}' is not a customer id (see `customer list`)",
                       code=EXIT_USAGE)
    try:
        return store.customer(int(raw))
    except NotFound:
        raise CliError(f"customer {name}: no customer with id {raw}") from None


def cmd_customer(store, args) -> int:
    from data.merge import MERGE_FIELDS

    if args.customer_command == "list":
        for c in store.find_customers(args.search, limit=1000):
            print(f"#{c.id}  {c.name}  {c.email}  {c.phone}".rstrip())
        return EXIT_OK
    keep, other = _customer_arg(store, args.keep, "A"), _customer_arg(store, args.other, "B")
    take = [f.strip().lower() for f in args.take.split(",") if f.strip()]
    wrong = [f for f in take if f not in MERGE_FIELDS]
    if wrong:
        raise CliError(f"--take: unknown field(s) {', '.join(wrong)} (known: "
                       f"{', '.join(MERGE_FIELDS)})", code=EXIT_USAGE)
    from data.merge import suggested_values

    values = suggested_values(keep, other)
    values.update({f: getattr(other, f) for f in take})
    moved = store.merge_customers(keep.id, other.id, values, by="command line")
    kept = store.customer(keep.id)
    print(f"Merged #{other.id} {other.name} into #{kept.id} {kept.name}: {moved} case(s) moved.")
    return EXIT_OK


def cmd_report(store, args) -> int:
    from data.files import write_bytes_atomically
    from data.metrics import month_metrics, parse_month

    if not args.json_out and not args.out:
        raise CliError("report: give --json FILE, --out FILE.pdf, or both", code=EXIT_USAGE)
    try:
        month = parse_month(args.month)
    except ValueError as exc:
        raise CliError(str(exc), code=EXIT_USAGE) from None
    metrics = month_metrics(store, month)
    # With the JSON on stdout (`--json -`), progress lines go to stderr to keep it parseable.
    say = sys.stderr if args.json_out == "-" else sys.stdout
    if args.json_out:
        text = json.dumps(metrics.as_json(), ensure_ascii=False, indent=2) + "\n"
        if args.json_out == "-":
            sys.stdout.write(text)
        else:
            write_bytes_atomically(Path(args.json_out), text.encode("utf-8"))
            print(f"Wrote the {month.title} figures to {args.json_out}.", file=say)
    if args.out:
        from reports.monthly import MonthlyReport

        report = MonthlyReport(metrics, store.profile(), store.logo())
        write_bytes_atomically(Path(args.out), report.render())
        print(f"Wrote the {month.title} report ({report.page_count} pages) to {args.out}.",
              file=say)
    return EXIT_OK


def cmd_backup(store, args) -> int:
    path = store.backup(Path(args.out) if args.out else None)
    print(f"Backed up to {path} ({path.stat().st_size:,} bytes, {store.case_count()} cases, "
          "verified).")
    return EXIT_OK


def cmd_copy_to(store, args) -> int:
    from data.pg import is_url, redact

    if not is_url(args.url):
        raise CliError(f"copy-to needs a postgresql:// URL, not {args.url!r}", code=EXIT_USAGE)
    counts = store.copy_to(args.url.strip())
    print(f"Copied {counts['cases']} cases, {counts['customers']} customers, "
          f"{counts['case_history']} history lines, {counts['case_checklists']} checklists, "
          f"{counts['letters']} archived letters and {counts['attachments']} attachments to "
          f"{redact(args.url.strip())}; every table was read back and matches.")
    return EXIT_OK


def cmd_restore(db_path: Path, args) -> int:
    """Works on the file itself, so it can replace a database that no longer opens."""
    from data.backup import RestoreRefused, restore_file
    from ui.single_instance import SingleInstance

    if isinstance(db_path, str):
        raise CliError("restore replaces a database file; a shared PostgreSQL log is not "
                       "replaced from here. Open the backup with --db FILE, or put it on a "
                       "new empty database with: --db FILE copy-to postgresql://…")

    lock = SingleInstance(db_path)
    if not lock.acquire():
        raise CliError(f"Goodwill is open on {db_path}; close it before restoring.")
    try:
        kept = restore_file(db_path, Path(args.file))
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
        report, problems = store.check_shared()
    for line in report:
        print(line)
    for line in problems:
        print(f"goodwill: {line}", file=sys.stderr)
    return EXIT_ERROR if problems else EXIT_OK


# ---- running -----------------------------------------------------------------------------

def _db_path(args) -> Path | str:
    """The database file, or a postgresql:// URL (kept as text) for the shared log. An
    address given without its password takes the one the window keeps in the keyring."""
    if args.db:
        if args.db.strip().lower().startswith(("postgresql://", "postgres://")):
            from data.passwords import recall

            return recall(args.db)
        return Path(args.db).expanduser()
    from data.paths import default_db_path

    return default_db_path()


# Commands that must work on a database that cannot be opened: they get its path, not a Store.
NO_STORE = {"restore", "check"}
# Commands that may start a new database file; the others refuse a --db path where there is
# none (a typo must not quietly open a new, empty log). The default location may be created.
CREATES = {"demo", "import", "restore", "check"}


def run_cli(args) -> int:
    from data.backup import with_backup_offered
    from data.db import damage_behind
    from data.errors import DatabaseProblem, GoodwillError, ServerProblem
    from data.model import ImportFailed, ValidationError
    from data.store import Store

    handler = getattr(args, "handler", None) or globals()[f"cmd_{args.command.replace('-', '_')}"]
    where = _db_path(args)
    if isinstance(where, Path):
        from data.paths import shared_folder_warning

        setting_up = args.command == "profile" and any(
            getattr(args, key) is not None for key in PROFILE_KEYS)
        if args.db and not where.exists() and args.command not in CREATES and not setting_up:
            raise CliError(f"{where} does not exist: there is no Goodwill database there. "
                           "Check the --db path (`import` and `demo` start a new database).")
        warning = shared_folder_warning(where)
        if warning:
            print(f"goodwill: warning: {warning}", file=sys.stderr)
    if args.command in NO_STORE:
        try:
            return handler(_db_path(args), args)
        except ServerProblem as exc:
            raise CliError(str(exc)) from None
    try:
        store = Store(_db_path(args))
    except DatabaseProblem as exc:
        raise CliError(with_backup_offered(exc)) from None
    except ServerProblem as exc:
        raise CliError(str(exc)) from None
    try:
        if args.command in staff.WRITES and not (args.command == "import" and args.check):
            staff.require_acting(store, args)
        code = handler(store, args)
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


def _parse(parser, argv: list[str] | None):
    """parse_args, except that `--search=--` gives the text "--": Python 3.11's argparse
    drops a "--" even when it is an option's own value and hands back an empty list."""
    argv = list(sys.argv[1:] if argv is None else argv)
    marked = [a[:-2] + _DASHES if a.startswith("--") and a.endswith("=--") else a
              for a in map(str, argv)]
    args = parser.parse_args(marked)
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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = _parse(parser, argv)
    if args.version:
        from data.paths import APP_NAME, APP_VERSION

        print(f"{APP_NAME} {APP_VERSION}")
        return EXIT_OK
    try:
        if args.command is None:
            from ui.app import run_gui

            # Without --db the window opens the shared log chosen in its settings, if any.
            return run_gui(_db_path(args), smoke=args.smoke, chosen=bool(args.db))
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
        return _report_bug(exc, debug=args.debug)


def _report_bug(exc: Exception, *, debug: bool) -> int:
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


if __name__ == "__main__":
    code = main()
    if "PySide6.QtWidgets" in sys.modules:
        # The window has closed: its settings are synced, the database closed and its lock
        # released. Tearing the interpreter down would only free thousands of Qt wrappers
        # one by one (adding to the owner's wait, and PySide 6.12 can abort doing it;
        # see bench/run.py), so the process ends here.
        import os

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)
