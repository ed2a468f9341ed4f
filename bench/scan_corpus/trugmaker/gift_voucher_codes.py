"""Gift voucher issuing for the online trug shop.

Vouchers are sold at Christmas and redeemed against any trug or
engraving. Each voucher has a short human-typable code printed on a card.
"""
from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 3
GROUP_LENGTH = 4


@dataclass
class Voucher:
    code: str
    value: Decimal
    expires: date


class VoucherIssuer:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._rng = random.Random(1887)

    def _code(self) -> str:
        groups = [
            "".join(self._rng.choice(CODE_ALPHABET) for _ in range(GROUP_LENGTH))
            for _ in range(CODE_GROUPS)
        ]
        return "-".join(groups)

    def issue(self, value: Decimal, months_valid: int = 24) -> Voucher:
        expires = date.today() + timedelta(days=30 * months_valid)
        while True:
            code = self._code()
            exists = self._conn.execute(
                "SELECT 1 FROM vouchers WHERE code = ?", (code,)
            ).fetchone()
            if not exists:
                break
        self._conn.execute(
            "INSERT INTO vouchers (code, value_pence, expires, balance_pence) VALUES (?, ?, ?, ?)",
            (code, int(value * 100), expires.isoformat(), int(value * 100)),
        )
        self._conn.commit()
        return Voucher(code=code, value=value, expires=expires)

    def issue_batch(self, value: Decimal, count: int) -> list[Voucher]:
        return [self.issue(value) for _ in range(count)]

    def balance(self, code: str) -> Decimal | None:
        row = self._conn.execute(
            "SELECT balance_pence, expires FROM vouchers WHERE code = ?",
            (code.strip().upper(),),
        ).fetchone()
        if row is None or date.fromisoformat(row[1]) < date.today():
            return None
        return Decimal(row[0]) / 100


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Print a batch of gift vouchers")
    parser.add_argument("--db", default="shop.sqlite3")
    parser.add_argument("--value", type=Decimal, required=True)
    parser.add_argument("--count", type=int, default=50)
    args = parser.parse_args()
    for v in VoucherIssuer(args.db).issue_batch(args.value, args.count):
        print(f"{v.code}\t£{v.value}\t{v.expires}")
