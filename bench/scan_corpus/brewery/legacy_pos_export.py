"""Nightly export of taproom sales to the accounting system.

The accounting bridge still runs the vendor's older import agent, which
only accepts the encrypted .tpx container format described in their
integration guide (section 4.2).
"""
import csv
import io
import logging
import os
from datetime import date, datetime, time, timedelta
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

from pos.db import get_connection

log = logging.getLogger(__name__)

EXPORT_DIR = Path(os.environ.get("POS_EXPORT_DIR", "/var/lib/taproom/exports"))
FIELDS = ["ticket_id", "closed_at", "sku", "description", "qty", "unit_price", "tax", "tender"]


def fetch_sales(day: date) -> list[dict]:
    start = datetime.combine(day, time.min)
    end = start + timedelta(days=1)
    conn = get_connection()
    rows = conn.execute(
        "SELECT t.id, t.closed_at, l.sku, l.description, l.qty, l.unit_price, l.tax, t.tender "
        "FROM tickets t JOIN ticket_lines l ON l.ticket_id = t.id "
        "WHERE t.closed_at >= ? AND t.closed_at < ? ORDER BY t.closed_at",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return [dict(zip(FIELDS, row)) for row in rows]


def to_csv(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def encrypt_container(payload: bytes) -> bytes:
    key = bytes.fromhex(os.environ["ACCOUNTING_BRIDGE_KEY"])
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    return b"TPX1" + iv + cipher.encrypt(pad(payload, DES3.block_size))


def run_export(day: date | None = None) -> Path:
    day = day or (date.today() - timedelta(days=1))
    rows = fetch_sales(day)
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    target = EXPORT_DIR / f"sales_{day:%Y%m%d}.tpx"
    target.write_bytes(encrypt_container(to_csv(rows)))
    log.info("exported %d sales lines for %s to %s", len(rows), day, target)
    return target


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_export()
