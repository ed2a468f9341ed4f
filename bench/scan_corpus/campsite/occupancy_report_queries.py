"""Occupancy figures for the weekly operations report, per park and per accommodation type."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

STAY_TABLES = {
    "touring": "touring_pitch_stays",
    "glamping": "glamping_unit_stays",
    "lodge": "holiday_lodge_stays",
    "seasonal": "seasonal_pitch_stays",
}


@dataclass(frozen=True)
class OccupancyRow:
    park_code: str
    night: date
    occupied: int
    capacity: int

    @property
    def rate(self) -> float:
        return self.occupied / self.capacity if self.capacity else 0.0


def _stay_table(accommodation: str) -> str:
    try:
        return STAY_TABLES[accommodation]
    except KeyError:
        raise ValueError(f"unknown accommodation type: {accommodation!r}") from None


def nightly_occupancy(
    conn: sqlite3.Connection, accommodation: str, park_code: str, start: date, end: date
) -> list[OccupancyRow]:
    table = _stay_table(accommodation)
    sql = f"""
        SELECT s.park_code, n.night, COUNT(s.id) AS occupied, c.units AS capacity
        FROM calendar_nights n
        JOIN park_capacity c ON c.park_code = ? AND c.accommodation = ?
        LEFT JOIN {table} s
          ON s.park_code = c.park_code AND n.night >= s.arrival AND n.night < s.departure
        WHERE n.night BETWEEN ? AND ?
        GROUP BY n.night
        ORDER BY n.night
    """
    cur = conn.execute(sql, (park_code, accommodation, start.isoformat(), end.isoformat()))
    return [
        OccupancyRow(park_code, date.fromisoformat(night), occupied, capacity)
        for _, night, occupied, capacity in cur.fetchall()
    ]
