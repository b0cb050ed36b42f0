"""How long the outlier scan of a whole period takes on the demo commune
(``ws.data_quality.outliers``: every unit × indicator of the period judged
against its own history), against one hand-written SQL query that only reads
the same rows (no judging) in the same run. The ratio says what the service
adds to the bare read: the ORM, the settings, the median/MAD per series.

    python bench/outliers_bench.py                       # SQLite in /tmp
    python bench/outliers_bench.py --pg postgresql+psycopg://…   # PostgreSQL (emptied first)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.progress_bench import _empty_postgres, medians  # noqa: E402
from tnapp.domain.permissions import Actor  # noqa: E402
from tnapp.domain.vocab import Role  # noqa: E402
from tnapp.services.workspace import Workspace  # noqa: E402

PERIOD = "2026-Q3"
RAW = text("""
    SELECT ur.unit_id, ur.period, rv.indicator_id, rv.value
    FROM unit_report ur JOIN report_value rv ON rv.report_id = ur.id
    WHERE ur.period_kind = 'quarter' AND ur.year <= 2026 AND rv.value IS NOT NULL
""")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", help="a PostgreSQL URL (its schema is emptied first)")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if args.pg:
        _empty_postgres(args.pg)
        db = args.pg
    else:
        db = str(Path(tempfile.mkdtemp(prefix="outliers-bench-")) / "demo.sqlite")
    with Workspace.open(db, Actor("quan-tri", Role.ADMIN)) as ws:
        ws.seed.load_demo()
        engine = create_engine(db if "://" in db else f"sqlite:///{db}")
        with engine.connect() as conn:
            rows = len(conn.execute(RAW).all())

            def raw() -> object:
                return conn.execute(RAW).all()

            found = ws.data_quality.outliers(PERIOD)
            service, baseline = medians(args.runs, lambda: ws.data_quality.outliers(PERIOD), raw)
        engine.dispose()
    print(f"{'sqlite' if not args.pg else 'postgresql'}: {rows} values read, {len(found)} outliers in {PERIOD}; "
          f"service {service * 1000:.1f} ms, raw SQL {baseline * 1000:.2f} ms, ratio {service / baseline:.1f}")


if __name__ == "__main__":
    main()
