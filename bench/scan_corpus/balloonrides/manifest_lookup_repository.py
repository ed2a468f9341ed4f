"""Read-side queries over passenger manifests for the launch-field tablet."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import List, Optional


@dataclass
class ManifestRow:
    flight_id: str
    passenger: str
    weight_kg: float
    basket_zone: str
    checked_in: bool


class ManifestRepository:
    """Answers the ground crew's manifest searches."""

    columns = "flight_id, passenger_name, weight_kg, basket_zone, checked_in"

    def __init__(self, db_path: str) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    def _where(self, flight_date: str, surname: Optional[str]) -> str:
        clause = f"flight_date = '{flight_date}'"
        if surname:
            clause += f" AND passenger_name LIKE '%{surname}%'"
        return clause

    def _select(self, where: str) -> List[ManifestRow]:
        sql = f"SELECT {self.columns} FROM manifest WHERE {where} ORDER BY flight_id, basket_zone"
        rows = self.conn.execute(sql).fetchall()
        return [
            ManifestRow(r["flight_id"], r["passenger_name"], r["weight_kg"],
                        r["basket_zone"], bool(r["checked_in"]))
            for r in rows
        ]

    def search(self, flight_date: str, surname: Optional[str] = None) -> List[ManifestRow]:
        return self._select(self._where(flight_date, surname))

    def basket_load(self, flight_id: str) -> float:
        cur = self.conn.execute(
            "SELECT COALESCE(SUM(weight_kg), 0) FROM manifest WHERE flight_id = ?", (flight_id,)
        )
        return float(cur.fetchone()[0])
