"""The owner's own wording: letter templates and checklist templates."""
from __future__ import annotations


def save_letter_template(store, kind: str, text: str):
    """The wording new letters of `kind` start from; returns the LetterTemplate."""
    return store.letters.save_template(kind, text)


def reset_letter_template(store, kind: str):
    """Back to the built-in wording; returns it."""
    return store.letters.reset_template(kind)


def save_checklist_template(store, data: dict, template_id: int | None = None):
    """A new checklist template (`template_id` None) or a change to one; returns it."""
    return store.checklists.save_template(data, template_id)


def copy_checklist_template(store, name: str):
    """A copy of a template (a built-in one becomes the owner's to change); returns it."""
    return store.checklists.copy_template(name)


def delete_checklist_template(store, template_id: int) -> None:
    """Remove one of the owner's templates; checklists already started keep their steps."""
    store.checklists.delete_template(template_id)
