"""council vote counters, meeting end, decision items: the Ban kiểm phiếu of a
meeting (who signs the ballot-count record), the time the meeting ended (the
minutes give start and end), and the commune decision each agenda item went
into (the commune decides commune titles only; the rest go to the province).
Items approved at a meeting that already has a decision are linked to it, as
that decision held every approved item before.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 10:06:19.911484
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0006'
down_revision: Union[str, None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('vote_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_vote_counter_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['council_member.id'], name=op.f('fk_vote_counter_member_id_council_member'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote_counter')),
    sa.UniqueConstraint('meeting_id', 'member_id', name=op.f('uq_vote_counter_meeting_id_member_id'))
    )
    with op.batch_alter_table('vote_counter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vote_counter_meeting_id'), ['meeting_id'], unique=False)

    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('decision_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_agenda_item_decision_id_decision'), 'decision', ['decision_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ended_at', sa.DateTime(), nullable=True))

    op.execute(
        "UPDATE agenda_item SET decision_id = (SELECT max(d.id) FROM decision d WHERE d.meeting_id = agenda_item.meeting_id)"
        " WHERE EXISTS (SELECT 1 FROM tally t WHERE t.item_id = agenda_item.id AND t.approved"
        " AND t.round = (SELECT max(t2.round) FROM tally t2 WHERE t2.item_id = agenda_item.id))")



def downgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('ended_at')

    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_agenda_item_decision_id_decision'), type_='foreignkey')
        batch_op.drop_column('decision_id')

    with op.batch_alter_table('vote_counter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vote_counter_meeting_id'))

    op.drop_table('vote_counter')
