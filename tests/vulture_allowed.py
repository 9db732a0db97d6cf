# Names vulture reports at 80 % confidence that are used by something it cannot see
# (tests/unit/test_architecture.py passes this file to vulture; it is never imported).
# ruff: noqa
familyedu  # import for its side effect: the dashboard's modules loaded while the password is typed (familyedu/app.py)
parent_names  # Alembic's include_name hook signature (familyedu/migrations/autogen.py)
option  # Qt's QStyledItemDelegate.createEditor signature (familyedu/ui/workspace/goals_model.py)
