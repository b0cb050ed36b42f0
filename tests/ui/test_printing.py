"""Printing a PDF the program wrote: every page reaches the printer (a PDF
printer writing to a file here, the dialog replaced), fitted to the paper,
only the pages chosen, nothing when the dialog is cancelled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from tnapp.errors import TNAppError
from tnapp.ui.printing import print_pdf

pytestmark = pytest.mark.gui


def source_pdf(path: Path, pages: int, size=A4) -> Path:
    canvas = Canvas(str(path), pagesize=size)
    for n in range(pages):
        canvas.setFont("Helvetica-Bold", 60)
        canvas.rect(40, 40, size[0] - 80, size[1] - 80, fill=1)  # a black box over most of the page
        canvas.drawString(60, size[1] / 2, f"Trang {n + 1}")
        canvas.showPage()
    canvas.save()
    return path


def pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def printed(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    document.load(str(path))
    return document


def dark_share(document: QPdfDocument, page: int) -> float:
    """How much of the printed page is dark (the source's black box)."""
    image = document.render(page, document.pagePointSize(page).toSize())
    dark = sum(QColor(image.pixel(x, y)).lightness() < 100
               for x in range(0, image.width(), 5) for y in range(0, image.height(), 5))
    return dark / len(range(0, image.width(), 5)) / len(range(0, image.height(), 5))


def test_every_page_is_printed_fitted_to_the_paper(qtbot, tmp_path) -> None:
    source = source_pdf(tmp_path / "bien-ban.pdf", 3)
    asked = []

    def ask(parent, printer, pages) -> bool:
        asked.append(pages)
        return True

    assert print_pdf(None, source, printer=pdf_printer(tmp_path / "out.pdf"), ask=ask) == 3
    assert asked == [3]  # the dialog is told how many pages there are
    out = printed(tmp_path / "out.pdf")
    assert out.pageCount() == 3
    assert all(dark_share(out, page) > 0.6 for page in range(3))  # the pages' content, not blank sheets


def test_only_the_chosen_pages_and_landscape_for_certificates(qtbot, tmp_path) -> None:
    source = source_pdf(tmp_path / "giay-khen.pdf", 4, landscape(A4))

    def pages_two_to_three(parent, printer, pages) -> bool:
        assert printer.pageLayout().orientation() is QPageLayout.Orientation.Landscape
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return True

    assert print_pdf(None, source, printer=pdf_printer(tmp_path / "out.pdf"), ask=pages_two_to_three) == 2
    out = printed(tmp_path / "out.pdf")
    assert out.pageCount() == 2
    size = out.pagePointSize(0)
    assert size.width() > size.height()


def test_cancelled_dialog_prints_nothing_and_a_broken_file_is_refused(qtbot, tmp_path) -> None:
    source = source_pdf(tmp_path / "phieu.pdf", 1)
    assert print_pdf(None, source, printer=pdf_printer(tmp_path / "out.pdf"), ask=lambda *a: False) is None
    assert not (tmp_path / "out.pdf").exists()
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"not a pdf")
    with pytest.raises(TNAppError, match="hong.pdf"):
        print_pdf(None, broken, printer=pdf_printer(tmp_path / "out2.pdf"), ask=lambda *a: True)
