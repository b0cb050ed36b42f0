"""A person's profile as the Báo cáo thành tích asks it (quê quán, nơi thường
trú, trình độ chuyên môn, lý luận chính trị): kept through the form's service,
the Excel import (however the headers were typed) and the export."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tests.test_people_import import workbook
from tnapp.domain.vocab import Gender
from tnapp.errors import ValidationError
from tnapp.services.people import COLUMNS, PersonInput
from tnapp.services.workspace import Workspace

PROFILE = {"hometown": "Xã Thượng Ninh, tỉnh Thanh Hóa", "residence": "Thôn Đông Hòa, xã Thượng Ninh",
           "qualification": "Đại học Luật", "political_theory": "Trung cấp"}


def test_the_profile_is_kept_as_typed_in_one_form(demo_ws: Workspace) -> None:
    ws, unit_id = demo_ws, demo_ws.units.by_code("VP").id
    typed = {k: "  " + unicodedata.normalize("NFD", v).replace(" ", "  ") + " " for k, v in PROFILE.items()}
    person = ws.people.create(PersonInput("Lê Thị Nhàn", Gender.FEMALE, unit_id, 1992, **typed))
    assert person.full_name == "Lê Thị Nhàn"
    assert {k: getattr(ws.people.get(person.id), k) for k in PROFILE} == PROFILE  # NFC, single spaces
    changed = ws.people.update(person.id, PersonInput("Lê Thị Nhàn", Gender.FEMALE, unit_id, 1992,
                                                      **{**PROFILE, "political_theory": ""}),
                               expected_version=person.version)
    assert changed.political_theory is None and changed.hometown == PROFILE["hometown"]


def test_a_too_long_profile_field_is_refused_naming_it_and_nothing_is_saved(demo_ws: Workspace) -> None:
    before = demo_ws.people.list()
    with pytest.raises(ValidationError, match="Quê quán tối đa 200 ký tự") as caught:
        demo_ws.people.create(PersonInput("Lê Văn Bình", Gender.MALE, demo_ws.units.by_code("VP").id,
                                          hometown="x" * 201))
    assert caught.value.field == "hometown" and demo_ws.people.list() == before


def test_the_import_reads_the_profile_under_other_headers_typed_decomposed_or_spaced(
        demo_ws: Workspace, tmp_path: Path) -> None:
    headers = ("Họ và tên", "Giới tính", "Năm sinh", "Đơn vị", " Nguyên  quán", "Trú quán\u00a0",
               "Trình độ chuyên môn, nghiệp vụ", "Trình độ lý luận chính trị")
    headers = tuple(unicodedata.normalize("NFD", h) for h in headers)  # as a Mac keyboard sends them
    good = ("Lê Thị Nhàn", "Nữ", 1992, "VP", " Xã  Thượng Ninh, tỉnh Thanh Hóa ",
            unicodedata.normalize("NFD", PROFILE["residence"]), "Đại học Luật", "Trung cấp")
    bad = ("Đỗ Văn Khải", "Nam", 1987, "QS", "x" * 201, None, None, None)
    preview = demo_ws.people.preview_import(workbook(tmp_path / "hồ sơ #1 %.xlsx", [good, bad], headers=headers))
    assert [str(p) for p in preview.problems] == [
        "Trang «Danh sách», dòng 5, cột E (Quê quán): Quê quán tối đa 200 ký tự."]
    assert not preview.can_apply
    preview = demo_ws.people.preview_import(workbook(tmp_path / "hồ sơ #2 %.xlsx", [good], headers=headers))
    assert demo_ws.people.apply_import(preview) == 1
    nhan = demo_ws.people.list(search="Lê Thị Nhàn")[0]
    assert {k: getattr(nhan, k) for k in PROFILE} == PROFILE


def test_the_export_carries_the_profile_and_reads_back(demo_ws: Workspace, tmp_path: Path) -> None:
    person = demo_ws.people.list(search="Phạm Thị Hằng")[0]
    demo_ws.people.update(person.id, PersonInput(person.full_name, person.gender, person.unit_id, person.birth_year,
                                                 person.position, person.category, person.status, **PROFILE),
                          expected_version=person.version)
    path = demo_ws.people.export_excel(tmp_path / "danh sách.xlsx")
    from openpyxl import load_workbook
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header == list(COLUMNS)
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "Phạm Thị Hằng")
    assert {k: row[header.index(label)] for k, label in (("hometown", "Quê quán"), ("residence", "Nơi thường trú"),
            ("qualification", "Trình độ chuyên môn"), ("political_theory", "Lý luận chính trị"))} == PROFILE
    preview = demo_ws.people.preview_import(path)
    assert not preview.problems and not preview.new_rows
