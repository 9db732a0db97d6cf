"""`python -m familyedu` runs the administration command line."""

from familyedu.cli import main

raise SystemExit(main())
