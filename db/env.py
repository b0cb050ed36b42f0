"""Alembic environment for TNApp.

The application passes an open connection (``config.attributes["connection"]``);
developers may also run ``alembic -c db/alembic.ini -x db=PATH_OR_URL revision
--autogenerate -m "..."`` from the repository root.
"""

from __future__ import annotations

from alembic import context

import tnapp.models  # noqa: F401 - registers every table on the metadata
from tnapp.models import Base
from tnapp.storage.engine import make_engine, resolve_url

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = resolve_url(context.get_x_argument(as_dictionary=True).get("db"))
    engine = make_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("TNApp migrations run online only (give -x db=PATH_OR_URL).")
run_migrations_online()
