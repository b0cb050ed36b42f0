"""Reports for the commune's leadership: a catalogue of documents built from
the services, each printable as PDF or Word and exportable to Excel.

    ws.reports.list()                                  # the catalogue
    ws.reports.build("completeness", 2026, "2026-Q3")  # a Document
    ws.reports.export("tong-ket", "tk.pdf", 2026)      # .pdf / .docx / .xlsx
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path

from tnapp.documents.model import Document
from tnapp.domain.vocab import NumberState
from tnapp.errors import NotFoundError, ValidationError
from tnapp.reports import awards_stats, completeness, progress, review, stat_forms, units_people
from tnapp.reports.base import ReportDef, ReportParams
from tnapp.services.base import Service

CATALOGUE: tuple[ReportDef, ...] = (
    units_people.REPORT, completeness.REPORT, awards_stats.REPORT, review.SO_KET, review.TONG_KET,
    progress.REPORT, *stat_forms.reports(),
)

__all__ = ["CATALOGUE", "ReportDef", "ReportParams", "ReportService", "find"]


def find(code: str) -> ReportDef:
    for report in CATALOGUE:
        if report.code == code.strip().lower():
            return report
    codes = ", ".join(r.code for r in CATALOGUE)
    raise NotFoundError(f"Không có báo cáo «{code}». Các báo cáo có: {codes}.")


class ReportService(Service):
    def list(self) -> list[ReportDef]:
        return list(CATALOGUE)

    def get(self, code: str) -> ReportDef:
        return find(code)

    def build(self, code: str, year: int, period: str | None = None, on: dt.date | None = None,
              number_id: int | None = None) -> Document:
        """The report's document for ``year`` (and ``period`` where it takes one);
        with ``number_id``, carrying that number of the register (else left blank)."""
        report = find(code)
        doc = report.build_document(self.ws, report.resolve(year, period, on))
        if number_id is None:
            return doc
        number = self.ws.documents.get(number_id)
        if number.kind is not doc.kind or number.state is NumberState.CANCELLED:
            raise ValidationError(f"Số {number.number} không dùng được cho {doc.kind.label.lower()} này "
                                  f"({number.kind.label.lower()}, {number.state.label.lower()}).")
        return replace(doc, number=number.seq, symbol=number.symbol)

    def export(self, code: str, path: str | os.PathLike, year: int, period: str | None = None,
               on: dt.date | None = None, number_id: int | None = None) -> Path:
        """Build and save in the format the file's extension names (.pdf, .docx, .xlsx)."""
        from tnapp.documents.output import save
        return save(self.build(code, year, period, on, number_id), path)
