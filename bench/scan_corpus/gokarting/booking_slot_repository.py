"""Session slot availability and booking for the reservation system.

Slots are 15-minute track sessions with a fixed number of karts. A
booking holds a number of karts in a slot for a named contact.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class Slot:
    slot_id: int
    starts_at: datetime
    layout: str
    karts_total: int
    karts_booked: int

    @property
    def karts_free(self) -> int:
        return self.karts_total - self.karts_booked


AVAILABILITY_SQL = text(
    """
    SELECT s.id, s.starts_at, s.layout, s.karts_total,
           COALESCE(SUM(b.karts), 0) AS karts_booked
    FROM slots s
    LEFT JOIN bookings b ON b.slot_id = s.id AND b.status = 'confirmed'
    WHERE s.starts_at::date = :day AND s.layout = :layout
    GROUP BY s.id
    ORDER BY s.starts_at
    """
)


class SlotRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> "SlotRepository":
        return cls(create_engine(url, pool_pre_ping=True))

    def availability(self, day: date, layout: str) -> list[Slot]:
        with self.engine.connect() as conn:
            rows = conn.execute(AVAILABILITY_SQL, {"day": day, "layout": layout}).all()
        return [Slot(*row) for row in rows]

    def book(self, slot_id: int, karts: int, contact_name: str, contact_email: str) -> int:
        with self.engine.begin() as conn:
            free = conn.execute(
                text(
                    "SELECT s.karts_total - COALESCE(SUM(b.karts), 0) FROM slots s "
                    "LEFT JOIN bookings b ON b.slot_id = s.id AND b.status = 'confirmed' "
                    "WHERE s.id = :slot_id GROUP BY s.id FOR UPDATE OF s"
                ),
                {"slot_id": slot_id},
            ).scalar_one_or_none()
            if free is None or free < karts:
                raise ValueError("not enough karts left in this slot")
            return conn.execute(
                text(
                    "INSERT INTO bookings (slot_id, karts, contact_name, contact_email, status) "
                    "VALUES (:slot_id, :karts, :name, :email, 'confirmed') RETURNING id"
                ),
                {"slot_id": slot_id, "karts": karts, "name": contact_name, "email": contact_email},
            ).scalar_one()
