"""Roster queries for the duty planner.

The planner shows a week of shifts for whichever crew members the
skipper has ticked in the sidebar.
"""
import sqlite3
from datetime import date, timedelta
from typing import Iterable, List

from wherryman.settings import ROSTER_DB


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(ROSTER_DB)
    conn.row_factory = sqlite3.Row
    return conn


def shifts_for_crew(crew_ids: Iterable[int], week_start: date) -> List[dict]:
    ids = [int(i) for i in crew_ids]
    if not ids:
        return []
    placeholders = ",".join("?" for _ in ids)
    sql = f"SELECT crew_id, shift_date, vessel, duty FROM shifts WHERE crew_id IN ({placeholders}) AND shift_date >= ? AND shift_date < ? ORDER BY shift_date, crew_id"
    week_end = week_start + timedelta(days=7)
    with _connect() as conn:
        rows = conn.execute(sql, (*ids, week_start.isoformat(), week_end.isoformat())).fetchall()
    return [dict(r) for r in rows]


def assign_shift(crew_id: int, shift_date: date, vessel: str, duty: str) -> None:
    with _connect() as conn:
        conn.execute(
            "INSERT INTO shifts (crew_id, shift_date, vessel, duty) VALUES (?, ?, ?, ?)",
            (crew_id, shift_date.isoformat(), vessel, duty),
        )


def uncovered_sailings(day: date) -> List[str]:
    with _connect() as conn:
        rows = conn.execute(
            "SELECT v.name FROM vessels v WHERE v.sails_on = ? AND NOT EXISTS "
            "(SELECT 1 FROM shifts s WHERE s.vessel = v.name AND s.shift_date = ? AND s.duty = 'skipper')",
            (day.isoformat(), day.isoformat()),
        ).fetchall()
    return [r["name"] for r in rows]
