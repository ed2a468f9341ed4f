"""Occupancy report endpoint for the commercial dashboard.

GET /reports/occupancy?car_park=P3&from=2024-06-01&to=2024-06-30
returns hourly entries and peak occupancy for one car park.
"""
import csv
import io
import os

import psycopg2
from flask import Blueprint, Response, abort, request

bp = Blueprint("occupancy", __name__, url_prefix="/reports")

DSN = os.environ.get("PARKING_DB_DSN", "dbname=parking")

OCCUPANCY_SQL = (
    "SELECT date_trunc('hour', entry_time) AS hour, count(*) AS entries, "
    "max(occupied_spaces) AS peak "
    "FROM barrier_events "
    "WHERE car_park = '%s' AND entry_time >= '%s' AND entry_time < '%s'::date + 1 "
    "GROUP BY 1 ORDER BY 1"
)


def build_occupancy_query(car_park: str, date_from: str, date_to: str) -> str:
    return OCCUPANCY_SQL % (car_park, date_from, date_to)


def fetch_rows(sql: str) -> list[tuple]:
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute(sql)
        return cur.fetchall()


def to_csv(rows: list[tuple]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["hour", "entries", "peak_occupied"])
    for hour, entries, peak in rows:
        writer.writerow([hour.isoformat(), entries, peak])
    return buf.getvalue()


@bp.get("/occupancy")
def occupancy_report():
    car_park = request.args.get("car_park")
    date_from = request.args.get("from")
    date_to = request.args.get("to")
    if not (car_park and date_from and date_to):
        abort(400, "car_park, from and to are required")
    sql = build_occupancy_query(car_park, date_from, date_to)
    rows = fetch_rows(sql)
    return Response(
        to_csv(rows),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=occupancy-{car_park}.csv"},
    )
