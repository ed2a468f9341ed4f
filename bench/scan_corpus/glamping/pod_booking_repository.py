"""Repository for pod and yurt bookings backed by SQLite.

Used by the booking widget and by the reception desk app.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Optional


@dataclass
class BookingRow:
    reference: str
    unit_code: str
    guest_surname: str
    arrival: date
    departure: date
    status: str


class BookingRepository:
    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES)
        self.conn.row_factory = sqlite3.Row

    @staticmethod
    def _to_row(r: sqlite3.Row) -> BookingRow:
        return BookingRow(
            reference=r["reference"],
            unit_code=r["unit_code"],
            guest_surname=r["guest_surname"],
            arrival=date.fromisoformat(r["arrival"]),
            departure=date.fromisoformat(r["departure"]),
            status=r["status"],
        )

    def by_reference(self, reference: str) -> Optional[BookingRow]:
        row = self.conn.execute(
            "SELECT * FROM bookings WHERE reference = ?", (reference.upper(),)
        ).fetchone()
        return self._to_row(row) if row else None

    def search_surname(self, surname: str, unit_type: str | None = None) -> list[BookingRow]:
        sql = (
            "SELECT b.* FROM bookings b JOIN units u ON u.code = b.unit_code"
            " WHERE b.guest_surname LIKE ? ESCAPE '\\'"
        )
        pattern = surname.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params: list = [pattern]
        if unit_type:
            sql += " AND u.unit_type = ?"
            params.append(unit_type)
        rows = self.conn.execute(sql + " ORDER BY b.arrival", params).fetchall()
        return [self._to_row(r) for r in rows]

    def overlapping(self, unit_code: str, arrival: date, departure: date) -> list[BookingRow]:
        rows = self.conn.execute(
            "SELECT * FROM bookings WHERE unit_code = ? AND status != 'cancelled'"
            " AND arrival < ? AND departure > ?",
            (unit_code, departure.isoformat(), arrival.isoformat()),
        ).fetchall()
        return [self._to_row(r) for r in rows]

    def cancel(self, reference: str) -> bool:
        with self.conn:
            cur = self.conn.execute(
                "UPDATE bookings SET status = 'cancelled' WHERE reference = ?", (reference,)
            )
        return cur.rowcount == 1
