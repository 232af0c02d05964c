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
    store.profile.update(name="Café Linde", locale="de_DE")
    people = [(ARABIC, ARABIC_STREET + "\n11564 الرياض"), (HEBREW, "רחוב הרצל 5\nתל אביב"),
              (CHINESE, "北京市朝阳区"), (JAPANESE, "東京都渋谷区")]
    for name, address in people:
        case = store.cases.add(customer={"name": name, "address": address}, kind="complaint",
                               summary=f"{name}: Suppe kalt", occurred_at="2026-08-14 12:30")
        draft = store.letters.draft(case.ref, "apology").text
        letter = render_case_letter(case, store.profile.get(), "apology", draft,
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
        store.cases.add(customer={"name": name}, kind="complaint", summary="Wartezeit",
                        occurred_at=f"{month.key}-05 12:00", category=name)
    pdf = MonthlyReport(month_metrics(store, month), store.profile.get()).render()
    text = pdftotext(pdf, tmp_path)
    for name in (ARABIC, HEBREW, CHINESE):
        assert name in text, name
    assert "DroidSansFallback" in fonts_used(pdf)


# ---- right-to-left text in every document, with stray direction marks -----------------------

PERSIAN = "مریم رضایی"
# A lesson, a name and a summary per script, each starting with its right-to-left letters and
# carrying a direction mark without its closing partner (pasted from a chat app).
RTL_CASES = [
    ("\u202bדנה לוי", "\u202eהמקרר נבדק פעמיים ביום (בוקר וערב)", "אוכל קר"),
    ("\u202b" + ARABIC, "\u2067نغسل الأيدي قبل كل طلب [دائما]", "\u202bالطعام بارد"),
    (PERSIAN + "\u200f", "\u202bدمای یخچال را هر روز ثبت می‌کنیم", "\u2066غذا سرد بود"),
]


def _words(text: str) -> list[str]:
    """The words of a text as pdftotext gives them back (no marks, joined forms folded,
    brackets apart: pdftotext reverses a right-to-left line without mirroring them back)."""
    plain = "".join(ch for ch in text if not ("\u202a" <= ch <= "\u202e" or
                                              "\u2066" <= ch <= "\u2069" or ch in "\u200e\u200f"))
    return unicodedata.normalize("NFKC", plain).translate({ord(b): " " for b in "()[]"}).split()


def test_direction_marks_are_dropped_and_rtl_brackets_mirrored():
    assert visual("\u202bשלום\u202c (\u202e") == visual("שלום (")
    # Drawn right to left, "(" and ")" swap so the page shows them facing the right way.
    assert visual("כהן (מוישה) משה") == "השמ (השיומ) ןהכ"
    assert visual("Herr כהן (מוישה) kam") == "Herr (השיומ) ןהכ kam"
    assert visual("a (b) \u200f") == "a (b) "


def test_report_renders_rtl_lessons_names_and_marks(store, tmp_path):
    month = recent_months(3)[1]
    for i, (name, lesson, summary) in enumerate(RTL_CASES):
        store.cases.add(customer={"name": name}, kind="complaint", summary=summary,
                        occurred_at=f"{month.key}-0{i + 2} 12:00", category=name,
                        lesson=lesson, staff=name)
        store.cases.add(customer={"name": name}, kind="compliment", summary=summary,
                        occurred_at=f"{month.key}-0{i + 2} 13:00", staff=name)
    # A lesson cut by the report's length limit in the middle of its marked run.
    store.cases.add(customer={"name": HEBREW}, kind="complaint", summary="x",
                    occurred_at=f"{month.key}-09 12:00",
                    lesson="\u202bשיעור " + "ארוך " * 200 + "\u202c")
    pdf = MonthlyReport(month_metrics(store, month), store.profile.get()).render()
    text = pdftotext(pdf, tmp_path)
    for name, lesson, summary in RTL_CASES:
        for word in _words(name) + _words(lesson) + _words(summary):
            assert word in text, word
    # Logical order: pdftotext reads each right-to-left run back first word first.
    assert "המקרר נבדק פעמיים ביום" in text
    assert "دمای یخچال را هر روز" in text


def test_case_sheet_prints_rtl_text_in_logical_order(store, tmp_path):
    from reports.case_sheets import CaseSheetDocument

    name, lesson, summary = RTL_CASES[2]
    case = store.cases.add(customer={"name": name}, kind="complaint", summary=summary,
                           occurred_at="2026-08-14 12:30", lesson=lesson,
                           root_cause="\u202eیخچال گرم بود (۲ درجه)", details=RTL_CASES[0][1])
    pdf = CaseSheetDocument(store.profile.get(), case, store.history.of(case.id), [], [], []).render()
    text = pdftotext(pdf, tmp_path)
    assert "دمای یخچال را هر روز ثبت" in text
    assert "یخچال گرم بود" in text and "המקרר נבדק פעמיים ביום" in text
    assert "\u202e" not in text and "\u202b" not in text


def test_emoji_come_back_from_the_pdf_text(store, tmp_path):
    store.profile.update(name="Café Linde", owner="Anna Linde")
    case = store.cases.add(customer={"name": "Sam 😀"}, kind="compliment",
                           summary="Loved it", occurred_at="2026-08-14 12:30")
    letter = render_case_letter(case, store.profile.get(), "thank-you",
                                "Dear Sam 😀,\n\nThank you ☕😁 for the kind words.",
                                today=datetime(2026, 9, 3))
    text = pdftotext(letter.pdf, tmp_path)
    assert "Thank you ☕😁 for" in text and "Sam 😀" in text
