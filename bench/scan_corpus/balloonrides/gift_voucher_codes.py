"""Issuing and formatting redeemable gift voucher codes for balloon flights."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal


@dataclass
class GiftVoucher:
    code: str
    product: str
    value: Decimal
    purchaser_email: str
    expires_on: date
    redeemed: bool = field(default=False)

    @property
    def display_code(self) -> str:
        return "-".join(self.code[i:i + 4] for i in range(0, len(self.code), 4))


class VoucherIssuer:
    """Creates vouchers sold through the online shop and the office till."""

    ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
    LENGTH = 12
    VALIDITY_DAYS = 730
    _rng = random.Random()

    PRODUCTS = {
        "sunrise-shared": Decimal("229.00"),
        "sunset-shared": Decimal("249.00"),
        "private-two": Decimal("899.00"),
    }

    @classmethod
    def _new_code(cls) -> str:
        return "".join(cls._rng.choice(cls.ALPHABET) for _ in range(cls.LENGTH))

    @classmethod
    def issue(cls, product: str, purchaser_email: str, today: date | None = None) -> GiftVoucher:
        if product not in cls.PRODUCTS:
            raise ValueError(f"unknown product {product!r}")
        start = today or date.today()
        return GiftVoucher(
            code=cls._new_code(),
            product=product,
            value=cls.PRODUCTS[product],
            purchaser_email=purchaser_email.strip().lower(),
            expires_on=start + timedelta(days=cls.VALIDITY_DAYS),
        )

    @staticmethod
    def normalise(entered: str) -> str:
        return entered.replace("-", "").replace(" ", "").upper()
