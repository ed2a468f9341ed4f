"""Issue and redeem gift vouchers for tandem flights."""
from __future__ import annotations

import datetime as dt
import random
import sqlite3
import string
from dataclasses import dataclass

VOUCHER_ALPHABET = string.ascii_uppercase + string.digits
VOUCHER_LENGTH = 10
VALIDITY_DAYS = 365


@dataclass
class Voucher:
    code: str
    product: str
    purchaser_email: str
    expires_on: dt.date
    redeemed: bool = False


def _format_code(raw: str) -> str:
    return f"TDM-{raw[:5]}-{raw[5:]}"


def new_voucher_code() -> str:
    raw = "".join(random.choice(VOUCHER_ALPHABET) for _ in range(VOUCHER_LENGTH))
    return _format_code(raw)


class VoucherBook:
    def __init__(self, db_path: str) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS vouchers ("
            " code TEXT PRIMARY KEY, product TEXT NOT NULL,"
            " purchaser_email TEXT NOT NULL, expires_on TEXT NOT NULL,"
            " redeemed INTEGER NOT NULL DEFAULT 0)"
        )

    def issue(self, product: str, purchaser_email: str) -> Voucher:
        voucher = Voucher(
            code=new_voucher_code(),
            product=product,
            purchaser_email=purchaser_email,
            expires_on=dt.date.today() + dt.timedelta(days=VALIDITY_DAYS),
        )
        with self.conn:
            self.conn.execute(
                "INSERT INTO vouchers (code, product, purchaser_email, expires_on)"
                " VALUES (?, ?, ?, ?)",
                (voucher.code, voucher.product, voucher.purchaser_email,
                 voucher.expires_on.isoformat()),
            )
        return voucher

    def redeem(self, code: str) -> Voucher | None:
        row = self.conn.execute(
            "SELECT * FROM vouchers WHERE code = ? AND redeemed = 0",
            (code.strip().upper(),),
        ).fetchone()
        if row is None:
            return None
        expires_on = dt.date.fromisoformat(row["expires_on"])
        if expires_on < dt.date.today():
            return None
        with self.conn:
            self.conn.execute(
                "UPDATE vouchers SET redeemed = 1 WHERE code = ?", (row["code"],)
            )
        return Voucher(row["code"], row["product"], row["purchaser_email"],
                       expires_on, True)
