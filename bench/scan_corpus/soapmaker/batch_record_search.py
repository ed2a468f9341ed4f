"""Search view for batch manufacturing records (saponification batches, cure dates, QA)."""

import sqlite3
from datetime import date

from flask import Blueprint, abort, current_app, g, jsonify, request

bp = Blueprint("batch_records", __name__, url_prefix="/batches")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["BATCH_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _row_to_dict(row: sqlite3.Row) -> dict:
    return {
        "batch_no": row["batch_no"],
        "product": row["product_name"],
        "poured_on": row["poured_on"],
        "cure_until": row["cure_until"],
        "qa_status": row["qa_status"],
    }


@bp.get("/search")
def search_batches():
    if g.get("staff_id") is None:
        abort(401)
    term = request.args.get("q", "").strip()
    limit = min(int(request.args.get("limit", 50)), 200)
    sql = (
        "SELECT batch_no, product_name, poured_on, cure_until, qa_status "
        f"FROM batch_records WHERE product_name LIKE '%{term}%' "
        "ORDER BY poured_on DESC LIMIT ?"
    )
    rows = get_db().execute(sql, (limit,)).fetchall()
    return jsonify([_row_to_dict(r) for r in rows])


@bp.get("/<batch_no>")
def batch_detail(batch_no: str):
    if g.get("staff_id") is None:
        abort(401)
    row = get_db().execute(
        "SELECT batch_no, product_name, poured_on, cure_until, qa_status "
        "FROM batch_records WHERE batch_no = ?",
        (batch_no,),
    ).fetchone()
    if row is None:
        abort(404)
    return jsonify(_row_to_dict(row))


@bp.get("/curing")
def curing_now():
    if g.get("staff_id") is None:
        abort(401)
    rows = get_db().execute(
        "SELECT batch_no, product_name, poured_on, cure_until, qa_status "
        "FROM batch_records WHERE cure_until >= ? ORDER BY cure_until",
        (date.today().isoformat(),),
    ).fetchall()
    return jsonify([_row_to_dict(r) for r in rows])
