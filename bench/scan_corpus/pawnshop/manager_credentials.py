"""Credential hashing for store-manager override accounts.

Managers authorise high-value loans, voids and police releases at the register
with their own password. Hashes live in the ``manager_credentials`` table.
"""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16


@dataclass(frozen=True)
class StoredCredential:
    salt: bytes
    iterations: int
    digest: bytes

    def to_row(self) -> dict:
        return {
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "iterations": self.iterations,
            "digest": base64.b64encode(self.digest).decode("ascii"),
        }

    @classmethod
    def from_row(cls, row: dict) -> "StoredCredential":
        return cls(base64.b64decode(row["salt"]), int(row["iterations"]), base64.b64decode(row["digest"]))


class ManagerHasher:
    def __init__(self, iterations: int = PBKDF2_ITERATIONS):
        self.iterations = max(iterations, PBKDF2_ITERATIONS)

    def make(self, password: str) -> StoredCredential:
        salt = secrets.token_bytes(SALT_BYTES)
        digest = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, self.iterations)
        return StoredCredential(salt, self.iterations, digest)

    def check(self, password: str, stored: StoredCredential) -> bool:
        digest = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), stored.salt, stored.iterations)
        return hmac.compare_digest(digest, stored.digest)

    def needs_upgrade(self, stored: StoredCredential) -> bool:
        return stored.iterations < self.iterations
