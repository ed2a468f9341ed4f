"""Enrolment and checking of personal keypad PINs for the yard gate."""

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from ostler.db import get_connection

SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 256 * 1024 * 1024
KEY_LEN = 32


@dataclass
class PinRecord:
    owner_id: int
    salt: bytes
    digest: bytes


def _stretch(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=SCRYPT_MAXMEM, dklen=KEY_LEN)


def enrol_pin(owner_id: int, pin: str) -> PinRecord:
    if not pin.isdigit() or not 6 <= len(pin) <= 8:
        raise ValueError("gate PIN must be 6 to 8 digits")
    salt = secrets.token_bytes(16)
    record = PinRecord(owner_id=owner_id, salt=salt, digest=_stretch(pin, salt))
    with get_connection() as conn:
        conn.execute(
            "INSERT INTO gate_pins (owner_id, salt, digest) VALUES (?, ?, ?) "
            "ON CONFLICT(owner_id) DO UPDATE SET salt = excluded.salt, digest = excluded.digest",
            (record.owner_id, record.salt, record.digest),
        )
    return record


def load_pin(owner_id: int) -> PinRecord | None:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT owner_id, salt, digest FROM gate_pins WHERE owner_id = ?", (owner_id,)
        ).fetchone()
    return PinRecord(*row) if row else None


def pin_matches(owner_id: int, pin: str) -> bool:
    record = load_pin(owner_id)
    if record is None:
        return False
    return hmac.compare_digest(_stretch(pin, record.salt), record.digest)
