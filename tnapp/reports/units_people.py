"""``units-people``: the commune's units and the people in them."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from tnapp.documents.model import Column, Document, Heading, Para, Table
from tnapp.domain.formatting import format_date
from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N
from tnapp.domain.vocab import Gender, PersonStatus, UnitKind
from tnapp.reports.base import ReportDef, ReportParams, commune_document

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace


def build(ws: Workspace, params: ReportParams) -> Document:
    units = ws.units.list()
    people = ws.people.list()  # already in Vietnamese order: given name, then the rest
    commune = ws.commune.current()
    villages = sum(1 for u in units if u.kind is UnitKind.VILLAGE)
    genders = Counter(p.gender for p in people)
    intro = Para.of(
        f"Tính đến ngày {format_date(params.day)}, {commune.display_name} có {len(units)} cơ quan, đơn vị, "
        f"tổ chức (trong đó {villages} thôn) với {len(people)} người được theo dõi trong công tác thi đua, "
        f"khen thưởng ({genders[Gender.MALE]} nam, {genders[Gender.FEMALE]} nữ). Ủy ban nhân dân xã báo cáo "
        "danh sách cụ thể như sau:")
    unit_table = Table(
        (Column("STT", 0.6, "center"), Column("Tên cơ quan, đơn vị", 3.2), Column("Loại", 1.6),
         Column("Trực thuộc", 1.6), Column("Người đứng đầu", 1.8), Column("Số người", 0.9, "right")),
        tuple((i, u.name, u.kind_label, u.parent_name or "", u.head_name or "", u.people_count)
              for i, u in enumerate(units, start=1))
        + (("", "Tổng cộng", "", "", "", sum(u.people_count for u in units)),),
        caption="Biểu 1. Danh sách cơ quan, đơn vị", sheet="Đơn vị", total_rows=1)
    people_table = Table(
        (Column("STT", 0.6, "center"), Column("Họ và tên", 2.2), Column("Giới tính", 0.9, "center"),
         Column("Năm sinh", 0.9, "center", text=True), Column("Chức vụ", 2.6), Column("Đơn vị", 2.2),
         Column("Ghi chú", 1.2)),
        tuple((i, p.full_name, p.gender.label, str(p.birth_year or ""), p.position or "", p.unit_name,
               "" if p.status is PersonStatus.ACTIVE else p.status.label)
              for i, p in enumerate(people, start=1)),
        caption="Biểu 2. Danh sách cá nhân (xếp theo tên)", sheet="Cá nhân")
    body = [intro, Heading("I. CƠ QUAN, ĐƠN VỊ"), unit_table,
            Heading("II. CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG"), people_table]
    return commune_document(ws, params, body=body,
                            summary=f"Danh sách cơ quan, đơn vị và cá nhân trên địa bàn xã năm {params.year}")


REPORT = ReportDef(
    code="units-people", file_name=_N("ReportFile", "danh sách đơn vị cá nhân"),
    title="Danh sách đơn vị và cá nhân",
    description="Các cơ quan, đơn vị, thôn và người trong từng đơn vị, xếp theo tên tiếng Việt.",
    build_document=build)
