"""Harvest yield summaries grouped by field, cultivar or week, for the farm dashboard."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("harvest_summary", __name__, url_prefix="/harvest")

GROUPINGS = {
    "field": "h.field_code",
    "cultivar": "p.cultivar",
    "week": "strftime('%Y-W%W', h.cut_on)",
}


@dataclass
class SummaryQuery:
    group_by: str
    start: date
    end: date

    def sql(self) -> str:
        group_expr = GROUPINGS[self.group_by]
        return (
            f"SELECT {group_expr} AS bucket, "
            "SUM(h.fresh_kg) AS fresh_kg, COUNT(DISTINCT h.cut_on) AS cutting_days "
            "FROM harvests h JOIN planting_records p ON p.id = h.planting_id "
            "WHERE h.cut_on BETWEEN ? AND ? "
            f"GROUP BY {group_expr} ORDER BY fresh_kg DESC"
        )

    def params(self) -> tuple[str, str]:
        return self.start.isoformat(), self.end.isoformat()


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["FIELDS_DB"])
    conn.row_factory = sqlite3.Row
    return conn


@bp.get("/summary")
def summary():
    group_by = request.args.get("group_by", "field")
    if group_by not in GROUPINGS:
        return jsonify(error=f"group_by must be one of {sorted(GROUPINGS)}"), 400
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        return jsonify(error="from and to must be ISO dates"), 400

    query = SummaryQuery(group_by, start, end)
    with _connect() as conn:
        rows = conn.execute(query.sql(), query.params()).fetchall()
    return jsonify(
        group_by=group_by,
        rows=[
            {"bucket": r["bucket"], "fresh_kg": round(r["fresh_kg"], 1), "days": r["cutting_days"]}
            for r in rows
        ],
    )
