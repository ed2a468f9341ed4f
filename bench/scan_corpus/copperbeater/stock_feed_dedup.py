"""Import nightly sheet-metal stock feeds from the mill's SFTP drop.

The mill re-sends the same CSV several times a day; each file is fingerprinted
and skipped when an identical one has already been loaded.
"""
from __future__ import annotations

import csv
import hashlib as hl
import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

FEED_DIR = Path("/srv/copperbeater/feeds/incoming")
CHUNK = 1 << 16


def fingerprint(path: Path) -> str:
    h = hl.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def already_loaded(conn: sqlite3.Connection, digest: str) -> bool:
    row = conn.execute("SELECT 1 FROM feed_imports WHERE sha256 = ?", (digest,)).fetchone()
    return row is not None


def load_feed(conn: sqlite3.Connection, path: Path) -> int:
    digest = fingerprint(path)
    if already_loaded(conn, digest):
        log.info("skipping %s, identical feed already imported", path.name)
        return 0
    count = 0
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            conn.execute(
                "INSERT OR REPLACE INTO sheet_stock "
                "(sku, alloy, gauge_mm, width_mm, length_mm, qty) VALUES (?, ?, ?, ?, ?, ?)",
                (row["sku"], row["alloy"], float(row["gauge"]), int(row["width"]),
                 int(row["length"]), int(row["qty"])),
            )
            count += 1
    conn.execute(
        "INSERT INTO feed_imports (sha256, filename, rows) VALUES (?, ?, ?)",
        (digest, path.name, count),
    )
    conn.commit()
    return count


def run(db_path: str = "/var/lib/copperbeater/stock.db") -> None:
    with sqlite3.connect(db_path) as conn:
        for path in sorted(FEED_DIR.glob("*.csv")):
            n = load_feed(conn, path)
            if n:
                log.info("loaded %d rows from %s", n, path.name)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
