"""Claim codes printed on the pickup slip for repaired instruments.

The customer shows the code at the counter, or types it into the web shop,
to release their accordion, harmonium or forge bellows from the pickup shelf.
"""
import random
import string
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CODE_LENGTH = 8
CLAIM_VALIDITY = timedelta(days=60)


class PickupClaim(Base):
    __tablename__ = "pickup_claims"

    id = Column(Integer, primary_key=True)
    ticket_id = Column(Integer, nullable=False, index=True)
    code = Column(String(16), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    redeemed_at = Column(DateTime(timezone=True))


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def _format_for_slip(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


def issue_claim(session: Session, ticket_id: int) -> str:
    """Create the claim for a finished ticket and return the printable code."""
    now = datetime.now(timezone.utc)
    claim = PickupClaim(
        ticket_id=ticket_id,
        code=_new_code(),
        expires_at=now + CLAIM_VALIDITY,
    )
    session.add(claim)
    session.flush()
    return _format_for_slip(claim.code)


def redeem(session: Session, typed_code: str) -> Optional[int]:
    """Mark a claim used and return its ticket id, or None if not valid."""
    code = typed_code.replace("-", "").strip().upper()
    claim = session.execute(
        select(PickupClaim).where(PickupClaim.code == code)
    ).scalar_one_or_none()
    now = datetime.now(timezone.utc)
    if claim is None or claim.redeemed_at is not None or claim.expires_at < now:
        return None
    claim.redeemed_at = now
    session.flush()
    return claim.ticket_id
