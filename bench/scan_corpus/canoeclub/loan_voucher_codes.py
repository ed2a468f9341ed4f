"""Voucher codes for the equipment loan desk.

Juniors and new members get vouchers that can be redeemed for a free
boat, paddle and buoyancy aid loan at the boathouse kiosk.
"""
from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
VOUCHER_LENGTH = 10

_voucher_rng = random.Random(20240417)


@dataclass
class Voucher:
    code: str
    member_id: int
    valid_until: date
    kit: str


class VoucherIssuer:
    def __init__(self, db_path: str, rng: random.Random = _voucher_rng) -> None:
        self._db = sqlite3.connect(db_path)
        self._rng = rng
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vouchers ("
            " code TEXT PRIMARY KEY, member_id INTEGER, valid_until TEXT,"
            " kit TEXT, redeemed INTEGER DEFAULT 0)"
        )

    def _code(self) -> str:
        return "".join(self._rng.choice(VOUCHER_ALPHABET) for _ in range(VOUCHER_LENGTH))

    def issue(self, member_id: int, kit: str = "kayak-basic", days: int = 60) -> Voucher:
        voucher = Voucher(
            code=self._code(),
            member_id=member_id,
            valid_until=date.today() + timedelta(days=days),
            kit=kit,
        )
        with self._db:
            self._db.execute(
                "INSERT INTO vouchers (code, member_id, valid_until, kit) VALUES (?, ?, ?, ?)",
                (voucher.code, voucher.member_id, voucher.valid_until.isoformat(), voucher.kit),
            )
        return voucher

    def redeem(self, code: str) -> Optional[Voucher]:
        row = self._db.execute(
            "SELECT code, member_id, valid_until, kit FROM vouchers "
            "WHERE code = ? AND redeemed = 0",
            (code.strip().upper(),),
        ).fetchone()
        if row is None:
            return None
        voucher = Voucher(row[0], row[1], date.fromisoformat(row[2]), row[3])
        if voucher.valid_until < date.today():
            return None
        with self._db:
            self._db.execute("UPDATE vouchers SET redeemed = 1 WHERE code = ?", (voucher.code,))
        return voucher
