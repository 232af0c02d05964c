"""On a case, with staff records: its remedy's state (awaiting approval, approved or declined
by whom and when, given over the limit), Approve and Decline for a person who may decide,
Refer to… and Assign to…, and the remedy typed into the form decided by the authority rule."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from data.errors import GoodwillError, Refused
from data.l10n import format_number
from ui.actions import staff as actions
from ui.desk_picker import person_text
from ui.i18n import fill, label, shown_when

# The form's remedies that cost nothing: saved as before, not decided by the rule.
_FREE = ("none", "apology_only")


class CaseAuthority(QWidget):
    """The remedy and hand-over strip under a case's title (hidden without staff records)."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.ctx = view.ctx
        self.state: actions.RemedyState | None = None
        self.setObjectName("authority")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # its colour says the state
        self.remedy = QLabel()
        self.remedy.setWordWrap(True)
        self.remedy.setAccessibleName(self.tr("Remedy approval"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setAccessibleName(self.tr("Approve the remedy"))
        self.approve_button.clicked.connect(self.approve)
        self.decline_button = QPushButton(self.tr("Decline…"))
        self.decline_button.setAccessibleName(self.tr("Decline the remedy, with a reason"))
        self.decline_button.clicked.connect(self.decline)
        self.assigned = QLabel()
        self.assigned.setAccessibleName(self.tr("Assigned to"))
        self.refer_button = QPushButton(self.tr("Refer to…"))
        self.refer_button.setToolTip(self.tr("Hand the case to a manager or the owner, with a note"))
        self.refer_button.clicked.connect(self.refer)
        self.assign_button = QPushButton(self.tr("Assign to…"))
        self.assign_button.setToolTip(self.tr("Make a person responsible for this case"))
        self.assign_button.clicked.connect(self.assign)
        top = QHBoxLayout()
        top.addWidget(self.remedy, 1)
        top.addWidget(self.approve_button)
        top.addWidget(self.decline_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.assigned, 1)
        bottom.addWidget(self.refer_button)
        bottom.addWidget(self.assign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.hide()

    def active(self) -> bool:
        return self.ctx.store.staff.any()

    # ---- showing -----------------------------------------------------------------------------
    def set_case(self, case) -> None:
        """Show the case's remedy state; with staff records the form's old approval line
        gives way to this strip."""
        if case is None or not self.active():
            self.state = None
            self.hide()
            return
        self.view.approval_box.hide()
        self.state = state = actions.remedy_state(self.ctx.store, case, self.ctx.person)
        words = self._remedy_words(state)
        text, colour = "", ""
        if state.status == "awaiting_approval":
            text = fill(self.tr("Awaiting approval by a manager or the owner: %1"), words)
            colour = "rgba(230, 160, 20, 70)"
        elif state.status == "given_over_limit":
            text = fill(self.tr("Given over the limit: %1. For the owner's review."), words)
            colour = "rgba(220, 60, 60, 60)"
        elif state.status == "approved":
            text = fill(self.tr("%1 approved by %2 at %3"), words, state.decided_by or "?",
                        shown_when(state.decided_at))
            colour = "rgba(60, 170, 90, 60)"
        elif state.status == "declined":
            text = fill(self.tr("Declined by %1 at %2"), state.decided_by or "?",
                        shown_when(state.decided_at))
            colour = "rgba(220, 60, 60, 60)"
        elif state.status == "granted":
            text = fill(self.tr("%1 granted"), words)
        if state.reason and state.status in ("approved", "declined"):
            text += " — " + state.reason
        self.remedy.setText(text)
        self.remedy.setVisible(bool(text))
        for button in (self.approve_button, self.decline_button):
            button.setVisible(state.pending and state.may_decide)
        self.assigned.setText(fill(self.tr("Assigned to %1"), state.assigned_to)
                              if state.assigned_to else self.tr("Not assigned"))
        self.setStyleSheet(f"#authority {{ background: {colour or 'transparent'}; "
                           "border-radius: 4px; }")
        self.show()

    def _remedy_words(self, state) -> str:
        profile = self.ctx.store.profile.get()
        return fill(self.tr("%1 of %2 %3", "remedy of amount currency"), label(state.kind),
                    format_number(state.amount, profile.locale, 2), profile.currency)

    # ---- the remedy typed into the form -------------------------------------------------------
    def takes_remedy(self, changes: dict) -> bool:
        """Whether this save's remedy goes through the authority rule (staff records, and a
        remedy that costs something was typed)."""
        if not ({"remedy", "remedy_cost"} & changes.keys()) or not self.active():
            return False
        kind = changes.get("remedy", self.view._get("remedy"))
        cost = str(changes.get("remedy_cost", self.view._get("remedy_cost")) or "").strip()
        return kind not in _FREE and cost not in ("", "0", "0.00", "0,00")

    def save_remedy(self, changes: dict) -> bool:
        """The remedy under the person's limit (granted, or a request), then the other
        typed fields over the case as the remedy left it."""
        case = self.view.case
        kind = changes.get("remedy", self.view._get("remedy"))
        amount = changes.get("remedy_cost", self.view._get("remedy_cost"))
        rest = {k: v for k, v in changes.items() if k not in ("remedy", "remedy_cost")}
        ref, actor = case.ref, self.ctx.person
        try:
            outcome = self.ctx.save(lambda store: actions.record_remedy(
                store, actor, ref, kind, amount), busy=self.view)
        except GoodwillError as exc:
            self.ctx.ask.error(self.tr("Remedy not recorded"), str(exc))
            return False
        fresh = self.ctx.store.cases.get(ref)
        if rest:
            self.view.case = fresh
            if not self.view._write(rest, fresh.version):
                return False
        else:
            self.view.case = None
            self.view._show(fresh)
            self.ctx.announce("cases")
        self.view.message.setStyleSheet("")
        self.view.message.setText(self._outcome_words(outcome.status))
        return True

    def _outcome_words(self, status: str) -> str:
        if status == "awaiting_approval":
            return self.tr("The remedy is above your limit: it is recorded as a request "
                           "awaiting approval by a manager or the owner.")
        if status == "given_over_limit":
            return self.tr("Recorded as given above your limit, and flagged for the owner's "
                           "review.")
        return self.tr("Remedy granted.")

    def letter_allowed(self, kind: str) -> bool:
        """No letter promising a remedy that awaits approval: say why instead."""
        try:
            actions.check_letter(self.ctx.store, self.view.case.ref, kind)
        except Refused:
            self.ctx.ask.error(self.tr("Letter not written"), self.tr(
                "This letter would promise the remedy, which awaits approval by a manager or "
                "the owner. It can be written once the remedy is approved or declined."))
            return False
        return True

    # ---- deciding and handing over --------------------------------------------------------------
    def _act(self, work) -> None:
        ref, actor = self.view.case.ref, self.ctx.person
        try:
            self.ctx.save(lambda store: work(store, actor, ref), busy=self.view)
        except GoodwillError as exc:
            self.ctx.ask.error(self.tr("Not saved"), str(exc))
            return
        self.view.case = None
        self.view._show(self.ctx.store.cases.get(ref))
        self.ctx.announce("cases")

    def approve(self) -> None:
        reason = self.ctx.ask.text(self.tr("Approve"), self.tr("Reason (optional):"))
        if reason is not None:
            self._act(lambda store, actor, ref: actions.approve(store, actor, ref,
                                                                reason.strip()))

    def decline(self) -> None:
        reason = (self.ctx.ask.text(self.tr("Decline"), self.tr(
            "Why is the remedy declined? The person who asked is told.")) or "").strip()
        if reason:
            self._act(lambda store, actor, ref: actions.decline(store, actor, ref, reason))

    def refer(self) -> None:
        people = [m for m in actions.desk_people(self.ctx.store)
                  if m.role in ("owner", "manager")
                  and (self.ctx.person is None or m.name != self.ctx.person.name)]
        if not people:
            self.ctx.ask.inform(self.tr("Refer to…"), self.tr("There is no manager or owner "
                                                               "to refer the case to."))
            return
        index = self.ctx.ask.choose(self.tr("Refer to…"),
                                    self.tr("Who should take over this case?"),
                                    [person_text(m) for m in people])
        if index is None:
            return
        note = self.ctx.ask.text(self.tr("Refer to…"), fill(self.tr(
            "A note for %1 (what the customer wants, what was said):"), people[index].name))
        if note is not None:
            to = people[index].name
            self._act(lambda store, actor, ref: actions.refer(store, actor, ref, to,
                                                              note.strip()))

    def assign(self) -> None:
        people = actions.desk_people(self.ctx.store)
        index = self.ctx.ask.choose(self.tr("Assign to…"),
                                    self.tr("Who is responsible for this case?"),
                                    [person_text(m) for m in people])
        if index is not None:
            name = people[index].name
            self._act(lambda store, actor, ref: actions.assign(store, actor, ref, name))
