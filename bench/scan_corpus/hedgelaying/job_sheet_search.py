"""Search API for job sheets, used by the office and the estimator's tablet."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from typing import Optional

from fastapi import FastAPI, Query
from pydantic import BaseModel

DB_PATH = "/srv/hedgeoffice/jobs.db"

app = FastAPI(title="Job sheet search")


class JobSheetSummary(BaseModel):
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


@app.get("/job-sheets/search", response_model=list[JobSheetSummary])
def search_job_sheets(
    q: str = Query(..., min_length=2, max_length=80),
    status: Optional[str] = Query(None, pattern="^(quoted|booked|in_progress|signed_off)$"),
    limit: int = Query(50, ge=1, le=200),
):
    sql = (
        "SELECT id, farm, parish, style, metres, started, status FROM job_sheets "
        f"WHERE (farm LIKE '%{q}%' OR parish LIKE '%{q}%')"
    )
    params: list = []
    if status:
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY started DESC LIMIT ?"
    params.append(limit)

    with closing(_connect()) as conn:
        rows = conn.execute(sql, params).fetchall()
    return [JobSheetSummary(**dict(r)) for r in rows]


@app.get("/job-sheets/{job_id}", response_model=JobSheetSummary)
def get_job_sheet(job_id: int):
    with closing(_connect()) as conn:
        row = conn.execute(
            "SELECT id, farm, parish, style, metres, started, status FROM job_sheets WHERE id = ?",
            (job_id,),
        ).fetchone()
    return JobSheetSummary(**dict(row))
