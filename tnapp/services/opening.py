"""Opening the database a user asked for: the one rule the CLI and the GUI share."""

from __future__ import annotations

import os

from tnapp.domain.permissions import Actor
from tnapp.paths import demo_database_path
from tnapp.services.workspace import Workspace


def open_workspace(db: str | os.PathLike | None, demo: bool, actor: Actor | None = None) -> Workspace:
    """``db`` (a path or URL; ``None``: ``TNAPP_DB`` or the default file); with
    ``demo``, the demo database (``db`` or the default demo file), created and
    filled with the demo commune on first use."""
    if not demo:
        return Workspace.open(db, actor)
    ws = Workspace.open(db or demo_database_path(), actor)
    if ws.is_empty():
        ws.seed.load_demo()
        ws.seed.load_demo_cycle()
    return ws
