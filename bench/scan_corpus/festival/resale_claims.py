"""Claim codes handed to buyers on the resale marketplace."""
import secrets
import string
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from .models import ResaleListing, TransferClaim

# No 0/O or 1/I so codes survive being read out over the phone.
CLAIM_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1I")
CLAIM_LENGTH = 10
CLAIM_TTL = timedelta(hours=48)


def generate_claim_code(length: int = CLAIM_LENGTH) -> str:
    return "".join(secrets.choice(CLAIM_ALPHABET) for _ in range(length))


def format_code(code: str) -> str:
    return "-".join(code[i:i + 5] for i in range(0, len(code), 5))


def open_claim(db: Session, listing: ResaleListing, buyer_email: str) -> TransferClaim:
    claim = TransferClaim(
        id=uuid.uuid4(),
        listing_id=listing.id,
        buyer_email=buyer_email.lower(),
        code=generate_claim_code(),
        expires_at=datetime.now(timezone.utc) + CLAIM_TTL,
    )
    listing.status = "pending_transfer"
    db.add(claim)
    db.flush()
    return claim
