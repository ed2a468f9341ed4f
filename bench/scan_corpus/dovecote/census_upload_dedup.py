"""Import job for volunteer bird-count sheets.

Volunteers drop scanned count spreadsheets (pigeon, stock dove, barn owl,
swallow counts per dovecote) into the shared inbox. Sheets are often
re-sent by email as well, so identical files are skipped by content.
"""
import csv
import hashlib
import logging
import shutil
import sqlite3
from pathlib import Path

log = logging.getLogger("census.import")

INBOX = Path("/srv/estate/census/inbox")
PROCESSED = Path("/srv/estate/census/processed")
CHUNK = 1 << 16


def content_key(path: Path) -> str:
    h = hashlib.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def already_seen(conn: sqlite3.Connection, key: str) -> bool:
    row = conn.execute("SELECT 1 FROM census_files WHERE content_key = ?", (key,)).fetchone()
    return row is not None


def load_counts(conn: sqlite3.Connection, path: Path, key: str) -> int:
    rows = 0
    with path.open(newline="", encoding="utf-8-sig") as fh:
        for rec in csv.DictReader(fh):
            conn.execute(
                "INSERT INTO bird_counts (site_code, species, count, observed_on, source_key) "
                "VALUES (?, ?, ?, ?, ?)",
                (rec["site"], rec["species"], int(rec["count"] or 0), rec["date"], key),
            )
            rows += 1
    conn.execute(
        "INSERT INTO census_files (content_key, original_name, row_count) VALUES (?, ?, ?)",
        (key, path.name, rows),
    )
    return rows


def run(db_path: str = "/var/lib/estate/census.sqlite3") -> None:
    PROCESSED.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(db_path) as conn:
        for sheet in sorted(INBOX.glob("*.csv")):
            key = content_key(sheet)
            if already_seen(conn, key):
                log.info("Skipping duplicate sheet %s", sheet.name)
            else:
                n = load_counts(conn, sheet, key)
                log.info("Imported %d rows from %s", n, sheet.name)
            shutil.move(str(sheet), PROCESSED / sheet.name)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
