"""Paged listing of commissions for the office dashboard."""
from __future__ import annotations

import sqlite3

from flask import Blueprint, abort, g, jsonify, request

bp = Blueprint("commission_list", __name__, url_prefix="/api/commissions")

DB_PATH = "/var/lib/copperbeater/commissions.db"
SORTABLE = {
    "due": "due_date",
    "created": "created_at",
    "customer": "customer_name",
    "value": "quoted_pence",
    "stage": "stage",
}
PAGE_SIZE = 25


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


def list_commissions(sort_key: str, direction: str, stage: str | None, page: int) -> list[dict]:
    column = SORTABLE[sort_key]
    order = "DESC" if direction == "desc" else "ASC"
    where, params = "", []
    if stage:
        where = "WHERE stage = ?"
        params.append(stage)
    sql = (
        "SELECT ref, customer_name, item, stage, quoted_pence, due_date, created_at "
        f"FROM commissions {where} ORDER BY {column} {order}, ref LIMIT ? OFFSET ?"
    )
    params.extend([PAGE_SIZE, page * PAGE_SIZE])
    return [dict(r) for r in db().execute(sql, params)]


@bp.get("")
def index():
    sort_key = request.args.get("sort", "due")
    if sort_key not in SORTABLE:
        abort(400, description=f"sort must be one of {', '.join(SORTABLE)}")
    direction = request.args.get("dir", "asc").lower()
    stage = request.args.get("stage") or None
    page = max(0, request.args.get("page", 0, type=int))
    rows = list_commissions(sort_key, direction, stage, page)
    return jsonify({"page": page, "sort": sort_key, "items": rows})
