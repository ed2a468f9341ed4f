"""Nightly job: pull the public stave catalogue published by our timber merchant.

The merchant publishes catalogue.csv plus catalogue.csv.sha256 next to it so
mirrors can confirm they have a complete download.
"""
import csv
import hashlib
import io
import logging
import os
import sqlite3
import sys

import httpx

log = logging.getLogger("catalog.sync")
CATALOG_URL = os.environ.get("TIMBER_CATALOG_URL", "https://trade.heartwood-timber.example/catalogue.csv")
DB_PATH = os.environ.get("INVENTORY_DB", "/srv/bowyer/inventory.db")


def download(client: httpx.Client, url: str) -> tuple[bytes, str]:
    body = client.get(url, timeout=30).raise_for_status().content
    published = client.get(url + ".sha256", timeout=30).raise_for_status().text.split()[0]
    return body, published.lower()


def checksum_matches(body: bytes, published: str) -> bool:
    return hashlib.sha256(body).hexdigest() == published


def load_rows(body: bytes):
    reader = csv.DictReader(io.StringIO(body.decode("utf-8")))
    for row in reader:
        yield (
            row["ref"],
            row["species"],
            int(row["length_mm"]),
            row.get("grade", "B"),
            int(row["price_pence"]),
        )


def store(rows, db_path: str = DB_PATH) -> int:
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM supplier_catalog")
        conn.executemany(
            "INSERT INTO supplier_catalog (ref, species, length_mm, grade, price_pence)"
            " VALUES (?, ?, ?, ?, ?)",
            list(rows),
        )
        return conn.execute("SELECT COUNT(*) FROM supplier_catalog").fetchone()[0]


def main() -> int:
    with httpx.Client(follow_redirects=True) as client:
        body, published = download(client, CATALOG_URL)
    if not checksum_matches(body, published):
        log.error("catalogue checksum mismatch; keeping yesterday's data")
        return 1
    count = store(load_rows(body))
    log.info("catalogue refreshed: %d staves", count)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
