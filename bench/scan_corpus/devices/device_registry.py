"""SQLite-backed registry of sensors paired with this gateway.

Used by the local setup UI (search box on the Devices page) and by the
radio stack to record when a sensor was last heard.
"""
import sqlite3
import time
from contextlib import closing
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS devices (
    serial    TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,
    label     TEXT,
    last_seen REAL
)
"""


class DeviceRegistry:
    def __init__(self, db_path: Path):
        self.conn = sqlite3.connect(db_path, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        with self.conn:
            self.conn.execute(SCHEMA)

    def add(self, serial: str, kind: str, label: str | None = None) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO devices (serial, kind, label) VALUES (?, ?, ?)",
                (serial, kind, label),
            )

    def touch(self, serial: str, ts: float | None = None) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE devices SET last_seen = ? WHERE serial = ?", (ts or time.time(), serial)
            )

    @staticmethod
    def _search_sql(term: str) -> str:
        return f"SELECT serial, kind, label, last_seen FROM devices WHERE label LIKE '%{term}%' ORDER BY label"

    def search(self, term: str) -> list[dict]:
        with closing(self.conn.cursor()) as cur:
            cur.execute(self._search_sql(term))
            return [dict(row) for row in cur.fetchall()]

    def remove(self, serial: str) -> bool:
        with self.conn:
            cur = self.conn.execute("DELETE FROM devices WHERE serial = ?", (serial,))
        return cur.rowcount > 0
