"""Machine downtime report (maintenance dashboard).

Sorting is chosen by the user from a fixed set of columns; filter values are
always passed to the driver as parameters.
"""
from datetime import date

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("downtime", __name__, url_prefix="/reports")

SORT_COLUMNS = {
    "downtime": "total_minutes",
    "faults": "fault_count",
    "machine": "m.label",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def downtime_sql(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS[sort_key]
    order = DIRECTIONS[direction]
    return f"""
        SELECT m.id, m.label, m.model,
               COUNT(f.id) AS fault_count,
               COALESCE(SUM(EXTRACT(EPOCH FROM (f.closed_at - f.opened_at)) / 60), 0) AS total_minutes
        FROM machines m
        LEFT JOIN faults f ON f.machine_id = m.id AND f.opened_at >= %(since)s
        WHERE m.store_id = %(store_id)s
        GROUP BY m.id, m.label, m.model
        ORDER BY {column} {order}
        LIMIT %(limit)s
    """


@bp.get("/downtime")
def downtime():
    sort_key = request.args.get("sort", "downtime")
    direction = request.args.get("dir", "desc")
    if sort_key not in SORT_COLUMNS or direction not in DIRECTIONS:
        abort(400)
    params = {
        "store_id": request.args["store"],
        "since": date.fromisoformat(request.args.get("since", "2024-01-01")),
        "limit": min(int(request.args.get("limit", 100)), 500),
    }
    with current_app.extensions["db"].connection() as conn, conn.cursor() as cur:
        cur.execute(downtime_sql(sort_key, direction), params)
        cols = [c.name for c in cur.description]
        return jsonify([dict(zip(cols, r)) for r in cur.fetchall()])
