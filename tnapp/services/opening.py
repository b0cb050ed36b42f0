"""Opening the database a user asked for: the one rule the CLI and the GUI share."""

from __future__ import annotations

import os

from tnapp.domain.permissions import Actor
from tnapp.errors import DatabaseError
from tnapp.paths import demo_database_path
from tnapp.services.workspace import Workspace
from tnapp.storage.engine import resolve_url, sqlite_path

NOT_FOUND_MESSAGE = ("Không tìm thấy cơ sở dữ liệu «{path}». Kiểm tra lại đường dẫn, hoặc dùng "
                     "«tnapp --db \"{path}\" init» để tạo mới.")


def open_workspace(db: str | os.PathLike | None, demo: bool, actor: Actor | None = None,
                   existing: bool = False) -> Workspace:
    """``db`` (a path or URL; ``None``: ``TNAPP_DB`` or the default file); with
    ``demo``, the demo database (``db`` or the default demo file), created and
    filled with the demo commune on first use. With ``existing`` (every command
    but ``init``), an SQLite file that does not exist is refused, nothing created:
    a mistyped path is not a new empty database."""
    if not demo:
        path = sqlite_path(resolve_url(db)) if existing else None
        if path is not None and not path.exists():
            raise DatabaseError(NOT_FOUND_MESSAGE.format(path=path))
        return Workspace.open(db, actor)
    ws = Workspace.open(db or demo_database_path(), actor)
    if ws.is_empty():
        ws.seed.load_demo()
        ws.seed.load_demo_cycle()
    return ws
