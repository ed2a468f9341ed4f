"""Gift vouchers for hawk-walk and owl experience days.

Vouchers are sold in the shop and online; the recipient redeems the code on
the booking page. Codes are grouped in fours so they can be read over the phone.
"""
from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 4
EXPERIENCES = {
    "hawk-walk": 65_00,
    "owl-encounter": 45_00,
    "falconer-for-a-day": 180_00,
}


@dataclass
class Voucher:
    code: str
    experience: str
    price_pence: int
    expires: date
    redeemed: bool = False


def new_voucher_code() -> str:
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))
        for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


class VoucherBook:
    VALID_FOR = timedelta(days=365)

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def issue(self, experience: str, purchaser_email: str) -> Voucher:
        if experience not in EXPERIENCES:
            raise ValueError(f"unknown experience {experience!r}")
        voucher = Voucher(
            code=new_voucher_code(),
            experience=experience,
            price_pence=EXPERIENCES[experience],
            expires=date.today() + self.VALID_FOR,
        )
        with self._db:
            self._db.execute(
                "INSERT INTO vouchers (code, experience, price_pence, expires, purchaser)"
                " VALUES (?, ?, ?, ?, ?)",
                (voucher.code, voucher.experience, voucher.price_pence,
                 voucher.expires.isoformat(), purchaser_email),
            )
        return voucher

    def redeem(self, code: str) -> Optional[Voucher]:
        normalised = code.strip().upper().replace(" ", "")
        with self._db:
            row = self._db.execute(
                "SELECT code, experience, price_pence, expires FROM vouchers"
                " WHERE code = ? AND redeemed = 0 AND expires >= ?",
                (normalised, date.today().isoformat()),
            ).fetchone()
            if row is None:
                return None
            self._db.execute("UPDATE vouchers SET redeemed = 1 WHERE code = ?", (row[0],))
        return Voucher(row[0], row[1], row[2], date.fromisoformat(row[3]), True)
