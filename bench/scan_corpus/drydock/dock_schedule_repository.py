"""Queries over the dry dock occupancy schedule for the planning board."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class ScheduleFilter:
    dock_no: Optional[int] = None
    vessel_name: Optional[str] = None
    from_day: Optional[date] = None
    to_day: Optional[date] = None


class DockScheduleRepository:
    BASE_QUERY = (
        "SELECT b.id, b.dock_no, v.name, v.imo, b.docking_date, b.undocking_date "
        "FROM dock_bookings b JOIN vessels v ON v.id = b.vessel_id"
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def _conditions(self, flt: ScheduleFilter) -> tuple[list[str], dict]:
        clauses: list[str] = []
        params: dict = {}
        if flt.dock_no is not None:
            clauses.append("b.dock_no = :dock_no")
            params["dock_no"] = flt.dock_no
        if flt.vessel_name:
            clauses.append(f"v.name ILIKE '%{flt.vessel_name}%'")
        if flt.from_day:
            clauses.append("b.undocking_date >= :from_day")
            params["from_day"] = flt.from_day
        if flt.to_day:
            clauses.append("b.docking_date <= :to_day")
            params["to_day"] = flt.to_day
        return clauses, params

    def search(self, flt: ScheduleFilter) -> list[dict]:
        clauses, params = self._conditions(flt)
        sql = self.BASE_QUERY
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY b.docking_date"
        with self._engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(text(sql), params)]
