"""audit log append-only: on PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE on audit_log

The application never changes or deletes an audit row; on a server several
PCs (and whoever has a database client) reach the table directly, so the
database refuses it too. Inserting stays allowed, so restoring with pg_restore
(data first, triggers after) and later upgrades work; a migration that ever
has to rewrite audit rows must say so and disable the trigger in its own
transaction (``ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only``).
Only the server's owner can drop the trigger, and that is itself an act on the
server, outside TNApp.

Nothing on SQLite: the file belongs to whoever holds it, who can drop any
trigger, and batch migrations rebuild tables (dropping their triggers), so a
trigger there would promise what it cannot keep.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 10:30:00
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0009'
down_revision: Union[str, None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""
        CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END
        $$""")
    op.execute("""
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()""")
    op.execute("""
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER audit_log_no_truncate ON audit_log")
    op.execute("DROP TRIGGER audit_log_append_only ON audit_log")
    op.execute("DROP FUNCTION audit_log_refuse_change()")
