"""Read access to maintenance visit reports for the office dashboard."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import psycopg
from fastapi import FastAPI, Query
from psycopg.rows import dict_row

app = FastAPI(title="Visit reports")


@dataclass
class VisitFilter:
    technician: str | None = None
    since: date | None = None
    sort: str = "visit_date"
    descending: bool = True


class VisitReportRepository:
    BASE_SQL = (
        "SELECT v.id, v.visit_date, v.summary, v.minutes, t.full_name AS technician, "
        "c.name AS clock FROM maintenance_visits v "
        "JOIN technicians t ON t.id = v.technician_id "
        "JOIN clocks c ON c.id = v.clock_id"
    )

    def __init__(self, dsn: str):
        self.dsn = dsn

    @staticmethod
    def _order_clause(flt: VisitFilter) -> str:
        direction = "DESC" if flt.descending else "ASC"
        return f" ORDER BY {flt.sort} {direction}"

    def list(self, flt: VisitFilter, limit: int = 100) -> list[dict]:
        where: list[str] = []
        params: list = []
        if flt.technician:
            where.append("t.username = %s")
            params.append(flt.technician)
        if flt.since:
            where.append("v.visit_date >= %s")
            params.append(flt.since)
        sql = self.BASE_SQL
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += self._order_clause(flt) + " LIMIT %s"
        params.append(limit)
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            return conn.execute(sql, params).fetchall()


repository = VisitReportRepository(os.environ["CLOCKTOWER_DSN"])


@app.get("/visits")
def list_visits(
    technician: str | None = None,
    since: date | None = None,
    sort: str = Query("visit_date"),
    descending: bool = True,
    limit: int = Query(100, le=500),
):
    flt = VisitFilter(technician=technician, since=since, sort=sort, descending=descending)
    return {"visits": repository.list(flt, limit=limit)}
