"""The rules of the year's emulation records, in one place, each citing its basis.

No database and no Qt here: the services call these functions and the GUI
only shows what they decide.

- movement stages (Luật TĐKT 2022, Điều 17) — forward one step, or back one
  step with a reason;
- registration states (Chưa gửi → Chờ duyệt → Đã duyệt / Từ chối);
- which nominee a title fits (``AwardTitle.nominee_kind``);
- the registration deadline (setting ``registration_deadline``, "MM-DD");
- task-completion points and bands, and the 20 % cap on HTXS (NĐ 335/2025);
- pending matters that bar an award (NĐ 152/2025, Điều 4);
- the legal due date of a complaint (Luật Khiếu nại 2011, Điều 28).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from tnapp.domain.vocab import (
    ComplaintState, MovementStage, NomineeKind, RatingLevel, RegistrationState, StaffCategory, UnitKind,
)
from tnapp.errors import ValidationError
from tnapp.i18n import _, label


# --- nominees -----------------------------------------------------------------------

class NomineeType(StrEnum):
    """Which column of a NomineeRef a record uses."""

    PERSON = "person"
    COLLECTIVE = "collective"  # a unit, or a village
    HOUSEHOLD = "household"


@dataclass(frozen=True)
class Nominee:
    """Who a record is about: exactly one of a person, a collective (a unit or
    a village) or a household (``NomineeRef`` in the models)."""

    type: NomineeType
    id: int

    def __post_init__(self) -> None:  # Qt hands enum values back as plain strings
        object.__setattr__(self, "type", NomineeType(self.type))

    @classmethod
    def person(cls, person_id: int) -> Nominee:
        return cls(NomineeType.PERSON, person_id)

    @classmethod
    def collective(cls, unit_id: int) -> Nominee:
        return cls(NomineeType.COLLECTIVE, unit_id)

    @classmethod
    def household(cls, household_id: int) -> Nominee:
        return cls(NomineeType.HOUSEHOLD, household_id)

    @property
    def columns(self) -> dict[str, int | None]:
        """The three NomineeRef columns, exactly one of them set."""
        return {"person_id": self.id if self.type is NomineeType.PERSON else None,
                "collective_id": self.id if self.type is NomineeType.COLLECTIVE else None,
                "household_id": self.id if self.type is NomineeType.HOUSEHOLD else None}

    @classmethod
    def of(cls, record: object) -> Nominee:
        """The nominee of a NomineeRef row."""
        for kind in NomineeType:
            value = getattr(record, f"{kind.value}_id", None)
            if value is not None:
                return cls(kind, value)
        raise ValueError("record without a nominee")


NOMINEE_WORDS = {NomineeType.PERSON: "cá nhân", NomineeType.COLLECTIVE: "tập thể",
                 NomineeType.HOUSEHOLD: "hộ gia đình"}


def _and(parts: list[str]) -> str:
    return " và ".join(filter(None, (", ".join(parts[:-1]), parts[-1]))) if parts else ""


def nominee_kinds(kinds: Iterable[NomineeType]) -> str:
    """The kinds of nominee present, as a paper names them: "cá nhân, tập thể và hộ gia đình"."""
    present = set(kinds)
    return _and([NOMINEE_WORDS[k] for k in NomineeType if k in present])


def nominee_count(nominees: Iterable[NomineeType]) -> str:
    """How many of each kind, as a decision counts them: "05 cá nhân, 02 tập thể và 03 hộ gia đình"
    (two digits, as administrative papers write counts; a kind with none is left out)."""
    counts = Counter(nominees)
    return _and([f"{counts[k]:02d} {NOMINEE_WORDS[k]}" for k in NomineeType if counts[k]])


def title_fits(title_kind: NomineeKind, nominee: NomineeType, unit_kind: UnitKind | None = None) -> bool:
    """Whether a title for ``title_kind`` may go to this nominee: a person's
    title to a person, a household's to a household, a village's ("Thôn văn
    hóa", NĐ 86/2023) only to a village, a collective's to any unit."""
    match title_kind:
        case NomineeKind.INDIVIDUAL:
            return nominee is NomineeType.PERSON
        case NomineeKind.HOUSEHOLD:
            return nominee is NomineeType.HOUSEHOLD
        case NomineeKind.VILLAGE:
            return nominee is NomineeType.COLLECTIVE and unit_kind is UnitKind.VILLAGE
        case _:
            return nominee is NomineeType.COLLECTIVE


def check_title_fits(title_name: str, title_kind: NomineeKind, nominee: NomineeType,
                     unit_kind: UnitKind | None = None, field: str = "title_id") -> None:
    if not title_fits(title_kind, nominee, unit_kind):
        raise ValidationError(_("Danh hiệu «{title_name}» dành cho đối tượng «{title_kind}»; không dùng cho đối "
                                "tượng đã chọn.", title_name=title_name, title_kind=label(title_kind)), field=field)


# --- movements: Luật TĐKT 2022, Điều 17 ---------------------------------------------------

MOVEMENT_STEPS: tuple[MovementStage, ...] = tuple(MovementStage)
MOVEMENT_BASIS = "Luật Thi đua, khen thưởng 2022, Điều 17"


def check_movement_step(current: MovementStage, target: MovementStage, reason: str | None = None) -> None:
    """The steps of organising a movement (Luật TĐKT 2022, Điều 17): goals set
    → launched → checked → examples spread → reviewed and rewarded. A movement
    moves forward one step at a time, or back one step with a reason (which
    the audit trail keeps); never skips a step."""
    here, there = MOVEMENT_STEPS.index(current), MOVEMENT_STEPS.index(target)
    if there == here + 1:
        return
    if there == here - 1:
        if not (reason or "").strip():
            raise ValidationError(_("Lùi về bước «{target}» phải ghi lý do.", target=label(target)), field="reason")
        return
    raise ValidationError(_("Không chuyển được từ bước «{current}» sang «{target}»: mỗi lần chỉ tiến hoặc lùi một "
                            "bước ({MOVEMENT_BASIS}).",
                            current=label(current), target=label(target), MOVEMENT_BASIS=MOVEMENT_BASIS), field="stage")


def next_stage(current: MovementStage) -> MovementStage | None:
    i = MOVEMENT_STEPS.index(current)
    return MOVEMENT_STEPS[i + 1] if i + 1 < len(MOVEMENT_STEPS) else None


def previous_stage(current: MovementStage) -> MovementStage | None:
    i = MOVEMENT_STEPS.index(current)
    return MOVEMENT_STEPS[i - 1] if i > 0 else None


# --- registrations -------------------------------------------------------------------------

REGISTRATION_TRANSITIONS: dict[RegistrationState, frozenset[RegistrationState]] = {
    RegistrationState.NOT_SENT: frozenset({RegistrationState.PENDING}),
    RegistrationState.PENDING: frozenset({RegistrationState.APPROVED, RegistrationState.REJECTED,
                                          RegistrationState.NOT_SENT}),
    RegistrationState.REJECTED: frozenset({RegistrationState.PENDING, RegistrationState.NOT_SENT}),
    RegistrationState.APPROVED: frozenset({RegistrationState.PENDING}),
}
REGISTRATION_EDITABLE = frozenset({RegistrationState.NOT_SENT, RegistrationState.REJECTED})


def check_registration_step(current: RegistrationState, target: RegistrationState,
                            reason: str | None = None) -> None:
    """Chưa gửi → Chờ duyệt → Đã duyệt or Từ chối (with a reason). A pending
    one may be recalled, a rejected one sent again; an approval may be
    withdrawn back to Chờ duyệt (with a reason)."""
    if target not in REGISTRATION_TRANSITIONS[current]:
        raise ValidationError(_("Đăng ký đang «{current}» không chuyển được sang «{target}».",
                                current=label(current), target=label(target)),
                              field="state")
    needs_reason = target is RegistrationState.REJECTED or current is RegistrationState.APPROVED
    if needs_reason and not (reason or "").strip():
        raise ValidationError(_("Phải ghi lý do."), field="reason")


def registration_deadline(year: int, month_day: str) -> dt.date:
    """The deadline of ``year`` from the setting ``registration_deadline`` ("03-31")."""
    try:
        month, day = (int(part) for part in str(month_day).split("-"))
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ValidationError(_("Thiết lập hạn đăng ký thi đua «{month_day}» không hợp lệ (viết tháng-ngày, ví dụ "
                                "03-31).", month_day=month_day)) from exc


def is_late(registered_on: dt.date, deadline: dt.date) -> bool:
    return registered_on > deadline


# --- task-completion ratings: NĐ 335/2025 --------------------------------------------------

RATING_BASIS = "Nghị định 335/2025/NĐ-CP"
OFFICIALS = frozenset({StaffCategory.CADRE, StaffCategory.CIVIL_SERVANT, StaffCategory.PUBLIC_EMPLOYEE})
# Lowest points of each band (NĐ 335/2025): HTXS ≥ 90, HTT 70–<90, HT 50–<70, KHT < 50.
DEFAULT_BANDS: dict[str, float] = {"HTXS": 90, "HTT": 70, "HT": 50}
HTXS_CAP_SHARE = 0.2
LEVEL_ORDER = (RatingLevel.NOT_DONE, RatingLevel.DONE, RatingLevel.GOOD, RatingLevel.EXCELLENT)


def is_official(category: StaffCategory) -> bool:
    """Cán bộ, công chức, viên chức: rated by points under NĐ 335/2025."""
    return category in OFFICIALS


def level_for_points(points: float, bands: dict[str, float] | None = None) -> RatingLevel:
    """The level the points give (NĐ 335/2025): HTXS ≥ 90, HTT 70–<90, HT 50–<70, KHT < 50."""
    bands = bands or DEFAULT_BANDS
    if points >= bands["HTXS"]:
        return RatingLevel.EXCELLENT
    if points >= bands["HTT"]:
        return RatingLevel.GOOD
    if points >= bands["HT"]:
        return RatingLevel.DONE
    return RatingLevel.NOT_DONE


def check_points(level: RatingLevel, points: float | None, disciplined: bool,
                 bands: dict[str, float] | None = None) -> None:
    """An official's level must be the band of the points (NĐ 335/2025); the
    one exception is KHT for a person disciplined that year ("KHT < 50 or
    disciplined"). Any other mismatch is refused, naming the band."""
    if points is None:
        return
    if not 0 <= points <= 100:
        raise ValidationError(_("Điểm {points:g} không hợp lệ (từ 0 đến 100).", points=points), field="points")
    expected = level_for_points(points, bands)
    if level is expected or (level is RatingLevel.NOT_DONE and disciplined):
        return
    raise ValidationError(_("{points:g} điểm tương ứng mức «{expected}» ({RATING_BASIS}); mức «{level}» không khớp "
                            "với số điểm. Hãy sửa điểm hoặc mức xếp loại.",
                            points=points, expected=label(expected), RATING_BASIS=RATING_BASIS,
                            level=label(level)), field="level")


@dataclass(frozen=True)
class CapCheck:
    """The HTXS cap of one rating unit in one year."""

    excellent: int  # rated HTXS
    good: int  # rated HTT
    allowed: int  # most HTXS the cap allows
    share: float

    @property
    def exceeded(self) -> bool:
        return self.excellent > self.allowed


def htxs_cap(excellent: int, good: int, share: float = HTXS_CAP_SHARE) -> CapCheck:
    """Nghị định 335/2025/NĐ-CP: "HTXS at most 20 % of those rated HTT" — read
    literally, as the digest states it: the number of officials of one rating
    unit rated HTXS in a year may not exceed ``share`` (20 %) of the number of
    officials of that unit rated HTT the same year (HTT only, not "HTT or
    better"). A warning, never a block."""
    allowed = math.floor(good * share + 1e-9)
    return CapCheck(excellent, good, allowed, share)


# --- pending matters: NĐ 152/2025, Điều 4 ------------------------------------------------------

AWARD_BAR_BASIS = "Nghị định 152/2025/NĐ-CP, Điều 4"


def is_pending(opened_on: dt.date, resolved_on: dt.date | None, on_date: dt.date) -> bool:
    """A matter opened on or before ``on_date`` and not resolved by then."""
    return opened_on <= on_date and (resolved_on is None or resolved_on > on_date)


# --- complaints: Luật Khiếu nại 2011, Điều 28 ------------------------------------------------------

COMPLAINT_BASIS = "Luật Khiếu nại 2011, Điều 28"
DEFAULT_COMPLAINT_DAYS = 30
OPEN_COMPLAINT_STATES = frozenset({ComplaintState.RECEIVED, ComplaintState.HANDLING})


def complaint_due(received_on: dt.date, days: int = DEFAULT_COMPLAINT_DAYS) -> dt.date:
    """The legal time to settle a first complaint: ``days`` (30) days from its
    acceptance (Luật Khiếu nại 2011, Điều 28)."""
    return received_on + dt.timedelta(days=int(days))


def is_overdue(state: ComplaintState, due_on: dt.date, today: dt.date) -> bool:
    return state in OPEN_COMPLAINT_STATES and today > due_on
