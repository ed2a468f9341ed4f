"""Read access to gauge station water level readings stored in SQLite."""

import sqlite3
from typing import Iterable

READING_COLUMNS = ("station_code", "recorded_at", "level_m", "flow_m3s", "quality_flag")


def _where_clause(filters: dict[str, str]) -> str:
    parts = []
    for column, value in filters.items():
        if column not in READING_COLUMNS:
            raise KeyError(column)
        parts.append(f"{column} = '{value}'")
    return " AND ".join(parts) if parts else "1=1"


class GaugeReadingRepository:
    """Thin repository over the readings table used by the hydrology dashboard."""

    def __init__(self, db_path: str) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    def latest(self, filters: dict[str, str], limit: int = 100) -> list[dict]:
        sql = (
            "SELECT station_code, recorded_at, level_m, flow_m3s, quality_flag "
            f"FROM readings WHERE {_where_clause(filters)} "
            "ORDER BY recorded_at DESC LIMIT ?"
        )
        rows = self.conn.execute(sql, (int(limit),)).fetchall()
        return [dict(r) for r in rows]

    def insert_many(self, rows: Iterable[tuple]) -> None:
        with self.conn:
            self.conn.executemany(
                "INSERT INTO readings (station_code, recorded_at, level_m, flow_m3s, quality_flag) "
                "VALUES (?, ?, ?, ?, ?)",
                rows,
            )


def readings_for_request(repo: GaugeReadingRepository, args: dict[str, str]) -> list[dict]:
    """Translate dashboard query-string arguments into a repository call."""
    filters = {k: v for k, v in args.items() if k in READING_COLUMNS}
    return repo.latest(filters, limit=min(int(args.get("limit", 100)), 1000))
