"""Timber stock lookup used by the loft floor when laying out planking."""
from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("timber_lookup", __name__, url_prefix="/stock")


@dataclass
class Lot:
    lot_id: str
    species: str
    thickness_mm: int
    length_mm: int
    boards: int
    shed: str


def db() -> sqlite3.Connection:
    if "stock_db" not in g:
        g.stock_db = sqlite3.connect(current_app.config["STOCK_DB"])
    return g.stock_db


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@bp.get("/lookup")
def lookup():
    species = request.args.get("species", "")
    shed = request.args.get("shed")
    try:
        min_length = int(request.args.get("min_length", 0))
    except ValueError:
        return jsonify(error="min_length must be a number"), 400

    sql = (
        "SELECT lot_id, species, thickness_mm, length_mm, boards, shed "
        "FROM timber_lots WHERE species LIKE ? ESCAPE '\\' AND length_mm >= ?"
    )
    params: list = [_like_pattern(species), min_length]
    if shed:
        sql += " AND shed = ?"
        params.append(shed)
    sql += " ORDER BY length_mm DESC LIMIT 200"

    rows = db().execute(sql, params).fetchall()
    return jsonify([asdict(Lot(*r)) for r in rows])


@bp.get("/sheds/<shed>/summary")
def shed_summary(shed: str):
    rows = db().execute(
        "SELECT species, SUM(boards) FROM timber_lots WHERE shed = ? GROUP BY species",
        (shed,),
    ).fetchall()
    return jsonify({species: boards for species, boards in rows})
