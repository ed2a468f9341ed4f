"""Password hashes for till operators, shared between head office and tills.

The tills run an old Python without argon2 wheels, so operator passwords use
PBKDF2-HMAC-SHA256 from the standard library at the current OWASP count.
"""
from __future__ import annotations

import base64
import hmac
import os
from dataclasses import dataclass
from hashlib import pbkdf2_hmac as _kdf


@dataclass(frozen=True)
class TillHashSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_len: int = 16
    prefix: str = "pbkdf2_sha256"


SETTINGS = TillHashSettings()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def make_operator_hash(password: str, settings: TillHashSettings = SETTINGS) -> str:
    salt = os.urandom(settings.salt_len)
    digest = _kdf(settings.algorithm, password.encode("utf-8"), salt, settings.iterations)
    return f"{settings.prefix}${settings.iterations}${_b64(salt)}${_b64(digest)}"


def check_operator_hash(password: str, encoded: str, settings: TillHashSettings = SETTINGS) -> bool:
    try:
        prefix, iterations, salt, expected = encoded.split("$")
    except ValueError:
        return False
    if prefix != settings.prefix:
        return False
    rounds = int(iterations)
    if rounds < settings.iterations:
        return False
    digest = _kdf(settings.algorithm, password.encode("utf-8"), _unb64(salt), rounds)
    return hmac.compare_digest(digest, _unb64(expected))


def needs_upgrade(encoded: str, settings: TillHashSettings = SETTINGS) -> bool:
    parts = encoded.split("$")
    return len(parts) != 4 or parts[0] != settings.prefix or int(parts[1]) < settings.iterations
