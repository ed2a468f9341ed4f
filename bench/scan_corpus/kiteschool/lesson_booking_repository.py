"""Query layer for lesson bookings at each kite spot."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import List, Optional


@dataclass
class BookingFilter:
    spot: Optional[str] = None
    level: Optional[str] = None
    day: Optional[date] = None

    def where_clause(self) -> str:
        parts = ["status != 'cancelled'"]
        if self.spot:
            parts.append(f"spot_name = '{self.spot}'")
        if self.level:
            parts.append(f"level = '{self.level}'")
        if self.day:
            parts.append(f"lesson_date = '{self.day.isoformat()}'")
        return " AND ".join(parts)


class LessonBookingRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def _select(self, flt: BookingFilter) -> str:
        return (
            "SELECT id, student_name, instructor_id, spot_name, level, lesson_date, slot "
            f"FROM lesson_bookings WHERE {flt.where_clause()} ORDER BY lesson_date, slot"
        )

    def search(self, flt: BookingFilter) -> List[dict]:
        cur = self.conn.execute(self._select(flt))
        return [dict(r) for r in cur.fetchall()]

    def cancel(self, booking_id: int) -> None:
        self.conn.execute("UPDATE lesson_bookings SET status = 'cancelled' WHERE id = ?", (booking_id,))
        self.conn.commit()


def search_from_request(conn: sqlite3.Connection, args: dict) -> List[dict]:
    flt = BookingFilter(spot=args.get("spot"), level=args.get("level"))
    return LessonBookingRepository(conn).search(flt)
