"""Nightly purge of expired operational data.

Raw weighbridge readings, kiln probe samples and tracking-link hits are
only kept for a limited period. A Celery beat task removes rows older
than each table's retention window.
"""
import logging
import sqlite3
from datetime import datetime, timedelta, timezone

from celery import shared_task

from sawyer.settings import OPS_DB_PATH

log = logging.getLogger(__name__)

RETENTION = (
    ("weighbridge_readings", "read_at", 90),
    ("kiln_probe_samples", "sampled_at", 400),
    ("tracking_link_hits", "hit_at", 30),
)


def cutoff(days: int) -> str:
    return (datetime.now(timezone.utc) - timedelta(days=days)).isoformat()


def purge_table(conn: sqlite3.Connection, table: str, column: str, days: int) -> int:
    cur = conn.execute(f"DELETE FROM {table} WHERE {column} < ?", (cutoff(days),))
    return cur.rowcount


@shared_task(name="ops.purge_expired")
def purge_expired(db_path: str = OPS_DB_PATH) -> dict:
    removed = {}
    conn = sqlite3.connect(db_path)
    try:
        for table, column, days in RETENTION:
            removed[table] = purge_table(conn, table, column, days)
        conn.commit()
    finally:
        conn.close()
    for table, count in removed.items():
        log.info("purged %d rows from %s", count, table)
    return removed
