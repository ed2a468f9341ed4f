"""Client head-measurement records: lookup and recording for the fitting room."""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass
class HeadMeasurement:
    client_id: int
    circumference_cm: float
    front_to_back_cm: float
    ear_to_ear_cm: float
    head_shape: str
    taken_on: str
    taken_by: str


class MeasurementRepository:
    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path)
        self._conn.row_factory = sqlite3.Row

    def find_clients(self, surname_prefix: str, limit: int = 25) -> list[dict]:
        pattern = surname_prefix.replace("%", r"\%").replace("_", r"\_") + "%"
        rows = self._conn.execute(
            "SELECT id, first_name, surname, phone FROM clients"
            " WHERE surname LIKE ? ESCAPE '\\' ORDER BY surname, first_name LIMIT ?",
            (pattern, limit),
        ).fetchall()
        return [dict(r) for r in rows]

    def current(self, client_id: int) -> Optional[HeadMeasurement]:
        row = self._conn.execute(
            "SELECT client_id, circumference_cm, front_to_back_cm, ear_to_ear_cm,"
            " head_shape, taken_on, taken_by FROM head_measurements"
            " WHERE client_id = ? AND is_current = 1",
            (client_id,),
        ).fetchone()
        return None if row is None else HeadMeasurement(*row)

    def history(self, client_id: int) -> list[HeadMeasurement]:
        rows = self._conn.execute(
            "SELECT client_id, circumference_cm, front_to_back_cm, ear_to_ear_cm,"
            " head_shape, taken_on, taken_by FROM head_measurements"
            " WHERE client_id = ? ORDER BY taken_on DESC",
            (client_id,),
        ).fetchall()
        return [HeadMeasurement(*r) for r in rows]

    def record(self, m: HeadMeasurement) -> None:
        with self._conn:
            self._conn.execute(
                "UPDATE head_measurements SET is_current = 0 WHERE client_id = ?", (m.client_id,)
            )
            self._conn.execute(
                "INSERT INTO head_measurements (client_id, circumference_cm, front_to_back_cm,"
                " ear_to_ear_cm, head_shape, taken_on, taken_by, is_current)"
                " VALUES (:client_id, :circumference_cm, :front_to_back_cm, :ear_to_ear_cm,"
                " :head_shape, :taken_on, :taken_by, 1)",
                m.__dict__,
            )

    @staticmethod
    def today() -> str:
        return dt.date.today().isoformat()
