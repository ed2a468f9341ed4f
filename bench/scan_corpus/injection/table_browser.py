"""Reference-data browser: paginated, sortable listing of a few lookup tables."""
import enum
import sqlite3

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("browser", __name__, url_prefix="/reference")


class Direction(enum.Enum):
    ASC = "asc"
    DESC = "desc"


TABLES = {
    "countries": ("ref_countries", {"name": "name", "code": "iso_code", "region": "region"}),
    "currencies": ("ref_currencies", {"name": "name", "code": "iso_code", "digits": "minor_units"}),
}
PAGE_SIZE = 50


@bp.get("/<dataset>")
def browse(dataset):
    if dataset not in TABLES:
        abort(404)
    table, columns = TABLES[dataset]
    sort_key = request.args.get("sort", "name")
    column = columns.get(sort_key, "name")
    try:
        direction = Direction(request.args.get("dir", "asc").lower())
    except ValueError:
        direction = Direction.ASC
    page = max(int(request.args.get("page", 1)), 1)
    search = request.args.get("q", "")

    sql = f"SELECT * FROM {table} WHERE name LIKE ? ORDER BY {column} {direction.name} LIMIT ? OFFSET ?"
    conn = sqlite3.connect(current_app.config["REFDATA_DB"])
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(sql, (f"%{search}%", PAGE_SIZE, (page - 1) * PAGE_SIZE)).fetchall()
    finally:
        conn.close()
    return jsonify([dict(r) for r in rows])
