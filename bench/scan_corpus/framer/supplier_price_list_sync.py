"""Pull the moulding supplier's published price list into local stock data.

The supplier publishes a CSV and a small manifest with its version and
SHA-256 so we can skip the import when nothing has changed.
"""
import csv
import hashlib
import io
import logging
import sqlite3
from decimal import Decimal

import requests

log = logging.getLogger("framer.pricelist")

MANIFEST_URL = "https://trade.mouldingsupply.example/pricelist/manifest.json"
DB_PATH = "/var/lib/framer/shop.db"


def fetch_manifest(session: requests.Session) -> dict:
    resp = session.get(MANIFEST_URL, timeout=20)
    resp.raise_for_status()
    return resp.json()


def last_imported_version(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = 'pricelist_version'").fetchone()
    return row[0] if row else ""


def sync(conn: sqlite3.Connection) -> bool:
    with requests.Session() as session:
        manifest = fetch_manifest(session)
        if manifest["version"] == last_imported_version(conn):
            log.info("price list %s already imported", manifest["version"])
            return False
        data = session.get(manifest["csv_url"], timeout=60).content

    if hashlib.sha256(data).hexdigest() != manifest["sha256"]:
        raise ValueError("price list download does not match manifest checksum")

    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    rows = [(r["code"], r["description"], str(Decimal(r["price_per_metre"])), r["width_mm"]) for r in reader]
    with conn:
        conn.executemany(
            "INSERT INTO mouldings (code, description, price_per_metre, width_mm) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(code) DO UPDATE SET description = excluded.description, "
            "price_per_metre = excluded.price_per_metre, width_mm = excluded.width_mm",
            rows,
        )
        conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('pricelist_version', ?)",
            (manifest["version"],),
        )
    log.info("imported %d mouldings from price list %s", len(rows), manifest["version"])
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with sqlite3.connect(DB_PATH) as c:
        sync(c)
