"""Unit reports through Excel: a template per unit and period (or one for all
units, a sheet each) in the official look, filled offline and imported back.

``preview_import`` reads one file, several, or a folder and lists every value
that would change and every problem with its place; ``apply_import`` saves
the clean files, each all or nothing (see ``tnapp.services.report_import``).
Both report progress through a callback and can be cancelled between files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from openpyxl.workbook.protection import WorkbookProtection

from tnapp.domain.periods import Period
from tnapp.domain.permissions import Permission
from tnapp.errors import TNAppError
from tnapp.i18n import _, label
from tnapp.services.base import Service
from tnapp.documents.xlsx import append_row, new_book, save_workbook
from tnapp.services.report_import import Batch, ImportPreview, ImportResult, TemplateReader, excel_files
from tnapp.services.report_layout import META_MARK, META_SHEET, TEMPLATE_VERSION, write_unit_sheet
from tnapp.services.unit_reports import ReportSheet

Progress = Callable[[int, int, str], None]  # (files done, files in all, file name)


class ReportTemplateService(Service):
    # --- templates -------------------------------------------------------------------

    def template(self, unit_id: int, period: str, path: Path) -> Path:
        """The Excel form of one unit for one period."""
        return self._workbook([self.ws.unit_reports.open(unit_id, period)], Period.parse(period), path)

    def template_all(self, period: str, path: Path) -> Path:
        """One workbook with a sheet per unit that must report the period."""
        units = [s.unit_id for s in self.ws.reporting.status(period)]
        if not units:
            raise TNAppError(_("Không có đơn vị nào phải báo cáo kỳ {label}.", label=label(Period.parse(period))))
        return self._workbook([self.ws.unit_reports.open(u, period) for u in units], Period.parse(period), path)

    def _workbook(self, reports: Sequence[ReportSheet], period: Period, path: Path) -> Path:
        commune = self.ws.commune.current()
        for report in reports:
            if not report.lines:
                raise TNAppError(_("«{unit_name}» không có chỉ tiêu nào báo cáo theo kỳ {period}.",
                                   unit_name=report.unit_name, period=label(period)))
        book = new_book()
        meta = book.create_sheet(META_SHEET)
        append_row(meta, [META_MARK, TEMPLATE_VERSION, period.code, commune.code, dt.datetime.now().isoformat(" ", "seconds")])
        for report in reports:
            write_unit_sheet(book.create_sheet(report.unit_code[:31]), commune.name, report, meta)
        meta.sheet_state = "veryHidden"
        meta.protection.sheet = True
        book.active = 1
        book.security = WorkbookProtection(lockStructure=True)  # no sheet added, removed or unhidden in Excel
        return save_workbook(book, path)

    # --- import ------------------------------------------------------------------------

    def preview_import(self, paths: Iterable[Path], expect_unit_id: int | None = None,
                       expect_period: str | None = None, progress: Progress | None = None,
                       cancel: Callable[[], bool] | None = None) -> ImportPreview:
        """Read and check every file; nothing is saved. ``expect_*`` refuse a
        file of another unit or period (the entry screen's import)."""
        files = excel_files(paths)
        period = Period.parse(expect_period).code if expect_period else None
        preview = ImportPreview([])
        with self.ws.read() as session:
            reader = TemplateReader(self.ws, session, expect_unit_id, period)
            for done, path in enumerate(files):
                if cancel and cancel():
                    preview.cancelled = True
                    break
                if progress:
                    progress(done, len(files), path.name)
                preview.files.append(reader.read(path))
        if progress:
            progress(len(preview.files), len(files), "")
        return preview

    def apply_import(self, preview: ImportPreview, progress: Progress | None = None,
                     cancel: Callable[[], bool] | None = None) -> ImportResult:
        """Save every clean file that changes something, in one transaction;
        a file refused on the way (a report submitted meanwhile) leaves
        nothing, a cancel keeps the files already done, and nothing is ever
        half a file."""
        result = ImportResult()
        todo = preview.files
        with self.ws.write(Permission.ENTER_REPORTS) as session:
            batch = Batch(session, self.ws.actor, [f for f in todo if f.ok and f.has_changes])
            for done, item in enumerate(todo):
                if cancel and cancel():
                    result.cancelled = True
                    result.not_started = [f.path for f in todo[done:]]
                    break
                if progress:
                    progress(done, len(todo), item.path.name)
                if not item.ok:
                    result.refused.append((item.path, "; ".join(item.messages())))
                elif not item.has_changes:
                    result.unchanged.append(item.path)
                else:
                    try:
                        batch.apply(item)
                    except TNAppError as exc:
                        result.refused.append((item.path, str(exc)))
                    else:
                        result.applied.append(item.path)
                        result.values_changed += len(item.changes)
        if progress and not result.cancelled:
            progress(len(todo), len(todo), "")
        return result
