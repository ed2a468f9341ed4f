"""Read queries for the walker app's 'my walks' screen (SQLite on the sync server)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

SORTABLE_COLUMNS = {
    "date": "w.started_at",
    "distance": "w.distance_m",
    "duration": "w.duration_min",
    "dog": "d.name",
}


@dataclass
class WalkRow:
    walk_id: int
    dog_name: str
    started_at: str
    duration_min: int
    distance_m: float


class WalkLogQueries:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @staticmethod
    def _order_by(sort_key: str, descending: bool) -> str:
        column = SORTABLE_COLUMNS.get(sort_key, SORTABLE_COLUMNS["date"])
        return f"ORDER BY {column} {'DESC' if descending else 'ASC'}"

    def walks_for_walker(
        self,
        walker_id: int,
        dog_name: str | None = None,
        sort_key: str = "date",
        descending: bool = True,
        limit: int = 50,
    ) -> list[WalkRow]:
        sql = (
            "SELECT w.id, d.name, w.started_at, w.duration_min, w.distance_m"
            " FROM walks w JOIN dogs d ON d.id = w.dog_id"
            " WHERE w.walker_id = ?"
        )
        params: list[object] = [walker_id]
        if dog_name:
            sql += " AND d.name LIKE ?"
            params.append(f"%{dog_name}%")
        sql += f" {self._order_by(sort_key, descending)} LIMIT ?"
        params.append(max(1, min(limit, 200)))
        return [WalkRow(*row) for row in self._conn.execute(sql, params)]

    def gps_trace(self, walker_id: int, walk_id: int) -> list[tuple[float, float, str]]:
        return self._conn.execute(
            "SELECT p.lat, p.lon, p.recorded_at FROM gps_points p"
            " JOIN walks w ON w.id = p.walk_id"
            " WHERE w.id = ? AND w.walker_id = ? ORDER BY p.recorded_at",
            (walk_id, walker_id),
        ).fetchall()
