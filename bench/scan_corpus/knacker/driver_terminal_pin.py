"""PIN enrolment and verification for in-cab collection terminals.

Drivers sign in to the cab terminal with a six digit PIN before the
terminal releases the day's collection round. PIN records live in the
fleet database next to the driver's licence details.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from knacker.fleet.db import get_connection


@dataclass(frozen=True)
class PinPolicy:
    digest: str = "sha256"
    iterations: int = 40_000
    salt_bytes: int = 16
    length: int = 6


POLICY = PinPolicy()


def _derive(pin: str, salt: bytes, policy: PinPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.digest, pin.encode("utf-8"), salt, policy.iterations)


def enrol_pin(driver_id: int, pin: str) -> None:
    if len(pin) != POLICY.length or not pin.isdigit():
        raise ValueError("PIN must be six digits")
    salt = os.urandom(POLICY.salt_bytes)
    derived = _derive(pin, salt)
    with get_connection() as conn:
        conn.execute(
            "UPDATE drivers SET pin_salt = %s, pin_hash = %s, pin_set_at = now() WHERE id = %s",
            (salt, derived, driver_id),
        )


def verify_pin(driver_id: int, pin: str) -> bool:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT pin_salt, pin_hash FROM drivers WHERE id = %s AND active", (driver_id,)
        ).fetchone()
    if row is None:
        return False
    candidate = _derive(pin, bytes(row[0]))
    return hmac.compare_digest(candidate, bytes(row[1]))
