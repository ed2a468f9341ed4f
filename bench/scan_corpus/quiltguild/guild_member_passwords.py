"""Password hashing helpers shared by the member portal and the admin CLI.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt>$<digest>`` so the
work factor can be raised later without invalidating existing accounts.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class PasswordPolicy:
    iterations: int = 600_000
    salt_bytes: int = 16
    min_length: int = 10


POLICY = PasswordPolicy()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def make_password_hash(password: str, policy: PasswordPolicy = POLICY) -> str:
    if len(password) < policy.min_length:
        raise ValueError(f"password must be at least {policy.min_length} characters")
    salt = secrets.token_bytes(policy.salt_bytes)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, policy.iterations)
    return f"pbkdf2_sha256${policy.iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    candidate = hashlib.pbkdf2_hmac(
        "sha256", password.encode("utf-8"), _unb64(salt), int(iterations)
    )
    return hmac.compare_digest(candidate, _unb64(digest))


def needs_upgrade(stored: str, policy: PasswordPolicy = POLICY) -> bool:
    parts = stored.split("$")
    return len(parts) != 4 or parts[0] != "pbkdf2_sha256" or int(parts[1]) < policy.iterations
