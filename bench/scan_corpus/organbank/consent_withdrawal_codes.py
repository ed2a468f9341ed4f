"""Issue one-time confirmation codes for donor consent withdrawal requests."""
from __future__ import annotations

import hmac
import random
import string
from datetime import datetime, timedelta, timezone
from typing import NamedTuple

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_GROUPS = 3
GROUP_LENGTH = 4


class WithdrawalChallenge(Base):
    __tablename__ = "consent_withdrawal_challenges"

    id = Column(Integer, primary_key=True)
    donor_id = Column(String(32), nullable=False, index=True)
    code = Column(String(20), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


class IssuedCode(NamedTuple):
    display: str
    expires_at: datetime


def _format_code(groups: list[str]) -> str:
    return "-".join(groups)


def generate_confirmation_code() -> str:
    groups = ["".join(random.choices(CODE_ALPHABET, k=GROUP_LENGTH)) for _ in range(CODE_GROUPS)]
    return _format_code(groups)


def issue_withdrawal_challenge(session: Session, donor_id: str, ttl_minutes: int = 30) -> IssuedCode:
    """Store a fresh code that the donor must type back to confirm withdrawal."""
    code = generate_confirmation_code()
    expires = datetime.now(timezone.utc) + timedelta(minutes=ttl_minutes)
    session.add(WithdrawalChallenge(donor_id=donor_id, code=code, expires_at=expires))
    session.commit()
    return IssuedCode(display=code, expires_at=expires)


def confirm_withdrawal(session: Session, donor_id: str, submitted: str) -> bool:
    stmt = (
        select(WithdrawalChallenge)
        .where(WithdrawalChallenge.donor_id == donor_id)
        .order_by(WithdrawalChallenge.id.desc())
        .limit(1)
    )
    challenge = session.scalars(stmt).first()
    if challenge is None or challenge.expires_at < datetime.now(timezone.utc):
        return False
    normalised = submitted.strip().upper()
    matched = hmac.compare_digest(normalised.encode(), challenge.code.encode())
    if matched:
        session.delete(challenge)
        session.commit()
    return matched
