"""The English translation: complete, compiled from the current .ts, and used."""

from __future__ import annotations

import ast
import datetime as dt
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMessageBox, QWidget

from tnapp.domain.labels import LabelledEnum
from tnapp.domain.permissions import PERMISSION_LABELS
from tnapp.domain.vocab import UnitKind
from tnapp.ui.i18n import install_translators, remove_translators
from tnapp.ui.labels import tr_label

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
UI = ROOT / "tnapp" / "ui"
BIN = Path(sys.executable).parent
VIETNAMESE = r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"


def ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def marked_strings() -> tuple[set[tuple[str, str]], list[str]]:
    """Every (context, text) marked for translation in tnapp/ui, and the calls
    whose text is not a literal (lupdate cannot collect those)."""
    found: set[tuple[str, str]] = set()
    bad: list[str] = []

    class Visitor(ast.NodeVisitor):
        def __init__(self, path: Path) -> None:
            self.path, self.classes = path, []

        def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802
            self.classes.append(node.name)
            self.generic_visit(node)
            self.classes.pop()

        def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            args = node.args
            place = f"{self.path.relative_to(ROOT)}:{node.lineno}"
            if name == "tr" and isinstance(node.func, ast.Attribute):
                if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                    found.add((self.classes[-1] if self.classes else "", args[0].value))
                else:
                    bad.append(place)
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                if all(isinstance(a, ast.Constant) for a in args[:2]):
                    found.add((args[0].value, args[1].value))
                elif not (isinstance(node.func, ast.Attribute) and node.func.attr == "translate"
                          and place.startswith(("tnapp/ui/labels.py", "tnapp/ui/areas.py"))):
                    bad.append(place)  # only the label helpers translate a variable
            self.generic_visit(node)

    for path in sorted(UI.rglob("*.py")):
        Visitor(path).visit(ast.parse(path.read_text(encoding="utf-8")))
    return found, bad


def test_every_ui_string_and_label_is_in_the_ts() -> None:
    messages = ts_messages(I18N / "tnapp_en.ts")
    found, bad = marked_strings()
    assert not bad, f"tr()/translate() with a non-literal text: {bad}"
    assert len(found) > 150
    assert not found - set(messages), "run tools/update_translations.py"
    labels = {(type(m).__name__, m.label) for cls in LabelledEnum.__subclasses__() for m in cls}
    labels |= {("Permission", text) for text in PERMISSION_LABELS.values()}
    assert not labels - set(messages), "a vocabulary label is missing from the .ts"


def test_the_ts_has_no_unfinished_or_empty_translation() -> None:
    for path in (I18N / "tnapp_en.ts", I18N / "qt_vi.ts"):
        unfinished = [key for key, tr in ts_messages(path).items()
                      if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished")
                      or not all((t or "").strip() for t in ([f.text for f in tr.iter("numerusform")] or [tr.text]))]
        assert not unfinished, f"{path.name}: {unfinished[:5]}"


def test_placeholders_survive_translation() -> None:
    import re

    for (context, source), tr in ts_messages(I18N / "tnapp_en.ts").items():
        for text in [f.text for f in tr.iter("numerusform")] or [tr.text]:
            for pattern in (r"\{\w+\}", r"%[n0-9]"):  # str.format fields and Qt's %n, %1
                assert set(re.findall(pattern, source)) == set(re.findall(pattern, text)), (context, source)


@pytest.mark.parametrize("name", ["tnapp_en", "qt_vi"])
def test_the_qm_is_compiled_from_the_current_ts(tmp_path: Path, name: str) -> None:
    fresh = tmp_path / f"{name}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(I18N / f"{name}.ts"), "-qm", str(fresh)],
                   check=True)
    assert fresh.read_bytes() == (I18N / f"{name}.qm").read_bytes(), "run tools/update_translations.py"


def test_the_ts_is_up_to_date_with_the_sources() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


def test_loading_english_translates_areas_and_labels(qapp) -> None:
    translators = install_translators(qapp, "en")
    try:
        assert translators and isinstance(translators[0], QTranslator)
        assert QCoreApplication.translate("Areas", "Tổng quan") == "Overview"
        assert tr_label(UnitKind.SCHOOL) == "School"
    finally:
        remove_translators(qapp, translators)
    assert tr_label(UnitKind.SCHOOL) == "Trường học"


def test_vietnamese_gives_qt_buttons_vietnamese_text(qapp) -> None:
    translators = install_translators(qapp, "vi")
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "", "",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        assert sorted(b.text() for b in box.buttons()) == ["&Có", "&Không"]
    finally:
        remove_translators(qapp, translators)


def test_vietnamese_gives_qts_file_dialog_vietnamese_text(qtbot, qapp, tmp_path) -> None:
    """Where no native dialog is used (Linux without a desktop portal), Qt's own says it in Vietnamese."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTreeView

    translators = install_translators(qapp, "vi")
    try:
        dialog = QFileDialog(None, "Lưu văn bản", str(tmp_path))
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.show()
        labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel) if w.objectName()}
        assert (labels["lookInLabel"], labels["fileNameLabel"], labels["fileTypeLabel"]) == (
            "&Tìm trong:", "&Tên tệp:", "&Loại tệp:")
        assert {b.text() for b in dialog.findChildren(QPushButton)} >= {"&Lưu", "Hủy"}
        model = dialog.findChild(QTreeView).model()
        headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
        assert headers[0] == "Tên" and "Ngày sửa" in headers
        assert model.type(model.index(str(tmp_path))) == "Thư mục"
        english = {"&Look in:", "File &name:", "Files of &type:", "&Save", "Back", "Name"}
        assert not english & ({*labels.values()} | {b.text() for b in dialog.findChildren(QPushButton)})
    finally:
        remove_translators(qapp, translators)


def test_the_core_context_holds_every_core_message_finished_with_the_same_fields() -> None:
    """The core's _()/N_() texts are all in the .ts (context ``core``), finished, and their
    named fields (with any format spec) survive translation."""
    import re

    sys.path.insert(0, str(ROOT / "tools"))
    from update_translations import core_messages

    messages = ts_messages(I18N / "tnapp_en.ts")
    core = {source: tr for (context, source), tr in messages.items() if context == "core"}
    marked = core_messages()
    assert len(marked) > 400
    assert not set(marked) - set(core), "run tools/update_translations.py"
    for source, tr in core.items():
        forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
        assert len(forms) == (2 if marked.get(source) else 0), f"a count n= needs singular and plural: {source}"
        for text in forms or [tr.text or ""]:
            assert tr is not None and not tr.get("type") and text.strip(), source
            assert sorted(re.findall(r"\{[^{}]*\}", source)) == sorted(re.findall(r"\{[^{}]*\}", text)), source


def test_english_has_no_half_plural() -> None:
    """A count is given singular and plural forms ("1 person", "2 people"), never "person(s)"."""
    english = [text for tr in ts_messages(I18N / "tnapp_en.ts").values()
               for text in [f.text for f in tr.iter("numerusform")] or [tr.text]]
    assert not [t for t in english if "(s)" in (t or "")]


def test_a_count_chooses_singular_or_plural_in_the_core_and_the_gui(qapp, qtbot, gui_ws) -> None:
    from tnapp.domain.periods import due_text
    from tnapp.ui.main_window import MainWindow

    translators = install_translators(qapp, "en")
    try:
        assert due_text(dt.date(2026, 1, 1), dt.date(2026, 1, 2)) == "1 day overdue"
        assert due_text(dt.date(2026, 1, 3), dt.date(2026, 1, 1)) == "2 days left"
        window = MainWindow(gui_ws, language="en")
        qtbot.addWidget(window)
        people = window.show_area("catalogue").people
        assert (people.count_text(1, 1), people.count_text(5, 5)) == ("1 person", "5 people")
    finally:
        remove_translators(qapp, translators)
    assert due_text(dt.date(2026, 1, 1), dt.date(2026, 1, 2)) == "quá hạn 1 ngày"


def test_no_error_message_in_the_core_escapes_translation() -> None:
    """Every TNAppError (and subclass) raised in tnapp/services and tnapp/domain with a written
    message passes it through _(): a literal or f-string straight in the call would stay Vietnamese."""
    errors = {"TNAppError", "ValidationError", "NotFoundError", "PermissionDenied", "ConflictError",
              "DatabaseError"}
    bare = []
    for folder in ("services", "domain"):
        for path in sorted((ROOT / "tnapp" / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and getattr(node.func, "id", None) in errors and node.args
                        and isinstance(node.args[0], (ast.Constant, ast.JoinedStr, ast.BinOp))):
                    bare.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not bare, f"error messages not wrapped in _(): {bare}"


def test_english_reaches_the_core_messages_and_vietnamese_comes_back(qapp) -> None:
    from tnapp.domain.passwords import strength_problem
    from tnapp.domain.periods import Period, due_text
    from tnapp.domain.setting_rules import setting_name

    translators = install_translators(qapp, "en")
    try:
        assert strength_problem("123") == "The password must have at least 10 characters."
        assert Period.parse("2026-Q3").label == "Q3 2026"
        assert due_text(dt.date(2026, 1, 1), dt.date(2026, 2, 27)) == "57 days overdue"
        assert setting_name("prize_multiplier.BKT", {"BKT": "Bằng khen"}).startswith("Prize multiplier – Bằng khen")
    finally:
        remove_translators(qapp, translators)
    assert strength_problem("123") == "Mật khẩu phải có ít nhất 10 ký tự."
    assert Period.parse("2026-Q3").label == "Quý III/2026"
    assert due_text(dt.date(2026, 1, 1), dt.date(2026, 2, 27)) == "quá hạn 57 ngày"


def _shown_texts(widget) -> list[str]:
    """Every cell text of the tables and lists inside ``widget``."""
    from PySide6.QtWidgets import QAbstractItemView

    texts = []
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        texts += [str(model.index(r, c).data() or "") for r in range(model.rowCount())
                  for c in range(model.columnCount())]
    return texts


def test_in_english_the_pages_show_the_cores_texts_in_english(qapp, qtbot, gui_ws) -> None:
    """The overdue days of the report matrix and the settings' names come from the core: in English
    they are English, and back in Vietnamese they are Vietnamese again."""
    from tnapp.ui.main_window import MainWindow

    translators = install_translators(qapp, "en")
    try:
        window = MainWindow(gui_ws, language="en")
        qtbot.addWidget(window)
        reports = _shown_texts(window.show_area("reports"))
        assert any("days overdue" in t for t in reports) and not any("quá hạn" in t for t in reports)
        settings = _shown_texts(window.show_area("admin"))
        assert any(t.startswith("Prize multiplier – ") for t in settings)
        assert not any(t.startswith("Hệ số tiền thưởng") for t in settings)
    finally:
        remove_translators(qapp, translators)
    window = MainWindow(gui_ws)
    qtbot.addWidget(window)
    assert any("quá hạn" in t for t in _shown_texts(window.show_area("reports")))


def _page_texts(window) -> list[tuple[str, bool]]:
    """What a user reads on the window's current page: labels, buttons, tabs, group titles, placeholders,
    column headers, and the items of lists and tables (where data is, and the core's sentences too),
    each with whether it may be data."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit, QTabWidget

    shown = [w for w in window.findChildren(QWidget) if w.isVisible()]
    texts = [w.text() for w in shown if isinstance(w, (QLabel, QAbstractButton))]
    texts += [w.title() for w in shown if isinstance(w, QGroupBox)]
    texts += [w.placeholderText() for w in shown if isinstance(w, QLineEdit)]
    texts += [w.tabText(i) for w in shown if isinstance(w, QTabWidget) for i in range(w.count())]
    items = [w.itemText(i) for w in shown if isinstance(w, QComboBox) for i in range(w.count())]
    for view in (w for w in shown if isinstance(w, QAbstractItemView) and w.model() is not None):
        model = view.model()
        try:
            columns = model.columnCount()
        except TypeError:  # a list model
            columns = 1
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
        items += [str(model.index(r, c).data() or "") for r in range(min(model.rowCount(), 60)) for c in range(columns)]
    return [(t, False) for t in texts if t] + [(t, True) for t in items if t]


def _walk(window, look) -> list[tuple[str, str]]:
    """Every area and every tab of it, with ``look(text)`` → what is wrong with a text (or None)."""
    from PySide6.QtWidgets import QTabWidget

    from tnapp.ui.areas import AREAS

    found = []
    for area in AREAS:
        page = window.show_area(area.key)
        tabs = [(tabs, i) for tabs in page.findChildren(QTabWidget) for i in range(tabs.count())]
        for tabs, i in [(None, 0), *tabs]:
            if tabs is not None:
                tabs.setCurrentIndex(i)
                if not tabs.isVisible():
                    continue
            found += [(f"{area.key}/{tabs.tabText(i) if tabs else ''}", why) for text, data in _page_texts(window)
                      if (why := look(text, data))]
    return sorted(set(found))


def _plain(text: str) -> str:
    import re

    return re.sub(r"<[^>]+>|&nbsp;", " ", text).strip().rstrip(":").strip()


def _leaks(source_of_language: dict[str, str]):
    """A check that finds, in a shown text, a message left in the other language: the whole text, or (for
    a sentence of 20 characters or more, its {fields} aside) a piece of it. A list's or a table's item may
    be data (a unit called «Trạm y tế», a title «Gia đình văn hóa»): only a piece of a sentence counts there."""
    import re

    whole = {_plain(s) for s in source_of_language if _plain(s)}
    pieces = {p for s in source_of_language for p in re.split(r"\{[^{}]*\}|%\w", _plain(s)) if len(p.strip()) >= 20}

    def look(text: str, data: bool) -> str | None:
        plain = _plain(text)
        if plain in whole and not data:
            return plain
        return next((p for p in pieces if p in plain), None)
    return look


def _walk_in(qapp, qtbot, ws, language: str, look) -> list[tuple[str, str]]:
    from tnapp.ui.main_window import MainWindow

    translators = install_translators(qapp, language)
    try:
        window = MainWindow(ws, language=language)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        return _walk(window, look)
    finally:
        remove_translators(qapp, translators)


def test_in_english_every_page_and_tab_shows_no_vietnamese_message(qapp, qtbot, gui_ws) -> None:
    """The English walk: every area and tab of the demo, every text a user reads; a Vietnamese message of
    the GUI or the core (one whose English differs) shown as it is fails. Names, titles and legal texts
    are data and stay as written."""
    untranslated = {}
    for (_context, source), tr in ts_messages(I18N / "tnapp_en.ts").items():
        english = [f.text for f in tr.iter("numerusform")] or [tr.text]
        if all((e or "").strip() != source.strip() for e in english) and re.search(VIETNAMESE, source):
            untranslated[source] = english[0]
    leaks = _walk_in(qapp, qtbot, gui_ws, "en", _leaks(untranslated))
    assert leaks == [], "\n".join(map(str, leaks))


def test_in_vietnamese_every_page_and_tab_shows_no_english_message(qapp, qtbot, gui_ws) -> None:
    """The reverse walk: in Vietnamese no English text of the .ts is shown (Qt's own texts come from qt_vi)."""
    english = {}
    for (_context, source), tr in ts_messages(I18N / "tnapp_en.ts").items():
        for text in [f.text for f in tr.iter("numerusform")] or [tr.text]:
            if text and text.strip() != source.strip() and re.search(r"[a-z]{3,} [a-z]{3,}", text):
                english[text] = source
    leaks = _walk_in(qapp, qtbot, gui_ws, "vi", _leaks(english))
    assert leaks == [], "\n".join(map(str, leaks))
