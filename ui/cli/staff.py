"""Command line of staff and authority: the staff list, remedies, approvals, referral and
assignment, and the server roles of a shared log. Each handler is `func(store, args) -> int`
over the same Store calls the window makes."""
from __future__ import annotations

import argparse
import getpass
import json
import sys

from data.authority import REMEDY_KINDS
from data.errors import Invalid, Refused
from data.staff import ROLES
from ui.actions import Actor
from ui.actions import staff as actions

# The other commands that write to the log: with staff records they name who acts (--as).
WRITES = {"import", "demo", "checklist", "close", "letter", "attach", "customer", "restore",
          "add", "update", "ack", "resolve", "reopen", "note", "delete", "undelete", "trash"}


def _as_option(parser) -> None:
    # Also accepted after the command; the global --as is read when this one is absent.
    parser.add_argument("--as", dest="acting", default=argparse.SUPPRESS, metavar="NAME",
                        help="the person acting (a name from `staff list`)")


def register(sub) -> None:
    s = sub.add_parser("staff", formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="example:\n  " + 'goodwill staff add "Ann Lee" --role manager --limit 200 --as "Rosa Whitfield"', help="the staff list: people, roles, remedy limits, PINs")
    ssub = s.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    c = ssub.add_parser("add", help="add a person (the PIN, with --pin, is read from the "
                        "terminal or the first line of stdin, never from the command line)")
    c.add_argument("name", metavar="NAME")
    c.add_argument("--role", required=True, choices=ROLES)
    c.add_argument("--limit", default=None, metavar="AMOUNT",
                   help="remedy limit in the business currency (default: the profile's "
                   "refund limit; the owner has none)")
    c.add_argument("--pin", action="store_true", help="set a PIN (4 or more digits)")
    c.add_argument("--login", default="", metavar="LOGIN",
                   help="their own PostgreSQL login on a shared log")
    _as_option(c)
    c.set_defaults(handler=cmd_staff_add)
    c = ssub.add_parser("list", help="everyone, with role, limit and whether they left")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_staff_list)
    c = ssub.add_parser("leave", help="a person has left: they act no more, their history stays")
    c.add_argument("name", metavar="NAME")
    _as_option(c)
    c.set_defaults(handler=cmd_staff_leave)
    c = ssub.add_parser("roles", help="shared log only: create the server roles goodwill_staff, "
                        "goodwill_manager, goodwill_owner, and give a login one of them")
    c.add_argument("--grant", default=None, metavar="LOGIN",
                   help="an existing PostgreSQL login to give the role")
    c.add_argument("--role", choices=ROLES, default="staff")
    c.set_defaults(handler=cmd_staff_roles)

    s = sub.add_parser("remedy", formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="example:\n  " + 'goodwill remedy GW-2026-00042 --kind refund --amount 25.00 --as "Tom"', help="record a remedy under the acting person's authority: "
                       "within their limit granted, above it a request for approval")
    s.add_argument("ref", metavar="REF")
    s.add_argument("--kind", required=True, choices=REMEDY_KINDS)
    s.add_argument("--amount", required=True, metavar="AMOUNT")
    s.add_argument("--given", action="store_true", help="already handed over (above the "
                   "limit it is accepted, flagged and goes to the owner for review)")
    _as_option(s)
    s.set_defaults(handler=cmd_remedy)
    s = sub.add_parser("approve", formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="example:\n  " + 'goodwill approve GW-2026-00042 --reason "regular customer" --as "Ann Lee"', help="approve the remedy awaiting approval (exit 4 when the "
                       "acting person may not)")
    s.add_argument("ref", metavar="REF")
    s.add_argument("--reason", default="", metavar="TEXT")
    _as_option(s)
    s.set_defaults(handler=cmd_approve)
    s = sub.add_parser("decline", formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="example:\n  " + 'goodwill decline GW-2026-00042 --reason "offer a voucher instead" --as "Ann Lee"', help="decline the remedy awaiting approval, with a reason "
                       "(exit 4 when the acting person may not)")
    s.add_argument("ref", metavar="REF")
    s.add_argument("--reason", required=True, metavar="TEXT")
    _as_option(s)
    s.set_defaults(handler=cmd_decline)
    s = sub.add_parser("refer", formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="example:\n  " + 'goodwill refer GW-2026-00042 --to "Ann Lee" --note "asks for the manager" --as Tom', help="hand a case to a manager or the owner, with a note")
    s.add_argument("ref", metavar="REF")
    s.add_argument("--to", required=True, metavar="NAME")
    s.add_argument("--note", default="", metavar="TEXT")
    _as_option(s)
    s.set_defaults(handler=cmd_refer)
    s = sub.add_parser("assign", formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="example:\n  " + 'goodwill assign GW-2026-00042 "Ann Lee" --as "Rosa Whitfield"', help="make a person responsible for a case")
    s.add_argument("ref", metavar="REF")
    s.add_argument("name", metavar="NAME")
    _as_option(s)
    s.set_defaults(handler=cmd_assign)


def add_list_filters(parser) -> None:
    """The `list` command's authority filters."""
    parser.add_argument("--assigned", default="", metavar="NAME",
                        help="only cases assigned to this person")
    parser.add_argument("--awaiting-approval", action="store_true",
                        help="only cases with a remedy awaiting approval")


def list_filters(store, args) -> dict:
    """CaseFilter fields from those options (the name as the staff list spells it)."""
    out = {"awaiting_approval": bool(getattr(args, "awaiting_approval", False))}
    if getattr(args, "assigned", ""):
        out["assigned_to"] = store.staff.member(args.assigned).name
    return out


def _read_pin(prompt: str, *, twice: bool = False) -> str:
    if sys.stdin.isatty():
        pin = getpass.getpass(prompt)
        if twice and getpass.getpass("Again: ") != pin:
            raise Invalid("the two PINs differ; nothing was saved")
        return pin
    return sys.stdin.readline().rstrip("\r\n")


def actor(store, args) -> Actor | None:
    """The person named by --as, their PIN checked when they have one (read as `staff add
    --pin` reads it). None when nobody is named."""
    name = getattr(args, "acting", None)
    if not name:
        return None
    member = store.staff.acting(name)
    pin = _read_pin(f"PIN for {member.name}: ") if member is not None and member.has_pin else ""
    return actions.sign_in(store, name, pin)


def acting_name(store, args) -> str | None:
    """The acting person's name as the staff list spells it (None: nobody named)."""
    who = actor(store, args)
    return who.name if who is not None else None


def require_acting(store, args) -> None:
    """Before a write of main.py's commands: with staff records, who acts must be named."""
    store.staff.acting(acting_name(store, args))


def cmd_staff_add(store, args) -> int:
    pin = _read_pin(f"PIN for {args.name}: ", twice=True) if args.pin else None
    if args.pin and not pin:
        raise Invalid("--pin: no PIN was given (type it, or give it on the first line of stdin)")
    member = store.staff.add(args.name, args.role, limit=args.limit, pin=pin, login=args.login,
                             by=acting_name(store, args))
    print(f"Added {member.name} ({member.role}, {_limit_words(store, member)}"
          f"{', with a PIN' if member.has_pin else ''}).")
    return 0


def cmd_staff_list(store, args) -> int:
    people = store.staff.members()
    if args.json:
        json.dump([m.as_json() | {"effective_limit": _effective(store, m)} for m in people],
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for m in people:
        state = "active" if m.active else f"left {m.left_at}"
        print(f"{m.name}  {m.role:<7}  {_limit_words(store, m)}  "
              f"{'PIN' if m.has_pin else 'no PIN'}  {state}")
    return 0


def _limit_words(store, member) -> str:
    text = store.staff.limit_text(member)
    return text if store.staff.limit_of(member) is None else f"limit {text}"


def _effective(store, member) -> float | None:
    limit = store.staff.limit_of(member)
    return None if limit is None else float(limit)


def cmd_staff_leave(store, args) -> int:
    member = store.staff.leaves(args.name, by=acting_name(store, args))
    print(f"{member.name} has left ({member.left_at}); their name stays on what they did.")
    return 0


def cmd_staff_roles(store, args) -> int:
    from data.pg_roles import grant_login, setup_roles

    if not store.shared:
        raise Refused("server roles exist on a shared PostgreSQL log only; on a file a PIN "
                      "records who acted but cannot stop someone who has the file")
    setup_roles(store)
    print("The roles goodwill_staff, goodwill_manager and goodwill_owner are set up on this "
          "log.")
    if args.grant:
        role = grant_login(store, args.grant, args.role)
        print(f"{args.grant} now logs in as {role}.")
    return 0


def cmd_remedy(store, args) -> int:
    outcome = actions.record_remedy(store, actor(store, args), args.ref, args.kind, args.amount,
                                    given=args.given)
    print(outcome.message)
    return 0


def cmd_approve(store, args) -> int:
    print(actions.approve(store, actor(store, args), args.ref, args.reason).message)
    return 0


def cmd_decline(store, args) -> int:
    print(actions.decline(store, actor(store, args), args.ref, args.reason).message)
    return 0


def cmd_refer(store, args) -> int:
    print(actions.refer(store, actor(store, args), args.ref, args.to, args.note))
    return 0


def cmd_assign(store, args) -> int:
    print(actions.assign(store, actor(store, args), args.ref, args.name))
    return 0
