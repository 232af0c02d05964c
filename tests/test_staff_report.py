"""The monthly report's approvals section, read back from the PDF: the figures of
report --json's `approvals`, beside the staff shout-outs."""
from __future__ import annotations

import io
import json

from pypdf import PdfReader

from data.metrics import month_metrics, recent_months
from main import main
from reports.monthly import MonthlyReport

THIS_MONTH = recent_months(1)[0]


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


def _month_of_approvals(store):
    store.profile.update(name="Café Lumen", owner="Olga Owner", refund_limit="50", currency="EUR")
    store.staff.add("Olga", "owner")
    store.staff.add("Bob", "manager", limit="100", by="Olga")
    store.staff.add("Ann", "staff", limit="20", by="Olga")
    refs = [store.cases.add(kind="complaint", summary=f"Cold soup {i}", by="Olga",
                           customer={"name": "Ada"}).ref for i in range(5)]
    store.cases.add(kind="compliment", summary="Lovely", staff="Priya", by="Olga",
                   customer={"name": "Ben"})
    store.authority.record_remedy(refs[0], "refund", "60", by="Ann")  # still awaiting
    store.authority.record_remedy(refs[1], "refund", "40", by="Ann")
    store.authority.approve(refs[1], by="Bob", reason="regular")
    store.authority.record_remedy(refs[2], "credit", "80", by="Ann")
    store.authority.decline(refs[2], by="Olga", reason="beyond policy")
    store.authority.record_remedy(refs[3], "refund", "1950", by="Ann", given=True)  # the story
    store.authority.record_remedy(refs[4], "refund", "10", by="Ann")  # within the limit: no approval


def test_the_report_pdf_has_the_approvals_of_report_json_and_keeps_shout_outs(store, tmp_path):
    _month_of_approvals(store)
    metrics = month_metrics(store, THIS_MONTH)
    assert metrics.approvals["requested"] == 3
    pdf = MonthlyReport(metrics, store.profile.get()).render()
    text = _text(pdf)
    assert "Approvals" in text
    assert "Remedies asked for above a person's limit" in text
    assert "Requested 3" in text and "Approved 1" in text and "Declined 1" in text
    assert "Given above the limit without approval 1" in text
    assert "wait for the owner's review" in text
    assert "Compliments and staff shout-outs" in text and "Priya" in text

    out = tmp_path / "report.json"
    assert main(["--db", str(store.target), "report", "--month", THIS_MONTH.key,
                 "--json", str(out)]) == 0
    figures = json.loads(out.read_text())["approvals"]
    assert figures == metrics.approvals
    assert f"Requested {figures['requested']}" in text


def test_a_month_without_requests_above_a_limit_has_no_approvals_section(store):
    store.profile.update(name="Café Lumen", currency="EUR")
    store.cases.add(kind="complaint", summary="Cold soup", customer={"name": "Ada"},
                   remedy="refund", remedy_cost="15")
    text = _text(MonthlyReport(month_metrics(store, THIS_MONTH), store.profile.get()).render())
    assert "Putting things right" in text and "Approvals" not in text


def test_the_approvals_section_is_in_the_business_language(store):
    _month_of_approvals(store)
    store.profile.update(locale="de_DE")
    text = _text(MonthlyReport(month_metrics(store, THIS_MONTH), store.profile.get()).render())
    assert "Genehmigungen" in text and "Ohne Genehmigung über dem Limit gewährt 1" in text
