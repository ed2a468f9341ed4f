"""Exports the next day's delivery and collection stops per depot for the route planner."""

from __future__ import annotations

import csv
import io
from datetime import date

import psycopg
from flask import Blueprint, Response, current_app, request

bp = Blueprint("route_export", __name__)

STOP_COLUMNS = (
    "booking_ref",
    "stop_type",
    "depot_code",
    "venue_name",
    "venue_postcode",
    "window_start",
    "window_end",
    "load_m3",
)


def _depot_filter(depots: list[str]) -> str:
    if not depots:
        return "TRUE"
    return "depot_code IN (%s)" % ", ".join("'%s'" % d.strip().upper() for d in depots)


def fetch_stops(dsn: str, day: date, depots: list[str]) -> list[tuple]:
    query = (
        f"SELECT {', '.join(STOP_COLUMNS)} FROM delivery_stops "
        f"WHERE run_date = %s AND {_depot_filter(depots)} "
        "ORDER BY depot_code, window_start"
    )
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(query, (day,))
        return cur.fetchall()


@bp.get("/exports/routes.csv")
def export_routes():
    day_param = request.args.get("day")
    try:
        day = date.fromisoformat(day_param) if day_param else date.today()
    except ValueError:
        return Response("bad date", status=400)
    depots = request.args.getlist("depot")
    rows = fetch_stops(current_app.config["ROUTES_DSN"], day, depots)

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(STOP_COLUMNS)
    writer.writerows(rows)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=routes-{day.isoformat()}.csv"},
    )
