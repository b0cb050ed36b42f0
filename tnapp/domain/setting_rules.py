"""What a value of each dated setting may be: ONE table keyed by the
setting's key (an entry ending in "." covers every key starting with it).

``check(key, value)`` returns the value to store (a whole number stays an
``int`` where the setting counts things) or raises a ValidationError whose
message names the setting and the part of the value at fault; ``field`` is
``"value"`` or ``"value.<part>"`` for a part of a dict value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N
from tnapp.domain.labels import LabelledEnum
from tnapp.errors import ValidationError
from tnapp.i18n import _, translate

_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")

Check = Callable[[str, object, str], object]  # (setting key, value, field) -> value to store


# The parts of the dict values as people call them (the dialog's labels too).
PART_LABELS = {
    "share": _N("SettingPart", "tỷ lệ"), "base": _N("SettingPart", "cơ sở tính"),
    "strict": _N("SettingPart", "vượt hẳn tỷ lệ (>)"),
    "count_written": _N("SettingPart", "tính cả phiếu gửi bằng văn bản"),
    "x": _N("SettingPart", "dịch ngang x (mm)"), "y": _N("SettingPart", "dịch dọc y (mm)"),
    "on_track": _N("SettingPart", "mức đúng tiến độ"), "at_risk": _N("SettingPart", "mức có nguy cơ"),
}
SHARE_PARTS = frozenset({"share", "on_track", "at_risk"})  # parts that are a share of a whole (0,8 = 80 %)
BASE_LABELS = {"all_members": _N("SettingPart", "tổng số thành viên"),
               "present": _N("SettingPart", "số thành viên có mặt")}


def part_label(part: str) -> str:
    return PART_LABELS.get(part, part)


def _refuse(key: str, field: str, what: str) -> ValidationError:
    part = field.partition(".")[2]
    where = f"Giá trị – {part_label(part)} ({part})" if part else "Giá trị"
    return ValidationError(_("Thiết lập «{key}»: {where} {what}.", key=key, where=where, what=what), field=field)


def _number(key: str, value: object, field: str, low: float | None = None, high: float | None = None,
            low_open: bool = False, whole: bool = False) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _refuse(key, field, "phải là một số")
    if whole:
        if value != int(value):
            raise _refuse(key, field, "phải là số nguyên")
        value = int(value)
    if low is not None and (value <= low if low_open else value < low):
        raise _refuse(key, field, f"phải lớn hơn {low:g}" if low_open else f"không được nhỏ hơn {low:g}")
    if high is not None and value > high:
        raise _refuse(key, field, f"không được lớn hơn {high:g}")
    return value


def share(key: str, value: object, field: str = "value") -> object:
    """A share of a whole: 0 to 1 (0,7 = 70 %)."""
    return _number(key, value, field, 0, 1)


def non_negative(key: str, value: object, field: str = "value") -> object:
    return _number(key, value, field, 0)


def positive(key: str, value: object, field: str = "value") -> object:
    return _number(key, value, field, 0, low_open=True)


def count(key: str, value: object, field: str = "value") -> object:
    """A whole number of days, times, copies… at least 1."""
    return _number(key, value, field, 1, whole=True)


def days(key: str, value: object, field: str = "value") -> object:
    return _number(key, value, field, 0, whole=True)


def months_in_year(key: str, value: object, field: str = "value") -> object:
    return _number(key, value, field, 0, 12, whole=True)


def month_day(key: str, value: object, field: str = "value") -> object:
    """A day of every year as "MM-DD" (03-31)."""
    match = _MONTH_DAY.match(value) if isinstance(value, str) else None
    try:
        dt.date(2024, int(match.group(1)), int(match.group(2))) if match else None  # 2024: 29/02 allowed
    except ValueError:
        match = None
    if match is None:
        raise _refuse(key, field, "phải là ngày dạng tháng-ngày «MM-DD», ví dụ 03-31")
    return value


def boolean(key: str, value: object, field: str = "value") -> object:
    if not isinstance(value, bool):
        raise _refuse(key, field, "phải là có/không (true/false)")
    return value


def record(parts: dict[str, Check], required: tuple[str, ...] = ()) -> Check:
    """A dict value whose parts each have their own check; no other parts."""

    def check(key: str, value: object, field: str = "value") -> object:
        if not isinstance(value, dict):
            raise _refuse(key, field, f"phải có các phần {', '.join(parts)}")
        unknown = [p for p in value if p not in parts]
        if unknown:
            raise _refuse(key, field, f"có phần không được dùng: {', '.join(unknown)}")
        missing = [p for p in required if p not in value]
        if missing:
            raise _refuse(key, f"{field}.{missing[0]}", "còn thiếu")
        return {p: parts[p](key, v, f"{field}.{p}") for p, v in value.items()}

    return check


def text(key: str, value: object, field: str = "value") -> object:
    if not isinstance(value, str) or not value.strip():
        raise _refuse(key, field, "phải là một đoạn chữ, không để trống")
    return value.strip()


def threshold_base(key: str, value: object, field: str = "value") -> object:
    if value not in BASE_LABELS:  # see tnapp.domain.council_rules.ThresholdBase
        raise _refuse(key, field, "phải là all_members (tổng số thành viên) hoặc present (số thành viên có mặt)")
    return value


def percent_points(key: str, value: object, field: str = "value") -> object:
    return _number(key, value, field, 0, 100)


# key (or key prefix ending in ".") -> its check. The legal figures among them
# (NĐ 152/2025/NĐ-CP, Điều 50: multipliers × base salary) are edited, not coded.
RULES: dict[str, Check] = {
    "base_salary": positive,
    "prize_multiplier.": non_negative,
    "prize_rounding_step": positive,
    "eligibility.ttldtt_member_share": share,
    "eligibility.ldtt_worked_months": months_in_year,
    "eligibility.streak_through_judged_year": boolean,
    "eligibility.streak_reuse": boolean,
    "council.threshold.": record({"share": share, "base": threshold_base, "strict": boolean,
                                  "count_written": boolean}, required=("share", "base")),
    "council.quorum": share,
    "council.second_round_allowed": boolean,
    "council.certificate_offset_mm": record({"x": _number, "y": _number}, required=("x", "y")),
    "report_deadline_days.": days,
    "year_end_dossier_deadline": month_day,
    "registration_deadline": month_day,
    "login.": count,
    "backup.": count,
    "complaint_due_days": count,
    "rating.point_bands": record({"HTXS": percent_points, "HTT": percent_points, "HT": percent_points},
                                 required=("HTXS", "HTT", "HT")),
    "rating.htxs_cap_share": share,
    "province.submission_route": record({"addressee": text, "via": text}, required=("addressee", "via")),
    "progress.bands": record({"on_track": non_negative, "at_risk": non_negative},
                             required=("on_track", "at_risk")),
    "outliers.factor": positive,
    "outliers.min_history": count,
}


def _entry_key(table: dict[str, object], key: str) -> str | None:
    """``key`` itself when ``table`` has it, else its longest prefix entry."""
    if key in table:
        return key
    prefixes = [k for k in table if k.endswith(".") and key.startswith(k)]
    return max(prefixes, key=len) if prefixes else None


def rule_for(key: str) -> Check | None:
    """The check of ``key``: its own entry, else the longest prefix entry."""
    entry = _entry_key(RULES, key)
    return RULES[entry] if entry else None


# --- what each setting means, for the people who read and edit them ---------------------------------

FROM_THE_BEGINNING = dt.date(1900, 1, 1)  # a setting's date when it has applied from the start


class ValueKind(LabelledEnum):
    """How a setting's value reads: the label is the unit written after a number."""

    MONEY = "money", _N("ValueKind", "đồng")
    MULTIPLIER = "multiplier", _N("ValueKind", "× lương cơ sở")
    SHARE = "share", _N("ValueKind", "%")
    DAYS = "days", _N("ValueKind", "ngày")
    MONTHS = "months", _N("ValueKind", "tháng")
    MINUTES = "minutes", _N("ValueKind", "phút")
    TIMES = "times", _N("ValueKind", "lần")
    COPIES = "copies", _N("ValueKind", "bản")
    MONTH_DAY = "month_day", _N("ValueKind", "hằng năm")
    YES_NO = "yes_no", _N("ValueKind", "có/không")
    PARTS = "parts", _N("ValueKind", "nhiều phần")
    POINTS = "points", _N("ValueKind", "điểm")
    SIGMAS = "sigmas", _N("ValueKind", "× độ lệch chuẩn")
    PERIODS = "periods", _N("ValueKind", "kỳ")


@dataclass(frozen=True)
class SettingMeaning:
    """A setting as people call it. ``name`` may hold ``{subject}``: what the key's
    last part stands for (a title's name, a kind of period)."""

    name: str
    meaning: str
    kind: ValueKind


def _m(name: str, meaning: str, kind: ValueKind) -> SettingMeaning:
    return SettingMeaning(name, meaning, kind)


MEANINGS: dict[str, SettingMeaning] = {
    "base_salary": _m(_N("SettingName", "Lương cơ sở"), _N(
        "SettingMeaning", "Mức lương cơ sở mỗi tháng; tiền thưởng tính bằng hệ số nhân với mức này."),
        ValueKind.MONEY),
    "prize_multiplier.": _m(_N("SettingName", "Hệ số tiền thưởng – {subject}"), _N(
        "SettingMeaning", "Tiền thưởng kèm danh hiệu, hình thức khen thưởng này bằng hệ số × lương cơ sở."),
        ValueKind.MULTIPLIER),
    "prize_rounding_step": _m(_N("SettingName", "Làm tròn tiền thưởng"), _N(
        "SettingMeaning", "Tiền thưởng được làm tròn lên đến bội số của số tiền này."), ValueKind.MONEY),
    "eligibility.ttldtt_member_share": _m(_N("SettingName", "Tỷ lệ cá nhân LĐTT của tập thể LĐTT"), _N(
        "SettingMeaning", "Tập thể Lao động tiên tiến cần ít nhất tỷ lệ này cá nhân đạt Lao động tiên tiến."),
        ValueKind.SHARE),
    "eligibility.ldtt_worked_months": _m(_N("SettingName", "Số tháng công tác tối thiểu để xét LĐTT"), _N(
        "SettingMeaning", "Cá nhân làm việc ít hơn số tháng này trong năm thì chưa xét Lao động tiên tiến."),
        ValueKind.MONTHS),
    "council.threshold.": _m(_N("SettingName", "Tỷ lệ phiếu để đề nghị – {subject}"), _N(
        "SettingMeaning", "Số phiếu đồng ý cần có, tính trên tổng số thành viên Hội đồng hoặc số có mặt."),
        ValueKind.PARTS),
    "eligibility.streak_through_judged_year": _m(_N("SettingName", "Chuỗi năm liên tục phải gồm năm xét"), _N(
        "SettingMeaning", "Danh hiệu xét theo số năm liên tục chỉ đạt khi chuỗi năm kéo dài đến chính năm đang xét."),
        ValueKind.YES_NO),
    "eligibility.streak_reuse": _m(_N("SettingName", "Cho dùng lại chuỗi năm đã được khen"), _N(
        "SettingMeaning", "Một chuỗi năm đã dùng để được khen thưởng có được tính lại cho lần khen sau hay không."),
        ValueKind.YES_NO),
    "province.submission_route": _m(_N("SettingName", "Nơi nhận hồ sơ đề nghị khen thưởng cấp tỉnh"), _N(
        "SettingMeaning", "Người có thẩm quyền khen thưởng cấp tỉnh và cơ quan tham mưu nhận Tờ trình của xã."),
        ValueKind.PARTS),
    "council.quorum": _m(_N("SettingName", "Số thành viên Hội đồng cần có mặt"), _N(
        "SettingMeaning", "Phiên họp chỉ hợp lệ khi có mặt ít nhất tỷ lệ này thành viên Hội đồng."),
        ValueKind.SHARE),
    "council.second_round_allowed": _m(_N("SettingName", "Cho bỏ phiếu vòng 2"), _N(
        "SettingMeaning", "Hội đồng được bỏ phiếu lại cho người chưa đủ số phiếu ở vòng đầu."), ValueKind.YES_NO),
    "council.certificate_offset_mm": _m(_N("SettingName", "Dịch chữ khi in giấy khen"), _N(
        "SettingMeaning", "Dịch chữ in trên phôi giấy khen in sẵn cho khớp máy in (milimét)."), ValueKind.PARTS),
    "report_deadline_days.": _m(_N("SettingName", "Hạn gửi báo cáo – {subject}"), _N(
        "SettingMeaning", "Số ngày sau khi hết kỳ mà đơn vị phải gửi báo cáo; quá ngày này là quá hạn."),
        ValueKind.DAYS),
    "year_end_dossier_deadline": _m(_N("SettingName", "Hạn nộp hồ sơ khen thưởng cuối năm"), _N(
        "SettingMeaning", "Ngày hằng năm phải nộp hồ sơ đề nghị khen thưởng lên cấp trên."), ValueKind.MONTH_DAY),
    "registration_deadline": _m(_N("SettingName", "Hạn đăng ký thi đua"), _N(
        "SettingMeaning", "Ngày hằng năm các đơn vị, cá nhân phải đăng ký thi đua."), ValueKind.MONTH_DAY),
    "login.max_failures": _m(_N("SettingName", "Số lần đăng nhập sai thì khóa"), _N(
        "SettingMeaning", "Đăng nhập sai liên tiếp số lần này thì tài khoản bị khóa tạm thời."), ValueKind.TIMES),
    "login.lockout_minutes": _m(_N("SettingName", "Thời gian khóa tài khoản"), _N(
        "SettingMeaning", "Tài khoản bị khóa bao lâu sau khi đăng nhập sai nhiều lần."), ValueKind.MINUTES),
    "backup.keep_last": _m(_N("SettingName", "Số bản sao lưu gần nhất được giữ"), _N(
        "SettingMeaning", "Các bản sao lưu tự động cũ hơn số bản này được xóa bớt."), ValueKind.COPIES),
    "backup.keep_daily": _m(_N("SettingName", "Giữ một bản sao lưu mỗi ngày"), _N(
        "SettingMeaning", "Trong số ngày gần nhất này, mỗi ngày giữ thêm một bản sao lưu."), ValueKind.DAYS),
    "complaint_due_days": _m(_N("SettingName", "Thời hạn giải quyết khiếu nại"), _N(
        "SettingMeaning", "Số ngày để giải quyết khiếu nại lần đầu; quá hạn thì hiện trên bảng theo dõi."),
        ValueKind.DAYS),
    "rating.point_bands": _m(_N("SettingName", "Điểm của các mức xếp loại"), _N(
        "SettingMeaning", "Điểm thấp nhất để được xếp từng mức hoàn thành nhiệm vụ."), ValueKind.POINTS),
    "rating.htxs_cap_share": _m(_N("SettingName", "Tỷ lệ tối đa hoàn thành xuất sắc"), _N(
        "SettingMeaning", "Số người hoàn thành xuất sắc nhiệm vụ của một đơn vị không quá tỷ lệ này."),
        ValueKind.SHARE),
    "progress.bands": _m(_N("SettingName", "Ngưỡng đánh giá tiến độ chỉ tiêu"), _N(
        "SettingMeaning", "Tiến độ từ mức thứ nhất là đúng tiến độ, từ mức thứ hai là có nguy cơ, thấp hơn là chậm."),
        ValueKind.PARTS),
    "outliers.factor": _m(_N("SettingName", "Hệ số phát hiện số liệu bất thường"), _N(
        "SettingMeaning", "Số liệu cách trung vị các kỳ trước của đơn vị quá hệ số này × độ lệch (tính theo "
        "trung vị độ lệch tuyệt đối) thì được đánh dấu bất thường để kiểm tra; chỉ cảnh báo, không chặn."),
        ValueKind.SIGMAS),
    "outliers.min_history": _m(_N("SettingName", "Số kỳ trước tối thiểu để xét bất thường"), _N(
        "SettingMeaning", "Đơn vị có ít hơn số kỳ báo cáo trước này của một chỉ tiêu thì chưa xét số liệu bất "
        "thường cho chỉ tiêu đó."), ValueKind.PERIODS),
}


def meaning_of(key: str) -> SettingMeaning | None:
    """What ``key`` means: its own entry, else the longest prefix entry (None: not described)."""
    entry = _entry_key(MEANINGS, key)
    return MEANINGS[entry] if entry else None


def subject_of(key: str) -> str:
    """The last part of a key under a prefix entry (``prize_multiplier.BKT`` → ``BKT``); "" otherwise."""
    entry = _entry_key(MEANINGS, key)
    return key[len(entry):] if entry and entry.endswith(".") else ""


def setting_name(key: str, subjects: Mapping[str, str] | None = None, fallback: str = "") -> str:
    """The setting as people call it, in the user's language ("Tỷ lệ phiếu để đề nghị – Chiến sĩ thi đua cơ sở"):
    ``subjects`` names what a key's last part stands for (a title's code → its name; ``default`` →
    "các danh hiệu khác"). A key nobody described is called by ``fallback`` (its note), else
    "Thiết lập khác" – never by its key."""
    meaning = meaning_of(key)
    if meaning is None:
        return fallback or _("Thiết lập khác")
    subject = subject_of(key)
    names = {"default": _("các danh hiệu khác"), **(subjects or {})}
    return translate("SettingName", meaning.name).format(subject=names.get(subject, subject))


def check(key: str, value: object) -> object:
    """The value to store for ``key``, or a ValidationError naming the part at fault.
    A key without an entry takes any JSON value."""
    rule = rule_for(key)
    if value is None:
        raise ValidationError(_("Thiết lập «{key}»: Giá trị không được để trống.", key=key), field="value")
    return rule(key, value, "value") if rule else value
