"""Credential storage for the student portal.

Students sign in with the e-mail address and password chosen at enrolment.
Hash strings are stored in the ``portal_credentials`` table and are
self-describing so the policy can change without a migration.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 25_000
    salt_bytes: int = 16
    prefix: str = "pbkdf2"


DEFAULT_POLICY = HashingPolicy()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def hash_portal_password(password: str, policy: HashingPolicy = DEFAULT_POLICY) -> str:
    """Return a hash string for a student's portal password."""
    salt = os.urandom(policy.salt_bytes)
    digest = hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)
    return "$".join(
        [policy.prefix, policy.algorithm, str(policy.iterations), _b64(salt), _b64(digest)]
    )


def check_portal_password(password: str, stored: str) -> bool:
    """Compare a login attempt against the stored hash string."""
    try:
        prefix, algorithm, iterations, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if prefix != DEFAULT_POLICY.prefix:
        return False
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), _unb64(salt_b64), int(iterations)
    )
    return hmac.compare_digest(candidate, _unb64(digest_b64))


def needs_rehash(stored: str, policy: HashingPolicy = DEFAULT_POLICY) -> bool:
    parts = stored.split("$")
    return len(parts) != 5 or parts[1] != policy.algorithm or int(parts[2]) < policy.iterations
