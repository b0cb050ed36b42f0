"""A synthetic province-sized database for the progress benchmark.

At scale ``s``: 45×s units (a commune has about 45; 100× is 4 500 units,
150 communes' worth of villages and offices at 30 each), 60 quarterly
indicators of every aggregation, six years of quarterly reports (2021–2026),
about 52 000×s values (100× ≈ 5.2 million). Sum, average and weighted
indicators are reported by every unit, "latest" ones too, "commune only" ones
by their lead unit. One report in 20 stays a draft (it must not count).

    python bench/synthetic.py /tmp/big.sqlite --scale 10
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from sqlalchemy import insert, text, update

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tnapp.domain.permissions import Actor  # noqa: E402
from tnapp.domain.vocab import Role  # noqa: E402
from tnapp.models import Indicator, IndicatorTarget, ReportValue, Unit, UnitReport  # noqa: E402
from tnapp.models.indicators import indicator_responsible_unit  # noqa: E402
from tnapp.services.workspace import Workspace  # noqa: E402

UNITS_PER_SCALE = 45
YEARS = range(2021, 2027)
# (aggregation, how many, reported by every unit)
KINDS = (("sum", 24, True), ("average", 15, True), ("weighted_average", 6, True), ("latest", 3, True),
         ("commune_only", 12, False))
CHUNK = 50_000


def _stamp() -> dict:
    now = dt.datetime(2026, 11, 1)
    return {"version": 1, "created_at": now, "updated_at": now, "updated_by": "bench"}


def build(db: str, scale: int, seed: int = 7) -> dict[str, int]:
    """Fill ``db`` (a new SQLite path or an empty PostgreSQL URL); returns the counts."""
    rng = random.Random(seed)
    ws = Workspace.open(db, Actor("quan-tri", Role.ADMIN))
    ws.seed.load_demo()  # the commune, its settings and its people: the synthetic rows go beside them
    commune = ws.commune.current()
    stamp = _stamp()
    with ws.engine.begin() as conn:
        conn.execute(update(Indicator).values(active=False))  # only the synthetic catalogue counts
        units = [{"commune_id": commune.id, "code": f"S{i:05d}", "name": f"Đơn vị tổng hợp {i}", "kind": "village",
                  "sort_order": 10_000 + i, **stamp} for i in range(UNITS_PER_SCALE * scale)]
        conn.execute(insert(Unit), units)
        unit_ids = [r[0] for r in conn.execute(
            Unit.__table__.select().with_only_columns(Unit.id).where(Unit.code.like("S%")).order_by(Unit.id))]
        indicators, n = [], 0
        for aggregation, count, _ in KINDS:
            for _ in range(count):
                n += 1
                indicators.append({
                    "commune_id": commune.id, "code": f"SYN{n:03d}", "name": f"Chỉ tiêu tổng hợp {n}",
                    "area": "economy", "unit_of_measure": "đv", "value_type": "number",
                    "direction": "lower_better" if n % 5 == 0 else "higher_better", "aggregation": aggregation,
                    "frequency": "quarter", "cumulative": n % 2 == 0, "baseline_year": 2020,
                    "baseline_value": 100.0, "lead_unit_id": unit_ids[0], "sort_order": n, "active": True,
                    **stamp})
        conn.execute(insert(Indicator), indicators)
        rows = conn.execute(Indicator.__table__.select().with_only_columns(Indicator.id, Indicator.aggregation)
                            .where(Indicator.code.like("SYN%")).order_by(Indicator.id)).all()
        by_all = [i for i, agg in rows if agg.value != "commune_only"]
        lead_only = [i for i, agg in rows if agg.value == "commune_only"]
        weight_id = by_all[0]
        conn.execute(update(Indicator).where(Indicator.aggregation == "weighted_average",
                                             Indicator.code.like("SYN%")).values(weight_indicator_id=weight_id))
        conn.execute(insert(indicator_responsible_unit),
                     [{"indicator_id": i, "unit_id": u} for i in by_all for u in unit_ids]
                     + [{"indicator_id": i, "unit_id": unit_ids[0]} for i in lead_only])
        conn.execute(insert(IndicatorTarget), [{"indicator_id": i, "year": y, "unit_id": None,
                                                "value": 100.0 * len(unit_ids), **stamp}
                                               for i, _ in rows for y in range(2021, 2031)])
        report_id = values = 0
        reports: list[dict] = []
        batch: list[dict] = []
        first_id = (conn.execute(UnitReport.__table__.select().with_only_columns(UnitReport.id)
                                 .order_by(UnitReport.id.desc()).limit(1)).scalar() or 0) + 1
        report_id = first_id
        for year in YEARS:
            for q in range(1, 5):
                for u in unit_ids:
                    state = "draft" if rng.random() < 0.05 else "accepted"
                    reports.append({"id": report_id, "unit_id": u, "period": f"{year}-Q{q}", "year": year,
                                    "period_kind": "quarter", "state": state,
                                    "submitted_at": dt.datetime(year, 3 * q, 28) if state != "draft" else None,
                                    **stamp})
                    for i in by_all + (lead_only if u == unit_ids[0] else []):
                        batch.append({"report_id": report_id, "indicator_id": i,
                                      "value": round(rng.uniform(20, 40) * q, 1), **stamp})
                    report_id += 1
                    if len(batch) >= CHUNK:
                        conn.execute(insert(UnitReport), reports)
                        conn.execute(insert(ReportValue), batch)
                        values += len(batch)
                        reports, batch = [], []
        if reports:
            conn.execute(insert(UnitReport), reports)
        if batch:
            conn.execute(insert(ReportValue), batch)
            values += len(batch)
    if ws.engine.dialect.name == "postgresql":  # what autovacuum does after a bulk load, at once
        with ws.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    ws.close()
    return {"units": len(unit_ids), "indicators": len(rows), "reports": report_id - first_id, "values": values}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db")
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    start = time.perf_counter()
    counts = build(args.db, args.scale)
    print(f"{counts} in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
