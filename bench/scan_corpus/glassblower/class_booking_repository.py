"""SQLite-backed repository for class sessions and seat bookings at the studio."""

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from hotshop.config import settings


@dataclass
class Seat:
    booking_id: int
    session_id: int
    customer_name: str
    bench: int
    paid: bool


class ClassBookingRepository:
    def __init__(self, path: str = settings.BOOKINGS_DB_PATH):
        self.conn = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES)
        self.conn.row_factory = sqlite3.Row

    def seats_for_sessions(self, session_ids: list[int]) -> list[Seat]:
        if not session_ids:
            return []
        placeholders = ", ".join("?" for _ in session_ids)
        rows = self.conn.execute(
            f"SELECT id, session_id, customer_name, bench, paid FROM bookings "
            f"WHERE session_id IN ({placeholders}) AND cancelled_at IS NULL "
            f"ORDER BY session_id, bench",
            tuple(session_ids),
        ).fetchall()
        return [
            Seat(r["id"], r["session_id"], r["customer_name"], r["bench"], bool(r["paid"]))
            for r in rows
        ]

    def book_seat(self, session_id: int, customer_name: str, email: str, bench: int) -> int:
        with self.conn:
            cur = self.conn.execute(
                "INSERT INTO bookings (session_id, customer_name, email, bench, booked_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (session_id, customer_name, email, bench, datetime.utcnow()),
            )
        return cur.lastrowid

    def cancel(self, booking_id: int) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE bookings SET cancelled_at = ? WHERE id = ?",
                (datetime.utcnow(), booking_id),
            )
