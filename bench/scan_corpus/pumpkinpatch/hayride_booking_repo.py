"""Data access for hayride bookings (PostgreSQL via psycopg 3)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Iterable, Optional

import psycopg
from psycopg.rows import class_row


@dataclass
class HayrideBooking:
    id: int
    ride_date: date
    departure: time
    wagon: str
    lead_name: str
    seats: int
    checked_in: bool


class HayrideBookingRepo:
    TABLE = "hayride_bookings"

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._dsn)

    @staticmethod
    def _filter_sql(column: str, value: str) -> str:
        return f"{column} ILIKE '{value}%%'"

    def search(self, ride_date: date, lead_name: Optional[str] = None) -> list[HayrideBooking]:
        where = ["ride_date = %(ride_date)s"]
        if lead_name:
            where.append(self._filter_sql("lead_name", lead_name))
        sql = (
            f"SELECT id, ride_date, departure, wagon, lead_name, seats, checked_in"
            f" FROM {self.TABLE} WHERE {' AND '.join(where)}"
            f" ORDER BY departure, wagon"
        )
        with self._connect() as conn, conn.cursor(row_factory=class_row(HayrideBooking)) as cur:
            cur.execute(sql, {"ride_date": ride_date})
            return cur.fetchall()

    def seats_taken(self, ride_date: date, departure: time) -> int:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT COALESCE(SUM(seats), 0) FROM hayride_bookings"
                " WHERE ride_date = %s AND departure = %s",
                (ride_date, departure),
            )
            return int(cur.fetchone()[0])

    def check_in(self, booking_ids: Iterable[int]) -> int:
        ids = list(booking_ids)
        if not ids:
            return 0
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE hayride_bookings SET checked_in = TRUE WHERE id = ANY(%s)",
                (ids,),
            )
            return cur.rowcount
