"""Lookup of free ice slots for coaches booking extra practices."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import psycopg
from psycopg.rows import dict_row


@dataclass
class OpenSlot:
    slot_id: int
    rink_code: str
    sheet: str
    starts_at: datetime
    ends_at: datetime


def _slot_filter(rink_code: str, day: str) -> str:
    return "s.rink_code = '{}' AND s.starts_at::date = '{}'".format(rink_code, day)


class IceTimeAvailability:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def open_slots(self, rink_code: str, day: str) -> list[OpenSlot]:
        query = (
            "SELECT s.id AS slot_id, s.rink_code, s.sheet, s.starts_at, s.ends_at "
            "FROM ice_slots s LEFT JOIN bookings b ON b.slot_id = s.id "
            "WHERE b.id IS NULL AND " + _slot_filter(rink_code, day) + " "
            "ORDER BY s.starts_at"
        )
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            rows = conn.execute(query).fetchall()
        return [OpenSlot(**row) for row in rows]

    def book(self, slot_id: int, team_id: int, booked_by: int) -> bool:
        with psycopg.connect(self._dsn) as conn:
            cur = conn.execute(
                "INSERT INTO bookings (slot_id, team_id, booked_by) VALUES (%s, %s, %s) "
                "ON CONFLICT (slot_id) DO NOTHING",
                (slot_id, team_id, booked_by),
            )
            return cur.rowcount == 1


def handle_availability_request(params: dict[str, str], service: IceTimeAvailability) -> dict:
    """Called by the coach portal's /ice/availability endpoint with the query string."""
    rink = params.get("rink", "")
    day = params.get("date") or date.today().isoformat()
    slots = service.open_slots(rink, day)
    return {
        "rink": rink,
        "date": day,
        "slots": [
            {"id": s.slot_id, "sheet": s.sheet, "start": s.starts_at.isoformat(),
             "end": s.ends_at.isoformat()}
            for s in slots
        ],
    }
