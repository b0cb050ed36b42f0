"""Seed data from files in ``db/seed/``: the defaults every database gets
(award catalogue, settings with their legal basis) and the demo commune."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnapp.domain.periods import Period
from tnapp.domain.permissions import Actor, Permission
from tnapp.domain.vocab import (
    Aggregation, AwardForm, AwardLevel, Direction, Gender, IndicatorArea, NomineeKind, PeriodKind, ReportState,
    StaffCategory, UnitKind, ValueType,
)
from tnapp.errors import TNAppError
from tnapp.i18n import _
from tnapp.models import (
    AwardTitle, Commune, Household, Indicator, IndicatorRule, IndicatorTarget, Person, ReportValue, Setting, Unit,
    UnitReport, ValueFollowUp,
)
from tnapp.models.base import utcnow
from tnapp.paths import seed_dir
from tnapp.services.base import Service
from tnapp.services.council import load_demo_council
from tnapp.services.emulation_seed import load_demo_emulation
from tnapp.services.people import PROFILE_FIELDS
from tnapp.services.seed_files import load_seed_file, seed_date


@dataclass(frozen=True)
class DemoSummary:
    units: int
    people: int
    indicators: int
    reports: int
    households: int


class SeedService(Service):
    def ensure_defaults(self) -> int:
        """Add the default award titles and settings that are missing; returns
        how many rows were added (0 when the database already has them all)."""
        folder = seed_dir() / "defaults"
        titles = load_seed_file(folder, "award_titles.json")
        settings = load_seed_file(folder, "settings.json")
        added = 0
        with self.ws.write(Permission.MAINTAIN_DATABASE, actor=Actor.system()) as session:
            known = set(session.scalars(select(AwardTitle.code)))
            for item in titles:
                if item["code"] not in known:
                    session.add(AwardTitle(
                        code=item["code"], name=item["name"], nominee_kind=NomineeKind(item["nominee_kind"]),
                        level=AwardLevel(item["level"]), form=AwardForm(item["form"]),
                        authority=item["authority"], basis=item.get("basis"), sort_order=item["sort_order"]))
                    added += 1
            present = {(key, start) for key, start in session.execute(select(Setting.key, Setting.effective_from))}
            for item in settings:
                start = seed_date(item["effective_from"])
                if (item["key"], start) not in present:
                    session.add(Setting(key=item["key"], value=item["value"], effective_from=start,
                                        basis=item.get("basis"), unconfirmed=item.get("unconfirmed", False),
                                        note=item.get("note")))
                    added += 1
        return added

    def load_demo(self) -> DemoSummary:
        """Fill an empty database with the demo commune (Thượng Ninh), in one
        transaction. Refused when the database already holds a commune."""
        self.ws.require(Permission.MAINTAIN_DATABASE)
        if not self.ws.is_empty():
            raise TNAppError(_("Cơ sở dữ liệu đã có dữ liệu của một xã; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống."))
        self.ensure_defaults()
        folder = seed_dir() / "demo"
        with self.ws.write(Permission.MAINTAIN_DATABASE, reason="Nạp dữ liệu mẫu") as session:
            return self._demo(session, folder)

    def load_demo_cycle(self) -> None:
        """Last year's award cycle of the demo commune, through the services (``tnapp.services.demo_cycle``)."""
        from tnapp.services.demo_cycle import load_demo_cycle
        self.ws.require(Permission.MAINTAIN_DATABASE)
        load_demo_cycle(self.ws)

    @staticmethod
    def _demo(session: Session, folder: Path) -> DemoSummary:
        info = load_seed_file(folder, "commune.json")
        commune = Commune(code=info["code"], name=info["name"], province=info["province"],
                          place_name=info["place_name"], is_demo=True)
        session.add(commune)
        session.flush()

        units: dict[str, Unit] = {}
        for item in load_seed_file(folder, "units.json"):
            unit = Unit(commune_id=commune.id, code=item["code"], name=item["name"], short_name=item.get("short_name"),
                        symbol=item.get("symbol"), kind=UnitKind(item["kind"]), sort_order=item["sort_order"],
                        head_name=item.get("head_name"),
                        active_from=seed_date(item.get("active_from")))
            if item.get("parent"):
                unit.parent = units[item["parent"]]
            units[item["code"]] = unit
            session.add(unit)
        session.flush()

        people = load_seed_file(folder, "people.json")
        for item in people:
            session.add(Person(full_name=item["full_name"], gender=Gender(item["gender"]),
                               birth_year=item.get("birth_year"), position=item.get("position"),
                               **{column: item.get(column) for column, _, _ in PROFILE_FIELDS},
                               unit_id=units[item["unit"]].id, category=StaffCategory(item["category"])))

        indicators: dict[str, Indicator] = {}
        for item in load_seed_file(folder, "indicators.json"):
            indicator = Indicator(
                commune_id=commune.id, code=item["code"], name=item["name"], area=IndicatorArea(item["area"]),
                unit_of_measure=item["unit_of_measure"], value_type=ValueType(item["value_type"]),
                direction=Direction(item["direction"]), aggregation=Aggregation(item["aggregation"]),
                frequency=PeriodKind(item["frequency"]), cumulative=item["cumulative"],
                lead_unit_id=units[item["lead_unit"]].id, baseline_year=item["baseline_year"],
                baseline_value=item["baseline_value"], min_value=item.get("min_value"),
                max_value=item.get("max_value"), sort_order=item["sort_order"],
                responsible_units=[units[c] for c in item["responsible_units"]],
                targets=[IndicatorTarget(year=int(y), value=v) for y, v in item["targets"].items()])
            if item.get("weight_indicator"):
                indicator.weight_indicator_id = indicators[item["weight_indicator"]].id
            indicators[item["code"]] = indicator
            session.add(indicator)
            session.flush()
        for item in load_seed_file(folder, "indicator_rules.json"):
            session.add(IndicatorRule(left=indicators[item["left"]], operator=item["operator"],
                                      right=indicators[item["right"]], message=item.get("message")))

        reports = load_seed_file(folder, "reports.json")
        for item in reports:
            period = Period.parse(item["period"])
            state = ReportState(item["state"])
            report = UnitReport(
                unit_id=units[item["unit"]].id, period=period.code, year=period.year, period_kind=period.kind,
                state=state, results_text=item.get("results_text"), difficulties_text=item.get("difficulties_text"),
                proposals_text=item.get("proposals_text"),
                values=[ReportValue(indicator_id=indicators[c].id, value=v) for c, v in item["values"].items()])
            # Sent a week after the period's end (on time) unless the item says how late; accepted two days later.
            sent = dt.datetime.combine(period.end + dt.timedelta(days=item.get("sent_days_after", 7)), dt.time(3))
            if state in (ReportState.SUBMITTED, ReportState.ACCEPTED):
                report.submitted_at, report.submitted_by = sent, "du-lieu-mau"
            if state is ReportState.ACCEPTED:
                report.accepted_at, report.accepted_by = sent + dt.timedelta(days=2), "du-lieu-mau"
            session.add(report)
        session.flush()
        for item in load_seed_file(folder, "followups.json"):  # values the office marked for checking
            report = session.scalar(select(UnitReport).where(UnitReport.unit_id == units[item["unit"]].id,
                                                             UnitReport.period == item["period"]))
            session.add(ValueFollowUp(report=report, indicator=indicators[item["indicator"]], comment=item["comment"],
                                      marked_by="du-lieu-mau", marked_at=utcnow()))

        households = load_seed_file(folder, "households.json")
        for item in households:
            session.add(Household(village_id=units[item["village"]].id, code=item["code"],
                                  head_name=item["head_name"], address=item.get("address"),
                                  members=item.get("members")))
        session.flush()
        load_demo_emulation(session, folder)  # movements, ratings, awards… (tnapp/services/emulation_seed.py)
        load_demo_council(session, folder)  # the council 2026–2031 (tnapp/services/council.py)
        return DemoSummary(len(units), len(people), len(indicators), len(reports), len(households))
