"""Nightly settlement extract for the card scheme reconciliation job.

Builds the CSV, encrypts it with ChaCha20-Poly1305 and drops it into the
outbound transfer directory for the SFTP relay to collect.
"""
from __future__ import annotations

import argparse
import base64
import csv
import io
import os
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305 as _Aead

OUTBOUND_DIR = Path(os.environ.get("SETTLEMENT_OUTBOUND_DIR", "/srv/transfer/outbound"))
FIELDS = ["scheme_ref", "card_token", "amount_minor", "currency", "settlement_date"]
FILE_VERSION = b"STL1"


def render_csv(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def encrypt_export(payload: bytes) -> bytes:
    aead = _Aead(base64.b64decode(os.environ["SETTLEMENT_EXPORT_KEY"]))
    nonce = os.urandom(12)
    return FILE_VERSION + nonce + aead.encrypt(nonce, payload, FILE_VERSION)


def write_export(rows, business_date: date) -> Path:
    OUTBOUND_DIR.mkdir(parents=True, exist_ok=True)
    target = OUTBOUND_DIR / f"settlement_{business_date:%Y%m%d}.csv.enc"
    target.write_bytes(encrypt_export(render_csv(rows)))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--date", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()
    from settlement.repository import fetch_settlement_rows

    print(write_export(fetch_settlement_rows(args.date), args.date))


if __name__ == "__main__":
    main()
