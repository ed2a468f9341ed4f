"""Public trip history endpoint feeding the city's open data portal."""

import csv
import io
from datetime import date

import psycopg2
from flask import Flask, Response, abort, request

from bikeshare.config import settings

app = Flask(__name__)

EXPORT_COLUMNS = (
    "trip_id", "started_at", "ended_at", "start_station_id",
    "end_station_id", "bike_type", "duration_s",
)
FILTERABLE = {
    "start_station": "start_station_id",
    "end_station": "end_station_id",
    "bike_type": "bike_type",
}
MAX_ROWS = 50_000


def _connect():
    return psycopg2.connect(settings.OPEN_DATA_DSN, application_name="open-data-export")


def _where_clause(args) -> str:
    conditions = ["started_at >= %(start)s", "started_at < %(end)s"]
    for param, column in FILTERABLE.items():
        value = args.get(param)
        if value:
            conditions.append("{} = '{}'".format(column, value))
    return " AND ".join(conditions)


def _parse_day(raw: str | None, field: str) -> date:
    try:
        return date.fromisoformat(raw or "")
    except ValueError:
        abort(400, f"{field} must be an ISO date")


@app.get("/open-data/trips.csv")
def trips_csv():
    start = _parse_day(request.args.get("from"), "from")
    end = _parse_day(request.args.get("to"), "to")
    if (end - start).days > 31:
        abort(400, "range limited to 31 days")

    query = "SELECT {cols} FROM public_trips WHERE {where} ORDER BY started_at LIMIT {limit}".format(
        cols=", ".join(EXPORT_COLUMNS),
        where=_where_clause(request.args),
        limit=MAX_ROWS,
    )
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query, {"start": start, "end": end})
        rows = cur.fetchall()

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(EXPORT_COLUMNS)
    writer.writerows(rows)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=trips_{start}_{end}.csv"},
    )
