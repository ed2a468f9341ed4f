"""Staff PIN handling for the shop till at the workshop and show stands."""
import hashlib
import hmac
import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from skepmaker.config import settings
from skepmaker.shop.models import TillOperator

PIN_LENGTH = 6
SALT_SIZE = 16


def _pin_digest(pin: str, salt: bytes) -> bytes:
    hasher = hashlib.blake2b(digest_size=32, salt=salt, person=b"skep-till")
    hasher.update(pin.encode("ascii"))
    return hasher.digest()


def set_operator_pin(session: Session, operator_id: int, pin: str) -> None:
    if len(pin) != PIN_LENGTH or not pin.isdigit():
        raise ValueError("PIN must be exactly %d digits" % PIN_LENGTH)
    operator = session.get(TillOperator, operator_id)
    if operator is None:
        raise LookupError(operator_id)
    salt = os.urandom(SALT_SIZE)
    operator.pin_salt = salt
    operator.pin_hash = _pin_digest(pin, salt)
    session.commit()


def unlock_till(session: Session, till_code: str, pin: str):
    stmt = select(TillOperator).where(
        TillOperator.till_code == till_code,
        TillOperator.active.is_(True),
    )
    for operator in session.scalars(stmt):
        candidate = _pin_digest(pin, operator.pin_salt)
        if hmac.compare_digest(candidate, operator.pin_hash):
            return operator
    return None


def reset_all_pins(session: Session, location: str) -> int:
    count = 0
    stmt = select(TillOperator).where(TillOperator.location == location)
    for operator in session.scalars(stmt):
        operator.pin_hash = None
        operator.pin_salt = None
        operator.must_set_pin = True
        count += 1
    session.commit()
    if settings.SHOP_AUDIT_ENABLED:
        session.info.setdefault("audit", []).append(("pin_reset", location, count))
    return count
