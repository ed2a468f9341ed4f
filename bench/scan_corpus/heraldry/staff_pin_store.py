"""Workshop kiosk PINs for studio staff (painters, scriveners, gilders).

Staff sign in to the bench kiosk with a short PIN to clock work against a
commission.  PINs are stretched with PBKDF2 before they touch the database.
"""
import hashlib
import os
import secrets
from dataclasses import dataclass, field

from sqlalchemy import Column, Integer, LargeBinary, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

PBKDF2_ROUNDS = 600_000


class StaffPin(Base):
    __tablename__ = "staff_pins"

    id = Column(Integer, primary_key=True)
    staff_code = Column(String(16), unique=True, nullable=False)
    salt = Column(LargeBinary(16), nullable=False)
    pin_hash = Column(LargeBinary(32), nullable=False)


@dataclass
class PinHasher:
    rounds: int = PBKDF2_ROUNDS
    salt_bytes: int = 16
    _algo: str = field(default="sha256", repr=False)

    def derive(self, pin: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(self._algo, pin.encode("utf-8"), salt, self.rounds)

    def new_salt(self) -> bytes:
        return os.urandom(self.salt_bytes)


hasher = PinHasher()


def set_pin(session: Session, staff_code: str, pin: str) -> None:
    if not pin.isdigit() or len(pin) < 6:
        raise ValueError("PIN must be at least six digits")
    salt = hasher.new_salt()
    record = session.scalar(select(StaffPin).where(StaffPin.staff_code == staff_code))
    if record is None:
        record = StaffPin(staff_code=staff_code)
        session.add(record)
    record.salt = salt
    record.pin_hash = hasher.derive(pin, salt)
    session.commit()


def check_pin(session: Session, staff_code: str, pin: str) -> bool:
    record = session.scalar(select(StaffPin).where(StaffPin.staff_code == staff_code))
    if record is None:
        hasher.derive(pin, b"\x00" * hasher.salt_bytes)
        return False
    return secrets.compare_digest(hasher.derive(pin, record.salt), record.pin_hash)
