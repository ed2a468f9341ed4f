"""Reports on completed van rounds for the practice manager's dashboard."""

from __future__ import annotations

from datetime import date

import psycopg
from flask import Blueprint, abort, current_app, jsonify, request
from psycopg.rows import dict_row

bp = Blueprint("round_reports", __name__, url_prefix="/reports/rounds")

GROUPINGS = {
    "van": "v.van_id",
    "vet": "v.vet_id",
    "visit_type": "v.visit_type",
    "week": "date_trunc('week', v.round_date)",
}
METRICS = {
    "visits": "count(*)",
    "miles": "sum(v.miles_driven)",
    "revenue": "sum(v.invoice_total_pence)",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_summary_sql(group: str, metric: str, direction: str) -> str:
    group_expr = GROUPINGS[group]
    metric_expr = METRICS[metric]
    order = DIRECTIONS[direction]
    return (
        f"SELECT {group_expr} AS bucket, {metric_expr} AS value "
        "FROM round_visits v WHERE v.status = 'completed' "
        "AND v.round_date >= %(start)s AND v.round_date < %(end)s "
        f"GROUP BY bucket ORDER BY value {order}"
    )


def round_summary(conninfo: str, group: str, metric: str, direction: str,
                  start: date, end: date) -> list[dict]:
    sql = build_summary_sql(group, metric, direction)
    with psycopg.connect(conninfo, row_factory=dict_row) as conn:
        return conn.execute(sql, {"start": start, "end": end}).fetchall()


@bp.get("/summary")
def summary():
    group = request.args.get("group", "van")
    metric = request.args.get("metric", "visits")
    direction = request.args.get("dir", "desc")
    if group not in GROUPINGS or metric not in METRICS or direction not in DIRECTIONS:
        abort(400)
    try:
        start = date.fromisoformat(request.args["start"])
        end = date.fromisoformat(request.args["end"])
    except (KeyError, ValueError):
        abort(400)
    rows = round_summary(current_app.config["ROUNDS_DSN"], group, metric, direction,
                         start, end)
    return jsonify([{"bucket": str(r["bucket"]), "value": r["value"]} for r in rows])
