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

from tnapp.domain.permissions import ROLE_PERMISSIONS, Actor, Permission
from tnapp.domain.vocab import DocumentKind, Gender, ReportState, Role, UnitKind
from tnapp.errors import PermissionDenied
from tnapp.models import UnitReport
from tnapp.models.base import Base
from tnapp.services.people import PersonInput
from tnapp.services.unit_reports import ReportKey
from tnapp.services.units import UnitInput
from tnapp.services.workspace import Workspace

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


def _unit(world: World) -> UnitInput:
    return UnitInput("MOI-1", "Đơn vị mới", UnitKind.VILLAGE)


def _person(world: World) -> PersonInput:
    return PersonInput("Trần Văn Mới", Gender.MALE, world.facts["unit_id"], birth_year=1990)


def _first_line(world: World) -> int:
    key = world.facts["draft"]
    return world.admin.unit_reports.open(key.unit_id, key.period).lines[0].indicator_id


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
    Case("backups.restore", P.MAINTAIN_DATABASE, lambda w: w.ws.backups.restore(_backup_file(w))),
)

# Service methods that write or check a permission but are not in the matrix, and why.
EXEMPT = {
    "seed.ensure_defaults": "adds missing default rows as TNApp itself (first run, any user); no user data",
    "accounts.has_users": "read before anyone signs in",
    "accounts.create_first_admin": "only while the database has no account (tests/test_accounts.py)",
    "accounts.authenticate": "signing in (tests/test_accounts.py)",
    "accounts.get": "administrators' read, same check as list_users",
    "accounts.current": "the signed-in user's own account",
    "audit.usernames": "same check as audit.search",
    "backups.automatic": "the app's own safety copy, for whoever is signed in (only copies)",
}

# Services that landed in the work tree while this matrix was written (the emulation records);
# their cases come with them. Any other new service method must be registered above.
PENDING_SERVICES = frozenset({"movements", "registrations", "ratings", "initiatives", "exemplars", "discipline",
                              "award_history", "households", "complaints"})


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
    facts = {
        "unit_id": draft.unit_id, "other_unit_id": unit.id, "empty_unit_id": doomed.id, "person_id": ws.people.list()[0].id,
        "free_person_id": free.id, "indicator_id": indicators[0].id, "indicator_code": indicators[0].code,
        "new_indicator_id": created.id, "rule_pair": pair, "rule_id": rule.id, "number_id": number.id,
        "draft": ReportKey(draft.unit_id, draft.period),
        "submitted": reports[ReportState.SUBMITTED][0].id, "accepted": reports[ReportState.ACCEPTED][0].id,
    }
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
