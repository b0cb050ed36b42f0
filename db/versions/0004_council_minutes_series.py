"""council minutes series: the register's unique key includes the symbol, so
the council's minutes (BB-HĐTĐKT) are numbered apart from the committee's (BB-UBND)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 03:30:00
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0004'
down_revision: Union[str, None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # Each issuing body numbers its documents itself (NĐ 30/2020, Điều 15 and Phụ lục I, mục II.3): the
    # council's minutes "01/BB-HĐTĐKT" and the committee's "01/BB-UBND" are different numbers.
    with op.batch_alter_table('document_number', schema=None) as batch_op:
        batch_op.drop_constraint('uq_document_number_commune_id_year_kind_seq', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_document_number_commune_id_year_kind_symbol_seq'),
                                          ['commune_id', 'year', 'kind', 'symbol', 'seq'])


def downgrade() -> None:
    with op.batch_alter_table('document_number', schema=None) as batch_op:
        batch_op.drop_constraint('uq_document_number_commune_id_year_kind_symbol_seq', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_document_number_commune_id_year_kind_seq'),
                                          ['commune_id', 'year', 'kind', 'seq'])
