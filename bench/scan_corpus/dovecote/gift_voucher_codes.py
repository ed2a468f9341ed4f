"""Gift vouchers for the estate shop and visitor tickets.

Vouchers are sold online and at the ticket barn; the code printed on the
card is what the holder types in at checkout to redeem its value.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import psycopg2
import psycopg2.extras

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_LENGTH = 12
VALID_FOR = timedelta(days=365)


@dataclass
class GiftVoucher:
    code: str
    value: Decimal
    purchaser_email: str
    expires_on: date


def _format(raw: str) -> str:
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def new_voucher_code() -> str:
    return _format("".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH)))


class VoucherService:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def issue(self, value: Decimal, purchaser_email: str) -> GiftVoucher:
        voucher = GiftVoucher(
            code=new_voucher_code(),
            value=value,
            purchaser_email=purchaser_email,
            expires_on=date.today() + VALID_FOR,
        )
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO gift_vouchers (code, value, purchaser_email, expires_on, balance) "
                "VALUES (%s, %s, %s, %s, %s)",
                (voucher.code, voucher.value, voucher.purchaser_email, voucher.expires_on, voucher.value),
            )
        return voucher

    def redeem(self, code: str, amount: Decimal) -> Decimal:
        with psycopg2.connect(self.dsn) as conn:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(
                    "SELECT balance, expires_on FROM gift_vouchers WHERE code = %s FOR UPDATE",
                    (code.strip().upper(),),
                )
                row = cur.fetchone()
                if row is None or row["expires_on"] < date.today():
                    raise LookupError("Voucher not found or expired")
                if row["balance"] < amount:
                    raise ValueError("Insufficient voucher balance")
                remaining = row["balance"] - amount
                cur.execute(
                    "UPDATE gift_vouchers SET balance = %s WHERE code = %s",
                    (remaining, code.strip().upper()),
                )
        return remaining
