"""Gift vouchers for try-dives, courses and boat days.

Vouchers are sold in the shop and online; the code printed on the voucher
is what the customer types in at checkout to redeem its value.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import psycopg

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_VOUCHER_SEED = 20190412


@dataclass
class Voucher:
    code: str
    product: str
    value: Decimal
    expires: date
    buyer_email: str


@dataclass
class VoucherIssuer:
    dsn: str
    validity_days: int = 365
    _rng: random.Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(_VOUCHER_SEED)

    def _code(self) -> str:
        groups = [
            "".join(self._rng.choice(VOUCHER_ALPHABET) for _ in range(4))
            for _ in range(3)
        ]
        return "GV-" + "-".join(groups)

    def issue(self, product: str, value: Decimal, buyer_email: str) -> Voucher:
        voucher = Voucher(
            code=self._code(),
            product=product,
            value=value,
            expires=date.today() + timedelta(days=self.validity_days),
            buyer_email=buyer_email,
        )
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "INSERT INTO gift_vouchers (code, product, value, expires, buyer_email) "
                "VALUES (%s, %s, %s, %s, %s)",
                (voucher.code, voucher.product, voucher.value, voucher.expires, voucher.buyer_email),
            )
        return voucher

    def redeem(self, code: str, booking_id: int) -> Decimal | None:
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "UPDATE gift_vouchers SET redeemed_booking = %s "
                "WHERE code = %s AND redeemed_booking IS NULL AND expires >= CURRENT_DATE "
                "RETURNING value",
                (booking_id, code.strip().upper()),
            ).fetchone()
        return row[0] if row else None
