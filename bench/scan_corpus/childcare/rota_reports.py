"""Staff rota reporting: hours worked per room, used for ratio audits."""
from dataclasses import dataclass
from datetime import date

import psycopg2
import psycopg2.extras


@dataclass
class ShiftFilter:
    site_code: str
    room: str | None
    start: date
    end: date


def _shift_query(f: ShiftFilter) -> str:
    sql = (
        "SELECT s.staff_id, st.full_name, s.room, s.shift_date, "
        "EXTRACT(EPOCH FROM (s.ends_at - s.starts_at)) / 3600 AS hours "
        "FROM rota_shifts s JOIN staff st ON st.id = s.staff_id "
        f"WHERE s.site_code = '{f.site_code}' AND s.shift_date BETWEEN '{f.start}' AND '{f.end}'"
    )
    if f.room:
        sql += f" AND s.room = '{f.room}'"
    return sql + " ORDER BY s.shift_date, st.full_name"


def fetch_shifts(dsn: str, f: ShiftFilter) -> list[dict]:
    with psycopg2.connect(dsn) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(_shift_query(f))
            return list(cur.fetchall())


def hours_by_staff(rows: list[dict]) -> dict[int, float]:
    totals: dict[int, float] = {}
    for row in rows:
        totals[row["staff_id"]] = totals.get(row["staff_id"], 0.0) + float(row["hours"])
    return totals


def room_report(dsn: str, site_code: str, room: str | None, start: date, end: date) -> dict:
    rows = fetch_shifts(dsn, ShiftFilter(site_code, room, start, end))
    return {
        "site": site_code,
        "room": room or "all",
        "shifts": len(rows),
        "hours_by_staff": hours_by_staff(rows),
    }
