"""Frozen entry point of the desktop app (PyInstaller runs this as `familyedu`)."""

from familyedu.app import main

if __name__ == "__main__":
    raise SystemExit(main())
