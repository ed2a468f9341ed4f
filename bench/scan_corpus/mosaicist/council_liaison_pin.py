"""PIN access for council liaison officers reviewing commission proofs.

Liaison officers get a short numeric PIN so they can approve design
stages from a tablet on site without a full portal login.
"""
import hashlib
import secrets
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class LiaisonOfficer(Base):
    __tablename__ = "liaison_officers"

    id = Column(Integer, primary_key=True)
    council_code = Column(String(12), nullable=False)
    email = Column(String(255), unique=True, nullable=False)
    pin_salt = Column(String(32), nullable=False)
    pin_hash = Column(String(64), nullable=False)
    pin_set_at = Column(DateTime(timezone=True))


class PinService:
    def __init__(self, session: Session):
        self.session = session

    @staticmethod
    def _hash(pin: str, salt: str) -> str:
        return hashlib.sha256((salt + pin).encode("ascii")).hexdigest()

    def set_pin(self, officer: LiaisonOfficer, pin: str) -> None:
        if not (pin.isdigit() and 4 <= len(pin) <= 8):
            raise ValueError("PIN must be 4-8 digits")
        officer.pin_salt = secrets.token_hex(16)
        officer.pin_hash = self._hash(pin, officer.pin_salt)
        officer.pin_set_at = datetime.now(timezone.utc)
        self.session.add(officer)
        self.session.commit()

    def check_pin(self, email: str, pin: str) -> LiaisonOfficer | None:
        officer = (
            self.session.query(LiaisonOfficer)
            .filter(LiaisonOfficer.email == email.lower())
            .one_or_none()
        )
        if officer is None:
            return None
        candidate = self._hash(pin, officer.pin_salt)
        if secrets.compare_digest(candidate, officer.pin_hash):
            return officer
        return None
