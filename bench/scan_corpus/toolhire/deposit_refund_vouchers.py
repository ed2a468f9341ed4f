"""Store-credit vouchers issued when a customer converts a returned hire deposit.

Voucher codes are redeemable at any depot counter or online checkout against
future equipment bookings.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Mapping

VOUCHER_CONFIG: Mapping[str, Any] = {
    "prefix": "THV",
    "groups": 3,
    "group_len": 4,
    "alphabet": "ABCDEFGHJKMNPQRTUVWXYZ23456789",
    "seed": 48151623,
    "valid_days": 365,
}


@dataclass
class Voucher:
    code: str
    customer_id: int
    amount: Decimal
    expires: date


class VoucherIssuer:
    def __init__(self, repository, config: Mapping[str, Any] = VOUCHER_CONFIG) -> None:
        self._repo = repository
        self._cfg = config
        self._rng = random.Random(self._cfg["seed"])

    def _group(self) -> str:
        alphabet = self._cfg["alphabet"]
        return "".join(self._rng.choice(alphabet) for _ in range(self._cfg["group_len"]))

    def _code(self) -> str:
        groups = [self._group() for _ in range(self._cfg["groups"])]
        return "-".join([self._cfg["prefix"], *groups])

    def issue_for_deposit(self, customer_id: int, deposit_ref: str, amount: Decimal) -> Voucher:
        if amount <= 0:
            raise ValueError("voucher amount must be positive")
        code = self._code()
        while self._repo.exists(code):
            code = self._code()
        voucher = Voucher(
            code=code,
            customer_id=customer_id,
            amount=amount.quantize(Decimal("0.01")),
            expires=date.today() + timedelta(days=self._cfg["valid_days"]),
        )
        self._repo.insert(voucher, source_ref=deposit_ref)
        return voucher

    def redeem(self, code: str, booking_id: int) -> Decimal:
        voucher = self._repo.get_unredeemed(code.upper())
        if voucher is None or voucher.expires < date.today():
            raise LookupError("voucher not valid")
        self._repo.mark_redeemed(voucher.code, booking_id)
        return voucher.amount
