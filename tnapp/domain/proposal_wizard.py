"""The award-proposal wizard as a small state machine over a draft (the
Tryton idea): named steps, what each step needs, its checks with Vietnamese
messages naming the field, and the transition deciding the next step.

    year_title → nominees → eligibility → achievements → dossier → submitted

No database and no Qt: ``tnapp.services.proposals`` saves the draft (as JSON
in ``Proposal.draft``) at every step and the QWizard pages only show and
collect. Going back is always allowed, except from ``submitted``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from tnapp.domain.eligibility import Verdict, VerdictKind
from tnapp.domain.emulation_rules import NOMINEE_WORDS, Nominee, title_fits
from tnapp.domain.labels import LabelledEnum
from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N
from tnapp.domain.text import nfc
from tnapp.domain.vocab import NomineeKind, UnitKind
from tnapp.errors import ValidationError
from tnapp.i18n import _, label

MIN_OVERRIDE_REASON = 10  # characters: a word or two is not a reason


class Step(LabelledEnum):
    YEAR_TITLE = "year_title", _N("Step", "Năm, phong trào và danh hiệu")
    NOMINEES = "nominees", _N("Step", "Đối tượng đề nghị")
    ELIGIBILITY = "eligibility", _N("Step", "Điều kiện khen thưởng")
    ACHIEVEMENTS = "achievements", _N("Step", "Thành tích")
    DOSSIER = "dossier", _N("Step", "Hồ sơ đề nghị")
    SUBMITTED = "submitted", _N("Step", "Đã trình Hội đồng")


STEPS: tuple[Step, ...] = tuple(Step)


@dataclass(frozen=True)
class TitleFacts:
    """What the wizard needs to know of a title."""

    code: str
    name: str
    nominee_kind: NomineeKind


@dataclass(frozen=True)
class DraftNominee:
    """One nominee of the draft: who, the verdict shown, the user's choices."""

    nominee: Nominee
    name: str
    unit_name: str = ""  # the person's unit, the collective's parent, the household's village
    unit_kind: UnitKind | None = None  # for a collective (a village's title fits only a village)
    verdict: Verdict | None = None
    excluded: bool = False  # taken out of the proposal at the eligibility step
    override_reason: str = ""  # why it goes on despite a blocking failure or an unknown
    achievements: str = ""
    indicator_ids: tuple[int, ...] = ()
    initiative_ids: tuple[int, ...] = ()
    exemplar_ids: tuple[int, ...] = ()

    @property
    def needs_override(self) -> bool:
        """A blocking failure, or a blocking criterion that cannot be judged."""
        return self.verdict is not None and self.verdict.verdict is not VerdictKind.ELIGIBLE

    @property
    def overridden(self) -> bool:
        return self.needs_override and bool(self.override_reason.strip())

    def to_json(self) -> dict[str, Any]:
        return {"type": self.nominee.type.value, "id": self.nominee.id, "name": self.name,
                "unit_name": self.unit_name, "unit_kind": self.unit_kind.value if self.unit_kind else None,
                "verdict": self.verdict.to_json() if self.verdict else None, "excluded": self.excluded,
                "override_reason": self.override_reason, "achievements": self.achievements,
                "indicator_ids": list(self.indicator_ids), "initiative_ids": list(self.initiative_ids),
                "exemplar_ids": list(self.exemplar_ids)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DraftNominee:
        return cls(Nominee(data["type"], data["id"]), data.get("name", ""), data.get("unit_name", ""),
                   UnitKind(data["unit_kind"]) if data.get("unit_kind") else None,
                   Verdict.from_json(data["verdict"]) if data.get("verdict") else None,
                   bool(data.get("excluded")), data.get("override_reason") or "", data.get("achievements") or "",
                   tuple(data.get("indicator_ids", ())), tuple(data.get("initiative_ids", ())),
                   tuple(data.get("exemplar_ids", ())))


@dataclass(frozen=True)
class Draft:
    """Everything the wizard collected so far (``Proposal.draft``)."""

    year: int | None = None
    movement_id: int | None = None
    title_code: str | None = None
    decision_date: dt.date | None = None  # planned; the prize uses the settings in force that day
    nominees: tuple[DraftNominee, ...] = ()
    proposing_unit_id: int | None = None  # the unit that proposes (đơn vị đề nghị), printed on the papers
    # The unit's Tờ trình is numbered and dated in the unit's own register (TNApp does not keep it):
    # typed when known, else left blank on the paper to fill by hand.
    unit_number: int | None = None
    unit_date: dt.date | None = None

    @property
    def active(self) -> tuple[DraftNominee, ...]:
        """The nominees still in the proposal."""
        return tuple(n for n in self.nominees if not n.excluded)

    def nominee(self, nominee: Nominee) -> DraftNominee:
        return next(n for n in self.nominees if n.nominee == nominee)

    def with_nominee(self, updated: DraftNominee) -> Draft:
        return replace(self, nominees=tuple(updated if n.nominee == updated.nominee else n for n in self.nominees))

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "movement_id": self.movement_id, "title_code": self.title_code,
                "decision_date": self.decision_date.isoformat() if self.decision_date else None,
                "nominees": [n.to_json() for n in self.nominees], "proposing_unit_id": self.proposing_unit_id,
                "unit_number": self.unit_number,
                "unit_date": self.unit_date.isoformat() if self.unit_date else None}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Draft:
        data = data or {}
        day = data.get("decision_date")
        return cls(data.get("year"), data.get("movement_id"), data.get("title_code"),
                   dt.date.fromisoformat(day) if day else None,
                   tuple(DraftNominee.from_json(n) for n in data.get("nominees", ())), data.get("proposing_unit_id"),
                   data.get("unit_number"),
                   dt.date.fromisoformat(data["unit_date"]) if data.get("unit_date") else None)


@dataclass(frozen=True)
class Transition:
    """Where the wizard goes next, and why when it is not the plain next step."""

    step: Step
    notice: str = ""


def default_decision_date(year: int, today: dt.date | None = None) -> dt.date:
    """The year's decisions are made at its end: today within the year, else 31/12."""
    today = today or dt.date.today()
    return today if today.year == year else dt.date(year, 12, 31)


def fits(title: TitleFacts, n: DraftNominee) -> bool:
    return title_fits(title.nominee_kind, n.nominee.type, n.unit_kind)


# --- the checks of each step -------------------------------------------------------------------

def check_year_title(draft: Draft, titles: dict[str, TitleFacts]) -> TitleFacts:
    if draft.year is None or not 2000 <= draft.year <= 2100:
        raise ValidationError(_("Năm đề nghị «{value}» không hợp lệ (từ 2000 đến 2100).",
                                value=draft.year or ''), field="year")
    if not draft.title_code:
        raise ValidationError(_("Hãy chọn danh hiệu hoặc hình thức khen thưởng."), field="title_code")
    title = titles.get(draft.title_code)
    if title is None:
        raise ValidationError(_("Không có danh hiệu mã «{title_code}» (hoặc đã ngừng dùng).",
                                title_code=draft.title_code),
                              field="title_code")
    if draft.decision_date is None:
        raise ValidationError(_("Hãy ghi ngày dự kiến quyết định khen thưởng (để tính tiền thưởng)."),
                              field="decision_date")
    if not draft.year <= draft.decision_date.year <= draft.year + 1:
        raise ValidationError(_("Ngày dự kiến quyết định {decision_date:%d/%m/%Y} phải trong năm {year} hoặc năm "
                                "{year2}.",
                                decision_date=draft.decision_date, year=draft.year,
                                year2=draft.year + 1), field="decision_date")
    return title


def check_nominees(draft: Draft, title: TitleFacts) -> None:
    if not draft.nominees:
        raise ValidationError(_("Hãy chọn ít nhất một đối tượng được đề nghị."), field="nominees")
    seen: set[Nominee] = set()
    for n in draft.nominees:
        if n.nominee in seen:
            raise ValidationError(_("«{name}» được chọn hai lần.", name=n.name), field="nominees")
        seen.add(n.nominee)
    unfit = [n for n in draft.nominees if not fits(title, n)]
    if unfit:
        names = ", ".join(f"«{n.name}» ({NOMINEE_WORDS[n.nominee.type]})" for n in unfit)
        raise ValidationError(_("Danh hiệu «{title}» dành cho đối tượng «{nominee_kind}»; không dùng cho {names}. "
                                "Hãy bỏ các đối tượng này hoặc chọn danh hiệu khác.",
                                title=title.name, nominee_kind=label(title.nominee_kind), names=names),
                              field="nominees")


def check_eligibility(draft: Draft) -> None:
    missing = [n.name for n in draft.nominees if n.verdict is None]
    if missing:
        raise ValidationError(_("Chưa xét điều kiện cho: {missing}.", missing=', '.join(missing)), field="eligibility")
    if not draft.active:
        raise ValidationError(_("Tất cả đối tượng đều đã bị loại; không thể tiếp tục đề nghị. Hãy quay lại chọn đối "
                                "tượng khác hoặc giữ lại ít nhất một đối tượng."), field="excluded")
    for n in draft.active:
        if n.needs_override and len(nfc(n.override_reason)) < MIN_OVERRIDE_REASON:
            why = ("chưa đủ thông tin để kết luận" if n.verdict and n.verdict.verdict is VerdictKind.UNKNOWN
                   else "không đạt tiêu chuẩn bắt buộc")
            raise ValidationError(_("«{name}» {why}: hãy loại khỏi đề nghị, hoặc ghi lý do vẫn đề nghị (ít nhất "
                                    "{MIN_OVERRIDE_REASON} ký tự) vào ô «Lý do vẫn đề nghị».",
                                    name=n.name, why=why, MIN_OVERRIDE_REASON=MIN_OVERRIDE_REASON),
                                  field="override_reason")


def check_achievements(draft: Draft) -> None:
    for n in draft.active:
        if not nfc(n.achievements):
            raise ValidationError(_("Hãy ghi tóm tắt thành tích của «{name}».", name=n.name), field="achievements")


def check_step(step: Step, draft: Draft, titles: dict[str, TitleFacts]) -> None:
    """Refuse leaving ``step`` forward while its data is incomplete (the
    message names the field); the steps before it are checked too."""
    title = check_year_title(draft, titles)
    if step is Step.YEAR_TITLE:
        return
    check_nominees(draft, title)
    if step is Step.NOMINEES:
        return
    check_eligibility(draft)
    if step is Step.ELIGIBILITY:
        return
    check_achievements(draft)


# --- transitions --------------------------------------------------------------------------------

def advance(step: Step, draft: Draft, titles: dict[str, TitleFacts]) -> Transition:
    """The step after ``step`` once its data is checked.

    From the nominees: when none of them fits the title (a batch of
    collectives for a person's title), the title is what is wrong — go back
    to it. From the dossier the next step is ``submitted``, reached only by
    submitting the proposal (the service does it)."""
    if step is Step.SUBMITTED:
        raise ValidationError(_("Đề nghị đã trình Hội đồng, không sửa được nữa."), field="state")
    if step is Step.NOMINEES and draft.nominees and draft.title_code in titles:
        title = titles[draft.title_code]
        if not any(fits(title, n) for n in draft.nominees):
            kinds = ", ".join(sorted({NOMINEE_WORDS[n.nominee.type] for n in draft.nominees}))
            return Transition(Step.YEAR_TITLE, f"Danh hiệu «{title.name}» dành cho đối tượng "
                                               f"«{title.nominee_kind.label}», các đối tượng đã chọn là {kinds}: "
                                               "hãy chọn danh hiệu phù hợp.")
    check_step(step, draft, titles)
    return Transition(STEPS[STEPS.index(step) + 1])


def back(step: Step) -> Step:
    """The step before ``step``; the first step stays where it is."""
    if step is Step.SUBMITTED:
        raise ValidationError(_("Đề nghị đã trình Hội đồng, không quay lại sửa được."), field="state")
    return STEPS[max(STEPS.index(step) - 1, 0)]


def resume_step(saved: Step, draft: Draft, titles: dict[str, TitleFacts]) -> Step:
    """Where a reopened draft continues: the saved step, or the first step
    before it whose data no longer holds (a title since deactivated, a
    nominee whose verdict was cleared)."""
    for step in STEPS[:STEPS.index(saved)]:
        try:
            check_step(step, draft, titles)
        except ValidationError:
            return step
    return saved


def criteria_years(n: DraftNominee, year: int) -> range:
    """The years the nominee's criteria looked at (a streak's years, the
    initiatives and exemplars they counted) with the proposal's year: the
    achievements step offers the nominee's own records from these years."""
    years = {year}
    for c in n.verdict.criteria if n.verdict else ():
        years.update(y for y in c.facts.get("years", ()) if isinstance(y, int))
        years.update(y for y in c.facts.get("exemplar_years", ()) if isinstance(y, int))
        years.update(i["year"] for i in c.facts.get("initiatives", ()) if isinstance(i, dict) and "year" in i)
    return range(min(years), max(years) + 1)


def criteria_initiatives(n: DraftNominee) -> tuple[int, ...]:
    """The initiatives the nominee's criteria counted (their recognition goes with the dossier)."""
    return tuple(dict.fromkeys(i["id"] for c in (n.verdict.criteria if n.verdict else ())
                               for i in c.facts.get("initiatives", ()) if isinstance(i, dict) and "id" in i))


def set_nominees(draft: Draft, chosen: list[DraftNominee]) -> Draft:
    """The nominees chosen at the nominees step: those already in the draft
    keep what was entered for them; their verdicts are cleared (the next step
    judges again)."""
    kept = {n.nominee: n for n in draft.nominees}
    result = []
    for n in chosen:
        old = kept.get(n.nominee, n)
        result.append(replace(old, name=n.name, unit_name=n.unit_name or old.unit_name,
                              unit_kind=n.unit_kind, verdict=None))
    return replace(draft, nominees=tuple(result))


def set_year_title(draft: Draft, year: int, title_code: str, movement_id: int | None,
                   decision_date: dt.date | None, proposing_unit_id: int | None = None) -> Draft:
    """A new year or title makes every verdict stale; another proposing unit, the number and date
    of the Tờ trình from the former unit's register."""
    changed = (year, title_code) != (draft.year, draft.title_code)
    nominees = tuple(replace(n, verdict=None) for n in draft.nominees) if changed else draft.nominees
    same_unit = proposing_unit_id == draft.proposing_unit_id
    return replace(draft, year=year, title_code=title_code, movement_id=movement_id, decision_date=decision_date,
                   nominees=nominees, proposing_unit_id=proposing_unit_id,
                   unit_number=draft.unit_number if same_unit else None,
                   unit_date=draft.unit_date if same_unit else None)
