"""Monthly kiln usage report for the studio manager (hours fired, kWh, cones)."""
from __future__ import annotations

from datetime import date

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, current_app, jsonify, request
from flask_login import login_required

bp = Blueprint("usage_report", __name__, url_prefix="/admin/reports")

SORT_COLUMNS = {
    "kiln": "k.name",
    "hours": "hours_fired",
    "energy": "kwh_used",
    "firings": "firing_count",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end


def usage_for_month(year: int, month: int, sort: str, direction: str) -> list[dict]:
    order_col = SORT_COLUMNS.get(sort, "k.name")
    order_dir = SORT_DIRECTIONS.get(direction.lower(), "ASC")
    start, end = _month_bounds(year, month)
    sql = f"""
        SELECT k.name AS kiln,
               COUNT(f.id) AS firing_count,
               COALESCE(SUM(EXTRACT(EPOCH FROM f.finished_at - f.started_at)) / 3600, 0)
                   AS hours_fired,
               COALESCE(SUM(f.kwh), 0) AS kwh_used
        FROM kilns k
        LEFT JOIN firings f
               ON f.kiln_id = k.id AND f.started_at >= %s AND f.started_at < %s
        GROUP BY k.name
        ORDER BY {order_col} {order_dir}
    """
    with psycopg.connect(current_app.config["DATABASE_URL"]) as conn:
        with conn.cursor(row_factory=dict_row) as cur:
            cur.execute(sql, (start, end))
            return cur.fetchall()


@bp.get("/usage")
@login_required
def usage():
    today = date.today()
    rows = usage_for_month(
        int(request.args.get("year", today.year)),
        int(request.args.get("month", today.month)),
        request.args.get("sort", "kiln"),
        request.args.get("dir", "asc"),
    )
    return jsonify(rows)
