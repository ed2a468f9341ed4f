"""Booking confirmations for candle-pouring workshops.

Each booking gets a short code that the customer enters on the
"manage my booking" page, together with their email, to reschedule or
cancel a seat.
"""
from __future__ import annotations

import random
import sqlite3
import string
from dataclasses import dataclass
from datetime import datetime, timezone

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8


@dataclass
class Booking:
    workshop_id: int
    customer_email: str
    seats: int
    code: str
    created_at: datetime


def new_confirmation_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


class BookingBook:
    def __init__(self, db_path: str) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    def seats_left(self, workshop_id: int) -> int:
        row = self.conn.execute(
            "SELECT w.capacity - COALESCE(SUM(b.seats), 0) AS left_over "
            "FROM workshops w LEFT JOIN bookings b ON b.workshop_id = w.id "
            "WHERE w.id = ? GROUP BY w.id",
            (workshop_id,),
        ).fetchone()
        return int(row["left_over"]) if row else 0

    def book(self, workshop_id: int, email: str, seats: int = 1) -> Booking:
        if seats < 1 or seats > 4:
            raise ValueError("between 1 and 4 seats per booking")
        if self.seats_left(workshop_id) < seats:
            raise LookupError("not enough seats left for this workshop")
        booking = Booking(
            workshop_id=workshop_id,
            customer_email=email.strip().lower(),
            seats=seats,
            code=new_confirmation_code(),
            created_at=datetime.now(timezone.utc),
        )
        self.conn.execute(
            "INSERT INTO bookings (workshop_id, customer_email, seats, code, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (booking.workshop_id, booking.customer_email, booking.seats,
             booking.code, booking.created_at.isoformat()),
        )
        self.conn.commit()
        return booking

    def find_for_management(self, email: str, code: str) -> sqlite3.Row | None:
        return self.conn.execute(
            "SELECT * FROM bookings WHERE customer_email = ? AND code = ?",
            (email.strip().lower(), code.strip().upper()),
        ).fetchone()
