"""CSV export of furnace telemetry for process engineering.

Engineers pick which channels to export (bath temperature, kW, kWh,
frequency, crucible weight) for a furnace over a date range.
"""
import csv
import io
from datetime import datetime

import psycopg
from flask import Blueprint, Response, abort, request

from historian.config import settings

bp = Blueprint("telemetry_export", __name__)

CHANNEL_COLUMNS = {
    "temp": "bath_temp_c",
    "kw": "power_kw",
    "kwh": "energy_kwh",
    "freq": "frequency_hz",
    "weight": "crucible_kg",
}


def selected_columns(requested: list[str]) -> list[str]:
    columns = [CHANNEL_COLUMNS[c] for c in requested if c in CHANNEL_COLUMNS]
    if not columns:
        abort(400, description="no valid channels requested")
    return columns


@bp.get("/furnaces/<furnace_id>/export.csv")
def export_csv(furnace_id: str):
    columns = selected_columns(request.args.getlist("channel"))
    start = datetime.fromisoformat(request.args["from"])
    end = datetime.fromisoformat(request.args["to"])
    column_sql = ", ".join(columns)
    query = (
        f"SELECT taken_at, {column_sql} FROM furnace_readings "
        "WHERE furnace_id = %s AND taken_at BETWEEN %s AND %s ORDER BY taken_at"
    )
    with psycopg.connect(settings.HISTORIAN_DSN) as conn, conn.cursor() as cur:
        cur.execute(query, (furnace_id, start, end))
        rows = cur.fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["taken_at", *columns])
    writer.writerows(rows)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{furnace_id}.csv"'},
    )
