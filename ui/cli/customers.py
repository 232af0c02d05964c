"""Customers on the command line: list, show, merge, the privacy export and erasure."""
from __future__ import annotations

from pathlib import Path

from ui.actions import customers
from ui.cli.common import (
    EXIT_OK, EXIT_USAGE, CliError, add_command, customer_by_id, customer_by_id_or_name,
    print_json,
)


def register(sub) -> None:
    s = add_command(sub, "customer", None, help="customers: list, show, merge, export, erase",
                    example="goodwill customer show \"Ann Example\" --json")
    csub = s.add_subparsers(dest="customer_command", metavar="ACTION", required=True)
    c = add_command(csub, "list", cmd_list, help="customers with their ids",
                    example="goodwill customer list --search ann")
    c.add_argument("--search", default="", metavar="TEXT")

    c = add_command(csub, "show", cmd_show, help="one customer with their figures and cases",
                    example="goodwill customer show 12 --json")
    c.add_argument("customer", metavar="ID|NAME", help="an id, #id, or the whole name")
    c.add_argument("--json", action="store_true")

    c = add_command(csub, "merge", cmd_merge, help="move every case of B to A and remove B",
                    example="goodwill customer merge 12 31 --take email,phone")
    c.add_argument("keep", metavar="A", help="the customer who stays (id, or #id)")
    c.add_argument("other", metavar="B", help="the customer merged into A (id, or #id)")
    c.add_argument("--take", default="", metavar="FIELDS",
                   help="comma-separated fields to take from B (name,email,phone,address,"
                   "notes,flag); by default A's values stay and A's blanks are filled from B")

    c = add_command(csub, "export", cmd_export, help="everything kept about a customer, as a "
                    "zip (for a data-access request)",
                    example="goodwill customer export 12 --out ann-example.zip")
    c.add_argument("customer", metavar="ID")
    c.add_argument("--out", required=True, metavar="FILE.zip")

    c = add_command(csub, "erase", cmd_erase, help="erase a customer's personal data for good "
                    "(cases stay, without it, for the counts); needs --yes",
                    example="goodwill customer erase 12 --yes")
    c.add_argument("customer", metavar="ID")
    c.add_argument("--yes", action="store_true", help="yes, erase it (it cannot be undone)")


def cmd_list(store, args) -> int:
    for c in store.customers.find(args.search, limit=1000):
        print(f"#{c.id}  {c.name}  {c.email}  {c.phone}".rstrip())
    return EXIT_OK


def customer_json(store, customer) -> dict:
    from data.model import CaseFilter

    summary = store.customers.summary(customer.id)
    ids = store.case_list.ids(CaseFilter(customer_id=customer.id))
    return {
        "id": customer.id, "name": customer.name, "email": customer.email,
        "phone": customer.phone, "address": customer.address, "notes": customer.notes,
        "flag": customer.flag, "language": customer.language,
        "created_at": customer.created_at, "erased": customer.erased,
        "cases": summary.cases, "complaints": summary.complaints,
        "remedies_paid": float(summary.remedies_paid), "last_visit": summary.last_visit,
        "case_refs": [row.ref for row in store.case_list.rows(ids)],
    }


def cmd_show(store, args) -> int:
    data = customer_json(store, customer_by_id_or_name(store, args.customer, "customer"))
    if args.json:
        print_json(data)
        return EXIT_OK
    for key, value in data.items():
        if key == "case_refs":
            continue
        if isinstance(value, str) and "\n" in value:
            value = value.replace("\n", "\n    ")
        print(f"{key}: {'' if value is None else value}")
    print("case refs: " + " ".join(data["case_refs"]))
    return EXIT_OK


def cmd_merge(store, args) -> int:
    from data.merge import MERGE_FIELDS, suggested_values

    keep, other = customer_by_id(store, args.keep, "A"), customer_by_id(store, args.other, "B")
    take = [f.strip().lower() for f in args.take.split(",") if f.strip()]
    wrong = [f for f in take if f not in MERGE_FIELDS]
    if wrong:
        raise CliError(f"--take: unknown field(s) {', '.join(wrong)} (known: "
                       f"{', '.join(MERGE_FIELDS)})", code=EXIT_USAGE)
    values = suggested_values(keep, other)
    values.update({f: getattr(other, f) for f in take})
    moved = customers.merge(store, args.actor, keep.id, other.id, values)
    kept = store.customers.get(keep.id)
    print(f"Merged #{other.id} {other.name} into #{kept.id} {kept.name}: {moved} case(s) moved.")
    return EXIT_OK


def cmd_export(store, args) -> int:
    customer = customer_by_id(store, args.customer, "export")
    path = customers.export(store, customer.id, Path(args.out))
    print(f"Wrote everything kept about #{customer.id} {customer.name} to {path} "
          f"({path.stat().st_size:,} bytes).")
    return EXIT_OK


def cmd_erase(store, args) -> int:
    from data.privacy import BACKUPS_NOTE

    customer = customer_by_id(store, args.customer, "erase")
    if not args.yes:
        raise CliError(f"customer erase: this removes the personal data of #{customer.id} "
                       f"{customer.name} for good; add --yes to do it", code=EXIT_USAGE)
    if not customers.erase(store, args.actor, customer.id):
        print(f"#{customer.id} was already erased.")
        return EXIT_OK
    cases = store.customers.summary(customer.id).cases
    print(f"Erased the personal data of customer #{customer.id}; their {cases} case(s) stay "
          f"for the counts. {BACKUPS_NOTE}")
    return EXIT_OK
