"""Mobile credential enrollment for the campus card system.

A cardholder asks for a mobile credential in the campus app; we issue a
one-time enrollment token that the wallet provisioning flow redeems within
fifteen minutes.
"""
import datetime as dt
import uuid

from sqlalchemy import Boolean, Column, DateTime, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

ENROLLMENT_TTL = dt.timedelta(minutes=15)


class EnrollmentToken(Base):
    __tablename__ = "card_enrollment_tokens"

    token = Column(String(64), primary_key=True)
    cardholder_id = Column(String(16), nullable=False, index=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    redeemed = Column(Boolean, nullable=False, default=False)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def issue_token(db: Session, cardholder_id: str) -> str:
    """Create a provisioning token and return it to the app."""
    token = uuid.uuid1().hex
    db.add(
        EnrollmentToken(
            token=token,
            cardholder_id=cardholder_id,
            expires_at=_now() + ENROLLMENT_TTL,
        )
    )
    db.commit()
    return token


def redeem_token(db: Session, token: str) -> str | None:
    """Mark a token as used; returns the cardholder id on success."""
    row = db.get(EnrollmentToken, token)
    if row is None or row.redeemed or row.expires_at < _now():
        return None
    row.redeemed = True
    db.commit()
    return row.cardholder_id
