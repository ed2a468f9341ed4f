"""Repository for party room time slots, used by the online booking flow."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Engine, text


@dataclass
class PartySlot:
    slot_id: int
    room: str
    starts_at: datetime
    capacity: int
    booked: bool


class PartySlotRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def available(self, day: date, room_name: str | None = None, min_capacity: int = 0) -> list[PartySlot]:
        sql = (
            "SELECT s.id, r.name, s.starts_at, r.capacity, s.booking_id IS NOT NULL AS booked "
            "FROM party_slots s JOIN party_rooms r ON r.id = s.room_id "
            "WHERE s.starts_at >= :day_start AND s.starts_at < :day_end "
            "AND r.capacity >= :min_capacity AND s.booking_id IS NULL "
            "AND (:room IS NULL OR r.name ILIKE :room_pattern) "
            "ORDER BY s.starts_at"
        )
        params = {
            "day_start": datetime.combine(day, time.min),
            "day_end": datetime.combine(day, time.max),
            "min_capacity": min_capacity,
            "room": room_name,
            "room_pattern": f"%{room_name}%" if room_name else None,
        }
        with self._engine.connect() as conn:
            rows = conn.execute(text(sql), params).all()
        return [PartySlot(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    def hold(self, slot_id: int, booking_id: int) -> bool:
        with self._engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE party_slots SET booking_id = :booking "
                    "WHERE id = :slot AND booking_id IS NULL"
                ),
                {"booking": booking_id, "slot": slot_id},
            )
        return result.rowcount == 1

    def release(self, booking_id: int) -> int:
        with self._engine.begin() as conn:
            result = conn.execute(
                text("UPDATE party_slots SET booking_id = NULL WHERE booking_id = :booking"),
                {"booking": booking_id},
            )
        return result.rowcount
