"""Data access for haulage loading-slot bookings.

The gatehouse looks up bookings by vehicle registration when lorries arrive;
the ANPR camera can report several plates at once when a queue forms, so
lookups accept a batch of registrations.
"""

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Iterable


@dataclass
class SlotBooking:
    booking_ref: str
    registration: str
    haulier: str
    product_code: str
    slot_start: str
    tonnes_booked: float
    status: str


def _normalise_plate(plate: str) -> str:
    return plate.replace(" ", "").upper()


class BookingRepository:
    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def create(self, booking: SlotBooking) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO bookings (booking_ref, registration, haulier, product_code, "
                "slot_start, tonnes_booked, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (booking.booking_ref, _normalise_plate(booking.registration), booking.haulier,
                 booking.product_code, booking.slot_start, booking.tonnes_booked, booking.status),
            )

    def for_plates(self, plates: Iterable[str], day: date) -> list[SlotBooking]:
        wanted = [_normalise_plate(p) for p in plates if p]
        if not wanted:
            return []
        plate_list = ", ".join(f"'{p}'" for p in wanted)
        rows = self.conn.execute(
            "SELECT booking_ref, registration, haulier, product_code, slot_start, "
            "tonnes_booked, status FROM bookings "
            f"WHERE registration IN ({plate_list}) AND date(slot_start) = ? "
            "ORDER BY slot_start",
            (day.isoformat(),),
        ).fetchall()
        return [SlotBooking(**dict(r)) for r in rows]

    def mark_arrived(self, booking_ref: str) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE bookings SET status = 'arrived' WHERE booking_ref = ?", (booking_ref,)
            )


def handle_anpr_event(repo: BookingRepository, event: dict) -> list[str]:
    bookings = repo.for_plates(event.get("plates", []), date.today())
    for booking in bookings:
        repo.mark_arrived(booking.booking_ref)
    return [b.booking_ref for b in bookings]
