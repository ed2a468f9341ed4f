"""Authentication settings and password helpers for studio staff logins.

Staff accounts manage class bookings and thread stock from the back office.
Hashing parameters are grouped in a settings object so they can be tuned
per deployment without touching the helpers.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_length: int = 16
    key_length: int = 32


@dataclass
class AuthSettings:
    session_cookie_name: str = "smock_staff"
    session_ttl_minutes: int = 480
    hashing: HashingSettings = field(default_factory=HashingSettings)


SETTINGS = AuthSettings()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def make_password(raw: str, settings: HashingSettings = SETTINGS.hashing) -> str:
    salt = os.urandom(settings.salt_length)
    derived = hashlib.pbkdf2_hmac(
        settings.algorithm,
        raw.encode("utf-8"),
        salt,
        settings.iterations,
        dklen=settings.key_length,
    )
    return f"pbkdf2_{settings.algorithm}${settings.iterations}${_b64(salt)}${_b64(derived)}"


def check_password(raw: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(hash_b64)
    derived = hashlib.pbkdf2_hmac(
        algorithm, raw.encode("utf-8"), salt, int(iterations), dklen=len(expected)
    )
    return hmac.compare_digest(derived, expected)
