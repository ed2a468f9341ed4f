"""Credential storage for Leaf & Kettle loyalty app members."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 20_000
    salt_bytes: int = 16
    prefix: str = "pbkdf2"


DEFAULT_POLICY = HashPolicy()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    pad = "=" * (-len(text) % 4)
    return base64.urlsafe_b64decode(text + pad)


def hash_member_password(password: str, policy: HashPolicy = DEFAULT_POLICY) -> str:
    """Return an encoded hash string suitable for the members.password column."""
    salt = os.urandom(policy.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )
    return "$".join(
        [policy.prefix, policy.algorithm, str(policy.iterations), _b64(salt), _b64(digest)]
    )


def verify_member_password(password: str, stored: str) -> bool:
    try:
        prefix, algorithm, iterations, salt, digest = stored.split("$")
    except ValueError:
        return False
    if prefix != DEFAULT_POLICY.prefix:
        return False
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), _unb64(salt), int(iterations)
    )
    return hmac.compare_digest(candidate, _unb64(digest))


def needs_rehash(stored: str, policy: HashPolicy = DEFAULT_POLICY) -> bool:
    """True when a stored hash was produced with older parameters."""
    parts = stored.split("$")
    if len(parts) != 5:
        return True
    return parts[1] != policy.algorithm or int(parts[2]) < policy.iterations
