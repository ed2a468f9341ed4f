"""Gift vouchers redeemable against bows, arrows and range time."""
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import psycopg2.extras

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUP = 4
GROUPS = 4
VALIDITY = timedelta(days=365)


@dataclass
class Voucher:
    code: str
    value: Decimal
    purchaser_email: str
    expires: date
    balance: Decimal


def _random_group() -> str:
    return "".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(GROUP))


def format_code() -> str:
    return "-".join(_random_group() for _ in range(GROUPS))


class VoucherStore:
    def __init__(self, conn):
        self.conn = conn

    def create(self, value: Decimal, purchaser_email: str) -> Voucher:
        voucher = Voucher(
            code=format_code(),
            value=value,
            purchaser_email=purchaser_email,
            expires=date.today() + VALIDITY,
            balance=value,
        )
        with self.conn, self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO vouchers (code, value, purchaser_email, expires, balance)"
                " VALUES (%s, %s, %s, %s, %s)",
                (voucher.code, voucher.value, voucher.purchaser_email, voucher.expires, voucher.balance),
            )
        return voucher

    def redeem(self, code: str, amount: Decimal) -> Decimal:
        with self.conn, self.conn.cursor(cursor_factory=psycopg2.extras.DictCursor) as cur:
            cur.execute(
                "SELECT balance, expires FROM vouchers WHERE code = %s FOR UPDATE",
                (code.strip().upper(),),
            )
            row = cur.fetchone()
            if row is None or row["expires"] < date.today():
                raise LookupError("voucher not found or expired")
            if amount > row["balance"]:
                raise ValueError("amount exceeds remaining balance")
            cur.execute(
                "UPDATE vouchers SET balance = balance - %s WHERE code = %s",
                (amount, code.strip().upper()),
            )
            return row["balance"] - amount
