"""Booking storage for one-to-one and group coaching sessions."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class Booking:
    id: int
    coach: str
    member: str
    weapon: str
    starts_at: datetime
    minutes: int


SEARCH_SQL = text(
    "SELECT s.id, c.display_name, m.first_name || ' ' || m.surname, s.weapon, s.starts_at, s.minutes "
    "FROM coaching_sessions s "
    "JOIN coaches c ON c.id = s.coach_id "
    "JOIN members m ON m.id = s.member_id "
    "WHERE s.starts_at >= :since AND s.starts_at < :until "
    "AND (:coach IS NULL OR c.display_name = :coach) "
    "ORDER BY s.starts_at"
)


class CoachingBookingRepo:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def search(self, since: date, until: date, coach: Optional[str] = None) -> list[Booking]:
        with self.engine.connect() as conn:
            rows = conn.execute(SEARCH_SQL, {"since": since, "until": until, "coach": coach})
            return [Booking(*row) for row in rows]

    def book(self, coach_id: int, member_id: int, weapon: str, starts_at: datetime, minutes: int = 20) -> int:
        ends_at = starts_at + timedelta(minutes=minutes)
        with self.engine.begin() as conn:
            clash = conn.execute(
                text(
                    "SELECT 1 FROM coaching_sessions WHERE coach_id = :coach "
                    "AND starts_at < :ends AND starts_at + make_interval(mins => minutes) > :starts"
                ),
                {"coach": coach_id, "starts": starts_at, "ends": ends_at},
            ).first()
            if clash:
                raise ValueError("coach already booked at that time")
            return conn.execute(
                text(
                    "INSERT INTO coaching_sessions (coach_id, member_id, weapon, starts_at, minutes) "
                    "VALUES (:coach, :member, :weapon, :starts, :minutes) RETURNING id"
                ),
                {"coach": coach_id, "member": member_id, "weapon": weapon, "starts": starts_at, "minutes": minutes},
            ).scalar_one()

    def cancel(self, booking_id: int, member_id: int) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                text("DELETE FROM coaching_sessions WHERE id = :id AND member_id = :member"),
                {"id": booking_id, "member": member_id},
            )
            return result.rowcount == 1
