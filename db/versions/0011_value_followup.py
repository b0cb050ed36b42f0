"""value follow-up marks

A value of a unit's report can be marked for checking with the office's
comment and later cleared with a reason (issue 17, item 2); every step is
audited. At most one open mark per value (partial unique index).

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-06 13:00:47.773265
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0011'
down_revision: Union[str, None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('value_followup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('marked_by', sa.String(length=64), nullable=False),
    sa.Column('marked_at', sa.DateTime(), nullable=False),
    sa.Column('cleared_by', sa.String(length=64), nullable=True),
    sa.Column('cleared_at', sa.DateTime(), nullable=True),
    sa.Column('clear_reason', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint('cleared_at IS NULL OR clear_reason IS NOT NULL', name=op.f('ck_value_followup_cleared_with_reason')),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_value_followup_indicator_id_indicator'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['report_id'], ['unit_report.id'], name=op.f('fk_value_followup_report_id_unit_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_value_followup'))
    )
    with op.batch_alter_table('value_followup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_value_followup_report_id'), ['report_id'], unique=False)
        batch_op.create_index('uq_value_followup_open', ['report_id', 'indicator_id'], unique=True, sqlite_where=sa.text('cleared_at IS NULL'), postgresql_where=sa.text('cleared_at IS NULL'))



def downgrade() -> None:
    with op.batch_alter_table('value_followup', schema=None) as batch_op:
        batch_op.drop_index('uq_value_followup_open', sqlite_where=sa.text('cleared_at IS NULL'), postgresql_where=sa.text('cleared_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_value_followup_report_id'))

    op.drop_table('value_followup')
