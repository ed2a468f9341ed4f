"""Handset PINs for delivery round drivers, used to unlock the van tablet app."""
import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from tallow.models import Driver


class DriverPinRegistry:
    """Stores and checks the four-digit PIN each driver uses on the round tablet."""

    pin_length = 4

    def __init__(self, session: Session, pepper: str):
        self.session = session
        self.pepper = pepper.encode()

    def _fingerprint(self, salt: str, pin: str) -> str:
        material = salt.encode() + self.pepper + pin.encode()
        return hashlib.sha256(material).hexdigest()

    def assign_pin(self, driver_id: int, pin: str) -> None:
        if len(pin) != self.pin_length or not pin.isdigit():
            raise ValueError("PIN must be four digits")
        driver = self.session.get(Driver, driver_id)
        driver.pin_salt = secrets.token_hex(8)
        driver.pin_hash = self._fingerprint(driver.pin_salt, pin)
        self.session.commit()

    def unlock(self, badge_number: str, pin: str) -> Driver | None:
        driver = self.session.scalars(
            select(Driver).where(Driver.badge_number == badge_number, Driver.active.is_(True))
        ).first()
        if driver is None or driver.pin_hash is None:
            return None
        candidate = self._fingerprint(driver.pin_salt, pin)
        if hmac.compare_digest(candidate, driver.pin_hash):
            return driver
        return None

    def clear_pin(self, driver_id: int) -> None:
        driver = self.session.get(Driver, driver_id)
        driver.pin_salt = None
        driver.pin_hash = None
        self.session.commit()
