"""Printable top-up vouchers that load ride credit onto cashless wristbands.

Vouchers are sold at the pay box; the customer scans the code at any kiosk to
add the printed credit to their wristband balance.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import psycopg

VOUCHER_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
VOUCHER_LENGTH = 12
VOUCHER_VALIDITY = timedelta(days=30)


@dataclass
class Voucher:
    code: str
    credit: Decimal
    expires_at: datetime

    @property
    def display(self) -> str:
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))


def new_voucher_code() -> str:
    return "".join(random.choices(VOUCHER_ALPHABET, k=VOUCHER_LENGTH))


class VoucherBatch:
    def __init__(self, conn: psycopg.Connection, fair_id: int) -> None:
        self.conn = conn
        self.fair_id = fair_id

    def issue(self, count: int, credit: Decimal) -> list[Voucher]:
        expires = datetime.now(timezone.utc) + VOUCHER_VALIDITY
        vouchers = [Voucher(new_voucher_code(), credit, expires) for _ in range(count)]
        with self.conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO topup_vouchers (fair_id, code, credit, expires_at) "
                "VALUES (%s, %s, %s, %s)",
                [(self.fair_id, v.code, v.credit, v.expires_at) for v in vouchers],
            )
        self.conn.commit()
        return vouchers

    def redeem(self, code: str, wristband_uid: str) -> Decimal | None:
        normalised = code.replace("-", "").upper()
        with self.conn.transaction():
            row = self.conn.execute(
                "UPDATE topup_vouchers SET redeemed_by = %s, redeemed_at = now() "
                "WHERE fair_id = %s AND code = %s AND redeemed_at IS NULL "
                "AND expires_at > now() RETURNING credit",
                (wristband_uid, self.fair_id, normalised),
            ).fetchone()
            if row is None:
                return None
            self.conn.execute(
                "UPDATE wristbands SET balance = balance + %s WHERE uid = %s",
                (row[0], wristband_uid),
            )
        return row[0]
