"""Password hashing for customer portal accounts.

Customers create an account when they place their first bespoke order so
they can follow fittings, approve fabric choices and settle balances online.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

PASSWORD_POLICY = {
    "digest": "sha256",
    "iterations": 150_000,
    "salt_bytes": 16,
    "min_length": 10,
}

_PREFIX = "pbkdf2"


class PasswordTooShort(ValueError):
    """Raised when a customer picks a password below the policy length."""


@dataclass(frozen=True)
class StoredHash:
    digest: str
    iterations: int
    salt: bytes
    value: bytes

    def encode(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        value = base64.b64encode(self.value).decode("ascii")
        return f"{_PREFIX}_{self.digest}${self.iterations}${salt}${value}"

    @classmethod
    def decode(cls, encoded: str) -> "StoredHash":
        scheme, iterations, salt, value = encoded.split("$")
        digest = scheme.removeprefix(f"{_PREFIX}_")
        return cls(digest, int(iterations), base64.b64decode(salt), base64.b64decode(value))


def _derive(password: str, salt: bytes, digest: str, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(digest, password.encode("utf-8"), salt, iterations)


def hash_password(password: str, policy: dict | None = None) -> str:
    """Return an encoded hash suitable for the ``customers.password_hash`` column."""
    policy = policy or PASSWORD_POLICY
    if len(password) < policy["min_length"]:
        raise PasswordTooShort(f"password must be at least {policy['min_length']} characters")
    salt = os.urandom(policy["salt_bytes"])
    value = _derive(password, salt, policy["digest"], policy["iterations"])
    return StoredHash(policy["digest"], policy["iterations"], salt, value).encode()


def verify_password(password: str, encoded: str) -> bool:
    stored = StoredHash.decode(encoded)
    candidate = _derive(password, stored.salt, stored.digest, stored.iterations)
    return hmac.compare_digest(candidate, stored.value)


def needs_rehash(encoded: str, policy: dict | None = None) -> bool:
    """True when a stored hash was produced under an older policy."""
    policy = policy or PASSWORD_POLICY
    stored = StoredHash.decode(encoded)
    return stored.digest != policy["digest"] or stored.iterations < policy["iterations"]
