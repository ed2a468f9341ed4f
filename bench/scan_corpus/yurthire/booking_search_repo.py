"""Back-office booking search used by the hire desk (sqlite database on the office server)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Iterator


@dataclass
class BookingRow:
    ref: str
    customer_name: str
    event_date: date
    venue_postcode: str
    yurt_count: int
    status: str


class BookingSearchRepo:
    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES)
        self._conn.row_factory = sqlite3.Row

    def close(self) -> None:
        self._conn.close()

    def _rows(self, cursor: sqlite3.Cursor) -> Iterator[BookingRow]:
        for r in cursor:
            yield BookingRow(
                ref=r["ref"],
                customer_name=r["customer_name"],
                event_date=r["event_date"],
                venue_postcode=r["venue_postcode"],
                yurt_count=r["yurt_count"],
                status=r["status"],
            )

    def by_ref(self, ref: str) -> BookingRow | None:
        cur = self._conn.execute(
            "SELECT ref, customer_name, event_date, venue_postcode, yurt_count, status "
            "FROM bookings WHERE ref = ?",
            (ref.upper(),),
        )
        return next(self._rows(cur), None)

    def search_customer(self, name: str, limit: int = 50) -> list[BookingRow]:
        cur = self._conn.execute(
            f"SELECT ref, customer_name, event_date, venue_postcode, yurt_count, status FROM bookings WHERE customer_name LIKE '%{name.strip()}%' ORDER BY event_date DESC LIMIT {int(limit)}"
        )
        return list(self._rows(cur))

    def upcoming(self, start: date, end: date) -> list[BookingRow]:
        cur = self._conn.execute(
            "SELECT ref, customer_name, event_date, venue_postcode, yurt_count, status "
            "FROM bookings WHERE event_date BETWEEN ? AND ? AND status != 'cancelled' "
            "ORDER BY event_date",
            (start, end),
        )
        return list(self._rows(cur))


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Search yurt bookings")
    parser.add_argument("--db", default="bookings.sqlite3")
    parser.add_argument("name", help="part of the customer name")
    args = parser.parse_args()
    repo = BookingSearchRepo(args.db)
    try:
        for row in repo.search_customer(args.name):
            print(f"{row.ref}  {row.event_date}  {row.customer_name:<30} {row.yurt_count} yurts  {row.status}")
    finally:
        repo.close()


if __name__ == "__main__":
    main()
