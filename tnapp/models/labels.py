"""The Vietnamese name of every audited column: what the change log, its
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

from tnapp.domain.proposal_wizard import Step
from tnapp.domain.setting_rules import BASE_LABELS

FIELD_LABELS = {
    "clear_reason": "Lý do bỏ đánh dấu", "cleared_at": "Thời điểm bỏ đánh dấu", "cleared_by": "Người bỏ đánh dấu",
    "marked_at": "Thời điểm đánh dấu", "marked_by": "Người đánh dấu",
    "confirmed_by": "Nơi xác nhận", "decided_on": "Ngày quyết định kỷ luật", "ended_at": "Giờ kết thúc",
    "is_head": "Trưởng ban kiểm phiếu", "province_decision_date": "Ngày quyết định của tỉnh",
    "province_decision_issuer": "Cơ quan quyết định của tỉnh", "province_decision_number": "Số quyết định của tỉnh",
    "province_number_id": "Số Tờ trình tỉnh", "hometown": "Quê quán", "residence": "Nơi thường trú",
    "qualification": "Trình độ chuyên môn, nghiệp vụ", "political_theory": "Trình độ lý luận chính trị",
    "count_number_id": "Số biên bản kiểm phiếu", "minutes_number_id": "Số biên bản họp Hội đồng",
    "work_confirmed": "Thôn, đơn vị xác nhận lao động",
    "accepted_at": "Thời điểm tiếp nhận", "accepted_by": "Người tiếp nhận", "achievements": "Thành tích",
    "active": "Đang hoạt động", "active_from": "Hoạt động từ", "active_to": "Ngừng hoạt động từ",
    "address": "Địa chỉ", "aggregation": "Cách tổng hợp", "agree": "Số phiếu đồng ý", "amount": "Số tiền",
    "approved": "Được thông qua", "area": "Lĩnh vực", "authority": "Thẩm quyền quyết định",
    "baseline_value": "Giá trị năm gốc", "baseline_year": "Năm gốc", "basis": "Căn cứ",
    "birth_year": "Năm sinh", "category": "Đối tượng", "chaired_by": "Người chủ trì", "code": "Mã",
    "collective_id": "Tập thể", "comment": "Ghi chú", "commune_id": "Xã", "content": "Nội dung",
    "council_id": "Hội đồng", "cumulative": "Cộng dồn", "data": "Nội dung tệp",
    "decided_at": "Thời điểm quyết định", "decision_date": "Ngày quyết định", "decision_id": "Quyết định",
    "decision_number": "Số quyết định", "difficulties_text": "Khó khăn, vướng mắc", "direction": "Chiều đánh giá",
    "disagree": "Số phiếu không đồng ý", "draft": "Bản nháp đề nghị", "due_on": "Hạn giải quyết",
    "effective_from": "Hiệu lực từ", "eligibility": "Kết quả xét điều kiện", "end_date": "Ngày kết thúc",
    "established_by": "Quyết định thành lập", "failed_logins": "Số lần đăng nhập sai", "filename": "Tên tệp",
    "form": "Hình thức", "frequency": "Kỳ báo cáo", "from_date": "Từ ngày", "full_name": "Họ và tên",
    "gender": "Giới tính", "handler": "Người xử lý", "happened_on": "Ngày diễn ra", "head_name": "Người đứng đầu",
    "held_at": "Thời gian họp", "household_id": "Hộ gia đình", "indicator_id": "Chỉ tiêu",
    "invalid": "Số phiếu không hợp lệ", "is_demo": "Dữ liệu mẫu", "issued_on": "Ngày ban hành",
    "issuer": "Cấp quyết định", "item_id": "Nội dung phiên họp", "key": "Thiết lập", "kind": "Loại",
    "last_login_at": "Đăng nhập lần cuối", "launch_date": "Ngày phát động",
    "launch_doc_number": "Số văn bản phát động", "lead_unit_id": "Đơn vị chủ trì",
    "left_indicator_id": "Chỉ tiêu vế trái", "level": "Mức", "locked_until": "Khóa đến", "matter": "Loại việc",
    "max_value": "Giá trị lớn nhất", "media_type": "Loại tệp", "meeting_id": "Phiên họp", "member_id": "Thành viên",
    "members": "Số nhân khẩu", "members_present": "Số thành viên có mặt", "members_total": "Tổng số thành viên",
    "message": "Thông báo khi vi phạm", "min_value": "Giá trị nhỏ nhất", "movement_id": "Phong trào thi đua",
    "must_change_password": "Phải đổi mật khẩu", "name": "Tên", "nominee_id": "Đối tượng được đề nghị",
    "nominee_kind": "Đối tượng khen", "note": "Ghi chú", "number_id": "Số văn bản", "opened_on": "Ngày phát sinh",
    "operator": "Phép so sánh", "override_reason": "Lý do vẫn đề nghị", "owner_id": "Bản ghi có tệp",
    "owner_type": "Loại bản ghi có tệp", "parent_id": "Đơn vị cấp trên", "password_hash": "Mật khẩu",
    "period": "Kỳ", "period_kind": "Loại kỳ", "person_id": "Người", "phone": "Điện thoại", "place": "Địa điểm",
    "place_name": "Địa danh", "points": "Điểm", "position": "Chức vụ", "presenter_note": "Ghi chú người trình bày",
    "prize_amount": "Tiền thưởng", "proposal_id": "Đề nghị khen thưởng", "proposals_text": "Kiến nghị, đề xuất",
    "proposing_unit_id": "Đơn vị đề nghị", "province": "Tỉnh", "rated_in_unit_id": "Đơn vị đánh giá",
    "reason": "Lý do", "received_on": "Ngày nhận", "recognised_by": "Cấp công nhận",
    "recognised_on": "Ngày công nhận", "reject_reason": "Lý do từ chối", "report_id": "Báo cáo",
    "reserved_at": "Thời điểm lấy số", "reserved_by": "Người lấy số", "resolved_on": "Ngày giải quyết xong",
    "result": "Kết quả giải quyết", "results_text": "Kết quả đạt được", "return_reason": "Lý do trả lại",
    "right_indicator_id": "Chỉ tiêu vế phải", "role": "Vai trò", "round": "Vòng bỏ phiếu",
    "scope": "Phạm vi ảnh hưởng", "sender": "Người gửi", "sent_at": "Thời điểm gửi", "seq": "Số thứ tự",
    "sha256": "Mã kiểm tra tệp", "short_name": "Tên ngắn", "signed_on": "Ngày ký", "signer_name": "Người ký",
    "signer_title": "Chức vụ người ký", "size": "Dung lượng tệp", "slogan": "Khẩu hiệu", "sort_order": "Thứ tự",
    "stage": "Giai đoạn", "start_date": "Ngày bắt đầu", "state": "Trạng thái", "status": "Tình trạng",
    "story": "Câu chuyện điển hình", "subject": "Nội dung", "submission_number_id": "Số tờ trình",
    "submitted_at": "Thời điểm gửi", "submitted_by": "Người gửi", "summary": "Trích yếu", "symbol": "Ký hiệu",
    "term": "Nhiệm kỳ", "threshold_base": "Cách tính tỷ lệ", "threshold_basis": "Căn cứ tỷ lệ",
    "threshold_share": "Tỷ lệ cần đạt", "title": "Tiêu đề", "title_id": "Danh hiệu, hình thức khen",
    "to_date": "Đến ngày", "total_amount": "Tổng số tiền", "unconfirmed": "Chưa xác nhận", "unit_id": "Đơn vị",
    "unit_of_measure": "Đơn vị tính", "username": "Tên đăng nhập", "value": "Giá trị", "value_type": "Kiểu giá trị",
    "village_id": "Thôn", "weight_indicator_id": "Chỉ tiêu trọng số", "wizard_step": "Bước đang làm",
    "written_agree": "Ý kiến đồng ý bằng văn bản", "written_disagree": "Ý kiến không đồng ý bằng văn bản",
    "year": "Năm",
}
TABLE_FIELD_LABELS = {
    "clear_reason": "Lý do bỏ đánh dấu", "cleared_at": "Thời điểm bỏ đánh dấu", "cleared_by": "Người bỏ đánh dấu",
    "marked_at": "Thời điểm đánh dấu", "marked_by": "Người đánh dấu",
    ("award_title", "level"): "Cấp khen", ("task_rating", "level"): "Mức xếp loại",
    ("complaint", "subject"): "Nội dung khiếu nại", ("discipline_record", "form"): "Hình thức kỷ luật",
    ("award_title", "form"): "Hình thức khen", ("unit", "symbol"): "Ký hiệu viết tắt tên đơn vị",
}
# Text columns holding a code (enum columns carry their own labels).
CODED_VALUES = {
    ("proposal", "wizard_step"): {step.value: step.label for step in Step},
    ("tally", "threshold_base"): BASE_LABELS,
}
# Working copies kept as JSON (the wizard's draft, an eligibility snapshot): their
# content lives in the record's own columns and rows; the log says they changed.
SNAPSHOT_FIELDS = frozenset({"draft", "eligibility"})


def field_label(table: str, column: str) -> str:
    """The Vietnamese name of ``table.column`` (the raw name only for a column
    missing here, which the label test refuses)."""
    return TABLE_FIELD_LABELS.get((table, column)) or FIELD_LABELS.get(column, column)


def value_label(table: str, column: str, value: object) -> object:
    """A coded text value as read (``dossier`` → "Hồ sơ đề nghị"); other values unchanged."""
    return CODED_VALUES.get((table, column), {}).get(value, value) if isinstance(value, str) else value


def is_year(column: str) -> bool:
    """A year is written as a year (2026), never grouped like a quantity (2.026)."""
    return column == "year" or column.endswith("_year")
