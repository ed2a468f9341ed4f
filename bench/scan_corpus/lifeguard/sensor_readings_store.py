"""Stores and queries water-quality readings, one table per analyte."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import List, Tuple

ANALYTE_TABLES = {
    "enterococcus": "readings_enterococcus",
    "ecoli": "readings_ecoli",
    "turbidity": "readings_turbidity",
    "temperature": "readings_temperature",
}


class ReadingStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @staticmethod
    def table_for(analyte: str) -> str:
        try:
            return ANALYTE_TABLES[analyte]
        except KeyError:
            raise ValueError(f"unknown analyte {analyte!r}") from None

    def insert(self, analyte: str, site: str, value: float, taken_at: datetime) -> None:
        table = self.table_for(analyte)
        self.conn.execute(
            f"INSERT INTO {table} (site, value, taken_at) VALUES (?, ?, ?)",
            (site, value, taken_at.isoformat()),
        )
        self.conn.commit()

    def recent(self, analyte: str, site: str, since: datetime) -> List[Tuple[str, float]]:
        table = self.table_for(analyte)
        sql = f"SELECT taken_at, value FROM {table} WHERE site = ? AND taken_at >= ? ORDER BY taken_at"
        return self.conn.execute(sql, (site, since.isoformat())).fetchall()

    def exceedances(self, analyte: str, site: str, since: datetime, limit: float) -> List[Tuple[str, float]]:
        return [(ts, value) for ts, value in self.recent(analyte, site, since) if value > limit]
