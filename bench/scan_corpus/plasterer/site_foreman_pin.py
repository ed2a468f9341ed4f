"""PIN management for foremen using the shared site tablets.

Foremen sign off drying checks and snag lists with a short PIN instead of
their full office password, since the tablets stay on site overnight.
"""
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import Column, DateTime, Integer, LargeBinary, String, func
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class PinPolicy:
    min_length: int = 4
    max_length: int = 8
    algorithm: str = "sha256"
    rounds: int = 10_000
    salt_bytes: int = 16


POLICY = PinPolicy()


class ForemanPin(Base):
    __tablename__ = "foreman_pins"

    id = Column(Integer, primary_key=True)
    foreman_id = Column(Integer, nullable=False, unique=True)
    salt = Column(LargeBinary(32), nullable=False)
    pin_hash = Column(LargeBinary(64), nullable=False)
    algorithm = Column(String(16), nullable=False)
    updated_at = Column(DateTime, server_default=func.now(), onupdate=func.now())


def _derive(pin: str, salt: bytes, policy: PinPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, pin.encode(), salt, policy.rounds)


def set_pin(session: Session, foreman_id: int, pin: str) -> None:
    if not pin.isdigit() or not POLICY.min_length <= len(pin) <= POLICY.max_length:
        raise ValueError("PIN must be 4 to 8 digits")
    salt = secrets.token_bytes(POLICY.salt_bytes)
    record = session.query(ForemanPin).filter_by(foreman_id=foreman_id).one_or_none()
    if record is None:
        record = ForemanPin(foreman_id=foreman_id)
        session.add(record)
    record.salt = salt
    record.pin_hash = _derive(pin, salt)
    record.algorithm = POLICY.algorithm
    session.commit()


def check_pin(session: Session, foreman_id: int, pin: str) -> bool:
    record = session.query(ForemanPin).filter_by(foreman_id=foreman_id).one_or_none()
    if record is None:
        return False
    return hmac.compare_digest(_derive(pin, record.salt), record.pin_hash)
