"""What every service shares: the unit of work and its context, the DTOs, validation,
the audit trail, numbering, search text and the field-level keys."""
