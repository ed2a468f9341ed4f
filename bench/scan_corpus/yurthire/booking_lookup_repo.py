"""Hire-desk booking lookup by customer name, postcode or date (sqlite)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date


@dataclass
class BookingSummary:
    ref: str
    customer_name: str
    event_date: date
    venue_postcode: str
    yurt_count: int
    status: str


SELECT_COLUMNS = "ref, customer_name, event_date, venue_postcode, yurt_count, status"


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class BookingLookupRepo:
    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES)

    def close(self) -> None:
        self._conn.close()

    def _fetch(self, sql: str, params: tuple) -> list[BookingSummary]:
        with closing(self._conn.cursor()) as cur:
            cur.execute(sql, params)
            return [BookingSummary(*row) for row in cur.fetchall()]

    def by_customer(self, name: str, limit: int = 50) -> list[BookingSummary]:
        pattern = f"%{_escape_like(name.strip())}%"
        return self._fetch(
            f"SELECT {SELECT_COLUMNS} FROM bookings "
            "WHERE customer_name LIKE ? ESCAPE '\\' ORDER BY event_date DESC LIMIT ?",
            (pattern, max(1, min(int(limit), 200))),
        )

    def by_postcode(self, postcode: str) -> list[BookingSummary]:
        outward = postcode.strip().upper().split(" ")[0]
        return self._fetch(
            f"SELECT {SELECT_COLUMNS} FROM bookings WHERE venue_postcode LIKE ? ORDER BY event_date",
            (outward + " %",),
        )

    def on_date(self, day: date) -> list[BookingSummary]:
        return self._fetch(
            f"SELECT {SELECT_COLUMNS} FROM bookings WHERE event_date = ? AND status != 'cancelled'",
            (day,),
        )


if __name__ == "__main__":
    import sys

    repo = BookingLookupRepo(sys.argv[1])
    try:
        for b in repo.by_customer(sys.argv[2]):
            print(f"{b.ref} {b.event_date} {b.customer_name} ({b.yurt_count} yurts, {b.status})")
    finally:
        repo.close()
