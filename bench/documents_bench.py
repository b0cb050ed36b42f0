"""Benchmark (run on demand, not a test): the year-end report (tổng kết) to
PDF and to Word with TNApp, against LibreOffice converting the same Word file
to PDF headless, in one run.

    python bench/documents_bench.py [--pages 20] [--repeat 3] [--db DEMO.sqlite]

The demo commune's year-end report is about 8 pages; to reach ``--pages`` the
benchmark repeats its units' narrative section (saying how many times) —
a synthetic long report made from the demo, laid out exactly like the real
one. The goal: TNApp at least 10× faster than LibreOffice.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from tnapp.documents.docx import render_docx
from tnapp.documents.model import Document, Heading, Para
from tnapp.documents.pdf import render_pdf
from tnapp.services.workspace import Workspace


def demo_workspace(db: Path | None, folder: Path) -> Workspace:
    ws = Workspace.open(db or folder / "demo.sqlite")
    if ws.is_empty():
        ws.seed.load_demo()
    return ws


def pdf_pages(doc: Document) -> int:
    buffer = io.BytesIO()
    render_pdf(doc, buffer)
    return len(PdfReader(buffer).pages)


def lengthen(doc: Document, pages: int) -> tuple[Document, int]:
    """Repeat the units' narrative section (heading II up to heading III) until
    the PDF has at least ``pages`` pages; returns the document and the copies added."""
    body = list(doc.body)
    start = next(i for i, b in enumerate(body) if isinstance(b, Heading) and b.text.startswith("II."))
    end = next(i for i, b in enumerate(body) if isinstance(b, Heading) and b.text.startswith("III."))
    section = body[start + 1:end]
    copies = 0
    while pdf_pages(doc) < pages:
        copies += 1
        marker = Para.of(f"(Phần lặp lại lần {copies} để đo hiệu năng với văn bản dài.)", italic=True)
        body[end:end] = [marker, *section]
        end += 1 + len(section)
        doc = doc.with_body(body)
    return doc, copies


def timed(call, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", type=Path, help="a demo database (created in a temporary folder otherwise)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="tnapp-bench-") as tmp:
        folder = Path(tmp)
        ws = demo_workspace(args.db, folder)
        build = timed(lambda: ws.reports.build("tong-ket", 2026, on=dt.date(2026, 12, 20)), args.repeat)
        doc = ws.reports.build("tong-ket", 2026, on=dt.date(2026, 12, 20))
        natural = pdf_pages(doc)
        doc, copies = lengthen(doc, args.pages)
        pages = pdf_pages(doc)
        print(f"Báo cáo tổng kết năm 2026 (dữ liệu mẫu): {natural} trang; lặp phần II thêm {copies} lần "
              f"→ {pages} trang.")
        pdf_path, docx_path = folder / "tong-ket.pdf", folder / "tong-ket.docx"
        t_build = build
        t_pdf = timed(lambda: render_pdf(doc, str(pdf_path)), args.repeat)
        t_docx = timed(lambda: render_docx(doc, str(docx_path)), args.repeat)
        print(f"TNApp: dựng văn bản từ CSDL {t_build * 1000:.0f} ms; PDF {t_pdf * 1000:.0f} ms "
              f"({pages} trang); Word {t_docx * 1000:.0f} ms (trung vị {args.repeat} lần)")
        office = libreoffice()
        if office is None:
            print("Không có LibreOffice (soffice): bỏ qua phép so sánh. "
                  "Cài: apt-get install -y libreoffice-writer-nogui")
            ws.close()
            return 0
        out = folder / "lo"
        profile = (folder / "lo-profile").as_uri()  # a fresh profile: no clash with a running office

        def convert() -> None:
            subprocess.run([office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                            "--outdir", str(out), str(docx_path)], check=True, capture_output=True, timeout=300)

        convert()  # first start creates the profile; not counted
        t_lo = timed(convert, args.repeat)
        lo_pages = len(PdfReader(out / "tong-ket.pdf").pages)
        print(f"LibreOffice: Word → PDF {t_lo * 1000:.0f} ms ({lo_pages} trang, trung vị {args.repeat} lần)")
        print(f"Tỷ lệ: LibreOffice / TNApp PDF = {t_lo / t_pdf:.1f}×; LibreOffice / TNApp Word = "
              f"{t_lo / t_docx:.1f}×; LibreOffice / (TNApp Word + PDF) = {t_lo / (t_pdf + t_docx):.1f}×; "
              f"LibreOffice / (TNApp dựng + PDF) = {t_lo / (t_build + t_pdf):.1f}× (mục tiêu ≥ 10×)")
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
