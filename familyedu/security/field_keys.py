"""Field-level keys: what a copy of the database and one password still cannot read.

The database key (SQLCipher) opens the whole file for every account. Sealed children's
records and counselors' private notes are encrypted once more, each under a *field key*
(32 random bytes) that is given only to the people allowed to read it:

- every user has an X25519 key pair; the private half is sealed under argon2id(password)
  (AES-256-GCM), the public half is stored in the clear;
- a *grant* is a field key sealed to one user's public key (an ephemeral X25519 exchange,
  HKDF-SHA256, AES-256-GCM), so anyone holding a field key can give it to another user
  without knowing that user's password;
- a field value is `fe1:<key name>:<base64 nonce+ciphertext>`, its field bound in.

Nothing here touches the database: familyedu/services/core/field_crypto.py stores and uses these.
"""

from __future__ import annotations

import json
import os
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from familyedu.security.crypto import (
    KEY_BYTES,
    SALT_BYTES,
    DecryptionFailed,
    KdfParams,
    b64,
    derive_key,
    open_sealed,
    seal,
    unb64,
)

PREFIX = "fe1:"
_RAW = serialization.Encoding.Raw


def generate_keypair() -> tuple[bytes, bytes]:
    """(private, public), 32 bytes each."""
    private = X25519PrivateKey.generate()
    return (private.private_bytes(_RAW, serialization.PrivateFormat.Raw,
                                  serialization.NoEncryption()),
            private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw))


def public_of(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(
        _RAW, serialization.PublicFormat.Raw)


def _private_ad(user_id: int) -> bytes:
    return f"familyedu-user-key/v1|{user_id}".encode()


def wrap_private(private: bytes, password: str, user_id: int, cost: KdfParams) -> str:
    """The private key sealed under the password, as stored (JSON)."""
    salt = os.urandom(SALT_BYTES)
    nonce, sealed = seal(derive_key(password, salt, cost), private, _private_ad(user_id))
    return json.dumps({"kdf": "argon2id", **cost.as_dict(), "salt": b64(salt),
                       "nonce": b64(nonce), "sealed": b64(sealed)})


def _parts(stored: str) -> tuple[KdfParams, bytes, bytes, bytes]:
    try:
        entry: dict[str, Any] = json.loads(stored)
        cost = KdfParams.from_dict(entry)
        salt, nonce, sealed = (unb64(entry[k]) for k in ("salt", "nonce", "sealed"))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise DecryptionFailed from None
    if len(salt) != SALT_BYTES:
        raise DecryptionFailed
    return cost, salt, nonce, sealed


def private_wrapping_key(stored: str, password: str) -> bytes:
    """The argon2id work of `unwrap_private` alone (sign-in runs it beside the password
    check, on the other core). DecryptionFailed for a damaged entry."""
    cost, salt, _nonce, _sealed = _parts(stored)
    return derive_key(password, salt, cost)


def unwrap_private(stored: str, password: str, user_id: int,
                   wrapping_key: bytes | None = None) -> bytes:
    """DecryptionFailed for a wrong password or a damaged entry (bounded costs first).
    `wrapping_key`: `private_wrapping_key(stored, password)` if already computed."""
    cost, salt, nonce, sealed = _parts(stored)
    key = wrapping_key if wrapping_key is not None else derive_key(password, salt, cost)
    return open_sealed(key, nonce, sealed, _private_ad(user_id))


def _grant_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=ephemeral + recipient,
                info=b"familyedu/field-key-grant").derive(shared)


def _grant_ad(key_name: str, user_id: int) -> bytes:
    return f"familyedu-grant/v1|{key_name}|{user_id}".encode()


def grant(field_key: bytes, recipient_public: bytes, key_name: str, user_id: int) -> str:
    """`field_key` sealed so that only the holder of the private half can open it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    nonce, sealed = seal(_grant_key(shared, ephemeral_public, recipient_public), field_key,
                         _grant_ad(key_name, user_id))
    return ".".join(b64(part) for part in (ephemeral_public, nonce, sealed))


def open_grant(stored: str, private: bytes, key_name: str, user_id: int) -> bytes:
    try:
        ephemeral_public, nonce, sealed = (unb64(p) for p in stored.split("."))
        key = X25519PrivateKey.from_private_bytes(private)
        shared = key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:
        raise DecryptionFailed from None
    recipient = key.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    return open_sealed(_grant_key(shared, ephemeral_public, recipient), nonce, sealed,
                       _grant_ad(key_name, user_id))


def _field_ad(key_name: str, field: str) -> bytes:
    return f"familyedu-field/v1|{key_name}|{field}".encode()


def encrypt_field(key: bytes, key_name: str, field: str, text: str) -> str:
    nonce, sealed = seal(key, text.encode("utf-8"), _field_ad(key_name, field))
    return f"{PREFIX}{key_name}:{b64(nonce + sealed)}"


def key_name_of(value: str) -> str | None:
    """The field key a stored value needs, or None for a value stored in the clear."""
    if not value.startswith(PREFIX):
        return None
    name, sep, _ = value[len(PREFIX):].rpartition(":")
    return name if sep else None


def decrypt_field(key: bytes, field: str, value: str) -> str:
    """DecryptionFailed if the key is not the value's or the value was altered."""
    name = key_name_of(value)
    if name is None:
        return value
    try:
        blob = unb64(value.rpartition(":")[2])
    except ValueError:
        raise DecryptionFailed from None
    return open_sealed(key, blob[:12], blob[12:], _field_ad(name, field)).decode("utf-8")
