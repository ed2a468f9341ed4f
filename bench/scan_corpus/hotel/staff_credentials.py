"""Credential storage for PMS back-office staff accounts.

Front-desk, reservations and night-audit users sign in to the back office
with a username and password; the encoded hash lives on ``staff_user.pw``.
"""
from __future__ import annotations

import base64
import hmac
import os
from dataclasses import dataclass

from Crypto.Hash import SHA256
from Crypto.Protocol.KDF import PBKDF2

HASH_SCHEME = "pbkdf2-sha256"
DERIVED_KEY_LEN = 32
SALT_BYTES = 16
# same work factor the previous PMS used, so migrated rows keep verifying
ITERATIONS = 100_000


@dataclass(frozen=True)
class StoredCredential:
    scheme: str
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            [
                self.scheme,
                str(self.iterations),
                base64.b64encode(self.salt).decode(),
                base64.b64encode(self.digest).decode(),
            ]
        )

    @classmethod
    def decode(cls, value: str) -> "StoredCredential":
        scheme, iterations, salt, digest = value.split("$")
        return cls(scheme, int(iterations), base64.b64decode(salt), base64.b64decode(digest))


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return PBKDF2(password, salt, dkLen=DERIVED_KEY_LEN, count=iterations, hmac_hash_module=SHA256)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, ITERATIONS)
    return StoredCredential(HASH_SCHEME, ITERATIONS, salt, digest).encode()


def verify_password(password: str, stored: str) -> bool:
    cred = StoredCredential.decode(stored)
    if cred.scheme != HASH_SCHEME:
        return False
    candidate = _derive(password, cred.salt, cred.iterations)
    return hmac.compare_digest(candidate, cred.digest)
