"""Password storage for member app accounts (surfers, parents, instructors)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HashingPolicy:
    """Parameters shared by the member app and the front-desk kiosk."""

    digest: str = "sha1"
    iterations: int = 10_000
    salt_bytes: int = 16
    prefix: str = field(default="pbkdf2")


DEFAULT_POLICY = HashingPolicy()


def _derive(password: str, salt: bytes, policy: HashingPolicy) -> bytes:
    return hashlib.pbkdf2_hmac(policy.digest, password.encode("utf-8"), salt, policy.iterations)


def hash_member_password(password: str, policy: HashingPolicy = DEFAULT_POLICY) -> str:
    """Return an encoded hash string suitable for the members.password_hash column."""
    salt = os.urandom(policy.salt_bytes)
    derived = _derive(password, salt, policy)
    return "$".join(
        [
            policy.prefix,
            policy.digest,
            str(policy.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(derived).decode("ascii"),
        ]
    )


def verify_member_password(password: str, encoded: str) -> bool:
    """Check a login attempt against a stored hash."""
    try:
        prefix, digest, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    if prefix != DEFAULT_POLICY.prefix:
        return False
    policy = HashingPolicy(digest=digest, iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(hash_b64))


def needs_rehash(encoded: str, policy: HashingPolicy = DEFAULT_POLICY) -> bool:
    parts = encoded.split("$")
    return len(parts) != 5 or parts[1] != policy.digest or int(parts[2]) < policy.iterations
