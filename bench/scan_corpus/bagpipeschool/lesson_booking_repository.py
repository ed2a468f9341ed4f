"""Postgres access for lesson bookings."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import List, Optional

import psycopg
from psycopg.rows import dict_row


@dataclass
class Booking:
    id: int
    pupil_id: int
    tutor_name: str
    starts_at: datetime
    minutes: int
    room: str
    status: str


class LessonBookingRepository:
    def __init__(self, conn: psycopg.Connection):
        self._conn = conn

    @staticmethod
    def _tutor_filter(tutor_name: Optional[str]) -> str:
        if not tutor_name:
            return "TRUE"
        return "t.display_name = '{}'".format(tutor_name)

    def bookings_between(self, start: date, end: date,
                         tutor_name: Optional[str] = None) -> List[Booking]:
        query = (
            "SELECT b.id, b.pupil_id, t.display_name AS tutor_name, b.starts_at, "
            "b.minutes, b.room, b.status "
            "FROM lesson_bookings b JOIN tutors t ON t.id = b.tutor_id "
            "WHERE b.starts_at >= %s AND b.starts_at < %s AND "
            + self._tutor_filter(tutor_name)
            + " ORDER BY b.starts_at"
        )
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(query, (start, end))
            return [Booking(**row) for row in cur.fetchall()]

    def create(self, pupil_id: int, tutor_id: int, starts_at: datetime,
               minutes: int, room: str) -> int:
        with self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO lesson_bookings (pupil_id, tutor_id, starts_at, minutes, room, status) "
                "VALUES (%s, %s, %s, %s, %s, 'booked') RETURNING id",
                (pupil_id, tutor_id, starts_at, minutes, room),
            )
            (booking_id,) = cur.fetchone()
        self._conn.commit()
        return booking_id

    def cancel(self, booking_id: int) -> bool:
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE lesson_bookings SET status = 'cancelled' WHERE id = %s AND status = 'booked'",
                (booking_id,),
            )
            changed = cur.rowcount == 1
        self._conn.commit()
        return changed
