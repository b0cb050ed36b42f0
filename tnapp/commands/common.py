"""What the subcommands share: opening the workspace and printing results."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from tnapp.services import opening
from tnapp.services.base import to_json
from tnapp.services.workspace import Workspace


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The database named by ``--db``/``TNAPP_DB``, which must exist (only ``init``
    creates one), or with ``--demo`` the demo."""
    return opening.open_workspace(args.db, args.demo, existing=True)


def print_json(data: object) -> None:
    json.dump(to_json(data), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    for line in [list(headers)] + cells:
        print("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip())
