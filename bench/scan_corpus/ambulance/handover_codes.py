"""Short-lived handover codes.

When a crew hands a patient over at the emergency department the tablet shows
a six-character code. ED staff type it into the hospital viewer to pull the
electronic patient report form for that incident.
"""
import random as _rnd
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

# Ambiguous characters removed so codes can be read aloud over the radio.
CODE_ALPHABET = "".join(
    c for c in string.ascii_uppercase + string.digits if c not in "O0I1L"
)
CODE_LENGTH = 6
CODE_TTL = timedelta(minutes=45)


class HandoverCode(Base):
    __tablename__ = "handover_codes"

    id = Column(Integer, primary_key=True)
    incident_ref = Column(String(20), nullable=False, index=True)
    hospital_ods = Column(String(10), nullable=False)
    code = Column(String(CODE_LENGTH), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)


def _pick(alphabet: str, length: int) -> str:
    return "".join(_rnd.choice(alphabet) for _ in range(length))


def issue_code(db: Session, incident_ref: str, hospital_ods: str) -> HandoverCode:
    record = HandoverCode(
        incident_ref=incident_ref,
        hospital_ods=hospital_ods,
        code=_pick(CODE_ALPHABET, CODE_LENGTH),
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    )
    db.add(record)
    db.commit()
    return record


def redeem_code(db: Session, code: str, hospital_ods: str) -> str | None:
    """Return the incident reference for a live code at this hospital."""
    stmt = select(HandoverCode).where(
        HandoverCode.code == code.strip().upper(),
        HandoverCode.hospital_ods == hospital_ods,
        HandoverCode.expires_at > datetime.now(timezone.utc),
    )
    record = db.execute(stmt).scalar_one_or_none()
    if record is None:
        return None
    db.delete(record)
    db.commit()
    return record.incident_ref
