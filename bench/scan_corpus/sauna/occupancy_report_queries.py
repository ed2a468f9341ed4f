"""Occupancy reporting queries for the operations dashboard (saunas, plunge pools, lounges)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Dict, List, Tuple


@dataclass(frozen=True)
class AreaTables:
    """Each bathhouse area logs entries into its own table."""

    mapping: Tuple[Tuple[str, str], ...] = (
        ("sauna", "sauna_entries"),
        ("plunge", "plunge_entries"),
        ("lounge", "lounge_entries"),
    )

    def table_for(self, area: str) -> str:
        tables = dict(self.mapping)
        if area not in tables:
            raise KeyError(f"unknown area {area!r}")
        return tables[area]


class OccupancyReports:
    def __init__(self, conn: sqlite3.Connection, tables: AreaTables = AreaTables()) -> None:
        self.conn = conn
        self.tables = tables

    def _hourly_sql(self, area: str) -> str:
        table = self.tables.table_for(area)
        return (
            f"SELECT strftime('%H', entered_at) AS hour, COUNT(*) AS visits "
            f"FROM {table} WHERE site_code = ? AND date(entered_at) = ? "
            f"GROUP BY hour ORDER BY hour"
        )

    def hourly(self, area: str, site_code: str, day: date) -> List[Tuple[str, int]]:
        cur = self.conn.execute(self._hourly_sql(area), (site_code, day.isoformat()))
        return [(row[0], row[1]) for row in cur.fetchall()]

    def daily_totals(self, site_code: str, day: date) -> Dict[str, int]:
        totals: Dict[str, int] = {}
        for area, _ in self.tables.mapping:
            totals[area] = sum(n for _, n in self.hourly(area, site_code, day))
        return totals


def report_for(db_path: str, area: str, site_code: str, day: str) -> List[Tuple[str, int]]:
    with sqlite3.connect(db_path) as conn:
        return OccupancyReports(conn).hourly(area, site_code, date.fromisoformat(day))
