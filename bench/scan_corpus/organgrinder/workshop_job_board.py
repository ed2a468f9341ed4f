"""Restorer workshop job board: lists restoration jobs with sorting and paging."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, List

import psycopg
from psycopg.rows import dict_row
from fastapi import Depends, FastAPI, Query

app = FastAPI(title="Workshop job board")

JOB_COLUMNS = (
    "id, organ_name, job_type, assigned_to, status, estimate_hours, "
    "received_on, promised_by"
)
VALID_STATUS = {"received", "assessed", "in_progress", "awaiting_parts", "done"}


@dataclass
class JobQuery:
    status: str | None
    sort: str
    direction: str
    page: int
    per_page: int = 30


def job_query(
    status: str | None = Query(None),
    sort: str = Query("promised_by"),
    direction: str = Query("asc", pattern="^(asc|desc)$"),
    page: int = Query(1, ge=1),
) -> JobQuery:
    return JobQuery(status=status, sort=sort, direction=direction, page=page)


def fetch_jobs(conn: psycopg.Connection, q: JobQuery) -> List[Dict[str, Any]]:
    params: list = []
    where = ""
    if q.status in VALID_STATUS:
        where = "WHERE status = %s"
        params.append(q.status)
    sql = (
        f"SELECT {JOB_COLUMNS} FROM workshop_jobs {where} "
        f"ORDER BY {q.sort} {q.direction.upper()} LIMIT %s OFFSET %s"
    )
    params.extend([q.per_page, (q.page - 1) * q.per_page])
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, params)
        return cur.fetchall()


@app.get("/jobs")
def list_jobs(q: JobQuery = Depends(job_query)):
    with psycopg.connect(os.environ["WORKSHOP_DATABASE_URL"]) as conn:
        jobs = fetch_jobs(conn, q)
    return {"page": q.page, "jobs": jobs}


@app.get("/jobs/{job_id}")
def job_detail(job_id: int):
    with psycopg.connect(os.environ["WORKSHOP_DATABASE_URL"]) as conn:
        with conn.cursor(row_factory=dict_row) as cur:
            cur.execute(f"SELECT {JOB_COLUMNS} FROM workshop_jobs WHERE id = %s", (job_id,))
            job = cur.fetchone()
    return job or {"error": "not found"}
