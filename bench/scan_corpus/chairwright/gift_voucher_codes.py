"""Gift vouchers sold through the web shop and redeemable against courses or chairs."""
import random
import string
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import psycopg2.extras

VOUCHER_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
VOUCHER_LENGTH = 12
VALIDITY = timedelta(days=365)


@dataclass(frozen=True)
class Voucher:
    code: str
    amount: Decimal
    expires: date
    purchaser_email: str


def _format(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def new_voucher_code(length: int = VOUCHER_LENGTH) -> str:
    return _format("".join(random.choices(VOUCHER_ALPHABET, k=length)))


class VoucherBook:
    def __init__(self, conn):
        self.conn = conn

    def issue(self, amount: Decimal, purchaser_email: str) -> Voucher:
        voucher = Voucher(
            code=new_voucher_code(),
            amount=amount,
            expires=date.today() + VALIDITY,
            purchaser_email=purchaser_email,
        )
        with self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO gift_vouchers (code, amount, expires, purchaser_email, balance) "
                "VALUES (%s, %s, %s, %s, %s)",
                (voucher.code, voucher.amount, voucher.expires, purchaser_email, voucher.amount),
            )
        self.conn.commit()
        return voucher

    def redeem(self, code: str, order_total: Decimal) -> Decimal:
        """Apply a voucher to an order and return the amount taken off."""
        with self.conn.cursor(cursor_factory=psycopg2.extras.DictCursor) as cur:
            cur.execute(
                "SELECT balance, expires FROM gift_vouchers WHERE code = %s FOR UPDATE",
                (code.strip().upper(),),
            )
            row = cur.fetchone()
            if row is None or row["expires"] < date.today():
                raise LookupError("voucher not found or expired")
            used = min(row["balance"], order_total)
            cur.execute(
                "UPDATE gift_vouchers SET balance = balance - %s WHERE code = %s",
                (used, code.strip().upper()),
            )
        self.conn.commit()
        return used
