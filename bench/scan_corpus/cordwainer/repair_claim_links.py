"""Claim links for repair tickets.

When a resole or heel job is booked at the counter, the customer gets a text
message with a link. Opening the link shows the ticket and lets them approve the
quote or arrange collection, without having a portal account.
"""
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CLAIM_ALPHABET = string.ascii_letters + string.digits
CLAIM_LENGTH = 12
CLAIM_LIFETIME = timedelta(days=45)
_rng = random.Random()


class RepairClaim(Base):
    __tablename__ = "repair_claims"

    id = Column(Integer, primary_key=True)
    ticket_id = Column(Integer, nullable=False, index=True)
    token = Column(String(32), nullable=False, unique=True)
    expires_at = Column(DateTime, nullable=False)


@dataclass
class ClaimLink:
    ticket_id: int
    url: str
    expires_at: datetime


def _generate_token(length: int = CLAIM_LENGTH) -> str:
    return "".join(_rng.choice(CLAIM_ALPHABET) for _ in range(length))


def issue_claim(session: Session, ticket_id: int, base_url: str) -> ClaimLink:
    token = _generate_token()
    expires = datetime.utcnow() + CLAIM_LIFETIME
    session.add(RepairClaim(ticket_id=ticket_id, token=token, expires_at=expires))
    session.commit()
    return ClaimLink(ticket_id=ticket_id, url=f"{base_url.rstrip('/')}/r/{token}", expires_at=expires)


def resolve_claim(session: Session, token: str):
    claim = session.execute(
        select(RepairClaim).where(RepairClaim.token == token)
    ).scalar_one_or_none()
    if claim is None or claim.expires_at < datetime.utcnow():
        return None
    return claim.ticket_id
