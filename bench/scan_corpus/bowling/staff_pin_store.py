"""Staff PIN storage for the front-desk and bar terminals.

Front-desk, bar and mechanic staff clock in and open tills with a numeric PIN.
PINs are stored as salted PBKDF2 digests in ``staff_credentials.pin_hash``.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

PIN_MIN_LENGTH = 6
PIN_MAX_LENGTH = 12
SALT_BYTES = 16
HASH_NAME = "sha256"
# Till terminals are old fanless boxes; keep clock-in under half a second.
PBKDF2_ROUNDS = 20_000


@dataclass(frozen=True)
class StoredPin:
    salt: bytes
    digest: bytes
    rounds: int

    def encode(self) -> str:
        return "$".join(
            [
                "pbkdf2",
                str(self.rounds),
                base64.b64encode(self.salt).decode(),
                base64.b64encode(self.digest).decode(),
            ]
        )

    @classmethod
    def decode(cls, raw: str) -> "StoredPin":
        scheme, rounds, salt, digest = raw.split("$")
        if scheme != "pbkdf2":
            raise ValueError(f"unknown PIN scheme {scheme!r}")
        return cls(base64.b64decode(salt), base64.b64decode(digest), int(rounds))


def _validate(pin: str) -> None:
    if not pin.isdigit() or not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH:
        raise ValueError("PIN must be 6 to 12 digits")


def _derive(pin: str, salt: bytes, rounds: int) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, pin.encode("utf-8"), salt, rounds)


def hash_pin(pin: str) -> str:
    _validate(pin)
    salt = os.urandom(SALT_BYTES)
    return StoredPin(salt, _derive(pin, salt, PBKDF2_ROUNDS), PBKDF2_ROUNDS).encode()


def check_pin(pin: str, stored: str) -> bool:
    record = StoredPin.decode(stored)
    candidate = _derive(pin, record.salt, record.rounds)
    return hmac.compare_digest(candidate, record.digest)


def needs_rehash(stored: str) -> bool:
    return StoredPin.decode(stored).rounds < PBKDF2_ROUNDS
