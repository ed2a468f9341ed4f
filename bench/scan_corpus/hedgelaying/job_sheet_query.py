"""Job sheet lookups for the office and the estimator's tablet."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from typing import Optional

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel

DB_PATH = "/srv/hedgeoffice/jobs.db"

app = FastAPI(title="Job sheet query")


class JobSheetRow(BaseModel):
    id: int
    farm: str
    parish: str
    style: str
    metres: float
    started: Optional[date]
    status: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@app.get("/job-sheets", response_model=list[JobSheetRow])
def find_job_sheets(
    q: str = Query(..., min_length=2, max_length=80),
    status: Optional[str] = None,
    limit: int = Query(50, ge=1, le=200),
):
    sql = (
        "SELECT id, farm, parish, style, metres, started, status FROM job_sheets "
        "WHERE (farm LIKE ? ESCAPE '\\' OR parish LIKE ? ESCAPE '\\')"
    )
    pattern = _like_pattern(q)
    params: list = [pattern, pattern]
    if status:
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY started DESC LIMIT ?"
    params.append(limit)
    with closing(_connect()) as conn:
        rows = conn.execute(sql, params).fetchall()
    return [JobSheetRow(**dict(r)) for r in rows]


@app.get("/job-sheets/{job_id}", response_model=JobSheetRow)
def job_sheet(job_id: int):
    with closing(_connect()) as conn:
        row = conn.execute(
            "SELECT id, farm, parish, style, metres, started, status FROM job_sheets WHERE id = ?",
            (job_id,),
        ).fetchone()
    if row is None:
        raise HTTPException(status_code=404)
    return JobSheetRow(**dict(row))
