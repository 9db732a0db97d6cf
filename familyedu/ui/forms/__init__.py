"""Reusable form parts: optional dates, errors shown beside fields, unsaved-change tracking."""

from familyedu.ui.forms.date_field import DateField, years_around
from familyedu.ui.forms.dirty import DirtyTracker, changed_signals
from familyedu.ui.forms.field_errors import FormErrors, error_label, set_highlight
from familyedu.ui.forms.fieldset import FieldSet, normalise

__all__ = ["DateField", "DirtyTracker", "FieldSet", "FormErrors", "changed_signals",
           "error_label", "normalise", "set_highlight", "years_around"]
