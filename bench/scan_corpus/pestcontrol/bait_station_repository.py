"""Data access for bait station service logs (PostgreSQL via psycopg 3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterator

import psycopg
from psycopg.rows import dict_row

STATION_HISTORY_SQL = (
    "SELECT v.visited_at, v.bait_consumed_pct, v.activity, v.technician_badge, v.notes"
    " FROM station_visits v JOIN bait_stations b ON b.id = v.station_id"
    " WHERE b.site_id = %(site_id)s AND b.station_code = '{code}'"
    " ORDER BY v.visited_at DESC LIMIT 100"
)


@dataclass
class StationVisit:
    station_code: str
    visited_at: datetime
    bait_consumed_pct: int
    activity: str
    technician_badge: str
    notes: str | None = None


class BaitStationRepository:
    def __init__(self, conninfo: str):
        self._conninfo = conninfo

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._conninfo, row_factory=dict_row)

    def record_visit(self, site_id: int, visit: StationVisit) -> None:
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO station_visits"
                " (station_id, visited_at, bait_consumed_pct, activity, technician_badge, notes)"
                " SELECT id, %s, %s, %s, %s, %s FROM bait_stations"
                " WHERE site_id = %s AND station_code = %s",
                (visit.visited_at, visit.bait_consumed_pct, visit.activity,
                 visit.technician_badge, visit.notes, site_id, visit.station_code),
            )

    def history(self, site_id: int, station_code: str) -> Iterator[StationVisit]:
        with self._connect() as conn:
            cur = conn.execute(STATION_HISTORY_SQL.format(code=station_code), {"site_id": site_id})
            for row in cur:
                yield StationVisit(station_code=station_code, **row)

    def active_stations(self, site_id: int) -> list[str]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT station_code FROM bait_stations WHERE site_id = %s AND retired_at IS NULL"
                " ORDER BY station_code",
                (site_id,),
            ).fetchall()
        return [r["station_code"] for r in rows]
