"""Field keys in use: who holds which, sealing a minor's fields, private notes.

Key names are namespaced: `sealed/<token>` (read by the center's supervisors) and
`notes/<counselor id>/<token>` (read by that counselor and the supervisors). A namespace may
hold several keys: when nobody who is signed in holds the current one (a new supervisor not
yet granted it, a counselor whose password was reset), the writer starts a new key in the
namespace instead of ever writing in the clear; each value names the key it needs.

Grants are made by whoever holds a key, for every user entitled to it who lacks one (a new
supervisor, a reset password): at each sign-in of a holder (`settle_at_sign_in`) and whenever
a key is made. A disabled account loses its key pair and grants at once.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, event, insert, select, text, update
from sqlalchemy.orm import Session, attributes, object_session

from familyedu.models import (
    Case,
    Center,
    EscrowGrant,
    Guardian,
    GuidanceSession,
    KeyGrant,
    Letter,
    Minor,
    Role,
    SealedFields,
    SealedMatch,
    User,
    UserKey,
)
from familyedu.security import field_keys
from familyedu.security.crypto import DecryptionFailed, KdfParams, b64, random_key, unb64
from familyedu.services.core import search_text
from familyedu.services.core.messages import QT_TRANSLATE_NOOP

SEALED = "sealed"
NOTES = "notes"
MATCH = "match"
# What a sealed record keeps only encrypted; the plain columns hold these placeholders.
MINOR_SEALED_FIELDS = ("name", "resident_id", "school", "household_address", "current_address",
                       "risk_reason")
GUARDIAN_SEALED_FIELDS = ("name", "phone", "address", "works_where")
SEALED_NAME = "封存记录"
_MINOR_PLACEHOLDER: dict[str, Any] = {"name": SEALED_NAME, "resident_id": None, "school": "",
                                      "household_address": "", "current_address": "",
                                      "risk_reason": ""}
_GUARDIAN_PLACEHOLDER: dict[str, Any] = {"name": SEALED_NAME, "phone": "", "address": "",
                                         "works_where": ""}
REDACTED = "[sealed]"
ESCROW_ID = 0  # the escrow key pair's "user" in associated data (no account has id 0)
NO_SEALED_KEY = QT_TRANSLATE_NOOP(
    "Validation", "You do not hold the key of the sealed records yet: it is given to you at "
                  "the next sign-in of another supervisor.")


@dataclass
class Keyring:
    """The field keys a signed-in person holds, in memory for this session only. Grants are
    opened when a key is first needed (a supervisor holds a key per counselor), and with the
    private key at hand, grants made to them after they signed in are found as well."""

    keys: dict[str, bytes] = field(default_factory=dict, repr=False)
    user_id: int = 0
    private: bytes | None = field(default=None, repr=False)
    public: str = ""
    _unopened: dict[str, str] = field(default_factory=dict, repr=False)
    _by_namespace: dict[str, str] = field(default_factory=dict, repr=False)
    _seen_grant: int = 0

    def add(self, name: str, key: bytes) -> None:
        """Hold an opened key under its name."""
        self.keys[name] = key
        self._by_namespace.setdefault(_namespace(name), name)

    def get(self, name: str) -> bytes | None:
        """The named key, opening its grant the first time; None if not held (or damaged)."""
        sealed = self._unopened.pop(name, None)
        if sealed is not None and self.private is not None:
            with contextlib.suppress(DecryptionFailed):  # damaged: a holder renews it
                self.add(name, field_keys.open_grant(sealed, self.private, name,
                                                     self.user_id))
        return self.keys.get(name)

    def names(self) -> set[str]:
        """The names of every key held, opened or not yet."""
        return set(self.keys) | set(self._unopened)

    def in_namespace(self, namespace: str) -> str | None:
        """The name of a key held in the namespace, if any."""
        return self._by_namespace.get(namespace)

    def refresh(self, s: Session) -> None:
        """Note the grants made to this user since the last look (one indexed query)."""
        if self.private is None:
            return
        for grant_id, name, sealed in s.execute(
                select(KeyGrant.id, KeyGrant.key_name, KeyGrant.sealed_key).where(
                    KeyGrant.user_id == self.user_id, KeyGrant.recipient == self.public,
                    KeyGrant.id > self._seen_grant)):
            self._seen_grant = max(self._seen_grant, grant_id)
            if name not in self.keys:
                self._unopened[name] = sealed
                self._by_namespace.setdefault(_namespace(name), name)


def notes_namespace(counselor_id: int) -> str:
    """The namespace of the keys of a counselor's private session notes."""
    return f"{NOTES}/{counselor_id}"


def _namespace(key_name: str) -> str:
    return key_name.rpartition("/")[0]


# -- key pairs and grants -----------------------------------------------------------------

def set_password_key(s: Session, user: User, password: str, cost: KdfParams, now: datetime,
                     old_password: str | None = None) -> None:
    """Seal the user's private key under a new password. With the old password the key
    pair is kept; without it (an administrator's reset, recovery) a new pair is made and the
    user's grants wait for a holder to renew them."""
    existing = s.get(UserKey, user.id)
    private: bytes | None = None
    if existing is not None and old_password is not None:
        try:
            private = field_keys.unwrap_private(existing.private_sealed, old_password, user.id)
        except DecryptionFailed:
            private = None
    if private is None:
        private, public = field_keys.generate_keypair()
        s.execute(delete(KeyGrant).where(KeyGrant.user_id == user.id))
    else:
        public = field_keys.public_of(private)
    sealed = field_keys.wrap_private(private, password, user.id, cost)
    if existing is None:
        s.add(UserKey(user_id=user.id, public_key=b64(public), private_sealed=sealed,
                      updated_at=now))
    else:
        existing.public_key, existing.private_sealed, existing.updated_at = \
            b64(public), sealed, now


def forget_user_keys(s: Session, user_id: int) -> None:
    """A disabled account: its password must open no field key from now on."""
    s.execute(delete(KeyGrant).where(KeyGrant.user_id == user_id))
    s.execute(delete(UserKey).where(UserKey.user_id == user_id))


def start_unlock(s: Session, user_id: int, password: str) -> Future[bytes] | None:
    """Begin the argon2id work of `unlock` on another thread (argon2 releases the GIL), so
    that sign-in spends it beside the password check instead of after it."""
    stored = s.scalar(select(UserKey.private_sealed).where(UserKey.user_id == user_id))
    if stored is None:
        return None
    return _DERIVER.submit(field_keys.private_wrapping_key, stored, password)


_DERIVER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="field-keys")


def unlock(s: Session, user: User, password: str, cost: KdfParams, now: datetime,
           started: Future[bytes] | None = None) -> Keyring:
    """The keys granted to the user, opened with their password (which was just checked).
    An account from before field keys gets its key pair here."""
    stored = s.get(UserKey, user.id)
    private: bytes | None = None
    if stored is not None:
        with contextlib.suppress(DecryptionFailed):
            wrapping = started.result() if started is not None else None
            private = field_keys.unwrap_private(stored.private_sealed, password, user.id,
                                                wrapping)
    if stored is None or private is None:
        # No pair yet (an account from before field keys), or one sealed under an older
        # password (a copy restored): a new pair; the grants are renewed by a holder.
        set_password_key(s, user, password, cost, now)
        stored = s.get(UserKey, user.id)
        assert stored is not None
        private = field_keys.unwrap_private(stored.private_sealed, password, user.id)
    keyring = Keyring(user_id=user.id, private=private, public=stored.public_key)
    keyring.refresh(s)
    return keyring


def _entitled(s: Session, center_id: int, namespace: str) -> list[tuple[int, str]]:
    """(user id, public key) of the active accounts allowed to read the namespace."""
    people = s.execute(select(User.id, User.role, UserKey.public_key).join(
        UserKey, UserKey.user_id == User.id).where(User.center_id == center_id,
                                                   User.active.is_(True)))
    return [(uid, public) for uid, role, public in people if _may_read(namespace, uid, role)]


def _grant_to_escrow(s: Session, center_id: int, key_name: str, key: bytes,
                     now: datetime) -> None:
    center = s.get(Center, center_id)
    if center is None or not center.escrow_public:
        return
    have = s.get(EscrowGrant, key_name)
    if have is not None and have.recipient == center.escrow_public:
        return
    sealed = field_keys.grant(key, unb64(center.escrow_public), key_name, ESCROW_ID)
    if have is None:
        s.add(EscrowGrant(key_name=key_name, recipient=center.escrow_public,
                          sealed_key=sealed, granted_at=now))
    else:
        have.recipient, have.sealed_key, have.granted_at = center.escrow_public, sealed, now


def set_escrow(s: Session, center_id: int, code: str, cost: KdfParams, now: datetime) -> None:
    """A new escrow key pair sealed under the recovery `code` (normalised by the caller);
    the keys' holders grant them to it again at their next sign-in."""
    center = s.get(Center, center_id)
    assert center is not None
    private, public = field_keys.generate_keypair()
    center.escrow_public = b64(public)
    center.escrow_private = field_keys.wrap_private(private, code, ESCROW_ID, cost)
    s.execute(delete(EscrowGrant))


def restore_from_escrow(s: Session, center_id: int, code: str, now: datetime) -> int:
    """Open every escrowed key with the recovery `code` and grant it to everyone entitled
    (a sole supervisor's reset password, say): how many keys were granted again.

    Raises:
        DecryptionFailed: the center has no escrow (a code from before it existed), or
            the code does not open it.
    """
    center = s.get(Center, center_id)
    if center is None or not center.escrow_private:
        raise DecryptionFailed  # a code from before the escrow existed
    private = field_keys.unwrap_private(center.escrow_private, code, ESCROW_ID)
    count = 0
    for grant in s.scalars(select(EscrowGrant).where(
            EscrowGrant.recipient == center.escrow_public)):
        try:
            key = field_keys.open_grant(grant.sealed_key, private, grant.key_name, ESCROW_ID)
        except DecryptionFailed:
            continue
        _grant_to_entitled(s, center_id, grant.key_name, key, now)
        count += 1
    return count


def _grant_to_entitled(s: Session, center_id: int, key_name: str, key: bytes,
                       now: datetime) -> None:
    _grant_to_escrow(s, center_id, key_name, key, now)
    current = {row.user_id: row for row in s.scalars(
        select(KeyGrant).where(KeyGrant.key_name == key_name))}
    for user_id, public in _entitled(s, center_id, _namespace(key_name)):
        have = current.get(user_id)
        if have is not None and have.recipient == public:
            continue
        sealed = field_keys.grant(key, unb64(public), key_name, user_id)
        if have is None:
            s.add(KeyGrant(key_name=key_name, user_id=user_id, recipient=public,
                           sealed_key=sealed, granted_at=now))
        else:
            have.recipient, have.sealed_key, have.granted_at = public, sealed, now


def key_for_writing(s: Session, keyring: Keyring, center_id: int, namespace: str,
                    now: datetime) -> tuple[str, bytes]:
    """A key of the namespace the writer holds, or a new one granted to everyone entitled."""
    name = keyring.in_namespace(namespace)
    held = keyring.get(name) if name is not None else None
    if name is not None and held is not None:
        return name, held
    name, key = f"{namespace}/{os.urandom(6).hex()}", random_key()
    keyring.keys[name] = key
    keyring._by_namespace[namespace] = name
    _grant_to_entitled(s, center_id, name, key, now)
    return name, key


# -- values --------------------------------------------------------------------------------

def encrypt_note(s: Session, keyring: Keyring, center_id: int, counselor_id: int,
                 text: str, now: datetime) -> str:
    """A private note as stored: encrypted for its case's counselor and the supervisors."""
    if not text:
        return ""
    name, key = key_for_writing(s, keyring, center_id, notes_namespace(counselor_id), now)
    return field_keys.encrypt_field(key, name, "private_notes", text)


def read_note(keyring: Keyring, stored: str) -> str | None:
    """The note, or None when this user holds no key for it (it is kept as it is)."""
    return open_text(keyring, "private_notes", stored)


def open_text(keyring: Keyring, field_name: str, stored: str) -> str | None:
    """A value stored in the clear as it is; an encrypted one opened, or None without its
    key (or if it was altered)."""
    name = field_keys.key_name_of(stored)
    if name is None:
        return stored
    key = keyring.get(name)
    if key is None:
        return None
    try:
        return field_keys.decrypt_field(key, field_name, stored)
    except DecryptionFailed:
        return None


LETTER_SNAPSHOT = "letter_snapshot"


def seal_text(s: Session, keyring: Keyring, center_id: int, field_name: str, text: str,
              now: datetime) -> str:
    """A value of a sealed record encrypted under the sealed-records key."""
    name, key = key_for_writing(s, keyring, center_id, SEALED, now)
    return field_keys.encrypt_field(key, name, field_name, text)


def _seal_letters(s: Session, keyring: Keyring, minor: Minor, now: datetime,
                  sealing: bool) -> None:
    """The register's snapshots of the minor's letters name the child and the family:
    encrypted while the record is sealed (their recipients read as sealed), restored after."""
    cases = select(Case.id).where(Case.minor_id == minor.id)
    for letter in s.scalars(select(Letter).where(Letter.case_id.in_(cases))):
        if sealing and field_keys.key_name_of(letter.snapshot) is None:
            letter.snapshot = seal_text(s, keyring, minor.center_id, LETTER_SNAPSHOT,
                                        letter.snapshot, now)
            letter.recipient = SEALED_NAME
        elif not sealing:
            opened = open_text(keyring, LETTER_SNAPSHOT, letter.snapshot)
            if opened is not None:
                letter.snapshot = opened
                header = json.loads(opened).get("data", {}).get("header", {})
                letter.recipient = str(header.get("recipient", ""))[:200]


def _seal_blob(s: Session, keyring: Keyring, minor: Minor, now: datetime) -> str:
    values = {
        "minor": {f: getattr(minor, f) for f in MINOR_SEALED_FIELDS},
        "guardians": {str(g.id): {f: getattr(g, f) for f in GUARDIAN_SEALED_FIELDS}
                      for g in minor.guardians},
    }
    name, key = key_for_writing(s, keyring, minor.center_id, SEALED, now)
    return field_keys.encrypt_field(key, name, "sealed_fields",
                                    json.dumps(values, ensure_ascii=False))


def _opened(s: Session) -> set[int]:
    found: set[int] = s.info.setdefault("sealed_opened", set())
    return found


def seal_minor(s: Session, keyring: Keyring, minor: Minor, now: datetime) -> None:
    """Move the minor's identifying fields (and the guardians') into the encrypted row and
    leave placeholders in the plain columns and the search text."""
    s.flush()
    blob = _seal_blob(s, keyring, minor, now)
    row = s.get(SealedFields, minor.id)
    if row is None:
        s.add(SealedFields(minor_id=minor.id, fields=blob, updated_at=now))
    else:
        row.fields, row.updated_at = blob, now
    _write_matches(s, keyring, minor, {f: getattr(minor, f) for f in MINOR_SEALED_FIELDS},
                   [g.phone for g in minor.guardians if not g.removed], now)
    _seal_letters(s, keyring, minor, now, sealing=True)
    for f, value in _MINOR_PLACEHOLDER.items():
        setattr(minor, f, value)
    minor.name_pinyin = ""
    for g in minor.guardians:
        for f, value in _GUARDIAN_PLACEHOLDER.items():
            setattr(g, f, value)
        g.name_pinyin = ""
    _opened(s).discard(minor.id)


def open_minor(s: Session, keyring: Keyring, minor: Minor) -> bool:
    """Show a sealed minor's real fields on the loaded objects (not as changes): True if they
    could be read. Writes through the session put them back encrypted (see `_reseal`)."""
    if not minor.sealed or minor.id in _opened(s):
        return True
    row = s.get(SealedFields, minor.id)
    if row is None:
        return True  # sealed by an older version: still in the clear until the sweep
    name = field_keys.key_name_of(row.fields)
    key = keyring.get(name) if name else None
    if key is None:
        return False
    try:
        values = json.loads(field_keys.decrypt_field(key, "sealed_fields", row.fields))
    except (DecryptionFailed, ValueError):
        return False
    _values(s)[minor.id] = values
    _show(minor, values["minor"])
    for g in minor.guardians:
        _show(g, values["guardians"].get(str(g.id), {}))
    _opened(s).add(minor.id)
    return True


def _values(s: Session) -> dict[int, dict[str, Any]]:
    """The opened sealed records' real values, by minor id, for this unit of work."""
    found: dict[int, dict[str, Any]] = s.info.setdefault("sealed_values", {})
    return found


def _show(obj: Any, values: dict[str, Any]) -> None:
    for f, value in values.items():
        attributes.set_committed_value(obj, f, value)


@event.listens_for(Minor, "refresh")
@event.listens_for(Minor, "load")
def _minor_reloaded(minor: Minor, *_: Any) -> None:
    """A row re-read in the unit of work (PostgreSQL locks and re-reads a case before a save,
    its minor and guardians joined: SQLAlchemy reports that as a load) shows the placeholders
    again: show the real values once more."""
    s = object_session(minor)
    if s is not None and minor.id in _opened(s):
        _show(minor, _values(s).get(minor.id, {}).get("minor", {}))


@event.listens_for(Guardian, "refresh")
@event.listens_for(Guardian, "load")
def _guardian_reloaded(guardian: Guardian, *_: Any) -> None:
    s = object_session(guardian)
    if s is not None and guardian.minor_id in _opened(s):
        known = _values(s).get(guardian.minor_id, {}).get("guardians", {})
        _show(guardian, known.get(str(guardian.id), {}))


def unseal_minor(s: Session, keyring: Keyring, minor: Minor) -> bool:
    """Back to plain columns (the record is no longer sealed); False without the key."""
    if not open_minor(s, keyring, minor):
        return False
    _opened(s).discard(minor.id)  # first: a flush must now write the real values
    for f in MINOR_SEALED_FIELDS:
        attributes.flag_modified(minor, f)
    minor.name_pinyin = search_text.pinyin_of(minor.name)
    for g in minor.guardians:
        for f in GUARDIAN_SEALED_FIELDS:
            attributes.flag_modified(g, f)
        g.name_pinyin = search_text.pinyin_of(g.name)
    s.execute(delete(SealedFields).where(SealedFields.minor_id == minor.id))
    s.execute(delete(SealedMatch).where(SealedMatch.minor_id == minor.id))
    _seal_letters(s, keyring, minor, _now(s), sealing=False)
    return True


def _digests(key: bytes, name: str | None, dob: date | None, resident_id: str | None,
             phones: Iterable[str]) -> list[tuple[str, str]]:
    found = []
    if name and dob is not None:
        found.append(("birth", f"{name}|{dob.isoformat()}"))
    if resident_id:
        found.append(("id", resident_id))
    found.extend(("phone", p) for p in phones if p)
    return [(kind, hmac.new(key, f"{kind}|{value}".encode(), hashlib.sha256).hexdigest())
            for kind, value in found]


def _match_keys(keyring: Keyring) -> list[bytes]:
    found = (keyring.get(n) for n in sorted(keyring.names()) if n.startswith(MATCH + "/"))
    return [k for k in found if k is not None]


def _write_matches(s: Session, keyring: Keyring, minor: Minor, values: dict[str, Any],
                   phones: list[str], now: datetime) -> None:
    """The sealed minor's digests under every match key this writer holds."""
    key_for_writing(s, keyring, minor.center_id, MATCH, now)
    conn = s.connection()
    conn.execute(delete(SealedMatch).where(SealedMatch.minor_id == minor.id))
    rows = [{"minor_id": minor.id, "kind": kind, "digest": digest}
            for key in _match_keys(keyring)
            for kind, digest in _digests(key, values.get("name"), minor.date_of_birth,
                                         values.get("resident_id"), phones)]
    if rows:
        conn.execute(insert(SealedMatch), rows)


def sealed_matches(s: Session, keyring: Keyring, center_id: int, *, name: str | None = None,
                   dob: date | None = None, resident_id: str | None = None,
                   phones: Iterable[str] = ()) -> dict[int, str]:
    """Sealed minors of the center matching these values: {minor id: "birth"|"id"|"phone"}."""
    wanted: dict[str, str] = {}
    phones = list(phones)
    for key in _match_keys(keyring):
        wanted.update((digest, kind) for kind, digest in
                      _digests(key, name, dob, resident_id, phones))
    if not wanted:
        return {}
    found: dict[int, str] = {}
    for minor_id, digest in s.execute(
            select(SealedMatch.minor_id, SealedMatch.digest).join(
                Minor, Minor.id == SealedMatch.minor_id)
            .where(Minor.center_id == center_id, SealedMatch.digest.in_(wanted))):
        found.setdefault(minor_id, wanted[digest])
    return found


def redact(minor: Minor, details: dict[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    """Audit details of a sealed record without the values that are kept encrypted."""
    if not minor.sealed:
        return details
    hidden = set(fields)

    def clean(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: (REDACTED if k in hidden else clean(v)) for k, v in value.items()}
        return value

    return clean(details)  # type: ignore[no-any-return]


def _minor_of(obj: Any) -> int | None:
    if isinstance(obj, Minor):
        return obj.id
    if isinstance(obj, Guardian):
        return obj.minor_id if obj.minor_id is not None else (
            obj.minor.id if obj.minor is not None else None)
    return None


@event.listens_for(Session, "before_flush")
def _reseal(s: Session, *_: Any) -> None:
    """A sealed minor opened in this unit of work and changed (or given a guardian) is
    written with placeholders; `_write_sealed` stores its real values encrypted once the
    flush has given new guardians their ids, and the objects keep showing the real values."""
    opened = s.info.get("sealed_opened")
    keyring: Keyring | None = s.info.get("keyring")
    if not opened or keyring is None:
        return
    touched = {_minor_of(o) for o in [*s.dirty, *s.new]} & opened
    pending: list[tuple[Minor, str, bytes, list[tuple[Any, dict[str, Any]]]]] = []
    for minor_id in touched:
        minor = s.get(Minor, minor_id)
        if minor is None:
            continue
        name, key = key_for_writing(s, keyring, minor.center_id, SEALED, _now(s))
        key_for_writing(s, keyring, minor.center_id, MATCH, _now(s))  # grants, if new
        real: list[tuple[Any, dict[str, Any]]] = [
            (minor, {f: getattr(minor, f) for f in MINOR_SEALED_FIELDS})]
        real.extend((g, {f: getattr(g, f) for f in GUARDIAN_SEALED_FIELDS})
                    for g in minor.guardians)
        for f, value in _MINOR_PLACEHOLDER.items():
            setattr(minor, f, value)
        minor.name_pinyin = ""
        for g in minor.guardians:
            for f, value in _GUARDIAN_PLACEHOLDER.items():
                setattr(g, f, value)
            g.name_pinyin = ""
        pending.append((minor, name, key, real))
    if pending:
        s.info.setdefault("sealed_pending", []).extend(pending)


@event.listens_for(Session, "after_flush")
def _write_sealed(s: Session, *_: Any) -> None:
    pending = s.info.pop("sealed_pending", [])
    for minor, name, key, real in pending:
        values: dict[str, Any] = {"minor": real[0][1], "guardians": {
            str(obj.id): shown for obj, shown in real[1:]}}
        _values(s)[minor.id] = values
        blob = field_keys.encrypt_field(key, name, "sealed_fields",
                                        json.dumps(values, ensure_ascii=False))
        s.connection().execute(update(SealedFields).where(
            SealedFields.minor_id == minor.id).values(fields=blob, updated_at=_now(s)))
        keyring: Keyring = s.info["keyring"]
        _write_matches(s, keyring, minor, real[0][1],
                       [shown["phone"] for obj, shown in real[1:] if not obj.removed], _now(s))
        s.info.setdefault("sealed_restore", []).extend(real)


@event.listens_for(Session, "after_flush_postexec")
def _show_real_values(s: Session, *_: Any) -> None:
    for obj, values in s.info.pop("sealed_restore", []):
        for f, value in values.items():
            attributes.set_committed_value(obj, f, value)


def _now(s: Session) -> datetime:
    now: datetime | None = s.info.get("now")
    return now if now is not None else datetime.now().replace(microsecond=0)


# -- the sweep -----------------------------------------------------------------------------

# Private notes encrypted per sign-in while an upgraded center still holds some in the clear:
# a county center's few thousand at once; a very large one over several sign-ins.
SWEEP_BATCH = 5_000


def _may_read(namespace: str, user_id: int, role: Role) -> bool:
    if namespace == SEALED:
        return role is Role.SUPERVISOR
    if namespace == MATCH:
        return role in (Role.SUPERVISOR, Role.COUNSELOR)
    if namespace.startswith(NOTES + "/"):
        owner = int(namespace.partition("/")[2])
        return role is Role.SUPERVISOR or (role is Role.COUNSELOR and user_id == owner)
    return False


def renew_grants(s: Session, center_id: int, keyring: Keyring, now: datetime) -> int:
    """Grant each key this person holds to everyone entitled who lacks it (a new account, a
    reset password) and to the escrow, in a few queries whatever the number of keys; only
    the keys to be granted are opened. How many grants were made."""
    names = keyring.names()
    if not names:
        return 0
    people = s.execute(select(User.id, User.role, UserKey.public_key).join(
        UserKey, UserKey.user_id == User.id).where(User.center_id == center_id,
                                                   User.active.is_(True))).all()
    current = {(row.key_name, row.user_id): row for row in s.execute(
        select(KeyGrant.id, KeyGrant.key_name, KeyGrant.user_id, KeyGrant.recipient)
        .join(User, User.id == KeyGrant.user_id).where(User.center_id == center_id))}
    center = s.get(Center, center_id)
    escrow = center.escrow_public if center is not None else None
    escrowed = {g.key_name: g for g in s.scalars(select(EscrowGrant))} if escrow else {}
    made = 0
    for name in sorted(names):
        namespace = _namespace(name)
        wanting = [(uid, public) for uid, role, public in people
                   if _may_read(namespace, uid, role)
                   and getattr(current.get((name, uid)), "recipient", None) != public]
        to_escrow = escrow is not None and getattr(escrowed.get(name), "recipient",
                                                   None) != escrow
        if not wanting and not to_escrow:
            continue
        key = keyring.get(name)
        if key is None:
            continue
        for uid, public in wanting:
            sealed = field_keys.grant(key, unb64(public), name, uid)
            have = current.get((name, uid))
            if have is None:
                s.add(KeyGrant(key_name=name, user_id=uid, recipient=public,
                               sealed_key=sealed, granted_at=now))
            else:
                s.execute(update(KeyGrant).where(KeyGrant.id == have.id).values(
                    recipient=public, sealed_key=sealed, granted_at=now))
            made += 1
        if to_escrow:
            _grant_to_escrow(s, center_id, name, key, now)
    return made


def settle_at_sign_in(s: Session, user: User, keyring: Keyring, cost: KdfParams,
                      now: datetime, *, batch: int | None = -1) -> None:
    """Renew the grants others wait for, and encrypt what an older version left in the
    clear that this user may read (`batch` notes at most, SWEEP_BATCH when not given: None
    for all, as the demo does)."""
    if batch == -1:
        batch = SWEEP_BATCH
    renew_grants(s, user.center_id, keyring, now)
    center = s.get(Center, user.center_id)
    if center is None or not center.clear_fields_left or user.role is Role.ADMIN:
        return
    notes = select(GuidanceSession.id, GuidanceSession.private_notes,
                   Case.assigned_counselor_id).join(Case, Case.id == GuidanceSession.case_id) \
        .where(Case.center_id == user.center_id, GuidanceSession.private_notes != "",
               GuidanceSession.private_notes.not_like(field_keys.PREFIX + "%"))
    if user.role is Role.COUNSELOR:  # their own cases' notes; the rest waits for a supervisor
        notes = notes.where(Case.assigned_counselor_id == user.id)
    if batch is not None:
        notes = notes.limit(batch)
    updates = [{"b_id": row.id, "b_notes": encrypt_note(
        s, keyring, user.center_id, row.assigned_counselor_id, row.private_notes, now)}
        for row in s.execute(notes)]
    if updates:
        # Core executemany: one statement for the lot.
        table = cast(Table, GuidanceSession.__table__)
        s.connection().execute(update(table).where(table.c.id == bindparam("b_id")).values(
            private_notes=bindparam("b_notes")), updates)
    left = user.role is Role.COUNSELOR or (batch is not None and len(updates) == batch)
    unsealed = s.scalars(select(Minor).where(
        Minor.center_id == user.center_id, Minor.sealed.is_(True),
        ~select(SealedFields.minor_id).where(SealedFields.minor_id == Minor.id).exists()))
    sealed_now = 0
    for minor in unsealed:
        if user.role is Role.SUPERVISOR:
            seal_minor(s, keyring, minor, now)
            refresh_case_search(s, minor)
            sealed_now += 1
        else:
            left = True
    if sealed_now:
        purge_search_index(s)
    center.clear_fields_left = left


_SEARCH_INDEXES = ("cases_search", "cases_prefix")


def purge_search_index(s: Session) -> None:
    """SQLite's full-text indexes keep a changed row's old words in their segments until
    they are merged: merge them, so a sealed child's name and numbers leave the file's
    tables (not its free pages: see docs/SECURITY.md)."""
    if s.get_bind().dialect.name != "sqlite":
        return
    s.flush()
    for table in _SEARCH_INDEXES:
        if s.execute(text("SELECT 1 FROM sqlite_master WHERE name = :t"), {"t": table}).first():
            s.execute(text(f"INSERT INTO {table}({table}) VALUES('optimize')"))


def refresh_case_search(s: Session, minor: Minor) -> None:
    """A sealed minor's cases are found by their case number only."""
    for case in s.scalars(select(Case).where(Case.minor_id == minor.id)):
        case.search_text = search_text.build(case_number=case.case_number, names=[],
                                             numbers=[])
