"""Plain frozen values the administration services take and return."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UserView:
    """A user account as the user list shows it."""

    id: int
    username: str
    display_name: str
    role: str
    active: bool
