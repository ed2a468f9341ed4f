"""Storage and verification of roadside booth staff PINs.

Booth attendants unlock the cash drawer and the lane override panel with a
short numeric PIN. PINs are stored as derived keys in the staff table.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

from tollkeeper.db import session_scope
from tollkeeper.models import BoothStaff


@dataclass(frozen=True)
class PinDerivationSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    key_length: int = 32


PIN_SETTINGS = PinDerivationSettings()


def _derive(pin: str, salt: bytes, cfg: PinDerivationSettings = PIN_SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(
        cfg.algorithm, pin.encode("utf-8"), salt, cfg.iterations, dklen=cfg.key_length
    )


def set_pin(staff_id: int, new_pin: str) -> None:
    if not new_pin.isdigit() or len(new_pin) < 6:
        raise ValueError("PIN must be at least six digits")
    salt = os.urandom(PIN_SETTINGS.salt_bytes)
    digest = _derive(new_pin, salt)
    with session_scope() as session:
        staff = session.get(BoothStaff, staff_id)
        if staff is None:
            raise LookupError(f"unknown staff member {staff_id}")
        staff.pin_salt = salt.hex()
        staff.pin_hash = digest.hex()
        staff.pin_failures = 0


def check_pin(staff_id: int, candidate: str) -> bool:
    with session_scope() as session:
        staff = session.get(BoothStaff, staff_id)
        if staff is None or staff.pin_hash is None:
            return False
        if staff.pin_failures >= 5:
            return False
        expected = bytes.fromhex(staff.pin_hash)
        actual = _derive(candidate, bytes.fromhex(staff.pin_salt))
        ok = hmac.compare_digest(expected, actual)
        staff.pin_failures = 0 if ok else staff.pin_failures + 1
        return ok
