"""Attendance reports for studio managers, split across per-season archive tables."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Dict, List

import psycopg2
import psycopg2.extras

SEASON_TABLES: Dict[str, str] = {
    "2024-autumn": "attendance_2024_autumn",
    "2025-spring": "attendance_2025_spring",
    "2025-summer": "attendance_2025_summer",
    "current": "attendance_current",
}


@dataclass
class AttendanceRow:
    class_id: int
    class_name: str
    sessions: int
    avg_present: float


class AttendanceReports:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    @staticmethod
    def table_for(season: str) -> str:
        try:
            return SEASON_TABLES[season]
        except KeyError:
            raise ValueError(f"unknown season {season!r}") from None

    def _query(self, season: str) -> str:
        table = self.table_for(season)
        return (
            "SELECT a.class_id, c.name AS class_name, COUNT(DISTINCT a.session_date) AS sessions, "
            "AVG(a.present_count)::float AS avg_present "
            f"FROM {table} a JOIN classes c ON c.id = a.class_id "
            "WHERE c.studio_code = %(studio)s AND a.session_date BETWEEN %(start)s AND %(end)s "
            "GROUP BY a.class_id, c.name ORDER BY avg_present DESC"
        )

    def by_class(self, season: str, studio: str, start: date, end: date) -> List[AttendanceRow]:
        sql = self._query(season)
        with psycopg2.connect(self._dsn) as conn:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(sql, {"studio": studio, "start": start, "end": end})
                return [AttendanceRow(**row) for row in cur.fetchall()]

    def low_attendance(self, season: str, studio: str, start: date, end: date, threshold: float = 4.0) -> List[str]:
        return [
            row.class_name
            for row in self.by_class(season, studio, start, end)
            if row.avg_present < threshold
        ]
