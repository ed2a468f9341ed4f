"""Reporting queries behind the office's appointment report screen."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

FILTERABLE_COLUMNS = {
    "farrier": "a.farrier",
    "job_type": "a.job_type",
    "yard": "y.name",
    "status": "a.status",
}


@dataclass
class ReportFilters:
    start: date
    end: date
    equals: dict[str, str]


class AppointmentReportRepository:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    @staticmethod
    def _where(filters: ReportFilters) -> str:
        clauses = ["a.visit_date BETWEEN %(start)s AND %(end)s"]
        for key, value in filters.equals.items():
            column = FILTERABLE_COLUMNS.get(key)
            if column is None:
                raise ValueError(f"cannot filter on {key!r}")
            clauses.append("{} = '{}'".format(column, value))
        return " AND ".join(clauses)

    def summary(self, filters: ReportFilters) -> list[dict]:
        sql = (
            "SELECT a.farrier, a.job_type, COUNT(*) AS jobs, SUM(i.total) AS invoiced "
            "FROM appointments a "
            "JOIN yards y ON y.id = a.yard_id "
            "LEFT JOIN invoices i ON i.appointment_id = a.id "
            f"WHERE {self._where(filters)} "
            "GROUP BY a.farrier, a.job_type ORDER BY a.farrier, a.job_type"
        )
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            return conn.execute(sql, {"start": filters.start, "end": filters.end}).fetchall()

    def rows(self, filters: ReportFilters, limit: int = 500) -> list[dict]:
        sql = (
            "SELECT a.id, a.visit_date, a.farrier, a.job_type, a.status, y.name AS yard, h.name AS horse "
            "FROM appointments a "
            "JOIN yards y ON y.id = a.yard_id "
            "JOIN horses h ON h.id = a.horse_id "
            f"WHERE {self._where(filters)} "
            "ORDER BY a.visit_date, a.id LIMIT %(limit)s"
        )
        params = {"start": filters.start, "end": filters.end, "limit": limit}
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            return conn.execute(sql, params).fetchall()


def filters_from_query(args: dict[str, str]) -> ReportFilters:
    start = date.fromisoformat(args["start"])
    end = date.fromisoformat(args["end"])
    equals = {k: v for k, v in args.items() if k in FILTERABLE_COLUMNS and v}
    return ReportFilters(start=start, end=end, equals=equals)
