"""The name of every audited column: what the change log, its
export and the audit viewer call a field (``item_id`` → "Nội dung phiên họp").

One mapping keyed by column name, beside the models: a name means the same
thing in every table that has it (``unit_id`` is always the unit, ``note``
always a note), so one entry serves the eight tables with a ``person_id``;
``TABLE_FIELD_LABELS`` names the few columns whose meaning depends on the
table. Column ``info={"label": …}`` was not chosen: it would repeat the same
label on every table and scatter it over nine model files. A test checks
that every column of every audited table has a label here, so a new column
cannot reach the log under its raw name.
"""

from __future__ import annotations

from collections.abc import Callable

from tnapp.domain.proposal_wizard import Step
from tnapp.domain.setting_rules import BASE_LABELS
from tnapp.i18n import N_, _, label, translate

FIELD_LABELS = {
    "clear_reason": N_("Lý do bỏ đánh dấu"), "cleared_at": N_("Thời điểm bỏ đánh dấu"),
    "cleared_by": N_("Người bỏ đánh dấu"), "marked_at": N_("Thời điểm đánh dấu"), "marked_by": N_("Người đánh dấu"),
    "confirmed_by": N_("Nơi xác nhận"), "decided_on": N_("Ngày quyết định kỷ luật"), "ended_at": N_("Giờ kết thúc"),
    "is_head": N_("Trưởng ban kiểm phiếu"), "province_decision_date": N_("Ngày quyết định của tỉnh"),
    "province_decision_issuer": N_("Cơ quan quyết định của tỉnh"),
    "province_decision_number": N_("Số quyết định của tỉnh"), "province_number_id": N_("Số Tờ trình tỉnh"),
    "hometown": N_("Quê quán"), "residence": N_("Nơi thường trú"),
    "qualification": N_("Trình độ chuyên môn, nghiệp vụ"), "political_theory": N_("Trình độ lý luận chính trị"),
    "count_number_id": N_("Số biên bản kiểm phiếu"), "minutes_number_id": N_("Số biên bản họp Hội đồng"),
    "work_confirmed": N_("Thôn, đơn vị xác nhận lao động"), "accepted_at": N_("Thời điểm tiếp nhận"),
    "accepted_by": N_("Người tiếp nhận"), "achievements": N_("Thành tích"), "active": N_("Đang hoạt động"),
    "active_from": N_("Hoạt động từ"), "active_to": N_("Ngừng hoạt động từ"), "address": N_("Địa chỉ"),
    "aggregation": N_("Cách tổng hợp"), "agree": N_("Số phiếu đồng ý"), "amount": N_("Số tiền"),
    "approved": N_("Được thông qua"), "area": N_("Lĩnh vực"), "authority": N_("Thẩm quyền quyết định"),
    "baseline_value": N_("Giá trị năm gốc"), "baseline_year": N_("Năm gốc"), "basis": N_("Căn cứ"),
    "birth_year": N_("Năm sinh"), "category": N_("Đối tượng"), "chaired_by": N_("Người chủ trì"), "code": N_("Mã"),
    "collective_id": N_("Tập thể"), "comment": N_("Ghi chú"), "commune_id": N_("Xã"), "content": N_("Nội dung"),
    "council_id": N_("Hội đồng"), "cumulative": N_("Cộng dồn"), "data": N_("Nội dung tệp"),
    "decided_at": N_("Thời điểm quyết định"), "decision_date": N_("Ngày quyết định"), "decision_id": N_("Quyết định"),
    "decision_number": N_("Số quyết định"), "difficulties_text": N_("Khó khăn, vướng mắc"),
    "direction": N_("Chiều đánh giá"), "disagree": N_("Số phiếu không đồng ý"), "draft": N_("Bản nháp đề nghị"),
    "due_on": N_("Hạn giải quyết"), "effective_from": N_("Hiệu lực từ"), "eligibility": N_("Kết quả xét điều kiện"),
    "end_date": N_("Ngày kết thúc"), "established_by": N_("Quyết định thành lập"),
    "failed_logins": N_("Số lần đăng nhập sai"), "filename": N_("Tên tệp"), "form": N_("Hình thức"),
    "frequency": N_("Kỳ báo cáo"), "from_date": N_("Từ ngày"), "full_name": N_("Họ và tên"),
    "gender": N_("Giới tính"), "handler": N_("Người xử lý"), "happened_on": N_("Ngày diễn ra"),
    "head_name": N_("Người đứng đầu"), "held_at": N_("Thời gian họp"), "household_id": N_("Hộ gia đình"),
    "indicator_id": N_("Chỉ tiêu"), "invalid": N_("Số phiếu không hợp lệ"), "is_demo": N_("Dữ liệu mẫu"),
    "issued_on": N_("Ngày ban hành"), "issuer": N_("Cấp quyết định"), "item_id": N_("Nội dung phiên họp"),
    "key": N_("Thiết lập"), "kind": N_("Loại"), "last_login_at": N_("Đăng nhập lần cuối"),
    "launch_date": N_("Ngày phát động"), "launch_doc_number": N_("Số văn bản phát động"),
    "lead_unit_id": N_("Đơn vị chủ trì"), "left_indicator_id": N_("Chỉ tiêu vế trái"), "level": N_("Mức"),
    "locked_until": N_("Khóa đến"), "matter": N_("Loại việc"), "max_value": N_("Giá trị lớn nhất"),
    "media_type": N_("Loại tệp"), "meeting_id": N_("Phiên họp"), "member_id": N_("Thành viên"),
    "members": N_("Số nhân khẩu"), "members_present": N_("Số thành viên có mặt"),
    "members_total": N_("Tổng số thành viên"), "message": N_("Thông báo khi vi phạm"),
    "min_value": N_("Giá trị nhỏ nhất"), "movement_id": N_("Phong trào thi đua"),
    "must_change_password": N_("Phải đổi mật khẩu"), "name": N_("Tên"), "nominee_id": N_("Đối tượng được đề nghị"),
    "nominee_kind": N_("Đối tượng khen"), "note": N_("Ghi chú"), "number_id": N_("Số văn bản"),
    "opened_on": N_("Ngày phát sinh"), "operator": N_("Phép so sánh"), "override_reason": N_("Lý do vẫn đề nghị"),
    "owner_id": N_("Bản ghi có tệp"), "owner_type": N_("Loại bản ghi có tệp"), "parent_id": N_("Đơn vị cấp trên"),
    "password_hash": N_("Mật khẩu"), "period": N_("Kỳ"), "period_kind": N_("Loại kỳ"), "person_id": N_("Người"),
    "phone": N_("Điện thoại"), "place": N_("Địa điểm"), "place_name": N_("Địa danh"), "points": N_("Điểm"),
    "position": N_("Chức vụ"), "presenter_note": N_("Ghi chú người trình bày"), "prize_amount": N_("Tiền thưởng"),
    "proposal_id": N_("Đề nghị khen thưởng"), "proposals_text": N_("Kiến nghị, đề xuất"),
    "proposing_unit_id": N_("Đơn vị đề nghị"), "province": N_("Tỉnh"), "rated_in_unit_id": N_("Đơn vị đánh giá"),
    "reason": N_("Lý do"), "received_on": N_("Ngày nhận"), "recognised_by": N_("Cấp công nhận"),
    "recognised_on": N_("Ngày công nhận"), "reject_reason": N_("Lý do từ chối"), "report_id": N_("Báo cáo"),
    "reserved_at": N_("Thời điểm lấy số"), "reserved_by": N_("Người lấy số"),
    "resolved_on": N_("Ngày giải quyết xong"), "result": N_("Kết quả giải quyết"),
    "results_text": N_("Kết quả đạt được"), "return_reason": N_("Lý do trả lại"),
    "right_indicator_id": N_("Chỉ tiêu vế phải"), "role": N_("Vai trò"), "round": N_("Vòng bỏ phiếu"),
    "scope": N_("Phạm vi ảnh hưởng"), "sender": N_("Người gửi"), "sent_at": N_("Thời điểm gửi"),
    "seq": N_("Số thứ tự"), "sha256": N_("Mã kiểm tra tệp"), "short_name": N_("Tên ngắn"), "signed_on": N_("Ngày ký"),
    "signer_name": N_("Người ký"), "signer_title": N_("Chức vụ người ký"), "size": N_("Dung lượng tệp"),
    "slogan": N_("Khẩu hiệu"), "sort_order": N_("Thứ tự"), "stage": N_("Giai đoạn"), "start_date": N_("Ngày bắt đầu"),
    "state": N_("Trạng thái"), "status": N_("Tình trạng"), "story": N_("Câu chuyện điển hình"),
    "subject": N_("Nội dung"), "submission_number_id": N_("Số tờ trình"), "submitted_at": N_("Thời điểm gửi"),
    "submitted_by": N_("Người gửi"), "summary": N_("Trích yếu"), "symbol": N_("Ký hiệu"), "term": N_("Nhiệm kỳ"),
    "threshold_base": N_("Cách tính tỷ lệ"), "threshold_basis": N_("Căn cứ tỷ lệ"),
    "threshold_share": N_("Tỷ lệ cần đạt"), "title": N_("Tiêu đề"), "title_id": N_("Danh hiệu, hình thức khen"),
    "to_date": N_("Đến ngày"), "total_amount": N_("Tổng số tiền"), "unconfirmed": N_("Chưa xác nhận"),
    "unit_id": N_("Đơn vị"), "unit_of_measure": N_("Đơn vị tính"), "username": N_("Tên đăng nhập"),
    "value": N_("Giá trị"), "value_type": N_("Kiểu giá trị"), "village_id": N_("Thôn"),
    "weight_indicator_id": N_("Chỉ tiêu trọng số"), "wizard_step": N_("Bước đang làm"),
    "written_agree": N_("Ý kiến đồng ý bằng văn bản"), "written_disagree": N_("Ý kiến không đồng ý bằng văn bản"),
    "year": N_("Năm"),
}
TABLE_FIELD_LABELS = {
    ("award_title", "level"): N_("Cấp khen"), ("task_rating", "level"): N_("Mức xếp loại"),
    ("complaint", "subject"): N_("Nội dung khiếu nại"), ("discipline_record", "form"): N_("Hình thức kỷ luật"),
    ("award_title", "form"): N_("Hình thức khen"), ("unit", "symbol"): N_("Ký hiệu viết tắt tên đơn vị"),
}
# Text columns holding a code (enum columns carry their own labels): the code → its label.
CODED_VALUES: dict[tuple[str, str], Callable[[str], str]] = {
    ("proposal", "wizard_step"): lambda code: label(Step(code)),
    ("tally", "threshold_base"): lambda code: translate("SettingPart", BASE_LABELS[code]),
}
# Working copies kept as JSON (the wizard's draft, an eligibility snapshot): their
# content lives in the record's own columns and rows; the log says they changed.
SNAPSHOT_FIELDS = frozenset({"draft", "eligibility"})


def field_label(table: str, column: str) -> str:
    """The name of ``table.column`` in the interface's language (the raw name only for a
    column missing here, which the label test refuses)."""
    name = TABLE_FIELD_LABELS.get((table, column)) or FIELD_LABELS.get(column)
    return _(name) if name else column


def value_label(table: str, column: str, value: object) -> object:
    """A coded text value as read (``dossier`` → "Hồ sơ đề nghị"); other values unchanged."""
    coded = CODED_VALUES.get((table, column))
    if coded is None or not isinstance(value, str):
        return value
    try:
        return coded(value)
    except (KeyError, ValueError):
        return value


def is_year(column: str) -> bool:
    """A year is written as a year (2026), never grouped like a quantity (2.026)."""
    return column == "year" or column.endswith("_year")
