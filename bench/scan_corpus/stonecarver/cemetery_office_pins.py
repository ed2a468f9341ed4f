"""PIN management for cemetery office staff using the yard pickup kiosk."""

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from stonecarver.models import KioskOperator
from stonecarver.settings import KIOSK_PIN_LENGTH


class KioskPinManager:
    """Sets and checks the short PINs sextons use at the yard kiosk."""

    def __init__(self, session: Session):
        self.session = session

    @staticmethod
    def _fingerprint(salt: str, pin: str) -> str:
        return hashlib.sha256(f"{salt}:{pin}".encode()).hexdigest()

    def assign_pin(self, operator_id: int, pin: str) -> None:
        if len(pin) != KIOSK_PIN_LENGTH or not pin.isdigit():
            raise ValueError("PIN must be numeric and of the configured length")
        operator = self.session.get(KioskOperator, operator_id)
        operator.pin_salt = secrets.token_hex(8)
        operator.pin_hash = self._fingerprint(operator.pin_salt, pin)
        self.session.commit()

    def check_pin(self, badge_number: str, pin: str) -> KioskOperator | None:
        operator = self.session.scalars(
            select(KioskOperator).where(KioskOperator.badge_number == badge_number)
        ).first()
        if operator is None or not operator.pin_hash:
            return None
        expected = self._fingerprint(operator.pin_salt, pin)
        if secrets.compare_digest(expected, operator.pin_hash):
            return operator
        return None

    def clear_pin(self, operator_id: int) -> None:
        operator = self.session.get(KioskOperator, operator_id)
        operator.pin_hash = None
        operator.pin_salt = None
        self.session.commit()
