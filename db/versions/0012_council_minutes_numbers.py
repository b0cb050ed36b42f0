"""council minutes numbers: the count record and the minutes of a meeting carry
numbers of the council's own series (BB-HĐTĐKT), taken when the meeting closes

Each issuing body numbers its documents itself through the year (NĐ 30/2020,
Điều 15); the council's count record and minutes are its documents. The
meeting keeps the register rows it took, so every reprint shows the same number.

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-06 13:10:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0012'
down_revision: Union[str, None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

COLUMNS = ('count_number_id', 'minutes_number_id')


def upgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        for column in COLUMNS:
            batch_op.add_column(sa.Column(column, sa.Integer(), nullable=True))
            batch_op.create_unique_constraint(batch_op.f(f'uq_meeting_{column}'), [column])
            batch_op.create_foreign_key(batch_op.f(f'fk_meeting_{column}_document_number'), 'document_number',
                                        [column], ['id'], ondelete='RESTRICT')


def downgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        for column in reversed(COLUMNS):
            batch_op.drop_constraint(batch_op.f(f'fk_meeting_{column}_document_number'), type_='foreignkey')
            batch_op.drop_constraint(batch_op.f(f'uq_meeting_{column}'), type_='unique')
            batch_op.drop_column(column)
