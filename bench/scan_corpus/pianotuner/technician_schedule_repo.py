"""Bulk schedule lookups used when the dispatcher plans the week for several technicians."""
import sqlite3
from collections import defaultdict
from datetime import date
from typing import Dict, Iterable, List

from pianotuner.settings import BACKOFFICE_DB


class TechnicianScheduleRepo:
    def __init__(self, db_path: str = BACKOFFICE_DB):
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    def week_for(self, technician_ids: Iterable[int], week_start: date, week_end: date) -> Dict[int, List[dict]]:
        ids = [int(t) for t in technician_ids]
        if not ids:
            return {}
        placeholders = ", ".join("?" for _ in ids)
        query = (
            "SELECT technician_id, id, starts_at, duration_minutes, service_type "
            f"FROM appointments WHERE technician_id IN ({placeholders}) "
            "AND date(starts_at) BETWEEN ? AND ? ORDER BY starts_at"
        )
        schedule = defaultdict(list)
        for row in self.conn.execute(query, (*ids, week_start.isoformat(), week_end.isoformat())):
            schedule[row["technician_id"]].append(dict(row))
        return dict(schedule)

    def booked_minutes(self, technician_id: int, day: date) -> int:
        row = self.conn.execute(
            "SELECT COALESCE(SUM(duration_minutes), 0) AS total FROM appointments "
            "WHERE technician_id = ? AND date(starts_at) = ?",
            (technician_id, day.isoformat()),
        ).fetchone()
        return int(row["total"])

    def close(self) -> None:
        self.conn.close()
