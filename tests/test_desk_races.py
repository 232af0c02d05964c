"""Two desks on one log: every interleaving of tick, untick, close and resolve keeps the rules.

Each desk is its own Store on the same database (file or server). A desk's operation is
stopped just before it asks for the write lock, so its reads are done and its writes are
not; the test lets the two desks read and write in every order (6 orders of two desks'
read and write phases, 4 pairs of actions: 24 interleavings on each engine)."""
from __future__ import annotations

import itertools
import threading

import pytest

from data.checklists import ClosingGateRefused
from data.store import Store
from data.errors import Conflict

OWN_WAY = {"name": "Our way", "when_to_use": "always",
           "steps": [{"text": "Say sorry", "required": True},
                     {"text": "Call back", "required": True},
                     {"text": "Note it", "required": False}]}


class PausedConnection:
    """A desk's own connection, which waits before it takes the write lock until told to
    go (every statement still runs on the real connection)."""

    def __init__(self, conn):
        self._conn = conn
        self.reached = threading.Event()
        self.go = threading.Event()

    def execute(self, sql, params=()):
        if sql.lstrip().upper().startswith("BEGIN IMMEDIATE") and not self.go.is_set():
            self.reached.set()
            assert self.go.wait(30), "the test never let this desk write"
        return self._conn.execute(sql, params)

    def __getattr__(self, name):
        return getattr(self._conn, name)


class Desk:
    """One desk's action on its own thread, stopped between its reads and its writes."""

    def __init__(self, store: Store, action):
        self.store, self.action = store, action
        self.result = self.error = None

    def read(self):
        self.store.db.conn = PausedConnection(self.store.db.conn)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        # Read done: it waits at the write lock (or it already ended, refused).
        while not self.store.db.conn.reached.wait(0.01) and self.thread.is_alive():
            pass

    def write(self):
        self.store.db.conn.go.set()
        self.thread.join(30)
        assert not self.thread.is_alive(), "a desk's action did not finish"
        self.store.db.conn = self.store.db.conn._conn

    def _run(self):
        try:
            self.result = self.action(self.store)
        except (ClosingGateRefused, Conflict, ValueError) as exc:
            self.error = exc


# Both desks' (read, write) phases in every order with a desk's read before its write.
ORDERS = [order for order in itertools.permutations(["r0", "w0", "r1", "w1"])
          if order.index("r0") < order.index("w0") and order.index("r1") < order.index("w1")]


def _case_with_required_steps_done(store: Store):
    case = store.cases.add(customer={"name": "Ann Lee"}, kind="complaint", summary="Cold soup")
    store.checklists.start(case.ref, "Our way")
    store.checklists.tick(case.ref, 1, by="Ann")
    store.checklists.tick(case.ref, 2, by="Ann")
    return store.cases.get(case.ref)


def _untick(ref):
    return lambda s: s.checklists.untick(ref, 2, by="Desk A")


def _tick(ref):
    return lambda s: s.checklists.tick(ref, 3, by="Desk")


def _close(ref):
    return lambda s: s.cases.update(ref, {"status": "closed"}, by="Desk B")


def _resolve(ref):
    return lambda s: s.cases.resolve(ref, by="Desk B")


def _close_from_form(ref, version):
    return lambda s: s.cases.update(ref, {"status": "closed"}, by="Desk B",
                                    expected_version=version)


PAIRS = {
    "untick+close": lambda case: (_untick(case.ref), _close(case.ref)),
    "untick+resolve": lambda case: (_untick(case.ref), _resolve(case.ref)),
    "untick+close from a form": lambda case: (_untick(case.ref),
                                              _close_from_form(case.ref, case.version)),
    "tick+tick": lambda case: (_tick(case.ref), _tick(case.ref)),
}


@pytest.fixture
def two_desks(target):
    first = Store(target)
    first.checklists.save_template(OWN_WAY)
    second = Store(target)
    yield first, second
    first.close()
    second.close()


def _play(desks: list[Desk], order) -> None:
    for step in order:
        desk = desks[int(step[1])]
        desk.read() if step[0] == "r" else desk.write()


def test_no_interleaving_of_two_desks_bypasses_the_gate_or_ticks_twice(two_desks):
    first, second = two_desks
    bypasses, double_ticks, played = [], [], 0
    for name, pair in PAIRS.items():
        for order in ORDERS:
            case = _case_with_required_steps_done(first)
            actions = pair(case)
            _play([Desk(first, actions[0]), Desk(second, actions[1])], order)
            played += 1
            now = first.cases.get(case.ref)
            open_steps = first.checklists.missing_required(case.id)
            if now.status in ("resolved", "closed") and open_steps and not now.close_reason:
                bypasses.append((name, order))
            ticks = [h for h in first.history.of(case.id)
                     if h.field == "step done" and h.new.startswith("3.")]
            if len(ticks) > 1:
                double_ticks.append((name, order))
    assert played == 24
    assert bypasses == [] and double_ticks == []


def test_the_second_of_two_desks_ticking_one_step_is_told_it_is_done(two_desks):
    first, second = two_desks
    case = _case_with_required_steps_done(first)
    desks = [Desk(first, _tick(case.ref)), Desk(second, _tick(case.ref))]
    _play(desks, ("r0", "r1", "w0", "w1"))
    assert desks[0].error is None
    assert isinstance(desks[1].error, ValueError)
    assert "step 3 is already done (by Desk" in str(desks[1].error)


def test_a_tick_makes_a_new_version_of_the_case(store):
    store.checklists.save_template(OWN_WAY)
    case = _case_with_required_steps_done(store)
    for change in (lambda: store.checklists.untick(case.ref, 1),
                   lambda: store.checklists.set_note(case.ref, 1, "called twice"),
                   lambda: store.checklists.set_follow_up(case.ref, 1, "2030-01-02"),
                   lambda: store.checklists.tick(case.ref, 1)):
        before = store.cases.get(case.ref).version
        change()
        assert store.cases.get(case.ref).version == before + 1
    # A form opened before the tick is told the case changed; nothing is saved over it.
    with pytest.raises(Conflict):
        store.cases.update(case.ref, {"summary": "Cold soup, twice"}, expected_version=case.version)


def test_resolve_is_gated_as_close_is(store):
    store.checklists.save_template(OWN_WAY)
    case = _case_with_required_steps_done(store)
    store.checklists.untick(case.ref, 2)
    with pytest.raises(ClosingGateRefused) as refused:
        store.cases.resolve(case.ref)
    assert refused.value.status == "resolved" and refused.value.missing == ["Call back"]
    assert store.cases.get(case.ref).status == "open"
    resolved = store.cases.update(case.ref, {"status": "resolved",
                                             "close_reason": "customer withdrew"})
    assert resolved.status == "resolved" and resolved.close_reason == "customer withdrew"


def test_a_required_step_of_a_closed_case_cannot_come_undone(store):
    store.checklists.save_template(OWN_WAY)
    case = _case_with_required_steps_done(store)
    store.cases.update(case.ref, {"status": "closed"})
    with pytest.raises(ValueError, match="is closed: its required step 2 cannot be undone"):
        store.checklists.untick(case.ref, 2)
    assert store.checklists.missing_required(case.id) == []
    store.checklists.tick(case.ref, 3)
    assert not store.checklists.untick(case.ref, 3).done  # a step that is not required may
