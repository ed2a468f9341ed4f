"""Sortable, paginated cycle list for the clinicians' dashboard.

Clinicians can sort their cycle list by start date, age at start, AMH or
outcome. Column names cannot be bound as parameters, so the requested sort
key is mapped through a fixed table of known columns.
"""
from __future__ import annotations

import psycopg
from psycopg.rows import dict_row
from fastapi import Depends, FastAPI, Query

from dashboard.auth import current_clinician
from dashboard.settings import get_settings

app = FastAPI()

SORTABLE_COLUMNS = {
    "started": "c.started_on",
    "age": "c.age_at_start",
    "amh": "c.amh_pmol_l",
    "outcome": "c.outcome",
    "patient": "p.surname",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
PAGE_SIZE = 25


def order_clause(sort: str, direction: str) -> str:
    column = SORTABLE_COLUMNS.get(sort, SORTABLE_COLUMNS["started"])
    return f"ORDER BY {column} {DIRECTIONS.get(direction, 'DESC')}, c.id"


@app.get("/cycles")
def list_cycles(
    sort: str = Query("started"),
    direction: str = Query("desc"),
    page: int = Query(1, ge=1, le=1000),
    clinician=Depends(current_clinician),
) -> dict:
    sql = (
        "SELECT c.id, p.surname, c.protocol, c.started_on, c.age_at_start, c.amh_pmol_l, c.outcome "
        "FROM cycles c JOIN patients p ON p.id = c.patient_id "
        "WHERE c.lead_clinician_id = %(clinician)s "
        + order_clause(sort, direction)
        + " LIMIT %(limit)s OFFSET %(offset)s"
    )
    params = {
        "clinician": clinician.id,
        "limit": PAGE_SIZE,
        "offset": (page - 1) * PAGE_SIZE,
    }
    with psycopg.connect(get_settings().dashboard_dsn, row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
        total = conn.execute(
            "SELECT count(*) AS n FROM cycles WHERE lead_clinician_id = %(clinician)s",
            {"clinician": clinician.id},
        ).fetchone()["n"]
    return {"page": page, "total": total, "cycles": rows}
