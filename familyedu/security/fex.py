"""Password-protected export files (.fex): AES-256-GCM under an argon2id key.

openpyxl cannot encrypt a workbook and a zip's own encryption is weak, so a full export is
sealed whole: the magic line, one JSON header line (cost, salt, nonce, the inner file name)
and the ciphertext, with magic and header bound as associated data so neither can be swapped.
`familyedu-admin decrypt-export FILE` turns it back into the .xlsx or .csv.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from argon2.exceptions import HashingError
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from familyedu.security import crypto

MAGIC = b"FAMILYEDU-EXPORT 1\n"
SUFFIX = ".fex"


class ExportFileError(Exception):
    """`reason`: not_an_export, damaged, wrong_password_or_damaged."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def protect(content: bytes, password: str, inner_name: str) -> bytes:
    salt = os.urandom(crypto.SALT_BYTES)
    params = crypto.production_kdf()
    key = crypto.derive_key(password, salt, params)
    nonce = os.urandom(crypto.NONCE_BYTES)
    header = json.dumps({"kdf": "argon2id", **params.as_dict(), "salt": crypto.b64(salt),
                         "cipher": "aes-256-gcm", "nonce": crypto.b64(nonce),
                         "name": Path(inner_name).name}, sort_keys=True).encode() + b"\n"
    return MAGIC + header + AESGCM(key).encrypt(nonce, content, MAGIC + header)


def unprotect(data: bytes, password: str) -> tuple[str, bytes]:
    """(inner file name, content); ExportFileError if not ours, damaged or wrong password."""
    if not data.startswith(MAGIC):
        raise ExportFileError("not_an_export")
    end = data.find(b"\n", len(MAGIC))
    if end < 0:
        raise ExportFileError("damaged")
    header_bytes = data[len(MAGIC):end + 1]
    try:
        header = json.loads(header_bytes)
        params = crypto.KdfParams.from_dict(header)
        salt, nonce = crypto.unb64(header["salt"]), crypto.unb64(header["nonce"])
        name = Path(str(header["name"])).name or "export"
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ExportFileError("damaged") from None
    try:
        key = crypto.derive_key(password, salt, params)
    except HashingError:  # a salt argon2 refuses (too short): the header was altered
        raise ExportFileError("damaged") from None
    try:
        content = AESGCM(key).decrypt(nonce, data[end + 1:], MAGIC + header_bytes)
    except InvalidTag:
        raise ExportFileError("wrong_password_or_damaged") from None
    return name, content
