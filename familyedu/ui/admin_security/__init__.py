"""Administration widgets for backups and the audit trail (embedded by the shell's screen)."""

from familyedu.ui.admin_security.audit_viewer import AuditViewer
from familyedu.ui.admin_security.backup_panel import BackupPanel

__all__ = ["AuditViewer", "BackupPanel"]
