"""The vocabularies of the domain: kinds, states and levels, with Vietnamese labels.

Values are stable codes stored in the database and printed by ``--json``;
labels are what people read (translated in the GUI, see ``labels.py``).
"""

from __future__ import annotations

from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N
from tnapp.domain.labels import LabelledEnum


# --- Organisation -----------------------------------------------------------

class UnitKind(LabelledEnum):
    PARTY = "party", _N("UnitKind", "Tổ chức Đảng")
    PEOPLES_COUNCIL = "peoples_council", _N("UnitKind", "Hội đồng nhân dân")
    GOVERNMENT = "government", _N("UnitKind", "Cơ quan chính quyền")
    FRONT = "front", _N("UnitKind", "Mặt trận Tổ quốc và đoàn thể")
    POLICE = "police", _N("UnitKind", "Công an")
    MILITARY = "military", _N("UnitKind", "Quân sự")
    SCHOOL = "school", _N("UnitKind", "Trường học")
    HEALTH = "health", _N("UnitKind", "Trạm y tế")
    VILLAGE = "village", _N("UnitKind", "Thôn")
    ENTERPRISE = "enterprise", _N("UnitKind", "Doanh nghiệp, hợp tác xã")


class Gender(LabelledEnum):
    MALE = "male", _N("Gender", "Nam")
    FEMALE = "female", _N("Gender", "Nữ")


class PersonStatus(LabelledEnum):
    ACTIVE = "active", _N("PersonStatus", "Đang công tác")
    TRANSFERRED = "transferred", _N("PersonStatus", "Đã chuyển công tác")
    RETIRED = "retired", _N("PersonStatus", "Đã nghỉ hưu")
    RESIDENT = "resident", _N("PersonStatus", "Người dân")


class StaffCategory(LabelledEnum):
    """Which rating regime applies (officials are rated under NĐ 335/2025)."""

    CADRE = "cadre", _N("StaffCategory", "Cán bộ")
    CIVIL_SERVANT = "civil_servant", _N("StaffCategory", "Công chức")
    PUBLIC_EMPLOYEE = "public_employee", _N("StaffCategory", "Viên chức")
    WORKER = "worker", _N("StaffCategory", "Người lao động")
    CITIZEN = "citizen", _N("StaffCategory", "Nhân dân")


# --- Indicators and unit reports --------------------------------------------

class IndicatorArea(LabelledEnum):
    ECONOMY = "economy", _N("IndicatorArea", "Kinh tế")
    CULTURE_SOCIETY = "culture_society", _N("IndicatorArea", "Văn hóa – Xã hội")
    ENVIRONMENT = "environment", _N("IndicatorArea", "Môi trường")
    DEFENCE_SECURITY = "defence_security", _N("IndicatorArea", "Quốc phòng – An ninh")
    PARTY_BUILDING = "party_building", _N("IndicatorArea", "Xây dựng Đảng và hệ thống chính trị")


class ValueType(LabelledEnum):
    NUMBER = "number", _N("ValueType", "Số")
    PERCENT = "percent", _N("ValueType", "Tỷ lệ %")
    COUNT = "count", _N("ValueType", "Số đếm")
    YES_NO = "yes_no", _N("ValueType", "Có/Không")


class Direction(LabelledEnum):
    HIGHER_BETTER = "higher_better", _N("Direction", "Càng cao càng tốt")
    LOWER_BETTER = "lower_better", _N("Direction", "Càng thấp càng tốt")
    REACH_VALUE = "reach_value", _N("Direction", "Đạt giá trị")


class Aggregation(LabelledEnum):
    """How units' values combine into the commune's figure."""

    SUM = "sum", _N("Aggregation", "Cộng")
    AVERAGE = "average", _N("Aggregation", "Trung bình")
    WEIGHTED_AVERAGE = "weighted_average", _N("Aggregation", "Trung bình có trọng số")
    LATEST = "latest", _N("Aggregation", "Số mới nhất")
    COMMUNE_ONLY = "commune_only", _N("Aggregation", "Chỉ cấp xã")


class PeriodKind(LabelledEnum):
    MONTH = "month", _N("PeriodKind", "Tháng")
    QUARTER = "quarter", _N("PeriodKind", "Quý")
    HALF_YEAR = "half_year", _N("PeriodKind", "6 tháng")
    NINE_MONTHS = "nine_months", _N("PeriodKind", "9 tháng")
    YEAR = "year", _N("PeriodKind", "Năm")


class ReportState(LabelledEnum):
    DRAFT = "draft", _N("ReportState", "Đang nhập")
    SUBMITTED = "submitted", _N("ReportState", "Đã gửi")
    ACCEPTED = "accepted", _N("ReportState", "Đã duyệt")
    RETURNED = "returned", _N("ReportState", "Trả lại")


# --- Emulation records -------------------------------------------------------

class MovementKind(LabelledEnum):
    YEARLY = "yearly", _N("MovementKind", "Thường xuyên (hằng năm)")
    THEMATIC = "thematic", _N("MovementKind", "Chuyên đề")


class MovementStage(LabelledEnum):
    """The steps of organising a movement (Luật TĐKT 2022, Điều 17)."""

    GOALS_SET = "goals_set", _N("MovementStage", "Xác định mục tiêu, chỉ tiêu")
    LAUNCHED = "launched", _N("MovementStage", "Phát động")
    CHECKED = "checked", _N("MovementStage", "Kiểm tra, đôn đốc")
    EXAMPLES_SPREAD = "examples_spread", _N("MovementStage", "Nhân rộng điển hình")
    REVIEWED = "reviewed", _N("MovementStage", "Sơ kết, tổng kết, khen thưởng")


class RegistrationState(LabelledEnum):
    NOT_SENT = "not_sent", _N("RegistrationState", "Chưa gửi")
    PENDING = "pending", _N("RegistrationState", "Chờ duyệt")
    REJECTED = "rejected", _N("RegistrationState", "Từ chối")
    APPROVED = "approved", _N("RegistrationState", "Đã duyệt")


class RatingLevel(LabelledEnum):
    """Mức độ hoàn thành nhiệm vụ (NĐ 335/2025 for officials)."""

    EXCELLENT = "HTXS", _N("RatingLevel", "Hoàn thành xuất sắc nhiệm vụ")
    GOOD = "HTT", _N("RatingLevel", "Hoàn thành tốt nhiệm vụ")
    DONE = "HT", _N("RatingLevel", "Hoàn thành nhiệm vụ")
    NOT_DONE = "KHT", _N("RatingLevel", "Không hoàn thành nhiệm vụ")


class InitiativeKind(LabelledEnum):
    INITIATIVE = "initiative", _N("InitiativeKind", "Sáng kiến")
    RESEARCH = "research", _N("InitiativeKind", "Đề tài nghiên cứu khoa học")


class EffectScope(LabelledEnum):
    GRASSROOTS = "grassroots", _N("EffectScope", "Cơ sở")
    PROVINCE = "province", _N("EffectScope", "Toàn tỉnh")
    NATIONAL = "national", _N("EffectScope", "Toàn quốc")


class ExemplarKind(LabelledEnum):
    ADVANCED = "advanced", _N("ExemplarKind", "Điển hình tiên tiến")
    GOOD_DEED = "good_deed", _N("ExemplarKind", "Người tốt, việc tốt")
    NEW_MODEL = "new_model", _N("ExemplarKind", "Mô hình mới")


class MatterKind(LabelledEnum):
    """Discipline and matters that bar an award while pending (NĐ 152/2025, Điều 4)."""

    DISCIPLINE = "discipline", _N("MatterKind", "Kỷ luật")
    INSPECTION = "inspection", _N("MatterKind", "Đang thanh tra, kiểm tra")
    INVESTIGATION = "investigation", _N("MatterKind", "Đang điều tra")
    COMPLAINT = "complaint", _N("MatterKind", "Đang có khiếu nại, tố cáo")


class DisciplineForm(LabelledEnum):
    REPRIMAND = "reprimand", _N("DisciplineForm", "Khiển trách")
    WARNING = "warning", _N("DisciplineForm", "Cảnh cáo")
    DEMOTION = "demotion", _N("DisciplineForm", "Hạ bậc lương / giáng chức")
    DISMISSAL_FROM_POST = "dismissal_from_post", _N("DisciplineForm", "Cách chức")
    DISMISSAL = "dismissal", _N("DisciplineForm", "Buộc thôi việc")


class ComplaintState(LabelledEnum):
    RECEIVED = "received", _N("ComplaintState", "Đã tiếp nhận")
    HANDLING = "handling", _N("ComplaintState", "Đang giải quyết")
    RESOLVED = "resolved", _N("ComplaintState", "Đã giải quyết")
    WITHDRAWN = "withdrawn", _N("ComplaintState", "Đã rút")


# --- Awards -------------------------------------------------------------------

class NomineeKind(LabelledEnum):
    INDIVIDUAL = "individual", _N("NomineeKind", "Cá nhân")
    COLLECTIVE = "collective", _N("NomineeKind", "Tập thể")
    HOUSEHOLD = "household", _N("NomineeKind", "Hộ gia đình")
    VILLAGE = "village", _N("NomineeKind", "Thôn")


class AwardLevel(LabelledEnum):
    COMMUNE = "commune", _N("AwardLevel", "Cấp xã")
    PROVINCE = "province", _N("AwardLevel", "Cấp tỉnh")
    CENTRAL = "central", _N("AwardLevel", "Trung ương")


class AwardForm(LabelledEnum):
    """Danh hiệu thi đua vs hình thức khen thưởng (Luật TĐKT 2022, Điều 8 and 9)."""

    TITLE = "title", _N("AwardForm", "Danh hiệu thi đua")
    COMMENDATION = "commendation", _N("AwardForm", "Hình thức khen thưởng")


class ProposalState(LabelledEnum):
    DRAFT = "draft", _N("ProposalState", "Đang soạn")
    SUBMITTED = "submitted", _N("ProposalState", "Đã trình Hội đồng")
    APPROVED = "approved", _N("ProposalState", "Hội đồng thông qua")
    SENT_TO_PROVINCE = "sent_to_province", _N("ProposalState", "Đã trình tỉnh")
    REJECTED = "rejected", _N("ProposalState", "Không thông qua")
    DECIDED = "decided", _N("ProposalState", "Đã có quyết định")
    WITHDRAWN = "withdrawn", _N("ProposalState", "Đã rút")


# --- Council -------------------------------------------------------------------

class CouncilRole(LabelledEnum):
    CHAIR = "chair", _N("CouncilRole", "Chủ tịch Hội đồng")
    VICE_CHAIR = "vice_chair", _N("CouncilRole", "Phó Chủ tịch Hội đồng")
    MEMBER = "member", _N("CouncilRole", "Ủy viên")
    SECRETARY = "secretary", _N("CouncilRole", "Thư ký")


class MeetingState(LabelledEnum):
    PLANNED = "planned", _N("MeetingState", "Đã lên lịch")
    IN_PROGRESS = "in_progress", _N("MeetingState", "Đang họp")
    CLOSED = "closed", _N("MeetingState", "Đã kết thúc")


class Attendance(LabelledEnum):
    PRESENT = "present", _N("Attendance", "Có mặt")
    ABSENT_WITH_OPINION = "absent_with_opinion", _N("Attendance", "Vắng, có ý kiến bằng văn bản")
    ABSENT = "absent", _N("Attendance", "Vắng")


class DecisionState(LabelledEnum):
    DRAFT = "draft", _N("DecisionState", "Dự thảo")
    SIGNED = "signed", _N("DecisionState", "Đã ký ban hành")


# --- Documents -------------------------------------------------------------------

class DocumentKind(LabelledEnum):
    """Document types and their abbreviations (NĐ 30/2020, Phụ lục III)."""

    PLAN = "KH", _N("DocumentKind", "Kế hoạch")
    SUBMISSION = "TTr", _N("DocumentKind", "Tờ trình")
    REPORT = "BC", _N("DocumentKind", "Báo cáo")
    MINUTES = "BB", _N("DocumentKind", "Biên bản")
    DECISION = "QĐ", _N("DocumentKind", "Quyết định")
    NOTICE = "TB", _N("DocumentKind", "Thông báo")
    OFFICIAL_LETTER = "CV", _N("DocumentKind", "Công văn")


class NumberState(LabelledEnum):
    RESERVED = "reserved", _N("NumberState", "Đã lấy số")
    ISSUED = "issued", _N("NumberState", "Đã ban hành")
    CANCELLED = "cancelled", _N("NumberState", "Đã hủy (không dùng lại)")


# --- Accounts -------------------------------------------------------------------------

class Role(LabelledEnum):
    ADMIN = "admin", _N("Role", "Quản trị hệ thống")
    OFFICE = "office", _N("Role", "Cán bộ văn phòng")
    UNIT_REPORTER = "unit_reporter", _N("Role", "Cán bộ báo cáo của đơn vị")
    SECRETARY = "secretary", _N("Role", "Thư ký Hội đồng")
    LEADERSHIP = "leadership", _N("Role", "Lãnh đạo")
