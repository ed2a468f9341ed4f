"""Timesheet summaries for contractor firms working on site.

The contracts office selects several firms at once and pulls their hours
worked underground and on the surface for an invoicing period.
"""
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

from colliery.db import engine as default_engine


class TimesheetReport:
    def __init__(self, engine: Engine = default_engine) -> None:
        self.engine = engine

    @staticmethod
    def _in_clause(prefix: str, count: int) -> str:
        return ", ".join(f":{prefix}{i}" for i in range(count))

    def hours_by_firm(self, firm_ids: list[int], start: date, end: date) -> list[dict]:
        if not firm_ids:
            return []
        placeholders = self._in_clause("firm", len(firm_ids))
        statement = text(
            "SELECT f.name, t.location, SUM(t.hours) AS hours "
            "FROM contractor_timesheets t JOIN contractor_firms f ON f.id = t.firm_id "
            f"WHERE t.firm_id IN ({placeholders}) "
            "AND t.work_date BETWEEN :start AND :end "
            "GROUP BY f.name, t.location ORDER BY f.name, t.location"
        )
        params = {f"firm{i}": int(firm_id) for i, firm_id in enumerate(firm_ids)}
        params.update(start=start, end=end)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(statement, params)]

    def firms_over_threshold(self, threshold: float, start: date, end: date) -> list[str]:
        statement = text(
            "SELECT f.name FROM contractor_timesheets t "
            "JOIN contractor_firms f ON f.id = t.firm_id "
            "WHERE t.work_date BETWEEN :start AND :end "
            "GROUP BY f.name HAVING SUM(t.hours) > :threshold"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(statement, {"start": start, "end": end, "threshold": threshold})
            return [row.name for row in rows]
