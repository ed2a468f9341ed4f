"""Circulation statistics for the mobile library committee dashboard."""
from __future__ import annotations

import os
from datetime import date

from flask import Flask, abort, jsonify, request
import psycopg

app = Flask(__name__)

GROUPINGS = {
    "van": "l.issued_on_van",
    "route": "r.route_code",
    "stop": "s.name",
    "month": "date_trunc('month', l.issued_at)",
}
METRICS = {
    "loans": "count(*)",
    "borrowers": "count(DISTINCT l.borrower_id)",
    "renewals": "sum(l.renewal_count)",
}


def build_query(group_by: str, metric: str) -> str:
    group_expr = GROUPINGS[group_by]
    metric_expr = METRICS[metric]
    return (
        f"SELECT {group_expr} AS bucket, {metric_expr} AS value "
        "FROM loans l JOIN stops s ON s.id = l.stop_id "
        "JOIN routes r ON r.id = s.route_id "
        "WHERE l.issued_at >= %s AND l.issued_at < %s "
        f"GROUP BY {group_expr} ORDER BY {group_expr}"
    )


def _parse_date(raw: str | None, fallback: date) -> date:
    if not raw:
        return fallback
    try:
        return date.fromisoformat(raw)
    except ValueError:
        abort(400, description=f"bad date: {raw}")


@app.get("/api/stats/circulation")
def circulation_stats():
    group_by = request.args.get("group_by", "van")
    metric = request.args.get("metric", "loans")
    if group_by not in GROUPINGS or metric not in METRICS:
        abort(400, description="unknown grouping or metric")
    today = date.today()
    start = _parse_date(request.args.get("from"), today.replace(month=1, day=1))
    end = _parse_date(request.args.get("to"), today)
    with psycopg.connect(os.environ["CIRC_DB_URL"]) as conn, conn.cursor() as cur:
        cur.execute(build_query(group_by, metric), (start, end))
        rows = cur.fetchall()
    return jsonify({
        "group_by": group_by,
        "metric": metric,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "rows": [{"bucket": str(b), "value": v} for b, v in rows],
    })
