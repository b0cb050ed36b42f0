"""progress index: a covering index of report values by indicator, report and value

The progress figures (``tnapp.services.progress``) read some indicators' values
in the year's reports ("latest", "commune only") and the weights of weighted
averages from the index alone, instead of every report value. It leads with
``indicator_id``, so it replaces the single-column index on that column.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 03:50:00
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0005'
down_revision: Union[str, None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('report_value', schema=None) as batch_op:
        batch_op.create_index('ix_report_value_indicator_report_value', ['indicator_id', 'report_id', 'value'],
                              unique=False)
        batch_op.drop_index(batch_op.f('ix_report_value_indicator_id'))


def downgrade() -> None:
    with op.batch_alter_table('report_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_value_indicator_id'), ['indicator_id'], unique=False)
        batch_op.drop_index('ix_report_value_indicator_report_value')
