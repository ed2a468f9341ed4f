"""Water-test history (chlorine, pH, temperature) for the staff dashboard.

Also exposed read-only to the council's environmental health officer, who
downloads a CSV per pool before site inspections.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

import psycopg
from flask import Blueprint, Response, current_app, request

bp = Blueprint("water_tests", __name__, url_prefix="/water-tests")


class WaterTestRepository:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def history(self, pool: str, since: datetime) -> list[tuple]:
        sql = (
            "SELECT taken_at, free_chlorine_mg_l, combined_chlorine_mg_l, ph, water_temp_c, "
            "tested_by FROM water_tests WHERE pool_name = '%s' AND taken_at >= %%s "
            "ORDER BY taken_at DESC" % pool
        )
        with psycopg.connect(self._conninfo) as conn:
            with conn.cursor() as cur:
                cur.execute(sql, (since,))
                return cur.fetchall()


def _to_csv(rows: list[tuple]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["taken_at", "free_cl", "combined_cl", "ph", "temp_c", "tested_by"])
    for row in rows:
        writer.writerow([row[0].isoformat(), *row[1:]])
    return buffer.getvalue()


@bp.get("/history.csv")
def history_csv():
    pool = request.args.get("pool", "Main pool")
    try:
        days = min(int(request.args.get("days", "7")), 90)
    except ValueError:
        days = 7
    since = datetime.now(timezone.utc) - timedelta(days=days)

    repo = WaterTestRepository(current_app.config["LIDO_DATABASE_URL"])
    body = _to_csv(repo.history(pool, since))
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=water-tests.csv"},
    )
