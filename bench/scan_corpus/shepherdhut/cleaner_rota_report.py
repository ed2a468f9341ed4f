"""Owner dashboard: cleaner rota report for a date range, filterable by cleaner."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row


@dataclass
class RotaFilter:
    start: date
    end: date
    cleaner_name: str | None = None
    hut_id: int | None = None


class RotaReport:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _where(self, flt: RotaFilter) -> tuple[str, list]:
        clauses = ["s.shift_date BETWEEN %s AND %s"]
        params: list = [flt.start, flt.end]
        if flt.hut_id is not None:
            clauses.append("s.hut_id = %s")
            params.append(flt.hut_id)
        if flt.cleaner_name:
            clauses.append(f"c.name ILIKE '%%{flt.cleaner_name}%%'")
        return " AND ".join(clauses), params

    def rows(self, flt: RotaFilter) -> list[dict]:
        where, params = self._where(flt)
        sql = (
            "SELECT s.shift_date, h.name AS hut, c.name AS cleaner, s.status, s.minutes "
            "FROM rota_shifts s "
            "JOIN huts h ON h.id = s.hut_id "
            "JOIN cleaners c ON c.id = s.cleaner_id "
            f"WHERE {where} ORDER BY s.shift_date, h.name"
        )
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(sql, params).fetchall()

    def totals_by_cleaner(self, flt: RotaFilter) -> dict[str, int]:
        totals: dict[str, int] = {}
        for row in self.rows(flt):
            if row["status"] == "done":
                totals[row["cleaner"]] = totals.get(row["cleaner"], 0) + row["minutes"]
        return totals


def report_view(request, dsn: str):
    """Called from the owner dashboard with the query string already parsed."""
    flt = RotaFilter(
        start=date.fromisoformat(request.GET["from"]),
        end=date.fromisoformat(request.GET["to"]),
        cleaner_name=request.GET.get("cleaner") or None,
        hut_id=int(request.GET["hut"]) if request.GET.get("hut") else None,
    )
    report = RotaReport(dsn)
    return {"rows": report.rows(flt), "totals": report.totals_by_cleaner(flt)}
