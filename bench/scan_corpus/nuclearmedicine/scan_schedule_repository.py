"""Data access for the nuclear-medicine scan schedule.

Used by the front-desk calendar, which lets the user pick the column the
day list is sorted by (time, room, tracer, patient surname).
"""
from dataclasses import dataclass
from datetime import date
from typing import Optional

import psycopg
from psycopg.rows import class_row


@dataclass
class ScheduledScan:
    id: int
    scan_date: date
    start_time: str
    room: str
    procedure: str
    tracer: str
    patient_surname: str


class ScanScheduleRepository:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo
        self._sort = "start_time"
        self._descending = False

    def with_sort(self, column: Optional[str], descending: bool = False) -> "ScanScheduleRepository":
        if column:
            self._sort = column
        self._descending = descending
        return self

    def _day_query(self) -> str:
        direction = "DESC" if self._descending else "ASC"
        return (
            "SELECT s.id, s.scan_date, to_char(s.start_time, 'HH24:MI') AS start_time, "
            "s.room, s.procedure, s.tracer, p.surname AS patient_surname "
            "FROM scan_schedule s JOIN patients p ON p.id = s.patient_id "
            "WHERE s.scan_date = %s AND s.status <> 'cancelled' "
            "ORDER BY {} {}".format(self._sort, direction)
        )

    def day(self, scan_date: date) -> list[ScheduledScan]:
        with psycopg.connect(self._conninfo) as conn:
            with conn.cursor(row_factory=class_row(ScheduledScan)) as cur:
                cur.execute(self._day_query(), (scan_date,))
                return cur.fetchall()

    def reschedule(self, scan_id: int, new_date: date, new_time: str, room: str) -> bool:
        with psycopg.connect(self._conninfo) as conn:
            cur = conn.execute(
                "UPDATE scan_schedule SET scan_date = %s, start_time = %s, room = %s "
                "WHERE id = %s AND status = 'booked'",
                (new_date, new_time, room, scan_id),
            )
            return cur.rowcount == 1


def day_listing(conninfo: str, day: date, sort: Optional[str], desc: bool) -> list[dict]:
    """Entry point used by the calendar view (sort comes from the query string)."""
    repo = ScanScheduleRepository(conninfo).with_sort(sort, desc)
    return [scan.__dict__ for scan in repo.day(day)]
