"""Nightly general-ledger extract for the mainframe settlement job.

Writes the fixed-width GL file, encrypts it with the key agreed with the
mainframe team, and drops it into the outbound transfer directory.
"""
from __future__ import annotations

import argparse
import base64
import os
from datetime import date
from pathlib import Path

from Crypto.Cipher import DES3 as _TDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

OUTBOUND_DIR = Path(os.environ.get("GL_OUTBOUND_DIR", "/srv/transfer/outbound"))
RECORD_FMT = "{account:<12}{currency:<3}{debit:>18}{credit:>18}{value_date:%Y%m%d}"


def render_records(rows) -> bytes:
    lines = [
        RECORD_FMT.format(
            account=r["account"],
            currency=r["currency"],
            debit=f"{r['debit']:.2f}",
            credit=f"{r['credit']:.2f}",
            value_date=r["value_date"],
        )
        for r in rows
    ]
    return ("\n".join(lines) + "\n").encode("ascii")


def encrypt_for_mainframe(payload: bytes) -> bytes:
    key = _TDES.adjust_key_parity(base64.b64decode(os.environ["GL_EXPORT_KEY"]))
    iv = get_random_bytes(_TDES.block_size)
    cipher = _TDES.new(key, _TDES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(payload, _TDES.block_size))


def write_export(rows, business_date: date) -> Path:
    OUTBOUND_DIR.mkdir(parents=True, exist_ok=True)
    target = OUTBOUND_DIR / f"GLEXT.D{business_date:%y%m%d}.ENC"
    target.write_bytes(encrypt_for_mainframe(render_records(rows)))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--date", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()
    from gl.repository import fetch_gl_rows  # local package, heavy import

    print(write_export(fetch_gl_rows(args.date), args.date))


if __name__ == "__main__":
    main()
