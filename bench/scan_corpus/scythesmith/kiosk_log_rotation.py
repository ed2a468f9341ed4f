"""Nightly pruning of the workshop kiosk database.

The kiosk gateway keeps shift, scan and error records locally. Records
older than their retention period are removed each night and the file
is vacuumed to keep the tablet gateway's disk usage small.
"""
import logging
import sqlite3
from datetime import datetime, timedelta, timezone

import click

from scythesmith.config import settings

log = logging.getLogger(__name__)

RETENTION_DAYS = {
    "bench_shifts": 400,
    "barcode_scans": 90,
    "kiosk_errors": 30,
}


def prune_table(conn: sqlite3.Connection, table: str, days: int) -> int:
    cutoff = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat()
    cur = conn.execute(f"DELETE FROM {table} WHERE created_at < ?", (cutoff,))
    return cur.rowcount


def prune_all(db_path: str, dry_run: bool = False) -> dict[str, int]:
    removed: dict[str, int] = {}
    conn = sqlite3.connect(db_path)
    try:
        with conn:
            for table, days in RETENTION_DAYS.items():
                removed[table] = prune_table(conn, table, days)
            if dry_run:
                conn.rollback()
        if not dry_run:
            conn.execute("VACUUM")
    finally:
        conn.close()
    return removed


@click.command()
@click.option("--db", "db_path", default=settings.KIOSK_DB_PATH, show_default=True)
@click.option("--dry-run", is_flag=True)
def main(db_path: str, dry_run: bool) -> None:
    removed = prune_all(db_path, dry_run=dry_run)
    for table, count in removed.items():
        log.info("%s: %d rows %s", table, count, "would be removed" if dry_run else "removed")


if __name__ == "__main__":
    main()
