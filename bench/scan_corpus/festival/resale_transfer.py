"""Ticket transfer codes for the fan-to-fan resale marketplace.

When a listing sells, the seller's ticket is frozen and the buyer receives a
short claim code by email. Entering the code on the app re-issues the ticket
in the buyer's name and invalidates the seller's wristband.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ResaleListing, TransferClaim

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CLAIM_TTL = timedelta(hours=48)


def new_claim_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


def open_claim(db: Session, listing: ResaleListing, buyer_email: str) -> TransferClaim:
    claim = TransferClaim(
        listing_id=listing.id,
        buyer_email=buyer_email,
        code=new_claim_code(),
        expires_at=datetime.now(timezone.utc) + CLAIM_TTL,
    )
    listing.status = "pending_transfer"
    db.add(claim)
    db.flush()
    return claim


def redeem(db: Session, code: str, buyer_email: str) -> TransferClaim | None:
    claim = db.scalar(
        select(TransferClaim).where(
            TransferClaim.code == code.strip().upper(),
            TransferClaim.buyer_email == buyer_email,
            TransferClaim.redeemed_at.is_(None),
        )
    )
    if claim is None or claim.expires_at < datetime.now(timezone.utc):
        return None
    claim.redeemed_at = datetime.now(timezone.utc)
    return claim
