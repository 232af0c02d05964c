"""Letters end to end: templates filled from a case, PDFs parsed back, the archive, the check."""
from __future__ import annotations

import hashlib
import re
import subprocess

import pytest

from data.letters import LETTER_KINDS, fill_template, letter_fields
from data.model import ValidationError
from reports.letter import render_case_letter
from reports.letter_check import check_letter

MM = 72 / 25.4
INCH = 72.0
TRICKY_NAME = "Zoë <Smith & Sons> \"O'Brien\" Ωμέγα Жуковский"
ADDRESS = "12 Larkspur <Yard> & Mews\nAmberton-on-Quill\nZX9 4QQ"


@pytest.fixture
def business(store):
    store.profile.update(name="The Crumb & Cup", address="14 Mill Lane\nHebden Bridge",
                         phone="01422 555 014", email="hello@crumb.example", owner="Rosa Whitfield",
                         title="Owner", currency="GBP", paper="a4")
    return store


def add_complaint(store, **overrides):
    customer = overrides.pop("customer", {"name": TRICKY_NAME, "address": ADDRESS})
    fields = dict(kind="complaint", summary="Soup served cold", occurred_at="2026-10-03 12:30",
                  staff="Maya", remedy="refund", remedy_cost="12.50",
                  lesson="Soup is now checked with a probe before it leaves the kitchen.")
    fields.update(overrides)
    return store.cases.add(customer=customer, **fields)


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def page_words(pdf: bytes, tmp_path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) in points from the top-left corner of one page."""
    path = tmp_path / "bbox.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", "-f", str(page), "-l", str(page),
                           str(path), "-"], check=True, capture_output=True, text=True).stdout
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                       r"(.*?)</word>", html)
    from html import unescape
    return [(unescape(w), float(a), float(b), float(c), float(d)) for a, b, c, d, w in words]


def render(store, case, kind="apology", text=None, paper=None):
    text = store.letters.draft(case.ref, kind).text if text is None else text
    return render_case_letter(case, store.profile.get(), kind, text, paper=paper)


# ---- text safety -------------------------------------------------------------------------

def test_markup_quotes_accents_greek_and_cyrillic_print_exactly(business, tmp_path):
    case = add_complaint(business)
    letter = render(business, case)
    text = pdf_text(letter.pdf, tmp_path)
    assert TRICKY_NAME in text  # in the address window
    assert f"Dear {TRICKY_NAME}," in text
    assert "12 Larkspur <Yard> & Mews" in text
    assert "The Crumb & Cup" in text
    assert "&amp;" not in text and "&lt;" not in text


def test_every_kind_fills_without_none_or_empty_gaps(store, tmp_path):
    # A bare profile and a case with almost nothing recorded: every gap must close cleanly.
    case = store.cases.add(customer={"name": "Ann Lee"}, kind="question", summary="Opening hours?")
    for kind in LETTER_KINDS:
        draft = store.letters.draft(case.ref, kind).text
        text = pdf_text(render(store, case, kind).pdf, tmp_path)
        for shown in (draft, text):
            assert "None" not in shown
            assert "{" not in shown and "}" not in shown
            assert not re.search(r"\(\s*\)|“\s*”|\s[,.]|Dear\s*,", shown), (kind, shown)
        assert "Dear Ann Lee," in draft


def test_missing_name_falls_back_to_a_general_greeting():
    template = "Dear {name},\n|\nDear customer,\n\nWe spoke to {staff} about it.\n\nThanks."
    assert fill_template(template, {"name": "", "staff": ""}) == "Dear customer,\n\nThanks."
    assert fill_template(template, {"name": "Bo", "staff": "Tom"}).startswith("Dear Bo,\n\nWe spoke to Tom")


def test_remedy_is_in_words_with_amount_in_profile_currency(business):
    case = add_complaint(business, remedy="credit", remedy_cost="1234.50")
    fields = letter_fields(case, business.profile.get())
    assert fields["remedy"] == "a credit of £1,234.50 towards your next visit"
    assert fields["amount"] == "£1,234.50"
    business.profile.update(currency="CHF", locale="de_DE")
    assert letter_fields(case, business.profile.get())["amount"] == "1.234,50\xa0CHF"


# ---- layout -----------------------------------------------------------------------------

@pytest.mark.parametrize("paper, zone", [
    ("a4", (20 * MM, 105 * MM, 62.7 * MM, 90 * MM)),
    ("letter", (0.75 * INCH, 4.5 * INCH, 2.0 * INCH, 3.0 * INCH)),
])
@pytest.mark.parametrize("address", [
    ADDRESS,
    # Too many and too long lines: the block must shrink or wrap, never leave the window.
    "Flat 3, The Old Granary Building, Long Riverside Industrial Estate Access Road\n"
    "Unit 7\nBlock C\nLarkspur Yard\nAmberton-on-Quill\nQuillshire\nZX9 4QQ",
])
def test_recipient_address_sits_inside_the_envelope_window(business, tmp_path, paper, zone, address):
    case = add_complaint(business, customer={"name": "Quentin Quillfeather", "address": address})
    letter = render(business, case, paper=paper)
    words = page_words(letter.pdf, tmp_path)
    left, right, top, bottom = zone
    # The address block is everything printed between the window's top and the body text.
    block = [w for w in words if top - 8 <= w[2] and w[4] <= bottom + 8 and w[1] < right]
    assert block and block[0][0] == "Quentin"
    for word, x0, y0, x1, y1 in block:
        assert left <= x0 and x1 <= right, (word, x0, x1)
        assert top <= y0 and y1 <= bottom, (word, y0, y1)
    printed = " ".join(w[0] for w in block)
    assert "Quillfeather" in printed and "ZX9" in printed  # the postcode line is never cut


def test_long_letter_flows_over_pages_and_numbers_them(business, tmp_path):
    case = add_complaint(business)
    paragraph = ("We are sorry that the soup was cold & the bread <stale>. " * 350)[:20_000]
    letter = render(business, case, text=f"Dear Ann,\n\n{paragraph}\n\nYours,")
    assert letter.pages >= 3
    text = pdf_text(letter.pdf, tmp_path)
    for number in range(1, letter.pages + 1):
        assert f"Page {number} of {letter.pages}" in text
    assert text.count("<stale>") >= 300


def test_one_page_letter_has_no_page_number(business, tmp_path):
    letter = render(business, add_complaint(business))
    assert letter.pages == 1
    assert "Page 1" not in pdf_text(letter.pdf, tmp_path)


def test_a_word_without_spaces_longer_than_a_page_still_renders(business, tmp_path):
    case = add_complaint(business)
    letter = render(business, case, text="Dear Ann,\n\n" + "x" * 20_000)
    assert letter.pages >= 2
    assert pdf_text(letter.pdf, tmp_path).count("x") >= 19_000


def test_same_letter_renders_to_the_same_bytes(business):
    case = add_complaint(business)
    from datetime import datetime
    day = datetime(2026, 11, 2, 10, 0)
    text = business.letters.draft(case.ref, "apology").text
    first = render_case_letter(case, business.profile.get(), "apology", text, today=day)
    second = render_case_letter(case, business.profile.get(), "apology", text, today=day)
    assert first.pdf == second.pdf


# ---- drafts, templates, archive ------------------------------------------------------------

def test_edited_draft_is_kept_per_case_and_kind(business):
    case = add_complaint(business)
    fresh = business.letters.draft(case.ref, "apology")
    assert not fresh.edited and "I am truly sorry" in fresh.text
    business.letters.save_draft(case.ref, "apology", "Dear Zoë,\n\nSorry, truly.")
    assert business.letters.draft(case.ref, "apology").text == "Dear Zoë,\n\nSorry, truly."
    assert not business.letters.draft(case.ref, "thank-you").edited
    assert not business.letters.discard_draft(case.ref, "apology").edited


def test_owner_template_edits_are_used_and_checked(business):
    case = add_complaint(business)
    with pytest.raises(ValidationError) as err:
        business.letters.save_template("thank-you", "Dear {nmae},")
    assert "{nmae}" in str(err.value)
    business.letters.save_template("thank-you", "Dear {name},\n\nThank you for {summary}!")
    assert business.letters.draft(case.ref, "thank-you").text.endswith("Thank you for Soup served cold!")
    assert not business.letters.reset_template("thank-you").edited


def test_archived_letter_reprints_byte_for_byte(business, capsys):
    from ui.cli.common import case_json

    case = add_complaint(business)
    letter = render(business, case)
    saved = business.letters.archive(case.ref, "apology", letter.pdf, pages=letter.pages,
                                     paper=letter.paper, action="printed", by="Rosa")
    assert business.letters.pdf(saved.id) == letter.pdf
    assert saved.sha256 == hashlib.sha256(letter.pdf).hexdigest()
    assert [h.field for h in business.history.of(case.id)][-1] == "letter"
    listed = case_json(business, case)["letters"]
    assert listed == [{"kind": "apology", "created_at": saved.created_at, "pages": 1,
                       "sha256": saved.sha256}]


def test_cli_renders_checks_and_archives(business, target, tmp_path, capsys):
    import main

    case = add_complaint(business, customer={"name": "Ann Lee"}, lesson="")
    business.letters.save_draft(case.ref, "apology", "Dear Ann,\n\nWe are sorry if you felt "
                               "let down.\n\nRosa")
    out = tmp_path / "out.pdf"
    code = main.main(["--db", str(target), "letter", case.ref, "--kind", "apology", "--out",
                      str(out), "--paper", "letter", "--check"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    warnings = [line for line in captured.err.splitlines() if line.startswith("goodwill: warning: ")]
    assert any("Conditional" in w for w in warnings)
    assert any("postal address" in w for w in warnings)
    assert "sorry if you felt" in pdf_text(out.read_bytes(), tmp_path)
    archived = business.letters.archived(case.ref)
    assert len(archived) == 1 and archived[0].paper == "letter"
    assert business.letters.pdf(archived[0].id) == out.read_bytes()


# ---- the apology check ------------------------------------------------------------------------

GOOD = ("Dear Zoë,\n\nI am truly sorry the soup was cold. It was our mistake and I take "
        "responsibility. We have changed how we check it. I have arranged a refund of £12.50. "
        "I hope you can forgive us.\n\nRosa")


def codes(store, text, case=None, pages=1):
    case = case or add_complaint(store)
    return [w.code for w in check_letter("apology", text, case, pages=pages)]


def test_a_good_apology_draws_no_warning(business):
    assert codes(business, GOOD) == []
    case = add_complaint(business)
    assert codes(business, business.letters.draft(case.ref, "apology").text, case) == []


@pytest.mark.parametrize("change, code", [
    (("I am truly sorry", "It is a shame"), "no_apology"),
    (("I am truly sorry the soup", "I am sorry if the soup"), "conditional"),
    (("I am truly sorry the soup was cold.", "Sorry, but the soup was cold."), "deflection"),
    (("I am truly sorry the soup was cold.", "I am sorry you feel the soup was cold."), "feelings"),
    (("It was our mistake", "You should have told us; it was"), "blame"),
    (("I have arranged a refund of £12.50. ", ""), "remedy"),
    (("We have changed how we check it. ", ""), "no_change"),
    (("Dear Zoë", "Dear Zoë 𓂀"), "unprintable"),
])
def test_each_warning_fires(business, change, code):
    text = GOOD.replace(*change)
    assert text != GOOD
    assert codes(business, text) == [code]


def test_no_address_and_long_letter_warn(business):
    case = add_complaint(business, customer={"name": "Ann Lee"})
    assert codes(business, GOOD, case) == ["no_address"]
    assert codes(business, GOOD, pages=2) == ["long"]


def test_remedy_amount_alone_counts_as_mentioned(business):
    assert codes(business, GOOD.replace("a refund of £12.50", "£12.50 back")) == []
