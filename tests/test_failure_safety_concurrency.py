"""Two PCs editing the same catalogue row: the second save is refused with a
message naming who saved first, never a silent overwrite (SQLite and PostgreSQL)."""

from __future__ import annotations

import re

import pytest

from tnapp.domain.permissions import Actor, Permission
from tnapp.domain.vocab import DocumentKind, Role
from tnapp.errors import ConflictError, TNAppError
from tnapp.models import DocumentNumber, Unit
from tnapp.models.base import utcnow
from tnapp.services.units import UnitInput
from tnapp.services.workspace import Workspace


def _edit(row, name: str) -> UnitInput:
    return UnitInput(row.code, name, row.kind, row.parent_id, row.short_name, row.sort_order)


def test_second_save_from_a_stale_form_is_refused_naming_who(demo_ws: Workspace, db_url: str) -> None:
    with Workspace.open(db_url, Actor("may-hai", Role.OFFICE)) as other:
        first = demo_ws.units.list()[0]
        seen_by_other = other.units.get(first.id)
        demo_ws.units.update(first.id, _edit(first, "Tên do máy một sửa"), expected_version=first.version)
        with pytest.raises(ConflictError, match="can-bo-vp"):
            other.units.update(seen_by_other.id, _edit(seen_by_other, "Tên do máy hai sửa"),
                               expected_version=seen_by_other.version)
    assert demo_ws.units.get(first.id).name == "Tên do máy một sửa"


def test_a_racing_save_without_expected_version_is_refused_too(demo_ws: Workspace, db_url: str) -> None:
    """Both sessions read version N; one commits N+1; the other's UPDATE … WHERE
    version = N matches no row: SQLAlchemy's StaleDataError becomes a ConflictError."""
    with Workspace.open(db_url, Actor("may-hai", Role.OFFICE)) as other:
        unit_id = demo_ws.units.list()[1].id
        with pytest.raises(ConflictError, match="can-bo-vp"):
            with other.write(Permission.EDIT_CATALOGUE) as session:
                unit = session.get(Unit, unit_id)
                unit.name = "Máy hai"
                demo_ws.units.update(unit_id, _edit(demo_ws.units.get(unit_id), "Máy một"))  # commits first
                session.flush()
    assert demo_ws.units.get(unit_id).name == "Máy một"


def test_a_record_created_on_another_pc_in_between_is_named_not_the_database_text(demo_ws: Workspace,
                                                                                   db_url: str) -> None:
    """Both PCs create unit «X99»; the unique key refuses the second: the user
    is told who saved it first and when, never the driver's "duplicate key" text."""
    first = demo_ws.units.list()[0]
    with Workspace.open(db_url, Actor("may-hai", Role.OFFICE)) as other:
        with pytest.raises(ConflictError, match=r"«can-bo-vp» lưu trên máy khác lúc \d\d:\d\d ngày") as refused:
            with other.write(Permission.EDIT_CATALOGUE) as session:
                session.add(Unit(commune_id=demo_ws.commune.current().id, code="X99", name="Máy hai tạo", kind=first.kind))
                demo_ws.units.create(UnitInput("X99", "Máy một tạo", first.kind, None))  # commits first
                session.flush()
    assert not re.search(r"duplicate|unique|constraint|INSERT", str(refused.value), re.IGNORECASE)
    assert [u.name for u in demo_ws.units.list() if u.code == "X99"] == ["Máy một tạo"]


def test_a_broken_check_is_refused_in_vietnamese_without_database_text(demo_ws: Workspace) -> None:
    with pytest.raises(TNAppError) as refused:
        with demo_ws.write(Permission.ISSUE_DOCUMENTS) as session:
            session.add(DocumentNumber(commune_id=demo_ws.commune.current().id, year=2026,
                                       kind=DocumentKind.NOTICE, seq=0, symbol="TB-UBND", summary="Số 0",
                                       reserved_at=utcnow(), reserved_by="can-bo-vp"))
    assert "chưa có gì bị thay đổi" in str(refused.value)
    assert not re.search(r"check|constraint|seq|INSERT", str(refused.value), re.IGNORECASE)
