"""Encrypting what an older version left in the clear, all at once (a large upgraded center:
each sign-in otherwise encrypts field_crypto.SWEEP_BATCH private notes)."""

from __future__ import annotations

from familyedu.models import Center, Role, User
from familyedu.services.core import field_crypto
from familyedu.services.core.base import Service


class FieldSweepService(Service):
    """Encrypting every field an older version left in the clear, in batches."""

    def encrypt_a_batch(self, batch: int = 20_000) -> bool:
        """Encrypt up to `batch` private notes (and every sealed record) left in the clear,
        in one unit of work; True while more is left. Supervisors: they may read all.

        Raises:
            PermissionDenied: the user is not a supervisor.
        """
        self.require_role("encrypt_fields", Role.SUPERVISOR)
        with self.write() as s:
            center = s.get(Center, self.actor.center_id)
            user = s.get(User, self.actor.user_id)
            if center is None or user is None or not center.clear_fields_left:
                return False
            field_crypto.settle_at_sign_in(s, user, self.actor.keyring, self.ctx.password_cost,
                                           self.ctx.now(), batch=batch)
            return center.clear_fields_left
