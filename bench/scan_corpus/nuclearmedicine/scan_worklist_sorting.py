"""Day view of the nuclear-medicine scan worklist with user-chosen sorting.

The front desk can sort by time, room, tracer or patient surname; the
sort key from the query string is mapped onto a fixed set of columns.
"""
from dataclasses import dataclass
from datetime import date
from typing import Optional

import psycopg
from psycopg.rows import class_row

SORT_COLUMNS = {
    "time": "s.start_time",
    "room": "s.room",
    "tracer": "s.tracer",
    "surname": "p.surname",
}


@dataclass
class WorklistRow:
    id: int
    start_time: str
    room: str
    procedure: str
    tracer: str
    patient_surname: str


class WorklistQuery:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo
        self._order_by = SORT_COLUMNS["time"]
        self._direction = "ASC"

    def sorted_by(self, key: Optional[str], descending: bool = False) -> "WorklistQuery":
        self._order_by = SORT_COLUMNS.get(key or "time", SORT_COLUMNS["time"])
        self._direction = "DESC" if descending else "ASC"
        return self

    def _sql(self) -> str:
        return (
            "SELECT s.id, to_char(s.start_time, 'HH24:MI') AS start_time, s.room, "
            "s.procedure, s.tracer, p.surname AS patient_surname "
            "FROM scan_schedule s JOIN patients p ON p.id = s.patient_id "
            "WHERE s.scan_date = %s AND s.status <> 'cancelled' "
            f"ORDER BY {self._order_by} {self._direction}, s.id"
        )

    def for_day(self, day: date) -> list[WorklistRow]:
        with psycopg.connect(self._conninfo) as conn:
            with conn.cursor(row_factory=class_row(WorklistRow)) as cur:
                cur.execute(self._sql(), (day,))
                return cur.fetchall()


def day_view(conninfo: str, day: date, sort: Optional[str], desc: bool) -> list[dict]:
    return [row.__dict__ for row in WorklistQuery(conninfo).sorted_by(sort, desc).for_day(day)]
