"""Local SQLite store for sensor readings shown in the gateway's web UI."""
import sqlite3
import time
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS readings (
    sensor_id   TEXT NOT NULL,
    value       REAL NOT NULL,
    recorded_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS readings_sensor_time ON readings (sensor_id, recorded_at);
"""

_SORT_ORDERS = {
    "newest": "recorded_at DESC",
    "oldest": "recorded_at ASC",
    "value": "value DESC",
}


class ReadingStore:
    def __init__(self, db_path: Path):
        self.conn = sqlite3.connect(db_path)
        self.conn.executescript(SCHEMA)

    def add(self, sensor_id: str, value: float, ts: float | None = None) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO readings (sensor_id, value, recorded_at) VALUES (?, ?, ?)",
                (sensor_id, value, ts if ts is not None else time.time()),
            )

    def readings_for(self, sensor_ids: list[str], sort: str = "newest", limit: int = 500) -> list[tuple]:
        if not sensor_ids:
            return []
        try:
            order = _SORT_ORDERS[sort]
        except KeyError:
            raise ValueError(f"unknown sort order {sort!r}") from None
        placeholders = ",".join("?" for _ in sensor_ids)
        sql = (
            "SELECT sensor_id, value, recorded_at FROM readings "
            f"WHERE sensor_id IN ({placeholders}) ORDER BY {order} LIMIT ?"
        )
        return self.conn.execute(sql, (*sensor_ids, int(limit))).fetchall()

    def prune(self, older_than_s: float) -> int:
        with self.conn:
            cur = self.conn.execute(
                "DELETE FROM readings WHERE recorded_at < ?", (time.time() - older_than_s,)
            )
        return cur.rowcount
