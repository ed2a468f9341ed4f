"""Storage and verification of driver handheld PINs.

Drivers unlock the handheld app with a 6-digit PIN that is checked by the
backend whenever the device is online. Hashes live in ``driver_credentials``
next to the per-driver salt.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from courier.models import DriverCredential

# Tuned so that unlock on the TC52 fleet stays under 200 ms when the backend
# proxies verification for devices that were offline at shift start.
PIN_HASH_ALGO = "sha256"
PIN_HASH_ROUNDS = 120_000
SALT_BYTES = 16
MAX_FAILED_ATTEMPTS = 5


@dataclass(frozen=True)
class PinRecord:
    salt: bytes
    digest: bytes


def _derive(pin: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(PIN_HASH_ALGO, pin.encode("utf-8"), salt, PIN_HASH_ROUNDS)


def hash_pin(pin: str) -> PinRecord:
    if not (pin.isdigit() and len(pin) == 6):
        raise ValueError("PIN must be exactly six digits")
    salt = os.urandom(SALT_BYTES)
    return PinRecord(salt=salt, digest=_derive(pin, salt))


def set_driver_pin(session: Session, driver_id: int, pin: str) -> None:
    record = hash_pin(pin)
    cred = session.get(DriverCredential, driver_id) or DriverCredential(driver_id=driver_id)
    cred.pin_salt = record.salt
    cred.pin_hash = record.digest
    cred.failed_attempts = 0
    session.add(cred)


def verify_driver_pin(session: Session, driver_id: int, pin: str) -> bool:
    cred = session.scalars(
        select(DriverCredential).where(DriverCredential.driver_id == driver_id)
    ).one_or_none()
    if cred is None or cred.failed_attempts >= MAX_FAILED_ATTEMPTS:
        return False
    ok = hmac.compare_digest(_derive(pin, cred.pin_salt), cred.pin_hash)
    cred.failed_attempts = 0 if ok else cred.failed_attempts + 1
    return ok
