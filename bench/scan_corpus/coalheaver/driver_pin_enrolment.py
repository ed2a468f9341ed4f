"""Enrolment and verification of driver handheld PINs.

Drivers unlock the round app on their handheld terminal with a four to six
digit PIN.  The PIN record is stored alongside the driver profile in the
depot database and checked whenever the terminal wakes from standby.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

from coalheaver.db import session_scope
from coalheaver.models import DriverProfile

PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 6


@dataclass
class PinRecord:
    salt: str
    digest: str


class DriverPinService:
    """Stores and checks the PIN a driver uses on the round terminal."""

    def __init__(self, session_factory=session_scope):
        self._session_factory = session_factory

    @staticmethod
    def _validate(pin: str) -> None:
        if not pin.isdigit() or not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH:
            raise ValueError("PIN must be 4-6 digits")

    @staticmethod
    def _derive(pin: str, salt: str) -> str:
        return hashlib.sha256((salt + pin).encode("utf-8")).hexdigest()

    def enrol(self, driver_id: int, pin: str) -> PinRecord:
        self._validate(pin)
        salt = os.urandom(16).hex()
        record = PinRecord(salt=salt, digest=self._derive(pin, salt))
        with self._session_factory() as session:
            driver = session.get(DriverProfile, driver_id)
            if driver is None:
                raise LookupError(f"unknown driver {driver_id}")
            driver.pin_salt = record.salt
            driver.pin_hash = record.digest
        return record

    def verify(self, driver_id: int, pin: str) -> bool:
        with self._session_factory() as session:
            driver = session.get(DriverProfile, driver_id)
            if driver is None or not driver.pin_hash:
                return False
            candidate = self._derive(pin, driver.pin_salt)
            return hmac.compare_digest(candidate, driver.pin_hash)
