"""Who qualifies for which title in a year, and why (``ws.eligibility``).

The rules are data (``resources/rules/*.json``, read by
``tnapp.domain.eligibility_rules``); this service gathers the facts of a year
in a few bulk queries — ratings, award history, initiatives, discipline and
pending matters, exemplars, registrations — builds a ``Facts`` per person,
collective and household, and asks the pure engine for the verdicts. The
year-end review (bình xét) is ``review``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tnapp.domain.eligibility import Outcome, Verdict, VerdictKind
from tnapp.domain.eligibility_rules import (
    Facts, InitiativeFact, Leave, MatterFact, Parameter, RuleSet, WorkConfirmation, judge as judge_facts, leave_from_note,
    load_rule_sets, review_date, rule_set_in_force,
)
from tnapp.domain.emulation_rules import RATING_BASIS, Nominee, NomineeType, is_official, title_fits
from tnapp.domain.names import person_sort_key, vietnamese_key
from tnapp.domain.text import fold
from tnapp.domain.vocab import NomineeKind, PersonStatus, RatingLevel, RegistrationState, UnitKind
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _, label, translate
from tnapp.models import (
    AwardRecord, AwardTitle, DisciplineRecord, Exemplar, Household, Initiative, Person, Registration, TaskRating,
    Unit,
)
from tnapp.paths import resources_dir
from tnapp.services.base import Service
from tnapp.services.settings import setting_value

HISTORY_YEARS = 6  # enough for every streak a rule asks (3 CSTĐCS, 2 HTXS…)
REVIEWED_STATUSES = (PersonStatus.ACTIVE, PersonStatus.RESIDENT)


def rules_folder() -> Path:
    return resources_dir() / "rules"


@dataclass(frozen=True)
class RuleSetInfo:
    id: str
    name: str
    effective_from: dt.date
    basis: str
    titles: tuple[str, ...]
    draft: bool = False
    parameters: tuple[Parameter, ...] = ()
    title_names: tuple[str, ...] = ()  # the name of each title, in the order of ``titles``

    @property
    def unconfirmed(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.unconfirmed)

    @property
    def label(self) -> str:
        """The rule set as a person names it: its decrees and the day it applies from."""
        return _("{name}, áp dụng từ {effective_from:%d/%m/%Y}", name=translate("RuleSet", self.name),
                 effective_from=self.effective_from)

    def title_name(self, code: str) -> str:
        return dict(zip(self.titles, self.title_names)).get(code, code)


@dataclass(frozen=True)
class ReviewRow:
    """One nominee of the year-end review, with a verdict per title that fits it."""

    nominee: Nominee
    name: str
    unit_name: str
    verdicts: tuple[Verdict, ...]
    notes: tuple[str, ...] = ()  # warnings that are not a criterion (the HTXS cap)
    unit_id: int | None = None

    @property
    def qualifies(self) -> tuple[str, ...]:
        """The codes of the titles the nominee is eligible for."""
        return tuple(v.title_code for v in self.verdicts if v.verdict is VerdictKind.ELIGIBLE)

    @property
    def eligible_titles(self) -> tuple[str, ...]:
        """The names of the titles the nominee is eligible for."""
        return tuple(v.title for v in self.verdicts if v.verdict is VerdictKind.ELIGIBLE)

    @property
    def titles_not_reached(self) -> tuple[str, ...]:
        """The names of the titles not reached (not met, or not known yet)."""
        return tuple(v.title for v in self.verdicts if v.verdict is not VerdictKind.ELIGIBLE)

    @property
    def unknown(self) -> tuple[str, ...]:
        return tuple(v.title_code for v in self.verdicts if v.verdict is VerdictKind.UNKNOWN)

    @property
    def missing(self) -> tuple[str, ...]:
        """Per title not reached, a sentence: what is not met (or not known)."""
        out = []
        for v in self.verdicts:
            if v.verdict is not VerdictKind.ELIGIBLE:
                texts = [c.text for c in v.failures] or [_("{text} (chưa đủ thông tin)",
                                                           text=c.text) for c in v.unknowns]
                out.append(f"{v.title}: " + "; ".join(texts) + ".")
        return tuple(out)

    @property
    def pending(self) -> bool:
        return any(c.code == "no_pending_matters" and c.outcome is Outcome.NOT_MET
                   for v in self.verdicts for c in v.criteria)

    @property
    def warnings(self) -> tuple[str, ...]:
        """Pending matters, the HTXS cap, and non-blocking criteria not met
        (e.g. no registration) of the titles the nominee qualifies for."""
        out: list[str] = []
        if self.pending:
            pending = next(c for v in self.verdicts for c in v.criteria
                           if c.code == "no_pending_matters" and c.outcome is Outcome.NOT_MET)
            out.append(_("{value}; căn cứ: {basis}.", value=pending.explanation.rstrip('.'), basis=pending.basis))
        out.extend(self.notes)
        grouped: dict[str, list[str]] = {}  # a non-blocking criterion → the eligible titles missing it
        for v in self.verdicts:
            if v.verdict is VerdictKind.ELIGIBLE:
                for c in v.warnings:
                    grouped.setdefault(f"{c.text} — {label(c.outcome).lower()}", []).append(f"«{v.title}»")
        out.extend(f"{text}: {', '.join(codes)}." for text, codes in grouped.items())
        return tuple(out)

    def verdict(self, title_code: str) -> Verdict | None:
        return next((v for v in self.verdicts if v.title_code == title_code), None)


@dataclass
class _Year:
    """The facts of one year, loaded in bulk."""

    year: int                                           # the judged year
    on: dt.date                                         # the judging day (pending matters)
    rules: RuleSet
    titles: dict[str, tuple[str, NomineeKind]]          # code → (name, nominee kind), active catalogue
    people: dict[int, tuple[Person, str]] = field(default_factory=dict)         # id → (row, unit name)
    units: dict[int, Unit] = field(default_factory=dict)
    households: dict[int, Household] = field(default_factory=dict)
    facts: dict[Nominee, Facts] = field(default_factory=dict)
    rated_in: dict[int, int] = field(default_factory=dict)  # person → rating unit this year


def _info(rules: RuleSet) -> RuleSetInfo:
    return RuleSetInfo(rules.id, rules.name, rules.effective_from, rules.basis, tuple(rules.titles), rules.draft,
                       tuple(rules.parameters.values()), tuple(t.name for t in rules.titles.values()))


class EligibilityService(Service):
    def __init__(self, ws, rules_dir: Path | None = None, include_drafts: bool = False) -> None:
        super().__init__(ws)
        self.rules_dir = Path(rules_dir) if rules_dir else rules_folder()
        self.include_drafts = include_drafts

    # --- rule sets ---------------------------------------------------------------------------

    def _rule_sets(self) -> list[RuleSet]:
        return load_rule_sets(self.rules_dir)

    def rule_sets(self) -> list[RuleSetInfo]:
        """Every rule set shipped, oldest first (drafts included, marked)."""
        return [_info(r) for r in self._rule_sets()]

    def _rules_for(self, session: Session, year: int) -> RuleSet:
        rules = rule_set_in_force(self._rule_sets(), year, self.include_drafts)
        on = dt.date(year, 12, 31)
        values = {}
        for p in rules.parameters.values():
            if p.setting:
                try:
                    values[p.name] = setting_value(session, p.setting, on)
                except NotFoundError:
                    pass
        return rules.with_values(values)

    def rule_set_for(self, year: int) -> RuleSetInfo:
        """The rule set judging ``year``, with its parameters as set (settings override)."""
        with self.ws.read() as session:
            return _info(self._rules_for(session, year))

    # --- verdicts ----------------------------------------------------------------------------

    def judge(self, nominee: Nominee, title_code: str, year: int, on: dt.date | None = None) -> Verdict:
        """The verdict on ``nominee`` for ``title_code`` on the results of ``year``, by the rule
        set in force, pending matters as they stand on ``on`` (a council meeting's day, even
        after the year's end; by default the year-end review's day, ``review_date``)."""
        return self.judge_many([nominee], title_code, year, on)[0]

    def judge_many(self, nominees: Iterable[Nominee], title_code: str, year: int,
                   on: dt.date | None = None) -> list[Verdict]:
        """``judge`` for several nominees, the year's facts loaded once (a batch proposal)."""
        return self.judge_pairs(((n, title_code) for n in nominees), year, on)

    def judge_pairs(self, pairs: Iterable[tuple[Nominee, str]], year: int, on: dt.date | None = None
                    ) -> list[Verdict]:
        """``judge`` for several (nominee, title code) pairs, the year's facts loaded once
        (a council's agenda)."""
        data = self._load(year, on)
        memo: dict = {}
        return [self._judge_one(data, n, code, memo) for n, code in pairs]

    def _judge_one(self, data: _Year, nominee: Nominee, title_code: str, memo: dict) -> Verdict:
        facts = data.facts.get(nominee)
        if facts is None:
            raise ValidationError(_("Không tìm thấy đối tượng #{id} ({value}).",
                                    id=nominee.id, value=nominee.type.value), field="nominee")
        if title_code not in data.titles:
            raise ValidationError(_("Không có danh hiệu mã «{title_code}» trong danh mục.",
                                    title_code=title_code), field="title_code")
        name, kind = data.titles[title_code]
        if not title_fits(kind, nominee.type, self._unit_kind(data, nominee)):
            raise ValidationError(_("Danh hiệu «{name}» dành cho đối tượng «{kind}»; không xét cho «{facts}».",
                                    name=name, kind=label(kind), facts=facts.name), field="title_code")
        return judge_facts(facts, title_code, data.year, data.rules, on=data.on, memo=memo)

    def facts(self, nominee: Nominee, year: int) -> Facts:
        """The facts the engine sees about ``nominee`` in ``year``."""
        try:
            return self._load(year).facts[nominee]
        except KeyError:
            raise ValidationError(_("Không tìm thấy đối tượng #{id}.", id=nominee.id), field="nominee") from None

    def review(self, year: int, *, nominee_types: set[NomineeType] | None = None,
               title_codes: set[str] | None = None, unit_id: int | None = None,
               search: str | None = None, nominee: Nominee | None = None) -> list[ReviewRow]:
        """The year-end review: every active person, collective, household and
        village with a verdict per title that fits it (filters as in the GUI;
        ``nominee``: that one only, whatever their status)."""
        data = self._load(year)
        caps = self.ws.ratings.cap_checks(year)
        needle = fold(search) if search and search.strip() else None
        memo: dict = {}
        rows = []
        if nominee is not None and nominee not in data.facts:
            raise ValidationError(_("Không tìm thấy đối tượng #{id} ({value}).",
                                    id=nominee.id, value=nominee.type.value), field="nominee")
        wanted = [(nominee, data.facts[nominee])] if nominee is not None else data.facts.items()
        for nominee, facts in wanted:
            if nominee_types and nominee.type not in nominee_types:
                continue
            if len(wanted) > 1 and not self._reviewed(data, nominee):
                continue
            home, unit_name = self._home(data, nominee)
            if unit_id is not None and unit_id not in (home, nominee.id if nominee.type is NomineeType.COLLECTIVE
                                                       else None, self._parent(data, nominee)):
                continue
            if needle and needle not in fold(f"{facts.name} {unit_name}"):
                continue
            codes = [c for c, (_, kind) in data.titles.items()
                     if c in data.rules.titles and (not title_codes or c in title_codes)
                     and title_fits(kind, nominee.type, self._unit_kind(data, nominee))]
            if not codes:
                continue
            verdicts = tuple(judge_facts(facts, c, year, data.rules, on=data.on, memo=memo) for c in codes)
            rows.append(ReviewRow(nominee, facts.name, unit_name, verdicts,
                                  self._notes(data, nominee, caps), home))
        return sorted(rows, key=_row_key)

    # --- loading -----------------------------------------------------------------------------

    def _notes(self, data: _Year, nominee: Nominee, caps) -> tuple[str, ...]:
        if nominee.type is not NomineeType.PERSON:
            return ()
        facts = data.facts[nominee]
        cap = caps.get(data.rated_in.get(nominee.id))
        if facts.ratings.get(data.year) is RatingLevel.EXCELLENT and cap is not None and cap.exceeded:
            return (_("Đơn vị có {excellent} người xếp loại «{EXCELLENT}», vượt mức tối đa {allowed} người "
                      "({share:.0f} % số người «{GOOD}»; {RATING_BASIS}).",
                      excellent=cap.excellent, EXCELLENT=label(RatingLevel.EXCELLENT), allowed=cap.allowed,
                      share=cap.share * 100, GOOD=label(RatingLevel.GOOD), RATING_BASIS=RATING_BASIS),)
        return ()

    @staticmethod
    def _unit_kind(data: _Year, nominee: Nominee) -> UnitKind | None:
        unit = data.units.get(nominee.id) if nominee.type is NomineeType.COLLECTIVE else None
        return unit.kind if unit else None

    @staticmethod
    def _reviewed(data: _Year, nominee: Nominee) -> bool:
        if nominee.type is NomineeType.PERSON:  # active now, or rated in the year (retired since…)
            return data.people[nominee.id][0].status in REVIEWED_STATUSES or nominee.id in data.rated_in
        if nominee.type is NomineeType.COLLECTIVE:
            unit = data.units[nominee.id]
            last_day, first_day = dt.date(data.year, 12, 31), dt.date(data.year, 1, 1)
            return ((unit.active_from is None or unit.active_from <= last_day)
                    and (unit.active_to is None or unit.active_to >= first_day))
        return True

    @staticmethod
    def _home(data: _Year, nominee: Nominee) -> tuple[int | None, str]:
        if nominee.type is NomineeType.PERSON:
            person, unit_name = data.people[nominee.id]
            return person.unit_id, unit_name
        if nominee.type is NomineeType.COLLECTIVE:
            unit = data.units[nominee.id]
            parent = data.units.get(unit.parent_id) if unit.parent_id else None
            return unit.id, parent.name if parent else label(unit.kind)
        household = data.households[nominee.id]
        village = data.units.get(household.village_id)
        return household.village_id, village.name if village else ""

    @staticmethod
    def _parent(data: _Year, nominee: Nominee) -> int | None:
        if nominee.type is NomineeType.COLLECTIVE:
            return data.units[nominee.id].parent_id
        return None

    def _load(self, year: int, on: dt.date | None = None) -> _Year:
        """The results of ``year`` and earlier years, and the matters opened by the judging
        day ``on`` (by default ``review_date(year)``), in a handful of queries."""
        if not 1900 <= int(year) <= 2100:
            raise ValidationError(_("Năm {year} không hợp lệ.", year=year), field="year")
        with self.ws.read() as session:
            rules = self._rules_for(session, year)
            data = _Year(year, on or review_date(year), rules, {t.code: (t.name, t.nominee_kind) for t in session.scalars(
                select(AwardTitle).where(AwardTitle.active.is_(True)).order_by(AwardTitle.sort_order))})
            data.units = {u.id: u for u in session.scalars(select(Unit))}
            data.people = {p.id: (p, data.units[p.unit_id].name) for p in session.scalars(select(Person))}
            data.households = {h.id: h for h in session.scalars(select(Household))}
            first = year - HISTORY_YEARS

            ratings: dict[Nominee, dict[int, RatingLevel]] = defaultdict(dict)
            leave: dict[Nominee, dict[int, Leave]] = defaultdict(dict)
            confirmations: dict[Nominee, dict[int, WorkConfirmation]] = defaultdict(dict)
            for r in session.scalars(select(TaskRating).where(TaskRating.year.between(first, year))):
                nominee = Nominee.of(r)
                if r.level is not None:
                    ratings[nominee][r.year] = r.level
                if r.work_confirmed is not None:
                    confirmations[nominee][r.year] = WorkConfirmation(r.work_confirmed, r.confirmed_by)
                if r.note:
                    leave[nominee][r.year] = leave_from_note(r.note)
                if r.person_id is not None and r.year == year:
                    data.rated_in[r.person_id] = r.rated_in_unit_id or data.people[r.person_id][0].unit_id

            titles: dict[Nominee, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
            for record, code in session.execute(select(AwardRecord, AwardTitle.code).join(AwardTitle).where(
                    AwardRecord.year.between(first, year))):
                titles[Nominee.of(record)][record.year].add(code)

            initiatives: dict[Nominee, list[InitiativeFact]] = defaultdict(list)
            for i in session.scalars(select(Initiative).options(selectinload(Initiative.authors)).where(
                    Initiative.year.between(first, year))):
                fact = InitiativeFact(i.id, i.title, i.year, i.kind, i.scope,
                                      recognised=bool(i.recognised_on or i.decision_number or i.recognised_by))
                for author in i.authors:
                    initiatives[Nominee.person(author.id)].append(fact)

            matters: dict[Nominee, list[MatterFact]] = defaultdict(list)
            for d in session.scalars(select(DisciplineRecord).where(DisciplineRecord.opened_on <= data.on)):
                matters[Nominee.of(d)].append(MatterFact(d.id, d.matter, d.opened_on, d.resolved_on, d.form,
                                                         d.decided_on))

            exemplars: dict[Nominee, set[int]] = defaultdict(set)
            for e in session.scalars(select(Exemplar).where(Exemplar.year.between(first, year))):
                exemplars[Nominee.of(e)].add(e.year)

            registered: dict[Nominee, set[tuple[int, str]]] = defaultdict(set)
            for reg, code in session.execute(select(Registration, AwardTitle.code).join(AwardTitle).where(
                    Registration.year == year, Registration.state != RegistrationState.REJECTED)):
                registered[Nominee.of(reg)].add((reg.year, code))

        def facts(nominee: Nominee, name: str, members: Iterable[Facts] = (),
                  households: Iterable[Facts] = (), worker: bool = False) -> Facts:
            return Facts(nominee, name, dict(ratings.get(nominee, {})),
                         {y: frozenset(c) for y, c in titles.get(nominee, {}).items()},
                         tuple(initiatives.get(nominee, ())), tuple(matters.get(nominee, ())),
                         frozenset(exemplars.get(nominee, ())), frozenset(registered.get(nominee, ())),
                         dict(leave.get(nominee, {})), tuple(members), tuple(households),
                         worker, dict(confirmations.get(nominee, {})))

        by_unit: dict[int, list[Facts]] = defaultdict(list)
        for pid, (person, _rest) in data.people.items():
            nominee = Nominee.person(pid)
            data.facts[nominee] = f = facts(nominee, person.full_name, worker=not is_official(person.category))
            # A collective's members in the year: the people it rated that year (movers and
            # people retired since included), and its active people not yet rated.
            if pid in data.rated_in:
                by_unit[data.rated_in[pid]].append(f)
            elif person.status in REVIEWED_STATUSES:
                by_unit[person.unit_id].append(f)
        by_village: dict[int, list[Facts]] = defaultdict(list)
        for hid, household in data.households.items():
            nominee = Nominee.household(hid)
            data.facts[nominee] = f = facts(nominee, f"Hộ {household.head_name}")
            by_village[household.village_id].append(f)
        for uid, unit in data.units.items():
            nominee = Nominee.collective(uid)
            data.facts[nominee] = facts(nominee, unit.name, by_unit.get(uid, ()), by_village.get(uid, ()))
        return data


def _row_key(row: ReviewRow) -> tuple:
    rank = (NomineeType.COLLECTIVE, NomineeType.PERSON, NomineeType.HOUSEHOLD).index(row.nominee.type)
    name = person_sort_key(row.name) if row.nominee.type is NomineeType.PERSON else (vietnamese_key(row.name), ())
    return rank, vietnamese_key(row.unit_name), name
