"""Hire desk till login.

Staff on the riverside hire desk unlock the booking till with a short PIN
so they can check out canoes, take deposits and log returns. PINs are set
by the duty manager from the back-office screen.
"""

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from coracle.models import DeskOperator

log = logging.getLogger(__name__)

PIN_LENGTH = 6


@dataclass
class TillSession:
    operator_id: int
    display_name: str
    opened_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def _digest_pin(pin: str, salt: str) -> str:
    material = f"{salt}:{pin}".encode("utf-8")
    return hashlib.sha256(material).hexdigest()


def set_operator_pin(db: Session, operator: DeskOperator, pin: str) -> None:
    if len(pin) != PIN_LENGTH or not pin.isdigit():
        raise ValueError("PIN must be six digits")
    operator.pin_salt = secrets.token_hex(8)
    operator.pin_digest = _digest_pin(pin, operator.pin_salt)
    db.add(operator)
    db.commit()
    log.info("PIN updated for desk operator %s", operator.id)


def open_till(db: Session, badge_number: str, pin: str) -> TillSession | None:
    operator = db.scalar(
        select(DeskOperator).where(DeskOperator.badge_number == badge_number)
    )
    if operator is None or not operator.active:
        return None
    candidate = _digest_pin(pin, operator.pin_salt)
    if not hmac.compare_digest(candidate, operator.pin_digest):
        log.info("Till unlock refused for badge %s", badge_number)
        return None
    return TillSession(operator_id=operator.id, display_name=operator.display_name)
