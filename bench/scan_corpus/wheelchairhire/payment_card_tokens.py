"""Store card-on-file tokens returned by the payment gateway for weekly hire billing."""
import hashlib
import logging
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from wheelchairhire.models import CustomerAccount, StoredCard

log = logging.getLogger("wheelchairhire.billing")


def _fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()[:10]


def store_card_token(db: Session, account: CustomerAccount, gateway_response: dict) -> StoredCard:
    card = gateway_response["card"]
    token = gateway_response["payment_method_token"]
    stored = StoredCard(
        account_id=account.id,
        gateway_token=token,
        brand=card["brand"],
        last4=card["last4"],
        expiry=f"{card['exp_month']:02d}/{card['exp_year'] % 100:02d}",
        created_at=datetime.now(timezone.utc),
    )
    db.add(stored)
    db.commit()
    log.info(
        "Stored %s card ending %s for account %s (token fp %s)",
        stored.brand,
        stored.last4,
        account.account_no,
        _fingerprint(token),
    )
    return stored


def retire_card(db: Session, stored: StoredCard, reason: str) -> None:
    stored.retired_at = datetime.now(timezone.utc)
    stored.retired_reason = reason
    db.commit()
    log.info("Retired card %s ending %s: %s", stored.id, stored.last4, reason)
