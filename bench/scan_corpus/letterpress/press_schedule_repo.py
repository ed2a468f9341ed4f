"""Repository for press bookings: which job runs on which press, and when."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional

import psycopg2
import psycopg2.extras

SORTABLE = {
    "start": "b.starts_at",
    "press": "p.name",
    "job": "b.job_ref",
    "sheets": "b.sheets",
}


@dataclass
class Booking:
    id: int
    press: str
    job_ref: str
    starts_at: datetime
    ends_at: datetime
    sheets: int
    operator: Optional[str]


class PressScheduleRepo:
    def __init__(self, dsn: str) -> None:
        self.conn = psycopg2.connect(dsn)

    def bookings(self, day: date, press: Optional[str] = None, sort: str = "start") -> list[Booking]:
        order_col = SORTABLE.get(sort, SORTABLE["start"])
        sql = (
            "SELECT b.id, p.name AS press, b.job_ref, b.starts_at, b.ends_at, b.sheets, "
            "s.display_name AS operator "
            "FROM press_bookings b JOIN presses p ON p.id = b.press_id "
            "LEFT JOIN staff s ON s.id = b.operator_id "
            "WHERE b.starts_at::date = %(day)s"
        )
        params = {"day": day}
        if press:
            sql += " AND p.name = %(press)s"
            params["press"] = press
        sql += f" ORDER BY {order_col}, b.id"
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, params)
            return [Booking(**row) for row in cur.fetchall()]

    def book(self, press_id: int, job_ref: str, starts_at: datetime, ends_at: datetime, sheets: int) -> int:
        with self.conn, self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO press_bookings (press_id, job_ref, starts_at, ends_at, sheets) "
                "VALUES (%s, %s, %s, %s, %s) RETURNING id",
                (press_id, job_ref, starts_at, ends_at, sheets),
            )
            return cur.fetchone()[0]

    def assign_operator(self, booking_id: int, operator_id: int) -> None:
        with self.conn, self.conn.cursor() as cur:
            cur.execute(
                "UPDATE press_bookings SET operator_id = %s WHERE id = %s",
                (operator_id, booking_id),
            )
