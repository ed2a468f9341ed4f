"""Nightly housekeeping over the works database: row counts, stale rows, vacuum."""
import logging
from datetime import date, timedelta

import click
import psycopg2

from tallow.config import settings

log = logging.getLogger(__name__)

RETENTION = {
    "basket_sessions": ("updated_at", 30),
    "courier_tracking_events": ("received_at", 180),
    "tablet_sync_log": ("synced_at", 90),
}


def prune_stale(cur, today: date) -> dict[str, int]:
    removed = {}
    for table, (column, days) in RETENTION.items():
        cutoff = today - timedelta(days=days)
        cur.execute(f"DELETE FROM {table} WHERE {column} < %s", (cutoff,))
        removed[table] = cur.rowcount
    return removed


def row_counts(cur) -> dict[str, int]:
    counts = {}
    for table in RETENTION:
        cur.execute(f"SELECT count(*) FROM {table}")
        counts[table] = cur.fetchone()[0]
    return counts


@click.command()
@click.option("--vacuum/--no-vacuum", default=True)
def housekeeping(vacuum: bool) -> None:
    conn = psycopg2.connect(settings.DATABASE_DSN)
    try:
        with conn.cursor() as cur:
            removed = prune_stale(cur, date.today())
            conn.commit()
            for table, n in removed.items():
                log.info("pruned %d rows from %s", n, table)
            if vacuum:
                conn.autocommit = True
                for table in RETENTION:
                    cur.execute(f"VACUUM ANALYZE {table}")
            log.info("row counts after housekeeping: %s", row_counts(cur))
    finally:
        conn.close()


if __name__ == "__main__":
    housekeeping()
