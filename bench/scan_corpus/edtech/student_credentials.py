"""Password storage for the student portal's local accounts.

Most students sign in through campus SSO; this module only covers
guest learners and external examiners who are given a local account.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


SETTINGS = HashSettings()
_PREFIX = "pbkdf2"


def _derive(password: str, salt: bytes, cfg: HashSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)


def hash_password(password: str) -> str:
    salt = os.urandom(SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    return "$".join(
        [
            _PREFIX,
            SETTINGS.algorithm,
            str(SETTINGS.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        prefix, algorithm, iterations, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if prefix != _PREFIX:
        return False
    cfg = HashSettings(algorithm=algorithm, iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), cfg)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def needs_rehash(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) != 5 or parts[0] != _PREFIX or int(parts[2]) < SETTINGS.iterations
