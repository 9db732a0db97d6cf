"""Frozen entry point of the command line (PyInstaller runs this as `familyedu-admin`)."""

from familyedu.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
