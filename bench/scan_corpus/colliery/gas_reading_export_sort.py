"""Sortable export of gas exceedance events for the ventilation officer.

The exceedance table in the ventilation dashboard can be sorted by any of its
visible columns. Column names cannot be passed as bind parameters, so the
requested sort key is mapped through a fixed table of known columns.
"""
import csv
import io

import psycopg
from flask import Blueprint, Response, request

from colliery.config import settings

bp = Blueprint("exceedance_export", __name__)

SORT_COLUMNS = {
    "time": "e.started_at",
    "sensor": "s.tag",
    "gas": "e.gas",
    "peak": "e.peak_ppm",
    "duration": "e.duration_s",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_by(sort: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["time"])
    return f"{column} {DIRECTIONS.get(direction, 'DESC')}"


def fetch_exceedances(district: str, sort: str, direction: str) -> list[tuple]:
    order_clause = _order_by(sort, direction)
    query = (
        "SELECT e.started_at, s.tag, e.gas, e.peak_ppm, e.duration_s "
        "FROM gas_exceedances e JOIN sensors s ON s.id = e.sensor_id "
        "WHERE s.district = %s "
        f"ORDER BY {order_clause} LIMIT 1000"
    )
    with psycopg.connect(settings.OPS_DSN) as conn:
        return conn.execute(query, (district,)).fetchall()


@bp.get("/districts/<district>/exceedances.csv")
def export(district: str) -> Response:
    rows = fetch_exceedances(
        district,
        request.args.get("sort", "time"),
        request.args.get("dir", "desc").lower(),
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["started_at", "sensor", "gas", "peak_ppm", "duration_s"])
    writer.writerows(rows)
    return Response(buffer.getvalue(), mimetype="text/csv")
