"""Timber stock summary report for the weekly workshop meeting."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("timber_report", __name__, url_prefix="/timber/report")

GROUP_COLUMNS = {
    "species": "species",
    "grade": "grade",
    "rack": "rack",
    "supplier": "supplier_name",
}
METRICS = {
    "boards": "COUNT(*)",
    "volume": "ROUND(SUM(length_mm * width_mm * thickness_mm) / 1e9, 3)",
    "avg_moisture": "ROUND(AVG(moisture_pct), 1)",
}


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(Path(current_app.instance_path) / "timber.sqlite3")
    conn.row_factory = sqlite3.Row
    return conn


def build_summary_sql(group_key: str, metric_keys: list[str]) -> str:
    column = GROUP_COLUMNS[group_key]
    metrics = ", ".join(f"{METRICS[m]} AS {m}" for m in metric_keys)
    return (
        f"SELECT {column} AS bucket, {metrics} FROM timber_boards "
        "WHERE consumed = 0 AND received_on >= ? "
        f"GROUP BY {column} ORDER BY {column}"
    )


@bp.get("")
def summary():
    group_key = request.args.get("by", "species")
    metric_keys = request.args.getlist("metric") or ["boards", "volume"]
    since = request.args.get("since", "1900-01-01")
    if group_key not in GROUP_COLUMNS:
        abort(400, f"group by one of {', '.join(GROUP_COLUMNS)}")
    unknown = [m for m in metric_keys if m not in METRICS]
    if unknown:
        abort(400, f"unknown metric(s): {', '.join(unknown)}")
    sql = build_summary_sql(group_key, metric_keys)
    with _db() as conn:
        rows = conn.execute(sql, (since,)).fetchall()
    return jsonify(
        {
            "group_by": group_key,
            "since": since,
            "rows": [dict(r) for r in rows],
        }
    )


@bp.get("/low-stock")
def low_stock():
    threshold = request.args.get("threshold", default=5, type=int)
    with _db() as conn:
        rows = conn.execute(
            "SELECT species, grade, COUNT(*) AS boards FROM timber_boards "
            "WHERE consumed = 0 GROUP BY species, grade HAVING COUNT(*) < ? "
            "ORDER BY boards",
            (threshold,),
        ).fetchall()
    return jsonify([dict(r) for r in rows])
