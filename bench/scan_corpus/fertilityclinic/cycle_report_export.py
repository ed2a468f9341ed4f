"""CSV export of treatment-cycle outcomes for the clinic's quality team.

The quality dashboard passes filter values from its query string (clinic
site, protocol, outcome) and receives a CSV of matching cycles for the
national registry return and internal KPI review.
"""
from __future__ import annotations

import csv
import io
from datetime import date

import psycopg
from fastapi import FastAPI, Query
from fastapi.responses import StreamingResponse

from quality.settings import get_settings

app = FastAPI()

EXPORT_COLUMNS = (
    "cycle_id", "site", "protocol", "started_on", "oocytes_retrieved",
    "embryos_transferred", "outcome",
)


def build_filter(site: str | None, protocol: str | None, outcome: str | None) -> str:
    clauses = ["started_on BETWEEN %(start)s AND %(end)s"]
    if site:
        clauses.append("site = '%s'" % site)
    if protocol:
        clauses.append("protocol = '%s'" % protocol)
    if outcome:
        clauses.append("outcome = '%s'" % outcome)
    return " AND ".join(clauses)


def fetch_cycles(start: date, end: date, where: str) -> list[tuple]:
    sql = f"SELECT {', '.join(EXPORT_COLUMNS)} FROM cycle_outcomes WHERE {where} ORDER BY started_on"
    with psycopg.connect(get_settings().quality_dsn) as conn:
        with conn.cursor() as cur:
            cur.execute(sql, {"start": start, "end": end})
            return cur.fetchall()


@app.get("/exports/cycles.csv")
def export_cycles(
    start: date,
    end: date,
    site: str | None = Query(default=None, max_length=40),
    protocol: str | None = Query(default=None, max_length=40),
    outcome: str | None = Query(default=None, max_length=40),
) -> StreamingResponse:
    rows = fetch_cycles(start, end, build_filter(site, protocol, outcome))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS)
    writer.writerows(rows)
    buffer.seek(0)
    filename = f"cycles_{start:%Y%m%d}_{end:%Y%m%d}.csv"
    return StreamingResponse(
        iter([buffer.getvalue()]),
        media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
