"""Cases on the command line: list, show, add, update, note, attach."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ui.actions import cases
from ui.cli import staff
from ui.cli.common import (
    EXIT_OK, EXIT_USAGE, CliError, add_command, case_json, case_state_json,
    by_option, customer_by_id_or_name, date_arg, print_checklists, print_json,
)

# The orders `list --sort` takes (data.store.SORTABLE; the store refuses nothing, so the
# command line names them all here).
SORTS = ("ref", "occurred_at", "customer", "kind", "category", "status", "staff", "age",
         "severity")


def register(sub) -> None:
    s = add_command(sub, "list", cmd_list, help="list cases, newest first",
                    example="goodwill list --overdue --category Kitchen --sort severity --json")
    s.add_argument("--search", default="", metavar="TEXT")
    s.add_argument("--kind", default="")
    s.add_argument("--status", default="")
    s.add_argument("--category", default="", metavar="TEXT", help="this category only")
    s.add_argument("--staff", default="", metavar="NAME", help="this member of staff only")
    s.add_argument("--customer", default="", metavar="ID|NAME",
                   help="this customer's cases only (an id, #id or the whole name)")
    s.add_argument("--overdue", action="store_true", help="overdue cases only")
    s.add_argument("--from", dest="date_from", default="", metavar="DATE")
    s.add_argument("--to", dest="date_to", default="", metavar="DATE")
    s.add_argument("--sort", default="occurred_at", choices=SORTS,
                   help="order (default occurred_at); largest, newest or oldest-age first")
    s.add_argument("--asc", action="store_true", help="the other way round")
    s.add_argument("--limit", type=int, default=None, metavar="N")
    s.add_argument("--json", action="store_true", help="each case as `show --json` gives it, "
                   "without its history, letters, checklists and files")
    staff.add_list_filters(s)

    s = add_command(sub, "show", cmd_show, help="one case with its customer and history",
                    example="goodwill show GW-2026-00315 --json")
    s.add_argument("ref", metavar="REF")
    s.add_argument("--json", action="store_true")

    s = add_command(sub, "add", cmd_add, help="log one case; prints its new reference",
                    example='goodwill add --customer "Ann Example" --kind complaint --summary '
                    '"Cold soup"\n  echo \'{"customer_name": "Ann", "kind": "question", '
                    '"summary": "Gluten free?"}\' | goodwill add -')
    s.add_argument("source", nargs="?", choices=["-"], metavar="-",
                   help="read the case from stdin: one JSON object under the CSV column names "
                   "(occurred_at, customer_name, customer_email, kind, summary, ...)")
    s.add_argument("--customer", default=None, metavar="NAME",
                   help="the customer's name; an existing customer is used as an import finds "
                   "one (same e-mail, else phone, else with neither the same name)")
    s.add_argument("--email", default=None)
    s.add_argument("--phone", default=None)
    from data.model import CHANNELS, KINDS, SEVERITIES

    choices = {"kind": KINDS, "channel": CHANNELS, "severity": SEVERITIES}
    for flag in ("kind", "summary", "details", "channel", "category", "severity", "staff"):
        s.add_argument(f"--{flag}", default=None, help=f"one of {', '.join(choices[flag])}"
                       if flag in choices else None)
    s.add_argument("--when", default=None, metavar="now|DATE[ TIME]",
                   help="when it happened (default now)")
    s.add_argument("--json", action="store_true", help="print the case as `show --json`")

    s = add_command(sub, "update", cmd_update,
                    help="change fields of a case; prints what changed",
                    example="goodwill update GW-2026-00315 --severity high --remedy refund "
                    "--remedy-cost 12.50 --clear lesson")
    s.add_argument("ref", metavar="REF")
    from data.cases import EDITABLE, WHEN

    for field in EDITABLE:
        flags = [f"--{field.replace('_', '-')}"] + ([f"--{field}"] if "_" in field else [])
        s.add_argument(*flags, dest=field, default=None,
                       metavar="now|DATE[ TIME]" if field in WHEN else "VALUE")
    s.add_argument("--clear", action="append", default=[], metavar="FIELD",
                   help="empty this field (may be given again)")

    s = add_command(sub, "note", cmd_note, help="write a note into a case's history",
                    example='goodwill note GW-2026-00315 "Called back, left a message"')
    s.add_argument("ref", metavar="REF")
    s.add_argument("text", metavar="TEXT")
    s.add_argument("--by", default=None, metavar="NAME", help="who writes it (default: the "
                   "profile's owner)")

    s = add_command(sub, "attach", cmd_attach, help="keep a file (photo, receipt, PDF) with a "
                    "case", example="goodwill attach GW-2026-00315 receipt.jpg")
    s.add_argument("ref", metavar="REF")
    s.add_argument("file", metavar="FILE")


def cmd_list(store, args) -> int:
    from data.model import CaseFilter, KINDS, STATUSES, enum_value

    try:
        kind = enum_value(args.kind, KINDS, "kind") if args.kind else ""
        status = enum_value(args.status, STATUSES, "status") if args.status else ""
    except ValueError as exc:
        raise CliError(str(exc), code=EXIT_USAGE) from None
    if args.limit is not None and args.limit < 0:
        raise CliError("--limit must be 0 or more", code=EXIT_USAGE)
    customer = customer_by_id_or_name(store, args.customer, "--customer") \
        if args.customer.strip() else None
    flt = CaseFilter(
        search=args.search, kind=kind, status=status, category=args.category.strip(),
        staff=args.staff.strip(), customer_id=customer.id if customer else None,
        overdue=args.overdue, date_from=date_arg(args.date_from, "--from"),
        date_to=date_arg(args.date_to, "--to"), **staff.list_filters(store, args))
    ids = store.case_list.ids(flt, sort=args.sort, descending=not args.asc, limit=args.limit)
    if args.json:
        print_json([case_state_json(store, store.cases.by_id(i)) for i in ids])
        return EXIT_OK
    for start in range(0, len(ids), 500):
        for row in store.case_list.rows(ids[start:start + 500]):
            when = row.occurred_at[:16].replace("T", " ")
            print(f"{row.ref}  {when}  {row.kind:<10}  {row.status:<11}  "
                  f"{row.customer_name}  -  {row.summary}" + ("  (overdue)" if row.overdue else ""))
    return EXIT_OK


def cmd_show(store, args) -> int:
    case = store.cases.get(args.ref)
    data = case_json(store, case)
    if args.json:
        print_json(data)
        return EXIT_OK
    for key, value in data.items():
        if isinstance(value, (list, dict)):
            continue
        if isinstance(value, str) and "\n" in value:
            value = value.replace("\n", "\n    ")
        print(f"{key}: {'' if value is None else value}")
    print_checklists(store.checklists.of(case.id))
    if data["attachments"]:
        from data.attachments import size_text

        print("files:")
        for a in data["attachments"]:
            print(f"  {a['name']}  {size_text(a['size'])}  added {a['added_at']}  "
                  f"sha256 {a['sha256']}")
    print("history:")
    for h in data["history"]:
        print(f"  {h['at']}  {h['field']}: {h['old'] if h['old'] is not None else ''} -> "
              f"{h['new'] if h['new'] is not None else ''}" + (f"  ({h['by']})" if h["by"] else ""))
    return EXIT_OK


def _when(text: str) -> str:
    from data.model import iso, now

    return iso(now()) if text.strip().lower() == "now" else text


def _fields_from_options(args) -> tuple[dict, dict]:
    if args.customer is None:
        raise CliError("add: give --customer NAME (or the case as JSON on stdin: add -)",
                       code=EXIT_USAGE)
    customer = {"name": args.customer, "email": args.email or "", "phone": args.phone or ""}
    fields = {k: getattr(args, k) for k in ("kind", "summary", "details", "channel",
                                            "category", "severity", "staff")
              if getattr(args, k) is not None}
    if args.when is not None:
        fields["occurred_at"] = _when(args.when)
    return customer, fields


def _fields_from_json(text: str) -> tuple[dict, dict, str]:
    """(customer, case fields, ref) from a JSON object under the CSV column names."""
    from data.csvio import CUSTOMER_COLUMNS as CUSTOMER_KEYS
    from data.case_table import COLUMNS
    from data.model import ValidationError
    from data.cases import EDITABLE

    try:
        obj = json.loads(text)
    except ValueError as exc:
        raise CliError(f"stdin: not JSON ({exc})") from None
    if not isinstance(obj, dict):
        raise CliError("stdin: give one JSON object, {\"customer_name\": ..., \"kind\": ...}")
    known = (set(COLUMNS) | set(EDITABLE)) - {"customer_key", "customer_id"}
    unknown = {k: "is not a case column (see `goodwill export`'s header)"
               for k in obj if k not in known}
    if unknown:
        raise ValidationError(unknown)
    customer = {CUSTOMER_KEYS[k]: ("" if v is None else v) for k, v in obj.items()
                if k in CUSTOMER_KEYS}
    fields = {k: v for k, v in obj.items() if k not in CUSTOMER_KEYS and k != "ref"}
    if isinstance(fields.get("occurred_at"), str):
        fields["occurred_at"] = _when(fields["occurred_at"])
    return customer, fields, str(obj.get("ref") or "")


def cmd_add(store, args) -> int:
    if args.source == "-":
        given = [f"--{k}" for k in ("customer", "email", "phone", "kind", "summary", "details",
                                    "channel", "category", "severity", "staff", "when")
                 if getattr(args, k) is not None]
        if given:
            raise CliError(f"add -: the case comes from stdin; leave out {', '.join(given)}",
                           code=EXIT_USAGE)
        customer, fields, ref = _fields_from_json(sys.stdin.read())
    else:
        (customer, fields), ref = _fields_from_options(args), ""
    case = cases.log(store, args.actor, customer=customer, ref=ref, **fields)
    if args.json:
        print_json(case_json(store, case))
    else:
        print(case.ref)
    return EXIT_OK


def _shown(case, field: str):
    if field == "customer_id":
        return case.customer.id
    value = getattr(case, field)
    return "" if value is None else value


def cmd_update(store, args) -> int:
    from data.cases import EDITABLE

    from data.cases import WHEN

    changes = {k: getattr(args, k) for k in EDITABLE if getattr(args, k) is not None}
    changes.update({k: _when(v) for k, v in changes.items() if k in WHEN})
    for raw in args.clear:
        field = raw.strip().lower().replace("-", "_")
        if field not in EDITABLE:
            raise CliError(f"--clear: '{raw}' is not a case field (fields: "
                           f"{', '.join(EDITABLE)})", code=EXIT_USAGE)
        if field in changes:
            raise CliError(f"--clear {raw}: the same field is also given a value",
                           code=EXIT_USAGE)
        changes[field] = ""
    if not changes:
        raise CliError("update: give at least one --FIELD VALUE or --clear FIELD "
                       "(see goodwill update --help)", code=EXIT_USAGE)
    before = store.cases.get(args.ref)
    after = cases.edit(store, args.actor, before.ref, changes)
    changed = [f for f in EDITABLE if _shown(before, f) != _shown(after, f)]
    if not changed:
        print(f"Nothing changed on {after.ref}.")
    for field in changed:
        print(f"{after.ref} {field}: {_shown(before, field)} -> {_shown(after, field)}")
    return EXIT_OK


def cmd_note(store, args) -> int:
    case = cases.note(store, by_option(args), args.ref, args.text)
    print(f"Noted on {case.ref}.")
    return EXIT_OK


def cmd_attach(store, args) -> int:
    from data.attachments import size_text

    attachment = cases.attach(store, args.actor, args.ref, Path(args.file))
    print(f"Attached {attachment.name} ({size_text(attachment.size)}, sha256 "
          f"{attachment.sha256[:12]}…) to {store.cases.get(args.ref).ref}.")
    return EXIT_OK
