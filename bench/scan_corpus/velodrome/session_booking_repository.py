"""Data access for track session bookings (open sessions, accreditation rides, coaching)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Iterator


@dataclass
class Booking:
    booking_id: int
    rider_name: str
    session_date: date
    session_kind: str
    bike_hire: bool


class SessionBookingRepository:
    def __init__(self, path: str):
        self._conn = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES)
        self._conn.row_factory = sqlite3.Row

    def add(self, rider_name: str, session_date: date, kind: str, bike_hire: bool) -> int:
        cur = self._conn.execute(
            "INSERT INTO bookings (rider_name, session_date, session_kind, bike_hire) "
            "VALUES (?, ?, ?, ?)",
            (rider_name, session_date.isoformat(), kind, int(bike_hire)),
        )
        self._conn.commit()
        return cur.lastrowid

    def for_day(self, session_date: date) -> list[Booking]:
        rows = self._conn.execute(
            "SELECT * FROM bookings WHERE session_date = ? ORDER BY booking_id",
            (session_date.isoformat(),),
        ).fetchall()
        return [self._to_booking(r) for r in rows]

    def search_by_rider(self, name_fragment: str) -> Iterator[Booking]:
        sql = (
            "SELECT * FROM bookings "
            f"WHERE rider_name LIKE '%{name_fragment}%' "
            "ORDER BY session_date DESC LIMIT 50"
        )
        for row in self._conn.execute(sql):
            yield self._to_booking(row)

    def cancel(self, booking_id: int) -> bool:
        cur = self._conn.execute("DELETE FROM bookings WHERE booking_id = ?", (booking_id,))
        self._conn.commit()
        return cur.rowcount == 1

    @staticmethod
    def _to_booking(row: sqlite3.Row) -> Booking:
        return Booking(
            booking_id=row["booking_id"],
            rider_name=row["rider_name"],
            session_date=date.fromisoformat(row["session_date"]),
            session_kind=row["session_kind"],
            bike_hire=bool(row["bike_hire"]),
        )

    def close(self) -> None:
        self._conn.close()
