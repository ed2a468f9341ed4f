"""Listing of the wooden lasts on the workshop shelves, with sortable columns."""

import sqlite3

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("last_inventory", __name__, url_prefix="/workshop/lasts")

SORTABLE_COLUMNS = {
    "size": "l.eu_size",
    "width": "l.width_fitting",
    "shelf": "l.shelf_code",
    "updated": "l.updated_at",
}
DEFAULT_SORT = "size"


def _order_by(sort_key: str, descending: bool) -> str:
    column = SORTABLE_COLUMNS.get(sort_key, SORTABLE_COLUMNS[DEFAULT_SORT])
    direction = "DESC" if descending else "ASC"
    return f"{column} {direction}, l.id ASC"


def list_lasts(conn: sqlite3.Connection, wood: str | None, sort_key: str, descending: bool) -> list[dict]:
    params: list = []
    where = "WHERE l.retired = 0"
    if wood:
        where += " AND l.wood = ?"
        params.append(wood)
    sql = (
        "SELECT l.id, l.eu_size, l.width_fitting, l.wood, l.shelf_code, l.updated_at "
        f"FROM lasts l {where} ORDER BY {_order_by(sort_key, descending)}"
    )
    conn.row_factory = sqlite3.Row
    return [dict(row) for row in conn.execute(sql, params).fetchall()]


@bp.get("/")
def index():
    conn = sqlite3.connect(current_app.config["WORKSHOP_DB"])
    try:
        rows = list_lasts(
            conn,
            wood=request.args.get("wood"),
            sort_key=request.args.get("sort", DEFAULT_SORT),
            descending=request.args.get("dir") == "desc",
        )
    finally:
        conn.close()
    return jsonify(rows)
