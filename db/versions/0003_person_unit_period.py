"""person unit periods: which unit a person belonged to, and when

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-26 03:25:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0003'
down_revision: Union[str, None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # A person's unit in a given year (a rating names the unit the person belonged to that year).
    op.create_table('person_unit_period',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('from_date', sa.Date(), nullable=True),
    sa.Column('to_date', sa.Date(), nullable=True),
    sa.CheckConstraint('to_date IS NULL OR from_date IS NULL OR to_date >= from_date', name=op.f('ck_person_unit_period_date_range')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_unit_period_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_person_unit_period_unit_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_unit_period'))
    )
    with op.batch_alter_table('person_unit_period', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_unit_period_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_unit_period_unit_id'), ['unit_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('person_unit_period', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_unit_period_unit_id'))
        batch_op.drop_index(batch_op.f('ix_person_unit_period_person_id'))
    op.drop_table('person_unit_period')
