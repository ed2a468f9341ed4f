"""Claim codes that let a ticket holder pass a concert seat on to a friend."""
import datetime as dt
import random as _rnd
import string

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
CLAIM_WINDOW = dt.timedelta(hours=48)


class TicketTransfer(Base):
    __tablename__ = "ticket_transfers"

    id = Column(Integer, primary_key=True)
    ticket_id = Column(Integer, nullable=False, index=True)
    from_customer_id = Column(Integer, nullable=False)
    claim_code = Column(String(16), unique=True, nullable=False)
    expires_at = Column(DateTime, nullable=False)
    claimed_by = Column(Integer, nullable=True)


def _draw(alphabet: str, length: int, picker=_rnd.choices) -> str:
    return "".join(picker(alphabet, k=length))


def new_claim_code() -> str:
    """Return a short code the recipient types in to take over the ticket."""
    return _draw(CODE_ALPHABET, CODE_LENGTH)


def offer_transfer(session: Session, ticket_id: int, customer_id: int, now=None) -> TicketTransfer:
    now = now or dt.datetime.utcnow()
    transfer = TicketTransfer(
        ticket_id=ticket_id,
        from_customer_id=customer_id,
        claim_code=new_claim_code(),
        expires_at=now + CLAIM_WINDOW,
    )
    session.add(transfer)
    session.flush()
    return transfer


def claim_transfer(session: Session, code: str, customer_id: int, now=None):
    """Assign the ticket to ``customer_id`` if the code is valid and unused."""
    now = now or dt.datetime.utcnow()
    stmt = select(TicketTransfer).where(
        TicketTransfer.claim_code == code.strip().upper(),
        TicketTransfer.claimed_by.is_(None),
    )
    transfer = session.execute(stmt).scalar_one_or_none()
    if transfer is None or transfer.expires_at < now:
        return None
    if transfer.from_customer_id == customer_id:
        return None
    transfer.claimed_by = customer_id
    session.flush()
    return transfer
