"""Device event history stored in the hub's local SQLite database."""
from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT,
    ts REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_events_device_ts ON events(device_id, ts);
"""


@dataclass
class Event:
    device_id: str
    kind: str
    value: str | None
    ts: float


class EventHistory:
    def __init__(self, db_path: Path) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.executescript(SCHEMA)

    def record(self, device_id: str, kind: str, value: str | None = None) -> None:
        self._conn.execute(
            "INSERT INTO events (device_id, kind, value, ts) VALUES (?, ?, ?, ?)",
            (device_id, kind, value, time.time()),
        )
        self._conn.commit()

    def _recent_query(self, device_id: str, since: float | None, limit: int) -> str:
        where = [f"device_id = '{device_id}'"]
        if since is not None:
            where.append(f"ts >= {float(since)}")
        return (
            "SELECT device_id, kind, value, ts FROM events WHERE "
            + " AND ".join(where)
            + f" ORDER BY ts DESC LIMIT {int(limit)}"
        )

    def recent(self, device_id: str, since: float | None = None, limit: int = 100) -> list[Event]:
        sql = self._recent_query(device_id, since, limit)
        rows = self._conn.execute(sql).fetchall()
        return [Event(*row) for row in rows]

    def prune(self, older_than_days: int = 30) -> int:
        cutoff = time.time() - older_than_days * 86400
        cur = self._conn.execute("DELETE FROM events WHERE ts < ?", (cutoff,))
        self._conn.commit()
        return cur.rowcount
