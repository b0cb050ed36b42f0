"""How ``ws.progress`` scales: one commune-year (1×) up to a province-sized
database (100×: 4 500 units, ≈ 5.2 million values), against one hand-written
SQL aggregate over the same rows in the same run. Goal: ratio ≤ 2.

    python bench/progress_bench.py                      # 1×, 10×, 100× on SQLite in /tmp
    python bench/progress_bench.py --scales 1,10        # a reduced run
    python bench/progress_bench.py --pg postgresql+psycopg://…  --scales 1,10   # PostgreSQL (emptied first)
    python bench/progress_bench.py --pg postgresql+psycopg://…/bench_{scale} --reuse   # one database per scale,
                                                                 # filled only when empty
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import build  # noqa: E402
from tnapp.services.workspace import Workspace  # noqa: E402

YEAR = 2026
RAW = text("""
    SELECT rv.indicator_id, ur.period, COUNT(rv.value), SUM(rv.value)
    FROM report_value rv JOIN unit_report ur ON ur.id = rv.report_id
    WHERE ur.year IN (:last, :year) AND ur.state IN ('submitted', 'accepted') AND rv.value IS NOT NULL
    GROUP BY rv.indicator_id, ur.period
""")


def medians(runs: int, *actions: Callable[[], object]) -> list[float]:
    """The median time of each action over ``runs`` rounds, the actions taking
    turns within a round (a busy machine slows both sides of a ratio alike)."""
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(runs):
        for action, spent in zip(actions, times):
            start = time.perf_counter()
            action()
            spent.append(time.perf_counter() - start)
    return [statistics.median(t) for t in times]


def _empty_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _counts(db: str) -> dict[str, int] | None:
    """What an already filled bench database holds (``None``: not filled)."""
    engine = create_engine(db if "://" in db else f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            units, indicators, reports, values = conn.execute(text(
                "SELECT (SELECT COUNT(*) FROM unit WHERE code LIKE 'S%'),"
                " (SELECT COUNT(*) FROM indicator WHERE code LIKE 'SYN%'),"
                " (SELECT COUNT(*) FROM unit_report), (SELECT COUNT(*) FROM report_value)")).one()
    except Exception:  # noqa: BLE001 — no tables yet
        return None
    finally:
        engine.dispose()
    return {"units": units, "indicators": indicators, "reports": reports, "values": values} if values else None


def run(scale: int, pg: str | None, folder: Path, runs: int, reuse: bool = False) -> dict[str, float]:
    db = pg.replace("{scale}", str(scale)) if pg else str(folder / f"progress-bench-{scale}x.sqlite")
    counts = _counts(db) if reuse and (pg or Path(db).exists()) else None
    built = float("nan")  # reused: built in an earlier run
    if counts is None:
        if pg:
            _empty_postgres(db)
        else:
            Path(db).unlink(missing_ok=True)
        start = time.perf_counter()
        counts = build(db, scale)
        built = time.perf_counter() - start
    ws = Workspace.open(db)
    ws.progress.compute(YEAR)  # warm the caches (both sides profit alike)
    with ws.engine.connect() as conn:
        conn.execute(RAW, {"last": YEAR - 1, "year": YEAR}).all()
        raw, model, unit = medians(runs, lambda: conn.execute(RAW, {"last": YEAR - 1, "year": YEAR}).all(),
                                   lambda: ws.progress.compute(YEAR),
                                   lambda: ws.progress.compute(YEAR, unit_code="S00001"))
    ws.close()
    return {"scale": scale, **counts, "build_s": built, "raw_s": raw, "progress_s": model, "unit_s": unit}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--pg", metavar="URL", help="a PostgreSQL database to empty and fill")
    parser.add_argument("--folder", default="/tmp")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--reuse", action="store_true", help="measure databases filled by an earlier run")
    args = parser.parse_args()
    results = [run(int(s), args.pg, Path(args.folder), args.runs, args.reuse) for s in args.scales.split(",")]
    backend = "PostgreSQL" if args.pg else "SQLite"
    print(f"{backend}: progress of year {YEAR} (all indicators, whole commune) vs one SQL aggregate")
    print(f"{'scale':>6} {'units':>6} {'values':>10} {'build s':>8} {'SQL s':>8} {'progress s':>11} "
          f"{'ratio':>6} {'growth':>7} {'unit view s':>12}")
    first = results[0]["progress_s"]
    for r in results:
        print(f"{r['scale']:>5}× {r['units']:>6} {r['values']:>10,} {r['build_s']:>8.1f} {r['raw_s']:>8.3f} "
              f"{r['progress_s']:>11.3f} {r['progress_s'] / r['raw_s']:>6.2f} {r['progress_s'] / first:>6.1f}× "
              f"{r['unit_s']:>12.3f}")


if __name__ == "__main__":
    main()
