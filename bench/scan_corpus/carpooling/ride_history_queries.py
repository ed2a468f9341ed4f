"""Rider trip history and cost-sharing totals (SQLite read replica used by the mobile API)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date


@dataclass
class HistoryItem:
    trip_id: int
    driver_name: str
    origin: str
    destination: str
    travelled_on: date
    share_cents: int
    rating_given: int | None


class RideHistoryQueries:
    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.conn.row_factory = sqlite3.Row

    def history(self, rider_id: int, since: date, destination_like: str | None = None) -> list[HistoryItem]:
        sql = (
            "SELECT t.id, d.display_name, t.origin_label, t.destination_label,"
            " date(t.departed_at) AS travelled_on, b.share_cents, r.stars"
            " FROM bookings b"
            " JOIN trips t ON t.id = b.trip_id"
            " JOIN drivers d ON d.id = t.driver_id"
            " LEFT JOIN ride_ratings r ON r.booking_id = b.id"
            " WHERE b.rider_id = ? AND t.departed_at >= ?"
        )
        params: list = [rider_id, since.isoformat()]
        if destination_like:
            sql += " AND t.destination_label LIKE ? ESCAPE '\\'"
            escaped = destination_like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{escaped}%")
        sql += " ORDER BY t.departed_at DESC LIMIT 200"

        rows = self.conn.execute(sql, params).fetchall()
        return [
            HistoryItem(
                trip_id=row[0],
                driver_name=row[1],
                origin=row[2],
                destination=row[3],
                travelled_on=date.fromisoformat(row[4]),
                share_cents=row[5],
                rating_given=row[6],
            )
            for row in rows
        ]

    def total_shared(self, rider_id: int, year: int) -> int:
        row = self.conn.execute(
            "SELECT coalesce(sum(b.share_cents), 0) FROM bookings b JOIN trips t ON t.id = b.trip_id"
            " WHERE b.rider_id = ? AND strftime('%Y', t.departed_at) = ?",
            (rider_id, str(year)),
        ).fetchone()
        return int(row[0])
