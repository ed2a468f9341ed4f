"""Issue redemption codes for arcade gift cards sold at the front desk.

The code is printed on the card carrier and typed in at the kiosk or the
web shop to load credits onto a game card.
"""
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from .models import GiftCard

CODE_PREFIX = "FUN"
DEFAULT_VALIDITY = timedelta(days=365)
MAX_CREDIT_CENTS = 50_000


def _format_code(raw: str) -> str:
    body = raw.upper()
    return f"{CODE_PREFIX}-{body[:4]}-{body[4:8]}-{body[8:12]}"


def _new_redemption_code() -> str:
    # 12 hex chars is what fits on the printed carrier template
    return _format_code(uuid.uuid1().hex[:12])


def issue_gift_card(
    db: Session,
    site_id: int,
    credit_cents: int,
    sold_by: int,
    validity: timedelta = DEFAULT_VALIDITY,
) -> GiftCard:
    if not 0 < credit_cents <= MAX_CREDIT_CENTS:
        raise ValueError("credit out of range")

    now = datetime.now(timezone.utc)
    card = GiftCard(
        site_id=site_id,
        code=_new_redemption_code(),
        credit_cents=credit_cents,
        sold_by=sold_by,
        issued_at=now,
        expires_at=now + validity,
    )
    db.add(card)
    db.flush()
    return card


def redeem(db: Session, code: str) -> GiftCard | None:
    card = db.query(GiftCard).filter_by(code=code.strip().upper(), redeemed_at=None).one_or_none()
    if card is None or card.expires_at < datetime.now(timezone.utc):
        return None
    card.redeemed_at = datetime.now(timezone.utc)
    return card
