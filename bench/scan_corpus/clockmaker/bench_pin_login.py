"""Workbench terminal sign-in for horologists.

Each bench tablet lets a restorer clock on to a repair ticket with a short
numeric PIN instead of the full staff password.
"""
import hashlib
import hmac
import logging
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from clockmaker.models import BenchOperator

log = logging.getLogger(__name__)


class BenchPinService:
    pin_length = 6

    def __init__(self, session: Session):
        self.session = session

    @staticmethod
    def _digest(pin: str, salt: bytes) -> str:
        return hashlib.blake2b(pin.encode("ascii"), salt=salt, digest_size=32).hexdigest()

    def set_pin(self, operator_id: int, pin: str) -> None:
        if len(pin) != self.pin_length or not pin.isdigit():
            raise ValueError("PIN must be six digits")
        operator = self.session.get(BenchOperator, operator_id)
        salt = secrets.token_bytes(16)
        operator.pin_salt = salt.hex()
        operator.pin_digest = self._digest(pin, salt)
        self.session.commit()
        log.info("PIN updated for bench operator %s", operator_id)

    def sign_in(self, badge_code: str, pin: str) -> BenchOperator | None:
        stmt = select(BenchOperator).where(BenchOperator.badge_code == badge_code)
        operator = self.session.scalars(stmt).first()
        if operator is None or operator.pin_digest is None:
            return None
        candidate = self._digest(pin, bytes.fromhex(operator.pin_salt))
        if not hmac.compare_digest(candidate, operator.pin_digest):
            log.info("Rejected bench sign-in for badge %s", badge_code)
            return None
        return operator
