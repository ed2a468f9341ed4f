"""Read-side queries for the workshop catalogue pages."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date


@dataclass
class WorkshopSummary:
    id: int
    title: str
    level: str
    starts_on: str
    seats_left: int
    price: float


class WorkshopCatalog:
    def __init__(self, db_path: str) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    def _rows(self, where: str, params: tuple) -> list[WorkshopSummary]:
        sql = (
            "SELECT w.id, w.title, w.level, w.starts_on, "
            "w.capacity - COALESCE(SUM(b.seats), 0) AS seats_left, w.price_pence "
            "FROM workshops w LEFT JOIN bookings b ON b.workshop_id = w.id "
            "WHERE " + where + " GROUP BY w.id ORDER BY w.starts_on LIMIT 50"
        )
        return [
            WorkshopSummary(r["id"], r["title"], r["level"], r["starts_on"],
                            r["seats_left"], r["price_pence"] / 100)
            for r in self.conn.execute(sql, params)
        ]

    def search(self, term: str, level: str | None = None) -> list[WorkshopSummary]:
        pattern = f"%{term.strip()}%"
        today = date.today().isoformat()
        if level:
            return self._rows("w.starts_on >= ? AND w.title LIKE ? AND w.level = ?",
                              (today, pattern, level))
        return self._rows("w.starts_on >= ? AND w.title LIKE ?", (today, pattern))

    def by_instructor(self, instructor_id: int) -> list[WorkshopSummary]:
        return self._rows("w.instructor_id = ?", (instructor_id,))

    def in_month(self, year: int, month: int) -> list[WorkshopSummary]:
        prefix = f"{year:04d}-{month:02d}-%"
        return self._rows("w.starts_on LIKE ?", (prefix,))
