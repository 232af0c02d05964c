"""Letters that an owner can post: no admission of fault before the cause is known or on a
health, safety or damage case, no desk note quoted, and no letter without a sender."""
from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from data.l10n import DOCUMENT_LANGUAGES
from data.letters import NoSender, liability_sensitive
from data.model import ValidationError
from reports.letter import render_case_letter

ROOT = Path(__file__).resolve().parent.parent
SUMMARY = "Felt unwell after the chicken sandwich"
DETAILS = "Phoned the next morning with stomach pains; fridge 2 suspected"
# The sentence that owns the mistake, in each language's built-in apology.
ADMISSION = {"en": "This was our mistake", "de": "Der Fehler lag bei uns",
             "fr": "L'erreur vient de nous", "es": "El error fue nuestro",
             "it": "L'errore è stato nostro", "nl": "Dit was onze fout",
             "pt": "O erro foi nosso"}
# The promise to write again once the cause is known (the open-cause wording).
WRITE_AGAIN = {"en": "I will write to you again", "de": "schreibe ich Ihnen wieder",
               "fr": "je vous écrirai à nouveau", "es": "volveré a escribirle",
               "it": "Le scriverò di nuovo", "nl": "schrijf ik u opnieuw",
               "pt": "volto a escrever-lhe"}
RESPONSIBILITY = ("responsibility", "Verantwortung", "responsabilité", "responsabilidad",
                  "responsabilità", "verantwoordelijkheid")


@pytest.fixture
def cafe(store):
    store.profile.update(name="Café Linde", owner="Anna Linde", phone="030 1234567")
    return store


def food_case(store, **fields):
    return store.cases.add(customer={"name": "Sam Taylor", "address": "1 High Street"},
                           kind="complaint", category="Food safety", summary=SUMMARY,
                           details=DETAILS, occurred_at="2026-08-14 12:30", **fields)


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_an_open_food_safety_apology_admits_no_fault_and_quotes_no_note(cafe, language):
    case = food_case(cafe, lesson="Fridge temperatures are logged twice a day")
    text = cafe.letters.draft(case.ref, "apology", language).text
    assert ADMISSION[language] not in text
    assert not any(word in text for word in RESPONSIBILITY)
    assert "forgive" not in text and "disculparnos" not in text  # asking pardon owns a wrong
    assert SUMMARY not in text and "stomach" not in text and "fridge 2" not in text
    assert WRITE_AGAIN[language] in text


def test_the_printed_letter_has_a_sender_and_no_admission(cafe, tmp_path):
    case = food_case(cafe, customer_description="You felt unwell after lunch with us on "
                     "14 August")
    text = cafe.letters.draft(case.ref, "apology").text
    pdf = render_case_letter(case, cafe.profile.get(), "apology", text,
                             today=datetime(2026, 9, 3)).pdf
    (tmp_path / "a.pdf").write_bytes(pdf)
    printed = " ".join(subprocess.run(["pdftotext", str(tmp_path / "a.pdf"), "-"], check=True,
                                      capture_output=True, text=True).stdout.split())
    assert "Anna Linde" in printed and "Café Linde" in printed
    assert "as I understand it: You felt unwell after lunch with us on 14 August." in printed
    assert "mistake" not in printed and SUMMARY not in printed


def test_a_cause_found_to_be_ours_is_told_without_the_word_fault_on_a_health_case(cafe):
    case = food_case(cafe, cause_finding="ours", root_cause="Fridge 2 was running warm",
                     lesson="Fridge temperatures are logged twice a day")
    text = cafe.letters.draft(case.ref, "apology").text
    assert "This is what we found: fridge 2 was running warm." in text
    assert "what we have changed as a result: fridge temperatures are logged twice a day" in text
    assert "mistake" not in text and "write to you again" not in text


def test_a_cause_found_not_ours_says_what_was_found_and_admits_nothing(cafe):
    case = food_case(cafe, cause_finding="not_ours", root_cause="A courier's cool box failed")
    text = cafe.letters.draft(case.ref, "apology", "de").text
    assert "Das haben wir herausgefunden: A courier's cool box failed." in text
    assert ADMISSION["de"] not in text


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_a_service_complaint_found_ours_still_owns_the_mistake(cafe, language):
    case = cafe.cases.add(customer={"name": "Sam"}, kind="complaint", category="Waiting time",
                          summary="Waited 25 minutes", occurred_at="2026-08-14 12:30")
    assert not liability_sensitive(case)
    assert ADMISSION[language] in cafe.letters.draft(case.ref, "apology", language).text
    cafe.cases.update(case.ref, {"cause_finding": "open"})
    assert ADMISSION[language] not in cafe.letters.draft(case.ref, "apology", language).text


@pytest.mark.parametrize("words", ["Allergens", "Injury in the car park",
                                   "Coat damaged in the cloakroom", "Glas in der Suppe",
                                   "Lebensmittelvergiftung", "corps étranger dans le pain"])
def test_health_safety_and_damage_are_recognised(cafe, words):
    case = cafe.cases.add(customer={"name": "Sam"}, kind="complaint", summary=words,
                          occurred_at="2026-08-14 12:30")
    assert liability_sensitive(case)


@pytest.mark.parametrize("kind", ["acknowledgement", "follow-up", "thank-you"])
@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_no_built_in_letter_quotes_the_desk_notes(cafe, kind, language):
    case = food_case(cafe, staff="Jo", customer_description="Your lunch on 14 August")
    text = cafe.letters.draft(case.ref, kind, language).text
    assert SUMMARY not in text and "stomach" not in text
    assert "Your lunch on 14 August" in text


def test_a_template_condition_must_be_one_the_letters_know(cafe):
    with pytest.raises(ValidationError, match=r"\{\?maybe\}"):
        cafe.letters.save_template("apology", "{?maybe}Dear {name},")
    cafe.letters.save_template("apology", "{?admit}Our fault.\n|\nSorry.")
    case = food_case(cafe)
    assert cafe.letters.draft(case.ref, "apology").text == "Sorry."


# ---- no sender, no letter -------------------------------------------------------------------

def test_a_letter_without_a_sender_is_not_archived_or_emailed(store):
    case = food_case(store)
    text = store.letters.draft(case.ref, "apology").text
    letter = render_case_letter(case, store.profile.get(), "apology", text)
    with pytest.raises(NoSender, match="business name and the signature name are not set"):
        store.letters.archive(case.ref, "apology", letter.pdf, pages=1, paper="a4",
                              action="printed")
    store.profile.update(name="Café Linde")
    with pytest.raises(NoSender, match=r"signature name is not set.*profile --owner"):
        store.letters.email(case.ref, "apology", text, letter.pdf, pages=1, paper="a4")
    assert store.letters.archived(case.ref) == []


def run(*args, cwd):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.sqlite_only
def test_the_command_line_refuses_a_letter_without_a_sender_in_one_line(store, db_path,
                                                                       tmp_path):
    ref = food_case(store).ref
    store.close()
    done = run("--db", db_path, "letter", ref, "--kind", "apology", "--out",
               tmp_path / "a.pdf", cwd=tmp_path)
    assert done.returncode == 1 and not (tmp_path / "a.pdf").exists()
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "business name and the signature name" in lines[0]
    assert 'goodwill profile --name "…" --owner "…"' in lines[0]


@pytest.mark.sqlite_only
def test_the_command_line_takes_the_description_and_the_finding(store, db_path, tmp_path):
    store.profile.update(name="Café Linde", owner="Anna Linde")
    ref = food_case(store, root_cause="Fridge 2 was running warm").ref
    store.close()
    done = run("--db", db_path, "letter", ref, "--kind", "apology", "--out", tmp_path / "a.pdf",
               "--description", "You felt unwell after lunch", "--finding", "ours", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    printed = subprocess.run(["pdftotext", str(tmp_path / "a.pdf"), "-"], check=True,
                             capture_output=True, text=True).stdout
    printed = " ".join(printed.split())
    assert "You felt unwell after lunch" in printed and "fridge 2 was running warm" in printed
    assert "mistake" not in printed and SUMMARY not in printed
    helped = run("letter", "--help", cwd=tmp_path).stdout
    assert "--description TEXT" in helped and "--finding" in helped


# ---- the window ---------------------------------------------------------------------------

def test_the_letter_editor_shows_the_preview_but_sends_nothing_without_a_sender(store, qtbot,
                                                                                tmp_path):
    from PySide6.QtCore import QSettings

    from ui.context import AppContext, Interaction
    from ui.letter_editor import LetterEditor

    store.profile.update(name="Café Linde")
    ref = food_case(store).ref
    ctx = AppContext(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                     Interaction())
    editor = LetterEditor(ctx, ref, "apology")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.letter is not None, timeout=10_000)
    assert not (editor.print_button.isEnabled() or editor.save_button.isEnabled()
                or editor.email_button.isEnabled())
    assert editor.status.text() == ("Not ready to send: a letter needs a sender. Set the "
                                     "signature name in Settings > Business profile.")
    ctx.pool.waitForDone(10_000)


def test_the_case_view_edits_the_finding_and_the_description(qtbot, store, tmp_path):
    from ui_support import open_window

    ref = food_case(store).ref
    window = open_window(qtbot, store, tmp_path)
    view = window.case_view
    assert view.case.ref == ref
    finding = view.fields["cause_finding"]
    assert finding.currentData() == "" and finding.currentText() == "Not recorded"
    finding.setCurrentIndex(finding.findData("not_ours"))
    view.fields["customer_description"].setPlainText("You felt unwell after lunch")
    window.save_action.trigger()
    case = store.cases.get(ref)
    assert (case.cause_finding, case.customer_description) == ("not_ours",
                                                               "You felt unwell after lunch")


def test_an_admission_pasted_into_an_open_food_safety_letter_is_flagged_by_letter_check(
        cafe, target, tmp_path):
    """The window and the command line give the check the case's context (cause open,
    health matter): an admission the owner pastes in is flagged; the template's own words
    are not."""
    import main as cli_main
    from contextlib import redirect_stderr, redirect_stdout
    from io import StringIO

    case = food_case(cafe)
    clean = cafe.letters.draft(case.ref, "apology").text
    cafe.close()

    def check() -> str:
        err = StringIO()
        with redirect_stdout(StringIO()), redirect_stderr(err):
            code = cli_main.main(["--db", str(target), "letter", case.ref, "--kind", "apology",
                                  "--out", str(tmp_path / "a.pdf"), "--check"])
        assert code == 0, err.getvalue()
        return err.getvalue()

    assert "admission" not in check().lower()
    from data.store import Store

    with Store(target) as again:
        again.letters.save_draft(case.ref, "apology", clean.replace(
            "\n\n", "\n\nThis was entirely our fault and we take full responsibility for it.\n\n",
            1))
    warned = check()
    assert "entirely our fault" in warned or "our fault" in warned, warned
    assert "insurer" in warned
