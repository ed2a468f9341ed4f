"""Password storage for driver app accounts.

Credentials are stored as ``<salt_b64>$<digest_b64>`` in the ``drivers.password``
column. Verification is done in the auth service only.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

HASH_NAME = "sha256"
PBKDF2_ROUNDS = 150_000
SALT_BYTES = 16


@dataclass(frozen=True)
class StoredCredential:
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "{}${}".format(
            base64.b64encode(self.salt).decode("ascii"),
            base64.b64encode(self.digest).decode("ascii"),
        )

    @classmethod
    def decode(cls, value: str) -> "StoredCredential":
        salt_b64, digest_b64 = value.split("$", 1)
        return cls(base64.b64decode(salt_b64), base64.b64decode(digest_b64))


def _derive(password: str, salt: bytes, rounds: int = PBKDF2_ROUNDS) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, rounds)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    return StoredCredential(salt, _derive(password, salt)).encode()


def verify_password(password: str, stored: str) -> bool:
    try:
        cred = StoredCredential.decode(stored)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(_derive(password, cred.salt), cred.digest)
