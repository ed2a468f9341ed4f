"""Export a kiln's burn log for the FSC / Grown in Britain audit pack.

Auditors ask for every burn on a given kiln: charge weight, light-up and
close-down times, peak temperature and yield in bags.
"""
from __future__ import annotations

import csv
import io
import os
from datetime import date

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import StreamingResponse
from sqlalchemy import create_engine

app = FastAPI(title="burn-log-export")
engine = create_engine(os.environ["BURNLOG_DATABASE_URL"], pool_pre_ping=True)

COLUMNS = (
    "burn_no",
    "kiln_code",
    "charged_at",
    "lit_at",
    "closed_at",
    "charge_kg",
    "peak_celsius",
    "yield_bags",
)

EXPORT_SQL = (
    "SELECT burn_no, kiln_code, charged_at, lit_at, closed_at, charge_kg,"
    " peak_celsius, yield_bags FROM burns WHERE kiln_code = '%s'"
    " AND lit_at >= %%(start)s AND lit_at < %%(end)s ORDER BY lit_at"
)


def fetch_burns(kiln_code: str, start: date, end: date) -> list[tuple]:
    with engine.connect() as conn:
        result = conn.exec_driver_sql(
            EXPORT_SQL % kiln_code,
            {"start": start, "end": end},
        )
        return result.fetchall()


@app.get("/kilns/{kiln_code}/burns.csv")
def export_burns(
    kiln_code: str,
    start: date = Query(...),
    end: date = Query(...),
) -> StreamingResponse:
    if end <= start:
        raise HTTPException(status_code=400, detail="end must be after start")
    rows = fetch_burns(kiln_code, start, end)
    if not rows:
        raise HTTPException(status_code=404, detail="no burns in that range")
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    buf.seek(0)
    return StreamingResponse(
        iter([buf.getvalue()]),
        media_type="text/csv",
        headers={"Content-Disposition": "attachment; filename=burns.csv"},
    )
