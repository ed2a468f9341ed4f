"""Local SQLite ledger of promoted releases, used by the promotion CLI."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterable

SCHEMA = """
CREATE TABLE IF NOT EXISTS promotions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    artifact TEXT NOT NULL,
    version TEXT NOT NULL,
    stage TEXT NOT NULL,
    promoted_by TEXT NOT NULL,
    promoted_at TEXT DEFAULT CURRENT_TIMESTAMP
)
"""
TABLE = "promotions"


class ReleaseLedger:
    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row
        self.conn.executescript(SCHEMA)

    def record(self, artifact: str, version: str, stage: str, user: str) -> int:
        cur = self.conn.execute(
            f"INSERT INTO {TABLE} (artifact, version, stage, promoted_by) VALUES (?, ?, ?, ?)",
            (artifact, version, stage, user),
        )
        self.conn.commit()
        return cur.lastrowid

    def versions_in(self, artifact: str, stages: Iterable[str]) -> list[sqlite3.Row]:
        stages = list(stages)
        if not stages:
            return []
        placeholders = ", ".join("?" for _ in stages)
        sql = (
            f"SELECT stage, version, promoted_by, promoted_at FROM {TABLE} "
            f"WHERE artifact = ? AND stage IN ({placeholders}) "
            "ORDER BY promoted_at DESC"
        )
        return self.conn.execute(sql, (artifact, *stages)).fetchall()

    def close(self) -> None:
        self.conn.close()
