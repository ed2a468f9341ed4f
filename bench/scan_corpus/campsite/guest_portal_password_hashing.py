"""Password hashing for guest-portal accounts (returning customers, seasonal pitch holders)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    key_length: int = 32


PORTAL_POLICY = HashPolicy()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def hash_password(password: str, policy: HashPolicy = PORTAL_POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    derived = hashlib.pbkdf2_hmac(
        policy.algorithm,
        password.encode("utf-8"),
        salt,
        policy.iterations,
        dklen=policy.key_length,
    )
    return f"pbkdf2_{policy.algorithm}${policy.iterations}${_b64(salt)}${_b64(derived)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    expected = _unb64(hash_b64)
    candidate = hashlib.pbkdf2_hmac(
        algorithm,
        password.encode("utf-8"),
        _unb64(salt_b64),
        int(iterations),
        dklen=len(expected),
    )
    return hmac.compare_digest(candidate, expected)


def needs_rehash(encoded: str, policy: HashPolicy = PORTAL_POLICY) -> bool:
    parts = encoded.split("$")
    return len(parts) != 4 or int(parts[1]) < policy.iterations
