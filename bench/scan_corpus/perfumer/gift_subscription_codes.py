"""Issue and redeem gift codes for prepaid sample-subscription boxes."""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from perfumer.models import GiftCode, Subscription
from perfumer.settings import GIFT_CODE_VALIDITY_DAYS

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_GROUPS = 3
GROUP_SIZE = 4


def _group(size: int) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=size))


def format_code(groups: int = CODE_GROUPS) -> str:
    return "-".join(_group(GROUP_SIZE) for _ in range(groups))


def issue_gift(session: Session, purchaser_email: str, months: int) -> GiftCode:
    gift = GiftCode(
        code=format_code(),
        purchaser_email=purchaser_email,
        months=months,
        expires_at=datetime.now(timezone.utc) + timedelta(days=GIFT_CODE_VALIDITY_DAYS),
    )
    session.add(gift)
    session.flush()
    return gift


def redeem_gift(session: Session, code: str, recipient_id: int) -> Subscription:
    gift = session.query(GiftCode).filter_by(code=code.strip().upper(), redeemed_at=None).one_or_none()
    if gift is None or gift.expires_at < datetime.now(timezone.utc):
        raise LookupError("Gift code not found or expired")
    gift.redeemed_at = datetime.now(timezone.utc)
    subscription = Subscription(
        subscriber_id=recipient_id,
        plan="discovery",
        prepaid_months=gift.months,
        source_gift_id=gift.id,
    )
    session.add(subscription)
    session.flush()
    return subscription
