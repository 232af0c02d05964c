"""What every command-line module shares: exit codes, the user's error, JSON out, argument readers."""
from __future__ import annotations

import argparse
import json
import sys

# Exit codes (documented in --help): 0 done; 1 the command could not do it (the message
# says why); 2 the command line itself is wrong; 3 a rule refused (the closing gate);
# 70 a bug in Goodwill (its trace is in the log file named).
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_GATE, EXIT_BUG = 0, 1, 2, 3, 70
# What the command line writes into a case's history as the one who did it, when no
# person is named with --as.
BY = "command line"


class CliError(Exception):
    """A message for the user; `lines` are printed to stderr, one per line."""

    def __init__(self, *lines: str, code: int = EXIT_ERROR):
        self.lines = lines
        self.code = code
        super().__init__(lines[0] if lines else "")


def acting(store, args, *, write: bool):
    """The Actor of a command: the person named with --as (their PIN checked; with staff
    records someone must be named before a write), else the command line itself."""
    from ui.actions import Actor
    from ui.cli import staff

    if not write:
        return Actor(BY)
    name = staff.acting_name(store, args)
    member = store.staff.acting(name)
    if member is not None:
        return Actor(member.name, member.id)
    return Actor(name or BY)


def by_option(args):
    """Who a command with its own --by option acts as: --by, else the --as person, else
    the profile's owner (an empty name, which data/ writes as the owner)."""
    from ui.actions import Actor

    if getattr(args, "by", None):
        return Actor(args.by)
    return args.actor if args.actor.name != BY else Actor("")


def add_command(sub, name: str, handler, *, help: str, example: str, **kwargs):
    """A subcommand whose --help ends with an example; `handler` is func(store, args) -> int."""
    parser = sub.add_parser(name, help=help, description=help[:1].upper() + help[1:] + ".",
                            epilog="example:\n  " + example,
                            formatter_class=argparse.RawDescriptionHelpFormatter, **kwargs)
    parser.set_defaults(handler=handler)
    return parser


def print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    print()


def date_arg(text: str, flag: str) -> str:
    """A --from/--to date as typed, checked; "" for none."""
    from data.model import parse_when

    if not text:
        return ""
    try:
        parse_when(text)
    except ValueError as exc:
        raise CliError(f"{flag}: {exc}", code=EXIT_USAGE) from None
    return text


def customer_by_id(store, text: str, name: str):
    """The customer an id (or #id) names; `name` says which argument it was."""
    from data.errors import NotFound

    raw = text.strip().lstrip("#")
    if not raw.isdigit():
        raise CliError(f"customer {name}: '{text}' is not a customer id (see `customer list`)",
                       code=EXIT_USAGE)
    try:
        return store.customers.get(int(raw))
    except NotFound:
        raise CliError(f"customer {name}: no customer with id {raw}") from None


def customer_by_id_or_name(store, text: str, name: str):
    """The customer an id (#id) or a whole name names (any letter case); a name shared by
    several customers is refused with their ids."""
    if text.strip().lstrip("#").isdigit():
        return customer_by_id(store, text, name)
    wanted = text.strip().casefold()
    same = [c for c in store.customers.find(text.strip(), limit=1000)
            if c.name.casefold() == wanted]
    if not same:
        raise CliError(f"{name}: no customer named '{text.strip()}' (see `customer list`)")
    if len(same) > 1:
        raise CliError(f"{name}: {len(same)} customers are named '{text.strip()}' "
                       f"({', '.join(f'#{c.id}' for c in same)}): give the id")
    return same[0]


def progress_json(store, case) -> dict:
    """The checklist progress of a case: steps done, steps in all, required steps open."""
    lists = store.checklists.of(case.id)
    return {"done": sum(c.done_count for c in lists),
            "total": sum(len(c.steps) for c in lists),
            "required_open": sum(1 for c in lists for s in c.steps if s.required and not s.done)}


def case_state_json(store, case) -> dict:
    """The CSV columns of a case and where it stands: due times, overdue, checklist
    progress, approval (what `list --json` gives for each case)."""
    from data.case_table import case_fields

    out = case_fields(case)
    out.update({
        "ack_due_at": case.ack_due_at, "resolve_due_at": case.resolve_due_at,
        "overdue": store.cases.is_overdue(case.id), "checklist_progress": progress_json(store, case),
        "needs_approval": case.needs_approval, "approved_by": case.approved_by,
        "approved_at": case.approved_at, "cause_finding": case.cause_finding,
        "customer_description": case.customer_description, "customer_id": case.customer.id})
    return out


def case_json(store, case) -> dict:
    """`show --json`: where the case stands, its history, and what is kept beside it."""
    out = case_state_json(store, case)
    # Who did each change too (the --as person, a desk's owner, "command line"); the
    # customer's own data export leaves staff names out (data.privacy).
    out["history"] = [{**h.as_json(), "by": h.by} for h in store.history.of(case.id)]
    out["letters"] = [letter.as_json() for letter in store.letters.archived(case.ref)]
    out["close_reason"] = case.close_reason
    out["checklists"] = store.checklists.as_json(case.id)
    out["attachments"] = [a.as_json() for a in store.attachments.of(case.id)]
    out.update(store.authority.as_json(case))  # assigned_to, remedy_status, decided_by, decided_at
    return out


def step_line(step) -> str:
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


def print_checklists(checklists) -> None:
    """Steps numbered 1..N across the case's checklists, the numbers `checklist tick` takes."""
    for checklist in checklists:
        print(f"checklist: {checklist.name} ({checklist.done_count} of "
              f"{len(checklist.steps)} done; started {checklist.started_at} by "
              f"{checklist.started_by or '?'})")
        for step in checklist.steps:
            print(step_line(step))


def gate_refused(store, case, verb: str, flag_hint: str) -> CliError:
    """The closing gate's refusal, naming the open required steps by their numbers."""
    missing = store.checklists.missing_required(case.id)
    return CliError(f"{case.ref} cannot be {verb}: {len(missing)} required step(s) not done:",
                    *(f"  step {s.number}: {s.text}" for s in missing),
                    f"tick them with `checklist tick`, or {flag_hint} anyway with --reason TEXT",
                    code=EXIT_GATE)
