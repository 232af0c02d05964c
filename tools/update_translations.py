"""Regenerate the window's catalogues from the sources and compile them.

    python tools/update_translations.py          # lupdate (keeps translations) + lrelease
    python tools/update_translations.py --check  # also fail on unfinished entries
    python tools/update_translations.py --fill new.json  # translations for new strings

The words printed in documents (letters, case sheets, the monthly report) are in the same
format, resources/i18n/documents_<lang>.ts, edited by hand or in Qt Linguist (no lupdate:
reports/ has no tr() calls; reports/catalogue.py reads the files). --check also fails when
a language's file lacks a message of documents_en.ts, has one it does not, leaves one
unfinished, or uses a {named} value its English source has not.

lupdate reads every tr()/translate() in ui/ into resources/i18n/goodwill_<lang>.ts; new
strings arrive as "unfinished" for a translator (Qt Linguist, or any text editor), strings
gone from the code are dropped. goodwill_en.ts holds only the plural forms of "%n …"
texts (English is the source language). lrelease then writes the .qm files the app loads;
both are committed so a fresh clone runs without this step.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de", "fr", "es", "it", "nl", "pt")


def tool(name: str) -> list[str]:
    """pyside6-lupdate / pyside6-lrelease, from PATH or next to this Python."""
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"pyside6-{name} not found (it comes with PySide6-Essentials)")
    return [found]


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.py"))


def ts_path(language: str) -> Path:
    return I18N / f"goodwill_{language}.ts"


def lupdate(out: Path, language: str, plural_only: bool = False) -> None:
    """Merge the sources' strings into `out` (created when missing), keeping translations."""
    command = tool("lupdate") + sources() + [
        "-no-obsolete", "-locations", "none", "-source-language", "en",
        "-target-language", language, "-silent", "-ts", str(out)]
    if plural_only:
        command.insert(-2, "-pluralonly")
    subprocess.run(command, cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(tool("lrelease") + ["-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def unfinished(ts: Path) -> list[str]:
    """Source texts in `ts` whose translation is missing or marked unfinished."""
    out = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            out.append(message.findtext("source"))
    return out


def fill(ts: Path, language: str, texts: dict[str, dict[str, str]]) -> int:
    """Put the translations in `texts` ({source: {language: translation, or the list of
    plural forms for a "%n ..." text}}) into the
    unfinished entries of `ts`; returns how many were filled. lupdate's layout is kept
    by writing the file back through lupdate's own reader (the next lupdate run)."""
    tree = ET.parse(ts)
    done = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        wanted = texts.get(message.findtext("source") or "", {}).get(language)
        if not wanted or translation.get("type") != "unfinished":
            continue
        forms = list(translation.iter("numerusform"))
        if forms and isinstance(wanted, list):  # a "%n ..." text: one string per plural form
            for form, text in zip(forms, wanted):
                form.text = text
        elif not forms and isinstance(wanted, str):
            translation.text = wanted
        else:
            continue
        del translation.attrib["type"]
        done += 1
    if done:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done


def documents_path(language: str) -> Path:
    return I18N / f"documents_{language}.ts"


def _document_messages(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            out[(context.findtext("name"), message.get("id"))] = (
                message.findtext("source") or "", (translation.text or "") if done else None)
    return out


def document_problems(language: str) -> list[str]:
    """What is wrong with documents_<language>.ts against the English file."""
    english = _document_messages(documents_path("en"))
    path = documents_path(language)
    if not path.is_file():
        return [f"{path.name} is missing"]
    own = _document_messages(path)
    problems = [f"{c}/{k}: missing" for c, k in english.keys() - own.keys()]
    problems += [f"{c}/{k}: not in documents_en.ts" for c, k in own.keys() - english.keys()]
    names = re.compile(r"{(\w*)}")
    for key, (source, text) in own.items():
        if key not in english:
            continue
        if source != english[key][0]:
            problems.append(f"{key[0]}/{key[1]}: its English source differs from documents_en.ts")
        if text is None:
            problems.append(f"{key[0]}/{key[1]}: unfinished")
        elif not set(names.findall(text)) <= set(names.findall(english[key][0])):
            # A language may leave a value out (English letters print no town), never add one.
            problems.append(f"{key[0]}/{key[1]}: it has a {{value}} the English has not")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on unfinished entries")
    parser.add_argument("--fill", metavar="FILE.json", type=Path,
                        help="translations of new strings: {source: {language: text}}")
    args = parser.parse_args(argv)
    texts = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    I18N.mkdir(parents=True, exist_ok=True)
    problems = 0
    for language in ("en",) + LANGUAGES:
        ts = ts_path(language)
        lupdate(ts, language, plural_only=language == "en")
        if texts and fill(ts, language, texts):
            lupdate(ts, language, plural_only=language == "en")
        lrelease(ts, ts.with_suffix(".qm"))
        missing = unfinished(ts)
        if missing:
            problems += len(missing)
            print(f"{ts.name}: {len(missing)} unfinished", file=sys.stderr)
            for text in missing[:10]:
                print(f"    {text!r}", file=sys.stderr)
        wrong = document_problems(language)
        if wrong:
            problems += len(wrong)
            print(f"{documents_path(language).name}: {len(wrong)} problems", file=sys.stderr)
            for text in wrong[:10]:
                print(f"    {text}", file=sys.stderr)
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
