"""Repository for crew timesheets.

Timesheets record each crew member's hours per job per day, plus travel
time and whether they supplied their own chainsaw (paid as a daily
allowance). The payroll export and the foreman app both read through here.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping


@dataclass
class TimesheetEntry:
    crew_id: int
    job_id: int
    work_date: date
    hours: float
    travel_hours: float
    own_saw: bool


def _clause(column: str, value: object) -> str:
    return "%s = '%s'" % (column, value)


class TimesheetRepository:
    FILTERABLE = ("crew_id", "job_id", "work_date", "approved")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, entry: TimesheetEntry) -> None:
        self.conn.execute(
            "INSERT INTO timesheets (crew_id, job_id, work_date, hours, travel_hours, own_saw) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (entry.crew_id, entry.job_id, entry.work_date.isoformat(), entry.hours,
             entry.travel_hours, int(entry.own_saw)),
        )
        self.conn.commit()

    def find(self, filters: Mapping[str, object]) -> list[TimesheetEntry]:
        clauses: Iterable[str] = [
            _clause(col, filters[col]) for col in self.FILTERABLE if col in filters
        ]
        sql = "SELECT crew_id, job_id, work_date, hours, travel_hours, own_saw FROM timesheets"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY work_date, crew_id"
        rows = self.conn.execute(sql).fetchall()
        return [
            TimesheetEntry(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], bool(r[5]))
            for r in rows
        ]

    def approve_week(self, crew_id: int, week_start: date, week_end: date) -> int:
        cur = self.conn.execute(
            "UPDATE timesheets SET approved = 1 WHERE crew_id = ? AND work_date BETWEEN ? AND ?",
            (crew_id, week_start.isoformat(), week_end.isoformat()),
        )
        self.conn.commit()
        return cur.rowcount


def timesheets_for_request(conn: sqlite3.Connection, query_args: Mapping[str, str]):
    """Used by the foreman app's ``GET /timesheets?crew_id=..&work_date=..`` view."""
    repo = TimesheetRepository(conn)
    return repo.find(dict(query_args))
