"""Alembic migrations: the only way the schema changes.

HEAD_REVISION names the newest revision in versions/, so that opening an up-to-date
database needs one SELECT instead of importing Alembic and parsing every script (issue #7);
tests/unit/models/test_head_revision.py checks it against Alembic's own view.
"""

HEAD_REVISION = "0012"
