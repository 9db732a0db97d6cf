"""field-level keys: users' key pairs, grants, sealed records' encrypted fields

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

Issue #12: a counselor's password and a copy of the files must not open sealed children's
records or other counselors' private notes. Each user gets an X25519 key pair (the private
half sealed under their password), field keys are granted per user (`key_grants`), a sealed
minor's identifying fields move into `sealed_fields` (encrypted), and private notes are
stored encrypted in place. Existing databases hold those in the clear until a user who may
read them signs in: `centers.clear_fields_left` says a sweep is still due (true here, so an
upgraded center is swept at its next sign-in). The recovery code also opens an escrow key
pair (`centers.escrow_*`, `escrow_grants`) that brings field keys back when every holder lost
them (a sole supervisor's password reset).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'user_keys',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('private_sealed', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'],
                                name=op.f('fk_user_keys_user_id_users')),
        sa.PrimaryKeyConstraint('user_id', name=op.f('pk_user_keys')),
    )
    op.create_table(
        'key_grants',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key_name', sa.String(length=40), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('recipient', sa.String(length=64), nullable=False),
        sa.Column('sealed_key', sa.Text(), nullable=False),
        sa.Column('granted_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'],
                                name=op.f('fk_key_grants_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_key_grants')),
        sa.UniqueConstraint('key_name', 'user_id', name=op.f('uq_key_grants_key_name_user_id')),
    )
    op.create_index('ix_key_grants_user_id', 'key_grants', ['user_id'], unique=False)
    op.create_table(
        'sealed_fields',
        sa.Column('minor_id', sa.Integer(), nullable=False),
        sa.Column('fields', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['minor_id'], ['minors.id'], ondelete='CASCADE',
                                name=op.f('fk_sealed_fields_minor_id_minors')),
        sa.PrimaryKeyConstraint('minor_id', name=op.f('pk_sealed_fields')),
    )
    op.create_table(
        'sealed_matches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('minor_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['minor_id'], ['minors.id'], ondelete='CASCADE',
                                name=op.f('fk_sealed_matches_minor_id_minors')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sealed_matches')),
    )
    op.create_index('ix_sealed_matches_digest', 'sealed_matches', ['digest'], unique=False)
    op.create_index(op.f('ix_sealed_matches_minor_id'), 'sealed_matches', ['minor_id'],
                    unique=False)
    op.create_table(
        'escrow_grants',
        sa.Column('key_name', sa.String(length=40), nullable=False),
        sa.Column('recipient', sa.String(length=64), nullable=False),
        sa.Column('sealed_key', sa.Text(), nullable=False),
        sa.Column('granted_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('key_name', name=op.f('pk_escrow_grants')),
    )
    op.add_column('centers', sa.Column('escrow_public', sa.String(length=64), nullable=True))
    op.add_column('centers', sa.Column('escrow_private', sa.Text(), nullable=True))
    op.add_column('centers', sa.Column('clear_fields_left', sa.Boolean(), nullable=False,
                                       server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table('centers') as batch:
        batch.drop_column('clear_fields_left')
        batch.drop_column('escrow_private')
        batch.drop_column('escrow_public')
    op.drop_table('escrow_grants')
    op.drop_index(op.f('ix_sealed_matches_minor_id'), table_name='sealed_matches')
    op.drop_index('ix_sealed_matches_digest', table_name='sealed_matches')
    op.drop_table('sealed_matches')
    op.drop_table('sealed_fields')
    op.drop_index('ix_key_grants_user_id', table_name='key_grants')
    op.drop_table('key_grants')
    op.drop_table('user_keys')
