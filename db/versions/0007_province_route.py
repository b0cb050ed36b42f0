"""province route: a proposal for a title above the commune that the council
passed is sent to the province (state "sent_to_province", the number of the
commune's Tờ trình to the province) and records the province's decision
(number, date, issuer)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 10:20:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: Union[str, None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

OLD_STATES = ('draft', 'submitted', 'approved', 'rejected', 'decided', 'withdrawn')
NEW_STATES = ('draft', 'submitted', 'approved', 'sent_to_province', 'rejected', 'decided', 'withdrawn')


def upgrade() -> None:
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('province_number_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('province_decision_number', sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column('province_decision_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('province_decision_issuer', sa.String(length=200), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_proposal_province_number_id_document_number'), 'document_number',
                                    ['province_number_id'], ['id'], ondelete='RESTRICT')
        batch_op.drop_constraint(batch_op.f('ck_proposal_proposalstate'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_proposal_proposalstate'), sa.column('state').in_(NEW_STATES))


def downgrade() -> None:
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_proposal_proposalstate'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_proposal_proposalstate'), sa.column('state').in_(OLD_STATES))
        batch_op.drop_constraint(batch_op.f('fk_proposal_province_number_id_document_number'), type_='foreignkey')
        batch_op.drop_column('province_decision_issuer')
        batch_op.drop_column('province_decision_date')
        batch_op.drop_column('province_decision_number')
        batch_op.drop_column('province_number_id')
