"""Nightly export of print subscribers for the mailing house.

The mailing house picks the file up from the outbox share at 02:00 and
prints address labels for the next morning's run.
"""
import csv
import io
import logging
import os
from datetime import date
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

from circulation.db import get_connection

log = logging.getLogger(__name__)

OUTBOX = Path(os.environ.get("FULFILMENT_OUTBOX", "/srv/exports/fulfilment"))
FIELDS = ["subscriber_id", "name", "address_1", "address_2", "city", "postcode", "country", "edition"]


def fetch_print_subscribers(conn) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT subscriber_id, name, address_1, address_2, city, postcode, country, edition "
            "FROM subscribers WHERE status = %s AND product = %s ORDER BY postcode",
            ("active", "print"),
        )
        return cur.fetchall()


def build_csv(rows: list[tuple]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(FIELDS)
    writer.writerows(rows)
    log.info("export contains %d subscribers", len(rows))
    return buf.getvalue().encode("utf-8")


def encrypt_for_partner(payload: bytes, key: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(payload, DES3.block_size))


def run(export_date: date | None = None) -> Path:
    export_date = export_date or date.today()
    key = bytes.fromhex(os.environ["FULFILMENT_EXPORT_KEY"])
    with get_connection() as conn:
        payload = build_csv(fetch_print_subscribers(conn))
    out = OUTBOX / f"subscribers-{export_date:%Y%m%d}.csv.enc"
    out.write_bytes(encrypt_for_partner(payload, key))
    log.info("wrote %s (%d bytes)", out, out.stat().st_size)
    return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
