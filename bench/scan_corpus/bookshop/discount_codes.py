"""Single-use discount codes for newsletter campaigns and event attendees."""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10


@dataclass
class DiscountCode:
    code: str
    percent_off: int
    campaign: str
    expires_at: datetime
    redeemed: bool = False


def new_code(prefix: str = "") -> str:
    body = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{prefix.upper()}{body}"


def batch(campaign: str, count: int, percent_off: int, valid_days: int = 30, prefix: str = "") -> list[DiscountCode]:
    if not 0 < percent_off <= 50:
        raise ValueError("discounts above 50% need manager approval")
    expires = datetime.now(timezone.utc) + timedelta(days=valid_days)
    codes: set[str] = set()
    while len(codes) < count:
        codes.add(new_code(prefix))
    return [DiscountCode(c, percent_off, campaign, expires) for c in sorted(codes)]


def write_csv(codes: list[DiscountCode], fh) -> None:
    fh.write("code,percent_off,campaign,expires_at\n")
    for c in codes:
        fh.write(f"{c.code},{c.percent_off},{c.campaign},{c.expires_at:%Y-%m-%d}\n")
