"""Workshop job listing for the restorers' wall screen, with user-chosen sort order."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, List

import psycopg
from fastapi import Depends, FastAPI, Query
from psycopg.rows import dict_row

app = FastAPI(title="Workshop wall screen")

SORTABLE = {
    "due": "promised_by",
    "received": "received_on",
    "organ": "organ_name",
    "restorer": "assigned_to",
    "hours": "estimate_hours",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
STATUSES = ("received", "assessed", "in_progress", "awaiting_parts", "done")


@dataclass
class Listing:
    status: str | None
    sort: str
    direction: str
    page: int
    per_page: int = 30

    @property
    def order_clause(self) -> str:
        column = SORTABLE.get(self.sort, "promised_by")
        return f"{column} {DIRECTIONS.get(self.direction, 'ASC')}, id ASC"


def listing(
    status: str | None = Query(None),
    sort: str = Query("due"),
    direction: str = Query("asc"),
    page: int = Query(1, ge=1),
) -> Listing:
    return Listing(status, sort, direction, page)


def fetch(conn: psycopg.Connection, q: Listing) -> List[Dict[str, Any]]:
    params: list = []
    where = ""
    if q.status in STATUSES:
        where = "WHERE status = %s"
        params.append(q.status)
    sql = (
        "SELECT id, organ_name, job_type, assigned_to, status, estimate_hours, promised_by "
        f"FROM workshop_jobs {where} ORDER BY {q.order_clause} LIMIT %s OFFSET %s"
    )
    params += [q.per_page, (q.page - 1) * q.per_page]
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, params)
        return cur.fetchall()


@app.get("/wall/jobs")
def wall_jobs(q: Listing = Depends(listing)):
    with psycopg.connect(os.environ["WORKSHOP_DATABASE_URL"]) as conn:
        return {"page": q.page, "sort": q.sort, "jobs": fetch(conn, q)}
