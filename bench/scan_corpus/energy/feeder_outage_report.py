"""Feeder-level outage statistics for the reliability dashboard (SAIDI/SAIFI)."""
from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_db

router = APIRouter(prefix="/reliability")

SORT_COLUMNS = {
    "minutes": "customer_minutes_out",
    "events": "event_count",
    "feeder": "feeder_id",
}


def _report_sql(sort_key: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort_key, "customer_minutes_out")
    direction = "DESC" if descending else "ASC"
    return f"""
        SELECT feeder_id,
               COUNT(*) AS event_count,
               SUM(customers_out * EXTRACT(EPOCH FROM (restored_at - started_at)) / 60) AS customer_minutes_out
        FROM incidents
        WHERE district = :district
          AND started_at >= :start AND started_at < :end
          AND cause <> 'planned'
        GROUP BY feeder_id
        ORDER BY {column} {direction}
        LIMIT :limit
    """


@router.get("/feeders")
def feeder_report(
    district: str,
    start: date,
    end: date,
    sort: str = Query("minutes"),
    desc: bool = True,
    limit: int = Query(50, le=500),
    db: Session = Depends(get_db),
):
    rows = db.execute(
        text(_report_sql(sort, desc)),
        {"district": district, "start": start, "end": end, "limit": limit},
    ).mappings()
    return [dict(r) for r in rows]
