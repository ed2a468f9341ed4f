"""Read side of the ride inspection history used by the daily pre-opening checklist app."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class InspectionRecord:
    report_id: int
    ride_name: str
    inspector: str
    inspected_on: date
    outcome: str
    defects: int


class InspectionHistoryRepository:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path, detect_types=sqlite3.PARSE_DECLTYPES)
        conn.row_factory = sqlite3.Row
        return conn

    @staticmethod
    def _record(row: sqlite3.Row) -> InspectionRecord:
        return InspectionRecord(
            report_id=row["report_id"],
            ride_name=row["ride_name"],
            inspector=row["inspector"],
            inspected_on=date.fromisoformat(row["inspected_on"]),
            outcome=row["outcome"],
            defects=row["defects"],
        )

    def search(self, ride_fragment: str, limit: int = 50) -> list[InspectionRecord]:
        pattern = "%" + ride_fragment.replace("%", r"\%").replace("_", r"\_") + "%"
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT report_id, ride_name, inspector, inspected_on, outcome, defects "
                "FROM inspection_reports WHERE ride_name LIKE ? ESCAPE '\\' "
                "ORDER BY inspected_on DESC LIMIT ?",
                (pattern, limit),
            ).fetchall()
        return [self._record(r) for r in rows]

    def latest_for(self, ride_name: str) -> InspectionRecord | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT report_id, ride_name, inspector, inspected_on, outcome, defects "
                "FROM inspection_reports WHERE ride_name = ? "
                "ORDER BY inspected_on DESC LIMIT 1",
                (ride_name,),
            ).fetchone()
        return None if row is None else self._record(row)

    def overdue(self, as_of: date, max_age_days: int = 365) -> list[str]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT ride_name FROM inspection_reports GROUP BY ride_name "
                "HAVING julianday(?) - julianday(MAX(inspected_on)) > ?",
                (as_of.isoformat(), max_age_days),
            ).fetchall()
        return [r["ride_name"] for r in rows]
