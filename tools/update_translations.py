"""Refresh the GUI's translations.

    python tools/update_translations.py          # collect new texts, compile the .qm files
    python tools/update_translations.py --check  # fail if a file is stale or a translation missing

``resources/i18n/tnapp_en.ts`` holds TNApp's English. ``pyside6-lupdate``
collects every ``tr("…")`` of ``tnapp/ui`` and the ``QT_TRANSLATE_NOOP``
labels of the core modules that import it (``tnapp/domain/vocab.py``,
``permissions.py``…, written ``_N(...)`` there, hence the alias option) into
it, keeping the translations it already has; a new or changed Vietnamese text comes in as ``type="unfinished"``.
Write its English in the .ts (any text editor, or ``pyside6-linguist``),
then run this again: it compiles the .qm and fails while anything is
unfinished (the GUI would show that text in Vietnamese).

The core's own messages (``_("…")`` and ``N_("…")`` of ``tnapp.i18n``, in the
services and domain rules, which may not import Qt) are collected here into
the context ``core`` of the same .ts, with their named ``{fields}``; the core
reads its English from there (``tnapp/i18n.py``), so translators keep one file.
A core message given a count (``_("{n} người", n=count)``) gets numerus forms
("1 person", "2 people"), as a GUI ``tr("{n} người", "", n)`` gets them from lupdate.
The award rule sets' texts (``resources/rules/*.json``: criteria, parameters) go
into the context ``RuleSet`` the same way, and the leadership reports' titles and
descriptions (``tnapp.reports.CATALOGUE``, as the documents page lists them) into ``ReportName``.

``resources/i18n/qt_vi.ts`` gives Qt's own texts (OK, Cancel, Yes, No, the
text-field menu) their Vietnamese, which Qt does not ship; it is edited by
hand and only compiled here.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Collection, Iterable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
TNAPP_TS = "tnapp_en.ts"
QT_VI_TS = "qt_vi.ts"
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    """The files lupdate reads, relative to the repository root: the GUI, and
    the core modules whose labels are marked with QT_TRANSLATE_NOOP."""
    ui = ROOT / "tnapp" / "ui"
    files = sorted(ui.rglob("*.py"))
    files += sorted(p for p in (ROOT / "tnapp").rglob("*.py")
                    if not p.is_relative_to(ui) and "import QT_TRANSLATE_NOOP" in p.read_text(encoding="utf-8"))
    return [str(p.relative_to(ROOT)) for p in files]


def lupdate(ts: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "vi_VN", "-target-language", "en",
                    "-tr-function-alias", "QT_TRANSLATE_NOOP+=_N", *sources(), "-ts", str(ts)],
                   cwd=ROOT, check=True)


def core_messages() -> dict[str, bool]:
    """The Vietnamese texts the core marks with ``_()``/``N_()`` (outside tnapp/ui), in
    order of first appearance, each with whether it is given a count ``n`` (numerus forms);
    a marker whose text is not a literal is an error."""
    found: dict[str, bool] = {}
    bad: list[str] = []
    ui = ROOT / "tnapp" / "ui"
    for path in sorted((ROOT / "tnapp").rglob("*.py")):
        if path.is_relative_to(ui):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "N_"):
                text = node.args[0] if node.args else None
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    found[text.value] = found.get(text.value, False) or any(k.arg == "n" for k in node.keywords)
                elif node.func.id == "N_" or not node.keywords and not isinstance(text, (ast.Name, ast.Subscript,
                                                                                          ast.Attribute, ast.Call)):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    if bad:
        raise SystemExit(f"_()/N_() with a text that is not a literal: {bad}")
    return found


def rule_set_texts() -> list[str]:
    """The texts of the award rule sets (``resources/rules/*.json``) a user reads on screen:
    each set's name and every criterion's and parameter's ``text`` (titles keep their legal names)."""
    found: dict[str, None] = {}

    def walk(value: object) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("text"), str):
                found.setdefault(value["text"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted((ROOT / "resources" / "rules").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found.setdefault(data["name"])
        walk(data)
    return list(found)


def report_texts() -> list[str]:
    """The titles and descriptions of the leadership reports, as the documents page lists them
    (the papers themselves stay Vietnamese)."""
    sys.path.insert(0, str(ROOT))
    from tnapp.reports import CATALOGUE

    return list(dict.fromkeys(text for report in CATALOGUE for text in (report.title, report.description)))


def _xml(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def add_core_context(ts: Path, name: str, sources: Iterable[str], previous: dict[str, str | tuple[str, ...]],
                     counted: Collection[str] = ()) -> None:
    """Write the context ``name`` (texts the core translates itself) at the end of ``ts``,
    keeping the translations in ``previous``; a new text comes in ``unfinished``. A text
    in ``counted`` has numerus forms (singular, plural)."""
    text = ts.read_text(encoding="utf-8")
    start = text.find(f"<context>\n    <name>{name}</name>")
    if start >= 0:
        text = text[:start] + text[text.index("</context>\n", start) + len("</context>\n"):]
    lines = ["<context>", f"    <name>{name}</name>"]
    for source in sources:
        done = previous.get(source)
        if source in counted:
            forms = done if isinstance(done, tuple) else ("", "")
            lines += ['    <message numerus="yes">', f"        <source>{_xml(source)}</source>",
                      "        <translation>" if isinstance(done, tuple) else
                      '        <translation type="unfinished">',
                      *(f"            <numerusform>{_xml(form)}</numerusform>" for form in forms),
                      "        </translation>", "    </message>"]
            continue
        lines += ["    <message>", f"        <source>{_xml(source)}</source>",
                  f"        <translation>{_xml(done)}</translation>" if isinstance(done, str) else
                  '        <translation type="unfinished"></translation>', "    </message>"]
    lines.append("</context>")
    ts.write_text(text.replace("</TS>", "\n".join(lines) + "\n</TS>"), encoding="utf-8")


def core_translations(ts: Path, name: str) -> dict[str, str | tuple[str, ...]]:
    """The finished translations of the context ``name`` of ``ts`` (numerus forms as a tuple)."""
    found: dict[str, str | tuple[str, ...]] = {}
    for c in ET.parse(ts).getroot().iter("context"):
        for m in c.iter("message") if c.findtext("name") == name else ():
            translation = m.find("translation")
            forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            if translation.get("type") is not None or not all(t.strip() for t in forms or (translation.text or "",)):
                continue
            found[m.findtext("source")] = forms or translation.text
    return found


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[str]:
    """The messages of ``ts`` without a finished, non-empty translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [f.text for f in translation.iter("numerusform")] if translation is not None else []
            if translation is None or translation.get("type") or not all(
                    (t or "").strip() for t in (texts or [translation.text])):
                missing.append(f"{ts.name}: {context.findtext('name')}: {message.findtext('source')!r}")
    return missing


def build(folder: Path) -> list[str]:
    """Update the .ts and compile both .qm files in ``folder`` (a copy of
    resources/i18n when checking); returns the unfinished messages."""
    if folder != I18N:
        for name in (TNAPP_TS, QT_VI_TS):
            shutil.copy(I18N / name, folder / name)
    core = core_messages()
    contexts = {"core": list(core), "RuleSet": rule_set_texts(), "ReportName": report_texts()}
    counted = {text for text, has_count in core.items() if has_count}
    previous = {name: core_translations(folder / TNAPP_TS, name) for name in contexts}
    lupdate(folder / TNAPP_TS)
    for name, sources in contexts.items():
        add_core_context(folder / TNAPP_TS, name, sources, previous[name], counted)
    for name in (TNAPP_TS, QT_VI_TS):
        lrelease(folder / name, (folder / name).with_suffix(".qm"))
    return unfinished(folder / TNAPP_TS) + unfinished(folder / QT_VI_TS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; fail if anything is out of date")
    args = parser.parse_args(argv)
    stale: list[str] = []
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            missing = build(Path(tmp))
            for name in (TNAPP_TS, "tnapp_en.qm", "qt_vi.qm"):
                committed = I18N / name
                if not committed.exists() or committed.read_bytes() != (Path(tmp) / name).read_bytes():
                    stale.append(name)
    else:
        missing = build(I18N)
    for item in missing:
        print(f"untranslated: {item}", file=sys.stderr)
    for name in stale:
        print(f"out of date: resources/i18n/{name} (run python tools/update_translations.py)", file=sys.stderr)
    return 1 if missing or stale else 0


if __name__ == "__main__":
    sys.exit(main())
