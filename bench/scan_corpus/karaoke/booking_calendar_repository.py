"""Room booking calendar queries for the venue scheduler screen."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine


@dataclass
class CalendarSlot:
    booking_id: int
    room_id: int
    room_name: str
    starts_at: datetime
    ends_at: datetime
    party_name: str
    party_size: int


OPTIONAL_FILTERS = {
    "room_size": "r.size_band = :room_size",
    "min_party": "b.party_size >= :min_party",
    "status": "b.status = :status",
}


class BookingCalendarRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def day(self, venue_code: str, day: date, **filters: object) -> list[CalendarSlot]:
        clauses = ["r.venue_code = :venue_code", "b.starts_at >= :start", "b.starts_at < :end"]
        params: dict[str, object] = {
            "venue_code": venue_code,
            "start": datetime.combine(day, time(12, 0)),
            "end": datetime.combine(day + timedelta(days=1), time(6, 0)),
        }
        for name, value in filters.items():
            if value is None or name not in OPTIONAL_FILTERS:
                continue
            clauses.append(OPTIONAL_FILTERS[name])
            params[name] = value
        sql = text(
            "SELECT b.booking_id, b.room_id, r.name AS room_name, b.starts_at, b.ends_at, "
            "b.party_name, b.party_size "
            "FROM room_bookings b JOIN rooms r ON r.room_id = b.room_id "
            "WHERE " + " AND ".join(clauses) + " ORDER BY r.name, b.starts_at"
        )
        with self._engine.connect() as conn:
            rows = conn.execute(sql, params).all()
        return [CalendarSlot(**row._mapping) for row in rows]

    def rooms_free(self, venue_code: str, starts_at: datetime, ends_at: datetime) -> list[int]:
        sql = text(
            "SELECT r.room_id FROM rooms r WHERE r.venue_code = :venue_code "
            "AND r.room_id NOT IN ("
            "  SELECT room_id FROM room_bookings WHERE status <> 'cancelled' "
            "  AND starts_at < :ends_at AND ends_at > :starts_at)"
        ).bindparams(bindparam("venue_code"), bindparam("starts_at"), bindparam("ends_at"))
        with self._engine.connect() as conn:
            return list(
                conn.execute(
                    sql, {"venue_code": venue_code, "starts_at": starts_at, "ends_at": ends_at}
                ).scalars()
            )
