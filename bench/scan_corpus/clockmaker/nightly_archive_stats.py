"""Nightly housekeeping for archived workshop tables.

Counts rows and purges soft-deleted records older than the retention period
from each archive table, then returns the figures for the ops dashboard.
"""
import logging
from datetime import datetime, timedelta, timezone

from celery import shared_task
from sqlalchemy import text

from clockmaker.db import engine

log = logging.getLogger(__name__)

ARCHIVE_TABLES = (
    "archived_tickets",
    "archived_quotes",
    "archived_collection_bookings",
    "archived_part_orders",
)
RETENTION = timedelta(days=365 * 7)


def _purge_and_count(conn, table: str, cutoff: datetime) -> tuple[int, int]:
    purged = conn.execute(
        text(f"DELETE FROM {table} WHERE deleted_at IS NOT NULL AND deleted_at < :cutoff"),
        {"cutoff": cutoff},
    ).rowcount
    remaining = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
    return purged, remaining


@shared_task(name="archive.nightly_stats")
def nightly_archive_stats() -> dict:
    cutoff = datetime.now(timezone.utc) - RETENTION
    stats = {}
    with engine.begin() as conn:
        for table in ARCHIVE_TABLES:
            purged, remaining = _purge_and_count(conn, table, cutoff)
            stats[table] = {"purged": purged, "remaining": remaining}
            log.info("%s: purged %d, %d remain", table, purged, remaining)
    return stats
