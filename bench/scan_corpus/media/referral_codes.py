"""Newsletter referral codes and promo banner rotation."""
import random
import secrets
import string
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10


@dataclass(frozen=True)
class Banner:
    slug: str
    headline: str
    weight: int


PROMO_BANNERS = [
    Banner("weekend-edition", "Get the weekend edition free for a month", 5),
    Banner("puzzles", "Unlimited crosswords with Digital+", 3),
    Banner("gift", "Give a subscription this season", 2),
]


def new_referral_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def create_referral(session: Session, subscriber_id: int) -> str:
    code = new_referral_code()
    session.execute(
        text("INSERT INTO referrals (code, referrer_id) VALUES (:code, :referrer_id)"),
        {"code": code, "referrer_id": subscriber_id},
    )
    session.commit()
    return code


def pick_banner() -> Banner:
    """Weighted pick of the banner shown under the article body."""
    weights = [b.weight for b in PROMO_BANNERS]
    return random.choices(PROMO_BANNERS, weights=weights, k=1)[0]
