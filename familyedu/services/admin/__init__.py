"""Running a center: accounts, the center's settings and categories, backups, the audit
trail's queries, exports, the recovery code and the database check."""
