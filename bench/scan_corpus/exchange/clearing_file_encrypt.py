#!/usr/bin/env python3
"""Produce the encrypted end-of-day allocation file for the clearing broker.

The file is a CSV of allocations sealed with ChaCha20-Poly1305. The
transport key is agreed with the clearing broker and provided via
``CLEARING_FILE_KEY`` (hex, 32 bytes). The output starts with the nonce.
"""
import argparse
import csv
import datetime as dt
import io
import os
import sys
from pathlib import Path

import psycopg
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

FILE_VERSION = b"ALC1"
HEADER = ["clearing_account", "side", "symbol", "quantity", "avg_price", "trade_date"]


def fetch_allocations(dsn: str, trade_date: dt.date):
    with psycopg.connect(dsn) as conn:
        return conn.execute(
            "SELECT clearing_account, side, symbol, quantity, avg_price FROM allocations "
            "WHERE trade_date = %s AND state = 'BOOKED' ORDER BY clearing_account, symbol",
            (trade_date,),
        ).fetchall()


def render_csv(rows, trade_date: dt.date) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    for acct, side, symbol, qty, price in rows:
        writer.writerow([acct, side, symbol, qty, f"{price:.6f}", trade_date.isoformat()])
    return buf.getvalue().encode()


def seal(payload: bytes, key: bytes, trade_date: dt.date) -> bytes:
    nonce = os.urandom(12)
    aad = FILE_VERSION + trade_date.isoformat().encode()
    return FILE_VERSION + nonce + ChaCha20Poly1305(key).encrypt(nonce, payload, aad)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--out-dir", type=Path, required=True)
    args = parser.parse_args()

    key = bytes.fromhex(os.environ["CLEARING_FILE_KEY"])
    if len(key) != 32:
        print("CLEARING_FILE_KEY must be 32 bytes", file=sys.stderr)
        return 2
    rows = fetch_allocations(os.environ["BACKOFFICE_DSN"], args.date)
    if not rows:
        print(f"no allocations for {args.date}", file=sys.stderr)
        return 1
    out = args.out_dir / f"ALLOC_{args.date:%Y%m%d}.bin"
    out.write_bytes(seal(render_csv(rows, args.date), key, args.date))
    print(f"wrote {len(rows)} allocations to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
