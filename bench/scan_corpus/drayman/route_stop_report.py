"""Delivery stop performance report for transport planners.

Planners review how long drays spend at each stop, sorted by whichever
column they click in the report table.
"""
from datetime import date

import psycopg
from flask import Blueprint, jsonify, request
from psycopg.rows import dict_row

from drayman.settings import settings

bp = Blueprint("stop_report", __name__, url_prefix="/planning")

SORTABLE = {
    "pub": "p.trading_name",
    "route": "r.route_code",
    "dwell": "avg_dwell_minutes",
    "late": "late_arrivals",
    "stops": "stop_count",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_by(sort_key: str, direction: str) -> str:
    column = SORTABLE.get(sort_key, SORTABLE["dwell"])
    return f"{column} {DIRECTIONS.get(direction, 'DESC')}"


def stop_performance(start: date, end: date, sort_key: str, direction: str) -> list[dict]:
    sql = f"""
        SELECT p.trading_name, r.route_code, count(*) AS stop_count,
               avg(extract(epoch FROM s.departed_at - s.arrived_at) / 60) AS avg_dwell_minutes,
               sum(CASE WHEN s.arrived_at > s.window_end THEN 1 ELSE 0 END) AS late_arrivals
          FROM delivery_stops s
          JOIN pubs p ON p.id = s.pub_id
          JOIN routes r ON r.id = s.route_id
         WHERE s.delivery_date BETWEEN %(start)s AND %(end)s
         GROUP BY p.trading_name, r.route_code
         ORDER BY {_order_by(sort_key, direction)}
         LIMIT 200
    """
    with psycopg.connect(settings.REPORTING_DSN, row_factory=dict_row) as conn:
        return conn.execute(sql, {"start": start, "end": end}).fetchall()


@bp.get("/stop-report")
def stop_report():
    rows = stop_performance(
        date.fromisoformat(request.args["from"]),
        date.fromisoformat(request.args["to"]),
        request.args.get("sort", "dwell"),
        request.args.get("dir", "desc"),
    )
    return jsonify(rows=rows)
