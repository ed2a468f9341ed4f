"""Hashing and verification of staff back-office passwords and till PINs.

Used by the front-desk app when a stylist clocks in or opens the till, and
by the admin site for managers.
"""
from __future__ import annotations

import base64
import hashlib as hl
import hmac
import os
from dataclasses import dataclass

# Shared with the kiosk firmware build, keep in sync with kiosk/auth.c
HASH_NAME = "sha256"
SALT_BYTES = 16
KDF_ROUNDS = 120_000
MIN_PIN_LENGTH = 6


@dataclass(frozen=True)
class HashedSecret:
    rounds: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        digest = base64.b64encode(self.digest).decode("ascii")
        return f"pbkdf2_{HASH_NAME}${self.rounds}${salt}${digest}"

    @classmethod
    def decode(cls, value: str) -> "HashedSecret":
        _, rounds, salt, digest = value.split("$")
        return cls(int(rounds), base64.b64decode(salt), base64.b64decode(digest))


def _derive(secret: str, salt: bytes, rounds: int = KDF_ROUNDS) -> bytes:
    return hl.pbkdf2_hmac(HASH_NAME, secret.encode("utf-8"), salt, rounds)


def hash_staff_secret(secret: str) -> str:
    if len(secret) < MIN_PIN_LENGTH:
        raise ValueError(f"staff PINs must be at least {MIN_PIN_LENGTH} characters")
    salt = os.urandom(SALT_BYTES)
    return HashedSecret(KDF_ROUNDS, salt, _derive(secret, salt)).encode()


def verify_staff_secret(secret: str, stored: str) -> bool:
    record = HashedSecret.decode(stored)
    candidate = _derive(secret, record.salt, record.rounds)
    return hmac.compare_digest(candidate, record.digest)


def needs_rehash(stored: str) -> bool:
    return HashedSecret.decode(stored).rounds != KDF_ROUNDS
