"""Credential storage for the performer self-service portal.

Performers log in to check rehearsal calls, upload medical clearances and
confirm tour legs. Hashes are kept in the ``performer_accounts`` table.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    kdf_iterations: int = 12_000
    salt_bytes: int = 16
    scheme: str = "pbkdf2"


DEFAULT_POLICY = HashPolicy()


def _derive(password: str, salt: bytes, policy: HashPolicy) -> bytes:
    return hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.kdf_iterations
    )


def encode_password(password: str, policy: HashPolicy = DEFAULT_POLICY) -> str:
    """Return a storable ``scheme$iterations$salt$digest`` string."""
    salt = os.urandom(policy.salt_bytes)
    digest = _derive(password, salt, policy)
    return "$".join(
        [
            policy.scheme,
            str(policy.kdf_iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def check_password(password: str, stored: str) -> bool:
    """Validate a login attempt against a stored hash string."""
    try:
        scheme, iterations, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != DEFAULT_POLICY.scheme:
        return False
    policy = HashPolicy(kdf_iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def needs_rehash(stored: str, policy: HashPolicy = DEFAULT_POLICY) -> bool:
    """True when a stored hash was produced with different parameters."""
    parts = stored.split("$")
    return len(parts) != 4 or int(parts[1]) != policy.kdf_iterations
