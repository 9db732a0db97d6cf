"""release record

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05

Which familyedu wrote each schema revision: `Database.upgrade` records (revision, version)
after every upgrade, in the same transaction. An older familyedu that meets a revision it does
not know reads the version from here and can tell the user which familyedu opens the file
("use familyedu 0.3.0 or newer") instead of only "a newer version". Not an ORM table: only
db.py reads and writes it (see migrations/autogen.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "familyedu_releases",
        sa.Column("schema_revision", sa.String(32), primary_key=True),
        sa.Column("familyedu_version", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("familyedu_releases")
