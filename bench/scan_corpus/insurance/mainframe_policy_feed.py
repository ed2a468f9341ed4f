"""Nightly export of in-force motor policies to the legacy policy-admin mainframe.

Records are written in the 200-byte fixed-width layout expected by the
mainframe loader, encrypted, and dropped in the outbound transfer folder.
"""
import argparse
import base64
import logging
import os
from datetime import date
from pathlib import Path

import psycopg2
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

log = logging.getLogger("mainframe_feed")

RECORD_LEN = 200
QUERY = """
    SELECT policy_number, holder_surname, vehicle_reg, premium_pence, renewal_date
    FROM motor_policies
    WHERE status = 'IN_FORCE' AND renewal_date >= %s
    ORDER BY policy_number
"""


def format_record(row) -> bytes:
    policy_number, surname, reg, premium, renewal = row
    line = (
        f"{policy_number:<20}{surname[:40]:<40}{reg:<10}"
        f"{premium:012d}{renewal:%Y%m%d}"
    )
    return line.ljust(RECORD_LEN).encode("ascii", errors="replace")


def encrypt_batch(records: list[bytes], key: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(b"".join(records), DES3.block_size))


def run(out_dir: Path, as_of: date) -> Path:
    key = base64.b64decode(os.environ["MAINFRAME_FEED_KEY"])
    with psycopg2.connect(os.environ["POLICY_DB_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(QUERY, (as_of,))
        records = [format_record(row) for row in cur]
    log.info("exporting %d in-force policies", len(records))
    target = out_dir / f"MOTPOL.{as_of:%Y%m%d}.DAT"
    target.write_bytes(encrypt_batch(records, key))
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    print(run(args.out_dir, args.as_of))
