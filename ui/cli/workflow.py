"""A case's way through the desk on the command line: ack, resolve, close, reopen, checklists, follow-ups."""
from __future__ import annotations

from pathlib import Path

from ui.actions import cases, checklists
from ui.cli.common import (
    EXIT_OK, EXIT_USAGE, CliError, add_command, by_option, gate_refused, print_checklists,
    step_line,
)


def register(sub) -> None:
    s = add_command(sub, "ack", cmd_ack, help="acknowledge a case now (an open case becomes "
                    "in progress)", example="goodwill ack GW-2026-00315")
    s.add_argument("ref", metavar="REF")

    s = add_command(sub, "resolve", cmd_resolve,
                    help="resolve a case now (refused, exit 3, while required steps are open, "
                    "unless a reason is given)",
                    example='goodwill resolve GW-2026-00315 --reason "Refunded at the till"')
    s.add_argument("ref", metavar="REF")
    s.add_argument("--reason", default=None, metavar="TEXT")

    s = add_command(sub, "close", cmd_close,
                    help="close a case (refused, exit 3, while required steps are open, unless "
                    "a reason is given)", example="goodwill close GW-2026-00315")
    s.add_argument("ref", metavar="REF")
    s.add_argument("--reason", default=None, metavar="TEXT")

    s = add_command(sub, "reopen", cmd_reopen,
                    help="take a resolved or closed case back to work (its resolved time and "
                    "close reason are cleared; the history keeps them)",
                    example="goodwill reopen GW-2026-00315")
    s.add_argument("ref", metavar="REF")

    s = add_command(sub, "checklist", None, help="resolution checklists on a case",
                    example="goodwill checklist tick GW-2026-00315 2 --by Sam")
    csub = s.add_subparsers(dest="checklist_command", metavar="ACTION", required=True)
    add_command(csub, "list", cmd_checklist_list, help="the checklists and when to use each",
                example="goodwill checklist list")
    c = add_command(csub, "start", cmd_checklist_start, help="start a checklist on a case",
                    example='goodwill checklist start GW-2026-00315 "Food complaint"')
    c.add_argument("ref", metavar="REF")
    c.add_argument("name", metavar="NAME")
    for action in ("tick", "untick"):
        c = add_command(csub, action, cmd_checklist_step,
                        help=f"{action} a step (numbered as `show` lists them)",
                        example=f"goodwill checklist {action} GW-2026-00315 2")
        c.add_argument("ref", metavar="REF")
        c.add_argument("step", type=int, metavar="STEP_NUMBER")
        c.add_argument("--by", default=None, metavar="NAME")
        c.add_argument("--note", default=None, metavar="TEXT")

    s = add_command(sub, "followups", cmd_followups, help="open checklist follow-ups, soonest "
                    "first", example="goodwill followups --ics followups.ics")
    s.add_argument("--ics", default=None, metavar="FILE",
                   help="write them as an iCalendar file instead")


def cmd_ack(store, args) -> int:
    done = cases.acknowledge(store, args.actor, args.ref)
    case = done.case
    if not done.changed:
        print(f"{case.ref} was already acknowledged at {case.acknowledged_at}.")
        return EXIT_OK
    print(f"Acknowledged {case.ref} at {case.acknowledged_at}; it is {case.status}.")
    return EXIT_OK


def _reason(args) -> str | None:
    if args.reason is not None and not args.reason.strip():
        raise CliError(f"--reason needs some text: why is the case {args.command}d anyway?",
                       code=EXIT_USAGE)
    return args.reason


def _gated(store, args, verb: str, action) -> int:
    """Run resolve or close; the closing gate's refusal names the open required steps."""
    from data.checklists import ClosingGateRefused

    reason = _reason(args)
    try:
        done = action(store, args.actor, args.ref, reason=reason)
    except ClosingGateRefused:
        raise gate_refused(store, store.cases.get(args.ref), verb, args.command) from None
    case = done.case
    if not done.changed:
        print(f"{case.ref} is already {case.status}.")
    else:
        print(f"{verb.capitalize()} {case.ref}." +
              (f" Reason: {case.close_reason}" if case.close_reason else ""))
    return EXIT_OK


def cmd_resolve(store, args) -> int:
    return _gated(store, args, "resolved", cases.resolve)


def cmd_close(store, args) -> int:
    return _gated(store, args, "closed", cases.close)


def cmd_reopen(store, args) -> int:
    done = cases.reopen(store, args.actor, args.ref)
    case = done.case
    if not done.changed:
        print(f"{case.ref} is {case.status.replace('_', ' ')}, not resolved or closed: "
              "nothing to reopen.")
        return EXIT_OK
    print(f"Reopened {case.ref}; it is {case.status.replace('_', ' ')}.")
    return EXIT_OK


def cmd_checklist_list(store, args) -> int:
    for template in store.checklists.templates():
        print(template.name + ("" if template.builtin else "  (your own)"))
        print(f"    {template.when_to_use}")
    return EXIT_OK


def cmd_checklist_start(store, args) -> int:
    checklist = checklists.start(store, by_option(args), args.ref, args.name)
    case = store.cases.get(args.ref)
    print(f"Started '{checklist.name}' on {case.ref}.")
    print_checklists(store.checklists.of(case.id))
    if checklist.proposed_severity:  # the owner decides; starting a checklist changes none
        print(f"Hint: this checklist suggests severity {checklist.proposed_severity} (now "
              f"{case.severity}); to change it: update {case.ref} --severity "
              f"{checklist.proposed_severity}")
    return EXIT_OK


def cmd_checklist_step(store, args) -> int:
    ticked = checklists.set_done(store, by_option(args), args.ref, args.step,
                                 args.checklist_command == "tick", note=args.note)
    print(step_line(ticked.step))
    print(f"{ticked.required_open} required step(s) still to do." if ticked.required_open
          else "All required steps are done.")
    return EXIT_OK


def cmd_followups(store, args) -> int:
    from data.model import now

    follow_ups = store.reminders.open_follow_ups()
    if args.ics:
        from data.files import write_bytes_atomically
        from data.reminders import follow_ups_ics

        write_bytes_atomically(Path(args.ics),
                               follow_ups_ics(follow_ups, store.profile.get().name, now()))
        print(f"Wrote {len(follow_ups)} open follow-up(s) to {args.ics}.")
        return EXIT_OK
    for r in follow_ups:
        print(f"{r.due_at[:16].replace('T', ' ')}  {r.ref}  {r.step_text}  ({r.customer_name})")
    return EXIT_OK
