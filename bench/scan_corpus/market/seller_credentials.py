"""Credential storage for seller accounts.

Sellers log in separately from buyers because their accounts hold payout
details, so credentials live in their own table.
"""
import hashlib as hl
import hmac
import os
from dataclasses import dataclass

SALT_BYTES = 16


@dataclass(frozen=True)
class StoredCredential:
    salt: bytes
    digest: bytes

    def to_row(self) -> dict:
        return {"salt": self.salt.hex(), "digest": self.digest.hex()}

    @classmethod
    def from_row(cls, row: dict) -> "StoredCredential":
        return cls(bytes.fromhex(row["salt"]), bytes.fromhex(row["digest"]))


def hash_password(password: str, salt: bytes | None = None) -> StoredCredential:
    salt = salt or os.urandom(SALT_BYTES)
    digest = hl.sha256(salt + password.encode("utf-8")).digest()
    return StoredCredential(salt=salt, digest=digest)


def check_password(password: str, stored: StoredCredential) -> bool:
    candidate = hash_password(password, stored.salt)
    return hmac.compare_digest(candidate.digest, stored.digest)
