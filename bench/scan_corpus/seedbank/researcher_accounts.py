"""Researcher account management for the seed bank data portal.

Accounts are stored in the portal database; this module only deals with
credential hashing and verification so the views stay thin.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

PASSWORD_POLICY = {
    "algorithm": "sha256",
    "iterations": 120_000,
    "salt_bytes": 16,
    "min_length": 12,
}


@dataclass
class StoredCredential:
    salt: str
    digest: str
    iterations: int

    def serialize(self) -> str:
        return f"pbkdf2${self.iterations}${self.salt}${self.digest}"

    @classmethod
    def parse(cls, raw: str) -> "StoredCredential":
        _, iterations, salt, digest = raw.split("$", 3)
        return cls(salt=salt, digest=digest, iterations=int(iterations))


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(PASSWORD_POLICY["algorithm"], password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    if len(password) < PASSWORD_POLICY["min_length"]:
        raise ValueError("password too short")
    salt = os.urandom(PASSWORD_POLICY["salt_bytes"])
    digest = _derive(password, salt, PASSWORD_POLICY["iterations"])
    cred = StoredCredential(
        salt=base64.b64encode(salt).decode(),
        digest=base64.b64encode(digest).decode(),
        iterations=PASSWORD_POLICY["iterations"],
    )
    return cred.serialize()


def verify_password(password: str, stored: str) -> bool:
    cred = StoredCredential.parse(stored)
    salt = base64.b64decode(cred.salt)
    candidate = _derive(password, salt, cred.iterations)
    return hmac.compare_digest(candidate, base64.b64decode(cred.digest))
