"""Search over fabric lots for the sales office and the finishing planners."""
import os
import sqlite3

from flask import Blueprint, g, jsonify, request

bp = Blueprint("lot_search", __name__, url_prefix="/lots")

DB_PATH = os.environ.get("FULLER_DB", "/var/lib/fuller/mill.db")
PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


def _search(term: str, stage: str, page: int):
    offset = max(page - 1, 0) * PAGE_SIZE
    sql = (
        "SELECT lot_no, quality_code, colour, stage, metres_greige, metres_finished "
        "FROM lots "
        f"WHERE (lot_no LIKE '%{term}%' OR customer_mark LIKE '%{term}%') "
        "AND (? = '' OR stage = ?) "
        "ORDER BY lot_no DESC LIMIT ? OFFSET ?"
    )
    return get_db().execute(sql, (stage, stage, PAGE_SIZE, offset)).fetchall()


def _shrinkage(row) -> float:
    if not row["metres_greige"] or row["metres_finished"] is None:
        return 0.0
    return round(100 * (1 - row["metres_finished"] / row["metres_greige"]), 1)


@bp.get("/search")
def search_lots():
    term = request.args.get("q", "").strip()
    stage = request.args.get("stage", "")
    page = request.args.get("page", 1, type=int)
    rows = _search(term, stage, page)
    return jsonify([
        {
            "lot_no": r["lot_no"],
            "quality": r["quality_code"],
            "colour": r["colour"],
            "stage": r["stage"],
            "shrinkage_pct": _shrinkage(r),
        }
        for r in rows
    ])
