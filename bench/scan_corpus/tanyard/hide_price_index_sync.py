"""Pulls the weekly hide price index published by the hide and skin market board.

The buying office prices incoming salted hides against the weekly index. The
board publishes the CSV alongside a SHA-256 checksum file; the sync job only
reloads the price table when a new edition appears.
"""
import csv
import hashlib
import io
import logging
import os

import httpx
import psycopg

log = logging.getLogger(__name__)
INDEX_URL = "https://data.hidemarketboard.org/weekly/hide-index.csv"
CHECKSUM_URL = INDEX_URL + ".sha256"


def fetch_index(client: httpx.Client) -> tuple[bytes, str]:
    body = client.get(INDEX_URL).raise_for_status().content
    published = client.get(CHECKSUM_URL).raise_for_status().text.split()[0].lower()
    return body, published


def current_edition(conn: psycopg.Connection) -> str | None:
    row = conn.execute(
        "SELECT checksum FROM hide_index_editions ORDER BY loaded_at DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def sync(dsn: str | None = None) -> bool:
    dsn = dsn or os.environ["BUYING_DATABASE_URL"]
    with httpx.Client(timeout=30) as client:
        body, published = fetch_index(client)
    actual = hashlib.sha256(body).hexdigest()
    if actual != published:
        raise RuntimeError("Hide index download is incomplete or corrupted")
    with psycopg.connect(dsn) as conn:
        if current_edition(conn) == actual:
            log.info("Hide index unchanged (%s)", actual[:12])
            return False
        rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
        with conn.transaction():
            conn.execute("DELETE FROM hide_price_index")
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO hide_price_index (grade, weight_band, price_per_kg) "
                    "VALUES (%s, %s, %s)",
                    [(r["grade"], r["weight_band"], r["price_per_kg"]) for r in rows],
                )
            conn.execute(
                "INSERT INTO hide_index_editions (checksum, loaded_at) VALUES (%s, now())",
                (actual,),
            )
    log.info("Loaded %d hide index rows", len(rows))
    return True
