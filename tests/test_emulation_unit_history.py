"""A person's unit per year: moving a person keeps where they were before, and
a rating (typed or imported) must name the unit the person belonged to in
the rated year — not merely their unit today."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from tnapp.domain.emulation_rules import Nominee
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Gender, RatingLevel, Role
from tnapp.errors import ValidationError
from tnapp.services import ratings
from tnapp.services.audit_log import AuditFilters
from tnapp.services.people import PersonInput
from tnapp.services.ratings import RatingInput
from tnapp.services.workspace import Workspace


def move(ws: Workspace, name: str, unit_code: str, on: dt.date) -> int:
    p = next(p for p in ws.people.list() if p.full_name == name)
    data = PersonInput(p.full_name, p.gender, ws.units.by_code(unit_code).id, p.birth_year, p.position, p.category,
                       p.status, p.phone, p.note)
    ws.people.update(p.id, data, expected_version=p.version, moved_on=on)
    return p.id


def test_moving_a_person_keeps_their_unit_history(demo_ws: Workspace) -> None:
    hang = move(demo_ws, "Phạm Thị Hằng", "PKT", dt.date(2026, 4, 1))
    history = demo_ws.award_history.unit_history(Nominee.person(hang))
    vp, pkt = demo_ws.units.by_code("VP"), demo_ws.units.by_code("PKT")
    assert [(u.unit_id, u.from_date, u.to_date) for u in history] == [
        (vp.id, None, dt.date(2026, 3, 31)), (pkt.id, dt.date(2026, 4, 1), None)]
    assert history[0].text == f"{vp.name} (đến 31/03/2026)" and history[1].text == f"{pkt.name} (từ 01/04/2026)"
    assert demo_ws.people.get(hang).unit_id == pkt.id

    an = next(p for p in demo_ws.people.list() if p.full_name == "Lê Văn An")  # never moved
    assert [(u.unit_id, u.from_date, u.to_date) for u in demo_ws.award_history.unit_history(
        Nominee.person(an.id))] == [(an.unit_id, None, None)]


def test_a_rating_names_the_unit_of_that_year(demo_ws: Workspace) -> None:
    hang = move(demo_ws, "Phạm Thị Hằng", "PKT", dt.date(2026, 4, 1))
    vp, pkt = demo_ws.units.by_code("VP"), demo_ws.units.by_code("PKT")
    for year in (2023, 2024):
        for r in demo_ws.ratings.list(year=year, nominee=Nominee.person(hang)):
            demo_ws.ratings.delete(r.id)
    rating = RatingInput(2024, Nominee.person(hang), RatingLevel.GOOD, 82)

    with pytest.raises(ValidationError, match=r"không thuộc «.*» năm 2024 \(năm đó ở «" + vp.name) as caught:
        demo_ws.ratings.create(dataclasses.replace(rating, unit_id=pkt.id))  # PKT: only since 2026
    assert caught.value.field == "unit_id"
    assert demo_ws.ratings.create(dataclasses.replace(rating, unit_id=vp.id)).unit_id == vp.id  # VP then
    assert demo_ws.ratings.create(dataclasses.replace(rating, year=2023)).unit_id == vp.id  # by default
    with pytest.raises(ValidationError, match="năm 2027"):
        demo_ws.ratings.create(dataclasses.replace(rating, year=2027, unit_id=vp.id))  # left VP in 2026


def test_a_rating_import_reads_a_past_unit_and_refuses_the_wrong_year(demo_ws: Workspace, tmp_path: Path) -> None:
    hang = move(demo_ws, "Phạm Thị Hằng", "PKT", dt.date(2026, 4, 1))
    for r in demo_ws.ratings.list(year=2024, nominee=Nominee.person(hang)):
        demo_ws.ratings.delete(r.id)
    book = Workbook()
    sheet = book.active
    sheet.title = ratings.SHEET
    sheet.append(list(ratings.COLUMNS))
    base = {"Họ và tên": "Phạm Thị Hằng", "Năm sinh": 1985, "Mức xếp loại": "HTT", "Điểm": 82}
    for values in ({**base, "Năm": 2024, "Mã đơn vị": "VP"},  # row 2: her unit that year
                   {**base, "Năm": 2027, "Mã đơn vị": "VP"}):  # row 3: she had left VP
        sheet.append([values.get(c) for c in ratings.COLUMNS])
    book.save(tmp_path / "xl.xlsx")
    preview = demo_ws.ratings.preview_import(tmp_path / "xl.xlsx")
    messages = [str(p) for p in preview.problems]
    assert len(messages) == 1 and "dòng 3, cột D (Mã đơn vị)" in messages[0] and "năm 2027" in messages[0], messages
    assert [i.row for i in preview.new] == [2] and preview.new[0].data.unit_id == demo_ws.units.by_code("VP").id



def test_deleting_a_person_audits_the_removal_of_their_unit_history(demo_ws: Workspace, db_url: str) -> None:
    vp = demo_ws.units.by_code("VP")
    tam = demo_ws.people.create(PersonInput("Đỗ Văn Tâm", Gender.MALE, vp.id, 1990))
    move(demo_ws, "Đỗ Văn Tâm", "PKT", dt.date(2025, 7, 1))
    assert len(demo_ws.award_history.unit_history(Nominee.person(tam.id))) == 2

    demo_ws.people.delete(tam.id)
    admin = Workspace.open(db_url, Actor("quan-tri", Role.ADMIN))  # office staff may not read the log
    try:
        deleted = [e for e in admin.audit.search(AuditFilters(entity="person_unit_period"))
                   if e.action == "delete" and e.label == f"Quá trình công tác #{tam.id}"]
    finally:
        admin.close()
    assert len(deleted) == 2, deleted  # both stretches, VP and PKT, in the log
    assert {e.reason for e in deleted} == {None} and all(e.changes for e in deleted)
