"""The letter workflow, once: language, draft, render, check, archive, e-mail.

The window's letter editor and `goodwill letter` run the same sequence:

    case = prepare(store, actor, ref, kind, ...)     # sender set, letter allowed, facts kept
    lang = language(case, profile, asked)            # asked, else the customer's, else ours
    text = draft(store, ref, kind, lang).text        # the owner's edited draft, else template
    out = render(case, profile, kind, text, ...)     # the PDF and the letter check
    archive(store, actor, ref, kind, out.letter, "saved" | "printed")   # what left, kept
    email(store, actor, ref, kind, text, out.letter)                   # an unsent .eml

`compose` runs the first four steps for a front end that does not edit the text.
"""
from __future__ import annotations

from dataclasses import dataclass

from data.letters import check_context, check_sender, letter_language
from ui.actions import Actor


@dataclass(frozen=True)
class Rendered:
    """A letter drawn from a text: the PDF (reports.letter.RenderedLetter) and the letter
    check's warnings (reports.letter_check.LetterWarning: .code, .message)."""

    letter: object
    warnings: list


@dataclass(frozen=True)
class Composed:
    """A letter made for sending: the case and profile it was made from, its language,
    its text (`edited`: the owner's draft, not the template) and the rendering."""

    case: object
    profile: object
    kind: str
    language: str
    text: str
    edited: bool
    rendered: Rendered


def prepare(store, actor: Actor, ref: str, kind: str, *, description: str | None = None,
            finding: str | None = None):
    """Before a letter is made to leave: the profile names a sender (NoSender), the letter
    promises no remedy still awaiting approval (Refused), and what happened (`description`,
    for the customer) and the cause's `finding` are kept with the case. Returns the Case."""
    check_sender(store.profile.get())
    case = store.cases.get(ref)
    store.authority.check_letter(case.ref, kind)
    changes = {k: v for k, v in (("customer_description", description),
                                 ("cause_finding", finding)) if v is not None}
    if changes:
        case = store.cases.update(case.ref, changes, by=actor.name)
    return case


def language(case, profile, asked: str | None = None) -> str:
    """The language the letter is written in: `asked`, else the customer's, else the
    business's."""
    return letter_language(case, profile, asked)


def draft(store, ref: str, kind: str, language: str | None = None):
    """The owner's edited draft, else the template filled in; a `language` asked for
    always gives a fresh draft in it. Returns data.letters.LetterDraft (.text, .edited)."""
    return store.letters.draft(ref, kind, language)


def keep_draft(store, ref: str, kind: str, text: str):
    """Keep the owner's edits, so the letter reopens as they left it."""
    return store.letters.save_draft(ref, kind, text)


def discard_draft(store, ref: str, kind: str):
    """Forget the edits; returns the fresh draft from the template."""
    return store.letters.discard_draft(ref, kind)


def render(case, profile, kind: str, text: str, *, logo: bytes | None, paper: str | None,
           language: str) -> Rendered:
    """The PDF of `text` and the letter check of it (no database: the window runs it off
    the GUI thread)."""
    # reportlab loads on first use: importing it with the window added time to every start.
    from reports.letter import render_case_letter
    from reports.letter_check import check_letter

    letter = render_case_letter(case, profile, kind, text, logo=logo, paper=paper,
                                language=language)
    warnings = check_letter(kind, text, case, pages=letter.pages, language=language,
                            **check_context(case, profile))
    return Rendered(letter, warnings)


def compose(store, actor: Actor, ref: str, kind: str, *, asked_language: str | None = None,
            paper: str | None = None, description: str | None = None,
            finding: str | None = None) -> Composed:
    """prepare, language, draft and render in one: the letter as it would leave now."""
    case = prepare(store, actor, ref, kind, description=description, finding=finding)
    profile = store.profile.get()
    lang = language(case, profile, asked_language)
    text = draft(store, case.ref, kind, asked_language and lang)
    rendered = render(case, profile, kind, text.text, logo=store.profile.logo(), paper=paper,
                      language=lang)
    return Composed(case, profile, kind, lang, text.text, text.edited, rendered)


def archive(store, actor: Actor, ref: str, kind: str, letter, action: str):
    """Keep the exact PDF that leaves ("saved" or "printed") with the case; returns the
    ArchivedLetter, whose bytes (store.letter_pdf) are what is written or printed."""
    return store.letters.archive(ref, kind, letter.pdf, pages=letter.pages, paper=letter.paper,
                                action=action, by=actor.name)


def email(store, actor: Actor, ref: str, kind: str, text: str, letter) -> bytes:
    """An unsent e-mail (.eml bytes) to the customer carrying the letter; archived with
    the case as e-mailed."""
    return store.letters.email(ref, kind, text, letter.pdf, pages=letter.pages,
                              paper=letter.paper, by=actor.name)


def reprinted(store, actor: Actor, letter_id: int) -> None:
    """An archived letter printed again: only the history changes."""
    store.letters.note_reprinted(letter_id, by=actor.name)
