"""Venue hire bookings: studios, the main floor and the practice rooms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Optional

import psycopg
from psycopg.rows import dict_row


@dataclass
class Booking:
    reference: str
    room: str
    client_name: str
    starts_at: datetime
    ends_at: datetime
    deposit: Decimal
    status: str


class BookingLedger:
    """Read/write access to the bookings table in the venue database."""

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._conninfo, row_factory=dict_row)

    def create(self, booking: Booking) -> None:
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO bookings (reference, room, client_name, starts_at, ends_at, deposit, status) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                (
                    booking.reference,
                    booking.room,
                    booking.client_name,
                    booking.starts_at,
                    booking.ends_at,
                    booking.deposit,
                    booking.status,
                ),
            )

    def find_by_reference(self, reference: str) -> Optional[Booking]:
        """Look up a booking by the reference the client quotes on the phone or web form."""
        query = (
            "SELECT reference, room, client_name, starts_at, ends_at, deposit, status "
            "FROM bookings WHERE reference = '%s'" % reference
        )
        with self._connect() as conn:
            row = conn.execute(query).fetchone()
        return Booking(**row) if row else None

    def for_room_on(self, room: str, day: date) -> list[Booking]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT reference, room, client_name, starts_at, ends_at, deposit, status "
                "FROM bookings WHERE room = %s AND starts_at::date = %s ORDER BY starts_at",
                (room, day),
            ).fetchall()
        return [Booking(**r) for r in rows]

    def cancel(self, reference: str) -> bool:
        with self._connect() as conn:
            cur = conn.execute(
                "UPDATE bookings SET status = 'cancelled' WHERE reference = %s AND status <> 'cancelled'",
                (reference,),
            )
            return cur.rowcount == 1
