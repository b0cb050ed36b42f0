"""A unit reporter importing another unit's filled template: refused, naming
the place, with nothing saved (issue: accounts and roles)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from test_report_templates import fill

from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Role
from tnapp.models import AuditEntry, ReportValue
from tnapp.services.workspace import Workspace


def test_a_unit_reporter_cannot_import_another_units_template(demo_ws: Workspace, db_url: str,
                                                               tmp_path: Path) -> None:
    t04, t02 = demo_ws.units.by_code("T04").id, demo_ws.units.by_code("T02").id
    path = demo_ws.report_templates.template(t04, "2026-Q3", tmp_path / "T04.xlsx")
    fill(path, {"T04": {"KT03": 612.35, "VH02": 11, "VH03": 455}})
    with demo_ws.read() as session:
        before = (session.scalar(select(func.count()).select_from(ReportValue)),
                  session.scalar(select(func.count()).select_from(AuditEntry)))

    reporter = Workspace.open(db_url, Actor("bao-cao-t02", Role.UNIT_REPORTER, unit_id=t02))
    try:
        preview = reporter.report_templates.preview_import([path])
        problems = [str(p) for f in preview.files for p in f.problems]
        assert problems == ["Trang «T04», dòng 6, cột A (Đơn vị): Tài khoản «bao-cao-t02» chỉ được nhập báo cáo "
                            "của đơn vị mình, không được nhập cho «Thôn Bắc Ninh»."]
        result = reporter.report_templates.apply_import(preview)
        assert result.applied == [] and [p for p, _ in result.refused] == [path]
    finally:
        reporter.close()

    assert demo_ws.unit_reports.values(t04, "2026-Q3") == {}
    with demo_ws.read() as session:
        assert (session.scalar(select(func.count()).select_from(ReportValue)),
                session.scalar(select(func.count()).select_from(AuditEntry))) == before
