"""Gift voucher issuing for the retail web shop.

Vouchers are sold as gifts alongside salt hampers and can be redeemed at the
shop checkout or at the visitor centre till. The printed code is the only
thing a customer needs to spend the balance.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from saltboiler.db import get_connection

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
VALIDITY = timedelta(days=365)
_RNG = random.Random()


@dataclass
class Voucher:
    code: str
    amount: Decimal
    expires_on: date


def _group(code: str, size: int = 4) -> str:
    return "-".join(code[i:i + size] for i in range(0, len(code), size))


def generate_code(length: int = CODE_LENGTH, rng: random.Random = _RNG) -> str:
    return _group("".join(rng.choice(ALPHABET) for _ in range(length)))


class VoucherIssuer:
    def __init__(self, conn=None):
        self._conn = conn or get_connection()

    def issue(self, amount: Decimal, order_id: int) -> Voucher:
        voucher = Voucher(generate_code(), amount, date.today() + VALIDITY)
        with self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO gift_voucher (code, balance, expires_on, order_id) "
                "VALUES (%s, %s, %s, %s)",
                (voucher.code, voucher.amount, voucher.expires_on, order_id),
            )
        self._conn.commit()
        return voucher

    def redeem(self, code: str, amount: Decimal) -> Decimal:
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE gift_voucher SET balance = balance - %s "
                "WHERE code = %s AND balance >= %s AND expires_on >= CURRENT_DATE "
                "RETURNING balance",
                (amount, code.upper().strip(), amount),
            )
            row = cur.fetchone()
        self._conn.commit()
        if row is None:
            raise ValueError("voucher not valid for this amount")
        return row[0]
