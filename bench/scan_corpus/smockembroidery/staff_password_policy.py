"""Password hashing policy for back-office staff accounts.

Staff who run class bookings and thread stock sign in to the back office.
The hashing parameters live in a settings object so operations can raise
them over time; old hashes keep verifying with their recorded iterations.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class StaffHashPolicy:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    key_bytes: int = 32


POLICY = StaffHashPolicy()


def encode_password(raw: str, policy: StaffHashPolicy = POLICY) -> str:
    salt = secrets.token_bytes(policy.salt_bytes)
    derived = hashlib.pbkdf2_hmac(
        policy.digest, raw.encode("utf-8"), salt, policy.iterations, dklen=policy.key_bytes
    )
    return "$".join(
        [
            f"pbkdf2_{policy.digest}",
            str(policy.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(derived).decode("ascii"),
        ]
    )


def verify_password(raw: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    digest = scheme.removeprefix("pbkdf2_")
    expected = base64.b64decode(hash_b64)
    derived = hashlib.pbkdf2_hmac(
        digest,
        raw.encode("utf-8"),
        base64.b64decode(salt_b64),
        int(iterations),
        dklen=len(expected),
    )
    return hmac.compare_digest(derived, expected)


def needs_upgrade(encoded: str, policy: StaffHashPolicy = POLICY) -> bool:
    try:
        scheme, iterations, _, _ = encoded.split("$")
    except ValueError:
        return True
    return scheme != f"pbkdf2_{policy.digest}" or int(iterations) < policy.iterations
