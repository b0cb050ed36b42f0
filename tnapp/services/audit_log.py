"""Reading the audit trail: search it, show each change as before → after, export it.

The trail is written by :mod:`tnapp.services.audit` in the transaction of
each change. This service only reads: the application has no way to edit or
delete an audit row. (On PostgreSQL a trigger refusing UPDATE and DELETE on
``audit_log`` would make the table append-only at the database level too;
it is not installed, since whoever administers the server could drop it.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import or_, select

from tnapp.domain.formatting import format_number
from tnapp.domain.permissions import Permission
from tnapp.models import Unit
from tnapp.models.accounts import AuditEntry
from tnapp.models.base import Base
from tnapp.services.base import Service
from tnapp.services.excel import save_workbook, write_table

DEFAULT_LIMIT = 5000

ENTITY_LABELS = {
    "app_user": "Tài khoản", "commune": "Xã", "unit": "Đơn vị", "person": "Người", "household": "Hộ gia đình",
    "setting": "Thiết lập", "indicator": "Chỉ tiêu", "indicator_target": "Chỉ tiêu giao",
    "indicator_rule": "Quy tắc chỉ tiêu", "unit_report": "Báo cáo đơn vị", "report_value": "Số liệu báo cáo",
    "movement": "Phong trào thi đua", "award_title": "Danh hiệu, hình thức khen", "registration": "Đăng ký thi đua",
    "task_rating": "Đánh giá nhiệm vụ", "initiative": "Sáng kiến", "exemplar": "Điển hình",
    "attachment": "Tệp đính kèm", "discipline_record": "Kỷ luật", "award_record": "Khen thưởng",
    "complaint": "Khiếu nại", "council": "Hội đồng", "council_member": "Thành viên Hội đồng",
    "meeting": "Phiên họp", "meeting_attendance": "Điểm danh phiên họp", "agenda_item": "Nội dung phiên họp",
    "tally": "Kiểm phiếu", "decision": "Quyết định", "document_number": "Số văn bản", "proposal": "Đề nghị khen thưởng",
    "proposal_nominee": "Người được đề nghị", "vote_counter": "Ban kiểm phiếu",
}
ACTION_LABELS = {
    "insert": "Thêm", "update": "Sửa", "delete": "Xóa", "login": "Đăng nhập", "login_failed": "Đăng nhập sai",
    "login_locked": "Đăng nhập khi đang bị khóa", "lock": "Khóa tạm thời", "return": "Trả lại", "reopen": "Mở lại",
}
FIELD_LABELS = {
    "code": "Mã", "name": "Tên", "short_name": "Tên ngắn", "full_name": "Họ và tên", "gender": "Giới tính",
    "birth_year": "Năm sinh", "position": "Chức vụ", "unit_id": "Đơn vị", "parent_id": "Đơn vị cấp trên",
    "kind": "Loại", "category": "Đối tượng", "status": "Tình trạng", "phone": "Điện thoại", "note": "Ghi chú",
    "sort_order": "Thứ tự", "active_from": "Hoạt động từ", "active_to": "Ngừng hoạt động từ",
    "head_name": "Người đứng đầu", "username": "Tên đăng nhập", "role": "Vai trò", "active": "Đang hoạt động",
    "password_hash": "Mật khẩu", "failed_logins": "Số lần đăng nhập sai", "locked_until": "Khóa đến",
    "must_change_password": "Phải đổi mật khẩu", "last_login_at": "Đăng nhập lần cuối", "value": "Giá trị",
    "key": "Thiết lập", "effective_from": "Hiệu lực từ", "basis": "Căn cứ", "unconfirmed": "Chưa xác nhận",
    "state": "Trạng thái", "period": "Kỳ", "year": "Năm", "comment": "Ghi chú", "summary": "Trích yếu",
    "reason": "Lý do", "province": "Tỉnh", "title": "Tiêu đề", "is_demo": "Dữ liệu mẫu",
    "ended_at": "Giờ kết thúc", "is_head": "Trưởng ban kiểm phiếu",
}


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


def _shown(value: object) -> str:
    if value is None or value == "":
        return "∅"
    if isinstance(value, bool):
        return "có" if value else "không"
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
    """An enum column's stored value as its Vietnamese label (``unit_reporter`` → ``Cán bộ báo cáo…``)."""
    table = Base.metadata.tables.get(entity)
    enum_class = getattr(table.c[key].type, "enum_class", None) if table is not None and key in table.c else None
    if enum_class is not None and value is not None:
        try:
            return getattr(enum_class(value), "label", value)
        except ValueError:
            return value
    return value


def field_changes(entity: str, before: dict | None, after: dict | None) -> tuple[FieldChange, ...]:
    """The fields of an audit row's JSON before/after, labelled in Vietnamese where known."""
    before, after = before or {}, after or {}
    keys = [k for k in dict.fromkeys([*before, *after]) if k != "id"]
    return tuple(FieldChange(k, FIELD_LABELS.get(k, k), _readable(entity, k, before.get(k)),
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
        book = Workbook()
        sheet = book.active
        sheet.title = "Nhật ký"
        write_table(sheet, "NHẬT KÝ THAY ĐỔI DỮ LIỆU", (
            "Thời điểm", "Người thực hiện", "Thao tác", "Loại bản ghi", "Mã số", "Bản ghi", "Đơn vị",
            "Thay đổi (trước → sau)", "Lý do"), (
            (r.at.strftime("%d/%m/%Y %H:%M:%S"), r.username, r.action_label, r.entity_label, r.entity_id, r.label,
             r.unit_name, r.diff_text, r.reason) for r in rows), widths=(20, 18, 14, 20, 8, 28, 22, 70, 30))
        return save_workbook(book, path)

    @staticmethod
    def _row(entry: AuditEntry, unit_name: str | None) -> AuditRow:
        return AuditRow(entry.id, _local(entry.at), entry.username, entry.action,
                        ACTION_LABELS.get(entry.action, entry.action), entry.entity,
                        ENTITY_LABELS.get(entry.entity, entry.entity), entry.entity_id, entry.label, entry.unit_id,
                        unit_name, entry.reason, field_changes(entry.entity, entry.before, entry.after))
