"""Export effluent monitoring readings for selected outfalls as CSV."""
import csv
import io
import os
from datetime import datetime
from typing import List

from fastapi import FastAPI, Query
from fastapi.responses import StreamingResponse
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["EFFLUENT_DB_URL"], pool_pre_ping=True)
app = FastAPI()

COLUMNS = ["outfall_id", "sampled_at", "cod_mg_l", "tss_mg_l", "colour_hazen", "ph", "temp_c"]


def _in_list(values: List[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def fetch_readings(outfalls: List[str], start: datetime, end: datetime):
    stmt = text(
        f"SELECT {', '.join(COLUMNS)} FROM effluent_readings "
        f"WHERE outfall_id IN ({_in_list(outfalls)}) "
        "AND sampled_at BETWEEN :start AND :end ORDER BY outfall_id, sampled_at"
    )
    with engine.connect() as conn:
        return conn.execute(stmt, {"start": start, "end": end}).fetchall()


def to_csv(rows) -> io.StringIO:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(list(row))
    buf.seek(0)
    return buf


@app.get("/effluent/export.csv")
def export(
    outfall: List[str] = Query(...),
    start: datetime = Query(...),
    end: datetime = Query(...),
):
    rows = fetch_readings(outfall, start, end)
    filename = f"effluent_{start:%Y%m%d}_{end:%Y%m%d}.csv"
    return StreamingResponse(
        to_csv(rows),
        media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
