"""Văn bản – Báo cáo: choose a report, preview it in the PDF viewer, print it,
save it as PDF and Word (file dialogs answered by the test)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import docx  # noqa: E402
import pytest  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtGui import QDesktopServices  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from tnapp.services.workspace import Workspace  # noqa: E402
from tnapp.ui.pages.documents_view import DocumentsView  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot, gui_ws: Workspace) -> DocumentsView:
    widget = DocumentsView(gui_ws)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.year.setValue(2026)
    return widget


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path, asked: list[str]) -> None:
    def choose(parent, caption, suggested, filters, *args, **kwargs):
        asked.append(suggested)
        return str(path), filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))


def test_the_catalogue_and_its_parameters(view: DocumentsView) -> None:
    codes = [view.reports.item(i).data(256) for i in range(view.reports.count())]
    assert codes == ["units-people", "completeness", "awards-stats", "so-ket", "tong-ket", "progress",
                     "bnv-0601", "bnv-0602", "bnv-0603", "bnv-0604", "bnv-0605"]
    view.select_report("completeness")
    assert view.period.isEnabled() and view.period.count() > 4
    view.period.setCurrentIndex(view.period.findData("2026-Q3"))
    assert view.current_period() == "2026-Q3"
    view.select_report("so-ket")
    assert not view.period.isEnabled() and view.period.currentText() == "6 tháng đầu năm 2026"


def test_preview_then_save_pdf_and_word(view: DocumentsView, tmp_path: Path, monkeypatch, messages) -> None:
    view.select_report("completeness")
    view.period.setCurrentIndex(view.period.findData("2026-Q3"))
    view.preview_button.click()
    assert view.pdf.pageCount() >= 1 and f"{view.pdf.pageCount()} trang" in view.status.text()

    asked: list[str] = []
    answer_save_dialog(monkeypatch, tmp_path / "tinh-hinh.pdf", asked)
    view.pdf_button.click()
    text = PdfReader(tmp_path / "tinh-hinh.pdf").pages[0].extract_text()
    assert "Tình hình thực hiện chế độ báo cáo Quý III/2026" in text
    assert [Path(a).name for a in asked] == ["tinh-hinh-gui-bao-cao-2026-Q3.pdf"]

    answer_save_dialog(monkeypatch, tmp_path / "tinh-hinh", asked)  # the extension is added
    view.word_button.click()
    word = docx.Document(str(tmp_path / "tinh-hinh.docx"))
    assert "XÃ THƯỢNG NINH" in word.tables[0].rows[0].cells[0].text
    assert "Đã lưu" in view.status.text() and not messages


def test_print_open_and_a_refused_save(view: DocumentsView, tmp_path: Path, monkeypatch, messages) -> None:
    view.select_report("awards-stats")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "in.pdf"))
    pages = view.print_to(printer)
    assert pages >= 1 and len(PdfReader(tmp_path / "in.pdf").pages) == pages

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())
                                                                  or True))
    view.open_button.click()
    assert opened and opened[0].endswith(".pdf") and Path(opened[0]).exists()

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    answer_save_dialog(monkeypatch, blocker / "x.xlsx", [])
    view.excel_button.click()
    assert messages and "Không ghi được tệp" in messages[-1].text


def test_a_form_of_ministries_and_provinces_is_refused_with_its_reason(view: DocumentsView, tmp_path: Path,
                                                                       monkeypatch, messages) -> None:
    view.select_report("bnv-0604")
    assert "xã không lập biểu này" in view.description.text()
    view.preview_button.click()
    assert len(messages) == 1 and "Ủy ban nhân dân xã không lập biểu này" in messages[0].text
    assert view.pdf.pageCount() == 0
    answer_save_dialog(monkeypatch, tmp_path / "0604.pdf", [])
    view.pdf_button.click()
    assert len(messages) == 2 and not (tmp_path / "0604.pdf").exists()
