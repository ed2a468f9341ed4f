"""Crew schedule export for the weekly planning meeting.

Produces a CSV of upcoming fits that managers can sort by date, fitter,
postcode area or estimated days on site.
"""
import csv
import io
import os
from datetime import date, timedelta
from enum import Enum

import psycopg
from fastapi import FastAPI, Query
from fastapi.responses import StreamingResponse

app = FastAPI()

SORT_COLUMNS = {
    "date": "j.fit_date",
    "fitter": "f.surname",
    "area": "c.postcode_area",
    "days": "j.estimated_days",
}


class Direction(str, Enum):
    asc = "asc"
    desc = "desc"


def build_query(sort: str, direction: Direction) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["date"])
    order = "DESC" if direction is Direction.desc else "ASC"
    return (
        "SELECT j.ref, j.fit_date, f.first_name || ' ' || f.surname AS fitter, "
        "c.postcode_area, j.room, j.estimated_days "
        "FROM jobs j JOIN fitters f ON f.id = j.fitter_id "
        "JOIN customers c ON c.id = j.customer_id "
        "WHERE j.fit_date BETWEEN %(start)s AND %(end)s "
        f"ORDER BY {column} {order}, j.ref"
    )


@app.get("/reports/schedule.csv")
def schedule_csv(
    weeks: int = Query(2, ge=1, le=12),
    sort: str = Query("date"),
    direction: Direction = Query(Direction.asc),
):
    start = date.today()
    end = start + timedelta(weeks=weeks)
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        rows = conn.execute(build_query(sort, direction), {"start": start, "end": end}).fetchall()

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["job", "fit_date", "fitter", "area", "room", "days"])
    writer.writerows(rows)
    buf.seek(0)
    return StreamingResponse(
        iter([buf.getvalue()]),
        media_type="text/csv",
        headers={"Content-Disposition": 'attachment; filename="schedule.csv"'},
    )
