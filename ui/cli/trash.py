"""Commands that take back a mistake: delete, undelete, trash (the deleted cases)."""
from __future__ import annotations

import json

from data.model import TRASH_DAYS
from ui.actions import cases
from ui.cli.common import add_command, by_option


def register(sub) -> None:
    s = add_command(sub, "delete", cmd_delete,
                    help=f"move a case to the Trash (restorable for {TRASH_DAYS} days, then "
                    "erased)", example="goodwill delete GW-2026-00042")
    s.add_argument("ref", metavar="REF")
    s.add_argument("--by", default="", help="who deletes it (default: the profile owner)")
    s = add_command(sub, "undelete", cmd_undelete, help="bring a case back from the Trash",
                    example="goodwill undelete GW-2026-00042")
    s.add_argument("ref", metavar="REF")
    s.add_argument("--by", default="", help="who restores it (default: the profile owner)")
    s = add_command(sub, "trash", cmd_trash,
                    help="list the deleted cases: when, by whom, and the day each is erased "
                    "for good", example="goodwill trash --json")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.add_argument("--empty", action="store_true", help="erase every case in the Trash now, "
                   "for good")


def cmd_delete(store, args) -> int:
    ref = cases.delete(store, by_option(args), args.ref)
    print(f"{ref} moved to the Trash (restorable for {TRASH_DAYS} days: "
          f"goodwill undelete {ref})")
    return 0


def cmd_undelete(store, args) -> int:
    case = cases.undelete(store, by_option(args), args.ref)
    print(f"{case.ref} restored from the Trash")
    return 0


def cmd_trash(store, args) -> int:
    erased = cases.empty_trash(store, everything=args.empty)
    trashed = store.trash.cases()
    if args.json:
        print(json.dumps([t.as_json() for t in trashed], ensure_ascii=False, indent=1))
    elif not trashed:
        print("The Trash is empty.")
    else:
        for t in trashed:
            who = f" by {t.deleted_by}" if t.deleted_by else ""
            print(f"{t.ref}  {t.summary}  ({t.customer_name}) deleted {t.deleted_at[:16]}"
                  f"{who}, erased on {t.erase_on}")
    if erased and not args.json:
        print(f"{erased} case(s) erased for good.")
    return 0
