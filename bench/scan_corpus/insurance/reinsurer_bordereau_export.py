"""Monthly premium bordereau export for the quota-share reinsurer.

Rows are serialised as CSV, encrypted with the key agreed with the
reinsurer and written to the outbound SFTP staging folder. The reinsurer
retired its 3DES intake in 2023; files now use ChaCha20-Poly1305.
"""
import argparse
import base64
import csv
import io
import logging
import os
from datetime import date
from pathlib import Path

import psycopg2
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

log = logging.getLogger("reinsurer_export")

QUERY = """
    SELECT policy_number, inception_date, gross_premium, ceded_share, ceded_premium
    FROM ceded_premiums
    WHERE accounting_month = %s
    ORDER BY policy_number
"""
HEADER = ["policy_number", "inception_date", "gross_premium", "ceded_share", "ceded_premium"]


def to_csv(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def encrypt_file(plaintext: bytes, key: bytes, label: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, plaintext, label.encode("ascii"))


def run(out_dir: Path, month: date) -> Path:
    key = base64.b64decode(os.environ["REINSURER_FEED_KEY"])
    with psycopg2.connect(os.environ["FINANCE_DB_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(QUERY, (month.replace(day=1),))
        rows = cur.fetchall()
    log.info("exporting %d ceded premium rows for %s", len(rows), f"{month:%Y-%m}")
    name = f"QS_BDX_{month:%Y%m}.csv.enc"
    target = out_dir / name
    target.write_bytes(encrypt_file(to_csv(rows), key, name))
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument("--month", type=date.fromisoformat, required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    print(run(args.out_dir, args.month))
