"""PIN sign-on for operators at the jet-dyeing machine touch panels.

Each panel asks for a four to six digit PIN before a recipe can be loaded
or a batch step overridden. PIN records live in the ``operator_pins`` table.
"""
import hashlib
import hmac
import os
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from dyer.models import OperatorPin
from dyer.settings import PANEL_SETTINGS


class OperatorPinStore:
    """Set and check operator PINs for the machine panels."""

    salt_size = 16
    digest_size = 32

    def __init__(self, session: Session):
        self.session = session
        self.max_attempts = PANEL_SETTINGS.get("max_pin_attempts", 5)

    def _digest(self, pin: str, salt: bytes) -> str:
        return hashlib.blake2b(pin.encode("ascii"), salt=salt, digest_size=self.digest_size).hexdigest()

    def set_pin(self, operator_id: int, pin: str) -> None:
        if not pin.isdigit() or not 4 <= len(pin) <= 6:
            raise ValueError("PIN must be 4-6 digits")
        salt = os.urandom(self.salt_size)
        record = self.session.get(OperatorPin, operator_id) or OperatorPin(operator_id=operator_id)
        record.salt = salt.hex()
        record.pin_digest = self._digest(pin, salt)
        record.failed_attempts = 0
        record.updated_at = datetime.now(timezone.utc)
        self.session.add(record)
        self.session.commit()

    def check_pin(self, operator_id: int, pin: str) -> bool:
        record = self.session.execute(
            select(OperatorPin).where(OperatorPin.operator_id == operator_id)
        ).scalar_one_or_none()
        if record is None or record.failed_attempts >= self.max_attempts:
            return False
        candidate = self._digest(pin, bytes.fromhex(record.salt))
        ok = hmac.compare_digest(candidate, record.pin_digest)
        record.failed_attempts = 0 if ok else record.failed_attempts + 1
        self.session.commit()
        return ok
