"""Creates next month's partition of the events table and drops expired ones."""
import datetime as dt
import logging
import os

import psycopg2
from psycopg2 import sql

log = logging.getLogger("partitions")

PARENT = "events"
RETENTION_MONTHS = int(os.environ.get("EVENT_RETENTION_MONTHS", "13"))


def _month_start(day: dt.date, offset: int = 0) -> dt.date:
    month = day.month - 1 + offset
    return dt.date(day.year + month // 12, month % 12 + 1, 1)


def create_partition(cur, start: dt.date) -> None:
    end = _month_start(start, 1)
    name = f"{PARENT}_{start:%Y_%m}"
    stmt = sql.SQL(
        "CREATE TABLE IF NOT EXISTS {part} PARTITION OF {parent} FOR VALUES FROM (%s) TO (%s)"
    ).format(part=sql.Identifier(name), parent=sql.Identifier(PARENT))
    cur.execute(stmt, (start, end))
    log.info("ensured partition %s", name)


def drop_expired(cur, today: dt.date) -> None:
    cutoff = _month_start(today, -RETENTION_MONTHS)
    cur.execute(
        "SELECT c.relname FROM pg_inherits i "
        "JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent "
        "WHERE p.relname = %s AND c.relname < %s",
        (PARENT, f"{PARENT}_{cutoff:%Y_%m}"),
    )
    for (relname,) in cur.fetchall():
        cur.execute(sql.SQL("DROP TABLE {}").format(sql.Identifier(relname)))
        log.info("dropped partition %s", relname)


def main():
    today = dt.date.today()
    with psycopg2.connect(os.environ["DATABASE_URL"]) as conn, conn.cursor() as cur:
        create_partition(cur, _month_start(today, 1))
        drop_expired(cur, today)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
