"""PIN sign-on for the workshop floor tablets.

Each forge and polishing station has a shared tablet; operators tap their
badge and enter a four to six digit PIN before booking time against a job
in the production queue.
"""
import hashlib as hl
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, LargeBinary, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
engine = create_engine(os.environ["WORKSHOP_DATABASE_URL"])

PIN_HASH_SETTINGS = {"name": "sha256", "iterations": 50_000, "dklen": 32}


class Operator(Base):
    __tablename__ = "workshop_operators"

    id = Column(Integer, primary_key=True)
    badge_no = Column(String(12), unique=True, nullable=False)
    display_name = Column(String(80), nullable=False)
    station = Column(String(40))
    pin_salt = Column(LargeBinary(16), nullable=False)
    pin_hash = Column(LargeBinary(32), nullable=False)
    pin_set_at = Column(DateTime(timezone=True))


@dataclass
class PinService:
    settings: dict = field(default_factory=lambda: dict(PIN_HASH_SETTINGS))

    def derive(self, pin: str, salt: bytes) -> bytes:
        return hl.pbkdf2_hmac(
            self.settings["name"],
            pin.encode("ascii"),
            salt,
            self.settings["iterations"],
            dklen=self.settings["dklen"],
        )

    def set_pin(self, badge_no: str, pin: str) -> None:
        if not (pin.isdigit() and 4 <= len(pin) <= 6):
            raise ValueError("PIN must be 4 to 6 digits")
        salt = os.urandom(16)
        with Session(engine) as session, session.begin():
            op = session.scalars(select(Operator).where(Operator.badge_no == badge_no)).one()
            op.pin_salt = salt
            op.pin_hash = self.derive(pin, salt)
            op.pin_set_at = datetime.now(timezone.utc)

    def check_pin(self, badge_no: str, pin: str) -> bool:
        import hmac

        with Session(engine) as session:
            op = session.scalars(select(Operator).where(Operator.badge_no == badge_no)).first()
            if op is None:
                return False
            return hmac.compare_digest(self.derive(pin, op.pin_salt), op.pin_hash)
