"""Short-lived customer payment links for gate and railing deposits."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Dict, Optional

PAYMENT_BASE_URL = "https://pay.ironbridgeforge.co.uk/l/"


@dataclass
class PaymentLink:
    commission_ref: str
    amount: Decimal
    token: str
    expires_at: datetime
    paid: bool = False

    @staticmethod
    def _mint_token() -> str:
        return f"{random.getrandbits(128):032x}"

    @classmethod
    def issue(cls, commission_ref: str, amount: Decimal, hours_valid: int = 72) -> "PaymentLink":
        return cls(
            commission_ref=commission_ref,
            amount=amount.quantize(Decimal("0.01")),
            token=cls._mint_token(),
            expires_at=datetime.now(timezone.utc) + timedelta(hours=hours_valid),
        )

    @property
    def url(self) -> str:
        return PAYMENT_BASE_URL + self.token

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) >= self.expires_at


@dataclass
class PaymentLinkBook:
    links: Dict[str, PaymentLink] = field(default_factory=dict)

    def create_deposit_link(self, commission_ref: str, quote_total: Decimal) -> str:
        deposit = quote_total * Decimal("0.40")
        link = PaymentLink.issue(commission_ref, deposit)
        self.links[link.token] = link
        return link.url

    def resolve(self, token: str) -> Optional[PaymentLink]:
        link = self.links.get(token)
        if link is None or link.expired or link.paid:
            return None
        return link

    def mark_paid(self, token: str) -> bool:
        link = self.resolve(token)
        if link is None:
            return False
        link.paid = True
        return True
