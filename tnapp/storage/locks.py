"""One writer at a time for a read-then-insert: the next number of a series,
the first value of an empty cell.

Reading "what is there" and then inserting is a race between two PCs: both
read the same maximum (or the same empty cell) and both insert. ``exclusive``
makes the second wait, inside its own transaction, until the first has
committed, so that it reads the first one's row and acts on it (takes the
number after, or reports the conflict) instead of failing on a unique key:

- PostgreSQL: a transaction-level advisory lock on the key
  (``pg_advisory_xact_lock``), released by the commit or rollback. Under READ
  COMMITTED each later statement sees what the previous holder committed.
  ``SELECT … FOR UPDATE`` cannot do this: it locks rows that exist, and the
  first number of a year or the first value of a cell has no row yet.
- SQLite: the whole file has one writer. ``BEGIN IMMEDIATE`` takes the write
  lock before the read (waiting up to the busy timeout for another PC); a
  transaction that already wrote holds it since its first write.

A SAVEPOINT with a retry on the unique-key error was not chosen: on SQLite
(pysqlite) a SAVEPOINT opened before the transaction's first write starts a
transaction of its own that its RELEASE commits, breaking the caller's
all-or-nothing save; and every retry waits for the competitor anyway.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session


def _key(parts: tuple[object, ...]) -> int:
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def exclusive(session: Session, *key: object) -> None:
    """Hold, until ``session``'s transaction ends, the right to write what
    ``key`` names (``"document_number", commune_id, year, kind, symbol``)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(select(func.pg_advisory_xact_lock(_key(key))))
    elif connection.dialect.name == "sqlite" and not connection.connection.dbapi_connection.in_transaction:
        connection.execute(text("BEGIN IMMEDIATE"))
