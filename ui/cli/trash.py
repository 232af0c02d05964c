"""Commands that take back a mistake: delete, undelete, trash (the deleted cases)."""
from __future__ import annotations

import json

from data.model import TRASH_DAYS


def register(sub) -> None:
    s = sub.add_parser("delete", help=f"move a case to the Trash (restorable for {TRASH_DAYS} "
                       "days, then erased)")
    s.add_argument("ref", metavar="REF")
    s.add_argument("--by", default="", help="who deletes it (default: the profile owner)")
    s.set_defaults(handler=cmd_delete)
    s = sub.add_parser("undelete", help="bring a case back from the Trash")
    s.add_argument("ref", metavar="REF")
    s.add_argument("--by", default="", help="who restores it (default: the profile owner)")
    s.set_defaults(handler=cmd_undelete)
    s = sub.add_parser("trash", help="list the deleted cases: when, by whom, and the day each "
                       "is erased for good")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.add_argument("--empty", action="store_true", help="erase every case in the Trash now, "
                   "for good")
    s.set_defaults(handler=cmd_trash)


def cmd_delete(store, args) -> int:
    ref = store.case(args.ref).ref
    store.delete_case(ref, by=args.by)
    print(f"{ref} moved to the Trash (restorable for {TRASH_DAYS} days: "
          f"goodwill undelete {ref})")
    return 0


def cmd_undelete(store, args) -> int:
    case = store.undelete_case(args.ref, by=args.by)
    print(f"{case.ref} restored from the Trash")
    return 0


def cmd_trash(store, args) -> int:
    erased = store.erase_trashed() if args.empty else store.erase_expired()
    trashed = store.trashed_cases()
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
