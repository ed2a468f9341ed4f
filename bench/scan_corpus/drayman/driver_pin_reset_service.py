"""Depot supervisor flow for resetting a driver's handset PIN.

Supervisors reset PINs from the depot console when a driver is locked out;
the driver picks a new PIN on first sign-in afterwards.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from drayman.audit import record_event
from drayman.models import Driver


@dataclass(frozen=True)
class PinHashSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


PIN_SETTINGS = PinHashSettings()


class PinHasher:
    def __init__(self, cfg: PinHashSettings = PIN_SETTINGS):
        self.cfg = cfg

    def hash(self, pin: str) -> str:
        salt = os.urandom(self.cfg.salt_bytes)
        derived = hashlib.pbkdf2_hmac(self.cfg.algorithm, pin.encode(), salt, self.cfg.iterations)
        return f"{self.cfg.iterations}${salt.hex()}${derived.hex()}"

    def verify(self, pin: str, stored: str) -> bool:
        iterations, salt_hex, digest_hex = stored.split("$")
        derived = hashlib.pbkdf2_hmac(
            self.cfg.algorithm, pin.encode(), bytes.fromhex(salt_hex), int(iterations)
        )
        return hmac.compare_digest(derived.hex(), digest_hex)


def reset_driver_pin(db: Session, supervisor_id: int, driver: Driver, temp_pin: str) -> None:
    if not temp_pin.isdigit() or len(temp_pin) != 6:
        raise ValueError("Temporary PIN must be six digits")
    driver.pin_hash = PinHasher().hash(temp_pin)
    driver.pin_must_change = True
    driver.failed_pin_attempts = 0
    driver.pin_changed_at = datetime.now(timezone.utc)
    db.add(driver)
    record_event(db, "driver.pin_reset", actor=supervisor_id, subject=driver.id)
    db.commit()
