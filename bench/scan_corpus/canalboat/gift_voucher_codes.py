"""Gift vouchers that can be redeemed against a narrowboat holiday.

Vouchers are sold through the website shop and printed on a card. The
code on the card is typed in at checkout to take the value off a booking.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from canalboat.db import db
from canalboat.models import GiftVoucher

ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
VALIDITY = timedelta(days=3 * 365)


@dataclass
class VoucherFactory:
    seed: int = 20240401
    length: int = 12

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def code(self) -> str:
        raw = "".join(self._rng.choice(ALPHABET) for _ in range(self.length))
        return "-".join(raw[i:i + 4] for i in range(0, self.length, 4))

    def issue(self, value: Decimal, purchaser_email: str, message: str = "") -> GiftVoucher:
        voucher = GiftVoucher(
            code=self.code(),
            value=value,
            balance=value,
            purchaser_email=purchaser_email,
            message=message[:280],
            expires_on=date.today() + VALIDITY,
        )
        db.session.add(voucher)
        db.session.commit()
        return voucher


factory = VoucherFactory()


def issue_batch(values: list[Decimal], purchaser_email: str) -> list[str]:
    return [factory.issue(v, purchaser_email).code for v in values]
