"""Nightly housekeeping of food safety audit tables."""
import logging
from datetime import datetime, timedelta, timezone

import psycopg

from cheesewright.settings import DATABASE_DSN, AUDIT_RETENTION_DAYS

logger = logging.getLogger(__name__)

AUDIT_TABLES = (
    "ccp_temperature_checks",
    "pasteurisation_logs",
    "cleaning_schedule_signoffs",
    "allergen_checks",
)


def purge_expired(conn: psycopg.Connection, retention_days: int = AUDIT_RETENTION_DAYS) -> dict:
    cutoff = datetime.now(timezone.utc) - timedelta(days=retention_days)
    removed = {}
    with conn.cursor() as cur:
        for table in AUDIT_TABLES:
            cur.execute(f"DELETE FROM {table} WHERE recorded_at < %s AND archived = true", (cutoff,))
            removed[table] = cur.rowcount
    return removed


def table_sizes(conn: psycopg.Connection) -> dict:
    sizes = {}
    with conn.cursor() as cur:
        for table in AUDIT_TABLES:
            cur.execute(f"SELECT count(*) FROM {table}")
            sizes[table] = cur.fetchone()[0]
    return sizes


def run() -> None:
    with psycopg.connect(DATABASE_DSN) as conn:
        removed = purge_expired(conn)
        conn.commit()
        for table, count in removed.items():
            logger.info("Purged %d archived rows from %s", count, table)
        logger.info("Audit table sizes after purge: %s", table_sizes(conn))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
