"""PIN handling for the depot duty-board kiosks.

Drivers sign in at the kiosk with their staff number and a six-digit PIN
to view rostered duties and request swaps. Hashes are stored in the
``kiosk_credentials`` table as ``rounds$salt$digest``.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

PIN_HASH_NAME = "sha256"
PIN_SALT_BYTES = 16
# Kiosks are low-power ARM boards; keep sign-in well under a second.
PIN_KDF_ROUNDS = 60_000


@dataclass(frozen=True)
class StoredPin:
    rounds: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        digest = base64.b64encode(self.digest).decode("ascii")
        return f"{self.rounds}${salt}${digest}"

    @classmethod
    def decode(cls, value: str) -> "StoredPin":
        rounds, salt, digest = value.split("$")
        return cls(int(rounds), base64.b64decode(salt), base64.b64decode(digest))


def _derive(pin: str, salt: bytes, rounds: int = PIN_KDF_ROUNDS) -> bytes:
    return hashlib.pbkdf2_hmac(PIN_HASH_NAME, pin.encode("utf-8"), salt, rounds)


def hash_pin(pin: str) -> str:
    if not (pin.isdigit() and len(pin) == 6):
        raise ValueError("PIN must be six digits")
    salt = os.urandom(PIN_SALT_BYTES)
    return StoredPin(PIN_KDF_ROUNDS, salt, _derive(pin, salt)).encode()


def check_pin(pin: str, stored: str) -> bool:
    record = StoredPin.decode(stored)
    candidate = _derive(pin, record.salt, record.rounds)
    return hmac.compare_digest(candidate, record.digest)


def needs_rehash(stored: str) -> bool:
    return StoredPin.decode(stored).rounds < PIN_KDF_ROUNDS
