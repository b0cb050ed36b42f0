"""Reading the audit trail: search it, show each change as before → after, export it.

The trail is written by :mod:`tnapp.services.audit` in the transaction of
each change. This service only reads: the application has no way to edit or
delete an audit row, and on PostgreSQL the database refuses it too: a trigger
(migration 0009) rejects every UPDATE and DELETE on ``audit_log``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select

from tnapp.domain.formatting import format_date, format_datetime, format_number
from tnapp.domain.permissions import Permission
from tnapp.models import Unit
from tnapp.models.accounts import AuditEntry
from tnapp.models.base import Base
from tnapp.i18n import N_, _, label
from tnapp.models.labels import field_label, is_year, value_label
from tnapp.services.audit import SNAPSHOT as _SNAPSHOT
from tnapp.services.base import Service
from tnapp.documents.xlsx import PLAIN, TIMESTAMP, new_book, save_workbook, write_table

DEFAULT_LIMIT = 5000

ENTITY_LABELS = {
    "app_user": N_("Tài khoản"), "commune": N_("Xã"), "unit": N_("Đơn vị"), "person": N_("Người"),
    "household": N_("Hộ gia đình"), "setting": N_("Thiết lập"), "indicator": N_("Chỉ tiêu"),
    "indicator_target": N_("Chỉ tiêu giao"), "indicator_rule": N_("Quy tắc chỉ tiêu"),
    "unit_report": N_("Báo cáo đơn vị"), "report_value": N_("Số liệu báo cáo"), "movement": N_("Phong trào thi đua"),
    "award_title": N_("Danh hiệu, hình thức khen"), "registration": N_("Đăng ký thi đua"),
    "task_rating": N_("Đánh giá nhiệm vụ"), "initiative": N_("Sáng kiến"), "exemplar": N_("Điển hình"),
    "attachment": N_("Tệp đính kèm"), "discipline_record": N_("Kỷ luật"), "award_record": N_("Khen thưởng"),
    "complaint": N_("Khiếu nại"), "council": N_("Hội đồng"), "council_member": N_("Thành viên Hội đồng"),
    "meeting": N_("Phiên họp"), "meeting_attendance": N_("Điểm danh phiên họp"),
    "agenda_item": N_("Nội dung phiên họp"), "tally": N_("Kiểm phiếu"), "decision": N_("Quyết định"),
    "document_number": N_("Số văn bản"), "proposal": N_("Đề nghị khen thưởng"),
    "proposal_nominee": N_("Người được đề nghị"), "vote_counter": N_("Ban kiểm phiếu"),
    "value_followup": N_("Đánh dấu kiểm tra số liệu"),
}
ACTION_LABELS = {
    "insert": N_("Thêm"), "update": N_("Sửa"), "delete": N_("Xóa"), "login": N_("Đăng nhập"),
    "login_failed": N_("Đăng nhập sai"), "login_locked": N_("Đăng nhập khi đang bị khóa"),
    "lock": N_("Khóa tạm thời"), "return": N_("Trả lại"), "reopen": N_("Mở lại"),
}
SNAPSHOT_MARKS = frozenset(_SNAPSHOT.values())  # what the log keeps of a working copy ("(bản trước)")


def entity_labels() -> dict[str, str]:
    """The kinds of record in the trail, each by its name in the interface's language."""
    return {key: _(name) for key, name in ENTITY_LABELS.items()}


@dataclass(frozen=True)
class AuditFilters:
    username: str | None = None
    date_from: dt.date | None = None  # local dates, both included
    date_to: dt.date | None = None
    unit_id: int | None = None
    entity: str | None = None  # a table name, e.g. "person"
    entity_id: int | None = None
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    before: object
    after: object


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # local time
    username: str
    action: str
    action_label: str
    entity: str
    entity_label: str
    entity_id: int | None
    label: str | None
    unit_id: int | None
    unit_name: str | None
    reason: str | None
    changes: tuple[FieldChange, ...]

    @property
    def diff_text(self) -> str:
        """``Họ và tên: «An» → «Bình»; Năm sinh: 1980 → 1981``."""
        return "; ".join(describe_change(c, self.action) for c in self.changes)


class AsIs(str):
    """A value already written for reading (a year, a date): shown without quotes."""


def _shown(value: object) -> str:
    if value is None or value == "":
        return "∅"
    if isinstance(value, AsIs):
        return value
    if isinstance(value, bool):
        return _("có") if value else _("không")
    if isinstance(value, (int, float)):
        return format_number(value)
    return f"«{value}»"


def describe_change(change: FieldChange, action: str) -> str:
    if action == "insert":
        return f"{change.label}: {_shown(change.after)}"
    if action == "delete":
        return f"{change.label}: {_shown(change.before)}"
    return f"{change.label}: {_shown(change.before)} → {_shown(change.after)}"


def _readable(entity: str, key: str, value: object) -> object:
    """A stored value as a reader writes it: an enum's label
    (``unit_reporter`` → ``Cán bộ báo cáo…``), a date 26/11/2026, a year 2026."""
    if value is None:
        return value
    if is_year(key) and isinstance(value, int):
        return AsIs(value)
    if isinstance(value, str) and value in SNAPSHOT_MARKS:
        return AsIs(_(value))
    value = value_label(entity, key, value)
    table = Base.metadata.tables.get(entity)
    column_type = table.c[key].type if table is not None and key in table.c else None
    enum_class = getattr(column_type, "enum_class", None)
    if enum_class is not None:
        try:
            member = enum_class(value)
        except ValueError:
            return value
        return label(member) if hasattr(member, "label") else value
    if isinstance(value, str) and column_type is not None:
        try:
            if column_type.python_type is dt.datetime:
                return AsIs(format_datetime(_local(dt.datetime.fromisoformat(value))))
            if column_type.python_type is dt.date:
                return AsIs(format_date(dt.date.fromisoformat(value)))
        except (NotImplementedError, ValueError):
            return value
    return value


def field_changes(entity: str, before: dict | None, after: dict | None) -> tuple[FieldChange, ...]:
    """The fields of an audit row's JSON before/after, labelled in the interface's language."""
    before, after = before or {}, after or {}
    keys = [k for k in dict.fromkeys([*before, *after]) if k != "id"]
    return tuple(FieldChange(k, field_label(entity, k), _readable(entity, k, before.get(k)),
                             _readable(entity, k, after.get(k))) for k in keys)


def _local(at: dt.datetime) -> dt.datetime:
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _utc_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min).astimezone(dt.UTC).replace(tzinfo=None)


class AuditLogService(Service):
    """Read-only: there is no method to change or delete an audit row."""

    def search(self, filters: AuditFilters | None = None) -> list[AuditRow]:
        """Newest first, at most ``filters.limit`` rows."""
        f = filters or AuditFilters()
        self.ws.require(Permission.VIEW_AUDIT)
        query = select(AuditEntry, Unit.name).outerjoin(Unit, Unit.id == AuditEntry.unit_id)
        if f.username:
            query = query.where(AuditEntry.username == f.username.strip())
        if f.date_from:
            query = query.where(AuditEntry.at >= _utc_start(f.date_from))
        if f.date_to:
            query = query.where(AuditEntry.at < _utc_start(f.date_to + dt.timedelta(days=1)))
        if f.unit_id is not None:
            query = query.where(or_(AuditEntry.unit_id == f.unit_id,
                                    (AuditEntry.entity == "unit") & (AuditEntry.entity_id == f.unit_id)))
        if f.entity:
            query = query.where(AuditEntry.entity == f.entity)
        if f.entity_id is not None:
            query = query.where(AuditEntry.entity_id == f.entity_id)
        query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(max(1, f.limit))
        with self.ws.read() as session:
            return [self._row(entry, unit_name) for entry, unit_name in session.execute(query)]

    def usernames(self) -> list[str]:
        """Everyone who appears in the trail (for the filter's list)."""
        self.ws.require(Permission.VIEW_AUDIT)
        with self.ws.read() as session:
            return list(session.scalars(select(AuditEntry.username).distinct().order_by(AuditEntry.username)))

    def export_excel(self, path: Path, filters: AuditFilters | None = None) -> Path:
        rows = self.search(filters)
        book = new_book()
        at, number = _("Thời điểm"), _("Mã số")  # the sheet speaks the interface's language, as its rows do
        write_table(book.create_sheet(_("Nhật ký")), (
            at, _("Người thực hiện"), _("Thao tác"), _("Loại bản ghi"), number, _("Bản ghi"), _("Đơn vị"),
            _("Thay đổi (trước → sau)"), _("Lý do")), (
            (r.at, r.username, r.action_label, r.entity_label, r.entity_id, r.label, r.unit_name, r.diff_text,
             r.reason) for r in rows), title=_("NHẬT KÝ THAY ĐỔI DỮ LIỆU"),
            formats={number: PLAIN, at: TIMESTAMP}, widths=(19, 18, 14, 20, 8, 28, 22, 70, 30))
        return save_workbook(book, path)

    @staticmethod
    def _row(entry: AuditEntry, unit_name: str | None) -> AuditRow:
        action, entity = ACTION_LABELS.get(entry.action), ENTITY_LABELS.get(entry.entity)
        return AuditRow(entry.id, _local(entry.at), entry.username, entry.action,
                        _(action) if action else entry.action, entry.entity, _(entity) if entity else entry.entity,
                        entry.entity_id, entry.label, entry.unit_id, unit_name, entry.reason, field_changes(entry.entity, entry.before, entry.after))
