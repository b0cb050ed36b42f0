"""Every service write × every role: allowed → it succeeds; not allowed →
PermissionDenied and nothing in the database changed.

``CASES`` is the registry: (service.method, the permission it needs, a call
with sample arguments). ``test_every_write_method_is_in_the_registry``
finds the services' methods that open a write transaction (or check a
permission) by reading their source, so a new service method fails the suite
until it is registered here (or exempted with a reason).
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tnapp.domain.emulation_rules import Nominee
from tnapp.domain.permissions import ROLE_PERMISSIONS, Actor, Permission
from tnapp.domain.proposal_wizard import Step
from tnapp.domain.vocab import (
    Attendance, CouncilRole, DocumentKind, ExemplarKind, Gender, MatterKind, MovementStage, RegistrationState,
    ReportState, Role, UnitKind,
)
from tnapp.errors import PermissionDenied
from tnapp.models import UnitReport
from tnapp.models.base import Base
from tnapp.services.award_history import AwardInput
from tnapp.services.complaints import ComplaintInput
from tnapp.services.council import CouncilInput, MeetingInput, MemberInput, TallyInput
from tnapp.services.discipline import DisciplineInput
from tnapp.services.exemplars import ExemplarInput
from tnapp.services.households import HouseholdInput
from tnapp.services.initiatives import InitiativeInput
from tnapp.services.movements import MovementInput
from tnapp.services.people import PersonInput
from tnapp.services.ratings import RatingInput
from tnapp.services.registrations import RegistrationInput
from tnapp.services.unit_reports import ReportKey
from tnapp.services.units import UnitInput
from tnapp.services.workspace import Workspace

from council_fixtures import matrix_facts as council_facts

ADMIN = Actor("quan-tri", Role.ADMIN)
PASSWORD = "Mật-khẩu-đủ-dài-2026"


@dataclass
class World:
    """The demo database prepared for one call, and the ids the calls need."""

    ws: Workspace  # acting as the role under test
    admin: Workspace
    tmp: Path
    facts: dict


@dataclass(frozen=True)
class Case:
    name: str
    permission: Permission
    call: Callable[[World], object]
    unit: Callable[[dict], int | None] = lambda facts: None  # the unit a unit reporter must own
    empty: bool = False  # runs on an empty database (first-run operations)


def _people_file(world: World) -> object:
    path = world.tmp / "nguoi.xlsx"
    unit = world.admin.units.get(world.facts["unit_id"])
    row = dataclasses.replace(world.admin.people.list()[0], full_name="Người Mới Nhập", birth_year=1991,
                              unit_code=unit.code)
    world.admin.people.export_excel(path, [row])
    return world.admin.people.preview_import(path)


def _appendix(world: World) -> object:
    path = world.tmp / "phu-luc.xlsx"
    world.admin.indicator_appendix.export(path)
    return world.admin.indicator_appendix.preview_import(path)


def _template(world: World) -> object:
    key = world.facts["draft"]
    path = world.tmp / "mau.xlsx"
    world.admin.report_templates.template(key.unit_id, key.period, path)
    return world.admin.report_templates.preview_import([path])


def _indicator_input(world: World, code: str) -> object:
    row = world.admin.indicators.list()[0]
    units = {u.code: u.id for u in world.admin.units.list()}
    return dataclasses.replace(row.as_input(units), code=code, sort_order=None)


def _backup_file(world: World) -> Path:
    return world.admin.backups.create(world.tmp / "ban-sao.sqlite")


def _restore(world: World) -> object:
    backup = _backup_file(world)
    world.admin.engine.dispose()  # a restore needs the file to itself: the admin's open connection is another user
    return world.ws.backups.restore(backup)


def _unit(world: World) -> UnitInput:
    return UnitInput("MOI-1", "Đơn vị mới", UnitKind.VILLAGE)


def _person(world: World) -> PersonInput:
    return PersonInput("Trần Văn Mới", Gender.MALE, world.facts["unit_id"], birth_year=1990)


def _first_line(world: World) -> int:
    key = world.facts["draft"]
    return world.admin.unit_reports.open(key.unit_id, key.period).lines[0].indicator_id


# --- the emulation records: inputs rebuilt from the demo rows, import files from the admin's export ---


def _movement_input(world: World, movement_id: int) -> MovementInput:
    r = world.admin.movements.get(movement_id)
    return MovementInput(r.code, r.name, r.year, r.kind, r.slogan, r.launch_doc_number, r.launch_date, r.start_date,
                         r.end_date, r.content, r.indicator_ids, r.unit_ids)


def _movement_file(world: World) -> object:
    path = world.tmp / "phong-trao.xlsx"
    row = world.admin.movements.get(world.facts["movement_id"])
    world.admin.movements.export_excel(path, [dataclasses.replace(row, code="PT-NHAP", name="Phong trào nhập")])
    return world.admin.movements.preview_import(path)


def _registration_input(world: World, registration_id: int) -> RegistrationInput:
    r = world.admin.registrations.get(registration_id)
    return RegistrationInput(r.year, r.unit_id, r.nominee.nominee, r.title_id, r.movement_id)


def _registration_file(world: World) -> object:
    path = world.tmp / "dang-ky.xlsx"
    row = world.admin.registrations.get(world.facts["registration_free"])
    world.admin.registrations.export_excel(path, [dataclasses.replace(row, year=row.year + 1)])
    return world.admin.registrations.preview_import(path)


def _rating_input(world: World, rating_id: int) -> RatingInput:
    r = world.admin.ratings.get(rating_id)
    return RatingInput(r.year, r.nominee.nominee, r.level, r.points, r.unit_id, r.note)


def _rating_file(world: World) -> object:
    path = world.tmp / "xep-loai.xlsx"
    row = world.admin.ratings.get(world.facts["rating_id"])
    world.admin.ratings.export_excel(path, [dataclasses.replace(row, note="Nhập thử")])
    return world.admin.ratings.preview_import(path)


def _initiative_input(world: World, initiative_id: int) -> InitiativeInput:
    r = world.admin.initiatives.get(initiative_id)
    return InitiativeInput(r.title, r.year, r.author_ids, r.kind, r.unit_id, r.recognised_by, r.recognised_on,
                           r.scope, r.decision_number)


def _exemplar_input(world: World, exemplar_id: int) -> ExemplarInput:
    r = world.admin.exemplars.get(exemplar_id)
    return ExemplarInput(r.nominee.nominee, r.kind, r.title, r.year, r.happened_on, r.story)


def _photo(world: World) -> Path:
    path = world.tmp / "anh.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"anh thu" * 8)
    return path


def _proposal_at_dossier(ws: Workspace, person_id: int) -> int:
    """A draft proposal walked by the wizard up to its dossier step (ready to submit)."""
    state = ws.proposals.start_draft(2025, "LDTT", nominees=[Nominee.person(person_id)])
    for changes in ({}, {"override_reason": "Lý do vẫn đề nghị để thử"}, {"achievements": "Thành tích thử"}):
        draft = dataclasses.replace(state.draft, nominees=tuple(dataclasses.replace(n, **changes)
                                                                for n in state.draft.nominees))
        state = ws.proposals.save_step(state.proposal_id, state.step, draft)
    return state.proposal_id


def _discipline_input(world: World, record_id: int) -> DisciplineInput:
    r = world.admin.discipline.get(record_id)
    return DisciplineInput(r.nominee.nominee, r.matter, r.opened_on, r.form, r.resolved_on, r.decision_number, r.note)


def _award_input(world: World, award_id: int) -> AwardInput:
    r = world.admin.award_history.get(award_id)
    return AwardInput(r.nominee.nominee, r.title_id, r.year, r.decision_number, r.decision_date, r.issuer, r.amount,
                      r.note)


def _award_file(world: World) -> object:
    path = world.tmp / "khen-thuong.xlsx"
    row = world.admin.award_history.get(world.facts["award_id"])
    world.admin.award_history.export_excel(path, [dataclasses.replace(row, note="Nhập thử")])
    return world.admin.award_history.preview_import(path)


def _household_input(world: World, household_id: int) -> HouseholdInput:
    r = world.admin.households.get(household_id)
    return HouseholdInput(r.village_id, r.code, r.head_name, r.address, r.members)


def _household_file(world: World) -> object:
    path = world.tmp / "ho.xlsx"
    row = world.admin.households.get(world.facts["household_id"])
    world.admin.households.export_excel(path, [dataclasses.replace(row, code=row.code + "-N", head_name="Hộ Nhập")])
    return world.admin.households.preview_import(path)


def _record_file(world: World, service_name: str, fact: str, **changes: object) -> object:
    """An import preview of the admin's export of one record, changed."""
    service = getattr(world.admin, service_name)
    path = world.tmp / f"{service_name}-nhap.xlsx"
    service.export_excel(path, [dataclasses.replace(service.get(world.facts[fact]), **changes)])
    return service.preview_import(path)


def _complaint_input(world: World, complaint_id: int) -> ComplaintInput:
    r = world.admin.complaints.get(complaint_id)
    return ComplaintInput(r.received_on, r.sender, r.subject, r.handler, r.due_on, r.state, r.resolved_on, r.result)


P = Permission
CASES: tuple[Case, ...] = (
    Case("commune.create", P.MAINTAIN_DATABASE, lambda w: w.ws.commune.create("99999", "Xã Thử", "Thanh Hóa"),
         empty=True),
    Case("seed.load_demo", P.MAINTAIN_DATABASE, lambda w: w.ws.seed.load_demo(), empty=True),
    Case("units.create", P.EDIT_CATALOGUE, lambda w: w.ws.units.create(_unit(w))),
    Case("units.update", P.EDIT_CATALOGUE, lambda w: w.ws.units.update(
        w.facts["unit_id"], dataclasses.replace(_unit(w), code=w.admin.units.get(w.facts["unit_id"]).code))),
    Case("units.delete", P.EDIT_CATALOGUE, lambda w: w.ws.units.delete(w.facts["empty_unit_id"])),
    Case("people.create", P.EDIT_CATALOGUE, lambda w: w.ws.people.create(_person(w))),
    Case("people.update", P.EDIT_CATALOGUE, lambda w: w.ws.people.update(w.facts["person_id"], _person(w))),
    Case("people.delete", P.EDIT_CATALOGUE, lambda w: w.ws.people.delete(w.facts["free_person_id"])),
    Case("people.apply_import", P.EDIT_CATALOGUE, lambda w: w.ws.people.apply_import(_people_file(w))),
    Case("settings.set", P.MANAGE_SETTINGS, lambda w: w.ws.settings.set("login.max_failures", 6,
                                                                         __import__("datetime").date(2030, 1, 1))),
    Case("settings.update", P.MANAGE_SETTINGS, lambda w: w.ws.settings.update(
        next(s.id for s in w.admin.settings.list() if s.key == "login.max_failures"), 6,
        __import__("datetime").date(1900, 1, 1), "Thiết lập của văn phòng", False, None)),
    Case("indicators.create", P.EDIT_CATALOGUE, lambda w: w.ws.indicators.create(_indicator_input(w, "CT-MOI"))),
    Case("indicators.update", P.EDIT_CATALOGUE, lambda w: w.ws.indicators.update(
        w.facts["indicator_id"], dataclasses.replace(_indicator_input(w, w.facts["indicator_code"]),
                                                     note="sửa thử"))),
    Case("indicators.delete", P.EDIT_CATALOGUE, lambda w: w.ws.indicators.delete(w.facts["new_indicator_id"])),
    Case("indicators.add_rule", P.EDIT_CATALOGUE, lambda w: w.ws.indicators.add_rule(w.facts["rule_pair"][0], "<=",
                                                                                   w.facts["rule_pair"][1])),
    Case("indicators.delete_rule", P.EDIT_CATALOGUE, lambda w: w.ws.indicators.delete_rule(w.facts["rule_id"])),
    Case("indicator_appendix.apply_import", P.EDIT_CATALOGUE,
         lambda w: w.ws.indicator_appendix.apply_import(_appendix(w))),
    Case("unit_reports.save_value", P.ENTER_REPORTS, lambda w: w.ws.unit_reports.save_value(
        w.facts["draft"], _first_line(w), 1.0), unit=lambda f: f["draft"].unit_id),
    Case("unit_reports.save_narrative", P.ENTER_REPORTS, lambda w: w.ws.unit_reports.save_narrative(
        w.facts["draft"], "Kết quả", None, None), unit=lambda f: f["draft"].unit_id),
    Case("unit_reports.submit", P.ENTER_REPORTS, lambda w: w.ws.unit_reports.submit(w.facts["draft"]),
         unit=lambda f: f["draft"].unit_id),
    Case("unit_reports.accept", P.ACCEPT_REPORTS, lambda w: w.ws.unit_reports.accept(w.facts["submitted"])),
    Case("unit_reports.return_report", P.ACCEPT_REPORTS,
         lambda w: w.ws.unit_reports.return_report(w.facts["submitted"], "Thiếu số liệu")),
    Case("unit_reports.reopen", P.ACCEPT_REPORTS,
         lambda w: w.ws.unit_reports.reopen(w.facts["accepted"], "Sửa số liệu")),
    Case("data_quality.mark", P.ACCEPT_REPORTS, lambda w: w.ws.data_quality.mark(
        w.ws.unit_reports.get(w.facts["accepted"]).id, _first_line(w), "Đề nghị kiểm tra lại")),
    Case("report_templates.apply_import", P.ENTER_REPORTS,
         lambda w: w.ws.report_templates.apply_import(_template(w)), unit=lambda f: f["draft"].unit_id),
    Case("documents.reserve", P.ISSUE_DOCUMENTS, lambda w: w.ws.documents.reserve(DocumentKind.PLAN, "Kế hoạch thử")),
    Case("documents.record", P.ISSUE_DOCUMENTS, lambda w: w.ws.documents.record(DocumentKind.PLAN, 50, "Ghi tay")),
    Case("documents.cancel", P.ISSUE_DOCUMENTS, lambda w: w.ws.documents.cancel(w.facts["number_id"], "Hủy thử")),
    Case("documents.mark_issued", P.ISSUE_DOCUMENTS, lambda w: w.ws.documents.mark_issued(w.facts["number_id"])),
    Case("accounts.create_user", P.MANAGE_USERS,
         lambda w: w.ws.accounts.create_user("nguoi.moi", "Người Mới", Role.OFFICE, PASSWORD)),
    Case("accounts.reset_password", P.MANAGE_USERS,
         lambda w: w.ws.accounts.reset_password("nguoi.khac", PASSWORD + "x")),
    Case("accounts.set_active", P.MANAGE_USERS, lambda w: w.ws.accounts.set_active("nguoi.khac", False)),
    Case("accounts.list_users", P.MANAGE_USERS, lambda w: w.ws.accounts.list_users()),
    Case("accounts.change_password", P.READ, lambda w: w.ws.accounts.change_password(PASSWORD, PASSWORD + "!")),
    Case("audit.search", P.VIEW_AUDIT, lambda w: w.ws.audit.search()),
    Case("audit.export_excel", P.VIEW_AUDIT, lambda w: w.ws.audit.export_excel(w.tmp / "nhat-ky.xlsx")),
    Case("backups.create", P.MAINTAIN_DATABASE, lambda w: w.ws.backups.create(w.tmp / "thu-cong.sqlite")),
    Case("backups.restore", P.MAINTAIN_DATABASE, lambda w: _restore(w)),
    # the emulation records
    Case("movements.create", P.EDIT_EMULATION,
         lambda w: w.ws.movements.create(MovementInput("PT-MOI", "Phong trào mới", 2026))),
    Case("movements.update", P.EDIT_EMULATION, lambda w: w.ws.movements.update(
        w.facts["movement_id"], dataclasses.replace(_movement_input(w, w.facts["movement_id"]), slogan="Sửa thử"))),
    Case("movements.delete", P.EDIT_EMULATION, lambda w: w.ws.movements.delete(w.facts["free_movement_id"])),
    Case("movements.advance", P.EDIT_EMULATION, lambda w: w.ws.movements.advance(w.facts["free_movement_id"])),
    Case("movements.step_back", P.EDIT_EMULATION,
         lambda w: w.ws.movements.step_back(w.facts["launched_movement_id"], "Làm lại bước trước")),
    Case("movements.set_stage", P.EDIT_EMULATION,
         lambda w: w.ws.movements.set_stage(w.facts["free_movement_id"], MovementStage.LAUNCHED)),
    Case("movements.apply_import", P.EDIT_EMULATION, lambda w: w.ws.movements.apply_import(_movement_file(w))),
    Case("registrations.create", P.EDIT_EMULATION, lambda w: w.ws.registrations.create(dataclasses.replace(
        _registration_input(w, w.facts["registration_free"]), year=2027, movement_id=None))),
    Case("registrations.update", P.EDIT_EMULATION, lambda w: w.ws.registrations.update(
        w.facts["registration_free"], _registration_input(w, w.facts["registration_free"]))),
    Case("registrations.delete", P.EDIT_EMULATION,
         lambda w: w.ws.registrations.delete(w.facts["registration_free"])),
    Case("registrations.send", P.EDIT_EMULATION, lambda w: w.ws.registrations.send(w.facts["registration_free"])),
    Case("registrations.approve", P.EDIT_EMULATION,
         lambda w: w.ws.registrations.approve(w.facts["registration_pending"])),
    Case("registrations.reject", P.EDIT_EMULATION,
         lambda w: w.ws.registrations.reject(w.facts["registration_pending"], "Chưa đủ tiêu chuẩn")),
    Case("registrations.recall", P.EDIT_EMULATION,
         lambda w: w.ws.registrations.recall(w.facts["registration_pending"])),
    Case("registrations.apply_import", P.EDIT_EMULATION,
         lambda w: w.ws.registrations.apply_import(_registration_file(w))),
    Case("ratings.create", P.EDIT_EMULATION, lambda w: w.ws.ratings.create(dataclasses.replace(
        _rating_input(w, w.facts["rating_id"]), year=2026))),
    Case("ratings.update", P.EDIT_EMULATION, lambda w: w.ws.ratings.update(
        w.facts["rating_id"], dataclasses.replace(_rating_input(w, w.facts["rating_id"]), note="Sửa thử"))),
    Case("ratings.delete", P.EDIT_EMULATION, lambda w: w.ws.ratings.delete(w.facts["rating_id"])),
    Case("ratings.apply_import", P.EDIT_EMULATION, lambda w: w.ws.ratings.apply_import(_rating_file(w))),
    Case("initiatives.create", P.EDIT_EMULATION, lambda w: w.ws.initiatives.create(dataclasses.replace(
        _initiative_input(w, w.facts["initiative_id"]), title="Sáng kiến mới", decision_number=None))),
    Case("initiatives.update", P.EDIT_EMULATION, lambda w: w.ws.initiatives.update(
        w.facts["initiative_id"], _initiative_input(w, w.facts["initiative_id"]))),
    Case("initiatives.delete", P.EDIT_EMULATION, lambda w: w.ws.initiatives.delete(w.facts["initiative_id"])),
    Case("exemplars.create", P.EDIT_EMULATION, lambda w: w.ws.exemplars.create(ExemplarInput(
        Nominee.person(w.facts["person_id"]), ExemplarKind.GOOD_DEED, "Việc tốt mới", 2026))),
    Case("exemplars.update", P.EDIT_EMULATION, lambda w: w.ws.exemplars.update(
        w.facts["exemplar_id"], dataclasses.replace(_exemplar_input(w, w.facts["exemplar_id"]), title="Sửa thử"))),
    Case("exemplars.delete", P.EDIT_EMULATION, lambda w: w.ws.exemplars.delete(w.facts["exemplar_id"])),
    Case("exemplars.add_photo", P.EDIT_EMULATION,
         lambda w: w.ws.exemplars.add_photo(w.facts["exemplar_id"], _photo(w))),
    Case("exemplars.remove_photo", P.EDIT_EMULATION, lambda w: w.ws.exemplars.remove_photo(w.facts["photo_id"])),
    Case("discipline.create", P.EDIT_EMULATION, lambda w: w.ws.discipline.create(DisciplineInput(
        Nominee.person(w.facts["person_id"]), MatterKind.INSPECTION, __import__("datetime").date(2026, 2, 1)))),
    Case("discipline.update", P.EDIT_EMULATION, lambda w: w.ws.discipline.update(
        w.facts["discipline_id"], dataclasses.replace(_discipline_input(w, w.facts["discipline_id"]), note="Sửa"))),
    Case("discipline.delete", P.EDIT_EMULATION, lambda w: w.ws.discipline.delete(w.facts["discipline_id"])),
    Case("award_history.create", P.EDIT_EMULATION, lambda w: w.ws.award_history.create(dataclasses.replace(
        _award_input(w, w.facts["award_id"]), year=2026, decision_number=None, decision_date=None))),
    Case("award_history.update", P.EDIT_EMULATION, lambda w: w.ws.award_history.update(
        w.facts["award_id"], dataclasses.replace(_award_input(w, w.facts["award_id"]), note="Sửa thử"))),
    Case("award_history.delete", P.EDIT_EMULATION, lambda w: w.ws.award_history.delete(w.facts["award_id"])),
    Case("award_history.apply_import", P.EDIT_EMULATION,
         lambda w: w.ws.award_history.apply_import(_award_file(w))),
    Case("households.create", P.EDIT_CATALOGUE, lambda w: w.ws.households.create(dataclasses.replace(
        _household_input(w, w.facts["household_id"]), code="HO-MOI", head_name="Hộ Mới"))),
    Case("households.update", P.EDIT_CATALOGUE, lambda w: w.ws.households.update(
        w.facts["household_id"], dataclasses.replace(_household_input(w, w.facts["household_id"]), members=9))),
    Case("households.delete", P.EDIT_CATALOGUE, lambda w: w.ws.households.delete(w.facts["free_household_id"])),
    Case("households.record_culture", P.EDIT_EMULATION, lambda w: w.ws.households.record_culture(
        2030, [Nominee.household(w.facts["household_id"])], "99/QĐ-UBND")),
    Case("households.apply_import", P.EDIT_CATALOGUE, lambda w: w.ws.households.apply_import(_household_file(w))),
    Case("complaints.create", P.EDIT_EMULATION, lambda w: w.ws.complaints.create(ComplaintInput(
        __import__("datetime").date(2026, 3, 2), "Ông Thử", "Kiến nghị thử"))),
    Case("complaints.update", P.EDIT_EMULATION, lambda w: w.ws.complaints.update(
        w.facts["complaint_id"], dataclasses.replace(_complaint_input(w, w.facts["complaint_id"]), handler="Người khác"))),
    Case("complaints.delete", P.EDIT_EMULATION, lambda w: w.ws.complaints.delete(w.facts["complaint_id"])),
    Case("proposals.start_draft", P.EDIT_PROPOSALS, lambda w: w.ws.proposals.start_draft(
        2025, "LDTT", nominees=[Nominee.person(w.facts["person_id"])])),
    Case("proposals.start_from_review", P.EDIT_PROPOSALS, lambda w: w.ws.proposals.start_from_review(
        2025, [(Nominee.person(w.facts["person_id"]), "LDTT")])),
    Case("proposals.save_step", P.EDIT_PROPOSALS, lambda w: w.ws.proposals.save_step(
        w.facts["proposal_id"], Step.NOMINEES, w.admin.proposals.resume(w.facts["proposal_id"]).draft,
        direction="stay")),
    Case("proposals.submit", P.EDIT_PROPOSALS, lambda w: w.ws.proposals.submit(w.facts["ready_proposal_id"])),
    Case("proposals.withdraw", P.EDIT_PROPOSALS, lambda w: w.ws.proposals.withdraw(
        w.facts["submitted_proposal_id"], "Rút để bổ sung")),
    Case("proposals.delete_draft", P.EDIT_PROPOSALS, lambda w: w.ws.proposals.delete_draft(w.facts["proposal_id"])),
    Case("proposals.attach", P.EDIT_PROPOSALS, lambda w: w.ws.proposals.attach(w.facts["proposal_id"], _photo(w))),
    Case("proposals.remove_attachment", P.EDIT_PROPOSALS,
         lambda w: w.ws.proposals.remove_attachment(w.facts["proposal_attachment_id"])),
    Case("initiatives.apply_import", P.EDIT_EMULATION, lambda w: w.ws.initiatives.apply_import(
        _record_file(w, "initiatives", "initiative_id", title="Sáng kiến nhập"))),
    Case("exemplars.apply_import", P.EDIT_EMULATION, lambda w: w.ws.exemplars.apply_import(
        _record_file(w, "exemplars", "exemplar_id", title="Điển hình nhập"))),
    Case("discipline.apply_import", P.EDIT_EMULATION, lambda w: w.ws.discipline.apply_import(
        _record_file(w, "discipline", "discipline_id", note="Nhập thử"))),
    Case("complaints.apply_import", P.EDIT_EMULATION, lambda w: w.ws.complaints.apply_import(
        _record_file(w, "complaints", "complaint_id", result="Nhập thử"))),
    Case("council.create_council", P.RUN_COUNCIL, lambda w: w.ws.council.create_council(CouncilInput("2031-2036"))),
    Case("council.update_council", P.RUN_COUNCIL, lambda w: w.ws.council.update_council(
        w.facts["council_id"], CouncilInput("2026-2031", "Quyết định sửa"))),
    Case("council.delete_council", P.RUN_COUNCIL, lambda w: w.ws.council.delete_council(w.facts["free_council_id"])),
    Case("council.add_member", P.RUN_COUNCIL, lambda w: w.ws.council.add_member(
        w.facts["council_id"], MemberInput("Ủy viên Mới", CouncilRole.MEMBER))),
    Case("council.update_member", P.RUN_COUNCIL, lambda w: w.ws.council.update_member(
        w.facts["free_member_id"], MemberInput("Thành viên Đổi Tên", CouncilRole.MEMBER))),
    Case("council.remove_member", P.RUN_COUNCIL, lambda w: w.ws.council.remove_member(w.facts["free_member_id"])),
    Case("council.create_meeting", P.RUN_COUNCIL, lambda w: w.ws.council.create_meeting(MeetingInput(
        w.facts["council_id"], __import__("datetime").datetime(2026, 12, 20, 8), "Hội trường", 2026))),
    Case("council.update_meeting", P.RUN_COUNCIL, lambda w: w.ws.council.update_meeting(
        w.facts["planned_meeting_id"],
        MeetingInput(w.facts["council_id"], __import__("datetime").datetime(2026, 12, 16, 8), "Phòng họp 2", 2021))),
    Case("council.delete_meeting", P.RUN_COUNCIL, lambda w: w.ws.council.delete_meeting(w.facts["planned_meeting_id"])),
    Case("council.start_meeting", P.RUN_COUNCIL, lambda w: w.ws.council.start_meeting(w.facts["planned_meeting_id"])),
    Case("council.close_meeting", P.RUN_COUNCIL, lambda w: w.ws.council.close_meeting(w.facts["closable_meeting_id"])),
    Case("council.set_attendance_many", P.RUN_COUNCIL, lambda w: w.ws.council.set_attendance_many(
        w.facts["planned_meeting_id"], {w.facts["member_id"]: Attendance.PRESENT})),
    Case("council.build_agenda", P.RUN_COUNCIL, lambda w: w.ws.council.build_agenda(w.facts["planned_meeting_id"])),
    Case("council.set_presenter_note", P.RUN_COUNCIL, lambda w: w.ws.council.set_presenter_note(
        w.facts["open_item_id"], "Ghi chú của thư ký")),
    Case("council.record_tally", P.RUN_COUNCIL, lambda w: w.ws.council.record_tally(
        w.facts["open_item_id"], TallyInput(8, 1))),
    Case("council.cancel_tally", P.RUN_COUNCIL, lambda w: w.ws.council.cancel_tally(w.facts["tally_id"], "Nhập nhầm")),
    Case("council.draft_decision", P.ISSUE_DOCUMENTS, lambda w: w.ws.council.draft_decision(
        w.facts["closed_meeting_id"], on_date=__import__("datetime").date(2026, 12, 21))),
    Case("council.sign_decision", P.ISSUE_DOCUMENTS, lambda w: w.ws.council.sign_decision(
        w.facts["decision_id"], __import__("datetime").date(2026, 12, 22))),
    Case("council.set_counters", P.RUN_COUNCIL, lambda w: w.ws.council.set_counters(
        w.facts["planned_meeting_id"], w.facts["member_id"])),
)

# Service methods that write or check a permission but are not in the matrix, and why.
EXEMPT = {
    "data_quality.clear": "needs a mark first; the same ACCEPT_REPORTS check as data_quality.mark "
                          "(its life: tests/test_data_quality.py)",
    "seed.ensure_defaults": "adds missing default rows as TNApp itself (first run, any user); no user data",
    "accounts.has_users": "read before anyone signs in",
    "accounts.create_first_admin": "only while the database has no account (tests/test_accounts.py)",
    "accounts.authenticate": "signing in (tests/test_accounts.py)",
    "accounts.get": "administrators' read, same check as list_users",
    "accounts.current": "the signed-in user's own account",
    "audit.usernames": "same check as audit.search",
    "backups.automatic": "the app's own safety copy, for whoever is signed in (only copies)",
    "seed.load_demo_cycle": "after seed.load_demo, by the administrator; its steps are the services in this matrix",
    "province.send": "needs a meeting that passed a province title: "
                     "tests/test_province_route.py::test_the_province_route_refuses_who_may_not_issue…",
    "province.record_decision": "as province.send, in the same test",
}

# Services that landed in the work tree while this matrix was written (the emulation records);
# their cases come with them. Any other new service method must be registered above.
PENDING_SERVICES: frozenset[str] = frozenset()


def _services() -> dict[str, object]:
    """Workspace's services: attribute name → the return annotation of its property."""
    return {name: inspect.signature(attr.func).return_annotation for name, attr in vars(Workspace).items()
            if isinstance(attr, functools.cached_property)}


def test_every_write_method_is_in_the_registry() -> None:
    import tnapp.services.workspace as module

    registered = {c.name for c in CASES} | set(EXEMPT)
    missing = []
    for name, annotation in _services().items():
        cls = getattr(module, annotation, None) if isinstance(annotation, str) else annotation
        if cls is None or name in PENDING_SERVICES:  # None: lazily imported report builders, read-only
            continue
        for method_name, method in inspect.getmembers(cls, inspect.isfunction):
            if method_name.startswith("_"):
                continue
            source = inspect.getsource(method)
            if ("ws.write(" in source or "ws.require(" in source) and f"{name}.{method_name}" not in registered:
                missing.append(f"{name}.{method_name}")
    assert not missing, f"add these to CASES (or EXEMPT with a reason): {missing}"


# --- the worlds ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("matrix")
    empty = folder / "empty.sqlite"
    Workspace.open(empty, ADMIN).close()
    demo = folder / "demo.sqlite"
    ws = Workspace.open(demo, ADMIN)
    ws.seed.load_demo()
    unit = ws.units.create(UnitInput("TRONG", "Đơn vị trống", UnitKind.VILLAGE))
    free = ws.people.create(PersonInput("Người Không Liên Quan", Gender.FEMALE, unit.id, birth_year=1980))
    doomed = ws.units.create(UnitInput("XOA", "Đơn vị để xóa", UnitKind.VILLAGE))
    indicators = ws.indicators.list()
    created = ws.indicators.create(_indicator_input(World(ws, ws, folder, {}), "CT-XOA"))
    pair = next((a.id, b.id) for a in indicators for b in indicators
                if a.id != b.id and a.frequency == b.frequency and a.frequency.value != "year")
    rule = ws.indicators.add_rule(created.id, "<=", next(i.id for i in indicators
                                                        if i.frequency == created.frequency))
    number = ws.documents.reserve(DocumentKind.PLAN, "Kế hoạch có sẵn")
    ws.accounts.create_user("nguoi.khac", "Người Khác", Role.OFFICE, PASSWORD)
    with ws.read() as session:
        reports = {state: session.scalars(select(UnitReport).where(UnitReport.state == state)
                                          .order_by(UnitReport.id)).all() for state in ReportState}
    draft = next(r for r in reports[ReportState.DRAFT] if not ws.unit_reports.submission_problems(r.id))
    free_movement = ws.movements.create(MovementInput("PT-XOA", "Phong trào để xóa", 2026))
    launched = ws.movements.advance(ws.movements.create(MovementInput("PT-LUI", "Phong trào để lùi", 2026)).id)
    registrations = ws.registrations.list()
    pending = next(r for r in registrations if r.state is RegistrationState.PENDING)
    free_registration = next((r for r in registrations if r.state is RegistrationState.NOT_SENT), None)
    if free_registration is None:
        free_registration = ws.registrations.recall(
            next(r for r in registrations if r.state is RegistrationState.PENDING and r.id != pending.id).id)
    exemplar = ws.exemplars.list()[0]
    photo_path = folder / "anh-co-san.png"
    photo_path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"anh co san" * 8)
    photo = ws.exemplars.add_photo(exemplar.id, photo_path)
    household = ws.households.list()[0]
    free_household = ws.households.create(HouseholdInput(household.village_id, "HO-XOA", "Hộ Để Xóa"))
    proposal = ws.proposals.start_draft(2025, "LDTT", nominees=[Nominee.person(ws.people.list()[0].id)])
    paper = folder / "giay-to.pdf"
    paper.write_bytes(b"%PDF-1.4 giay to de nghi")
    proposal_attachment = ws.proposals.attach(proposal.proposal_id, paper)
    ready_proposal_id = _proposal_at_dossier(ws, ws.people.list()[1].id)
    submitted_proposal = ws.proposals.submit(_proposal_at_dossier(ws, ws.people.list()[2].id))
    facts = {
        "unit_id": draft.unit_id, "other_unit_id": unit.id, "empty_unit_id": doomed.id, "person_id": ws.people.list()[0].id,
        "free_person_id": free.id, "indicator_id": indicators[0].id, "indicator_code": indicators[0].code,
        "new_indicator_id": created.id, "rule_pair": pair, "rule_id": rule.id, "number_id": number.id,
        "draft": ReportKey(draft.unit_id, draft.period),
        "submitted": reports[ReportState.SUBMITTED][0].id, "accepted": reports[ReportState.ACCEPTED][0].id,
        "movement_id": ws.movements.list()[-1].id, "free_movement_id": free_movement.id,
        "launched_movement_id": launched.id, "registration_pending": pending.id,
        "registration_free": free_registration.id, "rating_id": ws.ratings.list()[0].id,
        "initiative_id": ws.initiatives.list()[0].id, "exemplar_id": exemplar.id, "photo_id": photo.id,
        "discipline_id": ws.discipline.list()[0].id, "award_id": ws.award_history.list()[0].id,
        "household_id": household.id, "free_household_id": free_household.id,
        "complaint_id": ws.complaints.list()[0].id,
        "proposal_id": proposal.proposal_id, "proposal_attachment_id": proposal_attachment.id,
        "ready_proposal_id": ready_proposal_id, "submitted_proposal_id": submitted_proposal.id,
    }
    facts.update(council_facts(ws))  # tests/council_fixtures.py
    ws.close()
    return {"empty": empty, "demo": demo, "facts": facts}  # type: ignore[dict-item]


def _snapshot(ws: Workspace) -> dict[str, tuple[int, int]]:
    """Rows per table, and the sum of versions of versioned tables (any update bumps it)."""
    result = {}
    with ws.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            versioned = "version" in table.c
            row = conn.execute(select(func.count(), func.coalesce(func.sum(table.c.version), 0) if versioned
                                      else func.count()).select_from(table)).one()
            result[table.name] = (row[0], row[1])
    return result


def _world(templates: dict, tmp_path: Path, case: Case, role: Role) -> World:
    path = tmp_path / "db.sqlite"
    shutil.copy(templates["empty" if case.empty else "demo"], path)
    facts = templates["facts"]
    unit_id = case.unit(facts) if role is Role.UNIT_REPORTER else None
    if role is Role.UNIT_REPORTER and unit_id is None and not case.empty:
        unit_id = facts["unit_id"]
    actor = Actor(f"vai-tro-{role.value}", role, unit_id)
    admin = Workspace.open(path, ADMIN)
    if not case.empty:  # an account for the actor (change_password works on one's own)
        admin.accounts.create_user(actor.username.replace("_", "-"), "Người thử", role, PASSWORD,
                                   unit_id if role is Role.UNIT_REPORTER else None)
        actor = dataclasses.replace(actor, username=actor.username.replace("_", "-"))
    return World(Workspace.open(path, actor), admin, tmp_path, facts)


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_role_may_or_may_not(case: Case, role: Role, templates: dict, tmp_path: Path) -> None:
    world = _world(templates, tmp_path, case, role)
    try:
        if case.permission in ROLE_PERMISSIONS[role]:
            case.call(world)
        else:
            before = _snapshot(world.admin)
            with pytest.raises(PermissionDenied):
                case.call(world)
            assert _snapshot(world.admin) == before, "a refused call changed the database"
    finally:
        world.ws.close()
        world.admin.close()


@pytest.mark.parametrize("name", ["unit_reports.save_value", "unit_reports.save_narrative", "unit_reports.submit"])
def test_a_unit_reporter_writes_only_their_own_units_reports(name: str, templates: dict, tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == name)
    other = dataclasses.replace(case, unit=lambda facts: facts["other_unit_id"])
    world = _world(templates, tmp_path, other, Role.UNIT_REPORTER)
    try:
        before = _snapshot(world.admin)
        with pytest.raises(PermissionDenied):
            case.call(world)
        assert _snapshot(world.admin) == before
    finally:
        world.ws.close()
        world.admin.close()


def test_nobody_signed_in_may_do_nothing(templates: dict, tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    shutil.copy(templates["demo"], path)
    with Workspace.open(path, ADMIN) as ws:
        ws.sign_out()
        for call in (ws.units.list, lambda: ws.units.create(UnitInput("X1", "X", UnitKind.VILLAGE)),
                     ws.audit.search, lambda: ws.backups.create(tmp_path / "x.sqlite")):
            with pytest.raises(PermissionDenied, match="Chưa đăng nhập"):
                call()
