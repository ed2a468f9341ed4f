"""Creator analytics CSV export.

Creators request an export from the studio; the API enqueues a job with the
channel and date range and this worker writes the CSV to the exports bucket.
"""
from __future__ import annotations

import csv
import io
import logging
from datetime import date

import psycopg2

log = logging.getLogger(__name__)

COLUMNS = ("day", "video_id", "views", "watch_seconds", "avg_view_pct", "revenue_micros")


def build_stats_query(channel_id: str, start: str, end: str) -> str:
    return (
        f"SELECT {', '.join(COLUMNS)} FROM daily_video_stats "
        f"WHERE channel_id = '{channel_id}' "
        f"AND day BETWEEN '{start}' AND '{end}' "
        "ORDER BY day, video_id"
    )


def render_csv(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def run_export(dsn: str, job: dict) -> bytes:
    start = job.get("start") or date.today().replace(day=1).isoformat()
    end = job.get("end") or date.today().isoformat()
    query = build_stats_query(job["channel_id"], start, end)
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(query)
        rows = cur.fetchall()
    log.info("export for channel %s: %d rows", job["channel_id"], len(rows))
    return render_csv(rows)
