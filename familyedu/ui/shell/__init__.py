"""The main window's parts: the navigation between screens, the menus, the signed-in session."""
