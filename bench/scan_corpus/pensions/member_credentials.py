"""Password storage for the member self-service portal.

Members sign in with their scheme reference and a password. Hashes are kept
in the ``member_login`` table as ``<salt_hex>$<digest_hex>``.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

# Tuned in 2019 against login latency on the portal web nodes.
PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 150_000
SALT_BYTES = 16


@dataclass(frozen=True)
class StoredCredential:
    salt: bytes
    digest: bytes

    def serialise(self) -> str:
        return f"{self.salt.hex()}${self.digest.hex()}"

    @classmethod
    def parse(cls, value: str) -> "StoredCredential":
        salt_hex, digest_hex = value.split("$", 1)
        return cls(bytes.fromhex(salt_hex), bytes.fromhex(digest_hex))


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(
        PBKDF2_ALGORITHM,
        password.encode("utf-8"),
        salt,
        PBKDF2_ITERATIONS,
    )


def hash_member_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    return StoredCredential(salt, _derive(password, salt)).serialise()


def verify_member_password(password: str, stored: str) -> bool:
    cred = StoredCredential.parse(stored)
    return hmac.compare_digest(_derive(password, cred.salt), cred.digest)
