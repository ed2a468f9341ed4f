"""Search screen for hide lots in the materials store.

Buyers and cutting planners look up lots by tannery name, optionally narrowed
to a grade, to see how much usable area is left on each lot.
"""
import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("hide_lots", __name__, url_prefix="/materials")

GRADES = {"A", "B", "C", "TR"}


def get_db() -> sqlite3.Connection:
    if "materials_db" not in g:
        g.materials_db = sqlite3.connect(current_app.config["MATERIALS_DB"])
        g.materials_db.row_factory = sqlite3.Row
    return g.materials_db


class HideLotQueries:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def search(self, tannery: str, grade: str = None, limit: int = 50):
        sql = (
            "SELECT lot_no, tannery, species, grade, area_sqft, area_remaining_sqft "
            "FROM hide_lots WHERE tannery LIKE '%" + tannery + "%'"
        )
        params = []
        if grade:
            sql += " AND grade = ?"
            params.append(grade)
        sql += " ORDER BY received_on DESC LIMIT ?"
        params.append(limit)
        return self.conn.execute(sql, params).fetchall()

    def by_lot(self, lot_no: str):
        return self.conn.execute(
            "SELECT * FROM hide_lots WHERE lot_no = ?", (lot_no,)
        ).fetchone()


@bp.get("/hide-lots")
def search_hide_lots():
    tannery = request.args.get("tannery", "").strip()
    grade = request.args.get("grade")
    if grade and grade not in GRADES:
        return jsonify({"error": "unknown grade"}), 400
    rows = HideLotQueries(get_db()).search(tannery, grade)
    return jsonify([dict(r) for r in rows])


@bp.get("/hide-lots/<lot_no>")
def hide_lot_detail(lot_no: str):
    row = HideLotQueries(get_db()).by_lot(lot_no)
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(dict(row))
