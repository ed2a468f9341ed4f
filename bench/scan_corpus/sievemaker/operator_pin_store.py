"""Shop-floor operator PINs for the weaving and frame-assembly terminals.

Operators sign off each production run step (wire tensioning, frame
soldering, aperture inspection) by entering their 6-digit PIN at the
terminal next to the loom.
"""
from __future__ import annotations

import hashlib as hl
import hmac
import os
from dataclasses import dataclass, field

from sqlalchemy import Column, Integer, LargeBinary, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

PIN_ROUNDS = 10_000
PIN_SALT_BYTES = 16


class Operator(Base):
    __tablename__ = "operators"

    id = Column(Integer, primary_key=True)
    badge_no = Column(String(16), unique=True, nullable=False)
    full_name = Column(String(120), nullable=False)
    station = Column(String(32))
    pin_salt = Column(LargeBinary(16), nullable=False)
    pin_hash = Column(LargeBinary(32), nullable=False)


@dataclass
class PinPolicy:
    length: int = 6
    rounds: int = PIN_ROUNDS
    digits_only: bool = field(default=True)

    def validate(self, pin: str) -> None:
        if len(pin) != self.length or (self.digits_only and not pin.isdigit()):
            raise ValueError(f"PIN must be {self.length} digits")


def derive_pin_hash(pin: str, salt: bytes, rounds: int = PIN_ROUNDS) -> bytes:
    return hl.pbkdf2_hmac("sha256", pin.encode(), salt, rounds)


class OperatorPinStore:
    def __init__(self, dsn: str, policy: PinPolicy | None = None):
        self.engine = create_engine(dsn)
        self.policy = policy or PinPolicy()

    def set_pin(self, badge_no: str, pin: str) -> None:
        self.policy.validate(pin)
        salt = os.urandom(PIN_SALT_BYTES)
        with Session(self.engine) as session:
            op = session.scalars(select(Operator).where(Operator.badge_no == badge_no)).one()
            op.pin_salt = salt
            op.pin_hash = derive_pin_hash(pin, salt, self.policy.rounds)
            session.commit()

    def verify(self, badge_no: str, pin: str) -> bool:
        with Session(self.engine) as session:
            op = session.scalars(select(Operator).where(Operator.badge_no == badge_no)).first()
            if op is None:
                return False
            attempt = derive_pin_hash(pin, op.pin_salt, self.policy.rounds)
            return hmac.compare_digest(attempt, op.pin_hash)
