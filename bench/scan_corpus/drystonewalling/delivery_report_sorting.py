"""Sortable delivery list for the yard manager's dashboard.

The dashboard table lets the manager click a column header to sort; the
sort key and direction arrive as query parameters.
"""
from __future__ import annotations

import os
from datetime import date

from flask import Blueprint, abort, jsonify, request
from psycopg_pool import ConnectionPool

bp = Blueprint("deliveries", __name__, url_prefix="/yard/deliveries")
pool = ConnectionPool(os.environ["WALLING_DB_DSN"], min_size=1, max_size=5, open=False)

SORT_COLUMNS = {
    "date": "d.delivered_on",
    "site": "s.site_ref",
    "quarry": "q.name",
    "tonnes": "d.tonnes",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@bp.get("/")
def list_deliveries():
    sort_key = request.args.get("sort", "date")
    direction = request.args.get("dir", "desc").lower()
    if sort_key not in SORT_COLUMNS or direction not in DIRECTIONS:
        abort(400, "unsupported sort")
    try:
        since = date.fromisoformat(request.args.get("since", "2000-01-01"))
    except ValueError:
        abort(400, "since must be YYYY-MM-DD")

    query = (
        "SELECT d.id, d.delivered_on, s.site_ref, q.name AS quarry, d.stone_type, d.tonnes"
        " FROM delivery d JOIN site s ON s.id = d.site_id JOIN quarry q ON q.id = d.quarry_id"
        " WHERE d.delivered_on >= %s"
        f" ORDER BY {SORT_COLUMNS[sort_key]} {DIRECTIONS[direction]}, d.id"
        " LIMIT 500"
    )
    with pool.connection() as conn:
        rows = conn.execute(query, (since,)).fetchall()
    return jsonify(
        deliveries=[
            {
                "id": r[0],
                "delivered_on": r[1].isoformat(),
                "site": r[2],
                "quarry": r[3],
                "stone_type": r[4],
                "tonnes": float(r[5]),
            }
            for r in rows
        ]
    )
