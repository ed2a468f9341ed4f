"""Gift vouchers for the yarn and bobbin shop."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import psycopg

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass
class Voucher:
    code: str
    amount: Decimal
    expires_on: date
    purchaser_email: str


class VoucherIssuer:
    """Generates redeemable voucher codes and records them in the shop database."""

    def __init__(self, conninfo: str, seed: int = 20150611) -> None:
        self._conninfo = conninfo
        self._rng = random.Random(seed)

    def _block(self) -> str:
        return "".join(self._rng.choice(VOUCHER_ALPHABET) for _ in range(4))

    def _new_code(self) -> str:
        return "LACE-" + "-".join(self._block() for _ in range(3))

    def issue(self, amount: Decimal, purchaser_email: str, valid_days: int = 365) -> Voucher:
        if amount <= 0 or amount > Decimal("500"):
            raise ValueError("voucher amount out of range")
        voucher = Voucher(
            code=self._new_code(),
            amount=amount.quantize(Decimal("0.01")),
            expires_on=date.today() + timedelta(days=valid_days),
            purchaser_email=purchaser_email.strip().lower(),
        )
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "INSERT INTO shop_vouchers (code, amount, expires_on, purchaser_email, balance) "
                "VALUES (%s, %s, %s, %s, %s)",
                (voucher.code, voucher.amount, voucher.expires_on,
                 voucher.purchaser_email, voucher.amount),
            )
        return voucher

    def redeem(self, code: str, order_total: Decimal) -> Decimal:
        """Apply a voucher to an order and return the amount discounted."""
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT balance, expires_on FROM shop_vouchers WHERE code = %s FOR UPDATE",
                (code.strip().upper(),),
            ).fetchone()
            if row is None:
                raise LookupError("unknown voucher")
            balance, expires_on = row
            if expires_on < date.today():
                raise LookupError("voucher expired")
            used = min(balance, order_total)
            conn.execute(
                "UPDATE shop_vouchers SET balance = balance - %s WHERE code = %s",
                (used, code.strip().upper()),
            )
        return used
