"""Lookup of batch manufacturing records by product, batch number or fragrance lot."""

import sqlite3

from flask import Blueprint, abort, current_app, g, jsonify, request

bp = Blueprint("batch_lookup", __name__, url_prefix="/batch-records")

COLUMNS = "batch_no, product_name, fragrance_lot, poured_on, cure_until, qa_status"


def get_db() -> sqlite3.Connection:
    if "batch_db" not in g:
        g.batch_db = sqlite3.connect(current_app.config["BATCH_DB_PATH"])
        g.batch_db.row_factory = sqlite3.Row
    return g.batch_db


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@bp.get("/search")
def search():
    if g.get("staff_id") is None:
        abort(401)
    term = request.args.get("q", "").strip()
    fragrance_lot = request.args.get("fragrance_lot")
    limit = min(int(request.args.get("limit", 50)), 200)
    sql = f"SELECT {COLUMNS} FROM batch_records WHERE product_name LIKE ? ESCAPE '\\'"
    params: list = [f"%{_escape_like(term)}%"]
    if fragrance_lot:
        sql += " AND fragrance_lot = ?"
        params.append(fragrance_lot)
    sql += " ORDER BY poured_on DESC LIMIT ?"
    params.append(limit)
    rows = get_db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/<batch_no>/ingredients")
def batch_ingredients(batch_no: str):
    if g.get("staff_id") is None:
        abort(401)
    rows = get_db().execute(
        "SELECT i.inci_name, bi.grams, bi.supplier_lot FROM batch_ingredients bi "
        "JOIN ingredients i ON i.id = bi.ingredient_id WHERE bi.batch_no = ? "
        "ORDER BY bi.grams DESC",
        (batch_no,),
    ).fetchall()
    if not rows:
        abort(404)
    return jsonify([dict(r) for r in rows])
