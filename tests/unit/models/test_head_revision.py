"""The constant the app starts with names the newest migration script."""

from alembic.script import ScriptDirectory

from familyedu.db import alembic_config
from familyedu.migrations import HEAD_REVISION


def test_head_revision_constant_matches_the_scripts() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD_REVISION
