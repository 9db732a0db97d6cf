"""case transfers

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05

A case can move to another center (issue #17): the receiving center records where a case
came from (`case_transfers`: the sending center, its case number, when it was sent and
received, the file's SHA-256) and keeps the sending center's issued letters with their PDFs
(`transferred_letters`), which its own register (numbers, reprints) cannot hold.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'case_transfers',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('from_center', sa.String(length=200), nullable=False),
        sa.Column('from_case_number', sa.String(length=20), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
        sa.Column('received_by_id', sa.Integer(), nullable=False),
        sa.Column('file_sha256', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_case_transfers_case_id_cases')),
        sa.ForeignKeyConstraint(['received_by_id'], ['users.id'],
                                name=op.f('fk_case_transfers_received_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_case_transfers')),
        sa.UniqueConstraint('case_id', name=op.f('uq_case_transfers_case_id')),
    )
    op.create_table(
        'transferred_letters',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('transfer_id', sa.Integer(), nullable=False),
        sa.Column('reference', sa.String(length=60), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('issued_at', sa.DateTime(), nullable=False),
        sa.Column('recipient', sa.String(length=200), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('pdf', sa.LargeBinary(), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['transfer_id'], ['case_transfers.id'], ondelete='CASCADE',
                                name=op.f('fk_transferred_letters_transfer_id_case_transfers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_transferred_letters')),
    )
    op.create_index(op.f('ix_transferred_letters_transfer_id'), 'transferred_letters',
                    ['transfer_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_transferred_letters_transfer_id'), table_name='transferred_letters')
    op.drop_table('transferred_letters')
    op.drop_table('case_transfers')
