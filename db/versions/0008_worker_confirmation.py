"""worker confirmation and discipline decision date

A worker's or farmer's year as the village or unit confirms it, and the date a
discipline was decided.

LĐTT for workers and farmers (Luật TĐKT 2022, Điều 24) rests on productive
work, exemplary compliance and part in the movement, confirmed by the village
or unit, not on a task-completion rating. The yearly rating row records it
(``work_confirmed``, ``confirmed_by``); ``level`` becomes optional, and a row
holds a level, a confirmation, or both.

A discipline counts in the year of its decision, whenever its case was opened:
``discipline_record.decided_on`` records that date.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 10:15:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0008'
down_revision: Union[str, None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

LEVEL = sa.Enum('HTXS', 'HTT', 'HT', 'KHT', name='ratinglevel', native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    with op.batch_alter_table('task_rating', schema=None) as batch_op:
        batch_op.add_column(sa.Column('work_confirmed', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('confirmed_by', sa.String(length=200), nullable=True))
        batch_op.alter_column('level', existing_type=LEVEL, nullable=True)
        batch_op.create_check_constraint(batch_op.f('ck_task_rating_level_or_confirmation'),
                                         'level IS NOT NULL OR work_confirmed IS NOT NULL')
    with op.batch_alter_table('discipline_record', schema=None) as batch_op:
        batch_op.add_column(sa.Column('decided_on', sa.Date(), nullable=True))
        batch_op.create_check_constraint(batch_op.f('ck_discipline_record_decided_after_opened'),
                                         'decided_on IS NULL OR decided_on >= opened_on')


def downgrade() -> None:
    with op.batch_alter_table('discipline_record', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_discipline_record_decided_after_opened'), type_='check')
        batch_op.drop_column('decided_on')
    op.execute("DELETE FROM task_rating WHERE level IS NULL")
    with op.batch_alter_table('task_rating', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_task_rating_level_or_confirmation'), type_='check')
        batch_op.alter_column('level', existing_type=LEVEL, nullable=False)
        batch_op.drop_column('confirmed_by')
        batch_op.drop_column('work_confirmed')
