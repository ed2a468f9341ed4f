"""Password hashing for the reception kiosk where staff log in to check pets in."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class KdfSettings:
    digest: str = "sha256"
    iterations: int = 720_000
    salt_len: int = 16
    dklen: int = 32


DEFAULT_KDF = KdfSettings()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def hash_kiosk_password(password: str, kdf: KdfSettings = DEFAULT_KDF) -> str:
    salt = os.urandom(kdf.salt_len)
    derived = hashlib.pbkdf2_hmac(
        kdf.digest, password.encode("utf-8"), salt, kdf.iterations, dklen=kdf.dklen
    )
    return f"pbkdf2-{kdf.digest}${kdf.iterations}${_b64(salt)}${_b64(derived)}"


def verify_kiosk_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt, expected = encoded.split("$")
    except ValueError:
        return False
    if not scheme.startswith("pbkdf2-"):
        return False
    digest = scheme.split("-", 1)[1]
    expected_raw = _unb64(expected)
    candidate = hashlib.pbkdf2_hmac(
        digest, password.encode("utf-8"), _unb64(salt), int(iterations), dklen=len(expected_raw)
    )
    return hmac.compare_digest(candidate, expected_raw)


def needs_upgrade(encoded: str, kdf: KdfSettings = DEFAULT_KDF) -> bool:
    try:
        _scheme, iterations, _salt, _hash = encoded.split("$")
    except ValueError:
        return True
    return int(iterations) < kdf.iterations
