"""Alembic environment: runs on the connection familyedu hands over (never its own URL)."""

from __future__ import annotations

from alembic import context

from familyedu.migrations.autogen import include_name
from familyedu.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("familyedu migrations run through familyedu.db.Database.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
