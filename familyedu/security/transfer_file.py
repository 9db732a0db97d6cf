"""Transfer files (.fetransfer): one case sealed for another center, AES-256-GCM under an
argon2id key from a password agreed between the centers.

The layout follows the protected exports (security/fex.py): a magic line, one JSON header
line (cost, salt, nonce) and the ciphertext of the zlib-compressed payload, with magic and
header bound as associated data, so a changed byte anywhere is refused as a whole.
"""

from __future__ import annotations

import json
import os
import zlib

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from familyedu.security import crypto

MAGIC = b"FAMILYEDU-TRANSFER 1\n"
SUFFIX = ".fetransfer"
_MAX_PAYLOAD = 512 * 1024 * 1024  # a case with every letter's PDF stays far below this


class TransferFileError(Exception):
    """`reason`: not_a_transfer, damaged, wrong_password_or_damaged."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def seal(payload: bytes, password: str, params: crypto.KdfParams) -> bytes:
    salt = os.urandom(crypto.SALT_BYTES)
    key = crypto.derive_key(password, salt, params)
    nonce = os.urandom(crypto.NONCE_BYTES)
    header = json.dumps({"kdf": "argon2id", **params.as_dict(), "salt": crypto.b64(salt),
                         "cipher": "aes-256-gcm", "nonce": crypto.b64(nonce),
                         "compression": "zlib"}, sort_keys=True).encode() + b"\n"
    return MAGIC + header + AESGCM(key).encrypt(nonce, zlib.compress(payload, 6),
                                                MAGIC + header)


def unseal(data: bytes, password: str) -> bytes:
    """The payload; TransferFileError if not a transfer file, damaged, altered or the
    password is wrong (authenticated encryption cannot tell the last two apart)."""
    if not data.startswith(MAGIC):
        raise TransferFileError("not_a_transfer")
    end = data.find(b"\n", len(MAGIC))
    if end < 0:
        raise TransferFileError("damaged")
    header_bytes = data[len(MAGIC):end + 1]
    try:
        header = json.loads(header_bytes)
        params = crypto.KdfParams.from_dict(header)
        salt, nonce = crypto.unb64(header["salt"]), crypto.unb64(header["nonce"])
        if len(nonce) != crypto.NONCE_BYTES or header.get("compression") != "zlib":
            raise ValueError("header")
    except (ValueError, KeyError, TypeError):
        raise TransferFileError("damaged") from None
    key = crypto.derive_key(password, salt, params)
    try:
        packed = AESGCM(key).decrypt(nonce, data[end + 1:], MAGIC + header_bytes)
    except InvalidTag:
        raise TransferFileError("wrong_password_or_damaged") from None
    try:
        inflater = zlib.decompressobj()
        payload = inflater.decompress(packed, _MAX_PAYLOAD)
        if inflater.unconsumed_tail:
            raise zlib.error("too large")
    except zlib.error:
        raise TransferFileError("damaged") from None
    return payload
