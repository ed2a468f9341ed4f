"""Confirmation codes for school workshop bookings.

When a teacher books a living-willow workshop the confirmation email carries
a short code. Quoting the code together with the booking email on the
"manage booking" page lets the school move or cancel the session without
logging in.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, datetime, timezone

import psycopg

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
WORKSHOP_TYPES = {"dome", "tunnel", "fedge", "weaving"}


@dataclass
class WorkshopBooking:
    school: str
    contact_email: str
    workshop_type: str
    session_date: date
    pupils: int
    confirmation_code: str = ""
    id: int | None = None


class BookingService:
    def __init__(self, conn: psycopg.Connection):
        self._conn = conn

    @staticmethod
    def _new_code() -> str:
        return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))

    def create(self, booking: WorkshopBooking) -> WorkshopBooking:
        if booking.workshop_type not in WORKSHOP_TYPES:
            raise ValueError(f"unknown workshop type {booking.workshop_type!r}")
        booking.confirmation_code = self._new_code()
        with self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO workshop_bookings (school, contact_email, workshop_type, "
                "session_date, pupils, confirmation_code, created_at) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
                (
                    booking.school,
                    booking.contact_email.lower(),
                    booking.workshop_type,
                    booking.session_date,
                    booking.pupils,
                    booking.confirmation_code,
                    datetime.now(timezone.utc),
                ),
            )
            booking.id = cur.fetchone()[0]
        self._conn.commit()
        return booking

    def find_for_manage(self, email: str, code: str) -> WorkshopBooking | None:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT id, school, contact_email, workshop_type, session_date, pupils, "
                "confirmation_code FROM workshop_bookings "
                "WHERE contact_email = %s AND confirmation_code = %s AND cancelled_at IS NULL",
                (email.strip().lower(), code.strip().upper()),
            )
            row = cur.fetchone()
        if row is None:
            return None
        return WorkshopBooking(
            id=row[0], school=row[1], contact_email=row[2], workshop_type=row[3],
            session_date=row[4], pupils=row[5], confirmation_code=row[6],
        )

    def cancel(self, email: str, code: str) -> bool:
        booking = self.find_for_manage(email, code)
        if booking is None:
            return False
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE workshop_bookings SET cancelled_at = %s WHERE id = %s",
                (datetime.now(timezone.utc), booking.id),
            )
        self._conn.commit()
        return True
