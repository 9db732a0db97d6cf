"""Case work: cases and their list, minors, plans, sessions, mandatory reports, the
dashboard, figures, importing registers and transferring cases."""
