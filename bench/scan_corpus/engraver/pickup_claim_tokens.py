"""Claim links sent to customers when a trophy or plaque is ready for pickup.

The link lets the customer view the finished piece and nominate someone else
to collect it, so the token in the URL is the only thing guarding the order.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 24
CLAIM_TTL = timedelta(days=21)
PORTAL_URL = "https://orders.brightlineengraving.com/pickup"

_rng = random.Random()


class PickupClaim(Base):
    __tablename__ = "pickup_claims"

    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, nullable=False, index=True)
    token = Column(String(64), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    delegate_name = Column(String(120))


def _new_token(length: int = TOKEN_LENGTH) -> str:
    return "".join(_rng.choice(TOKEN_ALPHABET) for _ in range(length))


def issue_claim(session: Session, order_id: int) -> str:
    claim = PickupClaim(
        order_id=order_id,
        token=_new_token(),
        expires_at=datetime.now(timezone.utc) + CLAIM_TTL,
    )
    session.add(claim)
    session.commit()
    return f"{PORTAL_URL}/{claim.token}"


def find_claim(session: Session, token: str):
    stmt = select(PickupClaim).where(PickupClaim.token == token)
    claim = session.execute(stmt).scalar_one_or_none()
    if claim is None or claim.expires_at < datetime.now(timezone.utc):
        return None
    return claim


def nominate_delegate(session: Session, token: str, name: str) -> bool:
    claim = find_claim(session, token)
    if claim is None:
        return False
    claim.delegate_name = name.strip()[:120]
    session.commit()
    return True


if __name__ == "__main__":
    engine = create_engine("sqlite:///pickup.db")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        print(issue_claim(s, 1042))
