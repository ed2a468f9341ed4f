#!/usr/bin/env python3
"""Build the nightly trade file for the correspondent clearing firm.

Reads the day's executions from the back-office database, writes the
fixed-width layout the clearing firm expects, and encrypts it for their
drop folder. The transport key is shared out-of-band and provided via
``CLEARING_FILE_KEY`` (hex).
"""
import argparse
import datetime as dt
import os
import sys
from decimal import Decimal
from pathlib import Path

import psycopg
from Crypto.Cipher import DES3 as _Legacy
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

RECORD_FMT = "{acct:<10}{side:1}{symbol:<12}{qty:>12}{price:>16}{trade_date:8}"


def fetch_executions(dsn: str, trade_date: dt.date):
    with psycopg.connect(dsn) as conn:
        return conn.execute(
            "SELECT clearing_account, side, symbol, quantity, price FROM executions "
            "WHERE trade_date = %s AND status = 'FILLED' ORDER BY exec_time",
            (trade_date,),
        ).fetchall()


def render(rows, trade_date: dt.date) -> bytes:
    lines = []
    for acct, side, symbol, qty, price in rows:
        lines.append(RECORD_FMT.format(
            acct=acct, side=side[0].upper(), symbol=symbol, qty=int(qty),
            price=f"{Decimal(price):.6f}", trade_date=trade_date.strftime("%Y%m%d"),
        ))
    lines.append(f"TRL{len(rows):09d}")
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def encrypt_for_clearing(payload: bytes, key: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = _Legacy.new(key, _Legacy.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(payload, 8))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--out-dir", type=Path, required=True)
    args = parser.parse_args()

    dsn = os.environ["BACKOFFICE_DSN"]
    key = bytes.fromhex(os.environ["CLEARING_FILE_KEY"])
    rows = fetch_executions(dsn, args.date)
    if not rows:
        print(f"no executions for {args.date}", file=sys.stderr)
        return 1
    out = args.out_dir / f"TRD{args.date:%Y%m%d}.enc"
    out.write_bytes(encrypt_for_clearing(render(rows, args.date), key))
    print(f"wrote {len(rows)} records to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
