"""The few primitives everything else builds on: argon2id, AES-256-GCM, HKDF and HMAC."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from familyedu import platform

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16


# The most a stored cost may ask for (RFC 9106's first recommended setting is 2 GiB, t=1; a
# desk's 1 GiB at t=10 already takes seconds).
MAX_MEMORY_KIB = 1 << 20
MAX_TIME_COST = 10
MAX_PARALLELISM = 64


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost; stored with every wrapped key so old entries stay readable."""

    time_cost: int = 3
    memory_cost: int = 65_536  # KiB: 64 MiB, RFC 9106's second recommended setting
    parallelism: int = 4

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        """The costs stored in a file, refused (ValueError, saying why) unless they are whole
        numbers within what a desk can afford: a tampered file must not make sign-in allocate
        gigabytes or spin for minutes, nor skip the work."""
        values = [data.get(name) for name in ("time_cost", "memory_cost", "parallelism")]
        numbers = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
        if len(numbers) != len(values):
            raise ValueError("the password costs are not whole numbers")
        params = cls(*numbers)
        if not 1 <= params.parallelism <= MAX_PARALLELISM:
            raise ValueError(f"parallelism outside 1..{MAX_PARALLELISM}")
        if not 1 <= params.time_cost <= MAX_TIME_COST:
            raise ValueError(f"time cost outside 1..{MAX_TIME_COST}")
        if not 8 * params.parallelism <= params.memory_cost <= MAX_MEMORY_KIB:
            raise ValueError("memory cost above 1 GiB or below argon2's minimum")
        return params


# The cost of every new password hash and wrapped key. Entry points (first start, sign-in, the
# command line) read it when they run, so the test suite can lower it in one place
# (tests/conftest.py); services take theirs from ServiceContext.password_cost.
DEFAULT_KDF = KdfParams()


def production_kdf() -> KdfParams:
    """The cost new passwords get at the entry points (read at call time, see above)."""
    return DEFAULT_KDF


class DecryptionFailed(Exception):
    """Wrong password or key, or the data was altered (AES-GCM cannot tell which)."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    """A 256-bit key from a password (argon2id)."""
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=params.time_cost,
                           memory_cost=params.memory_cost, parallelism=params.parallelism,
                           hash_len=KEY_BYTES, type=Type.ID)


def seal(key: bytes, plaintext: bytes, associated: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM: (nonce, ciphertext with tag). `associated` is bound but not hidden."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, associated)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, associated: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated)
    except InvalidTag:
        raise DecryptionFailed from None


def subkey(key: bytes, purpose: str) -> bytes:
    """A key for one purpose derived from the database key (HKDF-SHA256)."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=f"familyedu/{purpose}".encode()).derive(key)


def mac(key: bytes, data: bytes) -> str:
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def mac_ok(key: bytes, data: bytes, expected: str) -> bool:
    return hmac.compare_digest(mac(key, data), expected)


def sha256_file(path: os.PathLike[str] | str, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def write_atomically(path: os.PathLike[str] | str, data: bytes) -> None:
    """Write beside the target, flush to disk, then rename: a crash leaves old or new."""
    target = os.fspath(path)
    temp = f"{target}.tmp-{os.getpid()}-{os.urandom(4).hex()}"
    try:
        # Owner-only from the first byte: these files hold keys and children's data.
        with os.fdopen(platform.open_private_file(Path(temp)), "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
