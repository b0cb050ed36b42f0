"""Văn bản – Báo cáo: choose a report, its year and period, preview it, print
it, save it as PDF, Word or Excel, or open it in another program.

The documents are built and rendered by the core (``ws.reports``); this view
only collects the choice and shows the result. Rendering runs off the UI
thread (``run_task``) behind a progress dialog.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QScrollArea, QSpinBox, QSplitter, QVBoxLayout, QWidget,
)

from tnapp.domain.periods import Period
from tnapp.domain.vocab import PeriodKind
from tnapp.errors import TNAppError
from tnapp.fonts import document_font
from tnapp.reports import ReportDef
from tnapp.ui.files import save_file, suggested_name
from tnapp.ui.labels import tr_file_name, tr_report_text
from tnapp.ui.messages import show_error
from tnapp.ui.tasks import run_task

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace

PRINT_DPI = 300  # pages are printed as images at this resolution at most


class DocumentsView(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._folder = Path(tempfile.mkdtemp(prefix="tnapp-vanban-"))
        self._pdf_path: Path | None = None  # the preview of the current choice, when up to date
        folder = self._folder
        self.destroyed.connect(lambda *_: shutil.rmtree(folder, ignore_errors=True))

        self.reports = QListWidget()
        self.reports.setWordWrap(True)  # a form's long title on two lines, not behind a sideways scroll bar
        self.reports.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reports.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.reports.setSpacing(1)
        for report in ws.reports.list():
            item = QListWidgetItem(tr_report_text(report.title))
            item.setData(Qt.ItemDataRole.UserRole, report.code)
            item.setToolTip(tr_report_text(report.description))
            self.reports.addItem(item)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.period = QComboBox()
        self.description = QLabel()
        self.description.setObjectName("reportDescription")
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A form's description runs to twelve lines: it scrolls in a box of fixed height, so the list above and
        # the buttons below keep their size and place whichever report is chosen.
        self.description_box = QScrollArea()
        self.description_box.setWidget(self.description)
        self.description_box.setWidgetResizable(True)
        self.description_box.setFrameShape(QFrame.Shape.NoFrame)
        self.description_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.description_box.setFixedHeight(self.description.fontMetrics().lineSpacing() * 5)

        self.preview_button = QPushButton(self.tr("Xem trước"))
        self.print_button = QPushButton(self.tr("In…"))
        self.pdf_button = QPushButton(self.tr("Lưu PDF…"))
        self.word_button = QPushButton(self.tr("Lưu Word…"))
        self.excel_button = QPushButton(self.tr("Lưu Excel…"))
        self.open_button = QPushButton(self.tr("Mở bằng ứng dụng khác"))
        self.status = QLabel()
        self.status.setObjectName("documentStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.status.setFixedHeight(self.status.fontMetrics().lineSpacing() * 4)  # the buttons stay put
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pdf = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self._lay_out()
        self.reports.currentRowChanged.connect(self._report_changed)
        self.year.valueChanged.connect(self._year_changed)
        self.period.currentIndexChanged.connect(self._choice_changed)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_document)
        self.pdf_button.clicked.connect(lambda: self.save_as(".pdf"))
        self.word_button.clicked.connect(lambda: self.save_as(".docx"))
        self.excel_button.clicked.connect(lambda: self.save_as(".xlsx"))
        self.open_button.clicked.connect(self.open_externally)
        self.reports.setCurrentRow(0)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Năm:"), self.year)
        form.addRow(self.tr("Kỳ:"), self.period)
        buttons = QVBoxLayout()
        for button in (self.preview_button, self.print_button, self.pdf_button, self.word_button,
                       self.excel_button, self.open_button):
            buttons.addWidget(button)
        side = QWidget()
        column = QVBoxLayout(side)
        column.addWidget(QLabel(self.tr("Văn bản, báo cáo có thể in:")))
        column.addWidget(self.reports, 1)
        column.addWidget(self.description_box)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([side.fontMetrics().averageCharWidth() * 56, 1000])  # the forms' titles on two lines
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

    # --- the choice -------------------------------------------------------------

    def current_report(self) -> ReportDef:
        item = self.reports.currentItem()
        return self.ws.reports.get(item.data(Qt.ItemDataRole.UserRole))

    def select_report(self, code: str) -> None:
        for row in range(self.reports.count()):
            if self.reports.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.reports.setCurrentRow(row)
                return
        raise KeyError(code)

    def current_period(self) -> str | None:
        return self.period.currentData()

    def _report_changed(self, _row: int) -> None:
        text = tr_report_text(self.current_report().description)
        self.description.setText(text)
        self.description.setToolTip(text)
        self.description_box.verticalScrollBar().setValue(0)
        self._fill_periods()

    def _year_changed(self, _year: int) -> None:
        self._fill_periods()

    def _fill_periods(self) -> None:
        report, year = self.current_report(), self.year.value()
        self.period.blockSignals(True)
        self.period.clear()
        if report.fixed_period is not None:
            fixed = Period.parse(report.fixed_period(year))
            self.period.addItem(fixed.label, fixed.code)
        elif not report.period_kinds:  # the whole year: said, not an empty box
            self.period.addItem(Period(year, PeriodKind.YEAR).label, None)
        else:
            for period in report.period_choices(year):
                self.period.addItem(period.label, period.code)
            default = report.default_period(year)
            if default:
                self.period.setCurrentIndex(max(self.period.findData(default), 0))
        self.period.setEnabled(self.period.count() > 1)
        self.period.blockSignals(False)
        self._choice_changed()

    def _choice_changed(self, *_: object) -> None:
        self._pdf_path = None  # the preview no longer matches the choice

    # --- actions ---------------------------------------------------------------------

    def _render(self, target: Path) -> Path:
        code, year, period = self.current_report().code, self.year.value(), self.current_period()
        ws = self.ws
        return run_task(self, self.tr("Đang lập văn bản…"), lambda: ws.reports.export(code, target, year, period))

    def _fresh_pdf(self) -> Path | None:
        """The PDF of the current choice, rendered if needed; None after an error (shown)."""
        if self._pdf_path is not None and self._pdf_path.exists():
            return self._pdf_path
        target = self._folder / f"{self.current_report().code}-{uuid.uuid4().hex[:8]}.pdf"
        try:
            self._pdf_path = self._render(target)
        except TNAppError as exc:
            show_error(self, exc)
            return None
        return self._pdf_path

    def preview(self) -> None:
        path = self._fresh_pdf()
        if path is None:
            return
        self.pdf.close()
        self.pdf.load(str(path))
        if self.pdf.status() != QPdfDocument.Status.Ready:
            show_error(self, self.tr("Không mở được bản xem trước."))
            return
        text = self.tr("Bản xem trước: %n trang.", "", self.pdf.pageCount())
        font = document_font()
        if font.bundled:  # no Times New Roman on this computer: say which font is used
            text += "\n" + self.tr("Phông chữ: %1 (máy chưa có Times New Roman).").replace("%1", font.family)
        self.status.setText(text)

    def save_as(self, suffix: str) -> Path | None:
        filters = {".pdf": self.tr("Tệp PDF (*.pdf)"), ".docx": self.tr("Tài liệu Word (*.docx)"),
                   ".xlsx": self.tr("Bảng tính Excel (*.xlsx)")}
        report = self.current_report()
        suggested = suggested_name(tr_file_name(report), self.current_period() or self.year.value(), suffix=suffix)
        chosen, _ = save_file(self, self.tr("Lưu văn bản"), suggested, filters[suffix])
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        try:
            saved = self._render(target)
        except TNAppError as exc:
            show_error(self, exc)
            return None
        self.status.setText(self.tr("Đã lưu: %1").replace("%1", saved.name))  # a long folder would widen the column
        self.status.setToolTip(str(saved))
        return saved

    def open_externally(self) -> None:
        path = self._fresh_pdf()
        if path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_error(self, self.tr("Máy này chưa có chương trình mở tệp PDF. Hãy dùng «Lưu PDF…»."))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In văn bản"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print every page as an image, fitted to the printer's page; returns the page count."""
        path = self._fresh_pdf()
        if path is None:
            return 0
        document = QPdfDocument(self)
        document.load(str(path))
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, self.tr("Không bắt đầu in được; hãy kiểm tra máy in."))
            return 0
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(page, QSize(round(points.width() * dpi / 72),
                                                    round(points.height() * dpi / 72)))
                area = QRectF(painter.viewport())
                scale = min(area.width() / image.width(), area.height() / image.height())
                size = QRectF(0, 0, image.width() * scale, image.height() * scale)
                size.moveCenter(area.center())
                painter.drawImage(size, image, QRectF(image.rect()))
            return document.pageCount()
        finally:
            painter.end()
            document.close()
