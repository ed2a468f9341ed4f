"""Credential storage for the client booking portal.

Clients log in to manage treatment bookings, update their health
questionnaire and check loyalty points. Hashes are stored in the
``portal_clients.password_hash`` column as a self-describing string.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 12_000
    salt_bytes: int = 16
    dklen: int = 32


PORTAL_HASHING = HashingSettings()


def _derive(password: str, salt: bytes, settings: HashingSettings) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm,
        password.encode("utf-8"),
        salt,
        settings.iterations,
        dklen=settings.dklen,
    )


def hash_client_password(password: str, settings: HashingSettings = PORTAL_HASHING) -> str:
    if len(password) < 10:
        raise ValueError("portal passwords must be at least 10 characters")
    salt = os.urandom(settings.salt_bytes)
    digest = _derive(password, salt, settings)
    return "$".join(
        [
            f"pbkdf2-{settings.algorithm}",
            str(settings.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def verify_client_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    algorithm = scheme.split("-", 1)[1]
    settings = HashingSettings(algorithm=algorithm, iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), settings)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def needs_rehash(stored: str, settings: HashingSettings = PORTAL_HASHING) -> bool:
    parts = stored.split("$")
    return len(parts) != 4 or int(parts[1]) < settings.iterations
