"""Attendance lookups for tutors taking the register on skep-weaving days."""
import sqlite3
from datetime import date

from skepmaker.config import settings


class AttendanceRegister:
    def __init__(self, db_path: str = settings.BOOKINGS_DB_PATH):
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    def bookings_for_sessions(self, session_ids: list) -> list:
        if not session_ids:
            return []
        placeholders = ", ".join("?" for _ in session_ids)
        query = (
            "SELECT b.id, b.customer_name, b.session_id, a.present "
            "FROM bookings b LEFT JOIN attendance a ON a.booking_id = b.id "
            f"WHERE b.session_id IN ({placeholders}) AND b.cancelled = 0 "
            "ORDER BY b.customer_name"
        )
        return self.conn.execute(query, tuple(session_ids)).fetchall()

    def mark_present(self, booking_id: int, present: bool = True) -> None:
        self.conn.execute(
            "INSERT INTO attendance (booking_id, present, marked_on) VALUES (?, ?, ?) "
            "ON CONFLICT(booking_id) DO UPDATE SET present = excluded.present",
            (booking_id, int(present), date.today().isoformat()),
        )
        self.conn.commit()

    def no_shows(self, course_id: int) -> list:
        return self.conn.execute(
            "SELECT b.customer_name, b.customer_email FROM bookings b "
            "JOIN sessions s ON s.id = b.session_id "
            "LEFT JOIN attendance a ON a.booking_id = b.id "
            "WHERE s.course_id = ? AND COALESCE(a.present, 0) = 0",
            (course_id,),
        ).fetchall()

    def close(self) -> None:
        self.conn.close()
