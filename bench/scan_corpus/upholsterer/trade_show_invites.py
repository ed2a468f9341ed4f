"""Generate trade-account invite codes to hand out at design shows.

A designer who enters one of these codes on the sign-up page skips the manual
approval queue and gets trade pricing straight away.

    python -m tools.trade_show_invites --event "Decorex 2024" --count 200
"""
import argparse
import csv
import sqlite3
import sys
from datetime import date, timedelta
from random import choice as pick

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUP_SIZE = 4
GROUPS = 3


def make_invite_code() -> str:
    groups = ["".join(pick(ALPHABET) for _ in range(GROUP_SIZE)) for _ in range(GROUPS)]
    return "-".join(groups)


def store_codes(db_path: str, event: str, codes: list[str], valid_days: int) -> None:
    expires = (date.today() + timedelta(days=valid_days)).isoformat()
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO trade_invites (code, event_name, expires_on, redeemed) VALUES (?, ?, ?, 0)",
            [(code, event, expires) for code in codes],
        )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--event", required=True)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--valid-days", type=int, default=60)
    parser.add_argument("--db", default="instance/upholstery.sqlite3")
    parser.add_argument("--csv", default="-", help="where to write the printable list")
    args = parser.parse_args(argv)

    codes = sorted({make_invite_code() for _ in range(args.count)})
    store_codes(args.db, args.event, codes, args.valid_days)

    out = sys.stdout if args.csv == "-" else open(args.csv, "w", newline="")
    with out:
        writer = csv.writer(out)
        writer.writerow(["event", "invite_code"])
        writer.writerows([args.event, code] for code in codes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
