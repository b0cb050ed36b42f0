"""The eligibility engine: rule sets read from data, judged on facts.

Pure: no database, no Qt. A rule set (``resources/rules/*.json``) names, per
title, a list of criteria; each criterion is one of a SMALL vocabulary of
generic checks (``CHECKS`` below) with its parameters, its Vietnamese text, its
legal basis and whether it blocks. A new decree is a new rule-set file with a
later ``effective_from``; a year is judged by the rule set in force on 31/12
of that year (``rule_set_in_force``). Drafts (``"draft": true``) are never in
force unless asked for.

Facts come in as plain dataclasses (``Facts``) gathered in bulk by
``tnapp.services.eligibility``; the verdict (``tnapp.domain.eligibility``)
names each criterion's outcome — met, not met, or unknown when a fact is
missing (no rating for the year is "unknown", never "no") — with the facts it
used.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tnapp.domain.eligibility import CriterionResult, Outcome, Verdict, VerdictKind
from tnapp.domain.emulation_rules import LEVEL_ORDER, Nominee, NomineeType, is_pending
from tnapp.domain.text import fold
from tnapp.domain.vocab import DisciplineForm, EffectScope, InitiativeKind, MatterKind, RatingLevel
from tnapp.errors import ValidationError
from tnapp.i18n import _, label, translate

DISCIPLINE_ORDER = (DisciplineForm.REPRIMAND, DisciplineForm.WARNING, DisciplineForm.DEMOTION,
                    DisciplineForm.DISMISSAL_FROM_POST, DisciplineForm.DISMISSAL)
SCOPE_ORDER = (EffectScope.GRASSROOTS, EffectScope.PROVINCE, EffectScope.NATIONAL)


def review_date(year: int, today: dt.date | None = None) -> dt.date:
    """The judging day of the year-end review, when no council meeting is fixed: the
    year's last day, or today while the year is still running. A council meeting judges
    on its own day instead (``judge(on=…)``), even after the year's end.

    Two notions of time meet in a verdict (``Context``): the *judged year*, whose
    results count, and the *judging day*, on which what is still going on is looked at.
    Each check's docstring names the one it reads:

    - judged year — task ratings, a worker's confirmation and leave (Luật TĐKT 2022,
      Điều 23–24: the title rewards the year's results), award history and streaks
      (Điều 22, 72), initiatives by the year applied and exemplars (Điều 23 điểm b, 75),
      registrations (the year's emulation plan), disciplines by the year of their decision
      (NĐ 86/2023 Điều 6; Luật TĐKT 2022 Điều 27–28, 72), a collective's members (the
      people it rated that year, Điều 27), and the rule set in force on 31/12 of the year
      (``rule_set_in_force``). A result of the year recorded after its end (a rating decided
      or an initiative recognised in January) still counts for it;
    - judging day — pending matters: a discipline while its term runs, an inspection, an
      investigation, a complaint or a denunciation opened on or before the day and not
      settled by it (NĐ 152/2025/NĐ-CP, Điều 4: no award to one *being* considered for
      discipline or investigated when the award is considered). A matter opened after the
      year's end but before the council meets bars the nominee on the meeting's slides;
      one settled before the meeting no longer does.

    A person's status (in office, retired) carries no date in the data: it only decides
    who is listed for review (``EligibilityService.review``: those in office now, or rated
    in the year), never a criterion."""
    return min(dt.date(year, 12, 31), today or dt.date.today())


# --- facts --------------------------------------------------------------------------------

@dataclass(frozen=True)
class MatterFact:
    """A discipline record, or an inspection / investigation / complaint.

    A discipline counts in the year of its decision (``decided_on``, with its
    form), whenever its case was opened; a record without a decision date
    counts from ``opened_on`` (the judged year). A matter blocks while pending
    on the judging day (opened by then, ``resolved_on`` after it; NĐ 152/2025,
    Điều 4)."""

    id: int
    matter: MatterKind
    opened_on: dt.date
    resolved_on: dt.date | None = None
    form: DisciplineForm | None = None
    decided_on: dt.date | None = None

    @property
    def decision_date(self) -> dt.date:
        return self.decided_on or self.opened_on

    @property
    def decided_in(self) -> int | None:
        """The year a discipline counts in: the year of its decision (None for other matters)."""
        if self.matter is not MatterKind.DISCIPLINE or self.form is None:
            return None
        return self.decision_date.year


@dataclass(frozen=True)
class InitiativeFact:
    id: int
    title: str
    year: int
    kind: InitiativeKind = InitiativeKind.INITIATIVE
    scope: EffectScope = EffectScope.GRASSROOTS
    recognised: bool = True  # recognised by a decision (recognised_on / decision number)


@dataclass(frozen=True)
class Leave:
    """Months away from work in a year. Maternity leave counts as time worked
    (NĐ 152/2025, Điều 4); other long leave does not."""

    maternity_months: float = 0
    other_months: float = 0


@dataclass(frozen=True)
class WorkConfirmation:
    """For a worker or farmer (Luật TĐKT 2022, Điều 24): the village or unit
    confirms the year's productive work, exemplary compliance and part in the
    movement (``confirmed``), or says it does not; ``by`` names who confirmed."""

    confirmed: bool
    by: str | None = None


@dataclass(frozen=True)
class Facts:
    """Everything the engine may look at about one nominee. ``worker``: a
    person who is not an official (công nhân, nông dân, người lao động): judged
    for LĐTT by the village's or unit's confirmation, not a task rating."""

    nominee: Nominee
    name: str
    ratings: Mapping[int, RatingLevel] = field(default_factory=dict)       # year → level
    titles: Mapping[int, frozenset[str]] = field(default_factory=dict)     # year → title codes (award history)
    initiatives: tuple[InitiativeFact, ...] = ()
    matters: tuple[MatterFact, ...] = ()
    exemplar_years: frozenset[int] = frozenset()                           # achievements recorded
    registered: frozenset[tuple[int, str]] = frozenset()                   # (year, title code)
    leave: Mapping[int, Leave] = field(default_factory=dict)
    members: tuple[Facts, ...] = ()       # a collective's people
    households: tuple[Facts, ...] = ()    # a village's households
    worker: bool = False
    work_confirmations: Mapping[int, WorkConfirmation] = field(default_factory=dict)  # year → confirmation

    def has_title(self, year: int, code: str) -> bool:
        return code in self.titles.get(year, frozenset())


_MATERNITY = re.compile(r"thai san(?:\D{0,20}?(\d+(?:[.,]\d+)?)\s*thang)?")
_OTHER_LEAVE = re.compile(r"nghi (?:khong luong|om dai ngay|om|viec rieng)\D{0,20}?(\d+(?:[.,]\d+)?)\s*thang")


def leave_from_note(note: str | None) -> Leave:
    """The leave a rating's note records, e.g. "Nghỉ thai sản 6 tháng" or
    "nghỉ không lương 4 tháng". Maternity leave without a figure counts as
    6 months (Luật BHXH 2014, Điều 34); it never counts against the title."""
    text = fold(note or "")
    maternity = other = 0.0
    if (m := _MATERNITY.search(text)) is not None:
        maternity = float(m.group(1).replace(",", ".")) if m.group(1) else 6.0
    if (m := _OTHER_LEAVE.search(text)) is not None:
        other = float(m.group(1).replace(",", "."))
    return Leave(maternity, other)


# --- rule sets ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Parameter:
    """A figure of a rule set; ``unconfirmed`` ones are shown with their basis
    and may be overridden by the setting ``setting``."""

    name: str
    value: Any
    text: str
    basis: str
    unconfirmed: bool = False
    setting: str | None = None

    @property
    def value_text(self) -> str:
        return value_text(self.value)

    @property
    def sentence(self) -> str:
        """The figure as a person reads it: its meaning, its value and its basis."""
        return _("{text}: {value_text} (căn cứ: {basis})", text=translate("RuleSet", self.text),
                 value_text=self.value_text, basis=self.basis)


def value_text(value: Any) -> str:
    """A rule-set figure in vi_VN: a share as "70 %", a yes/no as "Có"/"Không", a number as "10"."""
    if isinstance(value, bool):
        return _("Có") if value else _("Không")
    if isinstance(value, float) and 0 < value <= 1:
        return f"{value * 100:g} %".replace(".", ",")
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


# Who a criterion applies to ("for" in the rule data): officials, rated by task
# completion, or workers and farmers, judged on the village's or unit's confirmation
# (Luật TĐKT 2022, Điều 24); without "for", everyone.
APPLIES_TO = ("official", "worker")


@dataclass(frozen=True)
class Criterion:
    id: str
    check: str
    params: Mapping[str, Any]
    text: str
    basis: str
    blocking: bool = True
    parts: tuple[Criterion, ...] = ()  # any_of / all_of
    applies_to: str | None = None      # one of APPLIES_TO, or None: everyone

    def applies(self, facts: Facts) -> bool:
        if self.applies_to is None or facts.nominee.type is not NomineeType.PERSON:
            return True
        return (self.applies_to == "worker") == facts.worker


@dataclass(frozen=True)
class TitleRules:
    code: str
    name: str
    basis: str
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class RuleSet:
    id: str
    name: str
    effective_from: dt.date
    basis: str
    draft: bool
    titles: Mapping[str, TitleRules]
    parameters: Mapping[str, Parameter] = field(default_factory=dict)
    source: str = ""

    def title(self, code: str) -> TitleRules:
        try:
            return self.titles[code]
        except KeyError:
            raise ValidationError(_("Bộ tiêu chí «{name}» không có tiêu chí cho danh hiệu «{code}».",
                                    name=self.name, code=code),
                                  field="title_code") from None

    def with_values(self, values: Mapping[str, Any]) -> RuleSet:
        """The same rule set with some parameters' values replaced (settings)."""
        params = {name: Parameter(p.name, values.get(name, p.value), p.text, p.basis, p.unconfirmed, p.setting)
                  for name, p in self.parameters.items()}
        return RuleSet(self.id, self.name, self.effective_from, self.basis, self.draft, self.titles, params,
                       self.source)

    def value(self, name: str) -> Any:
        try:
            return self.parameters[name].value
        except KeyError:
            raise ValidationError(_("Bộ tiêu chí «{name}» thiếu tham số «{name2}».",
                                    name=self.name, name2=name)) from None


def _criterion(data: Mapping[str, Any], where: str) -> Criterion:
    try:
        check = data["check"]
        if check not in CHECKS:
            raise ValidationError(_("{where}: phép kiểm tra «{check}» không có trong danh mục ({CHECKS}).",
                                    where=where, check=check, CHECKS=', '.join(sorted(CHECKS))))
        parts = tuple(_criterion(p, f"{where} › {p.get('id', '?')}") for p in data.get("parts", ()))
        applies_to = data.get("for")
        if applies_to is not None and applies_to not in APPLIES_TO:
            raise ValidationError(_("{where}: «for» phải là một trong {APPLIES_TO} (không phải «{applies_to}»).",
                                    where=where, APPLIES_TO=', '.join(APPLIES_TO), applies_to=applies_to))
        return Criterion(id=data["id"], check=check, params=dict(data.get("params", {})), text=data["text"],
                         basis=data.get("basis", ""), blocking=bool(data.get("blocking", True)), parts=parts,
                         applies_to=applies_to)
    except KeyError as exc:
        raise ValidationError(_("{where}: tiêu chí thiếu trường «{args}».", where=where, args=exc.args[0])) from None


def parse_rule_set(data: Mapping[str, Any], source: str = "") -> RuleSet:
    """A rule set from its JSON form; a clear message names what is wrong."""
    where = source or str(data.get("id", "?"))
    try:
        titles = {code: TitleRules(code, t["name"], t.get("basis", ""),
                                   tuple(_criterion(c, f"{where} › {code} › {c.get('id', '?')}")
                                         for c in t["criteria"]))
                  for code, t in data["titles"].items()}
        params = {name: Parameter(name, p["value"], p.get("text", name), p.get("basis", ""),
                                  bool(p.get("unconfirmed", False)), p.get("setting"))
                  for name, p in data.get("parameters", {}).items()}
        return RuleSet(id=data["id"], name=data["name"], effective_from=dt.date.fromisoformat(data["effective_from"]),
                       basis=data.get("basis", ""), draft=bool(data.get("draft", False)), titles=titles,
                       parameters=params, source=source)
    except KeyError as exc:
        raise ValidationError(_("Bộ tiêu chí «{where}» thiếu trường «{args}».",
                                where=where, args=exc.args[0])) from None
    except ValueError as exc:
        raise ValidationError(_("Bộ tiêu chí «{where}»: ngày hiệu lực không hợp lệ ({exc}).",
                                where=where, exc=exc)) from None


def load_rule_sets(folder: Path) -> list[RuleSet]:
    """Every rule set in ``folder`` (``*.json``), oldest first. A file with
    ``"extends": "<id>"`` takes the titles and parameters of that rule set and
    replaces only those it names (a decree amending a few titles)."""
    raw: dict[str, tuple[dict[str, Any], str]] = {}
    for path in sorted(Path(folder).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ValidationError(_("Không đọc được bộ tiêu chí «{path}»: {exc}", path=path.name, exc=exc)) from None
        raw[str(data.get("id", path.stem))] = (data, path.name)
    sets = [parse_rule_set(_extended(data, raw, name), name) for data, name in raw.values()]
    return sorted(sets, key=lambda s: s.effective_from)


def _extended(data: dict[str, Any], raw: Mapping[str, tuple[dict[str, Any], str]], name: str) -> dict[str, Any]:
    base_id = data.get("extends")
    if not base_id:
        return data
    if base_id not in raw:
        raise ValidationError(_("Bộ tiêu chí «{name}» kế thừa «{base_id}» nhưng không tìm thấy bộ đó.",
                                name=name, base_id=base_id))
    base = _extended(raw[base_id][0], raw, raw[base_id][1])
    return {**data, "titles": {**base.get("titles", {}), **data.get("titles", {})},
            "parameters": {**base.get("parameters", {}), **data.get("parameters", {})}}


def rule_set_in_force(sets: Iterable[RuleSet], year: int, include_drafts: bool = False) -> RuleSet:
    """The rule set judging ``year``: the latest one in force on 31/12 of the
    year (drafts only when asked)."""
    last_day = dt.date(year, 12, 31)
    candidates = [s for s in sets if s.effective_from <= last_day and (include_drafts or not s.draft)]
    if not candidates:
        raise ValidationError(_("Không có bộ tiêu chí thi đua nào có hiệu lực cho năm {year}.",
                                year=year), field="year")
    return max(candidates, key=lambda s: s.effective_from)


# --- the checks ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Context:
    rules: RuleSet
    year: int     # the judged year: whose results count
    on: dt.date   # the judging day: pending matters (a meeting's day, else review_date(year))
    title: str = ""  # the title whose criteria are being checked
    memo: dict[tuple[Nominee, str], tuple[VerdictKind, tuple[CriterionResult, ...]]] = field(
        default_factory=dict, compare=False)  # verdicts already reached (a member's LĐTT…)


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    explanation: str
    facts: dict[str, Any] = field(default_factory=dict)


Check = Callable[[Facts, Mapping[str, Any], Context], Result]
CHECKS: dict[str, Check] = {}


def check(name: str) -> Callable[[Check], Check]:
    def register(fn: Check) -> Check:
        CHECKS[name] = fn
        return fn
    return register


def _param(params: Mapping[str, Any], key: str, ctx: Context) -> Any:
    """A parameter, or a reference ``"$name"`` to a rule-set parameter."""
    value = params[key]
    if isinstance(value, str) and value.startswith("$"):
        return ctx.rules.value(value[1:])
    return value


def _unconfirmed(criterion: Criterion, rules: RuleSet) -> tuple[str, ...]:
    """The unconfirmed rule-set figures ``criterion`` (or one of its parts) rests on, as sentences."""
    names = [v[1:] for v in criterion.params.values() if isinstance(v, str) and v.startswith("$")]
    own = tuple(rules.parameters[n].sentence for n in names
                if n in rules.parameters and rules.parameters[n].unconfirmed)
    return tuple(dict.fromkeys(own + tuple(s for p in criterion.parts for s in _unconfirmed(p, rules))))


def title_name(rules: RuleSet, code: str) -> str:
    """«Name» of a title as the rule set calls it (the code when it has no rules for it)."""
    return f"«{rules.titles[code].name}»" if code in rules.titles else code


def _level(code: str) -> RatingLevel:
    return RatingLevel(code)


def _at_least(level: RatingLevel, minimum: RatingLevel) -> bool:
    return LEVEL_ORDER.index(level) >= LEVEL_ORDER.index(minimum)


def _pct(share: float) -> str:
    return f"{share * 100:.0f} %".replace(".", ",")


@check("rating_at_least")
def _rating_at_least(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """The judged year's task-completion rating is at least ``level`` (a rating decided
    after the year's end still counts for it)."""
    minimum = _level(_param(params, "level", ctx))
    level = facts.ratings.get(ctx.year)
    if level is None and ctx.year in facts.work_confirmations:  # a worker's year is confirmed, not rated
        return Result(Outcome.NOT_MET, _("Năm {year} không xếp loại mức độ hoàn thành nhiệm vụ (thôn, đơn vị xác "
                                         "nhận kết quả lao động thay cho xếp loại).", year=ctx.year), {"rating": None})
    if level is None:
        return Result(Outcome.UNKNOWN, _("Chưa có kết quả xếp loại năm {year}.", year=ctx.year), {"rating": None})
    ok = _at_least(level, minimum)
    return Result(Outcome.MET if ok else Outcome.NOT_MET,
                  _("Năm {year} xếp loại «{level}»",
                    year=ctx.year, level=label(level)) + ("." if ok else _(", thấp hơn «{minimum}».",
                                                                                 minimum=label(minimum))),
                  {"rating": level.value})


@check("years_rated_at_least")
def _years_rated_at_least(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """``count`` years (consecutive, ending with the judged year) rated at least ``level``."""
    minimum = _level(_param(params, "level", ctx))
    count = int(_param(params, "count", ctx))
    years = list(range(ctx.year - count + 1, ctx.year + 1))
    got = {y: facts.ratings.get(y) for y in years}
    used = {str(y): (lv.value if lv else None) for y, lv in got.items()}
    if any(lv is not None and not _at_least(lv, minimum) for lv in got.values()):
        bad = [str(y) for y, lv in got.items() if lv is not None and not _at_least(lv, minimum)]
        return Result(Outcome.NOT_MET, _("Năm {bad} không đạt mức «{minimum}».",
                                         bad=', '.join(bad), minimum=label(minimum)), {"ratings": used})
    reuse = bool(_param(params, "reuse", ctx)) if "reuse" in params else False
    spent = [y for y, codes in facts.titles.items() if ctx.title in codes and years[0] <= y < ctx.year]
    if spent and not reuse:
        return Result(Outcome.NOT_MET, _("Các năm {years}–{spent} đã được tính khi khen {rules} năm {spent}; cần "
                                         "{count} năm liên tục chưa được tính.",
                                         years=years[0], spent=max(spent), rules=title_name(ctx.rules, ctx.title),
                                         count=count),
                      {"ratings": used, "spent_years": spent})
    missing = [str(y) for y, lv in got.items() if lv is None]
    if missing:
        return Result(Outcome.UNKNOWN, _("Chưa có kết quả xếp loại năm {missing}.",
                                         missing=', '.join(missing)), {"ratings": used})
    return Result(Outcome.MET, _("{count} năm liên tục ({years}–{years2}) đạt «{minimum}».",
                                 count=count, years=years[0], years2=years[-1], minimum=label(minimum)),
                  {"ratings": used})


@check("has_title_this_year")
def _has_title_this_year(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """``title`` in the award history for the judged year (Luật TĐKT 2022, Điều 22)."""
    code = _param(params, "title", ctx)
    ok = facts.has_title(ctx.year, code)
    return Result(Outcome.MET if ok else Outcome.NOT_MET,
                  _("Năm {year} {value} có {rules} trong lịch sử khen thưởng.",
                    year=ctx.year, value=_("đã") if ok else _("chưa"), rules=title_name(ctx.rules, code)),
                  {"title": code, "year": ctx.year, "found": ok})


def streak(facts: Facts, code: str, last: int) -> list[int]:
    """The consecutive years holding ``code`` in the award history, ending with ``last``."""
    years = []
    while facts.has_title(last, code):
        years.append(last)
        last -= 1
    return sorted(years)


def _years(years: list[int]) -> str:
    return ", ".join(map(str, years))


@check("consecutive_titles")
def _consecutive_titles(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """``years`` times in a row ``title`` (e.g. CSTĐCS for a Bằng khen), years ending with the
    judged year (Luật TĐKT 2022, Điều 22, 72). Rule-set data says
    which years the run must cover — ``through_judged_year``: it must reach the judged year
    itself (that year's own title recorded, or met now by its criteria), otherwise a run
    ending the year before also counts — and whether a run already used may qualify again
    (``reuse``): when not, years up to the last time the nominee received the title being
    judged are spent (one achievement is not rewarded twice)."""
    code = _param(params, "title", ctx)
    need = int(_param(params, "years", ctx))
    through_judged = bool(_param(params, "through_judged_year", ctx)) if "through_judged_year" in params else True
    reuse = bool(_param(params, "reuse", ctx)) if "reuse" in params else False
    name = title_name(ctx.rules, code)
    this_year = _member_reaches(facts, code, ctx) if through_judged else Outcome.MET
    if not through_judged:
        years = streak(facts, code, ctx.year if facts.has_title(ctx.year, code) else ctx.year - 1)
    elif this_year is Outcome.NOT_MET:  # the run is broken in the judged year itself
        years = []
    else:
        years = streak(facts, code, ctx.year - 1) + [ctx.year]
    spent = [y for y, codes in facts.titles.items() if ctx.title in codes and y < ctx.year] if not reuse else []
    used_up = [y for y in years if spent and y <= max(spent)]
    years = [y for y in years if y not in used_up]
    used = {"title": code, "years": years, "needed": need, "spent_years": used_up}
    notes = []
    if used_up:
        notes.append(_("các năm {used_up} đã được tính khi khen {rules} năm {spent}",
                       used_up=_years(used_up), rules=title_name(ctx.rules, ctx.title), spent=max(spent)))
    if through_judged and this_year is Outcome.NOT_MET:
        earlier = streak(facts, code, ctx.year - 1)
        notes.append(_("năm {year} không đạt {name}",
                       year=ctx.year, name=name) + (_(" (chuỗi trước đó: {earlier})",
                                                             earlier=_years(earlier)) if earlier else ""))
    elif ctx.year in years and not facts.has_title(ctx.year, code):
        notes.append(_("năm {year} {value}, chưa có quyết định",
                       year=ctx.year, value=_("đủ tiêu chí") if this_year is Outcome.MET else _("chưa đủ thông tin")))
    tail = f" ({'; '.join(notes)})" if notes else ""
    if len(years) >= need:
        outcome = Outcome.UNKNOWN if ctx.year in years and this_year is Outcome.UNKNOWN else Outcome.MET
        verb = _("Đã đạt") if outcome is Outcome.MET else _("Có thể đạt")
        return Result(outcome, _("{verb} {name} {n} năm liền: {years}{tail}.",
                                 verb=verb, name=name, n=len(years), years=_years(years), tail=tail), used)
    if years:
        return Result(Outcome.NOT_MET, _("Chỉ đạt {name} {n} năm liền: {years}, cần {need} năm{tail}.",
                                         name=name, n=len(years), years=_years(years), need=need, tail=tail),
                      used)
    return Result(Outcome.NOT_MET, _("Chưa có chuỗi {name} liên tục, cần {need} năm{tail}.",
                                     name=name, need=need, tail=tail), used)


def _initiatives(facts: Facts, params: Mapping[str, Any], ctx: Context) -> list[InitiativeFact]:
    scope = EffectScope(_param(params, "scope", ctx)) if "scope" in params else EffectScope.GRASSROOTS
    span = int(_param(params, "years", ctx)) if "years" in params else 1
    kinds = {InitiativeKind(k) for k in params.get("kinds", [k.value for k in InitiativeKind])}
    return [i for i in facts.initiatives
            if i.recognised and i.kind in kinds and ctx.year - span < i.year <= ctx.year
            and SCOPE_ORDER.index(i.scope) >= SCOPE_ORDER.index(scope)]


@check("initiative")
def _initiative(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """At least ``min_count`` recognised initiatives (or research topics, by
    ``kinds``) of at least ``scope`` in the last ``years`` years. Judged year: an
    initiative counts by the year it was applied (Luật TĐKT 2022, Điều 23 điểm b), its
    recognition whenever recorded (recognised in January, it still counts for the year)."""
    need = int(_param(params, "min_count", ctx)) if "min_count" in params else 1
    found = _initiatives(facts, params, ctx)
    used = {"initiatives": [{"id": i.id, "title": i.title, "year": i.year, "kind": i.kind.value,
                             "scope": i.scope.value} for i in found]}
    if len(found) >= need:
        return Result(Outcome.MET, _("Có: ") + "; ".join(f"«{i.title}» ({i.year})" for i in found) + ".", used)
    return Result(Outcome.NOT_MET, _("Có {count}/{need} sáng kiến, đề tài được công nhận phù hợp.",
                                     count=len(found), need=need), used)


@check("no_pending_matters")
def _no_pending_matters(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """No discipline (while its term runs), inspection, investigation or complaint
    pending on the judging day ``ctx.on`` (NĐ 152/2025/NĐ-CP, Điều 4: the bar holds while
    the matter is being considered, so it is looked at when the award is: on a council
    meeting's day, even after the judged year's end; see ``review_date``)."""
    pending = [m for m in facts.matters if is_pending(m.opened_on, m.resolved_on, ctx.on)]
    used = {"on": ctx.on.isoformat(), "pending": [{"id": m.id, "matter": m.matter.value,
                                                   "opened_on": m.opened_on.isoformat()} for m in pending]}
    if pending:
        return Result(Outcome.NOT_MET, "; ".join(_("{matter} từ {opened_on:%d/%m/%Y}, chưa kết thúc",
                                                   matter=label(m.matter), opened_on=m.opened_on)
                                                 for m in pending) + _(" (ngày xét {on:%d/%m/%Y}).", on=ctx.on), used)
    return Result(Outcome.MET, _("Không có vụ việc nào đang xử lý ngày {on:%d/%m/%Y}.", on=ctx.on), used)


def _disciplined_at_least(facts: Facts, form: DisciplineForm, year: int) -> list[MatterFact]:
    """Disciplines of ``form`` or heavier decided in ``year`` (a discipline counts in the year
    of its decision, whenever its case was opened: a judged-year fact, NĐ 86/2023 Điều 6,
    Luật TĐKT 2022 Điều 27–28, 72; a discipline decided after the year's end bars the
    nominee on a later meeting's day as a pending matter while its term runs)."""
    return [m for m in facts.matters if m.decided_in == year
            and DISCIPLINE_ORDER.index(m.form) >= DISCIPLINE_ORDER.index(form)]


def _discipline_text(m: MatterFact) -> str:
    return _("bị kỷ luật «{form}» (quyết định ngày {decision_date:%d/%m/%Y})",
             form=label(m.form), decision_date=m.decision_date)


@check("no_discipline_at_least")
def _no_discipline_at_least(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    form = DisciplineForm(_param(params, "form", ctx))
    found = _disciplined_at_least(facts, form, ctx.year)
    used = {"form": form.value, "disciplines": [{"id": m.id, "form": m.form.value if m.form else None}
                                                for m in found]}
    if found:
        text = _discipline_text(found[0])
        return Result(Outcome.NOT_MET, text[0].upper() + text[1:] + ".", used)
    return Result(Outcome.MET, _("Không bị kỷ luật từ «{form}» trở lên trong năm {year}.",
                                 form=label(form), year=ctx.year), used)


@check("no_member_discipline_at_least")
def _no_member_discipline_at_least(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """No member of the collective disciplined at ``form`` or heavier by a decision of the
    judged year (Luật TĐKT 2022, Điều 27–28, 72; see ``_disciplined_at_least``)."""
    form = DisciplineForm(_param(params, "form", ctx))
    hit = [(m, d) for m in facts.members for d in _disciplined_at_least(m, form, ctx.year)]
    used = {"form": form.value, "members": [{"name": m.name, "form": d.form.value if d.form else None}
                                            for m, d in hit]}
    if hit:
        return Result(Outcome.NOT_MET, "; ".join(f"{m.name} {_discipline_text(d)}" for m, d in hit) + ".", used)
    return Result(Outcome.MET, _("Không thành viên nào bị kỷ luật từ «{form}» trở lên.", form=label(form)), used)


@check("worked_months_at_least")
def _worked_months(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """Time worked in the judged year, from its rating's note; maternity leave counts as
    worked (NĐ 152/2025, Điều 4)."""
    need = float(_param(params, "months", ctx))
    if ctx.year not in facts.ratings:
        return Result(Outcome.UNKNOWN, _("Chưa có kết quả xếp loại năm {year} để biết thời gian công tác.",
                                         year=ctx.year),
                      {"rating": None})
    leave = facts.leave.get(ctx.year, Leave())
    worked = 12 - leave.other_months
    used = {"worked_months": worked, "maternity_months": leave.maternity_months, "other_leave_months": leave.other_months}
    note = _(" (nghỉ thai sản {maternity_months:g} tháng vẫn được tính)",
             maternity_months=leave.maternity_months) if leave.maternity_months else ""
    ok = worked >= need
    return Result(Outcome.MET if ok else Outcome.NOT_MET,
                  _("Thời gian công tác tính bình xét {worked:g} tháng (cần từ {need:g}){note}.",
                    worked=worked, need=need, note=note), used)


@check("work_confirmed")
def _work_confirmed(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """A worker's or farmer's judged year (Luật TĐKT 2022, Điều 24): productive work, exemplary
    compliance and part in the movement, as the village or unit confirmed it; without a
    confirmation, a task rating of at least ``level`` from the unit they work in."""
    found = facts.work_confirmations.get(ctx.year)
    if found is not None:
        by = f" ({found.by})" if found.by else ""
        used = {"confirmed": found.confirmed, "by": found.by}
        if found.confirmed:
            return Result(Outcome.MET, _("Thôn, đơn vị{by} xác nhận năm {year} lao động sản xuất có hiệu quả, "
                                         "gương mẫu chấp hành và tích cực tham gia phong trào.",
                                         by=by, year=ctx.year), used)
        return Result(Outcome.NOT_MET, _("Thôn, đơn vị{by} không xác nhận đạt tiêu chuẩn năm {year}.",
                                         by=by, year=ctx.year), used)
    if ctx.year in facts.ratings and "level" in params:
        return _rating_at_least(facts, params, ctx)
    return Result(Outcome.UNKNOWN, _("Chưa có xác nhận của thôn, đơn vị về năm {year}.",
                                     year=ctx.year), {"confirmed": None})


@check("achievement")
def _achievement(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """An achievement recorded in the judged year (an exemplar: điển hình, người tốt việc
    tốt; Luật TĐKT 2022, Điều 75)."""
    ok = ctx.year in facts.exemplar_years
    return Result(Outcome.MET if ok else Outcome.NOT_MET,
                  _("Năm {year} {value} thành tích, điển hình được biểu dương.",
                    year=ctx.year, value=_("có") if ok else _("chưa ghi nhận")),
                  {"exemplar_years": sorted(facts.exemplar_years)})


@check("culture_result")
def _culture_result(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """The village meeting's result for the household in the judged year (NĐ 86/2023/NĐ-CP: the
    village's bình xét comes before the commune chairman's decision): the
    village's confirmation of the year recorded for the household, or the
    title of the year already in the award history; without either, unknown."""
    code = _param(params, "title", ctx)
    if facts.has_title(ctx.year, code):
        return Result(Outcome.MET, _("Thôn đã bình xét đạt {rules} năm {year}.",
                                     rules=title_name(ctx.rules, code), year=ctx.year),
                      {"title": code, "found": True})
    found = facts.work_confirmations.get(ctx.year)
    if found is not None:
        by = f" ({found.by})" if found.by else ""
        used = {"title": code, "found": True, "confirmed": found.confirmed, "by": found.by}
        if found.confirmed:
            return Result(Outcome.MET, _("Thôn đã họp bình xét{by}: đạt {title} năm {year}.", by=by,
                                         title=title_name(ctx.rules, code), year=ctx.year), used)
        return Result(Outcome.NOT_MET, _("Thôn đã họp bình xét{by}: không đạt {title} năm {year}.", by=by,
                                         title=title_name(ctx.rules, code), year=ctx.year), used)
    return Result(Outcome.UNKNOWN, _("Chưa ghi nhận kết quả bình xét {rules} năm {year} của thôn.",
                                     rules=title_name(ctx.rules, code), year=ctx.year),
                  {"title": code, "found": False})


@check("registered")
def _registered(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """Registered for ``title`` in the judged year's emulation plan (not rejected)."""
    code = _param(params, "title", ctx)
    ok = (ctx.year, code) in facts.registered
    return Result(Outcome.MET if ok else Outcome.NOT_MET,
                  _("{value} đăng ký thi đua {rules} năm {year}.",
                    value=_("Đã") if ok else _("Chưa"), rules=title_name(ctx.rules, code), year=ctx.year),
                  {"title": code, "registered": ok})


@check("meets_title")
def _meets_title(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """Meets every blocking criterion of another title (e.g. CSTĐCS needs LĐTT), on the same
    judged year and judging day (Luật TĐKT 2022, Điều 23)."""
    code = _param(params, "title", ctx)
    name = title_name(ctx.rules, code)
    if facts.has_title(ctx.year, code):
        return Result(Outcome.MET, _("Đã được tặng {name} năm {year}.",
                                     name=name, year=ctx.year), {"title": code, "source": "history"})
    kind, criteria = _judge(facts, code, ctx)
    outcome = {VerdictKind.ELIGIBLE: Outcome.MET, VerdictKind.NOT_ELIGIBLE: Outcome.NOT_MET}.get(kind, Outcome.UNKNOWN)
    failing = [c.text for c in criteria if c.blocking and c.outcome is not Outcome.MET]
    text = (_("Đủ tiêu chí {name} năm {year}.", name=name, year=ctx.year) if outcome is Outcome.MET
            else _("Chưa đạt {name}: ", name=name) + "; ".join(failing) + ".")
    return Result(outcome, text, {"title": code, "source": "criteria", "verdict": kind.value})


def _member_reaches(member: Facts, code: str, ctx: Context) -> Outcome:
    """A member holds ``code`` this year: in the award history, or judged eligible now."""
    if member.has_title(ctx.year, code):
        return Outcome.MET
    if code not in ctx.rules.titles:
        return Outcome.NOT_MET
    kind, _ = _judge(member, code, ctx)
    return {VerdictKind.ELIGIBLE: Outcome.MET, VerdictKind.NOT_ELIGIBLE: Outcome.NOT_MET}.get(kind, Outcome.UNKNOWN)


def _share_result(outcomes: list[tuple[str, Outcome]], share: float, what: str) -> Result:
    total = len(outcomes)
    met = sum(o is Outcome.MET for _, o in outcomes)
    unknown = sum(o is Outcome.UNKNOWN for _, o in outcomes)
    used = {"members": total, "met": met, "unknown": unknown, "share_needed": share,
            "unknown_names": [n for n, o in outcomes if o is Outcome.UNKNOWN][:20]}
    if total == 0:
        return Result(Outcome.UNKNOWN, _("Chưa có danh sách thành viên."), used)
    text = _("{met}/{total} ({met2}) {what}; cần từ {share}",
             met=met, total=total, met2=_pct(met / total), what=what, share=_pct(share))
    # 1e-9: exactly 70 % passes
    if met / total + 1e-9 >= share:
        return Result(Outcome.MET, text + ".", used)
    if (met + unknown) / total + 1e-9 >= share:
        return Result(Outcome.UNKNOWN, text + _("; {n} người chưa đủ thông tin.", n=unknown), used)
    return Result(Outcome.NOT_MET, text + ".", used)


@check("members_share_with_title")
def _members_share_with_title(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """A ``share`` of the members (or the village's households) reaching ``title`` in the judged
    year, each judged on the same judging day (Luật TĐKT 2022, Điều 27; NĐ 86/2023, Điều 7)."""
    code = _param(params, "title", ctx)
    share = float(_param(params, "share", ctx))
    group = facts.households if params.get("of") == "households" else facts.members
    return _share_result([(m.name, _member_reaches(m, code, ctx)) for m in group], share,
                         _("đạt {rules}", rules=title_name(ctx.rules, code)))


@check("members_share_rated_at_least")
def _members_share_rated(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """A ``share`` of the members rated at least ``level`` in the judged year (Luật TĐKT 2022, Điều 27)."""
    minimum = _level(_param(params, "level", ctx))
    share = float(_param(params, "share", ctx))
    outcomes = []
    for m in facts.members:
        level = m.ratings.get(ctx.year)
        outcomes.append((m.name, Outcome.UNKNOWN if level is None
                         else Outcome.MET if _at_least(level, minimum) else Outcome.NOT_MET))
    return _share_result(outcomes, share, _("xếp loại từ «{minimum}»", minimum=label(minimum)))


@check("members_count_with_title")
def _members_count_with_title(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:
    """At least ``min_count`` members reaching ``title`` in the judged year (Luật TĐKT 2022, Điều 27)."""
    code = _param(params, "title", ctx)
    need = int(_param(params, "min_count", ctx))
    outcomes = [(m.name, _member_reaches(m, code, ctx)) for m in facts.members]
    met = [n for n, o in outcomes if o is Outcome.MET]
    unknown = sum(o is Outcome.UNKNOWN for _, o in outcomes)
    used = {"title": code, "met": met, "needed": need}
    text = _("{n} thành viên đạt {rules} (cần {need})",
             n=len(met), rules=title_name(ctx.rules, code), need=need)
    if len(met) >= need:
        return Result(Outcome.MET, text + ": " + ", ".join(met) + ".", used)
    if len(met) + unknown >= need:
        return Result(Outcome.UNKNOWN, text + _("; {n} người chưa đủ thông tin.", n=unknown), used)
    return Result(Outcome.NOT_MET, text + ".", used)


def _combine(parts: list[CriterionResult], any_of: bool) -> Outcome:
    outcomes = [p.outcome for p in parts]
    decisive, other = (Outcome.MET, Outcome.NOT_MET) if any_of else (Outcome.NOT_MET, Outcome.MET)
    if decisive in outcomes:
        return decisive
    return other if all(o is other for o in outcomes) else Outcome.UNKNOWN


def _route_sentence(parts: list[CriterionResult], any_of: bool) -> str:
    met = [p.text for p in parts if p.outcome is Outcome.MET]
    if any_of and met:
        return _("Đạt theo: ") + "; ".join(met) + "."
    if not any_of and len(met) == len(parts):
        return _("Đạt đủ: ") + "; ".join(met) + "."
    missing = [p.text for p in parts if p.outcome is not Outcome.MET]
    return (_("Chưa đạt điều kiện nào: ") if any_of else _("Chưa đạt: ")) + "; ".join(missing) + "."


def _evaluate(criterion: Criterion, facts: Facts, ctx: Context) -> CriterionResult:
    unconfirmed = _unconfirmed(criterion, ctx.rules)
    if criterion.check in ("any_of", "all_of"):
        parts = [_evaluate(p, facts, ctx) for p in criterion.parts if p.applies(facts)]
        outcome = _combine(parts, criterion.check == "any_of")
        used = {p.code: {"outcome": p.outcome.value, **p.facts} for p in parts}
        return CriterionResult(criterion.id, translate("RuleSet", criterion.text), outcome, criterion.basis, used,
                               criterion.blocking,
                               _route_sentence(parts, criterion.check == "any_of"), unconfirmed, tuple(parts))
    result = CHECKS[criterion.check](facts, criterion.params, ctx)
    return CriterionResult(criterion.id, translate("RuleSet", criterion.text), result.outcome, criterion.basis, result.facts,
                           criterion.blocking, result.explanation, unconfirmed)


@check("any_of")
def _any_of(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:  # evaluated by _evaluate
    raise AssertionError("any_of is evaluated with its parts")


@check("all_of")
def _all_of(facts: Facts, params: Mapping[str, Any], ctx: Context) -> Result:  # evaluated by _evaluate
    raise AssertionError("all_of is evaluated with its parts")


def _judge(facts: Facts, code: str, ctx: Context) -> tuple[VerdictKind, tuple[CriterionResult, ...]]:
    key = (facts.nominee, code)
    if key not in ctx.memo:
        own = dataclasses.replace(ctx, title=code)  # the same memo
        results = tuple(_evaluate(c, facts, own) for c in ctx.rules.title(code).criteria if c.applies(facts))
        ctx.memo[key] = verdict_kind(results), results
    return ctx.memo[key]


def verdict_kind(results: Iterable[CriterionResult]) -> VerdictKind:
    """Eligible when every blocking criterion is met; not eligible when one is
    not met; unknown otherwise. Non-blocking ones are warnings only."""
    blocking = [r.outcome for r in results if r.blocking]
    if Outcome.NOT_MET in blocking:
        return VerdictKind.NOT_ELIGIBLE
    if Outcome.UNKNOWN in blocking:
        return VerdictKind.UNKNOWN
    return VerdictKind.ELIGIBLE


def judge(facts: Facts, title_code: str, year: int, rules: RuleSet, on: dt.date | None = None,
          memo: dict | None = None) -> Verdict:
    """The verdict on ``facts``' nominee for ``title_code`` for the results of ``year``
    under ``rules``, pending matters judged on ``on`` (a council meeting's day; by default
    the year-end review's ``review_date``). ``memo`` (a dict kept across calls of the same
    year, day and rule set) saves judging a collective's members again."""
    ctx = Context(rules, year, on or review_date(year), memo if memo is not None else {})
    kind, results = _judge(facts, title_code, ctx)
    return Verdict(nominee=facts.nominee, nominee_name=facts.name, title_code=title_code, year=year,
                   rule_set=rules.id, rule_set_basis=rules.basis, verdict=kind, criteria=results,
                   title_name=rules.title(title_code).name, rule_set_name=rules.name)

