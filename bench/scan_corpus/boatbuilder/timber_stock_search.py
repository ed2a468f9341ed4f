"""Search endpoint for the timber stock held in the drying sheds."""
from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("timber_stock", __name__, url_prefix="/stock")


@dataclass
class StockItem:
    lot_id: str
    species: str
    thickness_mm: int
    width_mm: int
    length_mm: int
    boards: int
    shed: str


def get_db() -> sqlite3.Connection:
    if "stock_db" not in g:
        g.stock_db = sqlite3.connect(current_app.config["STOCK_DB"])
    return g.stock_db


def _rows_to_items(rows) -> list[StockItem]:
    return [StockItem(*row) for row in rows]


@bp.get("/search")
def search_stock():
    species = request.args.get("species", "")
    try:
        min_thickness = int(request.args.get("min_thickness", 0))
    except ValueError:
        return jsonify(error="min_thickness must be a number"), 400
    query = (
        "SELECT lot_id, species, thickness_mm, width_mm, length_mm, boards, shed "
        f"FROM timber_lots WHERE species LIKE '%{species}%' AND thickness_mm >= ? "
        "ORDER BY species, thickness_mm"
    )
    rows = get_db().execute(query, (min_thickness,)).fetchall()
    return jsonify([asdict(item) for item in _rows_to_items(rows)])


@bp.get("/lot/<lot_id>")
def lot_detail(lot_id: str):
    row = get_db().execute(
        "SELECT lot_id, species, thickness_mm, width_mm, length_mm, boards, shed "
        "FROM timber_lots WHERE lot_id = ?",
        (lot_id,),
    ).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(asdict(StockItem(*row)))


@bp.post("/lot/<lot_id>/issue")
def issue_boards(lot_id: str):
    count = int(request.get_json(force=True).get("boards", 0))
    db = get_db()
    cur = db.execute(
        "UPDATE timber_lots SET boards = boards - ? WHERE lot_id = ? AND boards >= ?",
        (count, lot_id, count),
    )
    db.commit()
    if cur.rowcount == 0:
        return jsonify(error="not enough boards in lot"), 409
    return jsonify(status="issued", lot=lot_id, boards=count)
