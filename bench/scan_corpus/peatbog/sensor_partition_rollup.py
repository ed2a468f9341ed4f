"""Nightly rollup of raw dipwell readings into daily means.

Raw readings are partitioned by month into tables named readings_YYYY_MM;
the rollup reads yesterday's partition and upserts into readings_daily.
"""
from __future__ import annotations

import logging
import os
from datetime import date, timedelta
from typing import Optional

import psycopg
from psycopg import sql

log = logging.getLogger(__name__)


def partition_name(day: date) -> str:
    return f"readings_{day.year:04d}_{day.month:02d}"


def rollup_day(conn: psycopg.Connection, day: date, site_code: Optional[str] = None) -> int:
    query = sql.SQL(
        "INSERT INTO readings_daily (dipwell_id, day, mean_depth_cm, min_depth_cm, n) "
        "SELECT r.dipwell_id, %(day)s, avg(r.depth_cm), min(r.depth_cm), count(*) "
        "FROM {partition} r JOIN dipwells d ON d.id = r.dipwell_id "
        "WHERE r.measured_at >= %(day)s AND r.measured_at < %(next)s "
        "AND (%(site)s::text IS NULL OR d.site_code = %(site)s) "
        "GROUP BY r.dipwell_id "
        "ON CONFLICT (dipwell_id, day) DO UPDATE SET "
        "mean_depth_cm = EXCLUDED.mean_depth_cm, min_depth_cm = EXCLUDED.min_depth_cm, "
        "n = EXCLUDED.n"
    ).format(partition=sql.Identifier(partition_name(day)))
    with conn.cursor() as cur:
        cur.execute(query, {"day": day, "next": day + timedelta(days=1), "site": site_code})
        return cur.rowcount


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    day = date.fromisoformat(os.environ["ROLLUP_DAY"]) if "ROLLUP_DAY" in os.environ \
        else date.today() - timedelta(days=1)
    site = os.environ.get("ROLLUP_SITE")
    with psycopg.connect(os.environ["READINGS_DSN"]) as conn:
        n = rollup_day(conn, day, site)
    log.info("rolled up %d dipwells for %s", n, day.isoformat())


if __name__ == "__main__":
    main()
