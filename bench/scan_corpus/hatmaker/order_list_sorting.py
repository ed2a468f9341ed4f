"""Order list for the back office with sortable columns and a stage filter."""
from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

bp = Blueprint("order_list", __name__, url_prefix="/orders")

SORT_COLUMNS = {
    "reference": "o.reference",
    "client": "c.surname",
    "promised": "o.promised_for",
    "created": "o.created_at",
    "stage": "o.stage",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
PAGE_SIZE = 50


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["ORDERS_DATABASE_URL"], row_factory=dict_row)


@bp.get("/")
@login_required
def list_orders():
    sort_key = request.args.get("sort", "promised")
    direction_key = request.args.get("dir", "asc").lower()
    if sort_key not in SORT_COLUMNS or direction_key not in DIRECTIONS:
        abort(400)
    order_by = SORT_COLUMNS[sort_key]
    direction = DIRECTIONS[direction_key]

    try:
        page = max(int(request.args.get("page", "1")), 1)
    except ValueError:
        abort(400)
    stage = request.args.get("stage")

    sql = (
        "SELECT o.reference, c.surname, o.style, o.stage, o.promised_for, o.created_at"
        " FROM hat_orders o JOIN clients c ON c.id = o.client_id"
        " WHERE (%(stage)s::text IS NULL OR o.stage = %(stage)s)"
        f" ORDER BY {order_by} {direction}, o.id LIMIT %(limit)s OFFSET %(offset)s"
    )
    params = {"stage": stage, "limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE}

    with _connect() as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        rows = cur.fetchall()

    for row in rows:
        row["promised_for"] = row["promised_for"].isoformat() if row["promised_for"] else None
        row["created_at"] = row["created_at"].isoformat()
    return jsonify(page=page, orders=rows)
