"""Resolution checklists: templates, snapshots on cases, ticks and the closing gate."""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import lru_cache
from pathlib import Path

from data.cases import Cases
from data.database import Database
from data.engine import insert_id
from data.errors import Invalid, NotFound, Refused
from data.history import History
from data.l10n import DOCUMENT_LANGUAGES, language_of
from data.model import SEVERITIES, ValidationError, clean_text, iso, normalise_when, now
from data.paths import resource_path
from data.profile import BusinessProfile

MAX_NAME = 100
MAX_STEPS = 50
MAX_FOLLOW_UP_DAYS = 365

# Names of the built-in templates the suggestion can point at (they match resources/checklists).
GENERAL = "General service recovery"
FORMAL = "Formal complaint process (ISO 10002 style)"
REFUND = "Refund or credit request"
FOOD_SAFETY = "Food safety or health report"
DAMAGED = "Damaged or wrong item"
BOOKING = "Booking or waiting-time problem"
STAFF_CONDUCT = "Staff conduct complaint"
DIFFICULT = "Difficult or abusive customer"
COMPLIMENT = "Compliment received"


class ClosingGateRefused(Refused):
    """A case cannot be resolved or closed: required checklist steps are not done and no
    reason was given. `status` is what the case was to become."""

    exit_code = 3  # the command line's EXIT_GATE

    def __init__(self, missing: list[str], status: str = "closed"):
        self.missing, self.status = list(missing), status
        super().__init__("required steps not done: " + "; ".join(self.missing))


# The statuses a case reaches only through the closing gate.
GATED = ("resolved", "closed")


@dataclass(frozen=True)
class TemplateStep:
    text: str
    help: str = ""
    required: bool = False
    follow_up_days: int | None = None
    acknowledges: bool = False  # ticking it tells the customer their complaint was received

    def as_json(self) -> dict:
        out = {"text": self.text, "help": self.help, "required": self.required}
        if self.follow_up_days is not None:
            out["follow_up_days"] = self.follow_up_days
        if self.acknowledges:
            out["acknowledges"] = True
        return out


@dataclass(frozen=True)
class ChecklistTemplate:
    """A procedure to follow. Built-in ones come from resources/checklists and cannot be
    changed; the owner's own live in the database (`id` set)."""
    name: str
    when_to_use: str
    steps: tuple[TemplateStep, ...]
    severity_default: str | None = None
    based_on: str = ""
    builtin: bool = False
    id: int | None = None


@dataclass(frozen=True)
class CaseStep:
    """One step as copied onto a case; `number` counts 1..N across all the case's checklists."""
    id: int
    number: int
    text: str
    help: str
    required: bool
    follow_up_days: int | None
    done_by: str
    done_at: str | None
    note: str
    follow_up_at: str | None

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def as_json(self) -> dict:
        return {"text": self.text, "required": self.required, "done": self.done,
                "done_by": self.done_by, "done_at": self.done_at, "note": self.note}


@dataclass(frozen=True)
class CaseChecklist:
    id: int
    name: str
    started_at: str
    started_by: str
    steps: tuple[CaseStep, ...]
    # Set by start_checklist when the template suggests a higher severity than the case has:
    # a proposal for the owner, who decides (the checklist changes nothing by itself).
    proposed_severity: str | None = None

    @property
    def done_count(self) -> int:
        return sum(s.done for s in self.steps)

    def as_json(self) -> dict:
        return {"name": self.name, "steps": [s.as_json() for s in self.steps]}


# ---- templates ---------------------------------------------------------------------------

def parse_template(data: object, *, builtin: bool = False, template_id: int | None = None) -> ChecklistTemplate:
    """Check a template's fields (from a JSON file or the editor); ValidationError names each problem."""
    if not isinstance(data, dict):
        raise ValidationError({"template": "is not an object with name, when_to_use and steps"})
    problems = {}
    # A shipped file also carries its translations (read by `translated`).
    unknown = set(data) - {"name", "when_to_use", "severity_default", "based_on", "steps",
                           *(("translations",) if builtin else ())}
    if unknown:
        problems["template"] = f"unknown field(s): {', '.join(sorted(unknown))}"
    try:
        name = clean_text(data.get("name"), single_line=True, limit=MAX_NAME)
        if not name:
            raise Invalid("is required")
    except ValueError as exc:
        problems["name"] = str(exc)
        name = ""
    try:
        when = clean_text(data.get("when_to_use"), single_line=True, limit=1000)
    except ValueError as exc:
        problems["when_to_use"] = str(exc)
        when = ""
    severity = data.get("severity_default")
    if severity is not None and severity not in SEVERITIES:
        problems["severity_default"] = f"'{severity}' is not one of {', '.join(SEVERITIES)}"
    raw_steps = data.get("steps")
    steps = []
    if not isinstance(raw_steps, list) or not raw_steps:
        problems["steps"] = "needs at least one step"
    elif len(raw_steps) > MAX_STEPS:
        problems["steps"] = f"has {len(raw_steps)} steps; the limit is {MAX_STEPS}"
    else:
        for number, raw in enumerate(raw_steps, 1):
            try:
                steps.append(_parse_step(raw))
            except ValueError as exc:
                problems[f"step {number}"] = str(exc)
    if problems:
        raise ValidationError(problems)
    return ChecklistTemplate(name=name, when_to_use=when, steps=tuple(steps),
                             severity_default=severity, based_on=str(data.get("based_on") or ""),
                             builtin=builtin, id=template_id)


def _parse_step(raw) -> TemplateStep:
    if not isinstance(raw, dict):
        raise Invalid("is not an object with text, help, required")
    unknown = set(raw) - {"text", "help", "required", "follow_up_days", "acknowledges"}
    if unknown:
        raise Invalid(f"unknown field(s): {', '.join(sorted(unknown))}")
    text = clean_text(raw.get("text"), single_line=True, limit=500)
    if not text:
        raise Invalid("text is required")
    help_text = clean_text(raw.get("help"), limit=2000)
    required, acknowledges = raw.get("required", False), raw.get("acknowledges", False)
    if not isinstance(required, bool):
        raise Invalid("required must be true or false")
    if not isinstance(acknowledges, bool):
        raise Invalid("acknowledges must be true or false")
    days = raw.get("follow_up_days")
    if days is not None and (isinstance(days, bool) or not isinstance(days, int)
                             or not 1 <= days <= MAX_FOLLOW_UP_DAYS):
        raise Invalid(f"follow_up_days must be a whole number from 1 to {MAX_FOLLOW_UP_DAYS}")
    return TemplateStep(text, help_text, required, days, acknowledges)


def template_files() -> list[Path]:
    return sorted(resource_path("checklists").glob("*.json"))


def translated(data: dict, language: str) -> dict:
    """A shipped template's fields in `language`, from its `translations` entry.

    A translation gives the name, when_to_use and each step's text and help, step for step
    in the English order; whether a step is required and its follow-up days stay with the
    English original, so the languages cannot drift apart on what the procedure is."""
    data = dict(data)
    translations = data.pop("translations", {}) or {}
    if language == "en" or language not in translations:
        return data
    words = translations[language]
    steps = words.get("steps", [])
    if len(steps) != len(data.get("steps") or []):
        raise Invalid(f"the '{language}' translation has {len(steps)} steps, the template "
                         f"{len(data.get('steps') or [])}")
    data["name"], data["when_to_use"] = words["name"], words["when_to_use"]
    data["steps"] = [{**step, "text": own["text"], "help": own.get("help", "")}
                     for step, own in zip(data["steps"], steps)]
    return data


@lru_cache(maxsize=None)
def builtin_templates(language: str = "en") -> tuple[ChecklistTemplate, ...]:
    """The templates shipped in resources/checklists, in `language` where they are translated
    (else English), in name order. A broken file is a bug in the app, so it fails loudly
    with the file name."""
    out = []
    for path in template_files():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            out.append(parse_template(translated(data, language_of(language)), builtin=True))
        except ValueError as exc:  # bad JSON or a ValidationError
            raise Invalid(f"{path.name}: {exc}") from None
    return tuple(sorted(out, key=lambda t: t.name.lower()))


@lru_cache(maxsize=None)
def builtin_names(language: str) -> dict[str, str]:
    """English built-in name -> its name in `language` (the suggestion and the command line
    know the templates by their English names)."""
    english = [parse_template(translated(json.loads(p.read_text(encoding="utf-8")), "en"))
               for p in template_files()]
    local = [parse_template(translated(json.loads(p.read_text(encoding="utf-8")),
                                       language_of(language))) for p in template_files()]
    return {e.name: t.name for e, t in zip(english, local)}


@lru_cache(maxsize=None)
def acknowledging_steps() -> frozenset[tuple[str, int, str]]:
    """(checklist name, position, step text) of each built-in step marked `acknowledges`, in
    every language: a case's copy of the steps is known by these, whichever language it was
    started in."""
    return frozenset((t.name, position, step.text) for language in DOCUMENT_LANGUAGES
                     for t in builtin_templates(language)
                     for position, step in enumerate(t.steps, 1) if step.acknowledges)


# ---- on the Store ------------------------------------------------------------------------

class Checklists:
    """store.checklists: checklist templates, and the checklists worked on a case. Its closing
    gate is one of the checks every save of a case passes (Cases.save_checks)."""

    def __init__(self, db: Database, profile: BusinessProfile, cases: Cases, history: History):
        self._db = db
        self._profile = profile
        self._cases = cases
        self._history = history
        cases.save_checks.append(self._closing_gate)

    # templates
    def templates(self) -> list[ChecklistTemplate]:
        """Built-in templates first (in the business language), then the owner's own, each
        group by name. A checklist started from one is copied onto the case as it reads
        now, so a case keeps the language it was worked in."""
        own = [parse_template({"name": name, "when_to_use": when, "steps": json.loads(steps)},
                              template_id=tid)
               for tid, name, when, steps in self._db.conn.execute(
                   "SELECT id, name, when_to_use, steps_json FROM checklist_templates "
                   "ORDER BY name COLLATE NOCASE")]
        return list(builtin_templates(self._profile.get().locale)) + own

    def template(self, name: str) -> ChecklistTemplate:
        """A template by name: exact (any case), else the one whose name starts with it."""
        wanted = str(name or "").strip().lower()
        templates = self.templates()
        # A built-in template also answers to its English name (`checklist start ... General`).
        aliases = {english.lower(): local for english, local in
                   builtin_names(self._profile.get().locale).items()}
        wanted = aliases.get(wanted, wanted).lower()
        exact = [t for t in templates if t.name.lower() == wanted]
        if exact:
            return exact[0]
        starts = [t for t in templates if wanted and t.name.lower().startswith(wanted)]
        if len(starts) == 1:
            return starts[0]
        if starts:
            raise Invalid(f"'{name}' could mean: " + "; ".join(t.name for t in starts))
        raise NotFound(f"no checklist template named '{name}' (see `checklist list`)")

    def save_template(self, data: dict, template_id: int | None = None) -> ChecklistTemplate:
        """Add an owner template (template_id None) or change one; built-in ones are read-only."""
        template = parse_template(data)
        if template.severity_default is not None:
            raise ValidationError({"severity_default": "is only available in built-in templates"})
        clash = [t for t in self.templates()
                 if t.name.lower() == template.name.lower() and (t.builtin or t.id != template_id)]
        if clash:
            what = "a built-in template" if clash[0].builtin else "another of your templates"
            raise ValidationError({"name": f"'{template.name}' is already the name of {what}"})
        steps_json = json.dumps([s.as_json() for s in template.steps], ensure_ascii=False)
        stamp = iso(now())
        with self._db.transaction() as conn:
            if template_id is None:
                template_id = insert_id(
                    conn, "INSERT INTO checklist_templates (name, when_to_use, steps_json, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                    (template.name, template.when_to_use, steps_json, stamp, stamp))
            elif not conn.execute(
                    "UPDATE checklist_templates SET name = ?, when_to_use = ?, steps_json = ?, "
                    "updated_at = ? WHERE id = ?",
                    (template.name, template.when_to_use, steps_json, stamp, template_id)).rowcount:
                raise NotFound(f"no checklist template with id {template_id}")
        return self.template(template.name)

    def copy_template(self, name: str, new_name: str = "") -> ChecklistTemplate:
        """An owner copy of any template, to change as they like."""
        source = self.template(name)
        taken = {t.name.lower() for t in self.templates()}
        if not new_name:
            new_name, n = f"{source.name} (my copy)", 2
            while new_name.lower() in taken:
                new_name, n = f"{source.name} (my copy {n})", n + 1
        return self.save_template({
            "name": new_name, "when_to_use": source.when_to_use,
            "steps": [s.as_json() for s in source.steps]})

    def delete_template(self, template_id: int) -> None:
        """Remove an owner template; cases that used it keep their own copy of the steps."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM checklist_templates WHERE id = ?", (template_id,))

    # checklists on a case
    def of(self, case_id: int) -> list[CaseChecklist]:
        """The case's checklists in the order they were started, steps numbered across all."""
        lists = self._db.conn.execute(
            "SELECT id, name, started_at, started_by FROM case_checklists WHERE case_id = ? "
            "ORDER BY id", (case_id,)).fetchall()
        steps: dict[int, list] = {cid: [] for cid, *_ in lists}
        for row in self._db.conn.execute(
                "SELECT st.checklist_id, st.id, st.text, st.help, st.required, st.follow_up_days, "
                "st.done_by, st.done_at, st.note, st.follow_up_at FROM case_checklist_steps st "
                "JOIN case_checklists cl ON cl.id = st.checklist_id WHERE cl.case_id = ? "
                "ORDER BY cl.id, st.position", (case_id,)):
            steps[row[0]].append(row[1:])
        out, number = [], 0
        for cid, name, started_at, started_by in lists:
            made = []
            for sid, text, help_text, required, days, done_by, done_at, note, follow in steps[cid]:
                number += 1
                made.append(CaseStep(sid, number, text, help_text, bool(required), days, done_by,
                                     done_at, note, follow))
            out.append(CaseChecklist(cid, name, started_at, started_by, tuple(made)))
        return out

    def as_json(self, case_id: int) -> list[dict]:
        return [c.as_json() for c in self.of(case_id)]

    def start(self, ref: str, name: str, *, by: str = "") -> CaseChecklist:
        """Copy a template's steps onto the case, so later template edits leave it untouched.
        A severity the template suggests is returned as `proposed_severity`, not applied."""
        case = self._cases.get(ref)
        template = self.template(name)
        by = self._profile.who(by)
        started = now()
        with self._db.transaction() as conn:
            self._cases.hold(conn, case.id)
            checklist_id = insert_id(
                conn, "INSERT INTO case_checklists (case_id, name, started_at, started_by) "
                "VALUES (?, ?, ?, ?)", (case.id, template.name, iso(started), by))
            conn.executemany(
                "INSERT INTO case_checklist_steps (checklist_id, position, text, help, required, "
                "follow_up_days, follow_up_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(checklist_id, pos, s.text, s.help, int(s.required), s.follow_up_days,
                  None if s.follow_up_days is None
                  else iso(started + timedelta(days=s.follow_up_days)))
                 for pos, s in enumerate(template.steps, 1)])
            self._history.record(conn, case.id, "checklist started", None, template.name, by)
            self._cases.new_version(conn, case.id)
        started = next(c for c in self.of(case.id) if c.id == checklist_id)
        severity = template.severity_default
        if severity and SEVERITIES.index(severity) > SEVERITIES.index(case.severity):
            return replace(started, proposed_severity=severity)
        return started

    def step(self, ref: str, number: int) -> CaseStep:
        case = self._cases.get(ref)
        steps = [s for c in self.of(case.id) for s in c.steps]
        if not steps:
            raise Invalid(f"{case.ref} has no checklist yet")
        if not 1 <= number <= len(steps):
            raise Invalid(f"{case.ref} has steps 1 to {len(steps)}; there is no step {number}")
        return steps[number - 1]

    def _step_held(self, conn, ref: str, number: int) -> CaseStep:
        """Inside the transaction that writes: the case's row held and the step read as it
        is now, so two desks changing one step take turns and the second sees the first."""
        self._cases.hold(conn, self._cases.get(ref).id)
        return self.step(ref, number)

    def tick(self, ref: str, number: int, *, by: str = "", note: str | None = None) -> CaseStep:
        """Mark a step done, by whom (default: the profile owner) and now; a note is optional.
        A step already done is refused (a second desk's tick adds no second history line)."""
        case = self._cases.get(ref)
        by = self._profile.who(by)
        typed = None if note is None else self._clean_note(note)
        with self._db.transaction() as conn:
            step = self._step_held(conn, ref, number)
            if step.done:
                raise Invalid(f"step {number} is already done (by {step.done_by or 'someone'} "
                              f"at {step.done_at})")
            note = step.note if typed is None else typed
            conn.execute("UPDATE case_checklist_steps SET done_by = ?, done_at = ?, note = ? "
                         "WHERE id = ?", (by, iso(now()), note, step.id))
            self._history.record(conn, case.id, "step done", None,
                                 f"{number}. {step.text}" + (f" (note: {note})" if note else ""), by)
            self._acknowledge_by_step(conn, case.id, step, by)
            self._cases.new_version(conn, case.id)
        return self.step(ref, number)

    def _acknowledge_by_step(self, conn, case_id: int, step: CaseStep, by: str) -> None:
        """A ticked acknowledge step acknowledges a case not yet acknowledged, as the
        Acknowledge button does (an open case is then in progress); unticking it later
        leaves the acknowledgement, which the customer has had."""
        name, position = conn.execute(
            "SELECT cl.name, st.position FROM case_checklist_steps st JOIN case_checklists cl "
            "ON cl.id = st.checklist_id WHERE st.id = ?", (step.id,)).fetchone()
        old = self._cases.raw(case_id)
        if (name, position, step.text) not in acknowledging_steps() or old["acknowledged_at"]:
            return
        changed = {"acknowledged_at": iso(now())}
        if old["status"] == "open":
            changed["status"] = "in_progress"
        self._cases.write_changes(conn, case_id, old, changed, changed["acknowledged_at"], by)

    def untick(self, ref: str, number: int, *, by: str = "", note: str | None = None) -> CaseStep:
        """Undo a tick; the history keeps who had ticked it and who took it back."""
        case = self._cases.get(ref)
        by = self._profile.who(by)
        typed = None if note is None else self._clean_note(note)
        with self._db.transaction() as conn:
            step = self._step_held(conn, ref, number)
            if not step.done:
                raise Invalid(f"step {number} is not done")
            held = self._cases.get(ref)
            if step.required and held.status in GATED and not held.close_reason.strip():
                # The closing gate holds afterwards too: no required step comes undone
                # under a case that was resolved or closed because it was done.
                raise Invalid(f"{held.ref} is {held.status}: its required step {number} "
                                 "cannot be undone; reopen the case first")
            note = step.note if typed is None else typed
            conn.execute("UPDATE case_checklist_steps SET done_by = '', done_at = NULL, note = ? "
                         "WHERE id = ?", (note, step.id))
            self._history.record(conn, case.id, "step undone",
                                 f"{number}. {step.text} (done by {step.done_by} at {step.done_at})",
                                 f"{number}. not done" + (f" (note: {note})" if note else ""), by)
            self._cases.new_version(conn, case.id)
        return self.step(ref, number)

    def set_note(self, ref: str, number: int, note: str, *, by: str = "") -> CaseStep:
        case = self._cases.get(ref)
        note = self._clean_note(note)
        by = self._profile.who(by)
        with self._db.transaction() as conn:
            step = self._step_held(conn, ref, number)
            if note != step.note:
                conn.execute("UPDATE case_checklist_steps SET note = ? WHERE id = ?", (note, step.id))
                self._history.record(conn, case.id, f"step {number} note", step.note or None,
                                     note or None, by)
                self._cases.new_version(conn, case.id)
        return self.step(ref, number)

    def set_follow_up(self, ref: str, number: int, when: object, *, by: str = "") -> CaseStep:
        """Set, move or (with None/empty) clear the follow-up date of a step."""
        case = self._cases.get(ref)
        try:
            value = None if when is None or str(when).strip() == "" else normalise_when(when)
        except ValueError as exc:
            raise ValidationError({"follow_up_at": str(exc)}) from None
        by = self._profile.who(by)
        with self._db.transaction() as conn:
            step = self._step_held(conn, ref, number)
            if value != step.follow_up_at:
                conn.execute("UPDATE case_checklist_steps SET follow_up_at = ? WHERE id = ?",
                             (value, step.id))
                self._history.record(conn, case.id, f"step {number} follow-up", step.follow_up_at,
                                     value, by)
                self._cases.new_version(conn, case.id)
        return self.step(ref, number)

    def remove(self, ref: str, checklist_id: int, *, by: str = "") -> None:
        """Take a checklist off the case with its steps, ticks and follow-ups."""
        case = self._cases.get(ref)
        by = self._profile.who(by)
        with self._db.transaction() as conn:
            self._cases.hold(conn, case.id)
            row = conn.execute("SELECT name FROM case_checklists WHERE id = ? AND case_id = ?",
                               (checklist_id, case.id)).fetchone()
            if row is None:
                raise NotFound(f"{case.ref} has no checklist with id {checklist_id}")
            conn.execute("DELETE FROM case_checklists WHERE id = ?", (checklist_id,))
            self._history.record(conn, case.id, "checklist removed", row[0], None, by)
            self._cases.new_version(conn, case.id)

    def missing_required(self, case_id: int) -> list[CaseStep]:
        return [s for c in self.of(case_id) for s in c.steps
                if s.required and not s.done]

    def _closing_gate(self, conn, case, values: dict, changed: dict, stamp: str) -> None:
        """The one closing rule, for Resolve and Close, in the window and on the command
        line: a case becomes resolved or closed only with its required steps done, or with
        a reason (close_reason). Run inside the transaction that writes, after Cases.hold,
        so the steps are read as they are when the change is saved."""
        status = values.get("status", case.status)
        if status not in GATED or status == case.status or case.status == "closed":
            return
        if str(values.get("close_reason", case.close_reason) or "").strip():
            return
        missing = self.missing_required(case.id)
        if missing:
            raise ClosingGateRefused([s.text for s in missing], status)

    @staticmethod
    def _clean_note(note) -> str:
        try:
            return clean_text(note, limit=2000)
        except ValueError as exc:
            raise ValidationError({"note": str(exc)}) from None
