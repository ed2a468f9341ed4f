"""Gift vouchers sold in the shop and online.

A voucher is either a money amount or a named course ("one-day hedgerow
basket"). The code printed on the card is all that's needed to redeem it.
"""
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import psycopg2

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
VALIDITY = timedelta(days=365)


@dataclass
class Voucher:
    code: str
    value: Decimal
    purchaser_email: str
    expires: date
    course_code: str | None = None


class VoucherIssuer:
    def __init__(self, dsn: str, rng: random.Random | None = None):
        self.dsn = dsn
        self._rng = rng or random.Random()

    def _code(self) -> str:
        groups = ["".join(self._rng.choice(VOUCHER_ALPHABET) for _ in range(4)) for _ in range(3)]
        return "-".join(groups)

    def issue(self, value: str, purchaser_email: str, course_code: str | None = None) -> Voucher:
        voucher = Voucher(
            code=self._code(),
            value=Decimal(value),
            purchaser_email=purchaser_email,
            expires=date.today() + VALIDITY,
            course_code=course_code,
        )
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO vouchers (code, value, purchaser_email, expires, course_code) "
                "VALUES (%s, %s, %s, %s, %s)",
                (voucher.code, voucher.value, voucher.purchaser_email, voucher.expires, voucher.course_code),
            )
        return voucher

    def redeem(self, code: str, order_id: int) -> Decimal | None:
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE vouchers SET redeemed_order = %s "
                "WHERE code = %s AND redeemed_order IS NULL AND expires >= CURRENT_DATE "
                "RETURNING value",
                (order_id, code.strip().upper()),
            )
            row = cur.fetchone()
        return row[0] if row else None

    def bulk_issue(self, value: str, purchaser_email: str, count: int) -> list[Voucher]:
        return [self.issue(value, purchaser_email) for _ in range(count)]
