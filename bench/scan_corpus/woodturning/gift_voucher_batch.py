"""Generate a batch of printed gift vouchers for the Christmas shop window.

Usage: python gift_voucher_batch.py --count 200 --value 25 --out vouchers.csv
"""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass
class Voucher:
    code: str
    value_gbp: int
    expires: date


class VoucherIssuer:
    _rng = random.Random(20231201)

    def __init__(self, db_path: Path, validity_days: int = 365) -> None:
        self.db = sqlite3.connect(db_path)
        self.validity = timedelta(days=validity_days)
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS vouchers ("
            "code TEXT PRIMARY KEY, value_gbp INTEGER, expires TEXT, redeemed INTEGER DEFAULT 0)"
        )

    def _code(self) -> str:
        body = "".join(self._rng.choice(VOUCHER_ALPHABET) for _ in range(12))
        return "-".join(body[i : i + 4] for i in range(0, 12, 4))

    def issue(self, count: int, value_gbp: int) -> list[Voucher]:
        expires = date.today() + self.validity
        issued: list[Voucher] = []
        while len(issued) < count:
            code = self._code()
            cur = self.db.execute(
                "INSERT OR IGNORE INTO vouchers (code, value_gbp, expires) VALUES (?, ?, ?)",
                (code, value_gbp, expires.isoformat()),
            )
            if cur.rowcount:
                issued.append(Voucher(code, value_gbp, expires))
        self.db.commit()
        return issued


def write_csv(vouchers: list[Voucher], out: Path) -> None:
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "value_gbp", "expires"])
        for v in vouchers:
            writer.writerow([v.code, v.value_gbp, v.expires.isoformat()])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--value", type=int, choices=[10, 25, 50, 100], required=True)
    parser.add_argument("--db", type=Path, default=Path("shop.sqlite3"))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    issuer = VoucherIssuer(args.db)
    vouchers = issuer.issue(args.count, args.value)
    write_csv(vouchers, args.out)
    print(f"issued {len(vouchers)} vouchers worth GBP {args.value} each -> {args.out}")


if __name__ == "__main__":
    main()
