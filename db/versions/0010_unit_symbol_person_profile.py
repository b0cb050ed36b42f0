"""unit symbol and the person's profile fields

A unit numbers the papers it issues (its Tờ trình đề nghị khen thưởng, the list
sent with it) from its own register: ``unit.symbol`` is the abbreviation of its
name that follows the kind of paper in the number ("…/TTr-TrTHCS"; NĐ 30/2020,
Phụ lục III). UBND xã's document series then carries only UBND's own papers.

The individual Báo cáo thành tích asks the nominee's quê quán, nơi thường trú and
trình độ: ``person.hometown``, ``residence``, ``qualification`` (chuyên môn,
nghiệp vụ) and ``political_theory`` (lý luận chính trị).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 13:15:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0010'
down_revision: Union[str, None] = '0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('symbol', sa.String(length=20), nullable=True))
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hometown', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('residence', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('qualification', sa.String(length=150), nullable=True))
        batch_op.add_column(sa.Column('political_theory', sa.String(length=60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('political_theory')
        batch_op.drop_column('qualification')
        batch_op.drop_column('residence')
        batch_op.drop_column('hometown')
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.drop_column('symbol')
