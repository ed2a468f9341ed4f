#!/usr/bin/env python3
"""Encrypt the payout account column of a referee fee CSV before it goes to the shared drive."""
import argparse
import base64
import csv
import os
import sys

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12


def load_key() -> bytes:
    raw = os.environ.get("PAYOUT_ENCRYPTION_KEY")
    if not raw:
        sys.exit("PAYOUT_ENCRYPTION_KEY is not set")
    key = base64.b64decode(raw)
    if len(key) != 32:
        sys.exit("PAYOUT_ENCRYPTION_KEY must decode to 32 bytes")
    return key


def encrypt_value(aead: AESGCM, value: str, referee_id: str) -> str:
    nonce = os.urandom(NONCE_SIZE)
    ct = aead.encrypt(nonce, value.encode(), referee_id.encode())
    return base64.b64encode(nonce + ct).decode()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("input", type=argparse.FileType("r", encoding="utf-8"))
    parser.add_argument("output", type=argparse.FileType("w", encoding="utf-8"))
    parser.add_argument("--column", default="payout_account")
    args = parser.parse_args(argv)

    aead = AESGCM(load_key())
    reader = csv.DictReader(args.input)
    if args.column not in (reader.fieldnames or []):
        parser.error(f"column {args.column!r} not found")
    writer = csv.DictWriter(args.output, fieldnames=reader.fieldnames)
    writer.writeheader()
    for row in reader:
        row[args.column] = encrypt_value(aead, row[args.column], row["referee_id"])
        writer.writerow(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
