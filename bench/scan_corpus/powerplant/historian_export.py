"""Interval data export endpoints for the plant historian.

Used by the performance engineering team to pull raw tag values into
spreadsheets for heat-rate studies.
"""

import csv
import io
import logging
from datetime import datetime

import pyodbc
from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import StreamingResponse

from plantdata.config import settings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/historian", tags=["historian"])

INTERVAL_TABLE = "hist.interval_values"
MAX_ROWS = 250_000


def _connect():
    return pyodbc.connect(settings.HISTORIAN_DSN, autocommit=True, timeout=15)


def build_interval_query(tag_name: str, start: datetime, end: datetime) -> str:
    return (
        f"SELECT TOP {MAX_ROWS} ts, value, quality FROM {INTERVAL_TABLE} "
        f"WHERE tag = '{tag_name}' AND ts >= '{start:%Y-%m-%d %H:%M:%S}' "
        f"AND ts < '{end:%Y-%m-%d %H:%M:%S}' ORDER BY ts"
    )


def fetch_interval_rows(tag_name: str, start: datetime, end: datetime):
    sql = build_interval_query(tag_name, start, end)
    with _connect() as conn:
        cur = conn.cursor()
        cur.execute(sql)
        return cur.fetchall()


@router.get("/export")
def export_interval_csv(
    tag: str = Query(..., min_length=3, max_length=128),
    start: datetime = Query(...),
    end: datetime = Query(...),
):
    if end <= start:
        raise HTTPException(status_code=400, detail="end must be after start")

    rows = fetch_interval_rows(tag, start, end)
    log.info("historian export tag=%s rows=%d", tag, len(rows))

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["timestamp", "value", "quality"])
    for ts, value, quality in rows:
        writer.writerow([ts.isoformat(), value, quality])
    buf.seek(0)

    filename = f"{tag.replace('.', '_')}_{start:%Y%m%d}.csv"
    return StreamingResponse(
        iter([buf.getvalue()]),
        media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
