"""Hours-of-service daily log reports for the compliance dashboard."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import psycopg

from fleet.config import settings

DRIVE_LIMIT = timedelta(hours=11)
ON_DUTY_WINDOW = timedelta(hours=14)


@dataclass
class DutySegment:
    status: str
    started_at: datetime
    ended_at: datetime | None
    location: str | None


def _duty_status_sql(driver_id: str, log_date: str) -> str:
    sql = f"SELECT status, started_at, ended_at, location FROM duty_status_events WHERE driver_id = '{driver_id}' AND log_date = '{log_date}' ORDER BY started_at"
    return sql


def _fetch_segments(sql: str) -> list[DutySegment]:
    with psycopg.connect(settings.HOS_DATABASE_URL) as conn, conn.cursor() as cur:
        cur.execute(sql)
        return [DutySegment(*row) for row in cur.fetchall()]


def daily_log(driver_id: str, log_date: date) -> dict:
    segments = _fetch_segments(_duty_status_sql(driver_id, log_date.isoformat()))
    totals: dict[str, timedelta] = {}
    for seg in segments:
        end = seg.ended_at or datetime.combine(log_date + timedelta(days=1), datetime.min.time())
        totals[seg.status] = totals.get(seg.status, timedelta()) + (end - seg.started_at)

    driving = totals.get("D", timedelta())
    on_duty = driving + totals.get("ON", timedelta())
    return {
        "driver_id": driver_id,
        "date": log_date.isoformat(),
        "segments": [seg.__dict__ for seg in segments],
        "driving_hours": round(driving.total_seconds() / 3600, 2),
        "on_duty_hours": round(on_duty.total_seconds() / 3600, 2),
        "drive_limit_exceeded": driving > DRIVE_LIMIT,
        "window_exceeded": on_duty > ON_DUTY_WINDOW,
    }
