"""Sorted listing of maintenance visits for the office dashboard."""
from __future__ import annotations

import os
from datetime import date

import psycopg
from fastapi import FastAPI, HTTPException, Query
from psycopg.rows import dict_row

app = FastAPI(title="Visit dashboard")

SORT_COLUMNS = {
    "date": "v.visit_date",
    "clock": "c.name",
    "technician": "t.full_name",
    "duration": "v.minutes",
}

BASE_SQL = (
    "SELECT v.id, v.visit_date, v.summary, v.minutes, t.full_name AS technician, "
    "c.name AS clock FROM maintenance_visits v "
    "JOIN technicians t ON t.id = v.technician_id "
    "JOIN clocks c ON c.id = v.clock_id"
)


def build_query(sort: str, descending: bool, technician: str | None, since: date | None):
    column = SORT_COLUMNS.get(sort)
    if column is None:
        raise ValueError(f"unsupported sort key {sort!r}")
    clauses, params = [], []
    if technician:
        clauses.append("t.username = %s")
        params.append(technician)
    if since:
        clauses.append("v.visit_date >= %s")
        params.append(since)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    direction = "DESC" if descending else "ASC"
    sql = f"{BASE_SQL}{where} ORDER BY {column} {direction}, v.id LIMIT %s"
    return sql, params


@app.get("/visits")
def list_visits(
    sort: str = Query("date"),
    descending: bool = True,
    technician: str | None = None,
    since: date | None = None,
    limit: int = Query(100, ge=1, le=500),
):
    try:
        sql, params = build_query(sort, descending, technician, since)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    with psycopg.connect(os.environ["CLOCKTOWER_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(sql, [*params, limit]).fetchall()
    return {"sort": sort, "visits": rows}
