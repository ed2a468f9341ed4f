"""Door codes for private karaoke rooms.

Each confirmed booking gets a six digit code that the room's keypad accepts
from fifteen minutes before the slot until the slot ends.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta

import psycopg

EARLY_ENTRY = timedelta(minutes=15)


@dataclass
class RoomBooking:
    booking_id: int
    room_id: int
    venue_code: str
    starts_at: datetime
    ends_at: datetime


def _new_door_code(length: int = 6) -> str:
    return "".join(random.choice(string.digits) for _ in range(length))


class DoorCodeService:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def issue(self, booking: RoomBooking) -> str:
        code = _new_door_code()
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO room_door_codes (booking_id, room_id, code, valid_from, valid_until) "
                "VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT (booking_id) DO UPDATE SET code = EXCLUDED.code",
                (
                    booking.booking_id,
                    booking.room_id,
                    code,
                    booking.starts_at - EARLY_ENTRY,
                    booking.ends_at,
                ),
            )
        return code

    def active_codes(self, room_id: int, now: datetime) -> list[str]:
        with psycopg.connect(self._dsn) as conn:
            rows = conn.execute(
                "SELECT code FROM room_door_codes "
                "WHERE room_id = %s AND valid_from <= %s AND valid_until > %s",
                (room_id, now, now),
            ).fetchall()
        return [r[0] for r in rows]
