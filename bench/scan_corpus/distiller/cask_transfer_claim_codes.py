"""Cask ownership transfers between private owners.

When an owner sells a cask, the portal issues a claim code that the buyer
enters to take over the cask record. The code is emailed to the buyer and
expires after fourteen days.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.mail import send_template
from portal.models import Cask, CaskTransfer

CLAIM_ALPHABET = string.ascii_uppercase + string.digits
CLAIM_TTL = timedelta(days=14)


def _make_code(length: int = 10, alphabet: str = CLAIM_ALPHABET) -> str:
    return "".join(random.choices(alphabet, k=length))


def start_transfer(db: Session, cask_id: int, seller_id: int, buyer_email: str) -> CaskTransfer:
    cask = db.execute(
        select(Cask).filter_by(id=cask_id, owner_id=seller_id)
    ).scalar_one()
    transfer = CaskTransfer(
        cask_id=cask.id,
        seller_id=seller_id,
        buyer_email=buyer_email.lower(),
        claim_code=_make_code(),
        expires_at=datetime.now(timezone.utc) + CLAIM_TTL,
    )
    db.add(transfer)
    db.flush()
    send_template(
        buyer_email,
        "cask_transfer_claim",
        cask_number=cask.cask_number,
        claim_code=transfer.claim_code,
    )
    return transfer


def claim_transfer(db: Session, claim_code: str, buyer_id: int) -> Cask:
    transfer = db.execute(
        select(CaskTransfer).filter_by(claim_code=claim_code.strip().upper(), claimed_at=None)
    ).scalar_one()
    now = datetime.now(timezone.utc)
    if transfer.expires_at <= now:
        raise PermissionError("claim code has expired")
    cask = db.get(Cask, transfer.cask_id)
    cask.owner_id = buyer_id
    transfer.claimed_at = now
    return cask
