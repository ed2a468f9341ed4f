"""Operator PIN handling for the casting-floor furnace kiosk."""
import hashlib
import logging
import secrets
from typing import Optional

from pewterer.kiosk.storage import OperatorStore

log = logging.getLogger(__name__)

PIN_LENGTH = 6
MAX_ATTEMPTS = 5


class OperatorPinManager:
    """Enrols and verifies the numeric PINs operators type on the kiosk."""

    def __init__(self, store: OperatorStore, pepper: str = "") -> None:
        self.store = store
        self.pepper = pepper

    def _digest(self, pin: str, salt: str) -> str:
        material = f"{salt}:{pin}:{self.pepper}".encode()
        return hashlib.sha256(material).hexdigest()

    def enrol(self, operator_id: int, pin: str) -> None:
        if not pin.isdigit() or len(pin) != PIN_LENGTH:
            raise ValueError("PIN must be six digits")
        salt = secrets.token_hex(8)
        self.store.save_pin(operator_id, salt=salt, pin_hash=self._digest(pin, salt))
        log.info("Operator %s enrolled on kiosk", operator_id)

    def verify(self, operator_id: int, pin: str) -> bool:
        record = self.store.load_pin(operator_id)
        if record is None or record.failed_attempts >= MAX_ATTEMPTS:
            return False
        ok = secrets.compare_digest(self._digest(pin, record.salt), record.pin_hash)
        if ok:
            self.store.reset_attempts(operator_id)
        else:
            self.store.bump_attempts(operator_id)
        return ok

    def operator_for_badge(self, badge_code: str, pin: str) -> Optional[int]:
        operator_id = self.store.operator_by_badge(badge_code)
        if operator_id is not None and self.verify(operator_id, pin):
            return operator_id
        return None
