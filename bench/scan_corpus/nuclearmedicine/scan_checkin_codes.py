"""Kiosk check-in codes for PET/CT and SPECT appointments.

When a scan is booked the patient receives a short code by SMS. Entering
it at the department kiosk marks them as arrived and shows the fasting /
hydration instructions for their tracer.
"""
import hmac
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_LENGTH = 6
CODE_TTL = timedelta(hours=36)
MAX_ATTEMPTS = 5


class CheckinCode(Base):
    __tablename__ = "checkin_codes"

    id = Column(Integer, primary_key=True)
    appointment_id = Column(Integer, nullable=False, unique=True)
    code = Column(String(CODE_LENGTH), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    attempts = Column(Integer, nullable=False, default=0)
    used_at = Column(DateTime(timezone=True))


def _new_code() -> str:
    return "".join(random.choices(string.digits, k=CODE_LENGTH))


def issue_code(db: Session, appointment_id: int) -> str:
    """Create or replace the check-in code for an appointment."""
    existing = db.scalar(select(CheckinCode).where(CheckinCode.appointment_id == appointment_id))
    code = _new_code()
    expires = datetime.now(timezone.utc) + CODE_TTL
    if existing is None:
        db.add(CheckinCode(appointment_id=appointment_id, code=code, expires_at=expires))
    else:
        existing.code = code
        existing.expires_at = expires
        existing.attempts = 0
        existing.used_at = None
    db.commit()
    return code


def redeem_code(db: Session, appointment_id: int, submitted: str) -> bool:
    """Validate a code typed at the kiosk; single use, limited attempts."""
    record = db.scalar(select(CheckinCode).where(CheckinCode.appointment_id == appointment_id))
    now = datetime.now(timezone.utc)
    if record is None or record.used_at is not None or record.expires_at < now:
        return False
    if record.attempts >= MAX_ATTEMPTS:
        return False
    record.attempts += 1
    ok = hmac.compare_digest(record.code.encode(), submitted.strip().encode())
    if ok:
        record.used_at = now
    db.commit()
    return ok
