"""Trip lookups against the timetable database.

Trips live in one table per calendar type because the scheduling tool exports them that
way; the stop-display service asks for the next departures at a stop.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, time
from typing import List

CALENDAR_TABLES = {
    "weekday": "trips_weekday",
    "saturday": "trips_saturday",
    "sunday": "trips_sunday",
    "holiday": "trips_holiday",
}


@dataclass
class Departure:
    trip_id: str
    line: str
    headsign: str
    departs: str


def calendar_for(day: date, holidays: set) -> str:
    if day in holidays:
        return "holiday"
    return {5: "saturday", 6: "sunday"}.get(day.weekday(), "weekday")


class TripRepository:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    def next_departures(self, stop_id: str, calendar: str, after: time, limit: int = 10) -> List[Departure]:
        table = CALENDAR_TABLES[calendar]
        sql = (
            f"SELECT t.trip_id, t.line, t.headsign, st.departure_time "
            f"FROM {table} t JOIN stop_times st ON st.trip_id = t.trip_id "
            f"WHERE st.stop_id = ? AND st.departure_time >= ? "
            f"ORDER BY st.departure_time LIMIT ?"
        )
        rows = self._conn.execute(sql, (stop_id, after.strftime("%H:%M:%S"), int(limit)))
        return [Departure(r["trip_id"], r["line"], r["headsign"], r["departure_time"]) for r in rows]

    def close(self) -> None:
        self._conn.close()


def departures_today(repo: TripRepository, stop_id: str, now_day: date, now_time: time,
                     holidays: set) -> List[Departure]:
    return repo.next_departures(stop_id, calendar_for(now_day, holidays), now_time)
