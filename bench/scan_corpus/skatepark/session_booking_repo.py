"""Read/write access to skate session bookings (street, bowl, mini ramp, beginners)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Mapping

import psycopg
from psycopg.rows import dict_row

FILTERABLE_COLUMNS = ("discipline", "coach", "age_group", "session_date")


@dataclass
class Booking:
    id: int
    member_id: int
    session_id: int
    booked_at: datetime


def _filters_clause(filters: Mapping[str, Any]) -> str:
    parts = []
    for column in FILTERABLE_COLUMNS:
        value = filters.get(column)
        if value:
            parts.append(f"s.{column} = '{value}'")
    return " AND ".join(parts) if parts else "TRUE"


class SessionBookingRepo:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def search_sessions(self, filters: Mapping[str, Any]) -> list[dict]:
        sql = (
            "SELECT s.id, s.discipline, s.coach, s.age_group, s.session_date, s.starts_at, "
            "s.capacity - COUNT(b.id) AS spaces_left "
            "FROM sessions s LEFT JOIN bookings b ON b.session_id = s.id "
            f"WHERE {_filters_clause(filters)} "
            "GROUP BY s.id ORDER BY s.session_date, s.starts_at"
        )
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            return conn.execute(sql).fetchall()

    def book(self, member_id: int, session_id: int) -> Booking:
        with psycopg.connect(self.dsn) as conn:
            with conn.transaction():
                row = conn.execute(
                    "SELECT capacity - (SELECT COUNT(*) FROM bookings WHERE session_id = %s) "
                    "FROM sessions WHERE id = %s FOR UPDATE",
                    (session_id, session_id),
                ).fetchone()
                if row is None or row[0] <= 0:
                    raise ValueError("session is full or does not exist")
                new_id, booked_at = conn.execute(
                    "INSERT INTO bookings (member_id, session_id) VALUES (%s, %s) "
                    "RETURNING id, booked_at",
                    (member_id, session_id),
                ).fetchone()
        return Booking(id=new_id, member_id=member_id, session_id=session_id, booked_at=booked_at)

    def cancel(self, member_id: int, booking_id: int) -> bool:
        with psycopg.connect(self.dsn) as conn:
            cur = conn.execute(
                "DELETE FROM bookings WHERE id = %s AND member_id = %s", (booking_id, member_id)
            )
            return cur.rowcount == 1

    def member_bookings(self, member_id: int, since: date) -> list[dict]:
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            return conn.execute(
                "SELECT b.id, s.discipline, s.session_date, s.starts_at FROM bookings b "
                "JOIN sessions s ON s.id = b.session_id "
                "WHERE b.member_id = %s AND s.session_date >= %s ORDER BY s.session_date",
                (member_id, since),
            ).fetchall()
