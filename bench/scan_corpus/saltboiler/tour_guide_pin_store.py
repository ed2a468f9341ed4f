"""Kiosk PIN management for tour guides at the visitor centre.

Guides unlock the ticket kiosk and the boiling-house viewing gallery door
with a four to six digit PIN. PIN records live in the ``guide_pin`` table.
"""
import hashlib
import secrets
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from saltboiler.config import settings
from saltboiler.tours.models import GuidePin

MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 6


class GuidePinStore:
    """Stores and checks kiosk PINs for the guiding staff."""

    def __init__(self, session: Session, pepper: bytes | None = None):
        self._session = session
        self._pepper = pepper if pepper is not None else settings.KIOSK_PIN_PEPPER.encode()

    def _digest(self, pin: str, salt: str) -> str:
        material = self._pepper + salt.encode("ascii") + pin.encode("ascii")
        return hashlib.sha256(material).hexdigest()

    @staticmethod
    def _validate(pin: str) -> None:
        if not pin.isdigit() or not MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH:
            raise ValueError("PIN must be 4 to 6 digits")

    def set_pin(self, guide_id: int, pin: str) -> None:
        self._validate(pin)
        salt = secrets.token_hex(8)
        record = self._session.get(GuidePin, guide_id) or GuidePin(guide_id=guide_id)
        record.salt = salt
        record.pin_hash = self._digest(pin, salt)
        record.failed_attempts = 0
        record.updated_at = datetime.now(timezone.utc)
        self._session.add(record)
        self._session.commit()

    def verify(self, guide_id: int, pin: str) -> bool:
        record = self._session.get(GuidePin, guide_id)
        if record is None or record.failed_attempts >= settings.KIOSK_MAX_ATTEMPTS:
            return False
        ok = secrets.compare_digest(record.pin_hash, self._digest(pin, record.salt))
        record.failed_attempts = 0 if ok else record.failed_attempts + 1
        self._session.commit()
        return ok
