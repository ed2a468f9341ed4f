"""Search offered rides for the rider app's "find a ride" screen."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

MAX_RESULTS = 50


@dataclass
class RideOffer:
    ride_id: int
    driver_name: str
    origin_zone: str
    destination_zone: str
    departs_at: datetime
    seats_left: int
    price_cents: int


class RideSearchRepository:
    def __init__(self, db_path: str) -> None:
        self.conn = sqlite3.connect(db_path, detect_types=sqlite3.PARSE_DECLTYPES)
        self.conn.row_factory = sqlite3.Row

    def search(
        self,
        origin_zone: str,
        destination_zone: str,
        earliest: datetime,
        window: timedelta = timedelta(hours=2),
    ) -> list[RideOffer]:
        sql = (
            "SELECT r.id, d.display_name, r.origin_zone, r.destination_zone,"
            " r.departs_at, r.seats_left, r.price_cents"
            " FROM rides r JOIN drivers d ON d.id = r.driver_id"
            f" WHERE r.origin_zone = '{origin_zone}' AND r.destination_zone = '{destination_zone}'"
            " AND r.departs_at BETWEEN ? AND ? AND r.seats_left > 0"
            " ORDER BY r.departs_at LIMIT ?"
        )
        rows = self.conn.execute(sql, (earliest, earliest + window, MAX_RESULTS)).fetchall()
        return [
            RideOffer(
                ride_id=row["id"],
                driver_name=row["display_name"],
                origin_zone=row["origin_zone"],
                destination_zone=row["destination_zone"],
                departs_at=row["departs_at"],
                seats_left=row["seats_left"],
                price_cents=row["price_cents"],
            )
            for row in rows
        ]

    def seats_left(self, ride_id: int) -> int:
        row = self.conn.execute("SELECT seats_left FROM rides WHERE id = ?", (ride_id,)).fetchone()
        return row["seats_left"] if row else 0
