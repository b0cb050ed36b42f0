"""What the subcommands share: opening the workspace and printing results."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from tnapp.paths import demo_database_path
from tnapp.services.base import to_json
from tnapp.services.workspace import Workspace


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The database named by ``--db``/``TNAPP_DB``; with ``--demo``, the demo
    database (created and filled on first use)."""
    if args.demo:
        ws = Workspace.open(args.db or demo_database_path())
        if ws.is_empty():
            ws.seed.load_demo()
        return ws
    return Workspace.open(args.db)


def print_json(data: object) -> None:
    json.dump(to_json(data), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    for line in [list(headers)] + cells:
        print("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip())
