"""Timesheet report for the payroll team, sortable by any column in the grid."""

from __future__ import annotations

import os
from datetime import date

from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["PAYROLL_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI(title="Timesheet reports")

REPORT_OPTIONS = {
    "default_sort": "t.shift_date",
    "page_size": 50,
}

BASE_QUERY = """
SELECT t.id, c.full_name, t.trust_code, t.shift_date, t.hours, t.rate, t.status
FROM timesheets t
JOIN clinicians c ON c.id = t.clinician_id
WHERE t.shift_date BETWEEN :start AND :end
"""


def _ordering(options: dict, sort: str | None, descending: bool) -> str:
    column = sort or options["default_sort"]
    return " ORDER BY " + column + (" DESC" if descending else " ASC")


@app.get("/reports/timesheets")
def timesheet_report(
    start: date,
    end: date,
    sort: str | None = Query(default=None),
    desc: bool = False,
    page: int = Query(default=1, ge=1),
) -> dict:
    size = REPORT_OPTIONS["page_size"]
    sql = BASE_QUERY + _ordering(REPORT_OPTIONS, sort, desc) + " LIMIT :limit OFFSET :offset"
    with engine.connect() as conn:
        rows = conn.execute(
            text(sql),
            {"start": start, "end": end, "limit": size, "offset": (page - 1) * size},
        ).mappings().all()
        total = conn.execute(
            text("SELECT count(*) FROM timesheets WHERE shift_date BETWEEN :start AND :end"),
            {"start": start, "end": end},
        ).scalar_one()
    return {
        "page": page,
        "page_size": size,
        "total": total,
        "rows": [dict(r) for r in rows],
    }
