"""``ws.progress`` on SQLite and PostgreSQL: every combination rule, direction
and value type over reports in several states, missing reports, a unit's own
view, a village that joined mid-year, a target of 0, the road to 2030 — and
the same numbers in the CLI, the PDF and the Excel workbook."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from tnapp.cli import main
from tnapp.domain.formatting import format_number
from tnapp.domain.periods import Period
from tnapp.domain.permissions import Permission
from tnapp.domain.progress import ProgressStatus
from tnapp.domain.vocab import Aggregation, Direction, IndicatorArea, PeriodKind, ReportState, ValueType
from tnapp.errors import NotFoundError, ValidationError
from tnapp.models import Indicator, IndicatorTarget, ReportValue, Unit, UnitReport
from tnapp.services.workspace import Workspace

SENT = dt.datetime(2027, 4, 5, 8, 0)


def _indicator(session, commune_id: int, units: dict[str, Unit], code: str, aggregation: Aggregation, *,
               direction: Direction = Direction.HIGHER_BETTER, value_type: ValueType = ValueType.NUMBER,
               frequency: PeriodKind = PeriodKind.QUARTER, cumulative: bool = False, target: float,
               responsible: tuple[str, ...] = ("T01", "T02", "T03"), lead: str | None = None,
               weight: Indicator | None = None, baseline: float | None = None) -> Indicator:
    ind = Indicator(commune_id=commune_id, code=code, name=f"Chỉ tiêu {code}", area=IndicatorArea.ECONOMY,
                    unit_of_measure="đv", value_type=value_type, direction=direction, aggregation=aggregation,
                    frequency=frequency, cumulative=cumulative, baseline_year=2026, baseline_value=baseline,
                    lead_unit_id=units[lead].id if lead else None, sort_order=900,
                    weight_indicator_id=weight.id if weight else None)
    ind.responsible_units = [units[c] for c in responsible]
    ind.targets = [IndicatorTarget(year=2027, value=target)]
    session.add(ind)
    session.flush()
    return ind


def _report(session, unit: Unit, period: str, state: ReportState, values: dict[Indicator, float],
            sent: dt.datetime | None = SENT) -> UnitReport:
    p = Period.parse(period)
    report = UnitReport(unit_id=unit.id, period=p.code, year=p.year, period_kind=p.kind, state=state,
                        submitted_at=sent if state is not ReportState.DRAFT else None)
    report.values = [ReportValue(indicator_id=i.id, value=v) for i, v in values.items()]
    session.add(report)
    return report


@pytest.fixture
def year_2027(demo_ws: Workspace) -> Workspace:
    """Seven indicators of 2027 (one per rule) reported by three villages;
    T03's second-quarter report is still a draft."""
    commune = demo_ws.commune.current()
    with demo_ws.write(Permission.ACCEPT_REPORTS) as s:
        units = {u.code: u for u in s.scalars(select(Unit).where(Unit.commune_id == commune.id))}
        made = {}
        made["SUM"] = _indicator(s, commune.id, units, "P_SUM", Aggregation.SUM, cumulative=True, target=1000)
        made["AVG"] = _indicator(s, commune.id, units, "P_AVG", Aggregation.AVERAGE, target=50, baseline=40)
        made["HH"] = _indicator(s, commune.id, units, "P_HH", Aggregation.SUM, value_type=ValueType.COUNT,
                                target=500)
        made["W"] = _indicator(s, commune.id, units, "P_W", Aggregation.WEIGHTED_AVERAGE,
                               value_type=ValueType.PERCENT, target=80, weight=made["HH"])
        made["LAT"] = _indicator(s, commune.id, units, "P_LAT", Aggregation.LATEST, direction=Direction.REACH_VALUE,
                                 value_type=ValueType.PERCENT, target=31.5)
        made["ONE"] = _indicator(s, commune.id, units, "P_ONE", Aggregation.COMMUNE_ONLY,
                                 direction=Direction.LOWER_BETTER, value_type=ValueType.COUNT, cumulative=True,
                                 target=0, responsible=("T02",), lead="T02")
        made["YN"] = _indicator(s, commune.id, units, "P_YN", Aggregation.COMMUNE_ONLY,
                                direction=Direction.REACH_VALUE, value_type=ValueType.YES_NO,
                                frequency=PeriodKind.YEAR, target=1, responsible=("T02",), lead="T02")
        s.add(IndicatorTarget(indicator_id=made["SUM"].id, year=2027, unit_id=units["T01"].id, value=400))
        m = made
        _report(s, units["T01"], "2027-Q1", ReportState.ACCEPTED,
                {m["SUM"]: 100, m["AVG"]: 40, m["HH"]: 100, m["W"]: 70, m["LAT"]: 30}, SENT)
        _report(s, units["T02"], "2027-Q1", ReportState.ACCEPTED,
                {m["SUM"]: 150, m["AVG"]: 50, m["HH"]: 300, m["W"]: 90, m["LAT"]: 31, m["ONE"]: 0},
                SENT + dt.timedelta(days=2))
        _report(s, units["T03"], "2027-Q1", ReportState.SUBMITTED,
                {m["SUM"]: 50, m["AVG"]: 60, m["HH"]: 100, m["W"]: 80, m["LAT"]: 32}, SENT + dt.timedelta(days=1))
        _report(s, units["T01"], "2027-Q2", ReportState.ACCEPTED, {m["SUM"]: 300, m["AVG"]: 45})
        _report(s, units["T02"], "2027-Q2", ReportState.SUBMITTED, {m["SUM"]: 400, m["AVG"]: 55, m["ONE"]: 2})
        _report(s, units["T03"], "2027-Q2", ReportState.DRAFT, {m["SUM"]: 999, m["AVG"]: 99})
        _report(s, units["T02"], "2027", ReportState.ACCEPTED, {m["YN"]: 1})
    return demo_ws


def test_each_combination_rule_over_sent_reports_only(year_2027: Workspace) -> None:
    p = year_2027.progress.compute(2027)
    total = p.get("P_SUM")  # Q2 lacks T03 (a draft): the figure stays at the complete Q1
    assert (total.actual, str(total.as_of), total.reported, total.expected) == (300, "2027-Q1", 3, 3)
    assert (total.partial.value, total.partial.reported, total.partial_expected) == (700, 2, 3)
    assert total.percent == pytest.approx(0.3) and total.pace == pytest.approx(1.2)
    assert total.status is ProgressStatus.ON_TRACK and total.forecast is None  # one period: too early
    assert p.get("P_AVG").actual == 50
    assert p.get("P_W").actual == pytest.approx((70 * 100 + 90 * 300 + 80 * 100) / 500)
    assert p.get("P_W").status is ProgressStatus.ACHIEVED
    lat = p.get("P_LAT")
    assert lat.actual == 31 and lat.percent == pytest.approx(1 - 0.5 / 31.5)  # T02 sent last
    assert (lat.reported, lat.expected) == (3, 3)
    assert [r.code for r in p.indicators if r.code.startswith("P_")] == sorted(  # catalogue order
        ["P_SUM", "P_AVG", "P_HH", "P_W", "P_LAT", "P_ONE", "P_YN"])


def test_a_target_of_zero_a_yes_no_indicator_and_the_forecast(year_2027: Workspace) -> None:
    p = year_2027.progress.compute(2027)
    zero = p.get("P_ONE")  # lower is better, year-to-date, target 0: two cases already
    assert (zero.actual, str(zero.as_of), zero.percent, zero.status) == (2, "2027-Q2", 0.0, ProgressStatus.BEHIND)
    assert zero.forecast == 4 and zero.forecast_method == "linear"
    yes = p.get("P_YN")
    assert yes.actual == 1 and yes.status is ProgressStatus.ACHIEVED and yes.forecast_method == "actual"
    assert year_2027.progress.compute(2027, "2027-Q1").get("P_ONE").status is ProgressStatus.ON_TRACK
    assert year_2027.progress.compute(2027, "Q1").get("P_YN").status is ProgressStatus.NO_DATA  # not yet due


def test_accepting_the_missing_report_moves_the_figure(year_2027: Workspace) -> None:
    with year_2027.write(Permission.ACCEPT_REPORTS) as s:
        draft = s.scalars(select(UnitReport).where(UnitReport.period == "2027-Q2",
                                                   UnitReport.state == ReportState.DRAFT)).one()
        draft.state = ReportState.ACCEPTED
    total = year_2027.progress.compute(2027).get("P_SUM")
    assert (total.actual, str(total.as_of), total.partial) == (300 + 400 + 999, "2027-Q2", None)
    assert [v.value for v in total.series] == [300, 1699] and total.forecast == pytest.approx(3398)


def test_the_figures_totalled_and_picked_in_sql_are_those_of_the_rules(year_2027: Workspace) -> None:
    """``ws.progress`` totals and picks in SQL (no unit's row in Python): each
    figure must be what ``rules.combine`` gives over the units' rows — also for
    "commune only" when the lead unit has not reported (the first unit's value)."""
    from tnapp.domain.progress import UnitValue, combine
    from tnapp.services.progress import _figures, _unit_values

    with year_2027.write(Permission.ACCEPT_REPORTS) as s:
        one = s.scalars(select(Indicator).where(Indicator.code == "P_ONE")).one()
        one.lead_unit_id = s.scalars(select(Unit.id).where(Unit.code == "T03")).one()  # never reports P_ONE
        t01 = s.scalars(select(Unit).where(Unit.code == "T01")).one()
        _report(s, t01, "2027-Q3", ReportState.ACCEPTED, {one: 7})  # a second unit: T01 before T02
        t02_q3 = s.scalars(select(Unit).where(Unit.code == "T02")).one()
        _report(s, t02_q3, "2027-Q3", ReportState.ACCEPTED, {one: 9})
    with year_2027.read() as s:
        inds = list(s.scalars(select(Indicator).where(Indicator.code.like("P\\_%", escape="\\"))))
        figures = _figures(s, inds, [2027], None)
        rows = _unit_values(s, [i.id for i in inds], None, [2027])
    weights = {i.id: i.weight_indicator_id for i in inds}
    checked = 0
    for (ind_id, period), values in rows.items():
        ind = next(i for i in inds if i.id == ind_id)
        if weights[ind_id]:
            by_unit = {v.unit_id: v.value for v in rows.get((weights[ind_id], period), [])}
            values = [UnitValue(v.unit_id, v.value, by_unit.get(v.unit_id), v.sent_at) for v in values]
        assert figures[ind_id, period] == (pytest.approx(combine(ind.aggregation, values, ind.lead_unit_id)),
                                           len(values)), (ind.code, period)
        checked += 1
    assert checked >= 10 and figures[one.id, "2027-Q3"][0] == 7  # the lead is silent: the first unit, T01


def test_a_changed_rule_or_lead_unit_shows_in_the_next_figures(year_2027: Workspace) -> None:
    """The figures' statements are built once per set of indicator rules: a
    combination rule or a lead unit changed in between must show at once."""
    assert year_2027.progress.compute(2027, "Q1").get("P_LAT").actual == 31  # the report sent last: T02's

    def change(**fields: object) -> float | None:
        with year_2027.write(Permission.ACCEPT_REPORTS) as s:
            lat = s.scalars(select(Indicator).where(Indicator.code == "P_LAT")).one()
            for name, value in fields.items():
                setattr(lat, name, s.scalars(select(Unit.id).where(Unit.code == value)).one()
                        if name == "lead_unit_id" else value)
        return year_2027.progress.compute(2027, "Q1").get("P_LAT").actual

    assert change(aggregation=Aggregation.COMMUNE_ONLY, lead_unit_id="T03") == 32
    assert change(lead_unit_id="T01") == 30
    assert change(aggregation=Aggregation.SUM) == 30 + 31 + 32


def test_a_units_own_view_and_the_units_contributions(year_2027: Workspace) -> None:
    mine = year_2027.progress.compute(2027, unit_code="t01")
    assert {r.code for r in mine.indicators if r.code.startswith("P_")} == {"P_SUM", "P_AVG", "P_HH", "P_W", "P_LAT"}
    own = mine.get("P_SUM")
    assert (own.actual, own.target, own.expected, str(own.as_of)) == (300, 400, 1, "2027-Q2")
    assert own.percent == pytest.approx(0.75)
    parts = {c.unit_code: c for c in year_2027.progress.contributions("P_SUM", 2027)}
    assert [parts[c].value for c in ("T01", "T02", "T03")] == [100, 150, 50]
    assert parts["T01"].share == pytest.approx(1 / 3) and parts["T01"].percent == pytest.approx(0.25)
    with pytest.raises(NotFoundError):
        year_2027.progress.compute(2027, unit_code="KHONG")
    with pytest.raises(ValidationError):
        year_2027.progress.compute(2027, "2026-Q1")


def test_the_demo_year_missing_reports_and_a_village_that_joined_mid_year(demo_ws: Workspace) -> None:
    p = demo_ws.progress.compute(2026, "2026-Q3")
    poor = p.get("VH02")  # households: Q3 has 6 of its 10 villages (T10 joined on 1 July)
    assert (str(poor.as_of), poor.expected, poor.partial_expected, poor.partial.reported) == ("2026-Q2", 9, 10, 6)
    assert poor.direction is Direction.LOWER_BETTER and poor.percent == pytest.approx(93 / poor.actual)
    assert "T10" not in {c.unit_code for c in demo_ws.progress.contributions("VH02", 2026, "2026-Q3")}
    assert p.get("KT01").status is ProgressStatus.NO_DATA  # yearly: not reported yet
    assert sum(p.counts().values()) == len(p.indicators) == 27
    assert demo_ws.progress.compute(2026, "2026-Q1").get("VH02").as_of == Period.parse("2026-Q1")


def test_five_years_from_the_baseline_to_2030(demo_ws: Workspace) -> None:
    outlook = {o.code: o for o in demo_ws.progress.outlook(2026)}
    budget = outlook["KT04"]  # 15 200 in 2025, 15 546,4 forecast for 2026: +346,4 a year
    assert budget.baseline == 15200 and budget.targets[2030] == 23000
    assert budget.forecast_2030 == pytest.approx(15200 + 5 * 346.4)
    assert budget.percent_2030 == pytest.approx(budget.forecast_2030 / 23000)
    assert outlook["VH04"].forecast_2030 <= 100  # a rate stays inside its bounds
    assert outlook["KT01"].forecast_2030 is None and set(outlook["KT01"].results) == {2026, 2027, 2028, 2029, 2030}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _contains(lines: list[str], wanted: list[str]) -> bool:
    return any(lines[i:i + len(wanted)] == wanted for i in range(len(lines)))


def test_cli_pdf_and_excel_give_the_same_numbers(sqlite_demo: Workspace, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = sqlite_demo.location
    assert main(["--db", db, "progress", "--year", "2026", "--as-of", "2026-Q3", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 27 and {"code", "name", "unit_of_measure", "direction", "target", "actual",
                                   "percent", "status", "forecast"} <= set(records[0])
    files = {}
    for suffix in (".pdf", ".xlsx"):
        files[suffix] = tmp_path / f"tien-do{suffix}"
        assert main(["--db", db, "report", "progress", "--year", "2026", "--as-of", "2026-Q3",
                     "-o", str(files[suffix])]) == 0
    pdf = _lines("\n".join(page.extract_text() for page in PdfReader(files[".pdf"]).pages))
    sheet = load_workbook(files[".xlsx"])["Tiến độ"]
    excel = {row[1]: row for row in sheet.iter_rows(min_row=4, values_only=True)}
    with_data = [r for r in records if r["actual"] is not None]
    assert len(with_data) == 11
    for r in with_data:
        row = excel[r["name"]]
        assert (row[3], row[4], row[5], row[7]) == (r["target"], r["actual"], r["percent"], r["forecast"]), r["code"]
        printed = [format_number(r[k]) for k in ("target", "actual", "percent")]
        assert _contains(pdf, printed), (r["code"], printed)
    label = {s.value: s.label for s in ProgressStatus}
    counts = {s: sum(1 for r in records if r["status"] == s) for s in label}
    for status, n in counts.items():
        assert f"- {label[status]}: {n} chỉ tiêu" in pdf


def test_cli_text_output_and_a_unit(sqlite_demo: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", sqlite_demo.location, "progress", "--year", "2026", "--unit", "T01"]) == 0
    out = capsys.readouterr().out
    assert "đơn vị T01" in out and "KT03" in out and "KT01" not in out
    assert main(["--db", sqlite_demo.location, "progress", "--year", "2026", "--unit", "XX"]) == 2
    assert "Không có đơn vị mã «XX»" in capsys.readouterr().err


def test_the_report_in_word(demo_ws: Workspace) -> None:
    import docx

    from tnapp.documents.docx import render_docx
    buffer = io.BytesIO()
    render_docx(demo_ws.reports.build("progress", 2026, "2026-Q3", dt.date(2026, 11, 26)), buffer)
    word = docx.Document(io.BytesIO(buffer.getvalue()))
    assert any("Tổng sản lượng lương thực có hạt" in c.text for t in word.tables for r in t.rows for c in r.cells)
