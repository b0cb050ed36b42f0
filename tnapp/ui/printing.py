"""Printing a PDF the program wrote (ballots, minutes, certificates…) on a
printer chosen in the system's print dialog: each page is rendered with
QtPdf and painted, fitted and centred, on the printer's page.

``print_pdf(parent, path)`` asks (the dialog is the ``ask`` argument, so a
test or another page can pass its own) and prints off the UI thread;
``render_pdf(path, printer)`` is the painting alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from tnapp.errors import TNAppError
from tnapp.ui.tasks import run_task

MAX_DPI = 300  # enough for text and seals; a 1200 dpi printer would need a 500 MB image per A4 page

Ask = Callable[[QWidget | None, QPrinter, int], bool]


def ask_printer(parent: QWidget | None, printer: QPrinter, pages: int) -> bool:
    """The system's print dialog (printer, copies, page range); False when cancelled."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "In văn bản"))
    dialog.setMinMax(1, pages)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        message = QCoreApplication.translate("Printing", "Không đọc được tệp PDF «{name}» để in.")
        raise TNAppError(message.format(name=path.name))
    return document


def page_range(printer: QPrinter, pages: int) -> range:
    """The pages chosen in the dialog (0-based), all by default."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return range(printer.fromPage() - 1, min(printer.toPage() or pages, pages))
    return range(pages)


def render_pdf(path: Path, printer: QPrinter) -> int:
    """Paint the PDF's pages on ``printer``, each fitted to the printable area
    keeping its proportions; returns the number of pages printed."""
    document = open_pdf(path)
    chosen = page_range(printer, document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        message = QCoreApplication.translate("Printing", "Không mở được máy in «{name}».")
        raise TNAppError(message.format(name=printer.printerName() or "PDF"))
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for number, page in enumerate(chosen):
            if number and not printer.newPage():
                message = QCoreApplication.translate("Printing", "Máy in dừng ở trang {n}.")
                raise TNAppError(message.format(n=page + 1))
            size = document.pagePointSize(page)
            image = document.render(page, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(chosen)


def print_pdf(parent: QWidget | None, path: Path, *, printer: QPrinter | None = None,
              ask: Ask = ask_printer) -> int | None:
    """Ask where to print ``path`` and print it; the pages printed, None when cancelled."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    document = open_pdf(path)
    first = document.pagePointSize(0)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if first.width() > first.height()
                               else QPageLayout.Orientation.Portrait)  # certificates are landscape
    if not ask(parent, printer, document.pageCount()):
        return None
    return run_task(parent, QCoreApplication.translate("Printing", "Đang in…"), lambda: render_pdf(path, printer))
