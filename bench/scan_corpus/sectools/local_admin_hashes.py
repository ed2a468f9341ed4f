"""Credential storage for the SSO admin console's local fallback accounts.

Local accounts only exist for IdP outages, so they are few and rarely used;
hashes are upgraded in place when the iteration policy is raised.
"""
import hashlib as hl
import hmac
import os
from dataclasses import dataclass

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16


@dataclass(frozen=True)
class StoredCredential:
    salt: bytes
    digest: bytes
    iterations: int

    def to_record(self) -> str:
        return f"pbkdf2_{PBKDF2_ALGORITHM}${self.iterations}${self.salt.hex()}${self.digest.hex()}"

    @classmethod
    def from_record(cls, record: str) -> "StoredCredential":
        _, iterations, salt, digest = record.split("$")
        return cls(bytes.fromhex(salt), bytes.fromhex(digest), int(iterations))


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hl.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)


def make_credential(password: str) -> StoredCredential:
    salt = os.urandom(SALT_BYTES)
    return StoredCredential(salt, _derive(password, salt, PBKDF2_ITERATIONS), PBKDF2_ITERATIONS)


def verify(password: str, cred: StoredCredential) -> bool:
    candidate = _derive(password, cred.salt, cred.iterations)
    return hmac.compare_digest(candidate, cred.digest)


def needs_upgrade(cred: StoredCredential) -> bool:
    return cred.iterations < PBKDF2_ITERATIONS
