"""Export of boat-rack padlock combinations for the partner club.

When our racks are shared during regattas, the host club receives an
encrypted CSV of rack numbers and padlock combinations. The shared key is
agreed out of band and stored in the club's secrets manager.
"""
from __future__ import annotations

import argparse
import base64
import csv
import io
import os
import sqlite3
import sys

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


def load_key() -> bytes:
    key = base64.b64decode(os.environ["RACK_EXPORT_KEY"])
    return DES3.adjust_key_parity(key)


def fetch_racks(db_path: str, location: str) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(
            "SELECT rack_no, slot, padlock_code FROM rack_slots "
            "WHERE location = ? ORDER BY rack_no, slot",
            (location,),
        ).fetchall()


def encrypt_export(rows: list[tuple[str, str, str]], key: bytes) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["rack", "slot", "code"])
    writer.writerows(rows)
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(buf.getvalue().encode("utf-8"), DES3.block_size))


def decrypt_export(blob: bytes, key: bytes) -> str:
    iv, body = blob[:8], blob[8:]
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return unpad(cipher.decrypt(body), DES3.block_size).decode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Export rack padlock codes")
    parser.add_argument("--db", default="boathouse.sqlite3")
    parser.add_argument("--location", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)

    rows = fetch_racks(args.db, args.location)
    if not rows:
        print(f"no racks found at {args.location}", file=sys.stderr)
        return 1
    blob = encrypt_export(rows, load_key())
    with open(args.out, "wb") as fh:
        fh.write(blob)
    print(f"wrote {len(rows)} rack slots to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
