"""familyedu: a desktop case tracker for family-education guidance centers."""

__version__ = "0.1.0"
