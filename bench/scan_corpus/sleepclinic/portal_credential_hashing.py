"""PBKDF2 password hashing for the patient portal.

The portal runs on a managed platform without native argon2 support, so
passwords are hashed with PBKDF2-HMAC-SHA256 at the iteration count in the
current OWASP guidance. The iteration count is stored with each hash so it
can be raised later without invalidating existing accounts.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class Pbkdf2Policy:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    key_bytes: int = 32


POLICY = Pbkdf2Policy()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_portal_password(password: str, policy: Pbkdf2Policy = POLICY) -> str:
    salt = secrets.token_bytes(policy.salt_bytes)
    key = hashlib.pbkdf2_hmac(
        policy.digest, password.encode("utf-8"), salt, policy.iterations, policy.key_bytes
    )
    return f"pbkdf2-{policy.digest}${policy.iterations}${_b64(salt)}${_b64(key)}"


def verify_portal_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, key = stored.split("$")
    except ValueError:
        return False
    if not scheme.startswith("pbkdf2-"):
        return False
    digest = scheme.removeprefix("pbkdf2-")
    expected = _unb64(key)
    candidate = hashlib.pbkdf2_hmac(
        digest, password.encode("utf-8"), _unb64(salt), int(iterations), len(expected)
    )
    return hmac.compare_digest(candidate, expected)


def needs_upgrade(stored: str, policy: Pbkdf2Policy = POLICY) -> bool:
    try:
        scheme, iterations, _salt, _key = stored.split("$")
    except ValueError:
        return True
    return scheme != f"pbkdf2-{policy.digest}" or int(iterations) < policy.iterations
