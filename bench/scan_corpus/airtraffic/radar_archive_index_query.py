"""Index lookups over the radar recording catalogue (one table per surveillance category)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import List


@dataclass(frozen=True)
class Recording:
    file_name: str
    sensor: str
    start_utc: str
    end_utc: str
    size_bytes: int


class CatalogueIndex:
    TABLES = {
        "cat048": "recordings_monoradar",
        "cat062": "recordings_system_tracks",
        "cat021": "recordings_adsb",
    }

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path

    @classmethod
    def table_for(cls, category: str) -> str:
        try:
            return cls.TABLES[category.lower()]
        except KeyError:
            raise ValueError(f"unknown ASTERIX category {category!r}") from None

    def _statement(self, category: str) -> str:
        table = self.table_for(category)
        return (
            f"SELECT file_name, sensor, start_utc, end_utc, size_bytes FROM {table} "
            "WHERE sensor = ? AND start_utc < ? AND end_utc > ? ORDER BY start_utc"
        )

    def overlapping(self, category: str, sensor: str, start: datetime, end: datetime) -> List[Recording]:
        params = (sensor, end.isoformat(), start.isoformat())
        with sqlite3.connect(self.db_path) as conn:
            rows = conn.execute(self._statement(category), params).fetchall()
        return [Recording(*row) for row in rows]


def find_recordings(index: CatalogueIndex, query: dict) -> List[dict]:
    hits = index.overlapping(
        query.get("category", "cat062"),
        query["sensor"],
        datetime.fromisoformat(query["from"]),
        datetime.fromisoformat(query["to"]),
    )
    return [h.__dict__ for h in hits]
