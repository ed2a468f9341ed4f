"""CLI that issues a batch of gift vouchers for lesson packs and writes them to the DB."""
import argparse
import csv
import random
import sqlite3
import sys
from datetime import date, timedelta

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
PACK_PRICES = {"starter": 4900, "five-pack": 11900, "ten-pack": 21900}


def make_codes(count: int, length: int = 12) -> list:
    rng = random.Random(4417)
    codes = set()
    while len(codes) < count:
        raw = "".join(rng.choice(VOUCHER_ALPHABET) for _ in range(length))
        codes.add("-".join(raw[i:i + 4] for i in range(0, length, 4)))
    return sorted(codes)


def store(db_path: str, codes: list, pack: str, valid_days: int) -> None:
    expires = (date.today() + timedelta(days=valid_days)).isoformat()
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO gift_vouchers (code, pack, value_cents, expires_on, redeemed)"
            " VALUES (?, ?, ?, ?, 0)",
            [(c, pack, PACK_PRICES[pack], expires) for c in codes],
        )


def export_csv(path: str, codes: list, pack: str) -> None:
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "pack"])
        for code in codes:
            writer.writerow([code, pack])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Issue ukulele lesson gift vouchers")
    parser.add_argument("--db", default="school.sqlite3")
    parser.add_argument("--pack", choices=sorted(PACK_PRICES), required=True)
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--valid-days", type=int, default=365)
    parser.add_argument("--csv", help="also write the codes to this CSV for the print shop")
    args = parser.parse_args(argv)

    if args.count <= 0 or args.count > 5000:
        parser.error("count must be between 1 and 5000")
    codes = make_codes(args.count)
    store(args.db, codes, args.pack, args.valid_days)
    if args.csv:
        export_csv(args.csv, codes, args.pack)
    print(f"issued {len(codes)} {args.pack} vouchers", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
