"""Measures the apology check on the labelled corpus in tests/apology_corpus: how many
non-apologies it flags, how many good apologies it passes, and per-component precision
and recall. Run: python3 tools/apology_eval.py [--misses]"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from data.model import Case, Customer  # noqa: E402 (after the path line above)
from reports.apology import COMPONENTS, analyse  # noqa: E402
from reports.letter_check import check_letter  # noqa: E402

CORPUS = ROOT / "tests" / "apology_corpus"
LABELS = ("good", "non-apology")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Report:
    texts: int = 0
    good: int = 0
    good_passed: int = 0
    bad: int = 0
    bad_flagged: int = 0
    components: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in COMPONENTS})
    false_alarms: list[tuple[str, list[str]]] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    component_misses: dict[str, list[str]] = field(default_factory=dict)

    @property
    def flagged_rate(self) -> float:
        return self.bad_flagged / self.bad if self.bad else 1.0

    @property
    def passed_rate(self) -> float:
        return self.good_passed / self.good if self.good else 1.0


def load_corpus(folder: Path = CORPUS) -> list[dict]:
    """Every entry of every <language>.json, with its language added; a malformed entry
    is reported with its file and id."""
    entries = []
    for path in sorted(folder.glob("*.json")):
        for n, entry in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            where = f"{path.name} entry {n} ({entry.get('id', 'no id')})"
            missing = [k for k in ("id", "label", "source", "date", "form", "components",
                                   "reason", "text") if k not in entry]
            if missing:
                raise ValueError(f"{where}: lacks {', '.join(missing)}")
            if entry["label"] not in LABELS:
                raise ValueError(f"{where}: label {entry['label']!r} is not one of {LABELS}")
            unknown = set(entry["components"]) - set(COMPONENTS)
            if unknown:
                raise ValueError(f"{where}: unknown components {sorted(unknown)}")
            entries.append({**entry, "language": path.stem})
    return entries


def _case() -> Case:
    """A case with an address and no recorded remedy: only the text is judged."""
    return Case(id=0, ref="EVAL", occurred_at="", kind="complaint", summary="",
                customer=Customer(id=0, name="Customer", address="1 High Street\nTown"))


def evaluate(entries: list[dict], split: str | None = None) -> Report:
    """The figures over `entries`, or over those of one split ("dev": the texts seen while
    the word lists were corrected; "holdout": added afterwards and never used to change
    them)."""
    if split is not None:
        entries = [e for e in entries if e.get("split", "dev") == split]
    report, case = Report(), _case()
    for entry in entries:
        text, language = entry["text"], entry["language"]
        codes = [w.code for w in check_letter("apology", text, case, language=language)]
        report.texts += 1
        if entry["label"] == "good":
            report.good += 1
            if codes:
                report.false_alarms.append((entry["id"], codes))
            else:
                report.good_passed += 1
        else:
            report.bad += 1
            if codes:
                report.bad_flagged += 1
            else:
                report.missed.append(entry["id"])
        found = analyse(text, language)
        for component in COMPONENTS:
            gold, seen = component in entry["components"], found.has(component)
            tally = report.components[component]
            if gold and seen:
                tally.tp += 1
            elif seen:
                tally.fp += 1
                report.component_misses.setdefault(component, []).append(f"+{entry['id']}")
            elif gold:
                tally.fn += 1
                report.component_misses.setdefault(component, []).append(f"-{entry['id']}")
    return report


def table(report: Report) -> str:
    lines = [f"{report.texts} texts: {report.bad} non-apologies, {report.good} good apologies",
             (f"non-apologies flagged: {report.bad_flagged}/{report.bad} "
              f"({report.flagged_rate:.0%})"),
             (f"good apologies passed without a warning: {report.good_passed}/{report.good} "
              f"({report.passed_rate:.0%})"), "",
             f"{'component':<15}{'precision':>10}{'recall':>8}{'TP':>5}{'FP':>5}{'FN':>5}"]
    for component in COMPONENTS:
        t = report.components[component]
        lines.append(f"{component:<15}{t.precision:>10.0%}{t.recall:>8.0%}{t.tp:>5}{t.fp:>5}"
                     f"{t.fn:>5}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    entries = load_corpus()
    report = evaluate(entries)
    print(table(report))
    for split in ("dev", "holdout"):
        print(f"\n[{split} only]")
        print(table(evaluate(entries, split)))
    if "--misses" in argv:
        print("\nfalse alarms on good apologies:")
        for id_, codes in report.false_alarms:
            print(f"  {id_}: {', '.join(codes)}")
        print("non-apologies not flagged:", ", ".join(report.missed) or "none")
        print("component errors (+ found but not labelled, - labelled but not found):")
        for component, ids in report.component_misses.items():
            print(f"  {component}: {' '.join(ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
