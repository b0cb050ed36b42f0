"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 00:51:38.802176
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0001'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # The whole data model of the first release (Foundation).
    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_type', sa.String(length=40), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index('ix_attachment_owner', ['owner_type', 'owner_id'], unique=False)

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('label', sa.String(length=200), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_log_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_username'), ['username'], unique=False)

    op.create_table('award_title',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('nominee_kind', sa.Enum('individual', 'collective', 'household', 'village', name='nomineekind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('level', sa.Enum('commune', 'province', 'central', name='awardlevel', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('form', sa.Enum('title', 'commendation', name='awardform', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('authority', sa.String(length=200), nullable=False),
    sa.Column('basis', sa.String(length=300), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_award_title')),
    sa.UniqueConstraint('code', name=op.f('uq_award_title_code'))
    )
    op.create_table('commune',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('province', sa.String(length=100), nullable=False),
    sa.Column('place_name', sa.String(length=100), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commune')),
    sa.UniqueConstraint('code', name=op.f('uq_commune_code'))
    )
    op.create_table('complaint',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('sender', sa.String(length=200), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('handler', sa.String(length=100), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('state', sa.Enum('received', 'handling', 'resolved', 'withdrawn', name='complaintstate', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('result', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint'))
    )
    op.create_table('setting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('basis', sa.String(length=300), nullable=True),
    sa.Column('unconfirmed', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_setting'))
    )
    with op.batch_alter_table('setting', schema=None) as batch_op:
        batch_op.create_index('uq_setting_key_from', ['key', 'effective_from'], unique=True)

    op.create_table('council',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commune_id', sa.Integer(), nullable=False),
    sa.Column('term', sa.String(length=20), nullable=False),
    sa.Column('established_by', sa.String(length=100), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['commune_id'], ['commune.id'], name=op.f('fk_council_commune_id_commune'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council')),
    sa.UniqueConstraint('commune_id', 'term', name=op.f('uq_council_commune_id_term'))
    )
    op.create_table('document_number',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commune_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('KH', 'TTr', 'BC', 'BB', 'QĐ', 'TB', 'CV', name='documentkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('symbol', sa.String(length=40), nullable=False),
    sa.Column('summary', sa.String(length=400), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('state', sa.Enum('reserved', 'issued', 'cancelled', name='numberstate', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('reserved_at', sa.DateTime(), nullable=False),
    sa.Column('reserved_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint('seq >= 1', name=op.f('ck_document_number_seq_positive')),
    sa.ForeignKeyConstraint(['commune_id'], ['commune.id'], name=op.f('fk_document_number_commune_id_commune'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_number')),
    sa.UniqueConstraint('commune_id', 'year', 'kind', 'seq', name=op.f('uq_document_number_commune_id_year_kind_seq'))
    )
    op.create_table('movement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commune_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=400), nullable=False),
    sa.Column('kind', sa.Enum('yearly', 'thematic', name='movementkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('slogan', sa.String(length=300), nullable=True),
    sa.Column('launch_doc_number', sa.String(length=50), nullable=True),
    sa.Column('launch_date', sa.Date(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('stage', sa.Enum('goals_set', 'launched', 'checked', 'examples_spread', 'reviewed', name='movementstage', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('content', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['commune_id'], ['commune.id'], name=op.f('fk_movement_commune_id_commune'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_movement')),
    sa.UniqueConstraint('commune_id', 'code', name=op.f('uq_movement_commune_id_code'))
    )
    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commune_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=True),
    sa.Column('kind', sa.Enum('party', 'peoples_council', 'government', 'front', 'police', 'military', 'school', 'health', 'village', 'enterprise', name='unitkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active_from', sa.Date(), nullable=True),
    sa.Column('active_to', sa.Date(), nullable=True),
    sa.Column('head_name', sa.String(length=100), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint('active_to IS NULL OR active_from IS NULL OR active_to >= active_from', name=op.f('ck_unit_active_range')),
    sa.CheckConstraint('parent_id IS NULL OR parent_id <> id', name=op.f('ck_unit_not_own_parent')),
    sa.ForeignKeyConstraint(['commune_id'], ['commune.id'], name=op.f('fk_unit_commune_id_commune'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['parent_id'], ['unit.id'], name=op.f('fk_unit_parent_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit')),
    sa.UniqueConstraint('commune_id', 'code', name=op.f('uq_unit_commune_id_code'))
    )
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_commune_id'), ['commune_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_parent_id'), ['parent_id'], unique=False)

    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.Enum('admin', 'office', 'unit_reporter', 'secretary', 'leadership', name='role', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('password_hash', sa.String(length=300), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_app_user_unit_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('username', name=op.f('uq_app_user_username'))
    )
    op.create_table('household',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('head_name', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('members', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['village_id'], ['unit.id'], name=op.f('fk_household_village_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household')),
    sa.UniqueConstraint('village_id', 'code', name=op.f('uq_household_village_id_code'))
    )
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_village_id'), ['village_id'], unique=False)

    op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commune_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('area', sa.Enum('economy', 'culture_society', 'environment', 'defence_security', 'party_building', name='indicatorarea', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('unit_of_measure', sa.String(length=50), nullable=False),
    sa.Column('value_type', sa.Enum('number', 'percent', 'count', 'yes_no', name='valuetype', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('direction', sa.Enum('higher_better', 'lower_better', 'reach_value', name='direction', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('aggregation', sa.Enum('sum', 'average', 'weighted_average', 'latest', 'commune_only', name='aggregation', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('weight_indicator_id', sa.Integer(), nullable=True),
    sa.Column('frequency', sa.Enum('month', 'quarter', 'half_year', 'nine_months', 'year', name='periodkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('cumulative', sa.Boolean(), nullable=False),
    sa.Column('lead_unit_id', sa.Integer(), nullable=True),
    sa.Column('baseline_year', sa.Integer(), nullable=False),
    sa.Column('baseline_value', sa.Float(), nullable=True),
    sa.Column('min_value', sa.Float(), nullable=True),
    sa.Column('max_value', sa.Float(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint('min_value IS NULL OR max_value IS NULL OR min_value <= max_value', name=op.f('ck_indicator_bounds_order')),
    sa.ForeignKeyConstraint(['commune_id'], ['commune.id'], name=op.f('fk_indicator_commune_id_commune'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['lead_unit_id'], ['unit.id'], name=op.f('fk_indicator_lead_unit_id_unit'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['weight_indicator_id'], ['indicator.id'], name=op.f('fk_indicator_weight_indicator_id_indicator'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator')),
    sa.UniqueConstraint('commune_id', 'code', name=op.f('uq_indicator_commune_id_code'))
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_commune_id'), ['commune_id'], unique=False)

    op.create_table('initiative',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('initiative', 'research', name='initiativekind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('title', sa.String(length=400), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('recognised_by', sa.String(length=200), nullable=True),
    sa.Column('recognised_on', sa.Date(), nullable=True),
    sa.Column('scope', sa.Enum('grassroots', 'province', 'national', name='effectscope', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('decision_number', sa.String(length=50), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_initiative_unit_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiative'))
    )
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('council_id', sa.Integer(), nullable=False),
    sa.Column('held_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('planned', 'in_progress', 'closed', name='meetingstate', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('chaired_by', sa.String(length=100), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['council.id'], name=op.f('fk_meeting_council_id_council'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_council_id'), ['council_id'], unique=False)

    op.create_table('movement_unit',
    sa.Column('movement_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['movement_id'], ['movement.id'], name=op.f('fk_movement_unit_movement_id_movement'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_movement_unit_unit_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('movement_id', 'unit_id', name=op.f('pk_movement_unit'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=100), nullable=False),
    sa.Column('gender', sa.Enum('male', 'female', name='gender', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('position', sa.String(length=150), nullable=True),
    sa.Column('category', sa.Enum('cadre', 'civil_servant', 'public_employee', 'worker', 'citizen', name='staffcategory', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('status', sa.Enum('active', 'transferred', 'retired', 'resident', name='personstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint('birth_year IS NULL OR (birth_year >= 1900 AND birth_year <= 2100)', name=op.f('ck_person_birth_year_range')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_person_unit_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index('ix_person_identity', ['full_name', 'birth_year', 'unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_unit_id'), ['unit_id'], unique=False)

    op.create_table('proposal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('movement_id', sa.Integer(), nullable=True),
    sa.Column('title_id', sa.Integer(), nullable=False),
    sa.Column('proposing_unit_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.Enum('draft', 'submitted', 'approved', 'rejected', 'decided', 'withdrawn', name='proposalstate', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('wizard_step', sa.String(length=40), nullable=True),
    sa.Column('draft', sa.JSON(), nullable=True),
    sa.Column('submission_number_id', sa.Integer(), nullable=True),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['movement_id'], ['movement.id'], name=op.f('fk_proposal_movement_id_movement'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['proposing_unit_id'], ['unit.id'], name=op.f('fk_proposal_proposing_unit_id_unit'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['submission_number_id'], ['document_number.id'], name=op.f('fk_proposal_submission_number_id_document_number'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['title_id'], ['award_title.id'], name=op.f('fk_proposal_title_id_award_title'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal'))
    )
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.create_index('ix_proposal_year_state', ['year', 'state'], unique=False)

    op.create_table('unit_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('period_kind', sa.Enum('month', 'quarter', 'half_year', 'nine_months', 'year', name='periodkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('state', sa.Enum('draft', 'submitted', 'accepted', 'returned', name='reportstate', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('results_text', sa.Text(), nullable=True),
    sa.Column('difficulties_text', sa.Text(), nullable=True),
    sa.Column('proposals_text', sa.Text(), nullable=True),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('submitted_by', sa.String(length=64), nullable=True),
    sa.Column('accepted_at', sa.DateTime(), nullable=True),
    sa.Column('accepted_by', sa.String(length=64), nullable=True),
    sa.Column('return_reason', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_unit_report_unit_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_report')),
    sa.UniqueConstraint('unit_id', 'period', name=op.f('uq_unit_report_unit_id_period'))
    )
    with op.batch_alter_table('unit_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_report_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index('ix_unit_report_year_state', ['year', 'state'], unique=False)

    op.create_table('council_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('council_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('full_name', sa.String(length=100), nullable=False),
    sa.Column('position', sa.String(length=150), nullable=True),
    sa.Column('role', sa.Enum('chair', 'vice_chair', 'member', 'secretary', name='councilrole', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['council.id'], name=op.f('fk_council_member_council_id_council'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_council_member_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council_member'))
    )
    with op.batch_alter_table('council_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_council_member_council_id'), ['council_id'], unique=False)

    op.create_table('decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('number_id', sa.Integer(), nullable=True),
    sa.Column('summary', sa.String(length=400), nullable=False),
    sa.Column('state', sa.Enum('draft', 'signed', name='decisionstate', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('signer_name', sa.String(length=100), nullable=True),
    sa.Column('signer_title', sa.String(length=100), nullable=True),
    sa.Column('total_amount', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_decision_meeting_id_meeting'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['number_id'], ['document_number.id'], name=op.f('fk_decision_number_id_document_number'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision')),
    sa.UniqueConstraint('number_id', name=op.f('uq_decision_number_id'))
    )
    op.create_table('discipline_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('matter', sa.Enum('discipline', 'inspection', 'investigation', 'complaint', name='matterkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('form', sa.Enum('reprimand', 'warning', 'demotion', 'dismissal_from_post', 'dismissal', name='disciplineform', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('decision_number', sa.String(length=50), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('collective_id', sa.Integer(), nullable=True),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint('(CASE WHEN person_id IS NULL THEN 0 ELSE 1 END + CASE WHEN collective_id IS NULL THEN 0 ELSE 1 END + CASE WHEN household_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_discipline_record_one_nominee')),
    sa.CheckConstraint('resolved_on IS NULL OR resolved_on >= opened_on', name=op.f('ck_discipline_record_dates_order')),
    sa.ForeignKeyConstraint(['collective_id'], ['unit.id'], name=op.f('fk_discipline_record_collective_id_unit'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_discipline_record_household_id_household'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_discipline_record_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_discipline_record'))
    )
    with op.batch_alter_table('discipline_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_discipline_record_collective_id'), ['collective_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_discipline_record_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_discipline_record_person_id'), ['person_id'], unique=False)

    op.create_table('exemplar',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('advanced', 'good_deed', 'new_model', name='exemplarkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('happened_on', sa.Date(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('story', sa.Text(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('collective_id', sa.Integer(), nullable=True),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint('(CASE WHEN person_id IS NULL THEN 0 ELSE 1 END + CASE WHEN collective_id IS NULL THEN 0 ELSE 1 END + CASE WHEN household_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_exemplar_one_nominee')),
    sa.ForeignKeyConstraint(['collective_id'], ['unit.id'], name=op.f('fk_exemplar_collective_id_unit'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_exemplar_household_id_household'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_exemplar_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exemplar'))
    )
    with op.batch_alter_table('exemplar', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exemplar_collective_id'), ['collective_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exemplar_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exemplar_person_id'), ['person_id'], unique=False)

    op.create_table('indicator_responsible_unit',
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_indicator_responsible_unit_indicator_id_indicator'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_indicator_responsible_unit_unit_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('indicator_id', 'unit_id', name=op.f('pk_indicator_responsible_unit'))
    )
    op.create_table('indicator_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('left_indicator_id', sa.Integer(), nullable=False),
    sa.Column('operator', sa.String(length=2), nullable=False),
    sa.Column('right_indicator_id', sa.Integer(), nullable=False),
    sa.Column('message', sa.String(length=300), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint("operator IN ('<=', '<', '>=', '>', '=')", name=op.f('ck_indicator_rule_operator')),
    sa.CheckConstraint('left_indicator_id <> right_indicator_id', name=op.f('ck_indicator_rule_distinct_sides')),
    sa.ForeignKeyConstraint(['left_indicator_id'], ['indicator.id'], name=op.f('fk_indicator_rule_left_indicator_id_indicator'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['right_indicator_id'], ['indicator.id'], name=op.f('fk_indicator_rule_right_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_rule'))
    )
    op.create_table('indicator_target',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_indicator_target_indicator_id_indicator'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_indicator_target_unit_id_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_target'))
    )
    with op.batch_alter_table('indicator_target', schema=None) as batch_op:
        batch_op.create_index('uq_indicator_target_commune', ['indicator_id', 'year'], unique=True, sqlite_where=sa.text('unit_id IS NULL'), postgresql_where=sa.text('unit_id IS NULL'))
        batch_op.create_index('uq_indicator_target_unit', ['indicator_id', 'year', 'unit_id'], unique=True, sqlite_where=sa.text('unit_id IS NOT NULL'), postgresql_where=sa.text('unit_id IS NOT NULL'))

    op.create_table('initiative_author',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_initiative_author_initiative_id_initiative'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_initiative_author_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('initiative_id', 'person_id', name=op.f('pk_initiative_author'))
    )
    op.create_table('movement_indicator',
    sa.Column('movement_id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_movement_indicator_indicator_id_indicator'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['movement_id'], ['movement.id'], name=op.f('fk_movement_indicator_movement_id_movement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('movement_id', 'indicator_id', name=op.f('pk_movement_indicator'))
    )
    op.create_table('proposal_nominee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('achievements', sa.Text(), nullable=True),
    sa.Column('eligibility', sa.JSON(), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('prize_amount', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('collective_id', sa.Integer(), nullable=True),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint('(CASE WHEN person_id IS NULL THEN 0 ELSE 1 END + CASE WHEN collective_id IS NULL THEN 0 ELSE 1 END + CASE WHEN household_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_proposal_nominee_one_nominee')),
    sa.ForeignKeyConstraint(['collective_id'], ['unit.id'], name=op.f('fk_proposal_nominee_collective_id_unit'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_proposal_nominee_household_id_household'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_proposal_nominee_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_proposal_nominee_proposal_id_proposal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_nominee'))
    )
    with op.batch_alter_table('proposal_nominee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_nominee_collective_id'), ['collective_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_nominee_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_nominee_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_nominee_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('registration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('movement_id', sa.Integer(), nullable=True),
    sa.Column('title_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('not_sent', 'pending', 'rejected', 'approved', name='registrationstate', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('reject_reason', sa.Text(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('collective_id', sa.Integer(), nullable=True),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint('(CASE WHEN person_id IS NULL THEN 0 ELSE 1 END + CASE WHEN collective_id IS NULL THEN 0 ELSE 1 END + CASE WHEN household_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_registration_one_nominee')),
    sa.ForeignKeyConstraint(['collective_id'], ['unit.id'], name=op.f('fk_registration_collective_id_unit'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_registration_household_id_household'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['movement_id'], ['movement.id'], name=op.f('fk_registration_movement_id_movement'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_registration_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['title_id'], ['award_title.id'], name=op.f('fk_registration_title_id_award_title'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_registration_unit_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registration'))
    )
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registration_collective_id'), ['collective_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_registration_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_registration_person_id'), ['person_id'], unique=False)
        batch_op.create_index('ix_registration_year_unit', ['year', 'unit_id'], unique=False)

    op.create_table('report_value',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_report_value_indicator_id_indicator'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['report_id'], ['unit_report.id'], name=op.f('fk_report_value_report_id_unit_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_value')),
    sa.UniqueConstraint('report_id', 'indicator_id', name=op.f('uq_report_value_report_id_indicator_id'))
    )
    with op.batch_alter_table('report_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_value_indicator_id'), ['indicator_id'], unique=False)

    op.create_table('task_rating',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('level', sa.Enum('HTXS', 'HTT', 'HT', 'KHT', name='ratinglevel', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('points', sa.Float(), nullable=True),
    sa.Column('rated_in_unit_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('collective_id', sa.Integer(), nullable=True),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint('(CASE WHEN person_id IS NULL THEN 0 ELSE 1 END + CASE WHEN collective_id IS NULL THEN 0 ELSE 1 END + CASE WHEN household_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_task_rating_one_nominee')),
    sa.CheckConstraint('points IS NULL OR (points >= 0 AND points <= 100)', name=op.f('ck_task_rating_points_range')),
    sa.ForeignKeyConstraint(['collective_id'], ['unit.id'], name=op.f('fk_task_rating_collective_id_unit'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_task_rating_household_id_household'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_task_rating_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['rated_in_unit_id'], ['unit.id'], name=op.f('fk_task_rating_rated_in_unit_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_rating'))
    )
    with op.batch_alter_table('task_rating', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_rating_collective_id'), ['collective_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_task_rating_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_task_rating_person_id'), ['person_id'], unique=False)
        batch_op.create_index('uq_task_rating_collective', ['year', 'collective_id'], unique=True, sqlite_where=sa.text('collective_id IS NOT NULL'), postgresql_where=sa.text('collective_id IS NOT NULL'))
        batch_op.create_index('uq_task_rating_person', ['year', 'person_id'], unique=True, sqlite_where=sa.text('person_id IS NOT NULL'), postgresql_where=sa.text('person_id IS NOT NULL'))

    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('nominee_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('presenter_note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['nominee_id'], ['proposal_nominee.id'], name=op.f('fk_agenda_item_nominee_id_proposal_nominee'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item')),
    sa.UniqueConstraint('meeting_id', 'nominee_id', name=op.f('uq_agenda_item_meeting_id_nominee_id'))
    )
    op.create_table('award_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('decision_number', sa.String(length=50), nullable=True),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('issuer', sa.String(length=200), nullable=True),
    sa.Column('amount', sa.Integer(), nullable=True),
    sa.Column('decision_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('collective_id', sa.Integer(), nullable=True),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint('(CASE WHEN person_id IS NULL THEN 0 ELSE 1 END + CASE WHEN collective_id IS NULL THEN 0 ELSE 1 END + CASE WHEN household_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_award_record_one_nominee')),
    sa.ForeignKeyConstraint(['collective_id'], ['unit.id'], name=op.f('fk_award_record_collective_id_unit'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], name=op.f('fk_award_record_decision_id_decision'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_award_record_household_id_household'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_award_record_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['title_id'], ['award_title.id'], name=op.f('fk_award_record_title_id_award_title'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_award_record'))
    )
    with op.batch_alter_table('award_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_award_record_collective_id'), ['collective_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_record_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_record_person_id'), ['person_id'], unique=False)
        batch_op.create_index('ix_award_record_year_title', ['year', 'title_id'], unique=False)

    op.create_table('meeting_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('present', 'absent_with_opinion', 'absent', name='attendance', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_attendance_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['council_member.id'], name=op.f('fk_meeting_attendance_member_id_council_member'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendance')),
    sa.UniqueConstraint('meeting_id', 'member_id', name=op.f('uq_meeting_attendance_meeting_id_member_id'))
    )
    op.create_table('tally',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('agree', sa.Integer(), nullable=False),
    sa.Column('disagree', sa.Integer(), nullable=False),
    sa.Column('invalid', sa.Integer(), nullable=False),
    sa.Column('written_agree', sa.Integer(), nullable=False),
    sa.Column('written_disagree', sa.Integer(), nullable=False),
    sa.Column('members_total', sa.Integer(), nullable=False),
    sa.Column('members_present', sa.Integer(), nullable=False),
    sa.Column('threshold_share', sa.Float(), nullable=False),
    sa.Column('threshold_base', sa.String(length=12), nullable=False),
    sa.Column('threshold_basis', sa.String(length=300), nullable=True),
    sa.Column('approved', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint("threshold_base IN ('all_members', 'present')", name=op.f('ck_tally_threshold_base')),
    sa.CheckConstraint('agree >= 0 AND disagree >= 0 AND invalid >= 0 AND written_agree >= 0 AND written_disagree >= 0', name=op.f('ck_tally_non_negative')),
    sa.CheckConstraint('round >= 1', name=op.f('ck_tally_round_positive')),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_tally_item_id_agenda_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tally')),
    sa.UniqueConstraint('item_id', 'round', name=op.f('uq_tally_item_id_round'))
    )


def downgrade() -> None:
    # The whole data model of the first release (Foundation).
    op.drop_table('tally')
    op.drop_table('meeting_attendance')
    with op.batch_alter_table('award_record', schema=None) as batch_op:
        batch_op.drop_index('ix_award_record_year_title')
        batch_op.drop_index(batch_op.f('ix_award_record_person_id'))
        batch_op.drop_index(batch_op.f('ix_award_record_household_id'))
        batch_op.drop_index(batch_op.f('ix_award_record_collective_id'))

    op.drop_table('award_record')
    op.drop_table('agenda_item')
    with op.batch_alter_table('task_rating', schema=None) as batch_op:
        batch_op.drop_index('uq_task_rating_person', sqlite_where=sa.text('person_id IS NOT NULL'), postgresql_where=sa.text('person_id IS NOT NULL'))
        batch_op.drop_index('uq_task_rating_collective', sqlite_where=sa.text('collective_id IS NOT NULL'), postgresql_where=sa.text('collective_id IS NOT NULL'))
        batch_op.drop_index(batch_op.f('ix_task_rating_person_id'))
        batch_op.drop_index(batch_op.f('ix_task_rating_household_id'))
        batch_op.drop_index(batch_op.f('ix_task_rating_collective_id'))

    op.drop_table('task_rating')
    with op.batch_alter_table('report_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_value_indicator_id'))

    op.drop_table('report_value')
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.drop_index('ix_registration_year_unit')
        batch_op.drop_index(batch_op.f('ix_registration_person_id'))
        batch_op.drop_index(batch_op.f('ix_registration_household_id'))
        batch_op.drop_index(batch_op.f('ix_registration_collective_id'))

    op.drop_table('registration')
    with op.batch_alter_table('proposal_nominee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_nominee_proposal_id'))
        batch_op.drop_index(batch_op.f('ix_proposal_nominee_person_id'))
        batch_op.drop_index(batch_op.f('ix_proposal_nominee_household_id'))
        batch_op.drop_index(batch_op.f('ix_proposal_nominee_collective_id'))

    op.drop_table('proposal_nominee')
    op.drop_table('movement_indicator')
    op.drop_table('initiative_author')
    with op.batch_alter_table('indicator_target', schema=None) as batch_op:
        batch_op.drop_index('uq_indicator_target_unit', sqlite_where=sa.text('unit_id IS NOT NULL'), postgresql_where=sa.text('unit_id IS NOT NULL'))
        batch_op.drop_index('uq_indicator_target_commune', sqlite_where=sa.text('unit_id IS NULL'), postgresql_where=sa.text('unit_id IS NULL'))

    op.drop_table('indicator_target')
    op.drop_table('indicator_rule')
    op.drop_table('indicator_responsible_unit')
    with op.batch_alter_table('exemplar', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exemplar_person_id'))
        batch_op.drop_index(batch_op.f('ix_exemplar_household_id'))
        batch_op.drop_index(batch_op.f('ix_exemplar_collective_id'))

    op.drop_table('exemplar')
    with op.batch_alter_table('discipline_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_discipline_record_person_id'))
        batch_op.drop_index(batch_op.f('ix_discipline_record_household_id'))
        batch_op.drop_index(batch_op.f('ix_discipline_record_collective_id'))

    op.drop_table('discipline_record')
    op.drop_table('decision')
    with op.batch_alter_table('council_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_council_member_council_id'))

    op.drop_table('council_member')
    with op.batch_alter_table('unit_report', schema=None) as batch_op:
        batch_op.drop_index('ix_unit_report_year_state')
        batch_op.drop_index(batch_op.f('ix_unit_report_unit_id'))

    op.drop_table('unit_report')
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.drop_index('ix_proposal_year_state')

    op.drop_table('proposal')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_unit_id'))
        batch_op.drop_index('ix_person_identity')

    op.drop_table('person')
    op.drop_table('movement_unit')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_council_id'))

    op.drop_table('meeting')
    op.drop_table('initiative')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_commune_id'))

    op.drop_table('indicator')
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_village_id'))

    op.drop_table('household')
    op.drop_table('app_user')
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_parent_id'))
        batch_op.drop_index(batch_op.f('ix_unit_commune_id'))

    op.drop_table('unit')
    op.drop_table('movement')
    op.drop_table('document_number')
    op.drop_table('council')
    with op.batch_alter_table('setting', schema=None) as batch_op:
        batch_op.drop_index('uq_setting_key_from')

    op.drop_table('setting')
    op.drop_table('complaint')
    op.drop_table('commune')
    op.drop_table('award_title')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_username'))
        batch_op.drop_index(batch_op.f('ix_audit_log_unit_id'))
        batch_op.drop_index('ix_audit_log_entity')
        batch_op.drop_index('ix_audit_log_at')

    op.drop_table('audit_log')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index('ix_attachment_owner')

    op.drop_table('attachment')
