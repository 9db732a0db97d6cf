"""Who is acting, on which database, at what time: passed to every service."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from familyedu.db import Database
from familyedu.models.enums import Role
from familyedu.security.crypto import KdfParams, production_kdf
from familyedu.services.core.field_crypto import Keyring


@dataclass(frozen=True)
class Actor:
    """The signed-in user. Services check every call against it."""

    user_id: int
    username: str
    display_name: str
    role: Role
    center_id: int
    must_change_password: bool = False  # set after an administrator's reset
    # The field keys opened with the password at sign-in (sealed records, private notes).
    keyring: Keyring = field(default_factory=Keyring, compare=False, repr=False)

    @property
    def is_supervisor(self) -> bool:
        """Whether the actor is a supervisor."""
        return self.role is Role.SUPERVISOR

    @property
    def is_admin(self) -> bool:
        """Whether the actor is an administrator."""
        return self.role is Role.ADMIN


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass
class SealedGrant:
    """A supervisor's stated reason to read sealed records for the rest of this session
    (every read is still audited as `sealed_access`, naming the reason)."""

    reason: str = ""


@dataclass(frozen=True)
class ServiceContext:
    """What the services of one signed-in person share: database, actor and clock."""

    db: Database
    actor: Actor
    clock: Callable[[], datetime] = field(default=_now)
    # argon2id cost for passwords set through this context (hashes and wrapped keys).
    password_cost: KdfParams = field(default_factory=production_kdf)
    # Shared by every service of this signed-in person (one Services bundle, one session).
    sealed_grant: SealedGrant = field(default_factory=SealedGrant, compare=False)

    def now(self) -> datetime:
        """The current time by the injected clock."""
        return self.clock()

    def today(self) -> date:
        """Today by the injected clock."""
        return self.clock().date()
