"""Units and people through the services, on SQLite and PostgreSQL: validation,
Vietnamese order, audit of every write, all-or-nothing writes, stale edits."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tnapp.domain.permissions import Actor, Permission
from tnapp.domain.vocab import Gender, Role, UnitKind
from tnapp.errors import ConflictError, PermissionDenied, ValidationError
from tnapp.models import AuditEntry, Person, Unit
from tnapp.services.people import PROFILE_FIELDS, PersonInput
from tnapp.services.units import UnitInput
from tnapp.services.workspace import Workspace


def audit_rows(ws: Workspace, entity: str) -> list[AuditEntry]:
    with ws.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)))


def test_demo_commune_lists_units_in_catalogue_order_with_people_counts(demo_ws: Workspace) -> None:
    units = demo_ws.units.list()
    assert [u.code for u in units[:3]] == ["DU", "HDND", "UBND"]
    assert sum(1 for u in units if u.kind is UnitKind.VILLAGE) == 10
    ubnd = next(u for u in units if u.code == "UBND")
    assert ubnd.people_count == 3 and ubnd.kind_label == "Cơ quan chính quyền"
    assert next(u for u in units if u.code == "VP").parent_name == "Ủy ban nhân dân xã Thượng Ninh"


def test_people_come_sorted_by_given_name_and_search_ignores_diacritics(demo_ws: Workspace) -> None:
    people = demo_ws.people.list()
    given = [p.full_name.split()[-1] for p in people]
    assert given[0] == "An" and given[1] == "Ánh"
    assert [p.full_name for p in demo_ws.people.list(search="nguyen van hung")] == ["Nguyễn Văn Hùng"]
    ubnd = demo_ws.units.by_code("ubnd")
    assert {p.full_name for p in demo_ws.people.list(unit_id=ubnd.id)} == {
        "Lê Đức Tuấn", "Nguyễn Thị Thanh", "Trịnh Văn Hòa"}


def test_creating_a_unit_is_audited_with_who_and_what(demo_ws: Workspace) -> None:
    parent = demo_ws.units.by_code("MTTQ")
    unit = demo_ws.units.create(UnitInput(code="HNCT", name="  Hội  Người cao tuổi xã ", kind=UnitKind.FRONT,
                                          parent_id=parent.id))
    assert unit.name == "Hội Người cao tuổi xã" and unit.parent_name == parent.name
    entry = audit_rows(demo_ws, "unit")[-1]
    assert (entry.username, entry.action, entry.entity_id, entry.unit_id) == ("can-bo-vp", "insert", unit.id, unit.id)
    assert entry.after["code"] == "HNCT" and entry.before is None


def test_updating_records_before_and_after_of_changed_fields_only(demo_ws: Workspace) -> None:
    person = demo_ws.people.list(search="Lê Đức Tuấn")[0]
    data = PersonInput(person.full_name, person.gender, person.unit_id, person.birth_year,
                       "Chủ tịch UBND xã (kiêm nhiệm)", person.category, person.status,
                       **{name: getattr(person, name) for name, _, _ in PROFILE_FIELDS})  # unchanged: not logged
    updated = demo_ws.people.update(person.id, data, expected_version=person.version)
    assert updated.version == person.version + 1 and updated.position == "Chủ tịch UBND xã (kiêm nhiệm)"
    entry = audit_rows(demo_ws, "person")[-1]
    assert entry.action == "update" and entry.unit_id == person.unit_id
    assert entry.before == {"position": "Chủ tịch UBND xã"}
    assert entry.after == {"position": "Chủ tịch UBND xã (kiêm nhiệm)"}


@pytest.mark.parametrize(("data", "field", "message"), [
    (UnitInput("", "Tên", UnitKind.FRONT), "code", "Mã đơn vị không được để trống"),
    (UnitInput("A B", "Tên", UnitKind.FRONT), "code", "không có dấu cách"),
    (UnitInput("UBND", "Trùng mã", UnitKind.FRONT), "code", "đã dùng cho đơn vị «Ủy ban nhân dân"),
    (UnitInput("X1", " ", UnitKind.FRONT), "name", "Tên đơn vị không được để trống"),
    (UnitInput("X1", "Tên", UnitKind.FRONT, parent_id=999_999), "parent_id", "không tồn tại"),
])
def test_invalid_units_are_refused_naming_the_field_and_nothing_is_saved(
        demo_ws: Workspace, data: UnitInput, field: str, message: str) -> None:
    before = len(demo_ws.units.list())
    with pytest.raises(ValidationError, match=message) as caught:
        demo_ws.units.create(data)
    assert caught.value.field == field
    assert len(demo_ws.units.list()) == before


def test_a_unit_cannot_be_moved_under_its_own_child(demo_ws: Workspace) -> None:
    ubnd, vp = demo_ws.units.by_code("UBND"), demo_ws.units.by_code("VP")
    with pytest.raises(ValidationError, match="chính nó hoặc đơn vị trực thuộc") as caught:
        demo_ws.units.update(ubnd.id, UnitInput(ubnd.code, ubnd.name, ubnd.kind, parent_id=vp.id))
    assert caught.value.field == "parent_id"


def test_a_unit_in_use_is_not_deleted_and_the_message_says_why(demo_ws: Workspace) -> None:
    village = demo_ws.units.by_code("T01")
    with pytest.raises(ValidationError, match=r"1 người.*hộ gia đình.*báo cáo"):
        demo_ws.units.delete(village.id)
    assert demo_ws.units.by_code("T01").id == village.id


def test_an_unused_unit_is_deleted_and_the_deletion_audited(demo_ws: Workspace) -> None:
    unit = demo_ws.units.create(UnitInput("TAM", "Đơn vị tạm", UnitKind.ENTERPRISE))
    demo_ws.units.delete(unit.id, expected_version=unit.version)
    assert "TAM" not in {u.code for u in demo_ws.units.list()}
    entry = audit_rows(demo_ws, "unit")[-1]
    assert entry.action == "delete" and entry.before["code"] == "TAM" and entry.after is None


@pytest.mark.parametrize(("name", "year", "field"), [
    ("", 1980, "full_name"), ("Nguyễn Văn 2", 1980, "full_name"), ("Lê Văn Hai", 1850, "birth_year"),
])
def test_invalid_people_are_refused_naming_the_field(demo_ws: Workspace, name: str, year: int, field: str) -> None:
    unit = demo_ws.units.by_code("VP")
    with pytest.raises(ValidationError) as caught:
        demo_ws.people.create(PersonInput(name, Gender.MALE, unit.id, year))
    assert caught.value.field == field


def test_names_are_stored_composed_whatever_the_keyboard_sends(demo_ws: Workspace) -> None:
    unit = demo_ws.units.by_code("VP")
    decomposed = "Nguye\u0302\u0303n Thi\u0323  Hoa"  # NFD, double space
    person = demo_ws.people.create(PersonInput(decomposed, Gender.FEMALE, unit.id, 1990))
    assert person.full_name == "Nguyễn Thị Hoa"


def test_a_person_with_awards_history_is_not_deleted(demo_ws: Workspace) -> None:
    from tnapp.models import AwardRecord, AwardTitle
    person = demo_ws.people.list(search="Hoàng Thị Lan")[0]
    with demo_ws.write(Permission.EDIT_EMULATION) as session:
        title = session.scalar(select(AwardTitle).where(AwardTitle.code == "LDTT"))
        session.add(AwardRecord(person_id=person.id, title_id=title.id, year=2025, decision_number="15/QĐ-UBND"))
    with pytest.raises(ValidationError, match="1 khen thưởng"):
        demo_ws.people.delete(person.id)


def test_a_failed_write_leaves_neither_the_change_nor_its_audit_row(demo_ws: Workspace) -> None:
    with demo_ws.read() as session:
        units_before = session.scalar(select(func.count()).select_from(Unit))
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(RuntimeError, match="power cut"):
        with demo_ws.write(Permission.EDIT_CATALOGUE) as session:
            commune_id = session.scalar(select(Unit.commune_id).limit(1))
            session.add(Unit(commune_id=commune_id, code="GIUA", name="Ghi dở", kind=UnitKind.FRONT))
            session.flush()  # the row and its audit entry are written…
            raise RuntimeError("power cut")  # …and rolled back together
    with demo_ws.read() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == units_before
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_before


def test_a_stale_edit_is_refused_naming_who_saved_in_between(demo_ws: Workspace, db_url: str) -> None:
    other_pc = Workspace.open(db_url, Actor("thu-ky", Role.OFFICE))
    person = demo_ws.people.list(search="Phạm Thị Hằng")[0]
    other_pc.people.update(person.id, PersonInput(person.full_name, person.gender, person.unit_id,
                                                  person.birth_year, "Chánh Văn phòng UBND"),
                           expected_version=person.version)
    with pytest.raises(ConflictError, match="«thu-ky»"):
        demo_ws.people.update(person.id, PersonInput(person.full_name, person.gender, person.unit_id, 1986),
                              expected_version=person.version)
    assert demo_ws.people.get(person.id).birth_year == person.birth_year
    other_pc.close()


def test_roles_without_the_permission_cannot_change_the_catalogue(demo_ws: Workspace, db_url: str) -> None:
    leader = Workspace.open(db_url, Actor("lanh-dao", Role.LEADERSHIP))
    unit = leader.units.by_code("VP")
    assert leader.people.list(unit_id=unit.id)  # reading is allowed
    with pytest.raises(PermissionDenied, match="Lãnh đạo.*sửa danh mục"):
        leader.people.create(PersonInput("Lê Văn Mới", Gender.MALE, unit.id))
    with pytest.raises(PermissionDenied):
        leader.units.delete(unit.id)
    leader.close()
    with demo_ws.read() as session:
        assert session.scalar(select(func.count()).where(Person.full_name == "Lê Văn Mới")) == 0
