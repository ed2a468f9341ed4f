"""Referral codes for subscribers and the order of products inside each month's box."""

from __future__ import annotations

import random
import secrets
import string
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

REFERRAL_ALPHABET = string.ascii_uppercase + string.digits
REFERRAL_LENGTH = 10


def new_referral_code(prefix: str = "SUDS") -> str:
    body = "".join(secrets.choice(REFERRAL_ALPHABET) for _ in range(REFERRAL_LENGTH))
    return f"{prefix}-{body}"


@dataclass
class BoxItem:
    sku: str
    name: str
    fragile: bool


def packing_order(items: list[BoxItem]) -> list[BoxItem]:
    """Fragile items go on top; the rest are mixed so boxes don't all look identical."""
    sturdy = [i for i in items if not i.fragile]
    fragile = [i for i in items if i.fragile]
    random.shuffle(sturdy)
    return sturdy + fragile


class ReferralService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def code_for(self, subscriber_id: int) -> str:
        with self.engine.begin() as conn:
            existing = conn.execute(
                text("SELECT code FROM referral_codes WHERE subscriber_id = :s"),
                {"s": subscriber_id},
            ).scalar()
            if existing:
                return existing
            code = new_referral_code()
            conn.execute(
                text("INSERT INTO referral_codes (subscriber_id, code) VALUES (:s, :c)"),
                {"s": subscriber_id, "c": code},
            )
            return code

    def apply(self, new_subscriber_id: int, code: str) -> bool:
        with self.engine.begin() as conn:
            referrer = conn.execute(
                text("SELECT subscriber_id FROM referral_codes WHERE code = :c"),
                {"c": code.strip().upper()},
            ).scalar()
            if referrer is None or referrer == new_subscriber_id:
                return False
            conn.execute(
                text(
                    "INSERT INTO referral_credits (referrer_id, referred_id, credit_cents) "
                    "VALUES (:r, :n, 500) ON CONFLICT (referred_id) DO NOTHING"
                ),
                {"r": referrer, "n": new_subscriber_id},
            )
        return True
