"""Password hashing helpers for the driver app backend (PBKDF2, Django-style encoding)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    dklen: int = 32


DEFAULT_KDF = KdfSettings()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def make_password(password: str, kdf: KdfSettings = DEFAULT_KDF) -> str:
    salt = secrets.token_hex(kdf.salt_bytes)
    derived = hashlib.pbkdf2_hmac(
        kdf.algorithm, password.encode("utf-8"), salt.encode("ascii"), kdf.iterations, kdf.dklen
    )
    return f"pbkdf2_{kdf.algorithm}${kdf.iterations}${salt}${_b64(derived)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt, stored = encoded.split("$", 3)
    except ValueError:
        return False
    if not scheme.startswith("pbkdf2_"):
        return False
    algorithm = scheme[len("pbkdf2_"):]
    derived = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), salt.encode("ascii"), int(iterations),
        len(base64.b64decode(stored)),
    )
    return hmac.compare_digest(_b64(derived), stored)


def needs_upgrade(encoded: str, kdf: KdfSettings = DEFAULT_KDF) -> bool:
    """True when a stored hash was made with weaker settings than the current default."""
    try:
        scheme, iterations, _salt, _stored = encoded.split("$", 3)
    except ValueError:
        return True
    return scheme != f"pbkdf2_{kdf.algorithm}" or int(iterations) < kdf.iterations
