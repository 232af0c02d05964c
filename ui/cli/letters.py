"""What the business writes on the command line: letters, the monthly report, its profile."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ui.actions import files, letters
from ui.actions import profile as profile_actions
from ui.cli.common import EXIT_OK, EXIT_USAGE, CliError, add_command, print_json

PROFILE_KEYS = ("name", "address", "phone", "email", "owner", "title", "currency", "paper",
                "ack_hours", "resolve_days", "locale", "refund_limit")


def register(sub) -> None:
    s = add_command(sub, "profile", cmd_profile, help="show (as JSON) or set the business "
                    "profile", example='goodwill profile --name "Café Example" --owner "Sam Lee"')
    # Setting the profile may start a new database (the first thing an owner does).
    s.set_defaults(creates=sets_profile)
    for key in PROFILE_KEYS:
        s.add_argument(f"--{key.replace('_', '-')}", dest=key, default=None)

    s = add_command(sub, "letter", cmd_letter, help="render a letter for a case to PDF",
                    example="goodwill letter GW-2026-00315 --kind apology --out apology.pdf")
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

    s = add_command(sub, "report", cmd_report, help="the monthly service report as JSON "
                    "and/or PDF", example="goodwill report --month 2026-11 --out november.pdf")
    s.add_argument("--month", required=True, metavar="YYYY-MM")
    s.add_argument("--json", dest="json_out", default=None, metavar="FILE",
                   help="the figures as JSON; - writes them to stdout")
    s.add_argument("--out", default=None, metavar="FILE.pdf")


def sets_profile(args) -> bool:
    return any(getattr(args, key) is not None for key in PROFILE_KEYS)


def cmd_profile(store, args) -> int:
    changes = {k: getattr(args, k) for k in PROFILE_KEYS if getattr(args, k) is not None}
    profile = profile_actions.update(store, args.actor, changes)
    print_json(profile.as_json())
    return EXIT_OK


def cmd_letter(store, args) -> int:
    from data.files import write_bytes_atomically
    from data.l10n import DOCUMENT_LANGUAGES, language_of

    if not args.out and not args.eml:
        raise CliError("letter: give --out FILE.pdf, --eml FILE.eml, or both", code=EXIT_USAGE)
    if args.language is not None and language_of(args.language) != args.language.split("_")[0].lower():
        raise CliError(f"letter: --language '{args.language}' is not one of "
                       f"{', '.join(DOCUMENT_LANGUAGES)}", code=EXIT_USAGE)
    made = letters.compose(store, args.actor, args.ref, args.kind,
                           asked_language=args.language, paper=args.paper,
                           description=args.description, finding=args.finding)
    case, letter = made.case, made.rendered.letter
    source = "your edited draft" if made.edited else "the template"
    pages = f"{letter.pages} page{'s' if letter.pages != 1 else ''}"
    if args.out:
        out = Path(args.out)
        kept = letters.archive(store, args.actor, case.ref, args.kind, letter, "saved")
        write_bytes_atomically(out, store.letters.pdf(kept.id))
        print(f"Wrote the {args.kind} letter for {case.ref} to {out} ({pages}, "
              f"{len(letter.pdf):,} bytes, from {source}).")
    if args.eml:
        eml = letters.email(store, args.actor, case.ref, args.kind, made.text, letter)
        write_bytes_atomically(Path(args.eml), eml)
        if not case.customer.email or case.customer.erased:
            print(f"goodwill: warning: {case.customer.name} has no e-mail address: the draft "
                  "has no recipient; add it in the mail program", file=sys.stderr)
        print(f"Wrote an e-mail draft of the {args.kind} letter for {case.ref} to {args.eml} "
              f"({pages} PDF attached, from {source}).")
    if args.check:
        for warning in made.rendered.warnings:
            print(f"goodwill: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def cmd_report(store, args) -> int:
    from data.files import write_bytes_atomically
    from data.metrics import parse_month

    if not args.json_out and not args.out:
        raise CliError("report: give --json FILE, --out FILE.pdf, or both", code=EXIT_USAGE)
    try:
        month = parse_month(args.month)
    except ValueError as exc:
        raise CliError(str(exc), code=EXIT_USAGE) from None
    if args.out:
        metrics, pdf, page_count = files.report(store, month)
    else:
        metrics = files.figures(store, month)
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
        write_bytes_atomically(Path(args.out), pdf)
        print(f"Wrote the {month.title} report ({page_count} pages) to {args.out}.",
              file=say)
    return EXIT_OK
