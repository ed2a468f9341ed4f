"""Repository for booking lookups used by the front desk and the guest portal."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Iterator


@dataclass
class BookingRow:
    booking_id: int
    reference: str
    hut_name: str
    guest_name: str
    guest_email: str
    arrival: date
    departure: date
    status: str


class BookingRepository:
    def __init__(self, db_path: str) -> None:
        self._db_path = db_path

    def _conn(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path, detect_types=sqlite3.PARSE_DECLTYPES)
        conn.row_factory = sqlite3.Row
        return conn

    @staticmethod
    def _to_row(r: sqlite3.Row) -> BookingRow:
        return BookingRow(
            r["id"], r["reference"], r["hut_name"], r["guest_name"],
            r["guest_email"], r["arrival"], r["departure"], r["status"],
        )

    def search(self, guest_text: str | None, arrival_from: date, arrival_to: date) -> Iterator[BookingRow]:
        sql = (
            "SELECT b.id, b.reference, h.name AS hut_name, b.guest_name, b.guest_email, "
            "b.arrival, b.departure, b.status "
            "FROM bookings b JOIN huts h ON h.id = b.hut_id "
            "WHERE b.arrival BETWEEN ? AND ?"
        )
        params: list = [arrival_from.isoformat(), arrival_to.isoformat()]
        if guest_text:
            sql += " AND (b.guest_name LIKE ? OR b.guest_email LIKE ? OR b.reference = ?)"
            like = f"%{guest_text}%"
            params += [like, like, guest_text.upper()]
        sql += " ORDER BY b.arrival"
        with self._conn() as conn:
            for r in conn.execute(sql, params):
                yield self._to_row(r)

    def by_reference(self, reference: str) -> BookingRow | None:
        with self._conn() as conn:
            r = conn.execute(
                "SELECT b.id, b.reference, h.name AS hut_name, b.guest_name, b.guest_email, "
                "b.arrival, b.departure, b.status FROM bookings b JOIN huts h ON h.id = b.hut_id "
                "WHERE b.reference = ?",
                (reference.upper(),),
            ).fetchone()
        return self._to_row(r) if r else None

    def cancel(self, booking_id: int, reason: str) -> bool:
        with self._conn() as conn:
            cur = conn.execute(
                "UPDATE bookings SET status = 'cancelled', cancel_reason = ? "
                "WHERE id = ? AND status IN ('confirmed', 'held')",
                (reason[:500], booking_id),
            )
        return cur.rowcount == 1
