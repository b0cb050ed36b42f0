"""How long the overview's overdue list ("Cần chú ý", ``ws.attention.overdue_reports``)
takes on the demo commune, against a raw baseline in the same run: the hand-written SQL
the list needs at the least (who must report at which kind of period, and the reports
of the last two years).

    python bench/attention_bench.py [--runs 15]                       # SQLite in a temporary folder
    python bench/attention_bench.py --pg postgresql+psycopg://…       # PostgreSQL (emptied first)
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.progress_bench import YEAR, _empty_postgres, medians  # noqa: E402
from tnapp.domain.permissions import Actor  # noqa: E402
from tnapp.domain.vocab import Role  # noqa: E402
from tnapp.services.workspace import Workspace  # noqa: E402

TODAY = dt.date(YEAR, 12, 6)
EXPECTED = text("""
    SELECT DISTINCT i.frequency, iru.unit_id FROM indicator i
    JOIN indicator_responsible_unit iru ON iru.indicator_id = i.id WHERE i.active
""")
REPORTS = text("SELECT unit_id, period, state FROM unit_report WHERE year IN (:last, :year)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--pg", metavar="URL", help="a PostgreSQL database to empty and fill with the demo")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.pg:
            _empty_postgres(args.pg)
        ws = Workspace.open(args.pg or Path(folder) / "demo.sqlite", Actor("quan-tri", Role.ADMIN))
        ws.seed.load_demo()
        ws.sign_in(Actor("can-bo-vp", Role.OFFICE))

        def raw() -> None:
            with ws.engine.connect() as conn:
                conn.execute(EXPECTED).all()
                conn.execute(REPORTS, {"last": YEAR - 1, "year": YEAR}).all()

        found = ws.attention.overdue_reports(TODAY)  # warm the caches (both sides profit alike)
        raw()
        baseline, overdue = medians(args.runs, raw, lambda: ws.attention.overdue_reports(TODAY))
        ws.close()
    backend = "PostgreSQL" if args.pg else "SQLite"
    late = sum(len(o.units) for o in found)
    print(f"demo commune, {backend}, today {TODAY:%d/%m/%Y}, {args.runs} runs (medians): "
          f"{len(found)} periods overdue, {late} reports")
    print(f"overdue list (Cần chú ý)  {overdue * 1000:8.1f} ms")
    print(f"raw SQL baseline          {baseline * 1000:8.1f} ms   ratio: {overdue / baseline:.1f}")


if __name__ == "__main__":
    main()
