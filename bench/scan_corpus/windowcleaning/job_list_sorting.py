"""Office job list with sortable columns (Flask + psycopg)."""
from __future__ import annotations

from typing import Tuple

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("job_list", __name__, url_prefix="/office/jobs")

SORTABLE_COLUMNS = {
    "due": "j.scheduled_for",
    "street": "c.street",
    "postcode": "c.postcode",
    "price": "j.price_pence",
    "cleaner": "cl.display_name",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_clause(sort: str, direction: str) -> Tuple[str, str]:
    column = SORTABLE_COLUMNS.get(sort, SORTABLE_COLUMNS["due"])
    order = DIRECTIONS.get(direction.lower(), "ASC")
    return column, order


@bp.get("")
def list_jobs():
    column, order = _order_clause(request.args.get("sort", "due"), request.args.get("dir", "asc"))
    round_id = request.args.get("round_id", type=int)
    page = max(request.args.get("page", 1, type=int), 1)
    sql = (
        "SELECT j.id, j.scheduled_for, c.house, c.street, c.postcode, j.price_pence, "
        "cl.display_name AS cleaner FROM jobs j "
        "JOIN customers c ON c.id = j.customer_id "
        "LEFT JOIN cleaners cl ON cl.id = j.cleaner_id "
        "WHERE j.completed_at IS NULL AND (%(round_id)s::int IS NULL OR c.round_id = %(round_id)s) "
        f"ORDER BY {column} {order}, j.id "
        "LIMIT 50 OFFSET %(offset)s"
    )
    with psycopg.connect(current_app.config["DATABASE_URL"], row_factory=dict_row) as conn:
        rows = conn.execute(sql, {"round_id": round_id, "offset": (page - 1) * 50}).fetchall()
    return jsonify({"page": page, "jobs": rows})
