"""Start the familyedu desktop app: `python main.py [--db URL] [--lang zh_CN|en]`."""

from familyedu.app import main

if __name__ == "__main__":
    raise SystemExit(main())
