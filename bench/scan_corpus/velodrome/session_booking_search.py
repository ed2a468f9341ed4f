"""Front-desk search over track session bookings."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Iterator


@dataclass
class BookingRow:
    booking_id: int
    rider_name: str
    session_date: date
    session_kind: str
    bike_hire: bool


def _escape_like(fragment: str) -> str:
    return fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class BookingSearch:
    def __init__(self, path: str):
        self._conn = sqlite3.connect(path)
        self._conn.row_factory = sqlite3.Row

    def by_rider(self, name_fragment: str, limit: int = 50) -> Iterator[BookingRow]:
        pattern = f"%{_escape_like(name_fragment)}%"
        cur = self._conn.execute(
            "SELECT * FROM bookings WHERE rider_name LIKE ? ESCAPE '\\' "
            "ORDER BY session_date DESC LIMIT ?",
            (pattern, limit),
        )
        for row in cur:
            yield self._row(row)

    def by_day_and_kind(self, day: date, kind: str | None = None) -> list[BookingRow]:
        sql = "SELECT * FROM bookings WHERE session_date = ?"
        params: list[object] = [day.isoformat()]
        if kind:
            sql += " AND session_kind = ?"
            params.append(kind)
        sql += " ORDER BY booking_id"
        return [self._row(r) for r in self._conn.execute(sql, params)]

    def hire_count(self, day: date) -> int:
        return self._conn.execute(
            "SELECT COUNT(*) FROM bookings WHERE session_date = ? AND bike_hire = 1",
            (day.isoformat(),),
        ).fetchone()[0]

    @staticmethod
    def _row(row: sqlite3.Row) -> BookingRow:
        return BookingRow(
            booking_id=row["booking_id"],
            rider_name=row["rider_name"],
            session_date=date.fromisoformat(row["session_date"]),
            session_kind=row["session_kind"],
            bike_hire=bool(row["bike_hire"]),
        )
