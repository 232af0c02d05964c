"""Arabic, Hebrew and CJK names print shaped, in order and in a font that has them."""
from __future__ import annotations

import io
import subprocess
import unicodedata
from datetime import datetime

from pypdf import PdfReader

from data.metrics import month_metrics, recent_months
from reports.fonts import unprintable, visual
from reports.letter import render_case_letter
from reports.monthly import MonthlyReport

ARABIC = "محمد الأحمد"
ARABIC_STREET = "شارع الملك فهد"
HEBREW = "שלום כהן"
CHINESE = "王小明"
JAPANESE = "山田はなこ"


def pdftotext(pdf: bytes, tmp_path) -> str:
    """The text as pdftotext reads it, in logical order, with Arabic presentation forms
    folded back to letters (NFKC) and the bidi embedding marks pdftotext adds removed."""
    path = tmp_path / "scripts.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if ch not in "\u202a\u202b\u202c\u202d\u202e")


def fonts_used(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_arabic_is_joined_and_reversed_for_drawing():
    drawn = visual(ARABIC)
    assert drawn != ARABIC and unicodedata.normalize("NFKC", drawn)[::-1].replace(" ", "") \
        != ARABIC.replace(" ", "")  # joined forms, not the bare letters
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in drawn)  # contextual forms
    assert visual("Anna Weber") == "Anna Weber"
    assert unprintable(ARABIC + HEBREW + CHINESE + JAPANESE) == []


def test_rtl_and_cjk_names_print_in_a_letter(store, tmp_path):
    store.update_profile(name="Café Linde", locale="de_DE")
    people = [(ARABIC, ARABIC_STREET + "\n11564 الرياض"), (HEBREW, "רחוב הרצל 5\nתל אביב"),
              (CHINESE, "北京市朝阳区"), (JAPANESE, "東京都渋谷区")]
    for name, address in people:
        case = store.add_case(customer={"name": name, "address": address}, kind="complaint",
                              summary=f"{name}: Suppe kalt", occurred_at="2026-08-14 12:30")
        draft = store.letter_draft(case.ref, "apology").text
        letter = render_case_letter(case, store.profile(), "apology", draft,
                                    today=datetime(2026, 9, 3))
        text = pdftotext(letter.pdf, tmp_path)
        assert f"Guten Tag {name}," in text, name  # inside a German sentence, in reading order
        # A right-to-left address line comes back word for word in logical order (where
        # pdftotext puts its house number depends on its own reading of the line).
        for word in address.split():
            assert word in text, word
        used = fonts_used(letter.pdf)
        assert ("DroidSansFallback" in used) == (name in (CHINESE, JAPANESE)), used


def test_rtl_and_cjk_names_print_in_the_report(store, tmp_path):
    month = recent_months(3)[1]
    for name in (ARABIC, HEBREW, CHINESE):
        store.add_case(customer={"name": name}, kind="complaint", summary="Wartezeit",
                       occurred_at=f"{month.key}-05 12:00", category=name)
    pdf = MonthlyReport(month_metrics(store, month), store.profile()).render()
    text = pdftotext(pdf, tmp_path)
    for name in (ARABIC, HEBREW, CHINESE):
        assert name in text, name
    assert "DroidSansFallback" in fonts_used(pdf)
